import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { parse as parseLock } from '../src/manifests/pipfile-lock.js';
import { parse as parsePipfile } from '../src/manifests/pipfile.js';
import type { Dependency, ParseContext } from '../src/types.js';

const ctx: ParseContext = {
  root: '/repo',
  readFile: () => {
    throw new Error('a lock reads no other file');
  },
  env: { PIP_USER: 'ci', PIP_PASSWORD: 's3cret' },
};

function fixture(rel: string): string {
  return readFileSync(new URL(`./fixtures/locks/${rel}`, import.meta.url), 'utf8');
}

function only(deps: Dependency[], name: string, kind?: Dependency['kind']): Dependency {
  const found = deps.filter((d) => d.name === name && (kind === undefined || d.kind === kind));
  expect(found).toHaveLength(1);
  return found[0];
}

const sha = (label: string): string => createHash('sha256').update(label).digest('hex');

describe('Pipfile.lock', () => {
  const text = fixture('pipenv/Pipfile.lock');
  const result = parseLock(text, 'Pipfile.lock', ctx);
  const deps = result.dependencies;
  const lines = text.split('\n');

  it('reads default, develop and category sections', () => {
    expect(result.kind).toBe('lock');
    expect(result.diagnostics).toEqual([]);
    expect(deps).toHaveLength(14);
    expect(deps.filter((d) => d.kind === 'runtime')).toHaveLength(11);
    expect(only(deps, 'pytest')).toMatchObject({ kind: 'dev', group: 'develop' });
    expect(only(deps, 'sphinx')).toMatchObject({ kind: 'group', group: 'docs' });
  });

  it('puts each package on the line of its key', () => {
    for (const d of deps) expect(lines[d.source.line - 1].trim()).toBe(`"${d.displayName}": {`);
  });

  it('pins ==version with its hashes, marker and index', () => {
    const django = only(deps, 'django');
    expect(django.specifier).toBe('==4.2.11');
    expect(django.hashes).toEqual([`sha256:${sha('django-whl')}`, `sha256:${sha('django-sdist')}`].sort());
    expect(django.marker).toBe("python_version >= '3.8'");
    expect(django.locked).toEqual({ version: '4.2.11', indexUrl: 'https://pypi.org/simple' });
    expect(django.source.requirement).toBe('django==4.2.11');
  });

  it('expands ${VAR} in the source URL an index names', () => {
    expect(only(deps, 'internal-auth').locked?.indexUrl).toBe('https://ci:s3cret@pypi.internal.example.com/simple');
  });

  it('keeps requested extras', () => {
    const requests = only(deps, 'requests');
    expect(requests.extras).toEqual(['socks']);
    expect(requests.source.requirement).toBe('requests[socks]==2.31.0');
  });

  it('reads git, file and path entries as direct references', () => {
    expect(only(deps, 'mylib').direct).toEqual({
      kind: 'vcs',
      url: 'git+https://github.com/example-org/mylib.git@4f2b1c9d8e7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c#subdirectory=python',
    });
    expect(only(deps, 'demo-archive').direct).toEqual({ kind: 'url', url: 'https://downloads.example.com/demo_archive-1.0.0.tar.gz' });
    expect(only(deps, 'demo-archive').hashes).toEqual([`sha256:${sha('demo-archive')}`]);
    expect(only(deps, 'shared-models')).toMatchObject({ direct: { kind: 'path', url: '../shared-models' }, editable: true, specifier: '' });
  });
});

describe('Pipfile.lock that must be rejected', () => {
  it('reports a JSON syntax error with its line', () => {
    const result = parseLock(fixture('pipenv/broken/Pipfile.lock'), 'Pipfile.lock', ctx);
    expect(result.dependencies).toEqual([]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', path: 'Pipfile.lock', line: 23, message: expect.stringMatching(/^not valid JSON: .*line 23/) }),
    ]);
  });

  it.each([
    ['[]', /must be a JSON object/],
    ['{"packages": {}}', /not a Pipfile\.lock/],
    ['{"_meta": [], "default": {}}', /"_meta" must be an object/],
  ])('refuses %s', (text, message) => {
    const result = parseLock(text, 'Pipfile.lock', ctx);
    expect(result.dependencies).toEqual([]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(message) })]);
  });

  it('reports bad entries on their lines and reads the rest', () => {
    const text = [
      '{', // 1
      '    "_meta": {"sources": [{"name": "pypi", "url": "https://pypi.org/simple"}]},', // 2
      '    "default": {', // 3
      '        "good": {"hashes": ["sha256:' + sha('good') + '"], "version": "==1.0"},', // 4
      '        "ranged": {"version": ">=1.0"},', // 5
      '        "badhash": {"hashes": ["' + sha('nohash') + '"], "version": "==1.0"},', // 6
      '        "listy": [],', // 7
      '        "elsewhere": {"index": "mirror", "version": "==2.0"},', // 8
      '        "loose": {"hashes": []}', // 9
      '    },', // 10
      '    "develop": "none"', // 11
      '}',
    ].join('\n');
    const result = parseLock(text, 'Pipfile.lock', ctx);
    expect(result.dependencies.map((d) => d.name)).toEqual(['good', 'elsewhere', 'loose']);
    expect(result.diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([
      ['error', 5, 'default package "ranged": version ">=1.0" is not pinned with =='],
      ['error', 6, expect.stringMatching(/^default package "badhash": hash "[0-9a-f]+" does not name its algorithm/)],
      ['error', 7, 'default package "listy": must be an object'],
      ['warning', 8, 'default package "elsewhere": index "mirror" is not in _meta.sources'],
      ['warning', 9, 'default package "loose": no pinned version; any version may be installed'],
      ['error', 11, '"develop" must be an object of packages'],
    ]);
  });
});

describe('Pipfile', () => {
  const text = fixture('pipenv/Pipfile');
  const result = parsePipfile(text, 'Pipfile', ctx);
  const deps = result.dependencies;
  const lines = text.split('\n');

  it('is a manifest of packages, dev-packages and categories', () => {
    expect(result.kind).toBe('manifest');
    expect(result.diagnostics).toEqual([]);
    expect(deps.map((d) => d.name)).toEqual([
      'requests',
      'django',
      'flask-login',
      'internal-auth',
      'pywin32',
      'uvloop',
      'mylib',
      'shared-models',
      'demo-archive',
      'gunicorn',
      'pytest',
      'black',
      'sphinx',
    ]);
    expect(only(deps, 'pytest')).toMatchObject({ kind: 'dev', group: 'dev-packages' });
    expect(only(deps, 'sphinx')).toMatchObject({ kind: 'group', group: 'docs', specifier: '>=7' });
    for (const d of deps) {
      expect(d.locked).toBeUndefined();
      expect(d.hashes).toEqual([]);
      expect(lines[d.source.line - 1]).toMatch(new RegExp(`^"?${d.displayName}"? = `));
    }
  });

  it('reads "*" as any version and a bare version as ==', () => {
    expect(only(deps, 'requests')).toMatchObject({ specifier: '', extras: ['socks'] });
    expect(only(deps, 'gunicorn').specifier).toBe('==21.2.0');
    expect(only(deps, 'flask-login')).toMatchObject({ displayName: 'Flask-Login', specifier: '>=0.6,<0.7' });
    expect(only(deps, 'flask-login').source.requirement).toBe('Flask-Login>=0.6,<0.7');
  });

  it('and-s the markers key with marker-variable keys', () => {
    expect(only(deps, 'pywin32').marker).toBe("sys_platform == 'win32'");
    expect(only(deps, 'uvloop').marker).toBe("sys_platform != 'win32' and platform_python_implementation == 'CPython'");
    expect(only(deps, 'uvloop').source.requirement).toBe("uvloop>=0.19 ; sys_platform != 'win32' and platform_python_implementation == 'CPython'");
  });

  it('reads VCS, file and path entries as direct references', () => {
    expect(only(deps, 'mylib').direct).toEqual({ kind: 'vcs', url: 'git+https://github.com/example-org/mylib.git@v0.3.0#subdirectory=python' });
    expect(only(deps, 'demo-archive').direct).toEqual({ kind: 'url', url: 'https://downloads.example.com/demo_archive-1.0.0.tar.gz' });
    expect(only(deps, 'shared-models')).toMatchObject({ direct: { kind: 'path', url: '../shared-models' }, editable: true });
  });
});

describe('Pipfile versions without an operator', () => {
  it('are == that version, wildcards included, as pipenv reads them', () => {
    const text = '[packages]\nsixer = "3.*"\nsevener = {version = "1.2.*"}\nplain = "2.0"\n';
    const result = parsePipfile(text, 'Pipfile', ctx);
    expect(result.diagnostics).toEqual([]);
    expect(result.dependencies.map((d) => [d.name, d.specifier])).toEqual([
      ['sixer', '==3.*'],
      ['sevener', '==1.2.*'],
      ['plain', '==2.0'],
    ]);
  });

  it('and what is no version with == before it either is still an error', () => {
    const result = parsePipfile('[packages]\nodd = "3.*.1"\nstarry = "*.3"\n', 'Pipfile', ctx);
    expect(result.dependencies).toEqual([]);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      '[packages] "odd": version "3.*.1" is not a PEP 440 specifier',
      '[packages] "starry": version "*.3" is not a PEP 440 specifier',
    ]);
  });
});

describe('Pipfile that must be rejected', () => {
  it('reports a TOML syntax error with its line', () => {
    const result = parsePipfile('[packages]\nrequests = "*"\ndjango = \n', 'Pipfile', ctx);
    expect(result.dependencies).toEqual([]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'error', line: 3, message: expect.stringMatching(/^not valid TOML/) })]);
  });

  it('reports bad entries and reads the rest', () => {
    const text = [
      '[[source]]',
      'url = "https://pypi.org/simple"',
      'name = "pypi"',
      '',
      '[packages]',
      'good = "~=1.2"',
      'bad = "latest"',
      'numbered = 3',
      'pinned = {version = "==1.0", index = "nowhere"}',
      'twovcs = {git = "https://example.com/a.git", hg = "https://example.com/a"}',
      'marked = {version = "*", markers = "os_name === nt"}',
    ].join('\n');
    const result = parsePipfile(text, 'Pipfile', ctx);
    expect(result.dependencies.map((d) => d.name)).toEqual(['good', 'pinned', 'marked']);
    expect(result.diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([
      ['error', 7, '[packages] "bad": version "latest" is not a PEP 440 specifier'],
      ['error', 8, '[packages] "numbered": must be a version string or a table'],
      ['warning', 9, '[packages] "pinned": index "nowhere" is not a [[source]] name'],
      ['error', 10, '[packages] "twovcs": names more than one VCS (git, hg)'],
      ['error', 11, expect.stringMatching(/^\[packages\] "marked": invalid marker "os_name === nt"/)],
    ]);
  });
});
