// A GitHub REST API on 127.0.0.1 for the organization audit, answering as GitHub does: an
// organization's repositories (100 a page, `Link` headers), Git trees (`truncated`, 409 for an
// empty repository), the issues of a central repository (list, create, update), rate-limit headers,
// and faults on request: a 403 for one repository, a secondary rate limit once.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface OrgRepoSpec {
  name: string;
  defaultBranch?: string;
  private?: boolean;
  archived?: boolean;
  fork?: boolean;
  topics?: string[];
  /** Paths of the default branch's files; absent = empty repository. */
  files?: string[];
  /** The tree listing answers this status instead. */
  treeStatus?: number;
  truncated?: boolean;
}

export interface OrgApiIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
}

export interface OrgApi {
  url: string;
  requests: Array<{ method: string; path: string; auth?: string }>;
  issues: OrgApiIssue[];
  /** SARIF uploads received, by repository. */
  sarifs: Array<{ repository: string; commit_sha: string; ref: string; sarif: string }>;
  close(): Promise<void>;
}

export interface OrgApiOptions {
  org: string;
  repos: OrgRepoSpec[];
  token?: string;
  /** The central repository (`owner/name`) whose issues are served. */
  central?: string;
  /** Answer the n-th repository page with a secondary rate limit once (Retry-After: 0). */
  rateLimitPage?: number;
  perPage?: number;
  /** Answer this repository page with 422 every time. */
  failPage?: number;
  /** Repositories whose code scanning refuses uploads (403). */
  sarifForbidden?: string[];
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4999', ...headers });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

export async function startOrgApi(opts: OrgApiOptions): Promise<OrgApi> {
  const requests: OrgApi['requests'] = [];
  const issues: OrgApiIssue[] = [];
  const sarifs: OrgApi['sarifs'] = [];
  const perPage = opts.perPage ?? 100;
  let limited = false;
  const sockets = new Set<Socket>();
  const byName = new Map(opts.repos.map((r) => [`${opts.org}/${r.name}`.toLowerCase(), r]));
  let base = '';

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', base);
      const auth = req.headers.authorization;
      requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, auth });
      if (opts.token && auth !== `Bearer ${opts.token}` && auth !== `token ${opts.token}`) return send(res, 401, { message: 'Bad credentials' });
      let m: RegExpExecArray | null;
      if ((m = /^\/orgs\/([^/]+)\/repos$/.exec(url.pathname))) {
        if (m[1].toLowerCase() !== opts.org.toLowerCase()) return send(res, 404, { message: 'Not Found' });
        const page = Number(url.searchParams.get('page') ?? '1');
        if (opts.failPage === page) return send(res, 422, { message: 'Validation Failed' });
        if (opts.rateLimitPage === page && !limited) {
          limited = true;
          return send(res, 403, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '0' });
        }
        const items = opts.repos.slice((page - 1) * perPage, page * perPage).map((r) => ({
          name: r.name,
          full_name: `${opts.org}/${r.name}`,
          default_branch: r.defaultBranch ?? 'main',
          private: Boolean(r.private),
          archived: Boolean(r.archived),
          fork: Boolean(r.fork),
          topics: r.topics ?? [],
          size: r.files === undefined ? 0 : 10,
        }));
        const last = Math.max(1, Math.ceil(opts.repos.length / perPage));
        const link = (p: number, rel: string): string => `<${base}/orgs/${opts.org}/repos?type=all&per_page=${perPage}&page=${p}>; rel="${rel}"`;
        const links = [page < last ? link(page + 1, 'next') : '', link(last, 'last')].filter(Boolean).join(', ');
        return send(res, 200, items, { link: links });
      }
      if ((m = /^\/repos\/([^/]+\/[^/]+)\/git\/trees\/(.+)$/.exec(url.pathname))) {
        const repo = byName.get(m[1].toLowerCase());
        if (!repo) return send(res, 404, { message: 'Not Found' });
        if (repo.treeStatus) return send(res, repo.treeStatus, { message: repo.treeStatus === 403 ? 'Resource not accessible by integration' : 'failed' });
        if (repo.files === undefined) return send(res, 409, { message: 'Git Repository is empty.' });
        if (decodeURIComponent(m[2]) !== (repo.defaultBranch ?? 'main')) return send(res, 404, { message: 'Not Found' });
        const dirs = new Set<string>();
        for (const f of repo.files) {
          const parts = f.split('/');
          for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
        }
        const tree = [...[...dirs].map((d) => ({ path: d, type: 'tree' })), ...repo.files.map((f) => ({ path: f, type: 'blob' }))];
        return send(res, 200, { sha: 'f'.repeat(40), tree: repo.truncated ? tree.slice(0, 1) : tree, truncated: Boolean(repo.truncated) });
      }
      if ((m = /^\/repos\/([^/]+\/[^/]+)\/code-scanning\/sarifs$/.exec(url.pathname)) && req.method === 'POST') {
        if (!byName.has(m[1].toLowerCase())) return send(res, 404, { message: 'Not Found' });
        if (opts.sarifForbidden?.includes(m[1])) return send(res, 403, { message: 'Advanced Security must be enabled for this repository to use code scanning.' });
        const body = (await readBody(req)) as { commit_sha: string; ref: string; sarif: string };
        sarifs.push({ repository: m[1], commit_sha: body.commit_sha, ref: body.ref, sarif: body.sarif });
        return send(res, 202, { id: `upload-${sarifs.length}`, url: `${base}/repos/${m[1]}/code-scanning/sarifs/upload-${sarifs.length}` });
      }
      if (opts.central && url.pathname === `/repos/${opts.central}/issues`) {
        if (req.method === 'POST') {
          const body = (await readBody(req)) as { title: string; body: string };
          const issue: OrgApiIssue = { number: issues.length + 1, title: body.title, body: body.body, state: 'open' };
          issues.push(issue);
          return send(res, 201, { ...issue, html_url: `https://github.test/${opts.central}/issues/${issue.number}` });
        }
        const list = [...issues].reverse().map((i) => ({ ...i }));
        return send(res, 200, list);
      }
      if (opts.central && (m = new RegExp(`^/repos/${opts.central}/issues/(\\d+)$`).exec(url.pathname)) && req.method === 'PATCH') {
        const issue = issues.find((i) => i.number === Number(m![1]));
        if (!issue) return send(res, 404, { message: 'Not Found' });
        Object.assign(issue, (await readBody(req)) as Partial<OrgApiIssue>);
        return send(res, 200, { ...issue, html_url: `https://github.test/${opts.central}/issues/${issue.number}` });
      }
      send(res, 404, { message: 'Not Found' });
    })().catch((err) => send(res, 500, { message: String(err) }));
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    issues,
    sarifs,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
