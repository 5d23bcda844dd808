// A bare client for the bench's reference line: the same project pages the pages-only scan reads,
// requested with undici, 16 (or argv[4]) at a time, each body read and parsed as JSON, and nothing
// else: what this machine and the bench's index allow. Prints the milliseconds from its first
// request to its last answer (its own start-up is not counted).
//   node bench/bare-client.mjs INDEX_URL NAMES_FILE [CONCURRENCY]

import { readFileSync } from 'node:fs';
import { Agent } from 'undici';

const [indexUrl, namesFile, concurrencyArg] = process.argv.slice(2);
const names = readFileSync(namesFile, 'utf8').split('\n').filter(Boolean);
const concurrency = Number(concurrencyArg ?? 16);
const agent = new Agent({ connections: concurrency });
let next = 0;
const started = performance.now();
async function worker() {
  while (next < names.length) {
    const url = new URL(`${indexUrl}/${names[next++]}/`);
    const response = await agent.request({ origin: url.origin, path: url.pathname, method: 'GET', headers: { accept: 'application/vnd.pypi.simple.v1+json' } });
    if (response.statusCode !== 200) throw new Error(`${url.href}: ${response.statusCode}`);
    JSON.parse(await response.body.text());
  }
}
await Promise.all(Array.from({ length: concurrency }, worker));
console.log(String(performance.now() - started));
await agent.close();
