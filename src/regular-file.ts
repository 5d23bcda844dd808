// Reading files that a repository (or a restored cache) may hold: only regular files are read. A
// FIFO blocks whoever opens it until someone writes to it, a device may never end, a socket cannot
// be read at all; each is refused with its kind named, and never opened in a way that could block
// (opened non-blocking, then checked again on the open descriptor, so a swap in between changes
// nothing).

import { closeSync, constants, existsSync, lstatSync, writeFileSync, fstatSync, ftruncateSync as fsTruncate, mkdirSync, openSync, readFileSync, realpathSync, statSync, writeSync, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

const NON_BLOCKING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** What a file is, in words, when it is not a regular file; undefined for a regular file. */
export function specialKind(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

export class NotRegularFile extends Error {
  override name = 'NotRegularFile';
  constructor(readonly kind: string) {
    super(`it is ${kind}, not a regular file; only regular files are read`);
  }
}

/** The whole of a regular file as UTF-8 text; throws NotRegularFile for anything else. */
export function readRegularFileSync(path: string): string {
  const kind = specialKind(statSync(path));
  if (kind) throw new NotRegularFile(kind);
  const fd = openSync(path, NON_BLOCKING);
  try {
    const again = specialKind(fstatSync(fd));
    if (again) throw new NotRegularFile(again);
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** A regular file opened for reading; throws NotRegularFile for anything else. */
export async function openRegularFile(path: string): Promise<FileHandle> {
  const kind = specialKind(await stat(path));
  if (kind) throw new NotRegularFile(kind);
  const handle = await open(path, NON_BLOCKING);
  try {
    const again = specialKind(await handle.stat());
    if (again) throw new NotRegularFile(again);
  } catch (err) {
    await handle.close();
    throw err;
  }
  return handle;
}

/** The whole of a regular file; throws NotRegularFile for anything else. */
export async function readRegularFile(path: string): Promise<Buffer> {
  const handle = await openRegularFile(path);
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** A descriptor of a regular file opened for reading, or undefined (and nothing opened) for anything else. */
export function openRegularFileSync(path: string): number | undefined {
  const fd = openSync(path, NON_BLOCKING);
  if (specialKind(fstatSync(fd))) {
    closeSync(fd);
    return undefined;
  }
  return fd;
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

function inside(root: string, abs: string): boolean {
  const rel = path.relative(root, abs);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

/**
 * Writes a report to `file`. Inside `root`, a checkout a pull request may have prepared, it is never
 * written through a symbolic link at the file itself, nor out of `root` through a linked directory
 * on the way, nor into a FIFO or a device; elsewhere it is written where the user said. Throws with
 * the reason.
 */
export function writeReportFile(file: string, text: string, root: string): void {
  if (!inside(path.resolve(root), path.resolve(file))) {
    // a place the user named outside the checkout (a runner's temporary directory, /dev/stdout)
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return;
  }
  let existing = path.dirname(path.resolve(file));
  while (!existsSync(existing)) existing = path.dirname(existing);
  if (!inside(realpathSync(root), realpathSync(existing))) throw new Error('it leads out of the workspace through a symbolic link; the report is not written there');
  const at = lstatOrUndefined(file);
  if (at?.isSymbolicLink()) throw new Error('it is a symbolic link; the report is not written through it');
  const kind = at && specialKind(at);
  if (kind) throw new Error(`it is ${kind}, not a regular file; the report is not written`);
  if (!existsSync(path.dirname(file))) mkdirSync(path.dirname(file), { recursive: true });
  // O_NOFOLLOW and the check on the descriptor hold even if the path changed since it was looked at
  let fd: number;
  try {
    fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0), 0o644);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new Error('it is a symbolic link; the report is not written through it');
    if (code === 'ENXIO') throw new Error('it is a FIFO (named pipe), not a regular file; the report is not written');
    throw err;
  }
  try {
    const kind = specialKind(fstatSync(fd));
    if (kind) throw new Error(`it is ${kind}, not a regular file; the report is not written`);
    const bytes = Buffer.from(text, 'utf8');
    // only a regular file now: emptied and written
    fsTruncate(fd);
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at, at);
  } finally {
    closeSync(fd);
  }
}
