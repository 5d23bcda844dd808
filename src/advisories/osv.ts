// The OSV API as sdist-guard uses it (https://google.github.io/osv.dev/api/): `POST /v1/querybatch`
// answers, per query and in the order asked, the ids and `modified` times of the records that name
// a package version; a result with `next_page_token` has more, asked for again with `page_token`.
// `GET /v1/vulns/{id}` gives one whole record. Pure functions: the exchange is in lookup.ts.

import type { KeptRecord, RecordRef } from '../cache/advisories.js';

export const OSV_API = 'https://api.osv.dev';
/** The service refuses a batch of more queries than this (400); OSV's own clients split at it. */
export const OSV_BATCH_LIMIT = 1000;
/** Records of the OpenSSF malicious-packages project: the only ones that make a package `malicious`. */
export const MALWARE_PREFIX = 'MAL-';
export const ECOSYSTEM = 'PyPI';
const MAX_ID_LENGTH = 100;

export interface Query {
  /** PEP 503 normalized, as OSV stores PyPI names. */
  name: string;
  version: string;
  pageToken?: string;
}

export interface BatchResult {
  records: RecordRef[];
  nextPageToken?: string;
}

export function isMalware(id: string): boolean {
  return id.startsWith(MALWARE_PREFIX);
}

export function batchBody(queries: Query[]): { queries: object[] } {
  return {
    queries: queries.map((q) => ({ package: { ecosystem: ECOSYSTEM, name: q.name }, version: q.version, ...(q.pageToken ? { page_token: q.pageToken } : {}) })),
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The results of one batch, one per query asked; throws a sentence when the answer is not the
 * shape the API documents (a result per query, each with an optional `vulns` list of ids).
 */
export function parseBatch(value: unknown, asked: number): BatchResult[] {
  if (!isObject(value)) throw new Error('the answer is not a JSON object');
  const results = value.results ?? [];
  if (!Array.isArray(results)) throw new Error('"results" is not a list');
  if (results.length !== asked) throw new Error(`${results.length} results for ${asked} queries`);
  return results.map((r, i): BatchResult => {
    // a query without records may come back as an empty object
    if (!isObject(r)) throw new Error(`result ${i + 1} is not an object`);
    const vulns = r.vulns ?? [];
    if (!Array.isArray(vulns)) throw new Error(`result ${i + 1}: "vulns" is not a list`);
    const records = vulns.map((v, j): RecordRef => {
      if (!isObject(v) || typeof v.id !== 'string' || v.id === '') throw new Error(`result ${i + 1}, record ${j + 1}: no id`);
      // ids are short (MAL-2024-1234); a long one is not an id, and would only bloat every report
      if (v.id.length > MAX_ID_LENGTH || /[\s\x00-\x1f]/.test(v.id)) throw new Error(`result ${i + 1}, record ${j + 1}: ${JSON.stringify(v.id.slice(0, 40))} is not a record id`);
      return typeof v.modified === 'string' ? { id: v.id, modified: v.modified } : { id: v.id };
    });
    // the documentation spells it next_page_token; protobuf JSON may write nextPageToken
    const token = r.next_page_token ?? r.nextPageToken;
    if (token !== undefined && typeof token !== 'string') throw new Error(`result ${i + 1}: the page token is not a string`);
    return token ? { records, nextPageToken: token } : { records };
  });
}

/** What sdist-guard keeps of a whole record (`GET /v1/vulns/{id}`); throws when it is not that record. */
export function parseRecord(value: unknown, id: string): KeptRecord {
  if (!isObject(value)) throw new Error('the answer is not a JSON object');
  if (value.id !== id) throw new Error(`the answer is the record ${JSON.stringify(value.id)}, not ${id}`);
  const text = (k: string) => (typeof value[k] === 'string' && (value[k] as string).trim() !== '' ? (value[k] as string).trim() : undefined);
  const summary = text('summary') ?? text('details')?.split('\n')[0];
  const modified = text('modified');
  const withdrawn = text('withdrawn');
  return { id, ...(modified ? { modified } : {}), ...(summary ? { summary: summary.slice(0, 300) } : {}), ...(withdrawn ? { withdrawn } : {}) };
}

/** Where a person reads a record: osv.dev's page for the public service, the record itself elsewhere. */
export function recordLink(server: string, id: string): string {
  if (server === OSV_API) return `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
  return `${server}/v1/vulns/${encodeURIComponent(id)}`;
}

export function batchUrl(server: string): string {
  return `${server}/v1/querybatch`;
}

export function recordUrl(server: string, id: string): string {
  return `${server}/v1/vulns/${encodeURIComponent(id)}`;
}
