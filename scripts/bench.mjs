// npm run bench [-- --n 500 --delay-ms 50 --concurrency 16 --runs 3 --growth --no-big --no-advisories --cli PATH]
// npm run bench -- --real DIR   (analysis CPU per build script over a directory of real build-file folders)
//
// Bundles the CLI from src/ with ncc into a temp directory (dist/ is left alone; --cli runs another
// build, e.g. dist/cli/index.js), serves a generated project from a local index that delays every
// response (bench/server.mjs, bench/generate.mjs), and runs the built CLI against it as a child
// process: cold scans, each with an empty cache directory, then warm ones with the cache the last
// left. Each is run --runs times; the best and the median wall time are printed (a shared machine's
// other work only ever adds time), peak memory is the highest seen. --growth also scans N = 50, 500
// and 5000 cold. Every scan also checks its packages against a local OSV-compatible advisory
// service with the same delay (bench/osv-server.mjs), which names 2% of the wheel-only packages
// as malware; --no-advisories turns that off. Last, the CPU cost of analyzing one build script.

import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { generateProject, longSetupPy, makeSdist, typicalSetupPy } from '../bench/generate.mjs';
import { startBenchServer } from '../bench/server.mjs';
import { startOsvBenchServer } from '../bench/osv-server.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '500' },
    'delay-ms': { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '16' },
    runs: { type: 'string', default: '3' },
    growth: { type: 'boolean', default: false },
    'no-big': { type: 'boolean', default: false },
    cli: { type: 'string' },
    'skip-analysis': { type: 'boolean', default: false },
    'no-advisories': { type: 'boolean', default: false },
    // a directory of build-file folders (one per package, as the eval's corpus holds them): the
    // analysis CPU per build script over that real set; only the analysis bench runs
    real: { type: 'string' },
  },
});
const int = (v, name) => {
  if (!/^\d+$/.test(v)) throw new Error(`--${name}: expected a whole number, got "${v}"`);
  return Number(v);
};
const N = int(values.n, 'n');
const DELAY = int(values['delay-ms'], 'delay-ms');
const CONCURRENCY = int(values.concurrency, 'concurrency');
const RUNS = Math.max(1, int(values.runs, 'runs'));

const work = join(tmpdir(), 'sdist-guard-bench');
mkdirSync(work, { recursive: true });
const ncc = (entry, out) =>
  execFileSync(process.execPath, [join(repo, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', entry, '-o', out, '--quiet', '--transpile-only'], {
    cwd: repo,
    stdio: ['ignore', 'ignore', 'inherit'],
  });

function cliPath() {
  if (values.cli) return resolve(values.cli);
  const out = join(work, 'build', 'cli');
  ncc('src/cli.ts', out);
  return join(out, 'index.js');
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** Runs the CLI once; resolves with wall time, resource usage and the JSON report. */
function runCli(cli, project, cacheDir, indexUrl, advisories) {
  const rusageFile = join(project, `rusage-${Date.now()}.json`);
  const reportFile = join(project, 'report.json');
  const args = [
    '--require',
    join(repo, 'bench/rusage.cjs'),
    cli,
    'scan',
    project,
    '--index-url',
    indexUrl,
    '--concurrency',
    String(CONCURRENCY),
    '--format',
    'json',
    '--output',
    reportFile,
    '--cache-dir',
    cacheDir,
    '--advisories',
    advisories ?? 'off',
  ];
  const started = process.hrtime.bigint();
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, args, {
      env: { PATH: process.env.PATH ?? '', SDIST_GUARD_BENCH_RUSAGE: rusageFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0 && code !== 1) {
        reject(new Error(`the CLI exited with ${code}: ${stderr}`));
        return;
      }
      const usage = JSON.parse(readFileSync(rusageFile, 'utf8'));
      const report = JSON.parse(readFileSync(reportFile, 'utf8'));
      resolveRun({ wallMs, usage, report });
    });
  });
}

function checkVerdicts(label, report, expected) {
  const s = report.summary;
  const line = `${s.wheel} wheel, ${s.sdist} sdist, ${s.suspicious} suspicious, ${s.malicious ?? 0} malicious, ${s.unresolved} unresolved`;
  const ok = s.wheel === expected.wheel && s.sdist === expected.sdist && s.suspicious === expected.suspicious && (s.malicious ?? 0) === expected.malicious && s.unresolved === 0;
  console.log(`${label}: verdicts ${line}${ok ? '' : `  (EXPECTED ${expected.wheel} wheel, ${expected.sdist} sdist, ${expected.suspicious} suspicious, ${expected.malicious} malicious)`}`);
  if (!ok) process.exitCode = 1;
}

/** Runs `once` RUNS times; the best and median wall time, the highest peak memory, the last run's counts. */
async function repeat(once) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once());
  const walls = runs.map((r) => r.wallMs).sort((a, b) => a - b);
  const last = runs[runs.length - 1];
  return {
    best: walls[0],
    median: walls[Math.floor((walls.length - 1) / 2)],
    peakKiB: Math.max(...runs.map((r) => r.usage.maxRssKiB)),
    cpuMs: Math.min(...runs.map((r) => (r.usage.userUs + r.usage.systemUs) / 1000)),
    counts: last.counts,
    osv: last.osv,
    report: last.report,
  };
}

const wallLine = (r) => `wall ${secs(r.best)} best, ${secs(r.median)} median of ${RUNS}`;

/** One project size: cold scans (empty cache), then, unless `coldOnly`, warm ones. */
async function measure(cli, n, { coldOnly = false } = {}) {
  const gen = await generateProject(n, { bigDir: join(work, 'big'), big: !values['no-big'] });
  const project = mkdtempSync(join(work, `project-${n}-`));
  writeFileSync(join(project, 'requirements.txt'), gen.requirements);
  const server = await startBenchServer(gen.projects, { delayMs: DELAY });
  // every 50th wheel-only package is named by a malware record: its status turns malicious
  const wheelOnly = [...gen.projects].filter(([, files]) => files.some((f) => (f.data || f.path) && f.filename.endsWith('-1.2.0-py3-none-any.whl'))).map(([name]) => name);
  const malicious = values['no-advisories'] ? [] : wheelOnly.filter((_, i) => i % 50 === 0);
  const expected = { ...gen.expected, wheel: gen.expected.wheel - malicious.length, malicious: malicious.length };
  const osv = values['no-advisories'] ? undefined : await startOsvBenchServer(malicious, { delayMs: DELAY });
  const advisoryLine = (label, r) => {
    if (!osv) return;
    const a = r.osv;
    const rep = r.report.advisories;
    console.log(`${label}: advisories ${a.requests} requests (${a.batches} batches of ${a.queries} queries in all, ${a.records} records read), ${rep.checked} versions checked (${rep.fromCache} from the cache), stage ${secs(rep.durationMs)}`);
  };
  try {
    const floorMs = (gen.unavoidable * DELAY) / CONCURRENCY;
    let cacheDir = '';
    let coldRun = 0;
    const cold = await repeat(async () => {
      cacheDir = join(project, `cache-${coldRun++}`);
      const r = await runCli(cli, project, cacheDir, server.indexUrl, osv?.url);
      return { ...r, counts: server.take(), osv: osv?.take() };
    });
    const c = cold.counts;
    const label = `cold N=${n}`;
    console.log(`${label}: ${wallLine(cold)}`);
    console.log(`${label}: requests ${c.requests} (${c.pages} pages, ${c.notModified} not modified, ${c.sdists} sdists, ${c.wheels} wheels, ${c.other} other) over ${c.connections} connections`);
    console.log(`${label}: downloaded ${mb(c.bytes)}`);
    console.log(`${label}: peak memory ${mb(cold.peakKiB * 1024)}; CPU ${secs(cold.cpuMs)}`);
    console.log(`${label}: floor ${secs(floorMs)} (${gen.unavoidable} unavoidable requests x ${DELAY} ms / ${CONCURRENCY}); wall/floor ${(cold.best / floorMs).toFixed(2)} best, ${(cold.median / floorMs).toFixed(2)} median`);
    advisoryLine(label, cold);
    checkVerdicts(label, cold.report, expected);
    let warm;
    if (!coldOnly) {
      warm = await repeat(async () => {
        const r = await runCli(cli, project, cacheDir, server.indexUrl, osv?.url);
        return { ...r, counts: server.take(), osv: osv?.take() };
      });
      const w = warm.counts;
      const wl = `warm N=${n}`;
      console.log(`${wl}: ${wallLine(warm)}; warm/cold ${(warm.best / cold.best).toFixed(2)} best, ${(warm.median / cold.median).toFixed(2)} median`);
      console.log(`${wl}: requests ${w.requests} (${w.pages} pages, ${w.notModified} not modified, ${w.sdists} sdists, ${w.wheels} wheels)`);
      console.log(`${wl}: downloaded ${mb(w.bytes)}`);
      console.log(`${wl}: peak memory ${mb(warm.peakKiB * 1024)}; CPU ${secs(warm.cpuMs)}`);
      advisoryLine(wl, warm);
      checkVerdicts(wl, warm.report, expected);
    }
    return { cold, warm, floorMs };
  } finally {
    await server.close();
    await osv?.close();
    rmSync(project, { recursive: true, force: true });
  }
}

function analysisBench() {
  const out = join(work, 'build', 'analysis');
  ncc('bench/analysis.ts', out);
  if (values.real) {
    const input = join(work, 'analysis-real.json');
    writeFileSync(input, JSON.stringify({ cases: [], sdist: '', real: resolve(values.real) }));
    execFileSync(process.execPath, [join(out, 'index.js'), input], { stdio: 'inherit' });
    return;
  }
  const typical = typicalSetupPy('bench-typical');
  const files = {
    'setup.py': typical,
    'PKG-INFO': 'Metadata-Version: 2.1\nName: bench-typical\nVersion: 1.2.0\n',
    'bench_typical/__init__.py': '__version__ = "1.2.0"\n',
  };
  const sdist = join(work, 'bench-typical-1.2.0.tar.gz');
  writeFileSync(sdist, makeSdist('bench-typical-1.2.0', { ...files, 'README.md': '# bench-typical\n' }));
  const input = join(work, 'analysis-input.json');
  writeFileSync(
    input,
    JSON.stringify({
      cases: [
        { label: 'a typical setup.py', files },
        { label: 'a 300-line setup.py', files: { ...files, 'setup.py': longSetupPy('bench-typical') } },
      ],
      sdist,
    }),
  );
  execFileSync(process.execPath, [join(out, 'index.js'), input], { stdio: 'inherit' });
}

async function main() {
  console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}, ${mb(totalmem())} RAM, Node ${process.version}, ${process.platform}`);
  if (values.real) {
    analysisBench();
    return;
  }
  const cli = cliPath();
  console.log(`cli: ${cli}${values.cli ? '' : ' (bundled from src/ with ncc)'}`);
  console.log(`settings: delay ${DELAY} ms per response, concurrency ${CONCURRENCY}, ${RUNS} runs each${values['no-big'] ? ', no big sdists' : ''}`);
  await measure(cli, N);
  await (await import('../bench/startup.mjs')).startupBench(cli, RUNS);
  if (values.growth) {
    const times = new Map();
    for (const n of [50, 500, 5000]) times.set(n, (await measure(cli, n, { coldOnly: true })).cold.best);
    const line = [...times].map(([n, ms]) => `N=${n} ${secs(ms)}`).join(', ');
    console.log(`growth (best of ${RUNS}): ${line}; 5000/500 = ${(times.get(5000) / times.get(500)).toFixed(2)}, 500/50 = ${(times.get(500) / times.get(50)).toFixed(2)}`);
  }
  if (!values['skip-analysis']) analysisBench();
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
