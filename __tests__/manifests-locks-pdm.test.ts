import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { parse } from '../src/manifests/pdm-lock.js';
import type { Dependency, ParseContext } from '../src/types.js';

const ctx: ParseContext = {
  root: '/repo',
  readFile: () => {
    throw new Error('a lock reads no other file');
  },
  env: {},
};

function fixture(rel: string): string {
  return readFileSync(new URL(`./fixtures/locks/${rel}`, import.meta.url), 'utf8');
}

const sha = (label: string): string => createHash('sha256').update(label).digest('hex');

function only(deps: Dependency[], requirement: string): Dependency {
  const found = deps.filter((d) => d.source.requirement === requirement);
  expect(found).toHaveLength(1);
  return found[0];
}

function expectLinesAtHeaders(text: string, deps: Dependency[]): void {
  const lines = text.split('\n');
  for (const d of deps) {
    expect(lines[d.source.line - 2]).toBe('[[package]]');
    expect(lines[d.source.line - 1]).toBe(`name = "${d.displayName}"`);
  }
}

describe('pdm.lock 4.5 (files and groups on each package)', () => {
  const text = fixture('pdm/pdm.lock');
  const result = parse(text, 'pdm.lock', ctx);
  const deps = result.dependencies;

  it('reads every package, each on its name line', () => {
    expect(result.kind).toBe('lock');
    expect(result.diagnostics).toEqual([]);
    expect(deps).toHaveLength(9);
    expectLinesAtHeaders(text, deps);
  });

  it('pins versions with the hashes of their files', () => {
    const certifi = only(deps, 'certifi==2024.8.30');
    expect(certifi.specifier).toBe('==2024.8.30');
    expect(certifi.hashes).toEqual([`sha256:${sha('pdm-certifi-whl')}`, `sha256:${sha('pdm-certifi-sdist')}`].sort());
    expect(certifi.kind).toBe('runtime');
    // Without static URLs the files must be found on an index.
    expect(certifi.locked).toEqual({ version: '2024.8.30' });
  });

  it('keeps an entry locked with extras apart from the plain one', () => {
    expect(only(deps, 'requests==2.32.3').extras).toEqual([]);
    expect(only(deps, 'requests[socks]==2.32.3').extras).toEqual(['socks']);
  });

  it('reads groups and markers', () => {
    expect(only(deps, 'colorama==0.4.6')).toMatchObject({ kind: 'group', group: 'dev', marker: 'sys_platform == "win32"' });
    expect(only(deps, 'sphinx==7.4.7')).toMatchObject({ kind: 'group', group: 'docs', marker: 'python_version >= "3.9"' });
  });

  it('reads git, url and editable path entries as direct references', () => {
    const mylib = deps.find((d) => d.name === 'mylib')!;
    expect(mylib.direct).toEqual({
      kind: 'vcs',
      url: 'git+https://github.com/example-org/mylib.git@4f2b1c9d8e7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c#subdirectory=python',
    });
    expect(mylib.locked?.version).toBe('0.3.0');
    const demo = deps.find((d) => d.name === 'demo-archive')!;
    expect(demo.direct).toEqual({ kind: 'url', url: 'https://downloads.example.com/demo_archive-1.0.0.tar.gz' });
    expect(demo.hashes).toEqual([`sha256:${sha('demo-archive')}`]);
    const shared = deps.find((d) => d.name === 'shared-models')!;
    expect(shared).toMatchObject({ direct: { kind: 'path', url: '../shared-models' }, editable: true });
  });
});

describe('pdm.lock 4.1 ([metadata.files] with URLs)', () => {
  const text = fixture('pdm/v4.1/pdm.lock');
  const result = parse(text, 'pdm.lock', ctx);
  const deps = result.dependencies;

  it('finds files by "<name> <version>" and keeps their URLs', () => {
    expect(result.diagnostics).toEqual([]);
    expectLinesAtHeaders(text, deps);
    const ruamel = only(deps, 'ruamel-yaml==0.17.32');
    expect(ruamel.locked?.files).toEqual([
      {
        filename: 'ruamel.yaml-0.17.32-py3-none-any.whl',
        url: 'https://files.pythonhosted.org/packages/d9/0e/2a05efa11ea33513fbdf4a2e2576fe94fd8fa5ad226dbb9c660886390974/ruamel.yaml-0.17.32-py3-none-any.whl',
        hashes: { sha256: sha('ry32-whl') },
      },
      {
        filename: 'ruamel.yaml-0.17.32.tar.gz',
        url: 'https://files.pythonhosted.org/packages/63/dd/b4719a290e49015536bd0ab06ab13e3b468d8697bec6c2f668ac48b05661/ruamel.yaml-0.17.32.tar.gz',
        hashes: { sha256: sha('ry32-sdist') },
      },
    ]);
    expect(only(deps, 'pytest==7.4.0').hashes).toEqual([`sha256:${sha('pt7-whl')}`, `sha256:${sha('pt7-sdist')}`].sort());
  });
});

describe('pdm.lock that must be rejected', () => {
  it('refuses an unknown major lock_version', () => {
    const result = parse(fixture('pdm/future/pdm.lock'), 'pdm.lock', ctx);
    expect(result.dependencies).toEqual([]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', line: 4, message: expect.stringMatching(/lock_version 5\.0\.0 is not a pdm\.lock format/) }),
    ]);
  });

  it.each([
    ['[[package]]\nname = "x"\nversion = "1"\n', /no \[metadata\] table/],
    ['[metadata]\ngroups = ["default"]\n', /has no lock_version/],
    ['[metadata]\nlock_version = "four"\n', /"four" is not a version/],
    ['[metadata]\nlock_version = "4.4"\n[package]\nname = "x"\n', /"package" must be an array/],
    ['[metadata]\nlock_version = "4.4"\nfiles = [1]\n', /\[metadata\.files\] must be a table/],
    ['[metadata\nlock_version = "4.4"\n', /^not valid TOML/],
  ])('refuses %j', (text, message) => {
    const result = parse(text, 'pdm.lock', ctx);
    expect(result.dependencies).toEqual([]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(message) })]);
  });

  it('reports bad entries on their lines and reads the rest', () => {
    const text = [
      '[metadata]', // 1
      'lock_version = "4.4.1"', // 2
      '', // 3
      '[[package]]', // 4
      'name = "good"', // 5
      'version = "1.0"', // 6
      `files = [{file = "good-1.0.tar.gz", hash = "sha256:${sha('good')}"}]`, // 7
      '', // 8
      '[[package]]', // 9
      'name = "nofile"', // 10
      'version = "1.0"', // 11
      'files = [{hash = "sha256:' + sha('nofile') + '"}]', // 12
      '', // 13
      '[[package]]', // 14
      'name = "-bad-name-"', // 15
      'version = "1.0"', // 16
      '', // 17
      '[[package]]', // 18
      'name = "nogroups"', // 19
      'version = "1.0"', // 20
      'groups = "default"', // 21
    ].join('\n');
    const result = parse(text, 'pdm.lock', ctx);
    expect(result.dependencies.map((d) => d.name)).toEqual(['good']);
    expect(result.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [10, 'package "nofile": file 1: names neither "file" nor "url"'],
      [15, 'package "-bad-name-": "-bad-name-" is not a valid project name'],
      [19, 'package "nogroups": "groups" must be an array of strings'],
    ]);
  });
});
