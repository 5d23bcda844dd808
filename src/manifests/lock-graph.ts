// `via` for locks that record each package's dependencies but not where installation starts
// (poetry.lock's `[package.dependencies]`, pdm.lock's `dependencies`): the packages nothing else in
// the lock requires are the ones the project declares, and each other package is reached from them.
// The chain is the shortest breadth-first one, top-level first, this package last; a package only a
// cycle reaches gets none.

import { normalizeName } from '../python/names.js';
import { parseRequirement } from '../python/requirements.js';

export interface LockNode {
  displayName: string;
  /** Normalized names this package requires (any marker, any extra). */
  requires: string[];
}

/** By index in `nodes`: the chain to it, or undefined. */
export function lockChains(nodes: LockNode[]): Array<string[] | undefined> {
  const byName = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    const key = normalizeName(n.displayName);
    byName.set(key, [...(byName.get(key) ?? []), i]);
  });
  const required = new Set(nodes.flatMap((n) => n.requires));
  const chains: Array<string[] | undefined> = nodes.map(() => undefined);
  const queue: number[] = [];
  nodes.forEach((n, i) => {
    if (!required.has(normalizeName(n.displayName))) {
      chains[i] = [n.displayName];
      queue.push(i);
    }
  });
  for (let head = 0; head < queue.length; head++) {
    const from = queue[head]!;
    for (const name of nodes[from]!.requires) {
      for (const to of byName.get(name) ?? []) {
        if (chains[to] !== undefined) continue;
        chains[to] = [...chains[from]!, nodes[to]!.displayName];
        queue.push(to);
      }
    }
  }
  return chains;
}

/** Names of PEP 508 requirement strings; those that do not parse are left out. */
export function requiredNames(requirements: unknown): string[] {
  if (!Array.isArray(requirements)) return [];
  return requirements.flatMap((r) => {
    if (typeof r !== 'string') return [];
    try {
      return [normalizeName(parseRequirement(r).name)];
    } catch {
      return [];
    }
  });
}
