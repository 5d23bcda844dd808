import { createHash } from 'node:crypto';
import { makeSdist } from './helpers/archives.js';
import { startIndexServer, type IndexServer, type IndexServerOptions } from './helpers/index-server.js';
import { IndexClient, type Download, type IndexClientOptions } from '../src/index/client.js';
import { IndexError, type IndexErrorKind } from '../src/index/errors.js';
import type { DistFile } from '../src/types.js';

const digest = (alg: string, data: Uint8Array): string => createHash(alg).update(data).digest('hex');

async function collect(download: Download): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of download) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function failure(promise: Promise<unknown>, kind: IndexErrorKind): Promise<IndexError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(IndexError);
    expect({ kind: (err as IndexError).kind, message: (err as IndexError).message }).toEqual({ kind, message: expect.any(String) });
    return err as IndexError;
  }
  throw new Error(`expected an IndexError of kind ${kind}`);
}

const servers: IndexServer[] = [];
const clients: IndexClient[] = [];

async function server(opts: IndexServerOptions): Promise<IndexServer> {
  const s = await startIndexServer(opts);
  servers.push(s);
  return s;
}

function client(opts: IndexClientOptions): IndexClient {
  const c = new IndexClient({ timeoutMs: 2000, backoffMs: 5, ...opts });
  clients.push(c);
  return c;
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

// Big enough to arrive in several chunks, so hold-back and streaming are exercised.
// Pseudo-random, so gzip cannot shrink it below the sizes the limits are tested with.
let seed = 0x2545f491;
const payload = new Uint8Array(300_000).map(() => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return seed & 0xff;
});
const sdist = makeSdist('demo', '1.0', { 'data.bin': payload });

async function demoFile(opts: IndexServerOptions = {}): Promise<{ s: IndexServer; c: IndexClient; file: DistFile }> {
  const s = await server({ projects: { demo: [sdist] }, ...opts });
  const c = client({ indexUrl: s.indexUrl });
  const page = await c.getProject('demo');
  return { s, c, file: page.files[0]! };
}

it('streams a file and verifies it against the hash the index gave', async () => {
  const { c, file } = await demoFile();
  const download = c.download(file, { maxBytes: 10_000_000 });
  expect(download.verified).toBe(true);
  expect(download.digests).toBeUndefined();
  const bytes = await collect(download);
  expect(Buffer.compare(Buffer.from(bytes), Buffer.from(sdist.data))).toBe(0);
  expect(download.bytes).toBe(sdist.data.length);
  expect(download.digests).toEqual({ sha256: digest('sha256', sdist.data) });
  expect(c.stats().bytes).toBeGreaterThanOrEqual(sdist.data.length);
});

it('checks the hashes of a lock instead of the index, any of them, in any algorithm named', async () => {
  const { c, file } = await demoFile();
  const hashes = [`sha256:${'0'.repeat(64)}`, `sha512:${digest('sha512', sdist.data).toUpperCase()}`];
  const download = c.download(file, { maxBytes: 10_000_000, hashes });
  await collect(download);
  expect(download.digests).toEqual({ sha256: digest('sha256', sdist.data), sha512: digest('sha512', sdist.data) });
});

it('fails after the last chunk when the hash does not match, naming file, expected and actual', async () => {
  const { s, c, file } = await demoFile();
  const wrong = 'f'.repeat(64);
  const download = c.download(file, { maxBytes: 10_000_000, hashes: [`sha256:${wrong}`] });
  let seen = 0;
  const err = await failure(
    (async () => {
      for await (const chunk of download) seen += chunk.length;
    })(),
    'hash-mismatch',
  );
  expect(err.message).toBe(
    `hash mismatch for ${sdist.filename} from ${s.url}/files/${sdist.filename}: expected sha256:${wrong}, got sha256:${digest('sha256', sdist.data)}`,
  );
  // The final chunk is withheld, so a mismatching file is never seen whole.
  expect(seen).toBeLessThan(sdist.data.length);
  expect(download.digests).toBeUndefined();
});

it('fails on a file whose index hash does not match what is served', async () => {
  const { c, file } = await demoFile();
  const err = await failure(collect(c.download({ ...file, hashes: { sha256: 'a'.repeat(64) } }, { maxBytes: 10_000_000 })), 'hash-mismatch');
  expect(err.message).toContain(`expected sha256:${'a'.repeat(64)}`);
});

it('streams a file with no hash to check and says it is unverified', async () => {
  const { c, file } = await demoFile();
  const download = c.download({ ...file, hashes: {} }, { maxBytes: 10_000_000 });
  expect(download.verified).toBe(false);
  expect((await collect(download)).length).toBe(sdist.data.length);
  expect(download.digests!.sha256).toBe(digest('sha256', sdist.data));
});

it('treats only unknown algorithms as nothing to check', async () => {
  const { c, file } = await demoFile();
  expect(c.download({ ...file, hashes: { whirlpool9: 'ab' } }, { maxBytes: 10_000_000 }).verified).toBe(false);
  expect(() => c.download(file, { maxBytes: 1, hashes: ['sha256'] })).toThrow(
    `hash "sha256" is not of the form "sha256:<hex digest>", for ${sdist.filename} from ${file.url}`,
  );
});

it('refuses a file larger than maxBytes from its Content-Length, before any byte is read', async () => {
  const { s, c, file } = await demoFile();
  const err = await failure(collect(c.download(file, { maxBytes: 1000 })), 'too-large');
  expect(err.message).toContain(`${sdist.filename} is ${sdist.data.length} bytes, more than the 1000-byte limit`);
  expect(err.message).toContain(`${s.url}/files/${sdist.filename}`);
});

it('counts bytes and stops at maxBytes when the size is not announced', async () => {
  const { c, file } = await demoFile({ faults: { '/files/': { chunked: true } } });
  const err = await failure(collect(c.download(file, { maxBytes: 5000 })), 'too-large');
  expect(err.message).toContain('is larger than the 5000-byte limit');
});

it('reports a download cut off mid-body with how much arrived', async () => {
  const { s, c, file } = await demoFile();
  s.update({ faults: { '/files/': { truncate: true } } });
  const err = await failure(collect(c.download(file, { maxBytes: 10_000_000 })), 'network');
  expect(err.message).toMatch(new RegExp(`after \\d+ of ${sdist.data.length} bytes\\) from ${s.url}/files/`));
});

it('retries a download that fails before its body starts', async () => {
  const { s, c, file } = await demoFile();
  s.update({ faults: { '/files/': { status: 503, times: 1 } } });
  expect((await collect(c.download(file, { maxBytes: 10_000_000 }))).length).toBe(sdist.data.length);
  expect(s.requests.filter((r) => r.path.startsWith('/files/'))).toHaveLength(2);
});

it('times out a download whose server stops sending', async () => {
  const s = await server({ projects: { demo: [sdist] }, faults: { '/files/': { hang: true } } });
  const c = client({ indexUrl: s.indexUrl, timeoutMs: 150 });
  const [file] = (await c.getProject('demo')).files;
  const err = await failure(collect(c.download(file!, { maxBytes: 10_000_000 })), 'timeout');
  expect(err.message).toBe(`timed out after 150 ms waiting for a response from ${s.url}/files/${sdist.filename}`);
});

it('times out a download that stalls mid-body, saying how much arrived', async () => {
  const s = await server({ projects: { demo: [sdist] }, faults: { '/files/': { stall: true } } });
  const c = client({ indexUrl: s.indexUrl, timeoutMs: 150 });
  const [file] = (await c.getProject('demo')).files;
  const err = await failure(collect(c.download(file!, { maxBytes: 10_000_000 })), 'timeout');
  expect(err.message).toMatch(new RegExp(`^timed out after 150 ms reading the body \\(after \\d+ of ${sdist.data.length} bytes\\) from ${s.url}/files/`));
});

it('does not count a slow reader against the timeout', async () => {
  const { c, file } = await demoFile();
  const slow = new IndexClient({ indexUrl: 'http://127.0.0.1:9/simple', timeoutMs: 100 });
  clients.push(slow);
  let chunks = 0;
  for await (const _chunk of slow.download(file, { maxBytes: 10_000_000 })) {
    chunks++;
    if (chunks <= 2) await new Promise((r) => setTimeout(r, 250));
  }
  expect(chunks).toBeGreaterThan(1);
  expect(slow.stats()).toMatchObject({ requests: 1, retries: 0 });
  expect(c.stats().requests).toBe(1);
});

it('reports a missing file as not-found', async () => {
  const { s, c, file } = await demoFile();
  const err = await failure(collect(c.download({ ...file, url: `${s.url}/files/nope.tar.gz` }, { maxBytes: 100 })), 'not-found');
  expect(err.message).toBe(`404 Not Found from ${s.url}/files/nope.tar.gz`);
});

it('frees its connection slot when the reader stops early', async () => {
  const s = await server({ projects: { demo: [sdist] } });
  const c = client({ indexUrl: s.indexUrl, concurrency: 1 });
  const [file] = (await c.getProject('demo')).files;
  for (let i = 0; i < 3; i++) {
    for await (const chunk of c.download(file!, { maxBytes: 10_000_000 })) {
      expect(chunk.length).toBeGreaterThan(0);
      break;
    }
  }
  // With one slot, this would wait forever if an abandoned download still held it.
  expect((await collect(c.download(file!, { maxBytes: 10_000_000 }))).length).toBe(sdist.data.length);
});

it('uses credentials from a file URL only for that host, and never shows them', async () => {
  const files = await server({ projects: { demo: [sdist] }, auth: { username: 'u', password: 'file-secret-99' } });
  const c = client({ indexUrl: files.indexUrl.replace('http://', 'http://u:file-secret-99@') });
  const [file] = (await c.getProject('demo')).files;
  expect(file!.url).toBe(`${files.url}/files/${sdist.filename}`);
  const download = c.download(file!, { maxBytes: 10_000_000 });
  expect(download.url).not.toContain('file-secret-99');
  expect((await collect(download)).length).toBe(sdist.data.length);
  // A lock may carry userinfo in a file URL: it is used, and becomes a secret to mask.
  const fresh = client({ indexUrl: 'http://127.0.0.1:9/simple' });
  const locked = fresh.download({ ...file!, url: file!.url.replace('http://', 'http://u:file-secret-99@') }, { maxBytes: 10_000_000 });
  expect(locked.url).toBe(`${files.url}/files/${sdist.filename}`);
  expect((await collect(locked)).length).toBe(sdist.data.length);
  expect(fresh.secrets()).toContain('file-secret-99');
});

it('rejects a file URL it cannot fetch', () => {
  const c = client({ indexUrl: 'http://127.0.0.1:9/simple' });
  const base: DistFile = { filename: 'x.tar.gz', url: '', hashes: {}, yanked: false };
  expect(() => c.download({ ...base, url: 'file:///etc/passwd' }, { maxBytes: 1 })).toThrow('only http and https URLs are supported');
  expect(() => c.download({ ...base, url: 'nope' }, { maxBytes: 1 })).toThrow('the URL of x.tar.gz is not a valid URL');
});
