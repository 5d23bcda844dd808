// The advisory lookup against a fake OSV service on 127.0.0.1: batches of at most 1000, pages
// followed per query, only MAL- records read, retries on 5xx with Retry-After, timeouts and bad
// answers leaving packages unchecked, credentials bound to the service's origin, and the cache.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { IndexClient } from '../src/index/client.js';
import { lookup, pairKey, type LookupOptions, type Pair } from '../src/advisories/lookup.js';
import { markMalicious, pairsOf } from '../src/advisories/mark.js';
import { AdvisoryCheck, checkAdvisories } from '../src/advisories/index.js';
import { parseBatch, parseRecord, recordLink } from '../src/advisories/osv.js';
import { AdvisoryStore, ANSWER_TTL_MS } from '../src/cache/advisories.js';
import { DiskCache } from '../src/cache/disk.js';
import { ConfigError, parseAdvisories, parseFailOn, resolveOptions } from '../src/options.js';
import { parseConfig } from '../src/config.js';
import type { Verdict } from '../src/types.js';
import { malwareRecord, startOsvServer, type OsvServer } from './helpers/osv-server.js';

const EVIL = malwareRecord('MAL-2026-101', 'evil-wheel', ['1.0']);
const EVIL_TOO = malwareRecord('MAL-2026-102', 'evil_wheel', ['1.0'], 'Second report of the same package');
const VULN = { id: 'PYSEC-2026-7', summary: 'A denial of service', modified: '2026-01-01T00:00:00Z', affected: [{ package: { ecosystem: 'PyPI', name: 'requests' }, versions: ['2.0'] }] };

function client(opts: { timeoutMs?: number; retries?: number; indexUrl?: string; credentials?: Record<string, string> } = {}): IndexClient {
  return new IndexClient({ indexUrl: opts.indexUrl ?? 'http://127.0.0.1:9/', timeoutMs: opts.timeoutMs ?? 5000, retries: opts.retries ?? 2, backoffMs: 1, credentials: opts.credentials });
}

describe('OSV answers', () => {
  it('reads a batch answer: empty results, missing vulns, both spellings of the page token', () => {
    expect(parseBatch({ results: [{}, { vulns: [{ id: 'MAL-1', modified: 'x' }], next_page_token: 't1' }, { vulns: [], nextPageToken: 't2' }] }, 3)).toEqual([
      { records: [] },
      { records: [{ id: 'MAL-1', modified: 'x' }], nextPageToken: 't1' },
      { records: [], nextPageToken: 't2' },
    ]);
    expect(parseBatch({}, 0)).toEqual([]);
  });

  it('rejects an answer that does not match the questions', () => {
    expect(() => parseBatch([], 1)).toThrow(/not a JSON object/);
    expect(() => parseBatch({ results: [{}] }, 2)).toThrow(/1 results for 2 queries/);
    expect(() => parseBatch({ results: [{ vulns: [{ modified: 'x' }] }] }, 1)).toThrow(/no id/);
    expect(() => parseBatch({ results: [{ vulns: {} }] }, 1)).toThrow(/not a list/);
    expect(() => parseBatch({ results: [{ next_page_token: 3 }] }, 1)).toThrow(/page token/);
    expect(() => parseBatch({ results: [{ vulns: [{ id: 'MAL-' + 'x'.repeat(200) }] }] }, 1)).toThrow(/is not a record id/);
    expect(() => parseBatch({ results: [{ vulns: [{ id: 'MAL-1\n[link](https://x)' }] }] }, 1)).toThrow(/is not a record id/);
  });

  it('reads a record, its summary (or the first line of its details) and whether it is withdrawn', () => {
    expect(parseRecord({ id: 'MAL-1', summary: 'Malicious code in x (PyPI)', modified: 'm' }, 'MAL-1')).toEqual({ id: 'MAL-1', summary: 'Malicious code in x (PyPI)', modified: 'm' });
    expect(parseRecord({ id: 'MAL-1', details: 'first line\nsecond' }, 'MAL-1')).toEqual({ id: 'MAL-1', summary: 'first line' });
    expect(parseRecord({ id: 'MAL-1', withdrawn: '2026-01-01T00:00:00Z' }, 'MAL-1').withdrawn).toBe('2026-01-01T00:00:00Z');
    expect(() => parseRecord({ id: 'MAL-2' }, 'MAL-1')).toThrow(/not MAL-1/);
  });

  it('links to osv.dev for the public service and to the record itself elsewhere', () => {
    expect(recordLink('https://api.osv.dev', 'MAL-2026-1')).toBe('https://osv.dev/vulnerability/MAL-2026-1');
    expect(recordLink('https://osv.mirror.example/api', 'MAL-2026-1')).toBe('https://osv.mirror.example/api/v1/vulns/MAL-2026-1');
  });
});

describe('the advisories setting and the gate', () => {
  it('takes osv, off or an http(s) URL, and nothing else', () => {
    expect(parseAdvisories('osv')).toBe('https://api.osv.dev');
    expect(parseAdvisories('off')).toBeUndefined();
    expect(parseAdvisories('https://osv.mirror.example/api/')).toBe('https://osv.mirror.example/api');
    expect(() => parseAdvisories('on')).toThrow(ConfigError);
    expect(() => parseAdvisories('ftp://osv.example')).toThrow(/not osv, off or an http\(s\) URL/);
  });

  it('takes the flag or input, then the configuration file, then SDIST_GUARD_ADVISORIES, then osv', () => {
    const config = { path: 'sdist-guard.toml', label: 'sdist-guard.toml', allow: [], advisories: 'https://mirror.example/osv' };
    const env = { SDIST_GUARD_ADVISORIES: 'off' };
    expect(resolveOptions({ root: '/r', paths: [], env: {} }).advisories).toBe('https://api.osv.dev');
    expect(resolveOptions({ root: '/r', paths: [], env }).advisories).toBeUndefined();
    expect(resolveOptions({ root: '/r', paths: [], env, config }).advisories).toBe('https://mirror.example/osv');
    expect(resolveOptions({ root: '/r', paths: [], env, config, advisories: 'osv' }).advisories).toBe('https://api.osv.dev');
    expect(() => resolveOptions({ root: '/r', paths: [], env: { SDIST_GUARD_ADVISORIES: 'maybe' } })).toThrow(/^SDIST_GUARD_ADVISORIES: "maybe" is not osv, off/);
  });

  it('gates on malicious by default and wherever suspicious gates', () => {
    expect(resolveOptions({ root: '/r', paths: [], env: {} }).failOn).toEqual(['malicious', 'suspicious', 'unresolved']);
    expect(parseFailOn('suspicious')).toEqual(['malicious', 'suspicious']);
    expect(parseFailOn('malicious')).toEqual(['malicious']);
    expect(parseFailOn('sdist')).toEqual(['sdist']);
    expect(parseFailOn('none')).toEqual([]);
  });

  it('reads advisories from the configuration file, naming the line of a bad value', () => {
    expect(parseConfig('advisories = "off"\n', 'sdist-guard.toml', 'top')?.advisories).toBe('off');
    expect(() => parseConfig('fail-on = "suspicious"\nadvisories = "sometimes"\n', 'sdist-guard.toml', 'top')).toThrow(/sdist-guard\.toml:2: advisories: "sometimes" is not osv, off/);
    expect(() => parseConfig('advisories = 1\n', 'sdist-guard.toml', 'top')).toThrow(/advisories must be a string/);
  });
});

/** A verdict that installs `version` of `name` as a wheel on one target. */
const verdict = (name: string, version: string): Verdict => ({
  name,
  version,
  status: 'wheel',
  reason: '',
  sources: [],
  targets: [{ python: '3.12', platform: 'linux', kind: 'wheel', version, reason: '' }],
  findings: [],
  limits: [],
});

describe('lookup against a fake OSV service', () => {
  let osv: OsvServer;
  beforeEach(async () => {
    osv = await startOsvServer({ records: [EVIL, EVIL_TOO, VULN] });
  });
  afterEach(async () => {
    await osv.close();
  });

  const run = async (pairs: Pair[], extra: Partial<LookupOptions> & { timeoutMs?: number; retries?: number } = {}) => {
    const c = extra.client ?? client({ timeoutMs: extra.timeoutMs, retries: extra.retries });
    try {
      return await lookup({ client: c, server: extra.server ?? osv.url, ...(extra.store ? { store: extra.store } : {}) }, pairs);
    } finally {
      await c.close();
    }
  };
  const batches = () => osv.requests.filter((r) => r.path === '/v1/querybatch');
  const reads = () => osv.requests.filter((r) => r.path.startsWith('/v1/vulns/')).map((r) => decodeURIComponent(r.path.slice('/v1/vulns/'.length)));

  it('asks once per name and version, reads only the malware records, and reports none for vulnerabilities', async () => {
    const r = await run([
      { name: 'evil-wheel', version: '1.0' },
      { name: 'evil-wheel', version: '1.0' },
      { name: 'evil-wheel', version: '2.0' },
      { name: 'requests', version: '2.0' },
    ]);
    expect(batches()).toHaveLength(1);
    expect(batches()[0]!.body!.queries).toEqual([
      { package: { ecosystem: 'PyPI', name: 'evil-wheel' }, version: '1.0' },
      { package: { ecosystem: 'PyPI', name: 'evil-wheel' }, version: '2.0' },
      { package: { ecosystem: 'PyPI', name: 'requests' }, version: '2.0' },
    ]);
    expect(batches()[0]!.headers['content-type']).toBe('application/json');
    expect(reads().sort()).toEqual(['MAL-2026-101', 'MAL-2026-102']);
    expect(r.checked).toBe(3);
    expect(r.unchecked).toEqual([]);
    expect(r.malware.get(pairKey({ name: 'evil-wheel', version: '1.0' }))!.map((m) => [m.id, m.summary])).toEqual([
      ['MAL-2026-101', 'Malicious code in evil-wheel (PyPI)'],
      ['MAL-2026-102', 'Second report of the same package'],
    ]);
    expect(r.malware.has(pairKey({ name: 'requests', version: '2.0' }))).toBe(false);
    expect(r.malware.has(pairKey({ name: 'evil-wheel', version: '2.0' }))).toBe(false);
  });

  it('follows next_page_token for the queries that have more, and only those', async () => {
    osv.update({ pageSize: 1 });
    const r = await run([
      { name: 'evil-wheel', version: '1.0' },
      { name: 'requests', version: '2.0' },
      { name: 'clean', version: '1.0' },
    ]);
    expect(batches().map((b) => b.body!.queries.map((q) => [q.package.name, q.page_token ?? null]))).toEqual([
      [
        ['evil-wheel', null],
        ['requests', null],
        ['clean', null],
      ],
      [['evil-wheel', 'page:1']],
    ]);
    expect(r.malware.get(pairKey({ name: 'evil-wheel', version: '1.0' }))!.map((m) => m.id)).toEqual(['MAL-2026-101', 'MAL-2026-102']);
  });

  it('splits more than 1000 package versions into batches the service accepts', async () => {
    const pairs = Array.from({ length: 2001 }, (_, i) => ({ name: `pkg${i}`, version: '1.0' }));
    pairs[2000] = { name: 'evil-wheel', version: '1.0' };
    const r = await run(pairs);
    expect(batches().map((b) => b.body!.queries.length).sort((a, b) => a - b)).toEqual([1, 1000, 1000]);
    expect(r.checked).toBe(2001);
    expect(r.unchecked).toEqual([]);
    expect(r.malware.size).toBe(1);
  });

  it('retries a 5xx answer after the Retry-After the service asks for', async () => {
    osv.update({ faults: { batch: { status: 503, retryAfter: '0', times: 2 } } });
    const r = await run([{ name: 'evil-wheel', version: '1.0' }]);
    expect(batches()).toHaveLength(3);
    expect(r.unchecked).toEqual([]);
    expect(r.malware.size).toBe(1);
  });

  it('leaves the packages unchecked, saying why, when the service keeps failing', async () => {
    osv.update({ faults: { batch: { status: 500 } } });
    const r = await run([{ name: 'evil-wheel', version: '1.0' }, { name: 'clean', version: '1.0' }], { retries: 1 });
    expect(batches()).toHaveLength(2);
    expect(r.checked).toBe(0);
    expect(r.unchecked).toHaveLength(2);
    expect(r.error).toMatch(/500 Internal Server Error from http:\/\/127\.0\.0\.1:\d+\/v1\/querybatch \(gave up after 2 attempts\)/);
    expect(r.malware.size).toBe(0);
  });

  it('leaves the packages unchecked when the service does not answer in time', async () => {
    osv.update({ faults: { batch: { hang: true } } });
    const r = await run([{ name: 'evil-wheel', version: '1.0' }], { timeoutMs: 300, retries: 0 });
    expect(r.unchecked).toHaveLength(1);
    expect(r.error).toMatch(/timed out after 300 ms/);
  });

  it('leaves the packages unchecked when the answer is not an OSV batch answer', async () => {
    osv.update({ faults: { batch: { status: 200, body: '{"results": [{}, {}]}' } } });
    const r = await run([{ name: 'evil-wheel', version: '1.0' }]);
    expect(r.unchecked).toHaveLength(1);
    expect(r.error).toMatch(/is not an OSV batch answer: 2 results for 1 queries/);
  });

  it('follows a 307 with the same POST, and refuses a redirect that would turn it into a GET', async () => {
    osv.update({ faults: { batch: { status: 307, location: '/moved/v1/querybatch' } } });
    const kept = await run([{ name: 'evil-wheel', version: '1.0' }]);
    expect(kept.unchecked).toEqual([]);
    expect(kept.malware.size).toBe(1);
    const moved = osv.requests.find((r) => r.path === '/moved/v1/querybatch')!;
    expect(moved.method).toBe('POST');
    expect(moved.body!.queries).toHaveLength(1);

    osv.requests.length = 0;
    osv.update({ faults: { batch: { status: 302, location: '/moved/v1/querybatch' } } });
    const refused = await run([{ name: 'evil-wheel', version: '1.0' }]);
    expect(refused.unchecked).toHaveLength(1);
    expect(refused.error).toMatch(/302 Found from http:\/\/127\.0\.0\.1:\d+\/v1\/querybatch would turn the POST into a GET/);
    expect(osv.requests.some((r) => r.path.startsWith('/moved/'))).toBe(false);
  });

  it('ends with the scan’s deadline, leaving every version unchecked and saying why', async () => {
    osv.update({ faults: { batch: { hang: true } } });
    const opts = resolveOptions({ root: '/r', paths: [], env: {}, advisories: osv.url, deadlineMs: 5000 });
    const v: Verdict = { name: 'evil-wheel', version: '1.0', status: 'wheel', reason: '', sources: [], targets: [{ python: '3.12', platform: 'linux', kind: 'wheel', version: '1.0', reason: '' }], findings: [], limits: [] };
    // a scan that began 6 s ago is past its 5 s deadline
    const out = await checkAdvisories([v], opts, undefined, Date.now() - 6000);
    expect(out.verdicts[0]!.status).toBe('wheel');
    expect(out.report).toMatchObject({ checked: 0, unchecked: 1, malicious: 0 });
    expect(out.report.error).toMatch(/deadline of 5 s passed/);
    expect(out.diagnostics[0]!.message).toMatch(/^not checked against advisories: 1 package version of 1 could not be checked/);
  });

  it('asks about each version once however many lots name it, reads each record once, and marks what finish is given', async () => {
    const opts = resolveOptions({ root: '/r', paths: [], env: {}, advisories: osv.url });
    const check = new AdvisoryCheck(opts);
    check.ask([{ name: 'evil-wheel', version: '1.0' }, { name: 'requests', version: '2.0' }]);
    // asked again, and with one new pair: only the new one goes out
    check.ask([{ name: 'evil-wheel', version: '1.0' }, { name: 'other', version: '3.0' }]);
    const out = await check.finish([verdict('evil-wheel', '1.0'), verdict('requests', '2.0'), verdict('other', '3.0'), verdict('late', '0.1')]);
    // the lots go out side by side, in no set order
    const batches = osv.requests.filter((r) => r.path.endsWith('/v1/querybatch')).map((r) => r.body!.queries.map((q) => q.package.name).join(' '));
    expect(batches.sort()).toEqual(['evil-wheel requests', 'late', 'other']);
    expect(osv.requests.filter((r) => r.path.includes('/v1/vulns/')).map((r) => r.path).sort()).toEqual(['/v1/vulns/MAL-2026-101', '/v1/vulns/MAL-2026-102']);
    expect(out.verdicts.map((v) => v.status)).toEqual(['malicious', 'wheel', 'wheel', 'wheel']);
    expect(out.report).toMatchObject({ checked: 4, unchecked: 0, malicious: 1, requests: 5 });
  });

  it('asks about what is picked before the scan ends, many picks in one request, and counts only what is installed', async () => {
    const opts = resolveOptions({ root: '/r', paths: [], env: {}, advisories: osv.url });
    const batches = () => osv.requests.filter((r) => r.path.endsWith('/v1/querybatch')).map((r) => r.body!.queries.map((q) => q.package.name));
    const check = new AdvisoryCheck(opts);
    // gathered, then asked about without waiting for finish
    check.soon([{ name: 'evil-wheel', version: '1.0' }]);
    check.soon([{ name: 'replaced', version: '0.9' }]);
    while (batches().length === 0) await new Promise((r) => setTimeout(r, 5));
    expect(batches()).toEqual([['evil-wheel', 'replaced']]);
    // enough at once are asked about at once, in one request
    const many = Array.from({ length: 200 }, (_, i) => ({ name: `pkg-${i}`, version: '1.0' }));
    check.soon(many);
    // a pick replaced later (0.9 is not installed) is neither checked nor unchecked
    const out = await check.finish([verdict('evil-wheel', '1.0'), verdict('replaced', '1.0')]);
    // the lots go out side by side, in no set order: the picks, the 200, and what only finish named
    expect(batches().map((b) => b.length).sort((a, b) => a - b)).toEqual([1, 2, 200]);
    expect(out.verdicts.map((v) => v.status)).toEqual(['malicious', 'wheel']);
    expect(out.report).toMatchObject({ checked: 2, unchecked: 0, malicious: 1 });
  });

  it('still counts a malware record whose text cannot be read, without its summary', async () => {
    osv.update({ faults: { vulns: { status: 404 } } });
    const r = await run([{ name: 'evil-wheel', version: '1.0' }]);
    expect(r.malware.get(pairKey({ name: 'evil-wheel', version: '1.0' }))!.map((m) => [m.id, m.summary])).toEqual([
      ['MAL-2026-101', undefined],
      ['MAL-2026-102', undefined],
    ]);
    expect(r.unreadable.map((u) => u.id).sort()).toEqual(['MAL-2026-101', 'MAL-2026-102']);
    expect(r.unreadable[0]!.error).toMatch(/404/);
  });

  it('does not count a withdrawn record', async () => {
    osv.update({ records: [{ ...EVIL, withdrawn: '2026-11-03T00:00:00Z' }] });
    const r = await run([{ name: 'evil-wheel', version: '1.0' }]);
    expect(r.malware.size).toBe(0);
  });

  it('sends credentials to the service’s own origin only', async () => {
    osv.update({ auth: { username: '__token__', password: 'osv-secret-token' } });
    const withAuth = client({ indexUrl: `http://__token__:osv-secret-token@${new URL(osv.url).host}/` });
    const r = await run([{ name: 'evil-wheel', version: '1.0' }], { client: withAuth });
    expect(r.malware.size).toBe(1);
    expect(osv.requests.every((q) => q.headers.authorization === 'Basic ' + Buffer.from('__token__:osv-secret-token').toString('base64'))).toBe(true);
    osv.requests.length = 0;
    const other = client({ credentials: { 'other.example': 'someone:else' } });
    const refused = await run([{ name: 'evil-wheel', version: '1.0' }], { client: other, retries: 0 });
    expect(osv.requests.some((q) => q.headers.authorization !== undefined)).toBe(false);
    expect(refused.error).toMatch(/401/);
  });
});

describe('advisory answers in the cache', () => {
  let osv: OsvServer;
  let dir: string;
  beforeEach(async () => {
    osv = await startOsvServer({ records: [EVIL] });
    dir = mkdtempSync(join(tmpdir(), 'sdist-guard-advisory-cache-'));
  });
  afterEach(async () => {
    await osv.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const runWith = async (now: number) => {
    const disk = new DiskCache(dir, { now: () => now });
    const c = client();
    try {
      return await lookup({ client: c, server: osv.url, store: new AdvisoryStore(disk, () => now) }, [
        { name: 'evil-wheel', version: '1.0' },
        { name: 'clean', version: '1.0' },
      ]);
    } finally {
      await c.close();
      await disk.flush();
    }
  };

  it('answers from the cache within the hour, and asks again after it', async () => {
    const t0 = Date.UTC(2026, 11, 7, 8, 0, 0);
    const first = await runWith(t0);
    expect(first.fromCache).toBe(0);
    expect(osv.requests.map((r) => r.path)).toEqual(['/v1/querybatch', '/v1/vulns/MAL-2026-101']);

    const second = await runWith(t0 + ANSWER_TTL_MS - 1000);
    expect(second.fromCache).toBe(2);
    expect(second.malware.get(pairKey({ name: 'evil-wheel', version: '1.0' }))!.map((m) => [m.id, m.summary])).toEqual([['MAL-2026-101', 'Malicious code in evil-wheel (PyPI)']]);
    expect(osv.requests).toHaveLength(2);

    // past the hour the answers are asked for again; the record, unchanged, is not read again
    const third = await runWith(t0 + ANSWER_TTL_MS + 1000);
    expect(third.fromCache).toBe(0);
    expect(osv.requests.map((r) => r.path)).toEqual(['/v1/querybatch', '/v1/vulns/MAL-2026-101', '/v1/querybatch']);
    expect(third.malware.size).toBe(1);
  });

  it('reads a record again once its modified time changes', async () => {
    const t0 = Date.UTC(2026, 11, 7, 8, 0, 0);
    await runWith(t0);
    osv.update({ records: [{ ...EVIL, modified: '2026-12-01T00:00:00Z', summary: 'Updated: steals tokens' }] });
    const later = await runWith(t0 + ANSWER_TTL_MS + 1000);
    expect(osv.requests.filter((r) => r.path.startsWith('/v1/vulns/'))).toHaveLength(2);
    expect(later.malware.get(pairKey({ name: 'evil-wheel', version: '1.0' }))![0]!.summary).toBe('Updated: steals tokens');
  });

  it('keeps no answer that failed', async () => {
    const t0 = Date.UTC(2026, 11, 7, 8, 0, 0);
    osv.update({ faults: { batch: { status: 400 } } });
    const failed = await runWith(t0);
    expect(failed.unchecked).toHaveLength(2);
    osv.update({ faults: {} });
    const next = await runWith(t0 + 1000);
    expect(next.fromCache).toBe(0);
    expect(next.malware.size).toBe(1);
  });
});

describe('marking verdicts', () => {
  const verdict = (targets: Verdict['targets']): Verdict => ({ name: 'Evil_Wheel', version: '2.0', status: 'wheel', reason: 'a wheel fits', sources: [], targets, findings: [], limits: [] });
  const malware = new Map([[pairKey({ name: 'evil-wheel', version: '1.0' }), [{ id: 'MAL-2026-101', summary: 'Malicious code', modified: 'm' }]]]);

  it('asks for the version each target installs, wheel or sdist, and not for targets that install nothing', () => {
    const v = verdict([
      { python: '3.12', platform: 'linux', kind: 'wheel', version: '1.0', reason: '' },
      { python: '3.9', platform: 'linux', kind: 'sdist', version: '0.9', reason: '' },
      { python: '3.8', platform: 'linux', kind: 'none', version: '0.1', reason: '' },
      { python: '3.7', platform: 'linux', kind: 'none', reason: 'skipped' },
    ]);
    expect(pairsOf(v)).toEqual([
      { name: 'evil-wheel', version: '1.0' },
      { name: 'evil-wheel', version: '0.9' },
    ]);
  });

  it('makes a verdict malicious on the targets a record names, with the advisory, its summary and its link', () => {
    const v = markMalicious(
      verdict([
        { python: '3.12', platform: 'linux', kind: 'wheel', version: '1.0', reason: '' },
        { python: '3.9', platform: 'linux', kind: 'wheel', version: '0.9', reason: '' },
      ]),
      malware,
      'https://api.osv.dev',
    );
    expect(v.status).toBe('malicious');
    expect(v.version).toBe('1.0');
    expect(v.advisories).toEqual([{ id: 'MAL-2026-101', summary: 'Malicious code', url: 'https://osv.dev/vulnerability/MAL-2026-101', version: '1.0', modified: 'm' }]);
    expect(v.reason).toBe('Evil_Wheel 1.0 is known malware: MAL-2026-101 (Malicious code), https://osv.dev/vulnerability/MAL-2026-101 (on 1 of 2 targets)');
  });

  it('leaves a verdict no record names as it was', () => {
    const v = verdict([{ python: '3.12', platform: 'linux', kind: 'wheel', version: '2.0', reason: '' }]);
    expect(markMalicious(v, malware, 'https://api.osv.dev')).toBe(v);
  });
});
