// The build-time closure: before pip builds an sdist it installs, into an isolated environment, what
// the sdist's build files ask for (`[build-system] requires`, or pip's default `setuptools>=40.8.0`;
// then what the setuptools backend hands back from `setup_requires`), resolved from the same indexes
// and itself built where only an sdist fits, recursively. This module holds which builds an entry
// starts, the environment each one resolves, the limits that end a chain, and the runner that
// starts each build as soon as the entry needing it is decided; what one build does is scan.ts's.

import type { Dependency, DistFile, SourceRef } from './types.js';
import type { TargetOutcome } from './verdict.js';
import type { SdistRead } from './offload/index.js';
import type { Declarations, DeclaredRequirement } from './analysis/declared.js';
import type { ResolveUnit, UnitPip } from './resolve/units.js';
import { parseRequirement } from './python/requirements.js';
import { normalizeName } from './python/names.js';
import { directKind } from './manifests/direct-reference.js';

/** Nested builds followed: an sdist needed to build an sdist needed to build ... this many deep. */
export const MAX_BUILD_DEPTH = 10;
/** Build requirements (with `setup_requires`) one sdist may declare; real ones declare a few dozen at most. */
export const MAX_BUILD_REQUIREMENTS = 100;
/** Build environments resolved in one scan. */
export const MAX_BUILD_ENVIRONMENTS = 2000;

/** Something the scan reports: a dependency with its outcome on every target. */
export interface Entry {
  name: string;
  displayName: string;
  sources: SourceRef[];
  /** Absent for what a manifest names itself. */
  via?: string[];
  /** A version known without a selection (a lock's): reported where no target selects one. */
  version?: string;
  /** The chain its build requirements continue: its `via`, or the project and its own name. */
  chain: string[];
  /** One per target, in the scan's target order. */
  outcomes: TargetOutcome[];
  /** How pip looks up what its build installs: the options it was itself found with. */
  pip: UnitPip;
  /** The sdists (by URL) being built around it, innermost last: pip refuses to build one of them again. */
  ancestors: string[];
}

/** One sdist file an entry selects, and the targets that select it. */
export interface BuildJob {
  entry: Entry;
  file: DistFile;
  check: SdistRead;
  declared: Declarations;
  targets: number[];
}

/** What an entry's sdists make pip build, grouped by file. Outcomes without declarations (not read, not analyzed) start nothing. */
export function buildJobs(entry: Entry): BuildJob[] {
  const byUrl = new Map<string, BuildJob>();
  entry.outcomes.forEach((o, t) => {
    if (o.skipped || o.selection.kind !== 'sdist' || !o.selection.file || !o.check) return;
    const check = o.check as SdistRead;
    if (!check.declared || check.error) return;
    const url = o.selection.file.url;
    const job = byUrl.get(url);
    if (job) job.targets.push(t);
    else byUrl.set(url, { entry, file: o.selection.file, check, declared: check.declared, targets: [t] });
  });
  return [...byUrl.values()];
}

/** What pip installs to build it: `[build-system] requires`, then the `setup_requires` it does not already have. */
export function buildRequirements(declared: Declarations): DeclaredRequirement[] {
  if (!('requires' in declared.buildSystem)) return [];
  const out = [...declared.buildSystem.requires];
  const names = new Set(out.flatMap((r) => nameOf(r.requirement)));
  for (const r of declared.setupRequires) {
    const name = nameOf(r.requirement);
    if (name.length === 0 || !names.has(name[0]!)) out.push(r);
  }
  return out;
}

/**
 * What a build will surely look up, whatever the target: its build requirements without a marker
 * or a URL, by name, with the specifier each states. For reading their pages (and the metadata of
 * the files they most likely take) early; the closure decides what is installed.
 */
export function buildRequirementsAhead(declared: Declarations): Array<{ name: string; specifier: string }> {
  const byName = new Map<string, string>();
  for (const r of buildRequirements(declared)) {
    try {
      const parsed = parseRequirement(r.requirement);
      if (parsed.marker === undefined && parsed.url === undefined && !byName.has(normalizeName(parsed.name))) byName.set(normalizeName(parsed.name), parsed.specifier);
    } catch {
      // the closure says what is wrong with it
    }
  }
  return [...byName].map(([name, specifier]) => ({ name, specifier }));
}

function nameOf(requirement: string): string[] {
  try {
    return [normalizeName(parseRequirement(requirement).name)];
  } catch {
    return [];
  }
}

/**
 * Whether a build's environment is resolved, and what is said about it: pip refuses to build it
 * (a warning), or the closure stops here (a limit on the dependency it came from), or these are
 * its requirements. `environments`: how many were resolved in this scan so far.
 */
export function planBuild(job: BuildJob, environments: number): { warnings: string[]; limit?: string; requirements?: DeclaredRequirement[] } {
  const { entry, declared, file } = job;
  const where = describeChain(entry.chain);
  if ('refused' in declared.buildSystem) return { warnings: [`pip would refuse to build ${file.filename} (${where}): ${declared.buildSystem.refused}`] };
  if (entry.ancestors.includes(file.url)) {
    return { warnings: [], limit: `a cycle of build requirements: building ${file.filename} needs ${file.filename} itself (${where}); pip stops, "already being built"` };
  }
  const warnings = declared.setupRequiresUnknown ? [`${file.filename} (${where}): ${declared.setupRequiresUnknown}; what pip installs from there to build it is not checked`] : [];
  const requirements = buildRequirements(declared);
  if (requirements.length > MAX_BUILD_REQUIREMENTS) {
    return {
      warnings,
      limit: `${file.filename} declares ${requirements.length} build requirements, more than the ${MAX_BUILD_REQUIREMENTS} followed: pip would install them all before building it, and none of them is checked`,
    };
  }
  if (entry.ancestors.length >= MAX_BUILD_DEPTH) {
    return { warnings, limit: `its build requirements are not followed: it is built inside ${entry.ancestors.length} other builds (${where}), more than the ${MAX_BUILD_DEPTH} followed` };
  }
  if (environments >= MAX_BUILD_ENVIRONMENTS) return { warnings, limit: `its build requirements are not followed: more than ${MAX_BUILD_ENVIRONMENTS} build environments in this scan` };
  return { warnings, requirements };
}

/** The key under which one build is done once: the same file, started from the same lines, with the same index settings. */
export function jobKey(job: BuildJob): string {
  return JSON.stringify([job.file.url, job.entry.sources.map((s) => [s.path, s.line]), pipKey(job.entry.pip), job.entry.ancestors]);
}

export function pipKey(pip: UnitPip): string {
  return JSON.stringify([pip.indexUrls, pip.noIndex, pip.pre, pip.releaseControl ?? null, pip.preferBinary, pip.formatControl.state()]);
}

/**
 * The build environment of one job as a unit for the resolve stage. Its requirements carry the
 * declaring line of the top-level dependency, so that what they pull in is annotated there.
 */
export function buildUnit(job: BuildJob, key: string, requirements: DeclaredRequirement[]): { unit: ResolveUnit; invalid: string[] } {
  const source = job.entry.sources[0] ?? { path: '', line: 0, requirement: job.entry.displayName };
  const dependencies: Dependency[] = [];
  const invalid: string[] = [];
  for (const r of requirements) {
    let parsed;
    try {
      parsed = parseRequirement(r.requirement);
    } catch (err) {
      invalid.push(`"${r.requirement}" (${r.file}): ${(err as Error).message}`);
      continue;
    }
    const dep: Dependency = {
      name: normalizeName(parsed.name),
      displayName: parsed.name,
      specifier: parsed.specifier,
      extras: parsed.extras,
      source,
      hashes: [],
      kind: 'build',
    };
    if (parsed.marker) dep.marker = parsed.marker;
    if (parsed.url !== undefined) dep.direct = { kind: directKind(parsed.url), url: parsed.url };
    dependencies.push(dep);
  }
  return {
    unit: { key, dependencies, constraints: [], pip: job.entry.pip, chain: { prefix: job.entry.chain, mark: '(build)' } },
    invalid,
  };
}

/**
 * Runs the closure while the scan still decides its entries: each entry handed to `follow` starts
 * at once the builds its sdists make pip run, and every entry a build learns is followed in turn.
 * A build whose requirements' pages are in costs CPU only; started as its entry is decided, that
 * work is done while requests are out, not after the last answer. A build is done once per
 * jobKey, for the first entry that starts it.
 */
export class BuildClosure {
  /** Builds started and not ended yet: a deadline marks them. */
  readonly pending = new Set<BuildJob>();
  /** What the builds learned, each build's entries as it ended. */
  readonly learned: Entry[] = [];
  private readonly started = new Set<string>();
  private readonly running: Promise<void>[] = [];

  constructor(private readonly build: (job: BuildJob) => Promise<Entry[]>) {}

  /** Starts the builds `entry` makes pip run, once each; returns the entry. */
  follow(entry: Entry): Entry {
    for (const job of buildJobs(entry)) {
      const key = jobKey(job);
      if (this.started.has(key)) continue;
      this.started.add(key);
      this.pending.add(job);
      const run = this.build(job).then((got) => {
        this.learned.push(...got);
        this.pending.delete(job);
        for (const e of got) this.follow(e);
      });
      // awaited by settled(); until then a failure must not count as unhandled
      run.catch(() => {});
      this.running.push(run);
    }
    return entry;
  }

  /** Resolves once every build started, and every build those start, has ended; rejects with the first failure. */
  async settled(): Promise<true> {
    // builds that end start more, appended as they go
    for (let i = 0; i < this.running.length; i++) await this.running[i];
    return true;
  }
}

/** An outcome made incomplete: its check gains a limit, so the judge cannot call it clean. */
export function withLimit(outcome: TargetOutcome, limit: string): TargetOutcome {
  if (outcome.skipped) return outcome;
  const check = outcome.check ?? { findings: [], suspicious: false, limits: [] };
  if (check.limits.includes(limit)) return outcome;
  return { ...outcome, check: { ...check, limits: [...check.limits, limit] } };
}

/** Marks the targets of a job on its entry with a limit. */
export function limitJob(job: BuildJob, limit: string): void {
  for (const t of job.targets) job.entry.outcomes[t] = withLimit(job.entry.outcomes[t]!, limit);
}

export function describeChain(chain: string[]): string {
  return chain.join(' -> ');
}
