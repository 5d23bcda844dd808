// Planning an organization audit: the organization's repositories through the REST API, filtered
// as asked, each repository's Python manifests found in its Git tree, and the repositories dealt
// into chunks, one matrix job each. A repository that cannot be listed or read is a row with its
// reason, never a silently shorter plan.

import { formatOf } from '../manifests/discover.js';
import { GitHubRest, RestError } from './rest.js';

/** GitHub's limit on the jobs one matrix may generate. */
export const MAX_MATRIX_JOBS = 256;
/** How many tree listings are asked for at once. */
const TREE_CONCURRENCY = 8;
/** Files checked out per repository at the most: a sparse checkout stays small. */
const MAX_SPARSE_FILES = 2000;

export interface PlanFilters {
  /** Keep repositories that carry at least one of these topics (none: no topic filter). */
  topics: string[];
  /** Glob patterns of repository names to keep (none: all). */
  include: string[];
  /** Glob patterns of repository names to leave out. */
  exclude: string[];
  includeArchived: boolean;
  includeForks: boolean;
  /** Keep only repositories whose tree holds a Python manifest. */
  pythonOnly: boolean;
}

export interface PlannedRepository {
  fullName: string;
  defaultBranch: string;
  private: boolean;
  /** Manifest paths in the default branch; null when the tree was too large to list whole. */
  manifests: string[] | null;
  /** The files a sparse checkout needs; null for a whole checkout. */
  sparse: string[] | null;
  chunk: number;
}

export interface PlanRow {
  fullName: string;
  reason: string;
}

export interface OrgPlan {
  schemaVersion: 1;
  kind: 'sdist-guard-org-plan';
  org: string;
  generatedAt: string;
  filters: PlanFilters;
  repositories: PlannedRepository[];
  /** Left out by a filter, with the filter's reason. */
  skipped: PlanRow[];
  /** Could not be planned (the API refused or failed): reported as failures of the audit. */
  failures: PlanRow[];
  chunks: Array<{ id: number; repositories: string[] }>;
  /** REST requests the plan took. */
  requests: number;
}

interface ApiRepository {
  full_name: string;
  name: string;
  default_branch?: string;
  private?: boolean;
  archived?: boolean;
  fork?: boolean;
  disabled?: boolean;
  size?: number;
  topics?: string[];
}

/** A shell-style glob (`*`, `?`, `[abc]`) over a repository name, case-insensitive as GitHub's names are. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        const body = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
        re += `[${body.startsWith('!') ? '^' + body.slice(1) : body}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}

function matchesAny(name: string, full: string, globs: string[]): boolean {
  return globs.some((g) => {
    const re = globToRegExp(g);
    return re.test(g.includes('/') ? full : name);
  });
}

/** Why a filter leaves the repository out, or undefined when it stays. */
export function filterReason(repo: ApiRepository, f: PlanFilters): string | undefined {
  if (repo.archived && !f.includeArchived) return 'archived';
  if (repo.fork && !f.includeForks) return 'a fork';
  if (repo.disabled) return 'disabled';
  if (f.include.length && !matchesAny(repo.name, repo.full_name, f.include)) return 'name not among the included patterns';
  if (f.exclude.length && matchesAny(repo.name, repo.full_name, f.exclude)) return 'name excluded';
  if (f.topics.length) {
    const topics = new Set((repo.topics ?? []).map((t) => t.toLowerCase()));
    if (!f.topics.some((t) => topics.has(t.toLowerCase()))) return `no topic among ${f.topics.join(', ')}`;
  }
  return undefined;
}

/** Files a scan of these manifests may read besides them: included requirement files and the configuration. */
function sparseFiles(paths: string[], manifests: string[]): string[] {
  const extra = paths.filter((p) => /(^|\/)sdist-guard\.toml$/.test(p) || /\.(txt|in)$/i.test(p));
  const all = [...new Set([...manifests, ...extra])].sort();
  return all.length > MAX_SPARSE_FILES ? manifests : all;
}

interface TreeAnswer {
  manifests: string[] | null;
  sparse: string[] | null;
  empty?: boolean;
}

async function readTree(rest: GitHubRest, repo: ApiRepository, branch: string): Promise<TreeAnswer> {
  try {
    const res = await rest.request<{ truncated?: boolean; tree?: Array<{ path: string; type: string }> }>(
      'GET',
      `/repos/${repo.full_name}/git/trees/${encodeURIComponent(branch)}?recursive=1`,
    );
    if (res.data?.truncated) return { manifests: null, sparse: null };
    const paths = (res.data?.tree ?? []).filter((e) => e.type === 'blob').map((e) => e.path);
    const manifests = paths.filter((p) => formatOf(p) !== undefined && !/(^|\/)(node_modules|site-packages|\.tox|\.nox)\//.test(p)).sort();
    return { manifests, sparse: sparseFiles(paths, manifests) };
  } catch (err) {
    // an empty repository has no tree: GitHub answers 409 "Git Repository is empty"
    if (err instanceof RestError && err.status === 409) return { manifests: [], sparse: [], empty: true };
    throw err;
  }
}

/** Every repository the API lists; a listing that stops part-way keeps what it got and says why. */
async function listRepositories(rest: GitHubRest, org: string): Promise<{ repos: ApiRepository[]; stopped?: string }> {
  const all: ApiRepository[] = [];
  const owner = encodeURIComponent(org);
  try {
    for await (const page of rest.paginate<ApiRepository>(`/orgs/${owner}/repos?type=all&per_page=100`)) all.push(...page);
  } catch (err) {
    // a personal account is not an organization: its repositories are listed elsewhere
    if (err instanceof RestError && err.status === 404 && all.length === 0) {
      for await (const page of rest.paginate<ApiRepository>(`/users/${owner}/repos?type=owner&per_page=100`)) all.push(...page);
    } else if (all.length === 0) {
      throw new PlanError(`cannot list the repositories of ${org}: ${(err as Error).message}`);
    } else return { repos: all, stopped: `the listing stopped after ${all.length} repositories: ${(err as Error).message}` };
  }
  return { repos: all };
}

/** Nothing could be listed: the plan cannot start. */
export class PlanError extends Error {}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Deals repositories into at most `maxChunks` chunks, heaviest first onto the lightest chunk. */
export function chunkRepositories(repos: Array<{ fullName: string; weight: number }>, maxChunks: number): string[][] {
  const n = Math.max(1, Math.min(maxChunks, MAX_MATRIX_JOBS, repos.length));
  const chunks = Array.from({ length: n }, () => ({ weight: 0, names: [] as string[] }));
  const order = [...repos].sort((a, b) => b.weight - a.weight || a.fullName.localeCompare(b.fullName));
  for (const r of order) {
    let best = chunks[0];
    for (const c of chunks) if (c.weight < best.weight) best = c;
    best.weight += r.weight;
    best.names.push(r.fullName);
  }
  return chunks.filter((c) => c.names.length).map((c) => c.names.sort());
}

export interface PlanRequest {
  org: string;
  filters: PlanFilters;
  maxChunks: number;
  onProgress?: (done: number, total: number) => void;
}

export async function planOrganization(rest: GitHubRest, req: PlanRequest): Promise<OrgPlan> {
  const { repos: listed, stopped } = await listRepositories(rest, req.org);
  const skipped: PlanRow[] = [];
  // the repositories a stopped listing never named cannot be rows of their own: the organization is
  const failures: PlanRow[] = stopped ? [{ fullName: req.org, reason: stopped }] : [];
  const kept: ApiRepository[] = [];
  for (const repo of listed.sort((a, b) => a.full_name.localeCompare(b.full_name))) {
    const why = filterReason(repo, req.filters);
    if (why) skipped.push({ fullName: repo.full_name, reason: why });
    else kept.push(repo);
  }
  let done = 0;
  const trees = await mapLimit(kept, TREE_CONCURRENCY, async (repo) => {
    const branch = repo.default_branch ?? 'main';
    try {
      if (repo.size === 0) return { repo, branch, tree: { manifests: [], sparse: [], empty: true } as TreeAnswer };
      return { repo, branch, tree: await readTree(rest, repo, branch) };
    } catch (err) {
      return { repo, branch, error: (err as Error).message };
    } finally {
      req.onProgress?.(++done, kept.length);
    }
  });
  const planned: Array<Omit<PlannedRepository, 'chunk'>> = [];
  for (const t of trees) {
    if ('error' in t && t.error !== undefined) {
      failures.push({ fullName: t.repo.full_name, reason: `could not list its files: ${t.error}` });
      continue;
    }
    const tree = t.tree!;
    if (tree.empty) {
      skipped.push({ fullName: t.repo.full_name, reason: 'empty repository' });
      continue;
    }
    if (req.filters.pythonOnly && tree.manifests !== null && tree.manifests.length === 0) {
      skipped.push({ fullName: t.repo.full_name, reason: 'no Python manifest' });
      continue;
    }
    planned.push({ fullName: t.repo.full_name, defaultBranch: t.branch, private: Boolean(t.repo.private), manifests: tree.manifests, sparse: tree.sparse });
  }
  const chunks = chunkRepositories(
    planned.map((p) => ({ fullName: p.fullName, weight: 1 + (p.manifests?.length ?? 10) })),
    req.maxChunks,
  );
  const chunkOf = new Map<string, number>();
  chunks.forEach((names, i) => names.forEach((n) => chunkOf.set(n, i + 1)));
  return {
    schemaVersion: 1,
    kind: 'sdist-guard-org-plan',
    org: req.org,
    generatedAt: new Date().toISOString(),
    filters: req.filters,
    repositories: planned.map((p) => ({ ...p, chunk: chunkOf.get(p.fullName)! })),
    skipped: skipped.sort((a, b) => a.fullName.localeCompare(b.fullName)),
    failures,
    chunks: chunks.map((names, i) => ({ id: i + 1, repositories: names })),
    requests: rest.requests,
  };
}

/** The `strategy.matrix` value: one job per chunk. */
export function matrixOf(plan: OrgPlan): { chunk: number[] } {
  return { chunk: plan.chunks.map((c) => c.id) };
}

/** Reads and checks a plan file's shape, so a chunk job fails with a clear message on a wrong file. */
export function parsePlan(text: string, label: string): OrgPlan {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`${label}: not JSON (${(err as Error).message})`);
  }
  const p = data as Partial<OrgPlan>;
  if (p?.kind !== 'sdist-guard-org-plan' || p.schemaVersion !== 1 || !Array.isArray(p.repositories) || !Array.isArray(p.chunks)) {
    throw new Error(`${label}: not an sdist-guard organization plan (written by \`sdist-guard org-plan\`)`);
  }
  return p as OrgPlan;
}
