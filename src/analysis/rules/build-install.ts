// Installing packages while building: `pip.main(["install", ...])` or a `pip install`
// subprocess. It pulls code past the dependency review, usually to import it right after.

import type { Finding, Severity } from '../../types.js';
import { PIP_CALLS } from '../catalog.js';
import { commandOf } from '../commands.js';
import type { Rule, UnitFacts } from '../model.js';
import { HOLE, stringsIn } from '../values.js';
import { describeWhere, finding, isReachable } from './util.js';

const FETCH_EGGS = /^(setuptools\.dist\.Distribution\(\)\.fetch_build_eggs|setuptools\.command\.easy_install\.main|easy_install\.main)$/;

function install(words: string[]): { packages: string[]; fromUrl: boolean } | undefined {
  const i = words.findIndex((w) => w === 'install');
  if (i === -1) return undefined;
  const packages = words.slice(i + 1).filter((w) => w && !w.startsWith('-'));
  const fromUrl = words.some((w) => /^(git\+|https?:|ftp:|file:)|@\s*https?:|--(extra-)?index-url|^-i$|--find-links|^-f$|--trusted-host/.test(w));
  return { packages, fromUrl };
}

/** Packages old build scripts install before importing them, openly. */
const BUILD_HELPERS = new Set(
  ('numpy cython setuptools wheel pip pybind11 cffi scikit-build scikit-build-core cmake ninja setuptools-scm ' +
    'pkgconfig packaging toml tomli requests six future pbr versioneer nose pytest sphinx twine build').split(' '),
);

/** `Some_Pkg[extra]>=1.0` -> `some-pkg` (PEP 503 normalized). */
function projectName(spec: string): string | undefined {
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec);
  return m ? m[1].toLowerCase().replace(/[-_.]+/g, '-') : undefined;
}

/** Named as a requirement anywhere else in the sdist: setup() arguments, setup.cfg, pyproject.toml. */
function declared(name: string, units: UnitFacts[], installLine: number): boolean {
  for (const u of units) {
    for (const s of u.strings) {
      if (u.role !== 'config' && s.line === installLine) continue;
      for (const piece of s.value.s.split(/[\n,]/)) {
        const n = projectName(piece.trim());
        if (n === name && piece.trim().length < 200) return true;
      }
    }
  }
  return false;
}

function imported(name: string, facts: UnitFacts): boolean {
  const mod = name.replace(/-/g, '_');
  return facts.imports.some((i) => i.module.toLowerCase().replace(/-/g, '_').split('.')[0] === mod) || facts.dynamic.some((d) => d.name?.toLowerCase().split('.')[0] === mod);
}

export const rule: Rule = {
  id: 'build-install',
  severity: 'high',
  description: 'Installs packages with pip while the package is being built.',
  check(facts, ctx) {
    const out: Finding[] = [];
    for (const call of facts.calls) {
      let words: string[] | undefined;
      let how = '';
      if (PIP_CALLS.has(call.callee)) {
        words = stringsIn(call.args[0]).map((s) => s.s);
        how = call.callee;
      } else if (FETCH_EGGS.test(call.callee)) {
        words = ['install', ...stringsIn(call.args[0]).map((s) => s.s)];
        how = call.callee.replace('()', '');
      } else {
        const cmd = commandOf(call);
        if (!cmd) continue;
        const w = cmd.argv.map((x) => x.toLowerCase());
        const pipAt = w.findIndex((x, i) => /^pip[\d.]*(\.exe)?$/.test(x.split(/[\\/]/).pop() ?? '') || (x === 'pip' && w[i - 1] === '-m') || x === 'easy_install');
        if (pipAt === -1) continue;
        words = cmd.argv.slice(pipAt);
        how = `\`${cmd.text.slice(0, 80)}\``;
      }
      const inst = install(words);
      if (!inst) continue;
      const pkgs = inst.packages.map((p) => p.replaceAll(HOLE, '…')).join(' ') || 'packages';
      // setup_requires-style fetching and plain `pip install numpy` exist in old legitimate scripts
      let severity: Severity = inst.fromUrl && isReachable(call.where) ? 'high' : isReachable(call.where) ? 'medium' : 'low';
      const from = inst.fromUrl ? ' from a URL or extra index' : '';
      // a package the project declares nowhere, installed and then imported: a second stage
      const hidden = isReachable(call.where) ? inst.packages.map(projectName).find((n) => n && !BUILD_HELPERS.has(n) && !declared(n, ctx.units, call.line) && imported(n, facts)) : undefined;
      if (hidden) {
        severity = 'high';
        out.push(finding(rule.id, severity, facts, call.line, `Installs ${hidden}, which the project declares nowhere, with pip ${describeWhere(facts, call.where)}, and imports it: code from outside the dependency review runs in the build.`, `${how}: ${words.join(' ')}`));
        continue;
      }
      out.push(finding(rule.id, severity, facts, call.line, `Installs ${pkgs}${from} with pip ${describeWhere(facts, call.where)}, bypassing the dependencies the project declares.`, `${how}: ${words.join(' ')}`));
    }
    return out;
  },
};
