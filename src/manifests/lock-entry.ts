// What every lock parser shares: reading one entry's fields with errors that name the field,
// hashes and file names in one shape, direct references in pip's URL form, and the Dependency a
// locked package becomes.

import { TomlError } from 'smol-toml';
import type { Dependency, DependencyKind, Diagnostic, DirectReference, FileRef, ParseResult } from '../types.js';
import { isValidName, normalizeName } from '../python/names.js';
import { formatMarker, parseMarker, type Marker } from '../python/markers.js';
import { isValidVersion } from '../python/version.js';
import { directKind, lastSegment } from './direct-reference.js';

/** A problem confined to one entry of a lock: that entry gets a diagnostic, the rest is read. */
export class EntryError extends Error {}

export type Table = Record<string, unknown>;

export function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a date';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a table';
  return `a ${typeof value}`;
}

export function optionalString(table: Table, key: string): string | undefined {
  const value = table[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new EntryError(`"${key}" must be a string, not ${typeName(value)}`);
  return value;
}

export function requiredString(table: Table, key: string): string {
  const value = optionalString(table, key);
  if (value === undefined) throw new EntryError(`"${key}" is missing`);
  return value;
}

export function optionalBoolean(table: Table, key: string): boolean | undefined {
  const value = table[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw new EntryError(`"${key}" must be true or false, not ${typeName(value)}`);
  return value;
}

export function optionalNumber(table: Table, key: string): number | undefined {
  const value = table[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new EntryError(`"${key}" must be a non-negative number, not ${typeName(value)}`);
  return value;
}

export function optionalTable(table: Table, key: string): Table | undefined {
  const value = table[key];
  if (value === undefined) return undefined;
  if (!isTable(value)) throw new EntryError(`"${key}" must be a table, not ${typeName(value)}`);
  return value;
}

/** `value` as an array of strings; `what` names it in the error. */
export function asStringArray(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new EntryError(`${what} must be an array of strings`);
  return value as string[];
}

/** `value` as an array of tables; `what` names it in the error. */
export function asTableArray(value: unknown, what: string): Table[] {
  if (!Array.isArray(value)) throw new EntryError(`${what} must be an array, not ${typeName(value)}`);
  value.forEach((item, i) => {
    if (!isTable(item)) throw new EntryError(`${what} item ${i + 1} must be a table, not ${typeName(item)}`);
  });
  return value as Table[];
}

export function stringArray(table: Table, key: string): string[] {
  return table[key] === undefined ? [] : asStringArray(table[key], `"${key}"`);
}

export function tableArray(table: Table, key: string): Table[] {
  return table[key] === undefined ? [] : asTableArray(table[key], `"${key}"`);
}

export function checkedName(name: string): string {
  if (!isValidName(name)) throw new EntryError(`"${name}" is not a valid project name`);
  return name;
}

export function checkedVersion(version: string): string {
  if (!isValidVersion(version)) throw new EntryError(`version "${version}" is not a valid PEP 440 version`);
  return version;
}

const DIGEST_LENGTHS: Record<string, number> = { md5: 32, sha1: 40, sha224: 56, sha256: 64, sha384: 96, sha512: 128 };

/** `sha256:<hex>` (or another algorithm), lower-cased; a malformed hash is an error of its entry. */
export function checkedHash(algorithm: string, digest: string): string {
  const algo = algorithm.toLowerCase();
  const hex = digest.toLowerCase();
  if (!/^[a-z0-9_]+$/.test(algo) || !/^[0-9a-f]+$/.test(hex)) throw new EntryError(`hash "${algorithm}:${digest}" is not <algorithm>:<hex digest>`);
  const expected = DIGEST_LENGTHS[algo];
  if (expected !== undefined && hex.length !== expected)
    throw new EntryError(`${algo} hash "${digest}" has ${hex.length} hex digits, not ${expected}`);
  return `${algo}:${hex}`;
}

/** A hash written as `algorithm:digest`. */
export function parseHash(text: string): string {
  const colon = text.indexOf(':');
  if (colon <= 0) throw new EntryError(`hash "${text}" does not name its algorithm (expected sha256:<hex>)`);
  return checkedHash(text.slice(0, colon), text.slice(colon + 1));
}

/** `sha256:<hex>` strings -> `{ sha256: "<hex>" }`, as a FileRef holds them. */
export function hashRecord(hashes: string[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (const h of hashes) {
    const colon = h.indexOf(':');
    record[h.slice(0, colon)] = h.slice(colon + 1);
  }
  return record;
}

/** The file name a URL or path ends in, URL-decoded. */
export function filenameOf(location: string): string {
  return lastSegment(location);
}

export function fileRef(filename: string, hashes: string[], url?: string, size?: number): FileRef {
  const ref: FileRef = { filename, hashes: hashRecord(hashes) };
  if (url !== undefined) ref.url = url;
  if (size !== undefined) ref.size = size;
  return ref;
}

/** `git@host:org/repo.git` (scp form) -> `ssh://git@host/org/repo.git`, which pip accepts after `git+`. */
function scpToSsh(repo: string): string {
  const m = /^([A-Za-z0-9._-]+@)?([A-Za-z0-9.-]+):(?!\/\/)(.+)$/.exec(repo);
  if (!m || /^[A-Za-z]$/.test(m[2])) return repo;
  return `ssh://${m[1] ?? ''}${m[2]}/${m[3].replace(/^\//, '')}`;
}

/** A VCS checkout in pip's form: `git+https://host/repo@<revision>#subdirectory=<dir>`. */
export function vcsReference(vcs: string, repo: string, revision?: string, subdirectory?: string): DirectReference {
  let url = repo.includes('://') || repo.startsWith(`${vcs}+`) ? repo : scpToSsh(repo);
  if (!url.toLowerCase().startsWith(`${vcs}+`) && !url.toLowerCase().startsWith(`${vcs}:`)) url = `${vcs}+${url}`;
  if (revision) url += `@${revision}`;
  if (subdirectory) url += `#subdirectory=${subdirectory}`;
  return { kind: 'vcs', url };
}

/** An archive or directory named by URL or by path; a `file:` URL is a path. */
export function locationReference(location: string, subdirectory?: string): DirectReference {
  const kind = directKind(location);
  const url = subdirectory ? `${location}#subdirectory=${subdirectory}` : location;
  return { kind: kind === 'vcs' ? 'url' : kind, url };
}

/**
 * Why `text` is not a PEP 508 marker, or `undefined` when it is one. A lock's marker that fails
 * this is reported, and still kept on its dependency: dropping it would install everywhere what the
 * lock restricts, dropping the package would hide it.
 */
export function markerProblem(text: string): string | undefined {
  try {
    parseMarker(text);
    return undefined;
  } catch (err) {
    return describeError(err);
  }
}

const SELECTION_VARIABLES = new Set(['extra', 'extras', 'dependency_groups']);

/** The marker with every test of the extras or groups being installed taken as true; `true` when nothing is left. */
function withoutSelection(m: Marker): Marker | true {
  if (m.kind === 'compare') {
    const selects = [m.left, m.right].some((o) => o.kind === 'variable' && SELECTION_VARIABLES.has(o.name));
    return selects ? true : m;
  }
  const items = m.items.map(withoutSelection);
  if (m.kind === 'or') return items.some((i) => i === true) ? true : { kind: 'or', items: items as Marker[] };
  const kept = items.filter((i): i is Marker => i !== true);
  if (kept.length === 0) return true;
  return kept.length === 1 ? kept[0] : { kind: 'and', items: kept };
}

/**
 * A lock's marker without its tests of the project's own extras and dependency groups
 * (`extra == "pgsql"`, uv's `extra == 'extra-7-app-cpu'` conflict markers, PEP 751's
 * `'dev' in dependency_groups`): the dependency's kind and group already say which selection
 * installs it, and a scan must see a package whichever selection is made. Dropping a test only
 * widens where the package counts as installed. Markers that do not parse are returned as written.
 */
export function withoutSelectionTests(marker: string | undefined): string | undefined {
  if (marker === undefined || !/\b(extras?|dependency_groups)\b/.test(marker)) return marker;
  let ast: Marker;
  try {
    ast = parseMarker(marker);
  } catch {
    return marker;
  }
  const kept = withoutSelection(ast);
  return kept === true ? undefined : formatMarker(kept);
}

function parenthesized(marker: string): string {
  return /\s(or|and)\s/.test(marker) ? `(${marker})` : marker;
}

/**
 * The marker under which any of several conditions holds. `undefined` stands for "always", so
 * one unconditional way in makes the whole unconditional.
 */
export function anyOf(markers: Array<string | undefined>): string | undefined {
  if (markers.length === 0 || markers.some((m) => m === undefined)) return undefined;
  const distinct = [...new Set(markers as string[])];
  if (distinct.length === 1) return distinct[0];
  return distinct.map(parenthesized).join(' or ');
}

/** The marker under which all conditions hold; `undefined` ones add nothing. */
export function allOf(markers: Array<string | undefined>): string | undefined {
  const distinct = [...new Set(markers.filter((m): m is string => m !== undefined))];
  if (distinct.length === 0) return undefined;
  if (distinct.length === 1) return distinct[0];
  return distinct.map(parenthesized).join(' and ');
}

export interface LockedPackage {
  displayName: string;
  line: number;
  version?: string;
  extras?: string[];
  marker?: string;
  hashes: string[];
  files?: FileRef[];
  indexUrl?: string;
  direct?: DirectReference;
  editable?: boolean;
  kind: DependencyKind;
  group?: string;
  via?: string[];
}

/** The Dependency one locked package becomes. */
export function lockedDependency(path: string, p: LockedPackage): Dependency {
  const extras = p.extras ?? [];
  const named = extras.length > 0 ? `${p.displayName}[${extras.join(',')}]` : p.displayName;
  const requirement = p.direct ? `${named} @ ${p.direct.url}` : p.version !== undefined ? `${named}==${p.version}` : named;
  const dep: Dependency = {
    name: normalizeName(p.displayName),
    displayName: p.displayName,
    specifier: p.version !== undefined ? `==${p.version}` : '',
    extras,
    source: { path, line: p.line, requirement },
    hashes: [...new Set(p.hashes)].sort(),
    kind: p.kind,
  };
  if (p.marker !== undefined) dep.marker = p.marker;
  if (p.direct) dep.direct = p.direct;
  if (p.editable) dep.editable = true;
  if (p.group !== undefined) dep.group = p.group;
  if (p.via !== undefined && p.via.length > 0) dep.via = p.via;
  if (p.version !== undefined) {
    dep.locked = { version: p.version };
    if (p.files && p.files.length > 0) dep.locked.files = p.files;
    if (p.indexUrl !== undefined) dep.locked.indexUrl = p.indexUrl;
  }
  return dep;
}

export function tomlSyntaxDiagnostic(path: string, err: unknown): Diagnostic {
  if (err instanceof TomlError) {
    const first = err.message.split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
    return { severity: 'error', path, line: err.line, message: `not valid TOML: ${first} (line ${err.line}, column ${err.column})` };
  }
  return { severity: 'error', path, message: `not valid TOML: ${err instanceof Error ? err.message : String(err)}` };
}

export function lockResult(dependencies: Dependency[], diagnostics: Diagnostic[]): ParseResult {
  return { kind: 'lock', dependencies, constraints: [], diagnostics, included: [] };
}

export function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Reads a `major.minor` format version; `undefined` when it is not one. */
export function formatVersion(value: unknown): { major: number; minor: number } | undefined {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string') return undefined;
  const m = /^(\d+)(?:\.(\d+))?(?:\.\d+)*$/.exec(text.trim());
  return m ? { major: Number(m[1]), minor: Number(m[2] ?? 0) } : undefined;
}
