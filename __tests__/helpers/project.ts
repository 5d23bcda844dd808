// Temporary project directories and an in-process CLI runner for end-to-end tests.

import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main, type Io } from '../../src/command.js';
import type { ChildProcess } from 'node:child_process';

export function makeProject(files: Record<string, string>): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'sdist-guard-test-'));
  for (const [path, content] of Object.entries(files)) {
    const abs = join(dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  args: string[],
  opts: { cwd: string; env?: Record<string, string | undefined>; isTTY?: boolean; stdoutIsTTY?: boolean },
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    // no test reaches the public advisory service: one that checks advisories names its own server
    env: { SDIST_GUARD_ADVISORIES: 'off', ...(opts.env ?? {}) },
    cwd: opts.cwd,
    isTTY: opts.isTTY ?? false,
    stdoutIsTTY: opts.stdoutIsTTY ?? false,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/**
 * Waits for a spawned child and collects what it writes; killed (SIGKILL) if it runs past
 * `timeoutMs`, so no test waits forever. Awaited, never waited on synchronously: the servers a test
 * starts answer from this process.
 */
export function childOutput(child: ChildProcess, timeoutMs = 60_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

