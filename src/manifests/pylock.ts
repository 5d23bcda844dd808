// pylock.toml and pylock.<name>.toml (PEP 751): `[[packages]]`, each installed from exactly one
// of an index (`sdist` / `wheels`), a VCS checkout (`vcs`), a local directory (`directory`) or an
// archive (`archive`). Hashes are tables of algorithm -> digest. A major `lock-version` this tool
// does not know must not be read; a newer minor version is read with a warning, as the PEP asks.

import { parse as parseToml } from 'smol-toml';
import type { Dependency, DependencyKind, Diagnostic, DirectReference, FileRef, Parser } from '../types.js';
import {
  checkedHash,
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
  optionalNumber,
  optionalString,
  optionalTable,
  requiredString,
  tableArray,
  tomlSyntaxDiagnostic,
  vcsReference,
  withoutSelectionTests,
  type Table,
} from './lock-entry.js';
import { TomlLines } from './toml-lines.js';

const SUPPORTED = { major: 1, minor: 0 };
const ONLY_GROUP = /^\s*(['"])([^'"]+)\1\s+in\s+dependency_groups\s*$/;
const ONLY_EXTRA = /^\s*(['"])([^'"]+)\1\s+in\s+extras\s*$/;
const VCS_TYPES = ['git', 'hg', 'svn', 'bzr'];

/** `hashes = { sha256 = "..." }`: required on every file PEP 751 names. */
function readHashes(record: Table): string[] {
  const table = optionalTable(record, 'hashes');
  if (table === undefined || Object.keys(table).length === 0) throw new EntryError('"hashes" is missing');
  return Object.entries(table).map(([algorithm, digest]) => {
    if (typeof digest !== 'string') throw new EntryError(`"hashes.${algorithm}" must be a string`);
    return checkedHash(algorithm, digest);
  });
}

/** One `sdist`, `wheels` item or `archive`: at least one of `url` and `path`, and its hashes. */
function readFile(record: Table, what: string): { ref: FileRef; hashes: string[]; url?: string; path?: string } {
  try {
    const url = optionalString(record, 'url');
    const local = optionalString(record, 'path');
    if (url === undefined && local === undefined) throw new EntryError('names neither "url" nor "path"');
    const hashes = readHashes(record);
    const filename = optionalString(record, 'name') ?? filenameOf((url ?? local)!);
    return { ref: fileRef(filename, hashes, url, optionalNumber(record, 'size')), hashes, url, path: local };
  } catch (err) {
    throw new EntryError(`${what}: ${describeError(err)}`);
  }
}

interface Source {
  direct?: DirectReference;
  editable?: boolean;
  files: FileRef[];
  hashes: string[];
}

function readSource(pkg: Table): Source {
  const present = ['vcs', 'directory', 'archive', 'sdist', 'wheels'].filter((k) => pkg[k] !== undefined);
  const exclusive = present.filter((k) => k === 'vcs' || k === 'directory' || k === 'archive');
  if (exclusive.length > 1 || (exclusive.length === 1 && present.length > 1))
    throw new EntryError(`names ${present.join(' and ')}; vcs, directory and archive each exclude every other source`);

  const vcs = optionalTable(pkg, 'vcs');
  if (vcs) {
    const type = requiredString(vcs, 'type');
    if (!VCS_TYPES.includes(type)) throw new EntryError(`vcs type "${type}" is not one of ${VCS_TYPES.join(', ')}`);
    const repo = optionalString(vcs, 'url') ?? optionalString(vcs, 'path');
    if (repo === undefined) throw new EntryError('vcs names neither "url" nor "path"');
    const direct = vcsReference(type, repo, requiredString(vcs, 'commit-id'), optionalString(vcs, 'subdirectory'));
    return { direct, files: [], hashes: [] };
  }
  const directory = optionalTable(pkg, 'directory');
  if (directory) {
    const location = requiredString(directory, 'path');
    const subdirectory = optionalString(directory, 'subdirectory');
    const url = subdirectory ? `${location}#subdirectory=${subdirectory}` : location;
    return { direct: { kind: 'path', url }, editable: optionalBoolean(directory, 'editable'), files: [], hashes: [] };
  }
  const archive = optionalTable(pkg, 'archive');
  if (archive) {
    const file = readFile(archive, 'archive');
    const direct = locationReference((file.url ?? file.path)!, optionalString(archive, 'subdirectory'));
    return { direct, files: [file.ref], hashes: file.hashes };
  }
  const files: FileRef[] = [];
  const hashes: string[] = [];
  const sdist = optionalTable(pkg, 'sdist');
  const records: Array<[Table, string]> = sdist ? [[sdist, 'sdist']] : [];
  tableArray(pkg, 'wheels').forEach((w, i) => records.push([w, `wheel ${i + 1}`]));
  for (const [record, what] of records) {
    const file = readFile(record, what);
    files.push(file.ref);
    hashes.push(...file.hashes);
  }
  return { files, hashes };
}

/** A marker that only tests for one dependency group or extra says which selection installs the package. */
function kindOf(marker: string | undefined): { kind: DependencyKind; group?: string } {
  const group = marker === undefined ? null : ONLY_GROUP.exec(marker);
  if (group) return { kind: 'group', group: group[2] };
  const extra = marker === undefined ? null : ONLY_EXTRA.exec(marker);
  if (extra) return { kind: 'optional', group: extra[2] };
  return { kind: 'runtime' };
}

export const parse: Parser = (text, path) => {
  let doc: Table;
  try {
    doc = parseToml(text) as Table;
  } catch (err) {
    return lockResult([], [tomlSyntaxDiagnostic(path, err)]);
  }
  const positions = new TomlLines(text);
  const fail = (message: string, line?: number): ReturnType<Parser> => lockResult([], [{ severity: 'error', path, line, message }]);
  const versionLine = positions.line(['lock-version']);
  const rawVersion = doc['lock-version'];
  if (rawVersion === undefined) return fail('no "lock-version": not a PEP 751 lock file');
  const lockVersion = formatVersion(rawVersion);
  if (typeof rawVersion !== 'string' || !lockVersion) return fail(`lock-version ${JSON.stringify(rawVersion)} is not a version string`, versionLine);
  if (lockVersion.major !== SUPPORTED.major)
    return fail(`lock-version ${rawVersion} is not a PEP 751 format this tool reads (1.x); it must not be installed from`, versionLine);
  const diagnostics: Diagnostic[] = [];
  if (lockVersion.minor > SUPPORTED.minor)
    diagnostics.push({ severity: 'warning', path, line: versionLine, message: `lock-version ${rawVersion} is newer than 1.0; fields added since are ignored` });
  const packages = doc.packages ?? [];
  if (!Array.isArray(packages)) return fail('"packages" must be an array of [[packages]] tables');

  const names = packages.map((p) => (isTable(p) && typeof p.name === 'string' ? p.name : undefined));
  // an entry is annotated on its `name = ` line, where a reader looks for the package
  const lines = names.map((_, i) => positions.line(['packages', i, 'name']) ?? positions.line(['packages', i]) ?? 1);
  const dependencies: Dependency[] = [];
  packages.forEach((pkg, i) => {
    const line = lines[i];
    const where = names[i] !== undefined ? `package "${names[i]}"` : `package ${i + 1}`;
    try {
      if (!isTable(pkg)) throw new EntryError('must be a table');
      const displayName = checkedName(requiredString(pkg, 'name'));
      const rawPackageVersion = optionalString(pkg, 'version');
      const version = rawPackageVersion === undefined ? undefined : checkedVersion(rawPackageVersion);
      const marker = optionalString(pkg, 'marker');
      if (marker !== undefined) {
        const problem = markerProblem(marker);
        if (problem !== undefined) diagnostics.push({ severity: 'error', path, line, message: `${where}: invalid marker "${marker}": ${problem}` });
      }
      const indexUrl = optionalString(pkg, 'index');
      const source = readSource(pkg);
      if (source.direct === undefined && source.files.length === 0)
        diagnostics.push({ severity: 'warning', path, line, message: `${where}: names no sdist, wheel, archive, directory or VCS source` });
      if (source.direct === undefined && version === undefined) throw new EntryError('"version" is missing (it is required for packages from an index)');
      dependencies.push(
        lockedDependency(path, {
          displayName,
          line,
          version,
          marker: withoutSelectionTests(marker),
          hashes: source.hashes,
          files: source.files,
          indexUrl,
          direct: source.direct,
          editable: source.editable,
          ...kindOf(marker),
        }),
      );
    } catch (err) {
      if (!(err instanceof EntryError)) throw err;
      diagnostics.push({ severity: 'error', path, line, message: `${where}: ${err.message}` });
    }
  });
  const result = lockResult(dependencies, diagnostics);
  if (typeof doc['created-by'] === 'string') result.createdBy = doc['created-by'];
  return result;
};
