// Runs a node program as a child process of the bench and measures it: wall time from spawn to
// exit, and the child's resource usage (peak memory, CPU) written by bench/rusage.cjs on exit.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUSAGE = join(dirname(fileURLToPath(import.meta.url)), 'rusage.cjs');

/**
 * `node --require rusage.cjs ...args`; resolves with { wallMs, usage: { maxRssKiB, userUs,
 * systemUs } } when it exits with one of `okCodes`, rejects (with its stderr) otherwise.
 */
export function runMeasured(args, { rusageFile, cwd, okCodes = [0] }) {
  const started = process.hrtime.bigint();
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--require', RUSAGE, ...args], {
      ...(cwd ? { cwd } : {}),
      env: { PATH: process.env.PATH ?? '', SDIST_GUARD_BENCH_RUSAGE: rusageFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (!okCodes.includes(code)) {
        reject(new Error(`node ${args.join(' ')} exited with ${code}: ${stderr}`));
        return;
      }
      resolveRun({ wallMs, usage: JSON.parse(readFileSync(rusageFile, 'utf8')) });
    });
  });
}
