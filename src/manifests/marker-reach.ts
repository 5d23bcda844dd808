// The marker under which a package of a lock gets installed, when the lock records markers on the
// dependency edges (uv.lock) rather than on the packages: the `or`, over every path from a root, of
// the `and` of the markers along it. Markers are kept as opaque text (atoms) in disjunctive normal
// form; a result too large to be useful is widened to "always", which installs more, never less.

export interface MarkerEdge {
  from: number;
  to: number;
  /** Absent: the edge is always taken. */
  marker?: string;
}

export interface Reach {
  reached: boolean;
  /** Absent when reached unconditionally (or when the condition was too large to state). */
  marker?: string;
}

export interface ReachLimits {
  /** Most `or` terms kept for one node before it is widened to "always". */
  maxClauses: number;
  /** Most markers `and`-ed in one term before the node is widened to "always". */
  maxAtoms: number;
}

const DEFAULT_LIMITS: ReachLimits = { maxClauses: 16, maxAtoms: 6 };

/** A conjunction of atoms, as sorted atom ids; the empty clause is "always". */
type Clause = number[];

function isSubset(small: Clause, big: Clause): boolean {
  if (small.length > big.length) return false;
  let j = 0;
  for (const x of small) {
    while (j < big.length && big[j] < x) j++;
    if (big[j] !== x) return false;
    j++;
  }
  return true;
}

function withAtom(clause: Clause, atom: number): Clause {
  if (clause.includes(atom)) return clause;
  return [...clause, atom].sort((a, b) => a - b);
}

/** Adds `clause` unless an existing clause already implies it; drops the clauses it implies. */
function absorb(target: Clause[], clause: Clause): boolean {
  if (target.some((c) => isSubset(c, clause))) return false;
  for (let i = target.length - 1; i >= 0; i--) if (isSubset(clause, target[i])) target.splice(i, 1);
  target.push(clause);
  return true;
}

function wrap(marker: string): string {
  return /\s(or|and)\s/.test(marker) ? `(${marker})` : marker;
}

function render(clauses: Clause[], atoms: string[]): string | undefined {
  if (clauses.some((c) => c.length === 0)) return undefined;
  const terms = clauses.map((c) => (c.length === 1 ? atoms[c[0]] : c.map((a) => wrap(atoms[a])).join(' and ')));
  const distinct = [...new Set(terms)].sort();
  return distinct.length === 1 ? distinct[0] : distinct.map(wrap).join(' or ');
}

/**
 * For each of `nodeCount` nodes, whether any root reaches it and under which marker. Roots are
 * reached unconditionally. Terminates on cyclic graphs: a node's set of terms only ever grows
 * and is bounded by the finite set of markers on the edges.
 */
export function reachMarkers(nodeCount: number, roots: number[], edges: MarkerEdge[], limits: ReachLimits = DEFAULT_LIMITS): Reach[] {
  const atomIds = new Map<string, number>();
  const atoms: string[] = [];
  const atomOf = (marker: string): number => {
    let id = atomIds.get(marker);
    if (id === undefined) {
      id = atoms.length;
      atoms.push(marker);
      atomIds.set(marker, id);
    }
    return id;
  };
  const outgoing: Array<Array<{ to: number; atom?: number }>> = Array.from({ length: nodeCount }, () => []);
  for (const e of edges) outgoing[e.from].push({ to: e.to, atom: e.marker === undefined ? undefined : atomOf(e.marker) });

  const value: Array<Clause[] | undefined> = new Array(nodeCount).fill(undefined);
  const queued = new Set<number>();
  const queue: number[] = [];
  const enqueue = (n: number): void => {
    if (!queued.has(n)) {
      queued.add(n);
      queue.push(n);
    }
  };
  for (const r of roots) {
    value[r] = [[]];
    enqueue(r);
  }
  for (let head = 0; head < queue.length; head++) {
    const n = queue[head];
    queued.delete(n);
    const from = [...value[n]!];
    for (const { to, atom } of outgoing[n]) {
      const target = (value[to] ??= []);
      const wasAlways = target.length === 1 && target[0].length === 0;
      if (wasAlways) continue;
      let changed = false;
      for (const clause of from) if (absorb(target, atom === undefined ? clause : withAtom(clause, atom))) changed = true;
      if (target.length > limits.maxClauses || target.some((c) => c.length > limits.maxAtoms)) target.splice(0, target.length, []);
      if (changed) enqueue(to);
    }
  }
  return value.map((clauses) => (clauses === undefined || clauses.length === 0 ? { reached: false } : { reached: true, marker: render(clauses, atoms) }));
}
