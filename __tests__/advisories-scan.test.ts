// Known malware end to end: a manifest that pulls in a wheel-only package an OSV MAL- record names,
// directly and transitively, scanned against a real index and a fake OSV service on 127.0.0.1. The
// gate fails naming the advisory in every output (text, JSON, Markdown, SARIF, annotations, the job
// summary, the pull request comment, the action's outputs); a service that is down is a warning in
// each of them and not a failure; answers come from the cache on the next run.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

import { makeSdist, makeWheel } from './helpers/archives.js';
import { actionRunner } from './helpers/action-runner.js';
import { startIndexServer, type IndexServer } from './helpers/index-server.js';
import { malwareRecord, startOsvServer, type OsvServer } from './helpers/osv-server.js';
import { makeProject, runCli } from './helpers/project.js';
import { parseGfm, textOf } from './helpers/gfm.js';
import { resolveOptions } from '../src/options.js';
import { scan } from '../src/scan.js';
import { reportComment } from '../src/report/comment.js';
import { MALICIOUS_RULE } from '../src/report/sarif.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);
const validateSarif = ajv.compile(schema);

const DEEP = malwareRecord('MAL-2026-4242', 'deep-stealer', ['1.3'], 'Malicious code in deep-stealer (PyPI)');
const DIRECT = malwareRecord('MAL-2026-5151', 'wheelonly', ['2.0'], 'Malicious code in wheelonly (PyPI)');
const VULN = { id: 'PYSEC-2026-99', summary: 'Regular expression denial of service', modified: '2026-03-01T00:00:00Z', affected: [{ package: { ecosystem: 'PyPI', name: 'buildme' }, versions: ['1.0'] }] };
const REMEDY = /treat that machine’s secrets as stolen/;

describe('known malware by advisory, end to end', () => {
  let index: IndexServer;
  let osv: OsvServer;
  let project: ReturnType<typeof makeProject>;
  const runner = actionRunner();

  beforeAll(async () => {
    const top = makeWheel('toplib', '1.0', 'py3-none-any', ['deep-stealer>=1', 'buildme']);
    index = await startIndexServer({
      projects: {
        toplib: [{ filename: top.filename, data: top.data }],
        // wheel-only: no build code to read, so only the advisory can tell
        'deep-stealer': [makeWheel('deep_stealer', '1.3'), makeWheel('deep_stealer', '1.2')].map((w) => ({ filename: w.filename, data: w.data })),
        buildme: [makeSdist('buildme', '1.0')],
        wheelonly: [makeWheel('wheelonly', '2.0')].map((w) => ({ filename: w.filename, data: w.data })),
      },
    });
    osv = await startOsvServer({ records: [DEEP, DIRECT, VULN] });
  });
  beforeEach(() => {
    osv.requests.length = 0;
    osv.update({ faults: {} });
    project = makeProject({ 'requirements.txt': '# app\ntoplib\nwheelonly==2.0\n' });
  });
  afterEach(() => project.cleanup());
  afterAll(async () => {
    await index.close();
    await osv.close();
    runner.cleanup();
  });

  const cli = (format: string, ...extra: string[]) =>
    runCli(['scan', project.dir, '--index-url', index.indexUrl, '--advisories', osv.url, '--format', format, '--no-cache', ...extra], { cwd: project.dir });

  it('fails the gate on a transitive malicious wheel, naming the advisory, in the text report', async () => {
    const r = await cli('text');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^malicious\s+deep-stealer\s+1\.3\s+requirements\.txt:2/m);
    expect(r.stdout).toMatch(/via toplib -> deep-stealer/);
    expect(r.stdout).toContain(`deep-stealer 1.3 is known malware: MAL-2026-4242 (Malicious code in deep-stealer (PyPI)), ${osv.url}/v1/vulns/MAL-2026-4242`);
    expect(r.stdout).toMatch(/^malicious\s+wheelonly\s+2\.0\s+requirements\.txt:3/m);
    expect(r.stdout).toMatch(REMEDY);
    expect(r.stdout).toMatch(/Summary: 2 wheel, 1 sdist, 0 suspicious, 2 malicious, 0 unresolved, 0 skipped/);
    expect(r.stdout).toMatch(/Known-malware advisories: 5 package versions checked against the MAL- records at http:\/\/127\.0\.0\.1:\d+; 2 dependencies named/);
    expect(r.stdout).toMatch(/FAIL: sdist-guard failed the gate: 2 malicious \(fail-on: malicious,suspicious,unresolved\)/);
    // the vulnerability record is neither read nor reported
    // asked as soon as the versions were known: the pin at once, what the manifests pull in once
    // resolved, then what the build of buildme installs, while the scan went on
    expect(osv.requests.map((q) => q.path).sort()).toEqual(['/v1/querybatch', '/v1/querybatch', '/v1/querybatch', '/v1/vulns/MAL-2026-4242', '/v1/vulns/MAL-2026-5151']);
    expect(r.stdout).not.toContain('PYSEC');
    const batches = osv.requests.filter((q) => q.path === '/v1/querybatch').map((q) => q.body!.queries.map((x) => `${x.package.name}==${x.version}`).sort().join(' '));
    expect(batches.sort()).toEqual(['buildme==1.0 deep-stealer==1.3 toplib==1.0', 'setuptools==80.9.0', 'wheelonly==2.0']);
    // every resolved version was asked about once: direct, transitive, wheels and the sdist, and
    // setuptools too: pip installs it to build buildme, so it runs as well
  });

  it('reports the status and the advisory in JSON, schema version 2', async () => {
    const r = await cli('json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.schemaVersion).toBe(2);
    expect(report.summary).toMatchObject({ malicious: 2, wheel: 2, sdist: 1 });
    const deep = report.dependencies.find((d: { name: string }) => d.name === 'deep-stealer');
    expect(deep).toMatchObject({
      status: 'malicious',
      version: '1.3',
      via: ['toplib', 'deep-stealer'],
      advisories: [{ id: 'MAL-2026-4242', summary: 'Malicious code in deep-stealer (PyPI)', url: `${osv.url}/v1/vulns/MAL-2026-4242`, version: '1.3', modified: DEEP.modified }],
    });
    expect(report.dependencies[0].status).toBe('malicious');
    expect(report.advisories).toMatchObject({ source: osv.url, checked: 5, fromCache: 0, unchecked: 0, malicious: 2, requests: 5 });
    expect(typeof report.advisories.durationMs).toBe('number');
    expect(report.gate).toMatchObject({ failed: true, failOn: ['malicious', 'suspicious', 'unresolved'] });
  });

  it('links the advisory and says what to do in Markdown', async () => {
    const r = await cli('markdown');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\| ☠️ malicious \| 2 \| a known-malware advisory names the version pip would install \|/);
    expect(r.stdout).toContain(`- [MAL-2026-4242](${osv.url}/v1/vulns/MAL-2026-4242) (version 1.3): Malicious code in deep-stealer (PyPI)`);
    expect(r.stdout).toMatch(/<details open><summary>☠️ <b>deep-stealer 1\.3<\/b> is known malware<\/summary>/);
    expect(r.stdout).toMatch(REMEDY);
  });

  it('gives known malware its own SARIF rule, with the advisory link in the result', async () => {
    const r = await cli('sarif');
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<{ ruleId: string; level: string; message: { text: string }; locations: Array<{ physicalLocation: unknown }>; properties: { package: string; advisories?: unknown } }> }> };
    if (!validateSarif(log)) throw new Error(ajv.errorsText(validateSarif.errors));
    const run = log.runs[0]!;
    const rule = run.tool.driver.rules.find((x) => x.id === MALICIOUS_RULE);
    expect(rule).toMatchObject({ defaultConfiguration: { level: 'error' }, properties: { 'security-severity': '9.5' } });
    const result = run.results.find((x) => x.ruleId === MALICIOUS_RULE && x.properties.package === 'deep-stealer')!;
    expect(result.level).toBe('error');
    expect(result.message.text).toContain(`MAL-2026-4242 (Malicious code in deep-stealer (PyPI)) ${osv.url}/v1/vulns/MAL-2026-4242`);
    expect(result.message.text).toMatch(REMEDY);
    expect(result.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'requirements.txt' }, region: { startLine: 2 } });
    expect(result.properties.advisories).toEqual([{ id: 'MAL-2026-4242', url: `${osv.url}/v1/vulns/MAL-2026-4242`, version: '1.3', summary: 'Malicious code in deep-stealer (PyPI)' }]);
  });

  it('writes the pull request comment with the advisory and the remediation', async () => {
    const opts = resolveOptions({ root: project.dir, paths: [project.dir], indexUrl: index.indexUrl, env: {}, advisories: osv.url });
    const result = await scan(opts);
    const body = reportComment(result, opts.failOn, { sha: 'abcdef1234567' });
    expect(body).toMatch(/## sdist-guard: ❌ 2 dependencies this repository declares fail the gate/);
    expect(body).toContain(`[MAL-2026-5151](${osv.url}/v1/vulns/MAL-2026-5151)`);
    expect(body).toMatch(REMEDY);
    // the short form, for a report too long for a comment, still names the advisory
    const short = reportComment(result, opts.failOn, {}, 700);
    expect(short).toMatch(/- ☠️ malicious \*\*deep-stealer\*\* 1\.3 \(MAL-2026-4242\) at `requirements\.txt:2`/);
  });

  it('fails the action, with annotations, the summary and malicious-count', async () => {
    const r = await runner.runAction({ 'index-url': index.indexUrl, paths: '.', advisories: osv.url, cache: 'false' }, project.dir, { GITHUB_EVENT_NAME: 'push' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ status: 'fail', 'malicious-count': '2', 'suspicious-count': '0' });
    expect(r.stdout).toMatch(/::error title=sdist-guard%3A deep-stealer 1\.3 is malicious,file=requirements\.txt,line=2::deep-stealer 1\.3 is known malware: MAL-2026-4242/);
    expect(r.stdout).toMatch(/::error title=sdist-guard%3A wheelonly 2\.0 is malicious,file=requirements\.txt,line=3::.*treat that machine’s secrets as stolen/);
    expect(r.summary).toContain(`[MAL-2026-4242](${osv.url}/v1/vulns/MAL-2026-4242)`);
    expect(r.stdout).toMatch(/2 malicious/);
    expect(r.stdout).toMatch(/sdist-guard: Known-malware advisories: 5 package versions checked against the MAL- records at http:\/\/127\.0\.0\.1:\d+; 2 dependencies named\./);
  });

  it('passes nothing by silence when the service is down: a warning in every output, and no failure by default', async () => {
    osv.update({ faults: { batch: { status: 503 } } });
    const env = { SDIST_GUARD_LIMITS: 'retries=1' };
    const run = (format: string) =>
      runCli(['scan', project.dir, '--index-url', index.indexUrl, '--advisories', osv.url, '--format', format, '--no-cache'], { cwd: project.dir, env: { ...env, SDIST_GUARD_ADVISORIES: osv.url } });

    const text = await run('text');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/warning: not checked against advisories: 5 package versions of 5 could not be checked against known-malware records at http:\/\/127\.0\.0\.1:\d+: 503 Service Unavailable/);
    expect(text.stdout).toMatch(/PASS: sdist-guard passed: no dependency is malicious or suspicious or unresolved; 5 package versions not checked against advisories/);

    const json = JSON.parse((await run('json')).stdout);
    expect(json.advisories).toMatchObject({ source: osv.url, checked: 0, unchecked: 5, malicious: 0 });
    expect(json.advisories.error).toMatch(/503 Service Unavailable/);
    expect(json.dependencies.find((d: { name: string }) => d.name === 'deep-stealer').status).toBe('wheel');

    const md = (await run('markdown')).stdout;
    expect(textOf(parseGfm(md))).toMatch(/⚠️ Not checked against advisories: 5 package versions of 5 could not be checked/);

    const sarif = JSON.parse((await run('sarif')).stdout);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text).join('\n')).toMatch(/not checked against advisories/);

    const action = await runner.runAction({ 'index-url': index.indexUrl, paths: '.', advisories: osv.url, cache: 'false' }, project.dir, { GITHUB_EVENT_NAME: 'push', ...env });
    expect(action.exitCode).toBe(0);
    expect(action.stdout).toMatch(/::warning title=sdist-guard::not checked against advisories: 5 package versions/);
    expect(action.summary).toMatch(/Not checked against advisories/);

    // unless the check is required
    const required = await runCli(['scan', project.dir, '--index-url', index.indexUrl, '--advisories', osv.url, '--advisories-required', '--no-cache'], { cwd: project.dir, env });
    expect(required.code).toBe(1);
    expect(required.stdout).toMatch(/FAIL: sdist-guard failed the gate: 5 package versions not checked against advisories \(advisories-required\)/);
    const requiredAction = await runner.runAction({ 'index-url': index.indexUrl, paths: '.', advisories: osv.url, 'advisories-required': 'true', cache: 'false' }, project.dir, { GITHUB_EVENT_NAME: 'push', ...env });
    expect(requiredAction.exitCode).toBe(1);
    expect(requiredAction.outputs.status).toBe('fail');
  });

  it('sends the credentials written into the service URL to it alone, and shows them nowhere', async () => {
    const token = 'osv-mirror-token-5f1e';
    osv.update({ auth: { username: '__token__', password: token } });
    try {
      const withToken = osv.url.replace('http://', `http://__token__:${token}@`);
      for (const format of ['text', 'json', 'markdown', 'sarif']) {
        const r = await runCli(['scan', project.dir, '--index-url', index.indexUrl, '--advisories', withToken, '--format', format, '--no-cache'], { cwd: project.dir });
        expect(r.code).toBe(1);
        expect(r.stdout).toContain('MAL-2026-4242');
        expect(r.stdout + r.stderr).not.toContain(token);
      }
      expect(osv.requests.every((q) => q.headers.authorization === 'Basic ' + Buffer.from(`__token__:${token}`).toString('base64'))).toBe(true);
      // the package index, another origin, never sees them
      expect(index.requests.some((q) => q.headers.authorization !== undefined)).toBe(false);
    } finally {
      osv.update({ auth: undefined });
    }
  });

  it('counts a pin asked about at once but installed on no target neither checked nor unchecked', async () => {
    const pinned = makeProject({ 'requirements.txt': 'wheelonly==2.0 ; python_version < "3.0"\ntoplib\n' });
    try {
      const r = await runCli(['scan', pinned.dir, '--index-url', index.indexUrl, '--advisories', osv.url, '--format', 'json', '--no-cache'], { cwd: pinned.dir });
      const report = JSON.parse(r.stdout);
      // asked about before its marker was read, but not installed: not in the counts, not marked
      expect(osv.requests.some((q) => q.path === '/v1/querybatch' && q.body!.queries.some((x) => x.package.name === 'wheelonly'))).toBe(true);
      expect(report.advisories).toMatchObject({ checked: 4, unchecked: 0, malicious: 1 });
      expect(report.dependencies.find((d: { name: string }) => d.name === 'wheelonly').status).toBe('skipped');
    } finally {
      pinned.cleanup();
    }
  });

  it('says the check was turned off with --advisories off, and asks nothing', async () => {
    const r = await runCli(['scan', project.dir, '--index-url', index.indexUrl, '--advisories', 'off', '--no-cache'], { cwd: project.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Known-malware advisories: not checked \(turned off\)\./);
    expect(osv.requests).toHaveLength(0);
  });

  it('answers from the cache on the next run, and still names the advisory', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'sdist-guard-advisory-scan-cache-'));
    try {
      const args = ['scan', project.dir, '--index-url', index.indexUrl, '--advisories', osv.url, '--format', 'json', '--cache-dir', cacheDir];
      const first = await runCli(args, { cwd: project.dir });
      expect(first.code).toBe(1);
      expect(osv.requests).toHaveLength(5);
      const second = await runCli(args, { cwd: project.dir });
      expect(second.code).toBe(1);
      expect(osv.requests).toHaveLength(5);
      const report = JSON.parse(second.stdout);
      expect(report.advisories).toMatchObject({ checked: 5, fromCache: 5, requests: 0, malicious: 2 });
      expect(report.dependencies.find((d: { name: string }) => d.name === 'wheelonly').advisories[0]).toMatchObject({ id: 'MAL-2026-5151', summary: 'Malicious code in wheelonly (PyPI)' });
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
