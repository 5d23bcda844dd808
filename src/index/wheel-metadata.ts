// A wheel's `*.dist-info/METADATA` read with HTTP range requests: the end of the zip (its end of
// central directory record), then the central directory, then the one entry. Only a few kilobytes
// cross the network, and nothing is unpacked but that entry. A server that ignores Range sends the
// whole wheel instead, which is read within a cap and checked against the index's hash.

import { inflateRawSync } from 'node:zlib';

import type { DistFile } from '../types.js';
import { crc32 } from '../archive/crc32.js';
import * as layout from '../archive/zip-layout.js';
import { normalizeName } from '../python/names.js';
import type { FetchedBytes, IndexClient } from './client.js';
import { IndexError } from './errors.js';
import { fromRecord, StreamingHashes } from './hashes.js';
import { redactUrl } from './redact.js';

export interface WheelMetadataLimits {
  /** The first read from the end: the end record plus the largest comment a zip may carry. */
  tailBytes: number;
  /** Largest central directory read. */
  maxDirectoryBytes: number;
  /** Largest METADATA entry, compressed or not. */
  maxEntryBytes: number;
  /** Largest whole wheel read when the server ignores Range. */
  maxWholeFileBytes: number;
}

export const DEFAULT_WHEEL_METADATA_LIMITS: WheelMetadataLimits = {
  tailBytes: 72 * 1024,
  maxDirectoryBytes: 32 * 1024 * 1024,
  maxEntryBytes: 16 * 1024 * 1024,
  maxWholeFileBytes: 64 * 1024 * 1024,
};

export interface WheelMetadata {
  text: string;
  /** `range` when read with range requests, `whole` when the server sent the whole wheel. */
  read: 'range' | 'whole';
}

/** The parts of the wheel read so far, by offset; reads outside them go to the network. */
class RemoteZip {
  private readonly windows: FetchedBytes[] = [];

  constructor(
    private readonly client: IndexClient,
    private readonly file: DistFile,
    readonly size: number,
    first: FetchedBytes,
    private readonly fail: (detail: string) => IndexError,
  ) {
    this.windows.push(first);
  }

  /** Bytes [start, end), fetched in one range request when not already at hand. */
  async read(start: number, end: number): Promise<Uint8Array> {
    if (start < 0 || end > this.size || start > end) throw this.fail(`an offset points outside the ${this.size}-byte file (${start}-${end})`);
    for (const w of this.windows) {
      if (start >= w.offset && end <= w.offset + w.bytes.length) return w.bytes.subarray(start - w.offset, end - w.offset);
    }
    if (end === start) return new Uint8Array(0);
    const got = await this.client.fetchBytes(this.file.url, this.file.filename, { range: { start, end: end - 1 }, maxBytes: end - start });
    if (!got.partial) throw this.fail('the server stopped honoring Range requests');
    this.windows.push(got);
    return got.bytes.subarray(0, end - start);
  }

  /** Makes [start, end) one window, so that later reads inside it cost no request. */
  async prefetch(start: number, end: number): Promise<void> {
    await this.read(start, Math.min(end, this.size));
  }
}

interface Directory {
  start: number;
  size: number;
  entries: number;
  /** Bytes before the archive proper (a self-extractor stub): local offsets shift by this much. */
  shift: number;
}

async function findDirectory(zip: RemoteZip, tail: FetchedBytes, fail: (d: string) => IndexError): Promise<Directory> {
  const bytes = tail.bytes;
  // The record is 22 bytes plus its comment, and the comment runs to the end of the file.
  const at = layout.findEndRecord(bytes, true);
  if (at < 0) throw fail(`no zip end-of-central-directory record in its last ${bytes.length} bytes: not a zip archive`);
  const eocdAt = tail.offset + at;
  const record = layout.readEndRecord(bytes, at);
  let entries = record.entries;
  let size = record.directorySize;
  let offset = record.directoryOffset;
  let end = eocdAt;
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    if (eocdAt < layout.ZIP64_LOCATOR_SIZE) throw fail('a zip64 archive without its zip64 locator');
    const recordAt = layout.readZip64Locator(await zip.read(eocdAt - layout.ZIP64_LOCATOR_SIZE, eocdAt), 0);
    if (recordAt === undefined) throw fail('a zip64 archive without its zip64 locator');
    const zip64 = layout.readZip64EndRecord(await zip.read(recordAt, recordAt + layout.ZIP64_END_RECORD_SIZE), 0);
    if (zip64 === undefined) throw fail(`no zip64 end-of-central-directory record at offset ${recordAt}`);
    entries = zip64.entries;
    size = zip64.directorySize;
    offset = zip64.directoryOffset;
    end = recordAt;
  }
  const start = end - size;
  if (start < 0 || start < offset) throw fail(`the central directory (${size} bytes at ${offset}) does not fit before its end record`);
  return { start, size, entries, shift: start - offset };
}

function readDirectory(bytes: Uint8Array, count: number, fail: (d: string) => IndexError): layout.CentralEntry[] {
  const decoder = new TextDecoder('utf-8');
  return [
    ...layout.centralEntries(bytes, {
      from: 0,
      count,
      decodeName: (raw) => decoder.decode(raw),
      damaged: (problem, _at, n) =>
        fail(problem === 'overrun' ? `central directory entry ${n + 1} runs past the directory` : `central directory entry ${n + 1} of ${count} is damaged`),
      zip64TooShort: (name) => fail(`the zip64 field of ${name} is too short`),
    }),
  ];
}

/** pip's rule: exactly one top-level `.dist-info` directory, named for the project. */
function metadataEntry(entries: layout.CentralEntry[], project: string, fail: (d: string) => IndexError): layout.CentralEntry {
  const infoDirs = new Set<string>();
  for (const e of entries) {
    const top = e.name.split('/')[0]!;
    if (top.endsWith('.dist-info') && e.name.includes('/')) infoDirs.add(top);
  }
  if (infoDirs.size === 0) throw fail('no .dist-info directory in the wheel');
  if (infoDirs.size > 1) throw fail(`more than one .dist-info directory in the wheel (${[...infoDirs].sort().join(', ')})`);
  const dir = [...infoDirs][0]!;
  const distName = dir.slice(0, -'.dist-info'.length).split('-')[0]!;
  if (normalizeName(distName) !== normalizeName(project)) throw fail(`its .dist-info directory ${dir} is not named for ${project}`);
  const entry = entries.find((e) => e.name === `${dir}/METADATA`);
  if (!entry) throw fail(`no ${dir}/METADATA in the wheel`);
  return entry;
}

function inflateEntry(entry: layout.CentralEntry, data: Uint8Array, limits: WheelMetadataLimits, fail: (d: string) => IndexError): Uint8Array {
  if (entry.flags & 1) throw fail(`${entry.name} is encrypted`);
  let out: Uint8Array;
  if (entry.method === 0) out = data;
  else if (entry.method === 8) {
    try {
      out = new Uint8Array(inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(entry.size, limits.maxEntryBytes)) }));
    } catch (err) {
      throw fail(`${entry.name} does not inflate (${(err as Error).message})`);
    }
  } else throw fail(`${entry.name} uses zip compression method ${entry.method}, which wheels do not use`);
  if (out.length !== entry.size) throw fail(`${entry.name} inflates to ${out.length} bytes, not the ${entry.size} its directory says`);
  if (crc32(out) !== entry.crc) throw fail(`${entry.name} fails its CRC-32 check`);
  return out;
}

/** Reads the METADATA of a wheel on the index; rejects with an IndexError that names the wheel's URL. */
export async function readWheelMetadata(
  client: IndexClient,
  file: DistFile,
  project: string,
  overrides: Partial<WheelMetadataLimits> = {},
): Promise<WheelMetadata> {
  const limits = { ...DEFAULT_WHEEL_METADATA_LIMITS, ...overrides };
  const where = redactUrl(file.url);
  const fail = (detail: string): IndexError => new IndexError('malformed', file.url, `cannot read the metadata of ${file.filename} from ${where}: ${detail}`);

  const tail = await client.fetchBytes(file.url, file.filename, { range: { suffix: limits.tailBytes }, maxBytes: limits.maxWholeFileBytes });
  if (!tail.partial && Object.keys(file.hashes).length > 0) {
    // The whole wheel came, so it can be checked as a download would be.
    const hasher = new StreamingHashes(fromRecord(file.hashes));
    hasher.update(tail.bytes);
    if (hasher.checks && !hasher.finish().ok) {
      throw new IndexError('hash-mismatch', file.url, `hash mismatch for ${file.filename} from ${where}: expected ${hasher.describeExpected()}`);
    }
  }
  const size = tail.size;
  if (size === undefined) throw fail('the server did not say how large the file is (Content-Range without a length)');
  const zip = new RemoteZip(client, file, size, tail, fail);
  const dir = await findDirectory(zip, tail, fail);
  if (dir.size > limits.maxDirectoryBytes) throw fail(`its central directory is ${dir.size} bytes, more than the ${limits.maxDirectoryBytes}-byte limit`);
  const entries = readDirectory(await zip.read(dir.start, dir.start + dir.size), dir.entries, fail);
  const entry = metadataEntry(entries, project, fail);
  if (entry.size > limits.maxEntryBytes || entry.compressedSize > limits.maxEntryBytes) {
    throw fail(`${entry.name} is larger than the ${limits.maxEntryBytes}-byte limit`);
  }
  const localAt = entry.localOffset + dir.shift;
  // One request for the local header and the data, guessing the local extra field's length from
  // the central one; a longer one costs a second request.
  await zip.prefetch(localAt, localAt + layout.LOCAL_HEADER_SIZE + entry.name.length * 4 + 1024 + entry.compressedSize);
  const local = layout.readLocalHeader(await zip.read(localAt, localAt + layout.LOCAL_HEADER_SIZE), 0);
  if (local === undefined) throw fail(`no local header for ${entry.name} at offset ${localAt}`);
  const dataAt = localAt + local.dataOffset;
  const data = await zip.read(dataAt, dataAt + entry.compressedSize);
  const text = new TextDecoder('utf-8').decode(inflateEntry(entry, data, limits, fail));
  return { text, read: tail.partial ? 'range' : 'whole' };
}
