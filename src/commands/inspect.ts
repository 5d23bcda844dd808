// sdist-guard inspect: sdists a person downloaded (archives, unpacked directories, .py files or a
// folder of downloads), read and analyzed as the scan would, and a report of each.

import { parseArgs } from 'node:util';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { inspect, type InspectResult } from '../scan.js';
import { COLOR, PLAIN, findingLines, wantColor, type Paint } from '../report/text.js';
import { terminal } from '../report/escape.js';
import { distributionKind } from '../python/filenames.js';
import { parseLimits, type ScanLimits } from '../limits.js';
import { UsageError, write, type Io } from './io.js';

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

export async function runInspect(argv: string[], io: Io): Promise<number> {
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
