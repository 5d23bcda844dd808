// Which file the analysis worker runs: the program's own entry (the CLI's or the action's), named
// by that entry as it starts. Kept apart from the pool so that naming it loads nothing else.

let workerEntry: URL | undefined;

/**
 * Names the file a worker runs: the program's own entry, which serves checks when started with
 * WORKER_ROLE in its workerData. Entries call this; without it every check runs in-thread.
 */
export function useWorkerEntry(entry: URL | undefined): void {
  workerEntry = entry;
}

export function currentWorkerEntry(): URL | undefined {
  return workerEntry;
}
