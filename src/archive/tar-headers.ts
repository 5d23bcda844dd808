// Tar headers read the way CPython's tarfile reads them (TarInfo.frombuf, _proc_pax, _proc_gnulong,
// _apply_pax_info), since that is what pip unpacks with; beside each name, what a plain reader
// (POSIX ustar and pax, as GNU tar, libarchive and most tar libraries read them) would make of
// the same bytes, so that the constructs on which they disagree can be named.

import { isTarHeader } from './format.js';

const UTF8 = new TextDecoder('utf-8');

/** Python's `nts`: up to the first NUL, decoded (pip opens tars with encoding utf-8). */
export function nts(bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  return UTF8.decode(nul === -1 ? bytes : bytes.subarray(0, nul));
}

/** Python's `nti`: base-256 when the first byte says so, else octal; undefined where Python raises. */
export function nti(bytes: Uint8Array): number | undefined {
  if (bytes[0] === 0o200 || bytes[0] === 0o377) {
    let n = 0;
    for (let i = 1; i < bytes.length; i++) n = n * 256 + bytes[i]!;
    if (bytes[0] === 0o377) n = -(256 ** (bytes.length - 1) - n);
    return Number.isSafeInteger(n) ? n : undefined;
  }
  const text = nts(bytes).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) return undefined;
  const n = parseInt(text, 8);
  return Number.isSafeInteger(n) ? n : undefined;
}

export interface RawHeader {
  /** The name as Python builds it (ustar prefix joined, directory slashes removed). */
  name: string;
  /** The name as a reader that honours the prefix only in POSIX ustar headers builds it. */
  plainName: string;
  type: string;
  size: number;
  linkname: string;
  /** Old GNU sparse member whose header says extension blocks follow. */
  sparseExtended: boolean;
}

/** GNU meta types, which take no prefix in Python. */
const GNU_TYPES = new Set(['L', 'K', 'S']);
export const REGULAR_TYPES = new Set(['0', '\0', '7', 'S']);
const SUPPORTED_TYPES = new Set([...REGULAR_TYPES, '1', '2', '3', '4', '5', '6', 'L', 'K']);

/** Whether Python skips data blocks after this member's header. */
export function hasData(type: string): boolean {
  return REGULAR_TYPES.has(type) || !SUPPORTED_TYPES.has(type);
}

export type HeaderRead = { kind: 'end' } | { kind: 'invalid'; why: string } | { kind: 'header'; header: RawHeader };

/** One 512-byte block as TarInfo.frombuf reads it. */
export function readHeader(block: Uint8Array): HeaderRead {
  if (block.every((b) => b === 0)) return { kind: 'end' };
  if (!isTarHeader(block)) return { kind: 'invalid', why: 'bad checksum' };
  const size = nti(block.subarray(124, 136));
  for (const [at, len] of [
    [100, 8],
    [108, 8],
    [116, 8],
    [136, 12],
    [329, 8],
    [337, 8],
  ] as const) {
    if (nti(block.subarray(at, at + len)) === undefined) return { kind: 'invalid', why: 'invalid header' };
  }
  if (size === undefined) return { kind: 'invalid', why: 'invalid header' };
  let type = String.fromCharCode(block[156]!);
  let name = nts(block.subarray(0, 100));
  const linkname = nts(block.subarray(157, 257));
  const prefix = nts(block.subarray(345, 500));
  const posix = nts(block.subarray(257, 263)) === 'ustar' && block[262] === 0;
  if (type === '\0' && name.endsWith('/')) type = '5';
  if (type === '5') name = name.replace(/\/+$/, '');
  let plainName = name;
  if (prefix && !GNU_TYPES.has(type)) name = `${prefix}/${name}`;
  if (prefix && posix && !GNU_TYPES.has(type)) plainName = name;
  return { kind: 'header', header: { name, plainName, type, size, linkname, sparseExtended: type === 'S' && block[482] !== 0 } };
}

export interface PaxRecords {
  /** Keyword to value, in first-seen order, later values replacing earlier ones (a Python dict). */
  values: Map<string, string>;
  /** The records as a reader that splits them at newlines would see them. */
  byLines: Map<string, string>;
  /** Set when the records are framed badly: current Python refuses them, older Python stops reading them there. */
  malformed?: string;
}

/** `%d %s=%s\n` records, each as long as its length says (TarInfo._proc_pax). */
export function parsePax(buf: Uint8Array): PaxRecords {
  const values = new Map<string, string>();
  let malformed: string | undefined;
  let pos = 0;
  while (pos < buf.length && buf[pos] !== 0) {
    let i = pos;
    while (i < buf.length && i - pos < 20 && buf[i]! >= 0x30 && buf[i]! <= 0x39) i++;
    const length = i > pos ? Number(new TextDecoder('latin1').decode(buf.subarray(pos, i))) : NaN;
    if (!(length >= 5) || buf[i] !== 0x20 || pos + length > buf.length || buf[pos + length - 1] !== 0x0a) {
      malformed = `bad record at byte ${pos}`;
      break;
    }
    const record = buf.subarray(i + 1, pos + length - 1);
    const eq = record.indexOf(0x3d);
    if (eq <= 0) {
      malformed = `bad record at byte ${pos}`;
      break;
    }
    values.set(UTF8.decode(record.subarray(0, eq)), UTF8.decode(record.subarray(eq + 1)));
    pos += length;
  }
  const byLines = new Map<string, string>();
  const end = buf.indexOf(0);
  for (const line of UTF8.decode(end === -1 ? buf : buf.subarray(0, end)).split('\n')) {
    const m = /^\d+ ([^=]+)=(.*)$/s.exec(line);
    if (m) byLines.set(m[1]!, m[2]!);
  }
  const out: PaxRecords = { values, byLines };
  if (malformed) out.malformed = malformed;
  return out;
}

/** The member fields pax keywords can change, as `_apply_pax_info` changes them. */
export interface PaxApplied {
  name: string;
  linkname: string;
  size: number;
}

export function applyPax(fields: PaxApplied, pax: Map<string, string>): PaxApplied {
  const out = { ...fields };
  for (const [key, value] of pax) {
    if (key === 'GNU.sparse.name' || key === 'path') out.name = key === 'path' ? value.replace(/\/+$/, '') : value;
    else if (key === 'linkpath') out.linkname = value;
    else if (key === 'size' || key === 'GNU.sparse.size' || key === 'GNU.sparse.realsize') {
      const n = /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : key === 'size' ? 0 : NaN;
      if (Number.isSafeInteger(n)) out.size = n;
    }
  }
  return out;
}

/** Keywords that change a member's name, link, size or content. */
export function meaningfulKeys(pax: Map<string, string>): string[] {
  return [...pax.keys()].filter((k) => k === 'path' || k === 'linkpath' || k === 'size' || k === 'hdrcharset' || k.startsWith('GNU.sparse.'));
}

export function isSparse(pax: Map<string, string>): boolean {
  return pax.has('GNU.sparse.map') || pax.has('GNU.sparse.size') || (pax.get('GNU.sparse.major') === '1' && pax.get('GNU.sparse.minor') === '0');
}
