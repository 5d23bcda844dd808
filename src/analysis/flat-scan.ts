// Files that could not be parsed (nesting CPython itself refuses, size or parse budgets) still
// give the string-based rules something: their string literals and identifiers, found by a
// tokenizer-level scan without structure.

import type { UnitFacts, Where } from './model.js';
import type { ParsedSource } from './parse.js';
import { stringLiteral } from './parse.js';
import { str } from './values.js';

/** For files that could not be parsed: their string literals and identifiers, without structure. */
export function scanFlat(src: ParsedSource, facts: UnitFacts, entry: string | undefined): void {
  const where: Where = { scope: 'top-level', entry };
  const text = src.text;
  const n = text.length;
  let strings = 0;
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (c === '#') {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl;
      continue;
    }
    if (c === '"' || c === "'") {
      i = scanString(i, i);
      continue;
    }
    if (/[A-Za-z_\u00a1-\uffff]/.test(c)) {
      let j = i + 1;
      while (j < n && /[\w\u00a1-\uffff]/.test(text[j])) j++;
      const word = text.slice(i, j);
      // a string prefix (`rb"..."`) rather than a name
      if (j < n && (text[j] === '"' || text[j] === "'") && /^[rRbBuUfF]{1,2}$/.test(word)) {
        i = scanString(i, j);
        continue;
      }
      if (facts.identifiers.size < 50_000 && !facts.identifiers.has(word)) facts.identifiers.set(word, src.lines.lineOf(i));
      i = j;
      continue;
    }
    i++;
  }

  /** Records the literal starting at `start` whose quote is at `q0`; returns the offset after it. */
  function scanString(start: number, q0: number): number {
    const quote = text[q0];
    const triple = text.startsWith(quote.repeat(3), q0);
    const close = triple ? quote.repeat(3) : quote;
    let end = q0 + close.length;
    while (end < n) {
      if (text[end] === '\\') end += 2;
      else if (text.startsWith(close, end)) break;
      else if (!triple && text[end] === '\n') break;
      else end++;
    }
    const stop = Math.min(n, end + close.length);
    if (strings++ < 100_000) {
      const lit = stringLiteral(text.slice(start, stop));
      if (lit.value.length > 0) facts.strings.push({ value: str(lit.value, 0, { b: lit.bytes || undefined }), line: src.lines.lineOf(start), where, kind: 'literal' });
    }
    return stop;
  }
}
