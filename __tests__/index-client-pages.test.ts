import { makeSdist, makeWheel } from './helpers/archives.js';
import { startIndexServer, type IndexServer, type IndexServerFile } from './helpers/index-server.js';
import { IndexClient } from '../src/index/client.js';
import { IndexError, type IndexErrorKind } from '../src/index/errors.js';
import { createHash } from 'node:crypto';

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

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

const sdist = makeSdist('Demo_Pkg', '1.0');
const wheel = makeWheel('Demo_Pkg', '1.0');
const old = makeSdist('Demo_Pkg', '0.9');

const servers: IndexServer[] = [];
const clients: IndexClient[] = [];

async function server(opts: Parameters<typeof startIndexServer>[0]): Promise<IndexServer> {
  const s = await startIndexServer(opts);
  servers.push(s);
  return s;
}

function client(opts: ConstructorParameters<typeof IndexClient>[0]): IndexClient {
  const c = new IndexClient({ timeoutMs: 2000, backoffMs: 5, ...opts });
  clients.push(c);
  return c;
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const METADATA = 'Metadata-Version: 2.1\nName: Demo_Pkg\nVersion: 1.0\n';
const demoFiles: IndexServerFile[] = [
  { ...sdist, requiresPython: '>=3.8,<4', metadata: METADATA },
  { filename: wheel.filename, data: wheel.data },
  { ...old, yanked: 'security issue <CVE>' },
];

describe.each(['json', 'html'] as const)('project pages served as %s', (mode) => {
  it('lists every file with hashes, requires-python, yanked and metadata', async () => {
    const s = await server({ mode, projects: { 'demo-pkg': demoFiles } });
    const c = client({ indexUrl: s.indexUrl });
    const page = await c.getProject('Demo.Pkg');
    expect(page.name).toBe('demo-pkg');
    expect(page.urls).toEqual([`${s.url}/simple/demo-pkg/`]);
    expect(page.files).toEqual([
      expect.objectContaining({
        filename: sdist.filename,
        url: `${s.url}/files/${sdist.filename}`,
        hashes: { sha256: sha256(sdist.data) },
        requiresPython: '>=3.8,<4',
        yanked: false,
        coreMetadata: { sha256: sha256(METADATA) },
      }),
      expect.objectContaining({ filename: wheel.filename, yanked: false, coreMetadata: false }),
      expect.objectContaining({ filename: old.filename, yanked: 'security issue <CVE>' }),
    ]);
    expect(s.requests[0]!.headers.accept).toBe(
      'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01',
    );
    expect(s.requests[0]!.headers['user-agent']).toBe('sdist-guard/dev (+https://github.com/sdist-guard/sdist-guard)');
  });
});

it('negotiates JSON from an index that offers both, and parses HTML from one that ignores Accept', async () => {
  const both = await server({ mode: 'both', projects: { 'demo-pkg': demoFiles } });
  const html = await server({ mode: 'html', projects: { 'demo-pkg': demoFiles } });
  const c = client({ indexUrl: both.indexUrl, extraIndexUrls: [html.indexUrl], version: '1.2.3' });
  const page = await c.getProject('demo-pkg');
  expect(page.files).toHaveLength(3);
  expect(both.requests.map((r) => r.headers['user-agent'])).toEqual(['sdist-guard/1.2.3 (+https://github.com/sdist-guard/sdist-guard)']);
  // The HTML index links relatively (../../files/...): the URL must still resolve to its own host.
  const fromHtml = await c.getProject('demo-pkg', [html.indexUrl]);
  expect(fromHtml.files[0]!.url).toBe(`${html.url}/files/${sdist.filename}`);
});

it('reads a static-index HTML page with entities, relative links and a charset', async () => {
  const body = `<!DOCTYPE html><html><head><title>Links for demo</title></head><body>
<a href="../../pool/d/demo-1.0.tar.gz#sha256=${'c'.repeat(64)}" data-requires-python="&gt;=3.7&#44;&lt;3.13">demo-1.0.tar.gz</a>
<a href="/pool/d/d%C3%A9mo-2.0.tar.gz" data-yanked="">d\u00e9mo-2.0.tar.gz</a>
</body></html>`;
  const s = await server({
    mode: 'html',
    projects: { demo: [] },
    faults: { '/simple/demo/': { body, contentType: 'text/html; charset=utf-8' } },
  });
  const c = client({ indexUrl: `${s.indexUrl}/` });
  const page = await c.getProject('demo');
  expect(page.files).toEqual([
    {
      filename: 'demo-1.0.tar.gz',
      url: `${s.url}/pool/d/demo-1.0.tar.gz`,
      hashes: { sha256: 'c'.repeat(64) },
      requiresPython: '>=3.7,<3.13',
      yanked: false,
      coreMetadata: false,
    },
    { filename: 'd\u00e9mo-2.0.tar.gz', url: `${s.url}/pool/d/d%C3%A9mo-2.0.tar.gz`, hashes: {}, yanked: true, coreMetadata: false },
  ]);
});

it('merges files across indexes like pip: index URL first, a filename seen again is dropped', async () => {
  const primary = await server({ mode: 'json', projects: { demo: [{ filename: 'demo-1.0.tar.gz', data: new Uint8Array([1]) }] } });
  const extra = await server({
    mode: 'html',
    projects: {
      demo: [
        { filename: 'demo-1.0.tar.gz', data: new Uint8Array([2]) },
        { filename: 'demo-2.0.tar.gz', data: new Uint8Array([3]) },
      ],
    },
  });
  const c = client({ indexUrl: primary.indexUrl, extraIndexUrls: [extra.indexUrl] });
  const page = await c.getProject('demo');
  expect(page.files.map((f) => [f.filename, f.url])).toEqual([
    ['demo-1.0.tar.gz', `${primary.url}/files/demo-1.0.tar.gz`],
    ['demo-2.0.tar.gz', `${extra.url}/files/demo-2.0.tar.gz`],
  ]);
  expect(page.files[0]!.hashes.sha256).toBe(sha256(new Uint8Array([1])));
  expect(page.urls).toEqual([`${primary.url}/simple/demo/`, `${extra.url}/simple/demo/`]);
});

it('is fine with a 404 from one index while another has the project', async () => {
  const empty = await server({ projects: {} });
  const full = await server({ projects: { demo: [{ filename: 'demo-1.0.tar.gz', data: new Uint8Array([1]) }] } });
  const c = client({ indexUrl: empty.indexUrl, extraIndexUrls: [full.indexUrl] });
  const page = await c.getProject('demo');
  expect(page.files.map((f) => f.filename)).toEqual(['demo-1.0.tar.gz']);
  expect(page.urls).toEqual([`${full.url}/simple/demo/`]);
});

it('reports not-found when no index has the project, naming every page asked', async () => {
  const a = await server({ projects: {} });
  const b = await server({ projects: {} });
  const c = client({ indexUrl: a.indexUrl, extraIndexUrls: [b.indexUrl] });
  const err = await failure(c.getProject('ghost'), 'not-found');
  expect(err.message).toContain(`${a.url}/simple/ghost/`);
  expect(err.message).toContain(`${b.url}/simple/ghost/`);
  expect(err.status).toBe(404);
});

it('rejects a name that is not a project name without asking any index', async () => {
  const s = await server({ projects: {} });
  const c = client({ indexUrl: s.indexUrl });
  const err = await failure(c.getProject('../../etc'), 'not-found');
  expect(err.message).toContain('not a valid project name');
  expect(s.requests).toHaveLength(0);
});

it('shares one request between concurrent and repeated calls for the same project and indexes', async () => {
  const s = await server({ delayMs: 20, projects: { 'demo-pkg': demoFiles } });
  const c = client({ indexUrl: s.indexUrl });
  const pages = await Promise.all([c.getProject('demo-pkg'), c.getProject('Demo_Pkg'), c.getProject('DEMO.pkg')]);
  await c.getProject('demo-pkg');
  expect(pages[1]).toBe(pages[0]);
  expect(s.requests.filter((r) => r.path === '/simple/demo-pkg/')).toHaveLength(1);
  expect(c.stats().requests).toBe(1);
  // A different index list is a different question, but the page it shares is not fetched again.
  const other = await server({ projects: {} });
  await c.getProject('demo-pkg', [s.indexUrl, other.indexUrl]);
  expect(s.requests).toHaveLength(1);
  expect(other.requests).toHaveLength(1);
});

it('follows the redirect an index sends for a page and resolves links against the final URL', async () => {
  const s = await server({ projects: { demo: [] } });
  s.update({
    faults: {
      '/simple/demo/': { redirect: '/mirror/simple/demo/', status: 301 },
      '/mirror/simple/demo/': { status: 200, body: '<a href="../files/demo-1.0.tar.gz">demo</a>', contentType: 'text/html' },
    },
  });
  const page = await client({ indexUrl: s.indexUrl }).getProject('demo');
  expect(page.urls).toEqual([`${s.url}/mirror/simple/demo/`]);
  expect(page.files.map((f) => f.url)).toEqual([`${s.url}/mirror/simple/files/demo-1.0.tar.gz`]);
  expect(s.requests.map((r) => r.path)).toEqual(['/simple/demo/', '/mirror/simple/demo/']);
});

it('decompresses gzip pages', async () => {
  const s = await server({ gzip: true, projects: { 'demo-pkg': demoFiles } });
  const c = client({ indexUrl: s.indexUrl });
  const page = await c.getProject('demo-pkg');
  expect(page.files).toHaveLength(3);
  expect(s.requests[0]!.headers['accept-encoding']).toBe('gzip');
});

describe('bodies that do not match their Content-Type', () => {
  it('fails on a JSON body labelled HTML', async () => {
    const s = await server({ mode: 'json', projects: { demo: [] }, faults: { '/simple/demo/': { contentType: 'text/html' } } });
    const err = await failure(client({ indexUrl: s.indexUrl }).getProject('demo'), 'malformed');
    expect(err.message).toContain(`${s.url}/simple/demo/`);
    expect(err.message).toContain('no markup');
  });

  it('fails on an HTML body labelled JSON', async () => {
    const s = await server({
      mode: 'html',
      projects: { demo: [] },
      faults: { '/simple/demo/': { contentType: 'application/vnd.pypi.simple.v1+json' } },
    });
    const err = await failure(client({ indexUrl: s.indexUrl }).getProject('demo'), 'malformed');
    expect(err.message).toMatch(/not valid JSON/);
    expect(err.url).toBe(`${s.url}/simple/demo/`);
  });

  it('fails on malformed JSON without retrying', async () => {
    const s = await server({ projects: { demo: [] }, faults: { '/simple/demo/': { body: '{"files": [' } } });
    const c = client({ indexUrl: s.indexUrl });
    const err = await failure(c.getProject('demo'), 'malformed');
    expect(err.message).toContain(`${s.url}/simple/demo/`);
    expect(s.requests).toHaveLength(1);
  });

  it('fails on a Content-Type that is neither format', async () => {
    const s = await server({ projects: { demo: [] }, faults: { '/simple/demo/': { body: '{"files": []}', contentType: 'application/json' } } });
    const err = await failure(client({ indexUrl: s.indexUrl }).getProject('demo'), 'malformed');
    expect(err.message).toContain('unexpected Content-Type "application/json"');
    expect(err.message).toContain(`${s.url}/simple/demo/`);
  });
});
