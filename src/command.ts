// The command line: parses arguments into Options, runs the same scan as the action, and hands
// the result to a reporter. Exit codes: 0 pass, 1 gate failed, 2 usage or configuration error.
// Input and output go through an Io value so tests run it in-process.

import { parseArgs } from 'node:util';
import { readdirSync, statSync } from 'node:fs';
import { writeReportFile } from './regular-file.js';
import { join, resolve } from 'node:path';

import { ConfigError, resolveOptions } from './options.js';
import { SCAN_FLAGS, scanSettings } from './scan-flags.js';
import { inspect, scan, type InspectResult, type Progress } from './scan.js';
import { evaluateGate } from './report/gate.js';
import { jsonReport } from './report/json.js';
import { COLOR, PLAIN, textReport, findingLines, wantColor, type Paint } from './report/text.js';
import { terminal } from './report/escape.js';
import { progressLine } from './report/progress.js';
import { distributionKind } from './python/filenames.js';
import { markdownReport } from './report/markdown.js';
import { sarifReport } from './report/sarif.js';
import { loadConfig } from './config.js';
import { VERSION } from './version.js';
import { ORG_HELP } from './org/help.js';
import { parseLimits, type ScanLimits } from './limits.js';

const HELP = `sdist-guard ${VERSION}: find every Python dependency pip would build from source, and check its build code

Usage:
  sdist-guard scan [PATH...] [options]     scan requirements*.txt, pyproject.toml and lock files
  sdist-guard inspect PATH... [--format text|json]
                                           check downloaded sdists (.tar.gz, .zip, unpacked dirs, .py
                                           files, or a folder of downloads: every archive in it)
  sdist-guard org-plan | org-scan | org-report ...
                                           audit every repository of an organization (see below)
  sdist-guard --help | --version

Scan options:
  --index-url URL            package index (default: $PIP_INDEX_URL or https://pypi.org/simple)
  --extra-index-url URL      another index to search too (repeatable)
  --python-version V         target Python, e.g. 3.12 (repeatable or comma list; default 3.12)
  --platform P               linux, linux-aarch64, musllinux, macos, macos-x86_64, windows,
                             windows-arm64, or a wheel platform tag (repeatable; default linux)
  --fail-on LIST             statuses that fail: sdist, suspicious, malicious, unresolved, or
                             none (default malicious,suspicious,unresolved; suspicious implies
                             malicious)
  --advisories SOURCE        known-malware records (OSV MAL- records) to check every resolved
                             package against: osv (https://api.osv.dev, the default), off, or the
                             URL of another OSV-compatible service (also $SDIST_GUARD_ADVISORIES)
  --advisories-required      fail when some package version could not be checked against
                             advisories (by default that is a warning)
  --format F                 text (default), json, markdown or sarif (SARIF 2.1.0 for code scanning)
  --output FILE              write the report to FILE instead of standard output
  --concurrency N            requests in flight (default 16)
  --timeout SECONDS          per request, in total (default 30)
  --deadline SECONDS         for the whole scan: what is not decided by then is unresolved
                             (default 600)
  --no-analyze               do not download and analyze sdists
  --no-transitive            check only what the files name, not what pip would install with it
  --cache-dir DIR            keep analyses (by sdist hash) and index pages (as long as the index
                             allows) here (default: $XDG_CACHE_HOME/sdist-guard or ~/.cache/sdist-guard)
  --no-cache                 keep nothing between runs
  --exclude GLOB             leave out paths under the root that match (repeatable), e.g.
                             'tests/fixtures/**' or 'docs'; see the README's Configuration file
  --root DIR                 report paths relative to DIR (default: the one directory scanned, or .)
  --config FILE              read settings from FILE (a sdist-guard.toml, or a pyproject.toml's
                             [tool.sdist-guard]); by default sdist-guard.toml or [tool.sdist-guard]
                             of pyproject.toml in the root, if there is one. Options override it.

Credentials: put them in the index URL (https://user:token@host/simple) or in
SDIST_GUARD_INDEX_CREDENTIALS as host=user:password entries (a bare host means https;
http://host:port=... for plain http); they are never printed.
Hard limits (download size, inflated size, ratio, entries, retries, ...) move with
SDIST_GUARD_LIMITS, e.g. "max-inflated-bytes=2GiB, retries=1" (see the README's Security model).

Colour: on a terminal; NO_COLOR turns it off, FORCE_COLOR on (also when piped).

${ORG_HELP}

Exit status: 0 pass, 1 the gate failed (for inspect: something is suspicious, or was
not read whole because a limit was reached), 2 usage or configuration error (for
inspect: an input could not be read).`;

class UsageError extends Error {}

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Whether standard error is a terminal: progress is drawn only there. */
  isTTY: boolean;
  /** Whether standard output is a terminal: the text report is coloured only there (or with FORCE_COLOR). */
  stdoutIsTTY?: boolean;
}

export const processIo: Io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stderr.isTTY),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
};

/** `root`: the scanned checkout, where a file is never written through a link it holds. */
function write(io: Io, format: string, text: string, output: string | undefined, root = io.cwd): void {
  if (output) {
    try {
      writeReportFile(resolve(io.cwd, output), text, root);
    } catch (err) {
      throw new UsageError(`--output ${output}: ${(err as Error).message}`);
    }
    io.stderr(`sdist-guard: wrote the ${format} report to ${output}\n`);
  } else io.stdout(text);
}

function progressPrinter(io: Io): { update(p: Progress): void; done(): void } {
  if (!io.isTTY) return { update() {}, done() {} };
  let last = 0;
  let shown = false;
  let total = 0;
  return {
    update(p) {
      total = Math.max(total, p.total);
      const now = Date.now();
      if (now - last < 100 && p.phase !== 'done') return;
      last = now;
      io.stderr(`\r\x1b[2K${progressLine(p, total)}`);
      shown = true;
    },
    done() {
      if (shown) io.stderr('\r\x1b[2K');
    },
  };
}

async function runScan(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      ...SCAN_FLAGS,
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      root: { type: 'string' },
      config: { type: 'string' },
    },
  });
  const format = values.format!;
  if (!['text', 'json', 'markdown', 'sarif'].includes(format)) throw new UsageError(`--format: expected text, json, markdown or sarif, got "${format}"`);
  const paths = positionals.map((p) => resolve(io.cwd, p));
  let root = values.root ? resolve(io.cwd, values.root) : io.cwd;
  if (!values.root && paths.length === 1) {
    try {
      if (statSync(paths[0]).isDirectory()) root = paths[0];
    } catch {
      // a missing path is reported by discovery, with its name
    }
  }
  const config = loadConfig(root, values.config !== undefined ? resolve(io.cwd, values.config) : undefined);
  const opts = resolveOptions({ ...scanSettings(values, io), root, paths, config });
  const progress = progressPrinter(io);
  const result = await scan(opts, { onProgress: (p) => progress.update(p) });
  progress.done();
  const report =
    format === 'json'
      ? jsonReport(result, opts.failOn)
      : format === 'markdown'
        ? markdownReport(result, opts.failOn)
        : format === 'sarif'
          ? sarifReport(result, opts.failOn)
          : textReport(result, opts.failOn, { paint: !values.output && wantColor(io.env, io.stdoutIsTTY ?? false) ? COLOR : PLAIN });
  write(io, format, report, values.output, root);
  return evaluateGate(result, opts.failOn).failed ? 1 : 0;
}

const SDIST_MARKERS = ['setup.py', 'pyproject.toml', 'setup.cfg', 'PKG-INFO'];

/**
 * What `inspect` reads for each path given: an archive or a `.py` file as it is; a directory that
 * is an unpacked sdist (a build file at its top, or in its one top folder) as one sdist; any other
 * directory as a folder of downloads, each archive in it on its own. Wheels in such a folder are
 * named, not read: pip installs them without running their code.
 */
export function inspectInputs(cwd: string, given: string[]): { paths: string[]; shown: string[]; wheels: string[] } {
  const paths: string[] = [];
  const shown: string[] = [];
  const wheels: string[] = [];
  for (const g of given) {
    const abs = resolve(cwd, g);
    let names: string[] | undefined;
    try {
      if (statSync(abs).isDirectory()) names = readdirSync(abs).sort();
    } catch {
      // a missing path is reported by inspect, with its name
    }
    const isSdistDir = (dir: string, list: string[]) =>
      list.some((n) => SDIST_MARKERS.includes(n)) ||
      (list.length === 1 && (() => {
        try {
          return statSync(join(dir, list[0])).isDirectory() && readdirSync(join(dir, list[0])).some((n) => SDIST_MARKERS.includes(n));
        } catch {
          return false;
        }
      })());
    const archives = names?.filter((n) => distributionKind(n) !== 'other' && statSync(join(abs, n)).isFile()) ?? [];
    if (!names || isSdistDir(abs, names) || archives.length === 0) {
      paths.push(abs);
      shown.push(g);
      continue;
    }
    for (const n of archives) {
      const shownPath = g.endsWith('/') ? `${g}${n}` : `${g}/${n}`;
      if (distributionKind(n) === 'wheel') wheels.push(shownPath);
      else {
        paths.push(join(abs, n));
        shown.push(shownPath);
      }
    }
  }
  return { paths, shown, wheels };
}

/** Whether the input had code of its own to run at build time (setup.py, an in-tree backend): Python files analyzed. */
function hasBuildScript(r: InspectResult): boolean {
  return r.analyzed.some((f) => /\.pyw?$/i.test(f));
}

/**
 * What inspect says of one input. `clean` only for an input read whole and analyzed without
 * reaching a limit: anything read in part is `incomplete`, never clean.
 */
export function inspectStatus(r: InspectResult): 'unreadable' | 'suspicious' | 'incomplete' | 'clean' {
  return r.error ? 'unreadable' : r.suspicious ? 'suspicious' : r.limits.length ? 'incomplete' : 'clean';
}

/** What the text report calls it: a clean input with no build script of its own says so. */
function shownStatus(r: InspectResult): string {
  const status = inspectStatus(r);
  if (status === 'suspicious') return 'SUSPICIOUS';
  return status === 'clean' && !hasBuildScript(r) ? 'no build script' : status;
}

function inspectText(results: InspectResult[], wheels: string[], p: Paint): string {
  const out: string[] = [];
  for (const r of results) {
    const status = shownStatus(r);
    const painted = status === 'SUSPICIOUS' ? p.red(p.bold(status)) : status === 'clean' ? p.green(status) : p.yellow(status);
    out.push(`${painted}  ${terminal(r.path, 500)}`);
    if (r.error) out.push(`  ${terminal(r.error, 300)}`);
    for (const l of r.limits) out.push(`  limit: ${terminal(l, 300)}`);
    if (!r.error && !hasBuildScript(r)) out.push('  no setup.py or in-tree build backend: building it runs no code of its own (its build backend comes from the index)');
    out.push(...findingLines(r.findings, '  ', r.suspicious ? 10 : 5, p));
  }
  for (const w of wheels) out.push(`wheel  ${terminal(w, 500)}\n  not read: pip installs a wheel without running its code`);
  const count = (status: string) => results.filter((r) => inspectStatus(r) === status).length;
  out.push('');
  out.push(
    `${results.length} inspected: ${count('suspicious')} suspicious, ${count('incomplete')} incomplete (not read whole), ${count('unreadable')} unreadable, ${count('clean')} clean${wheels.length ? `; ${wheels.length} wheel${wheels.length === 1 ? '' : 's'} not read` : ''}`,
  );
  return out.join('\n') + '\n';
}

async function runInspect(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { format: { type: 'string', default: 'text' }, output: { type: 'string' } },
  });
  if (positionals.length === 0) throw new UsageError('inspect needs at least one PATH (an sdist archive, an unpacked sdist directory, a folder of downloads or a .py file)');
  const format = values.format!;
  if (!['text', 'json'].includes(format)) throw new UsageError(`--format: expected text or json, got "${format}"`);
  let limits: ScanLimits;
  try {
    limits = parseLimits(io.env.SDIST_GUARD_LIMITS, 'SDIST_GUARD_LIMITS');
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const inputs = inspectInputs(io.cwd, positionals);
  const results = await inspect(inputs.paths, inputs.shown, limits.archive);
  const text =
    format === 'json'
      ? JSON.stringify(
          {
            schemaVersion: 1,
            results: results.map((r) => ({
              path: r.path,
              status: inspectStatus(r),
              suspicious: r.suspicious,
              findings: r.findings,
              limits: r.limits,
              analyzed: r.analyzed,
              ...(r.error ? { error: r.error } : {}),
            })),
            ...(inputs.wheels.length ? { wheels: inputs.wheels } : {}),
          },
          null,
          2,
        ) + '\n'
      : inspectText(results, inputs.wheels, !values.output && wantColor(io.env, io.stdoutIsTTY ?? false) ? COLOR : PLAIN);
  write(io, format, text, values.output);
  // Read in part is not checked: like a suspicious input, it fails (and is never called clean).
  if (results.some((r) => r.suspicious || (!r.error && r.limits.length > 0))) return 1;
  return results.some((r) => r.error) ? 2 : 0;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(HELP + '\n');
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-V') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(HELP + '\n');
      return 0;
    }
    if (command === 'scan') return await runScan(rest, io);
    if (command === 'inspect') return await runInspect(rest, io);
    if (command === 'org-plan' || command === 'org-scan' || command === 'org-report') {
      const org = await import('./org/command.js');
      return await (command === 'org-plan' ? org.runOrgPlan : command === 'org-scan' ? org.runOrgScan : org.runOrgReport)(rest, io);
    }
    throw new UsageError(`unknown command "${command}": expected scan, inspect, org-plan, org-scan or org-report (see --help)`);
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`sdist-guard: ${terminal((err as Error).message, 2000)}\n`);
      return 2;
    }
    throw err;
  }
}

