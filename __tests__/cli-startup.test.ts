// What the program loads to start: `--version` and `--help` load nothing but the option text. The
// sources are transpiled into a directory with no node_modules at all and without the analyzer, the
// archive readers, the index client, the manifest parsers (and their TOML parser), the scan and the
// GitHub code; were any of them imported on the way, the program could not even start. The same
// tree fails a command that needs them, so the missing files are really missed.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { transpileSources } from './helpers/transpile.js';
import { VERSION } from '../src/version.js';

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

describe('start-up of the CLI', () => {
  let build: string;
  let cli: string;

  beforeAll(() => {
    build = mkdtempSync(join(tmpdir(), 'sdist-guard-startup-'));
    cli = transpileSources(build, { nodeModules: false });
    for (const part of HEAVY) {
      const path = join(build, 'src', part);
      if (!existsSync(path)) throw new Error(`src/${part} is not in the transpiled tree: the list of what start-up must not load is out of date`);
      rmSync(path, { recursive: true });
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
