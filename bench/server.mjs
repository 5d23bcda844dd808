// The benchmark's package index: real HTTP on 127.0.0.1, PEP 691 JSON project pages with the
// caching headers PyPI sends (Cache-Control: max-age, ETag, 304 on If-None-Match), every wheel's
// core metadata announced and served as PEP 658/714 say (`core-metadata` with its hash, the file
// at the wheel's URL + `.metadata`), files from memory or streamed from disk, and a fixed delay
// before every response, as a faraway index has. It counts what it was asked for and what it
// sent, and keeps a timeline of when each request arrived and was answered, so the benchmark
// reports what really crossed the wire, and when.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';

const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';

function emptyCounts() {
  return { requests: 0, pages: 0, notModified: 0, metadata: 0, sdists: 0, wheels: 0, other: 0, bytes: 0 };
}

/** What a request asked for, for the counts and the timeline. */
function kindOf(path) {
  if (/^\/simple\/[^/]+\/$/.test(path)) return 'page';
  if (path.endsWith('.metadata')) return 'metadata';
  if (path.endsWith('.whl')) return 'wheel';
  if (path.startsWith('/files/')) return 'sdist';
  return 'other';
}

/**
 * @param projects Map of normalized name -> files ({ filename, sha256, size, data?, path?, metadata? });
 *   a file with `metadata` (its core metadata, bytes) has it announced and served
 * @param opts { delayMs, maxAge }
 */
export async function startBenchServer(projects, { delayMs = 50, maxAge = 600 } = {}) {
  let base = '';
  const byFilename = new Map();
  for (const files of projects.values()) for (const f of files) byFilename.set(f.filename, f);
  for (const files of projects.values()) for (const f of files) if (f.metadata) f.metadataSha256 = createHash('sha256').update(f.metadata).digest('hex');
  const pages = new Map();
  for (const [name, files] of projects) {
    const body = Buffer.from(
      JSON.stringify({
        meta: { 'api-version': '1.1' },
        name,
        versions: ['1.0.0', '1.1.0', '1.2.0'],
        files: files.map((f) => ({
          filename: f.filename,
          url: `/files/${f.filename}`,
          hashes: { sha256: f.sha256 },
          size: f.size,
          'requires-python': '>=3.8',
          // as PyPI announces it: both the PEP 714 name and the older one
          ...(f.metadata ? { 'core-metadata': { sha256: f.metadataSha256 }, 'data-dist-info-metadata': { sha256: f.metadataSha256 } } : {}),
        })),
      }),
    );
    pages.set(name, { body, etag: `"${files[files.length - 1].sha256.slice(0, 16)}-${body.length}"` });
  }
  let counts = emptyCounts();

  const respond = (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const project = /^\/simple\/([^/]+)\/$/.exec(path);
    if (project) {
      const page = pages.get(project[1]);
      if (!page) {
        counts.other++;
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        return;
      }
      const headers = { 'content-type': JSON_TYPE, etag: page.etag, 'cache-control': `max-age=${maxAge}, public`, vary: 'Accept, Accept-Encoding' };
      if (req.headers['if-none-match'] === page.etag) {
        counts.notModified++;
        res.writeHead(304, headers).end();
        return;
      }
      counts.pages++;
      counts.bytes += page.body.length;
      res.writeHead(200, { ...headers, 'content-length': String(page.body.length) }).end(page.body);
      return;
    }
    const meta = /^\/files\/([^/]+)\.metadata$/.exec(path);
    if (meta) {
      const of = byFilename.get(decodeURIComponent(meta[1]));
      if (!of?.metadata) {
        counts.other++;
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        return;
      }
      counts.metadata++;
      counts.bytes += of.metadata.length;
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(of.metadata.length) }).end(of.metadata);
      return;
    }
    const file = /^\/files\/([^/]+)$/.exec(path);
    const f = file ? byFilename.get(decodeURIComponent(file[1])) : undefined;
    if (!f || (!f.data && !f.path)) {
      counts.other++;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    if (f.filename.endsWith('.whl')) counts.wheels++;
    else counts.sdists++;
    counts.bytes += f.size;
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(f.size) });
    if (f.data) res.end(f.data);
    else createReadStream(f.path).pipe(res);
  };

  // [arrived, answered, kind] per request, in milliseconds since the last take()
  let timeline = [];
  let epoch = performance.now();
  const server = createServer({ keepAliveTimeout: 30_000 }, (req, res) => {
    counts.requests++;
    const entry = [performance.now() - epoch, -1, kindOf((req.url ?? '/').split('?')[0])];
    timeline.push(entry);
    res.on('finish', () => (entry[1] = performance.now() - epoch));
    req.resume();
    if (delayMs > 0) setTimeout(() => respond(req, res), delayMs);
    else respond(req, res);
  });
  const sockets = new Set();
  let connections = 0;
  server.on('connection', (s) => {
    connections++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  return {
    indexUrl: `${base}/simple`,
    /** Counts since the last reset, with the number of TCP connections opened and the timeline. */
    take() {
      const out = { ...counts, connections, timeline };
      counts = emptyCounts();
      connections = 0;
      timeline = [];
      epoch = performance.now();
      return out;
    },
    /** Starts the timeline's clock (and forgets what came before): call it as a run starts. */
    mark() {
      counts = emptyCounts();
      connections = 0;
      timeline = [];
      epoch = performance.now();
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
