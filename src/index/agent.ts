// The HTTP agent requests go through: Node's own HTTP client, over keep-alive connections, at most
// `connections` to an origin at once.
//
// Node's client was chosen over undici's for what a scan spends per request, measured against a
// local index answering 500 pages 16 at a time: the time from an answer to the next request on
// the same connection was a third to a half of undici's (its HTTP parser is native code, undici's
// WebAssembly behind more layers), and it costs no loading before the first request leaves (undici's
// agent and request() took about 28 ms). Responses arrive together because they left together, so
// each millisecond between an answer and the next request is paid by every request of the wave.
//
// Everything here is synchronous up to the request being handed to Node: the first requests of a
// scan start connecting within the call that asks for them, while the scan is still asking for
// hundreds more. node:http is loaded by the first request (a scan its cache answers never loads
// it), node:https (and with it TLS) by the first https one.

import { createRequire } from 'node:module';
import type { Agent as HttpAgent, ClientRequest, IncomingHttpHeaders, IncomingMessage, RequestOptions as NodeRequestOptions } from 'node:http';

export interface AgentRequest {
  url: URL;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}

export interface AgentResponse {
  statusCode: number;
  /** Header names in lower case; a repeated header is joined with ", " (set-cookie stays a list). */
  headers: IncomingHttpHeaders;
  /** The body: iterate it for the bytes; destroy it to drop what is left. */
  body: IncomingMessage;
}

/** What the index client uses of an agent. */
export interface RequestAgent {
  request(options: AgentRequest): Promise<AgentResponse>;
  /** Closes every connection, the ones in use too: their requests fail. */
  destroy(): Promise<void>;
}

interface Transport {
  request: (options: NodeRequestOptions, callback: (res: IncomingMessage) => void) => ClientRequest;
  agent: HttpAgent;
}

/** Node's codes for a request that cannot be sent as given: no retry will change them. */
const INVALID_REQUEST_CODES = new Set(['ERR_INVALID_CHAR', 'ERR_INVALID_HTTP_TOKEN', 'ERR_INVALID_ARG_VALUE', 'ERR_INVALID_ARG_TYPE', 'ERR_UNESCAPED_CHARACTERS', 'ERR_INVALID_URL']);

/** Whether `err` says the request itself is malformed (a header value with a line break, say). */
export function isInvalidRequest(err: unknown): boolean {
  const code = (err as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && INVALID_REQUEST_CODES.has(code);
}

/** An agent keeping at most `connections` connections to each origin. */
export function makeAgent(options: { connections: number }): RequestAgent {
  const load = createRequire(import.meta.url);
  const http = load('node:http') as typeof import('node:http');
  const agentOptions = { keepAlive: true, maxSockets: options.connections, maxFreeSockets: options.connections };
  const plain: Transport = { request: http.request, agent: new http.Agent(agentOptions) };
  let secure: Transport | undefined;
  const transport = (protocol: string): Transport => {
    if (protocol !== 'https:') return plain;
    if (!secure) {
      const https = load('node:https') as typeof import('node:https');
      secure = { request: https.request, agent: new https.Agent(agentOptions) };
    }
    return secure;
  };
  let destroyed = false;

  const send = (t: Transport, o: AgentRequest, retryStale: boolean): Promise<AgentResponse> =>
    new Promise((resolve, reject) => {
      const { url } = o;
      const req = t.request(
        {
          protocol: url.protocol,
          // an IPv6 literal keeps its brackets in a URL, not in a host to connect to
          host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
          port: url.port,
          path: url.pathname + url.search,
          method: o.method,
          headers: o.headers,
          agent: t.agent,
          signal: o.signal,
        },
        (res) => {
          // An error after this point reaches whoever reads the body; until someone does, it must
          // not be an unhandled 'error' event.
          res.on('error', () => {});
          resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body: res });
        },
      );
      req.on('error', (err: NodeJS.ErrnoException) => {
        // A kept-alive connection the server closed as this request went out: the request never
        // reached it. Node's advice is to send it again, on a fresh connection; once, and only
        // what is safe to send twice.
        if (retryStale && req.reusedSocket && (err.code === 'ECONNRESET' || err.code === 'EPIPE') && !o.signal.aborted && !destroyed) {
          resolve(send(t, o, false));
          return;
        }
        reject(err);
      });
      req.end(o.body);
    });

  return {
    request(o) {
      if (destroyed) return Promise.reject(Object.assign(new Error('the agent was closed'), { code: 'ERR_AGENT_DESTROYED' }));
      return send(transport(o.url.protocol), o, o.method === 'GET');
    },
    async destroy() {
      destroyed = true;
      plain.agent.destroy();
      secure?.agent.destroy();
    },
  };
}
