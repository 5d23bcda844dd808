// What a URL or path in a manifest points at: its kind (VCS checkout, remote file, local path), the
// project name its `#egg=` fragment or file name gives, and pip's rules for telling a path from a
// requirement. Pure string work: nothing here looks at the file system.

import type { DirectReference } from '../types.js';
import { distributionKind, InvalidFilename, parseSdistFilename, parseWheelFilename } from '../python/filenames.js';

const VCS_PREFIXES = ['git', 'hg', 'svn', 'bzr'];
const PLAIN_SCHEMES = ['http', 'https', 'file', 'ftp'];

function schemeOf(text: string): string | undefined {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text);
  return m ? m[1].toLowerCase() : undefined;
}

function isVcsScheme(scheme: string): boolean {
  // `git:` and `svn:` are VCS URLs of their own; the others need a transport after the `+`.
  if (scheme === 'git' || scheme === 'svn') return true;
  const plus = scheme.indexOf('+');
  return plus > 0 && VCS_PREFIXES.includes(scheme.slice(0, plus)) && plus < scheme.length - 1;
}

/** pip's is_url: a scheme pip can fetch or check out. A Windows drive (`C:`) is not one. */
export function isUrl(text: string): boolean {
  const scheme = schemeOf(text);
  if (scheme === undefined || scheme.length === 1) return false;
  return PLAIN_SCHEMES.includes(scheme) || isVcsScheme(scheme);
}

export function isVcsUrl(text: string): boolean {
  const scheme = schemeOf(text);
  return scheme !== undefined && isVcsScheme(scheme);
}

/** The kind of a URL or path: `vcs` and `path` are always built from source. */
export function directKind(ref: string): DirectReference['kind'] {
  const scheme = schemeOf(ref);
  if (scheme !== undefined && isVcsScheme(scheme)) return 'vcs';
  if (scheme === undefined || scheme === 'file' || scheme.length === 1) return 'path';
  return 'url';
}

/** pip's _looks_like_path: a separator or a leading dot. */
export function looksLikePath(text: string): boolean {
  return text.includes('/') || text.includes('\\') || text.startsWith('.');
}

const ARCHIVE_EXTENSIONS = [
  '.tar.gz', '.tgz', '.tar.bz2', '.tbz', '.tar.xz', '.txz', '.tlz', '.tar.lz', '.tar.lzma', '.tar', '.zip', '.whl',
];

function archiveExtension(filename: string): string | undefined {
  const lower = filename.toLowerCase();
  return ARCHIVE_EXTENSIONS.find((ext) => lower.endsWith(ext));
}

export function isArchiveFile(text: string): boolean {
  return archiveExtension(text) !== undefined;
}

/** pip's _strip_extras, `^(.+)(\[[^\]]+\])$`: `./pkg[a,b]` -> [`./pkg`, `[a,b]`]. */
export function stripExtras(text: string): { base: string; extras?: string } {
  // By hand: the regex backtracks quadratically on text full of `[`.
  if (!text.endsWith(']')) return { base: text };
  let open = text.lastIndexOf('[', text.length - 2);
  // `[]` holds no extra, so an earlier `[` may still open the group (`a[x[]` -> `a`, `[x[]`).
  if (open === text.length - 2) open = text.lastIndexOf('[', open - 1);
  if (open < 1 || text.slice(open + 1, -1).includes(']')) return { base: text };
  return { base: text.slice(0, open), extras: text.slice(open) };
}

/** The value of a `#egg=` (or `&egg=`) fragment, as pip's Link.egg_fragment reads it. */
export function eggFragment(url: string): string | undefined {
  const hash = url.indexOf('#');
  if (hash === -1) return undefined;
  const m = /(?:^|&)egg=([^&]*)/.exec(url.slice(hash + 1));
  return m && m[1] !== '' ? decodeURIComponentSafe(m[1]) : undefined;
}

function fragmentValue(url: string, key: string): string | undefined {
  const hash = url.indexOf('#');
  if (hash === -1) return undefined;
  for (const part of url.slice(hash + 1).split('&')) {
    if (part.startsWith(key + '=')) return decodeURIComponentSafe(part.slice(key.length + 1));
  }
  return undefined;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The last path segment of a URL or path, without query or fragment. */
export function lastSegment(ref: string): string {
  let s = ref;
  const hash = s.indexOf('#');
  if (hash !== -1) s = s.slice(0, hash);
  if (isUrl(s)) {
    const query = s.indexOf('?');
    if (query !== -1) s = s.slice(0, query);
  }
  const parts = s.split(/[/\\]/).filter((p) => p !== '');
  return decodeURIComponentSafe(parts[parts.length - 1] ?? '');
}

export interface ArchiveName {
  name: string;
  /** Only a wheel's file name states its version reliably. */
  version?: string;
}

/**
 * The project a distribution file name names: `foo-1.0-py3-none-any.whl` -> foo 1.0,
 * `foo-bar-1.0.tar.gz` -> foo-bar. An sdist's version is left out: pip takes it from the
 * metadata it builds, not from the file name.
 */
export function nameFromArchive(filename: string): ArchiveName | undefined {
  try {
    switch (distributionKind(filename)) {
      case 'wheel': {
        const wheel = parseWheelFilename(filename);
        return { name: wheel.name, version: wheel.version };
      }
      case 'sdist':
        return { name: parseSdistFilename(filename).name };
      default:
        return undefined;
    }
  } catch (e) {
    if (e instanceof InvalidFilename) return undefined;
    throw e;
  }
}

/**
 * A name for a VCS checkout that has no `#egg=`: the subdirectory if one is named, else the
 * repository (`https://host/org/repo.git@v1` -> `repo`).
 */
export function nameFromVcsUrl(url: string): string | undefined {
  const subdirectory = fragmentValue(url, 'subdirectory');
  if (subdirectory) {
    const last = lastSegment(subdirectory);
    if (last !== '' && last !== '.' && last !== '..') return last;
  }
  let s = url;
  const hash = s.indexOf('#');
  if (hash !== -1) s = s.slice(0, hash);
  const query = s.indexOf('?');
  if (query !== -1) s = s.slice(0, query);
  const afterScheme = s.replace(/^[^:]+:(\/\/)?/, '');
  const slash = afterScheme.indexOf('/');
  // The revision is after the last `@` of the path; an `@` before the first `/` is a user name.
  let repoPath = slash === -1 ? afterScheme : afterScheme.slice(slash);
  const at = repoPath.lastIndexOf('@');
  if (at !== -1) repoPath = repoPath.slice(0, at);
  const last = lastSegment(repoPath).replace(/\.git$/i, '');
  return last === '' ? undefined : last;
}

/** The path of a `file:` URL: `file:///a/b` -> `/a/b`, `file://host/a` -> `/a`, `file:../x` -> `../x`. */
export function fileUrlPath(url: string): string {
  let p = url.replace(/^file:/i, '');
  const hash = p.indexOf('#');
  if (hash !== -1) p = p.slice(0, hash);
  if (p.startsWith('//')) {
    const slash = p.indexOf('/', 2);
    p = slash === -1 ? '/' : p.slice(slash);
  }
  return decodeURIComponentSafe(p);
}

export interface VcsLocation {
  /** `git`, `hg`, `svn` or `bzr`. */
  vcs: string;
  /** What the VCS is given to fetch: the URL without `vcs+`, revision, fragment. */
  url: string;
  /** After the last `@` of the path: a branch, tag or commit. */
  rev?: string;
  /** `#subdirectory=`: where the project sits in the checkout. */
  subdirectory?: string;
}

/**
 * Splits a VCS requirement URL as pip's VersionControl.get_url_rev_and_auth does:
 * `git+https://host/org/repo.git@v1.0#subdirectory=pkg` -> git, https://host/org/repo.git, v1.0, pkg.
 * Undefined for what pip cannot fetch either (no transport, an empty revision).
 */
export function splitVcsUrl(ref: string): VcsLocation | undefined {
  const scheme = schemeOf(ref);
  if (scheme === undefined || !isVcsScheme(scheme)) return undefined;
  const plus = scheme.indexOf('+');
  const vcs = plus === -1 ? scheme : scheme.slice(0, plus);
  let rest = ref.slice(scheme.length + 1);
  const hash = rest.indexOf('#');
  const fragment = hash === -1 ? '' : rest.slice(hash);
  if (hash !== -1) rest = rest.slice(0, hash);
  if (!rest.startsWith('//')) return undefined;
  const pathStart = rest.indexOf('/', 2);
  const netloc = pathStart === -1 ? rest : rest.slice(0, pathStart);
  let path = pathStart === -1 ? '' : rest.slice(pathStart);
  let query = '';
  const q = path.indexOf('?');
  if (q !== -1) {
    query = path.slice(q);
    path = path.slice(0, q);
  }
  let rev: string | undefined;
  const at = path.lastIndexOf('@');
  if (at !== -1) {
    rev = decodeURIComponentSafe(path.slice(at + 1));
    path = path.slice(0, at);
    if (rev === '') return undefined;
  }
  const transport = plus === -1 ? scheme : scheme.slice(plus + 1);
  const out: VcsLocation = { vcs, url: `${transport}:${netloc}${path}${query}` };
  if (rev !== undefined) out.rev = rev;
  const subdirectory = fragment ? fragmentValue(fragment, 'subdirectory') : undefined;
  if (subdirectory) out.subdirectory = subdirectory;
  return out;
}

/** The hashes a URL's fragment pins (`#sha256=<hex>`), as pip's Link reads them, in `name:hex` form. */
export function fragmentHashes(url: string): string[] {
  const hash = url.indexOf('#');
  if (hash === -1) return [];
  const out: string[] = [];
  for (const part of url.slice(hash + 1).split('&')) {
    const m = /^(sha1|sha224|sha384|sha256|sha512|md5)=([0-9a-fA-F]+)$/.exec(part);
    if (m) out.push(`${m[1]}:${m[2]!.toLowerCase()}`);
  }
  return out;
}
