// Parsing Python source: string literal values, bracket nesting, line numbers, and the cases where
// a file is scanned for strings instead of parsed.

import type { SyntaxNode } from '@lezer/common';
import { CHILD_CACHE_ENTRIES, ChildCache, LineIndex, MAX_BRACKET_DEPTH, MAX_PARSE_BYTES, bracketDepth, childOf, childrenOf, parseSource, stringLiteral, unescape } from '../src/analysis/parse.js';
import { seededRandom } from './helpers/fuzz.js';

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

describe('childOf / childrenOf', () => {
  const source = [
    '@deco(1, k=2)',
    '@other',
    'def f(a, b=3, *c, **d):',
    '    global g, h',
    '    x = [y for y in a if y]',
    '    return os.path.join(a, b)(*c, **d).strip()',
    'class C(Base, metaclass=M):',
    '    if a: pass',
    '    elif b: pass',
    '    else: pass',
    'for i in range(3): g += i',
    'print(x for x in y)',
    'obj.attr = f"{a!r} {b}"',
    '',
  ].join('\n');
  const tree = parseSource(source, 'setup.py').tree!;
  const nodes: SyntaxNode[] = [];
  tree.iterate({ enter: (n) => void nodes.push(n.node) });
  const at = (n: SyntaxNode | null): [string, number, number] | null => (n ? [n.name, n.from, n.to] : null);
  const names = ['ArgList', 'PropertyName', 'VariableName', 'Body', 'Decorator', 'FunctionDefinition', 'ClassDefinition', 'UpdateOp', 'for', 'in', 'ParamList', 'FormatReplacement', 'FormatConversion', 'Statement', 'Expression', 'Pattern', 'NoSuchNode'];

  it('finds what Lezer\'s getChild and getChildren find, for every node of a tree', () => {
    let found = 0;
    for (const n of nodes) {
      for (const name of names) {
        expect([name, n.from, at(childOf(n, name))]).toEqual([name, n.from, at(n.getChild(name))]);
        expect(childrenOf(n, name).map(at)).toEqual(n.getChildren(name).map(at));
        if (childOf(n, name)) found++;
      }
    }
    expect(found).toBeGreaterThan(20);
  });

  it('gives, through a ChildCache, the same children and first children, the same objects each time', () => {
    const cache = new ChildCache();
    for (const n of nodes) {
      const kids = cache.of(n);
      const direct: SyntaxNode[] = [];
      for (let c = n.firstChild; c; c = c.nextSibling) direct.push(c);
      expect(kids.map(at)).toEqual(direct.map(at));
      expect(cache.of(n)).toBe(kids);
      for (const name of names) expect([name, n.from, at(cache.first(n, name))]).toEqual([name, n.from, at(childOf(n, name))]);
    }
    // a walk through the cache meets the same objects again: a second walk adds no entries
    const walkAll = (n: SyntaxNode): number => 1 + cache.of(n).reduce((sum, c) => sum + walkAll(c), 0);
    const fresh = new ChildCache();
    const count = (n: SyntaxNode): number => 1 + fresh.of(n).reduce((sum, c) => sum + count(c), 0);
    const top = tree.topNode;
    const visited = count(top);
    const size = fresh.size;
    expect(count(top)).toBe(visited);
    expect(fresh.size).toBe(size);
    expect(walkAll(top)).toBe(visited);
    // another object for the same node is another entry, and the entries are bounded
    expect(fresh.of(tree.topNode)).not.toBe(fresh.of(top));
    const many = parseSource('x = [' + '1, '.repeat(CHILD_CACHE_ENTRIES) + ']\n', 'setup.py').tree!;
    const bounded = new ChildCache();
    many.iterate({ enter: (n) => void bounded.of(n.node) });
    expect(bounded.size).toBeLessThanOrEqual(CHILD_CACHE_ENTRIES);
    expect(bounded.size).toBeGreaterThan(0);
  });

  it('returns nothing for a type that is not a child, even when it is a deeper descendant', () => {
    const top = tree.topNode;
    expect(childOf(top, 'ArgList')).toBeNull();
    expect(childrenOf(top, 'VariableName')).toEqual([]);
    const def = childOf(childOf(top, 'DecoratedStatement')!, 'FunctionDefinition')!;
    expect(childrenOf(childOf(def, 'Body')!, 'Decorator')).toEqual([]);
  });
});

describe('unescape', () => {
  /** Escapes undone one character at a time, as Python's tokenizer reads them: the reference. */
  function unescapeByChar(body: string, bytes: boolean): string {
    const simple: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
    let out = '';
    let i = 0;
    while (i < body.length) {
      const ch = body[i]!;
      if (ch !== '\\' || i + 1 >= body.length) {
        out += ch;
        i++;
        continue;
      }
      const e = body[i + 1]!;
      if (e === '\n') i += 2;
      else if (e === '\r') i += body[i + 2] === '\n' ? 3 : 2;
      else if (e in simple) {
        out += simple[e];
        i += 2;
      } else if (e >= '0' && e <= '7') {
        let j = i + 1;
        let digits = '';
        while (j < body.length && digits.length < 3 && body[j]! >= '0' && body[j]! <= '7') digits += body[j++];
        out += String.fromCharCode(parseInt(digits, 8) & (bytes ? 0xff : 0x1ff));
        i = j;
      } else {
        const hexLen = e === 'x' ? 2 : !bytes && e === 'u' ? 4 : !bytes && e === 'U' ? 8 : 0;
        const hex = body.slice(i + 2, i + 2 + hexLen);
        const end = body.indexOf('}', i + 3);
        if (hexLen && hex.length === hexLen && /^[0-9a-fA-F]+$/.test(hex)) {
          const cp = parseInt(hex, 16);
          out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
          i += 2 + hexLen;
        } else if (!bytes && e === 'N' && body[i + 2] === '{' && end !== -1) {
          out += '\ufffd';
          i = end + 1;
        } else {
          out += ch + e;
          i += 2;
        }
      }
    }
    return out;
  }

  it.each([
    ['plain text', 'abc', 'abc'],
    ['a trailing backslash', 'abc\\', 'abc\\'],
    ['escapes between runs', 'ab\\ncd\\x41ef\\101g', 'ab\ncdAefAg'],
    ['an escaped line end', 'a\\\nb\\\r\nc', 'abc'],
    ['an unknown escape', 'a\\qb', 'a\\qb'],
    ['a short hex escape', 'a\\x4', 'a\\x4'],
    ['hex escapes of every case', '\\x41\\x6a\\x4A\\u00e9\\U0001F600', 'AjJé😀'],
    ['a hex escape with a non-hex digit', '\\x4g\\u00eZ', '\\x4g\\u00eZ'],
    ['a code point beyond Unicode', '\\U0011ffff\\UFFFFFFFF', '\ufffd\ufffd'],
  ])('%s', (_name, body, value) => {
    expect(unescape(body, false)).toBe(value);
  });

  it('agrees with the per-character reading on long payloads of escapes', () => {
    const body = '\\x4a\\xff\\ud800\\U0001F600\\101plain\\\n'.repeat(3000);
    for (const bytes of [false, true]) expect(unescape(body, bytes)).toBe(unescapeByChar(body, bytes));
    expect(unescape(body, false).length).toBeGreaterThan(20_000);
  });

  it('agrees with the per-character reading on random escapes', () => {
    const next = seededRandom(7);
    const parts = ['\\', 'n', 'x', '4', '1', 'F', 'u', 'U', '0', '7', '8', 'N', '{', '}', 'ab', '\n', '\r', "'", 'é', 'z', 'a', 'f', 'g', 'G', '10', 'ff'];
    for (let i = 0; i < 20000; i++) {
      let body = '';
      const n = Math.floor(next() * 16);
      for (let j = 0; j < n; j++) body += parts[Math.floor(next() * parts.length)];
      for (const bytes of [false, true]) expect([body, bytes, unescape(body, bytes)]).toEqual([body, bytes, unescapeByChar(body, bytes)]);
    }
  });
});
