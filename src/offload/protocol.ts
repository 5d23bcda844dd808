// Messages between the scan and the analysis worker. An sdist streams to the worker chunk by
// chunk, its first with the start and its last with the end; the worker grants one credit per
// chunk it has taken before the end arrived, so no more than a window of chunks is ever queued,
// and it asks to cancel when the reader stops early. A very large sdist is read
// where it arrives and only what it holds is sent to be analyzed.

import type { ArchiveLimits, SdistContents } from '../archive/index.js';
import type { SdistRead } from './check.js';

export type ToWorker =
  /** A check begins, with its first chunk (and the end, for an sdist of one chunk) when it has one. */
  | { t: 'start'; id: number; filename: string; limits?: Partial<ArchiveLimits>; data?: Uint8Array; end?: true }
  | { t: 'chunk'; id: number; data: Uint8Array; end?: true }
  | { t: 'end'; id: number }
  /** The download failed (network, hash mismatch): the worker's read fails with this message. */
  | { t: 'fail'; id: number; message: string }
  /** An sdist read on the scan's thread (a very large one): the worker analyzes what it holds. */
  | { t: 'analyze'; id: number; contents: SdistContents };

export type FromWorker =
  | { t: 'ready' }
  | { t: 'credit'; id: number }
  | { t: 'cancel'; id: number }
  | { t: 'result'; id: number; check: SdistRead }
  | { t: 'error'; id: number; message: string };

/** A MessagePort, a Worker or the worker's parentPort. */
export interface PortLike {
  postMessage(message: unknown, transfer?: readonly ArrayBuffer[]): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

/** workerData key that makes an entry file serve checks instead of running its program. */
export const WORKER_ROLE = 'sdist-guard-analysis-worker';
