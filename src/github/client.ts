// The GitHub REST client the action uses: octokit from @actions/github, pointed at GITHUB_API_URL
// (GitHub Enterprise Server, or a local server in tests) with a timeout on every request, so that
// a slow API delays the run by at most that much and never hangs it. What needs no client (a
// repository's name, what a failed call says) is in common.ts, so that reading it loads no octokit.

import { getOctokit } from '@actions/github';

export { describeError, httpStatus, repoFrom, type Repo } from './common.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

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
