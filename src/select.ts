// The select stage: which file pip would take for one dependency on one target, following pip's
// PackageFinder — link evaluation (name, tags, format control, Requires-Python), the specifier
// filter with the pre-release rule, the hash filter, PEP 592 yanking, and the candidate sort key.

import type { DistFile, ReleaseControlState, Selection, Target } from './types.js';
import { ReleaseControl } from './python/release-control.js';
import { FormatControl } from './python/format-control.js';
import { distributionKind, parseSdistFilename, parseWheelFilename } from './python/filenames.js';
import { normalizeName } from './python/names.js';
import { wheelPriority } from './python/tags.js';
import { chooseVersions, compareVersions, isValidSpecifier, isValidVersion, satisfies } from './python/version.js';

export interface SelectRequest {
  name: string;
  specifier: string;
  /** `"sha256:<hex>"` values pip will accept; empty when unconstrained. */
  hashes: string[];
  /**
   * True for a lock: a file whose hash is not listed may not be installed at all. pip's `--hash`
   * filter keeps every candidate when none matches (and then fails at download); for a lock that
   * means the lock cannot be installed, which is what we report.
   */
  strictHashes: boolean;
  pre: boolean;
  /** pip 26's `--all-releases` / `--only-final`; `--pre` counts as `--all-releases :all:`. */
  releaseControl?: ReleaseControlState;
  preferBinary: boolean;
  formatControl: FormatControl;
  files: DistFile[];
  target: Target;
}

interface Candidate {
  file: DistFile;
  version: string;
  kind: 'wheel' | 'sdist';
  /** Higher is better: minus the index of the best supported tag; sdists rank below every wheel. */
  priority: number;
  build: [number, string];
  allowedHash: boolean;
  yanked: boolean;
}

const MAX_LISTED = 5;

export function hashMatches(file: { hashes: Record<string, string> }, allowed: string[]): boolean {
  if (allowed.length === 0) return false;
  for (const [algo, digest] of Object.entries(file.hashes)) {
    if (allowed.includes(`${algo.toLowerCase()}:${digest.toLowerCase()}`)) return true;
  }
  return false;
}

function describeTarget(t: Target): string {
  return `CPython ${t.python} on ${t.platform}`;
}

function isPinned(specifier: string): boolean {
  const parts = specifier.split(',').map((s) => s.trim()).filter(Boolean);
  return parts.some((p) => p.startsWith('===') || (p.startsWith('==') && !p.endsWith('.*')));
}

function listVersions(versions: string[]): string {
  const sorted = [...new Set(versions)].sort((a, b) => compareVersions(b, a));
  const shown = sorted.slice(0, MAX_LISTED).join(', ');
  return sorted.length > MAX_LISTED ? `${shown}, and ${sorted.length - MAX_LISTED} older` : shown;
}

function compareCandidates(a: Candidate, b: Candidate, preferBinary: boolean): number {
  // pip's CandidateEvaluator._sort_key, compared field by field.
  const keyA = [a.allowedHash ? 1 : 0, a.yanked ? -1 : 0, preferBinary && a.kind === 'wheel' ? 1 : 0];
  const keyB = [b.allowedHash ? 1 : 0, b.yanked ? -1 : 0, preferBinary && b.kind === 'wheel' ? 1 : 0];
  for (let i = 0; i < keyA.length; i++) if (keyA[i] !== keyB[i]) return keyA[i] - keyB[i];
  const byVersion = compareVersions(a.version, b.version);
  if (byVersion !== 0) return byVersion;
  if (a.priority !== b.priority) return a.priority - b.priority;
  if (a.build[0] !== b.build[0]) return a.build[0] - b.build[0];
  return a.build[1] < b.build[1] ? -1 : a.build[1] > b.build[1] ? 1 : 0;
}

export function selectFile(req: SelectRequest): Selection {
  const { target } = req;
  const canonical = normalizeName(req.name);
  const allowed = req.formatControl.allowed(canonical);
  const fullPython = `${target.python}.0`;
  const candidates: Candidate[] = [];
  const rejected = { binaryForbidden: 0, sourceForbidden: 0, requiresPython: new Set<string>(), incompatible: [] as Array<{ version: string; filename: string }> };

  for (const file of req.files) {
    const kind = distributionKind(file.filename);
    if (kind === 'other') continue;
    let version: string;
    let priority: number;
    let build: [number, string] = [-1, ''];
    try {
      if (kind === 'wheel') {
        const wheel = parseWheelFilename(file.filename);
        if (normalizeName(wheel.name) !== canonical) continue;
        version = wheel.version;
        if (!allowed.has('binary')) {
          rejected.binaryForbidden++;
          continue;
        }
        const index = wheelPriority(target, wheel.tags);
        if (index === undefined) {
          rejected.incompatible.push({ version, filename: file.filename });
          continue;
        }
        priority = -index;
        if (wheel.build) build = [wheel.build.number, wheel.build.tag];
      } else {
        const sdist = parseSdistFilename(file.filename, req.name);
        if (normalizeName(sdist.name) !== canonical) continue;
        version = sdist.version;
        if (!allowed.has('source')) {
          rejected.sourceForbidden++;
          continue;
        }
        priority = -(target.tags.length + 1);
      }
    } catch {
      // pip skips links whose names it cannot parse; so do we.
      continue;
    }
    // pip skips links whose version is not PEP 440.
    if (!isValidVersion(version)) continue;
    // An invalid Requires-Python is ignored by pip (the link stays a candidate).
    if (file.requiresPython && isValidSpecifier(file.requiresPython) && !satisfies(fullPython, file.requiresPython, { prereleases: true })) {
      rejected.requiresPython.add(file.requiresPython);
      continue;
    }
    candidates.push({
      file,
      version,
      kind,
      priority,
      build,
      allowedHash: hashMatches(file, req.hashes),
      yanked: file.yanked !== false,
    });
  }

  const none = (reason: string): Selection => ({ target, kind: 'none', reason });

  if (candidates.length === 0) {
    const wheelsSeen = rejected.incompatible.length;
    if (rejected.sourceForbidden > 0 && wheelsSeen > 0)
      return none(`--only-binary forbids building ${req.name} and none of its ${wheelsSeen} wheels fits ${describeTarget(target)}; pip would refuse to install it`);
    if (rejected.sourceForbidden > 0) return none(`--only-binary forbids building ${req.name} and it has no wheels; pip would refuse to install it`);
    if (rejected.requiresPython.size > 0)
      return none(`every file of ${req.name} requires another Python (${[...rejected.requiresPython].slice(0, 3).join('; ')}) than ${target.python}`);
    if (wheelsSeen > 0) return none(`${req.name} has only wheels and none fits ${describeTarget(target)} (e.g. ${rejected.incompatible[0].filename})`);
    return none(`the index lists no installable files for ${req.name}`);
  }

  const allVersions = candidates.map((c) => c.version);
  const prereleases = ReleaseControl.from(req.releaseControl, req.pre).allowsPrereleases(req.name);
  const applicable = new Set(chooseVersions([...new Set(allVersions)], req.specifier, { prereleases }));
  let pool = candidates.filter((c) => applicable.has(c.version));
  if (pool.length === 0) {
    const spec = req.specifier || '(any)';
    const what = prereleases === false ? 'final version' : 'version';
    return none(`no ${what} of ${req.name} matches ${spec} for ${describeTarget(target)} (available: ${listVersions(allVersions)})`);
  }

  if (req.hashes.length > 0) {
    const matching = pool.filter((c) => c.allowedHash);
    if (matching.length > 0) pool = matching;
    else if (req.strictHashes)
      return none(`no file of ${req.name} ${req.specifier} on the index has a hash the lock allows; pip would refuse to install it`);
  }

  // PEP 592: yanked files are ignored unless the pin can only be satisfied by them.
  const allYanked = pool.every((c) => c.yanked);
  if (!(allYanked && isPinned(req.specifier))) pool = pool.filter((c) => !c.yanked);
  if (pool.length === 0) return none(`every matching file of ${req.name} is yanked and the requirement does not pin it with ==`);

  let best = pool[0];
  for (const c of pool) if (compareCandidates(c, best, req.preferBinary) > 0) best = c;

  if (best.kind === 'wheel') {
    const yanked = best.yanked ? ` (yanked: ${typeof best.file.yanked === 'string' ? best.file.yanked : 'no reason given'})` : '';
    return { target, kind: 'wheel', version: best.version, file: best.file, reason: `wheel ${best.file.filename} fits ${describeTarget(target)}${yanked}` };
  }
  return { target, kind: 'sdist', version: best.version, file: best.file, reason: sdistReason(req, best, candidates, rejected, allowed) };
}

function sdistReason(
  req: SelectRequest,
  best: Candidate,
  candidates: Candidate[],
  rejected: { binaryForbidden: number; incompatible: Array<{ version: string; filename: string }> },
  allowed: Set<string>,
): string {
  const what = `pip would build ${best.file.filename}`;
  if (!allowed.has('binary')) return `--no-binary forces building ${req.name} from source: ${what}`;
  const sameVersion = (v: string) => compareVersions(v, best.version) === 0;
  const otherWheels = rejected.incompatible.filter((w) => sameVersion(w.version));
  if (otherWheels.length > 0) {
    const shown = otherWheels.slice(0, 3).map((w) => w.filename).join(', ');
    const more = otherWheels.length > 3 ? ` and ${otherWheels.length - 3} more` : '';
    return `no wheel of ${req.name} ${best.version} fits ${describeTarget(req.target)} (it has ${shown}${more}): ${what}`;
  }
  const olderWheel = candidates.some((c) => c.kind === 'wheel' && !sameVersion(c.version));
  const note = olderWheel ? ' (other versions have wheels that fit)' : '';
  return `${req.name} ${best.version} publishes no wheel${note}: ${what}`;
}
