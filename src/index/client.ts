// The HTTP side of the index room: project pages (PEP 691 JSON, PEP 503 HTML) and file downloads,
// with bounded concurrency, per-request timeouts, retries, manual redirects and origin-bound
// credentials. Every error is an IndexError whose message names a URL without credentials.

import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import type { IncomingMessage } from 'node:http';
import { isInvalidRequest, makeAgent, type AgentResponse, type RequestAgent } from './agent.js';
import { isValidName, normalizeName } from '../python/names.js';
import type { DistFile, ProjectPage } from '../types.js';
import { CredentialStore } from './credentials.js';
import { IndexError, type IndexErrorKind } from './errors.js';
import { fromRecord, parseHashList, StreamingHashes, type AllowedHashes } from './hashes.js';
import { conditionalHeaders, freshUntil, isFresh, responseMeta, revalidated, type CachedPage, type PageStore } from './http-cache.js';
import { pageFormat, parseHtmlPage, parseJsonPage } from './pages.js';
import { redactUrl, SecretList } from './redact.js';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from './retry.js';
import { Semaphore } from './semaphore.js';
import { describeTlsError } from './tls.js';


/**
 * Resolves after the requests that were waiting for a permit, and the answers already in, had
 * their turn: awaited between handing a connection back and using what came over it.
 */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The order requests leave in once all permits are taken (first come, first served within one).
 * A request that follows from an answer already in (a chosen file's metadata or download, the page
 * of a name a chosen version requires) goes before the pages of names nothing has looked at yet:
 * the work in progress finishes, and the next stage starts while the first one's requests are
 * still out, instead of after the last of them.
 */
export const PRIORITY = { page: 0, followUp: 1 } as const;

export interface IndexClientOptions {
  indexUrl: string;
  extraIndexUrls?: string[];
  /** Requests in flight at once, and connections per host. Default 16. */
  concurrency?: number;
  /**
   * Per request, in total: the time spent waiting on the server, from sending the request (and
   * following its redirects) to the last byte of the answer. The time a reader takes over the
   * bytes it was handed does not count; a retry starts afresh. Default 30000.
   */
  timeoutMs?: number;
  /** Further attempts after a connection error or a 408/429/5xx answer. Default 3. */
  retries?: number;
  /** Replaces the whole User-Agent header. */
  userAgent?: string;
  /** sdist-guard's version, for the default User-Agent. */
  version?: string;
  /**
   * By origin (`https://pkgs.example.com`, `http://127.0.0.1:8080`; a bare `host[:port]` is https):
   * `"user:password"`, or a token sent as the password of user `__token__`.
   */
  credentials?: Record<string, string>;
  /**
   * Other values never to show (what a `${VAR}` in a requirements file expanded to): masked in every
   * message like credentials, and a page whose URL holds one is not kept in the page store.
   */
  secrets?: string[];
  /** Largest project page accepted, after decompression. Default 64 MiB. */
  maxPageBytes?: number;
  /** First backoff wait; each further retry waits about twice as long. Default 500. */
  backoffMs?: number;
  /** The longest `Retry-After` honored; a longer demand fails at once. Default 60000. */
  maxRetryAfterMs?: number;
  /** Keeps project pages between runs as their HTTP caching headers allow (http-cache.ts). */
  pageStore?: PageStore;
}

export interface DownloadOptions {
  maxBytes: number;
  /** Hashes pip would accept, as `"sha256:<hex>"` (from a lock); when absent or empty, the file's own hashes. */
  hashes?: string[];
}

/** Bytes `start` to `end` inclusive, or the last `suffix` bytes. */
export type ByteRange = { start: number; end: number } | { suffix: number };

export interface FetchedBytes {
  /** True for a 206 answer; false when the server ignored Range and sent the whole file. */
  partial: boolean;
  /** Where the bytes start in the file. */
  offset: number;
  /** The file's full size, when the answer says it (Content-Range, or a whole body). */
  size?: number;
  bytes: Uint8Array;
}

export interface ClientStats {
  requests: number;
  bytes: number;
  retries: number;
  /** Project pages taken from the page store while still fresh, without a request. */
  pagesFromCache: number;
  /** Stored project pages the index confirmed unchanged (304). */
  pagesRevalidated: number;
}

const PAGE_ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01';
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const BACKOFF_CAP_MS = 20_000;
/** Files up to this size are read whole before they are handed on (see streamFile). */
const READ_WHOLE_BYTES = 1024 * 1024;
/** How much of an unwanted body (an error page, a redirect) is read to keep the connection reusable. */
const DISCARD_LIMIT = 64 * 1024;

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function contentLength(headers: Headers): number | undefined {
  const v = header(headers, 'content-length');
  return v !== undefined && /^\d+$/.test(v.trim()) ? Number(v) : undefined;
}

/** Node's names of HTTP statuses, read on the first failure (a scan the cache answers loads no node:http). */
let statusNames: Record<number, string | undefined> | undefined;

function statusText(status: number): string {
  statusNames ??= (createRequire(import.meta.url)('node:http') as typeof import('node:http')).STATUS_CODES;
  return `${status} ${statusNames[status] ?? 'HTTP error'}`;
}

/** A failure worth another attempt, with the wait the server asked for, if any. */
class Retryable {
  constructor(
    readonly error: IndexError,
    readonly waitMs?: number,
  ) {}
}

/**
 * The time budget of one request: a timer that aborts the request
 * once the time spent waiting on the server adds up to the timeout. It runs only while armed, that
 * is while a response or the next chunk is awaited, so a server that sends a byte now and then
 * cannot stretch a request past its timeout, and a slow reader does not eat into it.
 */
class Watchdog {
  fired = false;
  private spent = 0;
  private since: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private controller: AbortController | undefined;

  constructor(private readonly ms: number) {}

  /** Starts counting again, aborting `controller` (this hop's request) when the budget runs out. */
  arm(controller?: AbortController): void {
    this.disarm();
    if (controller) this.controller = controller;
    this.since = performance.now();
    const left = Math.max(0, this.ms - this.spent);
    this.timer = setTimeout(() => {
      this.fired = true;
      this.controller?.abort(new Error('timed out'));
    }, left);
  }

  disarm(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.since !== undefined) this.spent += performance.now() - this.since;
    this.since = undefined;
  }
}

interface Opened {
  /** The final URL after redirects, without credentials. */
  url: URL;
  /** Whether credentials went with any hop of the request. */
  authorized: boolean;
  status: number;
  headers: Headers;
  body: IncomingMessage;
  watchdog: Watchdog;
  /** Stops the timer, drops an unread body and frees the concurrency permit. */
  close(): void;
}

/**
 * A file download: iterate it once for the bytes. The last chunk is held back until the hash check
 * passes, so a reader that sees the end of the stream without an error has verified bytes.
 */
export class Download implements AsyncIterable<Uint8Array> {
  /** True when an expected hash will be checked; false means the bytes arrive unverified. */
  readonly verified: boolean;
  readonly filename: string;
  /** The file URL without credentials. */
  readonly url: string;
  private started = false;
  private result: { digests: Record<string, string>; bytes: number } | undefined;

  /** @internal */
  constructor(
    filename: string,
    url: string,
    verified: boolean,
    private readonly source: (settle: (digests: Record<string, string>, bytes: number) => void) => AsyncGenerator<Uint8Array>,
  ) {
    this.filename = filename;
    this.url = url;
    this.verified = verified;
  }

  /** After a complete read: the digests computed (sha256 always) as lower-case hex. */
  get digests(): Record<string, string> | undefined {
    return this.result?.digests;
  }

  /** After a complete read: the number of bytes received. */
  get bytes(): number | undefined {
    return this.result?.bytes;
  }

  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    if (this.started) throw new Error(`the download of ${this.filename} can be read only once`);
    this.started = true;
    return this.source((digests, bytes) => {
      this.result = { digests, bytes };
    });
  }
}

export class IndexClient {
  /** The HTTP agent, made on the first request: a scan the cache answers makes none. */
  private agent: RequestAgent | undefined;
  private readonly agentOptions: { connections: number };
  private readonly limiter: Semaphore;
  private readonly secretList = new SecretList();
  private readonly creds = new CredentialStore(this.secretList);
  private readonly indexes: string[];
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly maxPageBytes: number;
  private readonly backoffMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly userAgent: string;
  private readonly projects = new Map<string, Promise<ProjectPage>>();
  private readonly pages = new Map<string, Promise<{ url: string; files: DistFile[] } | null>>();
  private readonly counters: ClientStats = { requests: 0, bytes: 0, retries: 0, pagesFromCache: 0, pagesRevalidated: 0 };
  private readonly closing = new AbortController();
  private destroyed: Promise<void> | undefined;
  private readonly pageStore: PageStore | undefined;
  /** Page-store writes still running; close() waits for them so a run ends with its cache written. */
  private readonly storing = new Set<Promise<void>>();
  /**
   * Every page URL this client read, and until when the copy it used stays fresh in the store;
   * undefined where the copy used is not one the store holds fresh (not kept, not found, failed).
   */
  private readonly pagesUsed = new Map<string, number | undefined>();

  constructor(opts: IndexClientOptions) {
    const concurrency = opts.concurrency ?? 16;
    this.limiter = new Semaphore(concurrency);
    this.timeoutMs = positive(opts.timeoutMs ?? 30_000, 'timeoutMs');
    this.retries = nonNegativeInteger(opts.retries ?? 3, 'retries');
    this.maxPageBytes = positive(opts.maxPageBytes ?? 64 * 1024 * 1024, 'maxPageBytes');
    this.backoffMs = nonNegativeInteger(opts.backoffMs ?? 500, 'backoffMs');
    this.maxRetryAfterMs = nonNegativeInteger(opts.maxRetryAfterMs ?? 60_000, 'maxRetryAfterMs');
    this.userAgent = opts.userAgent ?? `sdist-guard/${opts.version ?? 'dev'} (+https://github.com/sdist-guard/sdist-guard)`;
    for (const [host, value] of Object.entries(opts.credentials ?? {})) {
      this.creds.addOption(host, value);
    }
    this.indexes = [opts.indexUrl, ...(opts.extraIndexUrls ?? [])].map((u) => this.indexBase(u));
    for (const value of opts.secrets ?? []) this.secretList.add(value, encodeURIComponent(value));
    this.pageStore = opts.pageStore;
    // Connecting, waiting for the headers and each pause in a body are all timed by the watchdog.
    this.agentOptions = { connections: concurrency };
  }

  /** Every secret this client holds, in each form it could appear in (raw, URL-encoded, Basic). */
  secrets(): string[] {
    return this.secretList.list();
  }

  stats(): ClientStats {
    return { ...this.counters };
  }

  /**
   * The pages this client read, each with the time its stored copy stops being fresh, when every
   * one of them was a copy the page store holds and will serve without asking until then; undefined
   * when any was not (the store kept no copy, the index had no such project, the read failed).
   * Read once the client is closed: its writes to the store are done then.
   */
  pagesKeptFresh(): { url: string; freshUntil: number }[] | undefined {
    const out: { url: string; freshUntil: number }[] = [];
    for (const [url, until] of this.pagesUsed) {
      if (until === undefined) return undefined;
      out.push({ url, freshUntil: until });
    }
    return out;
  }

  /** Stops every request in flight and refuses new ones; may be called more than once. */
  async close(): Promise<void> {
    if (!this.closing.signal.aborted) {
      this.closing.abort();
      this.destroyed = this.agent ? this.agent.destroy() : Promise.resolve();
    }
    await this.destroyed;
    await Promise.all([...this.storing]);
  }

  /**
   * The files of a project on the given indexes (default: the index URL, then the extra ones),
   * merged as pip does: earlier indexes first, a filename seen again is dropped.
   */
  getProject(name: string, indexUrls?: string[], opts: { priority?: number } = {}): Promise<ProjectPage> {
    const normalized = normalizeName(name);
    let bases: string[];
    try {
      bases = indexUrls ? indexUrls.map((u) => this.indexBase(u)) : this.indexes;
    } catch (err) {
      return Promise.reject(err);
    }
    const key = [normalized, ...bases].join('\n');
    let pending = this.projects.get(key);
    if (!pending) {
      pending = this.loadProject(name, normalized, bases, opts.priority ?? PRIORITY.page);
      this.projects.set(key, pending);
    }
    return pending;
  }

  /** Streams a file; see Download for when the bytes count as verified. */
  download(file: DistFile, opts: DownloadOptions): Download {
    const url = this.fileUrl(file);
    let allowed: AllowedHashes;
    try {
      allowed = opts.hashes && opts.hashes.length > 0 ? parseHashList(opts.hashes) : fromRecord(file.hashes);
    } catch (err) {
      throw this.fail('malformed', url, `${(err as Error).message}, for ${file.filename} from ${redactUrl(url.href)}`);
    }
    const hasher = new StreamingHashes(allowed);
    return new Download(file.filename, url.href, hasher.checks, (settle) =>
      this.streamFile(url, file.filename, opts.maxBytes, hasher, settle),
    );
  }

  /**
   * Reads a file, or part of it with a Range request, into memory. A server that ignores Range
   * answers 200 with the whole file, which is read only up to maxBytes (beyond, it is an error).
   */
  fetchBytes(href: string, filename: string, opts: { range?: ByteRange; maxBytes: number; priority?: number }): Promise<FetchedBytes> {
    let url: URL;
    try {
      url = this.fileUrl({ filename, url: href, hashes: {}, yanked: false });
    } catch (err) {
      return Promise.reject(err);
    }
    const range = opts.range;
    const asked = range === undefined ? undefined : 'suffix' in range ? `bytes=-${range.suffix}` : `bytes=${range.start}-${range.end}`;
    return this.withRetries(async () => {
      const opened = await this.open(url, '*/*', false, asked ? { range: asked } : undefined, opts.priority ?? PRIORITY.followUp);
      try {
        const where = redactUrl(opened.url.href);
        if (opened.status !== 206) {
          if (opened.status !== 200) throw this.fail('http', opened.url, `${statusText(opened.status)} from ${where}`, opened.status);
          const bytes = await this.readAll(opened, opts.maxBytes);
          opened.close();
          await nextTurn();
          return { partial: false, offset: 0, size: bytes.length, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
        }
        const m = /^bytes\s+(\d+)-(\d+)\/(\d+|\*)$/i.exec((header(opened.headers, 'content-range') ?? '').trim());
        if (!m) throw this.fail('malformed', opened.url, `206 from ${where} without a valid Content-Range header`, 206);
        const start = Number(m[1]);
        const end = Number(m[2]);
        const size = m[3] === '*' ? undefined : Number(m[3]);
        if (end < start || (size !== undefined && end >= size) || !rangeAnswers(range, start, end, size)) {
          throw this.fail('malformed', opened.url, `206 from ${where} sent bytes ${start}-${end}, not the range asked for (${asked ?? 'none'})`, 206);
        }
        const bytes = await this.readAll(opened, Math.min(opts.maxBytes, end - start + 1));
        if (bytes.length !== end - start + 1) {
          throw this.fail('malformed', opened.url, `206 from ${where} announced bytes ${start}-${end} but sent ${bytes.length}`, 206);
        }
        opened.close();
        await nextTurn();
        return { partial: true, offset: start, size, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
      } finally {
        opened.close();
      }
    });
  }

  /**
   * A JSON API exchange (an advisory service's): GET, or POST with a JSON body, under the same
   * timeouts, retries, redirect and credential rules as index pages. Only a 2xx answer is read, up
   * to maxBytes; a body that is not JSON is a `malformed` error naming the URL.
   */
  requestJson(href: string, opts: { body?: unknown; maxBytes: number }): Promise<{ value: unknown; authorized: boolean }> {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return Promise.reject(this.fail('malformed', href, `"${redactUrl(href)}" is not a valid URL`));
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return Promise.reject(this.fail('malformed', url, `${redactUrl(href)} is not an http or https URL`));
    }
    url.hash = '';
    url = this.creds.absorb(url);
    const post = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    return this.withRetries(async () => {
      const opened = await this.open(url, 'application/json', true, undefined, 0, post);
      try {
        const raw = await this.readAll(opened, opts.maxBytes);
        opened.close();
        const text = decodeText(this.decodeContent(raw, opened), header(opened.headers, 'content-type'));
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (err) {
          throw this.fail('malformed', opened.url, `the answer from ${redactUrl(opened.url.href)} is not JSON (${(err as Error).message})`, opened.status);
        }
        return { value, authorized: opened.authorized };
      } finally {
        opened.close();
      }
    });
  }

  // ------------------------------------------------------------------ projects

  private async loadProject(name: string, normalized: string, bases: string[], priority: number): Promise<ProjectPage> {
    if (!isValidName(normalized)) {
      throw this.fail('not-found', bases[0]!, `"${name}" is not a valid project name, so no index can list it`);
    }
    const pageUrls = bases.map((b) => new URL(`${normalized}/`, b));
    const settled = await Promise.allSettled(pageUrls.map((u) => this.page(u, priority)));
    // Unlike pip, which skips an index it cannot read, this fails the whole answer: the index that
    // failed (other than by not knowing the project) may hold the very file pip would pick.
    for (const s of settled) if (s.status === 'rejected') throw s.reason;

    const found = settled.flatMap((s) => (s.status === 'fulfilled' && s.value ? [s.value] : []));
    if (found.length === 0) {
      const where = pageUrls.map((u) => redactUrl(u.href)).join(', ');
      throw this.fail('not-found', pageUrls[0]!, `project "${normalized}" was not found (404) at ${where}`, 404);
    }
    const seen = new Set<string>();
    const files: DistFile[] = [];
    for (const page of found) {
      for (const f of page.files) {
        if (seen.has(f.filename)) continue;
        seen.add(f.filename);
        files.push(f);
      }
    }
    return { name: normalized, files, urls: found.map((p) => p.url) };
  }

  /** One index's page for a project, or null when that index does not have it. */
  private page(url: URL, priority: number): Promise<{ url: string; files: DistFile[] } | null> {
    let pending = this.pages.get(url.href);
    if (!pending) {
      pending = this.loadPage(url, priority).catch((err: unknown) => {
        if (err instanceof IndexError && err.kind === 'not-found') return null;
        throw err;
      });
      this.pages.set(url.href, pending);
    }
    return pending;
  }

  private async loadPage(url: URL, priority: number): Promise<{ url: string; files: DistFile[] }> {
    // A page fetched with credentials is stored only when the index marks it public
    // (responseMeta decides), so whatever the store holds may be read by anyone using it.
    const store = this.pageStore;
    // not kept until a path below says what copy it used
    this.pagesUsed.set(url.href, undefined);
    // A store that surely has no copy is not waited for: the request leaves within this call, while
    // the caller may still be asking for hundreds of other pages.
    let cached = store && (store.mayHold?.(url.href) ?? true) ? await store.get(url.href).catch(() => undefined) : undefined;
    if (cached) {
      const fromStore = this.storedFiles(cached);
      if (!fromStore) {
        this.store(() => store!.delete(url.href));
        cached = undefined;
      } else if (isFresh(cached, Date.now())) {
        this.counters.pagesFromCache++;
        this.pagesUsed.set(url.href, freshUntil(cached));
        return fromStore;
      }
    }
    const stored = cached;
    return this.withRetries(async () => {
      const opened = await this.open(url, PAGE_ACCEPT, true, cached ? conditionalHeaders(cached) : undefined, priority);
      try {
        if (opened.status === 304 && cached) {
          const page = revalidated(cached, opened.headers, Date.now());
          this.counters.pagesRevalidated++;
          this.store(() => store!.put(page));
          this.pagesUsed.set(url.href, freshUntil(page));
          return this.storedFiles(page)!;
        }
        const contentType = header(opened.headers, 'content-type');
        const format = pageFormat(contentType);
        if (!format) {
          throw this.fail(
            'malformed',
            opened.url,
            `unexpected Content-Type "${contentType ?? '(none)'}" from ${redactUrl(opened.url.href)}: expected a PEP 691 JSON page ` +
              '(application/vnd.pypi.simple.v1+json) or a PEP 503 HTML page (text/html)',
          );
        }
        const raw = await this.readAll(opened, this.maxPageBytes);
        // The exchange is over: the next request may start while this page is parsed. It is sent
        // first: answers arrive together (they left together), and each one parsed before the
        // next request goes out would hold that request back by the parsing of all before it.
        opened.close();
        await nextTurn();
        const text = decodeText(this.decodeContent(raw, opened), contentType);
        const pageUrl = opened.url.href;
        const files = this.parsePage(text, format, pageUrl);
        // What is kept on disk holds no secret: not in its URL, not in its links.
        if (store && !this.holdsSecret(url.href, pageUrl, text)) {
          const now = Date.now();
          const meta = responseMeta(opened.headers, now, opened.authorized);
          if (meta.storable) {
            const page: CachedPage = { url: url.href, finalUrl: pageUrl, contentType: contentType!, body: text, storedAt: now, initialAge: meta.initialAge };
            if (meta.maxAge !== undefined) page.maxAge = meta.maxAge;
            if (meta.etag !== undefined) page.etag = meta.etag;
            if (meta.lastModified !== undefined) page.lastModified = meta.lastModified;
            this.store(() => store.put(page));
            this.pagesUsed.set(url.href, freshUntil(page));
          } else if (cached) this.store(() => store.delete(url.href));
        }
        return { url: pageUrl, files };
      } finally {
        opened.close();
      }
    }).catch((err: unknown) => {
      // A project the index no longer has must not come back from the store.
      if (stored && err instanceof IndexError && err.kind === 'not-found') this.store(() => store!.delete(url.href));
      throw err;
    });
  }

  private holdsSecret(...texts: string[]): boolean {
    const secrets = this.secretList.list();
    return texts.some((t) => secrets.some((s) => t.includes(s)));
  }

  private parsePage(text: string, format: 'json' | 'html', pageUrl: string): DistFile[] {
    const files = format === 'json' ? parseJsonPage(text, pageUrl) : parseHtmlPage(text, pageUrl);
    // Userinfo a page puts in its links is not ours to use or to keep: drop it.
    for (const f of files) f.url = withoutUserinfo(f.url);
    return files;
  }

  /** A stored page's files, or undefined when it no longer parses (it is then fetched anew). */
  private storedFiles(page: CachedPage): { url: string; files: DistFile[] } | undefined {
    const format = pageFormat(page.contentType);
    if (!format) return undefined;
    try {
      return { url: page.finalUrl, files: this.parsePage(page.body, format, page.finalUrl) };
    } catch {
      return undefined;
    }
  }

  /** Runs a page-store write in the background; a store that fails only loses the entry. */
  private store(write: () => Promise<void>): void {
    const p = write()
      .catch(() => {})
      .finally(() => this.storing.delete(p));
    this.storing.add(p);
  }

  private decodeContent(raw: Buffer, opened: Opened): Buffer {
    const encoding = (header(opened.headers, 'content-encoding') ?? 'identity').trim().toLowerCase();
    if (encoding === 'identity' || encoding === '') return raw;
    if (encoding !== 'gzip' && encoding !== 'x-gzip') {
      throw this.fail('malformed', opened.url, `unsupported Content-Encoding "${encoding}" from ${redactUrl(opened.url.href)}`);
    }
    try {
      return gunzipSync(raw, { maxOutputLength: this.maxPageBytes });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
        throw this.tooLarge(opened.url, `the page inflates to more than the ${this.maxPageBytes}-byte limit`);
      }
      throw this.fail('malformed', opened.url, `the gzip body from ${redactUrl(opened.url.href)} is corrupt (${(err as Error).message})`);
    }
  }

  private async readAll(opened: Opened, limit: number): Promise<Buffer> {
    const declared = contentLength(opened.headers);
    if (declared !== undefined && declared > limit) {
      throw this.tooLarge(opened.url, `the server announced ${declared} bytes, more than the ${limit}-byte limit`);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    const it = opened.body[Symbol.asyncIterator]();
    for (;;) {
      const step = await this.nextChunk(it, opened, total, declared);
      if (step.done) break;
      const chunk = step.value as Buffer;
      total += chunk.length;
      this.counters.bytes += chunk.length;
      if (total > limit) throw this.tooLarge(opened.url, `more than the ${limit}-byte limit`);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks, total);
  }

  // ------------------------------------------------------------------ downloads

  private fileUrl(file: DistFile): URL {
    let url: URL;
    try {
      url = new URL(file.url);
    } catch {
      throw this.fail('malformed', file.url, `the URL of ${file.filename} is not a valid URL: ${redactUrl(file.url)}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw this.fail('malformed', file.url, `${file.filename} cannot be fetched from ${redactUrl(file.url)}: only http and https URLs are supported`);
    }
    url.hash = '';
    // Userinfo here comes from the caller (a lock file, say), so it is the user's to send.
    return this.creds.absorb(url);
  }

  private async *streamFile(
    url: URL,
    filename: string,
    maxBytes: number,
    hasher: StreamingHashes,
    settle: (digests: Record<string, string>, bytes: number) => void,
  ): AsyncGenerator<Uint8Array> {
    const opened = await this.withRetries(() => this.open(url, '*/*', false, undefined, PRIORITY.followUp));
    try {
      const where = redactUrl(opened.url.href);
      const declared = contentLength(opened.headers);
      if (declared !== undefined && declared > maxBytes) {
        throw this.tooLarge(opened.url, `${filename} is ${declared} bytes, more than the ${maxBytes}-byte limit`);
      }
      const it = opened.body[Symbol.asyncIterator]();
      let total = 0;
      let held: Uint8Array | undefined;
      // A small file is read whole before the reader sees it, so the connection and the
      // concurrency permit go back before the archive is read rather than after.
      const whole: Uint8Array[] | undefined = declared !== undefined && declared <= READ_WHOLE_BYTES ? [] : undefined;
      for (;;) {
        let step: IteratorResult<unknown>;
        try {
          step = await this.nextChunk(it, opened, total, declared);
        } catch (err) {
          // Bytes already went to the reader, so a broken body cannot be retried here.
          throw err instanceof Retryable ? err.error : err;
        }
        if (step.done) break;
        const chunk = step.value as Uint8Array;
        total += chunk.length;
        this.counters.bytes += chunk.length;
        if (total > maxBytes) throw this.tooLarge(opened.url, `${filename} is larger than the ${maxBytes}-byte limit`);
        hasher.update(chunk);
        if (whole) {
          whole.push(chunk);
          continue;
        }
        if (held) yield held;
        held = chunk;
      }
      const { digests, ok } = hasher.finish();
      if (hasher.checks && !ok) {
        const got = Object.entries(digests)
          .map(([name, d]) => `${name}:${d}`)
          .join(', ');
        throw this.fail('hash-mismatch', opened.url, `hash mismatch for ${filename} from ${where}: expected ${hasher.describeExpected()}, got ${got}`);
      }
      settle(digests, total);
      if (whole) {
        opened.close();
        await nextTurn();
        yield* whole;
      }
      if (held) yield held;
    } finally {
      opened.close();
    }
  }

  // ------------------------------------------------------------------ one exchange

  /** Runs one attempt, and again after a retryable failure, waiting as the server or backoff says. */
  private async withRetries<T>(attempt: () => Promise<T>): Promise<T> {
    for (let n = 0; ; n++) {
      try {
        return await attempt();
      } catch (err) {
        if (err instanceof IndexError) throw this.masked(err);
        if (!(err instanceof Retryable)) throw err;
        const e = err.error;
        if (n >= this.retries) {
          const tries = n + 1;
          throw this.fail(e.kind, e.url, `${e.message} (gave up after ${tries} attempt${tries === 1 ? '' : 's'})`, e.status);
        }
        this.counters.retries++;
        try {
          await sleep(err.waitMs ?? backoffDelay(n, this.backoffMs, BACKOFF_CAP_MS), undefined, { signal: this.closing.signal });
        } catch {
          throw this.fail('network', e.url, `${e.message} (not retried: the index client was closed)`, e.status);
        }
      }
    }
  }

  /**
   * Sends the request and follows redirects; resolves on a 2xx (or, when `conditional` headers
   * were sent, a 304) with a permit held until close().
   */
  private async open(start: URL, accept: string, gzip: boolean, conditional?: Record<string, string>, priority = 0, post?: string): Promise<Opened> {
    const release = this.limiter.tryAcquire() ?? (await this.limiter.acquire(priority));
    let url = start;
    let authorized = false;
    // One budget for the whole request: every redirect hop and the body draw on it.
    const watchdog = new Watchdog(this.timeoutMs);
    try {
      for (let hop = 0; ; hop++) {
        const controller = new AbortController();
        authorized ||= this.creds.authorization(url) !== undefined;
        const res = await this.send(url, accept, gzip, controller, watchdog, conditional, post);
        const status = res.statusCode;
        if ((status >= 200 && status < 300) || (status === 304 && conditional !== undefined && Object.keys(conditional).length > 0)) {
          let closed = false;
          return {
            url,
            authorized,
            status,
            headers: res.headers,
            body: res.body,
            watchdog,
            close: () => {
              if (closed) return;
              closed = true;
              watchdog.disarm();
              // Dropping an unread body aborts it; nobody is listening for that error any more.
              if (!res.body.readableEnded) res.body.on('error', () => {}).destroy();
              release();
            },
          };
        }
        await this.discard(res.body, watchdog);
        if (REDIRECT_STATUSES.has(status)) {
          // 301, 302 and 303 turn a POST into a GET elsewhere: that is not the question asked.
          if (post !== undefined && status !== 307 && status !== 308) {
            throw this.fail('redirect', url, `${statusText(status)} from ${redactUrl(url.href)} would turn the POST into a GET; give the server's final URL`, status);
          }
          url = this.redirectTarget(url, status, res.headers, hop, start);
          continue;
        }
        throw this.statusError(status, url, res.headers);
      }
    } catch (err) {
      release();
      throw err;
    }
  }

  private async send(
    url: URL,
    accept: string,
    gzip: boolean,
    controller: AbortController,
    watchdog: Watchdog,
    conditional?: Record<string, string>,
    post?: string,
  ): Promise<AgentResponse> {
    const headers: Record<string, string> = { 'user-agent': this.userAgent, accept, ...conditional };
    if (post !== undefined) headers['content-type'] = 'application/json';
    if (gzip) headers['accept-encoding'] = 'gzip';
    // Looked up per hop: a redirect to another host:port gets that origin's credentials or none.
    const auth = this.creds.authorization(url);
    if (auth) headers['authorization'] = auth;
    this.counters.requests++;
    watchdog.arm(controller);
    try {
      this.agent ??= makeAgent(this.agentOptions);
      return await this.agent.request({
        url,
        method: post === undefined ? 'GET' : 'POST',
        headers,
        ...(post === undefined ? {} : { body: post }),
        signal: controller.signal,
      });
    } catch (err) {
      throw this.transportError(err, url, watchdog, 'waiting for a response');
    } finally {
      watchdog.disarm();
    }
  }

  private async nextChunk(
    it: AsyncIterator<unknown>,
    opened: Opened,
    received: number,
    declared: number | undefined,
  ): Promise<IteratorResult<unknown>> {
    opened.watchdog.arm();
    try {
      return await it.next();
    } catch (err) {
      const progress = declared === undefined ? `after ${received} bytes` : `after ${received} of ${declared} bytes`;
      throw this.transportError(err, opened.url, opened.watchdog, `reading the body (${progress})`);
    } finally {
      opened.watchdog.disarm();
    }
  }

  private async discard(body: IncomingMessage, watchdog: Watchdog): Promise<void> {
    watchdog.arm();
    try {
      // Read to its end, the connection can carry the next request; past the limit, it is dropped.
      let read = 0;
      for await (const chunk of body) {
        read += (chunk as Buffer).length;
        if (read > DISCARD_LIMIT) {
          body.destroy();
          break;
        }
      }
    } catch {
      // An unread error body only costs the connection.
    } finally {
      watchdog.disarm();
    }
  }

  private redirectTarget(from: URL, status: number, headers: Headers, hop: number, start: URL): URL {
    const where = redactUrl(from.href);
    const location = header(headers, 'location');
    if (!location) throw this.fail('redirect', from, `${statusText(status)} from ${where} has no Location header`, status);
    if (hop + 1 > MAX_REDIRECTS) {
      throw this.fail('redirect', start, `more than ${MAX_REDIRECTS} redirects starting at ${redactUrl(start.href)} (the last from ${where})`, status);
    }
    let next: URL;
    try {
      next = new URL(location, from);
    } catch {
      throw this.fail('redirect', from, `${statusText(status)} from ${where} points to an invalid URL "${redactUrl(location)}"`, status);
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw this.fail('redirect', from, `${statusText(status)} from ${where} points to ${next.protocol} URL, which is not followed`, status);
    }
    // Credentials a server writes into a redirect are not trusted; the store decides per host.
    return new URL(withoutUserinfo(next.href));
  }

  private statusError(status: number, url: URL, headers: Headers): IndexError | Retryable {
    const where = redactUrl(url.href);
    const host = url.host;
    if (status === 401) {
      const https = this.creds.heldForHttps(url);
      const detail = this.creds.has(url)
        ? 'the credentials given for it were rejected'
        : https
          ? `credentials were given for ${https} only, and are never sent in clear text over http; to send them over http, give them for http://${host}`
          : 'none were given; add them to the index URL (https://user:password@host/...) or to the credentials for this host';
      return this.fail('auth', url, `${statusText(status)} from ${where}: credentials are missing or wrong for host ${host} (${detail})`, status);
    }
    if (status === 403) {
      return this.fail(
        'auth',
        url,
        `${statusText(status)} from ${where}: host ${host} refused access; the credentials for it may lack permission for this project`,
        status,
      );
    }
    if (status === 404 || status === 410) return this.fail('not-found', url, `${statusText(status)} from ${where}`, status);
    if (isRetryableStatus(status)) {
      const error = this.fail('http', url, `${statusText(status)} from ${where}`, status);
      const waitMs = parseRetryAfter(header(headers, 'retry-after'), Date.now());
      if (waitMs !== undefined && waitMs > this.maxRetryAfterMs) {
        const secs = Math.ceil(waitMs / 1000);
        return this.fail(
          'http',
          url,
          `${statusText(status)} from ${where}: the server asked to wait ${secs} s before retrying, longer than the ${Math.round(this.maxRetryAfterMs / 1000)} s this client waits`,
          status,
        );
      }
      return new Retryable(error, waitMs);
    }
    return this.fail('http', url, `${statusText(status)} from ${where}`, status);
  }

  private transportError(err: unknown, url: URL, watchdog: Watchdog, doing: string): IndexError | Retryable {
    const where = redactUrl(url.href);
    const code = (err as { code?: string } | undefined)?.code;
    if (err instanceof IndexError || err instanceof Retryable) return err;
    if (watchdog.fired) {
      return this.fail('timeout', url, `timed out after ${this.timeoutMs} ms ${doing} from ${where}`);
    }
    const message = (err as Error | undefined)?.message ?? String(err);
    if (this.closing.signal.aborted) {
      return this.fail('network', url, `request to ${where} stopped: the index client was closed`);
    }
    const tls = describeTlsError(err, url.host, where);
    if (tls) return this.fail('tls', url, tls);
    const error = this.fail('network', url, `network error ${doing} from ${where}: ${code ? `${code} ` : ''}${message}`);
    return isInvalidRequest(err) ? error : new Retryable(error);
  }

  private tooLarge(url: URL, detail: string): IndexError {
    return this.fail('too-large', url, `response from ${redactUrl(url.href)} is too large: ${detail}`);
  }

  /** Every IndexError is made here, so every message passes through the secret mask. */
  private fail(kind: IndexErrorKind, url: URL | string, message: string, status?: number): IndexError {
    const href = typeof url === 'string' ? url : url.href;
    return new IndexError(kind, this.secretList.mask(redactUrl(href)), this.secretList.mask(message), status);
  }

  /** An error made outside this class (a page parser's) can quote page text; mask it too. */
  private masked(err: IndexError): IndexError {
    const message = this.secretList.mask(err.message);
    const url = this.secretList.mask(err.url);
    if (message === err.message && url === err.url) return err;
    return new IndexError(err.kind, url, message, err.status);
  }

  private indexBase(raw: string): string {
    let url: URL;
    try {
      url = new URL(raw.trim());
    } catch {
      throw new TypeError(`index URL "${redactUrl(raw)}" is not a valid URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new TypeError(`index URL "${redactUrl(raw)}" must be an http or https URL`);
    }
    const clean = this.creds.absorb(url);
    clean.hash = '';
    if (!clean.pathname.endsWith('/')) clean.pathname += '/';
    return clean.href;
  }
}

/** Whether a 206 answer is the range asked for (a range may be cut short at the end of the file). */
function rangeAnswers(range: ByteRange | undefined, start: number, end: number, size: number | undefined): boolean {
  if (range === undefined) return true;
  if ('suffix' in range) return size === undefined || (end === size - 1 && start === Math.max(0, size - range.suffix));
  return start === range.start && (end === range.end || (size !== undefined && end === size - 1 && end < range.end));
}

function withoutUserinfo(href: string): string {
  const url = new URL(href);
  if (url.username === '' && url.password === '') return href;
  url.username = '';
  url.password = '';
  return url.href;
}

function decodeText(bytes: Buffer, contentType: string | undefined): string {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
  if (charset) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown label: PEP 503 pages are UTF-8 in practice.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function positive(n: number, name: string): number {
  if (!Number.isFinite(n) || n <= 0) throw new RangeError(`${name} must be a positive number, got ${n}`);
  return n;
}

function nonNegativeInteger(n: number, name: string): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a non-negative integer, got ${n}`);
  return n;
}
