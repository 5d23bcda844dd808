// Which dependencies a change adds or alters. On a pull request only those gate; the others were
// already there at its base and are reported as pre-existing. Pure functions over parsed manifests:
// reading the base revision lives in base-manifests.ts.

import type { Dependency, PipOptions, SourceRef, Verdict } from './types.js';
import { FormatControl } from './python/format-control.js';
import { normalizeName } from './python/names.js';

export type Scope = 'changed' | 'all';
export const SCOPES: readonly Scope[] = ['changed', 'all'];

/** What the run was asked to compare and what it could: `applied` is `all` whenever the base was unreadable. */
export interface ScopeReport {
  requested: Scope;
  applied: Scope;
  /** What was compared with, e.g. `base commit 1a2b3c4 (git)`. */
  base?: string;
  /** Why `changed` fell back to `all`. */
  note?: string;
}

/** One parsed manifest, in the shape the scan keeps it. */
export interface ManifestDeps {
  deps: Dependency[];
  constraints: Dependency[];
  options?: PipOptions;
}

function specifierClauses(...specs: string[]): string[] {
  const clauses = specs.flatMap((s) => s.split(',')).map((c) => c.replace(/\s+/g, ''));
  return [...new Set(clauses.filter(Boolean))].sort();
}

/**
 * Everything that decides which file pip installs for a dependency: its normalized name, the
 * version it asks for (locked version, direct reference, or specifier with the constraints that
 * narrow it), its markers and hashes, and the pip options of its file (indexes, binary/source
 * rules, pre-releases). A change to any of them can change what gets built, so it is in scope.
 */
export function requestKey(dep: Dependency, manifest: ManifestDeps): string {
  const constraints = manifest.constraints.filter((c) => c.name === dep.name);
  const pip = manifest.options;
  const formats = [...FormatControl.from(pip?.formatControl).allowed(dep.name)].sort();
  const requested = dep.direct
    ? ['direct', dep.direct.kind, dep.direct.url]
    : dep.locked
      ? ['locked', dep.locked.version, dep.locked.indexUrl ?? '', (dep.locked.files ?? []).map((f) => [f.filename, f.url ?? '', JSON.stringify(f.hashes)]).sort()]
      : ['specifier', specifierClauses(dep.specifier, ...constraints.map((c) => c.specifier))];
  return JSON.stringify([
    normalizeName(dep.name),
    requested,
    (dep.marker ?? '').replace(/\s+/g, ' ').trim(),
    [...dep.hashes, ...constraints.flatMap((c) => c.hashes)].sort(),
    dep.editable ?? false,
    pip ? [pip.indexUrl ?? '', [...pip.extraIndexUrls].sort(), pip.noIndex, pip.pre, pip.preferBinary] : [],
    formats,
  ]);
}

/** Identifies one declaration: a verdict's sources are the declarations of its dependency. */
export function sourceKey(source: SourceRef, name: string): string {
  return `${source.path}\0${source.line}\0${normalizeName(name)}`;
}

/**
 * The declarations at the head that the base does not have in the same form: a new name, another
 * version or specifier, other markers, hashes, indexes or binary rules. Where in the repository a
 * declaration sits does not matter, so moving a requirement between files changes nothing.
 */
export function changedDeclarations(head: ManifestDeps[], base: ManifestDeps[]): Set<string> {
  const before = new Set<string>();
  for (const m of base) for (const d of m.deps) before.add(requestKey(d, m));
  const changed = new Set<string>();
  for (const m of head) for (const d of m.deps) if (!before.has(requestKey(d, m))) changed.add(sourceKey(d.source, d.name));
  return changed;
}

/**
 * Marks every verdict none of whose declarations changed as pre-existing. Without a comparison
 * (`changed` undefined) nothing is marked: every dependency gates.
 */
export function markPreexisting(verdicts: Verdict[], changed: Set<string> | undefined): Verdict[] {
  if (!changed) return verdicts;
  // A transitive dependency's sources are the declarations that pull it in: it is as new as they are.
  const changedLines = new Set([...changed].map((k) => k.slice(0, k.lastIndexOf('\0'))));
  return verdicts.map((v) => {
    const touched =
      v.sources.length === 0 ||
      v.sources.some((s) => changed.has(sourceKey(s, v.name)) || (v.via !== undefined && changedLines.has(`${s.path}\0${s.line}`)));
    return touched ? v : { ...v, preexisting: true };
  });
}
