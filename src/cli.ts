#!/usr/bin/env node
// The sdist-guard program: everything but starting it lives in command.ts. The same file is the
// analysis worker when the scan starts it as one (src/offload/); the program itself is loaded only
// on the main thread, so a worker loads no more than reading and analyzing needs.
// First, before the modules below allocate or compile: V8 settings that save memory (see heap.ts).
import './offload/heap.js';
import { runAnalysisWorker } from './offload/worker.js';

if (!runAnalysisWorker()) {
  Promise.all([import('./command.js'), import('./offload/pool.js')])
    .then(([{ main }, { useWorkerEntry }]) => {
      useWorkerEntry(new URL(import.meta.url));
      return main(process.argv.slice(2));
    })
    .then(
      (code) => {
        process.exitCode = code;
      },
      (err: unknown) => {
        process.stderr.write(`sdist-guard: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
        process.exitCode = 2;
      },
    );
}
