// Reading the machine's cloud identity: the instance metadata service (169.254.169.254 and its
// equivalents) hands out the credentials of the machine's role, and a Kubernetes pod keeps its
// service-account token in a known folder. A build has no reason to ask either.

import type { Finding } from '../../types.js';
import { PROCESS_CALLS, isNetworkCall } from '../catalog.js';
import type { Rule } from '../model.js';
import { cloudMetadata } from '../patterns.js';
import { type StrValue, type Value, stringsIn } from '../values.js';
import { describeWhere, finding, isReachable, usedStrings } from './util.js';

/** Environment variables Kubernetes sets in every pod: they only say where a service is. */
const CLUSTER_ENV = /^%\w+%$/;

export const rule: Rule = {
  id: 'cloud-credentials',
  severity: 'critical',
  description: 'Reaches for the cloud instance metadata service or Kubernetes service-account credentials at build time.',
  check(facts) {
    const out: Finding[] = [];
    const lines = new Set<number>();
    const add = (line: number, what: string, where: string, evidence: string): void => {
      if (lines.has(line)) return;
      lines.add(line);
      out.push(finding(rule.id, 'critical', facts, line, `Reaches for ${what} ${where}; builds never need the machine's cloud credentials.`, evidence));
    };
    // strings handed to the network or to a command: the cluster's address read from the
    // environment only counts there, since reading it alone is how code detects a cluster
    const sent = new Set<StrValue>();
    for (const c of facts.calls) {
      if (!isReachable(c.where) || !(isNetworkCall(c.callee) || c.callee in PROCESS_CALLS)) continue;
      const values: Value[] = [...c.args, ...Object.values(c.kwargs)];
      if (c.receiver) values.push(c.receiver);
      for (const v of values) {
        for (const s of stringsIn(v)) {
          sent.add(s);
          const m = cloudMetadata(s.s);
          if (m) add(c.line, m.what, describeWhere(facts, c.where), `${c.snippet} <- ${s.s}`);
        }
      }
    }
    for (const s of usedStrings(facts)) {
      if (!isReachable(s.where) || s.value.s.length > 100_000) continue;
      const m = cloudMetadata(s.value.s);
      if (!m || (CLUSTER_ENV.test(m.text) && !sent.has(s.value))) continue;
      add(s.line, m.what, describeWhere(facts, s.where), s.value.s);
    }
    return out;
  },
};
