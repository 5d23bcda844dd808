// Judging by advisory: a dependency is `malicious` on every target where the version pip would
// install is named by a malware record, whatever its file kind. The record decides; analysis
// findings stay with the verdict as they were.

import type { Advisory, Verdict } from '../types.js';
import type { TargetOutcome } from '../verdict.js';
import type { KeptRecord } from '../cache/advisories.js';
import { normalizeName } from '../python/names.js';
import { pairKey, type Pair } from './lookup.js';
import { recordLink } from './osv.js';

/**
 * The name and version pairs a dependency's selections install, before it is judged: the same
 * pairs its verdict gives (pairsOf), known as soon as the versions are chosen.
 */
export function installedPairs(entries: Array<{ name: string; outcomes: TargetOutcome[] }>): Pair[] {
  return entries.flatMap((e) => {
    const name = normalizeName(e.name);
    return e.outcomes.flatMap((o) => (!o.skipped && (o.selection.kind === 'wheel' || o.selection.kind === 'sdist') && o.selection.version ? [{ name, version: o.selection.version }] : []));
  });
}

/** The name and version pairs pip would install for a verdict: targets that install a file of a known version. */
export function pairsOf(v: Verdict): Pair[] {
  const name = normalizeName(v.name);
  return v.targets.flatMap((t) => ((t.kind === 'wheel' || t.kind === 'sdist') && t.version ? [{ name, version: t.version }] : []));
}

export function describe(a: Advisory): string {
  return `${a.id}${a.summary ? ` (${a.summary})` : ''}, ${a.url}`;
}

/** The verdict, made `malicious` when a record names a version it installs on some target. */
export function markMalicious(v: Verdict, malware: Map<string, KeptRecord[]>, server: string): Verdict {
  const name = normalizeName(v.name);
  const advisories: Advisory[] = [];
  let affected = 0;
  let version: string | undefined;
  for (const t of v.targets) {
    if ((t.kind !== 'wheel' && t.kind !== 'sdist') || !t.version) continue;
    const records = malware.get(pairKey({ name, version: t.version }));
    if (!records) continue;
    affected++;
    version ??= t.version;
    for (const r of records) {
      if (advisories.some((a) => a.id === r.id && a.version === t.version)) continue;
      advisories.push({ id: r.id, ...(r.summary ? { summary: r.summary } : {}), url: recordLink(server, r.id), version: t.version, ...(r.modified ? { modified: r.modified } : {}) });
    }
  }
  if (advisories.length === 0) return v;
  const [first, ...more] = advisories;
  const also = more.length ? `; ${more.length} more record${more.length === 1 ? '' : 's'}: ${more.map((a) => a.id).join(', ')}` : '';
  const n = v.targets.length;
  const where = n > 1 && affected < n ? ` (on ${affected} of ${n} targets)` : '';
  return {
    ...v,
    version,
    status: 'malicious',
    reason: `${v.name} ${version} is known malware: ${describe(first!)}${also}${where}`,
    advisories,
  };
}
