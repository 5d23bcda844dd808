// One hostile scan, run through both entries (the CLI in-process and the action's run()) inside a
// sandbox, with what the security model promises checked around it: every file system write is
// recorded, and none may land outside the run's temporary directories (the CLI's cache home, the
// action's RUNNER_TEMP and step files); the project and working directory are left as they were;
// no uncaught exception, unhandled rejection or internal error.

import { jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import type { Io } from '../../src/command.js';
import { recordWrites, watchWrites } from './fs-writes.js';

type Entries = { main: typeof import('../../src/command.js').main; run: typeof import('../../src/run-action.js').run };
let entries: Entries | undefined;

/** The two entries, loaded after the fs modules are replaced so that their writes are seen. */
async function load(): Promise<Entries> {
  if (!entries) {
    watchWrites();
    const [command, action] = await Promise.all([import('../../src/command.js'), import('../../src/run-action.js')]);
    entries = { main: command.main, run: action.run };
  }
  return entries;
}

export type ProjectFiles = Record<string, string | Uint8Array>;

export interface ReportDependency {
  name: string;
  version: string | null;
  status: string;
  reason: string;
  sources: Array<{ path: string; line: number; requirement: string }>;
  targets: Array<{ kind: string; file: string | null; reason: string }>;
  findings: Array<{ rule: string; severity: string; path: string; line: number; message: string; evidence: string }>;
  limits: string[];
}

export interface Report {
  dependencies: ReportDependency[];
  diagnostics: Array<{ severity: string; path: string; line?: number; message: string }>;
  summary: Record<string, number>;
  gate: { failed: boolean; message: string };
}

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
  /** The JSON report, when the run got as far as printing one. */
  report?: Report;
}

export interface ActionOutcome {
  /** Everything the step printed: workflow commands, annotations, log lines. */
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  exitCode: number;
  report?: Report;
  /** The JSON report file as written. */
  reportText?: string;
}

export interface HostileRun {
  cli: CliOutcome;
  action: ActionOutcome;
}

export interface RunSettings {
  indexUrl: string;
  /** More CLI arguments (after `scan . --index-url URL --format json`). */
  args?: string[];
  /** More action inputs (besides `index-url` and `paths`). */
  inputs?: Record<string, string>;
  /** Environment both entries see (SDIST_GUARD_LIMITS, SDIST_GUARD_INDEX_CREDENTIALS, ${VAR} values). */
  env?: Record<string, string>;
}

/** What a directory holds: relative path -> size and modification time. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (abs: string, rel: string): void => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const p = join(abs, entry.name);
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        out.set(r + '/', 'dir');
        walk(p, r);
      } else {
        const st = statSync(p);
        out.set(r, `${st.size}:${st.mtimeMs}`);
      }
    }
  };
  walk(dir, '');
  return out;
}

function changes(before: Map<string, string>, after: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [k, v] of after) if (before.get(k) !== v) out.push(before.has(k) ? `changed ${k}` : `created ${k}`);
  for (const k of before.keys()) if (!after.has(k)) out.push(`deleted ${k}`);
  return out.sort();
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

/**
 * The sandbox of one test file. @actions/core keeps the summary file's path after its first write,
 * as in one job step, so the runner directory lives as long as the file's tests.
 */
export class Sandbox {
  readonly root = mkdtempSync(join(tmpdir(), 'sdist-guard-hostile-'));
  readonly runner = join(this.root, 'runner');
  /** The process's working directory while a scan runs: it must stay empty. */
  readonly cwd = join(this.root, 'cwd');
  private count = 0;
  /** Every path the last run wrote. */
  lastWrites: string[] = [];

  constructor() {
    for (const d of [this.runner, this.cwd]) mkdirSync(d, { recursive: true });
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  /**
   * A fresh project directory with the given files, and beside it the directories its runs may
   * write to: a home for the CLI (its cache) and a RUNNER_TEMP for the action (report and cache).
   */
  project(files: ProjectFiles): string {
    const dir = join(this.root, `project-${++this.count}`);
    mkdirSync(dir);
    mkdirSync(`${dir}.home`);
    mkdirSync(`${dir}.runner-temp`);
    for (const [path, content] of Object.entries(files)) {
      const abs = join(dir, path);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
    return dir;
  }

  /**
   * Runs `body` with the working directory in the sandbox and checks what the promise says: no
   * fault escaped, the project and working directory are unchanged, and every file written is
   * under one of the `writable` directories (or is one of those files).
   */
  private async confined<T>(project: string, body: () => Promise<T>, writable: string[]): Promise<T> {
    const before = snapshot(project);
    const faults: unknown[] = [];
    const onFault = (err: unknown): void => void faults.push(err);
    process.on('uncaughtException', onFault);
    process.on('unhandledRejection', onFault);
    const savedCwd = process.cwd();
    process.chdir(this.cwd);
    let recorded: { value: T; writes: Array<{ call: string; path: string }> };
    try {
      recorded = await recordWrites(async () => {
        const value = await body();
        // a rejection nobody handled is reported on a later turn of the event loop
        await new Promise((r) => setImmediate(r));
        return value;
      });
    } finally {
      process.chdir(savedCwd);
      process.off('uncaughtException', onFault);
      process.off('unhandledRejection', onFault);
    }
    expect(faults.map(String)).toEqual([]);
    expect(changes(before, snapshot(project))).toEqual([]);
    expect([...snapshot(this.cwd).keys()]).toEqual([]);
    const outside = recorded.writes.filter((w) => !writable.some((d) => w.path === d || w.path.startsWith(d + '/')));
    expect(outside).toEqual([]);
    this.lastWrites = recorded.writes.map((w) => w.path);
    return recorded.value;
  }

  async cli(project: string, settings: RunSettings, format = 'json'): Promise<CliOutcome> {
    return this.confined(project, async () => {
      let stdout = '';
      let stderr = '';
      const io: Io = {
        stdout: (t) => void (stdout += t),
        stderr: (t) => void (stderr += t),
        env: { HOME: `${project}.home`, ...(settings.env ?? {}) },
        cwd: project,
        isTTY: false,
      };
      const { main } = await load();
      const code = await main(['scan', '.', '--index-url', settings.indexUrl, '--format', format, ...(settings.args ?? [])], io);
      const out: CliOutcome = { code, stdout, stderr };
      if (format === 'json' && stdout.trim().startsWith('{')) out.report = JSON.parse(stdout) as Report;
      return out;
    }, [`${project}.home`]);
  }

  async action(project: string, settings: RunSettings): Promise<ActionOutcome> {
    const outputFile = join(this.runner, 'output');
    const summaryFile = join(this.runner, 'summary');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    // the step's outputs and summary files, and its RUNNER_TEMP, are the action's to write
    return this.confined(
      project,
      async () => {
        const saved = { ...process.env };
        for (const key of Object.keys(process.env)) {
          if (/^(INPUT_|PIP_|GITHUB_|SDIST_GUARD_|RUNNER_)/.test(key)) delete process.env[key];
        }
        Object.assign(process.env, {
          GITHUB_WORKSPACE: project,
          GITHUB_OUTPUT: outputFile,
          GITHUB_STEP_SUMMARY: summaryFile,
          RUNNER_TEMP: `${project}.runner-temp`,
          ...(settings.env ?? {}),
        });
        const inputs = { 'index-url': settings.indexUrl, paths: '.', ...(settings.inputs ?? {}) };
        for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
        let stdout = '';
        const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
          stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
          return true;
        });
        const { run } = await load();
        try {
          await run();
        } finally {
          spy.mockRestore();
          process.env = saved;
        }
        const exitCode = Number(process.exitCode ?? 0);
        process.exitCode = 0;
        const outputs = parseOutputs(readFileSync(outputFile, 'utf8'));
        const out: ActionOutcome = { stdout, outputs, summary: readFileSync(summaryFile, 'utf8'), exitCode };
        if (outputs.report) {
          out.reportText = readFileSync(outputs.report, 'utf8');
          out.report = JSON.parse(out.reportText) as Report;
        }
        // an internal error is a crash the action caught: never an acceptable outcome
        expect(stdout).not.toMatch(/internal error/);
        return out;
      },
      [`${project}.runner-temp`, outputFile, summaryFile],
    );
  }

  /** The same project scanned by the CLI and by the action. */
  async both(files: ProjectFiles, settings: RunSettings): Promise<HostileRun> {
    const project = this.project(files);
    const cli = await this.cli(project, settings);
    const action = await this.action(project, settings);
    // the writes of the action's report were seen, so the watch on the file system is working
    expect(this.lastWrites).toContain(join(`${project}.runner-temp`, 'sdist-guard', 'report.json'));
    return { cli, action };
  }
}

/** A dependency of a report, by name; fails when it is missing. */
export function dep(report: Report | undefined, name: string): ReportDependency {
  const found = report?.dependencies.find((d) => d.name === name);
  if (!found) throw new Error(`no dependency ${name} in the report: ${JSON.stringify(report?.dependencies.map((d) => [d.name, d.status]))}`);
  return found;
}

/**
 * The common promise of every hostile case: the named dependency is `unresolved` with a reason
 * matching `why` in both entries, the others are decided as given, the gate fails (exit 1 / a
 * failed step), and the action annotates the dependency and counts it.
 */
export function expectUnresolved(r: HostileRun, name: string, why: RegExp, others: Record<string, string> = {}): void {
  for (const [entry, report] of [['cli', r.cli.report], ['action', r.action.report]] as const) {
    const d = dep(report, name);
    expect({ entry, name, status: d.status }).toEqual({ entry, name, status: 'unresolved' });
    expect(d.reason).toMatch(why);
    for (const [other, status] of Object.entries(others)) expect({ entry, other, status: dep(report, other).status }).toEqual({ entry, other, status });
  }
  expect(r.cli.code).toBe(1);
  expect(r.action.exitCode).toBe(1);
  expect(r.action.outputs.status).toBe('fail');
  expect(Number(r.action.outputs['unresolved-count'])).toBeGreaterThanOrEqual(1);
  expect(r.action.stdout).toContain(`sdist-guard%3A ${name}`);
}
