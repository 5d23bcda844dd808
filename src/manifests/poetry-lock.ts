// poetry.lock: every `[[package]]` Poetry resolved. Lock format 1.x keeps the file hashes apart, in
// `[metadata.files]` (or, oldest, bare digests in `[metadata.hashes]`); 2.x keeps `files` on each
// package and, since 2.1, the dependency groups and per-group markers that lead to it.

import { parse as parseToml } from 'smol-toml';
import type { Dependency, DependencyKind, Diagnostic, DirectReference, FileRef, Parser } from '../types.js';
import { normalizeName } from '../python/names.js';
import { isValidVersion, normalizeVersion } from '../python/version.js';
import {
  anyOf,
  asStringArray,
  asTableArray,
  checkedName,
  checkedVersion,
  describeError,
  EntryError,
  fileRef,
  filenameOf,
  formatVersion,
  isTable,
  locationReference,
  lockedDependency,
  lockResult,
  markerProblem,
  optionalBoolean,
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
import { TomlLines } from './toml-lines.js';
import { lockChains } from './lock-graph.js';

const SUPPORTED_MAJORS = [1, 2];

interface LockedFile {
  filename?: string;
  url?: string;
  hash: string;
}

/** The `file = ..., hash = ...` records of a `files` array. */
/** `what` names the list in errors: `file` on a package, the metadata key otherwise. */
function readFiles(records: Table[], what: string): LockedFile[] {
  return records.map((record, i) => {
    try {
      const filename = optionalString(record, 'file');
      const url = optionalString(record, 'url');
      return { filename: filename ?? (url !== undefined ? filenameOf(url) : undefined), url, hash: parseHash(requiredString(record, 'hash')) };
    } catch (err) {
      throw new EntryError(`${what} ${i + 1}: ${describeError(err)}`);
    }
  });
}

/**
 * Lock format 1.x: the files of every package, by normalized name, from the metadata table. A bad
 * record there is kept as the error of the packages of that name, not of the whole lock.
 */
function metadataFiles(metadata: Table | undefined): Map<string, LockedFile[] | EntryError> {
  const byName = new Map<string, LockedFile[] | EntryError>();
  const add = (name: string, read: () => LockedFile[]): void => {
    const key = normalizeName(name);
    const before = byName.get(key) ?? [];
    if (before instanceof EntryError) return;
    try {
      byName.set(key, [...before, ...read()]);
    } catch (err) {
      if (!(err instanceof EntryError)) throw err;
      byName.set(key, err);
    }
  };
  const files = metadata?.files;
  if (isTable(files)) {
    for (const [name, records] of Object.entries(files)) add(name, () => readFiles(asTableArray(records, `[metadata.files] ${name}`), `[metadata.files] ${name} file`));
  }
  const hashes = metadata?.hashes;
  if (isTable(hashes)) {
    // The oldest locks list bare sha256 digests without file names.
    for (const [name, digests] of Object.entries(hashes)) {
      add(name, () => asStringArray(digests, `[metadata.hashes] ${name}`).map((d) => ({ hash: parseHash(d.includes(':') ? d : `sha256:${d}`) })));
    }
  }
  return byName;
}

/** Whether a distribution file name carries `version` (to split files of same-named packages). */
function fileHasVersion(filename: string, version: string): boolean {
  const stem = filename.replace(/\.(whl|tar\.gz|tgz|tar\.bz2|tar\.xz|tar|zip|egg)$/i, '');
  const parts = filename.toLowerCase().endsWith('.whl') ? [stem.split('-')[1]] : [stem.slice(stem.lastIndexOf('-') + 1)];
  const canonical = (v: string): string => (isValidVersion(v) ? normalizeVersion(v) : v);
  return parts.some((p) => p !== undefined && canonical(p) === canonical(version));
}

/**
 * The marker under which the package is installed: 2.1 writes one string for all its groups, or
 * a table of group -> marker where a group left out of the table has no marker.
 */
function packageMarker(pkg: Table, groups: string[]): { marker?: string; written: string[] } {
  const markers = pkg.markers ?? pkg.marker;
  if (markers === undefined) return { written: [] };
  if (typeof markers === 'string') return { marker: markers, written: [markers] };
  if (!isTable(markers)) throw new EntryError('"markers" must be a string or a table of group = marker');
  const perGroup = new Map<string, string>();
  for (const [group, marker] of Object.entries(markers)) {
    if (typeof marker !== 'string') throw new EntryError(`"markers.${group}" must be a string`);
    perGroup.set(group, marker);
  }
  const reaching = groups.length > 0 ? [...new Set([...groups, ...perGroup.keys()])] : [...perGroup.keys()];
  return { marker: anyOf(reaching.map((g) => perGroup.get(g))), written: [...perGroup.values()] };
}

function sourceReference(source: Table | undefined): { direct?: DirectReference; indexUrl?: string; editable?: boolean; unknownType?: string } {
  if (source === undefined) return {};
  const type = optionalString(source, 'type');
  const subdirectory = optionalString(source, 'subdirectory');
  switch (type) {
    case undefined:
      return {};
    case 'legacy':
      return { indexUrl: requiredString(source, 'url') };
    case 'git':
      return {
        direct: vcsReference('git', requiredString(source, 'url'), optionalString(source, 'resolved_reference') || optionalString(source, 'reference'), subdirectory),
      };
    case 'url':
      return { direct: locationReference(requiredString(source, 'url'), subdirectory) };
    case 'directory':
      return { direct: { kind: 'path', url: requiredString(source, 'url') }, editable: optionalBoolean(source, 'develop') };
    case 'file':
      return { direct: { kind: 'path', url: requiredString(source, 'url') } };
    default:
      return { unknownType: type };
  }
}

/** Root extras (`[extras]`) by the normalized names they pull in. */
function rootExtras(doc: Table): Map<string, string[]> {
  const byPackage = new Map<string, string[]>();
  const extras = doc.extras;
  if (!isTable(extras)) return byPackage;
  for (const [extra, names] of Object.entries(extras)) {
    if (!Array.isArray(names)) continue;
    for (const entry of names) {
      // Old writers appended the constraint: `psycopg2 (>=2.9)`.
      const m = typeof entry === 'string' ? /^[A-Za-z0-9._-]+/.exec(entry.trim()) : null;
      if (!m) continue;
      const key = normalizeName(m[0]);
      byPackage.set(key, [...(byPackage.get(key) ?? []), extra]);
    }
  }
  return byPackage;
}

function kindOf(
  name: string,
  groups: string[],
  category: string | undefined,
  optional: boolean,
  extras: Map<string, string[]>,
): { kind: DependencyKind; group?: string } {
  const inMain = groups.length > 0 ? groups.includes('main') : category === undefined || category === 'main';
  if (inMain) {
    if (!optional) return { kind: 'runtime' };
    const via = extras.get(name);
    return via ? { kind: 'optional', group: via.join(', ') } : { kind: 'optional' };
  }
  if (groups.length === 0) return { kind: category === 'dev' ? 'dev' : 'group', group: category };
  return { kind: 'group', group: groups.join(', ') };
}

export const parse: Parser = (text, path) => {
  let doc: Table;
  try {
    doc = parseToml(text) as Table;
  } catch (err) {
    return lockResult([], [tomlSyntaxDiagnostic(path, err)]);
  }
  const diagnostics: Diagnostic[] = [];
  const positions = new TomlLines(text);
  const fail = (message: string, line?: number): ReturnType<Parser> =>
    lockResult([], [{ severity: 'error', path, line, message }]);

  const metadata = doc.metadata;
  if (metadata !== undefined && !isTable(metadata)) return fail('"metadata" must be a table', positions.line(['metadata']));
  if (metadata === undefined)
    diagnostics.push({ severity: 'warning', path, message: 'no [metadata] table; read as poetry.lock format 1.0' });
  const rawVersion = metadata?.['lock-version'] ?? '1.0';
  const lockVersion = formatVersion(rawVersion);
  const metadataLine = positions.line(['metadata']);
  if (!lockVersion) return fail(`lock-version ${JSON.stringify(rawVersion)} is not a version`, metadataLine);
  if (!SUPPORTED_MAJORS.includes(lockVersion.major))
    return fail(`lock-version ${String(rawVersion)} is not a poetry.lock format this tool reads (1.x and 2.x)`, metadataLine);

  const packages = doc.package ?? [];
  if (!Array.isArray(packages)) return fail('"package" must be an array of [[package]] tables');

  if (metadata?.files !== undefined && !isTable(metadata.files)) return fail('[metadata.files] must be a table', positions.line(['metadata', 'files']));
  const legacyFiles = metadataFiles(metadata);
  const extras = rootExtras(doc);
  const names = packages.map((p) => (isTable(p) && typeof p.name === 'string' ? p.name : undefined));
  const nameCounts = new Map<string, number>();
  for (const n of names) if (n !== undefined) nameCounts.set(normalizeName(n), (nameCounts.get(normalizeName(n)) ?? 0) + 1);
  // an entry is annotated on its `name = ` line, where a reader looks for the package
  const lines = names.map((_, i) => positions.line(['package', i, 'name']) ?? positions.line(['package', i]) ?? 1);

  const chains = lockChains(
    packages.flatMap((pkg, i) =>
      isTable(pkg) && names[i] !== undefined ? [{ displayName: names[i]!, requires: isTable(pkg.dependencies) ? Object.keys(pkg.dependencies).map(normalizeName) : [] }] : [],
    ),
  );
  const chainOf = new Map<number, string[]>();
  let next = 0;
  packages.forEach((pkg, i) => {
    if (isTable(pkg) && names[i] !== undefined) {
      const chain = chains[next++];
      if (chain && chain.length > 1) chainOf.set(i, chain);
    }
  });

  const dependencies: Dependency[] = [];
  packages.forEach((pkg, i) => {
    const line = lines[i];
    const where = names[i] !== undefined ? `package "${names[i]}"` : `package ${i + 1}`;
    try {
      if (!isTable(pkg)) throw new EntryError('must be a table');
      const displayName = checkedName(requiredString(pkg, 'name'));
      const name = normalizeName(displayName);
      const version = checkedVersion(requiredString(pkg, 'version'));
      const groups = stringArray(pkg, 'groups');
      const { marker, written } = packageMarker(pkg, groups);
      for (const m of written) {
        const problem = markerProblem(m);
        if (problem !== undefined) diagnostics.push({ severity: 'error', path, line, message: `${where}: invalid marker "${m}": ${problem}` });
      }
      const { direct, indexUrl, editable: sourceDevelop, unknownType } = sourceReference(optionalTable(pkg, 'source'));
      // `develop` (an editable directory) sits on the package; very old locks had it in the source.
      const editable = direct?.kind === 'path' && (optionalBoolean(pkg, 'develop') ?? sourceDevelop ?? false);
      if (unknownType !== undefined)
        diagnostics.push({ severity: 'warning', path, line, message: `${where}: unknown source type "${unknownType}"; looked up on the configured indexes` });
      const packageExtras = optionalTable(pkg, 'extras');
      for (const extra of Object.keys(packageExtras ?? {})) stringArray(packageExtras!, extra);

      let files: LockedFile[];
      if (pkg.files !== undefined) files = readFiles(tableArray(pkg, 'files'), 'file');
      else {
        const listed = legacyFiles.get(name) ?? [];
        if (listed instanceof EntryError) throw listed;
        files = listed;
        const sourceFile = direct?.kind === 'path' ? direct.url.split('/').pop() : undefined;
        if (sourceFile !== undefined && files.some((f) => f.filename === sourceFile)) files = files.filter((f) => f.filename === sourceFile);
        else if ((nameCounts.get(name) ?? 0) > 1) files = files.filter((f) => f.filename === undefined || fileHasVersion(f.filename, version));
      }
      // Poetry names files without URLs; such files would have to be found on an index anyway, so
      // they are left to the index lookup (with the hashes still enforced) unless each has a URL.
      const refs: FileRef[] | undefined =
        files.length > 0 && files.every((f) => f.url !== undefined && f.filename !== undefined)
          ? files.map((f) => fileRef(f.filename!, [f.hash], f.url))
          : undefined;

      const { kind, group } = kindOf(name, groups, optionalString(pkg, 'category'), optionalBoolean(pkg, 'optional') ?? false, extras);
      dependencies.push(
        lockedDependency(path, {
          displayName,
          line,
          version,
          marker: withoutSelectionTests(marker),
          hashes: files.map((f) => f.hash),
          files: refs,
          indexUrl,
          direct,
          editable,
          kind,
          group,
          ...(chainOf.has(i) ? { via: chainOf.get(i)! } : {}),
        }),
      );
    } catch (err) {
      if (!(err instanceof EntryError)) throw err;
      diagnostics.push({ severity: 'error', path, line, message: `${where}: ${err.message}` });
    }
  });
  return lockResult(dependencies, diagnostics);
};
