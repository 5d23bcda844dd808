// The SARIF file the action writes sits at a path in the workspace, which is the checkout a pull
// request controls. A symbolic link the pull request commits at that path (or at a directory on the
// way) must not turn the write into one outside the workspace: the report is refused, naming the
// path, the job fails, and the file the link points to is left as it was.

import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { makeWheel } from './helpers/archives.js';
import { startIndexServer, type IndexServer } from './helpers/index-server.js';
import { Sandbox } from './helpers/hostile.js';

const sandbox = new Sandbox();
let server: IndexServer;

beforeAll(async () => {
  server = await startIndexServer({ projects: { good: [makeWheel('good', '1.0')] } });
});
afterAll(async () => {
  await server.close();
  sandbox.cleanup();
});

describe('the sarif-file path in a checkout', () => {
  it('a symbolic link to a file outside the workspace: not written through, the job fails naming it', async () => {
    const dir = sandbox.project({ 'requirements.txt': 'good==1.0\n' });
    const victim = join(sandbox.root, 'victim-bashrc');
    writeFileSync(victim, 'export PATH=/usr/bin\n');
    symlinkSync(victim, join(dir, 'sdist-guard.sarif'));
    const r = await sandbox.action(dir, { indexUrl: server.indexUrl, inputs: { 'sarif-file': 'sdist-guard.sarif' } });
    expect(readFileSync(victim, 'utf8')).toBe('export PATH=/usr/bin\n');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/::error::sdist-guard: sarif-file sdist-guard\.sarif: it is a symbolic link; the report is not written through it/);
    expect(r.outputs['sarif-file']).toBeUndefined();
    // the scan itself was reported as usual
    expect(r.outputs.status).toBe('pass');
    expect(r.report).toBeDefined();
  });

  it('a directory on the way that is a link out of the workspace: not written into', async () => {
    const dir = sandbox.project({ 'requirements.txt': 'good==1.0\n' });
    symlinkSync(sandbox.runner, join(dir, 'reports'));
    const r = await sandbox.action(dir, { indexUrl: server.indexUrl, inputs: { 'sarif-file': 'reports/deep/out.sarif' } });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/::error::sdist-guard: sarif-file reports\/deep\/out\.sarif: it leads out of the workspace through a symbolic link/);
  });

  it('the CLI’s --output: a symbolic link in the scanned checkout is not written through', async () => {
    const dir = sandbox.project({ 'requirements.txt': 'good==1.0\n' });
    const victim = join(sandbox.root, 'victim-profile');
    writeFileSync(victim, 'keep me\n');
    symlinkSync(victim, join(dir, 'report.json'));
    const r = await sandbox.cli(dir, { indexUrl: server.indexUrl, args: ['--output', 'report.json'] });
    expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--output report\.json: it is a symbolic link; the report is not written through it/);
  });

  it('a plain path in the workspace is written as before', async () => {
    const dir = sandbox.project({ 'requirements.txt': 'good==1.0\n' });
    const r = await sandbox.action(dir, { indexUrl: server.indexUrl, inputs: { 'sarif-file': `${dir}.runner-temp/out/x.sarif` } });
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8')).version).toBe('2.1.0');
  });
});
