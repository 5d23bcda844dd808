// A directory of JSON entries shared by runs that may overlap (two jobs on one machine, a restored
// Actions cache). Creating a file costs far more than writing one, so a run does not write an
// entry per file: it appends everything it learns to one pack of its own, which becomes visible,
// whole, when the run ends and renames it into place. Each pack ends with an index naming every
// entry's key, place and checksum, and a checksum of that index; a pack or an entry that fails a
// check is dropped and recomputed, never trusted. Packs are merged once there are many, least
// recently used entries going first when the cache outgrows its limit. A cache problem never
// fails a scan: it only costs a recomputation.

import * as crypto from 'node:crypto';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Semaphore } from '../index/semaphore.js';
import { openRegularFileSync } from '../regular-file.js';
import { promisify } from 'node:util';
import { gunzip as gunzipCb, gzip as gzipCb } from 'node:zlib';

// Off the main thread: a large index page compresses while other responses are handled.
const gzip = promisify(gzipCb);
const gunzip = promisify(gunzipCb);

/** Bumped when the layout changes; other layouts are removed when the cache is pruned. */
const LAYOUT = 'v2';
const PACK_MAGIC = 'sdist-guard-pack 1';
/** The pack's last line, padded to this length: where its index is, how long, and its checksum. */
const TRAILER_BYTES = 128;
const PACK_SUFFIX = '.pack';
const TEMP_SUFFIX = '.tmp';
const MiB = 1024 * 1024;
export const DEFAULT_CACHE_MAX_BYTES = 1024 * MiB;
/** More packs than this are merged into one when a run ends. */
const MAX_PACKS = 8;
/** Packs at least this big are left out of routine merges (rewriting them each time costs too much). */
const MERGE_BELOW_BYTES = 64 * MiB;
/** Pruning stops once the cache is this share of its limit, so the next run does not prune again. */
const PRUNE_TO = 0.8;
/** A temporary pack this old belongs to a run that died before finishing it. */
const STALE_TEMP_MS = 60 * 60 * 1000;
/** Entries inflate to at most this much: anything bigger was not written by this code. */
const MAX_ENTRY_JSON = 256 * MiB;
/** The largest index a pack may have: far beyond any real one, and bounded so a lie costs nothing. */
const MAX_INDEX_BYTES = 256 * MiB;
/** About what one entry adds to a pack's index, besides its id. */
const INDEX_COST = 160;
/** Smaller payloads are stored as they are: compressing them costs more than it saves. */
const COMPRESS_FROM = 16 * 1024;
/** Entries compressed at once (on zlib's threads); more wait, holding only their JSON. */
const COMPRESSING_AT_ONCE = 2;
/** An entry used again is written again (as used now) at most this often. */
const TOUCH_AFTER_MS = 60 * 60 * 1000;

export interface DiskCacheOptions {
  /** Total size the cache is pruned back under (least recently used entries go first). */
  maxBytes?: number;
  /** The clock entries are stamped with (milliseconds). */
  now?: () => number;
  /** Values never to be written: an entry whose key or value holds one is not stored. */
  secrets?: () => string[];
}

export interface DiskCacheStats {
  hits: number;
  misses: number;
  /** Entries this run stored. */
  writes: number;
  /** Entries used again after a while, written again as used now. */
  renewed: number;
  bytesWritten: number;
  /** Entries or packs found damaged, cut short or of another key, and left out. */
  dropped: number;
}

/** One entry in a pack's index. */
interface Entry {
  /** Namespace and key, `namespace\0key`. */
  id: string;
  offset: number;
  size: number;
  sha256: string;
  gzip: boolean;
  /** When it was written or last used, in milliseconds. */
  time: number;
  /** A tombstone: the entry was found unusable, and older packs' copies must not come back. */
  deleted?: true;
}

interface Pack {
  path: string;
  created: number;
  fd: number;
  bytes: number;
  entries: Entry[];
}

/** Node's one-shot digest where it has one: for the many small entries a run reads, it costs about half. */
const oneShotHash = (crypto as { hash?: (algorithm: string, data: Uint8Array | string, encoding: 'hex') => string }).hash;

function sha256(data: Uint8Array | string): string {
  return oneShotHash ? oneShotHash('sha256', data, 'hex') : createHash('sha256').update(data).digest('hex');
}

function ident(namespace: string, key: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(namespace)) throw new TypeError(`cache namespace "${namespace}" must be lower-case letters, digits and dashes`);
  return `${namespace}\0${key}`;
}

function readExactly(fd: number, length: number, position: number): Buffer {
  const buf = Buffer.allocUnsafe(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, buf, got, length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got === length ? buf : buf.subarray(0, got);
}

function isEntry(v: unknown): v is Entry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  const count = (x: unknown) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
  return (
    typeof e.id === 'string' &&
    count(e.offset) &&
    count(e.size) &&
    typeof e.sha256 === 'string' &&
    typeof e.gzip === 'boolean' &&
    count(e.time) &&
    (e.deleted === undefined || e.deleted === true)
  );
}

/** A pack's index, or undefined when the pack is not a whole, undamaged pack. */
function readIndex(fd: number, size: number): { created: number; entries: Entry[] } | undefined {
  if (size < TRAILER_BYTES) return undefined;
  const trailer = readExactly(fd, TRAILER_BYTES, size - TRAILER_BYTES).toString('latin1').trimEnd();
  const m = /^(\S+ \d+) (\d+) (\d+) ([0-9a-f]{64})$/.exec(trailer);
  if (!m || m[1] !== PACK_MAGIC) return undefined;
  const offset = Number(m[2]);
  const length = Number(m[3]);
  if (length > MAX_INDEX_BYTES || offset + length !== size - TRAILER_BYTES) return undefined;
  const raw = readExactly(fd, length, offset);
  if (raw.length !== length || sha256(raw) !== m[4]) return undefined;
  let index: unknown;
  try {
    index = JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
  const i = index as { created?: unknown; entries?: unknown };
  if (typeof i !== 'object' || i === null || typeof i.created !== 'number' || !Array.isArray(i.entries)) return undefined;
  const entries: Entry[] = [];
  for (const e of i.entries) {
    if (!isEntry(e) || e.offset + e.size > offset) return undefined;
    entries.push(e);
  }
  return { created: i.created, entries };
}

/** The pack a run is writing: entries appended as they come, the index written when it ends. */
class PackWriter {
  readonly entries: Entry[] = [];
  private offset = 0;
  private constructor(
    readonly temp: string,
    readonly fd: number,
    readonly created: number,
  ) {}

  static open(dir: string, created: number): PackWriter {
    mkdirSync(dir, { recursive: true });
    const name = `${String(created).padStart(15, '0')}-${process.pid}-${randomBytes(6).toString('hex')}${PACK_SUFFIX}${TEMP_SUFFIX}`;
    const temp = join(dir, name);
    return new PackWriter(temp, openSync(temp, 'wx+'), created);
  }

  append(id: string, payload: Buffer, zipped: boolean, digest: string, time: number): Entry {
    writeAll(this.fd, payload, this.offset);
    const entry: Entry = { id, offset: this.offset, size: payload.length, sha256: digest, gzip: zipped, time };
    this.offset += payload.length;
    this.entries.push(entry);
    return entry;
  }

  tombstone(id: string, time: number): Entry {
    const entry: Entry = { id, offset: 0, size: 0, sha256: '', gzip: false, time, deleted: true };
    this.entries.push(entry);
    return entry;
  }

  /** Writes the index and the trailer and renames the pack into place; returns its path. */
  finish(): string {
    const index = Buffer.from(JSON.stringify({ created: this.created, entries: this.entries }), 'utf8');
    writeAll(this.fd, index, this.offset);
    const trailer = `${PACK_MAGIC} ${this.offset} ${index.length} ${sha256(index)}`.padEnd(TRAILER_BYTES - 1, ' ') + '\n';
    writeAll(this.fd, Buffer.from(trailer, 'latin1'), this.offset + index.length);
    closeSync(this.fd);
    const path = this.temp.slice(0, -TEMP_SUFFIX.length);
    renameSync(this.temp, path);
    return path;
  }

  abandon(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    try {
      unlinkSync(this.temp);
    } catch {
      // already gone
    }
  }
}

/**
 * Which copy of an entry counts: the one written (or used) last, whatever pack holds it, so a merge
 * that rewrites old copies into a new pack cannot bring back what a later run replaced.
 */
function keepNewest(map: Map<string, { pack: Pack; entry: Entry }>, pack: Pack, entry: Entry): void {
  const had = map.get(entry.id);
  if (!had || entry.time >= had.entry.time) map.set(entry.id, { pack, entry });
}

function writeAll(fd: number, data: Buffer, position: number): void {
  let done = 0;
  while (done < data.length) done += writeSync(fd, data, done, data.length - done, position + done);
}

export class DiskCache {
  readonly dir: string;
  readonly maxBytes: number;
  private readonly now: () => number;
  private readonly root: string;
  private readonly counters: DiskCacheStats = { hits: 0, misses: 0, writes: 0, renewed: 0, bytesWritten: 0, dropped: 0 };
  private readonly problemList: string[] = [];
  /** The newest copy of every entry in the packs read, by id; loaded at the first read. */
  private index: Map<string, { pack: Pack; entry: Entry }> | undefined;
  private packs: Pack[] = [];
  private writer: PackWriter | undefined;
  /** Entries this run wrote, readable from its pack before it is finished. */
  private readonly written = new Map<string, Entry>();
  private unwritable = false;
  private readonly secrets: (() => string[]) | undefined;
  private readonly compressing = new Semaphore(COMPRESSING_AT_ONCE);

  constructor(dir: string, opts: DiskCacheOptions = {}) {
    this.dir = dir;
    this.secrets = opts.secrets;
    this.root = join(dir, LAYOUT);
    this.maxBytes = opts.maxBytes ?? DEFAULT_CACHE_MAX_BYTES;
    this.now = opts.now ?? Date.now;
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
    const id = ident(namespace, key);
    const own = this.written.get(id);
    let found: { fd: number; entry: Entry; pack?: Pack } | undefined;
    if (own) found = own.deleted ? undefined : { fd: this.writer!.fd, entry: own };
    else {
      const hit = this.loadIndex().get(id);
      if (hit && !hit.entry.deleted) found = { fd: hit.pack.fd, entry: hit.entry, pack: hit.pack };
    }
    if (!found) {
      this.counters.misses++;
      return undefined;
    }
    const { entry } = found;
    let payload: Buffer;
    try {
      payload = readExactly(found.fd, entry.size, entry.offset);
    } catch (err) {
      this.problem(`cannot read ${found.pack?.path ?? 'the cache'}: ${(err as Error).message}`);
      this.counters.misses++;
      return undefined;
    }
    const value = payload.length === entry.size && sha256(payload) === entry.sha256 ? await decodePayload(payload, entry.gzip) : undefined;
    if (value === undefined) {
      this.counters.dropped++;
      this.counters.misses++;
      this.forget(id);
      return undefined;
    }
    this.counters.hits++;
    // Written again when used again, so that pruning keeps what is in use.
    if (!own && this.now() - entry.time > TOUCH_AFTER_MS && this.append(id, payload, entry.gzip, entry.sha256)) this.counters.renewed++;
    return value;
  }

  /**
   * The SHA-256 of the copy of `key` a get() would read now (this run's own, else the newest in the
   * packs), without reading it; undefined when there is none. Two equal digests mean the same bytes.
   */
  digest(namespace: string, key: string): string | undefined {
    const id = ident(namespace, key);
    const own = this.written.get(id);
    const entry = own ?? this.loadIndex().get(id)?.entry;
    return entry && !entry.deleted ? entry.sha256 : undefined;
  }

  /** Stores `value` (JSON) under `key`; it is seen by other runs once this one calls flush(). */
  async put(namespace: string, key: string, value: unknown): Promise<void> {
    const id = ident(namespace, key);
    const secrets = this.secrets?.() ?? [];
    if (secrets.length > 0) {
      const text = `${key}\n${JSON.stringify(value)}`;
      if (secrets.some((secret) => text.includes(secret))) return;
    }
    let encoded: { payload: Buffer; gzip: boolean };
    try {
      encoded = await this.encode(value);
    } catch (err) {
      this.problem(`cannot store an entry: ${(err as Error).message}`);
      return;
    }
    if (this.append(id, encoded.payload, encoded.gzip, sha256(encoded.payload))) this.counters.writes++;
  }

  /**
   * An entry as stored. Large ones are compressed a few at a time: each compression holds the JSON,
   * its bytes and zlib's state (a quarter of a MiB) until it is done, and a scan of big projects
   * whose pages all arrive at once would otherwise hold all of them together.
   */
  private async encode(value: unknown): Promise<{ payload: Buffer; gzip: boolean }> {
    const json = JSON.stringify(value);
    if (json === undefined) throw new TypeError('a cache entry must be a JSON value');
    if (Buffer.byteLength(json, 'utf8') < COMPRESS_FROM) return { payload: Buffer.from(json, 'utf8'), gzip: false };
    const release = await this.compressing.acquire();
    try {
      return await encodePayload(json);
    } finally {
      release();
    }
  }

  /** Makes sure no pack's copy of `key` is used again. */
  async delete(namespace: string, key: string): Promise<void> {
    this.forget(ident(namespace, key));
  }

  /**
   * Ends the run's pack and renames it into place, then merges packs when there are many or they
   * outgrow the limit. Call it once, when the run is done.
   */
  async flush(): Promise<void> {
    const writer = this.writer;
    this.writer = undefined;
    this.written.clear();
    let finished: string | undefined;
    if (writer) {
      try {
        finished = writer.finish();
      } catch (err) {
        this.problem(`cannot write the cache in ${this.root}: ${(err as Error).message}`);
        writer.abandon();
      }
    }
    try {
      if (finished !== undefined || this.packsOnDiskMayNeedCare()) this.maintain();
    } catch (err) {
      this.problem(`cannot prune the cache in ${this.root}: ${(err as Error).message}`);
    }
    this.closePacks();
  }

  /**
   * Merges and prunes the packs as a finished run would, whether or not this run wrote anything: for
   * a directory assembled from the packs of several runs (the jobs of an organization audit).
   */
  async compact(): Promise<void> {
    this.loadIndex();
    await this.flush();
  }

  private append(id: string, payload: Buffer, zipped: boolean, digest: string): boolean {
    if (this.unwritable) return false;
    try {
      const time = this.stamp(id);
      this.writer ??= PackWriter.open(this.root, this.now());
      const entry = this.writer.append(id, payload, zipped, digest, time);
      this.written.set(id, entry);
      this.counters.bytesWritten += payload.length;
      return true;
    } catch (err) {
      // One failure says enough: the rest of the run keeps nothing.
      this.unwritable = true;
      this.problem(`cannot write the cache in ${this.root}: ${(err as Error).message}`);
      this.writer?.abandon();
      this.writer = undefined;
      this.written.clear();
      return false;
    }
  }

  /**
   * The time a copy of `id` written now carries: the clock, but always later than every copy this
   * run has seen, so that a run that replaces or deletes an entry wins over it even within the
   * same millisecond (packs stamped alike are otherwise ordered by their random names).
   */
  private stamp(id: string): number {
    const seen = Math.max(this.index?.get(id)?.entry.time ?? -1, this.written.get(id)?.time ?? -1);
    const now = this.now();
    return seen >= now ? seen + 1 : now;
  }

  private forget(id: string): void {
    // The copy being deleted must be known, for the tombstone to be stamped after it.
    this.loadIndex();
    const time = this.stamp(id);
    this.index?.delete(id);
    this.written.delete(id);
    if (this.unwritable) return;
    try {
      this.writer ??= PackWriter.open(this.root, this.now());
      this.written.set(id, this.writer.tombstone(id, time));
    } catch {
      // nothing can be written: the damaged copy is dropped again next time
    }
  }

  /** Reads every finished pack's index once; a damaged pack is removed. */
  private loadIndex(): Map<string, { pack: Pack; entry: Entry }> {
    if (this.index) return this.index;
    this.index = new Map();
    let names: string[];
    try {
      names = readdirSync(this.root).filter((n) => n.endsWith(PACK_SUFFIX));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.problem(`cannot read ${this.root}: ${(err as Error).message}`);
      return this.index;
    }
    for (const name of names) {
      const path = join(this.root, name);
      let fd: number;
      try {
        // only a regular file: a FIFO under a pack's name would block the run that opened it
        const opened = openRegularFileSync(path);
        if (opened === undefined) {
          this.problem(`cannot read ${path}: it is not a regular file; left alone`);
          continue;
        }
        fd = opened;
      } catch {
        continue; // merged away by another run since it was listed
      }
      let size: number;
      let index: ReturnType<typeof readIndex>;
      try {
        size = fstatSync(fd).size;
        index = readIndex(fd, size);
      } catch (err) {
        closeSync(fd);
        this.problem(`cannot read ${path}: ${(err as Error).message}`);
        continue;
      }
      if (!index) {
        closeSync(fd);
        this.counters.dropped++;
        try {
          unlinkSync(path);
        } catch {
          // another run removed it first
        }
        continue;
      }
      this.packs.push({ path, created: index.created, fd, bytes: size, entries: index.entries });
    }
    this.packs.sort((a, b) => a.created - b.created || (a.path < b.path ? -1 : 1));
    for (const pack of this.packs) for (const entry of pack.entries) keepNewest(this.index, pack, entry);
    return this.index;
  }

  private closePacks(): void {
    for (const p of this.packs) {
      try {
        closeSync(p.fd);
      } catch {
        // already closed
      }
    }
    this.packs = [];
    this.index = undefined;
  }

  /**
   * Removes what crashed runs and other layouts left, and merges packs: the small ones when there
   * are too many, all of them, least recently used entries first, when they outgrow the limit.
   */
  private maintain(): void {
    let top: string[];
    try {
      top = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of top) {
      if (name !== LAYOUT && /^v\d+$/.test(name)) rmSync(join(this.dir, name), { recursive: true, force: true });
    }
    const now = this.now();
    let names: string[];
    try {
      names = readdirSync(this.root);
    } catch {
      return;
    }
    for (const name of names) {
      if (!name.endsWith(TEMP_SUFFIX)) continue;
      const path = join(this.root, name);
      try {
        if (now - statSync(path).mtimeMs > STALE_TEMP_MS) unlinkSync(path);
      } catch {
        // finished or removed meanwhile
      }
    }
    // The index as of now, this run's pack included.
    this.closePacks();
    this.loadIndex();
    const total = this.packs.reduce((sum, p) => sum + p.bytes, 0);
    if (total > this.maxBytes) this.merge(this.packs, this.maxBytes * PRUNE_TO);
    else if (this.packs.length > MAX_PACKS) {
      const small = this.packs.filter((p) => p.bytes < MERGE_BELOW_BYTES);
      if (small.length > 1) this.merge(small, Infinity);
    }
  }

  /** A run that wrote nothing still prunes a cache another run left over its limit. */
  private packsOnDiskMayNeedCare(): boolean {
    return this.packs.length > MAX_PACKS || this.packs.reduce((sum, p) => sum + p.bytes, 0) > this.maxBytes;
  }

  /** Rewrites `packs` as one, keeping the newest copy of each entry, most recently used first, within `budget` bytes. */
  private merge(packs: Pack[], budget: number): void {
    const latest = new Map<string, { pack: Pack; entry: Entry }>();
    for (const pack of packs) for (const entry of pack.entries) keepNewest(latest, pack, entry);
    const live = [...latest.values()].filter((e) => !e.entry.deleted).sort((a, b) => b.entry.time - a.entry.time);
    const writer = PackWriter.open(this.root, this.now());
    let kept = 0;
    try {
      for (const { pack, entry } of live) {
        // An entry costs its bytes and its line in the index.
        const cost = entry.size + INDEX_COST + entry.id.length;
        if (kept + cost > budget) break;
        const payload = readExactly(pack.fd, entry.size, entry.offset);
        if (payload.length !== entry.size || sha256(payload) !== entry.sha256) {
          this.counters.dropped++;
          continue;
        }
        writer.append(entry.id, payload, entry.gzip, entry.sha256, entry.time);
        kept += cost;
      }
      // Tombstones still hide copies in packs this merge leaves alone.
      if (packs.length < this.packs.length) for (const e of latest.values()) if (e.entry.deleted) writer.tombstone(e.entry.id, e.entry.time);
      writer.finish();
    } catch (err) {
      writer.abandon();
      throw err;
    }
    for (const pack of packs) {
      try {
        unlinkSync(pack.path);
      } catch {
        // another run merged it first; on Windows a pack still open elsewhere stays until next time
      }
    }
  }

  private problem(message: string): void {
    if (this.problemList.length < 5) this.problemList.push(message);
  }
}

async function encodePayload(json: string): Promise<{ payload: Buffer; gzip: boolean }> {
  const raw = Buffer.from(json, 'utf8');
  if (raw.length < COMPRESS_FROM) return { payload: raw, gzip: false };
  return { payload: await gzip(raw, { level: 6 }), gzip: true };
}

async function decodePayload(payload: Buffer, zipped: boolean): Promise<unknown> {
  try {
    const json = zipped ? await gunzip(payload, { maxOutputLength: MAX_ENTRY_JSON }) : payload;
    return JSON.parse(json.toString('utf8'));
  } catch {
    return undefined;
  }
}
