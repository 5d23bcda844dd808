// What a scan decided, kept under a digest of everything its decisions were made from, for as long
// as every index page it read stays fresh. Resolution reads nothing but the manifests (in the
// digest), the pages, and files bound to the SHA-256 the pages or the manifests give (metadata and
// sdists, which never change under their hash): while each page it read is still the fresh copy the
// store holds, a scan of the same inputs would read the same copies and decide the same. The copy
// is known by the digest of its stored bytes, so a page replaced since (a 304, another run) is not
// the same page, however fresh.

import { createHash } from 'node:crypto';

import type { Diagnostic, Verdict } from '../types.js';
import type { DiskCache } from './disk.js';

const NAMESPACE = 'scans';
/** The namespace the page store keeps pages under (src/cache/pages.ts). */
const PAGES = 'pages';

/** One scan's decisions, before advisories, scope and the allow list are applied to them. */
export interface KeptScan {
  /** When the scan that decided this ended, in milliseconds since the epoch. */
  at: number;
  /** The earliest moment one of its pages stops being fresh: the entry is not used from then on. */
  freshUntil: number;
  /** Each page read, with the digest of the stored copy it read. */
  pages: [url: string, digest: string][];
  verdicts: Verdict[];
  /** What deciding added to the manifests' own diagnostics. */
  diagnostics: Diagnostic[];
  /** sdists whose checks the verdicts hold. */
  sdistsAnalyzed: number;
}

/**
 * A digest of a scan's inputs, as JSON writes them: object keys in the order written (the inputs are
 * built by the same code each time). Sets and maps must be given as arrays (or write themselves with
 * toJSON): JSON writes them as empty objects, and they are refused here rather than lost.
 */
export function scanKey(inputs: unknown): string {
  const json = JSON.stringify(inputs);
  if (json.includes('{}')) assertNoCollections(inputs);
  return createHash('sha256').update(json).digest('hex');
}

function assertNoCollections(v: unknown, seen = new Set<unknown>()): void {
  if (typeof v !== 'object' || v === null || seen.has(v)) return;
  seen.add(v);
  if (v instanceof Set || v instanceof Map) throw new TypeError('a scan key cannot be made of a Set or a Map: give its members as an array');
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return;
  for (const x of Array.isArray(v) ? v : Object.values(v)) assertNoCollections(x, seen);
}

function isString(v: unknown): v is string {
  return typeof v === 'string';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isVerdict(v: unknown): v is Verdict {
  if (!isObject(v)) return false;
  return isString(v.name) && isString(v.status) && isString(v.reason) && [v.sources, v.targets, v.findings, v.limits].every(Array.isArray);
}

function isDiagnostic(v: unknown): v is Diagnostic {
  return isObject(v) && (v.severity === 'error' || v.severity === 'warning') && isString(v.path) && isString(v.message);
}

/** An entry of the shape a scan writes, for this key; anything else is not used. */
function asKept(v: unknown, key: string): KeptScan | undefined {
  if (!isObject(v) || v.key !== key || !isObject(v.scan)) return undefined;
  const s = v.scan;
  const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
  if (!num(s.at) || !num(s.freshUntil) || !num(s.sdistsAnalyzed)) return undefined;
  if (!Array.isArray(s.pages) || !s.pages.every((p) => Array.isArray(p) && p.length === 2 && isString(p[0]) && isString(p[1]))) return undefined;
  if (!Array.isArray(s.verdicts) || !s.verdicts.every(isVerdict)) return undefined;
  if (!Array.isArray(s.diagnostics) || !s.diagnostics.every(isDiagnostic)) return undefined;
  return s as unknown as KeptScan;
}

export class ScanStore {
  constructor(
    private readonly disk: DiskCache,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The decisions kept under `key`, when every page they were made from is still fresh and is
   * still the copy they read.
   */
  async get(key: string): Promise<KeptScan | undefined> {
    const value = await this.disk.get(NAMESPACE, key);
    if (value === undefined) return undefined;
    const kept = asKept(value, key);
    if (!kept) {
      await this.disk.delete(NAMESPACE, key);
      return undefined;
    }
    if (this.now() >= kept.freshUntil || this.now() < kept.at) return undefined;
    for (const [url, digest] of kept.pages) if (this.disk.digest(PAGES, url) !== digest) return undefined;
    return kept;
  }

  /**
   * Keeps what a scan decided from `pages` (each with the moment its stored copy stops being
   * fresh). Nothing is kept when a page has no stored copy now, or none of them is fresh.
   */
  async put(key: string, decided: Omit<KeptScan, 'at' | 'freshUntil' | 'pages'>, pages: { url: string; freshUntil: number }[]): Promise<boolean> {
    const at = this.now();
    let freshUntil = Number.POSITIVE_INFINITY;
    const kept: [string, string][] = [];
    for (const page of pages) {
      const digest = this.disk.digest(PAGES, page.url);
      if (digest === undefined) return false;
      kept.push([page.url, digest]);
      freshUntil = Math.min(freshUntil, page.freshUntil);
    }
    // a scan that read no page (locks with their files, or nothing to look up) is not kept: it is cheap
    if (kept.length === 0 || !(freshUntil > at)) return false;
    await this.disk.put(NAMESPACE, key, { key, scan: { ...decided, at, freshUntil, pages: kept } });
    return true;
  }
}
