// npm run bench [-- --n 500 --delay-ms 50 --concurrency 16 --runs 3 --growth --no-big --hashes
//                   --no-advisories --no-pip --cli PATH]
// npm run bench -- --real DIR   (analysis CPU per build script over a directory of real build-file folders)
//
// Bundles the CLI from src/ with ncc into a temp directory (dist/ is left alone; --cli runs another
// build, e.g. dist/cli/index.js), serves a generated project from a local index that delays every
// response and announces every wheel's core metadata as PyPI does (bench/server.mjs,
// bench/generate.mjs), and runs the built CLI against it as a child process: cold scans, each with
// an empty cache directory, then warm ones with the cache the last left, then cold scans of the
// pages alone (--no-analyze --no-transitive). Each is run --runs times; the best and the median
// wall time are printed (a shared machine's other work only ever adds time), peak memory is the
// highest seen.
//
// The yardstick is the network, not another tool: the fair floor of a cold scan is the requests no
// cache-less scan can skip (a page per project, a core-metadata file per chosen wheel, a download per
// sdist) x the delay / the requests in flight; of the pages-only scan, a page per project. Each
// cold run's request timeline shows when each kind of request was made, and how full the pool of
// requests in flight was. --growth also scans N = 50, 500 and 5000 cold. Every scan also checks its
// packages against a local OSV-compatible advisory service with the same delay
// (bench/osv-server.mjs), which names 2% of the wheel-only packages as malware; --no-advisories
// turns that off. Then the start-up of commands that have little to do, and `pip install --dry-run
// --only-binary :all:` (the newest pip here) beside sdist-guard on the wheel-only part of the same
// index (--no-pip skips it). Last, the CPU cost of analyzing one build script.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { generateProject, longSetupPy, makeSdist, typicalSetupPy } from '../bench/generate.mjs';
import { startBenchServer } from '../bench/server.mjs';
import { startOsvBenchServer } from '../bench/osv-server.mjs';
import { runMeasured } from '../bench/measured.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '500' },
    'delay-ms': { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '16' },
    runs: { type: 'string', default: '3' },
    growth: { type: 'boolean', default: false },
    'no-big': { type: 'boolean', default: false },
    // the requirements in pip's hash-checking form: then they list everything, and nothing is resolved
    hashes: { type: 'boolean', default: false },
    'no-pip': { type: 'boolean', default: false },
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
async function runCli(cli, project, cacheDir, indexUrl, advisories, extra = []) {
  const reportFile = join(project, 'report.json');
  const args = [
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
    ...extra,
  ];
  // 1: the gate failed, as it should for the suspicious and malicious packages
  const { wallMs, usage } = await runMeasured(args, { rusageFile: join(project, `rusage-${Date.now()}.json`), okCodes: [0, 1] });
  return { wallMs, usage, report: JSON.parse(readFileSync(reportFile, 'utf8')) };
}

function checkVerdicts(label, report, expected) {
  const s = report.summary;
  const line = `${s.wheel} wheel, ${s.sdist} sdist, ${s.suspicious} suspicious, ${s.malicious ?? 0} malicious, ${s.unresolved} unresolved`;
  const ok = s.wheel === expected.wheel && s.sdist === expected.sdist && s.suspicious === expected.suspicious && (s.malicious ?? 0) === expected.malicious && s.unresolved === 0;
  console.log(`${label}: verdicts ${line}${ok ? '' : `  (EXPECTED ${expected.wheel} wheel, ${expected.sdist} sdist, ${expected.suspicious} suspicious, ${expected.malicious} malicious)`}`);
  if (!ok) process.exitCode = 1;
}

/** Runs `once` RUNS times; the best and median wall time, the highest peak memory, the best run's counts. */
async function repeat(once, runs = RUNS) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await once());
  const byWall = [...all].sort((a, b) => a.wallMs - b.wallMs);
  const best = byWall[0];
  return {
    runs,
    best: best.wallMs,
    median: byWall[Math.floor((byWall.length - 1) / 2)].wallMs,
    peakKiB: Math.max(...all.map((r) => r.usage.maxRssKiB)),
    cpuMs: Math.min(...all.map((r) => (r.usage.userUs + r.usage.systemUs) / 1000)),
    counts: best.counts,
    osv: best.osv,
    report: best.report,
  };
}

const wallLine = (r) => `wall ${secs(r.best)} best, ${secs(r.median)} median of ${r.runs}`;
const ratio = (ms, floorMs) => (ms / floorMs).toFixed(2);

/**
 * When each kind of request was made and answered, and how full the pool was: the mean number of
 * requests in flight over the run (the floor assumes CONCURRENCY all along).
 */
function timelineLines(label, timeline, wallMs) {
  const kinds = new Map();
  let busy = 0;
  for (const [arrived, answered, kind] of timeline) {
    const end = answered < 0 ? arrived : answered;
    const k = kinds.get(kind) ?? { n: 0, first: Infinity, last: 0 };
    k.n++;
    k.first = Math.min(k.first, arrived);
    k.last = Math.max(k.last, end);
    kinds.set(kind, k);
    busy += end - arrived;
  }
  const spans = [...kinds].map(([kind, k]) => `${k.n} ${kind}${k.n === 1 ? '' : 's'} ${secs(k.first)}-${secs(k.last)}`);
  console.log(`${label}: timeline ${spans.join(', ')}`);
  console.log(`${label}: requests in flight ${(busy / wallMs).toFixed(1)} on average over the wall time (the pool holds ${CONCURRENCY})`);
}

/** One project size: cold scans (empty cache), then, unless `coldOnly`, warm ones and the pages alone. */
async function measure(cli, n, { coldOnly = false } = {}) {
  const gen = await generateProject(n, { bigDir: join(work, 'big'), big: !values['no-big'], hashes: values.hashes });
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
  const u = gen.unavoidable;
  const unavoidable = u.pages + u.metadata + u.downloads;
  const floorMs = (unavoidable * DELAY) / CONCURRENCY;
  try {
    let cacheDir = '';
    let coldRun = 0;
    const cold = await repeat(async () => {
      cacheDir = join(project, `cache-${coldRun++}`);
      server.mark();
      const r = await runCli(cli, project, cacheDir, server.indexUrl, osv?.url);
      return { ...r, counts: server.take(), osv: osv?.take() };
    });
    const c = cold.counts;
    const label = `cold N=${n}`;
    console.log(`${label}: ${wallLine(cold)}`);
    console.log(`${label}: requests ${c.requests} (${c.pages} pages, ${c.notModified} not modified, ${c.metadata} metadata, ${c.sdists} sdists, ${c.wheels} wheels, ${c.other} other) over ${c.connections} connections`);
    console.log(`${label}: downloaded ${mb(c.bytes)}`);
    console.log(`${label}: peak memory ${mb(cold.peakKiB * 1024)}; CPU ${secs(cold.cpuMs)}`);
    console.log(
      `${label}: fair floor ${secs(floorMs)} (${u.pages} pages + ${u.metadata} metadata + ${u.downloads} sdists = ${unavoidable} requests x ${DELAY} ms / ${CONCURRENCY}); wall/floor ${ratio(cold.best, floorMs)} best, ${ratio(cold.median, floorMs)} median`,
    );
    timelineLines(label, c.timeline, cold.best);
    advisoryLine(label, cold);
    checkVerdicts(label, cold.report, expected);
    const result = { cold, floorMs };
    if (coldOnly) return result;

    const warm = await repeat(async () => {
      server.mark();
      const r = await runCli(cli, project, cacheDir, server.indexUrl, osv?.url);
      return { ...r, counts: server.take(), osv: osv?.take() };
    });
    const w = warm.counts;
    const wl = `warm N=${n}`;
    console.log(`${wl}: ${wallLine(warm)}; warm/cold ${(warm.best / cold.best).toFixed(3)} best, ${(warm.median / cold.median).toFixed(3)} median`);
    console.log(`${wl}: requests ${w.requests} (${w.pages} pages, ${w.notModified} not modified, ${w.metadata} metadata, ${w.sdists} sdists, ${w.wheels} wheels)`);
    console.log(`${wl}: downloaded ${mb(w.bytes)}`);
    console.log(`${wl}: peak memory ${mb(warm.peakKiB * 1024)}; CPU ${secs(warm.cpuMs)}`);
    advisoryLine(wl, warm);
    checkVerdicts(wl, warm.report, expected);

    // the pages alone: one page per project, nothing read beyond them
    let pagesRun = 0;
    const pagesOnly = await repeat(async () => {
      server.mark();
      const r = await runCli(cli, project, join(project, `cache-pages-${pagesRun++}`), server.indexUrl, undefined, ['--no-analyze', '--no-transitive']);
      return { ...r, counts: server.take() };
    });
    const p = pagesOnly.counts;
    const pagesFloorMs = (n * DELAY) / CONCURRENCY;
    const pl = `pages only N=${n}`;
    console.log(`${pl}: ${wallLine(pagesOnly)} (--no-analyze --no-transitive)`);
    console.log(`${pl}: requests ${p.requests} (${p.pages} pages, ${p.metadata} metadata, ${p.sdists} sdists, ${p.wheels} wheels, ${p.other} other)`);
    console.log(`${pl}: floor ${secs(pagesFloorMs)} (${n} pages x ${DELAY} ms / ${CONCURRENCY}); wall/floor ${ratio(pagesOnly.best, pagesFloorMs)} best, ${ratio(pagesOnly.median, pagesFloorMs)} median`);
    console.log(`${pl}: peak memory ${mb(pagesOnly.peakKiB * 1024)}; CPU ${secs(pagesOnly.cpuMs)}`);
    timelineLines(pl, p.timeline, pagesOnly.best);
    await bareClient(pl, gen, server, pagesFloorMs);

    if (!values['no-pip']) await beside(cli, gen, server);
    return { ...result, warm, pagesOnly };
  } finally {
    await server.close();
    await osv?.close();
    rmSync(project, { recursive: true, force: true });
  }
}

/** The newest pip here: a wheel Debian keeps in /usr/share/python-wheels, or the interpreter's own. */
function findPip() {
  const found = [];
  const probe = (argv) => {
    try {
      const out = execFileSync(argv[0], [...argv.slice(1), '--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000 });
      const v = /^pip (\S+)/.exec(out)?.[1];
      if (v) found.push({ argv, version: v });
    } catch {
      // not this one
    }
  };
  const dir = '/usr/share/python-wheels';
  if (existsSync(dir)) for (const name of readdirSync(dir)) if (/^pip-[\d.]+-py3-none-any\.whl$/.test(name)) probe(['python3', join(dir, name, 'pip')]);
  probe(['python3', '-m', 'pip']);
  const key = (v) => v.split('.').map((x) => Number.parseInt(x, 10) || 0);
  found.sort((a, b) => {
    const x = key(a.version);
    const y = key(b.version);
    for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (y[i] ?? 0) - (x[i] ?? 0);
    return 0;
  });
  return found[0];
}

/**
 * sdist-guard beside `pip install --dry-run --only-binary :all:` on the wheel-only part of the index:
 * both resolve the same wheels from their metadata files, pip one request at a time.
 */
async function beside(cli, gen, server) {
  const pip = findPip();
  if (!pip) {
    console.log('beside pip: skipped (no pip on this machine)');
    return;
  }
  const dir = mkdtempSync(join(work, 'wheel-only-'));
  try {
    writeFileSync(join(dir, 'requirements.txt'), gen.wheelRequirements);
    const wheels = gen.wheelRequirements.split('\n').filter((l) => /^[a-z]/.test(l)).length;
    server.mark();
    const ours = await runCli(cli, dir, join(dir, 'cache'), server.indexUrl, undefined);
    const oc = server.take();
    server.mark();
    const started = process.hrtime.bigint();
    // not execFileSync: the index answering pip runs in this very process
    await new Promise((resolveRun, reject) => {
      const child = spawn(
        pip.argv[0],
        [...pip.argv.slice(1), 'install', '--dry-run', '--only-binary', ':all:', '--ignore-installed', '--no-cache-dir', '--disable-pip-version-check', '--quiet', '--index-url', server.indexUrl, '-r', join(dir, 'requirements.txt')],
        { stdio: ['ignore', 'ignore', 'inherit'], env: { PATH: process.env.PATH ?? '', HOME: dir, PIP_CONFIG_FILE: '/dev/null' }, timeout: 30 * 60_000 },
      );
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolveRun() : reject(new Error(`pip exited with ${code}`))));
    });
    const pipMs = Number(process.hrtime.bigint() - started) / 1e6;
    const pc = server.take();
    console.log(`beside pip (${wheels} wheels, ${DELAY} ms per response): sdist-guard ${secs(ours.wallMs)} (${oc.requests} requests), pip ${pip.version} install --dry-run --only-binary :all: ${secs(pipMs)} (${pc.requests} requests); pip/sdist-guard ${(pipMs / ours.wallMs).toFixed(1)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The references for the pages-only ratio: bare clients reading the same pages 16 at a time, with
 * Node's http client (as the scan does) and with Python's http.client (when python3 is here): what
 * the machine and the bench's index allow on their own. Each is timed from its first request to its
 * last answer, and from spawn to exit (its own start-up included), which is what the scan's ratio counts.
 */
async function bareClient(label, gen, server, floorMs) {
  const names = join(work, 'bare-client-names.txt');
  writeFileSync(names, [...gen.projects.keys()].filter((n) => n.startsWith('bench-pkg-')).join('\n'));
  const clients = [["Node's http", process.execPath, join(repo, 'bench', 'bare-client.mjs')]];
  try {
    execFileSync('python3', ['-c', 'pass'], { stdio: 'ignore', timeout: 30_000 });
    clients.push(["Python's http.client", 'python3', join(repo, 'bench', 'bare-client.py')]);
  } catch {
    console.log(`${label}: a bare Python client: skipped (no python3 on this machine)`);
  }
  const best = (xs) => Math.min(...xs);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  for (const [name, command, script] of clients) {
    const runs = [];
    const walls = [];
    for (let i = 0; i < RUNS; i++) {
      server.mark();
      const started = performance.now();
      // asynchronously: the index it reads is served from this process
      const out = await new Promise((resolveRun, reject) => {
        const child = spawn(command, [script, server.indexUrl, names, String(CONCURRENCY)], { stdio: ['ignore', 'pipe', 'inherit'] });
        let text = '';
        child.stdout.on('data', (d) => (text += d));
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolveRun(text) : reject(new Error(`the bare client (${name}) exited with ${code}`))));
      });
      walls.push(performance.now() - started);
      server.take();
      runs.push(Number(out.trim()));
    }
    console.log(
      `${label}: a bare client (${name}, ${CONCURRENCY} at a time) reads the same pages in ${secs(best(runs))} best, ${secs(median(runs))} median from its first request (wall/floor ${ratio(best(runs), floorMs)} best, ${ratio(median(runs), floorMs)} median); from spawn to exit ${secs(best(walls))} best, ${secs(median(walls))} median (wall/floor ${ratio(best(walls), floorMs)} best, ${ratio(median(walls), floorMs)} median)`,
    );
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
