// A scan's decisions kept for the next scan of the same inputs: used only while every index page
// they were made from is still the fresh copy they read, and never kept from a scan that read
// something a later one could see differently (a file with no SHA-256, a failed read, a reference
// by URL).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startIndexServer, type IndexServer } from './helpers/index-server.js';
import { makeSdist, makeWheel } from './helpers/archives.js';
import { makeProject } from './helpers/project.js';
import { DiskCache } from '../src/cache/disk.js';
import { DiskPageStore } from '../src/cache/pages.js';
import { ScanStore, scanKey } from '../src/cache/scans.js';
import { resolveOptions } from '../src/options.js';
import { FormatControl } from '../src/python/format-control.js';
import { scan } from '../src/scan.js';
import type { CachedPage } from '../src/index/http-cache.js';
import type { Verdict } from '../src/types.js';

const MINUTE = 60_000;

function page(url: string, body: string, storedAt: number, maxAge?: number): CachedPage {
  return { url, finalUrl: url, contentType: 'text/html', body, storedAt, initialAge: 0, ...(maxAge !== undefined ? { maxAge } : {}) };
}

const verdict: Verdict = { name: 'a', status: 'wheel', reason: 'installs a wheel', sources: [{ path: 'requirements.txt', line: 1, requirement: 'a' }], targets: [], findings: [], limits: [] };
const decided = { verdicts: [verdict], diagnostics: [{ severity: 'warning' as const, path: 'requirements.txt', line: 1, message: 'a note' }], sdistsAnalyzed: 0 };

describe('ScanStore', () => {
  let dir: string;
  let now: number;
  const T0 = Date.UTC(2026, 0, 1);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sdist-guard-scans-'));
    now = T0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A cache with two pages stored at T0, fresh for 10 and 5 minutes; flushed, then opened again. */
  async function withPages(): Promise<{ disk: DiskCache; scans: ScanStore; pages: DiskPageStore }> {
    const first = new DiskCache(dir, { now: () => now });
    const store = new DiskPageStore(first);
    await store.put(page('https://i/simple/a/', 'A', T0, 600));
    await store.put(page('https://i/simple/b/', 'B', T0, 300));
    const scans = new ScanStore(first, () => now);
    expect(
      await scans.put('k', decided, [
        { url: 'https://i/simple/a/', freshUntil: T0 + 10 * MINUTE },
        { url: 'https://i/simple/b/', freshUntil: T0 + 5 * MINUTE },
      ]),
    ).toBe(true);
    await first.flush();
    const disk = new DiskCache(dir, { now: () => now });
    return { disk, scans: new ScanStore(disk, () => now), pages: new DiskPageStore(disk) };
  }

  it('gives the decisions back under the same key while every page is the same fresh copy', async () => {
    const { scans } = await withPages();
    now = T0 + 4 * MINUTE;
    const kept = await scans.get('k');
    expect(kept).toMatchObject({ ...decided, at: T0, freshUntil: T0 + 5 * MINUTE });
    expect(await scans.get('another key')).toBeUndefined();
  });

  it('stops giving them once the first page stops being fresh, or when the clock went back', async () => {
    const { scans } = await withPages();
    now = T0 + 5 * MINUTE;
    expect(await scans.get('k')).toBeUndefined();
    now = T0 - 1;
    expect(await scans.get('k')).toBeUndefined();
  });

  it('does not give them when a page was stored again (revalidated, or fetched by another run) or dropped', async () => {
    const replaced = await withPages();
    now = T0 + MINUTE;
    await replaced.pages.put(page('https://i/simple/b/', 'B', T0 + MINUTE, 300));
    expect(await replaced.scans.get('k')).toBeUndefined();

    rmSync(dir, { recursive: true, force: true });
    now = T0;
    const dropped = await withPages();
    await dropped.pages.delete('https://i/simple/a/');
    expect(await dropped.scans.get('k')).toBeUndefined();
  });

  it('keeps nothing when a page has no stored copy, when none is fresh any more, or when no page was read', async () => {
    const disk = new DiskCache(dir, { now: () => now });
    await new DiskPageStore(disk).put(page('https://i/simple/a/', 'A', T0, 600));
    const scans = new ScanStore(disk, () => now);
    expect(await scans.put('k', decided, [{ url: 'https://i/simple/a/', freshUntil: T0 + 10 * MINUTE }, { url: 'https://i/simple/zzz/', freshUntil: T0 + 10 * MINUTE }])).toBe(false);
    expect(await scans.put('k', decided, [{ url: 'https://i/simple/a/', freshUntil: T0 }])).toBe(false);
    expect(await scans.put('k', decided, [])).toBe(false);
    expect(await scans.get('k')).toBeUndefined();
  });

  it('does not use an entry of another shape, or one written under another key', async () => {
    const disk = new DiskCache(dir, { now: () => now });
    await new DiskPageStore(disk).put(page('https://i/simple/a/', 'A', T0, 600));
    const good = { at: T0, freshUntil: T0 + MINUTE, pages: [['https://i/simple/a/', disk.digest('pages', 'https://i/simple/a/')]], ...decided };
    await disk.put('scans', 'moved', { key: 'elsewhere', scan: good });
    await disk.put('scans', 'no-verdicts', { key: 'no-verdicts', scan: { ...good, verdicts: [{ name: 'a' }] } });
    await disk.put('scans', 'bad-pages', { key: 'bad-pages', scan: { ...good, pages: [['https://i/simple/a/']] } });
    await disk.put('scans', 'good', { key: 'good', scan: good });
    const scans = new ScanStore(disk, () => now);
    expect(await scans.get('moved')).toBeUndefined();
    expect(await scans.get('no-verdicts')).toBeUndefined();
    expect(await scans.get('bad-pages')).toBeUndefined();
    expect(await scans.get('good')).toMatchObject(decided);
  });
});

describe('scanKey', () => {
  it('is a SHA-256 of the inputs as JSON writes them, and differs with any input', () => {
    const a = { pins: ['x', 'y'], control: FormatControl.from({ noBinary: ['b', 'a'], onlyBinary: [] }), n: 1 };
    const b = { pins: ['x', 'y'], control: FormatControl.from({ noBinary: ['a', 'b'], onlyBinary: [] }), n: 1 };
    expect(scanKey(a)).toBe(scanKey(b));
    expect(scanKey(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(scanKey({ ...a, pins: ['x'] })).not.toBe(scanKey(a));
    expect(scanKey({ ...a, control: FormatControl.from({ noBinary: ['a'], onlyBinary: ['b'] }) })).not.toBe(scanKey(a));
    expect(scanKey({ ...a, n: 2 })).not.toBe(scanKey(a));
    expect(scanKey({ empty: {} })).not.toBe(scanKey({ empty: [] }));
  });

  it('refuses a Set or a Map, which JSON would write as an empty object', () => {
    expect(() => scanKey({ pins: new Set(['x']) })).toThrow(/Set or a Map/);
    expect(() => scanKey([{ deep: { seen: new Map([[1, 'a']]) } }])).toThrow(/Set or a Map/);
  });
});

describe('a scan with a cache directory, over pages an index says stay fresh', () => {
  const setup = (name: string) => `from setuptools import setup\nsetup(name="${name}", version="1.0")\n`;
  const plain = makeSdist('plainpkg', '2.0', { 'setup.py': setup('plainpkg') });
  const needs = makeWheel('needs', '1.0', 'py3-none-any', ['dep>=1']);
  const dep = makeWheel('dep', '1.5');
  let server: IndexServer;
  let cacheDir: string;
  let project: ReturnType<typeof makeProject>;
  beforeEach(async () => {
    server = await startIndexServer({ projects: { plainpkg: [plain], needs: [needs], dep: [dep] }, cacheControl: 'max-age=600' });
    cacheDir = mkdtempSync(join(tmpdir(), 'sdist-guard-scans-scan-'));
    project = makeProject({ 'requirements.txt': 'plainpkg==2.0\nneeds==1.0\n' });
  });
  afterEach(async () => {
    await server.close();
    project.cleanup();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  const run = (extra: Partial<Parameters<typeof resolveOptions>[0]> = {}) =>
    scan(resolveOptions({ root: project.dir, paths: [project.dir], indexUrl: server.indexUrl, env: {}, cacheDir, ...extra }));

  it('decides once: the next scan of the same inputs reads nothing and reports the same', async () => {
    const first = await run();
    expect(first.stats.cache?.decisionsFrom).toBeUndefined();
    expect(first.verdicts.map((v) => [v.name, v.status]).sort()).toEqual([
      ['dep', 'wheel'],
      ['needs', 'wheel'],
      ['plainpkg', 'sdist'],
      ['setuptools', 'wheel'],
    ]);
    const asked = server.requests.length;
    const second = await run();
    expect(server.requests.length).toBe(asked);
    expect(second.stats.cache?.decisionsFrom).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(second.stats.sdistsAnalyzed).toBe(first.stats.sdistsAnalyzed);
    expect(second.verdicts).toEqual(first.verdicts);
    expect(second.diagnostics).toEqual(first.diagnostics);
  });

  it('decides anew when a manifest or an option changes', async () => {
    await run();
    writeFileSync(join(project.dir, 'requirements.txt'), 'plainpkg==2.0\nneeds==1.0\ndep==1.5\n');
    const changed = await run();
    expect(changed.stats.cache?.decisionsFrom).toBeUndefined();
    expect(changed.verdicts.find((v) => v.name === 'dep')!.sources).toEqual([{ path: 'requirements.txt', line: 3, requirement: 'dep==1.5' }]);
    const other = await run({ transitive: false });
    expect(other.stats.cache?.decisionsFrom).toBeUndefined();
    // without --transitive, build requirements are not followed either
    expect(other.verdicts.map((v) => v.name).sort()).toEqual(['dep', 'needs', 'plainpkg']);
    expect((await run()).stats.cache?.decisionsFrom).toBeDefined();
  });

  it('keeps nothing from a scan whose pages must be asked for again', async () => {
    server.update({ cacheControl: 'no-cache' });
    await run();
    const again = await run();
    expect(again.stats.cache?.decisionsFrom).toBeUndefined();
    expect(again.stats.cache?.pagesRevalidated).toBeGreaterThan(0);
  });

  it('keeps nothing from a scan whose download failed: the next one reads it and judges it', async () => {
    server.update({ faults: { [`/files/${plain.filename}`]: { status: 503 } } });
    const failed = await run({ limits: { ...resolveOptions({ root: project.dir, paths: [project.dir], env: {} }).limits, retries: 0 } });
    expect(failed.verdicts.find((v) => v.name === 'plainpkg')!.status).toBe('unresolved');
    server.update({ faults: {} });
    const next = await run();
    expect(next.stats.cache?.decisionsFrom).toBeUndefined();
    expect(next.verdicts.find((v) => v.name === 'plainpkg')!.status).toBe('sdist');
  });

  it('keeps nothing from a scan that read a file the index gives no SHA-256 for', async () => {
    const link = `<a href="${server.url}/files/${plain.filename}">${plain.filename}</a>`;
    server.update({ faults: { '/simple/plainpkg/': { body: `<!DOCTYPE html><html><body>${link}</body></html>`, contentType: 'text/html' } } });
    const first = await run();
    expect(first.verdicts.find((v) => v.name === 'plainpkg')!.status).toBe('sdist');
    const second = await run();
    expect(second.stats.cache?.decisionsFrom).toBeUndefined();
    expect(server.requests.filter((r) => r.path === `/files/${plain.filename}`)).toHaveLength(2);
  });

  it('keeps nothing from a scan that left a dependency unresolved', async () => {
    writeFileSync(join(project.dir, 'requirements.txt'), 'plainpkg==9.9\nneeds==1.0\n');
    const first = await run();
    expect(first.verdicts.find((v) => v.name === 'plainpkg')!.status).toBe('unresolved');
    const second = await run();
    expect(second.stats.cache?.decisionsFrom).toBeUndefined();
    expect(second.verdicts).toEqual(first.verdicts);
  });

  it('keeps nothing from a scan of a reference by URL', async () => {
    writeFileSync(join(project.dir, 'requirements.txt'), `plainpkg @ ${server.url}/files/${plain.filename}\n`);
    await run();
    const second = await run();
    expect(second.stats.cache?.decisionsFrom).toBeUndefined();
    expect(server.requests.filter((r) => r.path === `/files/${plain.filename}`)).toHaveLength(2);
  });
});
