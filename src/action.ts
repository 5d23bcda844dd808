// The GitHub Action's entry (dist/index.js): everything but starting it lives in run-action.ts.
import { run } from './run-action.js';

await run();
