// What a change adds or alters: manifests parsed with the real parsers at a base and a head, and the
// comparison that decides which dependencies gate on a pull request.

import { formatOf, PARSERS, type ManifestFile, type ManifestFormat } from '../src/manifests/discover.js';
import { changedDeclarations, markPreexisting, requestKey, sourceKey, type ManifestDeps } from '../src/scope.js';
import { compareWithBase, parseAtBase, type BaseFiles } from '../src/base-manifests.js';
import type { ParseContext, Verdict } from '../src/types.js';

const ROOT = '/repo';

/** Parses the manifests among a set of files the way the scan does, reading includes from the same set. */
function parseAll(files: Record<string, string>): ManifestDeps[] {
  const ctx: ParseContext = {
    root: ROOT,
    env: {},
    readFile(abs) {
      const rel = abs.slice(ROOT.length + 1);
      if (!(rel in files)) throw new Error('no such file');
      return files[rel];
    },
  };
  return Object.entries(files).flatMap(([path, text]) => {
    const format = formatOf(path);
    if (!format) return [];
    const r = PARSERS[format](text, path, ctx);
    return [{ deps: r.dependencies, constraints: r.constraints, options: r.options }];
  });
}

function changedNames(base: Record<string, string>, head: Record<string, string>): string[] {
  const headParsed = parseAll(head);
  const changed = changedDeclarations(headParsed, parseAll(base));
  return headParsed
    .flatMap((m) => m.deps)
    .filter((d) => changed.has(sourceKey(d.source, d.name)))
    .map((d) => `${d.name}@${d.source.path}:${d.source.line}`)
    .sort();
}

describe('changedDeclarations', () => {
  it('finds nothing when nothing changed, whatever the whitespace, clause order or file', () => {
    expect(changedNames({ 'requirements.txt': 'a==1.0\nb>=1,<2\n' }, { 'requirements.txt': 'a==1.0\nb>=1,<2\n' })).toEqual([]);
    expect(changedNames({ 'requirements.txt': 'b>=1,<2\n' }, { 'requirements.txt': '# comment\nb <2, >=1\n' })).toEqual([]);
    expect(changedNames({ 'requirements.txt': 'A_Pkg==1.0\nc\n' }, { 'requirements.txt': 'c\n', 'requirements-dev.txt': 'a-pkg==1.0\n' })).toEqual([]);
  });

  it('finds added names and changed versions or specifiers', () => {
    expect(changedNames({ 'requirements.txt': 'a==1.0\nb>=1\n' }, { 'requirements.txt': 'a==1.1\nb>=1\nc\n' })).toEqual(['a@requirements.txt:1', 'c@requirements.txt:3']);
    expect(changedNames({ 'requirements.txt': 'b>=1\n' }, { 'requirements.txt': 'b>=1,!=1.5\n' })).toEqual(['b@requirements.txt:1']);
    expect(changedNames({ 'requirements.txt': 'b\n' }, { 'requirements.txt': 'b==2.0\n' })).toEqual(['b@requirements.txt:1']);
  });

  it('counts what else decides the file pip takes: markers, hashes, direct references', () => {
    expect(changedNames({ 'requirements.txt': 'a==1.0\n' }, { 'requirements.txt': 'a==1.0 ; sys_platform == "win32"\n' })).toEqual(['a@requirements.txt:1']);
    const hash = (c: string) => `a==1.0 --hash=sha256:${c.repeat(64)}\n`;
    expect(changedNames({ 'requirements.txt': hash('a') }, { 'requirements.txt': hash('b') })).toEqual(['a@requirements.txt:1']);
    expect(changedNames({ 'requirements.txt': 'a @ git+https://example.invalid/a.git@v1\n' }, { 'requirements.txt': 'a @ git+https://example.invalid/a.git@v2\n' })).toEqual([
      'a@requirements.txt:1',
    ]);
  });

  it('puts every dependency of a file in scope when its index or binary rules change', () => {
    const base = { 'requirements.txt': 'a==1.0\nb==2.0\n' };
    expect(changedNames(base, { 'requirements.txt': '--index-url https://mirror.example.invalid/simple\na==1.0\nb==2.0\n' })).toEqual([
      'a@requirements.txt:2',
      'b@requirements.txt:3',
    ]);
    expect(changedNames(base, { 'requirements.txt': '--no-binary b\na==1.0\nb==2.0\n' })).toEqual(['b@requirements.txt:3']);
    expect(changedNames(base, { 'requirements.txt': '--extra-index-url https://other.example.invalid/simple\na==1.0\nb==2.0\n' })).toHaveLength(2);
  });

  it('follows constraints files: a new constraint changes what gets installed', () => {
    const base = { 'requirements.txt': '-c constraints.txt\na\n', 'constraints.txt': 'a<2\n' };
    expect(changedNames(base, { ...base })).toEqual([]);
    expect(changedNames(base, { ...base, 'constraints.txt': 'a<3\n' })).toEqual(['a@requirements.txt:2']);
  });

  it('compares pyproject.toml declarations the same way', () => {
    const py = (deps: string) => `[project]\nname = "app"\nversion = "0"\ndependencies = [${deps}]\n`;
    expect(changedNames({ 'pyproject.toml': py('"a>=1", "b"') }, { 'pyproject.toml': py('"b", "a>=1"') })).toEqual([]);
    expect(changedNames({ 'pyproject.toml': py('"a>=1"') }, { 'pyproject.toml': py('"a>=2"') })).toEqual(['a@pyproject.toml:4']);
  });

  it('keys a declaration by what it asks for, not where it sits', () => {
    const [m] = parseAll({ 'requirements.txt': 'a==1.0\n\n\na == 1.0\n' });
    expect(requestKey(m.deps[0], m)).toBe(requestKey(m.deps[1], m));
  });
});

describe('markPreexisting', () => {
  const v = (name: string, lines: number[]): Verdict => ({
    name,
    status: 'suspicious',
    reason: 'r',
    sources: lines.map((line) => ({ path: 'requirements.txt', line, requirement: name })),
    targets: [],
    findings: [],
    limits: [],
  });

  it('marks a verdict only when none of its declarations changed', () => {
    const changed = new Set([sourceKey({ path: 'requirements.txt', line: 2, requirement: '' }, 'B')]);
    const out = markPreexisting([v('a', [1]), v('b', [2]), v('b', [5, 2])], changed);
    expect(out.map((x) => x.preexisting ?? false)).toEqual([true, false, false]);
  });

  it('marks nothing without a comparison', () => {
    expect(markPreexisting([v('a', [1])], undefined)[0].preexisting).toBeUndefined();
  });
});

describe('reading the base', () => {
  const file = (path: string, format: ManifestFormat = 'requirements'): ManifestFile => ({ absPath: `${ROOT}/${path}`, path, format });

  function memoryBase(files: Record<string, string>, fail: string[] = []): BaseFiles & { reads: string[] } {
    const reads: string[] = [];
    return {
      label: 'base commit abcdef0 (test)',
      reads,
      async read(path) {
        reads.push(path);
        if (fail.includes(path)) throw new Error(`cannot read ${path}`);
        return files[path];
      },
    };
  }

  it('parses the base versions of the head files, fetching includes as they are asked for', async () => {
    const base = memoryBase({ 'requirements.txt': '-r reqs/common.txt\nflask==2.0\n', 'reqs/common.txt': '-r more.txt\nrequests==2.31\n', 'reqs/more.txt': 'idna==3.6\n' });
    const parsed = await parseAtBase([file('requirements.txt'), file('requirements-new.txt')], base, ROOT, {});
    expect(parsed.flatMap((m) => m.deps.map((d) => `${d.name}==${d.specifier.slice(2)}`)).sort()).toEqual(['flask==2.0', 'idna==3.6', 'requests==2.31']);
    expect(base.reads).toEqual(['requirements.txt', 'requirements-new.txt', 'reqs/common.txt', 'reqs/more.txt']);
  });

  it('compares the head with the base and reports what it compared', async () => {
    const headFiles = { 'requirements.txt': 'flask==2.0\nnew-thing==1.0\n' };
    const head = parseAll(headFiles);
    const result = await compareWithBase({ scope: 'changed', base: memoryBase({ 'requirements.txt': 'flask==2.0\n' }), root: ROOT, env: {} }, [file('requirements.txt')], head);
    expect(result.report).toEqual({ requested: 'changed', applied: 'changed', base: 'base commit abcdef0 (test)' });
    expect([...result.changed!]).toEqual([sourceKey({ path: 'requirements.txt', line: 2, requirement: '' }, 'new-thing')]);
  });

  it('falls back to gating on everything, saying why, when the base cannot be read or there is none', async () => {
    const head = parseAll({ 'requirements.txt': 'flask==2.0\n' });
    const failing = await compareWithBase({ scope: 'changed', base: memoryBase({}, ['requirements.txt']), root: ROOT, env: {} }, [file('requirements.txt')], head);
    expect(failing.changed).toBeUndefined();
    expect(failing.report).toMatchObject({ requested: 'changed', applied: 'all' });
    expect(failing.report.note).toBe('cannot read the manifests at the base commit abcdef0 (test) (cannot read requirements.txt), so every dependency gates, as with scope: all');
    const none = await compareWithBase({ scope: 'changed', root: ROOT, env: {} }, [file('requirements.txt')], head);
    expect(none.report.note).toMatch(/no base revision to compare with/);
    expect((await compareWithBase({ scope: 'all', base: memoryBase({}), root: ROOT, env: {} }, [file('requirements.txt')], head)).report).toEqual({ requested: 'all', applied: 'all' });
  });
});
