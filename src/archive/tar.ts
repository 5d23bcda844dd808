// tar sdists, plain or compressed, streamed: the data is decompressed here (so every byte is
// counted against the limits before the tar is looked at), and the tar is walked the way CPython's
// tarfile walks it, since that is what pip unpacks with (see tar-walk.ts).

import type { Collector, EntryKind } from './collector.js';
import { decompressor, type DecompressOutcome } from './decompress.js';
import { describeSniffed, sniff, type Compression } from './format.js';
import { formatBytes, RATIO_FLOOR, type ArchiveLimits } from './limits.js';
import { describeName } from './notes.js';
import type { ByteSource } from './source.js';
import { streamedThrough } from './streamed.js';
import { TarWalk, type TarMember } from './tar-walk.js';

const KINDS: Record<string, EntryKind> = {
  '0': 'file',
  '\0': 'file',
  '7': 'file',
  S: 'file',
  '5': 'directory',
  '2': 'symlink',
  '1': 'hardlink',
  '3': 'character device',
  '4': 'block device',
  '6': 'fifo',
};

function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
}

/** The uncompressed tar stream, fed piece by piece to the walk with the limits checked first. */
class TarFeed {
  tarBytes = 0;
  error: string | undefined;
  private current = '';
  private readonly walk: TarWalk;
  private key: string | undefined;
  private parts: Buffer[] = [];
  private got = 0;
  private want = 0;
  /** Set once the look past the end marker has gone as far as the limits allow. */
  private lookedEnough = false;
  /** The first block, to say what the data is when it is not a tar. */
  private head = Buffer.alloc(0);

  constructor(
    private readonly collector: Collector,
    private readonly limits: ArchiveLimits,
    private readonly filename: string,
    private readonly compression: Compression,
    /** Compressed bytes read so far, for the ratio; absent for an uncompressed tar. */
    private readonly compressedBytes: (() => number) | undefined,
  ) {
    this.walk = new TarWalk({
      member: (m) => this.onMember(m),
      data: (piece) => {
        this.parts.push(asBuffer(piece));
        this.got += piece.length;
      },
      dataEnd: () => {
        const key = this.key;
        this.key = undefined;
        if (key !== undefined && this.got === this.want) {
          const bytes = Buffer.concat(this.parts);
          if (this.walk.pastEnd !== undefined) this.collector.hiddenContent(key, bytes, this.walk.pastEnd);
          else this.collector.keep(key, bytes);
        }
        this.parts = [];
      },
      // What a header past the end says concerns readers that go on, weighed member by member.
      archive: (construct) => {
        if (this.walk.pastEnd === undefined) this.collector.ambiguity(this.filename, construct);
      },
    });
  }

  get sawEof(): boolean {
    return this.walk.ended;
  }

  get wantsMore(): boolean {
    // After the end marker the rest is still looked through for members other readers would see.
    return (
      this.error === undefined &&
      this.walk.error === undefined &&
      this.walk.notTar === undefined &&
      !this.collector.stopped &&
      !this.walk.finished &&
      !this.lookedEnough
    );
  }

  /** Returns whether more of the stream is wanted. */
  write(chunk: Uint8Array): boolean {
    if (!this.wantsMore) return false;
    this.tarBytes += chunk.length;
    // Inflated pieces are fresh buffers too; a plain tar's are the source's, counted there.
    if (this.compression !== 'none') streamedThrough(chunk.length);
    if (!this.withinLimits()) return false;
    if (this.head.length < 512) this.head = Buffer.concat([this.head, asBuffer(chunk).subarray(0, 512 - this.head.length)]);
    this.walk.write(chunk);
    if (this.walk.notTar !== undefined) {
      this.error = `${this.filename}: ${this.notTarArchive()} (${describeSniffed(sniff(this.head), this.head)})`;
    } else if (this.walk.error !== undefined) {
      this.error = `${this.filename}: ${this.walk.error}`;
    }
    return this.wantsMore;
  }

  /** The stream ended; finds out whether it ended where a tar may end. */
  end(): string | undefined {
    if (this.error !== undefined) return this.error;
    if (this.tarBytes === 0) return `${this.filename}: archive is empty`;
    if (this.tarBytes < 512 && !this.walk.ended) {
      return `${this.filename}: ${this.notTarArchive()} (only ${this.tarBytes} bytes; ${describeSniffed(sniff(this.head), this.head)})`;
    }
    if (!this.walk.end()) {
      return this.compression !== 'none'
        ? `${this.filename}: archive is truncated at byte ${this.tarBytes} of the tar inside its ${this.compression} data`
        : `${this.filename}: archive is truncated at byte ${this.tarBytes}`;
    }
    return undefined;
  }

  private notTarArchive(): string {
    return this.compression !== 'none' ? `the ${this.compression} data is not a tar archive` : 'not a tar archive';
  }

  private withinLimits(): boolean {
    const { maxInflatedBytes, maxRatio } = this.limits;
    // Past the end marker pip reads nothing: what is left is only looked through for members other
    // readers would unpack, as far as the limits allow, and reaching one there is no limit of the read.
    if (this.walk.ended && (this.tarBytes > maxInflatedBytes || this.tarBytes > RATIO_FLOOR && this.tarBytes > maxRatio * (this.compressedBytes?.() ?? Infinity))) {
      this.lookedEnough = true;
      return false;
    }
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

  private onMember(m: TarMember): boolean {
    if (this.collector.stopped) return false;
    if (m.pastEnd !== undefined) return this.onHidden(m, m.pastEnd);
    this.current = m.name;
    if (m.disagreements.length > 0) {
      this.collector.ambiguity(m.name, `${describeName(m.name)}: ${m.disagreements.join(', ')}: pip's tarfile and plain tar readers name, link or size this member differently`);
    }
    const kind = KINDS[m.type];
    if (kind === undefined) {
      // Python's data filter refuses types it does not know; reading on is a limit, not a pass.
      this.collector.admit({ name: m.name, kind: 'unsupported', size: m.size, detail: `tar entry of unknown type ${JSON.stringify(m.type)}` });
      return false;
    }
    const key = this.collector.admit({ name: m.name, kind, size: m.size, linkname: m.linkname });
    if (key === undefined) return false;
    if (m.sparse) {
      this.collector.ambiguity(m.name, `${describeName(m.name)} is a GNU sparse member: Python rebuilds its content from a map, plain readers take the stored bytes`);
      return false;
    }
    return this.capture(key, m.size);
  }

  private onHidden(m: TarMember, why: string): boolean {
    const kind = KINDS[m.type] ?? 'unsupported';
    const key = this.collector.hiddenMember({ name: m.name, kind, size: m.size, linkname: m.linkname }, why);
    if (key === undefined || m.sparse || m.size > this.limits.maxFileBytes) return false;
    return this.capture(key, m.size);
  }

  private capture(key: string, size: number): boolean {
    this.key = key;
    this.parts = [];
    this.got = 0;
    this.want = size;
    return true;
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

/** Decompresses the source into the feed until either is done. */
async function pump(source: ByteSource, feed: TarFeed, kind: Exclude<Compression, 'none'>): Promise<DecompressOutcome> {
  const gz = decompressor(kind, (out) => feed.write(out));
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
 * Reads a tar (compressed or not) into the collector. Returns an error sentence when the archive
 * cannot be read; limit hits are in the collector.
 */
export async function readTar(
  source: ByteSource,
  compression: Compression,
  collector: Collector,
  limits: ArchiveLimits,
  filename: string,
): Promise<string | undefined> {
  const feed = new TarFeed(collector, limits, filename, compression, compression !== 'none' ? () => source.bytesRead : undefined);
  let outcome: DecompressOutcome | undefined;
  if (compression !== 'none') {
    outcome = await pump(source, feed, compression);
  } else {
    for (let chunk = await source.next(); chunk !== undefined && feed.write(chunk); chunk = await source.next());
  }
  if (collector.stopped || source.overLimit) return undefined;
  if (feed.error !== undefined) return feed.error;
  // Python's tarfile stops reading at the end-of-archive marker, so damage after it is harmless.
  if (!feed.sawEof) {
    if (outcome?.kind === 'truncated') return `${filename}: archive is truncated at byte ${source.bytesRead} (the ${compression} data ends early)`;
    if (outcome?.kind === 'corrupt') {
      const where = outcome.until === undefined ? `at byte ${outcome.at}` : `between bytes ${outcome.at} and ${outcome.until}`;
      return `${filename}: ${compression} data is corrupt ${where} (${outcome.message})`;
    }
  }
  return feed.end();
}
