// The cache directory: whole entries or none, a damaged or foreign entry is dropped and never
// trusted, overlapping writers leave a valid entry, and the size stays bounded.

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DiskCache, decodeEntry, encodeEntry } from '../src/cache/disk.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sdist-guard-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every entry file under the cache (not temporary files). */
function entryFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(root);
  return out;
}

describe('DiskCache', () => {
  it('returns what was stored under the same key, and nothing for another key or namespace', async () => {
    const cache = new DiskCache(dir);
    await cache.put('analysis', 'key-a', { findings: [1, 2, 3], note: 'ü' });
    expect(await cache.get('analysis', 'key-a')).toEqual({ findings: [1, 2, 3], note: 'ü' });
    expect(await cache.get('analysis', 'key-b')).toBeUndefined();
    expect(await cache.get('pages', 'key-a')).toBeUndefined();
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 2, writes: 1, dropped: 0 });
  });

  it('stores large values compressed and reads them back', async () => {
    const cache = new DiskCache(dir);
    const big = { body: 'x'.repeat(200_000) + 'end' };
    await cache.put('pages', 'https://index.example/simple/big/', big);
    const [file] = entryFiles(dir);
    expect(statSync(file!).size).toBeLessThan(10_000);
    expect(await cache.get('pages', 'https://index.example/simple/big/')).toEqual(big);
  });

  it('rejects namespaces that are not simple names', async () => {
    const cache = new DiskCache(dir);
    await expect(cache.put('../escape', 'k', 1)).rejects.toThrow('cache namespace "../escape"');
  });

  it.each([
    ['a flipped payload byte', (b: Buffer) => (b[b.length - 2] ^= 0x01, b)],
    ['a cut-off entry', (b: Buffer) => b.subarray(0, b.length - 3)],
    ['a missing header line', (b: Buffer) => b.subarray(0, 25)],
    ['another format', () => Buffer.from('{"findings": []}')],
    ['an empty file', () => Buffer.alloc(0)],
    ['a header that lies about the size', (b: Buffer) => Buffer.from(b.toString('latin1').replace(/"size":\d+/, '"size":1'), 'latin1')],
  ])('drops %s and reports a miss', async (_what, damage) => {
    const cache = new DiskCache(dir);
    await cache.put('analysis', 'k', { suspicious: true, findings: ['bad'] });
    const [file] = entryFiles(dir);
    writeFileSync(file!, damage(readFileSync(file!)));
    expect(await cache.get('analysis', 'k')).toBeUndefined();
    expect(cache.stats().dropped).toBe(1);
    expect(entryFiles(dir)).toEqual([]);
    // and it is recomputed and stored again
    await cache.put('analysis', 'k', { suspicious: false, findings: [] });
    expect(await cache.get('analysis', 'k')).toEqual({ suspicious: false, findings: [] });
  });

  it('never returns an entry written for another key, even at its file name', async () => {
    const cache = new DiskCache(dir);
    await cache.put('analysis', 'sha-of-a-clean-file', { suspicious: false });
    await cache.put('analysis', 'sha-of-a-bad-file', { suspicious: true });
    const files = entryFiles(dir);
    expect(files).toHaveLength(2);
    // copy the clean entry over the bad one's file: a well-formed entry, under the wrong name
    const clean = files.find((f) => readFileSync(f, 'latin1').includes('sha-of-a-clean-file'))!;
    const bad = files.find((f) => f !== clean)!;
    writeFileSync(bad, readFileSync(clean));
    expect(await cache.get('analysis', 'sha-of-a-bad-file')).toBeUndefined();
    expect(await cache.get('analysis', 'sha-of-a-clean-file')).toEqual({ suspicious: false });
  });

  it('decodeEntry accepts only its own encoding of the key', async () => {
    const bytes = await encodeEntry('k1', [1, 'two']);
    expect(await decodeEntry(bytes, 'k1')).toEqual([1, 'two']);
    expect(await decodeEntry(bytes, 'k2')).toBeUndefined();
    await expect(encodeEntry('k', undefined)).rejects.toThrow('must be a JSON value');
  });

  it('leaves one whole entry when writers overlap, and readers in between see a whole one or none', async () => {
    const a = new DiskCache(dir);
    const b = new DiskCache(dir);
    const values = Array.from({ length: 40 }, (_, i) => ({ writer: i % 2 ? 'a' : 'b', n: i, pad: 'p'.repeat(i * 700) }));
    const seen: unknown[] = [];
    await Promise.all([
      ...values.map((v, i) => (i % 2 ? a : b).put('analysis', 'shared', v)),
      ...Array.from({ length: 40 }, async () => seen.push(await a.get('analysis', 'shared'))),
    ]);
    for (const v of seen) if (v !== undefined) expect(values).toContainEqual(v);
    expect(values).toContainEqual(await b.get('analysis', 'shared'));
    // no temporary file is left behind by a finished write
    expect(entryFiles(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(a.stats().dropped + b.stats().dropped).toBe(0);
  });

  it('prunes the least recently used entries past its size, stale temporary files and older layouts', async () => {
    const cache = new DiskCache(dir, { maxBytes: 6_000 });
    for (let i = 0; i < 10; i++) await cache.put('analysis', `k${i}`, { pad: 'x'.repeat(1_000 + i) });
    const files = entryFiles(dir);
    // k0..k9 used in order, k0 oldest
    const now = Date.now();
    for (let i = 0; i < 10; i++) {
      const f = files.find((p) => readFileSync(p, 'latin1').includes(`"key":"k${i}"`))!;
      utimesSync(f, new Date(now - (100 - i) * 60_000), new Date(now - (100 - i) * 60_000));
    }
    const shard = join(dir, 'v1', 'analysis', 'f');
    mkdirSync(shard, { recursive: true });
    const staleTemp = join(shard, 'left.123-abc.tmp');
    writeFileSync(staleTemp, 'half an entry');
    utimesSync(staleTemp, new Date(now - 2 * 3600_000), new Date(now - 2 * 3600_000));
    mkdirSync(join(dir, 'v0', 'pages'), { recursive: true });
    writeFileSync(join(dir, 'v0', 'pages', 'x'), 'old layout');

    const left = await cache.prune(now);
    expect(left).toBeLessThanOrEqual(6_000 * 0.8);
    const kept = [];
    for (let i = 0; i < 10; i++) if ((await cache.get('analysis', `k${i}`)) !== undefined) kept.push(i);
    expect(kept.length).toBeGreaterThan(0);
    // what survives is the most recently used
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, j) => 10 - kept.length + j));
    expect(() => statSync(staleTemp)).toThrow();
    expect(() => statSync(join(dir, 'v0'))).toThrow();
  });

  it('touches an entry it serves, so pruning keeps what is in use', async () => {
    const cache = new DiskCache(dir);
    await cache.put('analysis', 'used', { a: 1 });
    const [file] = entryFiles(dir);
    const old = new Date(Date.now() - 5 * 3600_000);
    utimesSync(file!, old, old);
    await cache.get('analysis', 'used');
    expect(statSync(file!).mtimeMs).toBeGreaterThan(old.getTime() + 3600_000);
  });

  it('does not fail when the directory cannot be written, and says why', async () => {
    const blocked = join(dir, 'not-a-dir');
    writeFileSync(blocked, 'a file where the cache directory should be');
    const cache = new DiskCache(blocked);
    await cache.put('analysis', 'k', { a: 1 });
    expect(await cache.get('analysis', 'k')).toBeUndefined();
    expect(cache.problems()[0]).toContain(blocked);
    expect(await cache.prune()).toBe(0);
  });

  it('treats an entry it cannot read as a miss, and says why', async () => {
    const cache = new DiskCache(dir);
    await cache.put('analysis', 'k', { a: 1 });
    const [file] = entryFiles(dir);
    rmSync(file!);
    mkdirSync(file!);
    expect(await cache.get('analysis', 'k')).toBeUndefined();
    expect(cache.problems()[0]).toContain('cannot read');
  });

  it('refuses a size limit that is not positive', () => {
    expect(() => new DiskCache(dir, { maxBytes: 0 })).toThrow('cache maxBytes must be a positive number');
  });
});

describe('DiskCache.pruneIfDue', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sdist-guard-prune-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('prunes after a run that wrote, at most hourly unless the run wrote a tenth of the limit', async () => {
    const now = Date.now();
    const idle = new DiskCache(root, { maxBytes: 1_000_000 });
    expect(await idle.pruneIfDue(now)).toBe(false);

    const first = new DiskCache(root, { maxBytes: 1_000_000 });
    await first.put('analysis', 'a', { pad: 'x'.repeat(100) });
    expect(await first.pruneIfDue(now)).toBe(true);

    const soon = new DiskCache(root, { maxBytes: 1_000_000 });
    await soon.put('analysis', 'b', { pad: 'x'.repeat(100) });
    expect(await soon.pruneIfDue(now + 60_000)).toBe(false);
    expect(await soon.pruneIfDue(now + 2 * 3600_000)).toBe(true);

    const heavy = new DiskCache(root, { maxBytes: 1_000 });
    await heavy.put('analysis', 'c', { pad: 'y'.repeat(5_000) });
    expect(await heavy.pruneIfDue(now + 2 * 3600_000 + 1)).toBe(true);
    // the heavy run's limit left no room for anything
    expect(await heavy.get('analysis', 'a')).toBeUndefined();
  });
});
