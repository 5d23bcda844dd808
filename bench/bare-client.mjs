// A bare client for the bench's reference line: the same project pages the pages-only scan reads,
// requested with Node's http client (as the scan's index client makes its requests) over keep-alive
// connections, 16 (or argv[4]) at a time, each body read and parsed as JSON, and nothing else: what
// this machine and the bench's index allow. Prints the milliseconds from its first request to its
// last answer; the bench also times it from spawn to exit, its start-up included.
//   node bench/bare-client.mjs INDEX_URL NAMES_FILE [CONCURRENCY]

import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';

const [indexUrl, namesFile, concurrencyArg] = process.argv.slice(2);
const names = readFileSync(namesFile, 'utf8').split('\n').filter(Boolean);
const concurrency = Number(concurrencyArg ?? 16);
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

function get(url) {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers: { accept: 'application/vnd.pypi.simple.v1+json' } }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`${url.href}: ${res.statusCode}`));
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

let next = 0;
const started = performance.now();
async function worker() {
  while (next < names.length) JSON.parse(await get(new URL(`${indexUrl}/${names[next++]}/`)));
}
await Promise.all(Array.from({ length: concurrency }, worker));
console.log(String(performance.now() - started));
agent.destroy();
