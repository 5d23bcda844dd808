import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { readSdist, type SdistContents } from '../src/archive/index.js';
import { chunked, gzip, makeRawZip, makeTar, makeZip, type RawZipEntry } from './helpers/archives.js';

const MiB = 1024 * 1024;
const files = (r: SdistContents): string[] => [...r.files.keys()].sort();

describe('ordinary zip sdists', () => {
  test('kept files, stripped leading directory, every file listed', async () => {
    const data = makeZip({
      'zz-1.0/': new Uint8Array(0),
      'zz-1.0/PKG-INFO': 'Metadata-Version: 2.1\nName: zz\n',
      'zz-1.0/setup.py': 'from setuptools import setup\nsetup()\n',
      'zz-1.0/zz/__init__.py': '',
      'zz-1.0/zz/big.txt': 'x'.repeat(100_000),
      'zz-1.0/VERSION': '1.0',
    });
    const r = await readSdist('zz-1.0.zip', data);
    expect(r.error).toBeUndefined();
    expect(r.limits).toEqual([]);
    expect(files(r)).toEqual(['PKG-INFO', 'VERSION', 'setup.py', 'zz/__init__.py']);
    expect(r.entries).toEqual(['PKG-INFO', 'setup.py', 'zz/__init__.py', 'zz/big.txt', 'VERSION']);
    expect(r.files.get('setup.py')).toBe('from setuptools import setup\nsetup()\n');
  });

  test('stored and deflated entries, no leading directory', async () => {
    const r = await readSdist(
      'flat.zip',
      makeRawZip([
        { name: 'setup.py', content: 'stored = 1\n', method: 0 },
        { name: 'pkg/mod.py', content: 'deflated = 2\n' },
      ]),
    );
    expect(r.limits).toEqual([]);
    expect([...r.files]).toEqual([['setup.py', 'stored = 1\n'], ['pkg/mod.py', 'deflated = 2\n']]);
  });

  test('zip64 records', async () => {
    const r = await readSdist('z64-1.zip', makeRawZip([{ name: 'z64-1/setup.py', content: 'big = True\n' }], { zip64: true }));
    expect(r.error).toBeUndefined();
    expect([...r.files]).toEqual([['setup.py', 'big = True\n']]);
  });

  test('names: UTF-8 flag, cp437 otherwise, and cut at NUL as zipfile cuts them', async () => {
    const r = await readSdist(
      'n-1.zip',
      makeRawZip([
        { name: 'n-1/caf\u00e9.py', content: 'a' },
        { name: new Uint8Array([0x6e, 0x2d, 0x31, 0x2f, 0x81, 0x2e, 0x70, 0x79]), content: 'b' },
        { name: 'n-1/setup.py\0.txt', content: 'c' },
      ]),
    );
    expect([...r.files]).toEqual([['café.py', 'a'], ['ü.py', 'b'], ['setup.py', 'c']]);
  });

  test('bytes before the zip (a self-extractor stub) are read past with a note', async () => {
    const r = await readSdist('pre-1.zip', makeRawZip([{ name: 'pre-1/setup.py', content: 'x' }], { prefix: new TextEncoder().encode('#!/bin/sh\nexit 0\n') }));
    expect(r.files.get('setup.py')).toBe('x');
    expect(r.limits).toEqual(["archive: 17 bytes come before the zip data; read as Python's zipfile reads it"]);
  });
});

describe('refused zip entries', () => {
  test('traversal, absolute and backslash names', async () => {
    const r = await readSdist(
      'ev-1.zip',
      makeRawZip([
        { name: 'ev-1/setup.py', content: '' },
        { name: '../../.bashrc', content: 'x' },
        { name: '/etc/x.py', content: 'x' },
        { name: 'ev-1\\..\\..\\x.py', content: 'x' },
      ]),
    );
    expect(r.limits).toEqual([
      'entry ../../.bashrc: path leaves the archive, skipped',
      'entry /etc/x.py: absolute path, skipped',
      'entry ev-1\\..\\..\\x.py: name contains a backslash, skipped',
    ]);
  });

  test('symlinks and devices by their Unix mode', async () => {
    const r = await readSdist(
      'ln-1.zip',
      makeRawZip([
        { name: 'ln-1/setup.py', content: 'x', mode: 0o100644 },
        { name: 'ln-1/link.py', content: '/etc/passwd', mode: 0o120777 },
        { name: 'ln-1/dev', content: '', mode: 0o020644 },
        { name: 'ln-1/pipe', content: '', mode: 0o010644 },
      ]),
    );
    expect(r.limits).toEqual([
      'entry ln-1/link.py: symbolic link, skipped',
      'entry ln-1/dev: character device, skipped',
      'entry ln-1/pipe: fifo, skipped',
    ]);
    expect(files(r)).toEqual(['setup.py']);
  });

  test('a duplicate setup.py: the last one wins, noted', async () => {
    const r = await readSdist(
      'dup-1.zip',
      makeRawZip([
        { name: 'dup-1/setup.py', content: 'first()\n' },
        { name: 'dup-1/setup.py', content: 'second()\n' },
      ]),
    );
    expect(r.files.get('setup.py')).toBe('second()\n');
    expect(r.limits).toEqual(['entry dup-1/setup.py: appears more than once; the last copy wins, as in extraction']);
  });
});

describe('zip sizes and damage', () => {
  test('an entry inflating past its declared size is cut there, as zipfile reads it', async () => {
    const content = 'print("declared")\n' + '#'.repeat(5000);
    const r = await readSdist('lie-1.zip', makeRawZip([{ name: 'lie-1/setup.py', content, declaredSize: 18 }]));
    expect(r.files.get('setup.py')).toBe('print("declared")\n');
    expect(r.limits[0]).toBe("entry lie-1/setup.py: inflates to more than the 18 bytes it declares; kept the first 18, as Python's zipfile reads it");
    expect(r.limits[1]).toBe('entry lie-1/setup.py: CRC-32 does not match its content; pip would refuse the archive');
  });

  test('an entry declaring more than it holds', async () => {
    const r = await readSdist('short-1.zip', makeRawZip([{ name: 'short-1/setup.py', content: 'abc', declaredSize: 10 }]));
    expect(r.files.get('setup.py')).toBe('abc');
    expect(r.limits).toEqual(['entry short-1/setup.py: holds 3 bytes, less than the 10 it declares; pip would refuse the archive']);
  });

  test('a declared size over maxFileBytes is never inflated', async () => {
    const r = await readSdist(
      'big-1.zip',
      makeRawZip([{ name: 'big-1/setup.py', content: 'x', rawData: new Uint8Array([0xff, 0xff, 0xff]), declaredSize: 9 * MiB }]),
    );
    expect(r.limits).toEqual([`entry big-1/setup.py: ${9 * MiB} bytes is over the 8 MiB limit for one file (maxFileBytes), not kept`]);
  });

  test('files not kept are never inflated, so their damage goes unseen; a kept one is reported', async () => {
    const garbage = new Uint8Array([0xff, 0xff, 0xff, 0xff]);
    const r = await readSdist(
      'dmg-1.zip',
      makeRawZip([
        // too big to be kept as data that build code could read
        { name: 'dmg-1/data.bin', content: 'x', rawData: garbage, declaredSize: 300 * 1024 },
        { name: 'dmg-1/setup.py', content: 'x', rawData: garbage },
      ]),
    );
    expect(r.limits).toEqual(['entry dmg-1/setup.py: deflate data is corrupt (invalid block type), skipped']);
    expect(r.entries).toEqual(['data.bin', 'setup.py']);
  });

  test('small files of any kind are kept as data, raw, for build code that reads them by name', async () => {
    const r = await readSdist(
      'dat-1.zip',
      makeRawZip([
        { name: 'dat-1/setup.py', content: 'x = 1' },
        { name: 'dat-1/blob.png', content: '\u0089PNG\u00ff' },
      ]),
    );
    expect(r.files.has('blob.png')).toBe(false);
    expect(r.data?.get('blob.png')).toBe(Buffer.from('\u0089PNG\u00ff', 'utf8').toString('latin1'));
  });

  test('a wrong CRC-32 is reported, the content kept', async () => {
    const r = await readSdist('crc-1.zip', makeRawZip([{ name: 'crc-1/setup.py', content: 'x = 1', crc: 1234 }]));
    expect(r.files.get('setup.py')).toBe('x = 1');
    expect(r.limits).toEqual(['entry crc-1/setup.py: CRC-32 does not match its content; pip would refuse the archive']);
  });

  test('unsupported methods, encryption and a disagreeing local header', async () => {
    const r = await readSdist(
      'm-1.zip',
      makeRawZip([
        { name: 'm-1/a.py', content: 'BZh91AY', method: 12 },
        { name: 'm-1/b.py', content: 'x', flags: 1 },
        { name: 'm-1/c.py', content: 'x', localName: 'm-1/other.py' },
      ]),
    );
    expect(r.limits).toEqual([
      'entry m-1/a.py: compression method 12 (bzip2) is not supported here, skipped',
      'entry m-1/b.py: encrypted, skipped',
      'entry m-1/c.py: local header names m-1/other.py; pip would refuse the archive, skipped',
    ]);
    expect(r.files.size).toBe(0);
  });

  test('a zip bomb among kept files stops at the ratio', async () => {
    const blank = ' '.repeat(6 * MiB);
    const entries: RawZipEntry[] = [1, 2, 3, 4].map((i) => ({ name: `b-1/m${i}.py`, content: blank }));
    entries.push({ name: 'b-1/late.py', content: 'late' });
    const r = await readSdist('b-1.zip', makeRawZip(entries));
    expect(r.limits).toHaveLength(1);
    expect(r.limits[0]).toMatch(/^entry b-1\/m3\.py: archive inflates to more than 200 times its compressed size \(\d+ bytes from \d+; maxRatio\), reading stopped$/);
    expect(r.files.has('late.py')).toBe(false);
  });

  test('the absolute inflated limit', async () => {
    const noise = randomBytes(40 * 1024).toString('base64');
    const r = await readSdist(
      'i-1.zip',
      makeRawZip([1, 2, 3].map((i) => ({ name: `i-1/m${i}.py`, content: noise }))),
      { maxInflatedBytes: 120 * 1024 },
    );
    expect(r.limits).toEqual(['entry i-1/m3.py: archive inflates past 120 KiB (maxInflatedBytes), reading stopped']);
  });

  test('the entry limit', async () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({ name: `e-1/m${i}.py`, content: '' }));
    const r = await readSdist('e-1.zip', makeRawZip(entries), { maxEntries: 10 });
    expect(r.limits).toEqual(['entry e-1/m10.py: more than 10 entries (maxEntries), reading stopped']);
    expect(r.entries).toHaveLength(10);
  });

  test('the download limit: a zip is never read in part', async () => {
    const data = makeZip({ 'd-1/setup.py': randomBytes(64 * 1024) });
    const r = await readSdist('d-1.zip', chunked(data, 1000), { maxDownloadBytes: 32 * 1024 });
    expect(r).toEqual({ files: new Map(), entries: [], limits: ['archive: more than 32 KiB to download (maxDownloadBytes), reading stopped'] });
  });
});

describe('unreadable zips', () => {
  test('a .zip that is really a tar, or gzip', async () => {
    const tar = makeTar([{ name: 't-1/setup.py', content: '' }]);
    expect((await readSdist('t-1.zip', tar)).error).toBe('t-1.zip: not a zip archive (it is an uncompressed tar archive)');
    expect((await readSdist('t-1.zip', gzip(tar))).error).toBe('t-1.zip: not a zip archive (it is gzip data)');
    expect((await readSdist('t-1.zip', new TextEncoder().encode('not found'))).error).toBe(
      't-1.zip: not a zip archive (its first bytes are 6e 6f 74 20 66 6f 75 6e)',
    );
  });

  test('a zip cut short', async () => {
    const data = makeZip({ 'c-1/setup.py': 'x = 1\n'.repeat(100) });
    const cut = data.subarray(0, data.length - 30);
    expect((await readSdist('c-1.zip', cut)).error).toBe(`c-1.zip: archive is truncated or damaged (no end of central directory record in its ${cut.length} bytes)`);
  });

  test('a damaged central directory', async () => {
    const data = new Uint8Array(makeRawZip([{ name: 'c-1/setup.py', content: 'x' }]));
    const central = data.length - 22 - (46 + 'c-1/setup.py'.length);
    data[central] = 0;
    expect((await readSdist('c-1.zip', data)).error).toBe(`c-1.zip: bad central directory entry at byte ${central}`);
  });

  test('an entry whose data runs past the end', async () => {
    const r = await readSdist(
      'p-1.zip',
      makeRawZip([{ name: 'p-1/setup.py', content: 'x', rawData: new Uint8Array(deflateRawSync(Buffer.from('x'))) }]).map((b, i, a) =>
        // Claim a compressed size far larger than the archive, in the central directory.
        i === a.length - 22 - (46 + 12) + 20 ? 0xff : b,
      ),
    );
    expect(r.limits).toEqual(['entry p-1/setup.py: data runs past the end of the archive; pip would refuse the archive, skipped']);
  });
});

describe('streamed zips', () => {
  const data = makeZip({ 's-1/setup.py': 'import os\n'.repeat(1000), 's-1/s/__init__.py': '', 's-1/blob': randomBytes(70_000) });

  test.each([1, 100, 65536, [7, 50000]])('chunks of %p bytes read the same as one buffer', async (sizes) => {
    expect(await readSdist('s-1.zip', chunked(data, sizes))).toEqual(await readSdist('s-1.zip', data));
  });

  test('an error thrown by the stream midway rejects the read', async () => {
    const failure = new Error('hash mismatch');
    async function* stream(): AsyncGenerator<Uint8Array> {
      yield data.subarray(0, 1000);
      throw failure;
    }
    await expect(readSdist('s-1.zip', stream())).rejects.toBe(failure);
  });
});
