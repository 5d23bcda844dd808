// Imported first by the program's entries, for its side effect: the JavaScript heap's young
// generation stays at its starting size.
//
// V8 doubles the young generation (two semi-spaces, 1 MiB each at the start) whenever more than its
// size has survived collections since it last grew, up to 16 MiB each: 32 MiB committed per
// thread, and each thread (the scan's and the analysis worker's) gets there within the first
// second of a scan, since what a scan keeps (pages, verdicts, requests in flight) all passes
// through it. That is a fifth of the memory a 500-package scan needs, held for garbage. Kept at its
// starting size, collections run more often but each is as cheap, since their cost follows what
// survives, not the space; a 500-package scan spends the same CPU either way. The growth factor is
// read each time the young generation would grow, so setting it once the process runs takes
// effect for every thread started after, and for this one from its next collection on.

import { setFlagsFromString } from 'node:v8';

/** The V8 flag that keeps the young generation from growing (a factor of 1). */
export const YOUNG_GENERATION_FLAG = '--semi-space-growth-factor=1';

/** Sets the flag (again, harmlessly, in each worker); a runtime that refuses it only costs the memory. */
export function keepYoungGenerationSmall(): void {
  try {
    setFlagsFromString(YOUNG_GENERATION_FLAG);
  } catch {
    // A runtime without the flag grows its young generation as before.
  }
}

keepYoungGenerationSmall();
