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

export type Collector = (options: { type: 'minor' | 'major' }) => void;

/** V8's own collector (what `--expose-gc` names `gc`), or null where the runtime will not give it. */
export function exposedCollector(): Collector | null {
  // Started with --expose-gc: the flag is the user's to keep.
  const own: unknown = (globalThis as { gc?: unknown }).gc;
  if (typeof own === 'function') return own as Collector;
  try {
    setFlagsFromString('--expose-gc');
    // A context made while the flag is set has `gc`; the flag is not left on for anything else.
    const exposed: unknown = runInNewContext('gc');
    setFlagsFromString('--no-expose-gc');
    return typeof exposed === 'function' ? (exposed as Collector) : null;
  } catch {
    // Without it, V8 collects the buffers on its own schedule.
    return null;
  }
}

/** Counts streamed bytes and collects on the schedule above. */
export class StreamedBytes {
  private sinceYoung = 0;
  private sinceFull = 0;

  constructor(private readonly collect: Collector | null) {}

  add(bytes: number): void {
    this.sinceYoung += bytes;
    if (this.sinceYoung < COLLECT_EVERY_BYTES) return;
    this.sinceFull += this.sinceYoung;
    this.sinceYoung = 0;
    const full = this.sinceFull >= COLLECT_ALL_EVERY_BYTES;
    if (full) this.sinceFull = 0;
    this.collect?.({ type: full ? 'major' : 'minor' });
  }
}

let streamed: StreamedBytes | undefined;

/**
 * Counts bytes that went through fresh buffers on this thread; collects the young generation every
 * COLLECT_EVERY_BYTES, and the whole heap every COLLECT_ALL_EVERY_BYTES.
 */
export function streamedThrough(bytes: number): void {
  (streamed ??= new StreamedBytes(exposedCollector())).add(bytes);
}
