// CPU cost of the analysis of one build script, after start-up and warm-up: the part of a scan
// that grows with the number of sdists rather than with round trips. Bundled and run by
// scripts/bench.mjs, which passes a JSON file: { "cases": [{ "label", "files": { path: text } }],
// "sdist": path of a typical .tar.gz, "real"?: a directory of build-file folders, one per package }.
// With "real", the CPU of analysing each folder's build files is measured in a warm process and
// the median, p90, p99 and maximum over the folders are printed.

// The heap settings a scan runs its analysis under (a young generation that does not grow): the
// CPU measured is the CPU a scan spends.
import '../src/offload/heap.js';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeSdist, type SourceEncoding } from '../src/analysis/index.js';
import { decodeSource, readSdist } from '../src/archive/index.js';

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
  const input = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { cases: Case[]; sdist: string; real?: string };
  if (input.real) {
    realSet(input.real);
    return;
  }
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

/** Rounds per folder; the median of them is the folder's cost (a shared machine only ever adds time). */
const REAL_RUNS = 5;

function realSet(dir: string): void {
  const sets: { name: string; files: Map<string, string>; encodings: Map<string, SourceEncoding> }[] = [];
  for (const name of readdirSync(dir).sort()) {
    const folder = join(dir, name);
    if (!statSync(folder).isDirectory()) continue;
    const files = new Map<string, string>();
    const encodings = new Map<string, SourceEncoding>();
    for (const f of readdirSync(folder)) {
      const p = join(folder, f);
      if (!statSync(p).isFile()) continue;
      const d = decodeSource(new Uint8Array(readFileSync(p)), { tokenize: f === 'setup.py' });
      files.set(f, d.text);
      if (d.encoding) encodings.set(f, d.encoding);
    }
    if (files.size) sets.push({ name, files, encodings });
  }
  // warm the process on the whole set once
  for (const s of sets) analyzeSdist(s.files, { encodings: s.encodings });
  const costs: { name: string; ms: number }[] = [];
  for (const s of sets) {
    const runs: number[] = [];
    for (let i = 0; i < REAL_RUNS; i++) {
      const start = process.cpuUsage();
      analyzeSdist(s.files, { encodings: s.encodings });
      runs.push(cpuMs(start));
    }
    runs.sort((a, b) => a - b);
    costs.push({ name: s.name, ms: runs[Math.floor(runs.length / 2)]! });
  }
  const sorted = [...costs].sort((a, b) => a.ms - b.ms);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!.ms;
  console.log(`analysis of real build scripts: ${sorted.length} folders from ${dir}, median of ${REAL_RUNS} runs each, warm process`);
  console.log(`analysis of real build scripts: median ${at(0.5).toFixed(2)} ms, p90 ${at(0.9).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms, max ${sorted[sorted.length - 1]!.ms.toFixed(2)} ms CPU per script`);
  console.log(`analysis of real build scripts: slowest ${sorted.slice(-3).reverse().map((c) => `${c.name} ${c.ms.toFixed(1)} ms`).join(', ')}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
