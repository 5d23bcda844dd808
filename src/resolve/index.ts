// The resolve stage: for each manifest that is not a complete lock, what pip would install on each
// target besides what the file names. Reads each chosen distribution's dependencies without running
// anything (the index's metadata file, the wheel's METADATA by range requests, an sdist's PKG-INFO
// when Metadata-Version 2.2+ makes it binding), and says where they cannot be known.

import type { Dependency, Diagnostic, DistFile, ProjectPage, Selection, SourceRef, Target } from '../types.js';
import type { FetchedMetadata } from '../index/metadata.js';
import { IndexError } from '../index/errors.js';
import { declaredDependencies, InvalidMetadata, parseCoreMetadata, type DeclaredDependencies } from '../python/metadata.js';
import { evaluateMarker } from '../python/markers.js';
import { normalizeName } from '../python/names.js';
import { compareVersions, isValidVersion } from '../python/version.js';
import { selectFile } from '../select.js';
import { resolveGraph, type Constraint, type Graph, type GraphNode, type NodeDependencies, type Seed } from './graph.js';
import type { ResolveUnit } from './units.js';
import type { StaticDependencies } from '../analysis/declared.js';

export { unitsToResolve, resolveUnitsOf, unitKey, environmentOf, isComplete, type ResolveUnit } from './units.js';

/**
 * Names one environment may pull in at most; past it the walk stops, and says so. It bounds what an
 * index that makes every version require new names can make a scan fetch, well above what real
 * environments reach: a manifest of 5,000 pins pulls in more than 5,000 names.
 */
export const MAX_NODES = 20_000;
/** Walks per environment and target: each re-choice of a version chosen earlier, and each backjump, costs one. */
export const MAX_PASSES = 16;

export interface ResolveServices {
  /** `followUp`: a version already chosen requires the name (its page goes before unasked-for ones). */
  getProject(name: string, indexUrls: string[], followUp?: boolean): Promise<ProjectPage>;
  /** A wheel's metadata (or an sdist's, when the index has a metadata file for it). */
  readMetadata(file: DistFile, project: string): Promise<FetchedMetadata>;
  /**
   * The sdist's PKG-INFO, from the one download that also feeds analysis; undefined when sdists
   * are not downloaded (analysis is off).
   */
  readSdist?(file: DistFile, hashes: string[]): Promise<SdistFacts>;
  /** A direct reference's dependencies, when the scan fetched it and could read them without building it. */
  directDependencies?(dep: Dependency): NodeDependencies | undefined;
  /**
   * Told of every file the walk picks for a name, as it picks it: most are what pip installs, for
   * work that can start before the walk ends (a later pick may replace one).
   */
  picked?(name: string, selection: Selection): void;
}

/** What the resolve stage reads of a downloaded sdist. */
export interface SdistFacts {
  pkgInfo?: string;
  error?: string;
  /** The dependencies its build files state as literals, for when its PKG-INFO does not bind them. */
  declared?: StaticDependencies;
  /** What its build files leave to the build, a sentence each. */
  unread?: string[];
}

export interface ResolveOptions {
  maxNodes?: number;
  maxPasses?: number;
}

/** A dependency no manifest names, pulled in by one that does. */
export interface TransitiveDependency {
  /** The environment (ResolveUnit.key) that pulls it in. */
  unit: string;
  name: string;
  displayName: string;
  /** Top-level first: the project's name when its manifest has one, the top-level requirement, ..., this one. */
  via: string[];
  /** The declarations of the top-level requirements that pull it in: annotations land there. */
  sources: SourceRef[];
  /** By target index: what pip would take, or undefined where nothing pulls it in. */
  selections: Array<Selection | undefined>;
  /** Hashes the environment's constraints allow for it (usually none). */
  hashes: string[];
}

export interface Resolution {
  /** What pip would take for a top-level dependency of a resolved environment on a target. */
  selectionFor(unit: string, target: number, name: string): Selection | undefined;
  transitive: TransitiveDependency[];
  diagnostics: Diagnostic[];
}

function where(s: SourceRef): string {
  return `${s.path}:${s.line}`;
}

function markerHolds(dep: Dependency, target: Target): boolean | undefined {
  if (!dep.marker) return true;
  try {
    return evaluateMarker(dep.marker, target.env, []);
  } catch {
    // The top-level verdict reports the bad marker; the walk leaves the requirement out.
    return undefined;
  }
}

function seedsOf(unit: ResolveUnit, target: Target, directDependencies?: (dep: Dependency) => NodeDependencies | undefined): Seed[] {
  const seeds: Seed[] = [];
  unit.dependencies.forEach((dep, root) => {
    if (markerHolds(dep, target) !== true) return;
    seeds.push({
      name: normalizeName(dep.name),
      displayName: dep.displayName,
      specifier: dep.specifier,
      extras: dep.extras,
      hashes: dep.hashes,
      label: `"${dep.source.requirement}" (${where(dep.source)})`,
      root,
      ...(dep.direct ? { direct: true, ...(directDependencies?.(dep) ? { dependencies: directDependencies(dep) } : {}) } : {}),
    });
  });
  return seeds;
}

function constraintsOf(unit: ResolveUnit, target: Target): Constraint[] {
  return unit.constraints
    .filter((c) => c.marker === undefined || markerHolds(c, target) === true)
    .map((c) => ({ name: normalizeName(c.name), specifier: c.specifier, hashes: c.hashes, label: `constraint "${c.source.requirement}" (${where(c.source)})` }));
}

/** Reads what a chosen file declares, once per file however many environments and targets choose it. */
class DependencyReader {
  private readonly cache = new Map<string, Promise<NodeDependencies>>();

  constructor(private readonly services: ResolveServices) {}

  read(name: string, selection: Selection, hashes: string[]): Promise<NodeDependencies> {
    const file = selection.file!;
    const key = `${file.url}\0${[...hashes].sort().join(',')}`;
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.load(name, selection, hashes).catch((err: unknown) => ({ known: false, reason: (err as Error).message }));
      this.cache.set(key, pending);
    }
    return pending;
  }

  private async load(name: string, selection: Selection, hashes: string[]): Promise<NodeDependencies> {
    const file = selection.file!;
    if (selection.kind === 'wheel') {
      let fetched: FetchedMetadata;
      try {
        fetched = await this.services.readMetadata(file, name);
      } catch (err) {
        return untrusted(err) ?? unreadable(`its metadata could not be read: ${(err as Error).message}`);
      }
      const found = this.declared(fetched.text, fetched.url, name, selection, 'wheel');
      return found.known ? found : unreadable(found.reason);
    }
    if (this.services.readSdist) {
      const read = await this.services.readSdist(file, hashes);
      if (read.pkgInfo === undefined) {
        return { known: false, reason: read.error ? `${file.filename} could not be read (${read.error})` : `${file.filename} has no PKG-INFO` };
      }
      const found = this.declared(read.pkgInfo, `${file.filename}/PKG-INFO`, name, selection, 'sdist');
      // PKG-INFO older than 2.2, or Requires-Dist left to the build: what the build files state as literals
      if (!found.known && read.declared && /^its PKG-INFO /.test(found.reason)) {
        return { known: true, requirements: read.declared.requirements, extras: read.declared.extras, from: read.declared.from };
      }
      if (!found.known && read.unread?.length && /^its PKG-INFO /.test(found.reason)) {
        return { known: false, reason: `${found.reason}, and its build files do not state them (${read.unread.join('; ')})` };
      }
      return found;
    }
    if (file.coreMetadata) {
      try {
        const fetched = await this.services.readMetadata(file, name);
        return this.declared(fetched.text, fetched.url, name, selection, 'sdist');
      } catch (err) {
        return untrusted(err) ?? { known: false, reason: `analysis is off, so the sdist is not downloaded, and its metadata file could not be read: ${(err as Error).message}` };
      }
    }
    return { known: false, reason: 'analysis is off, so the sdist is not downloaded to read its PKG-INFO' };
  }

  private declared(text: string, source: string, name: string, selection: Selection, kind: 'wheel' | 'sdist'): NodeDependencies {
    let found: DeclaredDependencies;
    try {
      const meta = parseCoreMetadata(text, source);
      const sameVersion =
        selection.version === undefined || !isValidVersion(meta.version) || !isValidVersion(selection.version)
          ? meta.version === selection.version
          : compareVersions(meta.version, selection.version) === 0;
      if (normalizeName(meta.name) !== normalizeName(name) || !sameVersion) {
        return { known: false, reason: `its metadata (${source}) is for ${meta.name} ${meta.version}, not ${name} ${selection.version ?? ''}`.trim() };
      }
      found = declaredDependencies(meta, kind);
    } catch (err) {
      if (err instanceof InvalidMetadata) return { known: false, reason: `its metadata is malformed: ${err.message}` };
      throw err;
    }
    return found;
  }
}

/**
 * A wheel whose metadata cannot be read, or is not its own: pip cannot install it without that
 * metadata, and a scan that does not know what it pulls in has not checked it. It stops there
 * (unresolved) rather than passing with a warning.
 */
function unreadable(reason: string): NodeDependencies {
  return { known: false, stops: true, reason: `what it pulls in cannot be checked: ${reason}` };
}

/**
 * Metadata that does not match the hash the index gives for it: pip fetches it with that hash and
 * stops at the mismatch, so this distribution is not installed, and neither is anything else.
 */
function untrusted(err: unknown): NodeDependencies | undefined {
  if (!(err instanceof IndexError) || err.kind !== 'hash-mismatch') return undefined;
  return { known: false, stops: true, reason: `${err.message}; pip would stop here` };
}

/** Resolves every environment on every target. */
export async function resolveTransitive(units: ResolveUnit[], targets: Target[], services: ResolveServices, opts: ResolveOptions = {}): Promise<Resolution> {
  const reader = new DependencyReader(services);
  const graphs = new Map<string, Graph[]>();
  await Promise.all(
    units.map(async (unit) => {
      const perTarget = await Promise.all(
        targets.map((target) =>
          resolveGraph(
            seedsOf(unit, target, services.directDependencies),
            constraintsOf(unit, target),
            {
              pick: async (req) => {
                if (unit.pip.noIndex) return { target, kind: 'none', reason: 'the requirements file says --no-index, and find-links locations are not searched' };
                let page: ProjectPage;
                try {
                  page = await services.getProject(req.name, unit.pip.indexUrls, req.followUp);
                } catch (err) {
                  return { target, kind: 'none', reason: (err as Error).message };
                }
                const selection = selectFile({
                  name: req.name,
                  specifier: req.specifier,
                  hashes: req.hashes,
                  strictHashes: false,
                  pre: unit.pip.pre,
                  releaseControl: unit.pip.releaseControl,
                  preferBinary: unit.pip.preferBinary,
                  formatControl: unit.pip.formatControl,
                  files: page.files,
                  target,
                });
                services.picked?.(req.name, selection);
                return selection;
              },
              dependencies: (name, selection) => reader.read(name, selection, hashesFor(unit, name)),
            },
            { target, maxNodes: opts.maxNodes ?? MAX_NODES, maxPasses: opts.maxPasses ?? MAX_PASSES },
          ),
        ),
      );
      graphs.set(unit.key, perTarget);
    }),
  );

  const transitive: TransitiveDependency[] = [];
  const diagnostics = new Map<string, Diagnostic>();
  const warn = (source: SourceRef | undefined, message: string, severity: Diagnostic['severity'] = 'warning') => {
    const d: Diagnostic = { severity, path: source?.path ?? '', message };
    if (source) d.line = source.line;
    diagnostics.set(JSON.stringify([d.path, d.line, message]), d);
  };

  for (const unit of units) {
    const perTarget = graphs.get(unit.key)!;
    const byName = new Map<string, TransitiveDependency>();
    perTarget.forEach((graph, t) => {
      const chainOf = (node: GraphNode) => chain(unit, graph, node.via);
      for (const node of graph.nodes.values()) {
        noteUnknown(unit, node, chainOf(node), warn);
        if ((node.topLevel && !unit.chain) || node.direct) continue;
        let entry = byName.get(node.name);
        if (!entry) {
          entry = {
            unit: unit.key,
            name: node.name,
            displayName: node.displayName,
            via: chainOf(node),
            sources: [],
            selections: targets.map(() => undefined),
            hashes: hashesFor(unit, node.name),
          };
          byName.set(node.name, entry);
        }
        entry.selections[t] = node.selection;
        for (const r of [node.root, ...node.roots]) {
          const source = unit.dependencies[r]?.source;
          if (source && !entry.sources.some((s) => s.path === source.path && s.line === source.line)) entry.sources.push(source);
        }
      }
      const first = unit.dependencies[0]?.source;
      if (graph.truncated) {
        // what is not checked is not passed: an error, which the gate counts as unresolved
        warn(
          first,
          `more than ${opts.maxNodes ?? MAX_NODES} packages reached from ${first?.path ?? 'this manifest'} for CPython ${graph.target.python} on ${graph.target.platform}: the rest of what pip would install is not checked`,
          'error',
        );
      }
      if (graph.gaveUp) warn(first, `${graph.gaveUp} (CPython ${graph.target.python} on ${graph.target.platform})`);
      if (graph.unsettled.length > 0) {
        warn(
          first,
          `the versions of ${graph.unsettled.join(', ')} did not settle after ${graph.passes} passes for CPython ${graph.target.python} on ${graph.target.platform}: pip, which backtracks, may choose others`,
        );
      }
    });
    // the root of the shortest chain first, where the annotation lands
    for (const entry of byName.values()) transitive.push(entry);
    for (const dep of unit.dependencies) if (dep.direct && services.directDependencies?.(dep)?.known !== true) warn(dep.source, directNote(dep));
  }

  return {
    selectionFor(unit, target, name) {
      const node = graphs.get(unit)?.[target]?.nodes.get(normalizeName(name));
      return node && !node.direct ? node.selection : undefined;
    },
    transitive,
    diagnostics: [...diagnostics.values()],
  };
}

function directNote(dep: Dependency): string {
  const file = dep.direct!.url.split(/[?#]/)[0]!;
  if (dep.direct!.kind !== 'vcs' && file.endsWith('.whl')) {
    const what = dep.direct!.kind === 'path' ? 'a local wheel file' : 'a direct reference to a wheel';
    return `the dependencies of ${dep.displayName} (${what}) are not followed: check what it requires where it lives`;
  }
  const what = dep.editable ? 'an editable install' : dep.direct!.kind === 'vcs' ? 'a VCS reference' : dep.direct!.kind === 'path' ? 'a local path' : 'a direct URL';
  return `the dependencies of ${dep.displayName} (${what}) are not followed: pip would build it to learn them`;
}

/** The hashes an environment's lines allow, by name: read once per environment, not once per lookup. */
const hashesByUnit = new WeakMap<ResolveUnit, Map<string, string[]>>();

function hashesFor(unit: ResolveUnit, name: string): string[] {
  let byName = hashesByUnit.get(unit);
  if (!byName) {
    const sets = new Map<string, Set<string>>();
    for (const d of [...unit.dependencies, ...unit.constraints]) {
      const key = normalizeName(d.name);
      const set = sets.get(key) ?? new Set<string>();
      for (const h of d.hashes) set.add(h);
      sets.set(key, set);
    }
    byName = new Map([...sets].map(([key, set]) => [key, [...set]]));
    hashesByUnit.set(unit, byName);
  }
  return [...(byName.get(normalizeName(name)) ?? [])];
}

/**
 * The chain shown for a node: the project's name, or the chain that leads to a build environment
 * with `(build)` before its first requirement; `(setup.py)` before a name read from build files.
 */
function chain(unit: ResolveUnit, graph: Graph, via: string[]): string[] {
  const marked = via.map((name, i) => {
    const parent = i > 0 ? graph.nodes.get(normalizeName(via[i - 1]!)) : undefined;
    const from = parent?.dependencies?.known ? parent.dependencies.from : undefined;
    return from ? `(${from}) ${name}` : name;
  });
  if (unit.chain) return [...unit.chain.prefix, `${unit.chain.mark} ${marked[0] ?? ''}`.trim(), ...marked.slice(1)];
  return [...(unit.label ? [unit.label] : []), ...marked];
}

function noteUnknown(unit: ResolveUnit, node: GraphNode, via: string[], warn: (s: SourceRef | undefined, m: string) => void): void {
  const source = unit.dependencies[node.root]?.source;
  const version = node.selection?.version ? ` ${node.selection.version}` : '';
  const chain = node.topLevel && !unit.chain ? '' : ` (pulled in by ${via.join(' -> ')})`;
  if (node.dependencies && !node.dependencies.known) {
    const what = node.selection?.kind === 'sdist' ? `the sdist ${node.selection.file?.filename ?? node.displayName}` : `${node.displayName}${version}`;
    const consequence =
      node.selection?.kind === 'sdist'
        ? 'pip would run its build script to learn them, and what they pull in is not checked'
        : 'what they pull in is not checked';
    warn(source, `the dependencies of ${what}${chain} are unknown: ${node.dependencies.reason}; ${consequence}`);
  }
  for (const bad of node.invalid) warn(source, `${node.displayName}${version}${chain} declares a dependency that cannot be read, ${bad}`);
  for (const extra of node.missingExtras) warn(source, `${node.displayName}${version}${chain} does not provide the extra "${extra}": pip ignores it`);
}
