// Transitive dependencies end to end: a local index whose packages depend on each other (diamonds,
// cycles, extras, markers that differ between targets, conflicts, a version a later requirement
// excludes), read without running anything, reported with the chain that pulls each one in.

import { createHash } from 'node:crypto';

import { scan } from '../src/scan.js';
import { resolveOptions } from '../src/options.js';
import { allAnnotations } from '../src/report/annotations.js';
import { markPreexisting, sourceKey } from '../src/scope.js';
import { IndexClient } from '../src/index/client.js';
import { MetadataReader } from '../src/index/metadata.js';
import { resolveTransitive, resolveUnitsOf } from '../src/resolve/index.js';
import { makeTarget } from '../src/python/tags.js';
import { parse as parseRequirements } from '../src/manifests/requirements.js';
import type { Verdict } from '../src/types.js';
import { makeSdist, makeZip } from './helpers/archives.js';
import { startIndexServer, type IndexServer, type IndexServerFile } from './helpers/index-server.js';
import { makeProject, runCli } from './helpers/project.js';

const sha = (d: Uint8Array) => createHash('sha256').update(d).digest('hex');

/** A wheel providing `extras`; with `metadataFile` the index also serves its PEP 658 metadata file. */
function wheel(name: string, version: string, deps: string[] = [], opts: { metadataFile?: boolean; extras?: string[] } = {}): IndexServerFile {
  const dist = name.replace(/[-.]+/g, '_');
  const info = `${dist}-${version}.dist-info`;
  const metadata =
    `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n` +
    (opts.extras ?? []).map((e) => `Provides-Extra: ${e}\n`).join('') +
    deps.map((d) => `Requires-Dist: ${d}\n`).join('');
  const data = makeZip({
    [`${dist}/__init__.py`]: '',
    [`${info}/METADATA`]: metadata,
    [`${info}/WHEEL`]: 'Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
    [`${info}/RECORD`]: '',
  });
  return { filename: `${dist}-${version}-py3-none-any.whl`, data, ...(opts.metadataFile ? { metadata } : {}) };
}

function pkgInfo(metadataVersion: string, name: string, version: string, deps: string[], dynamic = false): string {
  return `Metadata-Version: ${metadataVersion}\nName: ${name}\nVersion: ${version}\n${deps.map((d) => `Requires-Dist: ${d}\n`).join('')}${dynamic ? 'Dynamic: Requires-Dist\n' : ''}`;
}

function sdist(name: string, version: string, info: string): IndexServerFile {
  return makeSdist(name, version, { 'PKG-INFO': info });
}

const FILES: Record<string, IndexServerFile[]> = {
  // a diamond: both sides need shared, with ranges that meet at 2.0
  'diamond-top': [wheel('diamond-top', '1.0', ['left', 'right'], { metadataFile: true })],
  left: [wheel('left', '1.0', ['shared>=1'])],
  right: [wheel('right', '1.0', ['shared<3'], { metadataFile: true })],
  shared: [wheel('shared', '1.0'), wheel('shared', '2.0', ['leaf']), wheel('shared', '3.0')],
  leaf: [sdist('leaf', '1.0', pkgInfo('2.2', 'leaf', '1.0', []))],
  // a cycle
  'cyc-a': [wheel('cyc-a', '1.0', ['cyc-b'])],
  'cyc-b': [wheel('cyc-b', '1.0', ['cyc-a>=1'])],
  // extras, on a top-level requirement and on a transitive one
  'extra-host': [wheel('extra-host', '1.0', ['fastlib; extra == "fast"', 'slowlib; extra == "slow"', 'baselib'], { extras: ['fast', 'slow'] })],
  fastlib: [wheel('fastlib', '1.0')],
  slowlib: [wheel('slowlib', '1.0')],
  baselib: [wheel('baselib', '1.0', ['deeplib[x]'])],
  deeplib: [wheel('deeplib', '1.0', ['deepx; extra == "x"', 'deepy; extra == "y"'], { extras: ['x', 'y'] })],
  deepx: [wheel('deepx', '1.0')],
  deepy: [wheel('deepy', '1.0')],
  // markers that differ between targets
  'platform-host': [wheel('platform-host', '1.0', ['linuxdep; sys_platform == "linux"', 'windep; sys_platform == "win32"', 'oldpy; python_version < "3.12"'])],
  linuxdep: [wheel('linuxdep', '1.0')],
  windep: [wheel('windep', '1.0')],
  oldpy: [sdist('oldpy', '1.0', pkgInfo('2.4', 'oldpy', '1.0', []))],
  // a conflict
  'conf-a': [wheel('conf-a', '1.0', ['conflicted<2'])],
  'conf-b': [wheel('conf-b', '1.0', ['conflicted>=2'])],
  conflicted: [wheel('conflicted', '1.0'), wheel('conflicted', '2.0')],
  // a version chosen first and excluded by a requirement found later
  'repick-a': [wheel('repick-a', '1.0', ['zed'])],
  'repick-b': [wheel('repick-b', '1.0', ['mid'])],
  mid: [wheel('mid', '1.0', ['zed<2'])],
  zed: [wheel('zed', '1.0'), wheel('zed', '3.0', ['only-in-zed3'])],
  'only-in-zed3': [wheel('only-in-zed3', '1.0')],
  // a version excluded only by a requirement of a version that is itself excluded later
  't-x': [wheel('t-x', '1.0'), wheel('t-x', '2.0')],
  't-y': [wheel('t-y', '1.0'), wheel('t-y', '2.0', ['t-x<2'])],
  't-z': [wheel('t-z', '1.0', ['t-y<2'])],
  // a top-level requirement narrowed by a transitive one
  narrowed: [wheel('narrowed', '1.5'), wheel('narrowed', '2.5')],
  'needs-old': [wheel('needs-old', '1.0', ['narrowed<2'])],
  // sdists: binding PKG-INFO, dynamic, and too old to bind
  'sdist-static': [sdist('sdist-static', '1.0', pkgInfo('2.2', 'sdist-static', '1.0', ['static-child>=1']))],
  'static-child': [wheel('static-child', '1.0')],
  'sdist-dynamic': [sdist('sdist-dynamic', '1.0', pkgInfo('2.2', 'sdist-dynamic', '1.0', ['dyn-child'], true))],
  'dyn-child': [wheel('dyn-child', '1.0')],
  'wants-old': [wheel('wants-old', '1.0', ['sdist-old'])],
  'sdist-old': [sdist('sdist-old', '1.0', pkgInfo('2.1', 'sdist-old', '1.0', ['hidden-child']))],
  'hidden-child': [wheel('hidden-child', '1.0')],
  // metadata that cannot all be read
  badmeta: [wheel('badmeta', '1.0', ['good-child', 'not a valid requirement!!'])],
  'good-child': [wheel('good-child', '1.0')],
};

type Dep = {
  name: string;
  version: string | null;
  status: string;
  reason: string;
  via?: string[];
  sources: Array<{ path: string; line: number; requirement: string }>;
  targets: Array<{ python: string; platform: string; kind: string; version: string | null; file: string | null; reason: string }>;
};
type Report = { dependencies: Dep[]; diagnostics: Array<{ severity: string; path: string; line?: number; message: string }>; summary: Record<string, number> };

describe('transitive dependencies', () => {
  let server: IndexServer;
  beforeAll(async () => {
    server = await startIndexServer({ projects: FILES });
  });
  afterAll(async () => {
    await server.close();
  });

  async function scanJson(files: Record<string, string>, extra: string[] = []): Promise<{ report: Report; code: number; byName: Record<string, Dep>; requests: typeof server.requests }> {
    const project = makeProject(files);
    try {
      const before = server.requests.length;
      const run = await runCli(['scan', '.', '--index-url', server.indexUrl, '--format', 'json', ...extra], { cwd: project.dir });
      const report = JSON.parse(run.stdout) as Report;
      return { report, code: run.code, byName: Object.fromEntries(report.dependencies.map((d) => [d.name, d])), requests: server.requests.slice(before) };
    } finally {
      project.cleanup();
    }
  }

  it('follows a diamond breadth-first and reports each package with its chain, on the line that brings it', async () => {
    const { byName, report, requests } = await scanJson({ 'requirements.txt': '# app\ncyc-a\ndiamond-top\n' });
    // leaf is an sdist: pip installs setuptools (its default build requirement) to build it
    expect(Object.keys(byName).sort()).toEqual(['cyc-a', 'cyc-b', 'diamond-top', 'leaf', 'left', 'right', 'setuptools', 'shared']);
    expect(byName.setuptools).toMatchObject({ status: 'wheel', via: ['diamond-top', 'left', 'shared', 'leaf', '(build) setuptools'], sources: [{ line: 3 }] });
    expect(byName['diamond-top']!.via).toBeUndefined();
    expect(byName.left).toMatchObject({ status: 'wheel', version: '1.0', via: ['diamond-top', 'left'] });
    // the highest version both sides allow
    expect(byName.shared).toMatchObject({ status: 'wheel', version: '2.0', via: ['diamond-top', 'left', 'shared'] });
    expect(byName.leaf).toMatchObject({ status: 'sdist', version: '1.0', via: ['diamond-top', 'left', 'shared', 'leaf'] });
    for (const name of ['left', 'right', 'shared', 'leaf']) {
      expect(byName[name]!.sources).toEqual([{ path: 'requirements.txt', line: 3, requirement: 'diamond-top' }]);
    }
    // the cycle ends: cyc-a is top-level, so it is reported as such, once
    expect(byName['cyc-b']).toMatchObject({ status: 'wheel', via: ['cyc-a', 'cyc-b'], sources: [{ path: 'requirements.txt', line: 2 }] });
    expect(report.dependencies.filter((d) => d.name === 'cyc-a')).toHaveLength(1);
    expect(report.dependencies.find((d) => d.name === 'cyc-a')!.via).toBeUndefined();
    // wheels with a metadata file are read through it; the others with range requests, never whole
    const paths = requests.map((r) => r.path);
    expect(paths).toContain('/files/diamond_top-1.0-py3-none-any.whl.metadata');
    expect(paths).not.toContain('/files/diamond_top-1.0-py3-none-any.whl');
    const wheelReads = requests.filter((r) => r.path.endsWith('.whl'));
    expect(wheelReads.map((r) => r.path)).toEqual(expect.arrayContaining(['/files/left-1.0-py3-none-any.whl', '/files/shared-2.0-py3-none-any.whl']));
    expect(wheelReads.every((r) => /^bytes=/.test(String(r.headers.range)))).toBe(true);
    // the versions not chosen are never read
    expect(paths.some((p) => p.includes('shared-3.0') || p.includes('shared-1.0'))).toBe(false);
  });

  it('starts the chain at the project name for a pyproject.toml, and prints it', async () => {
    const project = makeProject({ 'pyproject.toml': '[project]\nname = "app"\nversion = "0.1"\ndependencies = [\n  "diamond-top",\n]\n' });
    try {
      const run = await runCli(['scan', '.', '--index-url', server.indexUrl, '--fail-on', 'none'], { cwd: project.dir });
      expect(run.stdout).toMatch(/leaf\s+1\.0\s+pyproject\.toml:5/);
      expect(run.stdout).toMatch(/via app -> diamond-top -> left -> shared -> leaf/);
      const json = await runCli(['scan', '.', '--index-url', server.indexUrl, '--format', 'json'], { cwd: project.dir });
      const shared = (JSON.parse(json.stdout) as Report).dependencies.find((d) => d.name === 'shared')!;
      expect(shared.via).toEqual(['app', 'diamond-top', 'left', 'shared']);
    } finally {
      project.cleanup();
    }
  });

  it('adds what extras ask for, on top-level and transitive requirements alike, and nothing else', async () => {
    const { byName, report } = await scanJson({ 'requirements.txt': 'extra-host[fast,Nosuch]\n' });
    expect(Object.keys(byName).sort()).toEqual(['baselib', 'deeplib', 'deepx', 'extra-host', 'fastlib']);
    expect(byName.deepx!.via).toEqual(['extra-host', 'baselib', 'deeplib', 'deepx']);
    // as pip does, an extra the distribution does not declare is ignored, with a warning
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'requirements.txt', line: 1, message: 'extra-host 1.0 does not provide the extra "nosuch": pip ignores it' }),
    ]);
  });

  it('evaluates markers per target: what one target needs is skipped on another', async () => {
    const { byName } = await scanJson({ 'requirements.txt': 'platform-host\n' }, ['--python-version', '3.11,3.12', '--platform', 'linux', '--platform', 'windows']);
    const kinds = (d: Dep) => Object.fromEntries(d.targets.map((t) => [`${t.python}/${t.platform}`, t.kind]));
    expect(kinds(byName.linuxdep!)).toEqual({ '3.11/manylinux_2_39_x86_64': 'wheel', '3.11/win_amd64': 'none', '3.12/manylinux_2_39_x86_64': 'wheel', '3.12/win_amd64': 'none' });
    expect(kinds(byName.windep!)).toEqual({ '3.11/manylinux_2_39_x86_64': 'none', '3.11/win_amd64': 'wheel', '3.12/manylinux_2_39_x86_64': 'none', '3.12/win_amd64': 'wheel' });
    expect(byName.windep!.targets.find((t) => t.platform === 'manylinux_2_39_x86_64')!.reason).toMatch(/nothing pulls it in on this target/);
    expect(byName.oldpy).toMatchObject({ status: 'sdist', via: ['platform-host', 'oldpy'] });
    expect(kinds(byName.oldpy!)).toEqual({ '3.11/manylinux_2_39_x86_64': 'sdist', '3.11/win_amd64': 'sdist', '3.12/manylinux_2_39_x86_64': 'none', '3.12/win_amd64': 'none' });
    expect(byName.oldpy!.reason).toMatch(/on 2 of 4 targets/);
  });

  it('reports a conflict, naming both requirements and their chains, instead of guessing', async () => {
    const { byName, code } = await scanJson({ 'requirements.txt': 'conf-a\nconf-b\n' });
    expect(code).toBe(1);
    const c = byName.conflicted!;
    expect(c.status).toBe('unresolved');
    expect(c.version).toBeNull();
    expect(c.reason).toMatch(/no version of conflicted satisfies both "conflicted<2" from conf-a 1\.0 and "conflicted>=2" from conf-b 1\.0/);
    expect(c.via).toEqual(['conf-a', 'conflicted']);
    expect(c.sources.map((s) => s.line).sort()).toEqual([1, 2]);
  });

  it('chooses again when a later requirement excludes a version, and keeps nothing the dropped version pulled in', async () => {
    const { byName } = await scanJson({ 'requirements.txt': 'repick-a\nrepick-b\n' });
    expect(byName.zed).toMatchObject({ status: 'wheel', version: '1.0', via: ['repick-a', 'zed'] });
    expect(byName['only-in-zed3']).toBeUndefined();
  });

  it('like pip, does not go back to a version given up on the way', async () => {
    // t-y 2.0 excludes t-x 2.0, then t-z excludes t-y 2.0: pip installs t-x 1.0 for these lines too
    const { byName } = await scanJson({ 'requirements.txt': 't-x\nt-y\nt-z\n' });
    expect([byName['t-x']!.version, byName['t-y']!.version, byName['t-z']!.version]).toEqual(['1.0', '1.0', '1.0']);
  });

  it('narrows a top-level dependency by what others require of it, as pip would', async () => {
    const { byName } = await scanJson({ 'requirements.txt': 'narrowed\nneeds-old\n' });
    expect(byName.narrowed).toMatchObject({ status: 'wheel', version: '1.5', sources: [{ line: 1 }] });
    expect(byName.narrowed!.via).toBeUndefined();
    const without = await scanJson({ 'requirements.txt': 'narrowed\nneeds-old\n' }, ['--no-transitive']);
    expect(without.byName.narrowed!.version).toBe('2.5');
  });

  it('reads an sdist’s PKG-INFO when Metadata-Version 2.2 makes it binding, and warns where it does not', async () => {
    const { byName, report, requests } = await scanJson({ 'requirements.txt': 'sdist-static\nsdist-dynamic\nwants-old\n' });
    expect(byName['static-child']).toMatchObject({ status: 'wheel', via: ['sdist-static', 'static-child'], sources: [{ line: 1 }] });
    expect(byName['dyn-child']).toBeUndefined();
    expect(byName['hidden-child']).toBeUndefined();
    expect(byName['sdist-old']).toMatchObject({ status: 'sdist', via: ['wants-old', 'sdist-old'], sources: [{ line: 3 }] });
    const warnings = report.diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'requirements.txt', line: 2, message: expect.stringMatching(/sdist_dynamic-1\.0\.tar\.gz are unknown: .*Requires-Dist as Dynamic.*pip would run its build script/) }),
        expect.objectContaining({
          path: 'requirements.txt',
          line: 3,
          message: expect.stringMatching(/sdist_old-1\.0\.tar\.gz \(pulled in by wants-old -> sdist-old\) are unknown: .*Metadata-Version 2\.1.*pip would run its build script/),
        }),
      ]),
    );
    expect(warnings.some((w) => /sdist_static/.test(w.message))).toBe(false);
    // each sdist was downloaded once, for both its PKG-INFO and its analysis
    for (const f of ['sdist_static-1.0.tar.gz', 'sdist_dynamic-1.0.tar.gz', 'sdist_old-1.0.tar.gz']) {
      expect(requests.filter((r) => r.path === `/files/${f}`)).toHaveLength(1);
    }
  });

  it('says an sdist’s dependencies are unknown when analysis is off, since it is not downloaded', async () => {
    const { report, requests, byName } = await scanJson({ 'requirements.txt': 'sdist-static\n' }, ['--no-analyze']);
    expect(byName['static-child']).toBeUndefined();
    expect(report.diagnostics.map((d) => d.message).join('\n')).toMatch(/sdist_static-1\.0\.tar\.gz are unknown: analysis is off/);
    expect(requests.some((r) => r.path.endsWith('.tar.gz'))).toBe(false);
  });

  it('warns about dependencies it cannot read, and follows the rest', async () => {
    const { byName, report } = await scanJson({ 'requirements.txt': 'badmeta\n' });
    expect(byName['good-child']).toMatchObject({ via: ['badmeta', 'good-child'] });
    expect(report.diagnostics).toEqual(
      expect.arrayContaining([expect.objectContaining({ severity: 'warning', line: 1, message: expect.stringMatching(/badmeta 1\.0 declares a dependency that cannot be read, "not a valid requirement!!"/) })]),
    );
  });

  it('does not resolve with --no-transitive, nor for a requirements file every line of which is pinned and hashed', async () => {
    const top = FILES['diamond-top']![0]!;
    for (const [files, extra] of [
      [{ 'requirements.txt': 'diamond-top\n' }, ['--no-transitive']],
      [{ 'requirements.txt': `diamond-top==1.0 \\\n    --hash=sha256:${sha(top.data)}\n` }, []],
    ] as Array<[Record<string, string>, string[]]>) {
      const { byName, requests } = await scanJson(files, extra);
      expect(Object.keys(byName)).toEqual(['diamond-top']);
      expect(requests.some((r) => r.path.endsWith('.metadata') || r.headers.range !== undefined)).toBe(false);
    }
    // one unhashed line is enough to make pip resolve: then everything is followed
    const partial = await scanJson({ 'requirements.txt': `diamond-top==1.0 --hash=sha256:${sha(top.data)}\ncyc-a\n` });
    expect(Object.keys(partial.byName).sort()).toEqual(['cyc-a', 'cyc-b', 'diamond-top', 'leaf', 'left', 'right', 'setuptools', 'shared']);
  });

  it('agrees with a lock of the same project, and does not resolve what the lock already lists', async () => {
    const pyproject = '[project]\nname = "app"\nversion = "0.1"\nrequires-python = ">=3.12"\ndependencies = ["diamond-top", "repick-a", "repick-b"]\n';
    const resolved = await scanJson({ 'pyproject.toml': pyproject });
    // what pip installs to build an sdist is in no lock: compared apart
    const isBuild = (d: Dep) => (d.via ?? []).some((v) => v.startsWith('(build) '));
    const versions = (r: Report) => Object.fromEntries(r.dependencies.filter((d) => !isBuild(d)).map((d) => [d.name, d.version]));
    const found = versions(resolved.report);

    const entry = (name: string, version: string) => {
      const file = FILES[name]!.find((f) => f.filename.includes(`-${version}`))!;
      const ref = `{ name = "${file.filename}", url = "${server.url}/files/${file.filename}", hashes = { sha256 = "${sha(file.data)}" } }`;
      return `[[packages]]\nname = "${name}"\nversion = "${version}"\n${file.filename.endsWith('.whl') ? `wheels = [${ref}]` : `sdist = ${ref}`}\n`;
    };
    const lock = ['lock-version = "1.0"', 'created-by = "test"', '', ...Object.entries(found).map(([n, v]) => entry(n, v!))].join('\n');
    const locked = await scanJson({ 'pyproject.toml': pyproject, 'pylock.toml': lock });
    expect(versions(locked.report)).toEqual(found);
    expect(found).toEqual({ 'diamond-top': '1.0', left: '1.0', right: '1.0', shared: '2.0', leaf: '1.0', 'repick-a': '1.0', 'repick-b': '1.0', mid: '1.0', zed: '1.0' });
    // the lock lists everything it installs: no index page, no metadata read, but for the build
    // requirement of the sdist leaf, which no lock lists and pip looks up on the index
    const lookedUp = locked.requests.filter((r) => r.path.startsWith('/simple/') || r.path.endsWith('.metadata') || r.headers.range !== undefined);
    expect(lookedUp.map((r) => r.path)).toEqual(['/simple/setuptools/', '/files/setuptools-80.9.0-py3-none-any.whl.metadata']);
    expect(locked.report.dependencies.filter(isBuild).map((d) => [d.name, d.via])).toEqual([['setuptools', ['leaf', '(build) setuptools']]]);
  });

  it('annotates a transitive dependency on the line of the requirement that pulls it in', async () => {
    const project = makeProject({ 'requirements.txt': 'conf-a\nconf-b\n' });
    try {
      const opts = resolveOptions({ root: project.dir, paths: [project.dir], indexUrl: server.indexUrl, env: {}, advisories: 'off' });
      const result = await scan(opts);
      const note = allAnnotations(result, opts.failOn).find((a) => a.title.includes('conflicted'))!;
      expect(note).toMatchObject({ level: 'error', file: 'requirements.txt', line: 1 });
      expect(note.message).toMatch(/Pulled in by conf-a -> conflicted/);
    } finally {
      project.cleanup();
    }
  });

  it('stops at the graph bound and says so', async () => {
    const client = new IndexClient({ indexUrl: server.indexUrl });
    try {
      const parsed = parseRequirements('diamond-top\n', 'requirements.txt', { root: '/', readFile: () => '', env: {} });
      const units = resolveUnitsOf(0, { deps: parsed.dependencies, constraints: parsed.constraints, options: parsed.options }, undefined, { indexUrl: server.indexUrl, extraIndexUrls: [] });
      const reader = new MetadataReader(client);
      const services = { getProject: (n: string, urls: string[]) => client.getProject(n, urls), readMetadata: reader.read.bind(reader) };
      const target = makeTarget('3.12', 'linux');
      const bounded = await resolveTransitive(units, [target], services, { maxNodes: 3 });
      expect(bounded.transitive.map((t) => t.name).sort()).toEqual(['left', 'right']);
      // what is not checked is not passed: an error, which the gate counts as unresolved
      expect(bounded.diagnostics).toEqual([expect.objectContaining({ severity: 'error', path: 'requirements.txt', line: 1, message: expect.stringMatching(/more than 3 packages/) })]);
      const whole = await resolveTransitive(units, [target], services);
      expect(whole.transitive.map((t) => t.name).sort()).toEqual(['leaf', 'left', 'right', 'shared']);
      // without an sdist reader (analysis off), leaf's own dependencies stay unknown
      expect(whole.diagnostics).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/leaf-1\.0\.tar\.gz \(pulled in by diamond-top -> left -> shared -> leaf\) are unknown/) })]);
    } finally {
      await client.close();
    }
  });

  it('tells of each file it picks as it picks it, for lookups that need not wait for the walk', async () => {
    const client = new IndexClient({ indexUrl: server.indexUrl });
    try {
      const parsed = parseRequirements('diamond-top\n', 'requirements.txt', { root: '/', readFile: () => '', env: {} });
      const units = resolveUnitsOf(0, { deps: parsed.dependencies, constraints: parsed.constraints, options: parsed.options }, undefined, { indexUrl: server.indexUrl, extraIndexUrls: [] });
      const reader = new MetadataReader(client);
      const picks: string[] = [];
      const services = {
        getProject: (n: string, urls: string[]) => client.getProject(n, urls),
        readMetadata: reader.read.bind(reader),
        picked: (name: string, selection: { kind: string; version?: string }) => void picks.push(`${name} ${selection.kind} ${selection.version ?? ''}`),
      };
      const resolved = await resolveTransitive(units, [makeTarget('3.12', 'linux')], services);
      const chosen = resolved.transitive.map((t) => `${t.name} ${t.selections[0]!.kind} ${t.selections[0]!.version ?? ''}`);
      // every file the walk ended with was told of (the seed included)
      for (const c of chosen) expect(picks).toContain(c);
      expect(picks.some((p) => p.startsWith('diamond-top '))).toBe(true);
    } finally {
      await client.close();
    }
  });

  it('gates a transitive dependency on a pull request as the declaration that pulls it in', () => {
    const source = { path: 'requirements.txt', line: 3, requirement: 'diamond-top' };
    const v = (name: string, via?: string[]): Verdict => ({ name, status: 'sdist', reason: '', sources: [source], targets: [], findings: [], limits: [], ...(via ? { via } : {}) });
    const changed = new Set([sourceKey(source, 'diamond-top')]);
    const marked = markPreexisting([v('diamond-top'), v('leaf', ['diamond-top', 'leaf']), v('other')], changed);
    expect(marked.map((m) => m.preexisting ?? false)).toEqual([false, false, true]);
    expect(markPreexisting([v('leaf', ['diamond-top', 'leaf'])], new Set([sourceKey({ ...source, line: 9 }, 'x')]))[0]!.preexisting).toBe(true);
  });
});
