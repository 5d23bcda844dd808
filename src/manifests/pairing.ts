// A lock and the manifest beside it describe one environment: the lock says which versions are
// installed, the manifest says where a person declared them. Pairing reports the locked versions
// and points at the manifest line for direct dependencies (the lock entry for the rest).

import type { Dependency, Diagnostic, ParseResult } from '../types.js';
import type { ManifestFile, ManifestFormat } from './discover.js';
import { normalizeName } from '../python/names.js';
import { posix } from 'node:path';

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

/** A pylock.toml belongs to the manifest of the tool that wrote it: pipenv writes it from its Pipfile. */
function manifestFormatOf(lock: ParsedManifest): ManifestFormat | undefined {
  if (lock.file.format === 'pylock' && lock.result.createdBy?.trim().toLowerCase() === 'pipenv') return 'pipfile';
  return LOCK_MANIFEST[lock.file.format];
}

/**
 * Whether a lock was made for the group that declares `dep`. A group the lock deliberately leaves
 * out (pdm's `[metadata] groups`) is not installed from it: the tool refuses such a group until
 * it is locked, so its declarations are neither a stale lock nor something to resolve.
 */
function coversGroup(lock: ParseResult, dep: Dependency): boolean {
  if (lock.lockedGroups === undefined) return true;
  const group = dep.kind === 'runtime' || dep.group === undefined ? 'default' : normalizeName(dep.group);
  return lock.lockedGroups.includes(group);
}

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
/**
 * The `.in` file a compiled requirements file was made from: its header's command names it relative
 * to where the command ran, the compiled file's directory or one above it (the project's root).
 */
function compiledSource(compiled: ParsedManifest, byPath: Map<string, ParsedManifest>): ParsedManifest | undefined {
  const bases: string[] = [];
  for (let dir = dirOf(compiled.file.path); ; dir = dirOf(dir)) {
    bases.push(dir);
    if (dir === '') break;
  }
  for (const written of compiled.result.compiledFrom ?? []) {
    for (const base of bases) {
      const candidate = byPath.get(posix.normalize(posix.join(base, written.replace(/\\/g, '/'))));
      if (candidate && candidate !== compiled && candidate.file.format === 'requirements') return candidate;
    }
  }
  return undefined;
}

/**
 * Returns the parse results with every paired manifest folded into its lock(s): locked
 * dependencies take the manifest's source when declared there, build requirements (which locks do
 * not cover) stay as declared, and a declared dependency missing from the lock is kept unlocked
 * with a warning, because a stale lock must not hide it. A requirements file compiled by pip-compile
 * or `uv pip compile` is what gets installed in place of the `.in` file it was compiled from: the
 * `.in` keeps only what the compiled file lacks.
 */
export function pairLocks(parsed: ParsedManifest[]): { units: ParseResult[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const manifestsByKey = new Map<string, ParsedManifest>();
  const byPath = new Map<string, ParsedManifest>();
  for (const p of parsed) {
    if (p.file.format !== 'requirements') manifestsByKey.set(`${dirOf(p.file.path)}\0${p.file.format}`, p);
    byPath.set(p.file.path, p);
  }

  const consumed = new Set<ParsedManifest>();
  const locksOf = new Map<ParsedManifest, ParsedManifest[]>();
  /** Locks whose entries point at their manifest's lines (a compiled requirements file keeps its own). */
  const pairedLocks = new Map<ParsedManifest, ParsedManifest>();
  for (const p of parsed) {
    let manifest: ParsedManifest | undefined;
    if (p.file.format === 'requirements') {
      manifest = compiledSource(p, byPath);
    } else {
      const manifestFormat = manifestFormatOf(p);
      if (!manifestFormat) continue;
      // a lock whose file could not be read as a lock pairs with nothing
      if (p.result.dependencies.length === 0 && p.result.diagnostics.some((d) => d.severity === 'error')) continue;
      manifest = manifestsByKey.get(`${dirOf(p.file.path)}\0${manifestFormat}`);
      if (manifest) pairedLocks.set(p, manifest);
    }
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
      const compiled = locks.every((l) => l.file.format === 'requirements');
      const kept: Dependency[] = [];
      for (const dep of p.result.dependencies) {
        if (dep.kind === 'build') kept.push(dep);
        else if (!locks.some((l) => coversGroup(l.result, dep))) continue;
        else if (!lockedNames.has(dep.name)) {
          kept.push(dep);
          const what = compiled ? 'the compiled file may be stale' : 'the lock may be stale';
          diagnostics.push({
            severity: 'warning',
            path: dep.source.path,
            line: dep.source.line,
            message: `${dep.displayName} is declared here but not in ${locks.map((l) => l.file.path).join(', ')}: ${what}, so it is resolved from the index`,
          });
        }
      }
      if (kept.length > 0 || p.result.diagnostics.length > 0) units.push({ ...p.result, dependencies: kept });
      continue;
    }
    const manifest = pairedLocks.get(p);
    if (!manifest) {
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
