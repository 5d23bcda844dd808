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
// Full collections on the same schedule were measured too: they cost a tenth more CPU and saved
// nothing the young ones had not.

export type Collector = (options: { type: 'minor' | 'major'; execution?: 'sync' | 'async' }) => void;

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

/** Counts streamed bytes and collects the young generation every COLLECT_EVERY_BYTES. */
export class StreamedBytes {
  private since = 0;

  constructor(private readonly collect: Collector | null) {}

  add(bytes: number): void {
    this.since += bytes;
    if (this.since < COLLECT_EVERY_BYTES) return;
    this.since = 0;
    this.collect?.({ type: 'minor' });
  }
}

let streamed: StreamedBytes | undefined;
let exposed: Collector | null | undefined;

/** exposedCollector(), asked once per thread. */
export function threadCollector(): Collector | null {
  if (exposed === undefined) exposed = exposedCollector();
  return exposed;
}

/** Counts bytes that went through fresh buffers on this thread; collects the young generation every COLLECT_EVERY_BYTES. */
export function streamedThrough(bytes: number): void {
  (streamed ??= new StreamedBytes(threadCollector())).add(bytes);
}
