// Only regular files are read. A FIFO blocks whoever opens it until something writes to it, so a
// repository (or a cache) holding one where a file is expected must not hang the scan: a FIFO named
// by `-r`, a FIFO under a manifest's name, behind a symbolic link, as the configuration file, as an
// input of `inspect`, and under a cache pack's name. Each is refused with a message naming it, and
// the rest of the scan goes on (jest's timeout is the guard: opening any of them would block).

import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

import { makeSdist, makeWheel } from './helpers/archives.js';
import { startIndexServer, type IndexServer } from './helpers/index-server.js';
import { dep, Sandbox, type HostileRun, type RunSettings } from './helpers/hostile.js';
import { main } from '../src/command.js';
import { discover } from '../src/manifests/discover.js';

function hasMkfifo(): boolean {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const MKFIFO = process.platform !== 'win32' && hasMkfifo();
if (!MKFIFO) console.warn('hostile-special-files: mkfifo is not available here, so these tests are skipped');
const describeFifo = MKFIFO ? describe : describe.skip;

const sandbox = new Sandbox();
let server: IndexServer;

beforeAll(async () => {
  server = await startIndexServer({ projects: { good: [makeWheel('good', '1.0')], clean: [makeSdist('clean', '1.0')] } });
});
afterAll(async () => {
  await server.close();
  sandbox.cleanup();
});

function fifo(path: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  execFileSync('mkfifo', [path]);
}

function settings(): RunSettings {
  return { indexUrl: server.indexUrl, args: ['--timeout', '5'], inputs: { timeout: '5' } };
}

async function both(dir: string): Promise<HostileRun> {
  return { cli: await sandbox.cli(dir, settings()), action: await sandbox.action(dir, settings()) };
}

/** A manifest error naming the file, the rest decided, the gate failed, in every output. */
function expectManifestError(r: HostileRun, path: string, message: RegExp): void {
  for (const report of [r.cli.report, r.action.report]) {
    expect(report!.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'error', path, message: expect.stringMatching(message) })]));
    expect(dep(report, 'good').status).toBe('wheel');
    expect(dep(report, 'clean').status).toBe('sdist');
    expect(report!.gate.failed).toBe(true);
  }
  expect(r.cli.code).toBe(1);
  expect(r.action.exitCode).toBe(1);
  expect(r.action.outputs.status).toBe('fail');
  // the annotation on the file, and the summary
  expect(r.action.stdout).toContain(`file=${path}`);
  expect(r.action.summary).toMatch(/FIFO/);
}

describeFifo('special files in the repository', () => {
  it('-r naming a FIFO: a manifest error naming it, the rest of the file read', async () => {
    const dir = sandbox.project({ 'requirements.txt': 'good==1.0\n-r pipe.txt\nclean\n' });
    fifo(join(dir, 'pipe.txt'));
    const r = await both(dir);
    expectManifestError(r, 'requirements.txt', /-r pipe\.txt: cannot read pipe\.txt: it is a FIFO \(named pipe\), not a regular file/);
    for (const format of ['text', 'markdown', 'sarif']) {
      const out = await sandbox.cli(dir, settings(), format);
      expect({ format, code: out.code }).toEqual({ format, code: 1 });
      // Markdown shows `:` as an entity (escape.ts), which a reader sees as `:`
      expect(out.stdout.replace(/&#58;/g, ':')).toMatch(/pipe\S{0,2}\.txt: it is a FIFO \(named pipe\), not a regular file/);
    }
  });

  it('a FIFO under a manifest name, and a symbolic link to one: manifest errors naming them', async () => {
    const dir = sandbox.project({ 'requirements.txt': 'good==1.0\nclean\n' });
    fifo(join(dir, 'requirements-dev.txt'));
    fifo(join(dir, 'elsewhere', 'pipe'));
    symlinkSync('elsewhere/pipe', join(dir, 'requirements-test.txt'));
    const r = await both(dir);
    expectManifestError(r, 'requirements-dev.txt', /requirements-dev\.txt is a FIFO \(named pipe\), not a regular file; not read/);
    expectManifestError(r, 'requirements-test.txt', /requirements-test\.txt is a symbolic link to a FIFO \(named pipe\), not to a regular file; not read/);
  });

  it('a FIFO named on the command line: a manifest error naming it', async () => {
    const dir = sandbox.project({});
    fifo(join(dir, 'requirements.txt'));
    const found = await discover([join(dir, 'requirements.txt')], dir);
    expect(found.files).toEqual([]);
    expect(found.diagnostics).toEqual([expect.objectContaining({ severity: 'error', path: 'requirements.txt', message: expect.stringMatching(/is a FIFO \(named pipe\), not a regular file; not read/) })]);
  });

  it('pyproject.toml as a FIFO: a manifest error, not a hang in reading the configuration', async () => {
    const dir = sandbox.project({ 'requirements.txt': 'good==1.0\nclean\n' });
    fifo(join(dir, 'pyproject.toml'));
    const r = await both(dir);
    expectManifestError(r, 'pyproject.toml', /pyproject\.toml is a FIFO/);
  });

  it('sdist-guard.toml as a FIFO: a configuration error naming it', async () => {
    const dir = sandbox.project({ 'requirements.txt': 'good==1.0\n' });
    fifo(join(dir, 'sdist-guard.toml'));
    const cli = await sandbox.cli(dir, settings());
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/cannot read the configuration file .*sdist-guard\.toml: it is a FIFO \(named pipe\), not a regular file/);
    const action = await sandbox.action(dir, settings());
    expect(action.exitCode).toBe(1);
    expect(action.stdout).toMatch(/::error::sdist-guard: configuration error: cannot read the configuration file .*sdist-guard\.toml: it is a FIFO/);
  });

  it('a FIFO under a cache pack’s name: left alone with a warning, the scan goes on', async () => {
    const dir = sandbox.project({ 'requirements.txt': 'good==1.0\nclean\n' });
    fifo(join(`${dir}.home`, '.cache', 'sdist-guard', 'v2', 'trap.pack'));
    const cli = await sandbox.cli(dir, settings());
    expect(cli.code).toBe(0);
    expect(dep(cli.report, 'clean').status).toBe('sdist');
    expect(cli.report!.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/trap\.pack: it is not a regular file; left alone/) })]));
  });
});

describeFifo('inspect of a special file', () => {
  it('a FIFO given as an sdist or a .py file: unreadable, naming it, exit 2', async () => {
    const dir = sandbox.project({});
    fifo(join(dir, 'pkg-1.0.tar.gz'));
    fifo(join(dir, 'setup.py'));
    for (const name of ['pkg-1.0.tar.gz', 'setup.py']) {
      let out = '';
      const code = await main(['inspect', name, '--format', 'json'], { stdout: (t) => void (out += t), stderr: () => {}, env: {}, cwd: dir, isTTY: false });
      expect({ name, code }).toEqual({ name, code: 2 });
      const result = JSON.parse(out).results[0];
      expect(result).toMatchObject({ path: name, suspicious: false });
      expect(result.error).toMatch(new RegExp(`cannot read ${name.replace('.', '\\.')}: it is a FIFO \\(named pipe\\), not a regular file`));
    }
  });
});
