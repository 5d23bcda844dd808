#!/usr/bin/env node
// The sdist-guard program: everything but starting it lives in command.ts. The same file is the
// analysis worker when the scan starts it as one (src/offload/); the program itself is loaded only
// on the main thread, so a worker loads no more than reading and analyzing needs, and the program
// loads no more than its command needs (--version and --help load nothing but the option text).
// First, before the modules below allocate or compile: V8 settings that save memory (see heap.ts).
import './offload/heap.js';
import { runAnalysisWorker } from './offload/worker.js';
import { useWorkerEntry } from './offload/entry.js';

if (!runAnalysisWorker()) {
  useWorkerEntry(new URL(import.meta.url));
  import('./command.js')
    .then(({ main }) => main(process.argv.slice(2)))
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
