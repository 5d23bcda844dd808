// What the runner says about the event: its name, the repository, and for a pull request its number
// and the base and head commits. Read from GITHUB_EVENT_PATH when the run starts (not when a module
// loads), so the action reads the event of the run it is part of.

import { readFileSync } from 'node:fs';

import { repoFrom, type Repo } from './common.js';

export interface PullRequestRef {
  number: number;
  baseSha: string;
  headSha: string;
}

export interface RunContext {
  eventName: string;
  repo?: Repo;
  /** The commit the workflow runs on (for a pull request, usually a merge commit). */
  sha?: string;
  pullRequest?: PullRequestRef;
  /** A merge queue's run (`merge_group`): the commits it compares, the queue's base and its head. */
  mergeGroup?: { baseSha: string; headSha: string };
  /** The workflow run's page. */
  runUrl?: string;
  /** Set when the event file could not be read: the run goes on as for a non-pull-request event. */
  warning?: string;
}

export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

function sha(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(value) ? value : undefined;
}

export function readRunContext(env: Record<string, string | undefined> = process.env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const ctx: RunContext = { eventName, ...(sha(env.GITHUB_SHA) ? { sha: env.GITHUB_SHA } : {}) };
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch (err) {
      ctx.warning = `cannot read the event file GITHUB_EVENT_PATH=${env.GITHUB_EVENT_PATH}: ${(err as Error).message}`;
    }
  }
  const fullName = (payload.repository as { full_name?: string } | undefined)?.full_name;
  const repo = repoFrom(env.GITHUB_REPOSITORY) ?? repoFrom(fullName);
  if (repo) ctx.repo = repo;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  if (repo && env.GITHUB_RUN_ID && /^\d+$/.test(env.GITHUB_RUN_ID)) ctx.runUrl = `${server}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}`;
  if (PULL_REQUEST_EVENTS.includes(eventName)) {
    const pr = payload.pull_request as { number?: unknown; base?: { sha?: unknown }; head?: { sha?: unknown } } | undefined;
    const number = typeof pr?.number === 'number' ? pr.number : undefined;
    const baseSha = sha(pr?.base?.sha);
    const headSha = sha(pr?.head?.sha);
    if (number !== undefined && baseSha && headSha) ctx.pullRequest = { number, baseSha, headSha };
    else ctx.warning ??= `the ${eventName} event has no pull_request number with base and head commits`;
  }
  if (eventName === 'merge_group') {
    const group = payload.merge_group as { base_sha?: unknown; head_sha?: unknown } | undefined;
    const baseSha = sha(group?.base_sha);
    const headSha = sha(group?.head_sha);
    if (baseSha && headSha) ctx.mergeGroup = { baseSha, headSha };
    else ctx.warning ??= 'the merge_group event has no base_sha and head_sha';
  }
  return ctx;
}
