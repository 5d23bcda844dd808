// Start-up: what the built CLI costs when it has little to do. Each command runs `runs` times as a
// child process (wall time from spawn to exit, peak memory through bench/rusage.cjs as in the
// scans), beside node itself starting and doing nothing: the floor no command can go under.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runMeasured } from './measured.mjs';

/** One run: resolves with its wall time (ms) and peak resident memory (KiB). */
async function once(args, dir, i) {
  const { wallMs, usage } = await runMeasured(args, { rusageFile: join(dir, `rusage-${i}.json`), cwd: dir });
  return { wallMs, peakKiB: usage.maxRssKiB };
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
