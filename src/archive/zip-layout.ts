// The zip layout, read from bytes already at hand: the end records, the central directory and the
// local headers. Pure, so that a whole sdist in memory and a wheel read by HTTP ranges share one
// reading of the format, while each keeps its own leniency and its own error sentences.

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

const END_RECORD_SIZE = 22;
export const ZIP64_LOCATOR_SIZE = 20;
export const ZIP64_END_RECORD_SIZE = 56;
export const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
const MAX_COMMENT = 0xffff;

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

/** Values past 2^53 come back rounded, as `Number` of the 64-bit value would; callers decide whether to refuse them. */
function u64(dv: DataView, at: number): number {
  return dv.getUint32(at, true) + dv.getUint32(at + 4, true) * 2 ** 32;
}

/**
 * Offset of the last end-of-central-directory record in `buf`, or -1, searched only where a
 * record followed by the largest comment could begin. With `commentReachesEnd`, a record counts
 * only when its comment ends exactly at the end of `buf`; without it, any signature does, as in
 * Python's zipfile.
 */
export function findEndRecord(buf: Uint8Array, commentReachesEnd = false): number {
  const dv = view(buf);
  const lowest = Math.max(0, buf.length - END_RECORD_SIZE - MAX_COMMENT - 1);
  for (let i = buf.length - END_RECORD_SIZE; i >= lowest; i--) {
    if (buf[i] !== 0x50 || dv.getUint32(i, true) !== EOCD_SIG) continue;
    if (!commentReachesEnd || i + END_RECORD_SIZE + dv.getUint16(i + 20, true) === buf.length) return i;
  }
  return -1;
}

export interface EndRecord {
  disk: number;
  directoryDisk: number;
  entries: number;
  directorySize: number;
  directoryOffset: number;
}

export function readEndRecord(buf: Uint8Array, at: number): EndRecord {
  const dv = view(buf);
  return {
    disk: dv.getUint16(at + 4, true),
    directoryDisk: dv.getUint16(at + 6, true),
    entries: dv.getUint16(at + 10, true),
    directorySize: dv.getUint32(at + 12, true),
    directoryOffset: dv.getUint32(at + 16, true),
  };
}

/** The offset of the zip64 end record a locator at `at` points to, or undefined when none is there. */
export function readZip64Locator(buf: Uint8Array, at: number): number | undefined {
  const dv = view(buf);
  if (dv.getUint32(at, true) !== ZIP64_LOCATOR_SIG) return undefined;
  return u64(dv, at + 8);
}

export interface Zip64EndRecord {
  entries: number;
  directorySize: number;
  directoryOffset: number;
}

/** The zip64 end record at `at`, or undefined when its signature is not there. */
export function readZip64EndRecord(buf: Uint8Array, at: number): Zip64EndRecord | undefined {
  const dv = view(buf);
  if (dv.getUint32(at, true) !== ZIP64_EOCD_SIG) return undefined;
  return { entries: u64(dv, at + 32), directorySize: u64(dv, at + 40), directoryOffset: u64(dv, at + 48) };
}

export interface CentralEntry {
  name: string;
  rawName: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  externalAttributes: number;
  /** The central directory's extra block for this entry. */
  extra: Uint8Array;
}

export type CentralDamage = 'short' | 'signature' | 'overrun';

export interface CentralReading {
  /** Where the entries start in the buffer. */
  from: number;
  /** Read entries up to this offset, or `count` of them. */
  until?: number;
  count?: number;
  /** The entry's name from its raw bytes; `at` is the entry's offset. May throw. */
  decodeName(raw: Uint8Array, flags: number, at: number): string;
  /**
   * The error for a damaged entry: too short for its fixed header, without its signature, or
   * running past the buffer. `index` counts entries from 0.
   */
  damaged(problem: CentralDamage, at: number, index: number): Error;
  /** The error for a zip64 extra field too short for the values its entry leaves to it. */
  zip64TooShort(name: string): Error;
  /**
   * Python's zipfile reads only the first zip64 field and wants its values inside the extra
   * block; otherwise every zip64 field is read, bounded only by its own declared length.
   */
  strictZip64?: boolean;
  /** Sees each 64-bit value as it is read, with its offset in the extra block; may throw. */
  checkWide?(value: number, offsetInExtra: number): void;
}

/** The central directory entries in `buf`, one at a time, so a caller that stops early reads no further. */
export function* centralEntries(buf: Uint8Array, reading: CentralReading): Generator<CentralEntry> {
  const dv = view(buf);
  let p = reading.from;
  for (let n = 0; reading.count !== undefined ? n < reading.count : p < (reading.until ?? buf.length); n++) {
    if (p + CENTRAL_HEADER_SIZE > buf.length) throw reading.damaged('short', p, n);
    if (dv.getUint32(p, true) !== CENTRAL_SIG) throw reading.damaged('signature', p, n);
    const flags = dv.getUint16(p + 8, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const next = p + CENTRAL_HEADER_SIZE + nameLen + extraLen + commentLen;
    if (next > buf.length) throw reading.damaged('overrun', p, n);
    const rawName = buf.subarray(p + CENTRAL_HEADER_SIZE, p + CENTRAL_HEADER_SIZE + nameLen);
    const entry: CentralEntry = {
      name: reading.decodeName(rawName, flags, p),
      rawName,
      flags,
      method: dv.getUint16(p + 10, true),
      crc: dv.getUint32(p + 16, true),
      compressedSize: dv.getUint32(p + 20, true),
      size: dv.getUint32(p + 24, true),
      localOffset: dv.getUint32(p + 42, true),
      externalAttributes: dv.getUint32(p + 38, true),
      extra: buf.subarray(p + CENTRAL_HEADER_SIZE + nameLen, p + CENTRAL_HEADER_SIZE + nameLen + extraLen),
    };
    const extraAt = p + CENTRAL_HEADER_SIZE + nameLen;
    applyZip64Extra(dv, extraAt, extraAt + extraLen, entry, reading);
    yield entry;
    p = next;
  }
}

/** Puts the 64-bit values of a zip64 extra field, in order, in place of each 32-bit field that is all ones. */
function applyZip64Extra(dv: DataView, start: number, end: number, entry: CentralEntry, reading: CentralReading): void {
  for (let e = start; e + 4 <= end; ) {
    const id = dv.getUint16(e, true);
    const len = dv.getUint16(e + 2, true);
    if (id === 0x0001) {
      let q = e + 4;
      const take = (): number => {
        if (q + 8 > e + 4 + len || (reading.strictZip64 && q + 8 > end)) throw reading.zip64TooShort(entry.name);
        const v = u64(dv, q);
        reading.checkWide?.(v, q - start);
        q += 8;
        return v;
      };
      if (entry.size === 0xffffffff) entry.size = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localOffset === 0xffffffff) entry.localOffset = take();
      if (reading.strictZip64) return;
    }
    e += 4 + len;
  }
}

export interface LocalHeader {
  nameLength: number;
  extraLength: number;
  /** Offset of the entry's data, just past the header, its name and its extra field. */
  dataOffset: number;
}

/** The local header at `at`, or undefined when it does not fit in `buf` or lacks its signature. */
export function readLocalHeader(buf: Uint8Array, at: number): LocalHeader | undefined {
  if (at < 0 || at + LOCAL_HEADER_SIZE > buf.length) return undefined;
  const dv = view(buf);
  if (dv.getUint32(at, true) !== LOCAL_SIG) return undefined;
  const nameLength = dv.getUint16(at + 26, true);
  const extraLength = dv.getUint16(at + 28, true);
  return { nameLength, extraLength, dataOffset: at + LOCAL_HEADER_SIZE + nameLength + extraLength };
}
