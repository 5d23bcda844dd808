// Decoding loops: a loop over constant data whose body only computes (chr/ord arithmetic, XOR
// with a key, table lookups, appends) is run item by item, within the step budget, so that the
// payload it decodes is seen. Loops that do anything else keep the usual treatment (a few items
// unrolled, or one pass over a merged value).

import type { SyntaxNode } from '@lezer/common';
import { childOf } from '../parse.js';

/** Items (or `while` rounds) a decoding loop may run; the step budget bounds it too. */
export const MAX_DECODE_ITERATIONS = 100_000;

const PURE_FUNCTIONS = new Set([
  'chr', 'ord', 'int', 'str', 'bytes', 'bytearray', 'len', 'range', 'hex', 'abs', 'divmod', 'pow', 'min', 'max', 'list', 'tuple',
  'reversed', 'enumerate', 'zip', 'sum', 'bin', 'oct', 'round', 'isinstance', 'unichr',
]);
const PURE_METHODS = new Set([
  'append', 'extend', 'join', 'index', 'find', 'rfind', 'get', 'lower', 'upper', 'strip', 'encode', 'decode', 'insert', 'pop', 'replace',
  'split', 'startswith', 'endswith', 'isdigit', 'isalpha', 'isupper', 'islower', 'count', 'zfill', 'rjust', 'ljust', 'to_bytes', 'from_bytes',
]);
const IMPURE_NODES = new Set(['FunctionDefinition', 'ClassDefinition', 'ImportStatement', 'WithStatement', 'TryStatement', 'YieldStatement', 'AwaitExpression', 'LambdaExpression']);

/** Whether a loop body (and its condition) only computes values: no calls but to pure builtins and methods. */
export function isPureLoop(nodes: SyntaxNode[], text: (n: SyntaxNode) => string): boolean {
  let seen = 0;
  for (const node of nodes) {
    const c = node.cursor();
    const end = node.to;
    do {
      if (c.from >= end) break;
      if (++seen > 2_000) return false;
      if (IMPURE_NODES.has(c.name)) return false;
      if (c.name === 'CallExpression') {
        const callee = c.node.firstChild;
        if (!callee) return false;
        if (callee.name === 'VariableName') {
          if (!PURE_FUNCTIONS.has(text(callee))) return false;
        } else if (callee.name === 'MemberExpression') {
          const prop = childOf(callee, 'PropertyName');
          if (!prop || !PURE_METHODS.has(text(prop))) return false;
        } else return false;
      }
    } while (c.next());
  }
  return true;
}
