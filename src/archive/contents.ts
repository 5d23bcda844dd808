// What a read of one sdist produces.

import type { SourceEncoding } from './decode.js';

export interface SdistContents {
  /**
   * Kept build-time candidate files, path relative to the sdist root (leading `name-version/`
   * stripped the way pip's has_leading_dir/split_leading_dir does), decoded to text.
   */
  files: Map<string, string>;
  /**
   * Every limit hit or refused entry, as a sentence naming the entry and the limit:
   * "entry ../../etc/passwd: path leaves the archive, skipped". Any note means the read is not clean.
   */
  limits: string[];
  /** Set when the archive could not be read at all (truncated, not gzip, unsupported format). Never a clean result. */
  error?: string;
  /** All regular-file entry names seen (relative, after stripping), for analysis to know which modules exist. */
  entries: string[];
  /**
   * Other small files (any extension: `.txt`, `.json`, `.png`), one char per byte, kept within
   * their own budget because build code may read, decode or exec them by name.
   */
  data?: Map<string, string>;
  /** The codec a Python file's coding cookie named, when it is not UTF-8. */
  encodings?: Map<string, SourceEncoding>;
}

export function failed(error: string, limits: string[] = []): SdistContents {
  return { files: new Map(), limits, entries: [], error };
}
