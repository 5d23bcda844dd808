// The manifests as they were at the base of a pull request, parsed with the same parsers as the
// head, and the comparison that decides what the pull request changed. When the base cannot be
// read, the run gates on everything and says why: it never silently gates on less.

import path from 'node:path';

import type { ParseContext } from './types.js';
import type { Options } from './options.js';
import { PARSERS, type ManifestFile } from './manifests/discover.js';
import { pairLocks, type ParsedManifest } from './manifests/pairing.js';
import { changedDeclarations, type ManifestDeps, type ScopeReport } from './scope.js';

/** Where the base revision's files come from (git, or the GitHub contents API). */
export interface BaseFiles {
  /** For messages: `base commit 1a2b3c4 (git)`. */
  label: string;
  /**
   * A file's text at the base, by path relative to the scanned root (POSIX separators);
   * undefined when the file does not exist there. Throws when it cannot be read.
   */
  read(relPath: string): Promise<string | undefined>;
}

// `-r` chains are read lazily: each round fetches the files the previous parse asked for.
const MAX_INCLUDE_ROUNDS = 16;

function toRelative(root: string, abs: string): string | undefined {
  const rel = path.relative(root, abs);
  if (rel === '' || rel === '..' || rel.startsWith('..' + path.sep) || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/**
 * Parses the base versions of the head's manifest files, and pairs locks with their manifests as
 * the scan does at the head. A file missing at the base declares nothing there, so everything it
 * declares at the head is new. Included files (`-r`, `-c`) are fetched as the parsers ask for
 * them, since parsers read synchronously.
 */
export async function parseAtBase(files: ManifestFile[], base: BaseFiles, root: string, env: Record<string, string | undefined>): Promise<ManifestDeps[]> {
  const texts = new Map<string, string | undefined>();
  const fetch = async (rel: string) => {
    if (!texts.has(rel)) texts.set(rel, await base.read(rel));
  };
  for (const f of files) await fetch(f.path);
  let parsed: ParsedManifest[] = [];
  for (let round = 0; round < MAX_INCLUDE_ROUNDS; round++) {
    const wanted = new Set<string>();
    const ctx: ParseContext = {
      root,
      env,
      readFile(abs: string): string {
        const rel = toRelative(root, abs);
        if (rel === undefined) throw new Error('outside the scanned root');
        if (!texts.has(rel)) {
          wanted.add(rel);
          throw new Error('not read yet');
        }
        const text = texts.get(rel);
        if (text === undefined) throw new Error(`no such file at the ${base.label}`);
        return text;
      },
    };
    parsed = [];
    for (const f of files) {
      const text = texts.get(f.path);
      if (text === undefined) continue;
      try {
        parsed.push({ file: f, result: PARSERS[f.format](text, f.path, ctx) });
      } catch {
        // A base that does not parse declares nothing the head can match: its dependencies all count as changed.
      }
    }
    if (wanted.size === 0) break;
    for (const rel of wanted) await fetch(rel);
  }
  return pairLocks(parsed).units.map((u) => ({ deps: u.dependencies, constraints: u.constraints, options: u.options }));
}

/**
 * The scope stage: with `scope: changed` and a readable base, the set of head declarations the
 * change adds or alters; otherwise no set, which makes every dependency gate.
 */
export async function compareWithBase(
  opts: Pick<Options, 'scope' | 'base' | 'root' | 'env'>,
  files: ManifestFile[],
  head: ManifestDeps[],
): Promise<{ report: ScopeReport; changed?: Set<string> }> {
  if (opts.scope === 'all') return { report: { requested: 'all', applied: 'all' } };
  if (!opts.base)
    return {
      report: { requested: 'changed', applied: 'all', note: 'scope is "changed" but there is no base revision to compare with (not a pull request), so every dependency gates' },
    };
  try {
    const base = await parseAtBase(files, opts.base, opts.root, opts.env);
    return { report: { requested: 'changed', applied: 'changed', base: opts.base.label }, changed: changedDeclarations(head, base) };
  } catch (err) {
    return {
      report: {
        requested: 'changed',
        applied: 'all',
        base: opts.base.label,
        note: `cannot read the manifests at the ${opts.base.label} (${(err as Error).message}), so every dependency gates, as with scope: all`,
      },
    };
  }
}
