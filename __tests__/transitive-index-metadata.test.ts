// Reading a distribution's core metadata from the index without downloading it: PEP 658/714
// metadata files (hash-checked), a wheel's METADATA by HTTP range requests (end of central
// directory, central directory, the entry), and a whole-wheel read, capped and hash-checked, when
// the server ignores Range.

import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { IndexClient } from '../src/index/client.js';
import { IndexError } from '../src/index/errors.js';
import { MetadataReader, metadataFileUrl } from '../src/index/metadata.js';
import type { DistFile } from '../src/types.js';
import { makeRawZip, makeWheel, makeZip } from './helpers/archives.js';
import { startIndexServer, type IndexServer, type RecordedRequest } from './helpers/index-server.js';

const sha256 = (d: Uint8Array | string) => createHash('sha256').update(d).digest('hex');

const META = (name: string, version: string, deps: string[] = []) =>
  `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n${deps.map((d) => `Requires-Dist: ${d}\n`).join('')}\nA description.\n`;

/** A wheel whose METADATA sits at the start and a large incompressible file after it, so reading it takes several ranges. */
function bigWheel(name: string, version: string, deps: string[]): { filename: string; data: Uint8Array } {
  const info = `${name}-${version}.dist-info`;
  const data = makeZip({
    [`${info}/METADATA`]: META(name, version, deps),
    [`${name}/payload.bin`]: new Uint8Array(randomBytes(400 * 1024)),
    [`${info}/WHEEL`]: 'Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
    [`${info}/RECORD`]: '',
  });
  return { filename: `${name}-${version}-py3-none-any.whl`, data };
}

/** Bytes a recorded request asked for, from its Range header; the whole file when it had none. */
function askedBytes(r: RecordedRequest, size: number): number {
  const range = String(r.headers.range ?? '');
  const m = /^bytes=(\d*)-(\d*)$/.exec(range);
  if (!m) return size;
  if (m[1] === '') return Math.min(size, Number(m[2]));
  const end = m[2] === '' ? size - 1 : Math.min(size - 1, Number(m[2]));
  return end - Number(m[1]) + 1;
}

/** A file server that ignores Range and always sends the whole body. */
async function startPlainServer(files: Record<string, Uint8Array>): Promise<{ url: string; requests: RecordedRequest[]; close(): Promise<void> }> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: { ...req.headers } });
    const body = files[decodeURIComponent((req.url ?? '/').slice(1))];
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(body.length) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('reading metadata from the index', () => {
  const withFile = { ...makeWheel('withmeta', '1.0', 'py3-none-any', ['child>=1']) };
  const big = bigWheel('bigwheel', '2.0', ['idna<4', 'socks; extra == "socks"']);
  const zip64 = makeRawZip(
    [
      { name: 'zipsixfour-1.0.dist-info/METADATA', content: META('zipsixfour', '1.0', ['leaf']) },
      { name: 'zipsixfour/__init__.py', content: '' },
    ],
    { zip64: true },
  );
  const stored = makeRawZip([{ name: 'storedmeta-1.0.dist-info/METADATA', content: META('storedmeta', '1.0', ['leaf']), method: 0 }]);
  const badCrc = makeRawZip([{ name: 'badcrc-1.0.dist-info/METADATA', content: META('badcrc', '1.0'), crc: 1234 }]);
  const twoInfos = makeZip({ 'twoinfo-1.0.dist-info/METADATA': META('twoinfo', '1.0'), 'other-1.0.dist-info/METADATA': META('other', '1.0') });
  const noInfo = makeZip({ 'noinfo/__init__.py': '' });
  const goneWheel = makeWheel('gone', '1.0', 'py3-none-any', ['child']);
  const wrongInfo = makeZip({ 'somebody_else-1.0.dist-info/METADATA': META('somebody-else', '1.0') });

  let server: IndexServer;
  let client: IndexClient;
  beforeAll(async () => {
    server = await startIndexServer({
      projects: {
        withmeta: [withFile],
        bigwheel: [big],
        zipsixfour: [{ filename: 'zipsixfour-1.0-py3-none-any.whl', data: zip64 }],
        storedmeta: [{ filename: 'storedmeta-1.0-py3-none-any.whl', data: stored }],
        badcrc: [{ filename: 'badcrc-1.0-py3-none-any.whl', data: badCrc }],
        twoinfo: [{ filename: 'twoinfo-1.0-py3-none-any.whl', data: twoInfos }],
        noinfo: [{ filename: 'noinfo-1.0-py3-none-any.whl', data: noInfo }],
        wronginfo: [{ filename: 'wronginfo-1.0-py3-none-any.whl', data: wrongInfo }],
        notazip: [{ filename: 'notazip-1.0-py3-none-any.whl', data: new TextEncoder().encode('this is not a zip archive at all\n'.repeat(10)) }],
        // no metadata file: only range requests can read it
        gone: [{ filename: goneWheel.filename, data: goneWheel.data }],
      },
    });
    client = new IndexClient({ indexUrl: server.indexUrl, backoffMs: 1, retries: 1 });
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  const fileOf = async (name: string): Promise<DistFile> => (await client.getProject(name)).files[0]!;
  const since = (n: number) => server.requests.slice(n);

  it('takes the PEP 658 metadata file when the index offers one, and never touches the wheel', async () => {
    const file = await fileOf('withmeta');
    expect(file.coreMetadata).toEqual({ sha256: sha256(withFile.metadata) });
    const before = server.requests.length;
    const got = await new MetadataReader(client).read(file, 'withmeta');
    expect(got.read).toBe('metadata-file');
    expect(got.text).toBe(withFile.metadata);
    const paths = since(before).map((r) => r.path);
    expect(paths).toEqual([`/files/${withFile.filename}.metadata`]);
  });

  it('rejects a metadata file whose hash is not the one the index announced', async () => {
    const file = await fileOf('withmeta');
    server.update({ faults: { [`/files/${withFile.filename}.metadata`]: { body: META('withmeta', '1.0', ['evil']) } } });
    try {
      const err = await new MetadataReader(client).read(file, 'withmeta').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(IndexError);
      expect((err as IndexError).kind).toBe('hash-mismatch');
      expect((err as IndexError).message).toMatch(/withmeta-1\.0-py3-none-any\.whl\.metadata/);
    } finally {
      server.update({ faults: {} });
    }
  });

  it('falls back to range requests when an announced metadata file is missing (PEP 714)', async () => {
    const file = await fileOf('withmeta');
    server.update({ faults: { [`/files/${withFile.filename}.metadata`]: { status: 404 } } });
    try {
      const before = server.requests.length;
      const got = await new MetadataReader(client).read(file, 'withmeta');
      expect(got.read).toBe('range');
      expect(got.text).toBe(withFile.metadata);
      const wheelRequests = since(before).filter((r) => r.path === `/files/${withFile.filename}`);
      expect(wheelRequests.length).toBeGreaterThan(0);
      expect(wheelRequests.every((r) => typeof r.headers.range === 'string')).toBe(true);
    } finally {
      server.update({ faults: {} });
    }
  });

  it('reads a large wheel’s METADATA with a few range requests, never the whole wheel', async () => {
    const file = await fileOf('bigwheel');
    expect(file.coreMetadata).toBeFalsy();
    const before = server.requests.length;
    const got = await new MetadataReader(client).read(file, 'bigwheel');
    expect(got.read).toBe('range');
    expect(got.text).toBe(META('bigwheel', '2.0', ['idna<4', 'socks; extra == "socks"']));
    const asked = since(before).filter((r) => r.path === `/files/${big.filename}`);
    // the end of the zip first, then the entry at its start
    expect(asked.length).toBeGreaterThanOrEqual(2);
    expect(asked.every((r) => /^bytes=\d*-\d*$/.test(String(r.headers.range)))).toBe(true);
    expect(String(asked[0]!.headers.range)).toMatch(/^bytes=-\d+$/);
    const total = asked.reduce((n, r) => n + askedBytes(r, big.data.length), 0);
    expect(total).toBeLessThan(big.data.length / 2);
  });

  it('reads each file once however often it is asked for', async () => {
    const file = await fileOf('bigwheel');
    const reader = new MetadataReader(client);
    const before = server.requests.length;
    const [a, b] = await Promise.all([reader.read(file, 'bigwheel'), reader.read(file, 'bigwheel')]);
    expect(a).toBe(b);
    const once = since(before).length;
    await reader.read(file, 'bigwheel');
    expect(since(before).length).toBe(once);
  });

  it('reads zip64 archives and stored (uncompressed) entries', async () => {
    expect((await new MetadataReader(client).read(await fileOf('zipsixfour'), 'zipsixfour')).text).toMatch(/Requires-Dist: leaf/);
    expect((await new MetadataReader(client).read(await fileOf('storedmeta'), 'storedmeta')).text).toMatch(/Name: storedmeta/);
  });

  it('rejects wheels that are not what they claim, naming the file', async () => {
    const cases: Array<[string, RegExp]> = [
      ['badcrc', /badcrc-1\.0-py3-none-any\.whl.*METADATA fails its CRC-32 check/],
      ['twoinfo', /more than one \.dist-info directory/],
      ['noinfo', /no \.dist-info directory/],
      ['wronginfo', /somebody_else-1\.0\.dist-info is not named for wronginfo/],
      ['notazip', /notazip-1\.0-py3-none-any\.whl.*no zip end-of-central-directory record/],
    ];
    for (const [name, pattern] of cases) {
      const err = await new MetadataReader(client).read(await fileOf(name), name).catch((e: unknown) => e);
      expect({ name, err: String(err) }).toEqual({ name, err: expect.stringMatching(pattern) });
      expect(err).toBeInstanceOf(IndexError);
    }
  });

  it('rejects a 206 answer for another range than the one asked', async () => {
    const file = await fileOf('gone');
    server.update({ faults: { [`/files/${file.filename}`]: { headers: { 'content-range': 'bytes 0-9/100000' } } } });
    try {
      const err = await new MetadataReader(client).read(file, 'gone').catch((e: unknown) => e);
      expect(String(err)).toMatch(/not the range asked for \(bytes=-\d+\)/);
    } finally {
      server.update({ faults: {} });
    }
  });

  it('says which wheel could not be found', async () => {
    const file = await fileOf('gone');
    server.update({ faults: { [`/files/${file.filename}`]: { status: 404 } } });
    try {
      const err = await new MetadataReader(client).read(file, 'gone').catch((e: unknown) => e);
      expect((err as IndexError).kind).toBe('not-found');
      expect((err as IndexError).message).toMatch(/gone-1\.0-py3-none-any\.whl/);
    } finally {
      server.update({ faults: {} });
    }
  });

  it('builds the metadata file URL from the file URL without its fragment', () => {
    expect(metadataFileUrl('https://files.example/p/x-1.0-py3-none-any.whl#sha256=ab')).toBe('https://files.example/p/x-1.0-py3-none-any.whl.metadata');
    expect(() => metadataFileUrl('not a url')).toThrow();
  });
});

describe('a server that ignores Range', () => {
  const wheel = makeWheel('plain', '3.0', 'py3-none-any', ['child']);
  let plain: Awaited<ReturnType<typeof startPlainServer>>;
  let client: IndexClient;
  beforeAll(async () => {
    plain = await startPlainServer({ [wheel.filename]: wheel.data });
    client = new IndexClient({ indexUrl: `${plain.url}/simple`, backoffMs: 1, retries: 0 });
  });
  afterAll(async () => {
    await client.close();
    await plain.close();
  });

  const dist = (hash: string): DistFile => ({ filename: wheel.filename, url: `${plain.url}/${wheel.filename}`, hashes: { sha256: hash }, yanked: false });

  it('reads the whole wheel within the cap and checks its hash', async () => {
    const got = await new MetadataReader(client).read(dist(sha256(wheel.data)), 'plain');
    expect(got.read).toBe('whole');
    expect(got.text).toBe(wheel.metadata);
    expect(plain.requests.every((r) => typeof r.headers.range === 'string')).toBe(true);
  });

  it('rejects a whole wheel whose hash does not match', async () => {
    const err = await new MetadataReader(client).read(dist('0'.repeat(64)), 'plain').catch((e: unknown) => e);
    expect((err as IndexError).kind).toBe('hash-mismatch');
  });

  it('stops at the cap rather than read a large wheel whole', async () => {
    const err = await new MetadataReader(client, { wheel: { maxWholeFileBytes: 100 } }).read(dist(sha256(wheel.data)), 'plain').catch((e: unknown) => e);
    expect((err as IndexError).kind).toBe('too-large');
    expect((err as IndexError).message).toMatch(/100-byte limit/);
  });
});
