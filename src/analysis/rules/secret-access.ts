// Reading places that hold secrets: browser profiles, Discord tokens, SSH and cloud keys,
// wallets, CI tokens, the clipboard. A build has no use for any of them.

import type { Finding } from '../../types.js';
import { CLIPBOARD_CALLS } from '../catalog.js';
import type { Rule } from '../model.js';
import { SERVICE_TOKENS, secretPlace } from '../patterns.js';
import { Taint, deepTaint } from '../values.js';
import { clip, describeWhere, finding, isReachable, usedStrings } from './util.js';

export const rule: Rule = {
  id: 'secret-access',
  severity: 'high',
  description: 'Reads browser data, tokens, keys, wallets or the clipboard at build time.',
  check(facts) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const s of usedStrings(facts)) {
      if (s.value.s.length > 4096) continue;
      const m = secretPlace(s.value.s);
      if (!m) continue;
      const key = `${s.line}|${m.what}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // a GitHub token is read by builds that download release assets; sending it elsewhere is
      // the exfiltration rule's concern
      const severity = !isReachable(s.where) || SERVICE_TOKENS.has(m.what) ? 'medium' : 'high';
      out.push(finding(rule.id, severity, facts, s.line, `Refers to ${m.what} (${clip(m.text, 60)}) ${describeWhere(facts, s.where)}; build scripts never need them.`, s.value.s));
    }
    for (const c of facts.calls) {
      if (CLIPBOARD_CALLS.has(c.callee)) {
        out.push(finding(rule.id, isReachable(c.where) ? 'high' : 'medium', facts, c.line, `Reads the clipboard ${describeWhere(facts, c.where)}.`, c.snippet));
      } else if (/^os\.(getenv|environ\.get)$/.test(c.callee) && c.result && deepTaint(c.result) & Taint.SECRET) {
        out.push(finding(rule.id, 'medium', facts, c.line, `Reads a credential from the environment ${describeWhere(facts, c.where)}.`, c.snippet));
      }
    }
    return out;
  },
};
