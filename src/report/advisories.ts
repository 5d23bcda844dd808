// What every report says about known malware: the advisory check itself (where the records came
// from, and whether some packages went unchecked) and, for a malicious dependency, what to do.

import type { Verdict } from '../types.js';
import type { ScanResult } from '../scan.js';

/** What to do about a dependency a malware record names. */
export const REMEDIATION =
  'Remove it (and whatever pulls it in) from the manifests and lock files. If it was ever installed, on a laptop or a CI runner, treat every secret that machine held as stolen: rotate tokens, keys and passwords, and review what they gave access to.';

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/**
 * One sentence on the advisory check: what was checked against which service, or that it was
 * turned off, or how many package versions went unchecked and why. Undefined for a result that
 * carries no advisory report.
 */
export function advisorySentence(result: ScanResult): string | undefined {
  const a = result.advisories;
  if (!a) return undefined;
  if (a.source === null) return 'Known-malware advisories: not checked (turned off).';
  if (a.unchecked > 0)
    return `Not checked against advisories: ${plural(a.unchecked, 'package version')} of ${a.checked + a.unchecked} could not be checked against the known-malware records at ${a.source} (${a.error ?? 'the service did not answer'}); they may still be known malware.`;
  const cached = a.fromCache ? `, ${a.fromCache} answered from the cache` : '';
  return `Known-malware advisories: ${plural(a.checked, 'package version')} checked against the MAL- records at ${a.source}${cached}; ${plural(a.malicious, 'dependency', 'dependencies')} named.`;
}

/** For the gate's sentence: the part of the check that did not happen. */
export function uncheckedNote(result: ScanResult): string | undefined {
  const a = result.advisories;
  if (!a || a.source === null || a.unchecked === 0) return undefined;
  return `${plural(a.unchecked, 'package version')} not checked against advisories`;
}

/** `MAL-2024-1 (summary) https://…` for each record of a verdict, one per line. */
export function advisoryLines(v: Verdict): string[] {
  return (v.advisories ?? []).map((a) => `${a.id} for ${a.version}${a.summary ? `: ${a.summary}` : ''} ${a.url}`);
}
