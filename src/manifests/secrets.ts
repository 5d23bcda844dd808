// The secrets manifests bring into a run besides the index credentials: the value of every `${VAR}` a
// requirements file expanded, and the credentials written into any URL a manifest names (a direct
// reference, a lock's file, a `--find-links` location), even one that is never fetched. The index
// client masks them like its own credentials, and so every report and the cache never show them.

import type { ParseResult } from '../types.js';
import { urlCredentials } from '../index/redact.js';

/** Shorter values are masked nowhere: masking them would garble every report (the reporters' rule too). */
export const MIN_SECRET_CHARS = 3;

/** A value as it is written, and as a project name or file name made of it is (PEP 503, wheel names). */
function secretForms(value: string): string[] {
  const lower = value.toLowerCase();
  return [value, lower, lower.replace(/[-_.]+/g, '-'), lower.replace(/[-_.]+/g, '_')];
}

/** Every URL a manifest names: direct references, lock files' URLs and indexes, pip's locations. */
function manifestUrls(result: ParseResult): string[] {
  const urls: string[] = [];
  for (const d of [...result.dependencies, ...result.constraints]) {
    if (d.direct) urls.push(d.direct.url);
    if (d.locked?.indexUrl) urls.push(d.locked.indexUrl);
    for (const f of d.locked?.files ?? []) if (f.url) urls.push(f.url);
  }
  const o = result.options;
  if (o) urls.push(...(o.indexUrl ? [o.indexUrl] : []), ...o.extraIndexUrls, ...o.findLinks);
  return urls;
}

export function manifestSecrets(results: ParseResult[]): string[] {
  const expanded = results.flatMap((r) => (r.secrets ?? []).flatMap(secretForms)).filter((v) => v.length >= MIN_SECRET_CHARS);
  const written = urlCredentials(results.flatMap(manifestUrls)).filter((v) => v.length >= MIN_SECRET_CHARS);
  return [...new Set([...expanded, ...written])];
}
