// Hard limits for reading one sdist. An sdist is hostile input: every size it declares can lie,
// so each limit is checked against bytes actually seen.

export interface ArchiveLimits {
  /** Compressed bytes read from the download. */
  maxDownloadBytes: number;
  /** Total bytes after decompression. */
  maxInflatedBytes: number;
  /** Inflated / compressed; only checked once more than RATIO_FLOOR bytes were inflated. */
  maxRatio: number;
  maxEntries: number;
  /** Any one kept file; bigger ones are not kept, and that is reported. */
  maxFileBytes: number;
  /** All kept files together. */
  maxKeptBytes: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: ArchiveLimits = Object.freeze({
  maxDownloadBytes: 256 * MiB,
  maxInflatedBytes: 1024 * MiB,
  maxRatio: 200,
  maxEntries: 50_000,
  maxFileBytes: 8 * MiB,
  maxKeptBytes: 64 * MiB,
});

/**
 * Small archives legitimately compress far better than any sane ratio (a tar of a few tiny files
 * is mostly zero padding), so the ratio only means "bomb" once the output is large.
 */
export const RATIO_FLOOR = 16 * MiB;

/** Defaults merged with overrides; a limit that is not a positive number is a configuration error. */
export function resolveLimits(overrides: Partial<ArchiveLimits> = {}): ArchiveLimits {
  const out: ArchiveLimits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ArchiveLimits)[]) {
    const value = overrides[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !(value > 0) || Number.isNaN(value)) {
      throw new TypeError(`archive limit ${key} must be a positive number, got ${String(value)}`);
    }
    out[key] = value;
  }
  return out;
}

/** `8 MiB`, `64 KiB`, `1000 bytes`: limits are read by people deciding whether to raise them. */
export function formatBytes(n: number): string {
  if (n >= MiB && n % MiB === 0) return `${n / MiB} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
