// The rules every reader (tar, zip, directory) shares: which entries are refused, counted, kept
// and under what name, applied one entry header at a time as the archive streams past.

import type { SdistContents } from './contents.js';
import { decodeSource } from './decode.js';
import { isKeptAnywhere, isPythonSource, isTopLevelPlainCandidate, TOP_LEVEL_PLAIN_MAX } from './keep.js';
import { formatBytes, type ArchiveLimits } from './limits.js';
import { describeName, Notes } from './notes.js';
import { LeadingDir, memberName, normalizePath, refusalReason } from './paths.js';

export type EntryKind =
  | 'file'
  | 'directory'
  | 'symlink'
  | 'hardlink'
  | 'character device'
  | 'block device'
  | 'fifo'
  | 'socket'
  | 'unsupported';

export interface EntryHeader {
  /** The name as the archive gives it. */
  name: string;
  kind: EntryKind;
  /** Declared content size in bytes. */
  size: number;
  linkname?: string;
  /** For `unsupported`: what the entry is and why it is not read. */
  detail?: string;
}

interface Kept {
  member: string;
  text: string;
  note?: string;
  bytes: number;
  /** Kept only if it turns out to sit at the sdist root once the leading directory is known. */
  topLevelOnly: boolean;
}

export class Collector {
  readonly notes = new Notes();
  /** Set once a limit that ends the read was hit; readers stop feeding entries. */
  stopped = false;
  private entryCount = 0;
  private keptBytes = 0;
  private readonly leading: LeadingDir | undefined;
  /** Regular files by normalized member name, in first-seen order: the member name pip would see. */
  private readonly fileMembers = new Map<string, string>();
  private readonly kept = new Map<string, Kept>();
  private readonly pendingTopLevel = new Set<string>();

  /**
   * @param stripLeadingDir archives are unpacked the way pip does (one shared top directory is
   *   removed); a directory on disk is already the sdist root.
   */
  constructor(
    private readonly limits: ArchiveLimits,
    stripLeadingDir: boolean,
  ) {
    this.leading = stripLeadingDir ? new LeadingDir() : undefined;
  }

  /** Ends the read with a limit note; only the first stop is reported. */
  stop(sentence: string): void {
    if (this.stopped) return;
    this.stopped = true;
    this.notes.add(sentence);
  }

  /**
   * Records one entry header. Returns the key under which its content is to be passed to `keep`,
   * or undefined when the content is not wanted (the reader then skips past it).
   */
  admit(header: EntryHeader): string | undefined {
    if (this.stopped) return undefined;
    const shown = describeName(header.name);
    this.entryCount++;
    if (this.entryCount > this.limits.maxEntries) {
      this.stop(`entry ${shown}: more than ${this.limits.maxEntries} entries (maxEntries), reading stopped`);
      return undefined;
    }
    const member = memberName(header.name);
    // pip decides whether to strip from every member name, refused ones included.
    this.leading?.add(member);
    const refused = refusalReason(header.name);
    if (refused) {
      this.notes.add(`entry ${shown}: ${refused}, skipped`);
      return undefined;
    }
    const key = normalizePath(member);
    if (header.kind === 'directory') return undefined;
    if (key === '') {
      this.notes.add(`entry ${shown}: names the archive root itself, skipped`);
      return undefined;
    }
    if (header.kind !== 'file') {
      // Extraction would put the link or device where a same-named file was; what was kept is gone.
      this.forget(key);
      this.notes.add(`entry ${shown}: ${this.describeKind(header)}, skipped`);
      return undefined;
    }
    if (this.fileMembers.has(key)) {
      this.notes.add(`entry ${shown}: appears more than once; the last copy wins, as in extraction`);
      this.forget(key);
    } else {
      this.fileMembers.set(key, member);
    }
    const depth = key.split('/').length;
    const anywhere = isKeptAnywhere(key);
    const topLevel =
      !anywhere &&
      isTopLevelPlainCandidate(key) &&
      depth <= (this.leading ? 2 : 1) &&
      header.size <= TOP_LEVEL_PLAIN_MAX;
    if (!anywhere && !topLevel) return undefined;
    if (header.size > this.limits.maxFileBytes) {
      this.notes.add(
        `entry ${shown}: ${header.size} bytes is over the ${formatBytes(this.limits.maxFileBytes)} limit for one file (maxFileBytes), not kept`,
      );
      return undefined;
    }
    if (this.keptBytes + header.size > this.limits.maxKeptBytes) {
      this.notes.add(`entry ${shown}: kept files would pass ${formatBytes(this.limits.maxKeptBytes)} (maxKeptBytes), not kept`);
      return undefined;
    }
    if (topLevel) this.pendingTopLevel.add(key);
    else this.pendingTopLevel.delete(key);
    return key;
  }

  /** The content of an entry `admit` asked for. */
  keep(key: string, bytes: Uint8Array): void {
    const member = this.fileMembers.get(key);
    if (member === undefined) throw new Error(`no admitted entry ${key}`);
    const topLevelOnly = this.pendingTopLevel.has(key);
    const python = isPythonSource(key);
    const decoded = decodeSource(bytes);
    // A small extension-less file with NUL bytes is binary data, not something setup.py execs.
    if (topLevelOnly && decoded.text.includes('\0')) return;
    this.forget(key);
    this.kept.set(key, {
      member,
      text: decoded.text,
      note: python ? decoded.note : undefined,
      bytes: bytes.length,
      topLevelOnly,
    });
    this.keptBytes += bytes.length;
  }

  /** A note about one entry that does not end the read. */
  note(name: string, sentence: string): void {
    this.notes.add(`entry ${describeName(name)}: ${sentence}`);
  }

  finish(error?: string): SdistContents {
    const place = (member: string): string => (this.leading ? this.leading.place(member) : normalizePath(member));
    const files = new Map<string, string>();
    for (const kept of this.kept.values()) {
      const path = place(kept.member);
      if (path === '' || (kept.topLevelOnly && path.includes('/'))) continue;
      files.set(path, kept.text);
      if (kept.note) this.notes.add(`entry ${describeName(path)}: ${kept.note}`);
    }
    const entries: string[] = [];
    for (const member of this.fileMembers.values()) {
      const path = place(member);
      if (path !== '') entries.push(path);
    }
    const out: SdistContents = { files, limits: this.notes.toArray(), entries };
    if (error !== undefined) out.error = error;
    return out;
  }

  private forget(key: string): void {
    const old = this.kept.get(key);
    if (!old) return;
    this.keptBytes -= old.bytes;
    this.kept.delete(key);
  }

  private describeKind(header: EntryHeader): string {
    const target = header.linkname !== undefined ? ` to ${describeName(header.linkname)}` : '';
    switch (header.kind) {
      case 'symlink':
        return `symbolic link${target}`;
      case 'hardlink':
        return `hard link${target}`;
      case 'unsupported':
        return header.detail ?? 'unsupported entry type';
      default:
        return header.kind;
    }
  }
}
