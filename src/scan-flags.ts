// The scan's command-line options, shared by `scan` and the organization audit's `org-scan`, so that
// every repository of an organization is scanned with exactly the settings a single scan takes.

import { resolve } from 'node:path';

import { defaultCacheDir } from './cache/location.js';
import { ConfigError, MAX_DEADLINE_SECONDS, parseCredentials, parseExclude, parseFailOn, parsePositiveInt, splitList, type RawOptions } from './options.js';

export const SCAN_FLAGS = {
  'index-url': { type: 'string' },
  'extra-index-url': { type: 'string', multiple: true },
  'python-version': { type: 'string', multiple: true },
  platform: { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  concurrency: { type: 'string' },
  timeout: { type: 'string' },
  deadline: { type: 'string' },
  'no-analyze': { type: 'boolean', default: false },
  'no-transitive': { type: 'boolean', default: false },
  advisories: { type: 'string' },
  'advisories-required': { type: 'boolean', default: false },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean', default: false },
  exclude: { type: 'string', multiple: true },
} as const;

/** What parseArgs gives for SCAN_FLAGS. */
export interface ScanFlagValues {
  'index-url'?: string;
  'extra-index-url'?: string[];
  'python-version'?: string[];
  platform?: string[];
  'fail-on'?: string;
  concurrency?: string;
  timeout?: string;
  deadline?: string;
  'no-analyze'?: boolean;
  'no-transitive'?: boolean;
  advisories?: string;
  'advisories-required'?: boolean;
  'cache-dir'?: string;
  'no-cache'?: boolean;
  exclude?: string[];
}

function cacheDirOption(dir: string | undefined, noCache: boolean | undefined, cwd: string, env: Record<string, string | undefined>): string | undefined {
  if (noCache && dir !== undefined) throw new ConfigError('--cache-dir and --no-cache contradict each other: give one of them');
  if (noCache) return undefined;
  if (dir !== undefined) {
    if (dir.trim() === '') throw new ConfigError('--cache-dir: expected a directory, got an empty value');
    return resolve(cwd, dir);
  }
  return defaultCacheDir(env);
}

/** The scan settings the flags give; root, paths and the configuration file are the caller's. */
export function scanSettings(values: ScanFlagValues, io: { cwd: string; env: Record<string, string | undefined> }): Omit<RawOptions, 'root' | 'paths' | 'config'> {
  return {
    indexUrl: values['index-url'],
    extraIndexUrls: values['extra-index-url']?.flatMap(splitList),
    credentials: parseCredentials(io.env.SDIST_GUARD_INDEX_CREDENTIALS, 'SDIST_GUARD_INDEX_CREDENTIALS'),
    pythonVersions: values['python-version']?.flatMap(splitList),
    platforms: values.platform?.flatMap(splitList),
    failOn: values['fail-on'] !== undefined ? parseFailOn(values['fail-on'], '--fail-on') : undefined,
    concurrency: values.concurrency !== undefined ? parsePositiveInt(values.concurrency, '--concurrency', 256) : undefined,
    timeoutMs: values.timeout !== undefined ? parsePositiveInt(values.timeout, '--timeout', 3600) * 1000 : undefined,
    deadlineMs: values.deadline !== undefined ? parsePositiveInt(values.deadline, '--deadline', MAX_DEADLINE_SECONDS) * 1000 : undefined,
    analyze: !values['no-analyze'],
    transitive: !values['no-transitive'],
    advisories: values.advisories,
    advisoriesRequired: values['advisories-required'],
    env: io.env,
    cacheDir: cacheDirOption(values['cache-dir'], values['no-cache'], io.cwd, io.env),
    exclude: values.exclude ? parseExclude(values.exclude, '--exclude') : undefined,
  };
}
