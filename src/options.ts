// The one Options value both entries (CLI and action) build, and its validation. Bad configuration
// is the only thing that stops a run (exit 2), so every message names the input and what it expects.

import type { Status, Target } from './types.js';
import type { AllowEntry } from './allow.js';
import type { FileConfig } from './config.js';
import type { BaseFiles } from './base-manifests.js';
import { SCOPES, type Scope } from './scope.js';
import { makeTarget, InvalidPlatform, InvalidPython } from './python/tags.js';
import { InvalidLimit, parseLimits, type ScanLimits } from './limits.js';
import { InvalidGlob, globToRegExp } from './glob.js';
import { entryOrigin } from './index/credentials.js';

export const DEFAULT_INDEX_URL = 'https://pypi.org/simple';
export const GATE_STATUSES = ['sdist', 'suspicious', 'malicious', 'unresolved'] as const;
export type GateStatus = (typeof GATE_STATUSES)[number];
export const DEFAULT_FAIL_ON: GateStatus[] = ['malicious', 'suspicious', 'unresolved'];
/** The public OSV service, which `advisories = "osv"` names. */
export const OSV_URL = 'https://api.osv.dev';
/** Ten minutes: a cold scan of thousands of packages takes well under one; a hostile index, forever. */
export const DEFAULT_DEADLINE_MS = 600_000;
/** The longest deadline: GitHub's own limit on a job, six hours. */
export const MAX_DEADLINE_SECONDS = 6 * 3600;

export interface Options {
  /** Absolute path of the scanned root: reported paths are relative to it. */
  root: string;
  /** Files or directories to scan, absolute. */
  paths: string[];
  indexUrl: string;
  extraIndexUrls: string[];
  /** host (or host:port) -> "user:password" or a token. */
  credentials: Record<string, string>;
  pythonVersions: string[];
  platforms: string[];
  targets: Target[];
  failOn: GateStatus[];
  concurrency: number;
  timeoutMs: number;
  /** The whole scan's deadline: past it, what is not decided is `unresolved`, and the scan ends. */
  deadlineMs: number;
  /** How much of an sdist is read and how much an index may send: SDIST_GUARD_LIMITS, or the defaults. */
  limits: ScanLimits;
  /** Download and analyze the sdists pip would build. */
  analyze: boolean;
  /** Also check what the dependencies pull in, as pip would install it (manifests that are not complete locks). */
  transitive: boolean;
  /** Environment for `${VAR}` in requirements files. */
  env: Record<string, string | undefined>;
  /** `changed`: only what differs from `base` gates; `all`: everything gates. */
  scope: Scope;
  /** The revision a pull request is compared with, when there is one. */
  base?: BaseFiles;
  /** Accepted dependencies, from the configuration file. */
  allow: AllowEntry[];
  /** The configuration file the run used, for summaries. */
  configFile?: string;
  /** Directory of kept analyses and index pages (src/cache/); undefined keeps none. */
  cacheDir?: string;
  /** The OSV-compatible service known-malware records are read from; undefined checks none. */
  advisories?: string;
  /** Fail the gate when some resolved version could not be checked against advisories. */
  advisoriesRequired: boolean;
  /** Glob patterns (src/glob.ts) of paths under the root not to scan. */
  exclude: string[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Splits a list input: commas, whitespace or newlines, as action inputs are usually written. */
export function splitList(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseFailOn(value: string, input = 'fail-on'): GateStatus[] {
  const items = splitList(value);
  if (items.length === 0) throw new ConfigError(`${input} is empty: expected a comma list of ${GATE_STATUSES.join(', ')}, or none`);
  if (items.length === 1 && items[0] === 'none') return [];
  const out: GateStatus[] = [];
  for (const item of items) {
    if (!(GATE_STATUSES as readonly string[]).includes(item))
      throw new ConfigError(`${input}: unknown status "${item}": expected a comma list of ${GATE_STATUSES.join(', ')}, or none`);
    if (!out.includes(item as GateStatus)) out.push(item as GateStatus);
  }
  // known malware is worse than code that looks like it: a gate on the one is a gate on the other
  if (out.includes('suspicious') && !out.includes('malicious')) out.splice(out.indexOf('suspicious'), 0, 'malicious');
  return out;
}

export function parseScope(value: string, input = 'scope'): Scope {
  const v = value.trim();
  if (!(SCOPES as readonly string[]).includes(v)) throw new ConfigError(`${input}: "${value}" is not a scope: expected ${SCOPES.join(' or ')}`);
  return v as Scope;
}

/** `osv` (the public service), `off`, or the URL of another OSV-compatible service; undefined for off. */
export function parseAdvisories(value: string, input = 'advisories'): string | undefined {
  const v = value.trim();
  if (v === 'osv') return OSV_URL;
  if (v === 'off') return undefined;
  if (!/^https?:\/\//i.test(v)) throw new ConfigError(`${input}: "${redactForMessage(v)}" is not osv, off or an http(s) URL of an OSV-compatible service`);
  return validateUrl(v, input);
}

export function parseBoolean(value: string, input: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new ConfigError(`${input}: "${value}" is not a boolean: expected true or false`);
}

export function parsePositiveInt(value: string, input: string, max: number): number {
  if (!/^\d+$/.test(value.trim())) throw new ConfigError(`${input}: "${value}" is not a whole number`);
  const n = Number(value.trim());
  if (n < 1 || n > max) throw new ConfigError(`${input}: ${n} is out of range: expected 1 to ${max}`);
  return n;
}

export function validateUrl(value: string, input: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${input}: "${redactForMessage(value)}" is not a URL: expected e.g. ${DEFAULT_INDEX_URL}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ConfigError(`${input}: ${url.protocol} URLs are not supported: expected an http(s) index URL`);
  return value.replace(/\/+$/, '');
}

function redactForMessage(value: string): string {
  return value.replace(/\/\/[^/@]*@/, '//***@');
}

/**
 * `host=user:password` lines (or `host=token`), one per line or comma-separated. Kept separate from
 * the URLs so that a URL can be logged and a secret cannot. The host may carry a port and a scheme:
 * a bare host is https, and credentials go over plain http only for an `http://` entry.
 */
export function parseCredentials(value: string | undefined, input = 'index-credentials'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of (value ?? '').split(/[\n,]+/).map((s) => s.trim()).filter(Boolean)) {
    const eq = item.indexOf('=');
    if (eq <= 0 || eq === item.length - 1) throw new ConfigError(`${input}: expected host=user:password or host=token entries, got an entry without "="`);
    const host = item.slice(0, eq).trim().toLowerCase();
    try {
      entryOrigin(host);
    } catch {
      throw new ConfigError(`${input}: "${host}" is not a host: expected host, host:port, https://host[:port] or http://host[:port] before "="`);
    }
    out[host] = item.slice(eq + 1).trim();
  }
  return out;
}

export function buildTargets(pythonVersions: string[], platforms: string[]): Target[] {
  const targets: Target[] = [];
  for (const python of pythonVersions) {
    for (const platform of platforms) {
      try {
        targets.push(makeTarget(python, platform));
      } catch (err) {
        if (err instanceof InvalidPython) throw new ConfigError(`python-version: ${err.message}`);
        if (err instanceof InvalidPlatform) throw new ConfigError(`platform: ${err.message}`);
        throw err;
      }
    }
  }
  return targets;
}

export interface RawOptions {
  root: string;
  paths: string[];
  indexUrl?: string;
  extraIndexUrls?: string[];
  credentials?: Record<string, string>;
  pythonVersions?: string[];
  platforms?: string[];
  failOn?: GateStatus[];
  concurrency?: number;
  timeoutMs?: number;
  deadlineMs?: number;
  limits?: ScanLimits;
  analyze?: boolean;
  transitive?: boolean;
  env?: Record<string, string | undefined>;
  /** The configuration file's values: used where the entry itself gave none. */
  config?: FileConfig;
  scope?: Scope;
  base?: BaseFiles;
  /** Absolute; the entry picks the default (a per-user folder, RUNNER_TEMP) or none. */
  cacheDir?: string;
  /** As given: `osv`, `off` or a URL. */
  advisories?: string;
  advisoriesRequired?: boolean;
  /** Entry's patterns; added to the configuration file's. */
  exclude?: string[];
}

/**
 * Fills what the entry left open from the configuration file, then from the environment the way
 * pip would pick it up (PIP_INDEX_URL, PIP_EXTRA_INDEX_URL), then from the defaults, and validates.
 */
export function resolveOptions(raw: RawOptions): Options {
  const env = raw.env ?? process.env;
  const config = raw.config;
  const indexUrl = validateUrl(raw.indexUrl || config?.indexUrl || env.PIP_INDEX_URL || DEFAULT_INDEX_URL, 'index-url');
  const extraIndexUrls = (raw.extraIndexUrls ?? config?.extraIndexUrls ?? splitList(env.PIP_EXTRA_INDEX_URL)).map((u) => validateUrl(u, 'extra-index-urls'));
  const pythonVersions = raw.pythonVersions?.length ? raw.pythonVersions : config?.pythonVersions?.length ? config.pythonVersions : ['3.12'];
  const platforms = raw.platforms?.length ? raw.platforms : config?.platforms?.length ? config.platforms : ['linux'];
  const advisoriesInput = raw.advisories ? 'advisories' : config?.advisories ? `${config.label}: advisories` : env.SDIST_GUARD_ADVISORIES ? 'SDIST_GUARD_ADVISORIES' : 'advisories';
  const advisories = parseAdvisories(raw.advisories || config?.advisories || env.SDIST_GUARD_ADVISORIES || 'osv', advisoriesInput);
  return {
    root: raw.root,
    paths: raw.paths.length ? raw.paths : [raw.root],
    indexUrl,
    extraIndexUrls,
    credentials: raw.credentials ?? {},
    pythonVersions,
    platforms,
    targets: buildTargets(pythonVersions, platforms),
    failOn: raw.failOn ?? config?.failOn ?? DEFAULT_FAIL_ON,
    concurrency: raw.concurrency ?? 16,
    timeoutMs: raw.timeoutMs ?? 30_000,
    deadlineMs: raw.deadlineMs ?? DEFAULT_DEADLINE_MS,
    limits: raw.limits ?? readLimits(env.SDIST_GUARD_LIMITS),
    analyze: raw.analyze ?? true,
    transitive: raw.transitive ?? true,
    env,
    scope: raw.scope ?? 'all',
    ...(raw.base ? { base: raw.base } : {}),
    allow: config?.allow ?? [],
    ...(config ? { configFile: config.label } : {}),
    ...(raw.cacheDir ? { cacheDir: raw.cacheDir } : {}),
    ...(advisories ? { advisories } : {}),
    advisoriesRequired: raw.advisoriesRequired ?? false,
    exclude: parseExclude([...(config?.exclude ?? []), ...(raw.exclude ?? [])]),
  };
}

/** Exclude patterns, each checked now so that a bad one is a configuration error naming it. */
export function parseExclude(patterns: string[], input = 'exclude'): string[] {
  for (const p of patterns) {
    try {
      globToRegExp(p);
    } catch (err) {
      if (err instanceof InvalidGlob) throw new ConfigError(`${input}: ${err.message}`);
      throw err;
    }
  }
  return patterns;
}

function readLimits(value: string | undefined): ScanLimits {
  try {
    return parseLimits(value, 'SDIST_GUARD_LIMITS');
  } catch (err) {
    if (err instanceof InvalidLimit) throw new ConfigError(err.message);
    throw err;
  }
}

export function gateFails(status: Status, failOn: GateStatus[]): boolean {
  return (failOn as string[]).includes(status);
}
