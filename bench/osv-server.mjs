// The benchmark's advisory service: an OSV-compatible API on 127.0.0.1 (POST /v1/querybatch, GET
// /v1/vulns/{id}) with the same fixed delay before every response as the index, a MAL- record for
// each package named in `malicious` (version 1.2.0), and counts of what it was asked.

import { createServer } from 'node:http';

function emptyCounts() {
  return { requests: 0, batches: 0, queries: 0, records: 0, bytes: 0 };
}

/** @param malicious names (normalized) whose version 1.2.0 a malware record names */
export async function startOsvBenchServer(malicious, { delayMs = 50 } = {}) {
  const records = new Map();
  const byName = new Map();
  for (const [i, name] of [...malicious].entries()) {
    const id = `MAL-2026-${9000 + i}`;
    const record = { id, summary: `Malicious code in ${name} (PyPI)`, modified: '2026-11-02T10:00:00Z', affected: [{ package: { ecosystem: 'PyPI', name }, versions: ['1.2.0'] }] };
    records.set(id, record);
    byName.set(name, record);
  }
  let counts = emptyCounts();
  const send = (res, status, value) => {
    const body = Buffer.from(JSON.stringify(value));
    counts.bytes += body.length;
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(body.length) }).end(body);
  };
  const respond = (req, res, body) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'POST' && path === '/v1/querybatch') {
      counts.batches++;
      let queries;
      try {
        queries = JSON.parse(body).queries;
      } catch {
        return send(res, 400, { code: 3, message: 'Invalid query.' });
      }
      if (!Array.isArray(queries) || queries.length > 1000) return send(res, 400, { code: 3, message: 'Too many queries.' });
      counts.queries += queries.length;
      const results = queries.map((q) => {
        const r = byName.get(q.package?.name);
        return r && r.affected[0].versions.includes(q.version) ? { vulns: [{ id: r.id, modified: r.modified }] } : {};
      });
      return send(res, 200, { results });
    }
    const m = /^\/v1\/vulns\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && m) {
      counts.records++;
      const r = records.get(decodeURIComponent(m[1]));
      return r ? send(res, 200, r) : send(res, 404, { code: 5, message: 'Bug not found.' });
    }
    send(res, 404, { code: 5, message: 'Not found.' });
  };
  const server = createServer({ keepAliveTimeout: 30_000 }, (req, res) => {
    counts.requests++;
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (delayMs > 0) setTimeout(() => respond(req, res, body), delayMs);
      else respond(req, res, body);
    });
  });
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    take() {
      const out = counts;
      counts = emptyCounts();
      return out;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
