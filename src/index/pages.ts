// PEP 691 (JSON) and PEP 503 (HTML) project pages to DistFile lists. Pure: no I/O; URLs in the
// result are absolute, resolved against the page URL (or the HTML page's <base href>).

import type { DistFile } from '../types.js';
import { IndexError } from './errors.js';
import { HtmlSyntaxError, startTags } from './html.js';
import { redactUrl } from './redact.js';
import { linkFilename } from '../python/links.js';

const HEX = /^[0-9a-f]+$/i;
const HASH_NAME = /^[a-z0-9_-]+$/i;
/** URL schemes a file on an index can be fetched (or, for a local index, read) from. */
const FILE_SCHEMES = new Set(['http:', 'https:', 'file:']);

function malformed(pageUrl: string, detail: string): IndexError {
  return new IndexError('malformed', pageUrl, `malformed project page from ${redactUrl(pageUrl)}: ${detail}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// ---------------------------------------------------------------- PEP 691 JSON

function jsonHashes(value: unknown, where: string, pageUrl: string): Record<string, string> {
  if (!isRecord(value)) throw malformed(pageUrl, `${where} must be an object of hash name to hex digest`);
  const out: Record<string, string> = {};
  for (const [name, digest] of Object.entries(value)) {
    if (typeof digest !== 'string' || !HEX.test(digest) || !HASH_NAME.test(name)) {
      throw malformed(pageUrl, `${where}.${name} must be a hex digest`);
    }
    out[name.toLowerCase()] = digest.toLowerCase();
  }
  return out;
}

function jsonYanked(value: unknown, where: string, pageUrl: string): boolean | string {
  if (value === undefined || value === null || value === false) return false;
  if (value === true) return true;
  if (typeof value === 'string') return value.trim() === '' ? true : value;
  throw malformed(pageUrl, `${where}.yanked must be a boolean or a reason string`);
}

function jsonCoreMetadata(
  entry: Record<string, unknown>,
  where: string,
  pageUrl: string,
): boolean | Record<string, string> {
  // PEP 714 renamed the key; servers that predate it send only the old one.
  const key = ['core-metadata', 'dist-info-metadata', 'data-dist-info-metadata'].find((k) => entry[k] !== undefined);
  if (key === undefined) return false;
  const value = entry[key];
  if (value === null || value === false) return false;
  if (value === true) return true;
  const hashes = jsonHashes(value, `${where}.${key}`, pageUrl);
  return Object.keys(hashes).length > 0 ? hashes : true;
}

function resolveUrl(href: string, base: string, where: string, pageUrl: string): URL {
  try {
    return new URL(href, base);
  } catch {
    throw malformed(pageUrl, `${where} has an invalid URL "${redactUrl(href)}"`);
  }
}

/** A PEP 691 v1 JSON project page. */
export function parseJsonPage(body: string, pageUrl: string): DistFile[] {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (err) {
    throw malformed(pageUrl, `not valid JSON (${(err as Error).message})`);
  }
  if (!isRecord(data)) throw malformed(pageUrl, 'expected a JSON object');
  if (data.meta !== undefined) {
    const version = isRecord(data.meta) ? data.meta['api-version'] : undefined;
    if (typeof version !== 'string' || !/^\d+(\.\d+)*$/.test(version)) {
      throw malformed(pageUrl, 'meta.api-version must be a version string such as "1.1"');
    }
    // PEP 691: a client must refuse a major version it does not know.
    if (version.split('.')[0] !== '1') throw malformed(pageUrl, `unsupported api-version ${version} (only 1.x is understood)`);
  }
  if (!Array.isArray(data.files)) throw malformed(pageUrl, '"files" must be an array');

  return data.files.map((entry: unknown, i: number): DistFile => {
    const where = `files[${i}]`;
    if (!isRecord(entry)) throw malformed(pageUrl, `${where} must be an object`);
    const { filename: declared, url } = entry;
    if (typeof url !== 'string' || url === '') throw malformed(pageUrl, `${where}.url must be a string`);
    const resolved = resolveUrl(url, pageUrl, `${where}.url`, pageUrl);
    if (!FILE_SCHEMES.has(resolved.protocol)) throw malformed(pageUrl, `${where}.url has unsupported scheme ${resolved.protocol}`);
    // pip names the file after its URL (and falls back to the host when the path names none).
    const filename = linkFilename(resolved.href) || resolved.host;
    const file: DistFile = {
      filename,
      url: resolved.href,
      hashes: entry.hashes === undefined ? {} : jsonHashes(entry.hashes, `${where}.hashes`, pageUrl),
      yanked: jsonYanked(entry.yanked, where, pageUrl),
      coreMetadata: jsonCoreMetadata(entry, where, pageUrl),
    };
    // pip never reads `filename`; a page that names the file otherwise than its URL does is lying
    // to every tool that trusts the field.
    if (declared !== filename) file.pageFilename = typeof declared === 'string' ? declared : JSON.stringify(declared ?? null);
    const rp = entry['requires-python'];
    if (rp !== undefined && rp !== null) {
      if (typeof rp !== 'string') throw malformed(pageUrl, `${where}.requires-python must be a string`);
      if (rp.trim() !== '') file.requiresPython = rp.trim();
    }
    if (entry.size !== undefined && entry.size !== null) {
      if (typeof entry.size !== 'number' || !Number.isSafeInteger(entry.size) || entry.size < 0) {
        throw malformed(pageUrl, `${where}.size must be a non-negative integer`);
      }
      file.size = entry.size;
    }
    return file;
  });
}

// ---------------------------------------------------------------- PEP 503 HTML

/** `sha256=<hex>` (a URL fragment or a PEP 658 attribute value) to `{ sha256: hex }`, else undefined. */
function hashPair(text: string): Record<string, string> | undefined {
  const eq = text.indexOf('=');
  if (eq <= 0) return undefined;
  const name = text.slice(0, eq);
  const digest = text.slice(eq + 1);
  if (!HASH_NAME.test(name) || !HEX.test(digest)) return undefined;
  return { [name.toLowerCase()]: digest.toLowerCase() };
}

function htmlCoreMetadata(attrs: Map<string, string>): boolean | Record<string, string> {
  const value = attrs.get('data-core-metadata') ?? attrs.get('data-dist-info-metadata');
  if (value === undefined) return false;
  const v = value.trim();
  if (v.toLowerCase() === 'false') return false;
  // PEP 658 allows "true" or a hash; an unrecognized value still says the file exists.
  return hashPair(v) ?? true;
}

/** A PEP 503 project page (also what static and Artifactory-like indexes serve). */
export function parseHtmlPage(body: string, pageUrl: string): DistFile[] {
  if (!body.includes('<')) throw malformed(pageUrl, 'not an HTML page (it contains no markup)');
  let base: string | undefined;
  const anchors: { href: string; attrs: Map<string, string>; line: number }[] = [];
  try {
    for (const tag of startTags(body)) {
      const href = tag.attrs.get('href');
      if (href === undefined) continue;
      // The document's base URL is the first <base href>, wherever the links are.
      if (tag.name === 'base' && base === undefined) {
        base = resolveUrl(href.trim(), pageUrl, `<base> on line ${tag.line}`, pageUrl).href;
      } else if (tag.name === 'a') {
        anchors.push({ href: href.trim(), attrs: tag.attrs, line: tag.line });
      }
    }
  } catch (err) {
    if (err instanceof HtmlSyntaxError) throw malformed(pageUrl, err.message);
    throw err;
  }

  const files: DistFile[] = [];
  for (const { href, attrs, line } of anchors) {
    const url = resolveUrl(href, base ?? pageUrl, `the link on line ${line}`, pageUrl);
    if (!FILE_SCHEMES.has(url.protocol)) continue; // mailto:, javascript: and the like are not files
    // `../` and other directory links name no file (pip: "not a file").
    if (url.pathname.endsWith('/')) continue;
    const filename = linkFilename(url.href);
    if (filename === '' || /[/\\]/.test(filename)) continue;
    const fragment = url.hash.slice(1);
    url.hash = '';
    const file: DistFile = {
      filename,
      url: url.href,
      hashes: hashPair(fragment) ?? {},
      yanked: attrs.has('data-yanked') ? attrs.get('data-yanked')!.trim() || true : false,
      coreMetadata: htmlCoreMetadata(attrs),
    };
    const rp = attrs.get('data-requires-python')?.trim();
    if (rp) file.requiresPython = rp;
    files.push(file);
  }
  return files;
}

/** Which parser a response's Content-Type calls for, or undefined when it is neither format. */
export function pageFormat(contentType: string | undefined): 'json' | 'html' | undefined {
  const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (mime === 'application/vnd.pypi.simple.v1+json' || mime === 'application/vnd.pypi.simple.latest+json') return 'json';
  if (mime === 'application/vnd.pypi.simple.v1+html' || mime === 'application/vnd.pypi.simple.latest+html' || mime === 'text/html') {
    return 'html';
  }
  return undefined;
}
