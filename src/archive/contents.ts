// What a read of one sdist produces.

import type { Finding } from '../types.js';

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
  /**
   * Constructs on which pip's unpacking and a plain reader disagree about which files exist or
   * what a build file holds: findings of their own, whatever the files say.
   */
  findings: Finding[];
  /** All regular-file entry names seen (relative, after stripping), for analysis to know which modules exist. */
  entries: string[];
}

export function failed(error: string, limits: string[] = []): SdistContents {
  return { files: new Map(), limits, entries: [], findings: [], error };
}
