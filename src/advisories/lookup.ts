// Asking an OSV-compatible service which records name each package version: answers kept for an
// hour come from the cache, the rest go in batches of at most OSV_BATCH_LIMIT queries, each batch
// asked again for the queries that have more pages until none has. Then every malware record found
// is read once (`GET /v1/vulns/{id}`) for its summary. A batch that fails leaves its packages
// unchecked, and says why; a malware record that cannot be read still counts, without a summary.

import type { AdvisoryStore, KeptRecord, RecordRef } from '../cache/advisories.js';
import type { IndexClient } from '../index/client.js';
import { batchBody, batchUrl, isMalware, OSV_BATCH_LIMIT, parseBatch, parseRecord, recordUrl, type Query } from './osv.js';

/** A batch answer is ids and dates: far below this, however many records it lists. */
const MAX_ANSWER_BYTES = 32 * 1024 * 1024;
const MAX_RECORD_BYTES = 4 * 1024 * 1024;
/** More pages than this for one batch is a server that does not stop. */
const MAX_PAGES = 100;

export interface Pair {
  /** PEP 503 normalized. */
  name: string;
  version: string;
}

export function pairKey(p: Pair): string {
  return `${p.name}\0${p.version}`;
}

export interface LookupResult {
  /** By pairKey: the malware records that name the pair (withdrawn ones left out). */
  malware: Map<string, KeptRecord[]>;
  /** Pairs asked about (from the cache or the service) and answered. */
  checked: number;
  /** Pairs answered from the cache. */
  fromCache: number;
  /** Pairs the service could not answer, with the first reason. */
  unchecked: Pair[];
  error?: string;
  /** Malware records named but not readable: each still counts. */
  unreadable: Array<{ id: string; error: string }>;
  /** The pairKeys answered, and those of them answered from the cache. */
  answered?: Set<string>;
  cached?: Set<string>;
}

export interface LookupOptions {
  client: IndexClient;
  /** The service's base URL, without credentials. */
  server: string;
  store?: AdvisoryStore;
  /** Records being read, by id: shared by lookups that run side by side, so each is read once. */
  records?: Map<string, Promise<KeptRecord>>;
}

class Unchecked extends Error {}

/** One batch of at most OSV_BATCH_LIMIT pairs, with every page of every query. */
async function askBatch(opts: LookupOptions, pairs: Pair[]): Promise<{ records: RecordRef[][]; authorized: boolean }> {
  const records: RecordRef[][] = pairs.map(() => []);
  let pending: Array<{ index: number; query: Query }> = pairs.map((p, index) => ({ index, query: { name: p.name, version: p.version } }));
  let authorized = false;
  for (let page = 0; pending.length > 0; page++) {
    if (page >= MAX_PAGES) throw new Unchecked(`${batchUrl(opts.server)} kept sending page tokens after ${MAX_PAGES} pages`);
    const answer = await opts.client.requestJson(batchUrl(opts.server), { body: batchBody(pending.map((p) => p.query)), maxBytes: MAX_ANSWER_BYTES });
    authorized ||= answer.authorized;
    let results;
    try {
      results = parseBatch(answer.value, pending.length);
    } catch (err) {
      throw new Unchecked(`the answer from ${batchUrl(opts.server)} is not an OSV batch answer: ${(err as Error).message}`);
    }
    const next: typeof pending = [];
    for (const [i, result] of results.entries()) {
      const { index, query } = pending[i]!;
      records[index]!.push(...result.records);
      if (result.nextPageToken) next.push({ index, query: { ...query, pageToken: result.nextPageToken } });
    }
    pending = next;
  }
  return { records, authorized };
}

function readRecord(opts: LookupOptions, ref: RecordRef): Promise<KeptRecord> {
  let pending = opts.records?.get(ref.id);
  if (!pending) {
    pending = fetchRecord(opts, ref);
    opts.records?.set(ref.id, pending);
  }
  return pending;
}

async function fetchRecord(opts: LookupOptions, ref: RecordRef): Promise<KeptRecord> {
  const kept = await opts.store?.record(opts.server, ref).catch(() => undefined);
  if (kept) return kept;
  const answer = await opts.client.requestJson(recordUrl(opts.server, ref.id), { maxBytes: MAX_RECORD_BYTES });
  const record = parseRecord(answer.value, ref.id);
  // a record the service sends only with credentials stays out of a cache others may read
  if (!answer.authorized) await opts.store?.putRecord(opts.server, { ...record, modified: record.modified ?? ref.modified }).catch(() => {});
  return record;
}

export async function lookup(opts: LookupOptions, pairs: Pair[]): Promise<LookupResult> {
  const unique = [...new Map(pairs.map((p) => [pairKey(p), p])).values()];
  const refs = new Map<string, RecordRef[]>();
  const cached = new Set<string>();
  const toAsk: Pair[] = [];
  for (const p of unique) {
    const kept = await opts.store?.answer(opts.server, p.name, p.version).catch(() => undefined);
    if (kept) {
      refs.set(pairKey(p), kept);
      cached.add(pairKey(p));
    } else toAsk.push(p);
  }

  const unchecked: Pair[] = [];
  let error: string | undefined;
  const batches: Pair[][] = [];
  for (let i = 0; i < toAsk.length; i += OSV_BATCH_LIMIT) batches.push(toAsk.slice(i, i + OSV_BATCH_LIMIT));
  await Promise.all(
    batches.map(async (batch) => {
      try {
        const answer = await askBatch(opts, batch);
        for (const [i, p] of batch.entries()) {
          refs.set(pairKey(p), answer.records[i]!);
          if (!answer.authorized) await opts.store?.putAnswer(opts.server, p.name, p.version, answer.records[i]!).catch(() => {});
        }
      } catch (err) {
        unchecked.push(...batch);
        error ??= (err as Error).message;
      }
    }),
  );

  // every malware record named, read once however many pairs name it
  const wanted = new Map<string, RecordRef>();
  for (const list of refs.values()) for (const r of list) if (isMalware(r.id) && !wanted.has(r.id)) wanted.set(r.id, r);
  const records = new Map<string, KeptRecord>();
  const unreadable: LookupResult['unreadable'] = [];
  await Promise.all(
    [...wanted.values()].map(async (ref) => {
      try {
        records.set(ref.id, await readRecord(opts, ref));
      } catch (err) {
        // the id alone says it is a malware record: it counts, without its summary
        records.set(ref.id, { id: ref.id, ...(ref.modified ? { modified: ref.modified } : {}) });
        unreadable.push({ id: ref.id, error: (err as Error).message });
      }
    }),
  );

  const malware = new Map<string, KeptRecord[]>();
  for (const [key, list] of refs) {
    const found = list.filter((r) => isMalware(r.id)).map((r) => records.get(r.id)!).filter((r) => !r.withdrawn);
    const distinct = [...new Map(found.map((r) => [r.id, r])).values()];
    if (distinct.length > 0) malware.set(key, distinct);
  }
  return { malware, checked: refs.size, fromCache: cached.size, unchecked, ...(error ? { error } : {}), unreadable, answered: new Set(refs.keys()), cached };
}
