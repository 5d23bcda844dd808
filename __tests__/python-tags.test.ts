import {
  InvalidPlatform,
  InvalidPython,
  makeTarget,
  markerEnvironment,
  platformTags,
  supportedTags,
  wheelPriority,
} from '../src/python/tags.js';
import { parseWheelFilename } from '../src/python/filenames.js';
import { evaluateMarker } from '../src/python/markers.js';

// packaging.tags: list(cpython_tags((3, 8), ["cp38"], P)) + list(compatible_tags((3, 8), "cp38", P)).
const CP38_TAGS = [
  'cp38-cp38-manylinux_2_17_x86_64',
  'cp38-cp38-linux_x86_64',
  'cp38-abi3-manylinux_2_17_x86_64',
  'cp38-abi3-linux_x86_64',
  'cp38-none-manylinux_2_17_x86_64',
  'cp38-none-linux_x86_64',
  'cp37-abi3-manylinux_2_17_x86_64',
  'cp37-abi3-linux_x86_64',
  'cp36-abi3-manylinux_2_17_x86_64',
  'cp36-abi3-linux_x86_64',
  'cp35-abi3-manylinux_2_17_x86_64',
  'cp35-abi3-linux_x86_64',
  'cp34-abi3-manylinux_2_17_x86_64',
  'cp34-abi3-linux_x86_64',
  'cp33-abi3-manylinux_2_17_x86_64',
  'cp33-abi3-linux_x86_64',
  'cp32-abi3-manylinux_2_17_x86_64',
  'cp32-abi3-linux_x86_64',
  'py38-none-manylinux_2_17_x86_64',
  'py38-none-linux_x86_64',
  'py3-none-manylinux_2_17_x86_64',
  'py3-none-linux_x86_64',
  'py37-none-manylinux_2_17_x86_64',
  'py37-none-linux_x86_64',
  'py36-none-manylinux_2_17_x86_64',
  'py36-none-linux_x86_64',
  'py35-none-manylinux_2_17_x86_64',
  'py35-none-linux_x86_64',
  'py34-none-manylinux_2_17_x86_64',
  'py34-none-linux_x86_64',
  'py33-none-manylinux_2_17_x86_64',
  'py33-none-linux_x86_64',
  'py32-none-manylinux_2_17_x86_64',
  'py32-none-linux_x86_64',
  'py31-none-manylinux_2_17_x86_64',
  'py31-none-linux_x86_64',
  'py30-none-manylinux_2_17_x86_64',
  'py30-none-linux_x86_64',
  'cp38-none-any',
  'py38-none-any',
  'py3-none-any',
  'py37-none-any',
  'py36-none-any',
  'py35-none-any',
  'py34-none-any',
  'py33-none-any',
  'py32-none-any',
  'py31-none-any',
  'py30-none-any',
];

const MANYLINUX_2_39_X86_64 = [
  ...Array.from({ length: 23 }, (_, i) => `manylinux_2_${39 - i}_x86_64`),
  'manylinux2014_x86_64',
  ...Array.from({ length: 5 }, (_, i) => `manylinux_2_${16 - i}_x86_64`),
  'manylinux2010_x86_64',
  ...Array.from({ length: 7 }, (_, i) => `manylinux_2_${11 - i}_x86_64`),
  'manylinux1_x86_64',
  'linux_x86_64',
];

describe('supportedTags (packaging.tags.sys_tags order for CPython)', () => {
  it('matches packaging for CPython 3.8 on two platforms', () => {
    expect(supportedTags('3.8', ['manylinux_2_17_x86_64', 'linux_x86_64'])).toEqual(CP38_TAGS);
  });

  it('uses the m ABI flag before 3.8', () => {
    expect(supportedTags('3.7', ['win_amd64']).slice(0, 4)).toEqual([
      'cp37-cp37m-win_amd64',
      'cp37-abi3-win_amd64',
      'cp37-none-win_amd64',
      'cp36-abi3-win_amd64',
    ]);
    expect(supportedTags('3.6', ['win_amd64'])[0]).toBe('cp36-cp36m-win_amd64');
  });

  it('has the shape packaging gives for 3.13 on one platform', () => {
    const tags = supportedTags('3.13', ['win_amd64']);
    // 3 own-interpreter tags, abi3 for 3.12..3.2, py313/py3/py312..py30 on the platform,
    // cp313-none-any, then the same py list on any.
    expect(tags).toHaveLength(3 + 11 + 15 + 1 + 15);
    expect(tags.slice(0, 4)).toEqual(['cp313-cp313-win_amd64', 'cp313-abi3-win_amd64', 'cp313-none-win_amd64', 'cp312-abi3-win_amd64']);
    expect(tags.slice(13, 17)).toEqual(['cp32-abi3-win_amd64', 'py313-none-win_amd64', 'py3-none-win_amd64', 'py312-none-win_amd64']);
    expect(tags.slice(-3)).toEqual(['py32-none-any', 'py31-none-any', 'py30-none-any']);
    expect(tags.indexOf('cp313-none-any')).toBe(29);
    expect(new Set(tags).size).toBe(tags.length);
  });

  it.each(['3', '3.5', '3.16', '2.7', '3.12.1', '4.0', 'py3.12', '', '3.x'])('rejects Python %j', (python) => {
    expect(() => supportedTags(python, ['win_amd64'])).toThrow(InvalidPython);
    expect(() => supportedTags(python, ['win_amd64'])).toThrow('3.6 to 3.15');
    expect(() => makeTarget(python, 'linux')).toThrow(InvalidPython);
  });

  it('accepts every minor from 3.6 to 3.15', () => {
    for (let minor = 6; minor <= 15; minor++) expect(supportedTags(`3.${minor}`, ['win32'])[0]).toMatch(/^cp3\d+-cp3\d+m?-win32$/);
  });
});

describe('platformTags', () => {
  it('linux: manylinux for glibc 2.39 on x86_64, legacy aliases after their glibc, then linux_x86_64', () => {
    expect(platformTags('linux')).toEqual(MANYLINUX_2_39_X86_64);
  });

  it('linux-aarch64: from glibc 2.39 down to 2.17', () => {
    const tags = platformTags('linux-aarch64');
    expect(tags[0]).toBe('manylinux_2_39_aarch64');
    expect(tags.slice(-3)).toEqual(['manylinux_2_17_aarch64', 'manylinux2014_aarch64', 'linux_aarch64']);
    expect(tags).toHaveLength(23 + 2);
    expect(tags.some((t) => t.includes('2010') || t.includes('manylinux1'))).toBe(false);
  });

  it('musllinux: musl 1.2 on x86_64', () => {
    expect(platformTags('musllinux')).toEqual(['musllinux_1_2_x86_64', 'musllinux_1_1_x86_64', 'musllinux_1_0_x86_64', 'linux_x86_64']);
  });

  it('macos: macOS 14 on arm64, then universal2 down to 10.4', () => {
    expect(platformTags('macos')).toEqual([
      'macosx_14_0_arm64',
      'macosx_14_0_universal2',
      'macosx_13_0_arm64',
      'macosx_13_0_universal2',
      'macosx_12_0_arm64',
      'macosx_12_0_universal2',
      'macosx_11_0_arm64',
      'macosx_11_0_universal2',
      ...Array.from({ length: 13 }, (_, i) => `macosx_10_${16 - i}_universal2`),
    ]);
  });

  it('macos-x86_64: every binary format packaging lists, down to 10.4', () => {
    const tags = platformTags('macos-x86_64');
    expect(tags.slice(0, 6)).toEqual([
      'macosx_14_0_x86_64',
      'macosx_14_0_intel',
      'macosx_14_0_fat64',
      'macosx_14_0_fat32',
      'macosx_14_0_universal2',
      'macosx_14_0_universal',
    ]);
    expect(tags).toHaveLength((4 + 13) * 6);
    expect(tags.slice(-2)).toEqual(['macosx_10_4_universal2', 'macosx_10_4_universal']);
    expect(tags.indexOf('macosx_10_16_x86_64')).toBe(24);
  });

  it.each([
    ['windows', ['win_amd64']],
    ['windows-arm64', ['win_arm64']],
    ['windows-x86', ['win32']],
    ['win32', ['win32']],
    ['  Windows ', ['win_amd64']],
  ])('%j -> %j', (spec, tags) => {
    expect(platformTags(spec)).toEqual(tags);
  });

  it('expands an exact manylinux tag to every older glibc of that architecture', () => {
    const tags = platformTags('manylinux_2_28_x86_64');
    expect(tags).toEqual(MANYLINUX_2_39_X86_64.slice(11));
    expect(platformTags('manylinux2014_x86_64')).toEqual(MANYLINUX_2_39_X86_64.slice(22));
    expect(platformTags('manylinux2010_i686')).toEqual([
      'manylinux_2_12_i686',
      'manylinux2010_i686',
      ...Array.from({ length: 7 }, (_, i) => `manylinux_2_${11 - i}_i686`),
      'manylinux1_i686',
      'linux_i686',
    ]);
    expect(platformTags('manylinux1_x86_64')).toEqual(['manylinux_2_5_x86_64', 'manylinux1_x86_64', 'linux_x86_64']);
    expect(platformTags('manylinux_2_17_s390x')).toEqual(['manylinux_2_17_s390x', 'manylinux2014_s390x', 'linux_s390x']);
  });

  it('carries a future glibc major down through every 2.x', () => {
    const tags = platformTags('manylinux_3_1_x86_64');
    expect(tags.slice(0, 3)).toEqual(['manylinux_3_1_x86_64', 'manylinux_3_0_x86_64', 'manylinux_2_50_x86_64']);
    expect(tags.at(-1)).toBe('linux_x86_64');
  });

  it('expands exact musllinux, macOS, linux and Windows tags', () => {
    expect(platformTags('musllinux_1_1_aarch64')).toEqual(['musllinux_1_1_aarch64', 'musllinux_1_0_aarch64', 'linux_aarch64']);
    expect(platformTags('macosx_12_0_arm64').slice(0, 3)).toEqual(['macosx_12_0_arm64', 'macosx_12_0_universal2', 'macosx_11_0_arm64']);
    // From macOS 11 on only the major version counts, as in packaging's mac_platforms.
    expect(platformTags('macosx_12_3_arm64')).toEqual(platformTags('macosx_12_0_arm64'));
    expect(platformTags('macosx_10_15_x86_64').slice(0, 7)).toEqual([
      'macosx_10_15_x86_64',
      'macosx_10_15_intel',
      'macosx_10_15_fat64',
      'macosx_10_15_fat32',
      'macosx_10_15_universal2',
      'macosx_10_15_universal',
      'macosx_10_14_x86_64',
    ]);
    expect(platformTags('macosx_10_15_x86_64')).toHaveLength(12 * 6);
    expect(platformTags('linux_armv7l')).toEqual(['linux_armv7l']);
    expect(platformTags('win_amd64')).toEqual(['win_amd64']);
  });

  it.each([
    ['freebsd', 'Unknown platform'],
    ['', 'Unknown platform'],
    ['any', 'Unknown platform'],
    ['manylinux_2_17_sparc', 'unknown architecture "sparc"'],
    ['musllinux_1_2_mips', 'unknown architecture "mips"'],
    ['linux_mips', 'unknown architecture'],
    ['manylinux_2_12_aarch64', 'starts at glibc 2.17'],
    ['manylinux_2_4_x86_64', 'starts at glibc 2.5'],
    ['manylinux_1_9_x86_64', 'starts at glibc 2.5'],
    ['macosx_14_0_universal2', 'machine architecture'],
    ['macosx_10_15_arm64', 'starts at 11.0'],
    ['macosx_10_3_x86_64', 'starts at 10.4'],
    ['macosx_9_0_x86_64', 'starts at 10.4'],
    ['win_ia64', 'Unknown platform'],
  ])('rejects %j', (spec, why) => {
    expect(() => platformTags(spec)).toThrow(InvalidPlatform);
    expect(() => platformTags(spec)).toThrow(why);
  });

  it('lists the accepted names when the name is unknown', () => {
    expect(() => platformTags('solaris')).toThrow(/linux, .*linux-aarch64, .*musllinux, .*macos, .*macos-x86_64, .*windows, .*windows-arm64, .*windows-x86, .*win32/);
  });
});

describe('markerEnvironment', () => {
  it.each([
    ['linux', { sys_platform: 'linux', platform_system: 'Linux', platform_machine: 'x86_64', os_name: 'posix', platform_release: '' }],
    ['linux-aarch64', { sys_platform: 'linux', platform_system: 'Linux', platform_machine: 'aarch64', os_name: 'posix' }],
    ['musllinux', { sys_platform: 'linux', platform_system: 'Linux', platform_machine: 'x86_64', os_name: 'posix' }],
    ['macos', { sys_platform: 'darwin', platform_system: 'Darwin', platform_machine: 'arm64', os_name: 'posix', platform_release: '23.0.0' }],
    ['macos-x86_64', { sys_platform: 'darwin', platform_system: 'Darwin', platform_machine: 'x86_64', os_name: 'posix' }],
    ['macosx_10_15_x86_64', { sys_platform: 'darwin', platform_release: '19.0.0' }],
    ['windows', { sys_platform: 'win32', platform_system: 'Windows', platform_machine: 'AMD64', os_name: 'nt' }],
    ['windows-arm64', { sys_platform: 'win32', platform_system: 'Windows', platform_machine: 'ARM64', os_name: 'nt' }],
    ['windows-x86', { sys_platform: 'win32', platform_system: 'Windows', platform_machine: 'x86', os_name: 'nt' }],
    ['manylinux_2_28_aarch64', { sys_platform: 'linux', platform_machine: 'aarch64' }],
  ])('%s', (platform, expected) => {
    const env = markerEnvironment('3.12', platform);
    expect(env).toMatchObject(expected);
    expect(env).toMatchObject({
      python_version: '3.12',
      python_full_version: '3.12.0',
      implementation_name: 'cpython',
      implementation_version: '3.12.0',
      platform_python_implementation: 'CPython',
    });
  });

  it('gives values that real-world markers evaluate against', () => {
    const win = markerEnvironment('3.9', 'windows');
    expect(evaluateMarker('sys_platform == "win32" and python_version < "3.10"', win)).toBe(true);
    expect(evaluateMarker('platform_machine == "arm64" and sys_platform == "darwin"', markerEnvironment('3.12', 'macos'))).toBe(true);
    expect(evaluateMarker('python_full_version >= "3.11.0"', markerEnvironment('3.11', 'linux'))).toBe(true);
  });

  it('rejects a bad Python or platform', () => {
    expect(() => markerEnvironment('3.99', 'linux')).toThrow(InvalidPython);
    expect(() => markerEnvironment('3.12', 'beos')).toThrow(InvalidPlatform);
  });
});

describe('makeTarget and wheelPriority', () => {
  const linux = makeTarget('3.12', 'linux');

  it('builds a target whose platform is the primary tag', () => {
    expect(linux.python).toBe('3.12');
    expect(linux.platform).toBe('manylinux_2_39_x86_64');
    expect(linux.tags[0]).toBe('cp312-cp312-manylinux_2_39_x86_64');
    expect(linux.tags).toEqual(supportedTags('3.12', platformTags('linux')));
    expect(linux.env.sys_platform).toBe('linux');
    expect(makeTarget('3.11', 'macos').platform).toBe('macosx_14_0_arm64');
    expect(makeTarget('3.11', 'windows').platform).toBe('win_amd64');
  });

  const rank = (filename: string) => wheelPriority(linux, parseWheelFilename(filename).tags);

  it('ranks the wheels a real project publishes the way pip prefers them', () => {
    const specific = rank('numpy-2.0.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl');
    const abi3 = rank('cryptography-42.0.0-cp39-abi3-manylinux_2_28_x86_64.whl');
    const pure = rank('six-1.16.0-py2.py3-none-any.whl');
    expect(specific).toBe(linux.tags.indexOf('cp312-cp312-manylinux_2_17_x86_64'));
    expect(abi3).toBe(linux.tags.indexOf('cp39-abi3-manylinux_2_28_x86_64'));
    expect(pure).toBe(linux.tags.indexOf('py3-none-any'));
    expect(specific!).toBeLessThan(abi3!);
    expect(abi3!).toBeLessThan(pure!);
  });

  it('returns undefined for wheels that do not fit', () => {
    expect(rank('numpy-2.0.0-cp311-cp311-manylinux_2_17_x86_64.whl')).toBeUndefined();
    expect(rank('numpy-2.0.0-cp312-cp312-win_amd64.whl')).toBeUndefined();
    expect(rank('numpy-2.0.0-cp312-cp312-manylinux_2_40_x86_64.whl')).toBeUndefined();
    expect(rank('numpy-2.0.0-cp312-cp312-musllinux_1_1_x86_64.whl')).toBeUndefined();
    expect(rank('foo-1.0-py2-none-any.whl')).toBeUndefined();
    expect(rank('foo-1.0-cp313-abi3-manylinux_2_17_x86_64.whl')).toBeUndefined();
    expect(wheelPriority(linux, [])).toBeUndefined();
  });

  it('takes the best of several tags and ignores their case', () => {
    expect(wheelPriority(linux, ['py3-none-any', 'CP312-CP312-LINUX_X86_64'])).toBe(linux.tags.indexOf('cp312-cp312-linux_x86_64'));
  });

  it('ranks wheels per target', () => {
    const mac = makeTarget('3.12', 'macos');
    const universal = parseWheelFilename('foo-1.0-cp312-cp312-macosx_10_9_universal2.whl').tags;
    expect(wheelPriority(mac, universal)).toBe(mac.tags.indexOf('cp312-cp312-macosx_10_9_universal2'));
    expect(wheelPriority(linux, universal)).toBeUndefined();
    expect(wheelPriority(makeTarget('3.12', 'macos-x86_64'), parseWheelFilename('foo-1.0-cp312-cp312-macosx_10_9_x86_64.whl').tags)).toBeDefined();
  });
});
