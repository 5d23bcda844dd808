// Installing packages while building: `pip.main(["install", ...])` or a `pip install`
// subprocess. It pulls code past the dependency review, usually to import it right after.

import type { Finding, Severity } from '../../types.js';
import { PIP_CALLS } from '../catalog.js';
import { commandOf } from '../commands.js';
import type { Rule } from '../model.js';
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

export const rule: Rule = {
  id: 'build-install',
  severity: 'high',
  description: 'Installs packages with pip while the package is being built.',
  check(facts) {
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
      const severity: Severity = inst.fromUrl && isReachable(call.where) ? 'high' : isReachable(call.where) ? 'medium' : 'low';
      const from = inst.fromUrl ? ' from a URL or extra index' : '';
      out.push(finding(rule.id, severity, facts, call.line, `Installs ${pkgs}${from} with pip ${describeWhere(facts, call.where)}, bypassing the dependencies the project declares.`, `${how}: ${words.join(' ')}`));
    }
    return out;
  },
};
