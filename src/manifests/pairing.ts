// A lock and the manifest beside it describe one environment: the lock says which versions are
// installed, the manifest says where a person declared them. Pairing reports the locked versions
// and points at the manifest line for direct dependencies (the lock entry for the rest).

import type { Dependency, Diagnostic, ParseResult } from '../types.js';
import type { ManifestFile, ManifestFormat } from './discover.js';
import { normalizeName } from '../python/names.js';

export interface ParsedManifest {
  file: ManifestFile;
  result: ParseResult;
}

/** Which manifest (in the same directory) each lock format belongs to. */
const LOCK_MANIFEST: Partial<Record<ManifestFormat, ManifestFormat>> = {
  'poetry-lock': 'pyproject',
  'pdm-lock': 'pyproject',
  'uv-lock': 'pyproject',
  pylock: 'pyproject',
  'pipfile-lock': 'pipfile',
};

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/**
 * Returns the parse results with every paired manifest folded into its lock(s): locked
 * dependencies take the manifest's source when declared there, build requirements (which locks do
 * not cover) stay as declared, and a declared dependency missing from the lock is kept unlocked
 * with a warning, because a stale lock must not hide it.
 */
export function pairLocks(parsed: ParsedManifest[]): { units: ParseResult[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const manifestsByKey = new Map<string, ParsedManifest>();
  for (const p of parsed) manifestsByKey.set(`${dirOf(p.file.path)}\0${p.file.format}`, p);

  const consumed = new Set<ParsedManifest>();
  const locksOf = new Map<ParsedManifest, ParsedManifest[]>();
  for (const p of parsed) {
    const manifestFormat = LOCK_MANIFEST[p.file.format];
    if (!manifestFormat) continue;
    // a lock whose file could not be read as a lock pairs with nothing
    if (p.result.dependencies.length === 0 && p.result.diagnostics.some((d) => d.severity === 'error')) continue;
    const manifest = manifestsByKey.get(`${dirOf(p.file.path)}\0${manifestFormat}`);
    if (!manifest) continue;
    consumed.add(manifest);
    locksOf.set(manifest, [...(locksOf.get(manifest) ?? []), p]);
  }

  const units: ParseResult[] = [];
  for (const p of parsed) {
    if (consumed.has(p)) {
      // keep what no lock covers: build requirements, and declared names the lock lacks
      const locks = locksOf.get(p)!;
      const lockedNames = new Set(locks.flatMap((l) => l.result.dependencies.map((d) => d.name)));
      const kept: Dependency[] = [];
      for (const dep of p.result.dependencies) {
        if (dep.kind === 'build') kept.push(dep);
        else if (!lockedNames.has(dep.name)) {
          kept.push(dep);
          diagnostics.push({
            severity: 'warning',
            path: dep.source.path,
            line: dep.source.line,
            message: `${dep.displayName} is declared here but not in ${locks.map((l) => l.file.path).join(', ')}: the lock may be stale, so it is resolved from the index`,
          });
        }
      }
      if (kept.length > 0 || p.result.diagnostics.length > 0) units.push({ ...p.result, dependencies: kept });
      continue;
    }
    const manifestFormat = LOCK_MANIFEST[p.file.format];
    const manifest = manifestFormat ? manifestsByKey.get(`${dirOf(p.file.path)}\0${manifestFormat}`) : undefined;
    if (!manifest || !consumed.has(manifest)) {
      units.push(p.result);
      continue;
    }
    const declared = new Map<string, Dependency>();
    for (const dep of manifest.result.dependencies) if (dep.kind !== 'build' && !declared.has(normalizeName(dep.name))) declared.set(normalizeName(dep.name), dep);
    const dependencies = p.result.dependencies.map((dep) => {
      const direct = declared.get(dep.name);
      return direct ? { ...dep, source: direct.source } : dep;
    });
    units.push({ ...p.result, dependencies });
  }
  return { units, diagnostics };
}
