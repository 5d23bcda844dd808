// The requests a scan makes of the index: one per distinct thing the manifests ask for (lines that
// ask the same of the same index are one), each with the lookup settings pip would use for it, and
// what can be said of one on a target before any page is read.

import { basename } from 'node:path';

import type { Dependency, Diagnostic, DistFile, PipOptions, SourceRef, Target } from './types.js';
import type { Options } from './options.js';
import { redactUrl } from './index/redact.js';
import { evaluateMarker } from './python/markers.js';
import { distributionKind, parseWheelFilename } from './python/filenames.js';
import { wheelPriority } from './python/tags.js';
import { FormatControl } from './python/format-control.js';
import { normalizeName } from './python/names.js';
import { environmentOf, unitKey } from './resolve/index.js';
import type { UnitPip } from './resolve/units.js';
import type { TargetOutcome } from './verdict.js';
import type { Pair } from './advisories/index.js';

/** One distinct thing to look up: dependencies that ask the same of the same index are one request. */
export interface Request {
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
  releaseControl?: PipOptions['releaseControl'];
  preferBinary: boolean;
  formatControl: FormatControl;
  sources: SourceRef[];
  /** The environment resolved transitively that this dependency is top-level in, if any. */
  graph?: string;
}

function emptyPipOptions(): PipOptions {
  return { extraIndexUrls: [], noIndex: false, findLinks: [], formatControl: { noBinary: [], onlyBinary: [] }, preferBinary: false, pre: false };
}

export function joinSpecifiers(...specs: Array<string | undefined>): string {
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
    r.releaseControl ?? null,
    r.preferBinary,
    r.formatControl.state(),
    r.graph ?? null,
  ]);
}

export function buildRequests(
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
      // A lock may hold one name at several versions (for different Pythons) that all point at
      // the one manifest line that declared it: each locked version is its own request.
      const sourceKey = JSON.stringify([dep.source.path, dep.source.line, dep.name, dep.locked?.version ?? null, dep.direct?.url ?? null]);
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
        ...(pip.releaseControl ? { releaseControl: pip.releaseControl } : {}),
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

export function markerApplies(req: Request, target: Target): { applies: boolean; error?: string } {
  if (!req.marker) return { applies: true };
  try {
    return { applies: evaluateMarker(req.marker, target.env, []) };
  } catch (err) {
    return { applies: true, error: `invalid marker "${req.marker}": ${(err as Error).message}` };
  }
}

/** A direct reference pip installs without the index: VCS and local paths are always built. */
export function selectDirect(req: Request, target: Target): TargetOutcome {
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

/** How pip looks up what a top-level dependency's builds install: its own lookup settings. */
export function pipOf(req: Request): UnitPip {
  return {
    indexUrls: req.indexUrls,
    noIndex: req.noIndex,
    pre: req.pre,
    ...(req.releaseControl ? { releaseControl: req.releaseControl } : {}),
    preferBinary: req.preferBinary,
    formatControl: req.formatControl,
  };
}

export function lockedFiles(req: Request): DistFile[] | undefined {
  const files = req.dep.locked?.files;
  if (!files || files.length === 0) return undefined;
  return files.map((f) => ({ filename: f.filename, url: f.url ?? '', hashes: f.hashes, size: f.size, yanked: false }));
}

/**
 * The versions the manifests name exactly (a lock's, or a single `==`/`===` without a wildcard):
 * for asking about them at once. What pip takes in the end is asked about anyway.
 */
export function pinnedPairs(requests: Request[]): Pair[] {
  return requests.flatMap((r) => {
    const version = r.dep.locked?.version ?? /^\s*===?\s*([A-Za-z0-9._+!-]+)\s*$/.exec(r.specifier)?.[1];
    return version ? [{ name: normalizeName(r.name), version }] : [];
  });
}
