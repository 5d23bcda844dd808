import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { parse } from '../src/manifests/poetry-lock.js';
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

function byName(deps: Dependency[], name: string, version?: string): Dependency {
  const found = deps.filter((d) => d.name === name && (version === undefined || d.locked?.version === version));
  expect(found).toHaveLength(1);
  return found[0];
}

const sha = (label: string): string => createHash('sha256').update(label).digest('hex');

/** Every dependency's line is the `name = ` line of its entry, right under its `[[package]]` header. */
function expectLinesAtHeaders(text: string, deps: Dependency[]): void {
  const lines = text.split('\n');
  for (const d of deps) {
    expect(lines[d.source.line - 2]).toBe('[[package]]');
    expect(lines[d.source.line - 1]).toBe(`name = "${d.displayName}"`);
  }
}

describe('poetry.lock 2.1 (Poetry 2.x)', () => {
  const text = fixture('poetry/poetry.lock');
  const result = parse(text, 'poetry.lock', ctx);
  const deps = result.dependencies;

  it('reads every package as a lock entry, without diagnostics', () => {
    expect(result.kind).toBe('lock');
    expect(result.diagnostics).toEqual([]);
    expect(result.constraints).toEqual([]);
    expect(result.included).toEqual([]);
    expect(deps).toHaveLength(15);
    expectLinesAtHeaders(text, deps);
  });

  it('pins the version and collects every file hash', () => {
    const cn = byName(deps, 'charset-normalizer');
    expect(cn.specifier).toBe('==3.4.2');
    expect(cn.locked).toEqual({ version: '3.4.2' });
    expect(cn.source).toEqual({ path: 'poetry.lock', line: cn.source.line, requirement: 'charset-normalizer==3.4.2' });
    expect(cn.hashes).toEqual(['cn-any', 'cn-linux', 'cn-mac', 'cn-sdist', 'cn-win'].map((l) => `sha256:${sha(l)}`).sort());
    expect(cn.kind).toBe('runtime');
    expect(cn.marker).toBeUndefined();
  });

  it('joins per-group markers with or, and keeps a single marker as written', () => {
    expect(byName(deps, 'colorama').marker).toBe('platform_system == "Windows" or sys_platform == "win32"');
    expect(byName(deps, 'colorama').kind).toBe('runtime');
    const eg = byName(deps, 'exceptiongroup');
    expect(eg.marker).toBe('python_version < "3.11"');
    expect(eg).toMatchObject({ kind: 'group', group: 'dev' });
  });

  it('marks optional packages with the root extras that pull them in, without the extra test', () => {
    const pg = byName(deps, 'psycopg2-binary');
    expect(pg).toMatchObject({ kind: 'optional', group: 'pgsql' });
    expect(pg.marker).toBeUndefined();
  });

  it('takes the index of a legacy source', () => {
    expect(byName(deps, 'internal-auth').locked).toEqual({ version: '4.2.0', indexUrl: 'https://pypi.internal.example.com/simple' });
  });

  it('turns git, url, file and directory sources into direct references', () => {
    expect(byName(deps, 'mylib').direct).toEqual({
      kind: 'vcs',
      url: 'git+https://github.com/example-org/mylib.git@4f2b1c9d8e7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c#subdirectory=python',
    });
    expect(byName(deps, 'mylib').source.requirement).toBe(
      'mylib @ git+https://github.com/example-org/mylib.git@4f2b1c9d8e7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c#subdirectory=python',
    );
    expect(byName(deps, 'mylib').editable).toBeUndefined();
    expect(byName(deps, 'demo-archive').direct).toEqual({ kind: 'url', url: 'https://downloads.example.com/demo_archive-1.0.0.tar.gz' });
    expect(byName(deps, 'demo-archive').hashes).toEqual([`sha256:${sha('demo-archive')}`]);
    expect(byName(deps, 'localpkg').direct).toEqual({ kind: 'path', url: 'vendor/localpkg-0.1.0.tar.gz' });
    expect(byName(deps, 'shared-models').direct).toEqual({ kind: 'path', url: '../shared-models' });
    expect(byName(deps, 'shared-models').editable).toBe(true);
  });

  it('names no files without URLs, so they are looked up on the index with their hashes', () => {
    for (const d of deps) expect(d.locked?.files).toBeUndefined();
  });
});

describe('poetry.lock 1.1 (Poetry 1.1, [metadata.files])', () => {
  const text = fixture('poetry/v1.1/poetry.lock');
  const result = parse(text, 'v1.1/poetry.lock', ctx);
  const deps = result.dependencies;

  it('finds the hashes of each package in [metadata.files], by normalized name', () => {
    expect(result.diagnostics).toEqual([]);
    expectLinesAtHeaders(text, deps);
    expect(byName(deps, 'certifi').hashes).toEqual([`sha256:${sha('c11-whl')}`, `sha256:${sha('c11-sdist')}`].sort());
    const ruamel = byName(deps, 'ruamel-yaml');
    expect(ruamel.displayName).toBe('ruamel.yaml');
    expect(ruamel.hashes).toHaveLength(2);
  });

  it('splits the files of two versions of one package by the version in the file name', () => {
    expect(byName(deps, 'numpy', '1.24.4').hashes).toEqual([`sha256:${sha('np124-whl')}`, `sha256:${sha('np124-sdist')}`].sort());
    expect(byName(deps, 'numpy', '1.26.4').hashes).toEqual([`sha256:${sha('np126-whl')}`, `sha256:${sha('np126-sdist')}`].sort());
  });

  it('reads category as the kind', () => {
    expect(byName(deps, 'pytest')).toMatchObject({ kind: 'dev', group: 'dev' });
    expect(byName(deps, 'certifi').kind).toBe('runtime');
    expect(byName(deps, 'psycopg2')).toMatchObject({ kind: 'optional', group: 'pgsql' });
  });
});

describe('poetry.lock before 1.0 ([metadata.hashes], no lock-version)', () => {
  it('reads bare digests as sha256 hashes', () => {
    const result = parse(fixture('poetry/v1.0/poetry.lock'), 'poetry.lock', ctx);
    expect(result.diagnostics).toEqual([]);
    expect(byName(result.dependencies, 'six').hashes).toEqual([`sha256:${sha('six-whl')}`, `sha256:${sha('six-sdist')}`].sort());
    expect(byName(result.dependencies, 'attrs').locked?.version).toBe('19.3.0');
  });
});

describe('poetry.lock that must be rejected', () => {
  it('reports a TOML syntax error with its line, and reads nothing', () => {
    const result = parse(fixture('poetry/broken/poetry.lock'), 'poetry.lock', ctx);
    expect(result.dependencies).toEqual([]);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', path: 'poetry.lock', line: 13 });
    expect(result.diagnostics[0].message).toMatch(/^not valid TOML: .*line 13/);
  });

  it('refuses a lock-version from an unknown major format', () => {
    const result = parse(fixture('poetry/future/poetry.lock'), 'poetry.lock', ctx);
    expect(result.dependencies).toEqual([]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', line: 14, message: expect.stringMatching(/lock-version 3\.0 is not a poetry\.lock format/) }),
    ]);
  });

  it('refuses a package list of the wrong shape', () => {
    const result = parse('package = "requests"\n[metadata]\nlock-version = "2.1"\n', 'poetry.lock', ctx);
    expect(result.dependencies).toEqual([]);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/"package" must be an array/) });
  });

  it('reports a bad entry on its own line and still reads the others', () => {
    const text = [
      '[[package]]', // 1
      'name = "good"', // 2
      'version = "1.0"', // 3
      'files = [{file = "good-1.0.tar.gz", hash = "sha256:' + sha('good') + '"}]', // 4
      '', // 5
      '[[package]]', // 6
      'name = "noversion"', // 7
      'files = []', // 8
      '', // 9
      '[[package]]', // 10
      'name = "badhash"', // 11
      'version = "2.0"', // 12
      'files = [{file = "badhash-2.0.tar.gz", hash = "sha256:xyz"}]', // 13
      '', // 14
      '[[package]]', // 15
      'name = "badversion"', // 16
      'version = "not a version"', // 17
      '', // 18
      '[[package]]', // 19
      'name = "badmarker"', // 20
      'version = "3.0"', // 21
      'markers = "python_version >>> \\"3\\""', // 22
      '', // 23
      '[metadata]', // 24
      'lock-version = "2.0"', // 25
    ].join('\n');
    const result = parse(text, 'poetry.lock', ctx);
    expect(result.dependencies.map((d) => d.name)).toEqual(['good', 'badmarker']);
    expect(result.diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ['error', 7],
      ['error', 11],
      ['error', 16],
      ['error', 20],
    ]);
    expect(result.diagnostics[0].message).toBe('package "noversion": "version" is missing');
    expect(result.diagnostics[1].message).toMatch(/^package "badhash": file 1: hash "sha256:xyz" is not <algorithm>:<hex digest>$/);
    expect(result.diagnostics[2].message).toMatch(/"not a version" is not a valid PEP 440 version/);
    expect(result.diagnostics[3].message).toMatch(/^package "badmarker": invalid marker/);
    // A marker that does not parse is kept: dropping it would claim the package installs everywhere.
    expect(result.dependencies[1].marker).toBe('python_version >>> "3"');
  });

  it('charges a bad [metadata.files] record to the packages of that name only', () => {
    const text = [
      '[[package]]',
      'name = "alpha"',
      'version = "1.0"',
      'category = "main"',
      '',
      '[[package]]',
      'name = "beta"',
      'version = "2.0"',
      'category = "main"',
      '',
      '[metadata]',
      'lock-version = "1.1"',
      '',
      '[metadata.files]',
      'alpha = [{file = "alpha-1.0.tar.gz", hash = "md5:zz"}]',
      `beta = [{file = "beta-2.0.tar.gz", hash = "sha256:${sha('beta')}"}]`,
    ].join('\n');
    const result = parse(text, 'poetry.lock', ctx);
    expect(result.dependencies.map((d) => [d.name, d.hashes])).toEqual([['beta', [`sha256:${sha('beta')}`]]]);
    expect(result.diagnostics).toEqual([
      { severity: 'error', path: 'poetry.lock', line: 2, message: 'package "alpha": [metadata.files] alpha file 1: hash "md5:zz" is not <algorithm>:<hex digest>' },
    ]);
  });

  it('warns about a source type it does not know, and keeps the package', () => {
    const text = '[[package]]\nname = "x"\nversion = "1.0"\nfiles = []\n[package.source]\ntype = "mercurial"\nurl = "https://hg.example.com/x"\n[metadata]\nlock-version = "2.1"\n';
    const result = parse(text, 'poetry.lock', ctx);
    expect(result.dependencies.map((d) => d.name)).toEqual(['x']);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', line: 2, message: expect.stringMatching(/unknown source type "mercurial"/) })]);
  });
});
