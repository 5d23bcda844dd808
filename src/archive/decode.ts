// Source bytes to text the way Python reads a source file (PEP 263 / PEP 3120), so that analysis
// sees what the interpreter would run. Whenever the two could differ, a note says so.

import { CHARMAP_TABLES, PYTHON_CODECS } from './python-codecs.js';
import { decodeUnicodeEscape, decodeUtf16or32, decodeUtf7 } from './codecs.js';

export interface Decoded {
  text: string;
  note?: string;
  /** The codec a coding cookie named, when it is not UTF-8, and the line it is on. */
  encoding?: SourceEncoding;
}

export interface SourceEncoding {
  /** CPython's name for the codec (`utf_7`, `iso8859_1`), or the cookie's own text when Python has no such codec. */
  codec: string;
  line: number;
  /** A codec that no ordinary source needs and that shows readers other text than Python runs. */
  unusual: boolean;
}

export interface DecodeOptions {
  /**
   * Read the way `tokenize.open` does (setuptools and pip run setup.py through it): only LF ends a
   * line when looking for the coding cookie, so a file whose lines end in a bare CR is one line.
   * Line endings are kept either way (the parser reads CR, LF and CR LF alike). Otherwise the cookie
   * is looked for as the compiler does for imported modules (CR, LF and CR LF all end a line).
   */
  tokenize?: boolean;
}

const UTF8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

type Codec =
  | { kind: 'utf-8' }
  | { kind: 'latin-1' }
  | { kind: 'ascii' }
  | { kind: 'cp1252' }
  | { kind: 'table'; table: string }
  | { kind: 'whatwg'; label: string }
  | { kind: 'own'; decode: (bytes: Uint8Array) => { text: string; error?: string } }
  | { kind: 'none' };

/**
 * cp1252's 0x80-0x9f, as Python maps them; `undefined` where Python's codec has no character.
 * Decoded here rather than with TextDecoder, which in some Node 20 releases reads windows-1252 as latin-1.
 */
const CP1252_HIGH: (string | undefined)[] = Array.from(
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ',
  (ch) => (['\u0081', '\u008d', '\u008f', '\u0090', '\u009d'].includes(ch) ? undefined : ch),
);

/** Python's codec lookup key: lower case, runs of other characters folded to `_`. */
function codecKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Multibyte codecs whose WHATWG decoder matches Python's on the text a source file holds. */
const WHATWG: Record<string, string> = {
  shift_jis: 'shift_jis',
  cp932: 'shift_jis',
  euc_jp: 'euc-jp',
  euc_kr: 'euc-kr',
  cp949: 'euc-kr',
  gbk: 'gbk',
  gb2312: 'gbk',
  gb18030: 'gb18030',
  big5: 'big5',
  cp950: 'big5',
  big5hkscs: 'big5',
  iso2022_jp: 'iso-2022-jp',
};

/** Codecs that show a reader other text than Python runs: escapes, shifts, other code units, EBCDIC. */
const UNUSUAL = /^(utf_7|utf_16.*|utf_32.*|unicode_escape|raw_unicode_escape|punycode|idna|hz|iso2022_.*|cp037|cp273|cp424|cp500|cp875|cp1026|cp1140)$/;

/** The codec CPython uses for a cookie's name, as `tokenize` and the compiler look it up; undefined when Python has none. */
export function pythonCodec(name: string): string | undefined {
  const low = name.slice(0, 12).toLowerCase().replace(/_/g, '-');
  // the tokenizer folds these spellings itself before asking the codec registry (get_normal_name)
  if (low === 'utf-8' || low.startsWith('utf-8-')) return 'utf_8';
  if (['latin-1', 'iso-8859-1', 'iso-latin-1'].includes(low) || /^(latin-1|iso-8859-1|iso-latin-1)-/.test(low)) return 'iso8859_1';
  const key = codecKey(name);
  return PYTHON_CODECS[key] ?? PYTHON_CODECS[key.replace(/\./g, '_')];
}

function codecFor(canon: string): Codec {
  if (canon === 'utf_8' || canon === 'utf_8_sig') return { kind: 'utf-8' };
  if (canon === 'iso8859_1') return { kind: 'latin-1' };
  if (canon === 'ascii') return { kind: 'ascii' };
  if (canon === 'cp1252') return { kind: 'cp1252' };
  const table = CHARMAP_TABLES[canon];
  if (table) return { kind: 'table', table };
  if (WHATWG[canon]) return { kind: 'whatwg', label: WHATWG[canon] };
  switch (canon) {
    case 'utf_7':
      return { kind: 'own', decode: decodeUtf7 };
    case 'unicode_escape':
      return { kind: 'own', decode: (b) => decodeUnicodeEscape(b, false) };
    case 'raw_unicode_escape':
      return { kind: 'own', decode: (b) => decodeUnicodeEscape(b, true) };
    case 'utf_16':
    case 'utf_16_le':
    case 'utf_16_be':
    case 'utf_32':
    case 'utf_32_le':
    case 'utf_32_be':
      return { kind: 'own', decode: (b) => decodeUtf16or32(b, canon) };
  }
  return { kind: 'none' };
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return out;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
// Python's `.` matches a carriage return; only LF ends a line for `tokenize`
const COOKIE_TOKENIZE = /^[ \t\f]*#[^\n]*?coding[:=][ \t]*([-\w.]+)/;

/** Where the line starting at `start` ends (before its line break), and where the next one starts. */
function lineBounds(bytes: Uint8Array, start: number, lfOnly: boolean): [end: number, next: number] {
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) return [i, i + 1];
    if (b === 0x0d && !lfOnly) return [i, bytes[i + 1] === 0x0a ? i + 2 : i + 1];
  }
  return [bytes.length, bytes.length];
}

/**
 * The PEP 263 encoding name from the first line, or from the second when the first is blank or a
 * comment, as Python reads them: whole lines, however long (a cookie pushed past a fixed window
 * would otherwise go unseen). The compiler ends a line at LF, CR LF or CR; `tokenize` (setuptools)
 * at LF only, and there a line that starts with CR counts as blank.
 */
function codingCookie(bytes: Uint8Array, tokenize: boolean): { name: string; line: number; invalidLine?: boolean } | undefined {
  let start = 0;
  for (let line = 0; line < 2 && start < bytes.length; line++) {
    let first = start;
    while (first < bytes.length && (bytes[first] === 0x20 || bytes[first] === 0x09 || bytes[first] === 0x0c)) first++;
    const [end, next] = lineBounds(bytes, start, tokenize);
    if (first < end && bytes[first] === 0x23) {
      const m = (tokenize ? COOKIE_TOKENIZE : COOKIE).exec(latin1(bytes.subarray(start, end)));
      if (m) return { name: m[1]!, line: line + 1, invalidLine: tokenize && firstInvalidUtf8(bytes.subarray(start, end)) !== -1 };
    } else if (first < end && !(tokenize && bytes[first] === 0x0d)) {
      return undefined;
    }
    start = next;
  }
  return undefined;
}

function decodeUtf8(bytes: Uint8Array, notes: string[]): string {
  try {
    return UTF8_FATAL.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    notes.push(`not valid UTF-8 (line ${lineAt(bytes, Math.max(bad, 0))}); decoded with replacement characters`);
    return UTF8.decode(bytes);
  }
}

function decodeWith(codec: Codec, name: string, bytes: Uint8Array, notes: string[]): string {
  switch (codec.kind) {
    case 'utf-8':
      return decodeUtf8(bytes, notes);
    case 'latin-1':
      return latin1(bytes);
    case 'ascii': {
      const bad = bytes.findIndex((b) => b >= 0x80);
      if (bad !== -1) notes.push(`coding cookie says ${name} but line ${lineAt(bytes, bad)} has a non-ASCII byte; decoded as latin-1`);
      return latin1(bytes);
    }
    case 'cp1252': {
      let out = '';
      let bad = -1;
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i]!;
        if (b < 0x80 || b > 0x9f) {
          out += String.fromCharCode(b);
          continue;
        }
        const ch = CP1252_HIGH[b - 0x80];
        if (ch === undefined && bad === -1) bad = i;
        out += ch ?? String.fromCharCode(b);
      }
      if (bad !== -1) notes.push(`byte 0x${bytes[bad]!.toString(16)} on line ${lineAt(bytes, bad)} is not ${name}; read as a control character`);
      return out;
    }
    case 'table': {
      const parts: string[] = [];
      let bad = -1;
      for (let i = 0; i < bytes.length; i++) {
        const ch = codec.table[bytes[i]!]!;
        if (ch === '\ufffe') {
          if (bad === -1) bad = i;
          parts.push('\ufffd');
        } else parts.push(ch);
      }
      if (bad !== -1) notes.push(`byte 0x${bytes[bad]!.toString(16)} on line ${lineAt(bytes, bad)} is not ${name}; decoded with replacement characters`);
      return parts.join('');
    }
    case 'whatwg':
      try {
        return new TextDecoder(codec.label, { fatal: true }).decode(bytes);
      } catch {
        notes.push(`not valid ${name}; decoded with replacement characters`);
        return new TextDecoder(codec.label).decode(bytes);
      }
    case 'own': {
      const r = codec.decode(bytes);
      if (r.error) notes.push(`not valid ${name} (${r.error}); Python refuses the file, decoded leniently`);
      return r.text;
    }
    case 'none':
      notes.push(`coding cookie names encoding ${JSON.stringify(name)}, which Python knows but is not decoded here; read as latin-1`);
      return latin1(bytes);
  }
}

/**
 * Decodes a source file as Python would: a UTF-8 or UTF-16 byte-order mark, else a PEP 263
 * coding cookie in the first two lines, else UTF-8. Line endings are left as they are.
 */
export function decodeSource(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const notes: string[] = [];
  let text: string;
  let encoding: SourceEncoding | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const cookie = codingCookie(body, !!opts.tokenize);
    if (cookie !== undefined && pythonCodec(cookie.name) !== 'utf_8' && pythonCodec(cookie.name) !== 'utf_8_sig') {
      notes.push(`has a UTF-8 byte-order mark but its coding cookie names ${cookie.name}; Python refuses such a file`);
    }
    text = decodeUtf8(body, notes);
  } else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const le = bytes[0] === 0xff;
    const body = bytes.subarray(2);
    notes.push(`UTF-16 ${le ? 'LE' : 'BE'} text (byte-order mark); Python does not run UTF-16 source`);
    try {
      text = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      notes.push('not valid UTF-16; decoded with replacement characters');
      text = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(body);
    }
  } else {
    const cookie = codingCookie(bytes, !!opts.tokenize);
    const canon = cookie && pythonCodec(cookie.name);
    if (cookie === undefined) {
      text = decodeUtf8(bytes, notes);
    } else if (canon === undefined) {
      // Python stops with "unknown encoding" (or "not a text encoding", for rot13 and the like)
      notes.push(`coding cookie names encoding ${JSON.stringify(cookie.name)}, which Python does not accept for source; read as latin-1`);
      text = latin1(bytes);
    } else {
      if (cookie.invalidLine) notes.push(`line ${cookie.line}, which holds the coding cookie, is not UTF-8; Python refuses the file`);
      const unusual = UNUSUAL.test(canon) || codecFor(canon).kind === 'none';
      if (canon !== 'utf_8') encoding = { codec: canon, line: cookie.line, unusual };
      if (unusual) notes.push(`coding cookie names ${JSON.stringify(cookie.name)} (${canon}), a codec that shows readers other text than Python runs; analysed as Python decodes it`);
      text = decodeWith(codecFor(canon), cookie.name, bytes, notes);
    }
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const line = text.slice(0, nul).split('\n').length;
    notes.push(`contains NUL bytes (first on line ${line})`);
  }
  const out: Decoded = { text };
  if (notes.length > 0) out.note = notes.join('; ');
  if (encoding) out.encoding = encoding;
  return out;
}
