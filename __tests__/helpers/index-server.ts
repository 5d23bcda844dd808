// A real package index on 127.0.0.1 for tests: PEP 691 JSON and PEP 503 HTML project pages chosen
// by Accept (or forced, like a static or Artifactory index), files with Range support, PEP 658
// metadata, Basic auth, ETag/304, and faults injected by path prefix: statuses, Retry-After,
// connection resets, hangs, truncated bodies, odd bodies and content types, redirects.

import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { makeWheel } from './archives.js';

export interface IndexServerFile {
  filename: string;
  data: Uint8Array;
  requiresPython?: string;
  /** `true`, or the reason, when the file is yanked. */
  yanked?: boolean | string;
  /** A JSON page's `filename` for this file, when it must differ from the name in its URL. */
  pageFilename?: string;
  /** The PEP 658 metadata file's body, served at `/files/<filename>.metadata`. */
  metadata?: string;
}

export interface IndexFault {
  /** Answer with this status instead of the normal response. */
  status?: number;
  retryAfter?: string;
  /** Apply to this many matching requests, then behave normally; unlimited when absent. */
  times?: number;
  /** Reset the connection without answering. */
  reset?: boolean;
  /** Accept the request and never answer. */
  hang?: boolean;
  /** Answer only once a request for this path has arrived (never, if none does): shows what was asked for meanwhile. */
  until?: string;
  /** Announce the full Content-Length, send half the body, close the connection. */
  truncate?: boolean;
  /** Announce the full Content-Length, send half the body, then send nothing more and keep the connection open. */
  stall?: boolean;
  /** Send the body chunked, without a Content-Length. */
  chunked?: boolean;
  /** Send the body a few bytes at a time, `bytes` every `everyMs`, for as long as the client listens. */
  drip?: { bytes: number; everyMs: number };
  /** Replace the body (with `status`, or of the normal response). */
  body?: string;
  /** Replace the Content-Type (with `status`, or of the normal response). */
  contentType?: string;
  /** Answer 302 (or `status`, when it is a 3xx) with this Location. */
  redirect?: string;
  /** Extra response headers. */
  headers?: Record<string, string>;
}

export type IndexMode = 'both' | 'json' | 'html';

export interface IndexServerOptions {
  projects?: Record<string, IndexServerFile[]>;
  /** `both` negotiates by Accept; `json` always answers JSON; `html` ignores Accept and serves text/html. */
  mode?: IndexMode;
  auth?: { username: string; password: string };
  delayMs?: number;
  cacheControl?: string;
  /** By path prefix; the longest matching prefix applies. */
  faults?: Record<string, IndexFault>;
  /** Gzip pages when the client accepts it. */
  gzip?: boolean;
  /** Make file links in pages absolute (default: JSON absolute, HTML relative as static indexes do). */
  absoluteLinks?: boolean;
  /**
   * Like any real index, the server has a setuptools wheel, which pip installs to build an sdist
   * that names no build system, unless `projects` has its own setuptools or this is false.
   */
  setuptools?: boolean;
}

/** The setuptools every sdist without a build table needs, as a wheel, built once. */
let defaultSetuptools: IndexServerFile | undefined;

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface IndexServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `url + '/simple'` */
  indexUrl: string;
  requests: RecordedRequest[];
  /** Requests being answered right now, and the most there ever were at once. */
  readonly inFlight: number;
  readonly maxInFlight: number;
  /** Replaces the given options; fault counters start over when `faults` is given. */
  update(opts: Partial<IndexServerOptions>): void;
  close(): Promise<void>;
}

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';
const HTML_V1_TYPE = 'application/vnd.pypi.simple.v1+html';
const LAST_MODIFIED = new Date(Date.UTC(2024, 0, 2, 3, 4, 5)).toUTCString();
const enc = new TextEncoder();

function normalize(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The version part of a wheel or sdist filename, for PEP 700's `versions`. */
function versionOf(filename: string): string | undefined {
  if (filename.endsWith('.whl')) return filename.split('-')[1];
  const stem = filename.replace(/\.(tar\.gz|tgz|tar\.bz2|tbz|tar\.xz|txz|tlz|tar\.lz|tar\.lzma|tar|zip)$/, '');
  if (stem === filename) return undefined;
  const dash = stem.lastIndexOf('-');
  return dash > 0 ? stem.slice(dash + 1) : undefined;
}

type Format = 'json' | 'html-v1' | 'html';

/** Picks a page format from an Accept header the way a negotiating index does; undefined = 406. */
function negotiate(accept: string | undefined): Format | undefined {
  if (accept === undefined || accept.trim() === '') return 'html';
  const ranges = accept.split(',').map((part) => {
    const [type, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return { type: type ?? '', q: q ? Number(q.slice(2)) : 1 };
  });
  const quality = (mime: string): number => {
    const [major] = mime.split('/');
    const exact = ranges.find((r) => r.type === mime);
    if (exact) return exact.q;
    const partial = ranges.find((r) => r.type === `${major}/*`);
    if (partial) return partial.q;
    return ranges.find((r) => r.type === '*/*')?.q ?? 0;
  };
  const latest = (kind: string): number => ranges.find((r) => r.type === `application/vnd.pypi.simple.latest+${kind}`)?.q ?? 0;
  const candidates: [Format, number][] = [
    ['json', Math.max(quality(JSON_TYPE), latest('json'))],
    ['html-v1', Math.max(quality(HTML_V1_TYPE), latest('html'))],
    ['html', quality('text/html')],
  ];
  let best: [Format, number] | undefined;
  for (const c of candidates) if (c[1] > 0 && (!best || c[1] > best[1])) best = c;
  return best?.[0];
}

export async function startIndexServer(initial: IndexServerOptions = {}): Promise<IndexServer> {
  let opts: IndexServerOptions = { ...initial };
  let faultUses = new Map<string, number>();
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let inFlight = 0;
  let maxInFlight = 0;
  let base = '';

  const projects = (): Map<string, IndexServerFile[]> => {
    const map = new Map<string, IndexServerFile[]>();
    for (const [name, files] of Object.entries(opts.projects ?? {})) map.set(normalize(name), files);
    if (opts.setuptools !== false && !map.has('setuptools')) map.set('setuptools', [(defaultSetuptools ??= makeWheel('setuptools', '80.9.0'))]);
    return map;
  };

  const findFile = (filename: string): IndexServerFile | undefined => {
    for (const files of projects().values()) {
      const f = files.find((x) => x.filename === filename);
      if (f) return f;
    }
    return undefined;
  };

  const fileLink = (filename: string, absolute: boolean): string =>
    absolute ? `${base}/files/${encodeURIComponent(filename)}` : `../../files/${encodeURIComponent(filename)}`;

  const projectJson = (name: string, files: IndexServerFile[]): string => {
    const versions = [...new Set(files.map((f) => versionOf(f.filename)).filter((v): v is string => v !== undefined))];
    return JSON.stringify({
      meta: { 'api-version': '1.1' },
      name,
      versions,
      files: files.map((f) => {
        const entry: Record<string, unknown> = {
          filename: f.pageFilename ?? f.filename,
          url: fileLink(f.filename, opts.absoluteLinks ?? true),
          hashes: { sha256: sha256(f.data) },
          size: f.data.length,
        };
        if (f.requiresPython !== undefined) entry['requires-python'] = f.requiresPython;
        if (f.yanked) entry.yanked = f.yanked;
        if (f.metadata !== undefined) {
          entry['core-metadata'] = { sha256: sha256(f.metadata) };
          entry['dist-info-metadata'] = { sha256: sha256(f.metadata) };
        }
        return entry;
      }),
    });
  };

  const projectHtml = (name: string, files: IndexServerFile[]): string => {
    const links = files.map((f) => {
      let attrs = `href="${escapeHtml(fileLink(f.filename, opts.absoluteLinks ?? false))}#sha256=${sha256(f.data)}"`;
      if (f.requiresPython !== undefined) attrs += ` data-requires-python="${escapeHtml(f.requiresPython)}"`;
      if (f.yanked) attrs += f.yanked === true ? ' data-yanked=""' : ` data-yanked="${escapeHtml(f.yanked)}"`;
      if (f.metadata !== undefined) {
        const h = `sha256=${sha256(f.metadata)}`;
        attrs += ` data-core-metadata="${h}" data-dist-info-metadata="${h}"`;
      }
      return `    <a ${attrs}>${escapeHtml(f.filename)}</a><br/>`;
    });
    return [
      '<!DOCTYPE html>',
      '<html>',
      '  <head>',
      '    <meta name="pypi:repository-version" content="1.1">',
      `    <title>Links for ${escapeHtml(name)}</title>`,
      '  </head>',
      '  <body>',
      `    <h1>Links for ${escapeHtml(name)}</h1>`,
      ...links,
      '  </body>',
      '</html>',
      '',
    ].join('\n');
  };

  const rootJson = (names: string[]): string =>
    JSON.stringify({ meta: { 'api-version': '1.1' }, projects: names.map((name) => ({ name })) });

  const rootHtml = (names: string[]): string =>
    `<!DOCTYPE html>\n<html><head><title>Simple index</title></head><body>\n${names
      .map((n) => `<a href="${escapeHtml(n)}/">${escapeHtml(n)}</a>`)
      .join('\n')}\n</body></html>\n`;

  const text = (status: number, body: string, type = 'text/plain; charset=utf-8'): Reply => ({
    status,
    headers: { 'content-type': type },
    body: enc.encode(body),
  });

  const redirectTo = (location: string): Reply => ({ status: 301, headers: { location }, body: new Uint8Array(0) });

  /** A page in the negotiated (or forced) format, with validators and optional gzip. */
  const page = (req: IncomingMessage, json: () => string, html: () => string): Reply => {
    const mode = opts.mode ?? 'both';
    const format: Format | undefined = mode === 'json' ? 'json' : mode === 'html' ? 'html' : negotiate(req.headers.accept);
    if (format === undefined) return text(406, 'Not Acceptable: ask for JSON or HTML\n');
    const contentType = format === 'json' ? JSON_TYPE : format === 'html-v1' ? HTML_V1_TYPE : 'text/html; charset=utf-8';
    const body = enc.encode(format === 'json' ? json() : html());
    const etag = `"${sha256(contentType + '\n' + sha256(body)).slice(0, 32)}"`;
    const headers: Record<string, string> = { 'content-type': contentType, etag, 'last-modified': LAST_MODIFIED, vary: 'Accept' };
    if (opts.cacheControl) headers['cache-control'] = opts.cacheControl;
    const inm = req.headers['if-none-match'];
    if (inm && inm.split(',').some((t) => t.trim() === etag || t.trim() === '*')) {
      return { status: 304, headers: { etag, 'last-modified': LAST_MODIFIED }, body: new Uint8Array(0) };
    }
    if (opts.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      headers['content-encoding'] = 'gzip';
      return { status: 200, headers, body: gzipSync(body) };
    }
    return { status: 200, headers, body };
  };

  /** `bytes=a-b`, `bytes=a-`, `bytes=-n`; one range only, as PEP 658 range readers use. */
  const ranged = (req: IncomingMessage, data: Uint8Array, headers: Record<string, string>): Reply => {
    const range = req.headers.range;
    const m = range ? /^bytes=(\d*)-(\d*)$/.exec(range.trim()) : null;
    if (!m || (m[1] === '' && m[2] === '')) return { status: 200, headers: { ...headers, 'accept-ranges': 'bytes' }, body: data };
    const size = data.length;
    let start: number;
    let end: number;
    if (m[1] === '') {
      start = Math.max(0, size - Number(m[2]));
      end = size - 1;
    } else {
      start = Number(m[1]);
      end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
    }
    if (start >= size || start > end) {
      return { status: 416, headers: { 'content-range': `bytes */${size}` }, body: new Uint8Array(0) };
    }
    return {
      status: 206,
      headers: { ...headers, 'accept-ranges': 'bytes', 'content-range': `bytes ${start}-${end}/${size}` },
      body: data.subarray(start, end + 1),
    };
  };

  const normalReply = (req: IncomingMessage, path: string): Reply => {
    if (opts.auth) {
      const expected = 'Basic ' + Buffer.from(`${opts.auth.username}:${opts.auth.password}`).toString('base64');
      if (req.headers.authorization !== expected) {
        const r = text(401, 'Unauthorized\n');
        r.headers['www-authenticate'] = 'Basic realm="index"';
        return r;
      }
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(405, 'Method Not Allowed\n');

    if (path === '/simple') return redirectTo('/simple/');
    if (path === '/simple/') {
      const names = [...projects().keys()].sort();
      return page(req, () => rootJson(names), () => rootHtml(names));
    }
    const project = /^\/simple\/([^/]+)(\/?)$/.exec(path);
    if (project) {
      let raw: string;
      try {
        raw = decodeURIComponent(project[1]!);
      } catch {
        return text(400, 'Bad Request\n');
      }
      const name = normalize(raw);
      const files = projects().get(name);
      if (!files) return text(404, 'Not Found\n');
      // PyPI sends every other spelling to the normalized URL.
      if (raw !== name || project[2] !== '/') return redirectTo(`/simple/${name}/`);
      return page(req, () => projectJson(name, files), () => projectHtml(name, files));
    }
    const file = /^\/files\/([^/]+)$/.exec(path);
    if (file) {
      let filename: string;
      try {
        filename = decodeURIComponent(file[1]!);
      } catch {
        return text(400, 'Bad Request\n');
      }
      const found = findFile(filename);
      if (found) return ranged(req, found.data, { 'content-type': 'application/octet-stream' });
      if (filename.endsWith('.metadata')) {
        const owner = findFile(filename.slice(0, -'.metadata'.length));
        if (owner?.metadata !== undefined) return ranged(req, enc.encode(owner.metadata), { 'content-type': 'text/plain; charset=utf-8' });
      }
      return text(404, 'Not Found\n');
    }
    return text(404, 'Not Found\n');
  };

  /** The fault for this path, if one applies now (counting its use). */
  const takeFault = (path: string): IndexFault | undefined => {
    let best: string | undefined;
    for (const prefix of Object.keys(opts.faults ?? {})) {
      if (path.startsWith(prefix) && (best === undefined || prefix.length > best.length)) best = prefix;
    }
    if (best === undefined) return undefined;
    const fault = opts.faults![best]!;
    const used = faultUses.get(best) ?? 0;
    if (fault.times !== undefined && used >= fault.times) return undefined;
    faultUses.set(best, used + 1);
    return fault;
  };

  const faultReply = (req: IncomingMessage, path: string, fault: IndexFault | undefined): Reply => {
    if (!fault) return normalReply(req, path);
    let reply: Reply;
    if (fault.redirect !== undefined) {
      const status = fault.status !== undefined && fault.status >= 300 && fault.status < 400 ? fault.status : 302;
      reply = { status, headers: { location: fault.redirect }, body: enc.encode(fault.body ?? '') };
    } else if (fault.status !== undefined) {
      reply = text(fault.status, fault.body ?? `${fault.status}\n`, fault.contentType);
    } else {
      reply = normalReply(req, path);
      if (fault.body !== undefined) {
        reply.body = enc.encode(fault.body);
        delete reply.headers['content-encoding'];
      }
      if (fault.contentType !== undefined) reply.headers['content-type'] = fault.contentType;
    }
    if (fault.retryAfter !== undefined) reply.headers['retry-after'] = fault.retryAfter;
    Object.assign(reply.headers, fault.headers ?? {});
    return reply;
  };

  const send = (req: IncomingMessage, res: ServerResponse, reply: Reply, fault: IndexFault | undefined): void => {
    const headers: Record<string, string> = { ...reply.headers };
    const noBody = reply.status === 304 || reply.status === 204 || reply.status < 200;
    if (!noBody && !fault?.chunked) headers['content-length'] = String(reply.body.length);
    res.writeHead(reply.status, headers);
    if (noBody || req.method === 'HEAD') {
      res.end();
      return;
    }
    if (fault?.truncate) {
      res.write(reply.body.subarray(0, Math.floor(reply.body.length / 2)), () => res.socket?.destroy());
      return;
    }
    if (fault?.stall) {
      res.write(reply.body.subarray(0, Math.floor(reply.body.length / 2)));
      return;
    }
    if (fault?.drip) {
      const { bytes, everyMs } = fault.drip;
      let at = 0;
      const timer = setInterval(() => {
        if (at >= reply.body.length) {
          clearInterval(timer);
          res.end();
          return;
        }
        res.write(reply.body.subarray(at, at + bytes));
        at += bytes;
      }, everyMs);
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (fault?.chunked) {
      for (let at = 0; at < reply.body.length; at += 16 * 1024) res.write(reply.body.subarray(at, at + 16 * 1024));
      res.end();
      return;
    }
    res.end(reply.body);
  };

  /** Answers held back by an `until` fault, each woken by every new request. */
  const waiting = new Set<() => void>();
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const target = req.url ?? '/';
    const path = target.split('?')[0]!;
    requests.push({ method: req.method ?? 'GET', path: target, headers: { ...req.headers } });
    for (const wake of [...waiting]) wake();
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      inFlight--;
    };
    res.on('close', finish);

    const respond = (): void => {
      if (res.destroyed) return;
      const fault = takeFault(path);
      if (fault?.reset) {
        const socket = req.socket as Socket & { resetAndDestroy?: () => void };
        if (socket.resetAndDestroy) socket.resetAndDestroy();
        else socket.destroy();
        return;
      }
      if (fault?.hang) return; // the socket stays open until the client gives up or the server closes
      if (fault?.until !== undefined && !requests.some((r) => r.path.split('?')[0] === fault.until)) {
        const wake = (): void => {
          if (!requests.some((r) => r.path.split('?')[0] === fault.until)) return;
          waiting.delete(wake);
          if (!res.destroyed) send(req, res, faultReply(req, path, fault), fault);
        };
        waiting.add(wake);
        res.on('close', () => waiting.delete(wake));
        return;
      }
      send(req, res, faultReply(req, path, fault), fault);
    };
    // The request body (none is expected) must be drained before answering a keep-alive request.
    req.resume();
    if (opts.delayMs && opts.delayMs > 0) {
      const t = setTimeout(() => {
        timers.delete(t);
        respond();
      }, opts.delayMs);
      timers.add(t);
    } else {
      respond();
    }
  };

  const server = createServer(handle);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;

  return {
    url: base,
    indexUrl: `${base}/simple`,
    requests,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    update(next: Partial<IndexServerOptions>): void {
      opts = { ...opts, ...next };
      if ('faults' in next) faultUses = new Map();
    },
    async close(): Promise<void> {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const s of sockets) s.destroy();
      await closed;
    },
  };
}
