// Hostile manifests end to end, through the CLI and the action: broken TOML and JSON, binary junk,
// 50 MB requirements files, include cycles and includes that leave the repository, unset ${VAR}s,
// unknown options, invalid versions and markers. Each problem is a diagnostic naming the file and
// line (and column where the format has one), the rest of the scan is decided, and what a hostile
// file can add to the report stays bounded.

import { jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { makeSdist, makeWheel } from './helpers/archives.js';
import { startIndexServer, type IndexServer } from './helpers/index-server.js';
import { dep, Sandbox, type HostileRun, type ProjectFiles, type Report, type RunSettings } from './helpers/hostile.js';

const sandbox = new Sandbox();
let server: IndexServer;

beforeAll(async () => {
  server = await startIndexServer({ projects: { good: [makeWheel('good', '1.0')], clean: [makeSdist('clean', '1.0')] } });
});
afterAll(async () => {
  await server.close();
  sandbox.cleanup();
});

function settings(env: Record<string, string> = {}): RunSettings {
  return { indexUrl: server.indexUrl, env: { SDIST_GUARD_LIMITS: 'retries=0', ...env } };
}

/** Both entries report these diagnostics (and maybe more), keep `good` and `clean` decided, and fail. */
function expectDiagnostics(r: HostileRun, expected: Array<{ severity?: string; path: string; line?: number; message: RegExp }>, gateFails = true): void {
  for (const report of [r.cli.report, r.action.report] as Report[]) {
    for (const e of expected) {
      const found = report.diagnostics.some((d) => d.path === e.path && (e.severity === undefined || d.severity === e.severity) && (e.line === undefined || d.line === e.line) && e.message.test(d.message));
      expect({ expected: { ...e, message: e.message.source }, found, diagnostics: found ? [] : report.diagnostics.slice(0, 5) }).toMatchObject({ found: true });
    }
    expect(dep(report, 'good').status).toBe('wheel');
    expect(dep(report, 'clean').status).toBe('sdist');
  }
  expect(r.cli.code).toBe(gateFails ? 1 : 0);
  expect(r.action.exitCode).toBe(gateFails ? 1 : 0);
  // the action points at the manifest line (a step shows the first ten of each level)
  const first = expected.find((e) => e.line !== undefined);
  if (first) expect(r.action.stdout).toContain(`title=sdist-guard%3A manifest problem,file=${first.path},line=${first.line}::`);
}

async function scan(files: ProjectFiles, env: Record<string, string> = {}): Promise<HostileRun> {
  return sandbox.both({ 'requirements.txt': 'good==1.0\nclean\n', ...files }, settings(env));
}

/** Requests the index got for project pages other than the two real ones (and setuptools, which pip installs to build an sdist). */
function strayLookups(from: number): string[] {
  return server.requests.slice(from).map((q) => q.path).filter((p) => p.startsWith('/simple/') && !/^\/simple\/(good|clean|setuptools)\/$/.test(p));
}

describe('malformed structured manifests', () => {
  it('TOML: the line and column of the error', async () => {
    const r = await scan({ 'tools/pyproject.toml': '[project]\nname = "x"\ndependencies = [\n  "good==1.0",\n  "bad" = 1\n]\n' });
    expectDiagnostics(r, [{ severity: 'error', path: 'tools/pyproject.toml', line: 5, message: /^not valid TOML: .* \(line 5, column \d+\)$/ }]);
  });

  it('JSON: the line and column of the error', async () => {
    const r = await scan({ 'app/Pipfile': '[packages]\ngood = "*"\n', 'app/Pipfile.lock': '{\n  "default": {\n    "good": {"version": "==1.0",}\n  }\n}\n' });
    expectDiagnostics(r, [{ severity: 'error', path: 'app/Pipfile.lock', line: 3, message: /^not valid JSON: .* at line 3, column 33$/ }]);
  });
});

describe('junk', () => {
  it('binary data named requirements.txt is refused whole, and nothing in it is looked up', async () => {
    const junk = randomBytes(1024 * 1024);
    junk[1000] = 0;
    const from = server.requests.length;
    const r = await scan({ 'requirements-junk.txt': junk });
    expectDiagnostics(r, [{ severity: 'error', path: 'requirements-junk.txt', message: /^binary data \(a NUL byte on line \d+\), not a text manifest; not parsed$/ }]);
    expect(r.cli.report!.diagnostics.filter((d) => d.path === 'requirements-junk.txt')).toHaveLength(1);
    expect(strayLookups(from)).toEqual([]);
  });

  it('binary data pulled in by -r is refused at the -r line', async () => {
    const r = await scan({ 'requirements-dev.txt': '-r vendor/blob.txt\n', 'vendor/blob.txt': Buffer.from([0x70, 0x6b, 0x67, 0x0a, 0x00, 0xff]) });
    expectDiagnostics(r, [{ severity: 'error', path: 'requirements-dev.txt', line: 1, message: /^-r vendor\/blob\.txt: cannot read vendor\/blob\.txt: binary data \(a NUL byte on line 2\)/ }]);
  });
});

describe('50 MB requirements files', () => {
  const MB50 = 50 * 1024 * 1024;
  // a guard against a hang only: each of these reads 50 MB twice (CLI and action)
  jest.setTimeout(90_000);

  it('50 MB of comments around one requirement: read in one pass, the requirement found', async () => {
    const comment = '# pinned by the platform team; do not edit by hand -- regenerate with make lock\n';
    const text = 'good==1.0\n' + comment.repeat(Math.ceil(MB50 / comment.length)) + 'clean\n';
    const r = await sandbox.both({ 'requirements.txt': text }, settings());
    for (const report of [r.cli.report, r.action.report]) {
      expect(report!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(dep(report, 'good').sources[0]!.line).toBe(1);
      expect(dep(report, 'clean').sources[0]!.line).toBe(text.split('\n').length - 1);
    }
    expect(r.cli.code).toBe(0);
  });

  it('50 MB of malformed lines: 100 errors listed, then the file is given up on, and the report stays small', async () => {
    const line = 'this is not a requirement !!\n';
    const count = Math.ceil(MB50 / line.length);
    const from = server.requests.length;
    const r = await scan({ 'requirements-bad.txt': line.repeat(count) });
    expectDiagnostics(r, [
      { severity: 'error', path: 'requirements-bad.txt', line: 1, message: /^invalid requirement 'this is not a requirement !!'/ },
      { severity: 'error', path: 'requirements-bad.txt', line: 101, message: /^more than 100 errors \(pip stops at the first\): requirements-bad\.txt is not read from this line on$/ },
    ]);
    expect(r.cli.report!.diagnostics.filter((d) => d.path === 'requirements-bad.txt')).toHaveLength(101);
    expect(r.cli.stdout.length).toBeLessThan(200_000);
    expect(r.action.reportText!.length).toBeLessThan(200_000);
    expect(strayLookups(from)).toEqual([]);
  });

  it('one 50 MB line: refused without being quoted or looked up', async () => {
    const from = server.requests.length;
    const r = await scan({ 'requirements-long.txt': 'x'.repeat(MB50) + '\n' });
    expectDiagnostics(r, [{ severity: 'error', path: 'requirements-long.txt', line: 1, message: /^a line of 52428800 characters, more than the 1048576 a requirement line may have; skipped$/ }]);
    expect(r.cli.stdout.length).toBeLessThan(100_000);
    expect(strayLookups(from)).toEqual([]);
  });

  it('50 MB of continuation lines: joined in linear time', async () => {
    const r = await scan({ 'requirements-cont.txt': 'good==1.0 \\\n' + '       \\\n'.repeat(MB50 / 9) + '\n' }, {});
    for (const report of [r.cli.report, r.action.report]) {
      expect(report!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(dep(report, 'good').sources.map((s) => s.path)).toContain('requirements-cont.txt');
    }
    expect(r.cli.code).toBe(0);
  });
});

describe('includes', () => {
  it('a -r cycle is an error at the line that closes it', async () => {
    const r = await scan({ 'requirements.txt': 'good==1.0\nclean\n-r requirements-a.txt\n', 'requirements-a.txt': '\n-r requirements.txt\n' });
    expectDiagnostics(r, [{ severity: 'error', path: 'requirements-a.txt', line: 2, message: /^-r requirements\.txt: include cycle requirements\.txt -> requirements-a\.txt -> requirements\.txt$/ }]);
  });

  it('a -r that leaves the repository is refused, by ../, by an absolute path and by a symbolic link', async () => {
    const outside = join(sandbox.root, `outside-${Date.now()}.txt`);
    writeFileSync(outside, 'stolen-secret-name\n');
    const project = sandbox.project({
      'requirements.txt': 'good==1.0\nclean\n',
      'requirements-up.txt': `-r ../${outside.split('/').pop()}\n-r ${outside}\n`,
      'requirements-link.txt': '\n\n-r sub/link.txt\n',
    });
    mkdirSync(join(project, 'sub'));
    symlinkSync(outside, join(project, 'sub', 'link.txt'));
    const from = server.requests.length;
    const r = { cli: await sandbox.cli(project, settings()), action: await sandbox.action(project, settings()) };
    expectDiagnostics(r, [
      { severity: 'error', path: 'requirements-up.txt', line: 1, message: /^-r \.\.\/outside-\d+\.txt: refused, it resolves outside the scanned root$/ },
      { severity: 'error', path: 'requirements-up.txt', line: 2, message: /^-r \/.*outside-\d+\.txt: refused, it resolves outside the scanned root$/ },
      { severity: 'error', path: 'requirements-link.txt', line: 3, message: /^-r sub\/link\.txt: cannot read sub\/link\.txt: it is a symbolic link to a file outside the scanned root; refused$/ },
    ]);
    expect(strayLookups(from)).toEqual([]);
  });
});

describe('lines pip would stumble on', () => {
  it('an unset ${VAR} is a warning naming it, and the line it leaves behind is an error', async () => {
    const r = await scan({ 'requirements-env.txt': 'good==${GOOD_VERSION}\n' });
    expectDiagnostics(r, [
      { severity: 'warning', path: 'requirements-env.txt', line: 1, message: /^environment variable \$\{GOOD_VERSION\} is not set; the text is left as written$/ },
      { severity: 'error', path: 'requirements-env.txt', line: 1, message: /^invalid requirement 'good==\$\{GOOD_VERSION\}'.*at column 7/ },
    ]);
  });

  it('a set ${VAR} is expanded, and its value is never shown in a message', async () => {
    const r = await scan({ 'requirements-env.txt': 'good==${GOOD_VERSION}\nclean==${CLEAN_VERSION} ; python_version >= "3"\nbroken==${BROKEN_PIN}\n' }, { GOOD_VERSION: '1.0', CLEAN_VERSION: '1.0', BROKEN_PIN: 'tok!en-9f8e7d' });
    expectDiagnostics(r, [{ severity: 'error', path: 'requirements-env.txt', line: 3, message: /^invalid requirement 'broken==\$\{BROKEN_PIN\}'/ }]);
    for (const report of [r.cli.report, r.action.report]) expect(dep(report, 'good').sources.map((s) => s.path)).toContain('requirements-env.txt');
    // not the value, and not a piece of it either (a parser quotes where it stopped, cut short)
    const value = 'tok!en-9f8e7d';
    const pieces = [...Array(value.length - 4).keys()].flatMap((i) => [...Array(value.length - i - 4).keys()].map((k) => value.slice(i, i + 5 + k)));
    const log = r.action.stdout.replace(/^::add-mask::.*$/gm, '');
    for (const [where, text] of [['cli', r.cli.stdout], ['report', r.action.reportText!], ['log', log], ['summary', r.action.summary]] as const) {
      expect({ where, leaked: pieces.filter((p) => text.includes(p)) }).toEqual({ where, leaked: [] });
    }
  });

  it('thousands of warnings: 100 listed, the rest counted', async () => {
    const r = await scan({ 'requirements-opts.txt': '--frobnicate\n'.repeat(5000) });
    expectDiagnostics(
      r,
      [
        { severity: 'warning', path: 'requirements-opts.txt', line: 1, message: /^unknown option --frobnicate; line skipped$/ },
        { severity: 'warning', path: 'requirements-opts.txt', line: 100, message: /^unknown option --frobnicate; line skipped$/ },
        { severity: 'warning', path: 'requirements-opts.txt', message: /^4900 more warnings in requirements-opts\.txt are not listed$/ },
      ],
      false,
    );
    expect(r.cli.report!.diagnostics.filter((d) => d.path === 'requirements-opts.txt')).toHaveLength(101);
  });

  it('unknown options are named, with the line', async () => {
    const r = await scan({ 'requirements-opts.txt': '--frobnicate\nclean --no-such-option\n' });
    expectDiagnostics(
      r,
      [
        { severity: 'warning', path: 'requirements-opts.txt', line: 1, message: /^unknown option --frobnicate; line skipped$/ },
        { severity: 'warning', path: 'requirements-opts.txt', line: 2, message: /^unknown option --no-such-option; line skipped$/ },
      ],
      false,
    );
  });

  it('invalid versions and markers: the file, line and column', async () => {
    const r = await scan({
      'requirements-bad.txt': 'good==1.0\nbad==1.0.0a1b2c\nworse ; python_version >> "3"\nugly ; ' + '('.repeat(500) + 'os_name == "nt"' + ')'.repeat(500) + '\n',
      'pyproject.toml': '[project]\nname = "x"\nversion = "0"\ndependencies = [\n  "clean",\n  "bad==1..0",\n  "worse ; os_name === ",\n]\n',
    });
    expectDiagnostics(r, [
      { severity: 'error', path: 'requirements-bad.txt', line: 2, message: /Invalid requirement "bad==1\.0\.0a1b2c": expected .* at column 13/ },
      { severity: 'error', path: 'requirements-bad.txt', line: 3, message: /Invalid requirement "worse ; python_version >> \\"3\\"": expected a marker variable .* at column 25/ },
      { severity: 'error', path: 'requirements-bad.txt', line: 4, message: /parentheses nested more than 100 deep at column 108/ },
      { severity: 'error', path: 'pyproject.toml', line: 6, message: /^project\.dependencies\[1\]: invalid requirement 'bad==1\.\.0'.*at column 7/ },
      { severity: 'error', path: 'pyproject.toml', line: 7, message: /^project\.dependencies\[2\]: invalid requirement 'worse ; os_name === '.*at column 21/ },
    ]);
  });
});
