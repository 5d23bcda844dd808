import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSdistDirectory } from '../src/archive/index.js';

let root: string;
let outside: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sdist-guard-dir-'));
  outside = await mkdtemp(join(tmpdir(), 'sdist-guard-outside-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

async function put(rel: string, content: string | Uint8Array): Promise<void> {
  const path = join(root, rel);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
}

test('an unpacked sdist: same keep rules, nothing stripped, entries in name order', async () => {
  await put('setup.py', 'from setuptools import setup\n');
  await put('PKG-INFO', 'Name: x\n');
  await put('VERSION', '1.0\n');
  await put('README.md', '# x\n');
  await put('x/__init__.py', '');
  await put('x/data/NOTES', 'n');
  const r = await readSdistDirectory(root);
  expect(r.error).toBeUndefined();
  expect(r.limits).toEqual([]);
  expect([...r.files.keys()].sort()).toEqual(['PKG-INFO', 'VERSION', 'setup.py', 'x/__init__.py']);
  expect(r.entries).toEqual(['PKG-INFO', 'README.md', 'VERSION', 'setup.py', 'x/__init__.py', 'x/data/NOTES']);
});

test('a single project directory inside is not taken for a leading directory', async () => {
  await put('proj-1.0/setup.py', 'x = 1\n');
  const r = await readSdistDirectory(root);
  expect([...r.files.keys()]).toEqual(['proj-1.0/setup.py']);
});

test('symbolic links are refused, whether to files or directories, inside or out', async () => {
  await put('setup.py', 'ok\n');
  await writeFile(join(outside, 'secret.py'), 'SECRET = 1\n');
  await symlink(join(outside, 'secret.py'), join(root, 'conf.py'));
  await symlink(outside, join(root, 'vendored'));
  await symlink('setup.py', join(root, 'alias.py'));
  const r = await readSdistDirectory(root);
  expect([...r.files.keys()]).toEqual(['setup.py']);
  expect(r.limits).toEqual([
    'entry alias.py: symbolic link to setup.py, skipped',
    `entry conf.py: symbolic link to ${join(outside, 'secret.py')}, skipped`,
    `entry vendored: symbolic link to ${outside}, skipped`,
  ]);
  expect([...r.files.values()].join('')).not.toContain('SECRET');
});

test('sockets and other non-files are refused', async () => {
  await put('setup.py', '');
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(join(root, 'sock'), resolve));
  try {
    const r = await readSdistDirectory(root);
    expect(r.limits).toEqual(['entry sock: socket, skipped']);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('size and entry limits', async () => {
  await put('setup.py', '#'.repeat(3000));
  await put('a.py', 'a');
  expect((await readSdistDirectory(root, { maxFileBytes: 1000 })).limits).toEqual([
    'entry setup.py: 3000 bytes is over the 1000 bytes limit for one file (maxFileBytes), not kept',
  ]);
  for (let i = 0; i < 5; i++) await put(`m/${i}.py`, '');
  // a.py, m/, setup.py, m/0.py, then one too many.
  const r = await readSdistDirectory(root, { maxEntries: 4 });
  expect(r.limits).toEqual(['entry m/1.py: more than 4 entries (maxEntries), reading stopped']);
});

test('names with backslashes are refused on disk too', async () => {
  await put('setup.py', '');
  await put('a\\..\\b.py', 'x');
  expect((await readSdistDirectory(root)).limits).toEqual(['entry a\\..\\b.py: name contains a backslash, skipped']);
});

test('a missing directory, or a file, is an error naming it', async () => {
  const missing = join(root, 'nope');
  expect((await readSdistDirectory(missing)).error).toBe(`${missing}: cannot be read (ENOENT)`);
  await put('file.txt', '');
  expect((await readSdistDirectory(join(root, 'file.txt'))).error).toBe(`${join(root, 'file.txt')}: not a directory`);
});
