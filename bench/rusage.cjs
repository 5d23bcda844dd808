// Loaded into the benchmarked CLI with --require: on exit, writes the process's resource usage
// (peak resident set, CPU time) to the file named by SDIST_GUARD_BENCH_RUSAGE.
'use strict';
const { writeFileSync } = require('node:fs');

const out = process.env.SDIST_GUARD_BENCH_RUSAGE;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ maxRssKiB: u.maxRSS, userUs: u.userCPUTime, systemUs: u.systemCPUTime }));
  });
}
