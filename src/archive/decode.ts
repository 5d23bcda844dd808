// Source bytes to text the way Python reads a source file (PEP 263 / PEP 3120), so that analysis
// sees what the interpreter would run. Whenever the two could differ, a note says so.

export interface Decoded {
  text: string;
  note?: string;
}

const UTF8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

type Codec =
  | { kind: 'utf-8' }
  | { kind: 'latin-1' }
  | { kind: 'ascii' }
  | { kind: 'cp1252' }
  | { kind: 'whatwg'; label: string; python: string };

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

const UTF8_NAMES = new Set(['utf_8', 'utf8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4', 'cp65001']);
const LATIN1_NAMES = new Set([
  'latin_1', 'latin1', 'latin', 'l1', 'iso8859_1', 'iso_8859_1', 'iso_ir_100', '8859', 'cp819',
  'csisolatin1', 'ibm819', 'iso_latin_1',
]);
const ASCII_NAMES = new Set([
  'ascii', 'us_ascii', '646', 'us', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986', 'cp367',
  'csascii', 'ibm367', 'iso646_us', 'iso_646.irv_1991', 'iso_ir_6',
]);

/**
 * Legacy codecs whose WHATWG decoder matches Python's codec byte for byte on valid input. Labels
 * WHATWG reinterprets (it reads `latin1` and `ascii` as windows-1252) are handled above instead.
 */
const WHATWG: Record<string, string> = {
  koi8_r: 'koi8-r',
  koi8_u: 'koi8-u',
  cp866: 'ibm866',
  shift_jis: 'shift_jis',
  sjis: 'shift_jis',
  s_jis: 'shift_jis',
  euc_jp: 'euc-jp',
  euc_kr: 'euc-kr',
  gbk: 'gbk',
  gb2312: 'gbk',
  gb18030: 'gb18030',
  big5: 'big5',
  mac_roman: 'macintosh',
  macroman: 'macintosh',
  macintosh: 'macintosh',
};
const ISO8859_PARTS = new Set([2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16]);

function lookupCodec(name: string): Codec | undefined {
  const key = codecKey(name);
  // CPython's tokenizer folds these prefixes itself before asking the codec registry
  // (get_normal_name), which is why `utf-8-unix` or `latin-1-dos` work as cookies.
  if (UTF8_NAMES.has(key) || key.startsWith('utf_8_')) return { kind: 'utf-8' };
  if (LATIN1_NAMES.has(key) || /^(latin_1|iso_8859_1|iso_latin_1)_/.test(key)) return { kind: 'latin-1' };
  if (ASCII_NAMES.has(key)) return { kind: 'ascii' };
  if (key === 'cp1252' || key === 'windows_1252' || key === '1252') return { kind: 'cp1252' };
  let label = WHATWG[key];
  const cp = /^(?:cp|windows_)(125[0-8])$/.exec(key);
  if (cp) label = `windows-${cp[1]}`;
  const iso = /^iso_?8859_(\d+)$/.exec(key);
  if (iso && ISO8859_PARTS.has(Number(iso[1]))) label = `iso-8859-${iso[1]}`;
  if (!label) return undefined;
  try {
    new TextDecoder(label);
  } catch {
    return undefined;
  }
  return { kind: 'whatwg', label, python: key };
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

/** Where the line starting at `start` ends (before its line break), and where the next one starts. */
function lineBounds(bytes: Uint8Array, start: number): [end: number, next: number] {
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) return [i, i + 1];
    if (b === 0x0d) return [i, bytes[i + 1] === 0x0a ? i + 2 : i + 1];
  }
  return [bytes.length, bytes.length];
}

/**
 * The PEP 263 encoding name from the first line, or from the second when the first is blank or a
 * comment, as Python's tokenizer reads them: whole lines, however long (a cookie pushed past a
 * fixed window would otherwise go unseen), ended by LF, CR LF or CR.
 */
function codingCookie(bytes: Uint8Array): string | undefined {
  let start = 0;
  for (let line = 0; line < 2 && start < bytes.length; line++) {
    let first = start;
    while (first < bytes.length && (bytes[first] === 0x20 || bytes[first] === 0x09 || bytes[first] === 0x0c)) first++;
    const [end, next] = lineBounds(bytes, start);
    if (first < end && bytes[first] === 0x23) {
      const m = COOKIE.exec(latin1(bytes.subarray(start, end)));
      if (m) return m[1];
    } else if (first < end) {
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
    case 'whatwg':
      try {
        return new TextDecoder(codec.label, { fatal: true }).decode(bytes);
      } catch {
        notes.push(`not valid ${name}; decoded with replacement characters`);
        return new TextDecoder(codec.label).decode(bytes);
      }
  }
}

/**
 * Decodes a source file as Python would: a UTF-8 or UTF-16 byte-order mark, else a PEP 263
 * coding cookie in the first two lines, else UTF-8. Line endings are left as they are.
 */
export function decodeSource(bytes: Uint8Array): Decoded {
  const notes: string[] = [];
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const cookie = codingCookie(body);
    if (cookie !== undefined && lookupCodec(cookie)?.kind !== 'utf-8') {
      notes.push(`has a UTF-8 byte-order mark but its coding cookie names ${cookie}; Python refuses such a file`);
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
    const cookie = codingCookie(bytes);
    if (cookie === undefined) {
      text = decodeUtf8(bytes, notes);
    } else {
      const codec = lookupCodec(cookie);
      if (codec) {
        text = decodeWith(codec, cookie, bytes, notes);
      } else {
        // Unusual codecs (`unicode_escape`, `utf-7`, codecs registered at run time) are a known way to
        // hide code from readers, so the text analysis sees may not be what Python runs.
        notes.push(`coding cookie names encoding ${JSON.stringify(cookie)}, which is not decoded here; read as latin-1`);
        text = latin1(bytes);
      }
    }
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const line = text.slice(0, nul).split('\n').length;
    notes.push(`contains NUL bytes (first on line ${line})`);
  }
  return notes.length > 0 ? { text, note: notes.join('; ') } : { text };
}
