// Advisory answers on disk. A package file never changes once uploaded, but what is known about it
// does: a version found clean today may be named as malware tomorrow. So the answer to "which
// records name this version" is kept only for ANSWER_TTL_MS, and a record itself is kept under its
// id and `modified` time, which the service changes whenever the record changes.

import type { DiskCache } from './disk.js';

const ANSWERS = 'advisory-answers';
const RECORDS = 'advisory-records';

/** How long an answer for one name and version is used without asking again: one hour. */
export const ANSWER_TTL_MS = 60 * 60 * 1000;

/** One record an answer lists: its id and when it last changed. */
export interface RecordRef {
  id: string;
  modified?: string;
}

/** What is kept of a record: what the reports show. */
export interface KeptRecord {
  id: string;
  modified?: string;
  summary?: string;
  withdrawn?: string;
}

function isString(v: unknown): v is string {
  return typeof v === 'string';
}

function asRefs(v: unknown): RecordRef[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: RecordRef[] = [];
  for (const r of v) {
    if (typeof r !== 'object' || r === null || !isString((r as RecordRef).id)) return undefined;
    const { id, modified } = r as RecordRef;
    if (modified !== undefined && !isString(modified)) return undefined;
    out.push(modified === undefined ? { id } : { id, modified });
  }
  return out;
}

export class AdvisoryStore {
  constructor(
    private readonly disk: DiskCache,
    private readonly now: () => number = Date.now,
  ) {}

  /** The records a server listed for `name` `version`, if it answered within the last hour. */
  async answer(server: string, name: string, version: string): Promise<RecordRef[] | undefined> {
    const key = JSON.stringify([server, name, version]);
    const v = await this.disk.get(ANSWERS, key);
    if (typeof v !== 'object' || v === null) return undefined;
    const entry = v as { storedAt?: unknown; records?: unknown };
    const refs = asRefs(entry.records);
    const at = entry.storedAt;
    // a clock that went backwards does not make an answer fresher
    if (!refs || typeof at !== 'number' || at > this.now() || this.now() - at >= ANSWER_TTL_MS) return undefined;
    return refs;
  }

  async putAnswer(server: string, name: string, version: string, records: RecordRef[]): Promise<void> {
    await this.disk.put(ANSWERS, JSON.stringify([server, name, version]), { storedAt: this.now(), records });
  }

  /** A record as it was at `modified`; a record whose modified time is unknown is never reused. */
  async record(server: string, ref: RecordRef): Promise<KeptRecord | undefined> {
    if (ref.modified === undefined) return undefined;
    const v = await this.disk.get(RECORDS, JSON.stringify([server, ref.id, ref.modified]));
    if (typeof v !== 'object' || v === null) return undefined;
    const r = v as Record<string, unknown>;
    if (r.id !== ref.id || r.modified !== ref.modified) return undefined;
    if ((r.summary !== undefined && !isString(r.summary)) || (r.withdrawn !== undefined && !isString(r.withdrawn))) return undefined;
    return { id: ref.id, modified: ref.modified, ...(isString(r.summary) ? { summary: r.summary } : {}), ...(isString(r.withdrawn) ? { withdrawn: r.withdrawn } : {}) };
  }

  async putRecord(server: string, record: KeptRecord): Promise<void> {
    if (record.modified === undefined) return;
    await this.disk.put(RECORDS, JSON.stringify([server, record.id, record.modified]), record);
  }
}
