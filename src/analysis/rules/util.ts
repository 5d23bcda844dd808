// Shared wording and helpers for rules: where code runs, in words a person reads without the code.

import type { Finding, Severity } from '../../types.js';
import type { StringFact, UnitFacts, Where } from '../model.js';
import { HOLE, type StrValue, printable, stringsIn } from '../values.js';

export const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

const COMMAND_WHEN: Record<string, string> = {
  install: 'when the package is installed',
  develop: 'on an editable install',
  egg_info: 'whenever pip reads the package metadata, including `pip download`',
  sdist: 'when an sdist is built',
  build_py: 'when the package is built',
  build_ext: 'when the package is built',
  build: 'when the package is built',
  bdist_egg: 'when an egg is built',
  bdist_wheel: 'when a wheel is built',
  install_lib: 'when the package is installed',
  install_scripts: 'when the package is installed',
};

/** `when setup.py runs (pip install and pip download)`, `in the install command (Install.run), when the package is installed`. */
export function describeWhere(facts: UnitFacts, where: Where): string {
  const file = facts.origin ? facts.origin.path : facts.path;
  const entry = where.entry;
  const scope = where.scope === 'top-level' ? '' : where.scope.replace(/^class /, 'class body ');
  if (!entry) return `in ${scope || 'code'} of ${file} that nothing at build time appears to call`;
  if (entry === 'top-level') {
    const when = facts.role === 'imported' && !facts.origin ? `when build-time code imports ${file}` : `whenever ${file} runs, including \`pip download\``;
    return scope ? `in ${scope}, reached from the top level ${when}` : `at the top level, ${when}`;
  }
  if (entry.startsWith('cmdclass:')) {
    const [cls, method] = entry.slice(9).split('.');
    const cmd = facts.cmdclass.find((c) => c.cls === cls)?.command ?? guessCommand(cls);
    const when = (cmd && COMMAND_WHEN[cmd]) ?? 'when setuptools runs that command';
    const label = cmd ? `the \`${cmd}\` command (${cls}.${method})` : `the setuptools command ${cls}.${method}`;
    return scope && scope !== `method ${cls}.${method}` ? `in ${scope}, reached from ${label}, ${when}` : `in ${label}, ${when}`;
  }
  if (entry.startsWith('hook:')) return `in ${scope || entry.slice(5)}, which the build backend calls`;
  if (entry.startsWith('call:')) {
    const by = entry.slice(5).split(':')[0];
    return `in ${scope || 'a function'}, which ${by} calls at build time`;
  }
  if (entry === 'config') return `in ${scope}`;
  return `in ${scope || entry}`;
}

function guessCommand(cls: string): string | undefined {
  const c = cls.toLowerCase();
  for (const k of ['egg_info', 'egginfo', 'develop', 'install', 'build_py', 'build_ext', 'sdist', 'bdist_egg', 'bdist_wheel']) {
    if (c.includes(k.replace('_', '')) || c.includes(k)) return k === 'egginfo' ? 'egg_info' : k;
  }
  return undefined;
}

export function isReachable(where: Where): boolean {
  return where.entry !== undefined;
}

/** clip(s, max) reads no further than the first CLIP_READS * max characters of s. */
export const CLIP_READS = 4;

export function clip(s: string, max = 240): string {
  // only the part shown is made printable: evidence may be a decoded blob of megabytes
  const one = printable(s.length > max * CLIP_READS ? s.slice(0, max * CLIP_READS) : s).replaceAll(HOLE, '…');
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

export function finding(rule: string, severity: Severity, facts: UnitFacts, line: number, message: string, evidence: string): Finding {
  return { rule, severity, path: facts.path, line, message, evidence: clip(evidence, 400) };
}

/** Strings that are behaviour rather than package metadata or docstrings. */
export function codeStrings(facts: UnitFacts): StringFact[] {
  return facts.strings.filter((s) => !s.metadata);
}

/**
 * Strings that take part in behaviour. In a library module imported at build time, constants
 * merely defined at its top level are not behaviour; only strings handed to calls count.
 */
export function usedStrings(facts: UnitFacts): StringFact[] {
  const code = codeStrings(facts);
  if (facts.role !== 'imported' || facts.origin) return code;
  const used = new Set<StrValue>();
  for (const c of facts.calls) {
    if (!c.where.entry) continue;
    for (const a of c.args) for (const s of stringsIn(a)) used.add(s);
    for (const a of Object.values(c.kwargs)) for (const s of stringsIn(a)) used.add(s);
    if (c.receiver) for (const s of stringsIn(c.receiver)) used.add(s);
  }
  return code.filter((s) => used.has(s.value));
}

