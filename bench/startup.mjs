// Start-up: what the built CLI costs when it has little to do. Each command runs `runs` times as a
// child process (wall time from spawn to exit, peak memory through bench/rusage.cjs as in the
// scans), beside node itself starting and doing nothing: the floor no command can go under.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUSAGE = join(dirname(fileURLToPath(import.meta.url)), 'rusage.cjs');

/** One run: resolves with its wall time (ms) and peak resident memory (KiB). */
function once(args, dir, i) {
  const rusageFile = join(dir, `rusage-${i}.json`);
  const started = process.hrtime.bigint();
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--require', RUSAGE, ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', SDIST_GUARD_BENCH_RUSAGE: rusageFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) {
        reject(new Error(`node ${args.join(' ')} exited with ${code}: ${stderr}`));
        return;
      }
      resolveRun({ wallMs, peakKiB: JSON.parse(readFileSync(rusageFile, 'utf8')).maxRssKiB });
    });
  });
}

/**
 * Prints one line per command: `startup: --version 0.08 s wall, 42 MB peak (best of 3)`; the wall
 * time is the best run's (a shared machine's other work only ever adds time), the memory the
 * highest seen.
 */
export async function startupBench(cli, runs) {
  const dir = mkdtempSync(join(tmpdir(), 'sdist-guard-startup-'));
  try {
    const cases = [
      ['node alone', ['-e', '0']],
      ['--version', [cli, '--version']],
      ['--help', [cli, '--help']],
    ];
    let n = 0;
    for (const [label, args] of cases) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await once(args, dir, n++));
      const best = Math.min(...results.map((r) => r.wallMs));
      const peak = Math.max(...results.map((r) => r.peakKiB));
      console.log(`startup: ${label} ${(best / 1000).toFixed(2)} s wall, ${(peak / 1024).toFixed(0)} MB peak (best of ${runs})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
