// Build code run through a commercial obfuscator's runtime (PyArmor's `__pyarmor__` and its
// `pytransform` module): the source is encrypted bytecode that no reviewer can read. Packages
// that protect their library code still ship a readable setup.py.

import type { Finding } from '../../types.js';
import type { Rule } from '../model.js';
import { describeWhere, finding, isReachable } from './util.js';

const RUNTIME_MODULE = /^(?:pytransform\d*|pyarmor_runtime(?:_\d+)?|pyarmor)(?:\.|$)/;
const RUNTIME_CALL = /(?:^|[.:])(?:__pyarmor__|pyarmor_runtime|__armor_enter__|__armor_wrap__)$/;

export const rule: Rule = {
  id: 'packed-runtime',
  severity: 'high',
  description: 'Runs build code through an obfuscator runtime (PyArmor), so what it does cannot be read.',
  check(facts) {
    const out: Finding[] = [];
    for (const c of facts.calls) {
      if (!RUNTIME_CALL.test(c.callee)) continue;
      out.push(finding(rule.id, isReachable(c.where) ? 'high' : 'medium', facts, c.line, `Runs code through the PyArmor runtime ${describeWhere(facts, c.where)}; the code it runs is encrypted.`, c.snippet));
      return out;
    }
    for (const i of facts.imports) {
      if (!RUNTIME_MODULE.test(i.module) || i.level > 0) continue;
      out.push(finding(rule.id, isReachable(i.where) ? 'high' : 'medium', facts, i.line, `Imports the PyArmor runtime (${i.module}) ${describeWhere(facts, i.where)}; the code it runs is encrypted.`, `import ${i.module}`));
      return out;
    }
    const id = facts.identifiers.get('__pyarmor__');
    if (id !== undefined) out.push(finding(rule.id, 'high', facts, id, 'Calls __pyarmor__, the entry of PyArmor-encrypted code.', '__pyarmor__'));
    return out;
  },
};
