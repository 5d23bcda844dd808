// Distribution filenames: wheels (PEP 427 / PEP 491, tags per PEP 425) and sdists, read the way
// pip and pypa/packaging read them.

import { isValidName, normalizeName } from './names.js';
import { isValidVersion } from './version.js';

export class InvalidFilename extends Error {
  override name = 'InvalidFilename';
}

export interface WheelFilename {
  /** The name as written in the filename (normalize with `normalizeName`). */
  name: string;
  /** The version as written. */
  version: string;
  build?: { number: number; tag: string };
  /** Every tag the compressed tag set expands to, lower-cased, as `interpreter-abi-platform`. */
  tags: string[];
}

export type SdistFormat = 'tar.gz' | 'tgz' | 'tar.bz2' | 'tbz' | 'tar.xz' | 'txz' | 'tlz' | 'tar.lz' | 'tar.lzma' | 'tar' | 'zip';

export interface SdistFilename {
  /** The name as written in the filename. */
  name: string;
  version: string;
  format: SdistFormat;
}

// The archive types pip takes as source distributions (pip/_internal/utils/filetypes.py, less
// `.whl`). pip compares the extension its `splitext` gives (the last suffix, with a `.tar` in
// front of it when there is one) case-sensitively against this list: `.TAR.GZ` and `.tbz2` are
// not candidates at all.
const SDIST_FORMATS: SdistFormat[] = ['tar.gz', 'tgz', 'tar.bz2', 'tbz', 'tar.xz', 'txz', 'tlz', 'tar.lz', 'tar.lzma', 'tar', 'zip'];

const WHEEL_NAME_RE = /^[\p{L}\p{N}_.]+$/u;
const BUILD_RE = /^([0-9]+)(.*)$/;
const INTERPRETER_RE = /^[\p{L}_][\p{L}\p{N}_]*$/u;

export function distributionKind(filename: string): 'wheel' | 'sdist' | 'other' {
  if (filename.endsWith('.whl')) return 'wheel';
  return sdistFormat(filename) ? 'sdist' : 'other';
}

/** pip's `splitext`: the last suffix, with `.tar` taken off too when the rest ends in it (any case). */
export function archiveExtension(filename: string): string {
  const slash = filename.lastIndexOf('/');
  const base = filename.slice(slash + 1);
  // posixpath.splitext: leading dots do not start an extension.
  const dot = base.lastIndexOf('.');
  let lead = 0;
  while (lead < base.length && base[lead] === '.') lead++;
  if (dot < lead) return '';
  let ext = base.slice(dot);
  const stem = base.slice(0, dot);
  if (stem.toLowerCase().endsWith('.tar')) ext = stem.slice(-4) + ext;
  return ext;
}

function sdistFormat(filename: string): SdistFormat | undefined {
  const ext = archiveExtension(filename);
  if (ext === '' || ext.length === filename.length) return undefined;
  return SDIST_FORMATS.find((f) => ext === `.${f}`);
}

// Inside a filename a version has no surrounding blanks, which a bare PEP 440 parse would allow.
function isFilenameVersion(text: string): boolean {
  return !/\s/.test(text) && isValidVersion(text);
}

function bad(filename: string, why: string): never {
  throw new InvalidFilename(`Invalid ${why}: ${JSON.stringify(filename)}`);
}

/** `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl`. Throws InvalidFilename. */
export function parseWheelFilename(filename: string): WheelFilename {
  if (!filename.endsWith('.whl')) bad(filename, "wheel filename (it must end in '.whl')");
  const parts = filename.slice(0, -4).split('-');
  if (parts.length !== 5 && parts.length !== 6) {
    bad(filename, 'wheel filename (expected name-version[-build]-python-abi-platform.whl)');
  }
  const [name, version] = parts;
  // PEP 427 escapes every run of other characters to a single `_`.
  if (!WHEEL_NAME_RE.test(name) || name.includes('__')) bad(filename, `wheel filename (project name ${JSON.stringify(name)})`);
  if (!isFilenameVersion(version)) bad(filename, `wheel filename (${JSON.stringify(version)} is not a PEP 440 version)`);

  let build: WheelFilename['build'];
  if (parts.length === 6) {
    const m = BUILD_RE.exec(parts[2]);
    if (!m) bad(filename, `wheel filename (build tag ${JSON.stringify(parts[2])} must start with a digit)`);
    build = { number: Number(m[1]), tag: m[2] };
  }
  const [pythons, abis, platforms] = parts.slice(-3).map((component) => component.split('.'));
  for (const pieces of [pythons, abis, platforms]) {
    if (pieces.includes('')) bad(filename, 'wheel filename (empty part in its tags)');
  }
  for (const py of pythons) {
    if (!INTERPRETER_RE.test(py)) bad(filename, `wheel filename (python tag ${JSON.stringify(py)})`);
  }
  const tags = new Set<string>();
  for (const py of pythons) {
    for (const abi of abis) {
      for (const plat of platforms) tags.add(`${py}-${abi}-${plat}`.toLowerCase());
    }
  }
  return { name, version, ...(build ? { build } : {}), tags: [...tags] };
}

/**
 * `{name}-{version}.{tar.gz|zip|...}`. Names may contain `-`, so without `projectName` the split
 * is at the last `-` that is followed by a valid version (`foo-bar-1.0.tar.gz` -> `foo-bar`).
 * With `projectName`, the split is at the first `-` whose prefix normalizes to that name, as
 * pip's `_find_name_version_sep` does, and the rest must be a valid version. Throws InvalidFilename.
 */
export function parseSdistFilename(filename: string, projectName?: string): SdistFilename {
  const format = sdistFormat(filename);
  if (!format) bad(filename, `sdist filename (expected one of ${SDIST_FORMATS.map((f) => `.${f}`).join(', ')})`);
  const stem = filename.slice(0, -(format.length + 1));

  if (projectName !== undefined) {
    const canonical = normalizeName(projectName);
    for (let i = stem.indexOf('-'); i !== -1; i = stem.indexOf('-', i + 1)) {
      if (normalizeName(stem.slice(0, i)) !== canonical) continue;
      const version = stem.slice(i + 1);
      if (!isFilenameVersion(version)) {
        bad(filename, `sdist filename for ${projectName} (${JSON.stringify(version)} is not a PEP 440 version)`);
      }
      return { name: stem.slice(0, i), version, format };
    }
    return bad(filename, `sdist filename for ${projectName} (the name part does not match the project)`);
  }

  for (let i = stem.lastIndexOf('-'); i > 0; i = stem.lastIndexOf('-', i - 1)) {
    const version = stem.slice(i + 1);
    const name = stem.slice(0, i);
    if (isFilenameVersion(version) && isValidName(name)) return { name, version, format };
  }
  return bad(filename, "sdist filename (expected name-version with a '-' before a PEP 440 version)");
}
