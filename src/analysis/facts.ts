// Facts from one unit of Python: an abstract interpreter over the lezer tree. It runs the module
// top level in order, then every setuptools command's methods and build hooks, then whatever
// those reach, so each call knows where it runs. Values fold constants and decode payloads;
// unknown values keep the sources of their data (taint). Nothing is executed.
//
// The interpreter lives in `interp/`, one room per kind of construct, each building on the last:
//   scope.ts        values and scopes: state, budget, names and attributes
//   record.ts       the facts it records, and the flat scan of subtrees it gives up on
//   expressions.ts  expressions: literals, operators, containers, members, subscripts
//   statements.ts   statements and control flow, comprehensions
//   functions.ts    function and class definitions, and calls into them
//   loads.ts        code a unit loads or runs: imports, exec, payloads, new interpreters
//   calls.ts        calls: dispatch to local code and to the models of known calls
//   entries.ts      where code runs: top level, commands, hooks, callbacks

import { type UnitFacts, emptyFacts } from './model.js';
import type { ParsedSource } from './parse.js';
import { scanFlat } from './flat-scan.js';
import { Extractor } from './interp/entries.js';
import type { ExtractOptions } from './interp/limits.js';

export { type ExtractOptions, MAX_EXPR_DEPTH, MAX_STEPS, StepBudget } from './interp/limits.js';

export function extractFacts(src: ParsedSource, opts: ExtractOptions): UnitFacts {
  const facts: UnitFacts = emptyFacts({
    path: opts.path,
    role: opts.role,
    depth: opts.depth,
    origin: opts.origin,
    parsed: !!src.tree,
    text: src.text,
    lineLengths: src.lines.lengths(src.text.length),
  });
  if (src.unparsed) facts.limits.push(src.unparsed);
  if (!src.tree) {
    scanFlat(src, facts, opts.topEntry === null ? undefined : (opts.topEntry ?? 'top-level'));
    return facts;
  }
  new Extractor(src, facts, opts).run();
  return facts;
}
