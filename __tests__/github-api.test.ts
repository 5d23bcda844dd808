// The GitHub room against a real HTTP server on 127.0.0.1 standing in for the REST API, and real
// git repositories made in temporary directories.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { annotationsOf, startGitHubApi, type GitHubApi } from './helpers/github-api.js';
import { describeError, githubClient, httpStatus } from '../src/github/client.js';
import { findComment, writeComment } from '../src/github/comment.js';
import { publishCheckRun, toCheckAnnotations } from '../src/github/check-run.js';
import { apiBaseFiles, baseFilesFor, gitBaseFiles } from '../src/github/base-files.js';
import { readRunContext } from '../src/github/event.js';
import { COMMENT_MARKER } from '../src/report/comment.js';
import type { Annotation } from '../src/report/annotations.js';

const repo = { owner: 'octo', repo: 'app' };
const BASE = 'a'.repeat(40);

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();
}

describe('pull request comments', () => {
  let api: GitHubApi;
  afterEach(async () => {
    await api.close();
  });

  it('finds the marked comment on a later page of a long conversation', async () => {
    const others: Array<{ body: string; login?: string }> = Array.from({ length: 230 }, (_, i) => ({ body: `comment ${i}` }));
    others.splice(205, 0, { body: `${COMMENT_MARKER}\nold report`, login: 'github-actions[bot]' });
    api = await startGitHubApi({ comments: { 7: others } });
    const client = githubClient('test-token', api.url);
    const found = await findComment(client, repo, 7);
    expect(found?.body).toBe(`${COMMENT_MARKER}\nold report`);
    const pages = api.requests.filter((r) => r.path === '/repos/octo/app/issues/7/comments').map((r) => r.query.page ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
  });

  it('answers undefined when no comment carries the marker', async () => {
    api = await startGitHubApi({ comments: { 7: [{ body: 'looks good' }, { body: 'sdist-guard is mentioned but not marked' }] } });
    expect(await findComment(githubClient('test-token', api.url), repo, 7)).toBeUndefined();
  });

  it('creates a comment, then updates the same one in place', async () => {
    api = await startGitHubApi();
    const client = githubClient('test-token', api.url);
    const first = await writeComment(client, repo, 3, undefined, `${COMMENT_MARKER}\nfirst`);
    expect(first.action).toBe('created');
    const existing = await findComment(client, repo, 3);
    const second = await writeComment(client, repo, 3, existing, `${COMMENT_MARKER}\nsecond`);
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(api.comments.get(3)?.map((c) => c.body)).toEqual([`${COMMENT_MARKER}\nsecond`]);
  });

  it('surfaces a 403 with its status and GitHub message', async () => {
    api = await startGitHubApi({ forbid: { createComment: true } });
    const client = githubClient('test-token', api.url);
    const err = await writeComment(client, repo, 3, undefined, 'x').catch((e: unknown) => e);
    expect(httpStatus(err)).toBe(403);
    expect(describeError(err)).toMatch(/^HTTP 403: Resource not accessible by integration/);
    expect(api.comments.get(3)).toBeUndefined();
  });

  it('sends the token and is refused with a wrong one', async () => {
    api = await startGitHubApi({ token: 'right' });
    const err = await findComment(githubClient('wrong', api.url), repo, 1).catch((e: unknown) => e);
    expect(httpStatus(err)).toBe(401);
    expect(api.requests[0].headers.authorization).toBe('token wrong');
  });
});

describe('check runs', () => {
  let api: GitHubApi;
  afterEach(async () => {
    await api.close();
  });

  const annotation = (i: number, level: 'error' | 'warning' = 'error', file = 'requirements.txt'): Annotation => ({
    level,
    file,
    line: i + 1,
    title: `sdist-guard: pkg-${i} is unresolved`,
    message: `pkg-${i} could not be checked`,
  });

  it('publishes every annotation, 50 per request, and completes with the last one', async () => {
    api = await startGitHubApi();
    const anns = [...Array.from({ length: 110 }, (_, i) => annotation(i)), annotation(110, 'warning'), annotation(111, 'warning', '')];
    const result = await publishCheckRun(githubClient('test-token', api.url), repo, {
      headSha: BASE,
      conclusion: 'failure',
      title: '110 failing the gate',
      summary: 'sdist-guard failed the gate',
      annotations: anns,
    });
    expect(result.annotations).toBe(111);
    expect(api.checkRuns).toHaveLength(1);
    const run = api.checkRuns[0];
    expect(run.annotationBatches.map((b) => b.length)).toEqual([50, 50, 11]);
    expect(run).toMatchObject({ name: 'sdist-guard', head_sha: BASE, status: 'completed', conclusion: 'failure' });
    const all = annotationsOf(run);
    expect(all[0]).toMatchObject({ path: 'requirements.txt', start_line: 1, annotation_level: 'failure', title: 'sdist-guard: pkg-0 is unresolved' });
    expect(all[110]).toMatchObject({ start_line: 111, annotation_level: 'warning' });
    const calls = api.requests.filter((r) => r.path.includes('check-runs')).map((r) => [r.method, (r.body as { status?: string }).status]);
    expect(calls).toEqual([
      ['POST', 'in_progress'],
      ['PATCH', 'in_progress'],
      ['PATCH', 'completed'],
    ]);
  });

  it('completes in one request when 50 or fewer annotations fit', async () => {
    api = await startGitHubApi();
    await publishCheckRun(githubClient('test-token', api.url), repo, { headSha: BASE, conclusion: 'success', title: 'passed', summary: 'ok', annotations: [annotation(0, 'warning')] });
    expect(api.requests.map((r) => r.method)).toEqual(['POST']);
    expect(api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
  });

  it('fails with the 403 when the token may not write checks', async () => {
    api = await startGitHubApi({ forbid: { checks: true } });
    const err = await publishCheckRun(githubClient('test-token', api.url), repo, { headSha: BASE, conclusion: 'failure', title: 't', summary: 's', annotations: [annotation(0)] }).catch(
      (e: unknown) => e,
    );
    expect(httpStatus(err)).toBe(403);
  });

  it('leaves out annotations that have no file in the repository', () => {
    expect(toCheckAnnotations([annotation(0, 'error', ''), annotation(1, 'warning')]).map((a) => a.start_line)).toEqual([2]);
  });
});

describe('reading the base commit', () => {
  let api: GitHubApi;
  afterEach(async () => {
    await api?.close();
  });

  it('reads files through the contents API, raw, and tells a missing file from a failure', async () => {
    api = await startGitHubApi({ files: { [BASE]: { 'requirements.txt': 'evil==1.0\n', 'requirements/dev.txt': '-r ../requirements.txt\n' } } });
    const base = apiBaseFiles(githubClient('test-token', api.url), repo, BASE);
    expect(base.label).toBe('base commit aaaaaaa (GitHub API)');
    expect(await base.read('requirements.txt')).toBe('evil==1.0\n');
    expect(await base.read('requirements/dev.txt')).toBe('-r ../requirements.txt\n');
    expect(await base.read('pyproject.toml')).toBeUndefined();
    const contents = api.requests.filter((r) => r.path.includes('/contents/'));
    expect(contents.every((r) => r.query.ref === BASE && /raw/.test(String(r.headers.accept)))).toBe(true);
    api.update({ contentsStatus: 500 });
    await expect(base.read('requirements.txt')).rejects.toThrow(/GitHub contents API, requirements\.txt at aaaaaaa: HTTP 500/);
  });

  it('reads files with git when the checkout has the base commit, following links inside the root', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sdist-guard-git-'));
    try {
      git(dir, 'init', '-q');
      writeFileSync(join(dir, 'requirements.txt'), 'evil==1.0\n');
      mkdirSync(join(dir, 'reqs'));
      writeFileSync(join(dir, 'reqs', 'base.txt'), 'good==1.0\n');
      symlinkSync('reqs/base.txt', join(dir, 'requirements-link.txt'));
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '-m', 'base');
      const sha = git(dir, 'rev-parse', 'HEAD');
      writeFileSync(join(dir, 'requirements.txt'), 'evil==1.0\nnew==2.0\n');
      writeFileSync(join(dir, 'requirements-new.txt'), 'x\n');
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '-m', 'head');

      const base = await gitBaseFiles(dir, sha);
      expect(base?.label).toBe(`base commit ${sha.slice(0, 7)} (git)`);
      expect(await base!.read('requirements.txt')).toBe('evil==1.0\n');
      expect(await base!.read('reqs/base.txt')).toBe('good==1.0\n');
      expect(await base!.read('requirements-link.txt')).toBe('good==1.0\n');
      expect(await base!.read('requirements-new.txt')).toBeUndefined();
      expect(await base!.read('reqs')).toBeUndefined();
      // from a directory inside the repository, paths are relative to it
      const sub = await gitBaseFiles(join(dir, 'reqs'), sha);
      expect(await sub!.read('base.txt')).toBe('good==1.0\n');
      // a commit the checkout lacks: git cannot help, the API has to
      expect(await gitBaseFiles(dir, 'b'.repeat(40))).toBeUndefined();
      api = await startGitHubApi({ files: { ['b'.repeat(40)]: { 'requirements.txt': 'from-api\n' } } });
      const viaApi = await baseFilesFor(dir, 'b'.repeat(40), { client: githubClient('test-token', api.url), repo });
      expect(viaApi?.label).toMatch(/GitHub API/);
      expect(await viaApi!.read('requirements.txt')).toBe('from-api\n');
      expect((await baseFilesFor(dir, sha, { client: githubClient('test-token', api.url), repo }))?.label).toMatch(/\(git\)/);
      expect(await baseFilesFor(dir, 'b'.repeat(40))).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not use git outside a repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sdist-guard-nogit-'));
    try {
      expect(await gitBaseFiles(dir, BASE)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the run context', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sdist-guard-event-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a pull request event', () => {
    const path = join(dir, 'event.json');
    writeFileSync(path, JSON.stringify({ pull_request: { number: 12, base: { sha: BASE }, head: { sha: 'c'.repeat(40) } }, repository: { full_name: 'other/name' } }));
    const ctx = readRunContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'octo/app', GITHUB_RUN_ID: '99', GITHUB_SERVER_URL: 'https://github.test' });
    expect(ctx).toEqual({
      eventName: 'pull_request',
      repo,
      pullRequest: { number: 12, baseSha: BASE, headSha: 'c'.repeat(40) },
      runUrl: 'https://github.test/octo/app/actions/runs/99',
    });
  });

  it('treats push and schedule events as having no pull request', () => {
    const path = join(dir, 'event.json');
    writeFileSync(path, JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'octo/app' } }));
    for (const name of ['push', 'schedule', 'workflow_dispatch']) {
      const ctx = readRunContext({ GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: path, GITHUB_SHA: BASE });
      expect(ctx).toEqual({ eventName: name, repo, sha: BASE });
    }
  });

  it('warns about an unreadable event file or a pull request event without commits', () => {
    expect(readRunContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(dir, 'missing.json') }).warning).toMatch(/cannot read the event file/);
    const path = join(dir, 'event.json');
    writeFileSync(path, JSON.stringify({ pull_request: { number: 3, base: { sha: 'not-a-sha' } } }));
    const ctx = readRunContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path });
    expect(ctx.pullRequest).toBeUndefined();
    expect(ctx.warning).toMatch(/no pull_request number with base and head commits/);
  });
});

describe('the client', () => {
  it('gives up on an API that never answers', async () => {
    const sockets = new Set<Socket>();
    const server = createServer(() => {
      // never answers
    });
    server.on('connection', (s) => sockets.add(s));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const client = githubClient('t', `http://127.0.0.1:${(server.address() as AddressInfo).port}`, 300);
      const err = await client.rest.issues.listComments({ ...repo, issue_number: 1 }).catch((e: unknown) => e);
      expect(describeError(err)).toBe('the GitHub API did not answer in time');
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
