// uv.lock (version 1, revisions 1-3): every `[[package]]` uv resolved, with its `source`, its
// `sdist` and `wheels`, and its dependency edges. The workspace's own projects (the root and the
// `[manifest] members`, whose sources are `editable`, `virtual` or `directory`) are where
// installation starts, not dependencies. uv writes markers on edges, not on packages, so a
// package's marker is derived from every path that reaches it from the workspace (marker-reach.ts):
// the `or` over paths of the `and` along each. When that grows past 16 terms (or 6 markers in one
// term) the package gets no marker: counted as installed everywhere, never less than uv would. A
// package's `resolution-markers` only repeat what its edges already say, and are not read. A
// package no path reaches (a lock without a workspace project) is kept, without a marker.

import { parse as parseToml } from 'smol-toml';
import type { Dependency, DependencyKind, Diagnostic, DirectReference, FileRef, Parser } from '../types.js';
import { normalizeName } from '../python/names.js';
import {
  asTableArray,
  checkedName,
  checkedVersion,
  describeError,
  EntryError,
  fileRef,
  filenameOf,
  isTable,
  locationReference,
  lockedDependency,
  lockResult,
  markerProblem,
  optionalNumber,
  optionalString,
  optionalTable,
  parseHash,
  requiredString,
  stringArray,
  tableArray,
  tomlSyntaxDiagnostic,
  vcsReference,
  withoutSelectionTests,
  type Table,
} from './lock-entry.js';
import { reachMarkers, type MarkerEdge } from './marker-reach.js';
import { readConflicts, resolveConflictMarker, type ConflictSets } from './uv-conflicts.js';
import { TomlLines } from './toml-lines.js';

const SUPPORTED_VERSION = 1;
const SOURCE_KINDS = ['registry', 'git', 'url', 'path', 'directory', 'editable', 'virtual'] as const;
type SourceKind = (typeof SOURCE_KINDS)[number];

interface Edge {
  name: string;
  version?: string;
  source?: string;
  marker?: string;
  extras: string[];
}

interface Locked {
  index: number;
  line: number;
  displayName: string;
  name: string;
  version?: string;
  sourceKind: SourceKind;
  sourceLocation: string;
  sourceKey: string;
  indexUrl?: string;
  direct?: DirectReference;
  files: FileRef[];
  hashes: string[];
  dependencies: Edge[];
  optional: Map<string, Edge[]>;
  groups: Map<string, Edge[]>;
}

/** Tables compare by content: an edge's `source` names its package's `source`. */
function sourceKey(table: Table): string {
  return JSON.stringify(Object.keys(table).sort().map((k) => [k, table[k]]));
}

/** `https://host/repo?tag=v1&subdirectory=pkg#<commit>` -> pip's `git+https://host/repo@<commit>#subdirectory=pkg`. */
function gitReference(location: string): DirectReference {
  const hash = location.indexOf('#');
  const commit = hash === -1 ? undefined : location.slice(hash + 1);
  const withoutCommit = hash === -1 ? location : location.slice(0, hash);
  const query = withoutCommit.indexOf('?');
  const base = query === -1 ? withoutCommit : withoutCommit.slice(0, query);
  const params = new URLSearchParams(query === -1 ? '' : withoutCommit.slice(query + 1));
  const revision = commit || params.get('rev') || params.get('tag') || params.get('branch') || undefined;
  return vcsReference('git', base, revision, params.get('subdirectory') ?? undefined);
}

function readSource(source: Table): { kind: SourceKind; location: string; direct?: DirectReference; indexUrl?: string } {
  const kinds = SOURCE_KINDS.filter((k) => source[k] !== undefined);
  if (kinds.length !== 1) throw new EntryError(`"source" must name exactly one of ${SOURCE_KINDS.join(', ')}`);
  const kind = kinds[0];
  const location = requiredString(source, kind);
  const subdirectory = optionalString(source, 'subdirectory');
  switch (kind) {
    case 'registry':
      return { kind, location, indexUrl: location };
    case 'git':
      return { kind, location, direct: gitReference(location) };
    case 'url':
      return { kind, location, direct: locationReference(location, subdirectory) };
    case 'path':
    case 'directory':
    case 'editable':
      return { kind, location, direct: { kind: 'path', url: location } };
    case 'virtual':
      return { kind, location };
  }
}

/** An sdist or wheel record; a URL source's archive is the source URL itself. */
function readFile(record: Table, what: string, source: { kind: SourceKind; location: string }): { ref?: FileRef; hash?: string } {
  try {
    const url = optionalString(record, 'url') ?? (source.kind === 'url' ? source.location : undefined);
    const local = optionalString(record, 'path') ?? (source.kind === 'path' ? source.location : undefined);
    const filename = optionalString(record, 'filename') ?? (url !== undefined ? filenameOf(url) : local !== undefined ? filenameOf(local) : undefined);
    const rawHash = optionalString(record, 'hash');
    const hash = rawHash === undefined ? undefined : parseHash(rawHash);
    const size = optionalNumber(record, 'size');
    const ref = filename === undefined ? undefined : fileRef(filename, hash === undefined ? [] : [hash], url, size);
    return { ref, hash };
  } catch (err) {
    throw new EntryError(`${what}: ${describeError(err)}`);
  }
}

function readEdges(records: Table[], what: string): Edge[] {
  return records.map((record, i) => {
    try {
      const source = optionalTable(record, 'source');
      return {
        name: normalizeName(checkedName(requiredString(record, 'name'))),
        version: optionalString(record, 'version'),
        source: source === undefined ? undefined : sourceKey(source),
        marker: optionalString(record, 'marker'),
        extras: stringArray(record, 'extra'),
      };
    } catch (err) {
      throw new EntryError(`${what} ${i + 1}: ${describeError(err)}`);
    }
  });
}

function readEdgeGroups(table: Table | undefined, what: string): Map<string, Edge[]> {
  const groups = new Map<string, Edge[]>();
  for (const [name, records] of Object.entries(table ?? {})) groups.set(name, readEdges(asTableArray(records, `${what} "${name}"`), `${what} "${name}"`));
  return groups;
}

function readPackage(pkg: unknown, index: number, line: number): Locked {
  if (!isTable(pkg)) throw new EntryError('must be a table');
  const displayName = checkedName(requiredString(pkg, 'name'));
  const rawVersion = optionalString(pkg, 'version');
  const version = rawVersion === undefined ? undefined : checkedVersion(rawVersion);
  const sourceTable = optionalTable(pkg, 'source');
  if (sourceTable === undefined) throw new EntryError('"source" is missing');
  const source = readSource(sourceTable);
  if (version === undefined && source.direct === undefined && source.kind !== 'virtual') throw new EntryError('"version" is missing');
  const files: FileRef[] = [];
  const hashes: string[] = [];
  const records: Array<[Table, string]> = [];
  const sdist = optionalTable(pkg, 'sdist');
  if (sdist) records.push([sdist, 'sdist']);
  tableArray(pkg, 'wheels').forEach((w, i) => records.push([w, `wheel ${i + 1}`]));
  for (const [record, what] of records) {
    const { ref, hash } = readFile(record, what, source);
    if (ref) files.push(ref);
    if (hash) hashes.push(hash);
  }
  return {
    index,
    line,
    displayName,
    name: normalizeName(displayName),
    version,
    sourceKind: source.kind,
    sourceLocation: source.location,
    sourceKey: sourceKey(sourceTable),
    indexUrl: source.indexUrl,
    direct: source.direct,
    files,
    hashes,
    dependencies: readEdges(tableArray(pkg, 'dependencies'), 'dependency'),
    optional: readEdgeGroups(optionalTable(pkg, 'optional-dependencies'), 'optional dependency'),
    groups: readEdgeGroups(optionalTable(pkg, 'dev-dependencies'), 'dev dependency'),
  };
}

/** Graph nodes: one per package, one per (package, extra), and one per root group of edges. */
class Graph {
  readonly edges: MarkerEdge[] = [];
  private count: number;
  private readonly extraNodes = new Map<string, number>();
  private readonly byName = new Map<string, Locked[]>();
  readonly unresolved: Array<{ from: string; name: string; line?: number }> = [];

  constructor(
    private readonly packages: Locked[],
    private readonly conflicts: ConflictSets,
  ) {
    this.count = packages.length;
    for (const p of packages) this.byName.set(p.name, [...(this.byName.get(p.name) ?? []), p]);
    for (const p of packages) {
      this.link(p.index, p.dependencies, p.displayName, p.line);
      for (const [extra, edges] of p.optional) this.link(this.extraNode(p, extra), edges, `${p.displayName}[${extra}]`, p.line);
    }
  }

  get size(): number {
    return this.count;
  }

  newNode(): number {
    return this.count++;
  }

  /** Installing `p[extra]` installs `p` and the extra's dependencies. */
  extraNode(p: Locked, extra: string): number {
    const key = `${p.index}\0${extra}`;
    let node = this.extraNodes.get(key);
    if (node === undefined) {
      node = this.newNode();
      this.extraNodes.set(key, node);
      this.edges.push({ from: node, to: p.index });
    }
    return node;
  }

  /** The packages an edge names: by name, narrowed by version and source when it gives them. */
  targets(edge: Edge): Locked[] {
    const candidates = this.byName.get(edge.name) ?? [];
    const narrowed = candidates.filter(
      (c) => (edge.version === undefined || c.version === edge.version) && (edge.source === undefined || c.sourceKey === edge.source),
    );
    return narrowed.length > 0 ? narrowed : candidates;
  }

  link(from: number, edges: Edge[], fromName: string, line?: number): void {
    for (const edge of edges) {
      const targets = this.targets(edge);
      if (targets.length === 0) this.unresolved.push({ from: fromName, name: edge.name, line });
      // uv's conflict markers are evaluated as uv does: an edge no allowed selection takes is not one
      const resolved = edge.marker === undefined ? null : resolveConflictMarker(edge.marker, this.conflicts);
      if (resolved === false) continue;
      const marker = resolved === null ? withoutSelectionTests(edge.marker) : resolved;
      for (const t of targets) {
        this.edges.push({ from, to: t.index, marker });
        const optional = this.packages[t.index].optional;
        for (const extra of edge.extras) if (optional.has(extra)) this.edges.push({ from, to: this.extraNode(t, extra), marker });
      }
    }
  }

  /**
   * For each node, the chain of package nodes by which it is first reached breadth-first from
   * `roots` (each root named by `rootName`), ignoring markers: the lock's `via`.
   */
  chains(roots: Array<{ node: number; name: string }>): Map<number, string[]> {
    const out = new Map<number, number[]>();
    for (const e of this.edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
    const chains = new Map<number, string[]>();
    const queue: number[] = [];
    for (const { node, name } of roots) {
      if (chains.has(node)) continue;
      chains.set(node, [name]);
      queue.push(node);
    }
    for (let head = 0; head < queue.length; head++) {
      const from = queue[head]!;
      for (const to of out.get(from) ?? []) {
        if (chains.has(to)) continue;
        const pkg = to < this.packages.length ? this.packages[to] : undefined;
        const chain = chains.get(from)!;
        chains.set(to, pkg && chain[chain.length - 1] !== pkg.displayName ? [...chain, pkg.displayName] : chain);
        queue.push(to);
      }
    }
    return chains;
  }

  /** Nodes reachable from `roots`, ignoring markers. */
  reachable(roots: number[]): Set<number> {
    const out = new Map<number, number[]>();
    for (const e of this.edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
    const seen = new Set(roots);
    const stack = [...roots];
    while (stack.length > 0) for (const to of out.get(stack.pop()!) ?? []) if (!seen.has(to)) (seen.add(to), stack.push(to));
    return seen;
  }
}

function isWorkspaceProject(p: Locked, members: Set<string>): boolean {
  if (p.sourceKind !== 'editable' && p.sourceKind !== 'virtual' && p.sourceKind !== 'directory') return false;
  return members.has(p.name) || p.sourceLocation === '.' || p.sourceLocation === '';
}

export const parse: Parser = (text, path) => {
  let doc: Table;
  try {
    doc = parseToml(text) as Table;
  } catch (err) {
    return lockResult([], [tomlSyntaxDiagnostic(path, err)]);
  }
  const fail = (message: string, line?: number): ReturnType<Parser> => lockResult([], [{ severity: 'error', path, line, message }]);
  if (doc.version === undefined) return fail('no top-level "version": not a uv.lock');
  if (doc.version !== SUPPORTED_VERSION) return fail(`version ${JSON.stringify(doc.version)} is not a uv.lock format this tool reads (version 1)`, 1);
  const packages = doc.package ?? [];
  if (!Array.isArray(packages)) return fail('"package" must be an array of [[package]] tables');
  if (doc.manifest !== undefined && !isTable(doc.manifest)) return fail('"manifest" must be a table');
  const manifest = (doc.manifest ?? {}) as Table;

  const diagnostics: Diagnostic[] = [];
  const positions = new TomlLines(text);
  const names = packages.map((p) => (isTable(p) && typeof p.name === 'string' ? p.name : undefined));
  // an entry is annotated on its `name = ` line, where a reader looks for the package
  const lines = names.map((_, i) => positions.line(['package', i, 'name']) ?? positions.line(['package', i]) ?? 1);
  const locked: Locked[] = [];
  packages.forEach((pkg, i) => {
    const where = names[i] !== undefined ? `package "${names[i]}"` : `package ${i + 1}`;
    try {
      locked.push(readPackage(pkg, locked.length, lines[i]));
    } catch (err) {
      if (!(err instanceof EntryError)) throw err;
      diagnostics.push({ severity: 'error', path, line: lines[i], message: `${where}: ${err.message}` });
    }
  });

  const members = new Set<string>();
  let rootRequirements: Edge[] = [];
  let rootGroups = new Map<string, Edge[]>();
  try {
    for (const m of stringArray(manifest, 'members')) members.add(normalizeName(m));
    rootRequirements = readEdges(tableArray(manifest, 'requirements'), '[manifest] requirement');
    rootGroups = readEdgeGroups(optionalTable(manifest, 'dependency-groups'), '[manifest] dependency group');
  } catch (err) {
    if (!(err instanceof EntryError)) throw err;
    diagnostics.push({ severity: 'error', path, line: positions.line(['manifest']), message: err.message });
  }

  // Each marker on an edge is checked once, on the package the edge leaves.
  for (const p of locked) {
    const edges = [...p.dependencies, ...[...p.optional.values()].flat(), ...[...p.groups.values()].flat()];
    for (const marker of new Set(edges.map((e) => e.marker).filter((m): m is string => m !== undefined))) {
      const problem = markerProblem(marker);
      if (problem !== undefined)
        diagnostics.push({ severity: 'error', path, line: p.line, message: `package "${p.displayName}": invalid marker "${marker}" on a dependency: ${problem}` });
    }
  }

  let conflicts: ConflictSets = [];
  try {
    conflicts = readConflicts(doc);
  } catch (err) {
    if (!(err instanceof EntryError)) throw err;
    diagnostics.push({ severity: 'error', path, line: positions.line(['conflicts']), message: `${err.message}; conflict markers are taken as true` });
  }
  const graph = new Graph(locked, conflicts);
  const workspace = locked.filter((p) => isWorkspaceProject(p, members));
  const runtimeRoots = workspace.map((p) => p.index);
  // a script's lock has no project: its requirements come from the script the lock is named after
  const owner = workspace[0]?.displayName ?? (path.split('/').pop() ?? path).replace(/\.lock$/, '');
  const rootNames = new Map<number, string>(workspace.map((p) => [p.index, p.displayName]));
  const extraRoots = new Map<string, number[]>();
  const groupRoots = new Map<string, number[]>();
  const addRoot = (roots: Map<string, number[]>, label: string, node: number): void => {
    roots.set(label, [...(roots.get(label) ?? []), node]);
  };
  for (const p of workspace) {
    for (const extra of p.optional.keys()) {
      const node = graph.extraNode(p, extra);
      rootNames.set(node, p.displayName);
      addRoot(extraRoots, extra, node);
    }
    for (const [group, edges] of p.groups) {
      const node = graph.newNode();
      graph.link(node, edges, `${p.displayName} (${group})`, p.line);
      rootNames.set(node, p.displayName);
      addRoot(groupRoots, group, node);
    }
  }
  if (rootRequirements.length > 0) {
    const node = graph.newNode();
    graph.link(node, rootRequirements, '[manifest] requirements', positions.line(['manifest']));
    runtimeRoots.push(node);
  }
  for (const [group, edges] of rootGroups) {
    const node = graph.newNode();
    graph.link(node, edges, `[manifest] dependency group "${group}"`, positions.line(['manifest']));
    addRoot(groupRoots, group, node);
  }
  for (const { from, name, line } of graph.unresolved)
    diagnostics.push({ severity: 'warning', path, line, message: `${from} depends on "${name}", which the lock does not list` });

  const allRoots = [...runtimeRoots, ...[...extraRoots.values()].flat(), ...[...groupRoots.values()].flat()];
  const reach = reachMarkers(graph.size, allRoots, graph.edges);
  const runtime = graph.reachable(runtimeRoots);
  const labelled = (roots: Map<string, number[]>): Map<number, string[]> => {
    const byNode = new Map<number, string[]>();
    for (const [label, nodes] of roots) for (const n of graph.reachable(nodes)) byNode.set(n, [...(byNode.get(n) ?? []), label]);
    return byNode;
  };
  const viaExtras = labelled(extraRoots);
  const viaGroups = labelled(groupRoots);
  const kindOf = (index: number): { kind: DependencyKind; group?: string } => {
    if (runtime.has(index)) return { kind: 'runtime' };
    const extras = viaExtras.get(index);
    if (extras) return { kind: 'optional', group: extras.join(', ') };
    const groups = viaGroups.get(index);
    if (groups) return { kind: 'group', group: groups.join(', ') };
    return { kind: 'runtime' };
  };

  const rootName = (node: number): string => rootNames.get(node) ?? owner;
  const chains = graph.chains([
    ...runtimeRoots.map((node) => ({ node, name: rootName(node) })),
    ...[...extraRoots.values()].flat().map((node) => ({ node, name: rootName(node) })),
    ...[...groupRoots.values()].flat().map((node) => ({ node, name: rootName(node) })),
  ]);
  const workspaceIndexes = new Set(workspace.map((p) => p.index));
  const dependencies: Dependency[] = [];
  for (const p of locked) {
    // Workspace projects are what gets installed into; a virtual project installs nothing itself.
    if (workspaceIndexes.has(p.index) || p.sourceKind === 'virtual') continue;
    dependencies.push(
      lockedDependency(path, {
        displayName: p.displayName,
        line: p.line,
        version: p.version,
        marker: reach[p.index].reached ? reach[p.index].marker : undefined,
        hashes: p.hashes,
        files: p.files,
        indexUrl: p.indexUrl,
        direct: p.direct,
        editable: p.sourceKind === 'editable',
        ...kindOf(p.index),
        ...(chains.has(p.index) ? { via: chains.get(p.index)! } : {}),
      }),
    );
  }
  return lockResult(dependencies, diagnostics);
};
