// Parsing Python source: string literal values, bracket nesting, line numbers, and the cases where
// a file is scanned for strings instead of parsed.

import { LineIndex, MAX_BRACKET_DEPTH, MAX_PARSE_BYTES, bracketDepth, parseSource, stringLiteral } from '../src/analysis/parse.js';

describe('string literals', () => {
  it.each([
    [`'plain'`, 'plain', false],
    [`"a\\nb\\tc"`, 'a\nb\tc', false],
    [`'\\x41\\101\\u00e9\\U0001F600'`, 'AAé😀', false],
    [`r'a\\nb'`, 'a\\nb', false],
    [`R"\\d+"`, '\\d+', false],
    [`u'caf\\xe9'`, 'café', false],
    [`b'\\xff\\x00A'`, '\xff\x00A', true],
    [`rb'\\x'`, '\\x', true],
    [`'''multi\nline'''`, 'multi\nline', false],
    [`"""quote " inside"""`, 'quote " inside', false],
    [`'line \\\ncontinued'`, 'line continued', false],
    [`'unknown \\q escape'`, 'unknown \\q escape', false],
    [`'\\N{BULLET}'`, '\ufffd', false],
  ])('%s', (token, value, bytes) => {
    const lit = stringLiteral(token);
    expect(lit.value).toBe(value);
    expect(lit.bytes).toBe(bytes);
  });
});

describe('bracket depth', () => {
  it('counts code brackets only', () => {
    expect(bracketDepth('f(g([1]))').depth).toBe(3);
    expect(bracketDepth("s = '((((((('  # )))))\nx = (1)").depth).toBe(1);
    expect(bracketDepth('s = """\n(((\n"""\n').depth).toBe(0);
  });
  it('reports the line where nesting peaks', () => {
    expect(bracketDepth('a = 1\nb = 2\nc = (((3)))\n')).toEqual({ depth: 3, line: 3 });
  });
});

describe('parseSource', () => {
  it('parses ordinary code into a tree', () => {
    const p = parseSource('import os\nos.system("x")\n', 'setup.py');
    expect(p.tree).toBeDefined();
    expect(p.unparsed).toBeUndefined();
  });

  it('does not hand absurd nesting to the parser', () => {
    const depth = MAX_BRACKET_DEPTH + 1;
    const p = parseSource(`x = ${'('.repeat(depth)}1${')'.repeat(depth)}\n`, 'setup.py');
    expect(p.tree).toBeUndefined();
    expect(p.unparsed).toMatch(/setup\.py:1: brackets nested 201 deep/);
  });

  it('accepts nesting CPython accepts', () => {
    const depth = MAX_BRACKET_DEPTH - 5;
    const p = parseSource(`x = ${'('.repeat(depth)}1${')'.repeat(depth)}\n`, 'setup.py');
    expect(p.tree).toBeDefined();
  });

  it('does not parse files beyond the size limit', () => {
    const p = parseSource('#'.repeat(MAX_PARSE_BYTES + 1), 'big.py');
    expect(p.tree).toBeUndefined();
    expect(p.unparsed).toMatch(/big\.py: \d+ bytes/);
  });

  it('treats a byte-order mark as whitespace', () => {
    const p = parseSource('\ufeffimport os\n', 'setup.py');
    expect(p.tree!.topNode.firstChild!.name).toBe('ImportStatement');
  });
});

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and measures them', () => {
    const text = 'ab\ncde\n\nf';
    const idx = new LineIndex(text);
    expect([0, 2, 3, 6, 7, 8].map((o) => idx.lineOf(o))).toEqual([1, 1, 2, 2, 3, 4]);
    expect(idx.lengths(text.length)).toEqual([2, 3, 0, 1]);
  });
});
