// Decoders the analysis uses to undo payload encodings, each with input it must accept and input
// it must reject, and the output budgets that stop decompression bombs.

import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import {
  DecodeBudget,
  MAX_DECODE_OUTPUT,
  ascii85Decode,
  base32Decode,
  base64Decode,
  base85Decode,
  brotliDecompress,
  bytesToText,
  executableKind,
  gzipDecompress,
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
