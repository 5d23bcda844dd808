// What the self-test workflow does, here: starts scripts/serve-fixture-index.mjs as its own
// process on 127.0.0.1, then runs the action's entry on the fixture repositories against it.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { actionRunner } from './helpers/action-runner.js';

const ROOT = resolve(import.meta.dirname, '..');

async function startFixtureIndex(): Promise<{ url: string; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'sdist-guard-fixture-index-'));
  const ready = join(dir, 'url');
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'scripts/serve-fixture-index.mjs'), '--port', '0', '--ready-file', ready], { stdio: 'ignore' });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  for (let i = 0; i < 200 && !existsSync(ready); i++) await new Promise((r) => setTimeout(r, 25));
  if (!existsSync(ready)) {
    child.kill();
    throw new Error('the fixture index did not start');
  }
  return {
    url: readFileSync(ready, 'utf8').trim(),
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('the self-test: the action on fixture repositories served by the fixture index', () => {
  let index: Awaited<ReturnType<typeof startFixtureIndex>>;
  const runner = actionRunner();
  const out = mkdtempSync(join(tmpdir(), 'sdist-guard-self-test-'));
  beforeAll(async () => {
    index = await startFixtureIndex();
  });
  afterAll(async () => {
    await index.stop();
    runner.cleanup();
    rmSync(out, { recursive: true, force: true });
  });

  // the checkout is the workspace, as with `uses: ./`; what the run writes goes to a temporary directory
  const run = (paths: string) =>
    runner.runAction({ paths, 'index-url': index.url, advisories: index.url.replace(/\/simple$/, ''), scope: 'all', comment: 'never', cache: 'false', 'sarif-file': join(out, 'self-test.sarif') }, ROOT, {
      GITHUB_EVENT_NAME: 'push',
    });

  it('passes the clean repository: one wheel, one harmless sdist', async () => {
    const r = await run('__tests__/fixtures/self-test/clean');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ status: 'pass', 'sdist-count': '1', 'suspicious-count': '0', 'malicious-count': '0', 'unresolved-count': '0', scope: 'all' });
    // the wheel, the sdist and the setuptools wheel pip installs to build it
    expect(JSON.parse(readFileSync(r.outputs.report!, 'utf8')).advisories).toMatchObject({ checked: 3, unchecked: 0, malicious: 0 });
    expect(r.outputs['sarif-file']).toBe(join(out, 'self-test.sarif'));
    expect(JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8')).version).toBe('2.1.0');
  });

  it('fails the malicious repository on its sdist build script and on its known-malware wheel', async () => {
    const r = await run('__tests__/fixtures/self-test/malicious');
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ status: 'fail', 'suspicious-count': '1', 'malicious-count': '1' });
    expect(r.stdout).toMatch(/::error title=sdist-guard%3A stealer 0\.1 is malicious,file=__tests__\/fixtures\/self-test\/malicious\/requirements\.txt,line=3::stealer 0\.1 is known malware: MAL-0000-0001/);
    expect(r.stdout).toMatch(/::error title=sdist-guard%3A evil 1\.0 is suspicious,file=__tests__\/fixtures\/self-test\/malicious\/requirements\.txt,line=2::/);
  });
});
