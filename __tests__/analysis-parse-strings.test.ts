// The parser with the fast string tokenizer gives exactly the trees @lezer/python's own parser
// gives, but for the Escape nodes it leaves inside the content: on the probes it is checked with,
// on every kind of string, and on random string soup that is valid Python.

import type { Tree } from '@lezer/common';
import { STRING_PROBES, fastStringsInUse, parserWith, pythonParser, treeShape } from '../src/analysis/parse-strings.js';
import { seededRandom } from './helpers/fuzz.js';

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
  const ours = shape(fast.parse(src));
  expect(ours.filter((n) => n.startsWith('Escape:'))).toEqual([]);
  expect([src, ours]).toEqual([src, treeShape(lezer.parse(src))]);
};


describe('the fast string tokenizer', () => {
  it('passed its check against the original parser and is in use', () => {
    expect(fast).toBeDefined();
    expect(lezer).toBeDefined();
    expect(fastStringsInUse()).toBe(true);
    // the analysis' parser gives Lezer's trees too
    for (const probe of STRING_PROBES) expect(shape(pythonParser().parse(probe))).toEqual(treeShape(lezer.parse(probe)));
  });

  it('leaves out only Escape nodes, and every one of them', () => {
    const src = `x = '\\x41\\n' + b"\\xff" + f'{a}\\t{{' + r'\\x41'\n`;
    const full = shape(lezer.parse(src));
    expect(full.filter((n) => n.startsWith('Escape:'))).toHaveLength(4);
    expect(treeShape(lezer.parse(src))).toEqual(full.filter((n) => !n.startsWith('Escape:')));
    expect(shape(fast.parse(src))).toEqual(treeShape(lezer.parse(src)));
    // a tree that differs elsewhere is not the same tree
    expect(shape(fast.parse(src.replace("r'", "'")))).not.toEqual(treeShape(lezer.parse(src)));
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
    ['a payload of hex escapes', `x = b'${'\\x4a\\x00\\xff'.repeat(5000)}'\nexec(x)\n`],
    ['escaped line ends and quotes in short strings', `x = 'a\\\nb\\'c' + "d\\\r\ne\\"" + '\\\r'\ny = 1\n`],
    ['escapes in f-strings next to braces', `x = f'\\{{a}} \\N{BULLET}{b}\\x41{{' + f"\\{c}"\n`],
    ['a named escape that runs over a backslash to the line end', `x = "a\\x41\\N{x = \\\nb = 'c\\x41\\N{y\\'\\x42'\n`],
    ['line continuations outside strings', `x = 1 + \\\n  2\nif a and \\\n b: print 'c\\n', \\\n d\n`],
  ])('parses %s as Lezer does', (_name, src) => same(src));

  it('parses random string soup as Lezer does, but where Lezer recovers from a syntax error', () => {
    const next = seededRandom(99);
    const parts = ["'", '"', "'''", '"""', '\\', '\\', '\\x41', '\\\n', '\n', '{', '}', '{{', '}}', 'ab', 'c d', '\\x4', '\\N{', '\\u12', 'r', 'b', 'f', 'rf', 'x = ', '(', ')', '#', '\r', '\t', 'é', 'print '];
    let differ = 0;
    for (let i = 0; i < 3000; i++) {
      let src = '';
      const n = 1 + Math.floor(next() * 25);
      for (let j = 0; j < n; j++) src += parts[Math.floor(next() * parts.length)];
      const ours = shape(fast.parse(src));
      expect(ours.filter((n) => n.startsWith('Escape:'))).toEqual([]);
      const theirs = treeShape(lezer.parse(src));
      if (ours.join(' ') === theirs.join(' ')) continue;
      // Python runs no file with a syntax error; with fewer tokens, Lezer's recovery may guess
      // another tree for one, but it still finds the error
      differ++;
      expect([src, ours.some((n) => n.startsWith('⚠'))]).toEqual([src, true]);
      expect([src, theirs.some((n) => n.startsWith('⚠'))]).toEqual([src, true]);
    }
    expect(differ).toBeLessThan(100);
  });
});
