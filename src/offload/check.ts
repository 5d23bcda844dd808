// extract -> analyze for one sdist stream: the work a check does once the bytes arrive, the same
// whether it runs on the main thread or on the analysis worker.

import { readSdist, type ArchiveLimits, type SdistContents } from '../archive/index.js';
import { analyzeSdist, stripTopDirectory } from '../analysis/index.js';
import { declaredRequirements, type Declarations } from '../analysis/declared.js';
import type { SdistCheck } from '../verdict.js';

/**
 * A check, with the sdist's PKG-INFO (null when it has none) for resolving its dependencies, and
 * what its build files declare: what pip installs to build it, and its dependencies where static.
 */
export type SdistRead = SdistCheck & { pkgInfo?: string | null; declared?: Declarations };

/** Rejects with the stream's own error (a failed download, a hash mismatch). */
export async function readAndAnalyze(filename: string, data: AsyncIterable<Uint8Array> | Uint8Array, limits?: Partial<ArchiveLimits>): Promise<SdistRead> {
  return checkContents(await readSdist(filename, data, limits));
}

/** analyze for what an archive or a directory holds. */
export function checkContents(contents: SdistContents): SdistRead {
  const analysis = contents.error ? undefined : analyzeSdist(contents.files, { data: contents.data, encodings: contents.encodings });
  const check: SdistRead = {
    findings: analysis?.findings ?? [],
    suspicious: analysis?.suspicious ?? false,
    limits: [...contents.limits, ...(analysis?.limits ?? [])],
  };
  if (contents.error !== undefined) check.error = contents.error;
  else {
    check.pkgInfo = contents.files.get('PKG-INFO') ?? null;
    check.declared = declaredRequirements(stripTopDirectory(contents.files));
  }
  return check;
}
