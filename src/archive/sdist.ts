// One sdist archive, by file name and bytes, to the files that matter at build time.

import { Collector } from './collector.js';
import { failed, type SdistContents } from './contents.js';
import { describeSniffed, formatFromName, sniff, type Compression, type NamedFormat, type Sniffed } from './format.js';
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
/**
 * pip picks the unpacker by file name and fails when the bytes disagree, so a mismatch is an
 * error too; the compression the tar is read through, or the error. A `.tar` is opened with
 * tarfile's transparent mode, which tries plain tar and then gzip, bzip2 and xz.
 */
function readingOf(filename: string, named: NamedFormat['kind'], kind: Sniffed, head: Uint8Array): { compression?: Compression; error?: string } {
  if (kind === 'empty') return { error: `${filename}: archive is empty` };
  const what = describeSniffed(kind, head);
  const lzma = (): { error: string } => ({
    error: `not analyzed: ${filename} holds legacy .lzma data, which pip's tarfile reads but sdist-guard does not`,
  });
  switch (named) {
    case 'tar.gz':
      return kind === 'gzip' ? { compression: 'gzip' } : { error: `${filename}: not gzip data (${what})` };
    case 'tar.bz2':
      return kind === 'bzip2' ? { compression: 'bzip2' } : { error: `${filename}: not bzip2 data (${what})` };
    case 'tar.xz':
      if (kind === 'xz') return { compression: 'xz' };
      if (kind === 'lzma') return lzma();
      return { error: `${filename}: neither xz nor .lzma data (${what})` };
    case 'tar':
      if (kind === 'tar') return { compression: 'none' };
      if (kind === 'gzip' || kind === 'bzip2' || kind === 'xz') return { compression: kind };
      if (kind === 'lzma') return lzma();
      if (kind === 'zstd') return { error: `not analyzed: ${filename} is zstd-compressed, which only Python 3.14's tarfile reads and sdist-guard does not` };
      return { error: `${filename}: not a tar archive (${what})` };
    case 'zip':
      // Anything else may still end in a zip directory (a self-extractor): readZip decides.
      return kind === 'zip' || kind === 'unknown' ? {} : { error: `${filename}: not a zip archive (${what})` };
    default:
      return { error: `not analyzed: ${filename} is not an sdist archive` };
  }
}

/**
 * Reads an sdist (every archive type pip unpacks: tar, plain or gzip, bzip2 or xz compressed, and zip) without writing or running anything. A
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
        : `not analyzed: ${filename} is not named like an sdist (.tar.gz, .tgz, .tar.bz2, .tbz, .tar.xz, .txz, .tlz, .tar.lz, .tar.lzma, .tar or .zip)`,
    );
  }
  const source = new ByteSource(data, limits.maxDownloadBytes);
  const collector = new Collector(limits, true, true);
  let error: string | undefined;
  try {
    const head = await source.peek(512);
    const kind = sniff(head);
    const reading = readingOf(filename, named.kind, kind, head);
    error = reading.error;
    if (error === undefined) {
      if (named.kind === 'zip') error = await readZip(source, collector, limits, filename);
      else error = await readTar(source, reading.compression ?? 'none', collector, limits, filename);
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
