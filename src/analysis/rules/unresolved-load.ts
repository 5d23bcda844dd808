// Build code that loads code of the sdist, or starts a new interpreter on it, by a name or path
// that cannot be known without running it (`__import__(x)`, `python -m <built name>`,
// `exec(open(<unknown>).read())`): whatever that code does was not analysed.

import type { Finding } from '../../types.js';
import type { Rule } from '../model.js';
import { describeWhere, finding, isReachable } from './util.js';

export const rule: Rule = {
  id: 'unresolved-load',
  severity: 'high',
  description: 'Loads or runs code by a name or path that is only known when the build runs, so that code was not analysed.',
  check(facts) {
    const out: Finding[] = [];
    for (const l of facts.loads) {
      if (l.unresolved === undefined) continue;
      const reached = isReachable(l.where);
      // a name decoded or downloaded first is hidden on purpose; one merely computed may be benign
      const severity = !reached ? 'low' : l.hidden ? 'high' : 'medium';
      const what = l.hidden ? 'a name decoded or downloaded at build time' : 'a name or path computed at build time';
      out.push(
        finding(rule.id, severity, facts, l.line, `Loads code through ${l.via} from ${what} ${describeWhere(facts, l.where)}; that code could not be analysed.`, `${l.via}(${l.unresolved})`),
      );
    }
    return out;
  },
};
