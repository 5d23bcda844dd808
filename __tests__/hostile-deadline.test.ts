// The scan's deadline (--deadline, the action's deadline input): an index that accepts a request
// and never answers, with a per-request timeout far longer than the deadline, cannot hold a scan.
// When the deadline passes, every dependency not yet decided is `unresolved` with that reason, in
// every output format, the gate fails, and the scan ends (jest's timeout is the guard: without the
// deadline these scans would wait a minute per request).

import { makeSdist, makeWheel } from './helpers/archives.js';
import { startIndexServer, type IndexServer } from './helpers/index-server.js';
import { dep, Sandbox, type Report, type RunSettings } from './helpers/hostile.js';

const sandbox = new Sandbox();
let server: IndexServer;

beforeAll(async () => {
  server = await startIndexServer({
    projects: {
      good: [makeWheel('good', '1.0')],
      clean: [makeSdist('clean', '1.0')],
      victim: [makeSdist('victim', '2.0')],
      top: [makeWheel('top', '1.0', 'py3-none-any', ['victim'])],
    },
    faults: { '/simple/victim/': { hang: true } },
  });
});
afterAll(async () => {
  await server.close();
  sandbox.cleanup();
});

const DEADLINE = /not decided before the scan's deadline of 2 s passed/;

function settings(extra: string[] = [], inputs: Record<string, string> = {}): RunSettings {
  return { indexUrl: server.indexUrl, args: ['--timeout', '60', '--deadline', '2', ...extra], inputs: { timeout: '60', deadline: '2', ...inputs } };
}

/** Decided before the deadline as expected, or not decided in time: both are honest. */
function expectDecidedOrLate(report: Report | undefined, name: string, status: string): void {
  const d = dep(report, name);
  if (d.status !== status) {
    expect({ name, status: d.status }).toEqual({ name, status: 'unresolved' });
    expect(d.reason).toMatch(DEADLINE);
  }
}

function expectDeadlineReported(report: Report | undefined): void {
  expect(report!.gate.failed).toBe(true);
  expect(report!.diagnostics.map((d) => d.message)).toEqual(expect.arrayContaining([expect.stringMatching(/the scan's deadline of 2 s passed: \d+ dependenc(y was|ies were) not decided/)]));
}

describe('the scan deadline', () => {
  it('a dependency whose page never comes: unresolved when the deadline passes, the others decided or unresolved for it', async () => {
    const r = await sandbox.both({ 'requirements.txt': 'good==1.0\nclean\nvictim\n' }, settings(['--no-transitive'], { transitive: 'false' }));
    for (const report of [r.cli.report, r.action.report]) {
      const victim = dep(report, 'victim');
      expect(victim.status).toBe('unresolved');
      expect(victim.reason).toMatch(DEADLINE);
      expectDecidedOrLate(report, 'good', 'wheel');
      expectDecidedOrLate(report, 'clean', 'sdist');
      expectDeadlineReported(report);
    }
    expect(r.cli.code).toBe(1);
    expect(r.action.exitCode).toBe(1);
    expect(r.action.outputs.status).toBe('fail');
    expect(r.action.stdout).toMatch(/::error title=sdist-guard%3A victim is unresolved,file=requirements\.txt,line=3::.*deadline of 2 s passed/);
    expect(r.action.summary).toMatch(/victim.*deadline of 2 s passed/);
  });

  it('the reason reaches every CLI format', async () => {
    const dir = sandbox.project({ 'requirements.txt': 'victim\n' });
    for (const format of ['text', 'markdown', 'sarif']) {
      const run = await sandbox.cli(dir, settings(['--no-transitive']), format);
      expect({ format, code: run.code }).toEqual({ format, code: 1 });
      expect(run.stdout).toMatch(/deadline of 2 s passed/);
    }
  });

  it('while following what a dependency pulls in: what pip would install is not known, so nothing of it passes', async () => {
    const r = await sandbox.both({ 'requirements.txt': 'top\n' }, settings());
    for (const report of [r.cli.report, r.action.report]) {
      const top = dep(report, 'top');
      expect(top.status).toBe('unresolved');
      expect(top.reason).toMatch(DEADLINE);
      expect(report!.diagnostics.map((d) => d.message)).toEqual(
        expect.arrayContaining([expect.stringMatching(/deadline of 2 s passed: 1 dependency was not decided and is unresolved, and what the manifests pull in was not followed/)]),
      );
    }
    expect(r.cli.code).toBe(1);
    expect(r.action.exitCode).toBe(1);
  });

  it('is a positive number of seconds, and says so otherwise', async () => {
    const dir = sandbox.project({ 'requirements.txt': 'good==1.0\n' });
    const cli = await sandbox.cli(dir, { indexUrl: server.indexUrl, args: ['--deadline', '0'] });
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/--deadline: 0 is out of range: expected 1 to 21600/);
    const action = await sandbox.action(dir, { indexUrl: server.indexUrl, inputs: { deadline: 'soon' } });
    expect(action.exitCode).toBe(1);
    expect(action.stdout).toMatch(/::error::sdist-guard: configuration error: deadline: "soon" is not a whole number/);
  });
});
