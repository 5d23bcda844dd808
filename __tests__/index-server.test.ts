// The test index itself: other rooms' integration tests lean on it, so its behavior is pinned here.

import { request } from 'undici';
import { gunzipSync } from 'node:zlib';
import { startIndexServer, type IndexServer } from './helpers/index-server.js';

const data = new TextEncoder().encode('0123456789abcdefghij');
const files = [
  { filename: 'Demo_Pkg-1.0.tar.gz', data, requiresPython: '>=3.8', metadata: 'Name: Demo_Pkg\n' },
  { filename: 'demo_pkg-1.0-py3-none-any.whl', data: new Uint8Array([1]), yanked: true },
];

let s: IndexServer;
afterEach(async () => {
  await s?.close();
});

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await request(`${s.url}${path}`, { headers });
  const body = Buffer.from(await res.body.arrayBuffer());
  return { status: res.statusCode, headers: res.headers, body, text: body.toString('utf8') };
}

it('negotiates the page format from Accept', async () => {
  s = await startIndexServer({ projects: { 'Demo.Pkg': files } });
  const json = await get('/simple/demo-pkg/', { accept: 'application/vnd.pypi.simple.v1+json, text/html;q=0.1' });
  expect(json.headers['content-type']).toBe('application/vnd.pypi.simple.v1+json');
  const parsed = JSON.parse(json.text);
  expect(parsed).toMatchObject({ meta: { 'api-version': '1.1' }, name: 'demo-pkg', versions: ['1.0'] });
  expect(parsed.files[0]).toMatchObject({ filename: 'Demo_Pkg-1.0.tar.gz', 'requires-python': '>=3.8', size: 20, url: `${s.url}/files/Demo_Pkg-1.0.tar.gz` });
  expect(parsed.files[1].yanked).toBe(true);

  const html = await get('/simple/demo-pkg/', { accept: 'text/html' });
  expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(html.text).toContain('data-requires-python="&gt;=3.8"');
  expect(html.text).toContain('href="../../files/Demo_Pkg-1.0.tar.gz#sha256=');
  expect(html.text).toContain('data-yanked=""');

  expect((await get('/simple/demo-pkg/', { accept: 'application/vnd.pypi.simple.v1+html' })).headers['content-type']).toBe(
    'application/vnd.pypi.simple.v1+html',
  );
  expect((await get('/simple/demo-pkg/')).headers['content-type']).toBe('text/html; charset=utf-8');
  expect((await get('/simple/demo-pkg/', { accept: 'image/png' })).status).toBe(406);
});

it('serves one format whatever is asked in json and html modes', async () => {
  s = await startIndexServer({ mode: 'html', projects: { demo: files } });
  expect((await get('/simple/demo/', { accept: 'application/vnd.pypi.simple.v1+json' })).headers['content-type']).toBe('text/html; charset=utf-8');
  s.update({ mode: 'json' });
  expect((await get('/simple/demo/', { accept: 'text/html' })).headers['content-type']).toBe('application/vnd.pypi.simple.v1+json');
});

it('lists projects at the root and redirects other spellings to the normalized URL', async () => {
  s = await startIndexServer({ projects: { 'Demo.Pkg': files, other: [] }, setuptools: false });
  const root = await get('/simple/', { accept: 'application/vnd.pypi.simple.v1+json' });
  expect(JSON.parse(root.text).projects).toEqual([{ name: 'demo-pkg' }, { name: 'other' }]);
  const moved = await get('/simple/Demo_Pkg/');
  expect(moved.status).toBe(301);
  expect(moved.headers.location).toBe('/simple/demo-pkg/');
  expect((await get('/simple/demo-pkg')).headers.location).toBe('/simple/demo-pkg/');
  expect((await get('/simple/missing/')).status).toBe(404);
});

it('serves files, PEP 658 metadata and byte ranges', async () => {
  s = await startIndexServer({ projects: { demo: files } });
  expect((await get('/files/Demo_Pkg-1.0.tar.gz')).text).toBe('0123456789abcdefghij');
  expect((await get('/files/Demo_Pkg-1.0.tar.gz.metadata')).text).toBe('Name: Demo_Pkg\n');
  expect((await get('/files/demo_pkg-1.0-py3-none-any.whl.metadata')).status).toBe(404);
  const part = await get('/files/Demo_Pkg-1.0.tar.gz', { range: 'bytes=2-5' });
  expect([part.status, part.text, part.headers['content-range']]).toEqual([206, '2345', 'bytes 2-5/20']);
  expect((await get('/files/Demo_Pkg-1.0.tar.gz', { range: 'bytes=-3' })).text).toBe('hij');
  expect((await get('/files/Demo_Pkg-1.0.tar.gz', { range: 'bytes=18-' })).text).toBe('ij');
  const bad = await get('/files/Demo_Pkg-1.0.tar.gz', { range: 'bytes=30-40' });
  expect([bad.status, bad.headers['content-range']]).toEqual([416, 'bytes */20']);
});

it('answers a matching If-None-Match with 304 and sends cache headers', async () => {
  s = await startIndexServer({ projects: { demo: files }, cacheControl: 'max-age=600' });
  const first = await get('/simple/demo/');
  expect(first.headers['cache-control']).toBe('max-age=600');
  expect(first.headers['last-modified']).toBeDefined();
  const etag = first.headers.etag as string;
  expect((await get('/simple/demo/', { 'if-none-match': etag })).status).toBe(304);
  expect((await get('/simple/demo/', { 'if-none-match': '"other"' })).status).toBe(200);
  // A different representation has a different tag.
  expect((await get('/simple/demo/', { accept: 'application/vnd.pypi.simple.v1+json', 'if-none-match': etag })).status).toBe(200);
});

it('requires Basic auth when configured', async () => {
  s = await startIndexServer({ projects: { demo: files }, auth: { username: 'u', password: 'p' } });
  const denied = await get('/simple/demo/');
  expect([denied.status, denied.headers['www-authenticate']]).toEqual([401, 'Basic realm="index"']);
  expect((await get('/simple/demo/', { authorization: 'Basic ' + Buffer.from('u:p').toString('base64') })).status).toBe(200);
});

it('injects faults by longest path prefix, a given number of times', async () => {
  s = await startIndexServer({
    projects: { demo: files },
    faults: { '/simple/': { status: 503, retryAfter: '7', times: 1 }, '/simple/demo/': { status: 429, times: 2 } },
  });
  const statuses = [];
  for (let i = 0; i < 3; i++) statuses.push((await get('/simple/demo/')).status);
  expect(statuses).toEqual([429, 429, 200]);
  const busy = await get('/simple/');
  expect([busy.status, busy.headers['retry-after']]).toEqual([503, '7']);
  expect((await get('/simple/')).status).toBe(200);
  s.update({ faults: { '/files/': { body: 'replaced', contentType: 'text/x-test' } } });
  const replaced = await get('/files/Demo_Pkg-1.0.tar.gz');
  expect([replaced.text, replaced.headers['content-type']]).toEqual(['replaced', 'text/x-test']);
  expect(s.requests.map((r) => r.path)).toEqual([
    '/simple/demo/',
    '/simple/demo/',
    '/simple/demo/',
    '/simple/',
    '/simple/',
    '/files/Demo_Pkg-1.0.tar.gz',
  ]);
});

it('gzips pages for clients that accept it', async () => {
  s = await startIndexServer({ projects: { demo: files }, gzip: true });
  const res = await get('/simple/demo/', { 'accept-encoding': 'gzip' });
  expect(res.headers['content-encoding']).toBe('gzip');
  expect(gunzipSync(res.body).toString()).toContain('Demo_Pkg-1.0.tar.gz');
});

it('resets, truncates and closes hanging connections on close', async () => {
  s = await startIndexServer({ projects: { demo: files }, faults: { '/reset': { reset: true }, '/cut': { truncate: true, status: 200, body: 'x'.repeat(100) }, '/hang': { hang: true } } });
  await expect(request(`${s.url}/reset`)).rejects.toThrow();
  const cut = await request(`${s.url}/cut`);
  expect(cut.headers['content-length']).toBe('100');
  await expect(cut.body.text()).rejects.toThrow();
  const hanging = request(`${s.url}/hang`);
  while (s.inFlight === 0) await new Promise((r) => setImmediate(r));
  await s.close();
  await expect(hanging).rejects.toThrow();
});
