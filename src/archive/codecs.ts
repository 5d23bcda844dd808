// Python's codecs that source files can name and that no TextDecoder provides, decoded the way
// CPython's do (Objects/unicodeobject.c): utf-7, unicode_escape, raw_unicode_escape, utf-32.
// Each returns the text and, where CPython's strict decoder would raise, the first error; the
// text is then what a lenient reading gives (undecodable bytes kept as latin-1).

export interface CodecResult {
  text: string;
  error?: string;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_VALUE[B64.charCodeAt(i)] = i;

/** RFC 2152 as CPython reads it: `+` opens base64 of UTF-16, `-` or any other character closes it. */
export function decodeUtf7(bytes: Uint8Array): CodecResult {
  const out: number[] = [];
  let error: string | undefined;
  const fail = (why: string, at: number): void => {
    error ??= `${why} at byte ${at}`;
  };
  let inShift = false;
  let bits = 0;
  let nbits = 0;
  let shiftStart = 0;
  let surrogate = 0;
  const emit = (unit: number): void => {
    if (surrogate) {
      if (unit >= 0xdc00 && unit <= 0xdfff) {
        out.push(0x10000 + ((surrogate - 0xd800) << 10) + (unit - 0xdc00));
        surrogate = 0;
        return;
      }
      out.push(surrogate);
      surrogate = 0;
    }
    if (unit >= 0xd800 && unit <= 0xdbff) surrogate = unit;
    else out.push(unit);
  };
  for (let i = 0; i < bytes.length; i++) {
    const ch = bytes[i]!;
    if (inShift) {
      const v = ch < 128 ? B64_VALUE[ch]! : -1;
      if (v >= 0) {
        bits = (bits << 6) | v;
        nbits += 6;
        if (nbits >= 16) {
          nbits -= 16;
          emit((bits >>> nbits) & 0xffff);
          bits &= (1 << nbits) - 1;
        }
        continue;
      }
      inShift = false;
      if (nbits >= 6) fail('partial character in shift sequence', i);
      else if (bits !== 0) fail('non-zero padding bits in shift sequence', i);
      if (surrogate) {
        out.push(surrogate);
        surrogate = 0;
      }
      bits = 0;
      nbits = 0;
      if (ch === 0x2d) continue; // '-' closes the shift and is absorbed
      if (ch >= 128) {
        fail('unexpected special character', i);
        out.push(ch);
        continue;
      }
      out.push(ch);
      continue;
    }
    if (ch === 0x2b) {
      const next = bytes[i + 1];
      if (next === 0x2d) {
        out.push(0x2b);
        i++;
      } else if (next !== undefined && next < 128 && B64_VALUE[next]! >= 0) {
        inShift = true;
        shiftStart = i;
      } else {
        fail('ill-formed sequence', i);
        out.push(ch);
      }
      continue;
    }
    if (ch >= 128) fail('unexpected special character', i);
    out.push(ch);
  }
  if (inShift) {
    if (surrogate) out.push(surrogate);
    if (nbits >= 6 || bits !== 0) fail('unterminated shift sequence', shiftStart);
  }
  return { text: fromCodePoints(out), error };
}

function fromCodePoints(cps: number[]): string {
  let s = '';
  for (let i = 0; i < cps.length; i += 8192) s += String.fromCodePoint(...cps.slice(i, i + 8192));
  return s;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/**
 * `unicode_escape`: latin-1 text in which backslash escapes are decoded (as in a string literal);
 * `raw_unicode_escape`: only `\uXXXX` and `\UXXXXXXXX`. `\N{name}` needs the Unicode name
 * database and is left as written, with an error.
 */
export function decodeUnicodeEscape(bytes: Uint8Array, raw: boolean): CodecResult {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  let error: string | undefined;
  const parts: string[] = [];
  let i = 0;
  while (i < s.length) {
    const j = s.indexOf('\\', i);
    if (j === -1) {
      parts.push(s.slice(i));
      break;
    }
    parts.push(s.slice(i, j));
    const c = s[j + 1];
    if (c === undefined) {
      if (!raw) error ??= `\\ at end of string at byte ${j}`;
      parts.push('\\');
      break;
    }
    if (raw) {
      // an escaped backslash is two characters; \u only counts after an odd run of backslashes
      if (c === 'u' || c === 'U') {
        const n = c === 'u' ? 4 : 8;
        const hex = s.slice(j + 2, j + 2 + n);
        if (/^[0-9a-fA-F]+$/.test(hex) && hex.length === n && parseInt(hex, 16) <= 0x10ffff) {
          parts.push(String.fromCodePoint(parseInt(hex, 16)));
          i = j + 2 + n;
        } else {
          error ??= `truncated \\${c}XXXX escape at byte ${j}`;
          parts.push(s.slice(j, j + 2));
          i = j + 2;
        }
        continue;
      }
      parts.push(c === '\\' ? '\\\\' : '\\' + c);
      i = j + 2;
      continue;
    }
    if (c in SIMPLE_ESCAPES) {
      parts.push(SIMPLE_ESCAPES[c]!);
      i = j + 2;
    } else if (c === '\n') {
      i = j + 2;
    } else if (c >= '0' && c <= '7') {
      const m = /^[0-7]{1,3}/.exec(s.slice(j + 1))![0];
      parts.push(String.fromCharCode(parseInt(m, 8)));
      i = j + 1 + m.length;
    } else if (c === 'x' || c === 'u' || c === 'U') {
      const n = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      const hex = s.slice(j + 2, j + 2 + n);
      if (hex.length === n && /^[0-9a-fA-F]+$/.test(hex) && parseInt(hex, 16) <= 0x10ffff) {
        parts.push(String.fromCodePoint(parseInt(hex, 16)));
        i = j + 2 + n;
      } else {
        error ??= `truncated \\${c} escape at byte ${j}`;
        parts.push(s.slice(j, j + 2));
        i = j + 2;
      }
    } else if (c === 'N') {
      error ??= `\\N{...} escape at byte ${j} not decoded here`;
      parts.push('\\N');
      i = j + 2;
    } else {
      // an unknown escape stays as written (Python warns)
      parts.push('\\' + c);
      i = j + 2;
    }
  }
  return { text: parts.join(''), error };
}

/** utf-16 and utf-32, with or without a byte-order mark (without one: little-endian, as on the machines pip runs on). */
export function decodeUtf16or32(bytes: Uint8Array, codec: string): CodecResult {
  const wide = codec.startsWith('utf_32');
  let le = !codec.endsWith('_be');
  let body = bytes;
  if (codec === 'utf_16' || codec === 'utf_32') {
    const bomLe = wide ? [0xff, 0xfe, 0, 0] : [0xff, 0xfe];
    const bomBe = wide ? [0, 0, 0xfe, 0xff] : [0xfe, 0xff];
    if (bomLe.every((b, k) => bytes[k] === b)) body = bytes.subarray(bomLe.length);
    else if (bomBe.every((b, k) => bytes[k] === b)) {
      le = false;
      body = bytes.subarray(bomBe.length);
    }
  }
  if (!wide) {
    const label = le ? 'utf-16le' : 'utf-16be';
    try {
      return { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(body) };
    } catch {
      return { text: new TextDecoder(label, { ignoreBOM: true }).decode(body), error: 'invalid UTF-16' };
    }
  }
  const cps: number[] = [];
  let error: string | undefined;
  for (let k = 0; k + 3 < body.length; k += 4) {
    const cp = le ? body[k]! | (body[k + 1]! << 8) | (body[k + 2]! << 16) | (body[k + 3]! << 24) : (body[k]! << 24) | (body[k + 1]! << 16) | (body[k + 2]! << 8) | body[k + 3]!;
    if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      error ??= `code point out of range at byte ${k}`;
      cps.push(0xfffd);
    } else cps.push(cp);
  }
  if (body.length % 4) error ??= 'truncated data';
  return { text: fromCodePoints(cps), error };
}
