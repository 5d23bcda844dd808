// Records every file system write the code under test makes. `node:fs` and `node:fs/promises` are
// replaced, for the modules a test file imports after `watchWrites()`, by the real modules with
// each writing function wrapped: the call is recorded (while recording is on) and then made.

import { jest } from '@jest/globals';
import * as realFs from 'node:fs';
import * as realFsPromises from 'node:fs/promises';
import { resolve } from 'node:path';

export interface WriteRecord {
  call: string;
  path: string;
}

const records: WriteRecord[] = [];
let recording = false;

const PATH_WRITERS = [
  'writeFile', 'appendFile', 'mkdir', 'mkdtemp', 'createWriteStream', 'rename', 'copyFile', 'cp', 'symlink', 'link',
  'truncate', 'rm', 'unlink', 'rmdir', 'utimes', 'chmod', 'chown', 'lchown', 'lutimes',
];
/** Writers whose second argument is a path written too (rename's target, a link's location). */
const SECOND_PATH = new Set(['rename', 'copyFile', 'cp', 'symlink', 'link']);

function pathOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return resolve(arg);
  if (arg instanceof URL) return arg.pathname;
  if (Buffer.isBuffer(arg)) return resolve(arg.toString());
  return undefined;
}

function isWriteFlag(flags: unknown): boolean {
  if (typeof flags === 'number') return (flags & (realFs.constants.O_WRONLY | realFs.constants.O_RDWR | realFs.constants.O_CREAT)) !== 0;
  return typeof flags === 'string' && /[wa+]/.test(flags);
}

function note(call: string, args: unknown[]): void {
  if (!recording) return;
  const name = call.replace(/Sync$/, '').replace(/^promises\./, '');
  if (name === 'open' && !isWriteFlag(args[1])) return;
  const first = pathOf(args[0]);
  if (first !== undefined) records.push({ call, path: first });
  if (SECOND_PATH.has(name)) {
    const second = pathOf(args[1]);
    if (second !== undefined) records.push({ call, path: second });
  }
}

function wrap<T extends object>(real: T, prefix: string, names: string[]): T {
  const out: Record<string, unknown> = { ...(real as Record<string, unknown>) };
  for (const name of names) {
    const fn = (real as Record<string, unknown>)[name];
    if (typeof fn !== 'function') continue;
    out[name] = function (this: unknown, ...args: unknown[]) {
      note(prefix + name, args);
      return (fn as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
  return out as T;
}

const syncAndCallback = [...PATH_WRITERS, ...PATH_WRITERS.map((n) => `${n}Sync`), 'open', 'openSync'];
const promiseNames = [...PATH_WRITERS, 'open'];

let registered = false;

/** Replaces the fs modules for every module imported (dynamically) from now on in this test file. */
export function watchWrites(): void {
  if (registered) return;
  registered = true;
  const promises = wrap(realFsPromises, 'promises.', promiseNames);
  const fs = { ...wrap(realFs, '', syncAndCallback), promises };
  jest.unstable_mockModule('node:fs', () => ({ ...fs, default: fs }));
  jest.unstable_mockModule('fs', () => ({ ...fs, default: fs }));
  jest.unstable_mockModule('node:fs/promises', () => ({ ...promises, default: promises }));
  jest.unstable_mockModule('fs/promises', () => ({ ...promises, default: promises }));
}

/** Runs `body` and returns the writes it made, with what it returned. */
export async function recordWrites<T>(body: () => Promise<T>): Promise<{ value: T; writes: WriteRecord[] }> {
  records.length = 0;
  recording = true;
  try {
    const value = await body();
    return { value, writes: [...records] };
  } finally {
    recording = false;
  }
}
