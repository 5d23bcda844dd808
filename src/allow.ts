// The allow list: dependencies a team has looked at and accepted. An allowed dependency is still
// reported, with the reason given, but never gates. An entry with `until` applies through that day
// (UTC) and then stops applying, loudly, so that an exception gets revisited instead of forgotten.

import type { Diagnostic, Verdict } from './types.js';
import { isValidName, normalizeName } from './python/names.js';
import { compareVersions, isValidVersion, normalizeVersion } from './python/version.js';

export interface AllowEntry {
  /** As written: `name` or `name==version`. */
  package: string;
  /** PEP 503 normalized. */
  name: string;
  /** Normalized PEP 440 version; absent when every version is allowed. */
  version?: string;
  reason: string;
  /** `YYYY-MM-DD`, the last day the entry applies. */
  until?: string;
  /** The configuration file it is written in, relative to the scanned root. */
  path: string;
  line?: number;
}

/** `name` or `name==version`; throws with a sentence saying what is expected. */
export function parseAllowPackage(text: string): { name: string; version?: string } {
  const m = /^\s*([^=\s]+)\s*(?:==\s*(\S+))?\s*$/.exec(text);
  if (!m || !isValidName(m[1]))
    throw new Error(`"${text}" is not a package: expected "name" or "name==version", e.g. "somepkg==1.2.0"`);
  if (m[2] === undefined) return { name: normalizeName(m[1]) };
  if (!isValidVersion(m[2])) throw new Error(`"${text}": "${m[2]}" is not a PEP 440 version`);
  return { name: normalizeName(m[1]), version: normalizeVersion(m[2]) };
}

/** A real calendar date written `YYYY-MM-DD`. */
export function isValidDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Today's date in UTC as `YYYY-MM-DD`: the runner's clock, whatever its time zone. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function isExpired(entry: AllowEntry, today: string): boolean {
  return entry.until !== undefined && entry.until < today;
}

export function entryLocation(entry: AllowEntry): string {
  return entry.line ? `${entry.path}:${entry.line}` : entry.path;
}

/** PEP 440 equality, so that `1.0` and `1.0.0` are the same version. */
function sameVersion(a: string, b: string): boolean {
  try {
    return compareVersions(a, b) === 0;
  } catch {
    return a === b;
  }
}

function matches(entry: AllowEntry, v: Verdict): boolean {
  if (entry.name !== normalizeName(v.name)) return false;
  if (entry.version === undefined) return true;
  return v.version !== undefined && sameVersion(v.version, entry.version);
}

/**
 * Marks the verdicts a live entry accepts as allowed. The first live entry that matches wins.
 * Every expired entry becomes a warning, and a verdict it would have covered says so in its reason.
 * Wheels and skipped dependencies run no package code, so there is nothing to allow.
 */
export function applyAllowList(verdicts: Verdict[], entries: AllowEntry[], today: string): { verdicts: Verdict[]; diagnostics: Diagnostic[] } {
  const live = entries.filter((e) => !isExpired(e, today));
  const expired = entries.filter((e) => isExpired(e, today));
  const diagnostics: Diagnostic[] = expired.map((e) => ({
    severity: 'warning',
    path: e.path,
    ...(e.line ? { line: e.line } : {}),
    message: `the allow entry for "${e.package}" expired on ${e.until} and no longer applies (its reason was: ${e.reason})`,
  }));
  const out = verdicts.map((v): Verdict => {
    if (v.status === 'wheel' || v.status === 'skipped') return v;
    const entry = live.find((e) => matches(e, v));
    if (entry) return { ...v, allowed: { reason: entry.reason, ...(entry.until ? { until: entry.until } : {}), source: entryLocation(entry) } };
    const gone = expired.find((e) => matches(e, v));
    if (gone) return { ...v, reason: `${v.reason} (the allow entry at ${entryLocation(gone)} expired on ${gone.until})` };
    return v;
  });
  return { verdicts: out, diagnostics };
}
