// Extract and analyze off the main thread (see pool.ts for why).

export { CheckPool, workerEndpoint, type Endpoint } from './pool.js';
export { useWorkerEntry } from './entry.js';
export { checkContents, readAndAnalyze, type SdistRead } from './check.js';
export { runAnalysisWorker } from './worker.js';
export { serveChecks } from './server.js';
export { WORKER_ROLE } from './protocol.js';
