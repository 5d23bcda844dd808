// The analysis worker's side of the program's entry: the same file runs as a worker when started
// with WORKER_ROLE, so a bundled program needs no second file. Telling which thread this is loads
// nothing: the archive readers and the analyzer are loaded only once this is known to be the worker.

import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { WORKER_ROLE } from './protocol.js';

/**
 * Returns true when this thread is the analysis worker, and starts serving checks; the scan waits
 * for the worker's 'ready', sent once the readers are loaded and it listens.
 */
export function runAnalysisWorker(): boolean {
  if (isMainThread || !parentPort || (workerData as Record<string, unknown> | null)?.[WORKER_ROLE] !== true) return false;
  const port = parentPort;
  import('./server.js').then(
    ({ serveChecks }) => serveChecks(port),
    (err: unknown) => {
      // the scan sees the worker stop and checks on its own thread
      setImmediate(() => {
        throw err;
      });
    },
  );
  return true;
}
