// A GitHub REST API on 127.0.0.1 for tests, answering the calls the action makes the way GitHub
// does: issue comments (paginated with Link headers, 65,536-character bodies), check runs (at most
// 50 annotations per request, appended on update), and the contents API (raw or base64 JSON).
// It checks the token, records every request, and can answer 403 where a read-only token would.

import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string };
  html_url: string;
}

export interface StoredCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion?: string;
  output: { title?: string; summary?: string };
  /** One entry per request that carried annotations. */
  annotationBatches: unknown[][];
  html_url: string;
}

export interface ApiRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body?: unknown;
}

export interface GitHubApiOptions {
  /** The token every request must carry (`Authorization: token X` or `Bearer X`). */
  token?: string;
  /** `owner/repo` served; other repositories answer 404. */
  repo?: string;
  /** Comments already on each issue / pull request. */
  comments?: Record<number, Array<{ body: string; login?: string }>>;
  /** Files by commit SHA, then by path. */
  files?: Record<string, Record<string, string>>;
  /** Answer 403 "Resource not accessible by integration" to these. */
  forbid?: { createComment?: boolean; updateComment?: boolean; listComments?: boolean; checks?: boolean; contents?: boolean };
  /** Answer this status to the contents API (e.g. 500). */
  contentsStatus?: number;
}

export interface GitHubApi {
  /** `http://127.0.0.1:PORT`: the value for GITHUB_API_URL. */
  url: string;
  requests: ApiRequest[];
  comments: Map<number, StoredComment[]>;
  checkRuns: StoredCheckRun[];
  update(opts: Partial<GitHubApiOptions>): void;
  close(): Promise<void>;
}

const MAX_BODY = 65_536;
const MAX_ANNOTATIONS = 50;

export async function startGitHubApi(initial: GitHubApiOptions = {}): Promise<GitHubApi> {
  let opts: GitHubApiOptions = { token: 'test-token', repo: 'octo/app', ...initial };
  const requests: ApiRequest[] = [];
  const comments = new Map<number, StoredComment[]>();
  const checkRuns: StoredCheckRun[] = [];
  let nextId = 1000;
  const sockets = new Set<Socket>();

  for (const [issue, list] of Object.entries(opts.comments ?? {}))
    comments.set(
      Number(issue),
      list.map((c) => {
        const id = nextId++;
        return { id, body: c.body, user: { login: c.login ?? 'someone' }, html_url: `https://github.test/${opts.repo}/pull/${issue}#issuecomment-${id}` };
      }),
    );

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': typeof body === 'string' ? 'application/vnd.github.raw' : 'application/json; charset=utf-8', ...headers });
    res.end(text);
  };
  const forbidden = (res: ServerResponse) =>
    send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
  const notFound = (res: ServerResponse) => send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
  const invalid = (res: ServerResponse, message: string) => send(res, 422, { message: 'Validation Failed', errors: [{ message }], status: '422' });

  const readBody = (req: IncomingMessage): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        try {
          resolve(text ? JSON.parse(text) : undefined);
        } catch (err) {
          reject(err);
        }
      });
      req.on('error', reject);
    });

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body: unknown;
    try {
      body = await readBody(req);
    } catch {
      send(res, 400, { message: 'Problems parsing JSON' });
      return;
    }
    const query = Object.fromEntries(url.searchParams.entries());
    requests.push({ method: req.method ?? 'GET', path: url.pathname, query, headers: req.headers, body });

    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${opts.token}` && auth !== `Bearer ${opts.token}`) {
      send(res, 401, { message: 'Bad credentials', status: '401' });
      return;
    }
    const prefix = `/repos/${opts.repo}/`;
    if (!url.pathname.startsWith(prefix)) {
      notFound(res);
      return;
    }
    const rest = url.pathname.slice(prefix.length);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    let m: RegExpExecArray | null;

    if ((m = /^issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(m[1]);
      const list = comments.get(issue) ?? [];
      if (req.method === 'GET') {
        if (opts.forbid?.listComments) return forbidden(res);
        const perPage = Math.min(100, Number(query.per_page ?? 30));
        const page = Math.max(1, Number(query.page ?? 1));
        const last = Math.max(1, Math.ceil(list.length / perPage));
        const links: string[] = [];
        const link = (p: number, rel: string) => `<${base}${url.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
        if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
        if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
        send(res, 200, list.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
        return;
      }
      if (req.method === 'POST') {
        if (opts.forbid?.createComment) return forbidden(res);
        const text = (body as { body?: unknown })?.body;
        if (typeof text !== 'string') return invalid(res, 'body is missing');
        if (text.length >= MAX_BODY) return invalid(res, `Body is too long (maximum is ${MAX_BODY} characters)`);
        const id = nextId++;
        const comment = { id, body: text, user: { login: 'github-actions[bot]' }, html_url: `https://github.test/${opts.repo}/pull/${issue}#issuecomment-${id}` };
        comments.set(issue, [...list, comment]);
        send(res, 201, comment);
        return;
      }
    }
    if ((m = /^issues\/comments\/(\d+)$/.exec(rest)) && req.method === 'PATCH') {
      if (opts.forbid?.updateComment) return forbidden(res);
      const id = Number(m[1]);
      const comment = [...comments.values()].flat().find((c) => c.id === id);
      if (!comment) return notFound(res);
      const text = (body as { body?: unknown })?.body;
      if (typeof text !== 'string') return invalid(res, 'body is missing');
      if (text.length >= MAX_BODY) return invalid(res, `Body is too long (maximum is ${MAX_BODY} characters)`);
      comment.body = text;
      send(res, 200, comment);
      return;
    }
    if (rest === 'check-runs' && req.method === 'POST') {
      if (opts.forbid?.checks) return forbidden(res);
      const b = body as { name?: string; head_sha?: string; status?: string; conclusion?: string; output?: { title?: string; summary?: string; annotations?: unknown[] } };
      if (!b?.name || !b.head_sha) return invalid(res, 'name and head_sha are required');
      if (b.output && (!b.output.title || !b.output.summary)) return invalid(res, 'output needs a title and a summary');
      const annotations = b.output?.annotations ?? [];
      if (annotations.length > MAX_ANNOTATIONS) return invalid(res, `at most ${MAX_ANNOTATIONS} annotations per request`);
      const id = nextId++;
      const run: StoredCheckRun = {
        id,
        name: b.name,
        head_sha: b.head_sha,
        status: b.status ?? 'queued',
        conclusion: b.conclusion,
        output: { title: b.output?.title, summary: b.output?.summary },
        annotationBatches: annotations.length ? [annotations] : [],
        html_url: `https://github.test/${opts.repo}/runs/${id}`,
      };
      checkRuns.push(run);
      send(res, 201, { ...run, annotationBatches: undefined });
      return;
    }
    if ((m = /^check-runs\/(\d+)$/.exec(rest)) && req.method === 'PATCH') {
      if (opts.forbid?.checks) return forbidden(res);
      const run = checkRuns.find((r) => r.id === Number(m![1]));
      if (!run) return notFound(res);
      const b = body as { status?: string; conclusion?: string; output?: { title?: string; summary?: string; annotations?: unknown[] } };
      if (b?.output && (!b.output.title || !b.output.summary)) return invalid(res, 'output needs a title and a summary');
      const annotations = b?.output?.annotations ?? [];
      if (annotations.length > MAX_ANNOTATIONS) return invalid(res, `at most ${MAX_ANNOTATIONS} annotations per request`);
      if (annotations.length) run.annotationBatches.push(annotations);
      if (b?.status) run.status = b.status;
      if (b?.conclusion) run.conclusion = b.conclusion;
      if (b?.output) run.output = { title: b.output.title, summary: b.output.summary };
      send(res, 200, { ...run, annotationBatches: undefined });
      return;
    }
    if ((m = /^contents\/(.+)$/.exec(rest)) && req.method === 'GET') {
      if (opts.forbid?.contents) return forbidden(res);
      if (opts.contentsStatus) return send(res, opts.contentsStatus, { message: 'Server Error' });
      const path = decodeURIComponent(m[1]);
      const ref = query.ref ?? '';
      const text = opts.files?.[ref]?.[path];
      if (text === undefined) return notFound(res);
      if (/raw/.test(String(req.headers.accept ?? ''))) return send(res, 200, text);
      send(res, 200, { type: 'file', encoding: 'base64', path, content: Buffer.from(text).toString('base64') });
      return;
    }
    notFound(res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    comments,
    checkRuns,
    update(next) {
      opts = { ...opts, ...next };
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Every annotation a check run received, in order. */
export function annotationsOf(run: StoredCheckRun): Array<{ path: string; start_line: number; annotation_level: string; title: string; message: string }> {
  return run.annotationBatches.flat() as Array<{ path: string; start_line: number; annotation_level: string; title: string; message: string }>;
}
