// What the program loads to start: `--version` and `--help` load nothing but the option text. The
// sources are transpiled into a directory with no node_modules at all and without the analyzer, the
// archive readers, the index client, the manifest parsers (and their TOML parser), the scan and the
// GitHub code; were any of them imported on the way, the program could not even start. The same
// tree fails a command that needs them, so the missing files are really missed. Likewise the
// action, started as the runner starts it, runs a push scan without @actions/github and
// @actions/cache installed at all when it needs neither the API nor the cache.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { transpileSources } from './helpers/transpile.js';
import { startIndexServer } from './helpers/index-server.js';
import { makeSdist, makeWheel } from './helpers/archives.js';
import { childOutput, makeProject } from './helpers/project.js';
import { VERSION } from '../src/version.js';

const ROOT = resolve(import.meta.dirname, '..');

/** Left out of the tree: what a command that has little to do must not load. */
const HEAVY = [
  'analysis',
  'archive',
  'index',
  'manifests',
  'resolve',
  'github',
  'advisories',
  'cache',
  'scan.js',
  'config.js',
  'options.js',
  'run-action.js',
  'offload/check.js',
  'offload/server.js',
  'offload/pool.js',
  'commands/scan.js',
  'commands/inspect.js',
];

/** The few files of those rooms that start-up does load: the heap settings every entry makes first. */
const START_UP = new Set(['archive/streamed.js']);

describe('start-up of the CLI', () => {
  let build: string;
  let cli: string;

  beforeAll(() => {
    build = mkdtempSync(join(tmpdir(), 'sdist-guard-startup-'));
    cli = transpileSources(build, { nodeModules: false });
    for (const part of HEAVY) {
      const path = join(build, 'src', part);
      if (!existsSync(path)) throw new Error(`src/${part} is not in the transpiled tree: the list of what start-up must not load is out of date`);
      if (!statSync(path).isDirectory()) rmSync(path);
      else for (const name of readdirSync(path, { recursive: true }) as string[]) if (!START_UP.has(`${part}/${name}`) && statSync(join(path, name)).isFile()) rmSync(join(path, name));
    }
  }, 120_000);
  afterAll(() => {
    if (build) rmSync(build, { recursive: true, force: true });
  });

  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: build, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it('--version prints the version without loading any package or the program behind it', () => {
    expect(run('--version')).toEqual({ code: 0, out: `${VERSION}\n`, err: '' });
    expect(run('-V')).toEqual({ code: 0, out: `${VERSION}\n`, err: '' });
  });

  it('--help (alone, or after a command) prints the help the same way', () => {
    for (const args of [['--help'], ['-h'], ['help'], ['scan', '--help'], ['inspect', '-h']]) {
      const r = run(...args);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toContain('Usage:\n  sdist-guard scan [PATH...] [options]');
      expect(r.out).toContain('Exit status: 0 pass');
    }
    // no command at all: the help, and the status of a usage error
    expect(run()).toMatchObject({ code: 2, err: '' });
  });

  it('an unknown command is a usage error, still without loading the rest', () => {
    const r = run('scna');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown command "scna"');
    expect(r.out).toBe('');
  });

  it('the tree really lacks them: a command that needs them cannot run in it', () => {
    for (const args of [['inspect', 'setup.py'], ['scan', '.']]) {
      const r = run(...args);
      expect(r.code).toBe(2);
      expect(r.err).toContain('internal error');
      expect(r.err).toContain('ERR_MODULE_NOT_FOUND');
    }
  });
});

/** node_modules with every package of the project's but `left` (scoped names like `@actions/cache`). */
function nodeModulesWithout(dir: string, left: string[]): void {
  const from = join(ROOT, 'node_modules');
  mkdirSync(dir);
  for (const name of readdirSync(from)) {
    if (name.startsWith('@')) {
      mkdirSync(join(dir, name));
      for (const sub of readdirSync(join(from, name))) if (!left.includes(`${name}/${sub}`)) symlinkSync(join(from, name, sub), join(dir, name, sub));
    } else if (!left.includes(name)) symlinkSync(join(from, name), join(dir, name));
  }
}

describe('start-up of the action', () => {
  let build: string;
  let index: Awaited<ReturnType<typeof startIndexServer>>;
  let project: { dir: string; cleanup(): void };

  beforeAll(async () => {
    build = mkdtempSync(join(tmpdir(), 'sdist-guard-startup-action-'));
    transpileSources(build, { nodeModules: false });
    nodeModulesWithout(join(build, 'node_modules'), ['@actions/github', '@actions/cache']);
    index = await startIndexServer({ projects: { good: [makeWheel('good', '1.0')] } });
    project = makeProject({ 'requirements.txt': 'good==1.0\n' });
  }, 120_000);
  afterAll(async () => {
    await index?.close();
    project?.cleanup();
    if (build) rmSync(build, { recursive: true, force: true });
  });

  /** The action's entry as its own process, as the runner starts it (awaited: the index answers from this process). */
  function runAction(inputs: Record<string, string>): Promise<{ code: number | null; stdout: string; outputs: string }> {
    const runner = mkdtempSync(join(build, 'runner-'));
    const output = join(runner, 'output');
    writeFileSync(output, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      GITHUB_WORKSPACE: project.dir,
      GITHUB_OUTPUT: output,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: 'octo/repo',
      // never called here; were it, it would be refused on this machine
      GITHUB_API_URL: 'http://127.0.0.1:9',
      RUNNER_TEMP: runner,
      'INPUT_GITHUB-TOKEN': 'a-token',
      'INPUT_INDEX-URL': index.indexUrl,
      INPUT_ADVISORIES: 'off',
      INPUT_COMMENT: 'never',
      INPUT_SCOPE: 'all',
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const child = spawn(process.execPath, [join(build, 'src', 'action.js')], { cwd: project.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    return childOutput(child).then(({ code, stdout, stderr }) => ({ code, stdout: stdout + stderr, outputs: readFileSync(output, 'utf8') }));
  }

  it('scans a push without the GitHub toolkit or the Actions cache toolkit when it needs neither', async () => {
    const r = await runAction({ cache: 'false' });
    expect(r.stdout).not.toContain('internal error');
    expect(r.code).toBe(0);
    expect(r.outputs).toMatch(/^status<<(\S+)\npass\n\1$/m);
  }, 90_000);

  it('the packages really are missing: a run that uses the cache cannot start it', async () => {
    const r = await runAction({ cache: 'true' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('internal error');
    expect(r.stdout).toContain('@actions/cache');
  }, 90_000);
});

describe('a warm scan', () => {
  let full: string;
  let lean: string;
  let index: Awaited<ReturnType<typeof startIndexServer>>;
  let project: { dir: string; cleanup(): void };

  /** Left out of the lean tree: what a scan the cache answers whole must not load. */
  const READERS = ['offload/check.js', 'offload/server.js'];
  const KEPT = new Set(['analysis/version.js', 'analysis/declarations.js', 'archive/limits.js', 'archive/crc32.js', 'archive/zip-layout.js', 'archive/streamed.js']);

  beforeAll(async () => {
    full = mkdtempSync(join(tmpdir(), 'sdist-guard-warm-full-'));
    lean = mkdtempSync(join(tmpdir(), 'sdist-guard-warm-lean-'));
    transpileSources(full);
    transpileSources(lean, { nodeModules: false });
    nodeModulesWithout(join(lean, 'node_modules'), ['undici', '@lezer/common', '@lezer/lr', '@lezer/python', '@lezer/highlight', 'fflate', 'xz-decompress', 'unbzip2-stream', 'tar']);
    for (const room of ['analysis', 'archive']) {
      const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
      for (const file of walk(join(lean, 'src', room))) if (!KEPT.has(file.slice(join(lean, 'src').length + 1))) rmSync(file);
    }
    for (const part of READERS) rmSync(join(lean, 'src', part));
    // pages stay fresh for the test's length, so the second scan has nothing to ask the index
    index = await startIndexServer({ projects: { good: [makeWheel('good', '1.0')], built: [makeSdist('built', '2.0')] }, cacheControl: 'max-age=600' });
    project = makeProject({ 'requirements.txt': 'good==1.0\nbuilt==2.0\n' });
  }, 120_000);
  afterAll(async () => {
    await index?.close();
    project?.cleanup();
    for (const dir of [full, lean]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function scanWith(build: string, cacheDir: string): Promise<{ code: number | null; report: string; err: string }> {
    const reportFile = join(cacheDir, '..', `report-${build === full ? 'full' : 'lean'}.json`);
    const args = [join(build, 'src', 'cli.js'), 'scan', project.dir, '--index-url', index.indexUrl, '--cache-dir', cacheDir, '--advisories', 'off', '--format', 'json', '--output', reportFile];
    const child = spawn(process.execPath, args, { cwd: project.dir, env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'ignore', 'pipe'] });
    return childOutput(child).then(({ code, stderr }) => {
      let report = '';
      try {
        report = readFileSync(reportFile, 'utf8');
      } catch {
        // no report: the code and err say why
      }
      return { code, report, err: stderr };
    });
  }

  const verdicts = (report: string) => (JSON.parse(report) as { dependencies: Array<{ name: string; status: string }> }).dependencies.map((d) => `${d.name} ${d.status}`).sort();

  it('reads everything from the cache without the index client, the archive readers or the analyzer', async () => {
    const cacheDir = join(mkdtempSync(join(tmpdir(), 'sdist-guard-warm-cache-')), 'cache');
    try {
      const cold = await scanWith(full, cacheDir);
      expect(cold.code).toBe(0);
      expect(verdicts(cold.report)).toEqual(expect.arrayContaining(['built sdist', 'good wheel']));
      const requests = index.requests.length;
      const warm = await scanWith(lean, cacheDir);
      expect(warm.err).not.toContain('internal error');
      expect(warm.code).toBe(0);
      expect(verdicts(warm.report)).toEqual(verdicts(cold.report));
      expect(index.requests.length).toBe(requests);
      // and the lean tree does lack them: a scan with nothing cached cannot check the sdist in it
      const empty = await scanWith(lean, `${cacheDir}-empty`);
      expect(empty.code).toBe(1);
      const built = (JSON.parse(empty.report) as { dependencies: Array<{ name: string; status: string; reason: string }> }).dependencies.find((d) => d.name === 'built');
      expect(built?.status).toBe('unresolved');
      expect(built?.reason).toMatch(/could not be checked: Cannot find module '.*offload\/check\.js'/);
    } finally {
      rmSync(join(cacheDir, '..'), { recursive: true, force: true });
    }
  }, 120_000);
});
