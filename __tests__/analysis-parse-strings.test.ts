// The parser with the fast string tokenizer gives exactly the trees @lezer/python's own parser
// gives: on the probes it is checked with, on every kind of string, and on random string soup.

import type { Tree } from '@lezer/common';
import { STRING_PROBES, fastStringsInUse, parserWith, pythonParser } from '../src/analysis/parse-strings.js';

function shape(tree: Tree): string[] {
  const out: string[] = [];
  const c = tree.cursor();
  do out.push(`${c.name}:${c.from}-${c.to}`);
  while (c.next());
  return out;
}

// the replacement itself against Lezer's own, whichever the analysis ended up with
const fast = parserWith('fast')!;
const lezer = parserWith('lezer')!;
const same = (src: string): void => {
  expect([src, shape(fast.parse(src))]).toEqual([src, shape(lezer.parse(src))]);
};

function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

describe('the fast string tokenizer', () => {
  it('passed its check against the original parser and is in use', () => {
    expect(fast).toBeDefined();
    expect(lezer).toBeDefined();
    expect(fastStringsInUse()).toBe(true);
    // the analysis' parser gives Lezer's trees too
    for (const probe of STRING_PROBES) expect(shape(pythonParser().parse(probe))).toEqual(shape(lezer.parse(probe)));
  });

  it.each(STRING_PROBES.map((p) => [p]))('parses the probe %j as Lezer does', (probe) => same(probe));

  it.each([
    ['a long plain literal', `x = "${'QUJD'.repeat(50_000)}"\nexec(x)\n`],
    ['a long literal cut by escapes', `x = '${'ab\\x41cd\\n'.repeat(5000)}'\n`],
    ['a long f-string', `x = f"${'ab {y} {{z}} '.repeat(5000)}"\n`],
    ['a long raw string with escaped quotes', `x = r'${'a\\\'b\\\\'.repeat(5000)}'\n`],
    ['a long triple-quoted string with quotes and lines', `x = """${'a "b" ""c""\n'.repeat(5000)}"""\n`],
    ['an unterminated literal to the end of the file', `x = '${'abc'.repeat(5000)}`],
    ['an unterminated literal to the end of the line', `x = '${'abc'.repeat(5000)}\ny = 1\n`],
    ['non-ASCII text and surrogate pairs', `x = "${'café 😀 \u2028 '.repeat(2000)}"\n`],
    ['carriage returns inside a literal', `x = "a\rb\r\nc"\ny = '''a\r\nb'''\n`],
    ['nested f-strings', `x = f"{f'{y!r}'} {z:{w}}" + f'{a["b"]}'\n`],
  ])('parses %s as Lezer does', (_name, src) => same(src));

  it('parses random string soup as Lezer does', () => {
    const next = rng(99);
    const parts = ["'", '"', "'''", '"""', '\\', '\n', '{', '}', '{{', '}}', 'ab', 'c d', '\\x4', '\\N{', '\\u12', 'r', 'b', 'f', 'rf', 'x = ', '(', ')', '#', '\r', '\t', 'é', 'print '];
    for (let i = 0; i < 3000; i++) {
      let src = '';
      const n = 1 + Math.floor(next() * 25);
      for (let j = 0; j < n; j++) src += parts[Math.floor(next() * parts.length)];
      same(src);
    }
  });
});
