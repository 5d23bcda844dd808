// Wheel compatibility tags for a CPython target, in the order pypa/packaging's `sys_tags()`
// yields them (the order pip ranks wheels by), and the platform tag lists of the machines a
// scan can target. Nothing here looks at the machine it runs on.

import type { MarkerEnvironment, Target } from '../types.js';

export class InvalidPlatform extends Error {
  override name = 'InvalidPlatform';
}

export class InvalidPython extends Error {
  override name = 'InvalidPython';
}

const MIN_MINOR = 6;
const MAX_MINOR = 15;

/** The named targets, each standing for the platform tag of that machine. */
const NAMED_PLATFORMS: Record<string, string> = {
  linux: 'manylinux_2_39_x86_64',
  'linux-x86_64': 'manylinux_2_39_x86_64',
  'linux-aarch64': 'manylinux_2_39_aarch64',
  musllinux: 'musllinux_1_2_x86_64',
  'musllinux-aarch64': 'musllinux_1_2_aarch64',
  macos: 'macosx_14_0_arm64',
  'macos-arm64': 'macosx_14_0_arm64',
  'macos-x86_64': 'macosx_14_0_x86_64',
  windows: 'win_amd64',
  'windows-arm64': 'win_arm64',
  'windows-x86': 'win32',
  win32: 'win32',
};

const LINUX_ARCHS = new Set(['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64', 'ppc64le', 's390x', 'riscv64', 'loongarch64']);
const MAC_ARCHS = new Set(['arm64', 'x86_64']);
const WINDOWS_MACHINES: Record<string, string> = { win_amd64: 'AMD64', win_arm64: 'ARM64', win32: 'x86' };

/** Parses `3.X` (3.6 to 3.15) to its minor number; throws InvalidPython. */
function pythonMinor(python: string): number {
  const m = typeof python === 'string' ? /^3\.([0-9]{1,2})$/.exec(python.trim()) : null;
  const minor = m ? Number(m[1]) : NaN;
  if (!(minor >= MIN_MINOR && minor <= MAX_MINOR)) {
    throw new InvalidPython(
      `Invalid Python version ${JSON.stringify(python)}: expected 3.${MIN_MINOR} to 3.${MAX_MINOR}, written as 3.X (such as "3.12")`,
    );
  }
  return minor;
}

/**
 * Every tag CPython 3.X accepts on `platforms`, best first, as `packaging.tags.sys_tags()` orders
 * them: cpython_tags (own ABI, abi3, none, older abi3) then compatible_tags (pyXY/py3 on each
 * platform, cpXY-none-any, pyXY/py3-none-any).
 */
export function supportedTags(python: string, platforms: string[]): string[] {
  const minor = pythonMinor(python);
  const interpreter = `cp3${minor}`;
  // CPython before 3.8 built with pymalloc carries the `m` ABI flag.
  const abi = minor < 8 ? `cp3${minor}m` : `cp3${minor}`;
  const tags: string[] = [];
  for (const p of platforms) tags.push(`${interpreter}-${abi}-${p}`);
  for (const p of platforms) tags.push(`${interpreter}-abi3-${p}`);
  for (const p of platforms) tags.push(`${interpreter}-none-${p}`);
  // The stable ABI exists from 3.2 on, so abi3 wheels built for any older 3.x still load.
  for (let m = minor - 1; m >= 2; m--) {
    for (const p of platforms) tags.push(`cp3${m}-abi3-${p}`);
  }
  const pythons = [`py3${minor}`, 'py3'];
  for (let m = minor - 1; m >= 0; m--) pythons.push(`py3${m}`);
  for (const py of pythons) {
    for (const p of platforms) tags.push(`${py}-none-${p}`);
  }
  tags.push(`${interpreter}-none-any`);
  for (const py of pythons) tags.push(`${py}-none-any`);
  return tags;
}

type Os = 'linux' | 'macos' | 'windows';

interface PlatformInfo {
  os: Os;
  /** `platform.machine()` on that machine. */
  machine: string;
  tags: string[];
  /** `platform.release()` when it follows from the tag (the Darwin version), else `""`. */
  release: string;
}

const GLIBC_LAST_MINOR = 50;
const LEGACY_MANYLINUX: Record<string, string> = { '2.17': 'manylinux2014', '2.12': 'manylinux2010', '2.5': 'manylinux1' };
const LEGACY_GLIBC: Record<string, [number, number]> = { manylinux1: [2, 5], manylinux2010: [2, 12], manylinux2014: [2, 17] };

// packaging's _manylinux.platform_tags for one architecture and a glibc version: every glibc
// from that one down to the oldest manylinux supports on the architecture, each legacy alias
// right after the glibc version it stands for.
function manylinuxTags(spec: string, arch: string, major: number, minor: number): string[] {
  const oldest: [number, number] = arch === 'x86_64' || arch === 'i686' ? [2, 5] : [2, 17];
  if (major < oldest[0] || (major === oldest[0] && minor < oldest[1])) {
    throw new InvalidPlatform(
      `Invalid platform ${JSON.stringify(spec)}: manylinux on ${arch} starts at glibc ${oldest[0]}.${oldest[1]}`,
    );
  }
  const maxima: [number, number][] = [[major, minor]];
  for (let m = major - 1; m >= 2; m--) maxima.push([m, GLIBC_LAST_MINOR]);
  const tags: string[] = [];
  for (const [maj, maxMinor] of maxima) {
    const lowest = maj === oldest[0] ? oldest[1] : 0;
    for (let min = maxMinor; min >= lowest; min--) {
      tags.push(`manylinux_${maj}_${min}_${arch}`);
      const legacy = LEGACY_MANYLINUX[`${maj}.${min}`];
      if (legacy) tags.push(`${legacy}_${arch}`);
    }
  }
  return tags;
}

function macBinaryFormats(major: number, minor: number, arch: string): string[] {
  if (arch === 'x86_64') {
    if (major === 10 && minor < 4) return [];
    return ['x86_64', 'intel', 'fat64', 'fat32', 'universal2', 'universal'];
  }
  return ['arm64', 'universal2'];
}

// packaging's mac_platforms: from macOS 11 on only the major version counts (X_0), and
// universal2 wheels may name a 10.x release because their x86_64 half supports it.
function macTags(major: number, minor: number, arch: string): string[] {
  const tags: string[] = [];
  if (major === 10) {
    for (let m = minor; m >= 0; m--) {
      for (const f of macBinaryFormats(10, m, arch)) tags.push(`macosx_10_${m}_${f}`);
    }
    return tags;
  }
  for (let maj = major; maj >= 11; maj--) {
    for (const f of macBinaryFormats(maj, 0, arch)) tags.push(`macosx_${maj}_0_${f}`);
  }
  for (let m = 16; m >= 4; m--) {
    if (arch === 'x86_64') for (const f of macBinaryFormats(10, m, arch)) tags.push(`macosx_10_${m}_${f}`);
    else tags.push(`macosx_10_${m}_universal2`);
  }
  return tags;
}

function describePlatform(spec: string): PlatformInfo {
  if (typeof spec !== 'string') throw invalidPlatform(String(spec));
  const key = spec.trim().toLowerCase();
  const tag = NAMED_PLATFORMS[key] ?? key;
  let m: RegExpExecArray | null;

  if ((m = /^manylinux_([0-9]+)_([0-9]+)_([a-z0-9_]+)$/.exec(tag)) || (m = /^(manylinux(?:1|2010|2014))_([a-z0-9_]+)$/.exec(tag))) {
    const legacy = m.length === 3 ? LEGACY_GLIBC[m[1]] : undefined;
    const arch = legacy ? m[2] : m[3];
    const [major, minor] = legacy ?? [Number(m[1]), Number(m[2])];
    if (!LINUX_ARCHS.has(arch)) throw unknownArch(spec, arch, LINUX_ARCHS);
    return { os: 'linux', machine: arch, tags: [...manylinuxTags(spec, arch, major, minor), `linux_${arch}`], release: '' };
  }
  if ((m = /^musllinux_([0-9]+)_([0-9]+)_([a-z0-9_]+)$/.exec(tag))) {
    const [major, minor, arch] = [Number(m[1]), Number(m[2]), m[3]];
    if (!LINUX_ARCHS.has(arch)) throw unknownArch(spec, arch, LINUX_ARCHS);
    const tags: string[] = [];
    for (let min = minor; min >= 0; min--) tags.push(`musllinux_${major}_${min}_${arch}`);
    return { os: 'linux', machine: arch, tags: [...tags, `linux_${arch}`], release: '' };
  }
  if ((m = /^linux_([a-z0-9_]+)$/.exec(tag))) {
    if (!LINUX_ARCHS.has(m[1])) throw unknownArch(spec, m[1], LINUX_ARCHS);
    return { os: 'linux', machine: m[1], tags: [tag], release: '' };
  }
  if ((m = /^macosx_([0-9]+)_([0-9]+)_([a-z0-9_]+)$/.exec(tag))) {
    const [major, minor, arch] = [Number(m[1]), Number(m[2]), m[3]];
    if (!MAC_ARCHS.has(arch)) {
      throw new InvalidPlatform(
        `Invalid platform ${JSON.stringify(spec)}: a macOS target needs a machine architecture (arm64 or x86_64), not ${JSON.stringify(arch)}`,
      );
    }
    if (major < 10 || (arch === 'arm64' && major < 11) || (arch === 'x86_64' && major === 10 && minor < 4)) {
      throw new InvalidPlatform(
        `Invalid platform ${JSON.stringify(spec)}: macOS on ${arch} starts at ${arch === 'arm64' ? '11.0' : '10.4'}`,
      );
    }
    // Darwin's major version is macOS 10.x's minor + 4, and macOS 11+'s major + 9.
    const darwin = major === 10 ? minor + 4 : major + 9;
    return { os: 'macos', machine: arch, tags: macTags(major, minor, arch), release: `${darwin}.0.0` };
  }
  if (tag in WINDOWS_MACHINES) return { os: 'windows', machine: WINDOWS_MACHINES[tag], tags: [tag], release: '' };
  throw invalidPlatform(spec);
}

function invalidPlatform(spec: string): InvalidPlatform {
  return new InvalidPlatform(
    `Unknown platform ${JSON.stringify(spec)}: expected one of ${Object.keys(NAMED_PLATFORMS).join(', ')}, ` +
      'or a wheel platform tag such as manylinux_2_28_x86_64, manylinux2014_aarch64, musllinux_1_1_aarch64, ' +
      'macosx_12_0_arm64, linux_x86_64, win_amd64, win_arm64 or win32',
  );
}

function unknownArch(spec: string, arch: string, known: Set<string>): InvalidPlatform {
  return new InvalidPlatform(
    `Invalid platform ${JSON.stringify(spec)}: unknown architecture ${JSON.stringify(arch)} (expected one of ${[...known].join(', ')})`,
  );
}

/**
 * The platform tags a machine of the named kind (or of the kind an exact wheel platform tag
 * implies) supports, best first, as packaging yields them. Throws InvalidPlatform.
 */
export function platformTags(spec: string): string[] {
  return describePlatform(spec).tags;
}

/** The PEP 508 marker values for CPython 3.X on the platform; unknowable values are `""`. */
export function markerEnvironment(python: string, platform: string): MarkerEnvironment {
  const minor = pythonMinor(python);
  const info = describePlatform(platform);
  const full = `3.${minor}.0`;
  const os = {
    linux: { sys_platform: 'linux', platform_system: 'Linux', os_name: 'posix' },
    macos: { sys_platform: 'darwin', platform_system: 'Darwin', os_name: 'posix' },
    windows: { sys_platform: 'win32', platform_system: 'Windows', os_name: 'nt' },
  }[info.os];
  return {
    python_version: `3.${minor}`,
    python_full_version: full,
    ...os,
    platform_machine: info.machine,
    platform_release: info.release,
    platform_version: '',
    implementation_name: 'cpython',
    implementation_version: full,
    platform_python_implementation: 'CPython',
  };
}

/** One target: CPython 3.X on a named platform or exact platform tag. */
export function makeTarget(python: string, platform: string): Target {
  const minor = pythonMinor(python);
  const info = describePlatform(platform);
  return {
    python: `3.${minor}`,
    platform: info.tags[0],
    env: markerEnvironment(python, platform),
    tags: supportedTags(python, info.tags),
  };
}

// Built once per Target: a target's tags are fixed once made, and wheels are ranked by the
// thousand during a scan.
const tagIndexes = new WeakMap<Target, Map<string, number>>();

function tagIndex(target: Target): Map<string, number> {
  let index = tagIndexes.get(target);
  if (!index) {
    index = new Map();
    target.tags.forEach((tag, i) => {
      if (!index!.has(tag)) index!.set(tag, i);
    });
    tagIndexes.set(target, index);
  }
  return index;
}

/**
 * The rank of the best tag of a wheel this target supports (lower is preferred), or undefined
 * when the wheel fits none of them.
 */
export function wheelPriority(target: Target, wheelTags: string[]): number | undefined {
  const index = tagIndex(target);
  let best: number | undefined;
  for (const tag of wheelTags) {
    const rank = index.get(tag) ?? index.get(tag.toLowerCase());
    if (rank !== undefined && (best === undefined || rank < best)) best = rank;
  }
  return best;
}
