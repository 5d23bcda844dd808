// What every reporter shares: counts, the gate decision, and masking of secrets. The gate lives here
// rather than in each entry so the CLI, the action and the reports can never disagree about it.

import type { Status, Verdict } from '../types.js';
import type { ScanResult } from '../scan.js';
import type { GateStatus } from '../options.js';
import { uncheckedNote } from './advisories.js';
import { maskDeep } from '../index/redact.js';
import { STATUS, STATUS_ORDER } from './statuses.js';

export type Counts = Record<Status, number>;

export function countStatuses(verdicts: Verdict[]): Counts {
  const counts = Object.fromEntries(Object.keys(STATUS).map((s) => [s, 0])) as Counts;
  for (const v of verdicts) counts[v.status]++;
  return counts;
}

/**
 * Whether a verdict counts against the gate: its status is one fail-on names, and neither the
 * allow list accepts it nor is it pre-existing on a pull request.
 */
export function gates(v: Verdict, failOn: GateStatus[]): boolean {
  return (failOn as string[]).includes(v.status) && !v.allowed && !v.preexisting;
}

export interface Gate {
  failed: boolean;
  failOn: GateStatus[];
  /** Verdicts whose status fails the gate, worst first. */
  failing: Verdict[];
  /** Verdicts whose status fail-on names but that do not gate: pre-existing, or allowed. */
  notGating: { preexisting: Verdict[]; allowed: Verdict[] };
  /** Manifest errors: dependencies that could not even be read count as unresolved. */
  manifestErrors: number;
  /** One sentence for logs and summaries. */
  message: string;
}

export function evaluateGate(result: ScanResult, failOn: GateStatus[]): Gate {
  const failing = result.verdicts.filter((v) => gates(v, failOn));
  const named = result.verdicts.filter((v) => (failOn as string[]).includes(v.status) && !gates(v, failOn));
  const notGating = { preexisting: named.filter((v) => !v.allowed), allowed: named.filter((v) => v.allowed) };
  const manifestErrors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const errorsFail = failOn.includes('unresolved') && manifestErrors > 0;
  const advisoriesFail = Boolean(result.advisories?.required && result.advisories.unchecked > 0);
  const failed = failing.length > 0 || errorsFail || advisoriesFail;
  const parts: string[] = [];
  const counts = countStatuses(failing);
  for (const s of STATUS_ORDER) if (counts[s]) parts.push(`${counts[s]} ${s}`);
  if (errorsFail) parts.push(`${manifestErrors} manifest error${manifestErrors === 1 ? '' : 's'}`);
  if (advisoriesFail) parts.push(`${uncheckedNote(result)} (advisories-required)`);
  const aside: string[] = [];
  if (notGating.preexisting.length) aside.push(`${notGating.preexisting.length} pre-existing`);
  if (notGating.allowed.length) aside.push(`${notGating.allowed.length} allowed`);
  const unchecked = advisoriesFail ? undefined : uncheckedNote(result);
  const notes = (aside.length ? `; not gating: ${aside.join(', ')}` : '') + (unchecked ? `; ${unchecked}` : '');
  const which = result.scope?.applied === 'changed' ? 'no dependency the change adds or alters' : 'no dependency';
  const message = failed
    ? `sdist-guard failed the gate: ${parts.join(', ')} (fail-on: ${failOn.join(',')})${notes}`
    : failOn.length === 0
      ? 'sdist-guard reports only (fail-on: none)'
      : `sdist-guard passed: ${which} is ${failOn.join(' or ')}${notes}`;
  return { failed, failOn, failing, notGating, manifestErrors, message };
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

/**
 * The result with every known secret masked in what it quotes, before any escaping changes how a
 * secret is spelled (a `_` written as an entity would no longer match it).
 */
export function maskVerdicts(result: ScanResult): ScanResult {
  if (result.secrets.length === 0) return result;
  const m = <T>(x: T): T => maskDeep(x, result.secrets);
  return { ...result, verdicts: m(result.verdicts), diagnostics: m(result.diagnostics), manifests: m(result.manifests), scope: m(result.scope) };
}

export function location(v: Verdict): string {
  const s = v.sources[0];
  return s ? `${s.path}:${s.line}` : '';
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
