// Identifiers no person would write: Unicode look-alikes that Python folds to ASCII names
// (NFKC), non-Latin names in an otherwise English script, and machine-made names (IlIlIl, O0O0).

import type { Finding } from '../../types.js';
import type { Rule } from '../model.js';
import { finding } from './util.js';

const MEANINGLESS = [/^[Il1_]{6,}$/, /^[O0o_]{6,}$/, /^_0x[0-9a-f]{4,}$/i, /^(?:[lI][1lI]){3,}\w*$/, /^_{3,}[\w]*\d{3,}$/];

function meaningless(name: string): boolean {
  return MEANINGLESS.some((re) => re.test(name)) && !/^_+$/.test(name);
}

export const rule: Rule = {
  id: 'odd-identifiers',
  severity: 'high',
  description: 'Uses Unicode look-alike, non-Latin or machine-generated identifiers that hide what code does.',
  check(facts) {
    const out: Finding[] = [];
    if (facts.role === 'config') return out;
    const lookalike: [string, number][] = [];
    const nonAscii: [string, number][] = [];
    const machine: [string, number][] = [];
    for (const [name, line] of facts.identifiers) {
      // eslint-disable-next-line no-control-regex
      if (/[^\x00-\x7f]/.test(name)) {
        const folded = name.normalize('NFKC');
        // eslint-disable-next-line no-control-regex
        if (folded !== name && /^[\x00-\x7f]+$/.test(folded)) lookalike.push([name, line]);
        else nonAscii.push([name, line]);
      } else if (meaningless(name)) machine.push([name, line]);
    }
    if (lookalike.length) {
      const [name, line] = lookalike[0];
      out.push(finding(rule.id, 'high', facts, line, `Writes names in Unicode look-alike letters that Python reads as plain ASCII (${name} is ${name.normalize('NFKC')}), hiding what the code calls.`, lookalike.slice(0, 8).map(([n]) => `${n}=${n.normalize('NFKC')}`).join(', ')));
    }
    if (nonAscii.length) {
      const [, line] = nonAscii[0];
      // a library's own modules may be written in its authors' language
      const severity = facts.role === 'imported' ? 'low' : nonAscii.length >= 3 ? 'high' : 'medium';
      out.push(finding(rule.id, severity, facts, line, `Uses ${nonAscii.length} non-ASCII identifier${nonAscii.length > 1 ? 's' : ''}, a common way to make build code unreadable.`, nonAscii.slice(0, 8).map(([n]) => n).join(', ')));
    }
    if (machine.length) {
      const [, line] = machine[0];
      const severity = machine.length >= 3 ? 'high' : 'medium';
      out.push(finding(rule.id, severity, facts, line, `Uses ${machine.length} machine-generated identifier${machine.length > 1 ? 's' : ''} (like ${machine[0][0]}), the mark of an obfuscator.`, machine.slice(0, 8).map(([n]) => n).join(', ')));
    }
    return out;
  },
};
