// Pipfile.lock: JSON written by pipenv. `default` holds the runtime packages, `develop` the dev
// packages, and any other top-level object a pipenv package category. Each entry pins
// `version = "==x"` with the `hashes` pip must accept, or points at a VCS checkout, a file or a
// path. `index` names one of `_meta.sources`.

import type { Dependency, DependencyKind, Diagnostic, Parser } from '../types.js';
import {
  checkedName,
  checkedVersion,
  EntryError,
  describeError,
  isTable,
  lockedDependency,
  lockResult,
  markerProblem,
  optionalString,
  parseHash,
  stringArray,
  withoutSelectionTests,
} from './lock-entry.js';
import { JsonSyntaxError, parseJsonWithLines } from './json-positions.js';
import { pipenvDirect, pipenvMarker, readSources } from './pipenv-entry.js';

/** The newest `_meta.pipfile-spec` this reader knows. */
const KNOWN_SPEC = 6;

function sectionKind(section: string): { kind: DependencyKind; group?: string } {
  if (section === 'default') return { kind: 'runtime' };
  if (section === 'develop') return { kind: 'dev', group: 'develop' };
  return { kind: 'group', group: section };
}

/** `==1.2.3` (or `===1.2.3`) -> `1.2.3`. */
function pinnedVersion(raw: string): string {
  const m = /^\s*===?\s*(\S+)\s*$/.exec(raw);
  if (!m) throw new EntryError(`version "${raw}" is not pinned with ==`);
  return checkedVersion(m[1]);
}

export const parse: Parser = (text, path, ctx) => {
  let located;
  try {
    located = parseJsonWithLines(text);
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    return lockResult([], [{ severity: 'error', path, line: err.line, message: `not valid JSON: ${err.message}` }]);
  }
  const fail = (message: string, line?: number): ReturnType<Parser> => lockResult([], [{ severity: 'error', path, line, message }]);
  const doc = located.value;
  if (!isTable(doc)) return fail('must be a JSON object with "_meta", "default" and "develop"', 1);
  if (doc._meta === undefined && doc.default === undefined && doc.develop === undefined)
    return fail('has none of "_meta", "default" and "develop": not a Pipfile.lock', 1);

  const diagnostics: Diagnostic[] = [];
  const meta = doc._meta;
  let sources = new Map<string, string>();
  if (meta !== undefined) {
    if (!isTable(meta)) return fail('"_meta" must be an object', located.keyLine(['_meta']));
    try {
      sources = readSources(meta.sources, ctx.env);
    } catch (err) {
      diagnostics.push({ severity: 'error', path, line: located.keyLine(['_meta', 'sources']), message: `_meta.sources: ${describeError(err)}` });
    }
    const spec = meta['pipfile-spec'];
    if (typeof spec === 'number' && spec > KNOWN_SPEC)
      diagnostics.push({ severity: 'warning', path, line: located.keyLine(['_meta', 'pipfile-spec']), message: `pipfile-spec ${spec} is newer than ${KNOWN_SPEC}; read as ${KNOWN_SPEC}` });
  }

  const dependencies: Dependency[] = [];
  for (const [section, packages] of Object.entries(doc)) {
    if (section === '_meta') continue;
    const sectionLine = located.keyLine([section]);
    if (!isTable(packages)) {
      diagnostics.push({ severity: 'error', path, line: sectionLine, message: `"${section}" must be an object of packages` });
      continue;
    }
    for (const [key, entry] of Object.entries(packages)) {
      const line = located.keyLine([section, key]) ?? sectionLine ?? 1;
      const where = `${section} package "${key}"`;
      try {
        if (!isTable(entry)) throw new EntryError('must be an object');
        const displayName = checkedName(key);
        const { marker, written } = pipenvMarker(entry);
        for (const m of written) {
          const problem = markerProblem(m);
          if (problem !== undefined) diagnostics.push({ severity: 'error', path, line, message: `${where}: invalid marker "${m}": ${problem}` });
        }
        const { direct, editable } = pipenvDirect(entry);
        const rawVersion = optionalString(entry, 'version');
        const version = rawVersion === undefined || (direct && rawVersion.trim() === '*') ? undefined : pinnedVersion(rawVersion);
        if (version === undefined && direct === undefined)
          diagnostics.push({ severity: 'warning', path, line, message: `${where}: no pinned version; any version may be installed` });
        const indexName = optionalString(entry, 'index');
        let indexUrl: string | undefined;
        if (indexName !== undefined) {
          indexUrl = sources.get(indexName);
          if (indexUrl === undefined)
            diagnostics.push({ severity: 'warning', path, line, message: `${where}: index "${indexName}" is not in _meta.sources` });
        }
        dependencies.push(
          lockedDependency(path, {
            displayName,
            line,
            version,
            extras: stringArray(entry, 'extras'),
            marker: withoutSelectionTests(marker),
            hashes: stringArray(entry, 'hashes').map(parseHash),
            indexUrl,
            direct,
            editable,
            ...sectionKind(section),
          }),
        );
      } catch (err) {
        if (!(err instanceof EntryError)) throw err;
        diagnostics.push({ severity: 'error', path, line, message: `${where}: ${err.message}` });
      }
    }
  }
  return lockResult(dependencies, diagnostics);
};
