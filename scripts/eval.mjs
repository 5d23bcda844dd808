// Measures the built CLI against directories of real or sample sdists: how many legitimate packages
// it would block (false alarms), and how many malicious ones it lets through.
//
// usage: npm run eval -- BENIGN_DIR [MALICIOUS_DIR]
//   Each entry of a directory is one input: an sdist archive, a sub-directory (an unpacked sdist)
//   or a .py file. Entries go to `sdist-guard inspect --format json` in batches of 50, two
//   processes at a time; a batch whose process crashes is rerun one entry at a time.
//   Every archive type pip unpacks is read as it is (Debian's `.orig.tar.xz` and `.tar.bz2` too).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const BATCH = 50;
const PARALLEL = 2;
// A batch that runs this long is stuck, not slow; its entries are reported unreadable.
const BATCH_TIMEOUT_MS = Number(process.env.EVAL_BATCH_TIMEOUT_MS) || 15 * 60 * 1000;
const ARCHIVE = /\.(tar\.gz|tgz|tar\.bz2|tbz|tar\.xz|txz|tlz|tar\.lz|tar\.lzma|tar|zip)$/i;
const RANK = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

function usage(message) {
  console.error(`${message}\nusage: npm run eval -- BENIGN_DIR [MALICIOUS_DIR]`);
  process.exit(2);
}

function entriesOf(dir) {
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

async function runAll(paths) {
  const batches = [];
  for (let i = 0; i < paths.length; i += BATCH) batches.push(paths.slice(i, i + BATCH));
  const outcomes = new Array(batches.length);
  let next = 0;
  let finished = 0;
  const worker = async () => {
    while (next < batches.length) {
      const i = next++;
      let outcome = await runCli(batches[i]);
      // A crash says nothing about which input caused it: rerun one by one so the others still
      // count. A timeout is not retried, since fifty more timeouts would stall the whole run.
      if (outcome.error && !outcome.timedOut && batches[i].length > 1) {
        const singles = [];
        for (const p of batches[i]) singles.push(await runCli([p]));
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
function perEntry(outcomes) {
  const records = [];
  for (const o of outcomes) {
    if (o.error) {
      for (const p of o.paths) records.push({ path: p, unreadable: true, reason: o.error, suspicious: false, findings: [] });
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

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');
const clip = (s, n) => {
  const one = String(s ?? '').replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

function topFindings(findings, n) {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (RANK[b.f.severity] ?? 0) - (RANK[a.f.severity] ?? 0) || a.i - b.i)
    .slice(0, n)
    .map(({ f }) => f);
}

function printFindings(records) {
  for (const r of records) {
    console.log(`  ${basename(r.path)}${r.findings.length ? '' : '  (no findings)'}`);
    for (const f of topFindings(r.findings, 3)) {
      console.log(`      [${f.severity}] ${f.rule}  ${f.path}:${f.line}  ${clip(f.message, 100)}`);
      console.log(`          ${clip(f.evidence, 140)}`);
    }
    if (r.findings.length > 3) console.log(`      … ${r.findings.length - 3} more`);
  }
}

async function evaluate(dir, role) {
  const { entries, skipped } = entriesOf(dir);
  console.log(`\n== ${role}: ${dir}`);
  if (entries.length === 0) {
    console.log('  no sdists, directories or .py files here');
    return;
  }
  const records = perEntry(await runAll(entries));
  const flagged = records.filter((r) => r.suspicious);
  const unreadable = records.filter((r) => r.unreadable);
  console.log(`  inputs:     ${records.length}${skipped ? ` (${skipped} other files ignored)` : ''}`);
  console.log(`  suspicious: ${flagged.length} (${pct(flagged.length, records.length)})`);
  console.log(`  unreadable: ${unreadable.length} (${pct(unreadable.length, records.length)})`);

  if (role === 'benign') {
    if (flagged.length) {
      console.log(`\n  flagged benign inputs (false alarms):`);
      printFindings(flagged);
      const rules = new Map();
      for (const r of flagged) for (const rule of new Set(r.findings.filter((f) => RANK[f.severity] >= RANK.high).map((f) => f.rule))) rules.set(rule, (rules.get(rule) ?? 0) + 1);
      console.log(`\n  rules behind the false alarms:`);
      for (const [rule, n] of [...rules].sort((a, b) => b[1] - a[1])) console.log(`    ${String(n).padStart(4)}  ${rule}`);
    }
  } else {
    const missed = records.filter((r) => !r.suspicious);
    console.log(`  missed:     ${missed.length} (${pct(missed.length, records.length)})`);
    if (missed.length) {
      console.log(`\n  malicious inputs NOT flagged:`);
      printFindings(missed);
    }
  }
  if (unreadable.length) {
    console.log(`\n  unreadable inputs:`);
    for (const r of unreadable) console.log(`    ${basename(r.path)}: ${clip(r.reason, 160)}`);
  }
}

const args = process.argv.slice(2);
if (args.length < 1 || args.length > 2) usage('expected one or two directories');
for (const a of args) {
  if (!existsSync(a) || !statSync(a).isDirectory()) usage(`not a directory: ${a}`);
}
if (!existsSync(CLI)) {
  console.error(`${CLI} does not exist: run npm run build first`);
  process.exit(2);
}
await evaluate(resolve(args[0]), 'benign');
if (args[1]) await evaluate(resolve(args[1]), 'malicious');
