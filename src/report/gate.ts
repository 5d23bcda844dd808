// What every reporter shares: counts, the gate decision, and masking of secrets. The gate lives here
// rather than in each entry so the CLI, the action and the reports can never disagree about it.

import type { Status, Verdict } from '../types.js';
import type { ScanResult } from '../scan.js';
import type { GateStatus } from '../options.js';

export type Counts = Record<Status, number>;

export function countStatuses(verdicts: Verdict[]): Counts {
  const counts: Counts = { wheel: 0, sdist: 0, suspicious: 0, unresolved: 0, skipped: 0 };
  for (const v of verdicts) counts[v.status]++;
  return counts;
}

export interface Gate {
  failed: boolean;
  failOn: GateStatus[];
  /** Verdicts whose status fails the gate, worst first. */
  failing: Verdict[];
  /** Manifest errors: dependencies that could not even be read count as unresolved. */
  manifestErrors: number;
  /** One sentence for logs and summaries. */
  message: string;
}

export function evaluateGate(result: ScanResult, failOn: GateStatus[]): Gate {
  const failing = result.verdicts.filter((v) => (failOn as string[]).includes(v.status));
  const manifestErrors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const errorsFail = failOn.includes('unresolved') && manifestErrors > 0;
  const failed = failing.length > 0 || errorsFail;
  const parts: string[] = [];
  const counts = countStatuses(failing);
  for (const s of ['suspicious', 'unresolved', 'sdist'] as const) if (counts[s]) parts.push(`${counts[s]} ${s}`);
  if (errorsFail) parts.push(`${manifestErrors} manifest error${manifestErrors === 1 ? '' : 's'}`);
  const message = failed
    ? `sdist-guard failed the gate: ${parts.join(', ')} (fail-on: ${failOn.join(',')})`
    : failOn.length === 0
      ? 'sdist-guard reports only (fail-on: none)'
      : `sdist-guard passed: no dependency is ${failOn.join(' or ')}`;
  return { failed, failOn, failing, manifestErrors, message };
}

/** Replaces every known secret (and its URL-encoded form) with `***`. */
export function maskSecrets(text: string, secrets: string[]): string {
  let out = text;
  const all = new Set<string>();
  for (const s of secrets) {
    if (s.length < 3) continue;
    all.add(s);
    all.add(encodeURIComponent(s));
  }
  for (const s of [...all].sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
  return out;
}

export function location(v: Verdict): string {
  const s = v.sources[0];
  return s ? `${s.path}:${s.line}` : '';
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
