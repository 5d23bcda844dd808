// Network access at build time. Alone it is unusual but not damning (old packages fetched
// headers or bootstrap scripts); the combination rules weigh what is sent and what is run.

import type { Finding } from '../../types.js';
import { isNetworkCall } from '../catalog.js';
import type { Rule } from '../model.js';
import { describeWhere, finding, isReachable } from './util.js';

export const rule: Rule = {
  id: 'network',
  severity: 'medium',
  description: 'Opens network connections at build time.',
  check(facts) {
    const out: Finding[] = [];
    const seen = new Set<number>();
    for (const call of facts.calls) {
      if (!isNetworkCall(call.callee) || seen.has(call.line)) continue;
      seen.add(call.line);
      const severity = isReachable(call.where) ? 'medium' : 'low';
      out.push(finding(rule.id, severity, facts, call.line, `Makes a network request (${call.callee}) ${describeWhere(facts, call.where)}.`, call.snippet));
    }
    return out;
  },
};
