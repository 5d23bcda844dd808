// A fake OSV service on 127.0.0.1 for tests, answering as the documented API does
// (https://google.github.io/osv.dev/api/): `POST /v1/querybatch` with ids and `modified` per query in
// the order asked, paginated per query with `next_page_token` / `page_token`, at most 1000 queries a
// batch (400 beyond), and `GET /v1/vulns/{id}` with the whole record. Faults are injected per
// endpoint: statuses with Retry-After, hangs, bodies that are not JSON.

import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface OsvRecord {
  id: string;
  summary?: string;
  details?: string;
  modified: string;
  withdrawn?: string;
  affected: Array<{ package: { ecosystem: string; name: string }; versions: string[] }>;
}

export interface OsvFault {
  status?: number;
  retryAfter?: string;
  /** Apply to this many matching requests, then answer normally; always when absent. */
  times?: number;
  /** Accept the request and never answer. */
  hang?: boolean;
  body?: string;
  /** Answer `status` (a 3xx) with this Location. */
  location?: string;
}

export interface OsvServerOptions {
  records?: OsvRecord[];
  /** Records per query per page; unlimited when absent. */
  pageSize?: number;
  faults?: { batch?: OsvFault; vulns?: OsvFault };
  auth?: { username: string; password: string };
}

export interface OsvRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body of a POST. */
  body?: { queries: Array<{ package: { ecosystem: string; name: string }; version: string; page_token?: string }> };
}

export interface OsvServer {
  url: string;
  requests: OsvRequest[];
  update(opts: Partial<OsvServerOptions>): void;
  close(): Promise<void>;
}

const BATCH_LIMIT = 1000;

function normalize(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

export async function startOsvServer(initial: OsvServerOptions = {}): Promise<OsvServer> {
  let opts: OsvServerOptions = { ...initial };
  let used = { batch: 0, vulns: 0 };
  const requests: OsvRequest[] = [];
  const sockets = new Set<Socket>();

  const json = (res: ServerResponse, status: number, value: unknown) => {
    const body = JSON.stringify(value);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };

  /** Applies a fault; true when the request was answered (or is left hanging) by it. */
  const fault = (kind: 'batch' | 'vulns', res: ServerResponse): boolean => {
    const f = opts.faults?.[kind];
    if (!f || (f.times !== undefined && used[kind] >= f.times)) return false;
    used[kind]++;
    if (f.hang) return true;
    const headers: Record<string, string> = { 'content-type': f.body ? 'application/json' : 'text/plain' };
    if (f.retryAfter !== undefined) headers['retry-after'] = f.retryAfter;
    if (f.location !== undefined) headers.location = f.location;
    res.writeHead(f.status ?? 200, headers);
    res.end(f.body ?? `fault ${f.status}`);
    return true;
  };

  const matching = (name: string, version: string) =>
    (opts.records ?? []).filter((r) => r.affected.some((a) => a.package.ecosystem === 'PyPI' && normalize(a.package.name) === normalize(name) && a.versions.includes(version)));

  const answerBatch = (req: OsvRequest, res: ServerResponse) => {
    const queries = req.body?.queries;
    if (!Array.isArray(queries)) return json(res, 400, { code: 3, message: 'Invalid query.' });
    if (queries.length > BATCH_LIMIT) return json(res, 400, { code: 3, message: 'Too many queries.' });
    const size = opts.pageSize ?? Infinity;
    const results = queries.map((q) => {
      if (q.package?.ecosystem !== 'PyPI') return {};
      const all = matching(q.package.name, q.version);
      const start = q.page_token ? Number(/^page:(\d+)$/.exec(q.page_token)?.[1] ?? NaN) : 0;
      if (Number.isNaN(start)) return {};
      const page = all.slice(start, start + size);
      const out: Record<string, unknown> = {};
      if (page.length) out.vulns = page.map((r) => ({ id: r.id, modified: r.modified }));
      if (start + size < all.length) out.next_page_token = `page:${start + size}`;
      return out;
    });
    json(res, 200, { results });
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const recorded: OsvRequest = { method: req.method ?? 'GET', path, headers: req.headers };
      if (chunks.length) {
        try {
          recorded.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          // recorded without a body; answered as a bad query below
        }
      }
      requests.push(recorded);
      if (opts.auth) {
        const expected = 'Basic ' + Buffer.from(`${opts.auth.username}:${opts.auth.password}`).toString('base64');
        if (req.headers.authorization !== expected) return json(res, 401, { code: 16, message: 'unauthenticated' });
      }
      if (req.method === 'POST' && path === '/moved/v1/querybatch') return answerBatch(recorded, res);
      if (req.method === 'POST' && path === '/v1/querybatch') {
        if (fault('batch', res)) return;
        return answerBatch(recorded, res);
      }
      const m = /^\/v1\/vulns\/([^/?]+)$/.exec(path);
      if (req.method === 'GET' && m) {
        if (fault('vulns', res)) return;
        const record = (opts.records ?? []).find((r) => r.id === decodeURIComponent(m[1]!));
        return record ? json(res, 200, record) : json(res, 404, { code: 5, message: 'Bug not found.' });
      }
      json(res, 404, { code: 5, message: 'Not found.' });
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    update(next) {
      opts = { ...opts, ...next };
      if (next.faults) used = { batch: 0, vulns: 0 };
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** A malware record as the OpenSSF malicious-packages project publishes them through OSV. */
export function malwareRecord(id: string, name: string, versions: string[], summary = `Malicious code in ${name} (PyPI)`): OsvRecord {
  return {
    id,
    summary,
    details: `This package was found to exfiltrate credentials when imported.`,
    modified: '2026-11-02T10:00:00Z',
    affected: [{ package: { ecosystem: 'PyPI', name }, versions }],
  };
}
