// The tracking issue of an organization audit, in the central repository: found by its hidden
// marker, created when there is something to report, updated in place on every run (reopened
// when problems come back), and closed with an all-clear body when there is nothing left.

import type { GitHubRest } from './rest.js';
import { ORG_ISSUE_MARKER } from './report.js';

interface ApiIssue {
  number: number;
  state: 'open' | 'closed';
  body?: string | null;
  html_url?: string;
  pull_request?: unknown;
}

export type IssueAction = 'created' | 'updated' | 'reopened' | 'closed' | 'none';

export async function findIssue(rest: GitHubRest, repo: string): Promise<ApiIssue | undefined> {
  let found: ApiIssue | undefined;
  // every issue, open or closed, newest first: the newest carrying the marker is the one to keep
  for await (const page of rest.paginate<ApiIssue>(`/repos/${repo}/issues?state=all&sort=created&direction=desc&per_page=100`)) {
    found = page.find((i) => !i.pull_request && (i.body ?? '').includes(ORG_ISSUE_MARKER));
    if (found) break;
  }
  return found;
}

export async function upsertIssue(
  rest: GitHubRest,
  repo: string,
  title: string,
  body: string,
  problems: boolean,
): Promise<{ action: IssueAction; number?: number; url?: string }> {
  const existing = await findIssue(rest, repo);
  if (!problems) {
    if (!existing || existing.state === 'closed') return { action: 'none', ...(existing ? { number: existing.number } : {}) };
    const res = await rest.request<ApiIssue>('PATCH', `/repos/${repo}/issues/${existing.number}`, { body, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: res.data.number, url: res.data.html_url };
  }
  if (!existing) {
    const res = await rest.request<ApiIssue>('POST', `/repos/${repo}/issues`, { title, body });
    return { action: 'created', number: res.data.number, url: res.data.html_url };
  }
  const reopen = existing.state === 'closed';
  const res = await rest.request<ApiIssue>('PATCH', `/repos/${repo}/issues/${existing.number}`, { title, body, ...(reopen ? { state: 'open' } : {}) });
  return { action: reopen ? 'reopened' : 'updated', number: res.data.number, url: res.data.html_url };
}
