// The analysis worker's side of the program's entry: the same file runs as a worker when started
// with WORKER_ROLE, so a bundled program needs no second file.

import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { WORKER_ROLE } from './protocol.js';
import { serveChecks } from './server.js';

/** Serves checks and returns true when this thread is the analysis worker. */
export function runAnalysisWorker(): boolean {
  if (isMainThread || !parentPort || (workerData as Record<string, unknown> | null)?.[WORKER_ROLE] !== true) return false;
  serveChecks(parentPort);
  return true;
}
