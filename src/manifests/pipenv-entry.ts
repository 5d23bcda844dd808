// What a Pipfile entry and a Pipfile.lock entry share: markers given as `markers` and as keys named
// for a marker variable (`sys_platform = "== 'win32'"`, and-ed together the way pipenv does), VCS /
// file / path references, and the `[[source]]` list that an `index` names.

import type { DirectReference } from '../types.js';
import {
  allOf,
  EntryError,
  isTable,
  locationReference,
  optionalBoolean,
  optionalString,
  vcsReference,
  type Table,
} from './lock-entry.js';

const MARKER_KEYS = [
  'os_name',
  'sys_platform',
  'platform_machine',
  'platform_python_implementation',
  'platform_release',
  'platform_system',
  'platform_version',
  'python_version',
  'python_full_version',
  'implementation_name',
  'implementation_version',
];
const VCS_KEYS = ['git', 'hg', 'svn', 'bzr'];

/** The entry's marker, and each marker text as written (to be checked one by one). */
export function pipenvMarker(entry: Table): { marker?: string; written: string[] } {
  const written: string[] = [];
  const markers = optionalString(entry, 'markers');
  if (markers !== undefined && markers.trim() !== '') written.push(markers.trim());
  for (const key of MARKER_KEYS) {
    const condition = optionalString(entry, key);
    if (condition !== undefined) written.push(`${key} ${condition.trim()}`);
  }
  return { marker: allOf(written), written };
}

export function pipenvDirect(entry: Table): { direct?: DirectReference; editable?: boolean } {
  const editable = optionalBoolean(entry, 'editable');
  const subdirectory = optionalString(entry, 'subdirectory');
  const vcs = VCS_KEYS.filter((k) => entry[k] !== undefined);
  if (vcs.length > 1) throw new EntryError(`names more than one VCS (${vcs.join(', ')})`);
  if (vcs.length === 1) {
    const direct = vcsReference(vcs[0], optionalString(entry, vcs[0])!, optionalString(entry, 'ref'), subdirectory);
    return { direct, editable };
  }
  const file = optionalString(entry, 'file');
  if (file !== undefined) return { direct: locationReference(file, subdirectory), editable };
  const local = optionalString(entry, 'path');
  if (local !== undefined) return { direct: { kind: 'path', url: subdirectory ? `${local}#subdirectory=${subdirectory}` : local }, editable };
  return {};
}

/** pipenv expands `${VAR}` in source URLs (credentials are kept out of the file that way). */
export function expandEnv(text: string, env: Record<string, string | undefined>): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name: string) => env[name] ?? whole);
}

/** `[[source]]` / `_meta.sources`: index name -> URL. */
export function readSources(value: unknown, env: Record<string, string | undefined>): Map<string, string> {
  const sources = new Map<string, string>();
  if (value === undefined) return sources;
  if (!Array.isArray(value)) throw new EntryError('sources must be an array of tables');
  value.forEach((source, i) => {
    if (!isTable(source)) throw new EntryError(`source ${i + 1} must be a table`);
    const url = optionalString(source, 'url');
    if (url === undefined) throw new EntryError(`source ${i + 1} has no "url"`);
    const name = optionalString(source, 'name') ?? `source ${i + 1}`;
    sources.set(name, expandEnv(url, env));
  });
  return sources;
}
