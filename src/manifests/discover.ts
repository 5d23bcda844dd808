// Finds the manifest files under the paths a user names and tells each one's format. A new format is
// one more name in ManifestFormat, one line in PARSERS and its file name rule in formatOf.

import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, Parser } from '../types.js';
import { pathMatcher } from '../glob.js';
import { specialKind } from '../regular-file.js';
import { parse as parseRequirements } from './requirements.js';
import { parse as parsePyproject } from './pyproject.js';
import { parse as parsePoetryLock } from './poetry-lock.js';
import { parse as parsePipfile } from './pipfile.js';
import { parse as parsePipfileLock } from './pipfile-lock.js';
import { parse as parsePdmLock } from './pdm-lock.js';
import { parse as parseUvLock } from './uv-lock.js';
import { parse as parsePylock } from './pylock.js';

export type ManifestFormat = 'requirements' | 'pyproject' | 'poetry-lock' | 'pipfile' | 'pipfile-lock' | 'pdm-lock' | 'uv-lock' | 'pylock';

export const PARSERS: Record<ManifestFormat, Parser> = {
  requirements: parseRequirements,
  pyproject: parsePyproject,
  'poetry-lock': parsePoetryLock,
  pipfile: parsePipfile,
  'pipfile-lock': parsePipfileLock,
  'pdm-lock': parsePdmLock,
  'uv-lock': parseUvLock,
  pylock: parsePylock,
};

export interface ManifestFile {
  absPath: string;
  /** Relative to the root, POSIX separators. */
  path: string;
  format: ManifestFormat;
}

// Tool caches and installed packages: their manifests are other projects', not this one's.
const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'site-packages', '__pycache__', '.tox', '.nox', '.mypy_cache']);

/**
 * The format a file name (or a relative path, to see its parent directory) has when found while
 * walking a directory: `requirements*.txt` (also `dev-requirements.txt` and the like), any `.txt`
 * inside a `requirements/` directory, pip-tools' `requirements*.in` and `requirements/*.in`,
 * `pyproject.toml`, `Pipfile`, and the lock files: `poetry.lock`, `Pipfile.lock`, `pdm.lock`, `uv.lock`
 * (and uv's `<script>.py.lock`), `pylock.toml` and `pylock.<name>.toml`.
 */
export function formatOf(fileName: string): ManifestFormat | undefined {
  const parts = fileName.split(/[/\\]/).filter((p) => p !== '');
  const base = parts[parts.length - 1] ?? '';
  const parent = parts.length > 1 ? parts[parts.length - 2].toLowerCase() : '';
  if (base === 'pyproject.toml') return 'pyproject';
  if (base === 'poetry.lock') return 'poetry-lock';
  if (base === 'Pipfile') return 'pipfile';
  if (base === 'Pipfile.lock') return 'pipfile-lock';
  if (base === 'pdm.lock') return 'pdm-lock';
  if (base === 'uv.lock' || base.endsWith('.py.lock')) return 'uv-lock';
  if (/^pylock\.([^.]+\.)?toml$/.test(base)) return 'pylock';
  const lower = base.toLowerCase();
  const ext = lower.endsWith('.txt') ? '.txt' : lower.endsWith('.in') ? '.in' : undefined;
  if (ext === undefined) return undefined;
  const stem = lower.slice(0, -ext.length);
  if (/^[\w.-]*requirements[\w.-]*$/.test(stem)) return 'requirements';
  if (parent === 'requirements' && stem !== '') return 'requirements';
  return undefined;
}

/** The format of a file the user named: its name decides, and any `.txt` or `.in` is a requirements file. */
function formatOfNamedFile(fileName: string): ManifestFormat | undefined {
  const known = formatOf(fileName);
  if (known !== undefined) return known;
  return /\.(txt|in)$/i.test(fileName) ? 'requirements' : undefined;
}

// PEP 723: a script carries its metadata in a `# /// script` comment block.
const SCRIPT_BLOCK = /^# \/\/\/ script[ \t]*\r?$/m;
const SCRIPT_HEAD_BYTES = 256 * 1024;

/**
 * uv locks a script `S` in `S.lock` beside it (`tool.py.lock`; `runner.lock` for an extension-less
 * `runner`). A `.lock` whose sibling without the suffix is a PEP 723 script is such a lock; any other
 * `.lock` (`Gemfile.lock`, `yarn.lock`) is another tool's.
 */
async function isScriptLock(lockAbs: string): Promise<boolean> {
  if (!lockAbs.endsWith('.lock')) return false;
  const script = lockAbs.slice(0, -'.lock'.length);
  let handle;
  try {
    // the script itself, never what a link points at (it may lie outside the scanned root)
    if (!(await fs.lstat(script)).isFile()) return false;
    handle = await fs.open(script, 'r');
    const stat = await handle.stat();
    if (!stat.isFile()) return false;
    const buffer = Buffer.alloc(Math.min(stat.size, SCRIPT_HEAD_BYTES));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return SCRIPT_BLOCK.test(buffer.subarray(0, bytesRead).toString('utf8'));
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

function toRelative(root: string, abs: string): string | undefined {
  const rel = path.relative(root, abs);
  if (rel === '..' || rel.startsWith('..' + path.sep) || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

function direntKind(d: Dirent): string {
  if (d.isFIFO()) return 'a FIFO (named pipe)';
  if (d.isCharacterDevice()) return 'a character device';
  if (d.isBlockDevice()) return 'a block device';
  if (d.isSocket()) return 'a socket';
  return 'not a regular file';
}

function errorMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}

/**
 * The manifests under `paths`. `exclude` (glob patterns, src/glob.ts) leaves out files and whole
 * directories met while walking; a file named in `paths` itself is always read.
 */
export async function discover(paths: string[], root: string, exclude: string[] = []): Promise<{ files: ManifestFile[]; diagnostics: Diagnostic[] }> {
  const rootAbs = path.resolve(root);
  const excluded = pathMatcher(exclude);
  const found = new Map<string, ManifestFile>();
  const diagnostics: Diagnostic[] = [];

  const add = (abs: string, rel: string, format: ManifestFormat): void => {
    if (!found.has(abs)) found.set(abs, { absPath: abs, path: rel, format });
  };

  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      diagnostics.push({ severity: 'warning', path: toRelative(rootAbs, dir) || '.', message: `cannot read directory: ${errorMessage(e)}` });
      return;
    }
    // A virtual environment holds installed packages, never the project's manifests.
    if (entries.some((e) => e.name === 'pyvenv.cfg' && !e.isDirectory())) return;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      const rel = toRelative(rootAbs, abs);
      if (rel !== undefined && exclude.length > 0 && excluded(rel)) continue;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) await walk(abs);
        continue;
      }
      if (rel === undefined) continue;
      const format = formatOf(rel) ?? ((await isScriptLock(abs)) ? 'uv-lock' : undefined);
      if (format === undefined) continue;
      if (entry.isFile()) {
        add(abs, rel, format);
      } else if (entry.isSymbolicLink()) {
        await addLinkedFile(abs, rel, format);
      } else {
        // a FIFO, a device or a socket under a manifest's name: never opened (a FIFO would block)
        diagnostics.push({ severity: 'error', path: rel, message: `${rel} is ${direntKind(entry)}, not a regular file; not read` });
      }
    }
  };

  // A link to a file is read only when it stays inside the root; a link to a directory is never walked.
  const addLinkedFile = async (abs: string, rel: string, format: ManifestFormat): Promise<void> => {
    try {
      const stat = await fs.stat(abs);
      if (stat.isDirectory()) return;
      const kind = specialKind(stat);
      if (kind) {
        diagnostics.push({ severity: 'error', path: rel, message: `${rel} is a symbolic link to ${kind}, not to a regular file; not read` });
        return;
      }
      const [real, realRoot] = await Promise.all([fs.realpath(abs), fs.realpath(rootAbs)]);
      if (toRelative(realRoot, real) === undefined) {
        diagnostics.push({ severity: 'warning', path: rel, message: 'symbolic link to a file outside the scanned root; skipped' });
        return;
      }
      add(abs, rel, format);
    } catch (e) {
      diagnostics.push({ severity: 'warning', path: rel, message: `cannot follow symbolic link: ${errorMessage(e)}` });
    }
  };

  for (const given of paths) {
    const abs = path.resolve(rootAbs, given);
    const rel = toRelative(rootAbs, abs);
    if (rel === undefined) {
      diagnostics.push({ severity: 'error', path: given, message: `${given} is outside the scanned root ${rootAbs}` });
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch (e) {
      diagnostics.push({ severity: 'error', path: given, message: `${given}: ${errorMessage(e)}` });
      continue;
    }
    const kind = specialKind(stat);
    if (stat.isDirectory()) {
      await walk(abs);
    } else if (kind) {
      diagnostics.push({ severity: 'error', path: rel === '' ? given : rel, message: `${given} is ${kind}, not a regular file; not read` });
    } else {
      const format = formatOfNamedFile(path.basename(abs)) ?? ((await isScriptLock(abs)) ? 'uv-lock' : undefined);
      if (format === undefined) {
        diagnostics.push({
          severity: 'error',
          path: rel,
          message: `${given}: not a known manifest (expected pyproject.toml or a requirements .txt/.in file)`,
        });
        continue;
      }
      add(abs, rel === '' ? path.basename(abs) : rel, format);
    }
  }

  const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, diagnostics };
}
