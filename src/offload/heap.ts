// Imported first by the program's entries, for its side effect: two V8 settings that cost a scan
// memory and buy it nothing, and (on the main thread) a bound on the old generation's garbage.
//
// The young generation stays at its starting size. V8 doubles it (two semi-spaces, 1 MiB each at
// the start) whenever more than its size has survived collections since it last grew, up to 16 MiB
// each: 32 MiB committed per thread, and each thread (the scan's and the analysis worker's) gets
// there within the first second of a scan, since what a scan keeps (pages, verdicts, requests in
// flight) all passes through it. That is a fifth of the memory a 500-package scan needs, held for
// garbage. Kept at its starting size, collections run more often but each is as cheap, since their
// cost follows what survives, not the space; a 500-package scan spends the same CPU either way. The
// growth factor is read each time the young generation would grow, so setting it once the process
// runs takes effect for every thread started after, and for this one from its next collection on.
//
// WebAssembly is compiled by the baseline compiler only. The HTTP parser of undici (which the
// organization audit's GitHub requests use) is WebAssembly; V8 would recompile its hot functions
// with its optimizing compiler, which holds about 30 MB while it works and leaves 10 MB behind, to
// speed up parsing that is a sliver of the run's time. The xz decoder is WebAssembly too, and
// decodes about a fifth slower this way; .tar.xz sdists are rare.

import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { threadCollector } from '../archive/streamed.js';

/** The V8 flag that keeps the young generation from growing (a factor of 1). */
export const YOUNG_GENERATION_FLAG = '--semi-space-growth-factor=1';
/** The V8 flag that leaves WebAssembly to the baseline compiler. */
export const WASM_BASELINE_FLAG = '--liftoff-only';

/**
 * Sets the flags (again, harmlessly, in each worker); a runtime that refuses one only costs the
 * memory. WebAssembly compiled before this (none in this program) keeps its tiers.
 */
export function keepHeapSmall(): void {
  for (const flag of [YOUNG_GENERATION_FLAG, WASM_BASELINE_FLAG]) {
    try {
      setFlagsFromString(flag);
    } catch {
      // A runtime without the flag does as before.
    }
  }
}

/** How much the heap may grow past what the last full collection left before another is started. */
export const GROWTH_BEFORE_FULL_COLLECTION = 64 * 1024 * 1024;
const CHECK_EVERY_MS = 1000;

/**
 * With a small young generation, what lives through a few of its collections (a request waiting
 * for its turn, the promises of a page on its way) moves to the old generation, which V8 first
 * collects only once it reaches a size set at start (about 128 MiB): a scan of 5,000 packages
 * could end with 100 MiB of that garbage, or not, as the timing fell. Checked once a second: once
 * the heap has grown by GROWTH_BEFORE_FULL_COLLECTION since the last full collection, one is
 * started incrementally, most of its work done alongside the program rather than in one pause.
 */
export function boundOldGeneration(collect = threadCollector(), used = () => getHeapStatistics().used_heap_size): { check(): void; stop(): void } {
  let floor = used();
  const check = (): void => {
    const now = used();
    if (now < floor) floor = now;
    if (now - floor < GROWTH_BEFORE_FULL_COLLECTION) return;
    collect?.({ type: 'major', execution: 'async' });
    floor = now;
  };
  const timer = setInterval(check, CHECK_EVERY_MS);
  timer.unref();
  return { check, stop: () => clearInterval(timer) };
}

keepHeapSmall();
if (isMainThread) boundOldGeneration();
