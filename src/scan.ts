// The pipeline, and the only place that knows the order of its stages:
// discover -> parse -> resolve -> select -> fetch -> extract -> analyze -> judge.
// Reporting is left to the entries (cli.ts, action.ts), which hand the result to src/report/.

import { readFile, stat } from 'node:fs/promises';
import { createReadStream, readFileSync } from 'node:fs';
import { basename } from 'node:path';

import type { Dependency, Diagnostic, DistFile, PipOptions, ProjectPage, SourceRef, Target, Verdict } from './types.js';
import type { Options } from './options.js';
import { discover, PARSERS } from './manifests/discover.js';
import { pairLocks, type ParsedManifest } from './manifests/pairing.js';
import { IndexClient } from './index/client.js';
import { IndexError } from './index/errors.js';
import { redactUrl } from './index/redact.js';
import { decodeSource, readSdist, readSdistDirectory, type SdistContents } from './archive/index.js';
import { analyzeSdist, analyzeSource, type AnalysisResult } from './analysis/index.js';
import { evaluateMarker } from './python/markers.js';
import { distributionKind, parseWheelFilename } from './python/filenames.js';
import { wheelPriority } from './python/tags.js';
import { FormatControl } from './python/format-control.js';
import { selectFile } from './select.js';
import { judge, statusRank, type SdistCheck, type TargetOutcome } from './verdict.js';
import { VERSION } from './version.js';

export interface Progress {
  phase: 'discover' | 'resolve' | 'analyze' | 'done';
  resolved: number;
  total: number;
  analyzed: number;
  toAnalyze: number;
}

export interface ScanHooks {
  onProgress?(p: Progress): void;
}

export interface ScanStats {
  requests: number;
  bytes: number;
  retries: number;
  sdistsAnalyzed: number;
  durationMs: number;
}

export interface ScanResult {
  root: string;
  targets: Target[];
  /** Manifest files read, relative to the root. */
  manifests: string[];
  /** Worst first, then by name. */
  verdicts: Verdict[];
  diagnostics: Diagnostic[];
  stats: ScanStats;
  /** Secrets the run knew (index credentials): reporters mask them. */
  secrets: string[];
}

/** One distinct thing to look up: dependencies that ask the same of the same index are one request. */
interface Request {
  name: string;
  displayName: string;
  specifier: string;
  hashes: string[];
  strictHashes: boolean;
  marker?: string;
  extras: string[];
  dep: Dependency;
  indexUrls: string[];
  noIndex: boolean;
  pre: boolean;
  preferBinary: boolean;
  formatControl: FormatControl;
  sources: SourceRef[];
}

const MAX_SDIST_BYTES = 256 * 1024 * 1024;

function emptyPipOptions(): PipOptions {
  return { extraIndexUrls: [], noIndex: false, findLinks: [], formatControl: { noBinary: [], onlyBinary: [] }, preferBinary: false, pre: false };
}

function joinSpecifiers(...specs: Array<string | undefined>): string {
  return specs
    .flatMap((s) => (s ?? '').split(','))
    .map((s) => s.trim())
    .filter(Boolean)
    .join(',');
}

function requestKey(r: Omit<Request, 'sources'>): string {
  return JSON.stringify([
    r.name,
    r.specifier,
    [...r.hashes].sort(),
    r.strictHashes,
    r.marker ?? '',
    [...r.extras].sort(),
    r.dep.direct ?? null,
    r.dep.locked ?? null,
    r.indexUrls,
    r.noIndex,
    r.pre,
    r.preferBinary,
    r.formatControl.state(),
  ]);
}

function buildRequests(
  parsed: Array<{ deps: Dependency[]; constraints: Dependency[]; options?: PipOptions }>,
  opts: Options,
  diagnostics: Diagnostic[],
): Request[] {
  const byKey = new Map<string, Request>();
  const seenSources = new Set<string>();
  for (const { deps, constraints, options } of parsed) {
    const pip = options ?? emptyPipOptions();
    const formatControl = FormatControl.from(pip.formatControl);
    const indexUrls = [pip.indexUrl ?? opts.indexUrl, ...opts.extraIndexUrls, ...pip.extraIndexUrls].filter((u, i, a) => a.indexOf(u) === i);
    if (pip.findLinks.length > 0)
      diagnostics.push({
        severity: 'warning',
        path: deps[0]?.source.path ?? '',
        message: `--find-links locations are not searched (${pip.findLinks.map(redactUrl).join(', ')}); packages are looked up on the indexes only`,
      });
    for (const dep of deps) {
      const sourceKey = `${dep.source.path}:${dep.source.line}:${dep.name}`;
      if (seenSources.has(sourceKey)) continue;
      seenSources.add(sourceKey);
      const applying = constraints.filter((c) => c.name === dep.name);
      const hashes = [...dep.hashes, ...applying.flatMap((c) => c.hashes)];
      const partial: Omit<Request, 'sources'> = {
        name: dep.name,
        displayName: dep.displayName,
        specifier: joinSpecifiers(dep.specifier, ...applying.map((c) => c.specifier)),
        hashes,
        strictHashes: dep.locked !== undefined,
        marker: dep.marker,
        extras: dep.extras,
        dep,
        indexUrls: dep.locked?.indexUrl ? [dep.locked.indexUrl] : indexUrls,
        noIndex: pip.noIndex && !dep.locked?.indexUrl,
        pre: pip.pre,
        preferBinary: pip.preferBinary,
        formatControl,
      };
      const key = requestKey(partial);
      const existing = byKey.get(key);
      if (existing) existing.sources.push(dep.source);
      else byKey.set(key, { ...partial, sources: [dep.source] });
    }
  }
  return [...byKey.values()];
}

function markerApplies(req: Request, target: Target): { applies: boolean; error?: string } {
  if (!req.marker) return { applies: true };
  try {
    return { applies: evaluateMarker(req.marker, target.env, []) };
  } catch (err) {
    return { applies: true, error: `invalid marker "${req.marker}": ${(err as Error).message}` };
  }
}

/** A direct reference pip installs without the index: VCS and local paths are always built. */
function selectDirect(req: Request, target: Target): TargetOutcome {
  const direct = req.dep.direct!;
  const shown = redactUrl(direct.url);
  const file = basename(direct.url.split(/[?#]/)[0]);
  if (direct.kind !== 'vcs' && distributionKind(file) === 'wheel') {
    try {
      const wheel = parseWheelFilename(file);
      if (wheelPriority(target, wheel.tags) === undefined)
        return { skipped: false, selection: { target, kind: 'none', version: wheel.version, reason: `${file} does not fit CPython ${target.python} on ${target.platform}; pip would refuse it` } };
      return { skipped: false, selection: { target, kind: 'wheel', version: wheel.version, reason: `direct reference to the wheel ${shown}` } };
    } catch (err) {
      return { skipped: false, selection: { target, kind: 'none', reason: `${shown}: ${(err as Error).message}` } };
    }
  }
  const what = direct.kind === 'vcs' ? 'a VCS reference' : direct.kind === 'path' ? 'a local path' : 'a direct URL';
  const editable = req.dep.editable ? 'an editable install of ' : '';
  return {
    skipped: false,
    selection: { target, kind: 'sdist', reason: `${editable}${what} (${shown}) is always built from source` },
    notAnalyzed: 'its build code is not fetched by sdist-guard: review it where it lives',
  };
}

function lockedFiles(req: Request): DistFile[] | undefined {
  const files = req.dep.locked?.files;
  if (!files || files.length === 0) return undefined;
  return files.map((f) => ({ filename: f.filename, url: f.url ?? '', hashes: f.hashes, size: f.size, yanked: false }));
}

/** Reads the build-time files of an sdist, downloading it through the index client. */
async function checkSdist(client: IndexClient, file: DistFile, hashes: string[]): Promise<SdistCheck> {
  if (!file.url) return { error: `the lock names no URL for ${file.filename}`, findings: [], suspicious: false, limits: [] };
  let contents: SdistContents;
  try {
    const body = client.download(file, { maxBytes: MAX_SDIST_BYTES, hashes: hashes.length ? hashes : undefined });
    contents = await readSdist(file.filename, body);
  } catch (err) {
    const message = err instanceof IndexError || err instanceof Error ? err.message : String(err);
    return { error: message, findings: [], suspicious: false, limits: [] };
  }
  return toCheck(contents, analyzeContents(contents));
}

function analyzeContents(contents: SdistContents): AnalysisResult | undefined {
  if (contents.error) return undefined;
  return analyzeSdist(contents.files);
}

function toCheck(contents: SdistContents, analysis: AnalysisResult | undefined): SdistCheck {
  return {
    error: contents.error,
    findings: analysis?.findings ?? [],
    suspicious: analysis?.suspicious ?? false,
    limits: [...contents.limits, ...(analysis?.limits ?? [])],
  };
}

export async function scan(opts: Options, hooks: ScanHooks = {}): Promise<ScanResult> {
  const started = Date.now();
  const progress: Progress = { phase: 'discover', resolved: 0, total: 0, analyzed: 0, toAnalyze: 0 };
  const report = () => hooks.onProgress?.({ ...progress });
  report();

  // discover + parse
  const { files, diagnostics } = await discover(opts.paths, opts.root);
  const ctx = { root: opts.root, readFile: (p: string) => readFileSync(p, 'utf8'), env: opts.env };
  const manifests: ParsedManifest[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file.absPath, 'utf8');
    } catch (err) {
      diagnostics.push({ severity: 'error', path: file.path, message: `cannot read: ${(err as Error).message}` });
      continue;
    }
    try {
      const result = PARSERS[file.format](text, file.path, ctx);
      diagnostics.push(...result.diagnostics);
      manifests.push({ file, result });
    } catch (err) {
      diagnostics.push({ severity: 'error', path: file.path, message: `cannot parse: ${(err as Error).message}` });
    }
  }
  const paired = pairLocks(manifests);
  diagnostics.push(...paired.diagnostics);
  const parsed = paired.units.map((u) => ({ deps: u.dependencies, constraints: u.constraints, options: u.options }));

  const requests = buildRequests(parsed, opts, diagnostics);
  progress.phase = 'resolve';
  progress.total = requests.length;
  report();

  const client = new IndexClient({
    indexUrl: opts.indexUrl,
    extraIndexUrls: opts.extraIndexUrls,
    concurrency: opts.concurrency,
    timeoutMs: opts.timeoutMs,
    credentials: opts.credentials,
    userAgent: `sdist-guard/${VERSION} (+https://github.com/sdist-guard/sdist-guard)`,
  });

  // fetch + extract + analyze once per sdist file, however many dependencies and targets select it
  const checks = new Map<string, Promise<SdistCheck>>();
  const checkOnce = (file: DistFile, hashes: string[]): Promise<SdistCheck> => {
    const key = `${file.url}\0${[...hashes].sort().join(',')}`;
    let p = checks.get(key);
    if (!p) {
      progress.toAnalyze++;
      p = checkSdist(client, file, hashes).finally(() => {
        progress.analyzed++;
        report();
      });
      checks.set(key, p);
    }
    return p;
  };

  const resolveOne = async (req: Request): Promise<Verdict> => {
    const outcomes: TargetOutcome[] = [];
    let page: Promise<ProjectPage> | undefined;
    for (const target of opts.targets) {
      const marker = markerApplies(req, target);
      if (!marker.applies) {
        outcomes.push({ skipped: true, python: target.python, platform: target.platform, reason: `markers exclude it (${req.marker})` });
        continue;
      }
      if (marker.error) {
        outcomes.push({ skipped: false, selection: { target, kind: 'none', reason: marker.error } });
        continue;
      }
      if (req.dep.direct) {
        outcomes.push(selectDirect(req, target));
        continue;
      }
      let files = lockedFiles(req);
      if (!files) {
        if (req.noIndex) {
          outcomes.push({ skipped: false, selection: { target, kind: 'none', reason: 'the requirements file says --no-index, and find-links locations are not searched' } });
          continue;
        }
        page ??= client.getProject(req.name, req.indexUrls);
        try {
          files = (await page).files;
        } catch (err) {
          outcomes.push({ skipped: false, selection: { target, kind: 'none', reason: (err as Error).message } });
          continue;
        }
      }
      const specifier = req.dep.locked ? joinSpecifiers(`==${req.dep.locked.version}`) : req.specifier;
      const selection = selectFile({
        name: req.name,
        specifier,
        hashes: req.hashes,
        strictHashes: req.strictHashes && !lockedFiles(req),
        pre: req.pre || req.dep.locked !== undefined,
        preferBinary: req.preferBinary,
        formatControl: req.formatControl,
        files,
        target,
      });
      const outcome: TargetOutcome = { skipped: false, selection };
      if (selection.kind === 'sdist' && selection.file) {
        if (opts.analyze) outcome.check = await checkOnce(selection.file, req.hashes);
        else outcome.notAnalyzed = 'not analyzed (analysis is turned off)';
      }
      outcomes.push(outcome);
    }
    progress.resolved++;
    report();
    return judge({ name: req.displayName, sources: req.sources, outcomes });
  };

  let verdicts: Verdict[];
  try {
    verdicts = await Promise.all(requests.map(resolveOne));
  } finally {
    await client.close();
  }

  progress.phase = 'done';
  report();
  const stats = client.stats();
  return {
    root: opts.root,
    targets: opts.targets,
    manifests: files.map((f) => f.path),
    verdicts: mergeVerdicts(verdicts),
    diagnostics,
    stats: { requests: stats.requests, bytes: stats.bytes, retries: stats.retries, sdistsAnalyzed: checks.size, durationMs: Date.now() - started },
    secrets: client.secrets(),
  };
}

/** Dependencies that come to the same outcome (same name, same file per target) are one verdict. */
function mergeVerdicts(verdicts: Verdict[]): Verdict[] {
  const merged = new Map<string, Verdict>();
  for (const v of verdicts) {
    const key = JSON.stringify([v.name.toLowerCase().replace(/[-_.]+/g, '-'), v.status, v.targets.map((t) => [t.kind, t.version, t.file])]);
    const existing = merged.get(key);
    if (existing) {
      for (const s of v.sources) if (!existing.sources.some((e) => e.path === s.path && e.line === s.line)) existing.sources.push(s);
    } else merged.set(key, { ...v, sources: [...v.sources] });
  }
  return [...merged.values()].sort((a, b) => statusRank(b.status) - statusRank(a.status) || a.name.localeCompare(b.name) || (a.version ?? '').localeCompare(b.version ?? ''));
}

export interface InspectResult {
  /** As given on the command line. */
  path: string;
  suspicious: boolean;
  findings: AnalysisResult['findings'];
  limits: string[];
  /** Set when the input could not be read at all. */
  error?: string;
}

/** extract -> analyze for sdists a person downloaded: archives, unpacked directories or .py files. */
export async function inspect(paths: string[], shown: string[] = paths): Promise<InspectResult[]> {
  const results: InspectResult[] = [];
  for (const [i, file] of paths.entries()) {
    const path = shown[i] ?? file;
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        const contents = await readSdistDirectory(file);
        results.push(inspectResult(path, contents, analyzeContents(contents)));
      } else if (file.endsWith('.py') || file.endsWith('.pyw')) {
        const analysis = analyzeSource(decodeSource(new Uint8Array(await readFile(file))).text, basename(file));
        results.push({ path, suspicious: analysis.suspicious, findings: analysis.findings, limits: analysis.limits });
      } else {
        const contents = await readSdist(basename(file), createReadStream(file));
        results.push(inspectResult(path, contents, analyzeContents(contents)));
      }
    } catch (err) {
      results.push({ path, suspicious: false, findings: [], limits: [], error: `cannot read ${path}: ${(err as Error).message}` });
    }
  }
  return results;
}

function inspectResult(path: string, contents: SdistContents, analysis: AnalysisResult | undefined): InspectResult {
  const result: InspectResult = {
    path,
    suspicious: analysis?.suspicious ?? false,
    findings: analysis?.findings ?? [],
    limits: [...contents.limits, ...(analysis?.limits ?? [])],
  };
  if (contents.error) result.error = contents.error.includes(basename(path)) ? contents.error : `${path}: ${contents.error}`;
  return result;
}
