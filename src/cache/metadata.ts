// Core metadata of index files, kept by the file's sha256: a file never changes once uploaded, so
// neither does its metadata, and a second run resolves dependencies without asking for it again.

import type { FetchedMetadata } from '../index/metadata.js';
import type { DistFile } from '../types.js';
import type { DiskCache } from './disk.js';
import { trustedSha256 } from './analysis.js';

const NAMESPACE = 'metadata';
const READS: readonly FetchedMetadata['read'][] = ['metadata-file', 'range', 'whole'];

type Read = (file: DistFile, project: string) => Promise<FetchedMetadata>;

function asMetadata(v: unknown): FetchedMetadata | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const m = v as Record<string, unknown>;
  if (typeof m.text !== 'string' || typeof m.url !== 'string' || !READS.includes(m.read as FetchedMetadata['read'])) return undefined;
  return { text: m.text, read: m.read as FetchedMetadata['read'], url: m.url };
}

/**
 * `read`, with what it returns kept under the sha256 the index (or lock) gives for the file.
 * A file named without one is always read anew. Failures are not kept.
 */
export function keepMetadata(disk: DiskCache | undefined, read: Read): Read {
  if (!disk) return read;
  return async (file, project) => {
    const sha = trustedSha256(file, []);
    if (sha === undefined) return read(file, project);
    const key = JSON.stringify([sha, file.filename]);
    const kept = asMetadata(await disk.get(NAMESPACE, key));
    if (kept) return kept;
    const fresh = await read(file, project);
    await disk.put(NAMESPACE, key, fresh);
    return fresh;
  };
}
