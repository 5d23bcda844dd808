// The pull request comment on GitHub: found through its hidden marker among the pull request's
// comments, then created or updated in place, so a pull request never collects one per push.

import { COMMENT_MARKER } from '../report/comment.js';
import type { GitHubClient, Repo } from './client.js';

export interface ExistingComment {
  id: number;
  body: string;
  url?: string;
}

/** The first comment carrying the marker, reading every page of the pull request's comments. */
export async function findComment(client: GitHubClient, repo: Repo, issueNumber: number): Promise<ExistingComment | undefined> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
  for await (const page of pages) {
    const found = page.data.find((c) => c.body?.includes(COMMENT_MARKER));
    if (found) return { id: found.id, body: found.body ?? '', url: found.html_url };
  }
  return undefined;
}

export async function writeComment(
  client: GitHubClient,
  repo: Repo,
  issueNumber: number,
  existing: ExistingComment | undefined,
  body: string,
): Promise<{ action: 'created' | 'updated'; id: number; url?: string }> {
  if (existing) {
    const res = await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
    return { action: 'updated', id: res.data.id, url: res.data.html_url };
  }
  const res = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
  return { action: 'created', id: res.data.id, url: res.data.html_url };
}
