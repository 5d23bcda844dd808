// extract -> analyze for one sdist stream: the work a check does once the bytes arrive, the same
// whether it runs on the main thread or on the analysis worker.

import { readSdist, type ArchiveLimits } from '../archive/index.js';
import { analyzeSdist } from '../analysis/index.js';
import type { SdistCheck } from '../verdict.js';

/** A check, with the sdist's PKG-INFO (null when it has none) for resolving its dependencies. */
export type SdistRead = SdistCheck & { pkgInfo?: string | null };

/** Rejects with the stream's own error (a failed download, a hash mismatch). */
export async function readAndAnalyze(filename: string, data: AsyncIterable<Uint8Array> | Uint8Array, limits?: Partial<ArchiveLimits>): Promise<SdistRead> {
  const contents = await readSdist(filename, data, limits);
  const analysis = contents.error ? undefined : analyzeSdist(contents.files, { data: contents.data, encodings: contents.encodings });
  const check: SdistRead = {
    findings: analysis?.findings ?? [],
    suspicious: analysis?.suspicious ?? false,
    limits: [...contents.limits, ...(analysis?.limits ?? [])],
  };
  if (contents.error !== undefined) check.error = contents.error;
  else check.pkgInfo = contents.files.get('PKG-INFO') ?? null;
  return check;
}
