// Decoders the analysis uses to undo payload encodings, each with input it must accept and input
// it must reject, and the output budgets that stop decompression bombs.

import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import {
  DecodeBudget,
  MAX_DECODE_OUTPUT,
  ascii85Decode,
  base32Decode,
  base64Decode,
  base64Shaped,
  base85Decode,
  brotliDecompress,
  bytesToText,
  decodeUtf8Maybe,
  decodedHead,
  decodedIsText,
  executableKind,
  gzipDecompress,
  isText,
  hexDecode,
  looksLikeBase64,
  looksLikeHex,
  looksLikePython,
  rot13,
  textToBytes,
  zlibDecompress,
} from '../src/analysis/decode.js';

const latin1 = (b: Buffer): string => b.toString('latin1');
const ok = (r: { ok: boolean; value?: string }): string => {
  if (!r.ok) throw new Error(`decode failed: ${JSON.stringify(r)}`);
  return r.value!;
};

describe('decoders accept what Python produces', () => {
  const budget = (): DecodeBudget => new DecodeBudget();
  it('base64, with and without padding, url-safe and with altchars', () => {
    expect(ok(base64Decode('aGVsbG8=', budget()))).toBe('hello');
    expect(ok(base64Decode('aGVsbG8', budget()))).toBe('hello');
    expect(ok(base64Decode('aGV s\nbG8=', budget()))).toBe('hello');
    expect(ok(base64Decode('_-8=', budget(), true))).toBe('\xff\xef');
    expect(ok(base64Decode('*!8=', budget(), false, '!*'))).toBe('\xff\xef');
  });
  it('base32, base16, base85 and ascii85', () => {
    expect(ok(base32Decode('NBSWY3DP', budget()))).toBe('hello');
    expect(ok(hexDecode('68656c6c6f', budget()))).toBe('hello');
    expect(ok(hexDecode('68 65 6c 6c 6f', budget(), true))).toBe('hello');
    expect(ok(base85Decode('Xk~0{Zv', budget()))).toBe('hello');
    expect(ok(ascii85Decode('BOu!rDZ', budget()))).toBe('hello');
    expect(ok(ascii85Decode('<~BOu!rDZ~>', budget()))).toBe('hello');
  });
  it('zlib, raw deflate, gzip and brotli', () => {
    const text = 'print("payload")\n'.repeat(20);
    expect(ok(zlibDecompress(latin1(deflateSync(text)), budget()))).toBe(text);
    expect(ok(zlibDecompress(latin1(deflateRawSync(text)), budget(), -15))).toBe(text);
    expect(ok(zlibDecompress(latin1(gzipSync(text)), budget(), 31))).toBe(text);
    expect(ok(gzipDecompress(latin1(gzipSync(text)), budget()))).toBe(text);
    expect(ok(brotliDecompress(latin1(brotliCompressSync(text)), budget()))).toBe(text);
  });
  it('rot13 is its own inverse and leaves other characters alone', () => {
    expect(rot13('import os; 42')).toBe('vzcbeg bf; 42');
    expect(rot13(rot13('Hello, World!'))).toBe('Hello, World!');
  });
  it('text and bytes in UTF-8 and UTF-16LE', () => {
    expect(bytesToText(textToBytes('é✓', 'utf-8'))).toBe('é✓');
    expect(bytesToText(textToBytes('IEX', 'utf-16-le'), 'utf-16-le')).toBe('IEX');
    expect(bytesToText('\xff\xfeI\x00', 'utf-16')).toBe('I');
    expect(bytesToText('x', 'klingon')).toBeUndefined();
  });
});

describe('decoders reject what Python would reject', () => {
  const budget = new DecodeBudget();
  it.each([
    ['base64 with a dangling character', () => base64Decode('aGVsb', budget)],
    ['base64 with no alphabet at all', () => base64Decode('!!!!', budget)],
    ['base32 outside its alphabet', () => base32Decode('NB1!', budget)],
    ['odd-length hex', () => hexDecode('abc', budget)],
    ['hex with other letters', () => hexDecode('zz', budget)],
    ['base85 outside its alphabet', () => base85Decode('ab"c', budget)],
    ['zlib of plain text', () => zlibDecompress('not compressed at all', budget)],
    ['gzip of plain text', () => gzipDecompress('not compressed', budget)],
    ['brotli of plain text', () => brotliDecompress('\x00\x01 not brotli', budget)],
  ])('%s', (_name, run) => {
    expect(run().ok).toBe(false);
  });
});

describe('decode budgets', () => {
  it('refuses a decompression bomb beyond one output limit', () => {
    const bomb = latin1(deflateSync(Buffer.alloc(MAX_DECODE_OUTPUT * 4)));
    const r = zlibDecompress(bomb, new DecodeBudget());
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/more than/);
  });
  it('shares one budget across decodes', () => {
    const budget = new DecodeBudget(10);
    expect(base64Decode('aGVsbG8=', budget).ok).toBe(true);
    expect(base64Decode('aGVsbG8=', budget).ok).toBe(true);
    const third = base64Decode('aGVsbG8=', budget);
    expect(third.ok).toBe(false);
    expect(budget.exhausted).toBe(true);
  });
});

describe('recognizing content', () => {
  it('tells base64 and hex blobs from words and hashes', () => {
    expect(looksLikeBase64(Buffer.from('import os\nos.system("id")\n' + 'x'.repeat(30)).toString('base64'))).toBe(true);
    expect(looksLikeBase64('this_is_a_long_identifier_name_without_any_digits_at_all')).toBe(false);
    expect(looksLikeBase64('short')).toBe(false);
    expect(looksLikeHex('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')).toBe(true);
    expect(looksLikeHex('0123456789')).toBe(false);
  });
  it('tells the base64 shape exactly as the pattern that defines it', () => {
    const shaped = (t: string): boolean =>
      (/^[A-Za-z0-9+/]+={0,2}$/.test(t) || /^[A-Za-z0-9_-]+={0,2}$/.test(t)) && /[0-9]/.test(t) && /[a-z]/.test(t) && /[A-Z]/.test(t) && !/^[a-z_]+$/i.test(t);
    const fixed = ['aB3=', 'aB3==', 'aB3===', '=aB3', 'aB=3', 'a=B3=', 'aB3+/', 'aB3-_', 'aB3+_', 'aB3 ', 'aB3\n', '', '=', '==', 'aB3=\n', 'éB3', 'a_B3=='];
    for (const t of fixed) expect([t, base64Shaped(t)]).toEqual([t, shaped(t)]);
    expect(base64Shaped('aB3==')).toBe(true);
    expect(base64Shaped('aB3===')).toBe(false);
    expect(base64Shaped('aB=3')).toBe(false);
    let x = 7;
    const next = (): number => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
    const chars = 'aZ09+/-_= \n!';
    for (let i = 0; i < 5000; i++) {
      let t = '';
      const n = Math.floor(next() * 12);
      for (let j = 0; j < n; j++) t += chars[Math.floor(next() * chars.length)];
      expect([t, base64Shaped(t)]).toEqual([t, shaped(t)]);
    }
  });
  it('tells whether decoded bytes read as text as decoding them whole would', () => {
    const u8 = (t: string): string => Buffer.from(t, 'utf8').toString('latin1');
    const binary = '\x00\x01\xfe\x90'.repeat(10_000);
    const cases: [string, string, boolean][] = [
      ['a binary blob', 'MZ\x90\x00' + binary, false],
      ['ASCII text', 'import os\n'.repeat(5000), true],
      ['UTF-8 text of many-byte characters', u8('café 😀 日本語 '.repeat(3000)), true],
      ['invalid UTF-8 that is latin-1 text', 'caf\xe9 '.repeat(5000), true],
      ['text that turns binary late', 'print(1)\n'.repeat(3000) + binary, true],
      ['binary that turns to text late', binary + 'print(1)\n'.repeat(3000), false],
      ['binary bytes that are high UTF-8 text', u8('\u00e9\u4e00'.repeat(6000)), true],
      ['a four-byte character cut where the probe ends', '\x01'.repeat(16_398) + u8('😀'.repeat(10)) + 'a'.repeat(20_000), false],
      ['short binary', '\x00\x01', false],
    ];
    for (const [name, bytes, expected] of cases) {
      expect([name, isText(decodeUtf8Maybe(bytes))]).toEqual([name, expected]);
      expect([name, decodedIsText(bytes)]).toEqual([name, expected]);
      for (const n of [0, 1, 300, 1200, 5000]) expect([name, n, decodedHead(bytes, n)]).toEqual([name, n, decodeUtf8Maybe(bytes).slice(0, n)]);
    }
    // random mixes of text, UTF-8 and binary around the probe's end
    let x = 11;
    const next = (): number => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pieces = ['a', '\n', '\x00', '\xff', '\x80', u8('é'), u8('😀'), u8('日'), '\xf0\x9f', '\xe6'];
    for (let i = 0; i < 60; i++) {
      let b = '';
      while (b.length < 16_000 + next() * 2000) b += pieces[Math.floor(next() * (i % 2 ? 4 : pieces.length))]!.repeat(1 + Math.floor(next() * 40));
      expect(decodedIsText(b)).toBe(isText(decodeUtf8Maybe(b)));
      expect(decodedHead(b, 1200)).toBe(decodeUtf8Maybe(b).slice(0, 1200));
    }
  });
  it('knows executables by their headers', () => {
    expect(executableKind('MZ' + '\x00'.repeat(100))).toBe('a Windows executable');
    expect(executableKind('\x7fELF\x02\x01')).toBe('a Linux executable');
    expect(executableKind('\xcf\xfa\xed\xfe')).toBe('a macOS executable');
    expect(executableKind('MZ')).toBeUndefined();
    expect(executableKind('hello')).toBeUndefined();
  });
  it('knows Python source from prose and binary', () => {
    expect(looksLikePython("import os\nos.system('id')")).toBe(true);
    expect(looksLikePython('from a import b')).toBe(true);
    expect(looksLikePython('\x00\x01\x02\x03\x04\x05')).toBe(false);
    expect(looksLikePython('just a sentence')).toBe(false);
  });
});
