// Runs the action's entry in-process the way the runner starts it: inputs in INPUT_* variables, a
// real event file at GITHUB_EVENT_PATH, real GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the
// workflow commands it prints on stdout.

import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { run } from '../../src/run-action.js';

export interface ActionRun {
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  exitCode: number;
}

function parseOutputs(text: string): Record<string, string> {
  // core.setOutput writes `name<<DELIM\nvalue\nDELIM` blocks
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]] = m[3];
  return out;
}

/**
 * One runner directory per test file: @actions/core remembers the summary file's path after its
 * first write, as within one job step, so the files are emptied between runs instead.
 */
export function actionRunner(): { runAction(inputs: Record<string, string>, workspace: string, env?: Record<string, string>, event?: unknown): Promise<ActionRun>; cleanup(): void } {
  const runner = mkdtempSync(join(tmpdir(), 'sdist-guard-runner-'));
  return {
    cleanup: () => rmSync(runner, { recursive: true, force: true }),
    async runAction(inputs, workspace, env = {}, event) {
      const outputFile = join(runner, 'output');
      const summaryFile = join(runner, 'summary');
      const eventFile = join(runner, 'event.json');
      writeFileSync(outputFile, '');
      writeFileSync(summaryFile, '');
      writeFileSync(eventFile, JSON.stringify(event ?? {}));
      const saved = { ...process.env };
      // the variables of a runner the tests themselves may run on must not leak in
      for (const key of Object.keys(process.env))
        if (/^(INPUT_|PIP_|GITHUB_|RUNNER_|ACTIONS_)/.test(key)) delete process.env[key];
      Object.assign(process.env, {
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_EVENT_PATH: eventFile,
        RUNNER_TEMP: runner,
        ...env,
      });
      // no test reaches the public advisory service: one that checks advisories names its own server
      process.env.INPUT_ADVISORIES = 'off';
      for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
      let stdout = '';
      const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
        return true;
      });
      try {
        await run();
      } finally {
        spy.mockRestore();
        process.env = saved;
      }
      const exitCode = Number(process.exitCode ?? 0);
      process.exitCode = 0;
      return { stdout, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8'), exitCode };
    },
  };
}
