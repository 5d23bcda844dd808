// The hard limits of one run: how much of a hostile sdist is read (archive room) and how much an
// index may send or make us wait (index room). The defaults are the product's; SDIST_GUARD_LIMITS
// moves them for a repository whose sdists are legitimately huge, or tightens them.

import { DEFAULT_LIMITS, type ArchiveLimits } from './archive/limits.js';

export interface ScanLimits {
  archive: ArchiveLimits;
  /** Largest project page accepted from an index, after decompression. */
  maxPageBytes: number;
  /** Further attempts after a connection error or a 408/429/5xx answer. */
  retries: number;
  /** The longest `Retry-After` honored; a longer demand fails the request at once. */
  maxRetryAfterMs: number;
}

const MiB = 1024 * 1024;

/** A limit written wrong; the entries report it as a configuration error. */
export class InvalidLimit extends Error {
  override name = 'InvalidLimit';
}

export const DEFAULT_SCAN_LIMITS: ScanLimits = Object.freeze({
  archive: DEFAULT_LIMITS,
  maxPageBytes: 64 * MiB,
  retries: 3,
  maxRetryAfterMs: 60_000,
});

type Kind = 'bytes' | 'count' | 'seconds';

/** The keys people write, what each sets, and how its value reads. */
const KEYS: Record<string, { kind: Kind; max: number; set(l: ScanLimits, n: number): void }> = {
  'max-download-bytes': { kind: 'bytes', max: 16 * 1024 * MiB, set: (l, n) => void (l.archive.maxDownloadBytes = n) },
  'max-inflated-bytes': { kind: 'bytes', max: 64 * 1024 * MiB, set: (l, n) => void (l.archive.maxInflatedBytes = n) },
  'max-ratio': { kind: 'count', max: 1_000_000, set: (l, n) => void (l.archive.maxRatio = n) },
  'max-entries': { kind: 'count', max: 10_000_000, set: (l, n) => void (l.archive.maxEntries = n) },
  'max-file-bytes': { kind: 'bytes', max: 1024 * MiB, set: (l, n) => void (l.archive.maxFileBytes = n) },
  'max-kept-bytes': { kind: 'bytes', max: 4096 * MiB, set: (l, n) => void (l.archive.maxKeptBytes = n) },
  'max-page-bytes': { kind: 'bytes', max: 4096 * MiB, set: (l, n) => void (l.maxPageBytes = n) },
  retries: { kind: 'count', max: 10, set: (l, n) => void (l.retries = n) },
  'max-retry-after': { kind: 'seconds', max: 3600, set: (l, n) => void (l.maxRetryAfterMs = n * 1000) },
};

const UNITS: Record<string, number> = { '': 1, b: 1, kib: 1024, kb: 1000, mib: MiB, mb: 1000 * 1000, gib: 1024 * MiB, gb: 1000 * 1000 * 1000 };

function readValue(key: string, raw: string, kind: Kind, input: string): number {
  const m = /^(\d+)\s*([a-z]*)$/i.exec(raw.trim());
  const unit = m?.[2]?.toLowerCase() ?? '';
  const scale = kind === 'bytes' ? UNITS[unit] : unit === '' || (kind === 'seconds' && unit === 's') ? 1 : undefined;
  if (!m || scale === undefined) {
    const expected = kind === 'bytes' ? 'a byte count such as 8MiB, 512KiB or 1000' : kind === 'seconds' ? 'a number of seconds' : 'a whole number';
    throw new InvalidLimit(`${input}: ${key}=${raw.trim()} is not ${expected}`);
  }
  return Number(m[1]) * scale;
}

/**
 * `max-inflated-bytes=256MiB, max-entries=20000, retries=1`: entries separated by commas, blanks
 * or newlines. Unknown keys and values out of range throw InvalidLimit naming the input.
 */
export function parseLimits(value: string | undefined, input = 'SDIST_GUARD_LIMITS'): ScanLimits {
  const limits: ScanLimits = { ...DEFAULT_SCAN_LIMITS, archive: { ...DEFAULT_SCAN_LIMITS.archive } };
  for (const item of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    const eq = item.indexOf('=');
    const key = (eq > 0 ? item.slice(0, eq) : item).trim().toLowerCase();
    const spec = KEYS[key];
    if (!spec) throw new InvalidLimit(`${input}: unknown limit "${key}": expected one of ${Object.keys(KEYS).join(', ')}`);
    if (eq <= 0) throw new InvalidLimit(`${input}: ${key} needs a value, as ${key}=N`);
    const n = readValue(key, item.slice(eq + 1), spec.kind, input);
    const min = key === 'retries' ? 0 : 1;
    if (n < min || n > spec.max) throw new InvalidLimit(`${input}: ${key}=${item.slice(eq + 1)} is out of range: expected ${min} to ${spec.max}`);
    spec.set(limits, n);
  }
  return limits;
}
