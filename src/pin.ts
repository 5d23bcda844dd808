// For a dependency pip would build from source: the newest version whose wheels cover every target,
// which is the version to pin so that pip runs no package code at install time. Read from the same
// project page the select stage used; yanked files, pre-releases (unless the dependency itself is
// one) and files whose Requires-Python excludes a target do not count, as pip would not take them.

import type { DistFile, Target } from './types.js';
import { parseWheelFilename } from './python/filenames.js';
import { normalizeName } from './python/names.js';
import { wheelPriority } from './python/tags.js';
import { compareVersions, isPrerelease, isValidSpecifier, isValidVersion, satisfies } from './python/version.js';

/** A version to pin; or the targets no version has a wheel for (none: each has one, but no one version has all). */
export type WheelPin = { version: string } | { missing: string[] };

function fits(file: DistFile, target: Target, tags: string[]): boolean {
  if (file.yanked !== false) return false;
  if (wheelPriority(target, tags) === undefined) return false;
  const rp = file.requiresPython;
  return !(rp && isValidSpecifier(rp) && !satisfies(`${target.python}.0`, rp, { prereleases: true }));
}

/**
 * The newest version with a wheel for every target, or the targets no version has a wheel for
 * (those of the newest versions' files, so that the message names what is missing now).
 */
export function wheelPin(name: string, files: DistFile[], targets: Target[], opts: { pre?: boolean } = {}): WheelPin {
  const canonical = normalizeName(name);
  const byVersion = new Map<string, Set<number>>();
  const covered = new Set<number>();
  for (const file of files) {
    // what parseWheelFilename refuses first, without the cost of the error it would throw
    if (!file.filename.endsWith('.whl')) continue;
    let wheel;
    try {
      wheel = parseWheelFilename(file.filename);
    } catch {
      continue;
    }
    if (normalizeName(wheel.name) !== canonical || !isValidVersion(wheel.version)) continue;
    if (isPrerelease(wheel.version) && !opts.pre) continue;
    const fitting = byVersion.get(wheel.version) ?? new Set<number>();
    targets.forEach((t, i) => {
      if (fits(file, t, wheel.tags)) {
        fitting.add(i);
        covered.add(i);
      }
    });
    byVersion.set(wheel.version, fitting);
  }
  const versions = [...byVersion.keys()].sort((a, b) => compareVersions(b, a));
  for (const v of versions) if (byVersion.get(v)!.size === targets.length) return { version: v };
  return { missing: targets.filter((_, i) => !covered.has(i)).map((t) => `CPython ${t.python} on ${t.platform}`) };
}
