// What reading and analyzing one sdist found, kept by the file's sha256. A file on a package index
// never changes once uploaded, so the result of a hash never goes stale; a new analyzer (or a new
// sdist-guard, whose archive reader may keep other files) is a different key.

import type { DistFile, Finding, Severity } from '../types.js';
import type { SdistCheck } from '../verdict.js';

import type { DiskCache } from './disk.js';
import { isDeclarations, type Declarations } from '../analysis/declarations.js';

/** What is kept: the check, the sdist's PKG-INFO and what its build files declare, when the read that made it had them. */
export type KeptCheck = SdistCheck & { pkgInfo?: string | null; declared?: Declarations };

const NAMESPACE = 'analysis';
const SEVERITIES: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical'];
const SHA256 = /^[0-9a-f]{64}$/;

/**
 * The sha256 the bytes of `file` are checked against when it is downloaded, if exactly one is
 * known: the lock's (or `--hash`) when given, else the index's. A lock that allows several files
 * and an index that names none of them leave the file's identity open until it is read, so
 * nothing is looked up for it.
 */
export function trustedSha256(file: DistFile, allowed: string[]): string | undefined {
  const listed = file.hashes.sha256?.toLowerCase();
  const pinned = allowed
    .map((h) => h.trim().toLowerCase())
    .filter((h) => h.startsWith('sha256:'))
    .map((h) => h.slice('sha256:'.length));
  if (allowed.length > 0) {
    // The download is checked against the pins only; the index's claim counts when a pin agrees,
    // and when none does the download is bound to fail its check, so nothing may stand in for it.
    if (listed !== undefined) return pinned.includes(listed) && SHA256.test(listed) ? listed : undefined;
    const distinct = [...new Set(pinned)];
    if (distinct.length === 1 && pinned.length === allowed.length) return SHA256.test(distinct[0]!) ? distinct[0] : undefined;
    return undefined;
  }
  return listed !== undefined && SHA256.test(listed) ? listed : undefined;
}

export class AnalysisCache {
  constructor(
    private readonly disk: DiskCache,
    /** The analyzer's and the reader's versions: a result of other code is another entry. */
    private readonly version: string,
  ) {}

  private key(sha256: string, filename: string): string {
    return JSON.stringify([sha256, filename, this.version]);
  }

  async get(sha256: string, filename: string): Promise<KeptCheck | undefined> {
    const value = await this.disk.get(NAMESPACE, this.key(sha256, filename));
    if (value === undefined) return undefined;
    const check = asCheck(value, sha256, filename, this.version);
    if (!check) await this.disk.delete(NAMESPACE, this.key(sha256, filename));
    return check;
  }

  async put(sha256: string, filename: string, check: KeptCheck): Promise<void> {
    await this.disk.put(NAMESPACE, this.key(sha256, filename), { sha256, filename, version: this.version, check });
  }
}

function isString(v: unknown): v is string {
  return typeof v === 'string';
}

function asFinding(v: unknown): Finding | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const f = v as Record<string, unknown>;
  if (!isString(f.rule) || !isString(f.path) || !isString(f.message) || !isString(f.evidence)) return undefined;
  if (!isString(f.severity) || !(SEVERITIES as readonly string[]).includes(f.severity)) return undefined;
  if (typeof f.line !== 'number' || !Number.isInteger(f.line) || f.line < 0) return undefined;
  return { rule: f.rule, severity: f.severity as Severity, path: f.path, line: f.line, message: f.message, evidence: f.evidence };
}

/** An entry is used only when every field has the shape a fresh check would have. */
function asCheck(v: unknown, sha256: string, filename: string, version: string): KeptCheck | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const entry = v as Record<string, unknown>;
  if (entry.sha256 !== sha256 || entry.filename !== filename || entry.version !== version) return undefined;
  if (typeof entry.check !== 'object' || entry.check === null) return undefined;
  const c = entry.check as Record<string, unknown>;
  if (typeof c.suspicious !== 'boolean' || !Array.isArray(c.findings) || !Array.isArray(c.limits)) return undefined;
  if (c.error !== undefined && !isString(c.error)) return undefined;
  if (c.pkgInfo !== undefined && c.pkgInfo !== null && !isString(c.pkgInfo)) return undefined;
  if (!c.limits.every(isString)) return undefined;
  if (c.declared !== undefined && !isDeclarations(c.declared)) return undefined;
  const findings: Finding[] = [];
  for (const raw of c.findings) {
    const f = asFinding(raw);
    if (!f) return undefined;
    findings.push(f);
  }
  const check: KeptCheck = { findings, suspicious: c.suspicious, limits: [...c.limits] };
  if (c.error !== undefined) check.error = c.error;
  if (c.pkgInfo !== undefined) check.pkgInfo = c.pkgInfo as string | null;
  if (c.declared !== undefined) check.declared = c.declared as Declarations;
  return check;
}
