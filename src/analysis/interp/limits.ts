// Budgets of the abstract interpreter and the options one unit is evaluated with.

import type { DecodeBudget } from '../decode.js';
import type { Role, UnitFacts } from '../model.js';

/** Evaluation steps per unit (nodes visited, loop iterations, function re-runs). */
export const MAX_STEPS = 1_000_000;
/** Nesting of expressions the evaluator follows; deeper ones are scanned flat. */
export const MAX_EXPR_DEPTH = 250;
/** Times one function body is evaluated with different arguments. */
export const MAX_EVALS_PER_FN = 4;
/** Items of a loop evaluated one by one. */
export const MAX_LOOP_UNROLL = 8;

export interface ExtractOptions {
  path: string;
  role: Role;
  depth: number;
  budget: DecodeBudget;
  /** Evaluation steps shared by all units of one sdist. */
  steps?: StepBudget;
  fileExists(path: string): boolean;
  /** The bytes (one char per byte) of a file of the sdist that build code reads as data; undefined when not kept. */
  readFile?(path: string): string | undefined;
  origin?: UnitFacts['origin'];
  /** The build-time entry the top level runs from (payloads inherit their exec site's); null: none. */
  topEntry?: string | null;
  /** Functions of this module that other build-time code calls, and who calls them. */
  entryNames?: { name: string; by: string }[];
}

/** Evaluation steps across one sdist, so many files cannot multiply the cost. */
export class StepBudget {
  used = 0;
  constructor(readonly total = 4_000_000) {}
}
