// The gate's promise: for every dependency and target, sdist-guard picks the same file pip itself
// picks from the same index. This runs the real pip (`pip download --no-deps`, isolated from the
// machine's pip configuration) against the local index and compares the file it starts to download.
// Every sdist here has a setup.py that only exits: pip stops at installing its build dependencies
// (the isolated run reaches no index that has setuptools) before anything of ours could run.

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { startIndexServer, type IndexServerFile } from './helpers/index-server.js';
import { makeSdist, makeWheel } from './helpers/archives.js';
import { makeProject, runCli } from './helpers/project.js';
import { findPip } from './helpers/pip.js';
import { platformTags } from '../src/python/tags.js';

const run = promisify(execFile);

const pip = findPip();

const NEVER_RUN = { 'setup.py': 'raise SystemExit("this sdist is only downloaded in tests")\n' };
const w = (name: string, version: string, tag: string, extra: Partial<IndexServerFile> = {}): IndexServerFile => ({ ...makeWheel(name, version, tag), ...extra });
const s = (name: string, version: string, extra: Partial<IndexServerFile> = {}): IndexServerFile => ({ ...makeSdist(name, version, NEVER_RUN), ...extra });

const PROJECTS: Record<string, IndexServerFile[]> = {
  multi: [
    w('multi', '3.0', 'cp312-cp312-manylinux_2_28_x86_64'),
    w('multi', '3.0', 'cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64'),
    w('multi', '3.0', 'cp312-abi3-manylinux_2_17_x86_64'),
    w('multi', '3.0', 'py3-none-any'),
    w('multi', '3.0', 'cp312-cp312-macosx_11_0_arm64'),
    w('multi', '3.0', 'cp312-cp312-macosx_10_9_universal2'),
    w('multi', '3.0', 'cp311-cp311-macosx_10_9_universal2'),
    w('multi', '3.0', 'cp312-cp312-win_amd64'),
    w('multi', '3.0', 'cp310-cp310-musllinux_1_1_x86_64'),
    s('multi', '3.0'),
  ],
  abi3only: [w('abi3only', '1.2', 'cp38-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64'), w('abi3only', '1.2', 'cp38-abi3-macosx_10_9_x86_64'), w('abi3only', '1.2', 'cp38-abi3-win_amd64'), s('abi3only', '1.2')],
  buildtag: [w('buildtag', '1.0', '1-py3-none-any'), w('buildtag', '1.0', '2-py3-none-any'), s('buildtag', '1.0')],
  newersdist: [w('newersdist', '1.0', 'py2.py3-none-any'), s('newersdist', '1.0'), s('newersdist', '1.1')],
  yanky: [w('yanky', '1.9', 'py3-none-any'), w('yanky', '2.0', 'py3-none-any', { yanked: 'broken' }), s('yanky', '2.0', { yanked: 'broken' })],
  pyreq: [w('pyreq', '2.0', 'py3-none-any', { requiresPython: '>=3.8' }), s('pyreq', '3.0', { requiresPython: '>=3.12' })],
  prerel: [w('prerel', '1.0', 'py3-none-any'), w('prerel', '2.0b1', 'py3-none-any')],
  glibcnew: [w('glibcnew', '1.0', 'cp312-cp312-manylinux_2_40_x86_64'), w('glibcnew', '1.0', 'cp312-cp312-manylinux_2_34_aarch64'), s('glibcnew', '1.0')],
};

const REQUIREMENTS = ['multi', 'abi3only', 'buildtag', 'newersdist', 'yanky', 'yanky==2.0', 'pyreq', 'prerel', 'prerel>=2.0b1', 'glibcnew'];
const TARGETS: Array<[string, string]> = [
  ['3.12', 'linux'],
  ['3.11', 'macos'],
  ['3.12', 'macos-x86_64'],
  ['3.12', 'windows'],
  ['3.10', 'musllinux'],
  ['3.11', 'linux-aarch64'],
];

async function pipChoice(indexUrl: string, requirement: string, python: string, platform: string): Promise<string> {
  const dest = mkdtempSync(join(tmpdir(), 'sdist-guard-pip-'));
  const args = [...pip!.argv.slice(1), 'download', '--isolated', '--no-deps', '--no-cache-dir', '--disable-pip-version-check', '--dest', dest, '--index-url', indexUrl];
  args.push('--python-version', python, '--implementation', 'cp');
  for (const p of platformTags(platform)) args.push('--platform', p);
  args.push(requirement);
  let output: string;
  try {
    const r = await run(pip!.argv[0], args, { env: { PATH: process.env.PATH ?? '', HOME: dest, PIP_CONFIG_FILE: '/dev/null' }, timeout: 60_000 });
    output = r.stdout + r.stderr;
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    output = (e.stdout ?? '') + (e.stderr ?? '');
  } finally {
    rmSync(dest, { recursive: true, force: true });
  }
  // with PEP 658 metadata pip fetches `<wheel>.metadata` first: the file it chose is named the same
  const m = /Downloading (\S+)/.exec(output);
  if (m) return m[1].split('/').pop()!.replace(/\.metadata$/, '');
  if (/No matching distribution|Could not find a version/.test(output)) return 'none';
  throw new Error(`pip gave no choice for ${requirement} on ${python}/${platform}:\n${output}`);
}

if (!pip) console.warn('pip-parity: skipped, no pip on this machine (python3 -m pip, or scripts/get-pip.sh)');
const maybe = pip ? describe : describe.skip;

maybe('parity with pip download', () => {
  it('picks the file pip picks, for every dependency and target', async () => {
    const server = await startIndexServer({ projects: PROJECTS, setuptools: false });
    const project = makeProject({ 'requirements.txt': REQUIREMENTS.join('\n') + '\n' });
    try {
      const args = ['scan', '--index-url', server.indexUrl, '--format', 'json', '--no-analyze', '--fail-on', 'none'];
      for (const [python, platform] of TARGETS) args.push('--python-version', python, '--platform', platform);
      // one scan per target pair keeps the pairs exact (the flags otherwise form a cross product)
      const ours = new Map<string, string>();
      for (const [python, platform] of TARGETS) {
        // each line is compared with `pip download --no-deps` of that line alone, so the lines are not resolved together
        const r = await runCli(['scan', '--index-url', server.indexUrl, '--format', 'json', '--no-analyze', '--no-transitive', '--fail-on', 'none', '--python-version', python, '--platform', platform], {
          cwd: project.dir,
        });
        for (const dep of JSON.parse(r.stdout).dependencies) {
          for (const t of dep.targets) for (const src of dep.sources) ours.set(`${src.requirement} @ ${python}/${platform}`, t.file ?? 'none');
        }
      }
      const jobs: Array<{ key: string; req: string; python: string; platform: string }> = [];
      for (const req of REQUIREMENTS) for (const [python, platform] of TARGETS) jobs.push({ key: `${req} @ ${python}/${platform}`, req, python, platform });
      const theirs = new Map<string, string>();
      for (let i = 0; i < jobs.length; i += 4) {
        const batch = jobs.slice(i, i + 4);
        const choices = await Promise.all(batch.map((j) => pipChoice(server.indexUrl, j.req, j.python, j.platform)));
        batch.forEach((j, k) => theirs.set(j.key, choices[k]));
      }
      const mismatches = jobs.filter((j) => ours.get(j.key) !== theirs.get(j.key)).map((j) => `${j.key}: ours ${ours.get(j.key)}, pip ${theirs.get(j.key)}`);
      expect(mismatches).toEqual([]);
      // the matrix really exercises both outcomes
      expect([...theirs.values()].some((f) => f.endsWith('.whl'))).toBe(true);
      expect([...theirs.values()].some((f) => f.endsWith('.tar.gz'))).toBe(true);
    } finally {
      project.cleanup();
      await server.close();
    }
  }, 240_000);
});
