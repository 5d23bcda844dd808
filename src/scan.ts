// The pipeline, and the only place that knows the order of its stages:
// discover -> parse -> resolve -> select -> fetch -> extract -> analyze -> judge -> advise.
// Reporting is left to the entries (cli.ts, action.ts), which hand the result to src/report/.

import { stat } from 'node:fs/promises';
import { basename } from 'node:path';

import type { Dependency, Diagnostic, DistFile, ProjectPage, Selection, SourceRef, Target, Verdict } from './types.js';
import type { Options } from './options.js';
import { discover, PARSERS } from './manifests/discover.js';
import { pairLocks, type ParsedManifest } from './manifests/pairing.js';
import { binaryContent, readInsideRoot } from './manifests/safe-read.js';
import { IndexClient, PRIORITY, type Download } from './index/client.js';
import { IndexError } from './index/errors.js';
import { MetadataReader } from './index/metadata.js';
import { maskDeep, redactUrl } from './index/redact.js';
import { manifestSecrets } from './manifests/secrets.js';
import type { ArchiveLimits, SdistContents } from './archive/index.js';
import type { AnalysisResult } from './analysis/index.js';
import { ANALYZER_VERSION } from './analysis/version.js';
import { keepMetadata, openCache, scanKey, trustedSha256, type AnalysisCache } from './cache/index.js';
import { CheckPool } from './offload/pool.js';
import { distributionKind } from './python/filenames.js';
import { selectFile } from './select.js';
import { environmentOf, resolveTransitive, resolveUnitsOf, unitsToResolve, type Resolution, type ResolveServices, type ResolveUnit, type SdistFacts, type TransitiveDependency } from './resolve/index.js';
import type { UnitPip } from './resolve/units.js';
import type { Declarations } from './analysis/declared.js';
import type { DirectCheck } from './direct/index.js';
import { declaredDependencies, InvalidMetadata, parseCoreMetadata } from './python/metadata.js';
import type { NodeDependencies } from './resolve/graph.js';
import { mapInTurns } from './turns.js';
import { byText } from './text-order.js';
import { BuildClosure, buildRequirementsAhead, buildUnit, limitJob, planBuild, type BuildJob, type Entry } from './closure.js';
import { judge, statusRank, type SdistCheck, type TargetOutcome } from './verdict.js';
import { compareWithBase } from './base-manifests.js';
import { markPreexisting, type ScopeReport } from './scope.js';
import { applyAllowList, todayUtc } from './allow.js';
import { AdvisoryCheck, installedPairs, type AdvisoryReport, type Pair } from './advisories/index.js';
import { VERSION } from './version.js';
import { wheelPin } from './pin.js';
import { buildRequests, joinSpecifiers, lockedFiles, markerApplies, pinnedPairs, pipOf, selectDirect, type Request } from './requests.js';
import { normalizeName } from './python/names.js';
import { isPrerelease } from './python/version.js';
import { Deadline } from './deadline.js';
import { openRegularFile, readRegularFile } from './regular-file.js';

/**
 * The archive readers and the analyzer, loaded on first use: a scan whose checks all come from the
 * cache (or all run on the analysis worker) never loads them on this thread.
 */
function readers() {
  return (loadedReaders ??= (async () => {
    const { decodeSource, readSdist, readSdistDirectory } = await import('./archive/index.js');
    const { analyzeSdist, analyzeSource, stripTopDirectory } = await import('./analysis/index.js');
    const { declaredRequirements } = await import('./analysis/declared.js');
    return { decodeSource, readSdist, readSdistDirectory, analyzeSdist, analyzeSource, stripTopDirectory, declaredRequirements };
  })());
}
let loadedReaders: Promise<Readers> | undefined;
type Readers = Pick<typeof import('./archive/index.js'), 'decodeSource' | 'readSdist' | 'readSdistDirectory'> &
  Pick<typeof import('./analysis/index.js'), 'analyzeSdist' | 'analyzeSource' | 'stripTopDirectory'> &
  Pick<typeof import('./analysis/declared.js'), 'declaredRequirements'>;

export interface Progress {
  phase: 'discover' | 'resolve' | 'analyze' | 'done';
  resolved: number;
  total: number;
  /** Project pages read from the indexes so far (the transitive resolution reads many before any dependency is decided). */
  pages: number;
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
    /** Entries written: new analyses, new pages, pages confirmed again, the scan's decisions. */
    written: number;
    /**
     * Set when the decisions of an earlier scan of the same inputs were used, every page it read
     * still fresh and unchanged in the cache: when that scan ran (ISO 8601).
     */
    decisionsFrom?: string;
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

/**
 * A fresh read also keeps the sdist's PKG-INFO (null: it has none) for the resolve stage, and
 * what its build files declare for the build-time closure.
 */
type SdistRead = SdistCheck & { pkgInfo?: string | null; declared?: Declarations };

/** Bumped when what a kept analysis must hold changes (the declarations of the build files). */
const KEPT_CHECK_VERSION = 2;

/** The shape of what deciding keeps for the next scan (src/cache/scans.ts); another one is not read. */
const KEPT_SCAN_VERSION = 1;

/**
 * Everything a scan's decisions are made from, but the index pages and the files bound to a hash:
 * the code that decides, the manifests as parsed (their environment variables and included files
 * applied), the requests built from them, and the options that reach resolution and analysis.
 * Credentials count by host only: a digest of a secret is not kept.
 */
function decisionInputs(parsed: unknown, toResolve: Map<number, { label?: string }>, requests: Request[], opts: Options): unknown {
  return {
    code: [ANALYZER_VERSION, VERSION, KEPT_CHECK_VERSION, KEPT_SCAN_VERSION],
    root: opts.root,
    targets: opts.targets,
    analyze: opts.analyze,
    transitive: opts.transitive,
    limits: opts.limits,
    indexes: [opts.indexUrl, ...opts.extraIndexUrls],
    credentialHosts: Object.keys(opts.credentials).sort(),
    parsed,
    toResolve: [...toResolve],
    requests,
  };
}

/** What a fetched direct reference depends on: its PKG-INFO where binding, else what its build files state. */
function directDependencies(fetched: DirectCheck): NodeDependencies | undefined {
  if ('unresolved' in fetched || fetched.check.error) return undefined;
  const { pkgInfo, declared } = fetched.check as SdistRead;
  if (pkgInfo) {
    try {
      const found = declaredDependencies(parseCoreMetadata(pkgInfo, `${fetched.file.filename}/PKG-INFO`), 'sdist');
      if (found.known) return found;
    } catch (err) {
      if (!(err instanceof InvalidMetadata)) throw err;
    }
  }
  const install = declared?.install;
  return install ? { known: true, requirements: install.requirements, extras: install.extras, from: install.from } : undefined;
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

/** An sdist's PKG-INFO and declarations alone, for when its analysis came from the cache without them. */
async function readPkgInfo(client: IndexClient, file: DistFile, hashes: string[], limits: ArchiveLimits): Promise<{ pkgInfo?: string; error?: string; declared?: Declarations }> {
  try {
    const { readSdist, declaredRequirements, stripTopDirectory } = await readers();
    const contents = await readSdist(file.filename, client.download(file, { maxBytes: limits.maxDownloadBytes, hashes: hashes.length ? hashes : undefined }), limits);
    if (contents.error) return { error: contents.error };
    return { pkgInfo: contents.files.get('PKG-INFO'), declared: declaredRequirements(stripTopDirectory(contents.files)) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

async function analyzeContents(contents: SdistContents): Promise<AnalysisResult | undefined> {
  if (contents.error) return undefined;
  const { analyzeSdist } = await readers();
  return analyzeSdist(contents.files, { data: contents.data, encodings: contents.encodings });
}

export async function scan(opts: Options, hooks: ScanHooks = {}): Promise<ScanResult> {
  const started = Date.now();
  const progress: Progress = { phase: 'discover', resolved: 0, total: 0, pages: 0, analyzed: 0, toAnalyze: 0 };
  const report = () => hooks.onProgress?.({ ...progress });
  report();

  // discover + parse
  const { files, diagnostics } = await discover(opts.paths, opts.root, opts.exclude);
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
    ? openCache(opts.cacheDir, JSON.stringify([ANALYZER_VERSION, VERSION, opts.limits.archive, KEPT_CHECK_VERSION]), { secrets: () => client.secrets() })
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
  // advise: asked as soon as versions are known, while the rest of the scan goes on
  const advisor = new AdvisoryCheck(opts, cache?.advisories, started);
  // what a lock or an exact pin names is known before anything is read
  advisor.ask(pinnedPairs(requests));

  // What an sdist's build installs is looked up as soon as its build files are read, while the
  // other requests are still out, not when the closure gets to it: only where every line of the
  // manifests looks things up on the same indexes, the ones its build environment reads.
  const lookups = new Set(requests.map((r) => JSON.stringify(r.indexUrls)));
  const lookAheadIndexes = opts.transitive && opts.analyze && lookups.size === 1 ? requests[0]!.indexUrls : undefined;
  const lookAhead = (check: SdistRead): void => {
    if (!lookAheadIndexes || !check.declared) return;
    const pip = pipOf(requests[0]!);
    for (const { name, specifier } of buildRequirementsAhead(check.declared)) {
      client.getProject(name, lookAheadIndexes, { priority: PRIORITY.followUp }).then(
        (page) => {
          // the metadata of the file each target most likely takes, where the index serves it as a file
          for (const target of opts.targets) {
            const likely = selectFile({ name, specifier, hashes: [], strictHashes: false, pre: pip.pre, releaseControl: pip.releaseControl, preferBinary: pip.preferBinary, formatControl: pip.formatControl, files: page.files, target });
            if (likely.kind === 'wheel' && likely.file?.coreMetadata) services.readMetadata(likely.file, name).catch(() => {});
            advisor.soon(pickedPairs(name, likely));
          }
        },
        () => {},
      );
    }
  };

  // Reads a later scan could see differently: a file not bound to a SHA-256, a check that failed.
  // A scan with any is not kept for the next one to use (src/cache/scans.ts), nor one with a
  // dependency left unresolved (a metadata read that failed, among others). Reads made ahead, in
  // case they are needed, count only when they need a file with no SHA-256: their failures (the
  // client closing under them) change nothing.
  let unsettled = 0;

  // fetch + extract + analyze once per sdist file, however many dependencies and targets select it
  const checks = new Map<string, Promise<SdistRead>>();
  const checkOnce = (file: DistFile, hashes: string[]): Promise<SdistRead> => {
    const key = `${file.url}\0${[...hashes].sort().join(',')}`;
    let p = checks.get(key);
    if (!p) {
      progress.toAnalyze++;
      if (!trustedSha256(file, hashes)) unsettled++;
      p = checkSdist(client, file, hashes, opts.limits.archive, analysisCache, pool).finally(() => {
        progress.analyzed++;
        report();
      });
      p.then((check) => void (check.error !== undefined && unsettled++), () => void unsettled++);
      p.then(lookAhead, () => {});
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
  const pkgInfos = new Map<string, Promise<{ pkgInfo?: string; error?: string; declared?: Declarations }>>();
  const pkgInfoOf = async (file: DistFile, hashes: string[]): Promise<SdistFacts> => {
    const check: SdistRead = await checkOnce(file, hashes);
    const facts = (read: { pkgInfo?: string | null; error?: string; declared?: Declarations }): SdistFacts => ({
      pkgInfo: read.pkgInfo ?? undefined,
      error: read.error,
      ...(read.declared?.install ? { declared: read.declared.install } : {}),
      ...(read.declared?.unread.length ? { unread: read.declared.unread } : {}),
    });
    if ((check.pkgInfo !== undefined && check.declared) || check.error) return facts(check);
    // a kept analysis without its PKG-INFO (the cache may predate it): read that alone, once
    const key = `${file.url}\0${[...hashes].sort().join(',')}`;
    let p = pkgInfos.get(key);
    if (!p) {
      p = readPkgInfo(client, file, hashes, opts.limits.archive);
      pkgInfos.set(key, p);
    }
    return facts(await p);
  };
  const metadata = new MetadataReader(client);

  // direct references: once per URL (and the file that names a relative path)
  const directs = new Map<string, Promise<DirectCheck>>();
  const directOnce = (dep: Dependency): Promise<DirectCheck> => {
    const key = JSON.stringify([dep.direct!.url, dep.direct!.kind === 'path' ? dep.source.path : '', [...dep.hashes].sort()]);
    let p = directs.get(key);
    if (!p) {
      progress.toAnalyze++;
      // loaded with the first reference by URL or path: with git's runner, which a scan without one never needs
      p = import('./direct/index.js')
        .then(({ checkDirect }) =>
          checkDirect(dep, {
            root: opts.root,
            limits: opts.limits.archive,
            checkoutTimeoutMs: opts.timeoutMs * 4,
            download: (file, hashes) => checkOnce(file, hashes),
          }),
        )
        .catch((err: unknown): DirectCheck => ({ unresolved: `not checked: ${redactUrl(dep.direct!.url)} could not be read (${(err as Error).message})` }))
        .finally(() => {
          progress.analyzed++;
          report();
        });
      directs.set(key, p);
    }
    return p;
  };
  let resolution: Resolution | undefined;

  const resolveOne = async (req: Request): Promise<Entry> => {
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
        const chosen = selectDirect(req, target);
        if (chosen.skipped || chosen.selection.kind !== 'sdist' || !opts.analyze) {
          outcomes.push(chosen);
          continue;
        }
        // fetched and analyzed like any sdist; what cannot be fetched is not checked, and says so
        const fetched = await directOnce(req.dep);
        if ('unresolved' in fetched) outcomes.push({ skipped: false, selection: { target, kind: 'none', reason: fetched.unresolved } });
        else outcomes.push({ skipped: false, selection: { ...chosen.selection, file: fetched.file }, check: fetched.check });
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
        // a lock's exact version is installed whatever kind of release it is
        ...(req.releaseControl && !req.dep.locked ? { releaseControl: req.releaseControl } : {}),
        preferBinary: req.preferBinary,
        formatControl: req.formatControl,
        files,
        target,
      });
      outcomes.push(await outcomeOf(selection, req.hashes));
    }
    progress.resolved++;
    report();
    const label = req.graph === undefined ? undefined : toResolve.get(Number(req.graph.split('/')[0]))?.label;
    const pip = pipOf(req);
    return {
      name: req.name,
      displayName: req.displayName,
      sources: req.sources,
      // a lock that records its graph says how a package it alone names is reached
      ...(req.dep.via ? { via: req.dep.via } : {}),
      // a lock's version stands where markers exclude the package on every target
      ...(req.dep.locked ? { version: req.dep.locked.version } : {}),
      chain: [...(label && environmentOf(req.dep) === 'install' ? [label] : []), req.displayName],
      outcomes,
      pip,
      ancestors: [],
    };
  };

  const transitiveOne = async (dep: TransitiveDependency, pip: UnitPip, ancestors: string[] = []): Promise<Entry> => {
    const outcomes: TargetOutcome[] = [];
    for (const [t, target] of opts.targets.entries()) {
      const selection = dep.selections[t];
      if (selection) outcomes.push(await outcomeOf(selection, dep.hashes));
      else outcomes.push({ skipped: true, python: target.python, platform: target.platform, reason: 'nothing pulls it in on this target' });
    }
    progress.resolved++;
    report();
    return { name: dep.name, displayName: dep.displayName, sources: dep.sources, via: dep.via, chain: dep.via, outcomes, pip, ancestors };
  };

  const services: ResolveServices = {
    getProject: (name, indexUrls, followUp) =>
      client.getProject(name, indexUrls, { priority: followUp ? PRIORITY.followUp : PRIORITY.page }).finally(() => {
        progress.pages++;
        report();
      }),
    // what the walk picks is asked about at once, not once the walk and the builds have ended
    picked: (name, selection) => advisor.soon(pickedPairs(name, selection)),
    readMetadata: keepMetadata(cache?.disk, (file, project) => {
      // kept by keepMetadata under the same hash: without one, a later read may differ
      if (trustedSha256(file, []) === undefined) unsettled++;
      return metadata.read(file, project);
    }),
    ...(opts.analyze ? { readSdist: pkgInfoOf } : {}),
  };

  // The build-time closure: every sdist pip would build makes it install that sdist's build
  // requirements first, resolved from the same indexes, some of them sdists built in turn. Each
  // build starts as soon as the entry that needs it is decided (BuildClosure), and ends when no
  // build learns a new one.
  let environments = 0;

  /** One sdist's build environment: resolved, checked, its entries returned (or why it stops here). */
  const runBuild = async (job: BuildJob): Promise<Entry[]> => {
    const { entry, file } = job;
    const plan = planBuild(job, environments);
    const source = entry.sources[0];
    for (const message of plan.warnings) diagnostics.push({ severity: 'warning', path: source?.path ?? '', ...(source ? { line: source.line } : {}), message });
    if (plan.limit) limitJob(job, plan.limit);
    if (!plan.requirements) return [];
    const requirements = plan.requirements;
    environments++;
    const { unit, invalid } = buildUnit(job, `build:${environments}`, requirements);
    for (const bad of invalid) limitJob(job, `its build requirement ${bad} cannot be read; pip would stop`);
    const targets = job.targets.map((t) => opts.targets[t]!);
    const built = await resolveTransitive([unit], targets, services);
    diagnostics.push(...built.diagnostics);
    const ancestors = [...entry.ancestors, file.url];
    const entries: Entry[] = [];
    for (const dep of built.transitive) {
      // back to the scan's targets: nothing on a target where this sdist is not the one built
      const selections = opts.targets.map((_, t) => {
        const i = job.targets.indexOf(t);
        return i === -1 ? undefined : dep.selections[i];
      });
      entries.push(await transitiveOne({ ...dep, sources: entry.sources, selections }, entry.pip, ancestors));
    }
    for (const dep of unit.dependencies.filter((d) => d.direct)) {
      entries.push(await directBuildEntry(dep, entry, ancestors, job.targets));
    }
    progress.total += entries.length;
    report();
    advisor.ask(installedPairs(entries));
    return entries;
  };

  /** A build requirement given by URL: fetched and checked like a direct reference in a manifest. */
  const directBuildEntry = async (dep: Dependency, entry: Entry, ancestors: string[], on: number[]): Promise<Entry> => {
    const shown = redactUrl(dep.direct!.url);
    const isWheel = dep.direct!.kind !== 'vcs' && distributionKind(basename(dep.direct!.url.split(/[?#]/)[0]!)) === 'wheel';
    const fetched: DirectCheck | undefined =
      dep.direct!.kind === 'path'
        ? { unresolved: `not checked: pip would build the build requirement ${dep.displayName} from the path ${shown}, relative to a build directory` }
        : isWheel
          ? undefined
          : await directOnce(dep);
    const outcomes: TargetOutcome[] = opts.targets.map((target, t) => {
      if (!on.includes(t)) return { skipped: true, python: target.python, platform: target.platform, reason: 'nothing pulls it in on this target' };
      if (!fetched) return { skipped: false, selection: { target, kind: 'wheel', reason: `a build requirement given by URL, to the wheel ${shown}` } };
      if ('unresolved' in fetched) return { skipped: false, selection: { target, kind: 'none', reason: fetched.unresolved } };
      return { skipped: false, selection: { target, kind: 'sdist', file: fetched.file, reason: `a build requirement given by URL (${shown}), always built from source` }, check: fetched.check };
    });
    const via = [...entry.chain, `(build) ${dep.displayName}`];
    return { name: dep.name, displayName: dep.displayName, sources: entry.sources, via, chain: via, outcomes, pip: entry.pip, ancestors };
  };

  // The scan's deadline: what is not decided when it passes is unresolved, and what runs is stopped.
  const deadline = new Deadline(opts.deadlineMs, started);
  deadline.whenExpired(() => {
    client.close().catch(() => {});
    pool.close().catch(() => {});
  });
  let late = 0;
  const undecided = (name: string, displayName: string, sources: SourceRef[], pip: UnitPip, via?: string[]): Entry => {
    late++;
    const outcomes: TargetOutcome[] = opts.targets.map((target) => ({ skipped: false, selection: { target, kind: 'none', reason: deadline.reason() } }));
    return { name, displayName, sources, ...(via ? { via } : {}), chain: via ?? [displayName], outcomes, pip, ancestors: [] };
  };

  // A scan of these very inputs whose pages are all still the fresh copies it read would decide
  // the same (src/cache/scans.ts): what it decided is used, and nothing is asked or read anew.
  // Not with references by URL or path: what they point at is read anew by every scan.
  const keptKey = cache && !parsed.some((p) => [...p.deps, ...p.constraints].some((d) => d.direct)) ? scanKey(decisionInputs(parsed, toResolve, requests, opts)) : undefined;
  const kept = keptKey ? await cache!.scans.get(keptKey) : undefined;
  const decidedFrom = diagnostics.length;

  let entries: Entry[] = [];
  let verdicts: Verdict[] = [];
  let decided = false;
  let stopping: Promise<void> | undefined;
  try {
    if (kept) {
      // decided by an earlier scan of the same inputs, from the same copies of the same pages
      verdicts = kept.verdicts;
      diagnostics.push(...kept.diagnostics);
      progress.resolved = progress.total;
      report();
    } else {
      // resolve: what pip would install besides what the manifests name, per environment and target
      const units = parsed.flatMap((p, i) => (p.unit === undefined ? [] : resolveUnitsOf(i, p, toResolve.get(i)?.label, opts)));
      const unitsByKey = new Map<string, ResolveUnit>(units.map((u) => [u.key, u]));
      // a direct reference is fetched first: what it declares is then followed like any dependency's
      if (opts.analyze) {
        const known = new Map<Dependency, NodeDependencies>();
        const fetched = units.flatMap((u) => u.dependencies).filter((d) => d.direct && !(d.direct.kind !== 'vcs' && distributionKind(basename(d.direct.url.split(/[?#]/)[0]!)) === 'wheel'));
        await deadline.race(
          Promise.all(
            fetched.map(async (d) => {
              const found = directDependencies(await directOnce(d));
              if (found) known.set(d, found);
            }),
          ),
        );
        services.directDependencies = (dep) => known.get(dep);
      }
      resolution = await deadline.race(resolveTransitive(units, opts.targets, services));
      if (resolution) {
        diagnostics.push(...resolution.diagnostics);
        progress.total += resolution.transitive.length;
        report();
      }
      const found = resolution;
      // with --no-transitive only what the files name is checked, their builds' requirements included
      const closure = found && opts.transitive && opts.analyze ? new BuildClosure(runBuild) : undefined;
      const follow = (entry: Entry): Entry => closure?.follow(entry) ?? entry;
      // in slices, a turn apart: the first pages asked for go out while the rest are being asked for
      entries = found
        ? await mapInTurns<() => Promise<Entry>, Entry>(
            [
              ...requests.map((r) => async () => follow((await deadline.race(resolveOne(r))) ?? undecided(r.name, r.displayName, r.sources, pipOf(r)))),
              ...found.transitive.map((d) => async () => {
                const pip = unitsByKey.get(d.unit)!.pip;
                return follow((await deadline.race(transitiveOne(d, pip))) ?? undecided(d.name, d.displayName, d.sources, pip, d.via));
              }),
            ],
            (decide) => decide(),
          )
        : requests.map((r) => undecided(r.name, r.displayName, r.sources, pipOf(r)));
      advisor.ask(installedPairs(entries));
      if (closure) {
        const done = await deadline.race(closure.settled());
        entries.push(...closure.learned);
        // builds the deadline cut short are not followed, and their dependents say so
        if (done === undefined) for (const job of closure.pending) limitJob(job, `its build requirements were not followed: ${deadline.reason()}`);
      }
      verdicts = entries.map((e) =>
        judge({ name: e.displayName, sources: e.sources, outcomes: e.outcomes, ...(e.via ? { via: e.via } : {}), ...(e.version !== undefined ? { version: e.version } : {}) }),
      );
      // while the client still holds the pages it read: the version to pin instead of an sdist
      if (!deadline.expired) await deadline.race(addWheelPins(verdicts, requests, client, opts));
      if (deadline.expired) {
        diagnostics.push({
          severity: 'warning',
          path: '',
          message: `the scan's deadline of ${Math.round(opts.deadlineMs / 1000)} s passed: ${late} dependenc${late === 1 ? 'y was' : 'ies were'} not decided and ${late === 1 ? 'is' : 'are'} unresolved${found ? '' : ', and what the manifests pull in was not followed'}`,
        });
      }
    }
    decided = true;
  } finally {
    deadline.clear();
    await client.close();
    // the worker ends while the advisories, the cache and the verdicts are finished
    stopping = pool.close();
    if (!decided) {
      await stopping;
      await advisor.close();
    }
  }
  // kept only when everything deciding read is known again: by its hash, or as the page copy it was
  // (while the advisories are asked: the stages after this make new verdicts, never change these)
  let keeping: Promise<unknown> | undefined;
  if (cache && keptKey && !kept && decided && !deadline.expired && unsettled === 0 && directs.size === 0 && cache.disk.problems().length === 0 && !verdicts.some((v) => v.status === 'unresolved')) {
    const pages = client.pagesKeptFresh();
    if (pages) keeping = cache.scans.put(keptKey, { verdicts, diagnostics: diagnostics.slice(decidedFrom), sdistsAnalyzed: checks.size }, pages);
  }
  // advise: every name and version pip would install (wheel or sdist, on every target), against known-malware records
  const advised = await advisor.finish(verdicts);
  diagnostics.push(...advised.diagnostics);
  if (cache) {
    await keeping;
    await cache.disk.flush();
    const problems = cache.disk.problems();
    if (problems.length > 0)
      diagnostics.push({ severity: 'warning', path: '', message: `the cache in ${opts.cacheDir} could not be used fully (${problems[0]}); results were computed anew` });
  }

  dedupeDiagnostics(diagnostics);

  // judge, last word: what the pull request did not change, and what the allow list accepts, does not gate
  const judged = applyAllowList(markPreexisting(mergeVerdicts(advised.verdicts), scope.changed), opts.allow, todayUtc());
  diagnostics.push(...judged.diagnostics);

  await stopping;
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
      sdistsAnalyzed: kept ? kept.sdistsAnalyzed : checks.size,
      durationMs: Date.now() - started,
      ...(analysisCache
        ? {
            cache: {
              pagesFresh: stats.pagesFromCache,
              pagesRevalidated: stats.pagesRevalidated,
              analysesReused: analysisCache.reused,
              written: cache!.disk.stats().writes,
              ...(kept ? { decisionsFrom: new Date(kept.at).toISOString() } : {}),
            },
          }
        : {}),
    },
    secrets,
    scope: maskDeep(scope.report, secrets),
    advisories: advised.report,
  };
}

/** The same warning from several environments on the same line is one warning. */
function dedupeDiagnostics(diagnostics: Diagnostic[]): void {
  const seen = new Set<string>();
  let kept = 0;
  for (const d of diagnostics) {
    const key = JSON.stringify([d.severity, d.path, d.line, d.message]);
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics[kept++] = d;
  }
  diagnostics.length = kept;
}

/**
 * For each dependency pip would build from an index's sdist: the version to pin instead, from the
 * project page the select or resolve stage read (the client keeps it, so this asks for nothing new).
 * A page that cannot be read adds nothing.
 */
async function addWheelPins(verdicts: Verdict[], requests: Request[], client: IndexClient, opts: Options): Promise<void> {
  const indexesOf = new Map(requests.map((r) => [r.name, r]));
  await Promise.all(
    verdicts.map(async (v) => {
      if (!v.targets.some((t) => t.kind === 'sdist' && t.file)) return;
      const req = indexesOf.get(normalizeName(v.name));
      // a direct reference has no index page; a lock's files are its own, and reading the index for a
      // pin would be a request the lock otherwise never makes
      if (req?.dep.direct || req?.dep.locked || req?.noIndex) return;
      try {
        const page = await client.getProject(v.name, req?.indexUrls);
        v.wheelPin = wheelPin(v.name, page.files, opts.targets, { pre: v.version !== undefined && isPrerelease(v.version) });
      } catch {
        // the verdict already says what went wrong with the index
      }
    }),
  );
}

/** The name and version a pick installs, when it installs a file of a known version. */
function pickedPairs(name: string, selection: Selection): Pair[] {
  return (selection.kind === 'wheel' || selection.kind === 'sdist') && selection.version ? [{ name: normalizeName(name), version: selection.version }] : [];
}

/** Dependencies that come to the same outcome (same name, same file per target) are one verdict. */
function mergeVerdicts(verdicts: Verdict[]): Verdict[] {
  const merged = new Map<string, Verdict>();
  for (const v of verdicts) {
    const key = JSON.stringify([v.name.toLowerCase().replace(/[-_.]+/g, '-'), v.version ?? null, v.status, v.targets.map((t) => [t.kind, t.version, t.file])]);
    const existing = merged.get(key);
    if (existing) {
      for (const s of v.sources) if (!existing.sources.some((e) => e.path === s.path && e.line === s.line)) existing.sources.push(s);
    } else merged.set(key, { ...v, sources: [...v.sources] });
  }
  return [...merged.values()].sort((a, b) => statusRank(b.status) - statusRank(a.status) || byText(a.name, b.name) || byText(a.version ?? '', b.version ?? ''));
}

export interface InspectResult {
  /** As given on the command line. */
  path: string;
  suspicious: boolean;
  findings: AnalysisResult['findings'];
  limits: string[];
  /** Files analyzed as build-time code: none means the input has no build script. */
  analyzed: string[];
  /** Set when the input could not be read at all. */
  error?: string;
}

/** extract -> analyze for sdists a person downloaded: archives, unpacked directories or .py files. */
export async function inspect(paths: string[], shown: string[] = paths, limits?: ArchiveLimits): Promise<InspectResult[]> {
  const results: InspectResult[] = [];
  const { decodeSource, readSdist, readSdistDirectory, analyzeSource } = await readers();
  for (const [i, file] of paths.entries()) {
    const path = shown[i] ?? file;
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        const contents = await readSdistDirectory(file, limits);
        results.push(inspectResult(path, contents, await analyzeContents(contents)));
      } else if (file.endsWith('.py') || file.endsWith('.pyw')) {
        const decoded = decodeSource(new Uint8Array(await readRegularFile(file)), { tokenize: basename(file) === 'setup.py' });
        const analysis = analyzeSource(decoded.text, basename(file), decoded.encoding);
        results.push({ path, suspicious: analysis.suspicious, findings: analysis.findings, limits: analysis.limits, analyzed: analysis.analyzed });
      } else {
        // only a regular file: a FIFO or a device would block the read, or never end
        const handle = await openRegularFile(file);
        let contents: SdistContents;
        try {
          contents = await readSdist(basename(file), handle.createReadStream(), limits);
        } finally {
          await handle.close().catch(() => {});
        }
        results.push(inspectResult(path, contents, await analyzeContents(contents)));
      }
    } catch (err) {
      results.push({ path, suspicious: false, findings: [], limits: [], analyzed: [], error: `cannot read ${path}: ${(err as Error).message}` });
    }
  }
  return results;
}

function inspectResult(path: string, contents: SdistContents, analysis: AnalysisResult | undefined): InspectResult {
  const result: InspectResult = {
    path,
    // An archive that pip and a plain reader unpack differently is suspicious whatever its files say.
    suspicious: (analysis?.suspicious ?? false) || contents.findings.length > 0,
    findings: [...contents.findings, ...(analysis?.findings ?? [])],
    limits: [...contents.limits, ...(analysis?.limits ?? [])],
    analyzed: analysis?.analyzed ?? [],
  };
  if (contents.error) result.error = contents.error.includes(basename(path)) ? contents.error : `${path}: ${contents.error}`;
  return result;
}
