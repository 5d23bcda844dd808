// What pip would install for one environment on one target: the top-level requirements, then
// breadth-first the dependencies each chosen distribution declares, with markers and extras
// evaluated for the target. One version per name, the highest that satisfies every requirement
// seen so far for that name, chosen as pip's finder chooses (the `pick` hook).
//
// A later requirement that excludes a version already chosen makes the whole walk run again with
// that requirement known from the start (a "hint"), so the graph never keeps edges of a version
// that was dropped. A hint only steers the choice: if the requirement that taught it is gone in the
// new walk and the hint leaves nothing to choose, the choice is made without it.
//
// Backtracking, as pip's resolver (resolvelib) does it. A version whose own requirements cannot be
// met together with what is already required (a name no index has, or a range that excludes every
// version another requirement allows) is given up at once, and the next older version is tried,
// as resolvelib does when it pins a candidate. When every version of a name is given up, or two
// requirements of a name exclude each other, the walk backjumps: the most recently chosen version
// that brought one of the names involved, and that has another version to take, is excluded, and
// the walk runs again without it. Each backjump costs a walk; within maxPasses the graph is what pip
// installs in these cases, and when they run out the graph says it gave up (`gaveUp`).
//
// When no way is left, the name is a conflict, reported with two requirements that exclude each
// other and the chains that bring them, and nothing is guessed.

import type { MarkerEnvironment, Selection, Target } from '../types.js';
import { evaluateMarker } from '../python/markers.js';
import { normalizeName } from '../python/names.js';
import { parseRequirement } from '../python/requirements.js';
import { satisfies } from '../python/version.js';
import { inTurns } from '../turns.js';

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
  /** Satisfied by a direct reference (VCS, URL, path): never looked up, followed only with `dependencies`. */
  direct?: boolean;
  /** A direct reference's own dependencies, when the scan fetched it and they are known. */
  dependencies?: NodeDependencies;
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
  /**
   * Asked because a version already chosen requires the name (not because a manifest names it):
   * its page goes before pages nothing has asked for yet, so the next level is read while this
   * one's requests are still out.
   */
  followUp?: boolean;
}

/** A distribution's own dependencies and the extras it provides, or why they cannot be known without running its build. */
export type NodeDependencies =
  /** `from`: set when they were read from the sdist's build files rather than from its metadata. */
  | { known: true; requirements: string[]; extras: string[]; from?: string }
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
  /** Set when backtracking still had a conflict to undo when maxPasses ran out: what it was. */
  gaveUp?: string;
  /** Versions given up by backtracking, as `name version`, in the order they were given up. */
  backtracked: string[];
}

interface Edge {
  specifier: string;
  label: string;
  /** The name whose chosen version requires this; absent for top-level requirements and constraints. */
  parent?: string;
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
/** Versions of one name tried in one walk before the walk gives up on it. */
const MAX_CANDIDATES = 64;

/** A name no version of which can be installed with the rest: the names a backjump looks for. */
interface Failure {
  node: WorkNode;
  names: Set<string>;
}

class Walk {
  readonly nodes = new Map<string, WorkNode>();
  truncated = false;
  /** Hints learned in this walk, for the next one. */
  readonly learned: Array<{ name: string; specifier: string }> = [];

  /** Nodes in the order their versions were chosen. */
  readonly order: WorkNode[] = [];
  /** The first name that could not be installed in this walk, for the backjump. */
  failure?: Failure;

  constructor(
    private readonly seeds: Seed[],
    private readonly constraints: Map<string, Constraint[]>,
    private readonly hints: Map<string, string[]>,
    /** Versions given up by earlier backjumps: never chosen again. */
    private readonly exclusions: Map<string, Set<string>>,
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
      const choosing = current.filter((n) => !n.direct && !n.selection);
      await inTurns(choosing, (n) => this.chooseViable(n));
      for (const n of choosing) if (installable(n)) this.order.push(n);
      await inTurns(
        current.filter((n) => installable(n) && !n.dependencies),
        async (n) => {
          const found = await this.hooks.dependencies(n.name, n.selection!);
          if (!found.known && found.stops) n.selection = { target: this.opts.target, kind: 'none', version: n.selection!.version, reason: found.reason };
          else n.dependencies = found;
        },
      );
      const excluded: Array<{ node: WorkNode; edge: Edge }> = [];
      for (const n of current) this.expand(n, enqueue, excluded);
      for (const { node, edge } of excluded) await this.settle(node, edge);
      // a walk that must backjump stops here: the next one starts over without the version given up
      if (this.failure && !this.last) return;
    }
  }

  private fail(n: WorkNode, names: Iterable<string>): void {
    if (this.failure) return;
    const all = new Set([n.name, ...names]);
    for (const e of n.edges) if (e.parent !== undefined) all.add(e.parent);
    this.failure = { node: n, names: all };
  }

  private excludedSpecifiers(name: string): string[] {
    return [...(this.exclusions.get(name) ?? [])].map((v) => `!=${v}`);
  }

  /**
   * Chooses a version whose own requirements can be met with what is already required, trying
   * older ones as resolvelib tries a name's candidates in turn.
   */
  private async chooseViable(n: WorkNode): Promise<void> {
    const rejected: Array<{ version: string; reason: string }> = [];
    const names = new Set<string>();
    for (;;) {
      await this.choose(n, rejected.map((r) => r.version));
      if (!installable(n)) break;
      const found = await this.hooks.dependencies(n.name, n.selection!);
      // pip stops at this distribution itself (its metadata fails its hash): nothing is installed
      if (!found.known && found.stops) {
        n.selection = { target: this.opts.target, kind: 'none', version: n.selection!.version, reason: found.reason };
        break;
      }
      n.dependencies = found;
      const unmet = await this.unmet(n);
      if (!unmet) break;
      rejected.push({ version: n.selection!.version!, reason: unmet.reason });
      for (const x of unmet.names) names.add(x);
      n.dependencies = undefined;
      if (rejected.length >= MAX_CANDIDATES) {
        n.selection = { target: this.opts.target, kind: 'none', reason: `gave up on ${n.displayName} after trying ${MAX_CANDIDATES} versions whose requirements cannot be met; pip would go on trying older ones` };
        break;
      }
    }
    if (rejected.length > 0) {
      this.backtracked.push(...rejected.map((r) => `${n.displayName} ${r.version}`));
      if (!installable(n)) {
        n.conflict = true;
        const shown = rejected.slice(0, 3).map((r) => `${n.displayName} ${r.version} ${r.reason}`);
        const more = rejected.length > 3 ? ` (and ${rejected.length - 3} more versions)` : '';
        n.selection = { target: this.opts.target, kind: 'none', reason: `no version of ${n.displayName} can be installed: ${shown.join('; ')}${more}; pip would stop here` };
        this.fail(n, names);
      }
    }
  }

  readonly backtracked: string[] = [];

  /** A requirement of the chosen version that nothing can meet with what is already required, and why. */
  private async unmet(n: WorkNode): Promise<{ reason: string; names: string[] } | undefined> {
    if (n.dependencies?.known !== true) return undefined;
    const env = this.opts.target.env;
    const provided = new Set(n.dependencies.extras.map(normalizeName));
    const extras = [...n.requested].filter((x) => provided.has(x));
    for (const text of n.dependencies.requirements) {
      let req;
      try {
        req = parseRequirement(text);
        if (req.url !== undefined) continue;
        if (req.marker && !evaluateMarker(req.marker, env, extras)) continue;
      } catch {
        continue;
      }
      const name = normalizeName(req.name);
      if (name === n.name) continue;
      const other = this.nodes.get(name);
      if (other?.direct) continue;
      const specs = [...(other ? this.specifiers(other) : (this.constraints.get(name) ?? []).map((c) => c.specifier)), req.specifier, ...this.excludedSpecifiers(name)];
      const hashes = other ? this.hashesOf(other) : [...new Set((this.constraints.get(name) ?? []).flatMap((c) => c.hashes))];
      const found = await this.hooks.pick({ name, specifier: joinSpecifiers(specs), hashes, followUp: true });
      // The file the next level will most likely choose: its metadata is read now, while this
      // level's requests are out, not a round trip after it. Only where the index serves that
      // metadata as a file of its own: one small request, wasted only if a later requirement
      // narrows the choice.
      if (found.kind === 'wheel' && found.file?.coreMetadata) void this.hooks.dependencies(name, found);
      if (found.kind === 'none') {
        const parents = other ? other.edges.flatMap((e) => (e.parent !== undefined ? [e.parent] : [])) : [];
        return { reason: `requires "${text.trim()}", which cannot be met (${found.reason})`, names: [name, ...parents] };
      }
    }
    return undefined;
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
    if (seed.direct) {
      node.direct = true;
      if (seed.dependencies) node.dependencies = seed.dependencies;
    }
    node.edges.push({ specifier: seed.specifier, label: seed.label });
    node.hashes.push(...seed.hashes);
    for (const e of seed.extras) node.requested.add(normalizeName(e));
  }

  /** Chooses a version for a node from every requirement seen so far, hints first, never an excluded one. */
  private async choose(n: WorkNode, rejected: string[] = []): Promise<void> {
    const specs = [...this.specifiers(n), ...this.excludedSpecifiers(n.name), ...rejected.map((v) => `!=${v}`)];
    const hashes = this.hashesOf(n);
    const hinted = this.hints.get(n.name) ?? [];
    const followUp = n.edges.some((e) => e.parent !== undefined);
    let selection: Selection | undefined;
    if (hinted.length > 0) {
      selection = await this.hooks.pick({ name: n.name, specifier: joinSpecifiers([...specs, ...hinted]), hashes, followUp });
      if (selection.kind === 'none') selection = undefined;
    }
    selection ??= await this.hooks.pick({ name: n.name, specifier: joinSpecifiers(specs), hashes, followUp });
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
    this.fail(n, []);
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
    if (!(installable(n) || n.direct) || n.dependencies?.known !== true) return;
    const env = this.opts.target.env;
    const version = n.selection?.version;
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
        const edge: Edge = { specifier: req.specifier, label: `"${text.trim()}" from ${requirer}${chain}`, parent: n.name };
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
      this.fail(n, []);
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

/**
 * The backjump: the most recently chosen version that brought one of the names of the failure (or
 * is one of them), and whose name has another version to take.
 */
async function backjumpTarget(walk: Walk, failure: Failure, exclusions: Map<string, Set<string>>, hooks: GraphHooks): Promise<{ name: string; version: string } | undefined> {
  for (let i = walk.order.length - 1; i >= 0; i--) {
    const m = walk.order[i]!;
    if (m === failure.node || !installable(m) || m.selection?.version === undefined) continue;
    const brings =
      failure.names.has(m.name) ||
      (m.dependencies?.known === true &&
        m.dependencies.requirements.some((text) => {
          try {
            return failure.names.has(normalizeName(parseRequirement(text).name));
          } catch {
            return false;
          }
        }));
    if (!brings) continue;
    const excluded = [...(exclusions.get(m.name) ?? []), m.selection.version].map((v) => `!=${v}`);
    const specs = [...m.edges.map((e) => e.specifier), ...excluded];
    const other = await hooks.pick({ name: m.name, specifier: joinSpecifiers(specs), hashes: m.hashes });
    if (other.kind !== 'none') return { name: m.name, version: m.selection.version };
  }
  return undefined;
}

export async function resolveGraph(seeds: Seed[], constraints: Constraint[], given: GraphHooks, opts: GraphOptions): Promise<Graph> {
  // Backtracking asks the finder the same question many times, across walks too: ask it once.
  const picks = new Map<string, Promise<Selection>>();
  const hooks: GraphHooks = {
    pick: (req) => {
      const key = JSON.stringify([req.name, req.specifier, [...req.hashes].sort()]);
      let p = picks.get(key);
      if (!p) {
        p = given.pick(req);
        picks.set(key, p);
      }
      return p;
    },
    dependencies: (name, selection) => given.dependencies(name, selection),
  };
  const byName = new Map<string, Constraint[]>();
  for (const c of constraints) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
  const hints = new Map<string, string[]>();
  const exclusions = new Map<string, Set<string>>();
  const backtracked: string[] = [];
  for (let pass = 1; ; pass++) {
    const last = pass >= opts.maxPasses;
    const walk = new Walk(seeds, byName, hints, exclusions, hooks, opts, last);
    await walk.run();
    for (const b of walk.backtracked) if (!backtracked.includes(b)) backtracked.push(b);
    const jump = walk.failure && !last ? await backjumpTarget(walk, walk.failure, exclusions, hooks) : undefined;
    if (last || (walk.learned.length === 0 && !jump)) {
      const nodes = new Map<string, GraphNode>();
      for (const [name, n] of walk.nodes) {
        const { edges: _edges, hashes: _hashes, requested: _requested, expanded: _expanded, ...node } = n;
        nodes.set(name, node);
      }
      const graph: Graph = { target: opts.target, nodes, truncated: walk.truncated, unsettled: walk.unsettled, passes: pass, backtracked };
      if (last && walk.failure) graph.gaveUp = `backtracking gave up after ${pass} walks with ${walk.failure.node.displayName} still unresolved; pip, which goes on longer, may find versions that install`;
      return graph;
    }
    if (jump) {
      const set = exclusions.get(jump.name) ?? new Set<string>();
      set.add(jump.version);
      exclusions.set(jump.name, set);
      backtracked.push(`${jump.name} ${jump.version}`);
    }
    for (const { name, specifier } of walk.learned) {
      const known = hints.get(name) ?? [];
      if (!known.includes(specifier)) hints.set(name, [...known, specifier]);
    }
  }
}
