// Pipfile: pipenv's manifest (TOML). `[packages]` are runtime dependencies, `[dev-packages]` dev
// ones, and any other table outside pipenv's own (`source`, `requires`, `scripts`, `pipenv`) a
// package category. A value is a specifier (`"*"` for any version) or a table with `version`,
// `extras`, `markers` (and marker-variable keys), `index`, or a VCS / file / path reference.

import { parse as parseToml } from 'smol-toml';
import type { Dependency, DependencyKind, Diagnostic, Parser } from '../types.js';
import { normalizeName } from '../python/names.js';
import { isValidSpecifier, isValidVersion, normalizeSpecifier } from '../python/version.js';
import {
  checkedName,
  describeError,
  EntryError,
  isTable,
  markerProblem,
  optionalString,
  stringArray,
  tomlSyntaxDiagnostic,
  type Table,
} from './lock-entry.js';
import { pipenvDirect, pipenvMarker, readSources } from './pipenv-entry.js';
import { TomlLines } from './toml-lines.js';

const PIPENV_TABLES = new Set(['source', 'requires', 'scripts', 'pipenv']);

function sectionKind(section: string): { kind: DependencyKind; group?: string } {
  if (section === 'packages') return { kind: 'runtime' };
  if (section === 'dev-packages') return { kind: 'dev', group: 'dev-packages' };
  return { kind: 'group', group: section };
}

/**
 * `"*"` is any version; pipenv puts `==` before a version that starts with no operator, so a bare
 * version is that version and `"3.*"` is `==3.*`.
 */
function specifierOf(raw: string): string {
  const text = raw.trim();
  if (text === '*' || text === '') return '';
  if (isValidSpecifier(text)) return normalizeSpecifier(text);
  if (isValidVersion(text)) return `==${text}`;
  if (/^[^=<>!~]/.test(text) && isValidSpecifier(`==${text}`)) return normalizeSpecifier(`==${text}`);
  throw new EntryError(`version "${raw}" is not a PEP 440 specifier`);
}

function requirementText(name: string, extras: string[], specifier: string, url: string | undefined, marker: string | undefined): string {
  let text = extras.length > 0 ? `${name}[${extras.join(',')}]` : name;
  text += url !== undefined ? ` @ ${url}` : specifier;
  return marker !== undefined ? `${text} ; ${marker}` : text;
}

export const parse: Parser = (text, path, ctx) => {
  let doc: Table;
  try {
    doc = parseToml(text) as Table;
  } catch (err) {
    return { kind: 'manifest', dependencies: [], constraints: [], diagnostics: [tomlSyntaxDiagnostic(path, err)], included: [] };
  }
  const positions = new TomlLines(text);
  const diagnostics: Diagnostic[] = [];
  let sources = new Map<string, string>();
  try {
    sources = readSources(doc.source, ctx.env);
  } catch (err) {
    diagnostics.push({ severity: 'error', path, line: positions.line(['source', 0]), message: `[[source]]: ${describeError(err)}` });
  }

  const dependencies: Dependency[] = [];
  for (const [section, packages] of Object.entries(doc)) {
    if (PIPENV_TABLES.has(section)) continue;
    const sectionLine = positions.line([section]);
    if (!isTable(packages)) {
      diagnostics.push({ severity: 'error', path, line: sectionLine, message: `[${section}] must be a table of packages` });
      continue;
    }
    for (const [key, value] of Object.entries(packages)) {
      const line = positions.line([section, key]) ?? sectionLine ?? 1;
      const where = `[${section}] "${key}"`;
      try {
        const displayName = checkedName(key);
        if (typeof value !== 'string' && !isTable(value)) throw new EntryError('must be a version string or a table');
        const entry: Table = typeof value === 'string' ? { version: value } : value;
        const { marker, written } = pipenvMarker(entry);
        for (const m of written) {
          const problem = markerProblem(m);
          if (problem !== undefined) diagnostics.push({ severity: 'error', path, line, message: `${where}: invalid marker "${m}": ${problem}` });
        }
        const { direct, editable } = pipenvDirect(entry);
        const rawVersion = optionalString(entry, 'version');
        const specifier = direct || rawVersion === undefined ? '' : specifierOf(rawVersion);
        const extras = stringArray(entry, 'extras');
        const indexName = optionalString(entry, 'index');
        if (indexName !== undefined && !sources.has(indexName))
          diagnostics.push({ severity: 'warning', path, line, message: `${where}: index "${indexName}" is not a [[source]] name` });
        const dep: Dependency = {
          name: normalizeName(displayName),
          displayName,
          specifier,
          extras,
          source: { path, line, requirement: requirementText(displayName, extras, specifier, direct?.url, marker) },
          hashes: [],
          ...sectionKind(section),
        };
        if (marker !== undefined) dep.marker = marker;
        if (direct) dep.direct = direct;
        if (editable) dep.editable = true;
        dependencies.push(dep);
      } catch (err) {
        if (!(err instanceof EntryError)) throw err;
        diagnostics.push({ severity: 'error', path, line, message: `${where}: ${err.message}` });
      }
    }
  }
  return { kind: 'manifest', dependencies, constraints: [], diagnostics, included: [] };
};
