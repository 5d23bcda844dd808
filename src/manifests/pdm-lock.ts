// pdm.lock (lock_version 4.x): every `[[package]]` PDM resolved. Older 4.x locks keep the file
// hashes in `[metadata.files]` under "<name> <version>"; newer ones keep `files` on each package,
// with the `groups` and `marker` that lead to it (the inherit_metadata strategy). A package locked
// with extras is a separate entry of the same name carrying `extras`.

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
  formatVersion,
  isTable,
  locationReference,
  lockedDependency,
  lockResult,
  markerProblem,
  optionalBoolean,
  optionalString,
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
import { lockChains, requiredNames } from './lock-graph.js';

const SUPPORTED_MAJOR = 4;
const VCS_KEYS = ['git', 'hg', 'svn', 'bzr'];
/** Old PDM wrote project-local files as URLs relative to this placeholder. */
const PROJECT_ROOT_URL = /^file:\/\/\/?\$\{PROJECT_ROOT\}\/?/;

interface LockedFile {
  filename: string;
  url?: string;
  hash: string;
}

/** `what` names the list in errors: `file` on a package, the metadata key otherwise. */
function readFiles(records: Table[], what: string): LockedFile[] {
  return records.map((record, i) => {
    try {
      const file = optionalString(record, 'file');
      const url = optionalString(record, 'url');
      if (file === undefined && url === undefined) throw new EntryError('names neither "file" nor "url"');
      return { filename: file ?? filenameOf(url!), url, hash: parseHash(requiredString(record, 'hash')) };
    } catch (err) {
      throw new EntryError(`${what} ${i + 1}: ${describeError(err)}`);
    }
  });
}

/**
 * `[metadata.files]` of older 4.x locks, by "<normalized name> <version>". A bad record is kept as
 * the error of the package it belongs to, not of the whole lock.
 */
function metadataFiles(files: Table): Map<string, LockedFile[] | EntryError> {
  const byKey = new Map<string, LockedFile[] | EntryError>();
  for (const [key, records] of Object.entries(files)) {
    const space = key.lastIndexOf(' ');
    const id = space <= 0 ? key : `${normalizeName(key.slice(0, space).replace(/\[.*\]$/, ''))} ${key.slice(space + 1)}`;
    const before = byKey.get(id) ?? [];
    if (before instanceof EntryError) continue;
    try {
      const what = `[metadata.files] "${key}"`;
      byKey.set(id, [...before, ...readFiles(asTableArray(records, what), `${what} file`)]);
    } catch (err) {
      if (!(err instanceof EntryError)) throw err;
      byKey.set(id, err);
    }
  }
  return byKey;
}

function directReference(pkg: Table): { direct?: DirectReference; editable?: boolean } {
  const editable = optionalBoolean(pkg, 'editable');
  const subdirectory = optionalString(pkg, 'subdirectory');
  for (const vcs of VCS_KEYS) {
    const repo = optionalString(pkg, vcs);
    if (repo === undefined) continue;
    const revision = optionalString(pkg, 'revision') ?? optionalString(pkg, 'ref');
    return { direct: vcsReference(vcs, repo, revision, subdirectory), editable };
  }
  const local = optionalString(pkg, 'path');
  if (local !== undefined) return { direct: { kind: 'path', url: local }, editable };
  const url = optionalString(pkg, 'url');
  if (url !== undefined) {
    if (PROJECT_ROOT_URL.test(url)) return { direct: { kind: 'path', url: url.replace(PROJECT_ROOT_URL, '') || '.' }, editable };
    return { direct: locationReference(url, subdirectory), editable };
  }
  return {};
}

function kindOf(groups: string[]): { kind: DependencyKind; group?: string } {
  if (groups.length === 0 || groups.includes('default')) return { kind: 'runtime' };
  return { kind: 'group', group: groups.join(', ') };
}

export const parse: Parser = (text, path) => {
  let doc: Table;
  try {
    doc = parseToml(text) as Table;
  } catch (err) {
    return lockResult([], [tomlSyntaxDiagnostic(path, err)]);
  }
  const positions = new TomlLines(text);
  const metadataLine = positions.line(['metadata']);
  const fail = (message: string, line?: number): ReturnType<Parser> => lockResult([], [{ severity: 'error', path, line, message }]);

  const metadata = doc.metadata;
  if (!isTable(metadata)) return fail('no [metadata] table: not a pdm.lock');
  const rawVersion = metadata.lock_version;
  const lockVersion = formatVersion(rawVersion);
  if (rawVersion === undefined) return fail('[metadata] has no lock_version: not a pdm.lock PDM 2 wrote', metadataLine);
  if (!lockVersion) return fail(`lock_version ${JSON.stringify(rawVersion)} is not a version`, metadataLine);
  if (lockVersion.major !== SUPPORTED_MAJOR)
    return fail(`lock_version ${String(rawVersion)} is not a pdm.lock format this tool reads (4.x)`, metadataLine);

  const packages = doc.package ?? [];
  if (!Array.isArray(packages)) return fail('"package" must be an array of [[package]] tables');
  if (metadata.files !== undefined && !isTable(metadata.files)) return fail('[metadata.files] must be a table', positions.line(['metadata', 'files']));
  const legacyFiles = metadataFiles(metadata.files ?? {});

  const diagnostics: Diagnostic[] = [];
  const dependencies: Dependency[] = [];
  const names = packages.map((p) => (isTable(p) && typeof p.name === 'string' ? p.name : undefined));
  // an entry is annotated on its `name = ` line, where a reader looks for the package
  const lines = names.map((_, i) => positions.line(['package', i, 'name']) ?? positions.line(['package', i]) ?? 1);
  const chains = lockChains(packages.map((pkg, i) => ({ displayName: names[i] ?? '', requires: isTable(pkg) ? requiredNames(pkg.dependencies) : [] })));
  packages.forEach((pkg, i) => {
    const line = lines[i];
    const where = names[i] !== undefined ? `package "${names[i]}"` : `package ${i + 1}`;
    try {
      if (!isTable(pkg)) throw new EntryError('must be a table');
      const displayName = checkedName(requiredString(pkg, 'name'));
      const rawVersion = optionalString(pkg, 'version');
      const version = rawVersion === undefined ? undefined : checkedVersion(rawVersion);
      const extras = stringArray(pkg, 'extras');
      const marker = optionalString(pkg, 'marker');
      if (marker !== undefined) {
        const problem = markerProblem(marker);
        if (problem !== undefined) diagnostics.push({ severity: 'error', path, line, message: `${where}: invalid marker "${marker}": ${problem}` });
      }
      const { direct, editable } = directReference(pkg);
      if (version === undefined && direct === undefined) throw new EntryError('"version" is missing');
      const listed = pkg.files !== undefined ? readFiles(tableArray(pkg, 'files'), 'file') : (legacyFiles.get(`${normalizeName(displayName)} ${version}`) ?? []);
      if (listed instanceof EntryError) throw listed;
      const files = listed;
      // Files come with URLs only under the static_urls strategy; otherwise they are found on the
      // index, with the lock's hashes enforced.
      const refs: FileRef[] | undefined =
        files.length > 0 && files.every((f) => f.url !== undefined) ? files.map((f) => fileRef(f.filename, [f.hash], f.url)) : undefined;
      dependencies.push(
        lockedDependency(path, {
          displayName,
          line,
          version,
          extras,
          marker: withoutSelectionTests(marker),
          hashes: files.map((f) => f.hash),
          files: refs,
          direct,
          editable,
          ...kindOf(stringArray(pkg, 'groups')),
          ...(chains[i] && chains[i]!.length > 1 ? { via: chains[i]! } : {}),
        }),
      );
    } catch (err) {
      if (!(err instanceof EntryError)) throw err;
      diagnostics.push({ severity: 'error', path, line, message: `${where}: ${err.message}` });
    }
  });
  const result = lockResult(dependencies, diagnostics);
  // pdm locks the groups it was asked for and installs no other from this lock
  if (Array.isArray(metadata.groups) && metadata.groups.every((g) => typeof g === 'string')) result.lockedGroups = (metadata.groups as string[]).map(normalizeName);
  return result;
};
