// A check run that carries every annotation: a step shows only 10 errors and 10 warnings, a check
// run takes any number, 50 per request. Needs the `checks: write` permission.

import type { Annotation } from '../report/annotations.js';
import type { GitHubClient, Repo } from './client.js';

export const ANNOTATIONS_PER_REQUEST = 50;
export const CHECK_RUN_NAME = 'sdist-guard';
// GitHub's limits on a check run's output.
const MAX_SUMMARY = 65_535;
const MAX_ANNOTATION_MESSAGE = 64 * 1024 - 1;

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

export interface CheckRunInput {
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  annotations: Annotation[];
}

/** Check annotations need a file in the repository; the rest are only in the summary. */
export function toCheckAnnotations(annotations: Annotation[]): CheckAnnotation[] {
  return annotations
    .filter((a) => a.file !== '')
    .map((a) => ({
      path: a.file,
      start_line: a.line,
      end_line: a.line,
      annotation_level: a.level === 'error' ? 'failure' : 'warning',
      title: a.title.slice(0, 255),
      message: a.message.slice(0, MAX_ANNOTATION_MESSAGE),
    }));
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}

/**
 * Creates the check run with the first 50 annotations and adds the rest 50 at a time; GitHub
 * appends annotations on each update. It is completed by the last request, so it never shows as
 * finished with half its annotations.
 */
export async function publishCheckRun(client: GitHubClient, repo: Repo, input: CheckRunInput): Promise<{ id: number; url?: string; annotations: number }> {
  const all = toCheckAnnotations(input.annotations);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < all.length; i += ANNOTATIONS_PER_REQUEST) batches.push(all.slice(i, i + ANNOTATIONS_PER_REQUEST));
  if (batches.length === 0) batches.push([]);
  const output = (annotations: CheckAnnotation[]) => ({ title: clip(input.title, 255), summary: clip(input.summary, MAX_SUMMARY), annotations });
  const done = (last: boolean) => (last ? { status: 'completed' as const, conclusion: input.conclusion, completed_at: new Date().toISOString() } : { status: 'in_progress' as const });

  const created = await client.rest.checks.create({ ...repo, name: CHECK_RUN_NAME, head_sha: input.headSha, ...done(batches.length === 1), output: output(batches[0]) });
  for (let i = 1; i < batches.length; i++) {
    await client.rest.checks.update({ ...repo, check_run_id: created.data.id, ...done(i === batches.length - 1), output: output(batches[i]) });
  }
  return { id: created.data.id, url: created.data.html_url ?? undefined, annotations: all.length };
}
