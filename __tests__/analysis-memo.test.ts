// Results remembered for large strings: the same answers as computing them again, limits and
// budgets charged on every use, and nothing kept once an analysis is over.

import { DecodeBudget, MAX_DECODE_OUTPUT, base64Decode, decodeUtf8Maybe, looksLikeBase64, stripWhitespace } from '../src/analysis/decode.js';
import { DOTTED_ENTRIES, LargeStringMemo, MEMO_ENTRIES, MEMO_MIN_LENGTH, clearMemos, dotted } from '../src/analysis/memo.js';
import { analyzeSource } from '../src/analysis/index.js';
import { seededRandom } from './helpers/fuzz.js';


/** The shape test as it was written with regexes: the table-driven one must agree with it. */
function base64ShapedByRegex(s: string): boolean {
  const t = s.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(t) && !/^[A-Za-z0-9_-]+={0,2}$/.test(t)) return false;
  return /[0-9]/.test(t) && /[a-z]/.test(t) && /[A-Z]/.test(t) && !/^[a-z_]+$/i.test(t);
}

describe('LargeStringMemo', () => {
  it('computes a large string once, and a short one every time', () => {
    let calls = 0;
    const memo = new LargeStringMemo((s) => {
      calls++;
      return s.length;
    });
    const big = 'a'.repeat(MEMO_MIN_LENGTH);
    expect(memo.get(big)).toBe(MEMO_MIN_LENGTH);
    expect(memo.get(big)).toBe(MEMO_MIN_LENGTH);
    // equal content built separately is the same key
    expect(memo.get('a'.repeat(MEMO_MIN_LENGTH - 1) + 'a')).toBe(MEMO_MIN_LENGTH);
    expect(calls).toBe(1);
    const small = 'a'.repeat(MEMO_MIN_LENGTH - 1);
    memo.get(small);
    memo.get(small);
    expect(calls).toBe(3);
    expect(memo.size).toBe(1);
  });

  it('remembers falsy results too', () => {
    let calls = 0;
    const memo = new LargeStringMemo(() => {
      calls++;
      return false;
    }, 4);
    expect(memo.get('abcd')).toBe(false);
    expect(memo.get('abcd')).toBe(false);
    expect(calls).toBe(1);
  });

  it('keeps a bounded number of entries, dropping the oldest', () => {
    const seen: string[] = [];
    const memo = new LargeStringMemo((s) => {
      seen.push(s);
      return s.length;
    }, 1);
    for (let i = 0; i <= MEMO_ENTRIES; i++) memo.get(`key${i}`);
    expect(memo.size).toBe(MEMO_ENTRIES);
    memo.get(`key${MEMO_ENTRIES}`); // newest: still there
    expect(seen.length).toBe(MEMO_ENTRIES + 1);
    memo.get('key0'); // oldest: was dropped, computed again
    expect(seen.length).toBe(MEMO_ENTRIES + 2);
  });

  it('forgets everything on clearMemos, and an analysis leaves nothing behind', () => {
    const memo = new LargeStringMemo((s) => s.length, 1);
    memo.get('abc');
    expect(memo.size).toBe(1);
    clearMemos();
    expect(memo.size).toBe(0);
    memo.get('abc');
    analyzeSource('x = 1\n', 'setup.py');
    expect(memo.size).toBe(0);
  });
});

describe('remembered decoding of large blobs', () => {
  const payload = Buffer.from('import os\n' + 'print("hello")\n'.repeat(MEMO_MIN_LENGTH / 8));
  const blob = payload.toString('base64');

  it('decodes a large blob the same way every time, and charges the budget every time', () => {
    const budget = new DecodeBudget(payload.length * 2);
    const first = base64Decode(blob, budget);
    const second = base64Decode(blob, budget);
    expect(first).toEqual({ ok: true, value: payload.toString('latin1') });
    expect(second).toEqual(first);
    expect(budget.used).toBe(payload.length * 2);
    // the third does not fit: refused, though the bytes are remembered
    expect(base64Decode(blob, budget)).toMatchObject({ ok: false, limit: true });
    expect(budget.exhausted).toBe(true);
  });

  it('refuses an over-large output on every call, remembered or not', () => {
    const huge = Buffer.alloc(MAX_DECODE_OUTPUT + 3, 7).toString('base64');
    for (let i = 0; i < 2; i++) expect(base64Decode(huge, new DecodeBudget(Infinity))).toMatchObject({ ok: false, limit: true });
  });

  it('reports a broken large blob as broken again', () => {
    const broken = 'QUJD'.repeat(MEMO_MIN_LENGTH) + 'Q';
    for (let i = 0; i < 2; i++) expect(base64Decode(broken, new DecodeBudget())).toEqual({ ok: false, reason: 'incorrect base64 padding' });
  });

  it('keeps the url-safe and standard alphabets apart for the same text', () => {
    const bytes = Buffer.alloc(MEMO_MIN_LENGTH, 0xfb);
    const url = bytes.toString('base64url');
    expect(base64Decode(url, new DecodeBudget(), true)).toEqual({ ok: true, value: bytes.toString('latin1') });
    // the standard alphabet drops `-` and `_`, as Python's b64decode does
    const std = base64Decode(url, new DecodeBudget());
    expect(std.ok && std.value).not.toBe(bytes.toString('latin1'));
  });

  it('drops characters outside the alphabet, and trailing padding, as before', () => {
    expect(base64Decode('aGVs\nbG8=', new DecodeBudget())).toEqual({ ok: true, value: 'hello' });
    expect(base64Decode('aGVsbG8==', new DecodeBudget())).toEqual({ ok: true, value: 'hello' });
    // padding only counts at the end: `=` inside leaves nine characters, one too many
    expect(base64Decode('aGVsbG8=x', new DecodeBudget())).toEqual({ ok: false, reason: 'incorrect base64 padding' });
    expect(base64Decode('!!==', new DecodeBudget())).toEqual({ ok: true, value: '' });
    expect(base64Decode('!!', new DecodeBudget())).toEqual({ ok: false, reason: 'no base64 characters' });
  });

  it('decodes large UTF-8 text and keeps large latin-1 text as it is', () => {
    const utf8 = Buffer.from('é'.repeat(MEMO_MIN_LENGTH)).toString('latin1');
    expect(decodeUtf8Maybe(utf8)).toBe('é'.repeat(MEMO_MIN_LENGTH));
    expect(decodeUtf8Maybe(utf8)).toBe('é'.repeat(MEMO_MIN_LENGTH));
    const latin = 'caf\xe9 '.repeat(MEMO_MIN_LENGTH / 4);
    expect(decodeUtf8Maybe(latin)).toBe(latin);
  });
});

describe('stripWhitespace', () => {
  it('returns the same string when there is no whitespace, and strips every kind otherwise', () => {
    const big = 'QUJD'.repeat(MEMO_MIN_LENGTH);
    expect(stripWhitespace(big)).toBe(big);
    expect(stripWhitespace('ab c\td\ne\r\nf\u00a0g')).toBe('abcdefg');
    const wrapped = ('QUJD'.repeat(19) + '\n').repeat(MEMO_MIN_LENGTH / 64);
    expect(stripWhitespace(wrapped)).toBe(wrapped.replace(/\n/g, ''));
    expect(stripWhitespace(wrapped)).toBe(wrapped.replace(/\n/g, ''));
  });
});

describe('looksLikeBase64', () => {
  it('accepts blobs, standard or url-safe, wrapped or not', () => {
    const b = Buffer.from('import os; os.system("true") # 0123456789 abcdef');
    expect(looksLikeBase64(b.toString('base64'))).toBe(true);
    expect(looksLikeBase64(b.toString('base64url') + '_-')).toBe(true);
    expect(looksLikeBase64(b.toString('base64').replace(/(.{16})/g, '$1\n'))).toBe(true);
    expect(looksLikeBase64('QUJD'.repeat(MEMO_MIN_LENGTH) + 'x1==')).toBe(true);
  });

  it('rejects words, mixed alphabets, too much padding and non-ASCII', () => {
    expect(looksLikeBase64('A'.repeat(60))).toBe(false);
    expect(looksLikeBase64('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')).toBe(false); // no digit
    expect(looksLikeBase64('abcdefghijklmnopqrstuvwxyz0123456789+/-_ABCDEFGH')).toBe(false); // both alphabets
    expect(looksLikeBase64('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH===')).toBe(false);
    expect(looksLikeBase64('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHé')).toBe(false);
    expect(looksLikeBase64('abcdefghijklmnopqrstuvwxyz0123456789=ABCDEFGH')).toBe(false);
    expect(looksLikeBase64('==')).toBe(false);
  });

  it('agrees with the regex formulation on random strings', () => {
    const next = seededRandom(17);
    const alphabet = 'aZ09+/-_= \n\té.!';
    for (let i = 0; i < 20000; i++) {
      const len = 40 + Math.floor(next() * 30);
      let s = '';
      // mostly base64 characters, so both answers are exercised
      for (let j = 0; j < len; j++) {
        const r = next();
        s += r < 0.9 ? 'ABCxyz0189'[Math.floor(next() * 10)] : alphabet[Math.floor(next() * alphabet.length)];
      }
      if (next() < 0.3) s += '='.repeat(Math.floor(next() * 4));
      expect([s, looksLikeBase64(s)]).toEqual([s, base64ShapedByRegex(s)]);
    }
  });
});

describe('dotted', () => {
  it('joins a base and a name, the same string each time', () => {
    expect(dotted('builtins', 'chr')).toBe('builtins.chr');
    expect(dotted('os.path', 'join')).toBe('os.path.join');
    expect(dotted('os', 'path.join')).toBe('os.path.join');
    expect(dotted('', 'x')).toBe('.x');
    expect(dotted('a', '')).toBe('a.');
  });

  it('keeps bases apart, and still joins after being cleared or filled', () => {
    expect(dotted('a.b', 'c')).toBe('a.b.c');
    expect(dotted('a', 'b.c')).toBe('a.b.c');
    expect(dotted('x', 'y')).not.toBe(dotted('x', 'z'));
    clearMemos();
    expect(dotted('builtins', 'chr')).toBe('builtins.chr');
    for (let i = 0; i <= DOTTED_ENTRIES; i++) dotted('m', `n${i}`);
    expect(dotted('m', 'n0')).toBe('m.n0');
    expect(dotted('m', `n${DOTTED_ENTRIES}`)).toBe(`m.n${DOTTED_ENTRIES}`);
  });
});
