import { randomBytes } from 'node:crypto';
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';
import { readSdist, type SdistContents } from '../src/archive/index.js';
import { chunked, concat, gzip, makeSdist, makeTar, makeZip, tarBody, tarHeader, type TarEntry } from './helpers/archives.js';

const MiB = 1024 * 1024;
const tgz = (entries: TarEntry[]): Uint8Array => gzip(makeTar(entries));
const files = (r: SdistContents): string[] => [...r.files.keys()].sort();

describe('ordinary sdists', () => {
  test('a tar.gz sdist: build-time files kept, leading directory stripped, everything listed', async () => {
    const { filename, data } = makeSdist('Demo-Pkg', '1.0', {
      'pyproject.toml': '[build-system]\nrequires = ["setuptools"]\n',
      'setup.cfg': '[metadata]\nname = demo\n',
      'VERSION': '1.0\n',
      'LICENSE': 'x'.repeat(70 * 1024),
      'README.md': '# demo\n',
      'demo/__init__.py': 'from .core import run\n',
      'demo/core.py': 'def run(): pass\n',
      'demo/gui.pyw': 'import tkinter\n',
      'demo/data/NOTES': 'not top level\n',
      'docs/conf.py': 'project = "demo"\n',
      'demo/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    });
    expect(filename).toBe('demo_pkg-1.0.tar.gz');
    const r = await readSdist(filename, data);
    expect(r.error).toBeUndefined();
    expect(r.limits).toEqual([]);
    expect(files(r)).toEqual([
      'PKG-INFO', 'VERSION', 'demo/__init__.py', 'demo/core.py', 'demo/gui.pyw', 'docs/conf.py',
      'pyproject.toml', 'setup.cfg', 'setup.py',
    ]);
    expect(r.files.get('setup.py')).toBe('from setuptools import setup\nsetup(name="Demo-Pkg", version="1.0")\n');
    expect(r.entries).toEqual([
      'PKG-INFO', 'setup.py', 'pyproject.toml', 'setup.cfg', 'VERSION', 'LICENSE', 'README.md',
      'demo/__init__.py', 'demo/core.py', 'demo/gui.pyw', 'demo/data/NOTES', 'docs/conf.py', 'demo/logo.png',
    ]);
  });

  test('a plain .tar and a .tgz read the same', async () => {
    const entries: TarEntry[] = [
      { name: 'p-1/', type: '5' },
      { name: 'p-1/setup.py', content: 'print(1)\n' },
    ];
    for (const [name, data] of [['p-1.tar', makeTar(entries)], ['p-1.tgz', tgz(entries)], ['P-1.TAR.GZ', tgz(entries)]] as const) {
      const r = await readSdist(name, data);
      expect(r.error).toBeUndefined();
      expect([...r.files]).toEqual([['setup.py', 'print(1)\n']]);
    }
  });

  test('long names (pax headers) are read whole', async () => {
    const deep = `p-1/${'d'.repeat(60)}/${'e'.repeat(60)}/mod.py`;
    const r = await readSdist('p-1.tar.gz', tgz([{ name: deep, content: 'x = 1\n' }, { name: 'p-1/setup.py', content: '' }]));
    expect(r.files.get(deep.slice(4))).toBe('x = 1\n');
  });

  test('GNU long-name headers are read whole', async () => {
    const long = `p-1/${'n'.repeat(120)}.py`;
    const tar = concat([
      tarHeader('././@LongLink', long.length + 1, 'L'),
      tarBody(long + '\0'),
      tarHeader(long.slice(0, 100), 6, '0'),
      tarBody('y = 2\n'),
      new Uint8Array(1024),
    ]);
    const r = await readSdist('p-1.tar', tar);
    expect(r.error).toBeUndefined();
    expect([...r.files]).toEqual([[long.slice(4), 'y = 2\n']]);
  });
});

describe('leading directory', () => {
  test('not stripped when the top directories differ', async () => {
    const r = await readSdist('x.tar.gz', tgz([{ name: 'a/setup.py', content: '1' }, { name: 'b/setup.py', content: '2' }]));
    expect(files(r)).toEqual(['a/setup.py', 'b/setup.py']);
  });

  test('not stripped when files sit at the top', async () => {
    const r = await readSdist('x.tar.gz', tgz([{ name: 'setup.py', content: '1' }, { name: 'pkg/__init__.py', content: '' }]));
    expect(files(r)).toEqual(['pkg/__init__.py', 'setup.py']);
  });

  test('a `./` prefix is what pip strips, leaving the project directory in place', async () => {
    const r = await readSdist(
      'x.tar.gz',
      tgz([{ name: './', type: '5' }, { name: './p-1/', type: '5' }, { name: './p-1/setup.py', content: '1' }, { name: './p-1/VERSION', content: '1' }]),
    );
    // pip would find no setup.py at the root of this one; the names say so.
    expect(files(r)).toEqual(['p-1/setup.py']);
  });
});

describe('refused entries', () => {
  test('`..`, absolute, drive and backslash names are skipped and named', async () => {
    const r = await readSdist(
      'evil-1.tar.gz',
      tgz([
        { name: 'evil-1/setup.py', content: 'ok = 1\n' },
        { name: '../../etc/passwd', content: 'root' },
        { name: '/etc/cron.d/evil.py', content: 'x' },
        { name: 'evil-1/a/../../../up.py', content: 'x' },
        { name: 'C:/Windows/evil.py', content: 'x' },
        { name: 'evil-1\\..\\..\\win.py', content: 'x' },
      ]),
    );
    expect(r.error).toBeUndefined();
    expect(r.limits).toEqual([
      'entry ../../etc/passwd: path leaves the archive, skipped',
      'entry /etc/cron.d/evil.py: absolute path, skipped',
      'entry evil-1/a/../../../up.py: path leaves the archive, skipped',
      'entry C:/Windows/evil.py: Windows drive path, skipped',
      'entry evil-1\\..\\..\\win.py: name contains a backslash, skipped',
    ]);
    // The refused names count for pip's leading-directory decision: here they break it.
    expect([...r.files]).toEqual([['evil-1/setup.py', 'ok = 1\n']]);
    expect(r.entries).toEqual(['evil-1/setup.py']);
  });

  test('links that leave the sdist are never followed', async () => {
    const r = await readSdist(
      'l-1.tar.gz',
      tgz([
        { name: 'l-1/setup.py', content: 'print(1)\n' },
        { name: 'l-1/conf.py', type: '2', linkname: '../../../../etc/passwd' },
        { name: 'l-1/hard.py', type: '1', linkname: '/etc/shadow' },
        { name: 'l-1/up.py', type: '2', linkname: '../setup.py' },
        { name: 'l-1/docs/abs', type: '2', linkname: '/usr/share/doc' },
        { name: 'l-1/win.py', type: '2', linkname: 'C:/Windows/evil.py' },
      ]),
    );
    expect(r.limits).toEqual([
      'entry l-1/conf.py: symbolic link to ../../../../etc/passwd, skipped',
      'entry l-1/hard.py: hard link to /etc/shadow, skipped',
      // leading directory stripped, as pip unpacks: `..` from the sdist root leaves it
      'entry l-1/up.py: symbolic link to ../setup.py, skipped',
      'entry l-1/docs/abs: symbolic link to /usr/share/doc, skipped',
      'entry l-1/win.py: symbolic link to C:/Windows/evil.py, skipped',
    ]);
    expect(files(r)).toEqual(['setup.py']);
    expect(r.entries).toEqual(['setup.py']);
  });

  test('links inside the sdist show what extraction puts at their names', async () => {
    const r = await readSdist(
      'l-1.tar.gz',
      tgz([
        { name: 'l-1/setup.py', content: 'import helper\n' },
        // a link may come before its target
        { name: 'l-1/helper.py', type: '2', linkname: 'src/helper_impl.py' },
        { name: 'l-1/src/helper_impl.py', content: 'X = 1\n' },
        { name: 'l-1/docs/README.rst', type: '2', linkname: '../README.rst' },
        { name: 'l-1/README.rst', content: 'readme\n' },
        { name: 'l-1/VERSION', type: '2', linkname: 'src/version.txt' },
        { name: 'l-1/src/version.txt', content: '1.0\n' },
        { name: 'l-1/tool', type: '2', linkname: 'src/helper_impl.py' },
        { name: 'l-1/same.py', type: '1', linkname: 'l-1/src/helper_impl.py' },
        { name: 'l-1/chain.py', type: '2', linkname: 'helper.py' },
      ]),
    );
    expect(r.limits).toEqual([]);
    expect(r.files.get('helper.py')).toBe('X = 1\n');
    expect(r.files.get('same.py')).toBe('X = 1\n');
    expect(r.files.get('chain.py')).toBe('X = 1\n');
    // an extension-less name at the top is kept like a regular file of that name
    expect(r.files.get('tool')).toBe('X = 1\n');
    // a link to a file this reader did not keep: nothing build-time by its own name either
    expect(r.files.has('VERSION')).toBe(false);
    expect(r.files.has('docs/README.rst')).toBe(false);
    expect([...r.entries].sort()).toEqual(
      ['README.rst', 'VERSION', 'chain.py', 'docs/README.rst', 'helper.py', 'same.py', 'setup.py', 'src/helper_impl.py', 'src/version.txt', 'tool'].sort(),
    );
  });

  test('a linked directory shows its files under the link, one level deep, loops included', async () => {
    const r = await readSdist(
      'l-1.tar.gz',
      tgz([
        { name: 'l-1/setup.py', content: 'import pkg.vendored.mod\n' },
        { name: 'l-1/pkg/__init__.py', content: '' },
        { name: 'l-1/pkg/vendored', type: '2', linkname: '../third_party/lib' },
        { name: 'l-1/third_party/lib/mod.py', content: 'Y = 2\n' },
        { name: 'l-1/third_party/lib/notes.txt', content: 'n\n' },
        { name: 'l-1/docs/docs', type: '2', linkname: '../docs' },
        { name: 'l-1/docs/conf.py', content: 'project = "l"\n' },
        { name: 'l-1/tests/root', type: '2', linkname: '..' },
      ]),
    );
    expect(r.limits).toEqual([]);
    expect(r.files.get('tests/root/setup.py')).toBe('import pkg.vendored.mod\n');
    expect(r.files.get('pkg/vendored/mod.py')).toBe('Y = 2\n');
    expect(r.entries).toContain('pkg/vendored/notes.txt');
    expect(r.files.get('docs/docs/conf.py')).toBe('project = "l"\n');
    expect(r.files.has('docs/docs/docs/conf.py')).toBe(false);
  });

  test('a link named like build-time code whose content was not read is a limit', async () => {
    const r = await readSdist(
      'l-1.tar.gz',
      tgz([
        { name: 'l-1/setup.py', content: 'import helper\n' },
        { name: 'l-1/helper.py', type: '2', linkname: 'data/blob.bin' },
        { name: 'l-1/data/blob.bin', content: 'import os\n' },
        { name: 'l-1/gone.py', type: '2', linkname: 'nowhere.py' },
        { name: 'l-1/a.py', type: '2', linkname: 'b.py' },
        { name: 'l-1/b.py', type: '2', linkname: 'a.py' },
        { name: 'l-1/docs/gone.txt', type: '2', linkname: 'nowhere.txt' },
      ]),
    );
    expect(r.limits).toEqual([
      'entry l-1/helper.py: symbolic link to data/blob.bin, whose content was not read, skipped',
      'entry l-1/gone.py: symbolic link to nowhere.py, which is not in the archive, skipped',
      'entry l-1/a.py: symbolic link to b.py, skipped',
      'entry l-1/b.py: symbolic link to a.py, skipped',
    ]);
    expect(files(r)).toEqual(['setup.py']);
  });

  test('a file after a link of the same name replaces it, as extraction would', async () => {
    const r = await readSdist(
      'l-1.tar.gz',
      tgz([
        { name: 'l-1/setup.py', content: 'print(1)\n' },
        { name: 'l-1/conf.py', type: '2', linkname: '/etc/passwd' },
        { name: 'l-1/conf.py', content: 'C = 1\n' },
      ]),
    );
    expect(r.limits).toEqual([]);
    expect(r.files.get('conf.py')).toBe('C = 1\n');
  });

  test('macOS AppleDouble `._` files beside the sources are metadata, not code', async () => {
    const appleDouble = new Uint8Array([0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00, 0x4d, 0x61, 0x63, 0x20, 0x4f, 0x53, 0x20, 0x58]);
    const r = await readSdist(
      'm-1.tar.gz',
      tgz([
        { name: 'm-1/setup.py', content: 'print(1)\n' },
        { name: 'm-1/._setup.py', content: appleDouble },
        { name: 'm-1/._notes.py', content: 'not AppleDouble = 1\n' },
      ]),
    );
    expect(r.limits).toEqual([]);
    expect(files(r)).toEqual(['._notes.py', 'setup.py']);
    expect(r.entries).toContain('._setup.py');
  });

  test('a link replacing a file takes the kept file with it, as extraction would', async () => {
    const r = await readSdist(
      'l-1.tar.gz',
      tgz([
        { name: 'l-1/setup.py', content: 'print(1)\n' },
        { name: 'l-1/setup.py', type: '2', linkname: '/tmp/elsewhere.py' },
      ]),
    );
    expect(r.files.has('setup.py')).toBe(false);
    expect(r.limits).toEqual(['entry l-1/setup.py: symbolic link to /tmp/elsewhere.py, skipped']);
  });

  test('devices and fifos', async () => {
    const r = await readSdist(
      'd-1.tar',
      makeTar([
        { name: 'd-1/setup.py', content: '' },
        { name: 'd-1/tty', type: '3' },
        { name: 'd-1/disk', type: '4' },
        { name: 'd-1/pipe', type: '6' },
      ]),
    );
    expect(r.limits).toEqual([
      'entry d-1/tty: character device, skipped',
      'entry d-1/disk: block device, skipped',
      'entry d-1/pipe: fifo, skipped',
    ]);
  });

  test('a type Python does not know is a limit; a GNU sparse build file is a finding', async () => {
    const r = await readSdist(
      's-1.tar',
      makeTar([
        { name: 's-1/setup.py', content: '' },
        { name: 's-1/x.py', type: 'S' as TarEntry['type'] },
        { name: 's-1/y.py', type: 'Z' as TarEntry['type'] },
      ]),
    );
    expect(r.limits).toEqual(['entry s-1/y.py: tar entry of unknown type "Z", skipped']);
    expect(r.findings.map((f) => f.message)).toEqual([
      's-1/x.py is a GNU sparse member: Python rebuilds its content from a map, plain readers take the stored bytes',
    ]);
  });

  test('control characters in names are escaped in notes', async () => {
    const r = await readSdist('c-1.tar', makeTar([{ name: '../x\n\u001b[31m.py', content: '' }]));
    expect(r.limits).toEqual(['entry ../x\\x0a\\x1b[31m.py: path leaves the archive, skipped']);
  });

  test('a flood of refused entries is listed up to a bound, and counted beyond it', async () => {
    const entries: TarEntry[] = Array.from({ length: 300 }, (_, i) => ({ name: `../f${i}`, content: '' }));
    const r = await readSdist('f-1.tar', makeTar(entries));
    expect(r.limits).toHaveLength(201);
    expect(r.limits[0]).toBe('entry ../f0: path leaves the archive, skipped');
    expect(r.limits[200]).toBe('100 more limit notes were not listed');
  });

  test('a damaged header inside the archive ends it for Python; members after it are a finding', async () => {
    const bad = tarHeader('b-1/hidden.py', 4, '0');
    bad[148] = 0x37; // checksum no longer adds up
    const tar = concat([
      tarHeader('b-1/setup.py', 2, '0'), tarBody('ok'),
      bad, tarBody('evil'),
      tarHeader('b-1/after.py', 1, '0'), tarBody('z'),
      new Uint8Array(1024),
    ]);
    const r = await readSdist('b-1.tar', tar);
    expect(r.error).toBeUndefined();
    expect(r.limits).toEqual([]);
    expect(r.files.get('setup.py')).toBe('ok');
    expect(r.files.has('after.py')).toBe(false);
    expect(r.findings.map((f) => f.message)).toEqual([
      'b-1/after.py comes after a damaged header (bad checksum), where pip stops reading the tar; readers that go on unpack a file pip does not have',
    ]);
  });
});

describe('duplicates and sizes', () => {
  test('a duplicate setup.py: the last copy wins, and different copies are a finding', async () => {
    const r = await readSdist(
      'dup-1.tar.gz',
      tgz([
        { name: 'dup-1/setup.py', content: 'harmless()\n' },
        { name: 'dup-1/README', content: 'r' },
        { name: 'dup-1/setup.py', content: 'import os; os.system("evil")\n' },
      ]),
    );
    expect(r.files.get('setup.py')).toBe('import os; os.system("evil")\n');
    expect(r.limits).toEqual([]);
    expect(r.findings.map((f) => f.message)).toEqual([
      'dup-1/setup.py appears twice with different content: pip unpacks the last copy, readers that take the first see the other',
    ]);
    expect(r.findings.map((f) => f.path)).toEqual(['setup.py']);
    expect(r.entries).toEqual(['setup.py', 'README']);
  });

  test('identical duplicates are harmless: no finding, no limit', async () => {
    const r = await readSdist('dup-1.tar.gz', tgz([{ name: 'dup-1/setup.py', content: 'x = 1\n' }, { name: 'dup-1/setup.py', content: 'x = 1\n' }]));
    expect(r.limits).toEqual([]);
    expect(r.findings).toEqual([]);
  });

  test('an oversized setup.py is not kept, and that is noted; smaller files still are', async () => {
    const r = await readSdist(
      'big-1.tar.gz',
      tgz([
        { name: 'big-1/setup.py', content: '#'.repeat(2000) },
        { name: 'big-1/small.py', content: 'x = 1\n' },
      ]),
      { maxFileBytes: 1000 },
    );
    expect(r.files.has('setup.py')).toBe(false);
    expect(r.files.get('small.py')).toBe('x = 1\n');
    expect(r.limits).toEqual(['entry big-1/setup.py: 2000 bytes is over the 1000 bytes limit for one file (maxFileBytes), not kept']);
    expect(r.entries).toContain('setup.py');
  });

  test('a file at exactly maxFileBytes is kept', async () => {
    const r = await readSdist('e-1.tar', makeTar([{ name: 'e-1/setup.py', content: '#'.repeat(1000) }]), { maxFileBytes: 1000 });
    expect(r.files.get('setup.py')).toHaveLength(1000);
    expect(r.limits).toEqual([]);
  });

  test('kept files stop at maxKeptBytes', async () => {
    const r = await readSdist(
      'k-1.tar',
      makeTar([1, 2, 3].map((i) => ({ name: `k-1/m${i}.py`, content: String(i).repeat(400) }))),
      { maxKeptBytes: 1000 },
    );
    expect(files(r)).toEqual(['m1.py', 'm2.py']);
    expect(r.limits).toEqual(['entry k-1/m3.py: kept files would pass 1000 bytes (maxKeptBytes), not kept']);
  });
});

describe('hard limits', () => {
  test('a gzip bomb stops at the ratio', async () => {
    const data = tgz([
      { name: 'bomb-1/setup.py', content: 'x = 1\n' },
      { name: 'bomb-1/zeros.bin', content: new Uint8Array(40 * MiB) },
      { name: 'bomb-1/after.py', content: 'never read\n' },
    ]);
    expect(data.length).toBeLessThan(100_000);
    const r = await readSdist('bomb-1.tar.gz', data);
    expect(r.error).toBeUndefined();
    expect(r.limits).toHaveLength(1);
    expect(r.limits[0]).toMatch(/^entry bomb-1\/zeros\.bin: archive inflates to more than 200 times its compressed size \(\d+ bytes from \d+; maxRatio\), reading stopped$/);
    expect(r.files.get('setup.py')).toBe('x = 1\n');
    expect(r.files.has('after.py')).toBe(false);
  });

  test('well-compressed data under the ratio floor is not a bomb', async () => {
    const r = await readSdist('z-1.tar.gz', tgz([{ name: 'z-1/setup.py', content: '' }, { name: 'z-1/zeros.bin', content: new Uint8Array(8 * MiB) }]));
    expect(r.limits).toEqual([]);
  });

  test('the absolute inflated limit', async () => {
    const r = await readSdist(
      'inf-1.tar.gz',
      tgz([{ name: 'inf-1/setup.py', content: '' }, { name: 'inf-1/noise.bin', content: randomBytes(300 * 1024) }, { name: 'inf-1/late.py', content: '' }]),
      { maxInflatedBytes: 200 * 1024 },
    );
    expect(r.limits).toEqual(['entry inf-1/noise.bin: archive inflates past 200 KiB (maxInflatedBytes), reading stopped']);
    expect(r.files.has('late.py')).toBe(false);
  });

  test('100,000 entries stop at the entry limit', async () => {
    const entries: TarEntry[] = [{ name: 'many-1/setup.py', content: '' }];
    for (let i = 0; i < 100_000; i++) entries.push({ name: `many-1/d/${i}`, content: '' });
    const r = await readSdist('many-1.tar.gz', tgz(entries));
    expect(r.error).toBeUndefined();
    expect(r.limits).toEqual(['entry many-1/d/49999: more than 50000 entries (maxEntries), reading stopped']);
    expect(r.entries).toHaveLength(50_000);
  });

  test('an archive with exactly maxEntries entries is complete', async () => {
    const r = await readSdist('few-1.tar', makeTar([1, 2, 3].map((i) => ({ name: `few-1/m${i}.py`, content: '' }))), { maxEntries: 3 });
    expect(r.limits).toEqual([]);
    expect(files(r)).toEqual(['m1.py', 'm2.py', 'm3.py']);
  });

  test('the download limit stops reading and cancels the stream', async () => {
    const data = tgz([{ name: 'dl-1/setup.py', content: '' }, { name: 'dl-1/noise.bin', content: randomBytes(400 * 1024) }]);
    let pulled = 0;
    let closed = false;
    async function* stream(): AsyncGenerator<Uint8Array> {
      try {
        for await (const c of chunked(data, 16 * 1024)) {
          pulled++;
          yield c;
        }
      } finally {
        closed = true;
      }
    }
    const r = await readSdist('dl-1.tar.gz', stream(), { maxDownloadBytes: 100 * 1024 });
    expect(r.error).toBeUndefined();
    expect(r.limits).toEqual(['archive: more than 100 KiB to download (maxDownloadBytes), reading stopped']);
    expect(closed).toBe(true);
    expect(pulled).toBeLessThan(10);
  });

  test('a limit that is not a positive number is refused', async () => {
    await expect(readSdist('x-1.tar', makeTar([]), { maxEntries: 0 })).rejects.toThrow(/maxEntries must be a positive number/);
  });
});

describe('unreadable archives', () => {
  const sdist = makeSdist('t', '1.0', { 'mod.py': 'x = 1\n'.repeat(500) });

  test('a tar.gz cut short', async () => {
    const cut = sdist.data.subarray(0, Math.floor(sdist.data.length / 2));
    const r = await readSdist(sdist.filename, cut);
    expect(r.error).toBe(`t-1.0.tar.gz: archive is truncated at byte ${cut.length} (the gzip data ends early)`);
  });

  test('a tar cut in the middle of a file', async () => {
    const tar = makeTar([{ name: 't-1/setup.py', content: 'x'.repeat(2000) }], { end: false }).subarray(0, 1536);
    const r = await readSdist('t-1.tar', tar);
    expect(r.error).toBe('t-1.tar: archive is truncated at byte 1536');
    expect(r.files.size).toBe(0);
  });

  test('a tar cut in the middle of a header', async () => {
    const tar = makeTar([{ name: 't-1/a.py', content: 'a' }, { name: 't-1/b.py', content: 'b' }], { end: false }).subarray(0, 1024 + 300);
    expect((await readSdist('t-1.tar', tar)).error).toBe('t-1.tar: archive is truncated at byte 1324');
  });

  test('a tar cut in the middle, inside valid gzip', async () => {
    const tar = makeTar([{ name: 't-1/setup.py', content: 'x'.repeat(2000) }], { end: false }).subarray(0, 1536);
    expect((await readSdist('t-1.tar.gz', gzip(tar))).error).toBe('t-1.tar.gz: archive is truncated at byte 1536 of the tar inside its gzip data');
  });

  test('a tar ending after a whole entry without the end marker is read, as Python reads it', async () => {
    const tar = makeTar([{ name: 't-1/setup.py', content: 'ok' }], { end: false });
    const r = await readSdist('t-1.tar', tar);
    expect(r.error).toBeUndefined();
    expect(r.files.get('setup.py')).toBe('ok');
  });

  test('a .tar.gz that is not gzip', async () => {
    const tar = makeTar([{ name: 't-1/setup.py', content: '' }]);
    expect((await readSdist('t-1.tar.gz', tar)).error).toBe('t-1.tar.gz: not gzip data (it is an uncompressed tar archive)');
    expect((await readSdist('t-1.tar.gz', new TextEncoder().encode('<!DOCTYPE html>'))).error).toBe(
      't-1.tar.gz: not gzip data (its first bytes are 3c 21 44 4f 43 54 59 50)',
    );
    expect((await readSdist('t-1.tar.gz', new Uint8Array(0))).error).toBe('t-1.tar.gz: archive is empty');
  });

  test('gzip data that is not a tar, or gzip inside gzip', async () => {
    expect((await readSdist('t-1.tar.gz', gzip(new TextEncoder().encode('hello world'.repeat(100))))).error).toBe(
      't-1.tar.gz: the gzip data is not a tar archive (its first bytes are 68 65 6c 6c 6f 20 77 6f)',
    );
    const twice = gzip(gzip(makeTar([{ name: 't-1/setup.py', content: '' }])));
    expect((await readSdist('t-1.tar.gz', twice)).error).toMatch(/^t-1\.tar\.gz: the gzip data is not a tar archive \(only \d+ bytes; it is gzip data\)$/);
    const bigTwice = gzip(gzip(makeTar([{ name: 't-1/setup.py', content: randomBytes(4096) }])));
    expect((await readSdist('t-1.tar.gz', bigTwice)).error).toBe('t-1.tar.gz: the gzip data is not a tar archive (it is gzip data)');
  });

  test('corrupt gzip data', async () => {
    const data = new Uint8Array(sdist.data);
    data.fill(0xaa, 40, 80);
    expect((await readSdist(sdist.filename, data)).error).toMatch(/^t-1\.0\.tar\.gz: gzip data is corrupt between bytes 10 and \d+ \(.+\)$/);
  });

  test('bytes after the end of the tar are never read, as Python never reads them', async () => {
    const data = concat([sdist.data, new TextEncoder().encode('trailing junk')]);
    const r = await readSdist(sdist.filename, data);
    expect(r.error).toBeUndefined();
    expect(r.files.has('mod.py')).toBe(true);
  });

  test('past the end marker nothing counts against the limits: pip reads nothing there', async () => {
    const tar = concat([makeTar([{ name: 'z-1/setup.py', content: 'x = 1\n' }]), new Uint8Array(2 * 1024 * 1024)]);
    const r = await readSdist('z-1.tar.gz', gzip(tar), { maxInflatedBytes: 512 * 1024 });
    expect(r.error).toBeUndefined();
    expect({ limits: r.limits, findings: r.findings }).toEqual({ limits: [], findings: [] });
    expect(r.files.get('setup.py')).toBe('x = 1\n');
  });

  test('gzip in several members with zero padding reads as one stream, as Python reads it', async () => {
    const tar = makeTar([{ name: 'm-1/setup.py', content: 'a'.repeat(3000) }, { name: 'm-1/b.py', content: 'b' }]);
    const data = concat([gzip(tar.subarray(0, 700)), new Uint8Array(100), gzip(tar.subarray(700)), new Uint8Array(512)]);
    for (const sizes of [1, 333, 1 << 20]) {
      const r = await readSdist('m-1.tar.gz', chunked(data, sizes));
      expect(r.error).toBeUndefined();
      expect(r.files.get('setup.py')).toBe('a'.repeat(3000));
      expect(r.files.get('b.py')).toBe('b');
    }
  });

  test('gzip headers with extra field, file name and comment', async () => {
    const tar = makeTar([{ name: 'h-1/setup.py', content: 'x = 1\n' }]);
    const header = concat([
      new Uint8Array([0x1f, 0x8b, 8, 0x1c, 0, 0, 0, 0, 0, 3, 4, 0]),
      new TextEncoder().encode('abcdh-1.tar\0a comment\0'),
    ]);
    const trailer = new Uint8Array(8);
    new DataView(trailer.buffer).setUint32(0, crc32(tar), true);
    new DataView(trailer.buffer).setUint32(4, tar.length, true);
    const data = concat([header, new Uint8Array(deflateRawSync(tar)), trailer]);
    for (const sizes of [1, 5, 4096]) {
      const r = await readSdist('h-1.tar.gz', chunked(data, sizes));
      expect(r.error).toBeUndefined();
      expect(r.files.get('setup.py')).toBe('x = 1\n');
    }
  });

  test('a gzip member header that is not one, before the tar ends', async () => {
    const tar = makeTar([{ name: 'j-1/setup.py', content: 'a'.repeat(3000) }]);
    const data = concat([gzip(tar.subarray(0, 1024)), new TextEncoder().encode('JUNKJUNK')]);
    const r = await readSdist('j-1.tar.gz', data);
    expect(r.error).toBe(`j-1.tar.gz: gzip data is corrupt at byte ${gzip(tar.subarray(0, 1024)).length} (not a gzip member header)`);
  });

  test('a tar.gz with a zip appended is what pip would unpack as a zip: a limit', async () => {
    const zip = makeZip({ 't-1.0/setup.py': 'import os; os.system("evil")\n' });
    const r = await readSdist(sdist.filename, chunked(concat([sdist.data, zip]), 1000));
    expect(r.error).toBeUndefined();
    expect(r.files.get('setup.py')).toContain('from setuptools import setup');
    expect(r.limits).toEqual([
      'archive: t-1.0.tar.gz ends with a zip directory; pip checks for one before reading a tar and would unpack the zip instead of the tar read here',
    ]);
  });

  test('a .tar.gz that is a zip', async () => {
    expect((await readSdist('t-1.tar.gz', makeZip({ 'setup.py': '' }))).error).toBe('t-1.tar.gz: not gzip data (it is a zip archive)');
  });

  test('unknown gzip compression method', async () => {
    const data = new Uint8Array(sdist.data);
    data[2] = 7;
    expect((await readSdist(sdist.filename, data)).error).toBe('t-1.0.tar.gz: gzip data is corrupt at byte 0 (unknown gzip compression method 7)');
  });

  test('a missing gzip trailer after the end of the tar is harmless', async () => {
    const r = await readSdist(sdist.filename, sdist.data.subarray(0, sdist.data.length - 4));
    expect(r.error).toBeUndefined();
    expect(r.files.has('mod.py')).toBe(true);
  });

  test.each(['.tar.bz2', '.tbz', '.tar.xz', '.txz', '.tlz', '.tar.lz', '.tar.lzma'])('%s that holds other data is refused as pip would', async (ext) => {
    const r = await readSdist(`p-1.0${ext}`, tgz([{ name: 'p-1.0/setup.py', content: '' }]));
    expect(r.error).toMatch(/^p-1\.0\.t\S+: (not bzip2 data|neither xz nor \.lzma data) \(it is gzip data\)$/);
  });

  test('.tbz2 and .tar.zst are not archives pip unpacks', async () => {
    for (const ext of ['.tbz2', '.tar.zst']) {
      let started = false;
      async function* stream(): AsyncGenerator<Uint8Array> {
        started = true;
        yield new Uint8Array([0x42, 0x5a, 0x68]);
      }
      const r = await readSdist(`p-1.0${ext}`, stream());
      expect(r).toEqual({ files: new Map(), limits: [], entries: [], findings: [], error: `not analyzed: unsupported archive format ${ext}` });
      expect(started).toBe(false);
    }
  });

  test('a name that is no archive', async () => {
    expect((await readSdist('p-1.whl', new Uint8Array([1]))).error).toMatch(/^not analyzed: p-1\.whl is not named like an sdist/);
  });

  test('a .tar that is really gzip is read as pip reads it (tarfile mode "r" detects the compression)', async () => {
    const r = await readSdist('g-1.tar', tgz([{ name: 'g-1/setup.py', content: 'x' }]));
    expect(r.error).toBeUndefined();
    expect(r.files.get('setup.py')).toBe('x');
    expect(r.limits).toEqual([]);
  });
});

describe('decoding kept files', () => {
  test('PEP 263 cookies, BOMs, CRLF; doubtful Python sources are noted', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('# coding: latin-1\nx = "'), 0xe9, 0x22, 0x0a]);
    const r = await readSdist(
      'enc-1.tar.gz',
      tgz([
        { name: 'enc-1/setup.py', content: 'import os\r\nos.getcwd()\r\n' },
        { name: 'enc-1/latin.py', content: latin1 },
        { name: 'enc-1/bom.py', content: new Uint8Array([0xef, 0xbb, 0xbf, 0x61]) },
        { name: 'enc-1/bad.py', content: new Uint8Array([0x61, 0xff]) },
        { name: 'enc-1/nul.py', content: 'a\0b' },
        { name: 'enc-1/wide.py', content: new Uint8Array([0xff, 0xfe, 0x61, 0x00]) },
        { name: 'enc-1/bad.cfg', content: new Uint8Array([0x61, 0xff]) },
        { name: 'enc-1/BLOB', content: new Uint8Array([0x00, 0x01, 0x02]) },
      ]),
    );
    expect(r.files.get('setup.py')).toBe('import os\r\nos.getcwd()\r\n');
    expect(r.files.get('latin.py')).toBe('# coding: latin-1\nx = "é"\n');
    expect(r.files.get('bom.py')).toBe('a');
    expect(r.files.get('bad.py')).toBe('a\ufffd');
    expect(r.files.get('wide.py')).toBe('a');
    expect(r.files.get('bad.cfg')).toBe('a\ufffd');
    expect(r.files.has('BLOB')).toBe(false);
    expect(r.limits).toEqual([
      'entry bad.py: not valid UTF-8 (line 1); decoded with replacement characters',
      'entry nul.py: contains NUL bytes (first on line 1)',
      'entry wide.py: UTF-16 LE text (byte-order mark); Python does not run UTF-16 source',
    ]);
  });
});

describe('streamed input', () => {
  const { filename, data } = makeSdist('stream', '2.0', {
    'stream/__init__.py': 'import os\n'.repeat(3000),
    'blob.bin': randomBytes(100 * 1024),
    'setup.cfg': '[metadata]\n',
  });
  let whole: SdistContents;
  beforeAll(async () => {
    whole = await readSdist(filename, data);
  });

  test.each([1, 7, 511, 512, 4096, 65536, 1 << 20, [1, 3000, 17, 65536, 2]])('chunks of %p bytes read the same as one buffer', async (sizes) => {
    const r = await readSdist(filename, chunked(data, sizes));
    expect(r).toEqual(whole);
    expect(r.files.get('stream/__init__.py')).toHaveLength(30000);
  });

  test('a plain tar of 100 MB streams through without being held whole', async () => {
    const body = 100 * MiB;
    const piece = new Uint8Array(64 * 1024);
    async function* stream(): AsyncGenerator<Uint8Array> {
      yield tarHeader('huge-1/setup.py', 9, '0');
      yield tarBody('print(1)\n');
      yield tarHeader('huge-1/data.bin', body, '0');
      for (let sent = 0; sent < body; sent += piece.length) yield piece;
      yield tarHeader('huge-1/after.py', 2, '0');
      yield tarBody('ok');
      yield new Uint8Array(1024);
    }
    const r = await readSdist('huge-1.tar', stream());
    expect(r.error).toBeUndefined();
    expect(r.limits).toEqual([]);
    expect([...r.files]).toEqual([['setup.py', 'print(1)\n'], ['after.py', 'ok']]);
  });

  test('an error thrown by the stream midway rejects the read', async () => {
    const failure = new Error('connection reset by peer');
    async function* stream(): AsyncGenerator<Uint8Array> {
      let sent = 0;
      for await (const c of chunked(data, 1000)) {
        yield c;
        sent += c.length;
        if (sent > data.length / 2) throw failure;
      }
    }
    await expect(readSdist(filename, stream())).rejects.toBe(failure);
  });

  test('an error thrown at the very end (a hash mismatch) rejects the read', async () => {
    const failure = new Error('sha256 mismatch');
    async function* stream(): AsyncGenerator<Uint8Array> {
      yield* chunked(data, 4096);
      throw failure;
    }
    await expect(readSdist(filename, stream())).rejects.toBe(failure);
  });

  test('an error thrown after an unreadable start still rejects the read', async () => {
    const failure = new Error('sha256 mismatch');
    async function* stream(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode('<html>not found</html>');
      yield new Uint8Array(100);
      throw failure;
    }
    await expect(readSdist('p-1.tar.gz', stream())).rejects.toBe(failure);
  });

  test('an error thrown after the end of the tar still rejects the read', async () => {
    const failure = new Error('sha256 mismatch');
    const padded = concat([data, new Uint8Array(0)]);
    async function* stream(): AsyncGenerator<Uint8Array> {
      yield padded;
      yield gzipSync(Buffer.from('more'));
      throw failure;
    }
    await expect(readSdist(filename, stream())).rejects.toBe(failure);
  });

  test('chunks that are not bytes are refused', async () => {
    async function* stream(): AsyncGenerator<unknown> {
      yield 'text';
    }
    await expect(readSdist(filename, stream() as AsyncIterable<Uint8Array>)).rejects.toThrow(/Uint8Array/);
  });
});
