// One chunk of an organization audit: each repository checked out and scanned with the same engine
// and settings as `sdist-guard scan`, one after another so that they share the analysis cache (a
// popular sdist is analyzed once per chunk, and once per run across runs through the Actions
// cache). Every repository yields a report file, a failed one included, with its reason.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { loadConfig } from '../config.js';
import { resolveOptions, type RawOptions } from '../options.js';
import { jsonReport } from '../report/json.js';
import { sarifReport } from '../report/sarif.js';
import { scan } from '../scan.js';
import { checkout } from './checkout.js';
import type { OrgPlan, PlannedRepository } from './plan.js';
import { REPOSITORY_REPORT_KIND, type RepositoryReport, type ScanJson } from './report.js';

export interface ChunkRequest {
  plan: OrgPlan;
  chunk: number;
  outDir: string;
  gitBase: string;
  token?: string;
  /** The scan settings every repository gets (root and paths are filled per repository). */
  scan: Omit<RawOptions, 'root' | 'paths' | 'config'>;
  /** Also write each repository's SARIF (`sarif-<owner>__<repo>.sarif`), for upload to its code scanning. */
  sarif?: boolean;
  onRepository?: (repo: PlannedRepository, index: number, total: number) => void;
  onDone?: (report: RepositoryReport) => void;
}

/** The report file's name: one per repository, safe in any file system. */
export function reportFileName(fullName: string): string {
  return `report-${fileStem(fullName)}.json`;
}

export function sarifFileName(fullName: string): string {
  return `sarif-${fileStem(fullName)}.sarif`;
}

function fileStem(fullName: string): string {
  return fullName.replace(/[^A-Za-z0-9._-]+/g, '__');
}

async function scanRepository(req: ChunkRequest, repo: PlannedRepository): Promise<RepositoryReport> {
  const started = Date.now();
  const base = { schemaVersion: 1 as const, kind: REPOSITORY_REPORT_KIND, repository: repo.fullName, branch: repo.defaultBranch, chunk: repo.chunk };
  let tree;
  try {
    tree = await checkout({ gitBase: req.gitBase, fullName: repo.fullName, branch: repo.defaultBranch, sparse: repo.sparse, token: req.token });
  } catch (err) {
    return { ...base, ok: false, error: `could not check out: ${(err as Error).message}`, durationMs: Date.now() - started };
  }
  try {
    const opts = resolveOptions({ ...req.scan, root: tree.dir, paths: [], config: loadConfig(tree.dir) });
    const result = await scan(opts);
    const report = JSON.parse(jsonReport(result, opts.failOn)) as ScanJson;
    if (req.sarif) writeFileSync(join(req.outDir, sarifFileName(repo.fullName)), sarifReport(result, opts.failOn));
    return { ...base, commit: tree.commit, ok: true, durationMs: Date.now() - started, report };
  } catch (err) {
    return { ...base, commit: tree.commit, ok: false, error: `could not scan: ${(err as Error).message}`, durationMs: Date.now() - started };
  } finally {
    tree.remove();
  }
}

export async function scanChunk(req: ChunkRequest): Promise<RepositoryReport[]> {
  const chunk = req.plan.chunks.find((c) => c.id === req.chunk);
  if (!chunk) throw new Error(`the plan has no chunk ${req.chunk} (it has ${req.plan.chunks.length})`);
  const byName = new Map(req.plan.repositories.map((r) => [r.fullName, r]));
  const out: RepositoryReport[] = [];
  for (const [i, name] of chunk.repositories.entries()) {
    const repo = byName.get(name);
    let report: RepositoryReport;
    if (repo) {
      req.onRepository?.(repo, i, chunk.repositories.length);
      report = await scanRepository(req, repo);
    } else {
      report = { schemaVersion: 1, kind: REPOSITORY_REPORT_KIND, repository: name, branch: '', ok: false, error: 'listed in a chunk but not among the planned repositories', durationMs: 0 };
    }
    writeFileSync(join(req.outDir, reportFileName(name)), JSON.stringify(report, null, 2) + '\n');
    req.onDone?.(report);
    out.push(report);
  }
  return out;
}
