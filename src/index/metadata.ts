// Core metadata of a file on the index, without downloading the distribution: the PEP 658/714
// `.metadata` file beside it when the index offers one (hash-checked), else, for a wheel, its
// METADATA entry read with range requests. Each file's metadata is read once per run.

import type { DistFile } from '../types.js';
import { distributionKind } from '../python/filenames.js';
import type { IndexClient } from './client.js';
import { IndexError } from './errors.js';
import { fromRecord, StreamingHashes } from './hashes.js';
import { redactUrl } from './redact.js';
import { readWheelMetadata, type WheelMetadataLimits } from './wheel-metadata.js';

export interface FetchedMetadata {
  text: string;
  /** How it was read: the index's metadata file, range requests into the wheel, or the whole wheel. */
  read: 'metadata-file' | 'range' | 'whole';
  /** Where it was read from, without credentials. */
  url: string;
}

export interface MetadataReaderOptions {
  /** Largest `.metadata` file accepted. Default 16 MiB. */
  maxMetadataBytes?: number;
  wheel?: Partial<WheelMetadataLimits>;
}

/** PEP 658: the metadata file's URL is the file's URL, without its fragment, with `.metadata` added. */
export function metadataFileUrl(fileUrl: string): string {
  const url = new URL(fileUrl);
  url.hash = '';
  url.pathname += '.metadata';
  return url.href;
}

export class MetadataReader {
  private readonly cache = new Map<string, Promise<FetchedMetadata>>();
  private readonly maxMetadataBytes: number;

  constructor(
    private readonly client: IndexClient,
    private readonly opts: MetadataReaderOptions = {},
  ) {
    this.maxMetadataBytes = opts.maxMetadataBytes ?? 16 * 1024 * 1024;
  }

  /**
   * The metadata of a wheel, or of an sdist whose index offers a metadata file. Rejects with an
   * IndexError naming the URL; `not-found` for an sdist without one.
   */
  read(file: DistFile, project: string): Promise<FetchedMetadata> {
    let pending = this.cache.get(file.url);
    if (!pending) {
      pending = this.load(file, project);
      this.cache.set(file.url, pending);
    }
    return pending;
  }

  private async load(file: DistFile, project: string): Promise<FetchedMetadata> {
    const wheel = distributionKind(file.filename) === 'wheel';
    if (file.coreMetadata) {
      try {
        return await this.metadataFile(file);
      } catch (err) {
        // PEP 714: an index may announce a metadata file it cannot serve; the wheel itself still has it.
        if (!(wheel && err instanceof IndexError && err.kind === 'not-found')) throw err;
      }
    }
    if (!wheel) {
      throw new IndexError('not-found', file.url, `the index offers no metadata file for ${file.filename} (${redactUrl(file.url)})`);
    }
    const got = await readWheelMetadata(this.client, file, project, this.opts.wheel);
    return { text: got.text, read: got.read, url: redactUrl(file.url) };
  }

  private async metadataFile(file: DistFile): Promise<FetchedMetadata> {
    let href: string;
    try {
      href = metadataFileUrl(file.url);
    } catch {
      throw new IndexError('malformed', file.url, `the URL of ${file.filename} is not a valid URL: ${redactUrl(file.url)}`);
    }
    const got = await this.client.fetchBytes(href, `${file.filename}.metadata`, { maxBytes: this.maxMetadataBytes });
    if (typeof file.coreMetadata === 'object') {
      const hasher = new StreamingHashes(fromRecord(file.coreMetadata));
      hasher.update(got.bytes);
      const { digests, ok } = hasher.finish();
      if (hasher.checks && !ok) {
        throw new IndexError(
          'hash-mismatch',
          href,
          `hash mismatch for the metadata file of ${file.filename} from ${redactUrl(href)}: expected ${hasher.describeExpected()}, got sha256:${digests.sha256}`,
        );
      }
    }
    return { text: new TextDecoder('utf-8').decode(got.bytes), read: 'metadata-file', url: redactUrl(href) };
  }
}
