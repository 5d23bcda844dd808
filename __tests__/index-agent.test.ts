import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { isInvalidRequest, makeAgent, type AgentRequest, type RequestAgent } from '../src/index/agent.js';
import { IndexClient } from '../src/index/client.js';

/** A server that numbers its connections and lets each test decide per request what to do. */
interface Recorded {
  path: string;
  method: string;
  /** Which connection it came on (1, 2, ...), and how many requests that connection carried before. */
  connection: number;
  before: number;
}

interface TestServer {
  url: string;
  requests: Recorded[];
  connections: number;
  close(): Promise<void>;
}

const servers: TestServer[] = [];
const agents: RequestAgent[] = [];

async function serve(answer: (req: IncomingMessage, res: ServerResponse, seen: Recorded) => void, host = '127.0.0.1'): Promise<TestServer> {
  const requests: Recorded[] = [];
  const counts = new Map<Socket, { id: number; served: number }>();
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const c = counts.get(req.socket)!;
    const seen = { path: req.url ?? '', method: req.method ?? '', connection: c.id, before: c.served++ };
    requests.push(seen);
    req.resume();
    req.on('end', () => answer(req, res, seen));
  });
  server.on('connection', (s) => {
    counts.set(s, { id: counts.size + 1, served: 0 });
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  const port = (server.address() as { port: number }).port;
  const t: TestServer = {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    requests,
    get connections() {
      return counts.size;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  servers.push(t);
  return t;
}

function agent(connections = 1): RequestAgent {
  const a = makeAgent({ connections });
  agents.push(a);
  return a;
}

function get(url: string, extra: Partial<AgentRequest> = {}): AgentRequest {
  return { url: new URL(url), method: 'GET', headers: {}, signal: new AbortController().signal, ...extra };
}

async function text(a: RequestAgent, req: AgentRequest): Promise<{ status: number; body: string }> {
  const res = await a.request(req);
  let body = '';
  for await (const chunk of res.body) body += String(chunk);
  return { status: res.statusCode, body };
}

afterEach(async () => {
  await Promise.all(agents.splice(0).map((a) => a.destroy()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Answers "ok <path>", except that a request on a connection that already carried one is dropped unanswered. */
const dropsKeptConnections = (drop: (seen: Recorded) => boolean) => (_req: IncomingMessage, res: ServerResponse, seen: Recorded) => {
  if (seen.before > 0 && drop(seen)) res.socket?.destroy();
  else res.end(`ok ${seen.path}`);
};

describe('the HTTP agent', () => {
  it('keeps connections alive: sequential requests share one', async () => {
    const s = await serve((_req, res, seen) => res.end(`ok ${seen.path}`));
    const a = agent();
    for (const p of ['/a', '/b', '/c']) expect(await text(a, get(s.url + p))).toEqual({ status: 200, body: `ok ${p}` });
    expect(s.connections).toBe(1);
  });

  it('sends a GET again, once, on a fresh connection when a kept-alive one was closed under it', async () => {
    const s = await serve(dropsKeptConnections(() => true));
    const a = agent();
    await text(a, get(`${s.url}/first`));
    expect(await text(a, get(`${s.url}/second`))).toEqual({ status: 200, body: 'ok /second' });
    expect(s.requests.map((r) => [r.path, r.connection])).toEqual([
      ['/first', 1],
      ['/second', 1],
      ['/second', 2],
    ]);
  });

  it('does not send a POST twice: the server may have acted on it', async () => {
    const s = await serve(dropsKeptConnections((seen) => seen.method === 'POST'));
    const a = agent();
    await text(a, get(`${s.url}/first`));
    await expect(a.request(get(`${s.url}/query`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }))).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(s.requests.map((r) => r.path)).toEqual(['/first', '/query']);
  });

  it('does not send a GET a third time, nor again when its fresh connection fails', async () => {
    const s = await serve((_req, res, seen) => {
      if (seen.path === '/first') res.end('ok');
      else res.socket?.destroy();
    });
    const a = agent();
    await text(a, get(`${s.url}/first`));
    await expect(a.request(get(`${s.url}/second`))).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(s.requests.map((r) => [r.path, r.connection])).toEqual([
      ['/first', 1],
      ['/second', 1],
      ['/second', 2],
    ]);
    const fresh = agent();
    await expect(fresh.request(get(`${s.url}/second`))).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(s.requests).toHaveLength(4);
  });

  it('keeps at most `connections` connections to an origin', async () => {
    const held: ServerResponse[] = [];
    const s = await serve((_req, res) => {
      held.push(res);
      if (held.length === 2) setImmediate(() => held.splice(0).forEach((r) => r.end('ok')));
    });
    const a = agent(2);
    const all = await Promise.all(['/1', '/2', '/3', '/4', '/5', '/6'].map((p) => text(a, get(s.url + p))));
    expect(all.every((r) => r.status === 200)).toBe(true);
    expect(s.connections).toBe(2);
  });

  it('reaches an IPv6 literal host', async () => {
    let s: TestServer;
    try {
      s = await serve((_req, res, seen) => res.end(`ok ${seen.path}`), '::1');
    } catch {
      console.warn('index-agent: this machine has no IPv6 loopback, so the IPv6 test is skipped');
      return;
    }
    expect(await text(agent(), get(`${s.url}/six`))).toEqual({ status: 200, body: 'ok /six' });
  });

  it('refuses a header that would split the request, as a request that no retry can fix', async () => {
    const s = await serve((_req, res) => res.end('ok'));
    const err = await agent().request(get(`${s.url}/x`, { headers: { authorization: 'Basic a\r\nx-injected: 1' } })).catch((e: unknown) => e);
    expect(isInvalidRequest(err)).toBe(true);
    expect(s.requests).toHaveLength(0);
  });

  it('tells invalid requests from failures worth retrying', () => {
    for (const code of ['ERR_INVALID_CHAR', 'ERR_INVALID_HTTP_TOKEN', 'ERR_UNESCAPED_CHARACTERS']) expect(isInvalidRequest(Object.assign(new Error('x'), { code }))).toBe(true);
    for (const err of [Object.assign(new Error('x'), { code: 'ECONNRESET' }), Object.assign(new Error('x'), { code: 'ECONNREFUSED' }), new Error('no code'), undefined, 'ERR_INVALID_CHAR'])
      expect(isInvalidRequest(err)).toBe(false);
  });

  it('fails the requests in flight when destroyed, and refuses new ones', async () => {
    const s = await serve(() => {});
    const a = agent();
    const pending = a.request(get(`${s.url}/never`));
    while (s.requests.length === 0) await new Promise((r) => setImmediate(r));
    await a.destroy();
    await expect(pending).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(s.requests).toHaveLength(1);
    await expect(a.request(get(`${s.url}/after`))).rejects.toMatchObject({ code: 'ERR_AGENT_DESTROYED' });
  });
});

describe('the index client over the agent', () => {
  it('reads a short error body to its end, so its connection carries the next request', async () => {
    const s = await serve((_req, res, seen) => {
      if (seen.path.startsWith('/simple/missing/')) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not here\n');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/vnd.pypi.simple.v1+json' }).end(JSON.stringify({ meta: { 'api-version': '1.0' }, name: 'demo', files: [] }));
    });
    const c = new IndexClient({ indexUrl: `${s.url}/simple/`, concurrency: 1, retries: 0 });
    try {
      await expect(c.getProject('missing')).rejects.toMatchObject({ kind: 'not-found' });
      await expect(c.getProject('demo')).resolves.toMatchObject({ name: 'demo' });
    } finally {
      await c.close();
    }
    expect(s.requests.map((r) => r.connection)).toEqual([1, 1]);
  });

  it('drops a redirect whose body is over the limit rather than reading it all, and follows it on another connection', async () => {
    const s = await serve((_req, res, seen) => {
      if (seen.path === '/simple/demo/') {
        res.writeHead(302, { location: '/moved/demo/', 'content-type': 'text/plain', 'content-length': String(4 * 1024 * 1024) });
        res.write(Buffer.alloc(256 * 1024, 0x61));
        return; // the rest never comes: a client reading it all would wait for its timeout
      }
      res.writeHead(200, { 'content-type': 'application/vnd.pypi.simple.v1+json' }).end(JSON.stringify({ meta: { 'api-version': '1.0' }, name: 'demo', files: [] }));
    });
    const c = new IndexClient({ indexUrl: `${s.url}/simple/`, concurrency: 1, retries: 0, timeoutMs: 60_000 });
    try {
      await expect(c.getProject('demo')).resolves.toMatchObject({ name: 'demo' });
    } finally {
      await c.close();
    }
    expect(s.requests.map((r) => [r.path, r.connection])).toEqual([
      ['/simple/demo/', 1],
      ['/moved/demo/', 2],
    ]);
  });
});

describe('a page request leaves within the call that asks for it', () => {
  it('when a connection is free and the page store surely holds no copy', async () => {
    const s = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/vnd.pypi.simple.v1+json' }).end(JSON.stringify({ meta: { 'api-version': '1.0' }, name: 'x', files: [] })));
    const asked: string[] = [];
    const store = {
      get: async (url: string) => {
        asked.push(url);
        return undefined;
      },
      put: async () => {},
      delete: async () => {},
      mayHold: (url: string) => url.includes('/kept/'),
    };
    const c = new IndexClient({ indexUrl: `${s.url}/simple/`, concurrency: 2, pageStore: store });
    try {
      const pages = [c.getProject('first'), c.getProject('second'), c.getProject('third')];
      // two connections: two requests on their way before anything was awaited, the third waits
      expect(c.stats().requests).toBe(2);
      const kept = c.getProject('kept');
      // a page the store may hold is looked up first
      expect(c.stats().requests).toBe(2);
      await Promise.all([...pages, kept]);
      expect(c.stats().requests).toBe(4);
      expect(asked).toEqual([`${s.url}/simple/kept/`]);
    } finally {
      await c.close();
    }
  });
});
