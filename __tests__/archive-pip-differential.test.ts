// Archives as pip unpacks them, proven against pip itself: each archive is built here, read by
// readSdist, and unpacked by pip's own unpack_file under python3 (tarfile with the data filter,
// zipfile). The build files we analyze must be byte for byte what pip leaves on disk, and every
// construct on which pip and a plain reader disagree must be a finding; harmless quirks must be
// neither a finding nor a limit.

import { crc32 } from 'node:zlib';
import { readSdist } from '../src/archive/index.js';
import type { SdistContents } from '../src/archive/contents.js';
import { concat, gzip, makeRawZip, makeTar, tarBody } from './helpers/archives.js';
import { hasPython, pipUnpack, pipVersion, pyCompress, type PipUnpacked } from './helpers/cpython.js';

const enc = new TextEncoder();
const HARMLESS = 'from setuptools import setup\nsetup()\n';
const PAYLOAD = 'import os\nos.system("echo payload")\n';

interface Raw {
  name: string;
  size?: number;
  type?: string;
  linkname?: string;
  prefix?: string;
  /** 'posix' writes `ustar\0` + `00`; 'gnu' writes `ustar  \0` as GNU tar does. */
  magic?: 'posix' | 'gnu';
}

function field(h: Uint8Array, at: number, len: number, value: string | Uint8Array): void {
  const b = typeof value === 'string' ? enc.encode(value) : value;
  h.set(b.subarray(0, len), at);
}

function octal(h: Uint8Array, at: number, len: number, n: number): void {
  field(h, at, len, n.toString(8).padStart(len - 1, '0') + '\0');
}

/** One header block with every field under the test's control. */
function raw(r: Raw): Uint8Array {
  const h = new Uint8Array(512);
  field(h, 0, 100, r.name);
  octal(h, 100, 8, 0o644);
  octal(h, 108, 8, 0);
  octal(h, 116, 8, 0);
  octal(h, 124, 12, r.size ?? 0);
  octal(h, 136, 12, 0);
  h.fill(0x20, 148, 156);
  field(h, 156, 1, r.type ?? '0');
  field(h, 157, 100, r.linkname ?? '');
  if ((r.magic ?? 'posix') === 'posix') {
    field(h, 257, 6, 'ustar\0');
    field(h, 263, 2, '00');
  } else {
    field(h, 257, 8, 'ustar  \0');
  }
  if (r.prefix) field(h, 345, 155, r.prefix);
  let sum = 0;
  for (const b of h) sum += b;
  field(h, 148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return h;
}

function file(name: string, content: string, extra: Partial<Raw> = {}): Uint8Array {
  const body = enc.encode(content);
  return concat([raw({ name, size: body.length, ...extra }), tarBody(body)]);
}

function record(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let len = enc.encode(body).length + 1;
  while (String(len).length + enc.encode(body).length !== len) len = String(len).length + enc.encode(body).length;
  return `${len}${body}`;
}

function pax(type: 'x' | 'g', records: Array<[string, string]>): Uint8Array {
  const body = enc.encode(records.map(([k, v]) => record(k, v)).join(''));
  return concat([raw({ name: type === 'g' ? 'pax_global_header' : 'PaxHeader/x', size: body.length, type }), tarBody(body)]);
}

function gnuLong(type: 'L' | 'K', value: string): Uint8Array {
  const body = enc.encode(value + '\0');
  return concat([raw({ name: '././@LongLink', size: body.length, type, magic: 'gnu' }), tarBody(body)]);
}

const END = new Uint8Array(1024);

function text(b: Uint8Array | undefined): string | undefined {
  return b === undefined ? undefined : new TextDecoder().decode(b);
}

/** Every build file we kept is, byte for byte, what pip left at that path. */
function expectSameBuildFiles(ours: SdistContents, pip: PipUnpacked): void {
  expect(pip.error).toBeUndefined();
  for (const [path, content] of ours.files) expect({ path, content: text(pip.files.get(path)) }).toEqual({ path, content });
  for (const path of pip.files.keys()) {
    if (/\.(py|cfg|toml)$/.test(path) && !path.includes('\n')) expect({ path, kept: ours.files.has(path) }).toEqual({ path, kept: true });
  }
}

if (!hasPython()) console.warn('archive-pip-differential: skipped, python3 is not on this machine');
const maybe = hasPython() && pipVersion() ? describe : describe.skip;

maybe(`tar constructs, read against pip ${pipVersion() ?? ''}'s unpack_file`, () => {
  const constructs: Array<[string, Uint8Array, RegExp]> = [
    [
      'a global pax header that renames every later member',
      concat([file('p-1/setup.py', HARMLESS), pax('g', [['path', 'p-1/setup.py']]), file('p-1/notes.txt', PAYLOAD), END]),
      /global pax header sets path/,
    ],
    [
      'a pax path whose value holds a newline',
      concat([file('p-1/setup.py', HARMLESS), pax('x', [['path', 'p-1/x\n22 path=p-1/setup.py']]), file('p-1/placeholder', PAYLOAD), END]),
      /value holds a newline/,
    ],
    [
      'a GNU long name and a pax path on one member',
      concat([file('p-1/setup.py', HARMLESS), gnuLong('L', 'p-1/setup.py'), pax('x', [['path', 'p-1/docs.txt']]), file('p-1/placeholder', PAYLOAD), END]),
      /GNU long name and pax path/,
    ],
    [
      'a GNU sparse name',
      concat([file('p-1/setup.py', HARMLESS), pax('x', [['GNU.sparse.name', 'p-1/setup.py']]), file('p-1/data.txt', PAYLOAD), END]),
      /GNU sparse name/,
    ],
    [
      'a ustar prefix in a GNU header',
      concat([file('p-1/setup.py', HARMLESS), file('setup.py', PAYLOAD, { prefix: 'p-1', magic: 'gnu' }), END]),
      /ustar prefix/,
    ],
    [
      'members after the end-of-archive marker',
      concat([file('p-1/setup.py', HARMLESS), END, file('p-1/setup.py', PAYLOAD), END]),
      /comes again after the end-of-archive marker, where pip stops reading the tar, with other content/,
    ],
    [
      'members after a single zero block',
      concat([file('p-1/setup.py', HARMLESS), new Uint8Array(512), file('p-1/setup.py', PAYLOAD), END]),
      /comes again after the end-of-archive marker, where pip stops reading the tar, with other content/,
    ],
    [
      'a build file that only readers going past the end marker unpack',
      concat([file('p-1/setup.py', HARMLESS), END, file('p-1/backend.py', PAYLOAD), END]),
      /p-1\/backend\.py comes after the end-of-archive marker, where pip stops reading the tar; readers that go on unpack a file pip does not have/,
    ],
    [
      'a hard link to setup.py followed by a file of the link name',
      concat([file('p-1/setup.py', HARMLESS), raw({ name: 'p-1/evil', type: '1', linkname: 'p-1/setup.py' }), file('p-1/evil', PAYLOAD), END]),
      /hard link to p-1\/setup\.py followed by a file of the same name/,
    ],
    [
      'a symbolic link to setup.py followed by a file of the link name',
      concat([file('p-1/setup.py', HARMLESS), raw({ name: 'p-1/evil', type: '2', linkname: 'setup.py' }), file('p-1/evil', PAYLOAD), END]),
      /symbolic link to p-1\/setup\.py followed by a file of the same name/,
    ],
    [
      'the same member twice with different content',
      concat([file('p-1/setup.py', PAYLOAD), file('p-1/setup.py', HARMLESS), END]),
      /appears twice with different content/,
    ],
  ];

  test.each(constructs)('%s: what pip builds is analyzed, and the construct is a finding', async (_what, tar, finding) => {
    const ours = await readSdist('p-1.tar', tar);
    const pip = pipUnpack('p-1.tar', tar);
    expect(ours.error).toBeUndefined();
    expectSameBuildFiles(ours, pip);
    expect(ours.findings.map((f) => f.message).join('\n')).toMatch(finding);
    expect(ours.findings.every((f) => f.rule === 'archive-ambiguity' && f.severity === 'high')).toBe(true);
  });

  const harmless: Array<[string, Uint8Array]> = [
    ['a git archive comment header', concat([pax('g', [['comment', '0123456789abcdef0123456789abcdef01234567']]), file('p-1/setup.py', HARMLESS), END])],
    ['identical duplicate members', concat([file('p-1/setup.py', HARMLESS), file('p-1/setup.py', HARMLESS), END])],
    [
      'a symbolic link inside the tree',
      concat([file('p-1/setup.py', HARMLESS), file('p-1/README', 'r'), raw({ name: 'p-1/docs/README', type: '2', linkname: '../README' }), END]),
    ],
    ['a long name written by GNU tar', concat([gnuLong('L', `p-1/${'d'.repeat(120)}/mod.py`), file('p-1/placeholder', 'x = 1\n'), file('p-1/setup.py', HARMLESS), END])],
    [
      'a GNU long name of a directory, with its trailing slash',
      concat([gnuLong('L', `p-1/${'d'.repeat(120)}/`), raw({ name: `p-1/${'d'.repeat(95)}`, type: '5', magic: 'gnu' }), file('p-1/setup.py', HARMLESS), END]),
    ],
    ['a long name written as pax', makeTar([{ name: `p-1/${'d'.repeat(120)}/mod.py`, content: 'x = 1\n' }, { name: 'p-1/setup.py', content: HARMLESS }])],
    ['a ustar prefix in a POSIX header', concat([file('mod.py', 'x = 1\n', { prefix: 'p-1/pkg' }), file('p-1/setup.py', HARMLESS), END])],
    ['a tarball concatenated with an identical copy of itself', concat([file('p-1/setup.py', HARMLESS), file('p-1/README', 'r'), END, file('p-1/setup.py', HARMLESS), file('p-1/README', 'r'), END])],
    ['zero padding to a whole record', concat([file('p-1/setup.py', HARMLESS), new Uint8Array(9216)])],
  ];

  test.each(harmless)('%s: read as pip reads it, neither a finding nor a limit', async (_what, tar) => {
    for (const [name, data] of [
      ['p-1.tar', tar],
      ['p-1.tar.gz', gzip(tar)],
    ] as const) {
      const ours = await readSdist(name, data);
      expect(ours.error).toBeUndefined();
      expectSameBuildFiles(ours, pipUnpack(name, data));
      expect({ findings: ours.findings, limits: ours.limits }).toEqual({ findings: [], limits: [] });
    }
  });
});

maybe('every compression pip opens, read against pip', () => {
  const tar = makeTar([
    { name: 'c-1/setup.py', content: HARMLESS },
    { name: 'c-1/pkg/__init__.py', content: 'x = 1\n'.repeat(5000) },
  ]);
  const cases: Array<[string, () => Uint8Array]> = [
    ['c-1.tar.gz', () => gzip(tar)],
    ['c-1.tgz', () => gzip(tar)],
    ['c-1.tar.bz2', () => pyCompress('bz2', tar)],
    ['c-1.tbz', () => pyCompress('bz2', tar)],
    ['c-1.tar.xz', () => pyCompress('xz', tar)],
    ['c-1.txz', () => pyCompress('xz', tar)],
    ['c-1.tlz', () => pyCompress('xz', tar)],
    ['c-1.tar.lz', () => pyCompress('xz', tar)],
    ['c-1.tar.lzma', () => pyCompress('xz', tar)],
    ['c-1.tar', () => tar],
    ['c-1.tar', () => gzip(tar)],
    ['c-1.tar', () => pyCompress('bz2', tar)],
    ['c-1.tar', () => pyCompress('xz', tar)],
  ];

  test.each(cases)('%s (%#): the files pip unpacks', async (name, make) => {
    const data = make();
    const ours = await readSdist(name, data);
    const pip = pipUnpack(name, data);
    expect(ours.error).toBeUndefined();
    expect(ours.limits).toEqual([]);
    expect([...ours.files.keys()].sort()).toEqual(['pkg/__init__.py', 'setup.py']);
    expectSameBuildFiles(ours, pip);
  });

  test('a .tar.lzma of legacy .lzma data: pip reads it, sdist-guard says it did not', async () => {
    const data = pyCompress('lzma', tar);
    expect(pipUnpack('c-1.tar.lzma', data).error).toBeUndefined();
    expect((await readSdist('c-1.tar.lzma', data)).error).toBe('not analyzed: c-1.tar.lzma holds legacy .lzma data, which pip\'s tarfile reads but sdist-guard does not');
  });

  test('a .tar.lz of lzip data: pip cannot unpack it, and it is not analyzed either', async () => {
    const data = concat([enc.encode('LZIP\x01'), new Uint8Array(40)]);
    expect(pipUnpack('c-1.tar.lz', data).error).toBeDefined();
    expect((await readSdist('c-1.tar.lz', data)).error).toMatch(/^c-1\.tar\.lz: neither xz nor \.lzma data \(it is lzip data\)$/);
  });

  test('bzip2 and xz read in pieces of every size give the same files', async () => {
    for (const [name, data] of [
      ['c-1.tar.bz2', pyCompress('bz2', tar)],
      ['c-1.tar.xz', pyCompress('xz', tar)],
    ] as const) {
      for (const size of [1, 777, 1 << 20]) {
        async function* pieces(): AsyncGenerator<Uint8Array> {
          for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
        }
        const ours = await readSdist(name, pieces());
        expect(ours.error).toBeUndefined();
        expect(ours.files.get('pkg/__init__.py')).toBe('x = 1\n'.repeat(5000));
      }
    }
  });

  test('truncated and corrupt bzip2 and xz data are errors, never a clean read', async () => {
    for (const [name, data] of [
      ['c-1.tar.bz2', pyCompress('bz2', tar)],
      ['c-1.tar.xz', pyCompress('xz', tar)],
    ] as const) {
      const cut = await readSdist(name, data.subarray(0, Math.floor(data.length / 2)));
      expect(cut.error).toMatch(/truncated|corrupt/);
      const bad = new Uint8Array(data);
      bad.fill(0x55, 60, 90);
      expect((await readSdist(name, bad)).error).toMatch(/corrupt|truncated|not a tar/);
    }
  });

  test('a bzip2 or xz bomb stops at the inflation limit', async () => {
    const big = new Uint8Array(40 * 1024 * 1024);
    const bombTar = concat([makeTar([{ name: 'b-1/setup.py', content: HARMLESS }], { end: false }), raw({ name: 'b-1/zeros.bin', size: big.length }), big, END]);
    for (const [name, data] of [
      ['b-1.tar.bz2', pyCompress('bz2', bombTar)],
      ['b-1.tar.xz', pyCompress('xz', bombTar)],
    ] as const) {
      const r = await readSdist(name, data, { maxInflatedBytes: 8 * 1024 * 1024 });
      expect(r.limits.join('\n')).toMatch(/inflates past 8 MiB \(maxInflatedBytes\)|maxRatio/);
    }
  });
});

function unicodePathExtra(headerName: string, unicodeName: string): Uint8Array {
  const name = enc.encode(unicodeName);
  const data = new Uint8Array(4 + 5 + name.length);
  const dv = new DataView(data.buffer);
  dv.setUint16(0, 0x7075, true);
  dv.setUint16(2, 5 + name.length, true);
  data[4] = 1;
  dv.setUint32(5, crc32(enc.encode(headerName)), true);
  data.set(name, 9);
  return data;
}

maybe('zip constructs, read against pip', () => {
  test('a symbolic link entry: pip writes a file holding the target, and so do we', async () => {
    const zip = makeRawZip([
      { name: 'z-1/setup.py', content: HARMLESS },
      { name: 'z-1/build.py', content: '/etc/passwd', mode: 0o120777, method: 0 },
    ]);
    const ours = await readSdist('z-1.zip', zip);
    expectSameBuildFiles(ours, pipUnpack('z-1.zip', zip));
    expect(ours.files.get('build.py')).toBe('/etc/passwd');
    expect({ findings: ours.findings, limits: ours.limits }).toEqual({ findings: [], limits: [] });
  });

  test('a Unicode Path extra field that renames setup.py: Python versions disagree, and it is a finding', async () => {
    const zip = makeRawZip([
      { name: 'z-1/setup.py', content: HARMLESS },
      { name: 'z-1/notes.txt', content: PAYLOAD, extra: unicodePathExtra('z-1/notes.txt', 'z-1/setup.py') },
    ]);
    const pip = pipUnpack('z-1.zip', zip);
    const ours = await readSdist('z-1.zip', zip);
    const [major, minor] = pip.python.split('.').map(Number);
    // Python 3.12 and later honour the field (the payload becomes setup.py); 3.11 and older do not.
    const honoured = major! > 3 || (major === 3 && minor! >= 12);
    expect(text(pip.files.get('setup.py'))).toBe(honoured ? PAYLOAD : HARMLESS);
    expect(ours.files.get('setup.py')).toBe(PAYLOAD);
    expect(ours.findings.map((f) => f.message).join('\n')).toMatch(/Unicode Path extra field naming it z-1\/setup\.py: Python 3\.12 and later/);
  });

  test('a Unicode Path extra field that repeats the header name is harmless', async () => {
    const zip = makeRawZip([{ name: 'z-1/setup.py', content: HARMLESS, extra: unicodePathExtra('z-1/setup.py', 'z-1/setup.py') }]);
    const ours = await readSdist('z-1.zip', zip);
    expectSameBuildFiles(ours, pipUnpack('z-1.zip', zip));
    expect({ findings: ours.findings, limits: ours.limits }).toEqual({ findings: [], limits: [] });
  });

  test('a zip whose local header names another file than its central directory: pip refuses it, and it is a finding', async () => {
    const zip = makeRawZip([
      { name: 'z-1/PKG-INFO', content: 'Metadata-Version: 2.1\nName: z\nVersion: 1\n' },
      { name: 'z-1/setup.py', content: HARMLESS, localName: 'z-1/setup.pz' },
    ]);
    expect(pipUnpack('z-1.zip', zip).error).toMatch(/BadZipFile/);
    const ours = await readSdist('z-1.zip', zip);
    expect(ours.findings.map((f) => f.message).join('\n')).toMatch(/local header names z-1\/setup\.pz/);
  });
});
