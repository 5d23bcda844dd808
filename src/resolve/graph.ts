// What pip would install for one environment on one target: the top-level requirements, then
// breadth-first the dependencies each chosen distribution declares, with markers and extras
// evaluated for the target. One version per name, the highest that satisfies every requirement
// seen so far for that name, chosen as pip's finder chooses (the `pick` hook).
//
// pip's resolver backtracks; this one does not. When a requirement found later excludes a version
// already chosen, the whole walk runs again with that requirement known from the start (a "hint"),
// so the graph never keeps edges of a version that was dropped. A hint only steers the choice: if
// the requirement that taught it is gone in the new walk and the hint leaves nothing to choose, the
// choice is made without it. A hint is kept even when the requirement that taught it goes away
// (its requirer was itself chosen again): like pip's backtracking, a version given up on the way is
// not revisited, so the two agree on which versions are installed in the usual orders.
//
// When no version satisfies every requirement at once, the name is a conflict, reported with two
// requirements that exclude each other and the chains that bring them, and nothing is guessed.

import type { MarkerEnvironment, Selection, Target } from '../types.js';
import { evaluateMarker } from '../python/markers.js';
import { normalizeName } from '../python/names.js';
import { parseRequirement } from '../python/requirements.js';
import { satisfies } from '../python/version.js';

/** A top-level requirement of the environment. */
export interface Seed {
  /** PEP 503 normalized. */
  name: string;
  displayName: string;
  specifier: string;
  extras: string[];
  hashes: string[];
  /** How a message names it, e.g. `"idna<3" (requirements.txt:4)`. */
  label: string;
  /** Which top-level declaration this is, for the caller to map back to its source. */
  root: number;
  /** Satisfied by a direct reference (VCS, URL, path): never looked up, never followed. */
  direct?: boolean;
}

/** A `-c` constraint: it narrows the versions of a name, and pulls nothing in. */
export interface Constraint {
  name: string;
  specifier: string;
  hashes: string[];
  label: string;
}

export interface PickRequest {
  name: string;
  specifier: string;
  hashes: string[];
}

/** A distribution's own dependencies and the extras it provides, or why they cannot be known without running its build. */
export type NodeDependencies =
  | { known: true; requirements: string[]; extras: string[] }
  /** `stops`: pip itself would stop at this distribution (its metadata fails its hash), so nothing installs. */
  | { known: false; reason: string; stops?: boolean };

export interface GraphHooks {
  /** The file pip's finder takes for a name and specifier on this target. */
  pick(req: PickRequest): Promise<Selection>;
  /** The Requires-Dist of the chosen file. */
  dependencies(name: string, selection: Selection): Promise<NodeDependencies>;
}

export interface GraphOptions {
  target: Target;
  /** Stop adding names beyond this many. */
  maxNodes: number;
  /** Walks at most: each re-choice costs one. */
  maxPasses: number;
}

export interface GraphNode {
  name: string;
  displayName: string;
  /** Display names from the top-level requirement to this one: the shortest chain, as found breadth-first. */
  via: string[];
  /** The `root` of the seed that chain starts at. */
  root: number;
  /** Every seed root whose requirements reach this name. */
  roots: number[];
  topLevel: boolean;
  direct: boolean;
  /** The file pip would take, or kind `none` with why (not found, conflict, ...). Absent for direct references. */
  selection?: Selection;
  conflict: boolean;
  extras: string[];
  /** Absent when the selection has no file (or for direct references). */
  dependencies?: NodeDependencies;
  /** Requires-Dist entries this node declares that could not be read, with why. */
  invalid: string[];
  /** Extras asked of it that its metadata does not provide: pip ignores them, with a warning. */
  missingExtras: string[];
}

export interface Graph {
  target: Target;
  nodes: Map<string, GraphNode>;
  /** True when maxNodes stopped the walk: some of what pip installs is missing. */
  truncated: boolean;
  /** Names whose last choice still conflicted with a later requirement when maxPasses ran out. */
  unsettled: string[];
  passes: number;
}

interface Edge {
  specifier: string;
  label: string;
}

interface WorkNode extends GraphNode {
  edges: Edge[];
  hashes: string[];
  requested: Set<string>;
  expanded: Set<string>;
}

function joinSpecifiers(specs: string[]): string {
  return specs
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean)
    .filter((s, i, a) => a.indexOf(s) === i)
    .join(',');
}

function admits(version: string | undefined, specifier: string): boolean {
  if (version === undefined || specifier === '') return true;
  try {
    return satisfies(version, specifier, { prereleases: true });
  } catch {
    return false;
  }
}

/** Whether a dependency's marker holds for this extra (`""`: the distribution without extras). */
function applies(marker: string | undefined, env: MarkerEnvironment, extra: string): boolean {
  if (!marker) return extra === '';
  const holds = evaluateMarker(marker, env, extra === '' ? [] : [extra]);
  // A requirement that holds without the extra was already added by the plain pass.
  return extra === '' ? holds : holds && !evaluateMarker(marker, env, []);
}

function installable(n: WorkNode): boolean {
  return !n.direct && !n.conflict && (n.selection?.kind === 'wheel' || n.selection?.kind === 'sdist');
}

const MAX_PAIR_SEARCH = 12;

class Walk {
  readonly nodes = new Map<string, WorkNode>();
  truncated = false;
  /** Hints learned in this walk, for the next one. */
  readonly learned: Array<{ name: string; specifier: string }> = [];

  constructor(
    private readonly seeds: Seed[],
    private readonly constraints: Map<string, Constraint[]>,
    private readonly hints: Map<string, string[]>,
    private readonly hooks: GraphHooks,
    private readonly opts: GraphOptions,
    /** The last walk allowed: a re-choice is made in place instead of learned. */
    private readonly last: boolean,
  ) {}

  readonly unsettled: string[] = [];

  async run(): Promise<void> {
    let level: WorkNode[] = [];
    const queued = new Set<WorkNode>();
    const enqueue = (n: WorkNode) => {
      if (queued.has(n)) return;
      queued.add(n);
      level.push(n);
    };
    for (const seed of this.seeds) this.addSeed(seed, enqueue);
    while (level.length > 0) {
      const current = level;
      level = [];
      queued.clear();
      await Promise.all(current.filter((n) => !n.direct && !n.selection).map((n) => this.choose(n)));
      await Promise.all(
        current
          .filter((n) => installable(n) && !n.dependencies)
          .map(async (n) => {
            const found = await this.hooks.dependencies(n.name, n.selection!);
            if (!found.known && found.stops) n.selection = { target: this.opts.target, kind: 'none', version: n.selection!.version, reason: found.reason };
            else n.dependencies = found;
          }),
      );
      const excluded: Array<{ node: WorkNode; edge: Edge }> = [];
      for (const n of current) this.expand(n, enqueue, excluded);
      for (const { node, edge } of excluded) await this.settle(node, edge);
    }
  }

  private newNode(name: string, displayName: string, via: string[], root: number, topLevel: boolean): WorkNode {
    return {
      name,
      displayName,
      via,
      root,
      roots: [root],
      topLevel,
      direct: false,
      conflict: false,
      extras: [],
      invalid: [],
      missingExtras: [],
      edges: [],
      hashes: [],
      requested: new Set(),
      expanded: new Set(),
    };
  }

  private addSeed(seed: Seed, enqueue: (n: WorkNode) => void): void {
    let node = this.nodes.get(seed.name);
    if (!node) {
      if (this.nodes.size >= this.opts.maxNodes) {
        this.truncated = true;
        return;
      }
      node = this.newNode(seed.name, seed.displayName, [seed.displayName], seed.root, true);
      this.nodes.set(seed.name, node);
      enqueue(node);
    }
    node.topLevel = true;
    if (!node.roots.includes(seed.root)) node.roots.push(seed.root);
    if (seed.direct) node.direct = true;
    node.edges.push({ specifier: seed.specifier, label: seed.label });
    node.hashes.push(...seed.hashes);
    for (const e of seed.extras) node.requested.add(normalizeName(e));
  }

  /** Chooses a version for a node from every requirement seen so far, hints first. */
  private async choose(n: WorkNode): Promise<void> {
    const specs = this.specifiers(n);
    const hashes = this.hashesOf(n);
    const hinted = this.hints.get(n.name) ?? [];
    let selection: Selection | undefined;
    if (hinted.length > 0) {
      selection = await this.hooks.pick({ name: n.name, specifier: joinSpecifiers([...specs, ...hinted]), hashes });
      if (selection.kind === 'none') selection = undefined;
    }
    selection ??= await this.hooks.pick({ name: n.name, specifier: joinSpecifiers(specs), hashes });
    if (selection.kind === 'none') selection = await this.explain(n, selection);
    n.selection = selection;
  }

  private specifiers(n: WorkNode): string[] {
    return [...n.edges.map((e) => e.specifier), ...(this.constraints.get(n.name) ?? []).map((c) => c.specifier)];
  }

  private hashesOf(n: WorkNode): string[] {
    return [...new Set([...n.hashes, ...(this.constraints.get(n.name) ?? []).flatMap((c) => c.hashes)])];
  }

  private requirementsOf(n: WorkNode): Edge[] {
    return [...n.edges, ...(this.constraints.get(n.name) ?? []).map((c) => ({ specifier: c.specifier, label: c.label }))];
  }

  /**
   * Nothing fits every requirement: when each one alone can be met, that is a conflict, named by
   * a pair that excludes each other; otherwise the finder's own reason stands.
   */
  private async explain(n: WorkNode, selection: Selection): Promise<Selection> {
    const reqs = this.requirementsOf(n).filter((r, i, a) => r.specifier !== '' && a.findIndex((x) => x.specifier === r.specifier) === i);
    if (reqs.length < 2) return selection;
    const hashes = this.hashesOf(n);
    const alone = await Promise.all(reqs.map((r) => this.hooks.pick({ name: n.name, specifier: r.specifier, hashes })));
    const failing = alone.findIndex((s) => s.kind === 'none');
    if (failing >= 0) return alone[failing]!;
    const reason = await this.conflictReason(n, reqs);
    n.conflict = true;
    return { target: this.opts.target, kind: 'none', reason };
  }

  private async conflictReason(n: WorkNode, reqs: Edge[]): Promise<string> {
    const hashes = this.hashesOf(n);
    const limited = reqs.slice(0, MAX_PAIR_SEARCH);
    for (let i = 0; i < limited.length; i++) {
      for (let j = i + 1; j < limited.length; j++) {
        const both = await this.hooks.pick({ name: n.name, specifier: joinSpecifiers([limited[i]!.specifier, limited[j]!.specifier]), hashes });
        if (both.kind === 'none') {
          return `conflicting requirements: no version of ${n.displayName} satisfies both ${limited[i]!.label} and ${limited[j]!.label}; pip would stop here`;
        }
      }
    }
    const shown = reqs.slice(0, 5).map((r) => r.label);
    const more = reqs.length > 5 ? ` and ${reqs.length - 5} more` : '';
    return `conflicting requirements: no version of ${n.displayName} satisfies all of ${shown.join(', ')}${more}; pip would stop here`;
  }

  private expand(n: WorkNode, enqueue: (n: WorkNode) => void, excluded: Array<{ node: WorkNode; edge: Edge }>): void {
    if (!installable(n) || n.dependencies?.known !== true) return;
    const env = this.opts.target.env;
    const version = n.selection!.version;
    const requirer = `${n.displayName}${version ? ' ' + version : ''}`;
    const chain = n.via.length > 1 ? ` (via ${n.via.join(' -> ')})` : '';
    const provided = new Set(n.dependencies.extras.map(normalizeName));
    for (const extra of ['', ...[...n.requested].sort()]) {
      if (n.expanded.has(extra)) continue;
      n.expanded.add(extra);
      // pip honors only the extras a distribution declares (Provides-Extra)
      if (extra !== '' && !provided.has(extra)) {
        n.missingExtras.push(extra);
        continue;
      }
      if (extra !== '') n.extras.push(extra);
      for (const text of n.dependencies.requirements) {
        let req;
        try {
          req = parseRequirement(text);
          if (!applies(req.marker, env, extra)) continue;
        } catch (err) {
          if (extra === '') n.invalid.push(`"${text}": ${(err as Error).message}`);
          continue;
        }
        const name = normalizeName(req.name);
        const edge: Edge = { specifier: req.specifier, label: `"${text.trim()}" from ${requirer}${chain}` };
        this.addEdge(n, name, req.name, edge, req.extras, req.url, enqueue, excluded);
      }
    }
  }

  private addEdge(
    from: WorkNode,
    name: string,
    displayName: string,
    edge: Edge,
    extras: string[],
    url: string | undefined,
    enqueue: (n: WorkNode) => void,
    excluded: Array<{ node: WorkNode; edge: Edge }>,
  ): void {
    let node = this.nodes.get(name);
    const isNew = !node;
    if (!node) {
      if (this.nodes.size >= this.opts.maxNodes) {
        this.truncated = true;
        return;
      }
      node = this.newNode(name, displayName, [...from.via, displayName], from.root, false);
      this.nodes.set(name, node);
      if (url !== undefined) {
        // PyPI refuses uploads whose metadata has direct references; another index may not.
        node.selection = {
          target: this.opts.target,
          kind: 'none',
          reason: `${from.displayName} requires it by a direct reference (${url}) in its metadata, which is not followed`,
        };
      }
    }
    for (const r of from.roots) if (!node.roots.includes(r)) node.roots.push(r);
    node.edges.push(edge);
    let newExtras = false;
    for (const e of extras) {
      const x = normalizeName(e);
      if (!node.requested.has(x)) {
        node.requested.add(x);
        newExtras = true;
      }
    }
    if (isNew) {
      enqueue(node);
      return;
    }
    if (node.direct || node.conflict || !node.selection) return;
    if (node.selection.kind !== 'none' && !admits(node.selection.version, edge.specifier)) {
      excluded.push({ node, edge });
      return;
    }
    if (newExtras && node.dependencies) enqueue(node);
  }

  /** A later requirement excludes the version chosen: learn it for the next walk, or it is a conflict. */
  private async settle(n: WorkNode, edge: Edge): Promise<void> {
    if (n.conflict || admits(n.selection?.version, edge.specifier)) return;
    const hashes = this.hashesOf(n);
    const other = await this.hooks.pick({ name: n.name, specifier: joinSpecifiers(this.specifiers(n)), hashes });
    if (other.kind === 'none') {
      const reqs = this.requirementsOf(n).filter((r, i, a) => r.specifier !== '' && a.findIndex((x) => x.specifier === r.specifier) === i);
      n.conflict = true;
      n.selection = { target: this.opts.target, kind: 'none', reason: await this.conflictReason(n, reqs) };
      return;
    }
    if (this.last) {
      // No walk is left to redo: take the version every requirement allows, without following
      // what that version requires instead.
      n.selection = other;
      if (!this.unsettled.includes(n.displayName)) this.unsettled.push(n.displayName);
      return;
    }
    this.learned.push({ name: n.name, specifier: edge.specifier });
  }
}

export async function resolveGraph(seeds: Seed[], constraints: Constraint[], hooks: GraphHooks, opts: GraphOptions): Promise<Graph> {
  const byName = new Map<string, Constraint[]>();
  for (const c of constraints) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
  const hints = new Map<string, string[]>();
  for (let pass = 1; ; pass++) {
    const last = pass >= opts.maxPasses;
    const walk = new Walk(seeds, byName, hints, hooks, opts, last);
    await walk.run();
    if (last || walk.learned.length === 0) {
      const nodes = new Map<string, GraphNode>();
      for (const [name, n] of walk.nodes) {
        const { edges: _edges, hashes: _hashes, requested: _requested, expanded: _expanded, ...node } = n;
        nodes.set(name, node);
      }
      return { target: opts.target, nodes, truncated: walk.truncated, unsettled: walk.unsettled, passes: pass };
    }
    for (const { name, specifier } of walk.learned) {
      const known = hints.get(name) ?? [];
      if (!known.includes(specifier)) hints.set(name, [...known, specifier]);
    }
  }
}
