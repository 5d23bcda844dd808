// pip 26's newer requirements-file forms, proved against the real pip 26: `--all-releases` and
// `--only-final` (which versions may be picked), a line naming a local wheel file (that wheel), and
// a `.whl` whose name is not a wheel file name (an error, nothing installed).

import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { parse } from '../src/manifests/requirements.js';
import { ReleaseControl } from '../src/python/release-control.js';
import { chooseVersions } from '../src/python/version.js';
import { normalizeName } from '../src/python/names.js';
import { makeWheel } from './helpers/archives.js';
import { startIndexServer, type IndexServerFile } from './helpers/index-server.js';
import { makeProject, runCli } from './helpers/project.js';
import { findPip, pipAtLeast } from './helpers/pip.js';

const run = promisify(execFile);
const pip = findPip();
const ctx = { root: '/repo', readFile: (): string => { throw new Error('no includes here'); }, env: {} };

function hostPython(): string | undefined {
  try {
    const out = execFileSync('python3', ['-c', 'import sys; print("%d.%d %s" % (sys.version_info[0], sys.version_info[1], sys.platform))']).toString().trim();
    const [version, platform] = out.split(' ');
    return platform === 'linux' ? version : undefined;
  } catch {
    return undefined;
  }
}
const python = hostPython();
const differential = pip && python && pipAtLeast(26);

function w(name: string, version: string): IndexServerFile {
  const wheel = makeWheel(name, version);
  return { filename: wheel.filename, data: wheel.data, metadata: wheel.metadata };
}

describe('release control: --all-releases and --only-final', () => {
  it('reads both options, each excluding the other for a name, :all: and :none: as pip does', () => {
    const text = '--all-releases rc-a,RC_B\n--only-final=rc-b\n--only-final :all:\n--all-releases rc-c\n';
    const result = parse(text, 'requirements.txt', ctx);
    expect(result.diagnostics).toEqual([]);
    expect(result.options?.releaseControl).toEqual({ allReleases: ['rc-c'], onlyFinal: [':all:'] });
    const rc = ReleaseControl.from(result.options?.releaseControl);
    expect(rc.allowsPrereleases('RC.C')).toBe(true);
    expect(rc.allowsPrereleases('rc-a')).toBe(false);
    const none = ReleaseControl.from({ allReleases: [], onlyFinal: [] });
    none.addOnlyFinal('x,:none:,y');
    expect(none.state()).toEqual({ allReleases: [], onlyFinal: ['y'] });
    expect(none.allowsPrereleases('x')).toBeUndefined();
  });

  it('--pre is --all-releases :all:, and a name under --only-final still gets finals only', () => {
    const rc = ReleaseControl.from({ allReleases: [], onlyFinal: ['rc-e'] }, true);
    expect(rc.allowsPrereleases('rc-e')).toBe(false);
    expect(rc.allowsPrereleases('other')).toBe(true);
  });

  it('final only leaves out every pre-release, even one the specifier names or the only ones there are', () => {
    expect(chooseVersions(['1.0', '2.0b1'], '', { prereleases: false })).toEqual(['1.0']);
    expect(chooseVersions(['1.0b1'], '', { prereleases: false })).toEqual([]);
    expect(chooseVersions(['1.0b1'], '')).toEqual(['1.0b1']);
    expect(chooseVersions(['1.0', '2.0b1'], '', { prereleases: true })).toEqual(['2.0b1', '1.0']);
  });
});

describe('a local wheel file on a requirement line', () => {
  it('is that wheel, pinned to the version its name states', () => {
    const result = parse('./wheels/simple-0.1-py2.py3-none-any.whl\n', 'requirements.txt', ctx);
    expect(result.diagnostics).toEqual([]);
    expect(result.dependencies[0]).toMatchObject({ name: 'simple', specifier: '==0.1', direct: { kind: 'path', url: './wheels/simple-0.1-py2.py3-none-any.whl' } });
  });

  it('an invalid wheel file name is an error on its line, and nothing is made of it', () => {
    const result = parse('ok==1\nsimple-0.1.whl\n./dist/a-b-c.whl\n', 'requirements.txt', ctx);
    expect(result.dependencies.map((d) => d.name)).toEqual(['ok']);
    expect(result.diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([
      ['error', 2, expect.stringMatching(/simple-0\.1\.whl.*pip refuses a wheel file so named/)],
      ['error', 3, expect.stringMatching(/a-b-c\.whl.*pip refuses a wheel file so named/)],
    ]);
  });
});

type Outcome = { ok: true; installs: string[] } | { ok: false };

async function pipOutcome(dir: string, indexUrl: string): Promise<Outcome> {
  const home = mkdtempSync(join(tmpdir(), 'sdist-guard-pip-'));
  const reportFile = join(home, 'report.json');
  try {
    const args = [...pip!.argv.slice(1), 'install', '--dry-run', '--ignore-installed', '--isolated', '--no-cache-dir', '--disable-pip-version-check'];
    args.push('--only-binary', ':all:', '--index-url', indexUrl, '--report', reportFile, '-r', join(dir, 'requirements.txt'));
    try {
      await run(pip!.argv[0], args, { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: home, PIP_CONFIG_FILE: '/dev/null' }, timeout: 120_000 });
    } catch {
      return { ok: false };
    }
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { install: Array<{ metadata: { name: string; version: string } }> };
    return { ok: true, installs: report.install.map((i) => `${normalizeName(i.metadata.name)}==${i.metadata.version}`).sort() };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

async function scanOutcome(dir: string, indexUrl: string): Promise<Outcome> {
  const scanned = await runCli(['scan', '--index-url', indexUrl, '--format', 'json', '--fail-on', 'none', '--python-version', python ?? '3.12', '--platform', 'linux'], { cwd: dir });
  const out = JSON.parse(scanned.stdout) as { dependencies: Array<{ name: string; version: string; status: string }>; diagnostics: Array<{ severity: string }> };
  if (out.diagnostics.some((d) => d.severity === 'error') || out.dependencies.some((d) => d.status === 'unresolved')) return { ok: false };
  return { ok: true, installs: out.dependencies.map((d) => `${normalizeName(d.name)}==${d.version}`).sort() };
}

const CASES: Array<{ name: string; lines: string[]; expected: Outcome }> = [
  { name: '--all-releases for one name', lines: ['--all-releases rc-a', 'rc-a', 'rc-b'], expected: { ok: true, installs: ['rc-a==2.0b1', 'rc-b==1.0'] } },
  { name: '--only-final :all: with a specifier that names a pre-release', lines: ['--only-final :all:', 'rc-c>=2.0b1'], expected: { ok: false } },
  { name: '--only-final for a name that has only pre-releases', lines: ['--only-final rc-d', 'rc-d'], expected: { ok: false } },
  { name: 'the same without the option takes the pre-release', lines: ['rc-d'], expected: { ok: true, installs: ['rc-d==1.0b1'] } },
  { name: '--pre with --only-final for one name', lines: ['--pre', '--only-final rc-e', 'rc-e', 'rc-a'], expected: { ok: true, installs: ['rc-a==2.0b1', 'rc-e==1.0'] } },
  { name: 'a local wheel file', lines: ['./wheels/simple-0.1-py2.py3-none-any.whl', 'rc-b'], expected: { ok: true, installs: ['rc-b==1.0', 'simple==0.1'] } },
  { name: 'a .whl whose name is not a wheel file name', lines: ['./wheels/simple-0.1.whl', 'rc-b'], expected: { ok: false } },
];

describe('pip 26 options against the real pip', () => {
  let server: Awaited<ReturnType<typeof startIndexServer>>;
  beforeAll(async () => {
    server = await startIndexServer({
      projects: {
        'rc-a': [w('rc-a', '1.0'), w('rc-a', '2.0b1')],
        'rc-b': [w('rc-b', '1.0'), w('rc-b', '2.0b1')],
        'rc-c': [w('rc-c', '1.0'), w('rc-c', '2.0b1')],
        'rc-d': [w('rc-d', '1.0b1')],
        'rc-e': [w('rc-e', '1.0'), w('rc-e', '2.0rc1')],
      },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  function project(lines: string[]): { dir: string; cleanup(): void } {
    const p = makeProject({ 'requirements.txt': lines.join('\n') + '\n' });
    const wheel = makeWheel('simple', '0.1', 'py2.py3-none-any');
    execFileSync('mkdir', ['-p', join(p.dir, 'wheels')]);
    writeFileSync(join(p.dir, 'wheels', wheel.filename), wheel.data);
    writeFileSync(join(p.dir, 'wheels', 'simple-0.1.whl'), wheel.data);
    return p;
  }

  it.each(CASES)('$name: the scan', async ({ lines, expected }) => {
    const p = project(lines);
    try {
      expect(await scanOutcome(p.dir, server.indexUrl)).toEqual(expected);
    } finally {
      p.cleanup();
    }
  });

  const withPip = differential ? it.each(CASES) : it.skip.each(CASES);
  withPip('$name: pip 26', async ({ lines, expected }) => {
    const p = project(lines);
    try {
      expect(await pipOutcome(p.dir, server.indexUrl)).toEqual(expected);
    } finally {
      p.cleanup();
    }
  }, 180_000);
  if (!differential) it('differential half skipped: no pip 26 on a Linux python3 here', () => expect(differential).toBeFalsy());
});
