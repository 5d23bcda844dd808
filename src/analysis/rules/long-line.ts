// Very long lines: packed payloads on one line, and code pushed past the edge of the screen with
// a run of whitespace so that a reviewer does not see it.

import type { Finding } from '../../types.js';
import type { Rule } from '../model.js';
import { clip, finding } from './util.js';

const LONG = 2000;
const HUGE = 50_000;
const HIDING_GAP = /\S[ \t]{150,}(\S.*)$/;

export const rule: Rule = {
  id: 'long-line',
  severity: 'high',
  description: 'Has very long lines, or code pushed off-screen by a run of whitespace.',
  check(facts) {
    const out: Finding[] = [];
    if (facts.role === 'config' || facts.depth > 0) return out;
    const lines = facts.text.split('\n');
    let reported = 0;
    facts.lineLengths.forEach((len, i) => {
      if (len < 160 || reported >= 5) return;
      const text = lines[i] ?? '';
      const gap = HIDING_GAP.exec(text);
      const tail = gap ? gap[1].replace(/^;\s*/, '') : '';
      if (gap && /^(?:import\s|from\s+\S+\s+import|exec\b|eval\b|__import__|[A-Za-z_][\w.]*\s*(?:\(|=[^=]))/.test(tail) && /[)=;]\s*$|\)\S*$/.test(tail.trim())) {
        reported++;
        out.push(finding(rule.id, 'high', facts, i + 1, `Hides code after ${text.length - gap[1].length} columns of whitespace on line ${i + 1}, where an editor does not show it.`, gap[1]));
        return;
      }
      if (len >= LONG) {
        reported++;
        const severity = len >= HUGE ? 'medium' : 'low';
        out.push(finding(rule.id, severity, facts, i + 1, `Line ${i + 1} is ${len} characters long.`, clip(text, 160)));
      }
    });
    return out;
  },
};
