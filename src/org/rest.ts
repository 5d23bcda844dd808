// The GitHub REST calls of the organization audit: one request at a time per call, a total timeout
// on each, pagination through `Link` headers, and GitHub's rate limits honoured as its documentation
// asks: wait for `Retry-After` when it is given; when the primary limit is spent
// (`x-ratelimit-remaining: 0`), wait until `x-ratelimit-reset`; a secondary limit without either
// waits a minute and then longer. A wait longer than the caller allows is an error that says so,
// never a silent stop: the audit reports it as a result.

import { request as undiciRequest } from 'undici';

export interface RestOptions {
  /** `https://api.github.com`, a GitHub Enterprise Server API, or a local server in tests. */
  apiUrl: string;
  token?: string;
  /** Total time for one request, headers and body. */
  timeoutMs?: number;
  /** The longest single wait for a rate limit; a longer one fails the call. */
  maxWaitMs?: number;
  /** Attempts after the first, for rate limits and server errors. */
  retries?: number;
  /** How to wait; tests pass one that records the waits. */
  sleep?: (ms: number) => Promise<void>;
  /** Told of every wait, so a long run says why it pauses. */
  onWait?: (ms: number, why: string) => void;
}

export class RestError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly path: string,
  ) {
    super(message);
    this.name = 'RestError';
  }
}

export interface RestResponse<T> {
  status: number;
  data: T;
  headers: Record<string, string>;
}

const SECONDARY_WAIT_MS = 60_000;

function flatHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** The `rel="next"` URL of a `Link` header. */
export function nextLink(link: string | undefined): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return undefined;
}

/** How long GitHub asks to wait before the next attempt, or undefined when this is no rate limit. */
export function rateLimitWait(status: number, headers: Record<string, string>, body: string, attempt: number, now = Date.now()): number | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter) * 1000;
  if (headers['x-ratelimit-remaining'] === '0' && /^\d+$/.test(headers['x-ratelimit-reset'] ?? '')) {
    return Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - now) + 1000;
  }
  if (status === 429 || /secondary rate limit|abuse detection/i.test(body)) return SECONDARY_WAIT_MS * 2 ** attempt;
  return undefined;
}

function describeBody(text: string): string {
  try {
    const m = (JSON.parse(text) as { message?: unknown }).message;
    if (typeof m === 'string') return m.slice(0, 200);
  } catch {
    // not JSON
  }
  return text.slice(0, 200).replace(/\s+/g, ' ').trim();
}

export class GitHubRest {
  private readonly base: string;
  private readonly timeoutMs: number;
  private readonly maxWaitMs: number;
  private readonly retries: number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Requests made, for the report's cost line. */
  requests = 0;

  constructor(private readonly opts: RestOptions) {
    this.base = opts.apiUrl.replace(/\/+$/, '');
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.maxWaitMs = opts.maxWaitMs ?? 15 * 60_000;
    this.retries = opts.retries ?? 4;
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  private url(pathOrUrl: string): string {
    if (/^https?:\/\//.test(pathOrUrl)) {
      // a Link header must stay on the API's own origin: the token goes nowhere else
      if (new URL(pathOrUrl).origin !== new URL(this.base).origin) throw new RestError(`refusing to follow a link to another host: ${new URL(pathOrUrl).origin}`, undefined, pathOrUrl);
      return pathOrUrl;
    }
    return this.base + pathOrUrl;
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<RestResponse<T>> {
    const url = this.url(path);
    for (let attempt = 0; ; attempt++) {
      this.requests++;
      let status: number;
      let headers: Record<string, string>;
      let text: string;
      try {
        const res = await undiciRequest(url, {
          method: method as 'GET',
          headers: {
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            'user-agent': 'sdist-guard',
            ...(this.opts.token ? { authorization: `Bearer ${this.opts.token}` } : {}),
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          body: body !== undefined ? JSON.stringify(body) : undefined,
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        status = res.statusCode;
        headers = flatHeaders(res.headers);
        text = await res.body.text();
      } catch (err) {
        const e = err as Error;
        const why = e.name === 'TimeoutError' || e.name === 'AbortError' ? `no answer within ${Math.round(this.timeoutMs / 1000)} s` : e.message;
        if (attempt < this.retries) {
          await this.wait(1000 * 2 ** attempt, `${method} ${path}: ${why}`);
          continue;
        }
        throw new RestError(`${method} ${path}: ${why}`, undefined, path);
      }
      if (status < 300) {
        // a spent primary limit makes the next call wait now rather than fail later
        if (headers['x-ratelimit-remaining'] === '0') {
          const ms = rateLimitWait(403, headers, '', 0);
          if (ms !== undefined && ms > 0) await this.wait(Math.min(ms, this.maxWaitMs), 'the API rate limit is spent until it resets');
        }
        return { status, headers, data: (text ? JSON.parse(text) : undefined) as T };
      }
      const wait = rateLimitWait(status, headers, text, attempt);
      if (wait !== undefined && attempt < this.retries) {
        if (wait > this.maxWaitMs) throw new RestError(`${method} ${path}: rate limited for ${Math.ceil(wait / 1000)} s, longer than the ${Math.round(this.maxWaitMs / 1000)} s allowed`, status, path);
        await this.wait(wait, `rate limited (HTTP ${status})`);
        continue;
      }
      if (status >= 500 && attempt < this.retries) {
        await this.wait(1000 * 2 ** attempt, `HTTP ${status}`);
        continue;
      }
      throw new RestError(`${method} ${path}: HTTP ${status}: ${describeBody(text)}`, status, path);
    }
  }

  private async wait(ms: number, why: string): Promise<void> {
    this.opts.onWait?.(ms, why);
    await this.sleep(ms);
  }

  /** Every item of a paginated list, page by page. */
  async *paginate<T>(path: string, pick: (data: unknown) => T[] = (d) => d as T[]): AsyncGenerator<T[]> {
    let next: string | undefined = path;
    while (next) {
      const res: RestResponse<unknown> = await this.request<unknown>('GET', next);
      yield pick(res.data);
      next = nextLink(res.headers.link);
    }
  }
}
