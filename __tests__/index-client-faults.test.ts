import { inspect } from 'node:util';
import { createServer, type Server } from 'node:net';
import { startIndexServer, type IndexServer, type IndexServerOptions } from './helpers/index-server.js';
import { IndexClient, type IndexClientOptions } from '../src/index/client.js';
import { IndexError, type IndexErrorKind } from '../src/index/errors.js';

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

const demo = { demo: [{ filename: 'demo-1.0.tar.gz', data: new Uint8Array([1, 2, 3]) }] };
const PASSWORD = 'pa55-w0rd-XYZ';
const TOKEN = 'tok-0123456789abcdef';

describe('authentication', () => {
  it('sends Basic credentials taken from the index URL', async () => {
    const s = await server({ projects: demo, auth: { username: 'alice', password: PASSWORD } });
    const c = client({ indexUrl: s.indexUrl.replace('http://', `http://alice:${PASSWORD}@`) });
    const page = await c.getProject('demo');
    expect(page.urls).toEqual([`${s.url}/simple/demo/`]);
    expect(s.requests[0]!.headers.authorization).toBe('Basic ' + Buffer.from(`alice:${PASSWORD}`).toString('base64'));
  });

  it('sends a bare token from `credentials` as the password of __token__, bound to host:port', async () => {
    const s = await server({ projects: demo, auth: { username: '__token__', password: TOKEN } });
    const c = client({ indexUrl: s.indexUrl, credentials: { [s.url]: TOKEN } });
    await expect(c.getProject('demo')).resolves.toMatchObject({ name: 'demo' });
    // The same hostname on another port is another server: it gets nothing.
    const other = await server({ projects: demo, auth: { username: '__token__', password: TOKEN } });
    const err = await failure(c.getProject('demo', [other.indexUrl]), 'auth');
    expect(other.requests[0]!.headers.authorization).toBeUndefined();
    expect(err.message).toContain('none were given');
  });

  it('explains a 401 without credentials, naming the host', async () => {
    const s = await server({ projects: demo, auth: { username: 'alice', password: PASSWORD } });
    const err = await failure(client({ indexUrl: s.indexUrl }).getProject('demo'), 'auth');
    const host = new URL(s.url).host;
    expect(err.status).toBe(401);
    expect(err.message).toContain(`401 Unauthorized from ${s.url}/simple/demo/: credentials are missing or wrong for host ${host}`);
    expect(s.requests).toHaveLength(1);
  });

  it('explains a 401 with wrong credentials without showing them', async () => {
    const s = await server({ projects: demo, auth: { username: 'alice', password: PASSWORD } });
    const c = client({ indexUrl: s.indexUrl.replace('http://', 'http://alice:wrong-secret-1@') });
    const err = await failure(c.getProject('demo'), 'auth');
    expect(err.message).toContain('were rejected');
    expect(err.message).toContain(new URL(s.url).host);
    expect(err.message).not.toContain('wrong-secret-1');
    expect(err.url).toBe(`${s.url}/simple/demo/`);
  });

  it('reports a 403 as an auth failure and does not retry it', async () => {
    const s = await server({ projects: demo, faults: { '/simple/': { status: 403 } } });
    const err = await failure(client({ indexUrl: s.indexUrl }).getProject('demo'), 'auth');
    expect(err.status).toBe(403);
    expect(err.message).toContain(`403 Forbidden from ${s.url}/simple/demo/`);
    expect(s.requests).toHaveLength(1);
  });
});

describe('retries', () => {
  it('waits as long as Retry-After says after a 429, then succeeds', async () => {
    const s = await server({ projects: demo, faults: { '/simple/demo/': { status: 429, retryAfter: '1', times: 1 } } });
    const c = client({ indexUrl: s.indexUrl, backoffMs: 60_000 });
    await expect(c.getProject('demo')).resolves.toMatchObject({ files: [expect.objectContaining({ filename: 'demo-1.0.tar.gz' })] });
    expect(s.requests).toHaveLength(2);
    expect(c.stats()).toMatchObject({ requests: 2, retries: 1 });
  });

  it('fails at once when Retry-After asks for more than the cap, saying how long', async () => {
    const s = await server({ projects: demo, faults: { '/simple/demo/': { status: 503, retryAfter: '3600' } } });
    const err = await failure(client({ indexUrl: s.indexUrl }).getProject('demo'), 'http');
    expect(err.message).toContain('the server asked to wait 3600 s');
    expect(err.message).toContain(`${s.url}/simple/demo/`);
    expect(s.requests).toHaveLength(1);
  });

  it('retries a 503 twice, then takes the answer', async () => {
    const s = await server({ projects: demo, faults: { '/simple/demo/': { status: 503, times: 2 } } });
    const c = client({ indexUrl: s.indexUrl });
    const page = await c.getProject('demo');
    expect(page.files).toHaveLength(1);
    expect(s.requests).toHaveLength(3);
    expect(c.stats().retries).toBe(2);
  });

  it('gives up after the configured retries, saying how many attempts it made', async () => {
    const s = await server({ projects: demo, faults: { '/simple/demo/': { status: 502 } } });
    const err = await failure(client({ indexUrl: s.indexUrl, retries: 2 }).getProject('demo'), 'http');
    expect(err.status).toBe(502);
    expect(err.message).toBe(`502 Bad Gateway from ${s.url}/simple/demo/ (gave up after 3 attempts)`);
    expect(s.requests).toHaveLength(3);
  });

  it('never retries a 4xx other than 408 and 429', async () => {
    const s = await server({ projects: demo, faults: { '/simple/demo/': { status: 400 } } });
    const err = await failure(client({ indexUrl: s.indexUrl }).getProject('demo'), 'http');
    expect(err.message).toContain(`400 Bad Request from ${s.url}/simple/demo/`);
    expect(s.requests).toHaveLength(1);
  });

  it('retries a 408', async () => {
    const s = await server({ projects: demo, faults: { '/simple/demo/': { status: 408, times: 1 } } });
    await expect(client({ indexUrl: s.indexUrl }).getProject('demo')).resolves.toMatchObject({ name: 'demo' });
    expect(s.requests).toHaveLength(2);
  });

  it('recovers from a connection reset', async () => {
    const s = await server({ projects: demo, faults: { '/simple/demo/': { reset: true, times: 1 } } });
    const c = client({ indexUrl: s.indexUrl });
    await expect(c.getProject('demo')).resolves.toMatchObject({ name: 'demo' });
    expect(s.requests).toHaveLength(2);
    expect(c.stats().retries).toBe(1);
  });

  it('reports a network error naming the URL when connections keep failing', async () => {
    const s = await server({ projects: demo, faults: { '/simple/demo/': { reset: true } } });
    const err = await failure(client({ indexUrl: s.indexUrl, retries: 1 }).getProject('demo'), 'network');
    expect(err.message).toContain(`${s.url}/simple/demo/`);
    expect(err.message).toContain('gave up after 2 attempts');
  });

  it('reports a refused connection as a network error', async () => {
    const closed = await server({ projects: {} });
    const url = closed.indexUrl;
    await closed.close();
    servers.splice(servers.indexOf(closed), 1);
    const err = await failure(client({ indexUrl: url, retries: 1 }).getProject('demo'), 'network');
    expect(err.message).toContain(`${url}/demo/`);
    expect(err.message).toContain('ECONNREFUSED');
  });
});

describe('timeouts and broken bodies', () => {
  it('fails with a timeout naming the URL when the server accepts and never answers', async () => {
    const s = await server({ projects: demo, faults: { '/simple/demo/': { hang: true } } });
    const c = client({ indexUrl: s.indexUrl, timeoutMs: 200 });
    const err = await failure(c.getProject('demo'), 'timeout');
    expect(err.message).toBe(`timed out after 200 ms waiting for a response from ${s.url}/simple/demo/`);
  });

  it('times out on a plain TCP server that never speaks HTTP', async () => {
    const silent: Server = createServer(() => {});
    const sockets: import('node:net').Socket[] = [];
    silent.on('connection', (sock) => sockets.push(sock));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as import('node:net').AddressInfo).port;
    try {
      const err = await failure(client({ indexUrl: `http://127.0.0.1:${port}/simple/`, timeoutMs: 150 }).getProject('x'), 'timeout');
      expect(err.url).toBe(`http://127.0.0.1:${port}/simple/x/`);
    } finally {
      for (const sock of sockets) sock.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('times out a page that stalls mid-body, without retrying', async () => {
    const s = await server({ projects: demo, faults: { '/simple/demo/': { stall: true } } });
    const err = await failure(client({ indexUrl: s.indexUrl, timeoutMs: 150 }).getProject('demo'), 'timeout');
    expect(err.message).toMatch(/^timed out after 150 ms reading the body \(after \d+ of \d+ bytes\) from /);
    expect(err.url).toBe(`${s.url}/simple/demo/`);
    expect(s.requests).toHaveLength(1);
  });

  it('recovers from a page cut off mid-body', async () => {
    const s = await server({ projects: demo, faults: { '/simple/demo/': { truncate: true, times: 1 } } });
    await expect(client({ indexUrl: s.indexUrl }).getProject('demo')).resolves.toMatchObject({ name: 'demo' });
    expect(s.requests).toHaveLength(2);
  });

  it('reports a page that is always cut off, with how much arrived', async () => {
    const s = await server({ projects: demo, faults: { '/simple/demo/': { truncate: true } } });
    const err = await failure(client({ indexUrl: s.indexUrl, retries: 0 }).getProject('demo'), 'network');
    expect(err.message).toMatch(new RegExp(`reading the body \\(after \\d+ of \\d+ bytes\\) from ${s.url}/simple/demo/`));
  });

  it('refuses a page larger than maxPageBytes from its Content-Length, before reading it', async () => {
    const s = await server({ projects: demo, faults: { '/simple/demo/': { body: 'x'.repeat(5000), contentType: 'text/html' } } });
    const c = client({ indexUrl: s.indexUrl, maxPageBytes: 1000 });
    const err = await failure(c.getProject('demo'), 'too-large');
    expect(err.message).toContain('announced 5000 bytes, more than the 1000-byte limit');
    expect(err.message).toContain(`${s.url}/simple/demo/`);
    expect(c.stats().bytes).toBe(0);
  });

  it('refuses a gzip page that inflates past maxPageBytes', async () => {
    // Identical contents: the page repeats itself, so it compresses far below the limit.
    const files = Array.from({ length: 200 }, (_, i) => ({ filename: `demo-${i}.0.tar.gz`, data: new Uint8Array([7]) }));
    const s = await server({ gzip: true, projects: { demo: files } });
    const err = await failure(client({ indexUrl: s.indexUrl, maxPageBytes: 4096 }).getProject('demo'), 'too-large');
    expect(err.message).toContain('inflates to more than the 4096-byte limit');
  });
});

describe('redirects', () => {
  it('does not forward credentials to another host:port, and sends that origin its own', async () => {
    const target = await server({ projects: demo });
    const origin = await server({
      projects: demo,
      auth: { username: 'alice', password: PASSWORD },
      faults: { '/simple/demo/': { redirect: `${target.url}/simple/demo/`, status: 307 } },
    });
    const c = client({ indexUrl: origin.indexUrl.replace('http://', `http://alice:${PASSWORD}@`) });
    const page = await c.getProject('demo');
    expect(page.urls).toEqual([`${target.url}/simple/demo/`]);
    expect(origin.requests[0]!.headers.authorization).toBeDefined();
    expect(target.requests).toHaveLength(1);
    expect(target.requests[0]!.headers.authorization).toBeUndefined();
    expect(JSON.stringify(target.requests)).not.toContain(PASSWORD);
  });

  it('sends credentials configured for the redirect target to that target', async () => {
    const target = await server({ projects: demo, auth: { username: 'bob', password: 'bobs-pw' } });
    const origin = await server({ projects: demo, faults: { '/simple/demo/': { redirect: `${target.url}/simple/demo/` } } });
    const c = client({ indexUrl: origin.indexUrl, credentials: { [`http://${new URL(target.url).host}`]: 'bob:bobs-pw' } });
    await expect(c.getProject('demo')).resolves.toMatchObject({ name: 'demo' });
    expect(origin.requests[0]!.headers.authorization).toBeUndefined();
    expect(target.requests[0]!.headers.authorization).toBe('Basic ' + Buffer.from('bob:bobs-pw').toString('base64'));
  });

  it('stops after 5 redirects', async () => {
    const s = await server({ projects: demo, faults: { '/loop': { redirect: '/loop' }, '/simple/demo/': { redirect: '/loop' } } });
    const err = await failure(client({ indexUrl: s.indexUrl }).getProject('demo'), 'redirect');
    expect(err.message).toContain(`more than 5 redirects starting at ${s.url}/simple/demo/`);
    expect(s.requests).toHaveLength(6);
  });

  it('fails on a redirect without a Location', async () => {
    const s = await server({ projects: demo, faults: { '/simple/demo/': { status: 302 } } });
    const err = await failure(client({ indexUrl: s.indexUrl }).getProject('demo'), 'redirect');
    expect(err.message).toBe(`302 Found from ${s.url}/simple/demo/ has no Location header`);
  });

  it('does not follow a redirect to another scheme', async () => {
    const s = await server({ projects: demo, faults: { '/simple/demo/': { redirect: 'file:///etc/passwd' } } });
    const err = await failure(client({ indexUrl: s.indexUrl }).getProject('demo'), 'redirect');
    expect(err.message).toContain('file: URL, which is not followed');
  });
});

it('keeps requests in flight within the concurrency bound', async () => {
  const projects = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${i}`, [{ filename: `p${i}-1.0.tar.gz`, data: new Uint8Array([i]) }]]));
  const s = await server({ projects, delayMs: 30 });
  const c = client({ indexUrl: s.indexUrl, concurrency: 3 });
  const pages = await Promise.all(Object.keys(projects).map((name) => c.getProject(name)));
  expect(pages).toHaveLength(12);
  expect(s.requests).toHaveLength(12);
  expect(s.maxInFlight).toBe(3);

  const serial = await server({ projects, delayMs: 5 });
  const one = client({ indexUrl: serial.indexUrl, concurrency: 1 });
  await Promise.all(Object.keys(projects).map((name) => one.getProject(name)));
  expect(serial.maxInFlight).toBe(1);
});

describe('secrets', () => {
  const USER = 'alice';
  const SECRET = 'S3cr3t/P@ss:word';
  const encoded = encodeURIComponent(SECRET);
  const basic = Buffer.from(`${USER}:${SECRET}`).toString('base64');

  function leaks(err: IndexError): string[] {
    const text = [err.message, err.url, err.stack ?? '', JSON.stringify(err), inspect(err, { depth: 5 }), String(err)].join('\n');
    return [SECRET, encoded, basic].filter((s) => text.includes(s));
  }

  it('lists every form of every credential it holds', () => {
    const c = client({
      indexUrl: `https://${USER}:${encoded}@pkgs.example.com/simple`,
      extraIndexUrls: [`https://${TOKEN}@tokens.example.com/simple`],
      credentials: { 'other.example.com:8443': TOKEN + '2' },
    });
    expect(c.secrets()).toEqual(expect.arrayContaining([SECRET, encoded, basic, `${USER}:${SECRET}`, TOKEN, TOKEN + '2']));
    expect(c.secrets()).not.toContain(USER);
  });

  it.each<[string, IndexServerOptions, IndexErrorKind]>([
    ['401', { projects: demo, auth: { username: USER, password: 'different' } }, 'auth'],
    ['403', { projects: demo, faults: { '/simple/': { status: 403 } } }, 'auth'],
    ['404', { projects: {} }, 'not-found'],
    ['503', { projects: demo, faults: { '/simple/': { status: 503, body: `echo ${SECRET}` } } }, 'http'],
    ['reset', { projects: demo, faults: { '/simple/': { reset: true } } }, 'network'],
    ['hang', { projects: demo, faults: { '/simple/': { hang: true } } }, 'timeout'],
    ['truncated', { projects: demo, faults: { '/simple/': { truncate: true } } }, 'network'],
    ['malformed', { projects: demo, faults: { '/simple/': { body: `{"files": "${SECRET}"}` } } }, 'malformed'],
    ['bad link', { mode: 'html', projects: demo, faults: { '/simple/': { body: `<a href="http://[${SECRET}">x</a>` } } }, 'malformed'],
    ['too large', { projects: demo, faults: { '/simple/': { body: 'y'.repeat(3000) } } }, 'too-large'],
    ['redirect loop', { projects: demo, faults: { '/simple/': { redirect: `/simple/demo/?token=${SECRET}` } } }, 'redirect'],
  ])('keeps credentials out of a %s error', async (_label, opts, kind) => {
    const s = await server(opts);
    const c = client({ indexUrl: s.indexUrl.replace('http://', `http://${USER}:${encoded}@`), timeoutMs: 200, retries: 1, maxPageBytes: 2000 });
    const err = await failure(c.getProject('demo'), kind);
    expect(err.message).toContain(`${s.url}/simple/demo/`);
    expect(leaks(err)).toEqual([]);
  });
});

it('fails the whole answer when one index fails other than with a 404', async () => {
  const good = await server({ projects: demo });
  const broken = await server({ projects: demo, faults: { '/simple/': { status: 500 } } });
  const c = client({ indexUrl: good.indexUrl, extraIndexUrls: [broken.indexUrl], retries: 1 });
  const err = await failure(c.getProject('demo'), 'http');
  expect(err.message).toBe(`500 Internal Server Error from ${broken.url}/simple/demo/ (gave up after 2 attempts)`);
  await expect(c.getProject('demo', ['ftp://example.com/simple'])).rejects.toThrow('must be an http or https URL');
});

it('rejects index URLs it cannot use, naming them without their credentials', () => {
  expect(() => new IndexClient({ indexUrl: 'ftp://user:hunter2@example.com/simple' })).toThrow(
    'index URL "ftp://***@example.com/simple" must be an http or https URL',
  );
  expect(() => new IndexClient({ indexUrl: 'not a url' })).toThrow('index URL "not a url" is not a valid URL');
  expect(() => new IndexClient({ indexUrl: 'https://example.com/simple', concurrency: 0 })).toThrow('concurrency must be a positive integer');
});
