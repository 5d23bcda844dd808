// Input generators for the parsers' property tests: raw text of every kind, and text assembled
// from a grammar's own tokens so that the generated inputs get past the first character and reach
// the deeper branches of a parser, where crashes hide.

import fc from 'fast-check';

/** Any text: ASCII, full Unicode (with lone surrogates), and control characters. */
export function anyText(maxLength = 80): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: fc.constantFrom('\0', '\n', '\r', '\t', '\v', '\f', ' ', '\\', '"', "'", '#', ';', '@', '(', ')', '[', ']', ',', '\u2028', '\uFEFF', '\uD800'), maxLength }),
  );
}

/** Text made of the given tokens (and now and then a random character), in any order. */
export function tokenText(tokens: readonly string[], maxTokens = 14): fc.Arbitrary<string> {
  const token = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }) });
  return fc.array(token, { maxLength: maxTokens }).map((parts) => parts.join(''));
}

/** Token text most of the time, raw text the rest. */
export function grammarText(tokens: readonly string[], maxTokens = 14): fc.Arbitrary<string> {
  return fc.oneof({ weight: 3, arbitrary: tokenText(tokens, maxTokens) }, { weight: 1, arbitrary: anyText() });
}

/**
 * Runs `fn` and returns what it returned, or the error it threw when that error is one of `allowed`.
 * Any other error fails the property, with the input in the message.
 */
export function returnsOrThrows<T>(fn: () => T, allowed: Array<new (...args: never[]) => Error>, input: unknown): { ok: true; value: T } | { ok: false; error: Error } {
  try {
    return { ok: true, value: fn() };
  } catch (err) {
    if (allowed.some((E) => err instanceof E)) return { ok: false, error: err as Error };
    const what = err instanceof Error ? `${err.constructor.name}: ${err.message}` : String(err);
    throw new Error(`threw ${what} for ${JSON.stringify(input)}`);
  }
}

/**
 * A deterministic pseudo-random generator (xorshift32) giving numbers in [0, 1), for loops that
 * need many random inputs cheaply: the same seed replays a failing case.
 */
export function seededRandom(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}
