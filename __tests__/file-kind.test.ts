// Which kind of file pip takes, decided as pip decides it: from the file name at the end of the
// URL, for every archive extension pip accepts. A JSON page whose `filename` says otherwise is a
// finding of its own. Checked against `pip download` where pip is on this machine.

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { parseHtmlPage, parseJsonPage } from '../src/index/pages.js';
import { judge } from '../src/verdict.js';
import { linkFilename } from '../src/python/links.js';
import { makeTarget } from '../src/python/tags.js';
import type { DistFile } from '../src/types.js';
import { gzip, makeSdist, makeTar } from './helpers/archives.js';
import { hasPython, pyCompress } from './helpers/cpython.js';
import { startIndexServer, type IndexServerFile } from './helpers/index-server.js';
import { findPip } from './helpers/pip.js';
import { makeProject, runCli } from './helpers/project.js';

const run = promisify(execFile);
const PAGE = 'https://pkgs.example.com/simple/demo/';

describe('the file name is the URL\'s, as pip reads it', () => {
  it.each([
    ['https://h/files/demo-1.0.tar.gz', 'demo-1.0.tar.gz'],
    ['https://h/files/demo%2B1-1.0.tar.gz', 'demo+1-1.0.tar.gz'],
    ['https://h/files/demo-1.0.tar.gz/', 'demo-1.0.tar.gz'],
    ['https://h/files/demo-1.0.tar.gz?x=1#sha256=ab', 'demo-1.0.tar.gz'],
    ['https://h/files/caf%C3%A9-1.0.zip', 'café-1.0.zip'],
    ['https://h/files/bad%ZZ-1.0.zip', 'bad%ZZ-1.0.zip'],
    ['https://h/', ''],
  ])('%s -> %j', (url, name) => {
    expect(linkFilename(url)).toBe(name);
  });

  it('a JSON page: the URL names the file, and a different `filename` is kept aside', () => {
    const body = JSON.stringify({
      files: [
        { filename: 'demo-1.0-py3-none-any.whl', url: '../../files/demo-1.0.tar.gz', hashes: {} },
        { filename: 'demo-1.1.tar.gz', url: '../../files/demo-1.1.tar.gz', hashes: {} },
        { filename: '../evil.tar.gz', url: '../../files/demo-1.2.tar.gz', hashes: {} },
      ],
    });
    const files = parseJsonPage(body, PAGE);
    expect(files.map((f) => [f.filename, f.pageFilename])).toEqual([
      ['demo-1.0.tar.gz', 'demo-1.0-py3-none-any.whl'],
      ['demo-1.1.tar.gz', undefined],
      ['demo-1.2.tar.gz', '../evil.tar.gz'],
    ]);
  });

  it('an HTML page: the anchor text never names the file, and directory links are no files', () => {
    const files = parseHtmlPage('<a href="../../files/demo-1.0.tar.gz">demo-1.0-py3-none-any.whl</a><a href="../">up</a>', PAGE);
    expect(files.map((f) => f.filename)).toEqual(['demo-1.0.tar.gz']);
  });

  const target = makeTarget('3.12', 'linux');
  const file = (extra: Partial<DistFile>): DistFile => ({ filename: 'demo-1.0.tar.gz', url: 'https://h/files/demo-1.0.tar.gz', hashes: {}, yanked: false, ...extra });

  it('a lying filename makes the dependency suspicious, whatever kind of file pip takes', () => {
    for (const kind of ['sdist', 'wheel'] as const) {
      const f = file({ pageFilename: 'demo-1.0-py3-none-any.whl' });
      const v = judge({
        name: 'demo',
        sources: [],
        outcomes: [{ skipped: false, selection: { target, kind, version: '1.0', file: f, reason: 'chosen' }, check: { findings: [], suspicious: false, limits: [] } }],
      });
      expect(v.status).toBe('suspicious');
      expect(v.findings.map((x) => x.rule)).toEqual(['index-filename-mismatch']);
      expect(v.findings[0]!.message).toContain('"demo-1.0-py3-none-any.whl"');
    }
  });

  it('an honest page is left alone', () => {
    const v = judge({
      name: 'demo',
      sources: [],
      outcomes: [{ skipped: false, selection: { target, kind: 'sdist', version: '1.0', file: file({}), reason: 'chosen' }, check: { findings: [], suspicious: false, limits: [] } }],
    });
    expect(v.status).toBe('sdist');
    expect(v.findings).toEqual([]);
  });
});

const pip = findPip();

async function pipChoice(indexUrl: string, requirement: string): Promise<string> {
  const dest = mkdtempSync(join(tmpdir(), 'sdist-guard-pip-'));
  const args = [...pip!.argv.slice(1), 'download', '--isolated', '--no-deps', '--no-cache-dir', '--disable-pip-version-check', '--dest', dest, '--index-url', indexUrl, requirement];
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
  const m = /Downloading (\S+)/.exec(output);
  if (m) return m[1]!.split('/').pop()!;
  if (/No matching distribution|Could not find a version/.test(output)) return 'none';
  throw new Error(`pip gave no choice for ${requirement}:\n${output}`);
}

async function ourChoice(indexUrl: string, requirement: string): Promise<{ file: string; status: string; rules: string[] }> {
  const project = makeProject({ 'requirements.txt': `${requirement}\n` });
  try {
    const r = await runCli(['scan', '--index-url', indexUrl, '--format', 'json', '--no-transitive', '--fail-on', 'none', '--python-version', '3.12', '--platform', 'linux'], { cwd: project.dir });
    const dep = JSON.parse(r.stdout).dependencies[0];
    return { file: dep.targets[0].file ?? 'none', status: dep.status, rules: dep.findings.map((f: { rule: string }) => f.rule) };
  } finally {
    project.cleanup();
  }
}

if (!pip || !hasPython()) console.warn('file-kind: pip parity skipped, no pip or python3 on this machine');
const maybe = pip && hasPython() ? describe : describe.skip;

maybe('parity with pip download', () => {
  it('takes every sdist extension pip takes, and none it does not', async () => {
    const tar = makeTar([
      { name: 'exts-1.0/PKG-INFO', content: 'Metadata-Version: 2.1\nName: exts\nVersion: 1.0\n' },
      { name: 'exts-1.0/setup.py', content: 'raise SystemExit("this sdist is only downloaded in tests")\n' },
    ]);
    const bz2 = pyCompress('bz2', tar);
    const xz = pyCompress('xz', tar);
    const versions: Array<[string, string, Uint8Array]> = [
      ['1.1', 'tgz', gzip(tar)],
      ['1.2', 'tar.bz2', bz2],
      ['1.3', 'tbz', bz2],
      ['1.4', 'tar.xz', xz],
      ['1.5', 'txz', xz],
      ['1.6', 'tlz', xz],
      ['1.7', 'tar.lz', xz],
      ['1.8', 'tar.lzma', xz],
      ['1.9', 'tar', tar],
      ['2.0', 'tbz2', bz2],
      ['2.1', 'TAR.GZ', gzip(tar)],
      ['2.2', 'tar.zst', tar],
    ];
    const files: IndexServerFile[] = [makeSdist('exts', '1.0'), ...versions.map(([v, ext, data]) => ({ filename: `exts-${v}.${ext}`, data }))];
    const server = await startIndexServer({ projects: { exts: files } });
    try {
      const mismatches: string[] = [];
      for (const [v] of versions) {
        const req = `exts==${v}`;
        const [theirs, ours] = await Promise.all([pipChoice(server.indexUrl, req), ourChoice(server.indexUrl, req)]);
        if (theirs !== ours.file) mismatches.push(`${req}: ours ${ours.file}, pip ${theirs}`);
        // every one pip takes is read and analyzed, never left unresolved for its format
        if (theirs !== 'none') expect({ req, status: ours.status }).toEqual({ req, status: 'sdist' });
      }
      expect(mismatches).toEqual([]);
    } finally {
      await server.close();
    }
  }, 600_000);

  it('builds the sdist a page calls a wheel, and says the page lies', async () => {
    const sdist = makeSdist('lier', '1.0', { 'setup.py': 'raise SystemExit("this sdist is only downloaded in tests")\n' });
    const server = await startIndexServer({ mode: 'json', projects: { lier: [{ ...sdist, pageFilename: 'lier-1.0-py3-none-any.whl' }] } });
    try {
      const [theirs, ours] = await Promise.all([pipChoice(server.indexUrl, 'lier'), ourChoice(server.indexUrl, 'lier')]);
      expect(theirs).toBe(sdist.filename);
      expect(ours).toEqual({ file: sdist.filename, status: 'suspicious', rules: ['index-filename-mismatch'] });
    } finally {
      await server.close();
    }
  }, 240_000);
});
