// The advisories room: every name and version the scan resolved, checked against known-malware
// records (OSV `MAL-` records, from the OpenSSF malicious-packages project) on an OSV-compatible
// service. Its HTTP goes through the index client, so the same timeouts, retries, Retry-After,
// origin-bound credentials and secret masking apply. A service that cannot be reached is a warning
// naming how many packages went unchecked, never a silent pass; vulnerability records are not
// this room's concern and are not reported.

import type { Diagnostic, Verdict } from '../types.js';
import type { Options } from '../options.js';
import type { AdvisoryStore } from '../cache/advisories.js';
import { IndexClient } from '../index/client.js';
import { Deadline } from '../deadline.js';
import { VERSION } from '../version.js';
import { lookup, pairKey, type LookupResult, type Pair } from './lookup.js';
import { markMalicious, pairsOf } from './mark.js';

export { OSV_API } from './osv.js';

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
  /** How long the check took: it runs once the versions are known, so it adds to the scan's time. */
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
  if (!opts.advisories) {
    return { verdicts, report: { source: null, checked: 0, fromCache: 0, unchecked: 0, malicious: 0, requests: 0, durationMs: 0, required: false }, diagnostics: [], secrets: [], bytes: 0 };
  }
  const started = Date.now();
  const server = shown(opts.advisories);
  const client = new IndexClient({
    // the service's own URL: credentials written into it are bound to its host, as an index's are
    indexUrl: opts.advisories,
    credentials: opts.credentials,
    concurrency: 4,
    timeoutMs: opts.timeoutMs,
    retries: opts.limits.retries,
    maxRetryAfterMs: opts.limits.maxRetryAfterMs,
    userAgent: `sdist-guard/${VERSION} (+https://github.com/sdist-guard/sdist-guard)`,
  });
  const pairs: Pair[] = verdicts.flatMap(pairsOf);
  const deadline = new Deadline(opts.deadlineMs, scanStarted);
  deadline.whenExpired(() => {
    client.close().catch(() => {});
  });
  let found: LookupResult;
  try {
    found = (await deadline.race(lookup({ client, server, ...(store ? { store } : {}) }, pairs))) ?? {
      malware: new Map(),
      checked: 0,
      fromCache: 0,
      unchecked: [...new Map(pairs.map((p) => [pairKey(p), p])).values()],
      error: deadline.reason(),
      unreadable: [],
    };
  } finally {
    deadline.clear();
    await client.close();
  }
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
  const stats = client.stats();
  const report: AdvisoryReport = {
    source: server,
    checked: found.checked,
    fromCache: found.fromCache,
    unchecked,
    ...(found.error && unchecked > 0 ? { error: found.error } : {}),
    malicious: marked.filter((v) => v.status === 'malicious').length,
    requests: stats.requests,
    durationMs: Date.now() - started,
    required: opts.advisoriesRequired,
  };
  return { verdicts: marked, report, diagnostics, secrets: client.secrets(), bytes: stats.bytes };
}
