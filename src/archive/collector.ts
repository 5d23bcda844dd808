// The rules every reader (tar, zip, directory) shares: which entries are refused, counted, kept
// and under what name, applied one entry header at a time as the archive streams past.

import type { SdistContents } from './contents.js';
import { decodeSource, type SourceEncoding } from './decode.js';
import { DATA_FILE_MAX, DATA_FILES_MAX, DATA_TOTAL_MAX, isKeptAnywhere, isPythonSource, isRootSetup, isTopLevelPlainCandidate, TOP_LEVEL_PLAIN_MAX } from './keep.js';
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

/** A symbolic or hard link that may stay inside the archive, resolved once every name is known. */
interface Link {
  member: string;
  kind: 'symlink' | 'hardlink';
  linkname: string;
  shown: string;
}

interface Kept {
  member: string;
  text: string;
  note?: string;
  bytes: number;
  /** Kept only if it turns out to sit at the sdist root once the leading directory is known. */
  topLevelOnly: boolean;
  encoding?: SourceEncoding;
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
  /** Other small files, raw (one char per byte), for build code that reads them by name. */
  private readonly data = new Map<string, string>();
  private dataBytes = 0;
  private readonly pendingTopLevel = new Set<string>();
  /** Links by normalized member name, when links are resolved. */
  private readonly links = new Map<string, Link>();

  /**
   * @param stripLeadingDir archives are unpacked the way pip does (one shared top directory is
   *   removed); a directory on disk is already the sdist root.
   * @param followLinksInside a tar's links that stay inside the sdist are what extraction makes
   *   of them (pip's data filter allows them): the linked content is seen under the link's name.
   *   Links that leave it, or whose target cannot be read, remain refusals.
   */
  constructor(
    private readonly limits: ArchiveLimits,
    stripLeadingDir: boolean,
    private readonly followLinksInside = false,
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
      this.pendingTopLevel.delete(key);
      if (this.followLinksInside && (header.kind === 'symlink' || header.kind === 'hardlink') && header.linkname !== undefined) {
        this.fileMembers.delete(key);
        this.links.set(key, { member, kind: header.kind, linkname: header.linkname, shown });
        return undefined;
      }
      this.notes.add(`entry ${shown}: ${this.describeKind(header)}, skipped`);
      return undefined;
    }
    this.links.delete(key);
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
    if (!anywhere && !topLevel) {
      // not build code by its name, but build code may still read, decode or exec it
      if (header.size > 0 && header.size <= DATA_FILE_MAX && this.dataBytes + header.size <= DATA_TOTAL_MAX && this.data.size < DATA_FILES_MAX) return key;
      return undefined;
    }
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
    if (!python && !topLevelOnly && !isKeptAnywhere(key)) {
      this.forget(key);
      if (this.dataBytes + bytes.length > DATA_TOTAL_MAX) return;
      this.data.set(key, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
      this.dataBytes += bytes.length;
      return;
    }
    const decoded = decodeSource(bytes, { tokenize: isRootSetup(key, !!this.leading) });
    // A small extension-less file with NUL bytes is binary data, not something setup.py execs.
    if (topLevelOnly && decoded.text.includes('\0')) return;
    // macOS tar stores each file's extended attributes as a `._name` AppleDouble file beside it:
    // binary metadata that Python cannot even compile (it holds NUL bytes), not source.
    if (isAppleDouble(key, bytes)) return;
    this.forget(key);
    this.kept.set(key, {
      member,
      text: decoded.text,
      note: python ? decoded.note : undefined,
      bytes: bytes.length,
      topLevelOnly,
      encoding: python ? decoded.encoding : undefined,
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
    const encodings = new Map<string, SourceEncoding>();
    for (const kept of this.kept.values()) {
      const path = place(kept.member);
      if (path === '' || (kept.topLevelOnly && path.includes('/'))) continue;
      files.set(path, kept.text);
      if (kept.note) this.notes.add(`entry ${describeName(path)}: ${kept.note}`);
      if (kept.encoding) encodings.set(path, kept.encoding);
    }
    const data = new Map<string, string>();
    for (const [key, raw] of this.data) {
      const member = this.fileMembers.get(key);
      const path = member === undefined ? '' : place(member);
      if (path !== '' && !files.has(path)) data.set(path, raw);
    }
    const entries: string[] = [];
    for (const member of this.fileMembers.values()) {
      const path = place(member);
      if (path !== '') entries.push(path);
    }
    if (this.links.size) this.resolveLinks(place, files, entries);
    const out: SdistContents = { files, limits: this.notes.toArray(), entries };
    if (data.size) out.data = data;
    if (encodings.size) out.encodings = encodings;
    if (error !== undefined) out.error = error;
    return out;
  }

  /**
   * Gives each link inside the sdist what extraction would put at its name: a file's content, or a
   * directory's files under the link's path. Only what the link's own name would have kept is
   * added; a link named like build-time code whose target cannot be read is a refusal, as is any
   * link that leaves the sdist (pip's data filter refuses to unpack those).
   */
  private resolveLinks(place: (member: string) => string, files: Map<string, string>, entries: string[]): void {
    const regular = new Set(entries);
    const dirs = new Set<string>();
    const addParents = (path: string): void => {
      for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
        if (dirs.has(path.slice(0, i))) return;
        dirs.add(path.slice(0, i));
      }
    };
    for (const path of regular) addParents(path);
    const links = new Map<string, Link>();
    for (const link of this.links.values()) {
      const path = place(link.member);
      if (path === '') continue;
      links.set(path, link);
      addParents(path);
    }
    const realpath = (parts: string[]): string | undefined => {
      const done: string[] = [];
      const todo = [...parts];
      let hops = 0;
      while (todo.length) {
        const part = todo.shift()!;
        if (part === '' || part === '.') continue;
        if (part === '..') {
          if (done.length === 0) return undefined;
          done.pop();
          continue;
        }
        const link = links.get([...done, part].join('/'));
        if (!link) {
          done.push(part);
          continue;
        }
        // Loops and long chains fail in extraction too (ELOOP).
        if (++hops > 40) return undefined;
        const to = target(link);
        if (to === undefined) return undefined;
        if (link.kind === 'hardlink') done.length = 0;
        todo.unshift(...to);
      }
      return done.join('/');
    };
    // A symlink's target is relative to its own directory; a hard link names an archive member.
    const target = (link: Link): string[] | undefined => {
      if (link.kind === 'symlink') return link.linkname.startsWith('/') || /^[A-Za-z]:/.test(link.linkname) || link.linkname.includes('\\') ? undefined : link.linkname.split('/');
      if (refusalReason(link.linkname) !== undefined) return undefined;
      const placed = place(memberName(link.linkname));
      return placed === '' ? undefined : placed.split('/');
    };
    const sorted = [...regular].sort();
    const keptAt = new Map<string, string>();
    for (const [path, text] of files) keptAt.set(path, text);
    let aliased = 0;
    const alias = (path: string, text: string | undefined, shown: string): void => {
      if (regular.has(path) || files.has(path)) return;
      if (++aliased > this.limits.maxEntries) {
        if (aliased === this.limits.maxEntries + 1) this.notes.add(`entry ${shown}: links add more than ${this.limits.maxEntries} entries (maxEntries), later ones skipped`);
        return;
      }
      entries.push(path);
      regular.add(path);
      if (text === undefined) return;
      const bytes = Buffer.byteLength(text);
      const anywhere = isKeptAnywhere(path);
      const topLevel = !anywhere && !path.includes('/') && isTopLevelPlainCandidate(path) && bytes <= TOP_LEVEL_PLAIN_MAX && !text.includes('\0');
      if (!anywhere && !topLevel) return;
      if (this.keptBytes + bytes > this.limits.maxKeptBytes) {
        this.notes.add(`entry ${shown}: kept files would pass ${formatBytes(this.limits.maxKeptBytes)} (maxKeptBytes), not kept`);
        return;
      }
      this.keptBytes += bytes;
      files.set(path, text);
    };
    for (const [path, link] of links) {
      const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')).split('/') : [];
      const to = target(link);
      const resolved = to === undefined ? undefined : realpath(link.kind === 'symlink' ? [...parent, ...to] : to);
      const refuse = (why = ''): void => {
        this.notes.add(`entry ${link.shown}: ${this.describeKind({ name: link.member, kind: link.kind, size: 0, linkname: link.linkname })}${why}, skipped`);
      };
      if (resolved === undefined) {
        refuse();
        continue;
      }
      if (regular.has(resolved)) {
        const text = keptAt.get(resolved);
        // Build-time code may import or exec this name; what it would run was not read.
        if (text === undefined && isKeptAnywhere(path)) refuse(', whose content was not read');
        else alias(path, text, link.shown);
        continue;
      }
      if (resolved === '' || dirs.has(resolved)) {
        // One level: files reached through a linked directory, not through links inside it.
        const prefix = resolved === '' ? '' : `${resolved}/`;
        for (let i = firstAtOrAfter(sorted, prefix); i < sorted.length && sorted[i]!.startsWith(prefix); i++) {
          alias(`${path}/${sorted[i]!.slice(prefix.length)}`, keptAt.get(sorted[i]!), link.shown);
        }
        continue;
      }
      // Nothing is there: extraction makes a dangling link, which nothing can run.
      if (isKeptAnywhere(path)) refuse(', which is not in the archive');
    }
  }

  private forget(key: string): void {
    const raw = this.data.get(key);
    if (raw !== undefined) {
      this.dataBytes -= raw.length;
      this.data.delete(key);
    }
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

/** Index of the first string in `sorted` not less than `key`. */
function firstAtOrAfter(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An AppleDouble sidecar: a `._`-prefixed name and the format's magic number. */
function isAppleDouble(path: string, bytes: Uint8Array): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.startsWith('._') && bytes.length >= 4 && bytes[0] === 0x00 && bytes[1] === 0x05 && bytes[2] === 0x16 && bytes[3] === 0x07;
}
