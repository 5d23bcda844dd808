// HTTP caching of project pages, as a private cache does it (RFC 9111), the way pip's own cache
// honors PyPI: a page is used without asking while its `max-age` (or `Expires`) holds, then asked
// for again with its validators (`If-None-Match`, `If-Modified-Since`) so an unchanged page costs
// a 304. Nothing is served stale, and no heuristic freshness is guessed for a page that names none.

export type HeaderBag = Record<string, string | string[] | undefined>;

/** One stored page response. Times are milliseconds since the epoch, ages seconds. */
export interface CachedPage {
  /** The URL asked for (credentials never appear in it). */
  url: string;
  /** Where the page was finally read from, after redirects: links on it are relative to this. */
  finalUrl: string;
  contentType: string;
  /** The decoded page text. */
  body: string;
  etag?: string;
  lastModified?: string;
  /** When the response (or the 304 that last confirmed it) arrived. */
  storedAt: number;
  /** Its age when it arrived: the `Age` header, or how old its `Date` said it was. */
  initialAge: number;
  /** How long it stays fresh from its origin, in seconds; absent means it must be revalidated. */
  maxAge?: number;
}

/** What gets stored, and for how long, for the page cache to hold responses on disk. */
export interface PageStore {
  get(url: string): Promise<CachedPage | undefined>;
  /**
   * False when the store surely holds no copy of `url` (known without reading it): the request can
   * then leave at once, rather than after a lookup. Absent, or true, means get() must be asked.
   */
  mayHold?(url: string): boolean;
  put(page: CachedPage): Promise<void>;
  delete(url: string): Promise<void>;
}

function first(headers: HeaderBag, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

/** `Cache-Control` directives by lower-case name; a directive without a value is `true`. */
export function parseCacheControl(value: string | undefined): Map<string, string | true> {
  const out = new Map<string, string | true>();
  if (!value) return out;
  // Quoted values can hold commas (`no-cache="set-cookie, x"`), so split outside quotes only.
  const re = /\s*([^=,\s]+)\s*(?:=\s*("(?:[^"\\]|\\.)*"|[^,]*))?\s*(?:,|$)/g;
  for (const m of value.matchAll(re)) {
    if (!m[1]) continue;
    const name = m[1].toLowerCase();
    if (out.has(name)) continue;
    const raw = m[2]?.trim();
    out.set(name, raw === undefined ? true : raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw);
  }
  return out;
}

/** A delta-seconds value; anything else (negative, fractional, garbage) is not one. */
function deltaSeconds(v: string | true | undefined): number | undefined {
  if (typeof v !== 'string' || !/^\d+$/.test(v)) return undefined;
  return Math.min(Number(v), 2 ** 31);
}

function httpDate(v: string | undefined): number | undefined {
  if (!v) return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : t;
}

export interface ResponseMeta {
  /** Worth keeping at all. */
  storable: boolean;
  maxAge?: number;
  initialAge: number;
  etag?: string;
  lastModified?: string;
}

/**
 * What the headers of a 200 (or a 304) say about keeping the page. `authorized` is whether the
 * request carried credentials: such a page is kept only when the index marks it `public`, since
 * the cache directory is shared beyond this run (an Actions cache, a machine's other users).
 */
export function responseMeta(headers: HeaderBag, now: number, authorized: boolean): ResponseMeta {
  const cc = parseCacheControl(first(headers, 'cache-control'));
  const etag = first(headers, 'etag')?.trim() || undefined;
  const lastModified = first(headers, 'last-modified')?.trim() || undefined;
  const date = httpDate(first(headers, 'date'));
  const age = deltaSeconds(first(headers, 'age')?.trim()) ?? 0;
  const apparent = date !== undefined ? Math.max(0, Math.floor((now - date) / 1000)) : 0;
  const initialAge = Math.max(age, apparent);

  let maxAge: number | undefined;
  if (cc.has('no-cache')) maxAge = undefined;
  else if (cc.has('max-age')) maxAge = deltaSeconds(cc.get('max-age')) ?? 0;
  else {
    const expires = first(headers, 'expires');
    if (expires !== undefined) {
      const at = httpDate(expires);
      // An invalid Expires (often "0") means already expired.
      maxAge = at !== undefined && date !== undefined ? Math.max(0, Math.floor((at - date) / 1000)) : 0;
    }
  }
  const vary = first(headers, 'vary');
  const storable =
    !cc.has('no-store') &&
    !(vary !== undefined && vary.split(',').some((v) => v.trim() === '*')) &&
    (!authorized || cc.has('public')) &&
    (maxAge !== undefined && maxAge > 0 ? true : etag !== undefined || lastModified !== undefined);
  const meta: ResponseMeta = { storable, initialAge };
  if (maxAge !== undefined) meta.maxAge = maxAge;
  if (etag !== undefined) meta.etag = etag;
  if (lastModified !== undefined) meta.lastModified = lastModified;
  return meta;
}

/** How old the stored page is now, in seconds. */
export function currentAge(page: CachedPage, now: number): number {
  return page.initialAge + Math.max(0, (now - page.storedAt) / 1000);
}

/** Usable without asking the index. A clock that went backwards does not make a page fresher. */
export function isFresh(page: CachedPage, now: number): boolean {
  return page.maxAge !== undefined && now >= page.storedAt && currentAge(page, now) < page.maxAge;
}

/**
 * The last moment (milliseconds since the epoch, exclusive) the stored page is fresh, as isFresh()
 * counts; undefined for a page that must always be revalidated.
 */
export function freshUntil(page: CachedPage): number | undefined {
  if (page.maxAge === undefined) return undefined;
  return page.storedAt + (page.maxAge - page.initialAge) * 1000;
}

/** Headers that turn the next request for the page into a revalidation. */
export function conditionalHeaders(page: CachedPage): Record<string, string> {
  const out: Record<string, string> = {};
  if (page.etag) out['if-none-match'] = page.etag;
  if (page.lastModified) out['if-modified-since'] = page.lastModified;
  return out;
}

/** The stored page after a 304: the body stays, freshness and validators come from the 304 where it sends them. */
export function revalidated(page: CachedPage, headers: HeaderBag, now: number): CachedPage {
  const meta = responseMeta(headers, now, false);
  const sentFreshness = first(headers, 'cache-control') !== undefined || first(headers, 'expires') !== undefined;
  const next: CachedPage = {
    ...page,
    storedAt: now,
    initialAge: meta.initialAge,
    etag: meta.etag ?? page.etag,
    lastModified: meta.lastModified ?? page.lastModified,
  };
  const maxAge = sentFreshness ? meta.maxAge : page.maxAge;
  if (maxAge === undefined) delete next.maxAge;
  else next.maxAge = maxAge;
  if (next.etag === undefined) delete next.etag;
  if (next.lastModified === undefined) delete next.lastModified;
  return next;
}

/** Checks a stored page's shape: an entry of another shape is not used. */
export function asCachedPage(v: unknown, url: string): CachedPage | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const p = v as Record<string, unknown>;
  const str = (x: unknown) => typeof x === 'string';
  const num = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  if (p.url !== url || !str(p.finalUrl) || !str(p.contentType) || !str(p.body) || !num(p.storedAt) || !num(p.initialAge)) return undefined;
  if (p.maxAge !== undefined && !num(p.maxAge)) return undefined;
  if (p.etag !== undefined && !str(p.etag)) return undefined;
  if (p.lastModified !== undefined && !str(p.lastModified)) return undefined;
  try {
    new URL(p.finalUrl as string);
  } catch {
    return undefined;
  }
  const page: CachedPage = {
    url,
    finalUrl: p.finalUrl as string,
    contentType: p.contentType as string,
    body: p.body as string,
    storedAt: p.storedAt as number,
    initialAge: p.initialAge as number,
  };
  if (p.maxAge !== undefined) page.maxAge = p.maxAge as number;
  if (p.etag !== undefined) page.etag = p.etag as string;
  if (p.lastModified !== undefined) page.lastModified = p.lastModified as string;
  return page;
}
