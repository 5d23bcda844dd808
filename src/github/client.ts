// The GitHub REST client the action uses: octokit from @actions/github, pointed at GITHUB_API_URL
// (GitHub Enterprise Server, or a local server in tests) with a timeout on every request, so that
// a slow API delays the run by at most that much and never hangs it.

import { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface Repo {
  owner: string;
  repo: string;
}

export const REQUEST_TIMEOUT_MS = 30_000;

export function githubClient(token: string, apiUrl = process.env.GITHUB_API_URL || 'https://api.github.com', timeoutMs = REQUEST_TIMEOUT_MS): GitHubClient {
  // The base URL is passed here rather than left to @actions/github's defaults, which are read
  // once when the module loads.
  const client = getOctokit(token, { baseUrl: apiUrl.replace(/\/+$/, '') });
  client.hook.before('request', (options) => {
    options.request = { ...options.request, signal: AbortSignal.timeout(timeoutMs) };
  });
  return client;
}

/** The HTTP status of a failed request, when the API answered. */
export function httpStatus(err: unknown): number | undefined {
  const status = (err as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/** `HTTP 403: Resource not accessible by integration`, or the network error. */
export function describeError(err: unknown): string {
  const cause = (err as { cause?: { name?: unknown; message?: unknown } })?.cause;
  let message = ((err as Error)?.message ?? String(err)).split('\n')[0].replace(/ - https:\/\/docs\.github\.com\S*$/, '');
  if ((err as Error)?.name === 'TimeoutError' || cause?.name === 'TimeoutError' || /aborted due to timeout/i.test(message)) return 'the GitHub API did not answer in time';
  // octokit reports a failed connection as status 500 "Unknown Error" with the reason in `cause`
  if (message === 'Unknown Error' && typeof cause?.message === 'string') return cause.message;
  const status = httpStatus(err);
  return status ? `HTTP ${status}: ${message}` : message;
}

export function repoFrom(value: string | undefined): Repo | undefined {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
  return m ? { owner: m[1], repo: m[2] } : undefined;
}
