// Each repository's SARIF, uploaded to that repository's code scanning at the commit that was
// scanned, where the token may (`security_events: write`, code scanning enabled). A refusal is a
// warning about that repository; the organization report stands without it.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

import type { RepositoryReport } from './report.js';
import type { GitHubRest } from './rest.js';
import { sarifFileName } from './scan-chunk.js';

export interface SarifUpload {
  repository: string;
  ok: boolean;
  reason?: string;
}

/** `reportPaths[i]` is where `reports[i]` was read: its SARIF lies beside it. */
export async function uploadSarif(rest: GitHubRest, reports: RepositoryReport[], reportPaths: string[]): Promise<SarifUpload[]> {
  const out: SarifUpload[] = [];
  for (const [i, r] of reports.entries()) {
    if (!r.ok || !r.commit) continue;
    const file = join(dirname(reportPaths[i]), sarifFileName(r.repository));
    if (!existsSync(file)) {
      out.push({ repository: r.repository, ok: false, reason: 'no SARIF file beside its report (org-scan ran without --sarif)' });
      continue;
    }
    try {
      await rest.request('POST', `/repos/${r.repository}/code-scanning/sarifs`, {
        commit_sha: r.commit,
        ref: `refs/heads/${r.branch}`,
        sarif: gzipSync(readFileSync(file)).toString('base64'),
        tool_name: 'sdist-guard',
      });
      out.push({ repository: r.repository, ok: true });
    } catch (err) {
      out.push({ repository: r.repository, ok: false, reason: (err as Error).message });
    }
  }
  return out;
}
