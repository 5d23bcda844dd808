// An sdist already unpacked on disk (a local path dependency, or `inspect` on a directory): the
// same rules as for an archive, reading without following any symbolic link.

import { constants, type Dirent } from 'node:fs';
import { lstat, open, readdir, readlink, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Collector, type EntryKind } from './collector.js';
import { failed, type SdistContents } from './contents.js';
import { resolveLimits, type ArchiveLimits } from './limits.js';
import { refusalReason } from './paths.js';

function kindOf(d: Dirent): EntryKind {
  if (d.isFile()) return 'file';
  if (d.isDirectory()) return 'directory';
  if (d.isSymbolicLink()) return 'symlink';
  if (d.isCharacterDevice()) return 'character device';
  if (d.isBlockDevice()) return 'block device';
  if (d.isFIFO()) return 'fifo';
  if (d.isSocket()) return 'socket';
  return 'unsupported';
}

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e.code ?? e.message;
}

/**
 * Reads at most `cap + 1` bytes of a regular file, refusing to open it through a symbolic link
 * (the entry may have been swapped for one since it was listed).
 */
async function readCapped(path: string, cap: number): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTFILE' });
    const buf = new Uint8Array(Math.min(info.size, cap) + 1);
    let got = 0;
    while (got < buf.length) {
      const { bytesRead } = await handle.read(buf, got, buf.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return buf.subarray(0, got);
  } finally {
    await handle.close();
  }
}

/** Reads an unpacked sdist whose root is `dir`; no leading directory is stripped. */
export async function readSdistDirectory(dir: string, overrides?: Partial<ArchiveLimits>): Promise<SdistContents> {
  const limits = resolveLimits(overrides);
  try {
    if (!(await stat(dir)).isDirectory()) return failed(`${dir}: not a directory`);
  } catch (err) {
    return failed(`${dir}: cannot be read (${reason(err)})`);
  }
  const collector = new Collector(limits, false);
  const pending: string[] = [''];
  while (pending.length > 0 && !collector.stopped) {
    const rel = pending.pop()!;
    let listing: Dirent[];
    try {
      listing = await readdir(join(dir, rel), { withFileTypes: true });
    } catch (err) {
      collector.note(rel || '.', `directory cannot be read (${reason(err)}), skipped`);
      continue;
    }
    listing.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const d of listing) {
      const relPath = rel ? `${rel}/${d.name}` : d.name;
      const abs = join(dir, relPath);
      const kind = kindOf(d);
      let size = 0;
      let linkname: string | undefined;
      try {
        if (kind === 'file') size = (await lstat(abs)).size;
        if (kind === 'symlink') linkname = await readlink(abs);
      } catch (err) {
        collector.note(relPath, `cannot be read (${reason(err)}), skipped`);
        continue;
      }
      const key = collector.admit({ name: kind === 'directory' ? `${relPath}/` : relPath, kind, size, linkname });
      if (collector.stopped) break;
      if (kind === 'directory' && refusalReason(relPath) === undefined) subdirs.push(relPath);
      if (key === undefined) continue;
      let bytes: Uint8Array;
      try {
        bytes = await readCapped(abs, limits.maxFileBytes);
      } catch (err) {
        collector.note(relPath, `cannot be read (${reason(err)}), skipped`);
        continue;
      }
      if (bytes.length > limits.maxFileBytes) {
        collector.note(relPath, 'grew past the limit for one file (maxFileBytes) while being read, not kept');
        continue;
      }
      collector.keep(key, bytes);
    }
    // Depth-first in name order, so the entry order is stable from run to run.
    pending.push(...subdirs.reverse());
  }
  return collector.finish();
}
