// A directory of small JSON entries shared by runs that may overlap (two jobs on one machine, a
// restored Actions cache): each entry is written whole to a temporary file and renamed into
// place, carries the key it was written for and a checksum of its bytes, and is dropped on read
// when either does not match. A cache problem never fails a scan: it only costs a recomputation.

import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip as gunzipCb, gzip as gzipCb } from 'node:zlib';

// Off the main thread: a large index page compresses while other responses are handled.
const gzip = promisify(gzipCb);
const gunzip = promisify(gunzipCb);

/** Bumped when the entry layout changes; older layouts live in their own folder and are pruned. */
const LAYOUT = 'v1';
const MAGIC = 'sdist-guard-cache 1\n';
const MiB = 1024 * 1024;
export const DEFAULT_CACHE_MAX_BYTES = 1024 * MiB;
/** Pruning stops once the cache is this share of its limit, so every run does not prune again. */
const PRUNE_TO = 0.8;
/** A temporary file this old belongs to a run that died before renaming it. */
const STALE_TEMP_MS = 60 * 60 * 1000;
/** Walking a large cache costs, so it is pruned at most this often unless a run wrote a lot. */
const PRUNE_EVERY_MS = 60 * 60 * 1000;
const PRUNE_MARKER = 'last-prune';
/** Entries inflate to at most this much: anything bigger was not written by this code. */
const MAX_ENTRY_JSON = 256 * MiB;
/** Smaller payloads are stored as they are: compressing them costs more than it saves. */
const COMPRESS_FROM = 16 * 1024;
/** An entry used again is marked as used (for pruning) at most this often. */
const TOUCH_AFTER_MS = 60 * 60 * 1000;

export interface DiskCacheOptions {
  /** Total size the cache is pruned back under (oldest-used entries go first). */
  maxBytes?: number;
}

export interface DiskCacheStats {
  hits: number;
  misses: number;
  writes: number;
  bytesWritten: number;
  /** Entries found damaged, of another key, or unreadable, and removed. */
  dropped: number;
}

interface Header {
  key: string;
  size: number;
  sha256: string;
  gzip: boolean;
}

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export class DiskCache {
  readonly dir: string;
  readonly maxBytes: number;
  private readonly counters: DiskCacheStats = { hits: 0, misses: 0, writes: 0, bytesWritten: 0, dropped: 0 };
  private readonly madeDirs = new Set<string>();
  private readonly problemList: string[] = [];

  constructor(dir: string, opts: DiskCacheOptions = {}) {
    this.dir = dir;
    this.maxBytes = opts.maxBytes ?? DEFAULT_CACHE_MAX_BYTES;
    if (!(this.maxBytes > 0)) throw new RangeError(`cache maxBytes must be a positive number, got ${this.maxBytes}`);
  }

  stats(): DiskCacheStats {
    return { ...this.counters };
  }

  /** The first few things that went wrong (unwritable directory, full disk), for one warning. */
  problems(): string[] {
    return [...this.problemList];
  }

  /** The value stored under `key`, or undefined when there is none or it cannot be trusted. */
  async get(namespace: string, key: string): Promise<unknown> {
    const file = this.pathFor(namespace, key);
    let bytes: Buffer;
    try {
      const handle = await open(file, 'r');
      try {
        const info = await handle.stat();
        bytes = await handle.readFile();
        // The modification time is the last use, so pruning drops what no recent run needed.
        const now = Date.now();
        if (now - info.mtimeMs > TOUCH_AFTER_MS) await handle.utimes(new Date(now), new Date(now)).catch(() => {});
      } finally {
        await handle.close();
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.problem(`cannot read ${file}: ${(err as Error).message}`);
      this.counters.misses++;
      return undefined;
    }
    const value = await decodeEntry(bytes, key);
    if (value === undefined) {
      this.counters.dropped++;
      this.counters.misses++;
      await unlink(file).catch(() => {});
      return undefined;
    }
    this.counters.hits++;
    return value;
  }

  /** Stores `value` (JSON) under `key`; concurrent writers of one key leave one whole entry. */
  async put(namespace: string, key: string, value: unknown): Promise<void> {
    const file = this.pathFor(namespace, key);
    const temp = `${file}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
    try {
      const bytes = await encodeEntry(key, value);
      const dir = dirname(file);
      if (!this.madeDirs.has(dir)) {
        await mkdir(dir, { recursive: true });
        this.madeDirs.add(dir);
      }
      await writeFile(temp, bytes, { flag: 'wx' });
      await rename(temp, file);
      this.counters.writes++;
      this.counters.bytesWritten += bytes.length;
    } catch (err) {
      this.problem(`cannot write ${file}: ${(err as Error).message}`);
      await unlink(temp).catch(() => {});
    }
  }

  async delete(namespace: string, key: string): Promise<void> {
    await unlink(this.pathFor(namespace, key)).catch(() => {});
  }

  /**
   * Prunes when it is due: nothing was pruned for an hour, or this run alone wrote a tenth of the
   * limit. Returns whether it pruned.
   */
  async pruneIfDue(now = Date.now()): Promise<boolean> {
    if (this.counters.writes === 0) return false;
    const marker = join(this.dir, LAYOUT, PRUNE_MARKER);
    const last = await stat(marker).then(
      (info) => info.mtimeMs,
      () => undefined,
    );
    const due = last === undefined || now - last >= PRUNE_EVERY_MS || now < last || this.counters.bytesWritten >= this.maxBytes / 10;
    if (!due) return false;
    await this.prune(now);
    await writeFile(marker, new Date(now).toISOString() + '\n').catch(() => {});
    return true;
  }

  /**
   * Brings the cache under its size limit, least recently used entries first, and removes what
   * crashed runs and older layouts left behind. Returns the bytes the cache holds afterwards.
   */
  async prune(now = Date.now()): Promise<number> {
    const entries: { path: string; size: number; used: number }[] = [];
    let top: string[];
    try {
      top = await readdir(this.dir);
    } catch {
      return 0;
    }
    for (const name of top) {
      if (name !== LAYOUT && /^v\d+$/.test(name)) await rm(join(this.dir, name), { recursive: true, force: true }).catch(() => {});
    }
    const root = join(this.dir, LAYOUT);
    for (const namespace of await listDir(root)) {
      for (const shard of await listDir(join(root, namespace))) {
        const shardDir = join(root, namespace, shard);
        await Promise.all(
          (await listDir(shardDir)).map(async (name) => {
            const path = join(shardDir, name);
            const info = await stat(path).catch(() => undefined);
            if (!info?.isFile()) return;
            if (name.endsWith('.tmp')) {
              if (now - info.mtimeMs > STALE_TEMP_MS) await unlink(path).catch(() => {});
              return;
            }
            entries.push({ path, size: info.size, used: info.mtimeMs });
          }),
        );
      }
    }
    let total = entries.reduce((sum, e) => sum + e.size, 0);
    if (total <= this.maxBytes) return total;
    entries.sort((a, b) => a.used - b.used);
    const target = this.maxBytes * PRUNE_TO;
    for (const e of entries) {
      if (total <= target) break;
      await unlink(e.path).catch(() => {});
      total -= e.size;
    }
    return total;
  }

  private pathFor(namespace: string, key: string): string {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(namespace)) throw new TypeError(`cache namespace "${namespace}" must be lower-case letters, digits and dashes`);
    const name = sha256(`${namespace}\0${key}`);
    // Sixteen shards: few directories to create, none very large.
    return join(this.dir, LAYOUT, namespace, name.slice(0, 1), name);
  }

  private problem(message: string): void {
    if (this.problemList.length < 5) this.problemList.push(message);
  }
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

/** MAGIC, one JSON header line naming the key, size and checksum of the payload, the JSON payload (gzipped when large). */
export async function encodeEntry(key: string, value: unknown): Promise<Buffer> {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('a cache entry must be a JSON value');
  const raw = Buffer.from(json, 'utf8');
  const compress = raw.length >= COMPRESS_FROM;
  const payload = compress ? await gzip(raw, { level: 6 }) : raw;
  const header: Header = { key, size: payload.length, sha256: sha256(payload), gzip: compress };
  return Buffer.concat([Buffer.from(MAGIC + JSON.stringify(header) + '\n'), payload]);
}

/** The value, or undefined when the bytes are not a whole, undamaged entry written for `key`. */
export async function decodeEntry(bytes: Buffer, key: string): Promise<unknown> {
  if (bytes.length < MAGIC.length || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const eol = bytes.indexOf(0x0a, MAGIC.length);
  if (eol === -1) return undefined;
  let header: Header;
  try {
    header = JSON.parse(bytes.toString('utf8', MAGIC.length, eol)) as Header;
  } catch {
    return undefined;
  }
  if (typeof header !== 'object' || header === null || header.key !== key || typeof header.gzip !== 'boolean') return undefined;
  const payload = bytes.subarray(eol + 1);
  if (payload.length !== header.size || sha256(payload) !== header.sha256) return undefined;
  try {
    const json = header.gzip ? await gunzip(payload, { maxOutputLength: MAX_ENTRY_JSON }) : payload;
    return JSON.parse(json.toString('utf8'));
  } catch {
    return undefined;
  }
}
