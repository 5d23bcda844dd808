// Loaded into the benchmarked CLI with --require: on exit, writes the process's resource usage
// (peak resident set, CPU time) to the file named by SDIST_GUARD_BENCH_RUSAGE.
// SDIST_GUARD_BENCH_MEMLOG names a file for a memory timeline: process.memoryUsage() every 10 ms
// (resident set, this thread's heap, external and array buffers, in MiB), written on exit with the
// sample where the resident set peaked.
'use strict';
const { writeFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const out = process.env.SDIST_GUARD_BENCH_RUSAGE;
if (out && isMainThread) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ maxRssKiB: u.maxRSS, userUs: u.userCPUTime, systemUs: u.systemCPUTime }));
  });
}

const memlog = process.env.SDIST_GUARD_BENCH_MEMLOG;
if (memlog && isMainThread) {
  const started = performance.now();
  const samples = [];
  const mib = (n) => Math.round((n / 1048576) * 10) / 10;
  let spaces;
  let top = 0;
  const sample = () => {
    const m = process.memoryUsage();
    samples.push({ ms: Math.round(performance.now() - started), rss: mib(m.rss), heapUsed: mib(m.heapUsed), heapTotal: mib(m.heapTotal), external: mib(m.external), arrayBuffers: mib(m.arrayBuffers) });
    if (m.rss > top) {
      top = m.rss;
      // the heap's spaces where the resident set peaked: committed (used) MiB per space
      spaces = Object.fromEntries(require('node:v8').getHeapSpaceStatistics().map((s) => [s.space_name, `${mib(s.physical_space_size)} (${mib(s.space_used_size)})`]));
    }
  };
  sample();
  setInterval(sample, 10).unref();
  process.on('exit', () => {
    sample();
    const peak = samples.reduce((a, b) => (b.rss > a.rss ? b : a));
    writeFileSync(memlog, JSON.stringify({ maxRssMiB: mib(process.resourceUsage().maxRSS * 1024), peak, spaces, samples }));
  });
}
