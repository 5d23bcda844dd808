// uv's conflict markers. With `[tool.uv] conflicts`, uv resolves extras and groups that may not be
// installed together, and writes on a lock's edges which of them are active as
// `extra == 'extra-<len>-<package>-<extra>'` or `extra == 'group-<len>-<package>-<group>'` (the
// package name's length in bytes, so the fields split unambiguously). At install time uv evaluates
// these against the extras and groups the user activates, and refuses to activate two members of one
// conflict set together (the lock's top-level `conflicts`). A scan stands for every selection uv
// allows: a term of a marker holds for some allowed selection unless it needs two members of one
// set active, or one item both active and not. Such a term is dropped; in the others the tests of
// the selection hold, and only the environment part is kept.

import { formatMarker, parseMarker, type Marker } from '../python/markers.js';
import { normalizeName } from '../python/names.js';
import { EntryError, asTableArray, isTable, optionalString, requiredString, type Table } from './lock-entry.js';

/** The conflict sets of a lock, each as the encoded names of its items. */
export type ConflictSets = string[][];

function encode(kind: 'extra' | 'group', pkg: string, item: string): string {
  const name = normalizeName(pkg);
  return `${kind}-${new TextEncoder().encode(name).length}-${name}-${normalizeName(item)}`;
}

/** Reads `conflicts = [[{ package, extra | group }, ...], ...]`; `package` is required by uv's format. */
export function readConflicts(doc: Table): ConflictSets {
  const raw = doc.conflicts;
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new EntryError('"conflicts" must be an array of arrays of tables');
  return raw.map((set, i) => {
    const items = asTableArray(set, `"conflicts" set ${i + 1}`);
    return items.map((item, j) => {
      const what = `"conflicts" set ${i + 1} item ${j + 1}`;
      if (!isTable(item)) throw new EntryError(`${what} must be a table`);
      const pkg = requiredString(item, 'package');
      const extra = optionalString(item, 'extra');
      const group = optionalString(item, 'group');
      if ((extra === undefined) === (group === undefined)) throw new EntryError(`${what} must name exactly one of "extra" and "group"`);
      return extra !== undefined ? encode('extra', pkg, extra) : encode('group', pkg, group!);
    });
  });
}

/** Whether an `extra` value is in uv's encoded form (`extra-11-pydantic-ai-mcp`). */
export function isEncodedItem(value: string): boolean {
  const m = /^(extra|group)-(\d+)-(.*)$/.exec(value);
  if (!m) return false;
  const len = Number(m[2]);
  const tail = m[3];
  return tail.length > len && tail[len] === '-' && tail.length > len + 1;
}

type Literal = { selection: true; item: string; active: boolean } | { selection: false; marker: Marker } | { selection: 'other' };
type Term = Literal[];

const MAX_TERMS = 512;

function literalOf(m: Marker & { kind: 'compare' }): Literal {
  const variable = [m.left, m.right].find((o) => o.kind === 'variable');
  const value = [m.left, m.right].find((o) => o.kind === 'string');
  if (variable?.kind === 'variable' && (variable.name === 'extra' || variable.name === 'extras' || variable.name === 'dependency_groups')) {
    if (variable.name === 'extra' && value?.kind === 'string' && (m.op === '==' || m.op === '!=')) {
      const item = normalizeName(value.value);
      if (isEncodedItem(item)) return { selection: true, item, active: m.op === '==' };
    }
    return { selection: 'other' };
  }
  return { selection: false, marker: m };
}

/** The marker as an `or` of `and`s, or undefined when that grows past MAX_TERMS. */
function dnf(m: Marker): Term[] | undefined {
  if (m.kind === 'compare') return [[literalOf(m)]];
  const parts: Term[][] = [];
  for (const item of m.items) {
    const d = dnf(item);
    if (d === undefined) return undefined;
    parts.push(d);
  }
  if (m.kind === 'or') {
    const out = parts.flat();
    return out.length > MAX_TERMS ? undefined : out;
  }
  let out: Term[] = [[]];
  for (const part of parts) {
    const next: Term[] = [];
    for (const a of out) for (const b of part) next.push([...a, ...b]);
    if (next.length > MAX_TERMS) return undefined;
    out = next;
  }
  return out;
}

function possible(term: Term, sets: ConflictSets): boolean {
  const active = new Set<string>();
  const inactive = new Set<string>();
  for (const l of term) if (l.selection === true) (l.active ? active : inactive).add(l.item);
  for (const item of active) if (inactive.has(item)) return false;
  return !sets.some((set) => set.filter((item) => active.has(item)).length >= 2);
}

/**
 * The environment part of a lock edge's marker under the selections uv allows: `undefined` when it
 * holds everywhere, `false` when no allowed selection takes the edge, else the marker that remains.
 * Only markers with uv's encoded items are rewritten here; `null` means "not one of those".
 */
export function resolveConflictMarker(marker: string, sets: ConflictSets): string | undefined | false | null {
  if (!/\b(extra|group)-\d+-/.test(marker)) return null;
  let ast: Marker;
  try {
    ast = parseMarker(marker);
  } catch {
    return null;
  }
  const terms = dnf(ast);
  if (terms === undefined) return null;
  const kept = terms.filter((t) => possible(t, sets)).map((t) => t.flatMap((l) => (l.selection === false ? [l.marker] : [])));
  if (kept.length === 0) return false;
  if (kept.some((t) => t.length === 0)) return undefined;
  const rendered = [...new Set(kept.map((t) => formatMarker(t.length === 1 ? t[0] : { kind: 'and', items: t })))];
  if (rendered.length === 1) return rendered[0];
  return formatMarker({ kind: 'or', items: rendered.map((r) => parseMarker(r)) });
}
