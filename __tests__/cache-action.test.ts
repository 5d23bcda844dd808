// The action's cache: a directory under RUNNER_TEMP that a second run in the job reuses, carried
// between runs by the Actions cache service when there is one. Without the service, or with one
// that fails (a fake on 127.0.0.1 here), the run goes on and only says so.

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { actionRunner } from './helpers/action-runner.js';
import { makeSdist, makeWheel } from './helpers/archives.js';
import { startIndexServer, type IndexServer } from './helpers/index-server.js';
import { makeProject } from './helpers/project.js';
import { cacheKeys, parseCacheInput } from '../src/action-cache.js';
import { ANALYZER_VERSION } from '../src/analysis/index.js';

const runner = actionRunner();
let server: IndexServer;
let project: ReturnType<typeof makeProject>;

beforeAll(async () => {
  server = await startIndexServer({
    projects: { plainpkg: [makeSdist('plainpkg', '2.0')], wheelpkg: [makeWheel('wheelpkg', '1.0')], otherpkg: [makeSdist('otherpkg', '3.0')] },
  });
  project = makeProject({ 'requirements.txt': 'plainpkg==2.0\nwheelpkg==1.0\n' });
});
afterAll(async () => {
  await server.close();
  project.cleanup();
  runner.cleanup();
});

const sdistDownloads = () => server.requests.filter((r) => r.path.endsWith('.tar.gz')).length;
const inputs = (extra: Record<string, string> = {}) => ({ 'index-url': server.indexUrl, 'github-token': '', ...extra });

/** Where the runner helper points RUNNER_TEMP: the cache directory is inside it. */
function cacheDirOf(stdout: string): string | undefined {
  return /sdist-guard: cache kept in (\S+)/.exec(stdout)?.[1];
}

describe('the action cache', () => {
  it('without a cache service: keeps the cache for the job, says so, and a second run downloads nothing', async () => {
    const before = sdistDownloads();
    const first = await runner.runAction(inputs(), project.dir);
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain('the Actions cache service is not available to this run');
    expect(first.stdout).not.toContain('::warning::');
    expect(sdistDownloads()).toBe(before + 1);
    const dir = cacheDirOf(first.stdout)!;
    expect(dir).toMatch(/sdist-guard-cache$/);
    expect(readdirSync(join(dir, 'v2')).filter((n) => n.endsWith('.pack'))).toHaveLength(1);

    const second = await runner.runAction(inputs(), project.dir);
    expect(second.exitCode).toBe(0);
    expect(sdistDownloads()).toBe(before + 1);
    expect(second.stdout).toContain('sdist-guard: cache: 1 analyses reused');
    expect(second.outputs['sdist-count']).toBe(first.outputs['sdist-count']);
  });

  it('says when a run used the decisions of an earlier one, the index pages it read being still fresh', async () => {
    // an index of its own, whose pages stay fresh for ten minutes
    const fresh = await startIndexServer({ projects: { freshpkg: [makeSdist('freshpkg', '1.0')], wheelpkg: [makeWheel('wheelpkg', '1.0')] }, cacheControl: 'max-age=600' });
    const project = makeProject({ 'requirements.txt': 'freshpkg==1.0\nwheelpkg==1.0\n' });
    try {
      const inputsHere = { 'index-url': fresh.indexUrl, 'github-token': '' };
      const first = await runner.runAction(inputsHere, project.dir);
      expect(first.stdout).not.toContain('decisions of the scan');
      const asked = fresh.requests.length;
      const second = await runner.runAction(inputsHere, project.dir);
      expect(fresh.requests.length).toBe(asked);
      expect(second.stdout).toMatch(/sdist-guard: cache: the decisions of the scan of \d{4}-\d\d-\d\dT[\d:.]+Z reused/);
      expect(second.outputs).toEqual(first.outputs);
    } finally {
      project.cleanup();
      await fresh.close();
    }
  });

  it('with cache: false keeps nothing', async () => {
    const before = sdistDownloads();
    const r = await runner.runAction(inputs({ cache: 'false' }), project.dir);
    expect(r.exitCode).toBe(0);
    expect(cacheDirOf(r.stdout)).toBeUndefined();
    expect(sdistDownloads()).toBe(before + 1);
  });

  it('refuses a cache input that is not a boolean', async () => {
    const r = await runner.runAction(inputs({ cache: 'sometimes' }), project.dir);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('cache: "sometimes" is not a boolean');
  });

  describe('with a cache service that fails', () => {
    let fake: Server;
    const seen: string[] = [];
    beforeAll(async () => {
      fake = createServer((req: IncomingMessage, res) => {
        seen.push(`${req.method} ${req.url}`);
        req.resume();
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"message":"no cache for you"}');
      });
      await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => fake.close(() => resolve()));
    });

    it('warns, and the scan and its verdict are unaffected', async () => {
      const url = `http://127.0.0.1:${(fake.address() as AddressInfo).port}/`;
      // a project the job has not scanned yet, so the run has something new to save
      const fresh = makeProject({ 'requirements.txt': 'otherpkg==3.0\n' });
      let r;
      try {
        r = await runner.runAction(inputs(), fresh.dir, { ACTIONS_CACHE_URL: url, ACTIONS_RUNTIME_TOKEN: 'test-token', GITHUB_RUN_ID: '42' });
      } finally {
        fresh.cleanup();
      }
      expect(r.exitCode).toBe(0);
      expect(r.outputs.status).toBe('pass');
      // both the restore and the save went to the fake, on 127.0.0.1, and failed there
      expect(seen.some((s) => s.startsWith('GET /_apis/artifactcache/cache?'))).toBe(true);
      expect(seen).toContain('POST /_apis/artifactcache/caches');
      expect(r.stdout).toMatch(/::warning::.*restore/i);
      expect(r.stdout).toMatch(/::warning::.*save/i);
      expect(r.stdout).not.toContain('::error::');
    });
  });
});

describe('cache keys and input', () => {
  it('names the runner OS and the analyzer version, one key per run and attempt, restored by prefix', () => {
    const k = cacheKeys({ RUNNER_OS: 'Linux', GITHUB_RUN_ID: '123', GITHUB_RUN_ATTEMPT: '2' });
    expect(k.key).toBe(`sdist-guard-cache-v1-linux-analyzer-${ANALYZER_VERSION}-123-2`);
    expect(k.restoreKeys).toEqual([`sdist-guard-cache-v1-linux-analyzer-${ANALYZER_VERSION}-`]);
    expect(k.key.startsWith(k.restoreKeys[0]!)).toBe(true);
  });

  it.each([
    ['', true],
    ['true', true],
    ['True', true],
    ['FALSE', false],
    ['false', false],
  ])('reads %j as %s', (value, expected) => {
    expect(parseCacheInput(value)).toBe(expected);
  });

  it.each(['yes', '1', 'tru'])('refuses %j', (value) => {
    expect(() => parseCacheInput(value)).toThrow(`cache: "${value}" is not a boolean: expected true or false`);
  });
});
