// A PEP 658 metadata file whose hash does not match the one the index page gives for it: pip stops
// there (it fetches the file with the page's hash and fails on the mismatch, as for any download),
// so a scan must not pass it either. The tampered file here hides a dependency; the dependency
// whose metadata it is becomes `unresolved`, naming the mismatch, in the CLI and the action, and
// the gate fails. The real pip is run against the same index to prove what pip does.

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { makeWheel } from './helpers/archives.js';
import { startIndexServer, type IndexServer } from './helpers/index-server.js';
import { findPip } from './helpers/pip.js';
import { dep, Sandbox } from './helpers/hostile.js';

const run = promisify(execFile);
const pip = findPip();
if (!pip) console.warn('hostile-metadata-hash: no pip on this machine, so the comparison with pip is skipped');

const sandbox = new Sandbox();
let server: IndexServer;
const top = makeWheel('m-top', '1.0', 'py3-none-any', ['m-hidden']);
const hidden = makeWheel('m-hidden', '1.0');
const good = makeWheel('good', '1.0');
const METADATA_PATH = `/files/${top.filename}.metadata`;

beforeAll(async () => {
  server = await startIndexServer({
    projects: {
      'm-top': [{ filename: top.filename, data: top.data, metadata: top.metadata }],
      'm-hidden': [{ filename: hidden.filename, data: hidden.data, metadata: hidden.metadata }],
      good: [{ filename: good.filename, data: good.data, metadata: good.metadata }],
    },
    // the metadata file served is not the one the page's hash is for: it leaves m-hidden out
    faults: { [METADATA_PATH]: { body: 'Metadata-Version: 2.1\nName: m-top\nVersion: 1.0\n' } },
  });
});
afterAll(async () => {
  await server.close();
  sandbox.cleanup();
});

const MISMATCH = /hash mismatch for the metadata file of m_top-1\.0-py3-none-any\.whl from http:\/\/127\.0\.0\.1:\d+\/files\/m_top-1\.0-py3-none-any\.whl\.metadata/;

(pip ? it : it.skip)(`pip ${pip?.version ?? ''} stops at the mismatch`, async () => {
  const home = mkdtempSync(join(tmpdir(), 'sdist-guard-pip-'));
  try {
    const requirements = join(home, 'requirements.txt');
    writeFileSync(requirements, 'm-top\n');
    const args = [...pip!.argv.slice(1), 'install', '--dry-run', '--ignore-installed', '--isolated', '--no-cache-dir', '--disable-pip-version-check'];
    args.push('--only-binary', ':all:', '--index-url', server.indexUrl, '--report', join(home, 'report.json'), '-r', requirements);
    const before = server.requests.length;
    const err = (await run(pip!.argv[0], args, { env: { PATH: process.env.PATH ?? '', HOME: home, PIP_CONFIG_FILE: '/dev/null' }, timeout: 120_000 }).then(
      () => undefined,
      (e: unknown) => e,
    )) as { code?: number; stderr?: string } | undefined;
    // pip read the metadata file, and failed on it
    expect(server.requests.slice(before).map((r) => r.path)).toContain(METADATA_PATH);
    expect(err).toBeDefined();
    expect(err!.code).not.toBe(0);
    expect(err!.stderr).toMatch(/DO NOT MATCH THE HASHES/);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}, 180_000);

it('a scan stops that dependency too: unresolved, naming the mismatch, in the CLI and the action', async () => {
  const r = await sandbox.both({ 'requirements.txt': 'good==1.0\nm-top\n' }, { indexUrl: server.indexUrl, args: ['--timeout', '5'], inputs: { timeout: '5' } });
  for (const report of [r.cli.report, r.action.report]) {
    const mTop = dep(report, 'm-top');
    expect(mTop.status).toBe('unresolved');
    expect(mTop.reason).toMatch(MISMATCH);
    expect(dep(report, 'good').status).toBe('wheel');
    expect(report!.gate.failed).toBe(true);
  }
  expect(r.cli.code).toBe(1);
  expect(r.action.exitCode).toBe(1);
  expect(r.action.stdout).toMatch(/::error title=sdist-guard%3A m-top 1\.0 is unresolved,file=requirements\.txt,line=2::.*hash mismatch for the metadata file/);
  expect(r.action.summary).toMatch(/m-top.*hash mismatch for the metadata file/);
  for (const format of ['text', 'markdown', 'sarif']) {
    const out = await sandbox.cli(sandbox.project({ 'requirements.txt': 'm-top\n' }), { indexUrl: server.indexUrl }, format);
    expect({ format, code: out.code }).toEqual({ format, code: 1 });
    // Markdown shows `_` as an entity (escape.ts), which a reader sees as `_`
    expect(out.stdout.replace(/&#95;/g, '_')).toMatch(/hash mismatch for the metadata file of m\S{1,3}top-1\.0/);
  }
});

describe('a wheel whose dependencies cannot be read', () => {
  // pip cannot install a wheel whose metadata it cannot get; a scan that cannot read what a wheel
  // pulls in has not checked it, so the wheel does not pass with a warning alone
  it.each([
    ['the metadata file answers 500', { status: 500 }, /what it pulls in cannot be checked: its metadata could not be read: 500 Internal Server Error from http:\/\/127\.0\.0\.1:\d+\/files\/m_top-1\.0-py3-none-any\.whl\.metadata/],
    ['the metadata file is for another project', { body: 'Metadata-Version: 2.1\nName: other\nVersion: 1.0\n' }, /what it pulls in cannot be checked: its metadata .* is for other 1\.0, not m-top 1\.0/],
  ])('%s: unresolved, naming why', async (_label, fault, why) => {
    const s = await startIndexServer({
      projects: {
        'm-top': [{ filename: top.filename, data: top.data, metadata: top.metadata }],
        'm-hidden': [{ filename: hidden.filename, data: hidden.data }],
        good: [{ filename: good.filename, data: good.data }],
      },
      faults: { [METADATA_PATH]: fault },
    });
    try {
      // with the other project's metadata the hash fails too; without a hash on the page only the name tells
      if ('body' in fault) s.update({ faults: { [METADATA_PATH]: fault, '/simple/m-top/': { body: JSON.stringify({ meta: { 'api-version': '1.1' }, name: 'm-top', files: [{ filename: top.filename, url: `${s.url}/files/${top.filename}`, hashes: {}, 'core-metadata': true }] }), contentType: 'application/vnd.pypi.simple.v1+json' } } });
      const r = await sandbox.both({ 'requirements.txt': 'good==1.0\nm-top\n' }, { indexUrl: s.indexUrl, args: ['--timeout', '5'], inputs: { timeout: '5' }, env: { SDIST_GUARD_LIMITS: 'retries=0' } });
      for (const report of [r.cli.report, r.action.report]) {
        const mTop = dep(report, 'm-top');
        expect(mTop.status).toBe('unresolved');
        expect(mTop.reason).toMatch(why);
        expect(dep(report, 'good').status).toBe('wheel');
      }
      expect(r.cli.code).toBe(1);
      expect(r.action.exitCode).toBe(1);
    } finally {
      await s.close();
    }
  });
});
