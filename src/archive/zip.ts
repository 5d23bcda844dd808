// zip sdists, read the way Python's zipfile (and so pip) reads them: the central directory at the
// end decides what the entries are, and only entries worth keeping are ever inflated, each with its
// output capped, because the sizes a zip declares can lie.

import { Inflate } from 'fflate';
import type { Collector, EntryKind } from './collector.js';
import { crc32 } from './crc32.js';
import { describeSniffed, sniff } from './format.js';
import { formatBytes, RATIO_FLOOR, type ArchiveLimits } from './limits.js';
import { describeName } from './notes.js';
import type { ByteSource } from './source.js';
import {
  centralEntries as layoutEntries,
  findEndRecord,
  readEndRecord,
  readLocalHeader,
  readZip64EndRecord,
  readZip64Locator,
  ZIP64_END_RECORD_SIZE,
  ZIP64_LOCATOR_SIZE,
  type CentralEntry,
} from './zip-layout.js';

/** Input handed to the inflater at once: bounds the output of one step to about 4 MiB. */
const INFLATE_STEP = 4096;

const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

const METHODS: Record<number, string> = { 9: 'deflate64', 12: 'bzip2', 14: 'lzma', 93: 'zstd', 95: 'xz', 98: 'ppmd' };

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true });

class ZipError extends Error {}

interface Directory {
  /** Bytes before the archive proper (a self-extractor stub); offsets in the zip are relative to it. */
  prefix: number;
  start: number;
  end: number;
}

function safe(value: number, at: number): number {
  if (!Number.isSafeInteger(value)) throw new ZipError(`64-bit field at byte ${at} is too large`);
  return value;
}

function cp437(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80];
  return out;
}

/**
 * Whether Python's `zipfile.is_zipfile` could take data ending in these bytes for a zip: it only
 * looks for an end-of-central-directory record near the end. pip asks it before trusting a
 * `.tar.gz` name, so a tar with a zip appended is unpacked by pip as that zip.
 */
export function endsLikeZip(tail: Uint8Array): boolean {
  return findEndRecord(tail) !== -1;
}

function readDirectory(buf: Uint8Array, eocd: number): Directory {
  const record = readEndRecord(buf, eocd);
  if (record.disk !== 0 || record.directoryDisk !== 0) throw new ZipError('spans several disks, which is not supported');
  let size = record.directorySize;
  let offset = record.directoryOffset;
  let recordStart = eocd;
  // zipfile trusts the locator's signature alone and looks for the zip64 record right before it.
  const locator = eocd - ZIP64_LOCATOR_SIZE;
  if (locator >= 0 && readZip64Locator(buf, locator) !== undefined) {
    const at = locator - ZIP64_END_RECORD_SIZE;
    const zip64 = at < 0 ? undefined : readZip64EndRecord(buf, at);
    if (zip64 === undefined) throw new ZipError('zip64 end of central directory record is missing');
    size = safe(zip64.directorySize, at + 40);
    offset = safe(zip64.directoryOffset, at + 48);
    recordStart = at;
  }
  const prefix = recordStart - size - offset;
  if (prefix < 0) throw new ZipError('central directory lies outside the archive');
  return { prefix, start: offset + prefix, end: offset + prefix + size };
}

function decodeName(rawName: Uint8Array, flags: number, at: number): string {
  let name: string;
  if (flags & 0x800) {
    try {
      name = UTF8_FATAL.decode(rawName);
    } catch {
      throw new ZipError(`the entry name at byte ${at} is marked UTF-8 but is not`);
    }
  } else {
    name = cp437(rawName);
  }
  // zipfile cuts names at a NUL byte, so that is the name pip extracts to.
  const nul = name.indexOf('\0');
  return nul === -1 ? name : name.slice(0, nul);
}

function centralEntries(buf: Uint8Array, dir: Directory): Generator<CentralEntry> {
  return layoutEntries(buf, {
    from: dir.start,
    until: dir.end,
    decodeName,
    damaged: (problem, at) =>
      new ZipError(problem === 'signature' ? `bad central directory entry at byte ${at}` : `central directory is truncated at byte ${at}`),
    zip64TooShort: (name) => new ZipError(`zip64 extra field of ${describeName(name)} is too short`),
    strictZip64: true,
    checkWide: safe,
  });
}

/**
 * The name Python 3.12+ zipfile gives an entry from its Info-ZIP Unicode Path extra field
 * (0x7075): honoured when its version is 1 and it carries the CRC-32 of the header's name bytes.
 */
function unicodePath(entry: CentralEntry): string | undefined {
  const extra = entry.extra;
  const dv = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  for (let e = 0; e + 4 <= extra.length; ) {
    const id = dv.getUint16(e, true);
    const len = dv.getUint16(e + 2, true);
    if (id === 0x7075) {
      const data = extra.subarray(e + 4, e + 4 + len);
      if (data.length < 5) throw new ZipError(`corrupt Unicode Path extra field on ${describeName(entry.name)}`);
      const crc = new DataView(data.buffer, data.byteOffset, data.byteLength).getUint32(1, true);
      if (data[0] !== 1 || crc !== crc32(entry.rawName)) return undefined;
      let name: string;
      try {
        name = UTF8_FATAL.decode(data.subarray(5));
      } catch {
        throw new ZipError(`the Unicode Path extra field on ${describeName(entry.name)} is not UTF-8`);
      }
      return name === '' ? undefined : name;
    }
    e += 4 + len;
  }
  return undefined;
}

function kindOf(entry: CentralEntry): EntryKind {
  // pip's unzip_file makes a directory of a name ending in a slash, and writes everything else as
  // a file: a symlink entry becomes a file holding the link's target, a device an ordinary file.
  return entry.name.endsWith('/') ? 'directory' : 'file';
}

/** Inflates raw deflate data, stopping once the output passes `cap` bytes. */
function inflateCapped(data: Uint8Array, cap: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    if (total >= cap) return;
    const take = chunk.length > cap - total ? chunk.subarray(0, cap - total) : chunk;
    parts.push(take);
    total += take.length;
  });
  for (let i = 0; i < data.length && total < cap; i += INFLATE_STEP) {
    inflater.push(data.subarray(i, i + INFLATE_STEP), false);
  }
  if (total < cap) inflater.push(new Uint8Array(0), true);
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

interface Extracted {
  bytes: Uint8Array;
  /** Bytes the decompressor produced, counted against the inflation limits. */
  produced: number;
}

function extract(buf: Uint8Array, dir: Directory, entry: CentralEntry, collector: Collector): Extracted | undefined {
  const refuse = (why: string): undefined => {
    collector.note(entry.name, why);
    return undefined;
  };
  if (entry.flags & 0x1) return refuse('encrypted, skipped');
  const local = dir.prefix + entry.localOffset;
  const header = readLocalHeader(buf, local);
  if (header === undefined) {
    return refuse(`no local header at byte ${local}; pip would refuse the archive, skipped`);
  }
  const localName = buf.subarray(local + 30, local + 30 + header.nameLength);
  if (localName.length !== entry.rawName.length || !localName.every((b, i) => b === entry.rawName[i])) {
    // zipfile refuses it; readers that stream local headers (without the directory) unpack the
    // local names instead.
    collector.ambiguity(
      entry.name,
      `the local header names ${describeName(cp437(localName))} where the central directory names ${describeName(entry.name)}: pip refuses the archive, readers that go by local headers unpack other files`,
    );
    return undefined;
  }
  const start = header.dataOffset;
  const end = start + entry.compressedSize;
  if (end > buf.length) return refuse('data runs past the end of the archive; pip would refuse the archive, skipped');
  const data = buf.subarray(start, end);
  let bytes: Uint8Array;
  let produced: number;
  if (entry.method === 0) {
    bytes = data.subarray(0, Math.min(data.length, entry.size));
    produced = bytes.length;
  } else if (entry.method === 8) {
    let out: Uint8Array;
    try {
      out = inflateCapped(data, entry.size + 1);
    } catch (err) {
      return refuse(`deflate data is corrupt (${(err as Error).message}), skipped`);
    }
    produced = out.length;
    bytes = out;
    if (out.length > entry.size) {
      // zipfile stops reading at the declared size, so that prefix is what pip would write.
      collector.note(entry.name, `inflates to more than the ${entry.size} bytes it declares; kept the first ${entry.size}, as Python's zipfile reads it`);
      bytes = out.subarray(0, entry.size);
    }
  } else {
    const known = METHODS[entry.method];
    return refuse(`compression method ${entry.method}${known ? ` (${known})` : ''} is not supported here, skipped`);
  }
  if (bytes.length < entry.size) {
    collector.note(entry.name, `holds ${bytes.length} bytes, less than the ${entry.size} it declares; pip would refuse the archive`);
  } else if (crc32(bytes) !== entry.crc) {
    collector.note(entry.name, 'CRC-32 does not match its content; pip would refuse the archive');
  }
  return { bytes, produced };
}

/**
 * Reads a zip into the collector. The whole archive is needed (the directory is at its end), so
 * it is held in memory, within the download limit. Returns an error sentence when unreadable.
 */
export async function readZip(source: ByteSource, collector: Collector, limits: ArchiveLimits, filename: string): Promise<string | undefined> {
  const buf = await source.readAll();
  if (buf === undefined) return undefined;
  const eocd = findEndRecord(buf);
  if (eocd === -1) {
    const head = buf.subarray(0, 512);
    const kind = sniff(head);
    return kind === 'zip'
      ? `${filename}: archive is truncated or damaged (no end of central directory record in its ${buf.length} bytes)`
      : `${filename}: not a zip archive (${describeSniffed(kind, head)})`;
  }
  let inflated = 0;
  try {
    const dir = readDirectory(buf, eocd);
    if (dir.prefix > 0) {
      collector.notes.add(`archive: ${dir.prefix} bytes come before the zip data; read as Python's zipfile reads it`);
    }
    for (const entry of centralEntries(buf, dir)) {
      const unicode = unicodePath(entry);
      if (unicode !== undefined && unicode !== entry.name) {
        collector.ambiguity(
          unicode,
          `${describeName(entry.name)} carries a Unicode Path extra field naming it ${describeName(unicode)}: Python 3.12 and later unpack it under that name, older Pythons and many readers under the header's`,
        );
        entry.name = unicode;
      }
      const key = collector.admit({ name: entry.name, kind: kindOf(entry), size: entry.size });
      if (collector.stopped) break;
      if (key === undefined) continue;
      const got = extract(buf, dir, entry, collector);
      if (got === undefined) continue;
      inflated += got.produced;
      collector.keep(key, got.bytes);
      const where = `entry ${describeName(entry.name)}`;
      if (inflated > limits.maxInflatedBytes) {
        collector.stop(`${where}: archive inflates past ${formatBytes(limits.maxInflatedBytes)} (maxInflatedBytes), reading stopped`);
        break;
      }
      if (inflated > RATIO_FLOOR && inflated > limits.maxRatio * buf.length) {
        collector.stop(
          `${where}: archive inflates to more than ${limits.maxRatio} times its compressed size ` +
            `(${inflated} bytes from ${buf.length}; maxRatio), reading stopped`,
        );
        break;
      }
    }
  } catch (err) {
    if (err instanceof ZipError) return `${filename}: ${err.message}`;
    throw err;
  }
  return undefined;
}
