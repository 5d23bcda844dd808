import { parse } from '../src/manifests/pyproject.js';
import type { Dependency, ParseContext } from '../src/types.js';

const ctx: ParseContext = {
  root: '/nonexistent-root',
  env: {},
  readFile: () => {
    throw new Error('pyproject.toml includes no other file');
  },
};

function run(text: string) {
  return parse(text, 'pkg/pyproject.toml', ctx);
}

const row = (d: Dependency) => [d.name, d.specifier, d.kind, d.group, d.source.line];

describe('standard tables', () => {
  const text = [
    '[build-system]', // 1
    'requires = ["setuptools>=61", "wheel"]', // 2
    'build-backend = "setuptools.build_meta"', // 3
    '', // 4
    '[project]', // 5
    'name = "demo"', // 6
    'dependencies = [', // 7
    '  "requests[socks]>=2.31",', // 8
    '  "tomli; python_version < \'3.11\'",', // 9
    '  "wheel",', // 10
    '  "local @ file:///srv/local",', // 11
    ']', // 12
    '', // 13
    '[project.optional-dependencies]', // 14
    'test = ["pytest>=8", "wheel"]', // 15
    'docs = [', // 16
    '  "sphinx",', // 17
    ']', // 18
  ].join('\n');

  test('build, runtime and optional dependencies with their own lines', () => {
    const r = run(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.kind).toBe('manifest');
    expect(r.constraints).toEqual([]);
    expect(r.included).toEqual([]);
    expect(r.options).toBeUndefined();
    expect(r.dependencies.map(row)).toEqual([
      ['setuptools', '>=61', 'build', undefined, 2],
      ['wheel', '', 'build', undefined, 2],
      ['requests', '>=2.31', 'runtime', undefined, 8],
      ['tomli', '', 'runtime', undefined, 9],
      ['wheel', '', 'runtime', undefined, 10],
      ['local', '', 'runtime', undefined, 11],
      ['pytest', '>=8', 'optional', 'test', 15],
      ['wheel', '', 'optional', 'test', 15],
      ['sphinx', '', 'optional', 'docs', 17],
    ]);
    const [, , requests, tomli, , local] = r.dependencies;
    expect(requests).toMatchObject({ extras: ['socks'], displayName: 'requests', hashes: [], source: { path: 'pkg/pyproject.toml', requirement: 'requests[socks]>=2.31' } });
    expect(tomli.marker).toBe("python_version < '3.11'");
    expect(local.direct).toEqual({ kind: 'path', url: 'file:///srv/local' });
  });

  test('bad requirement strings and wrong shapes are errors with their line; the rest is read', () => {
    const r = run(
      [
        '[project]', // 1
        'dependencies = [', // 2
        '  "good",', // 3
        '  "bad name !",', // 4
        '  42,', // 5
        '  "also-good",', // 6
        ']', // 7
        '[project.optional-dependencies]', // 8
        'x = "not-a-list"', // 9
        '[build-system]', // 10
        'requires = "setuptools"', // 11
      ].join('\n'),
    );
    expect(r.dependencies.map((d) => [d.name, d.source.line])).toEqual([
      ['good', 3],
      ['also-good', 6],
    ]);
    expect(r.diagnostics.map((d) => [d.severity, d.path, d.line])).toEqual([
      ['error', 'pkg/pyproject.toml', 11],
      ['error', 'pkg/pyproject.toml', 4],
      ['error', 'pkg/pyproject.toml', 5],
      ['error', 'pkg/pyproject.toml', 9],
    ]);
    expect(r.diagnostics[1].message).toContain('bad name !');
  });

  test('dynamic dependencies are a warning', () => {
    const r = run('[project]\nname = "x"\ndynamic = ["version", "dependencies"]\n');
    expect(r.dependencies).toEqual([]);
    expect(r.diagnostics).toEqual([{ severity: 'warning', path: 'pkg/pyproject.toml', line: 3, message: expect.stringContaining('dynamic') }]);
  });

  test('a TOML syntax error is one error with its line, and no dependencies', () => {
    const r = run('[project]\ndependencies = [\n  "a",\n  "b" "c",\n]\n');
    expect(r.dependencies).toEqual([]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', path: 'pkg/pyproject.toml', line: 4 });
    expect(r.diagnostics[0].message).toMatch(/not valid TOML/);
  });

  test('an empty file has nothing to say', () => {
    expect(run('')).toEqual({ kind: 'manifest', dependencies: [], constraints: [], diagnostics: [], included: [] });
  });
});

describe('dependency groups (PEP 735)', () => {
  test('groups with include-group expanded, each entry at its own line', () => {
    const r = run(
      [
        '[project]', // 1
        'dependencies = ["pytest"]', // 2
        '[dependency-groups]', // 3
        'test = [', // 4
        '  "pytest>=8",', // 5
        '  "coverage",', // 6
        ']', // 7
        'Lint = ["ruff"]', // 8
        'dev = [', // 9
        '  {include-group = "test"},', // 10
        '  {include-group = "lint"},', // 11
        '  "ipython",', // 12
        ']', // 13
      ].join('\n'),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.dependencies.map(row)).toEqual([
      ['pytest', '', 'runtime', undefined, 2],
      ['pytest', '>=8', 'group', 'test', 5],
      ['coverage', '', 'group', 'test', 6],
      ['ruff', '', 'group', 'Lint', 8],
      ['pytest', '>=8', 'group', 'dev', 5],
      ['coverage', '', 'group', 'dev', 6],
      ['ruff', '', 'group', 'dev', 8],
      ['ipython', '', 'group', 'dev', 12],
    ]);
  });

  test('include cycles, unknown groups, bad tables and duplicate names are errors', () => {
    const r = run(
      [
        '[dependency-groups]', // 1
        'a = ["one", {include-group = "b"}]', // 2
        'b = [', // 3
        '  {include-group = "a"},', // 4
        '  "two",', // 5
        ']', // 6
        'c = [{include-group = "nope"}, {other = "x"}, "three"]', // 7
        'self = [{include-group = "self"}]', // 8
        'D = ["four"]', // 9
        'd = ["five"]', // 10
        'e = "six"', // 11
        'f = [{include-group = "e"}, 7]', // 12
      ].join('\n'),
    );
    expect(r.dependencies.map((d) => [d.name, d.group])).toEqual([
      ['one', 'a'],
      ['two', 'a'],
      ['one', 'b'],
      ['two', 'b'],
      ['three', 'c'],
      ['four', 'D'],
    ]);
    const errors = r.diagnostics.map((d) => [d.severity, d.line, d.message]);
    expect(errors).toEqual([
      ['error', 10, expect.stringContaining("duplicates 'D'")],
      ['error', 4, expect.stringContaining('a -> b -> a')],
      ['error', 2, expect.stringContaining('b -> a -> b')],
      ['error', 7, expect.stringContaining("'nope'")],
      ['error', 7, expect.stringContaining('include-group')],
      ['error', 8, expect.stringContaining('self -> self')],
      ['error', 11, expect.stringContaining("'e' must be an array")],
      ['error', 12, expect.stringContaining('must be a PEP 508 requirement string')],
    ]);
  });
});

describe('Poetry', () => {
  const text = [
    '[tool.poetry]', // 1
    'name = "app"', // 2
    '', // 3
    '[tool.poetry.dependencies]', // 4
    'python = "^3.9"', // 5
    'requests = "^2.31"', // 6
    'Django = { version = "~4.2", extras = ["argon2"] }', // 7
    'tomli = { version = ">=1.1", python = "<3.11" }', // 8
    'pywin32 = { version = "*", markers = "sys_platform == \'win32\'" }', // 9
    'uvloop = { version = "^0.19", platform = "linux", optional = true }', // 10
    'mylib = { git = "https://example.invalid/org/mylib.git", tag = "v1.0" }', // 11
    'sshlib = { git = "git@example.invalid:org/sshlib.git", branch = "main", subdirectory = "py" }', // 12
    'local = { path = "../local", develop = true }', // 13
    'remote = { url = "https://files.example.invalid/remote-1.0.tar.gz" }', // 14
    'numpy = [', // 15
    '  { version = "<1.25", python = "<3.9" },', // 16
    '  { version = "^1.26", python = ">=3.9" },', // 17
    ']', // 18
    'either = "^1.0 || ^2.0"', // 19
    'exact = "1.2.3"', // 20
    '', // 21
    '[tool.poetry.dependencies.tabled]', // 22
    'version = ">=3,<4"', // 23
    '', // 24
    '[tool.poetry.extras]', // 25
    'fast = ["uvloop"]', // 26
    '', // 27
    '[tool.poetry.dev-dependencies]', // 28
    'requests = "^2.0"', // 29
    '', // 30
    '[tool.poetry.group.test.dependencies]', // 31
    'pytest = "^8.0"', // 32
    'requests = "2.*"', // 33
  ].join('\n');

  const r = run(text);
  const byLine = (line: number) => r.dependencies.filter((d) => d.source.line === line);

  test('every entry except python, each at its own line, duplicates in other tables included', () => {
    expect(r.dependencies.map(row)).toEqual([
      ['requests', '>=2.31,<3.0', 'runtime', undefined, 6],
      ['django', '>=4.2,<4.3', 'runtime', undefined, 7],
      ['tomli', '>=1.1', 'runtime', undefined, 8],
      ['pywin32', '', 'runtime', undefined, 9],
      ['uvloop', '>=0.19,<0.20', 'optional', 'fast', 10],
      ['mylib', '', 'runtime', undefined, 11],
      ['sshlib', '', 'runtime', undefined, 12],
      ['local', '', 'runtime', undefined, 13],
      ['remote', '', 'runtime', undefined, 14],
      ['numpy', '<1.25', 'runtime', undefined, 16],
      ['numpy', '>=1.26,<2.0', 'runtime', undefined, 17],
      ['either', '', 'runtime', undefined, 19],
      ['exact', '==1.2.3', 'runtime', undefined, 20],
      ['tabled', '>=3,<4', 'runtime', undefined, 22],
      ['requests', '>=2.0,<3.0', 'dev', 'dev', 29],
      ['pytest', '>=8.0,<9.0', 'group', 'test', 32],
      ['requests', '==2.*', 'group', 'test', 33],
    ]);
  });

  test('the union is a warning at its line', () => {
    expect(r.diagnostics).toEqual([{ severity: 'warning', path: 'pkg/pyproject.toml', line: 19, message: expect.stringContaining('^1.0 || ^2.0') }]);
  });

  test('extras, markers, python and platform', () => {
    expect(byLine(7)[0].extras).toEqual(['argon2']);
    expect(byLine(8)[0].marker).toBe('python_version < "3.11"');
    expect(byLine(9)[0].marker).toBe("sys_platform == 'win32'");
    expect(byLine(10)[0].marker).toBe('sys_platform == "linux"');
    expect(byLine(16)[0].marker).toBe('python_version < "3.9"');
    expect(byLine(17)[0].marker).toBe('python_version >= "3.9"');
  });

  test('git, path and url tables are direct references', () => {
    expect(byLine(11)[0].direct).toEqual({ kind: 'vcs', url: 'git+https://example.invalid/org/mylib.git@v1.0' });
    expect(byLine(12)[0].direct).toEqual({ kind: 'vcs', url: 'git+ssh://git@example.invalid/org/sshlib.git@main#subdirectory=py' });
    expect(byLine(13)[0]).toMatchObject({ direct: { kind: 'path', url: '../local' }, editable: true });
    expect(byLine(14)[0].direct).toEqual({ kind: 'url', url: 'https://files.example.invalid/remote-1.0.tar.gz' });
    expect(byLine(6)[0].direct).toBeUndefined();
  });

  test('the requirement text shows the entry as written', () => {
    expect(byLine(6)[0].source.requirement).toBe('requests = "^2.31"');
    expect(byLine(17)[0].source.requirement).toBe('numpy = { version = "^1.26", python = ">=3.9" }');
  });

  test('markers and python combine', () => {
    const r2 = run('[tool.poetry.dependencies]\nx = { version = "1.0", markers = "os_name == \'nt\' or os_name == \'posix\'", python = "^3.8" }\n');
    expect(r2.diagnostics).toEqual([]);
    expect(r2.dependencies[0].marker).toBe(
      `(os_name == 'nt' or os_name == 'posix') and python_version >= "3.8" and python_version < "4.0"`,
    );
  });

  test('bad constraints, markers, names and shapes are errors with their line', () => {
    const r2 = run(
      [
        '[tool.poetry.dependencies]', // 1
        'ok = "^1"', // 2
        'badver = "latest"', // 3
        'badmarker = { version = "1", markers = "os_name === " }', // 4
        '"bad name" = "1"', // 5
        'number = 3', // 6
        'badextras = { version = "1", extras = "x" }', // 7
        'badpython = { version = "1", python = "three" }', // 8
        '[tool.poetry.group.g]', // 9
        'dependencies = "nope"', // 10
      ].join('\n'),
    );
    expect(r2.dependencies.map((d) => d.name)).toEqual(['ok']);
    expect(r2.diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ['error', 3],
      ['error', 4],
      ['error', 5],
      ['error', 6],
      ['error', 7],
      ['error', 8],
      ['error', 10],
    ]);
    expect(r2.diagnostics[0].message).toContain('latest');
  });
});
