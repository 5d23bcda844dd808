// Direct references (`name @ https://...`, `git+https://...@rev`, `./libs/pkg`, `file:` URLs): pip
// installs them without asking an index, and builds them unless they are wheels. They are fetched
// and analyzed like any sdist: an archive URL downloaded (hash-checked when the URL or the file pins
// one), a git reference checked out without running anything of it, a local path read from disk
// when it lies inside the scanned repository. What cannot be fetched is said so, never passed.

import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

import type { Dependency, DistFile } from '../types.js';
import type { SdistRead } from '../offload/index.js';
import type { ArchiveLimits } from '../archive/index.js';
import { distributionKind } from '../python/filenames.js';
import { fileUrlPath, fragmentHashes, lastSegment, splitVcsUrl } from '../manifests/direct-reference.js';
import { redactUrl } from '../index/redact.js';
import { checkout, gitAvailable, projectDir, removeCheckout } from './git.js';

export interface DirectContext {
  /** The scanned repository: local paths are read only inside it. */
  root: string;
  limits: ArchiveLimits;
  /** How long a checkout may take in all. */
  checkoutTimeoutMs: number;
  /** Downloads and checks an archive through the index client (hashes verified), as for any sdist. */
  download(file: DistFile, hashes: string[]): Promise<SdistRead>;
}

export type DirectCheck = { file: DistFile; check: SdistRead } | { unresolved: string };

function inside(root: string, abs: string): boolean {
  const rel = path.relative(root, abs);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

/** Where a local reference points: resolved against the directory of the file that names it. */
function localPath(dep: Dependency, root: string): string {
  const ref = dep.direct!.url;
  const target = /^file:/i.test(ref) ? fileUrlPath(ref) : ref.split('#')[0]!;
  return path.resolve(root, path.dirname(dep.source.path), target);
}

/** The real path of `abs` when it lies inside the real root, else undefined. */
async function insideRoot(root: string, abs: string): Promise<string | undefined> {
  try {
    const [realRoot, real] = await Promise.all([realpath(root), realpath(abs)]);
    return inside(realRoot, real) ? real : undefined;
  } catch {
    return undefined;
  }
}

export async function checkDirect(dep: Dependency, ctx: DirectContext): Promise<DirectCheck> {
  const direct = dep.direct!;
  const shown = redactUrl(direct.url);
  if (direct.kind === 'vcs') return checkVcs(dep, ctx);
  if (direct.kind === 'path') {
    const abs = localPath(dep, ctx.root);
    const real = await insideRoot(ctx.root, abs);
    if (real === undefined) {
      return { unresolved: `not checked: pip would build ${shown}, which is not inside the scanned repository (or does not exist); it is never read from outside it` };
    }
    const file: DistFile = { filename: path.basename(real), url: direct.url, hashes: {}, yanked: false };
    const info = await stat(real);
    if (info.isDirectory()) {
      return { file, check: await checkDirectory(real, ctx.limits) };
    }
    if (distributionKind(file.filename) !== 'sdist') return { unresolved: `not checked: pip would build ${shown}, which is neither a project directory nor an sdist archive` };
    try {
      const { readAndAnalyze } = await readers();
      return { file, check: await readAndAnalyze(file.filename, createReadStream(real), ctx.limits) };
    } catch (err) {
      return { unresolved: `not checked: ${shown} could not be read (${(err as Error).message})` };
    }
  }
  // a URL: downloaded like any sdist, with the hashes its fragment or the requirement pins
  const filename = lastSegment(direct.url);
  if (distributionKind(filename) !== 'sdist') {
    return { unresolved: `not checked: pip would download ${shown} and build it, and ${filename || 'its name'} is not a file name an sdist has` };
  }
  const file: DistFile = { filename, url: direct.url.split('#')[0]!, hashes: {}, yanked: false };
  const hashes = [...new Set([...dep.hashes, ...fragmentHashes(direct.url)])];
  return { file, check: await ctx.download(file, hashes) };
}

/**
 * A project directory read and analyzed. The archive readers and the analyzer are loaded with the
 * first one: a scan with no local or git reference to read does not load them for these.
 */
async function checkDirectory(dir: string, limits: ArchiveLimits): Promise<SdistRead> {
  const { readSdistDirectory, checkContents } = await readers();
  return checkContents(await readSdistDirectory(dir, limits));
}

let loaded: Promise<{ readSdistDirectory: typeof import('../archive/index.js').readSdistDirectory } & typeof import('../offload/check.js')> | undefined;

/** The archive readers and the analyzer, loaded once, by the first direct reference read. */
function readers(): NonNullable<typeof loaded> {
  return (loaded ??= (async () => {
    const { readSdistDirectory } = await import('../archive/index.js');
    return { readSdistDirectory, ...(await import('../offload/check.js')) };
  })());
}

async function checkVcs(dep: Dependency, ctx: DirectContext): Promise<DirectCheck> {
  const ref = dep.direct!.url;
  const shown = redactUrl(ref);
  const notChecked = (why: string): DirectCheck => ({ unresolved: `not checked: pip would clone and build ${shown}, ${why}` });
  const loc = splitVcsUrl(ref);
  if (!loc) return notChecked('and its URL cannot be read as pip reads a VCS URL');
  if (loc.vcs !== 'git') return notChecked(`and only git checkouts are fetched (this one needs ${loc.vcs})`);
  if (/^file:/i.test(loc.url)) {
    // a repository on this machine: only one inside the scanned repository, like any local path
    const real = await insideRoot(ctx.root, path.resolve(ctx.root, path.dirname(dep.source.path), fileUrlPath(loc.url)));
    if (real === undefined) return notChecked('and it is a repository on this machine outside the scanned repository, which is never read');
  }
  if (!(await gitAvailable())) return notChecked('and git is not on PATH');
  let dir: string;
  try {
    dir = await checkout(loc, { timeoutMs: ctx.checkoutTimeoutMs });
  } catch (err) {
    return notChecked(`and the checkout failed (${(err as Error).message})`);
  }
  try {
    const project = projectDir(dir, loc.subdirectory);
    const real = await insideRoot(dir, project);
    if (real === undefined) return notChecked(`and its subdirectory ${loc.subdirectory} is not inside the checkout`);
    const check = await checkDirectory(real, ctx.limits);
    const file: DistFile = { filename: path.basename(loc.url.replace(/\.git$/, '')) + (loc.rev ? `@${loc.rev}` : ''), url: ref.split('#')[0]!, hashes: {}, yanked: false };
    return { file, check };
  } finally {
    await removeCheckout(dir);
  }
}
