// The decompressors a tar stream can come through, behind one shape: write compressed pieces,
// get decompressed pieces in a sink that can say "no more", learn how the data ended.

import { Bzip2Stream } from './bzip2.js';
import type { Compression } from './format.js';
import { GzipStream } from './gzip.js';
import { XzStream } from './xz.js';

export type DecompressOutcome =
  | { kind: 'complete' }
  /** The consumer asked for no more. */
  | { kind: 'stopped' }
  | { kind: 'truncated' }
  /** The damage starts at byte `at` of the input, or somewhere from `at` up to `until`. */
  | { kind: 'corrupt'; at: number; until?: number; message: string };

export interface Decompressor {
  outcome: DecompressOutcome | undefined;
  /** Returns whether more input is wanted. */
  write(chunk: Uint8Array): Promise<boolean>;
  /** The input ended. */
  end(): Promise<void>;
  /** Stops decompressing; safe to call at any time. */
  close(): void;
}

export function decompressor(kind: Exclude<Compression, 'none'>, sink: (out: Buffer) => boolean): Decompressor {
  switch (kind) {
    case 'gzip':
      return new GzipStream(sink);
    case 'bzip2':
      return new Bzip2Stream(sink);
    case 'xz':
      return new XzStream(sink);
  }
}
