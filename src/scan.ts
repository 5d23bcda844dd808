// The pipeline, and the only place that knows the order of its stages:
// discover -> parse -> resolve -> select -> fetch -> extract -> analyze -> judge -> advise.
// Reporting is left to the entries (cli.ts, action.ts), which hand the result to src/report/.

import { stat } from 'node:fs/promises';
import { basename } from 'node:path';

import type { Dependency, Diagnostic, DistFile, PipOptions, ProjectPage, Selection, SourceRef, Target, Verdict } from './types.js';
import type { Options } from './options.js';
import { discover, PARSERS } from './manifests/discover.js';
import { pairLocks, type ParsedManifest } from './manifests/pairing.js';
import { binaryContent, readInsideRoot } from './manifests/safe-read.js';
import { IndexClient, type Download } from './index/client.js';
import { IndexError } from './index/errors.js';
import { MetadataReader } from './index/metadata.js';
import { maskDeep, redactUrl } from './index/redact.js';
import { manifestSecrets } from './manifests/secrets.js';
import { decodeSource, readSdist, readSdistDirectory, type ArchiveLimits, type SdistContents } from './archive/index.js';
import { ANALYZER_VERSION, analyzeSdist, analyzeSource, type AnalysisResult } from './analysis/index.js';
import { keepMetadata, openCache, trustedSha256, type AnalysisCache } from './cache/index.js';
import { CheckPool } from './offload/index.js';
import { evaluateMarker } from './python/markers.js';
import { distributionKind, parseWheelFilename } from './python/filenames.js';
import { wheelPriority } from './python/tags.js';
import { FormatControl } from './python/format-control.js';
import { selectFile } from './select.js';
import { environmentOf, resolveTransitive, resolveUnitsOf, unitKey, unitsToResolve, type Resolution, type TransitiveDependency } from './resolve/index.js';
import { judge, statusRank, type SdistCheck, type TargetOutcome } from './verdict.js';
import { compareWithBase } from './base-manifests.js';
import { markPreexisting, type ScopeReport } from './scope.js';
import { applyAllowList, todayUtc } from './allow.js';
import { checkAdvisories, type AdvisoryReport } from './advisories/index.js';
import { VERSION } from './version.js';
import { Deadline } from './deadline.js';
import { openRegularFile, readRegularFile } from './regular-file.js';

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
  /** With a cache directory: what it saved. */
  cache?: {
    /** Project pages used without a request while fresh. */
    pagesFresh: number;
    /** Project pages the index confirmed unchanged (304). */
    pagesRevalidated: number;
    /** sdists not downloaded because their analysis was kept under their hash. */
    analysesReused: number;
    /** Entries written: new analyses, new pages, pages confirmed again. */
    written: number;
  };
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
  /** What gates: everything, or (on a pull request) what it adds or changes. */
  scope: ScopeReport;
  /** The known-malware check of every name and version resolved (absent only in results made by hand). */
  advisories?: AdvisoryReport;
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
  /** The environment resolved transitively that this dependency is top-level in, if any. */
  graph?: string;
}

/** A fresh read also keeps the sdist's PKG-INFO (null: it has none) for the resolve stage. */
type SdistRead = SdistCheck & { pkgInfo?: string | null };

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
    r.graph ?? null,
  ]);
}

function buildRequests(
  parsed: Array<{ deps: Dependency[]; constraints: Dependency[]; options?: PipOptions; unit?: number }>,
  opts: Options,
  diagnostics: Diagnostic[],
): Request[] {
  const byKey = new Map<string, Request>();
  const seenSources = new Set<string>();
  for (const { deps, constraints, options, unit } of parsed) {
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
        graph: unit === undefined ? undefined : unitKey(unit, environmentOf(dep)),
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

/**
 * Reads the build-time files of an sdist, downloading it through the index client, unless the
 * cache holds the check of the very bytes the download would be verified against.
 */
async function checkSdist(
  client: IndexClient,
  file: DistFile,
  hashes: string[],
  limits: ArchiveLimits,
  cache: { analyses: AnalysisCache; reused: number } | undefined,
  pool: CheckPool,
): Promise<SdistRead> {
  if (!file.url) return { error: `the lock names no URL for ${file.filename}`, findings: [], suspicious: false, limits: [] };
  const trusted = cache ? trustedSha256(file, hashes) : undefined;
  if (cache && trusted) {
    const kept = await cache.analyses.get(trusted, file.filename);
    if (kept) {
      cache.reused++;
      return kept;
    }
  }
  let check: SdistRead;
  let body: Download;
  try {
    body = client.download(file, { maxBytes: limits.maxDownloadBytes, hashes: hashes.length ? hashes : undefined });
    check = await pool.check(file.filename, body, limits, file.size);
  } catch (err) {
    const message = err instanceof IndexError || err instanceof Error ? err.message : String(err);
    return { error: message, findings: [], suspicious: false, limits: [] };
  }
  // Only a read that ran to the end and matched the trusted hash is kept: digests are set then.
  // The cache is written to disk (and may be shared): what the sdist quotes of a credential is masked.
  if (cache && trusted && body.digests?.sha256 === trusted) await cache.analyses.put(trusted, file.filename, maskDeep(check, client.secrets()));
  return check;
}

/** An sdist's PKG-INFO alone, for when its analysis came from the cache without it. */
async function readPkgInfo(client: IndexClient, file: DistFile, hashes: string[], limits: ArchiveLimits): Promise<{ pkgInfo?: string; error?: string }> {
  try {
    const contents = await readSdist(file.filename, client.download(file, { maxBytes: limits.maxDownloadBytes, hashes: hashes.length ? hashes : undefined }), limits);
    if (contents.error) return { error: contents.error };
    return { pkgInfo: contents.files.get('PKG-INFO') };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

function analyzeContents(contents: SdistContents): AnalysisResult | undefined {
  if (contents.error) return undefined;
  return analyzeSdist(contents.files, { data: contents.data, encodings: contents.encodings });
}

export async function scan(opts: Options, hooks: ScanHooks = {}): Promise<ScanResult> {
  const started = Date.now();
  const progress: Progress = { phase: 'discover', resolved: 0, total: 0, analyzed: 0, toAnalyze: 0 };
  const report = () => hooks.onProgress?.({ ...progress });
  report();

  // discover + parse
  const { files, diagnostics } = await discover(opts.paths, opts.root);
  const ctx = { root: opts.root, readFile: readInsideRoot(opts.root), env: opts.env };
  const manifests: ParsedManifest[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = (await readRegularFile(file.absPath)).toString('utf8');
    } catch (err) {
      diagnostics.push({ severity: 'error', path: file.path, message: `cannot read ${file.path}: ${(err as Error).message}` });
      continue;
    }
    const binary = binaryContent(text);
    if (binary) {
      diagnostics.push({ severity: 'error', path: file.path, line: binary.line, message: binary.message });
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
  // manifests that are not complete locks are resolved transitively: each one an environment
  const toResolve = opts.transitive ? unitsToResolve(manifests, paired.units) : new Map<number, { label?: string }>();
  const parsed = paired.units.map((u, i) => ({ deps: u.dependencies, constraints: u.constraints, options: u.options, ...(toResolve.has(i) ? { unit: i } : {}) }));

  // scope: on a pull request, which declarations it adds or changes compared with its base
  const scope = await compareWithBase(opts, files, parsed);

  const requests = buildRequests(parsed, opts, diagnostics);
  progress.phase = 'resolve';
  progress.total = requests.length;
  report();

  // An analysis depends on the analyzer, on the reader and on the limits it ran under.
  const cache = opts.cacheDir
    ? openCache(opts.cacheDir, JSON.stringify([ANALYZER_VERSION, VERSION, opts.limits.archive]), { secrets: () => client.secrets() })
    : undefined;
  const client: IndexClient = new IndexClient({
    // what `${VAR}` brought in, and credentials written into the manifests' URLs
    secrets: manifestSecrets(manifests.map((m) => m.result)),
    indexUrl: opts.indexUrl,
    extraIndexUrls: opts.extraIndexUrls,
    concurrency: opts.concurrency,
    timeoutMs: opts.timeoutMs,
    retries: opts.limits.retries,
    maxPageBytes: opts.limits.maxPageBytes,
    maxRetryAfterMs: opts.limits.maxRetryAfterMs,
    credentials: opts.credentials,
    userAgent: `sdist-guard/${VERSION} (+https://github.com/sdist-guard/sdist-guard)`,
    pageStore: cache?.pages,
  });
  const analysisCache = cache ? { analyses: cache.analyses, reused: 0 } : undefined;
  const pool = new CheckPool();

  // fetch + extract + analyze once per sdist file, however many dependencies and targets select it
  const checks = new Map<string, Promise<SdistCheck>>();
  const checkOnce = (file: DistFile, hashes: string[]): Promise<SdistCheck> => {
    const key = `${file.url}\0${[...hashes].sort().join(',')}`;
    let p = checks.get(key);
    if (!p) {
      progress.toAnalyze++;
      p = checkSdist(client, file, hashes, opts.limits.archive, analysisCache, pool).finally(() => {
        progress.analyzed++;
        report();
      });
      checks.set(key, p);
    }
    return p;
  };

  const outcomeOf = async (selection: Selection, hashes: string[]): Promise<TargetOutcome> => {
    const outcome: TargetOutcome = { skipped: false, selection };
    if (selection.kind === 'sdist' && selection.file) {
      if (opts.analyze) outcome.check = await checkOnce(selection.file, hashes);
      else outcome.notAnalyzed = 'not analyzed (analysis is turned off)';
    }
    return outcome;
  };

  // The resolve stage reads an sdist's PKG-INFO from the same download its analysis reads.
  const pkgInfos = new Map<string, Promise<{ pkgInfo?: string; error?: string }>>();
  const pkgInfoOf = async (file: DistFile, hashes: string[]): Promise<{ pkgInfo?: string; error?: string }> => {
    const check: SdistRead = await checkOnce(file, hashes);
    if (check.pkgInfo !== undefined || check.error) return { pkgInfo: check.pkgInfo ?? undefined, error: check.error };
    // a kept analysis without its PKG-INFO (the cache may predate it): read that alone, once
    const key = `${file.url}\0${[...hashes].sort().join(',')}`;
    let p = pkgInfos.get(key);
    if (!p) {
      p = readPkgInfo(client, file, hashes, opts.limits.archive);
      pkgInfos.set(key, p);
    }
    return p;
  };
  const metadata = new MetadataReader(client);
  let resolution: Resolution | undefined;

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
      const resolved = req.graph === undefined ? undefined : resolution?.selectionFor(req.graph, opts.targets.indexOf(target), req.name);
      if (resolved) {
        outcomes.push(await outcomeOf(resolved, req.hashes));
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
      outcomes.push(await outcomeOf(selection, req.hashes));
    }
    progress.resolved++;
    report();
    return judge({ name: req.displayName, sources: req.sources, outcomes });
  };

  const transitiveOne = async (dep: TransitiveDependency): Promise<Verdict> => {
    const outcomes: TargetOutcome[] = [];
    for (const [t, target] of opts.targets.entries()) {
      const selection = dep.selections[t];
      if (selection) outcomes.push(await outcomeOf(selection, dep.hashes));
      else outcomes.push({ skipped: true, python: target.python, platform: target.platform, reason: 'nothing pulls it in on this target' });
    }
    progress.resolved++;
    report();
    return judge({ name: dep.displayName, sources: dep.sources, outcomes, via: dep.via });
  };

  // The scan's deadline: what is not decided when it passes is unresolved, and what runs is stopped.
  const deadline = new Deadline(opts.deadlineMs, started);
  deadline.whenExpired(() => {
    client.close().catch(() => {});
    pool.close().catch(() => {});
  });
  let late = 0;
  const undecided = (name: string, sources: SourceRef[], via?: string[]): Verdict => {
    late++;
    const outcomes: TargetOutcome[] = opts.targets.map((target) => ({ skipped: false, selection: { target, kind: 'none', reason: deadline.reason() } }));
    return judge({ name, sources, outcomes, ...(via ? { via } : {}) });
  };

  let verdicts: Verdict[];
  try {
    // resolve: what pip would install besides what the manifests name, per environment and target
    resolution = await deadline.race(
      resolveTransitive(
        parsed.flatMap((p, i) => (p.unit === undefined ? [] : resolveUnitsOf(i, p, toResolve.get(i)?.label, opts))),
        opts.targets,
        {
          getProject: (name, indexUrls) => client.getProject(name, indexUrls),
          readMetadata: keepMetadata(cache?.disk, (file, project) => metadata.read(file, project)),
          ...(opts.analyze ? { readSdist: pkgInfoOf } : {}),
        },
      ),
    );
    if (resolution) {
      diagnostics.push(...resolution.diagnostics);
      progress.total += resolution.transitive.length;
      report();
    }
    const found = resolution;
    verdicts = found
      ? await Promise.all([
          ...requests.map(async (r) => (await deadline.race(resolveOne(r))) ?? undecided(r.displayName, r.sources)),
          ...found.transitive.map(async (d) => (await deadline.race(transitiveOne(d))) ?? undecided(d.displayName, d.sources, d.via)),
        ])
      : requests.map((r) => undecided(r.displayName, r.sources));
    if (deadline.expired) {
      diagnostics.push({
        severity: 'warning',
        path: '',
        message: `the scan's deadline of ${Math.round(opts.deadlineMs / 1000)} s passed: ${late} dependenc${late === 1 ? 'y was' : 'ies were'} not decided and ${late === 1 ? 'is' : 'are'} unresolved${found ? '' : ', and what the manifests pull in was not followed'}`,
      });
    }
  } finally {
    deadline.clear();
    await client.close();
    await pool.close();
  }
  // advise: every name and version pip would install (wheel or sdist, on every target), against known-malware records
  const advised = await checkAdvisories(verdicts, opts, cache?.advisories, started);
  diagnostics.push(...advised.diagnostics);
  if (cache) {
    await cache.disk.flush();
    const problems = cache.disk.problems();
    if (problems.length > 0)
      diagnostics.push({ severity: 'warning', path: '', message: `the cache in ${opts.cacheDir} could not be used fully (${problems[0]}); results were computed anew` });
  }

  // judge, last word: what the pull request did not change, and what the allow list accepts, does not gate
  const judged = applyAllowList(markPreexisting(mergeVerdicts(advised.verdicts), scope.changed), opts.allow, todayUtc());
  diagnostics.push(...judged.diagnostics);

  progress.phase = 'done';
  report();
  const stats = client.stats();
  const secrets = [...new Set([...client.secrets(), ...advised.secrets])];
  return {
    root: opts.root,
    targets: opts.targets,
    manifests: files.map((f) => f.path),
    // Masked here, before any reporter escapes or shortens a string, which could split a secret
    // into pieces no later mask would recognize.
    verdicts: maskDeep(judged.verdicts, secrets),
    diagnostics: maskDeep(diagnostics, secrets),
    stats: {
      requests: stats.requests + advised.report.requests,
      bytes: stats.bytes + advised.bytes,
      retries: stats.retries,
      sdistsAnalyzed: checks.size,
      durationMs: Date.now() - started,
      ...(analysisCache ? { cache: { pagesFresh: stats.pagesFromCache, pagesRevalidated: stats.pagesRevalidated, analysesReused: analysisCache.reused, written: cache!.disk.stats().writes } } : {}),
    },
    secrets,
    scope: maskDeep(scope.report, secrets),
    advisories: advised.report,
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
export async function inspect(paths: string[], shown: string[] = paths, limits?: ArchiveLimits): Promise<InspectResult[]> {
  const results: InspectResult[] = [];
  for (const [i, file] of paths.entries()) {
    const path = shown[i] ?? file;
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        const contents = await readSdistDirectory(file, limits);
        results.push(inspectResult(path, contents, analyzeContents(contents)));
      } else if (file.endsWith('.py') || file.endsWith('.pyw')) {
        const decoded = decodeSource(new Uint8Array(await readRegularFile(file)), { tokenize: basename(file) === 'setup.py' });
        const analysis = analyzeSource(decoded.text, basename(file), decoded.encoding);
        results.push({ path, suspicious: analysis.suspicious, findings: analysis.findings, limits: analysis.limits });
      } else {
        // only a regular file: a FIFO or a device would block the read, or never end
        const handle = await openRegularFile(file);
        let contents: SdistContents;
        try {
          contents = await readSdist(basename(file), handle.createReadStream(), limits);
        } finally {
          await handle.close().catch(() => {});
        }
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
