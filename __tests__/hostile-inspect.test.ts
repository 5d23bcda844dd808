// `inspect` never calls clean what it did not read whole: an sdist (or an unpacked one) whose read
// reached a limit is `incomplete` in the text and the JSON, and the command exits non-zero, as a
// scan's `unresolved` fails the gate. SDIST_GUARD_LIMITS moves inspect's limits as it does a scan's.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { makeSdist } from './helpers/archives.js';
import { main } from '../src/command.js';

const dir = mkdtempSync(join(tmpdir(), 'sdist-guard-inspect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function inspect(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['inspect', ...args], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, cwd: dir, isTTY: false });
  return { code, stdout, stderr };
}

const PLAIN = 'from setuptools import setup\nsetup(name="big", version="1.0")\n';
/** A setup.py over the default 8 MiB limit for one kept file: it is not read, so nothing is known of it. */
const HUGE = PLAIN + '#'.repeat(9 * 1024 * 1024) + '\n';

beforeAll(() => {
  for (const [name, files] of [
    ['big', { 'setup.py': HUGE }],
    ['small', {}],
    ['medium', { 'setup.py': PLAIN + '#'.repeat(4096) + '\n' }],
  ] as const) {
    const s = makeSdist(name, '1.0', files);
    writeFileSync(join(dir, s.filename), s.data);
  }
  mkdirSync(join(dir, 'unpacked'));
  writeFileSync(join(dir, 'unpacked', 'setup.py'), HUGE);
});

describe('inspect of what it could not read whole', () => {
  it('an sdist whose setup.py is over the limit: incomplete, not clean, exit 1', async () => {
    const text = await inspect(['big-1.0.tar.gz']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^incomplete {2}big-1\.0\.tar\.gz$/m);
    expect(text.stdout).toMatch(/limit: .*setup\.py.*maxFileBytes/);
    expect(text.stdout).not.toMatch(/^clean/m);
    expect(text.stdout).toMatch(/1 inspected: 0 suspicious, 1 incomplete \(not read whole\), 0 unreadable, 0 clean/);
    const json = await inspect(['big-1.0.tar.gz', '--format', 'json']);
    expect(json.code).toBe(1);
    const [result] = JSON.parse(json.stdout).results;
    expect(result).toMatchObject({ path: 'big-1.0.tar.gz', status: 'incomplete', suspicious: false });
    expect(result.limits.length).toBeGreaterThan(0);
  });

  it('an unpacked sdist with a file over the limit: incomplete, exit 1', async () => {
    const r = await inspect(['unpacked', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).results[0]).toMatchObject({ path: 'unpacked', status: 'incomplete' });
  });

  it('SDIST_GUARD_LIMITS moves the limit: the same sdist is clean, or incomplete under a tighter one', async () => {
    expect((await inspect(['medium-1.0.tar.gz'])).code).toBe(0);
    const tight = await inspect(['medium-1.0.tar.gz'], { SDIST_GUARD_LIMITS: 'max-file-bytes=1KiB' });
    expect(tight.code).toBe(1);
    expect(tight.stdout).toMatch(/^incomplete {2}medium-1\.0\.tar\.gz$/m);
    const bad = await inspect(['medium-1.0.tar.gz'], { SDIST_GUARD_LIMITS: 'max-file-bytes=lots' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/SDIST_GUARD_LIMITS: max-file-bytes=lots/);
  });

  it('one incomplete input among clean ones fails the run; clean alone passes', async () => {
    const clean = await inspect(['small-1.0.tar.gz']);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/^clean {2}small-1\.0\.tar\.gz$/m);
    const mixed = await inspect(['small-1.0.tar.gz', 'big-1.0.tar.gz', '--format', 'json']);
    expect(mixed.code).toBe(1);
    expect(JSON.parse(mixed.stdout).results.map((r: { status: string }) => r.status)).toEqual(['clean', 'incomplete']);
  });
});
