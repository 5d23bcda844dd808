// The buffers an sdist streams through, given back as it goes.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Streamed bytes between young-generation collections. Every 64 KiB chunk of a download, and of
 * what its inflater produces, is a fresh buffer whose memory (outside the JavaScript heap) is given
 * back only when a collection finds it unreachable; V8 starts one for that reason alone only once
 * 32 MiB of them pile up, and the allocator keeps the high-water mark of that pile for the rest
 * of the process. A young-generation collection after every few MiB keeps the pile small; with the
 * young generation at its starting size, one takes well under a millisecond.
 */
export const COLLECT_EVERY_BYTES = 4 * 1024 * 1024;
/**
 * Streamed bytes between full collections. A buffer still in flight at two young collections in a
 * row moves to the old generation, where only a full collection frees it; one after every 64 MiB
 * costs a few milliseconds against the second or more those bytes take to arrive.
 */
export const COLLECT_ALL_EVERY_BYTES = 64 * 1024 * 1024;

type Collector = (options: { type: 'minor' | 'major' }) => void;

let collector: Collector | null | undefined;
let streamed = 0;
let streamedSinceFull = 0;

function gc(): Collector | null {
  if (collector !== undefined) return collector;
  collector = null;
  try {
    setFlagsFromString('--expose-gc');
    // A context made after the flag is set has `gc`; the flag itself is not kept on.
    const exposed: unknown = runInNewContext('gc');
    setFlagsFromString('--no-expose-gc');
    if (typeof exposed === 'function') collector = exposed as Collector;
  } catch {
    // Without it, V8 collects the buffers on its own schedule.
  }
  return collector;
}

/**
 * Counts bytes that went through fresh buffers on this thread; collects the young generation every
 * COLLECT_EVERY_BYTES, and the whole heap every COLLECT_ALL_EVERY_BYTES.
 */
export function streamedThrough(bytes: number): void {
  streamed += bytes;
  if (streamed < COLLECT_EVERY_BYTES) return;
  streamedSinceFull += streamed;
  streamed = 0;
  const full = streamedSinceFull >= COLLECT_ALL_EVERY_BYTES;
  if (full) streamedSinceFull = 0;
  gc()?.({ type: full ? 'major' : 'minor' });
}
