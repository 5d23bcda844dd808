// The cache room: one directory holding analyses and core metadata by file hash, index pages as
// HTTP caching allows, advisory answers for an hour, and a scan's decisions while its pages stay
// fresh, shared safely by runs that overlap.

import { AnalysisCache } from './analysis.js';
import { DiskCache, type DiskCacheOptions } from './disk.js';
import { DiskPageStore } from './pages.js';
import { AdvisoryStore } from './advisories.js';
import { ScanStore } from './scans.js';

export { AnalysisCache, trustedSha256 } from './analysis.js';
export { DiskCache, DEFAULT_CACHE_MAX_BYTES, type DiskCacheOptions, type DiskCacheStats } from './disk.js';
export { DiskPageStore } from './pages.js';
export { keepMetadata } from './metadata.js';
export { AdvisoryStore, ANSWER_TTL_MS, type KeptRecord, type RecordRef } from './advisories.js';
export { defaultCacheDir } from './location.js';
export { ScanStore, scanKey, type KeptScan } from './scans.js';

export interface ScanCache {
  disk: DiskCache;
  pages: DiskPageStore;
  analyses: AnalysisCache;
  advisories: AdvisoryStore;
  scans: ScanStore;
}

/** `version` names the code whose results are kept: a different one never reads them. */
export function openCache(dir: string, version: string, opts: DiskCacheOptions = {}): ScanCache {
  const disk = new DiskCache(dir, opts);
  return { disk, pages: new DiskPageStore(disk), analyses: new AnalysisCache(disk, version), advisories: new AdvisoryStore(disk, opts.now), scans: new ScanStore(disk, opts.now) };
}
