// Project pages kept as HTTP caching says, against the real test index on 127.0.0.1: fresh pages
// cost no request, stale ones a revalidation (304), and what may not be kept is not.

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { makeSdist, makeWheel } from './helpers/archives.js';
import { startIndexServer, type IndexServer } from './helpers/index-server.js';
import { IndexClient } from '../src/index/client.js';
import { DiskCache } from '../src/cache/disk.js';
import { DiskPageStore } from '../src/cache/pages.js';
import {
  conditionalHeaders,
  currentAge,
  freshUntil,
  isFresh,
  parseCacheControl,
  responseMeta,
  revalidated,
  type CachedPage,
} from '../src/index/http-cache.js';

const v1 = makeSdist('demo', '1.0');
const v2 = makeSdist('demo', '2.0');
const wheel = makeWheel('demo', '1.0');

let dir: string;
const servers: IndexServer[] = [];
const clients: IndexClient[] = [];
const caches = new Map<IndexClient, DiskCache>();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sdist-guard-pages-'));
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => end(c)));
  await Promise.all(servers.splice(0).map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function server(opts: Parameters<typeof startIndexServer>[0]): Promise<IndexServer> {
  const s = await startIndexServer(opts);
  servers.push(s);
  return s;
}

/** A new client over the same cache directory: what a second run of the program sees. */
function run(s: IndexServer, extra: Partial<ConstructorParameters<typeof IndexClient>[0]> = {}): IndexClient {
  const disk = new DiskCache(dir);
  const c = new IndexClient({ indexUrl: s.indexUrl, timeoutMs: 2000, backoffMs: 5, pageStore: new DiskPageStore(disk), ...extra });
  clients.push(c);
  caches.set(c, disk);
  return c;
}

/** Ends a run: the client, then its cache (what it stored becomes visible to later runs). */
async function end(c: IndexClient): Promise<void> {
  await c.close();
  await caches.get(c)?.flush();
  caches.delete(c);
}

const pageRequests = (s: IndexServer) => s.requests.filter((r) => r.path.startsWith('/simple/demo'));

describe.each(['json', 'html'] as const)('the page cache, pages served as %s', (mode) => {
  it('uses a page without asking while its max-age holds', async () => {
    const s = await server({ mode, cacheControl: 'max-age=600, public', projects: { demo: [v1, wheel] } });
    const first = run(s);
    const page = await first.getProject('demo');
    await end(first);
    expect(pageRequests(s)).toHaveLength(1);

    const second = run(s);
    const again = await second.getProject('Demo');
    expect(pageRequests(s)).toHaveLength(1);
    expect(again).toEqual(page);
    expect(second.stats()).toMatchObject({ requests: 0, pagesFromCache: 1, pagesRevalidated: 0 });
  });

  it('revalidates a stale page with its ETag and reuses it on 304', async () => {
    const s = await server({ mode, cacheControl: 'max-age=0', projects: { demo: [v1, wheel] } });
    const first = run(s);
    const page = await first.getProject('demo');
    await end(first);

    const second = run(s);
    expect(await second.getProject('demo')).toEqual(page);
    const [, revalidation] = pageRequests(s);
    expect(revalidation!.headers['if-none-match']).toMatch(/^"[0-9a-f]+"$/);
    expect(revalidation!.headers['if-modified-since']).toBe('Tue, 02 Jan 2024 03:04:05 GMT');
    expect(second.stats()).toMatchObject({ requests: 1, pagesFromCache: 0, pagesRevalidated: 1 });
  });

  it('takes the new page when the project changed, and keeps that one', async () => {
    const s = await server({ mode, projects: { demo: [v1] } });
    const first = run(s);
    expect((await first.getProject('demo')).files.map((f) => f.filename)).toEqual([v1.filename]);
    await end(first);

    s.update({ projects: { demo: [v1, v2] } });
    const second = run(s);
    expect((await second.getProject('demo')).files.map((f) => f.filename)).toEqual([v1.filename, v2.filename]);
    expect(second.stats().pagesRevalidated).toBe(0);
    await end(second);

    const third = run(s);
    expect((await third.getProject('demo')).files.map((f) => f.filename)).toEqual([v1.filename, v2.filename]);
    expect(third.stats().pagesRevalidated).toBe(1);
  });
});

describe('the pages a client used, for a scan to keep its decisions by', () => {
  it('lists each page with the moment its stored copy stops being fresh', async () => {
    const s = await server({ cacheControl: 'max-age=600', projects: { demo: [v1], other: [v2] } });
    const first = run(s);
    const before = Date.now();
    await first.getProject('demo');
    await first.getProject('other');
    await end(first);
    const kept = first.pagesKeptFresh()!;
    expect(kept.map((p) => p.url).sort()).toEqual([`${s.indexUrl}/demo/`, `${s.indexUrl}/other/`]);
    for (const p of kept) expect(p.freshUntil).toBeGreaterThanOrEqual(before + 600_000);

    // the next run reads the stored copies, fresh until the same moments
    const second = run(s);
    await second.getProject('demo');
    await second.getProject('other');
    await second.close();
    expect(second.pagesKeptFresh()!.sort((a, b) => a.url.localeCompare(b.url))).toEqual(kept.sort((a, b) => a.url.localeCompare(b.url)));
  });

  it.each([
    ['a page that must be revalidated each time', { cacheControl: 'no-cache' }, 'demo'],
    ['a page the index does not have', { cacheControl: 'max-age=600' }, 'missing'],
    ['a page that failed', { cacheControl: 'max-age=600', faults: { '/simple/demo/': { status: 500 } } }, 'demo'],
    ['a page not kept at all', { cacheControl: 'no-store' }, 'demo'],
  ])('gives nothing when the client read %s', async (_what, opts, name) => {
    const s = await server({ projects: { demo: [v1], other: [v2] }, ...opts });
    const c = run(s, { retries: 0 });
    await c.getProject('other').catch(() => {});
    await c.getProject(name).catch(() => {});
    await c.close();
    expect(c.pagesKeptFresh()).toBeUndefined();
  });

  it('counts freshness as isFresh does', () => {
    const p: CachedPage = { url: 'u', finalUrl: 'https://i/u', contentType: 'text/html', body: '', storedAt: 1_000_000, initialAge: 30, maxAge: 100 };
    const until = freshUntil(p)!;
    expect(until).toBe(1_070_000);
    expect(isFresh(p, until - 1)).toBe(true);
    expect(isFresh(p, until)).toBe(false);
    const { maxAge: _none, ...always } = p;
    expect(freshUntil(always)).toBeUndefined();
  });
});

describe('what the page cache does not keep', () => {
  it.each(['no-store', 'max-age=600, no-store'])('a page sent with Cache-Control: %s', async (cacheControl) => {
    const s = await server({ cacheControl, projects: { demo: [v1] } });
    const first = run(s);
    await first.getProject('demo');
    await end(first);
    const second = run(s);
    await second.getProject('demo');
    expect(pageRequests(s).map((r) => r.headers['if-none-match'])).toEqual([undefined, undefined]);
    expect(second.stats().pagesFromCache).toBe(0);
  });

  it('a page sent with Vary: *', async () => {
    const s = await server({ cacheControl: 'max-age=600', faults: { '/simple/demo/': { headers: { vary: '*' } } }, projects: { demo: [v1] } });
    await run(s).getProject('demo');
    await end(clients[0]!);
    await run(s).getProject('demo');
    expect(pageRequests(s)).toHaveLength(2);
  });

  it('a page fetched with credentials, unless the index marks it public', async () => {
    const auth = { username: 'u', password: 'secret-pw' };
    const s = await server({ auth, cacheControl: 'max-age=600', projects: { demo: [v1] } });
    const credentials = { [s.url]: 'u:secret-pw' };
    await run(s, { credentials }).getProject('demo');
    await end(clients[0]!);
    await run(s, { credentials }).getProject('demo');
    expect(pageRequests(s)).toHaveLength(2);

    s.update({ cacheControl: 'max-age=600, public' });
    await run(s, { credentials }).getProject('demo');
    await end(clients[2]!);
    const last = run(s, { credentials });
    await last.getProject('demo');
    expect(pageRequests(s)).toHaveLength(3);
    expect(last.stats().pagesFromCache).toBe(1);
    // nothing on disk holds the password
    const files = readdirSync(dir, { recursive: true }) as string[];
    for (const f of files) {
      const p = join(dir, f);
      if (statSync(p).isFile()) expect(readFileSync(p, 'latin1')).not.toContain('secret-pw');
    }
  });

  it('a project the index no longer has', async () => {
    const s = await server({ projects: { demo: [v1] } });
    await run(s).getProject('demo');
    await end(clients[0]!);
    s.update({ projects: {} });
    await expect(run(s).getProject('demo')).rejects.toThrow('was not found');
    await end(clients[1]!);
    s.update({ projects: { demo: [v1] } });
    await run(s).getProject('demo');
    // the third run asks without validators: the entry was dropped after the 404
    expect(pageRequests(s).map((r) => r.headers['if-none-match'] !== undefined)).toEqual([false, true, false]);
  });
});

describe('a damaged page cache', () => {
  it('is asked anew, never trusted', async () => {
    const s = await server({ cacheControl: 'max-age=600', projects: { demo: [v1] } });
    await run(s).getProject('demo');
    await end(clients[0]!);
    const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
    for (const f of walk(dir)) writeFileSync(f, 'garbage');
    const page = await run(s).getProject('demo');
    expect(page.files.map((f) => f.filename)).toEqual([v1.filename]);
    expect(pageRequests(s)).toHaveLength(2);
  });

  it('with a stored page that no longer parses, is asked anew without validators', async () => {
    const s = await server({ cacheControl: 'max-age=600', projects: { demo: [v1] } });
    const disk = new DiskCache(dir);
    const store = new DiskPageStore(disk);
    const url = `${s.indexUrl}/demo/`;
    await store.put({ url, finalUrl: url, contentType: 'application/vnd.pypi.simple.v1+json', body: '{"not": "a page"', storedAt: Date.now(), initialAge: 0, maxAge: 600, etag: '"x"' });
    await disk.flush();
    const page = await run(s).getProject('demo');
    expect(page.files.map((f) => f.filename)).toEqual([v1.filename]);
    expect(pageRequests(s).map((r) => r.headers['if-none-match'])).toEqual([undefined]);
  });
});

describe('HTTP caching rules', () => {
  const now = Date.UTC(2025, 0, 1, 12, 0, 0);
  const date = new Date(now).toUTCString();

  it('parses Cache-Control directives, quoted values included', () => {
    const cc = parseCacheControl('Max-Age=600, public, no-cache="set-cookie, x", s-maxage = 30');
    expect(cc.get('max-age')).toBe('600');
    expect(cc.get('public')).toBe(true);
    expect(cc.get('no-cache')).toBe('set-cookie, x');
    expect(cc.get('s-maxage')).toBe('30');
    expect(parseCacheControl(undefined).size).toBe(0);
    expect(parseCacheControl('max-age=1, max-age=999').get('max-age')).toBe('1');
  });

  it.each([
    [{ 'cache-control': 'max-age=600' }, { storable: true, maxAge: 600, initialAge: 0 }],
    [{ 'cache-control': 'max-age=600', age: '120' }, { storable: true, maxAge: 600, initialAge: 120 }],
    [{ 'cache-control': 'max-age=600', date: new Date(now - 30_000).toUTCString() }, { storable: true, maxAge: 600, initialAge: 30 }],
    [{ 'cache-control': 'max-age=-5', etag: '"e"' }, { storable: true, maxAge: 0 }],
    [{ 'cache-control': 'max-age=abc' }, { storable: false, maxAge: 0 }],
    [{ 'cache-control': 'no-cache, max-age=600', etag: '"e"' }, { storable: true, maxAge: undefined }],
    [{ expires: new Date(now + 300_000).toUTCString(), date }, { storable: true, maxAge: 300 }],
    [{ expires: '0', date, 'last-modified': date }, { storable: true, maxAge: 0 }],
    [{}, { storable: false, maxAge: undefined }],
    [{ etag: '"e"' }, { storable: true, maxAge: undefined }],
    [{ 'cache-control': 'max-age=600, no-store' }, { storable: false }],
    [{ 'cache-control': 'max-age=600', vary: 'Accept, *' }, { storable: false }],
  ])('reads %j as %j', (headers, expected) => {
    const meta = responseMeta(headers, now, false);
    const { maxAge, ...rest } = expected as { maxAge?: number; storable: boolean };
    expect(meta).toMatchObject(rest);
    if ('maxAge' in expected) expect(meta.maxAge).toBe(maxAge);
  });

  it('keeps a credentialed response only when it is public', () => {
    expect(responseMeta({ 'cache-control': 'max-age=600' }, now, true).storable).toBe(false);
    expect(responseMeta({ 'cache-control': 'max-age=600, public' }, now, true).storable).toBe(true);
  });

  const page = (over: Partial<CachedPage> = {}): CachedPage => ({
    url: 'https://i/simple/a/',
    finalUrl: 'https://i/simple/a/',
    contentType: 'text/html',
    body: '',
    storedAt: now,
    initialAge: 100,
    maxAge: 600,
    etag: '"e1"',
    lastModified: date,
    ...over,
  });

  it('counts freshness from the age the page arrived with', () => {
    expect(currentAge(page(), now + 50_000)).toBe(150);
    expect(isFresh(page(), now + 499_000)).toBe(true);
    expect(isFresh(page(), now + 500_000)).toBe(false);
    expect(isFresh(page({ maxAge: undefined }), now)).toBe(false);
    // a clock that went backwards does not make a page fresh
    expect(isFresh(page(), now - 1000)).toBe(false);
  });

  it('asks with both validators, and a 304 renews the page', () => {
    expect(conditionalHeaders(page())).toEqual({ 'if-none-match': '"e1"', 'if-modified-since': date });
    expect(conditionalHeaders(page({ etag: undefined, lastModified: undefined }))).toEqual({});
    const renewed = revalidated(page(), { 'cache-control': 'max-age=60', etag: '"e2"' }, now + 1_000_000);
    expect(renewed).toMatchObject({ storedAt: now + 1_000_000, maxAge: 60, etag: '"e2"', lastModified: date, initialAge: 0 });
    // a 304 without caching headers keeps the stored freshness rule
    expect(revalidated(page(), {}, now + 5).maxAge).toBe(600);
    expect(revalidated(page(), { 'cache-control': 'no-cache' }, now + 5).maxAge).toBeUndefined();
  });
});
