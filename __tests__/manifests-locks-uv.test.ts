import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { parse as parseToml } from 'smol-toml';
import { parse } from '../src/manifests/uv-lock.js';
import { evaluateMarker } from '../src/python/markers.js';
import type { Dependency, MarkerEnvironment, ParseContext } from '../src/types.js';

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

function only(deps: Dependency[], name: string, version?: string): Dependency {
  const found = deps.filter((d) => d.name === name && (version === undefined || d.locked?.version === version));
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

function environment(python: string, platform: 'linux' | 'win32' | 'darwin', machine: string): MarkerEnvironment {
  const system = { linux: 'Linux', win32: 'Windows', darwin: 'Darwin' }[platform];
  return {
    python_version: python.split('.').slice(0, 2).join('.'),
    python_full_version: python,
    sys_platform: platform,
    platform_system: system,
    platform_machine: machine,
    platform_release: '',
    platform_version: '',
    os_name: platform === 'win32' ? 'nt' : 'posix',
    implementation_name: 'cpython',
    implementation_version: python,
    platform_python_implementation: 'CPython',
  };
}

const ENVIRONMENTS = ['3.10.14', '3.11.9', '3.12.4'].flatMap((py) => [
  environment(py, 'linux', 'x86_64'),
  environment(py, 'linux', 'aarch64'),
  environment(py, 'win32', 'AMD64'),
  environment(py, 'darwin', 'arm64'),
]);

describe('uv.lock of a workspace', () => {
  const text = fixture('uv/workspace/uv.lock');
  const result = parse(text, 'uv.lock', ctx);
  const deps = result.dependencies;

  it('reads every package but the workspace projects, each on its name line', () => {
    expect(result.kind).toBe('lock');
    expect(result.diagnostics).toEqual([]);
    const names = deps.map((d) => d.name);
    expect(names).not.toContain('acme-api');
    expect(names).not.toContain('acme-core');
    expect(names).not.toContain('acme-tools');
    expect(deps).toHaveLength(34);
    expectLinesAtHeaders(text, deps);
  });

  it('names every wheel and the sdist with URL, hash and size, and the registry', () => {
    const anyio = only(deps, 'anyio');
    expect(anyio.specifier).toBe('==4.6.2.post1');
    expect(anyio.locked?.indexUrl).toBe('https://pypi.org/simple');
    expect(anyio.locked?.files).toEqual([
      {
        filename: 'anyio-4.6.2.post1.tar.gz',
        url: expect.stringMatching(/^https:\/\/files\.pythonhosted\.org\/packages\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{60}\/anyio-4\.6\.2\.post1\.tar\.gz$/),
        hashes: { sha256: sha('anyio-sdist') },
        size: 173422,
      },
      {
        filename: 'anyio-4.6.2.post1-py3-none-any.whl',
        url: expect.stringMatching(/\/anyio-4\.6\.2\.post1-py3-none-any\.whl$/),
        hashes: { sha256: sha('anyio-whl') },
        size: 90377,
      },
    ]);
    expect(anyio.hashes).toEqual([`sha256:${sha('anyio-sdist')}`, `sha256:${sha('anyio-whl')}`].sort());
    expect(only(deps, 'psycopg-binary').locked?.files?.map((f) => f.filename)).toEqual([
      'psycopg_binary-3.2.3-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
    ]);
  });

  it('derives a package marker from the markers of the edges that reach it', () => {
    expect(only(deps, 'colorama').marker).toBe("platform_system == 'Windows' or sys_platform == 'win32'");
    expect(only(deps, 'exceptiongroup').marker).toBe("python_full_version < '3.11'");
    expect(only(deps, 'uvloop').marker).toBe("platform_python_implementation != 'PyPy' and sys_platform != 'win32'");
    expect(only(deps, 'typing-extensions').marker).toBeUndefined();
    expect(only(deps, 'httpx').marker).toBeUndefined();
    expect(only(deps, 'numpy', '2.0.2').marker).toBe("python_full_version < '3.12'");
    expect(only(deps, 'numpy', '2.1.3').marker).toBe("python_full_version >= '3.12'");
  });

  it('tells runtime, optional (by extra) and dev group packages apart', () => {
    expect(only(deps, 'rich').kind).toBe('runtime');
    expect(only(deps, 'pydantic').kind).toBe('runtime');
    expect(only(deps, 'psycopg')).toMatchObject({ kind: 'optional', group: 'postgres' });
    expect(only(deps, 'psycopg-binary')).toMatchObject({ kind: 'optional', group: 'postgres', marker: "implementation_name != 'pypy'" });
    expect(only(deps, 'tzdata')).toMatchObject({ kind: 'optional', group: 'postgres', marker: "sys_platform == 'win32'" });
    expect(only(deps, 'pytest')).toMatchObject({ kind: 'group', group: 'dev' });
    expect(only(deps, 'tomli')).toMatchObject({ kind: 'group', group: 'dev', marker: "python_full_version < '3.11'" });
    // Reached by both the runtime and the dev group: runtime wins.
    expect(only(deps, 'colorama').kind).toBe('runtime');
  });

  it('turns git, url, path, directory and non-member editable sources into direct references', () => {
    expect(only(deps, 'mylib').direct).toEqual({
      kind: 'vcs',
      url: 'git+https://github.com/example-org/mylib.git@4f2b1c9d8e7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c#subdirectory=python',
    });
    const demo = only(deps, 'demo-archive');
    expect(demo.direct).toEqual({ kind: 'url', url: 'https://downloads.example.com/demo_archive-1.0.0.tar.gz' });
    expect(demo.locked?.files).toEqual([
      { filename: 'demo_archive-1.0.0.tar.gz', url: 'https://downloads.example.com/demo_archive-1.0.0.tar.gz', hashes: { sha256: sha('demo-archive') } },
    ]);
    expect(only(deps, 'localpkg').direct).toEqual({ kind: 'path', url: 'vendor/localpkg-0.1.0.tar.gz' });
    expect(only(deps, 'localpkg').hashes).toEqual([`sha256:${sha('localpkg')}`]);
    expect(only(deps, 'toolkit')).toMatchObject({ direct: { kind: 'path', url: '../toolkit' } });
    expect(only(deps, 'toolkit').editable).toBeUndefined();
    expect(only(deps, 'shared-models')).toMatchObject({ direct: { kind: 'path', url: '../shared-models' }, editable: true });
  });
});

describe('uv.lock of a script ([manifest] requirements, no project)', () => {
  it('starts from the manifest requirements and their markers', () => {
    const text = fixture('uv/script/uv.lock');
    const result = parse(text, 'uv.lock', ctx);
    expect(result.diagnostics).toEqual([]);
    expectLinesAtHeaders(text, result.dependencies);
    expect(result.dependencies.map((d) => d.name)).toEqual(['markdown-it-py', 'mdurl', 'pygments', 'pywin32', 'rich']);
    expect(only(result.dependencies, 'pywin32').marker).toBe("sys_platform == 'win32'");
    expect(result.dependencies.filter((d) => d.marker !== undefined)).toHaveLength(1);
    expect(result.dependencies.every((d) => d.kind === 'runtime')).toBe(true);
  });
});

describe('uv.lock with several hundred packages', () => {
  const text = fixture('uv/large/uv.lock');
  const result = parse(text, 'uv.lock', ctx);
  const deps = result.dependencies;
  const doc = parseToml(text) as { package: Array<{ name: string; source: Record<string, string>; dependencies?: Array<{ name: string; marker?: string }> }> };

  it('reads every locked package but the project', () => {
    expect(result.diagnostics).toEqual([]);
    expect(deps).toHaveLength(doc.package.length - 1);
    expect(deps.length).toBeGreaterThanOrEqual(400);
    expectLinesAtHeaders(text, deps);
    for (const d of deps) expect(d.hashes.length).toBeGreaterThan(0);
  });

  it('gives each package a marker that holds wherever some path of edges reaches it, and only there', () => {
    const edges = new Map(doc.package.map((p) => [p.name, p.dependencies ?? []]));
    const root = doc.package.find((p) => p.source.editable === '.')!.name;
    let stated = 0;
    for (const env of ENVIRONMENTS) {
      const reached = new Set<string>();
      const stack = [root];
      while (stack.length > 0) {
        for (const e of edges.get(stack.pop()!)!) {
          if (reached.has(e.name) || (e.marker !== undefined && !evaluateMarker(e.marker, env))) continue;
          reached.add(e.name);
          stack.push(e.name);
        }
      }
      for (const d of deps) {
        const holds = d.marker === undefined || evaluateMarker(d.marker, env);
        // Never less than uv would install; exactly that whenever a marker is stated.
        if (reached.has(d.name)) expect([d.name, holds]).toEqual([d.name, true]);
        if (d.marker !== undefined) {
          stated++;
          expect([d.name, d.marker, holds]).toEqual([d.name, d.marker, reached.has(d.name)]);
        }
      }
    }
    expect(stated).toBeGreaterThan(0);
  });
});

describe('uv.lock that must be rejected', () => {
  it('refuses a lock format version it does not know', () => {
    const result = parse(fixture('uv/future/uv.lock'), 'uv.lock', ctx);
    expect(result.dependencies).toEqual([]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', line: 1, message: expect.stringMatching(/version 2 is not a uv\.lock format/) }),
    ]);
  });

  it.each([
    ['revision = 1\n', /no top-level "version"/],
    ['version = "1"\n', /version "1" is not a uv\.lock format/],
    ['version = 1\npackage = 3\n', /"package" must be an array/],
    ['version = 1\nmanifest = ["a"]\n', /"manifest" must be a table/],
    ['version = 1\n[[package]\nname = "x"\n', /^not valid TOML/],
  ])('refuses %j', (text, message) => {
    const result = parse(text, 'uv.lock', ctx);
    expect(result.dependencies).toEqual([]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(message) })]);
  });

  it('reports bad entries on their lines and reads the rest', () => {
    const text = [
      'version = 1', // 1
      'revision = 3', // 2
      'requires-python = ">=3.12"', // 3
      '', // 4
      '[[package]]', // 5
      'name = "app"', // 6
      'version = "1.0"', // 7
      'source = { editable = "." }', // 8
      'dependencies = [{ name = "good" }, { name = "nosource" }, { name = "ghost" }, { name = "weird", marker = "sys_platform = \'x\'" }]', // 9
      '', // 10
      '[[package]]', // 11
      'name = "good"', // 12
      'version = "1.0"', // 13
      'source = { registry = "https://pypi.org/simple" }', // 14
      `sdist = { url = "https://files.example.com/good-1.0.tar.gz", hash = "sha256:${sha('good')}", size = 10 }`, // 15
      '', // 16
      '[[package]]', // 17
      'name = "nosource"', // 18
      'version = "1.0"', // 19
      '', // 20
      '[[package]]', // 21
      'name = "twosources"', // 22
      'version = "1.0"', // 23
      'source = { registry = "https://pypi.org/simple", git = "https://github.com/x/y" }', // 24
      '', // 25
      '[[package]]', // 26
      'name = "badwheel"', // 27
      'version = "1.0"', // 28
      'source = { registry = "https://pypi.org/simple" }', // 29
      'wheels = [{ url = "https://files.example.com/badwheel-1.0-py3-none-any.whl", hash = "sha256:abc", size = -1 }]', // 30
      '', // 31
      '[[package]]', // 32
      'name = "weird"', // 33
      'version = "1.0"', // 34
      'source = { registry = "https://pypi.org/simple" }', // 35
    ].join('\n');
    const result = parse(text, 'uv.lock', ctx);
    expect(result.dependencies.map((d) => d.name)).toEqual(['good', 'weird']);
    expect(result.diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([
      ['error', 18, 'package "nosource": "source" is missing'],
      ['error', 22, 'package "twosources": "source" must name exactly one of registry, git, url, path, directory, editable, virtual'],
      ['error', 27, 'package "badwheel": wheel 1: sha256 hash "abc" has 3 hex digits, not 64'],
      ['error', 6, expect.stringMatching(/^package "app": invalid marker "sys_platform = 'x'" on a dependency/)],
      ['warning', 6, 'app depends on "nosource", which the lock does not list'],
      ['warning', 6, 'app depends on "ghost", which the lock does not list'],
    ]);
    // The marker that does not parse still narrows where the package is counted as installed.
    expect(result.dependencies[1].marker).toBe("sys_platform = 'x'");
  });
});
