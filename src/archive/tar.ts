// tar and tar.gz sdists, streamed: gzip is inflated here (so every inflated byte is counted
// against the limits before the tar parser sees it), and entries are read by `tar`'s Parser.

import { Parser, type ReadEntry } from 'tar';
import type { Collector, EntryKind } from './collector.js';
import { describeSniffed, sniff } from './format.js';
import { GzipStream, type GzipOutcome } from './gzip.js';
import { formatBytes, RATIO_FLOOR, type ArchiveLimits } from './limits.js';
import { describeName } from './notes.js';
import type { ByteSource } from './source.js';

const KINDS: Record<string, EntryKind> = {
  File: 'file',
  OldFile: 'file',
  ContiguousFile: 'file',
  Directory: 'directory',
  GNUDumpDir: 'directory',
  SymbolicLink: 'symlink',
  Link: 'hardlink',
  CharacterDevice: 'character device',
  BlockDevice: 'block device',
  FIFO: 'fifo',
};

/** pax and GNU long-name headers hold names and a few fields; more than this is not a name. */
const META_MAX = 1024 * 1024;

interface WarnData {
  header?: { path?: string };
}

function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
}

/** The uncompressed tar stream, fed piece by piece to the Parser with the limits checked first. */
class TarFeed {
  tarBytes = 0;
  /** The end-of-archive marker was read; like Python's tarfile, nothing after it is looked at. */
  sawEof = false;
  truncated = false;
  error: string | undefined;
  private head: Buffer[] = [];
  private headBytes = 0;
  private started = false;
  private current = '';
  private readonly parser: Parser;

  constructor(
    private readonly collector: Collector,
    private readonly limits: ArchiveLimits,
    private readonly filename: string,
    /** Compressed bytes read so far, for the ratio; absent for an uncompressed tar. */
    private readonly compressedBytes: (() => number) | undefined,
  ) {
    // zstd: false, and the first block is checked before the Parser sees it, so the Parser never
    // decompresses on its own: a tar.gz holding another gzip stream is not what Python reads.
    this.parser = new Parser({ zstd: false, maxMetaEntrySize: META_MAX });
    this.parser.on('entry', (entry: ReadEntry) => this.onEntry(entry));
    this.parser.on('ignoredEntry', (entry: ReadEntry) => this.onIgnored(entry));
    this.parser.on('warn', (code: string, message: string, data?: WarnData) => this.onWarn(code, message, data));
    this.parser.on('eof', () => {
      this.sawEof = true;
    });
    this.parser.on('error', (err: Error) => {
      this.error ??= `${this.filename}: ${err.message}`;
    });
  }

  get wantsMore(): boolean {
    return !this.sawEof && this.error === undefined && !this.collector.stopped;
  }

  /** Returns whether more of the stream is wanted. */
  write(chunk: Uint8Array): boolean {
    if (!this.wantsMore) return false;
    this.tarBytes += chunk.length;
    if (!this.withinLimits()) return false;
    if (this.started) {
      this.parser.write(asBuffer(chunk));
      return this.wantsMore;
    }
    this.head.push(asBuffer(chunk));
    this.headBytes += chunk.length;
    if (this.headBytes < 512) return true;
    const first = Buffer.concat(this.head);
    this.head = [];
    this.started = true;
    if (!this.acceptFirstBlock(first.subarray(0, 512))) return false;
    this.parser.write(first);
    return this.wantsMore;
  }

  /** The stream ended; finds out whether it ended where a tar may end. */
  end(): void {
    if (!this.wantsMore) return;
    if (!this.started) {
      const head = Buffer.concat(this.head);
      const what = this.compressedBytes ? 'the gzip data is not a tar archive' : 'not a tar archive';
      this.error =
        head.length === 0
          ? `${this.filename}: archive is empty`
          : `${this.filename}: ${what} (only ${head.length} bytes; ${describeSniffed(sniff(head), head)})`;
      return;
    }
    this.parser.end();
    if (!this.sawEof && this.tarBytes % 512 !== 0) this.truncated = true;
  }

  private withinLimits(): boolean {
    const { maxInflatedBytes, maxRatio } = this.limits;
    const where = this.current ? `entry ${describeName(this.current)}` : 'archive';
    if (this.tarBytes > maxInflatedBytes) {
      this.collector.stop(`${where}: archive inflates past ${formatBytes(maxInflatedBytes)} (maxInflatedBytes), reading stopped`);
      return false;
    }
    const compressed = this.compressedBytes?.();
    if (compressed !== undefined && this.tarBytes > RATIO_FLOOR && this.tarBytes > maxRatio * compressed) {
      this.collector.stop(
        `${where}: archive inflates to more than ${maxRatio} times its compressed size ` +
          `(${this.tarBytes} bytes from ${compressed}; maxRatio), reading stopped`,
      );
      return false;
    }
    return true;
  }

  private acceptFirstBlock(block: Buffer): boolean {
    if (block.every((b) => b === 0)) {
      // Python's tarfile reads a leading zero block as the end of an empty archive.
      this.sawEof = true;
      return false;
    }
    const kind = sniff(block);
    if (kind !== 'tar') {
      const what = this.compressedBytes ? 'the gzip data is not a tar archive' : 'not a tar archive';
      this.error = `${this.filename}: ${what} (${describeSniffed(kind, block)})`;
      return false;
    }
    return true;
  }

  private onEntry(entry: ReadEntry): void {
    const kind = KINDS[entry.type];
    if (kind === undefined || this.collector.stopped) {
      entry.resume();
      return;
    }
    this.current = entry.path;
    const key = this.collector.admit({ name: entry.path, kind, size: entry.size, linkname: entry.linkpath });
    if (key === undefined) {
      entry.resume();
      return;
    }
    const parts: Buffer[] = [];
    let got = 0;
    entry.on('data', (c: Buffer) => {
      parts.push(c);
      got += c.length;
    });
    // A body cut short by the end of the stream is not what the archive holds: the read fails instead.
    entry.on('end', () => {
      if (got === entry.size) this.collector.keep(key, Buffer.concat(parts));
    });
  }

  private onIgnored(entry: ReadEntry): void {
    if (entry.meta) {
      this.collector.note(entry.path, `extended header of ${entry.size} bytes is over the ${formatBytes(META_MAX)} this reader accepts, skipped`);
      return;
    }
    this.current = entry.path;
    // Python's tarfile unpacks types it does not know as regular files, so skipping one is a limit.
    this.collector.admit({
      name: entry.path,
      kind: 'unsupported',
      size: entry.size,
      detail: entry.type === 'Unsupported' ? 'tar entry of an unknown type' : `unsupported tar entry type ${entry.type}`,
    });
  }

  private onWarn(code: string, message: string, data: WarnData | undefined): void {
    if (code === 'TAR_BAD_ARCHIVE') {
      if (/truncated/i.test(message)) this.truncated = true;
      else this.error ??= `${this.filename}: not a tar archive (${message})`;
      return;
    }
    const path = data?.header?.path;
    const about = path ? ` for ${describeName(path)}` : '';
    this.collector.notes.add(`tar header${about}: ${message}, skipped`);
  }
}

/** Each write to the inflater is a round trip to zlib's thread pool, so tiny chunks are merged first. */
const MIN_INFLATE_WRITE = 16 * 1024;

async function nextMerged(source: ByteSource): Promise<Uint8Array | undefined> {
  const first = await source.next();
  if (first === undefined || first.length >= MIN_INFLATE_WRITE) return first;
  const parts = [first];
  let total = first.length;
  while (total < MIN_INFLATE_WRITE) {
    const more = await source.next();
    if (more === undefined) break;
    parts.push(more);
    total += more.length;
  }
  return parts.length === 1 ? first : Buffer.concat(parts);
}

/** Inflates the source into the feed until either is done. */
async function pumpGzip(source: ByteSource, feed: TarFeed): Promise<GzipOutcome> {
  const gz = new GzipStream((out) => feed.write(out));
  try {
    for (;;) {
      const chunk = await nextMerged(source);
      if (chunk === undefined) {
        // Past the download limit the stream is cut short on purpose: not a truncated gzip.
        if (!source.overLimit) await gz.end();
        break;
      }
      if (!(await gz.write(chunk))) break;
    }
  } finally {
    gz.close();
  }
  return gz.outcome ?? { kind: 'stopped' };
}

/**
 * Reads a tar (gzip-compressed or not) into the collector. Returns an error sentence when the
 * archive cannot be read; limit hits are in the collector.
 */
export async function readTar(
  source: ByteSource,
  gzip: boolean,
  collector: Collector,
  limits: ArchiveLimits,
  filename: string,
): Promise<string | undefined> {
  const feed = new TarFeed(collector, limits, filename, gzip ? () => source.bytesRead : undefined);
  let outcome: GzipOutcome | undefined;
  if (gzip) {
    outcome = await pumpGzip(source, feed);
  } else {
    for (let chunk = await source.next(); chunk !== undefined && feed.write(chunk); chunk = await source.next());
  }
  if (collector.stopped || source.overLimit) return undefined;
  if (feed.error !== undefined) return feed.error;
  // Python's tarfile stops reading at the end-of-archive marker, so gzip damage after it is harmless.
  if (!feed.sawEof) {
    if (outcome?.kind === 'truncated') return `${filename}: archive is truncated at byte ${source.bytesRead} (the gzip data ends early)`;
    if (outcome?.kind === 'corrupt') {
      const where = outcome.until === undefined ? `at byte ${outcome.at}` : `between bytes ${outcome.at} and ${outcome.until}`;
      return `${filename}: gzip data is corrupt ${where} (${outcome.message})`;
    }
  }
  feed.end();
  if (feed.error !== undefined) return feed.error;
  if (feed.truncated) {
    return gzip
      ? `${filename}: archive is truncated at byte ${feed.tarBytes} of the tar inside its gzip data`
      : `${filename}: archive is truncated at byte ${feed.tarBytes}`;
  }
  return undefined;
}
