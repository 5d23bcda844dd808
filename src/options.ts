// The one Options value both entries (CLI and action) build, and its validation. Bad configuration
// is the only thing that stops a run (exit 2), so every message names the input and what it expects.

import type { Status, Target } from './types.js';
import { makeTarget, InvalidPlatform, InvalidPython } from './python/tags.js';

export const DEFAULT_INDEX_URL = 'https://pypi.org/simple';
export const GATE_STATUSES = ['sdist', 'suspicious', 'unresolved'] as const;
export type GateStatus = (typeof GATE_STATUSES)[number];
export const DEFAULT_FAIL_ON: GateStatus[] = ['suspicious', 'unresolved'];

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
  /** Download and analyze the sdists pip would build. */
  analyze: boolean;
  /** Environment for `${VAR}` in requirements files. */
  env: Record<string, string | undefined>;
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
  return out;
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
 * the URLs so that a URL can be logged and a secret cannot.
 */
export function parseCredentials(value: string | undefined, input = 'index-credentials'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of (value ?? '').split(/[\n,]+/).map((s) => s.trim()).filter(Boolean)) {
    const eq = item.indexOf('=');
    if (eq <= 0 || eq === item.length - 1) throw new ConfigError(`${input}: expected host=user:password or host=token entries, got an entry without "="`);
    out[item.slice(0, eq).trim().toLowerCase()] = item.slice(eq + 1).trim();
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
  analyze?: boolean;
  env?: Record<string, string | undefined>;
}

/** Fills defaults the way pip would pick them up (PIP_INDEX_URL, PIP_EXTRA_INDEX_URL) and validates. */
export function resolveOptions(raw: RawOptions): Options {
  const env = raw.env ?? process.env;
  const indexUrl = validateUrl(raw.indexUrl || env.PIP_INDEX_URL || DEFAULT_INDEX_URL, 'index-url');
  const extraIndexUrls = (raw.extraIndexUrls ?? splitList(env.PIP_EXTRA_INDEX_URL)).map((u) => validateUrl(u, 'extra-index-urls'));
  const pythonVersions = raw.pythonVersions?.length ? raw.pythonVersions : ['3.12'];
  const platforms = raw.platforms?.length ? raw.platforms : ['linux'];
  return {
    root: raw.root,
    paths: raw.paths.length ? raw.paths : [raw.root],
    indexUrl,
    extraIndexUrls,
    credentials: raw.credentials ?? {},
    pythonVersions,
    platforms,
    targets: buildTargets(pythonVersions, platforms),
    failOn: raw.failOn ?? DEFAULT_FAIL_ON,
    concurrency: raw.concurrency ?? 16,
    timeoutMs: raw.timeoutMs ?? 30_000,
    analyze: raw.analyze ?? true,
    env,
  };
}

export function gateFails(status: Status, failOn: GateStatus[]): boolean {
  return (failOn as string[]).includes(status);
}
