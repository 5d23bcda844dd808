// One sdist archive, by file name and bytes, to the files that matter at build time.

import { Collector } from './collector.js';
import { failed, type SdistContents } from './contents.js';
import { describeSniffed, formatFromName, sniff, type NamedFormat, type Sniffed } from './format.js';
import { formatBytes, resolveLimits, type ArchiveLimits } from './limits.js';
import { ByteSource } from './source.js';
import { readTar } from './tar.js';
import { endsLikeZip, readZip } from './zip.js';

/** A stream that will not be read is closed, so a download in flight is cancelled. */
async function abandon(data: Uint8Array | AsyncIterable<Uint8Array>): Promise<void> {
  if (data instanceof Uint8Array) return;
  await data[Symbol.asyncIterator]().return?.();
}

/**
 * pip picks the unpacker by file name and fails when the bytes disagree, so a mismatch is an
 * error too. The one exception is a `.tar` that is gzip data: pip opens `.tar` files with
 * tarfile's transparent compression, so that one is read (with a note).
 */
function mismatch(filename: string, named: NamedFormat['kind'], kind: Sniffed, head: Uint8Array): string | undefined {
  if (kind === 'empty') return `${filename}: archive is empty`;
  const what = describeSniffed(kind, head);
  switch (named) {
    case 'tar.gz':
      return kind === 'gzip' ? undefined : `${filename}: not gzip data (${what})`;
    case 'tar':
      if (kind === 'tar' || kind === 'gzip') return undefined;
      if (kind === 'bzip2' || kind === 'xz' || kind === 'zstd') return `not analyzed: ${filename} is ${kind}-compressed, an unsupported archive format`;
      return `${filename}: not a tar archive (${what})`;
    case 'zip':
      // Anything else may still end in a zip directory (a self-extractor): readZip decides.
      return kind === 'zip' || kind === 'unknown' ? undefined : `${filename}: not a zip archive (${what})`;
    default:
      return `not analyzed: ${filename} is not an sdist archive`;
  }
}

/**
 * Reads an sdist (`.tar.gz`, `.tgz`, `.tar`, `.zip`) without writing or running anything. A
 * stream is read incrementally (a zip is held whole, within maxDownloadBytes) and, unless a limit
 * stops the read, to its end; errors the stream raises reject the returned promise.
 */
export async function readSdist(
  filename: string,
  data: Uint8Array | AsyncIterable<Uint8Array>,
  overrides?: Partial<ArchiveLimits>,
): Promise<SdistContents> {
  const limits = resolveLimits(overrides);
  const named = formatFromName(filename);
  if (named.kind === 'unsupported' || named.kind === 'unknown') {
    await abandon(data);
    return failed(
      named.kind === 'unsupported'
        ? `not analyzed: unsupported archive format ${named.extension}`
        : `not analyzed: ${filename} is not named like an sdist (.tar.gz, .tgz, .tar or .zip)`,
    );
  }
  const source = new ByteSource(data, limits.maxDownloadBytes);
  const collector = new Collector(limits, true, true);
  let error: string | undefined;
  try {
    const head = await source.peek(512);
    const kind = sniff(head);
    error = mismatch(filename, named.kind, kind, head);
    if (error === undefined) {
      if (named.kind === 'zip') {
        error = await readZip(source, collector, limits, filename);
      } else {
        if (named.kind === 'tar' && kind === 'gzip') {
          collector.notes.add(`archive: ${filename} is gzip data although its name says plain tar; read as gzip, as pip does`);
        }
        error = await readTar(source, kind === 'gzip', collector, limits, filename);
      }
    }
    // Unless a limit ended the read, the stream runs to its end so its producer can verify it.
    if (!collector.stopped) await source.drain();
    if (named.kind !== 'zip' && error === undefined && source.complete && endsLikeZip(source.tail())) {
      collector.notes.add(
        `archive: ${filename} ends with a zip directory; pip checks for one before reading a tar and would unpack the zip instead of the tar read here`,
      );
    }
  } finally {
    await source.close();
  }
  if (source.overLimit) {
    collector.notes.add(`archive: more than ${formatBytes(limits.maxDownloadBytes)} to download (maxDownloadBytes), reading stopped`);
  }
  return collector.finish(error);
}
