// CPU cost of the analysis of one build script, after start-up and warm-up: the part of a scan
// that grows with the number of sdists rather than with round trips. Bundled and run by
// scripts/bench.mjs, which passes a JSON file: { "cases": [{ "label", "files": { path: text } }],
// "sdist": path of a typical .tar.gz }.

import { readFileSync } from 'node:fs';
import { analyzeSdist } from '../src/analysis/index.js';
import { readSdist } from '../src/archive/index.js';

interface Case {
  label: string;
  files: Record<string, string>;
}

const WARMUP = 30;
const RUNS = 200;

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

async function main(): Promise<void> {
  const input = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { cases: Case[]; sdist: string };
  for (const c of input.cases) {
    const files = new Map(Object.entries(c.files));
    const lines = Object.values(c.files).reduce((n, t) => n + t.split('\n').length, 0);
    for (let i = 0; i < WARMUP; i++) analyzeSdist(files);
    const start = process.cpuUsage();
    let findings = 0;
    for (let i = 0; i < RUNS; i++) findings = analyzeSdist(files).findings.length;
    console.log(`analysis: ${c.label} (${files.size} files, ${lines} lines): ${(cpuMs(start) / RUNS).toFixed(2)} ms CPU per call (${findings} findings)`);
  }
  const bytes = new Uint8Array(readFileSync(input.sdist));
  const name = input.sdist.slice(input.sdist.lastIndexOf('/') + 1);
  for (let i = 0; i < WARMUP; i++) analyzeSdist((await readSdist(name, bytes)).files);
  const start = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) analyzeSdist((await readSdist(name, bytes)).files);
  console.log(`analysis: read + analyze a typical sdist (${bytes.length} bytes, tar.gz): ${(cpuMs(start) / RUNS).toFixed(2)} ms CPU per sdist`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
