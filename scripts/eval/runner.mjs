// Runs the built CLI over many inputs: `sdist-guard inspect --format json` in batches of 50, two
// processes at a time; a batch whose process crashes is rerun one entry at a time.
// `.tar.xz` and `.tar.bz2` inputs (Debian repacks many upstream sdists so) are not sdist formats
// the product reads; when `xz` / `bzip2` are installed, each one is decompressed to a plain `.tar`
// in a temporary directory for the length of its batch, so the whole corpus is measured. The
// product's note that a tar ends in a zip directory is dropped for such a copy unless the original
// file ends in one too: pip looks at the file it was given, the compressed one.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, existsSync, mkdtempSync, openSync, readSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const BATCH = 50;
const PARALLEL = 2;
// A batch that runs this long is stuck, not slow; its entries are reported unreadable.
const BATCH_TIMEOUT_MS = Number(process.env.EVAL_BATCH_TIMEOUT_MS) || 15 * 60 * 1000;
const ARCHIVE = /\.(tar\.gz|tgz|zip|tar\.bz2|tar\.xz|tar)$/i;
export const RANK = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

// The compressions pip does not read from an sdist name, and the system tool that undoes each.
export const RECOMPRESSED = [
  { suffix: '.tar.xz', tool: 'xz' },
  { suffix: '.tar.bz2', tool: 'bzip2' },
];
const toolFound = new Map();
export function haveTool(tool) {
  if (!toolFound.has(tool)) toolFound.set(tool, spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0);
  return toolFound.get(tool);
}
export function recompressionOf(path) {
  return RECOMPRESSED.find((r) => path.toLowerCase().endsWith(r.suffix));
}
// The product's note about a tar whose last bytes hold a zip directory (see readSdist).
const ZIP_TAIL = /ends with a zip directory; pip checks for one/;
// Converted inputs whose zip-directory note was about the temporary .tar only.
export const conversionNotes = new Set();
/** Whether a zip end-of-directory signature is anywhere in the last 64 KiB that zipfile searches. */
function mayEndInZip(path) {
  const size = statSync(path).size;
  const n = Math.min(size, 65_536 + 22);
  const buf = Buffer.alloc(n);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buf, 0, n, size - n);
  } finally {
    closeSync(fd);
  }
  return buf.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
}
// Temporary directories still present; removed on any exit, including Ctrl-C.
const tempDirs = new Set();
export function trackTemp(dir) {
  tempDirs.add(dir);
  return dir;
}
export function removeTemp(dir) {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}
process.on('exit', () => [...tempDirs].forEach(removeTemp));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

export function decompress(tool, from, to) {
  return new Promise((done) => {
    const out = createWriteStream(to);
    const child = spawn(tool, ['-dc', from], { stdio: ['ignore', 'pipe', 'pipe'] });
    const err = [];
    let fail;
    let waiting = 2;
    // Done once the tool has exited and the copy is fully on disk, whichever comes last.
    const settle = () => {
      if (--waiting === 0) done(fail);
    };
    child.stderr.on('data', (b) => err.push(b));
    child.stdout.pipe(out);
    out.on('close', settle);
    out.on('error', (e) => {
      fail ??= `could not write ${to}: ${e.message}`;
    });
    child.on('error', (e) => {
      fail ??= `could not start ${tool}: ${e.message}`;
      out.destroy();
      settle();
    });
    child.on('close', (code) => {
      if (code !== 0) fail ??= `${tool} -dc failed (exit ${code}): ${Buffer.concat(err).toString('utf8').trim().slice(-200)}`;
      settle();
    });
  });
}

export function entriesOf(dir) {
  const entries = [];
  let skipped = 0;
  for (const name of readdirSync(dir).sort()) {
    const abs = join(dir, name);
    const st = statSync(abs);
    if (st.isDirectory() || (st.isFile() && (ARCHIVE.test(name) || name.endsWith('.py')))) entries.push(abs);
    else skipped++;
  }
  return { entries, skipped };
}

function runCli(paths) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, 'inspect', '--format', 'json', ...paths], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), BATCH_TIMEOUT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      done({ paths, code: null, error: `could not start the CLI: ${e.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8').trim();
      if (signal) return done({ paths, code, timedOut: true, error: `killed by ${signal} (batch timeout ${BATCH_TIMEOUT_MS} ms)` });
      let report;
      try {
        report = JSON.parse(stdout);
      } catch {
        return done({ paths, code, error: `exit ${code}, output is not JSON${stderr ? `: ${stderr.slice(-400)}` : ''}` });
      }
      if (!report || !Array.isArray(report.results)) {
        return done({ paths, code, error: `exit ${code}, JSON has no "results" array` });
      }
      done({ paths, code, results: report.results, stderr });
    });
  });
}

/**
 * One CLI run over these inputs, with `.tar.xz`/`.tar.bz2` ones decompressed to plain `.tar` first
 * (when the tool exists; otherwise they go as they are and the CLI reports them unreadable). The
 * outcome names the original inputs, never the temporary copies.
 */
async function runBatch(paths) {
  const pending = paths.filter((p) => {
    const r = recompressionOf(p);
    return r && haveTool(r.tool);
  });
  if (pending.length === 0) return runCli(paths);
  const dir = mkdtempSync(join(tmpdir(), 'sdist-guard-eval-'));
  tempDirs.add(dir);
  try {
    const copyOf = new Map();
    const failures = [];
    for (const [i, p] of pending.entries()) {
      const r = recompressionOf(p);
      // The numeric prefix keeps inputs with one base name apart; the `.tar` name picks the reader.
      const to = join(dir, `${i}-${basename(p).slice(0, -r.suffix.length)}.tar`);
      const fail = await decompress(r.tool, p, to);
      if (fail) failures.push({ path: p, suspicious: false, findings: [], limits: [], error: `eval could not decompress ${basename(p)}: ${fail}` });
      else copyOf.set(p, to);
    }
    const args = paths.filter((p) => !recompressionOf(p) || !haveTool(recompressionOf(p).tool) || copyOf.has(p)).map((p) => copyOf.get(p) ?? p);
    const originalOf = new Map([...copyOf].map(([orig, copy]) => [copy, orig]));
    const outcome = args.length ? await runCli(args) : { paths: [], code: 0, results: [] };
    const back = (text) => {
      let t = String(text);
      for (const [copy, orig] of originalOf) t = t.replaceAll(copy, orig).replaceAll(basename(copy), basename(orig));
      return t;
    };
    if (outcome.error) {
      return { ...outcome, paths: outcome.paths.map((p) => originalOf.get(p) ?? p), results: undefined, extra: failures };
    }
    // Results in input order, so the order fallback in perEntry still lines up.
    const byArg = new Map(outcome.results.map((r) => [resolve(ROOT, String(r.path)), r]));
    const inOrder = outcome.results.length === args.length;
    const results = paths.map((p) => {
      const failed = failures.find((f) => f.path === p);
      if (failed) return failed;
      const arg = copyOf.get(p) ?? p;
      const r = byArg.get(arg) ?? (inOrder ? outcome.results[args.indexOf(arg)] : undefined);
      if (!r) return { path: p, suspicious: false, findings: [], limits: [], error: `not in the report (exit ${outcome.code})` };
      // pip looks for a zip directory at the end of the file it downloaded, the compressed one,
      // not of this temporary .tar: a zip member stored last in the tar is not a finding here.
      const limits = Array.isArray(r.limits) ? r.limits.map(back) : r.limits;
      const kept = copyOf.has(p) && Array.isArray(limits) && !mayEndInZip(p) ? limits.filter((l) => !ZIP_TAIL.test(l)) : limits;
      if (Array.isArray(limits) && kept.length !== limits.length) conversionNotes.add(p);
      return {
        ...r,
        path: p,
        ...(typeof r.error === 'string' ? { error: back(r.error) } : {}),
        ...(Array.isArray(limits) ? { limits: kept } : {}),
      };
    });
    return { ...outcome, paths, results };
  } finally {
    removeTemp(dir);
  }
}

export async function runAll(paths) {
  const batches = [];
  for (let i = 0; i < paths.length; i += BATCH) batches.push(paths.slice(i, i + BATCH));
  const outcomes = new Array(batches.length);
  let next = 0;
  let finished = 0;
  const worker = async () => {
    while (next < batches.length) {
      const i = next++;
      let outcome = await runBatch(batches[i]);
      // A crash says nothing about which input caused it: rerun one by one so the others still
      // count. A timeout is not retried, since fifty more timeouts would stall the whole run.
      if (outcome.error && !outcome.timedOut && batches[i].length > 1) {
        const singles = [];
        for (const p of batches[i]) singles.push(await runBatch([p]));
        outcome = singles;
      }
      outcomes[i] = outcome;
      finished++;
      if (process.stderr.isTTY) process.stderr.write(`\r  batch ${finished}/${batches.length}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, batches.length) }, worker));
  if (batches.length && process.stderr.isTTY) process.stderr.write('\n');
  return outcomes.flat();
}

/** One record per input entry, whatever happened to its batch. */
export function perEntry(outcomes) {
  const records = [];
  for (const o of outcomes) {
    if (o.error) {
      for (const p of o.paths) records.push({ path: p, unreadable: true, reason: o.error, suspicious: false, findings: [] });
      for (const r of o.extra ?? []) records.push({ path: r.path, unreadable: true, reason: r.error, suspicious: false, findings: [] });
      continue;
    }
    const byPath = new Map(o.results.map((r) => [resolve(ROOT, String(r.path)), r]));
    // The CLI may echo paths in another form; fall back to order when the lengths agree.
    const byOrder = o.results.length === o.paths.length;
    o.paths.forEach((p, i) => {
      const r = byPath.get(p) ?? (byOrder ? o.results[i] : undefined);
      if (!r) {
        records.push({ path: p, unreadable: true, reason: `not in the report (exit ${o.code})`, suspicious: false, findings: [] });
        return;
      }
      // an input that could not be read at all (`error`) or only in part (`limits`) was not checked
      const problems = [...(typeof r.error === 'string' ? [r.error] : []), ...(Array.isArray(r.limits) ? r.limits : [])];
      records.push({
        path: p,
        suspicious: r.suspicious === true,
        findings: Array.isArray(r.findings) ? r.findings : [],
        unreadable: problems.length > 0,
        reason: problems.join('; '),
      });
    });
  }
  return records;
}

