// What the GitHub code shares without the REST client: a repository's name, and what a failed API
// call says. Apart from client.ts so that the action loads octokit only when it calls the API.

export interface Repo {
  owner: string;
  repo: string;
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
