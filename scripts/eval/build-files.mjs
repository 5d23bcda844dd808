// The build-files form of an archive set: for each benign sdist, its top-level build files
// (setup.py, setup.cfg, pyproject.toml, PKG-INFO and other top-level .py files, as the malicious
// folder set holds them) copied into a temporary folder, so both sets are measured in both forms.
// Only for benign archives: malicious archives are never unpacked to disk.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { trackTemp } from './runner.mjs';

const BUILD_FILE = /^(?:setup\.py|setup\.cfg|pyproject\.toml|PKG-INFO|[^/]+\.py)$/;
const SUFFIX = /\.(?:orig\.)?(?:tar\.gz|tgz|tar\.xz|txz|tar\.bz2|tbz|tar|zip)$/i;

function list(archive, zip) {
  const r = zip ? spawnSync('unzip', ['-Z1', archive], { encoding: 'utf8', maxBuffer: 256 << 20 }) : spawnSync('tar', ['-tf', archive], { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0) return { error: `${zip ? 'unzip -Z1' : 'tar -tf'} failed: ${(r.stderr || r.error?.message || '').trim().slice(-200)}` };
  return { names: r.stdout.split('\n').filter(Boolean) };
}

/** Top-level build files: directly under the single top folder, or at the root when there is none. */
function buildFileNames(names) {
  const tops = new Set(names.map((n) => (n.includes('/') ? n.slice(0, n.indexOf('/')) : '')));
  const top = tops.size === 1 && !tops.has('') ? [...tops][0] + '/' : '';
  return names.filter((n) => n.startsWith(top) && BUILD_FILE.test(n.slice(top.length)));
}

/**
 * Extracts each archive's build files into its own folder under one temporary directory.
 * Returns the folders (named after the archives) and the archives that gave none.
 */
export function extractBuildFiles(archives) {
  const root = trackTemp(mkdtempSync(join(tmpdir(), 'sdist-guard-eval-files-')));
  const folders = [];
  const failed = [];
  for (const [i, archive] of archives.entries()) {
    const zip = /\.zip$/i.test(archive);
    const listed = list(archive, zip);
    if (listed.error) {
      failed.push({ path: archive, reason: listed.error });
      continue;
    }
    const names = buildFileNames(listed.names);
    if (!names.length) {
      failed.push({ path: archive, reason: 'no top-level build files' });
      continue;
    }
    const dest = join(root, `${String(i).padStart(4, '0')}-${basename(archive).replace(SUFFIX, '')}`);
    mkdirSync(dest);
    // --strip-components / -j put the files at the top of the folder, as the malicious set has them
    const depth = names[0].includes('/') ? 1 : 0;
    const r = zip
      ? spawnSync('unzip', ['-q', '-j', '-o', archive, ...names, '-d', dest], { encoding: 'utf8' })
      : spawnSync('tar', ['-xf', archive, '-C', dest, `--strip-components=${depth}`, '--no-same-owner', '--no-same-permissions', '--', ...names], { encoding: 'utf8' });
    if (r.status !== 0) failed.push({ path: archive, reason: `could not extract: ${(r.stderr || '').trim().slice(-200)}` });
    else folders.push({ folder: dest, archive });
  }
  return { folders, failed };
}
