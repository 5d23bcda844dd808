// Reading files that a repository (or a restored cache) may hold: only regular files are read. A
// FIFO blocks whoever opens it until someone writes to it, a device may never end, a socket cannot
// be read at all; each is refused with its kind named, and never opened in a way that could block
// (opened non-blocking, then checked again on the open descriptor, so a swap in between changes
// nothing).

import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';

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
