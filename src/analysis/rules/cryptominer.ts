// A cryptocurrency miner set up at build time: the miner's name in a command, a mining pool, the
// stratum protocol, or a miner's configuration written out. Build machines are rented compute.

import type { Finding } from '../../types.js';
import { commandOf } from '../commands.js';
import type { Rule } from '../model.js';
import { MINER } from '../patterns.js';
import { clip, describeWhere, finding, isReachable, usedStrings } from './util.js';

export const rule: Rule = {
  id: 'cryptominer',
  severity: 'critical',
  description: 'Sets up a cryptocurrency miner: a miner program, a mining pool or the stratum protocol.',
  check(facts) {
    const out: Finding[] = [];
    for (const call of facts.calls) {
      const cmd = commandOf(call);
      const m = cmd && MINER.exec(cmd.text);
      if (!m) continue;
      out.push(finding(rule.id, isReachable(call.where) ? 'critical' : 'medium', facts, call.line, `Runs a cryptocurrency miner (${m[0]}) ${describeWhere(facts, call.where)}.`, cmd.text));
      return out;
    }
    for (const s of usedStrings(facts)) {
      if (!isReachable(s.where) || s.value.s.length > 200_000) continue;
      const m = MINER.exec(s.value.s);
      if (!m) continue;
      out.push(finding(rule.id, 'critical', facts, s.line, `Names a cryptocurrency miner or mining pool (${clip(m[0], 60)}) ${describeWhere(facts, s.where)}.`, s.value.s));
      return out;
    }
    return out;
  },
};
