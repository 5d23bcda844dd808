// The GitHub Action's entry (dist/index.js): everything but starting it lives in run-action.ts.
// The same file is the analysis worker when the scan starts it as one (src/offload/); the action
// itself is loaded only on the main thread, so a worker loads no more than reading and analyzing needs.
// First, before the modules below allocate or compile: V8 settings that save memory (see heap.ts).
import './offload/heap.js';
import { runAnalysisWorker } from './offload/worker.js';
import { useWorkerEntry } from './offload/entry.js';

if (!runAnalysisWorker()) {
  useWorkerEntry(new URL(import.meta.url));
  const { run } = await import('./run-action.js');
  await run();
}
