// The action's cache directory, carried from run to run by the Actions cache service. The service
// is an optimization only: when it is missing (a self-hosted runner without it, act, a local run)
// or fails, the run goes on with what it has and says so in one line, never failing the job.

import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ANALYZER_VERSION } from './analysis/version.js';
import { ConfigError } from './options.js';

/** Saved entries are immutable, so each run saves under its own key and restores the newest by prefix. */
export function cacheKeys(env: Record<string, string | undefined>): { key: string; restoreKeys: string[] } {
  const os = (env.RUNNER_OS || process.platform).toLowerCase();
  const prefix = `sdist-guard-cache-v1-${os}-analyzer-${ANALYZER_VERSION}-`;
  const run = `${env.GITHUB_RUN_ID || Date.now()}-${env.GITHUB_RUN_ATTEMPT || '1'}`;
  return { key: prefix + run, restoreKeys: [prefix] };
}

/** The `cache` input: YAML 1.2 booleans as `core.getBooleanInput` reads them; empty means the default, true. */
export function parseCacheInput(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new ConfigError(`cache: "${value}" is not a boolean: expected true or false`);
}

export function actionCacheDir(env: Record<string, string | undefined>): string {
  return join(env.RUNNER_TEMP || tmpdir(), 'sdist-guard-cache');
}

/** The Actions cache toolkit, loaded only by a run that uses the cache. */
function cacheService(): Promise<typeof import('@actions/cache')> {
  return import('@actions/cache');
}

export interface RestoredCache {
  dir: string;
  key: string;
  /** The key of the entry restored, if one was. */
  restoredKey?: string;
  /** Whether the cache service can be used at all in this run. */
  available: boolean;
}

export async function restoreActionCache(env: Record<string, string | undefined> = process.env): Promise<RestoredCache> {
  const dir = actionCacheDir(env);
  const { key, restoreKeys } = cacheKeys(env);
  core.info(`sdist-guard: cache kept in ${dir}`);
  const actionsCache = await cacheService();
  if (!actionsCache.isFeatureAvailable()) {
    core.info('sdist-guard: the Actions cache service is not available to this run; the cache directory serves this run only');
    return { dir, key, available: false };
  }
  try {
    const restoredKey = await actionsCache.restoreCache([dir], key, restoreKeys);
    core.info(restoredKey ? `sdist-guard: restored the cache ${restoredKey}` : 'sdist-guard: no saved cache was restored; this run starts from what the directory holds');
    return restoredKey ? { dir, key, restoredKey, available: true } : { dir, key, available: true };
  } catch (err) {
    core.warning(`sdist-guard: could not restore the cache (${(err as Error).message}); the scan runs without it`);
    return { dir, key, available: true };
  }
}

/** Saves the directory when the run added to it; a failure is a warning. */
export async function saveActionCache(restored: RestoredCache, added: number): Promise<void> {
  if (!restored.available) return;
  if (added === 0) {
    core.info('sdist-guard: nothing new for the cache; not saved');
    return;
  }
  const actionsCache = await cacheService();
  try {
    const id = await actionsCache.saveCache([restored.dir], restored.key);
    if (id !== -1) core.info(`sdist-guard: saved the cache ${restored.key} (${added} new entries)`);
  } catch (err) {
    core.warning(`sdist-guard: could not save the cache (${(err as Error).message}); the next run computes again what this one did`);
  }
}
