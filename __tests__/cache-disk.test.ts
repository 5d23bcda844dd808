// The cache directory: one pack per run, seen whole or not at all; a damaged pack or entry is
// dropped and never trusted; overlapping runs leave whole entries, the newest winning; many packs
// are merged and the size stays bounded, least recently used entries going first.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DiskCache } from '../src/cache/disk.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sdist-guard-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const packsIn = (root: string): string[] => {
  try {
    return readdirSync(join(root, 'v2'))
      .filter((n) => n.endsWith('.pack'))
      .map((n) => join(root, 'v2', n));
  } catch {
    return [];
  }
};

/** A clock the test moves. */
function clock(start = Date.UTC(2025, 0, 1)) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

/** One run: stores the entries, then ends (flush). */
async function runStoring(root: string, entries: Record<string, unknown>, opts: ConstructorParameters<typeof DiskCache>[1] = {}): Promise<DiskCache> {
  const cache = new DiskCache(root, opts);
  for (const [k, v] of Object.entries(entries)) await cache.put('analysis', k, v);
  await cache.flush();
  return cache;
}

describe('DiskCache', () => {
  it('stores every large entry of many put at once (they are compressed a few at a time), each under its own key', async () => {
    const cache = new DiskCache(dir);
    // Each well past the size from which entries are compressed, and each different.
    const value = (i: number) => ({ i, body: `${i} `.repeat(40_000) + 'x'.repeat(i) });
    await Promise.all(Array.from({ length: 12 }, (_, i) => cache.put('pages', `page-${i}`, value(i))));
    for (let i = 0; i < 12; i++) expect(await cache.get('pages', `page-${i}`)).toEqual(value(i));
    await cache.flush();
    const later = new DiskCache(dir);
    for (let i = 0; i < 12; i++) expect(await later.get('pages', `page-${i}`)).toEqual(value(i));
    expect(cache.stats().writes).toBe(12);
  });

  it('gives back what a run stored, within the run and to later runs, and nothing for another key or namespace', async () => {
    const cache = new DiskCache(dir);
    await cache.put('analysis', 'key-a', { findings: [1, 2, 3], note: 'ü' });
    expect(await cache.get('analysis', 'key-a')).toEqual({ findings: [1, 2, 3], note: 'ü' });
    // not seen by another run until this one ends
    expect(await new DiskCache(dir).get('analysis', 'key-a')).toBeUndefined();
    await cache.flush();
    const later = new DiskCache(dir);
    expect(await later.get('analysis', 'key-a')).toEqual({ findings: [1, 2, 3], note: 'ü' });
    expect(await later.get('analysis', 'key-b')).toBeUndefined();
    expect(await later.get('pages', 'key-a')).toBeUndefined();
    expect(later.stats()).toMatchObject({ hits: 1, misses: 2, writes: 0, dropped: 0 });
    expect(cache.stats()).toMatchObject({ writes: 1 });
  });

  it('writes one file per run, however many entries', async () => {
    const entries = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, { i }]));
    await runStoring(dir, entries);
    expect(packsIn(dir)).toHaveLength(1);
    expect(readdirSync(join(dir, 'v2'))).toHaveLength(1);
    const reader = new DiskCache(dir);
    for (let i = 0; i < 300; i += 37) expect(await reader.get('analysis', `k${i}`)).toEqual({ i });
  });

  it('reads back every entry of a large pack in any order, and drops only the damaged one', async () => {
    // many small entries and a few large (compressed) ones, read back by fresh runs
    const entries: Record<string, unknown> = {};
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 400; i++) {
      const big = i % 50 === 25;
      const text = Array.from({ length: big ? 12_000 : 20 + (next() % 400) }, () => next().toString(36)).join('');
      entries[`e${i}`] = { i, text };
    }
    await runStoring(dir, entries);
    const keys = Object.keys(entries);
    const shuffled = keys.map((_, i) => keys[(i * 157) % keys.length]!);
    for (const order of [keys, [...keys].reverse(), shuffled]) {
      const reader = new DiskCache(dir);
      for (const k of order) expect(await reader.get('analysis', k)).toEqual(entries[k]);
      expect(reader.stats()).toMatchObject({ hits: 400, misses: 0, dropped: 0 });
    }
    const [pack] = packsIn(dir);
    const bytes = readFileSync(pack!);
    const damaged = (entries.e200 as { text: string }).text;
    bytes[bytes.indexOf(damaged) + 5] ^= 0x01;
    writeFileSync(pack!, bytes);
    const reader = new DiskCache(dir);
    for (const k of keys) expect(await reader.get('analysis', k)).toEqual(k === 'e200' ? undefined : entries[k]);
    expect(reader.stats()).toMatchObject({ hits: 399, dropped: 1 });
  });

  it('stores large values compressed', async () => {
    const big = { body: 'x'.repeat(200_000) + 'end' };
    await runStoring(dir, { big });
    expect(statSync(packsIn(dir)[0]!).size).toBeLessThan(10_000);
    expect(await new DiskCache(dir).get('analysis', 'big')).toEqual(big);
  });

  it('rejects namespaces that are not simple names', async () => {
    const cache = new DiskCache(dir);
    await expect(cache.put('../escape', 'k', 1)).rejects.toThrow('cache namespace "../escape"');
  });

  it('drops an entry whose bytes were damaged, and keeps the others', async () => {
    await runStoring(dir, { a: { value: 'first entry' }, b: { value: 'second entry' } });
    const [pack] = packsIn(dir);
    const bytes = readFileSync(pack!);
    const at = bytes.indexOf('first entry');
    bytes[at] ^= 0x01;
    writeFileSync(pack!, bytes);
    const reader = new DiskCache(dir);
    expect(await reader.get('analysis', 'a')).toBeUndefined();
    expect(await reader.get('analysis', 'b')).toEqual({ value: 'second entry' });
    expect(reader.stats().dropped).toBe(1);
    // the damaged copy stays hidden after this run, until it is stored again
    await reader.flush();
    expect(await new DiskCache(dir).get('analysis', 'a')).toBeUndefined();
    await runStoring(dir, { a: { value: 'recomputed' } });
    expect(await new DiskCache(dir).get('analysis', 'a')).toEqual({ value: 'recomputed' });
  });

  it.each([
    ['a flipped byte in the index', (b: Buffer) => (b[b.length - 200] ^= 0x20, b)],
    ['a cut-off pack', (b: Buffer) => b.subarray(0, b.length - 50)],
    ['a trailer that points elsewhere', (b: Buffer) => Buffer.from(b.toString('latin1').replace(/sdist-guard-pack 1 (\d+)/, (_m, n: string) => `sdist-guard-pack 1 ${Number(n) - 1}`), 'latin1')],
    ['another format', () => Buffer.from('{"findings": []}')],
    ['an empty file', () => Buffer.alloc(0)],
  ])('drops a pack with %s, and removes it', async (_what, damage) => {
    await runStoring(dir, { k: { suspicious: true, findings: ['bad'] } });
    const [pack] = packsIn(dir);
    writeFileSync(pack!, damage(readFileSync(pack!)));
    const reader = new DiskCache(dir);
    expect(await reader.get('analysis', 'k')).toBeUndefined();
    expect(reader.stats().dropped).toBe(1);
    expect(packsIn(dir)).toEqual([]);
    // and it is recomputed and stored again
    await runStoring(dir, { k: { suspicious: false, findings: [] } });
    expect(await new DiskCache(dir).get('analysis', 'k')).toEqual({ suspicious: false, findings: [] });
  });

  it('never gives an entry another key\'s bytes', async () => {
    await runStoring(dir, { 'sha-of-a-clean-file': { suspicious: false }, 'sha-of-a-bad-file': { suspicious: true } });
    const [pack] = packsIn(dir);
    // swap the two payloads in place: each now sits where the other key's index entry points
    const text = readFileSync(pack!, 'latin1');
    const swapped = text.replace('{"suspicious":false}', '\u0000').replace('{"suspicious":true}', '{"suspicious":false}').replace('\u0000', '{"suspicious":true}');
    expect(swapped).not.toBe(text);
    writeFileSync(pack!, Buffer.from(swapped, 'latin1'));
    const reader = new DiskCache(dir);
    expect(await reader.get('analysis', 'sha-of-a-bad-file')).toBeUndefined();
  });

  it('keeps the newest of overlapping runs, and readers only ever see whole entries', async () => {
    const t = clock();
    const a = new DiskCache(dir, { now: t.now });
    const b = new DiskCache(dir, { now: t.now });
    await a.put('analysis', 'shared', { writer: 'a' });
    t.advance(10);
    await b.put('analysis', 'shared', { writer: 'b' });
    expect(await new DiskCache(dir).get('analysis', 'shared')).toBeUndefined();
    await b.flush();
    expect(await new DiskCache(dir).get('analysis', 'shared')).toEqual({ writer: 'b' });
    // a ends last, but wrote first: b's entry stays the one used
    await a.flush();
    expect(await new DiskCache(dir).get('analysis', 'shared')).toEqual({ writer: 'b' });
  });

  it('survives many runs writing and reading at once', async () => {
    const values = Array.from({ length: 12 }, (_, i) => ({ writer: i, pad: 'p'.repeat(i * 900) }));
    const seen: unknown[] = [];
    await Promise.all(
      values.map(async (v, i) => {
        const run = new DiskCache(dir);
        seen.push(await run.get('analysis', 'shared'));
        await run.put('analysis', 'shared', v);
        await run.put('analysis', `own-${i}`, v);
        await run.flush();
        seen.push(await new DiskCache(dir).get('analysis', 'shared'));
      }),
    );
    for (const v of seen) if (v !== undefined) expect(values).toContainEqual(v);
    const reader = new DiskCache(dir);
    expect(values).toContainEqual(await reader.get('analysis', 'shared'));
    for (let i = 0; i < values.length; i++) expect(await reader.get('analysis', `own-${i}`)).toEqual(values[i]);
    expect(reader.stats().dropped).toBe(0);
    expect(readdirSync(join(dir, 'v2')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('forgets an entry deleted by a later run', async () => {
    await runStoring(dir, { k: { a: 1 } });
    const run = new DiskCache(dir);
    await run.delete('analysis', 'k');
    expect(await run.get('analysis', 'k')).toBeUndefined();
    await run.flush();
    expect(await new DiskCache(dir).get('analysis', 'k')).toBeUndefined();
  });

  it('forgets an entry deleted by a later run in the same millisecond', async () => {
    // Both runs stamp the same time: which pack is newer cannot come from the clock. Eight
    // directories, because the two packs' names (and so their listing order) are random.
    const now = () => Date.UTC(2025, 0, 1);
    for (let i = 0; i < 8; i++) {
      const root = join(dir, `same-ms-${i}`);
      await runStoring(root, { k: { a: 1 } }, { now });
      const run = new DiskCache(root, { now });
      await run.delete('analysis', 'k');
      await run.flush();
      expect(await new DiskCache(root, { now }).get('analysis', 'k')).toBeUndefined();
    }
  });

  it('keeps the value a later run in the same millisecond wrote over an earlier one', async () => {
    const now = () => Date.UTC(2025, 0, 1);
    for (let i = 0; i < 8; i++) {
      const root = join(dir, `same-ms-put-${i}`);
      await runStoring(root, { k: { v: 'old' } }, { now });
      const run = new DiskCache(root, { now });
      expect(await run.get('analysis', 'k')).toEqual({ v: 'old' });
      await run.put('analysis', 'k', { v: 'new' });
      await run.flush();
      expect(await new DiskCache(root, { now }).get('analysis', 'k')).toEqual({ v: 'new' });
    }
  });

  it('keeps a value stored again after it was deleted in the same run and millisecond', async () => {
    const now = () => Date.UTC(2025, 0, 1);
    await runStoring(dir, { k: { v: 'old' } }, { now });
    const run = new DiskCache(dir, { now });
    await run.delete('analysis', 'k');
    await run.put('analysis', 'k', { v: 'again' });
    expect(await run.get('analysis', 'k')).toEqual({ v: 'again' });
    await run.flush();
    expect(await new DiskCache(dir, { now }).get('analysis', 'k')).toEqual({ v: 'again' });
  });

  it('merges packs once there are many, keeping every entry', async () => {
    for (let i = 0; i < 12; i++) await runStoring(dir, { [`k${i}`]: { i } });
    expect(packsIn(dir).length).toBeLessThanOrEqual(8);
    const reader = new DiskCache(dir);
    for (let i = 0; i < 12; i++) expect(await reader.get('analysis', `k${i}`)).toEqual({ i });
  });

  it('stays under its limit, dropping the least recently used first', async () => {
    const t = clock();
    const opts = { maxBytes: 6_000, now: t.now };
    const entry = (i: number) => ({ pad: 'x'.repeat(1_380), i });
    for (const i of [0, 1, 2]) {
      await runStoring(dir, { [`k${i}`]: entry(i) }, opts);
      t.advance(2 * 3600_000);
    }
    // k0 is used again, long after it was stored: renewed, it now counts as recent
    const user = new DiskCache(dir, opts);
    expect(await user.get('analysis', 'k0')).toEqual(entry(0));
    expect(user.stats().renewed).toBe(1);
    await user.flush();
    t.advance(1000);
    await runStoring(dir, { k3: entry(3) }, opts);
    const total = packsIn(dir).reduce((sum, p) => sum + statSync(p).size, 0);
    expect(total).toBeLessThanOrEqual(6_000);
    const reader = new DiskCache(dir, opts);
    const kept: number[] = [];
    for (let i = 0; i <= 3; i++) if ((await reader.get('analysis', `k${i}`)) !== undefined) kept.push(i);
    expect(kept).toEqual([0, 2, 3]);
  });

  it('removes what crashed runs and older layouts left behind', async () => {
    const t = clock(Date.now());
    await runStoring(dir, { k: { a: 1 } });
    const stale = join(dir, 'v2', '000000000000001-1-abc.pack.tmp');
    writeFileSync(stale, 'half a pack');
    const old = new Date(t.now() - 2 * 3600_000);
    utimesSync(stale, old, old);
    const fresh = join(dir, 'v2', '000000000000002-1-abd.pack.tmp');
    writeFileSync(fresh, 'a pack being written');
    mkdirSync(join(dir, 'v1', 'pages'), { recursive: true });
    writeFileSync(join(dir, 'v1', 'pages', 'x'), 'old layout');
    await runStoring(dir, { k2: { a: 2 } });
    expect(() => statSync(stale)).toThrow();
    expect(statSync(fresh).isFile()).toBe(true);
    expect(() => statSync(join(dir, 'v1'))).toThrow();
  });

  it('does not fail when the directory cannot be written, and says why', async () => {
    const blocked = join(dir, 'not-a-dir');
    writeFileSync(blocked, 'a file where the cache directory should be');
    const cache = new DiskCache(blocked);
    await cache.put('analysis', 'k', { a: 1 });
    await cache.put('analysis', 'k2', { a: 2 });
    expect(await cache.get('analysis', 'k')).toBeUndefined();
    await cache.flush();
    expect(cache.problems().length).toBeGreaterThanOrEqual(1);
    expect(cache.problems()[0]).toContain(blocked);
  });

  it('skips a pack it cannot read, and says why', async () => {
    await runStoring(dir, { k: { a: 1 } });
    mkdirSync(join(dir, 'v2', '000000000000009-1-dir.pack'));
    const reader = new DiskCache(dir);
    expect(await reader.get('analysis', 'k')).toEqual({ a: 1 });
    expect(reader.problems()[0]).toContain('cannot read');
  });

  it('refuses a size limit that is not positive', () => {
    expect(() => new DiskCache(dir, { maxBytes: 0 })).toThrow('cache maxBytes must be a positive number');
  });
});
