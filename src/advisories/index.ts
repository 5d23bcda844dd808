// The advisories room: every name and version the scan resolved, checked against known-malware
// records (OSV `MAL-` records, from the OpenSSF malicious-packages project) on an OSV-compatible
// service. Its HTTP goes through the index client, so the same timeouts, retries, Retry-After,
// origin-bound credentials and secret masking apply. A service that cannot be reached is a warning
// naming how many packages went unchecked, never a silent pass; vulnerability records are not
// this room's concern and are not reported.

import type { Diagnostic, Verdict } from '../types.js';
import type { Options } from '../options.js';
import type { AdvisoryStore, KeptRecord } from '../cache/advisories.js';
import { IndexClient } from '../index/client.js';
import { Deadline } from '../deadline.js';
import { VERSION } from '../version.js';
import { lookup, pairKey, type LookupResult, type Pair } from './lookup.js';

export type { Pair };
import { installedPairs, markMalicious, pairsOf } from './mark.js';

export { OSV_API } from './osv.js';
export { installedPairs };

/** What the reports say about the advisory check. */
export interface AdvisoryReport {
  /** The service asked, without credentials; null when the check is turned off. */
  source: string | null;
  /** Distinct name and version pairs checked. */
  checked: number;
  /** Of those, answered from the cache (answers are kept for an hour). */
  fromCache: number;
  /** Distinct pairs that could not be checked. */
  unchecked: number;
  /** Why they could not. */
  error?: string;
  /** Dependencies found to be known malware. */
  malicious: number;
  requests: number;
  /**
   * How long the check took, from its first question to its last answer: it starts as soon as the
   * first versions are known and runs alongside the rest of the scan.
   */
  durationMs: number;
  /** Whether versions left unchecked fail the gate (`advisories-required`). */
  required: boolean;
}

export interface AdvisoryOutcome {
  verdicts: Verdict[];
  report: AdvisoryReport;
  diagnostics: Diagnostic[];
  /** What the advisory client knows of credentials, for reporters to mask. */
  secrets: string[];
  bytes: number;
}

/** The service URL without credentials or a trailing slash: for cache keys, links and messages. */
function shown(url: string): string {
  const u = new URL(url);
  u.username = '';
  u.password = '';
  u.hash = '';
  return u.href.replace(/\/+$/, '');
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/**
 * The advise stage. `scanStarted` is when the scan began: the check ends with the scan's deadline
 * like every other stage, leaving what it had not asked about unchecked.
 */
export async function checkAdvisories(verdicts: Verdict[], opts: Options, store?: AdvisoryStore, scanStarted = Date.now()): Promise<AdvisoryOutcome> {
  return new AdvisoryCheck(opts, store, scanStarted).finish(verdicts);
}

/**
 * The advise stage, started early: the scan hands it name and version pairs as soon as they are
 * known (`ask`), each lot asked while the rest of the scan goes on, and `finish` asks about what
 * is left, waits for every answer and marks the verdicts.
 */
/** How long pairs asked about `soon` are gathered, at most, before they are asked about. */
const GATHER_MS = 100;
/** How many pairs gathered are asked about at once, without waiting longer. */
const GATHER_PAIRS = 200;

export class AdvisoryCheck {
  private readonly client: IndexClient | undefined;
  private readonly server: string;
  private readonly deadline: Deadline | undefined;
  private readonly asked = new Set<string>();
  private readonly lookups: Promise<LookupResult>[] = [];
  private readonly records = new Map<string, Promise<KeptRecord>>();
  private started: number | undefined;
  /** Pairs that will most likely be installed, gathered to be asked about together. */
  private pending: Pair[] = [];
  private gathering: NodeJS.Timeout | undefined;

  constructor(
    private readonly opts: Options,
    private readonly store?: AdvisoryStore,
    scanStarted = Date.now(),
  ) {
    this.server = opts.advisories ? shown(opts.advisories) : '';
    if (!opts.advisories) return;
    this.client = new IndexClient({
      // the service's own URL: credentials written into it are bound to its host, as an index's are
      indexUrl: opts.advisories,
      credentials: opts.credentials,
      concurrency: 4,
      timeoutMs: opts.timeoutMs,
      retries: opts.limits.retries,
      maxRetryAfterMs: opts.limits.maxRetryAfterMs,
      userAgent: `sdist-guard/${VERSION} (+https://github.com/sdist-guard/sdist-guard)`,
    });
    const client = this.client;
    this.deadline = new Deadline(opts.deadlineMs, scanStarted);
    this.deadline.whenExpired(() => {
      client.close().catch(() => {});
    });
  }

  /** Starts asking about the pairs not asked about yet; returns at once. */
  ask(pairs: Pair[]): void {
    if (!this.client) return;
    const fresh = pairs.filter((p) => {
      const key = pairKey(p);
      if (this.asked.has(key)) return false;
      this.asked.add(key);
      return true;
    });
    if (fresh.length === 0) return;
    this.started ??= Date.now();
    const expired = (): LookupResult => ({ malware: new Map(), checked: 0, fromCache: 0, unchecked: fresh, error: this.deadline!.reason(), unreadable: [] });
    this.lookups.push(
      this.deadline!.race(lookup({ client: this.client, server: this.server, records: this.records, ...(this.store ? { store: this.store } : {}) }, fresh)).then(
        (found) => found ?? expired(),
        (err: unknown) => ({ ...expired(), error: (err as Error).message }),
      ),
    );
  }

  /**
   * Pairs that will most likely be installed (a version the resolution picked, the file a build
   * requirement will most likely take), asked about once a few hundred are gathered or
   * GATHER_MS after the first: the answers arrive while the scan goes on, not after it, and many
   * picks make one request. One that is not installed in the end is asked about for nothing and
   * counted nowhere.
   */
  soon(pairs: Pair[]): void {
    if (!this.client || pairs.length === 0) return;
    this.pending.push(...pairs);
    if (this.pending.length >= GATHER_PAIRS) this.askGathered();
    else this.gathering ??= setTimeout(() => this.askGathered(), GATHER_MS).unref();
  }

  private askGathered(): void {
    clearTimeout(this.gathering);
    this.gathering = undefined;
    const pairs = this.pending;
    this.pending = [];
    this.ask(pairs);
  }

  /** Stops asking, for a scan that ends without verdicts. */
  async close(): Promise<void> {
    clearTimeout(this.gathering);
    this.pending = [];
    this.deadline?.clear();
    await this.client?.close();
  }

  /** Asks about whatever the verdicts install that was not asked about yet, and marks them. */
  async finish(verdicts: Verdict[]): Promise<AdvisoryOutcome> {
    if (!this.client) {
      return { verdicts, report: { source: null, checked: 0, fromCache: 0, unchecked: 0, malicious: 0, requests: 0, durationMs: 0, required: false }, diagnostics: [], secrets: [], bytes: 0 };
    }
    // what is still gathered is asked about only if it is installed, with the rest
    clearTimeout(this.gathering);
    this.pending = [];
    const installed = verdicts.flatMap(pairsOf);
    this.ask(installed);
    let found: LookupResult;
    try {
      found = merge(await Promise.all(this.lookups), installed);
    } finally {
      this.deadline!.clear();
      await this.client.close();
    }
    const server = this.server;
    const marked = verdicts.map((v) => markMalicious(v, found.malware, server));
    const diagnostics: Diagnostic[] = [];
    const unchecked = found.unchecked.length;
    if (unchecked > 0) {
      const total = found.checked + unchecked;
      diagnostics.push({
        // a warning: the gate, not the diagnostic, decides whether it fails (advisories-required)
        severity: 'warning',
        path: '',
        message: `not checked against advisories: ${plural(unchecked, 'package version')} of ${total} could not be checked against known-malware records at ${server}: ${found.error}`,
      });
    }
    for (const u of found.unreadable)
      diagnostics.push({ severity: 'warning', path: '', message: `the advisory ${u.id} names a package this scan resolved, but the record could not be read: ${u.error}` });
    const stats = this.client.stats();
    const report: AdvisoryReport = {
      source: server,
      checked: found.checked,
      fromCache: found.fromCache,
      unchecked,
      ...(found.error && unchecked > 0 ? { error: found.error } : {}),
      malicious: marked.filter((v) => v.status === 'malicious').length,
      requests: stats.requests,
      durationMs: this.started === undefined ? 0 : Date.now() - this.started,
      required: this.opts.advisoriesRequired,
    };
    return { verdicts: marked, report, diagnostics, secrets: this.client.secrets(), bytes: stats.bytes };
  }
}

/**
 * The answers of every lot asked, as one, counted over what the verdicts install: a version asked
 * about early (a pin) that nothing installs in the end is neither checked nor unchecked.
 */
function merge(results: LookupResult[], installed: Pair[]): LookupResult {
  const wanted = new Set(installed.map(pairKey));
  const malware = new Map<string, KeptRecord[]>();
  const unreadable = new Map<string, { id: string; error: string }>();
  const answered = new Set<string>();
  const cached = new Set<string>();
  const unchecked = new Map<string, Pair>();
  let error: string | undefined;
  for (const r of results) {
    for (const [key, list] of r.malware) if (wanted.has(key)) malware.set(key, list);
    for (const key of r.answered ?? []) if (wanted.has(key)) answered.add(key);
    for (const key of r.cached ?? []) if (wanted.has(key)) cached.add(key);
    const missed = r.unchecked.filter((p) => wanted.has(pairKey(p)));
    for (const p of missed) unchecked.set(pairKey(p), p);
    if (r.error && missed.length > 0) error ??= r.error;
    for (const u of r.unreadable) if (!unreadable.has(u.id)) unreadable.set(u.id, u);
  }
  const named = new Set([...malware.values()].flatMap((list) => list.map((r) => r.id)));
  const unread = [...unreadable.values()].filter((u) => named.has(u.id));
  return { malware, checked: answered.size, fromCache: cached.size, unchecked: [...unchecked.values()], ...(error ? { error } : {}), unreadable: unread };
}
