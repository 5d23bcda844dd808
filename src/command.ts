// The command line: the commands, their help and the exit codes (0 pass, 1 gate failed, 2 usage
// or configuration error); each command lives in src/commands/ (org-* in src/org/) and is loaded
// only when run, so --version and --help load nothing but this file and the text they print.

import { VERSION } from './version.js';
import { ORG_HELP } from './org/help.js';
import { terminal } from './report/escape.js';
import { UsageError, type Io, processIo } from './commands/io.js';

export { processIo, type Io } from './commands/io.js';

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
    if (command === 'scan') return await (await import('./commands/scan.js')).runScan(rest, io);
    if (command === 'inspect') return await (await import('./commands/inspect.js')).runInspect(rest, io);
    if (command === 'org-plan' || command === 'org-scan' || command === 'org-report') {
      const org = await import('./org/command.js');
      return await (command === 'org-plan' ? org.runOrgPlan : command === 'org-scan' ? org.runOrgScan : org.runOrgReport)(rest, io);
    }
    throw new UsageError(`unknown command "${command}": expected scan, inspect, org-plan, org-scan or org-report (see --help)`);
  } catch (err) {
    if (err instanceof UsageError || (await isConfigError(err)) || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`sdist-guard: ${terminal((err as Error).message, 2000)}\n`);
      return 2;
    }
    throw err;
  }
}

/**
 * A configuration error can only come from a command that loaded the options already; when they
 * cannot be loaded, the error is not one, and is reported as it is.
 */
async function isConfigError(err: unknown): Promise<boolean> {
  try {
    const { ConfigError } = await import('./options.js');
    return err instanceof ConfigError;
  } catch {
    return false;
  }
}
