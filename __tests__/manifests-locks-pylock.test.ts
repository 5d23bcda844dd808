import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { parse } from '../src/manifests/pylock.js';
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
const sha512 = (label: string): string => createHash('sha512').update(label).digest('hex');

function only(deps: Dependency[], name: string): Dependency {
  const found = deps.filter((d) => d.name === name);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('pylock.toml (PEP 751)', () => {
  const text = fixture('pylock/pylock.toml');
  const result = parse(text, 'pylock.toml', ctx);
  const deps = result.dependencies;
  const lines = text.split('\n');

  it('reads every [[packages]] entry on its name line', () => {
    expect(result.kind).toBe('lock');
    expect(result.diagnostics).toEqual([]);
    expect(deps.map((d) => d.name)).toEqual(['attrs', 'cattrs', 'numpy', 'pytest', 'mylib', 'shared-models', 'demo-archive']);
    for (const d of deps) {
      expect(lines[d.source.line - 2]).toBe('[[packages]]');
      expect(lines[d.source.line - 1]).toBe(`name = '${d.displayName}'`);
    }
  });

  it('names the wheels and the sdist, with every hash algorithm given, and the index', () => {
    const numpy = only(deps, 'numpy');
    expect(numpy.specifier).toBe('==2.2.3');
    expect(numpy.marker).toBe("python_version >= '3.10'");
    expect(numpy.locked?.indexUrl).toBe('https://pypi.org/simple');
    expect(numpy.locked?.files?.map((f) => f.filename)).toEqual([
      'numpy-2.2.3.tar.gz',
      'numpy-2.2.3-cp312-cp312-win_amd64.whl',
      'numpy-2.2.3-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
    ]);
    expect(numpy.locked?.files?.[2]).toEqual({
      filename: 'numpy-2.2.3-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
      url: expect.stringMatching(/^https:\/\/files\.pythonhosted\.org\/packages\/.*manylinux2014_x86_64\.whl$/),
      size: 16102567,
      hashes: { sha256: sha('np223-linux'), sha512: sha512('np223-linux-512') },
    });
    expect(numpy.hashes).toEqual(
      [`sha256:${sha('np223-sdist')}`, `sha256:${sha('np223-win')}`, `sha256:${sha('np223-linux')}`, `sha512:${sha512('np223-linux-512')}`].sort(),
    );
  });

  it('reads sdist and wheels written as sub-tables', () => {
    expect(only(deps, 'cattrs').locked?.files?.map((f) => [f.filename, f.size])).toEqual([
      ['cattrs-24.1.2.tar.gz', 426462],
      ['cattrs-24.1.2-py3-none-any.whl', 67580],
    ]);
  });

  it('takes a dependency-group marker as the group, and drops the test from the marker', () => {
    const pytest = only(deps, 'pytest');
    expect(pytest).toMatchObject({ kind: 'group', group: 'dev' });
    expect(pytest.marker).toBeUndefined();
  });

  it('reads vcs, directory and archive packages as direct references', () => {
    const mylib = only(deps, 'mylib');
    expect(mylib.direct).toEqual({
      kind: 'vcs',
      url: 'git+https://github.com/example-org/mylib.git@4f2b1c9d8e7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c#subdirectory=python',
    });
    expect(mylib.specifier).toBe('');
    expect(mylib.locked).toBeUndefined();
    expect(mylib.marker).toBe("sys_platform == 'linux'");
    expect(only(deps, 'shared-models')).toMatchObject({ direct: { kind: 'path', url: '../shared-models' }, editable: true });
    const demo = only(deps, 'demo-archive');
    expect(demo.direct).toEqual({ kind: 'url', url: 'https://downloads.example.com/demo_archive-1.0.0.tar.gz' });
    expect(demo.hashes).toEqual([`sha256:${sha('demo-archive')}`]);
    expect(demo.locked).toEqual({
      version: '1.0.0',
      files: [{ filename: 'demo_archive-1.0.0.tar.gz', url: 'https://downloads.example.com/demo_archive-1.0.0.tar.gz', size: 5120, hashes: { sha256: sha('demo-archive') } }],
    });
  });
});

describe('pylock.<name>.toml with a newer minor lock-version', () => {
  it('is read, with a warning', () => {
    const result = parse(fixture('pylock/pylock.dev.toml'), 'pylock.dev.toml', ctx);
    expect(result.dependencies.map((d) => d.source.requirement)).toEqual(['iniconfig==2.1.0', 'pytest==8.3.5']);
    expect(result.diagnostics).toEqual([
      { severity: 'warning', path: 'pylock.dev.toml', line: 3, message: 'lock-version 1.1 is newer than 1.0; fields added since are ignored' },
    ]);
  });
});

describe('pylock.toml that must be rejected', () => {
  it('refuses an unknown major lock-version, and installs nothing from it', () => {
    const result = parse(fixture('pylock/future/pylock.toml'), 'pylock.toml', ctx);
    expect(result.dependencies).toEqual([]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', line: 1, message: expect.stringMatching(/lock-version 2\.0 is not a PEP 751 format/) }),
    ]);
  });

  it.each([
    ['created-by = "x"\n', /no "lock-version"/],
    ['lock-version = 1.0\n', /not a version string/],
    ['lock-version = "1.0"\npackages = {}\n', /"packages" must be an array/],
    ["lock-version = '1.0'\n[[packages]\n", /^not valid TOML/],
  ])('refuses %j', (text, message) => {
    const result = parse(text, 'pylock.toml', ctx);
    expect(result.dependencies).toEqual([]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(message) })]);
  });

  it('reports bad entries on their lines and reads the rest', () => {
    const hash = sha('x');
    const text = [
      "lock-version = '1.0'", // 1
      "created-by = 'test'", // 2
      '', // 3
      '[[packages]]', // 4
      "name = 'good'", // 5
      "version = '1.0'", // 6
      `wheels = [{url = 'https://files.example.com/good-1.0-py3-none-any.whl', hashes = {sha256 = '${hash}'}}]`, // 7
      '', // 8
      '[[packages]]', // 9
      "name = 'nohash'", // 10
      "version = '1.0'", // 11
      "sdist = {url = 'https://files.example.com/nohash-1.0.tar.gz'}", // 12
      '', // 13
      '[[packages]]', // 14
      "name = 'both'", // 15
      "version = '1.0'", // 16
      "directory = {path = '.'}", // 17
      `sdist = {url = 'https://files.example.com/both-1.0.tar.gz', hashes = {sha256 = '${hash}'}}`, // 18
      '', // 19
      '[[packages]]', // 20
      "name = 'nocommit'", // 21
      "vcs = {type = 'git', url = 'https://github.com/x/nocommit'}", // 22
      '', // 23
      '[[packages]]', // 24
      "name = 'noversion'", // 25
      `wheels = [{url = 'https://files.example.com/noversion-1.0-py3-none-any.whl', hashes = {sha256 = '${hash}'}}]`, // 26
      '', // 27
      '[[packages]]', // 28
      "name = 'nowhere'", // 29
      "version = '1.0'", // 30
    ].join('\n');
    const result = parse(text, 'pylock.toml', ctx);
    expect(result.dependencies.map((d) => d.name)).toEqual(['good', 'nowhere']);
    expect(result.diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([
      ['error', 10, 'package "nohash": sdist: "hashes" is missing'],
      ['error', 15, 'package "both": names directory and sdist; vcs, directory and archive each exclude every other source'],
      ['error', 21, 'package "nocommit": "commit-id" is missing'],
      ['error', 25, 'package "noversion": "version" is missing (it is required for packages from an index)'],
      ['warning', 29, 'package "nowhere": names no sdist, wheel, archive, directory or VCS source'],
    ]);
  });
});
