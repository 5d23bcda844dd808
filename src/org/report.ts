// Merging the per-repository reports of an organization audit into one: what fails, where it is
// used, what is built from source most widely, and every repository that could not be audited with
// its reason. A repository the plan holds but no report covers is such a row, so a job that died
// never makes the report shorter without saying so.

import { cell, code } from '../report/markdown.js';
import type { OrgPlan, PlanRow } from './plan.js';

export const REPOSITORY_REPORT_KIND = 'sdist-guard-org-repository' as const;
export const ORG_ISSUE_MARKER = '<!-- sdist-guard: organization audit -->';
const MAX_ISSUE_BODY = 65_536;

/** The JSON report of `sdist-guard scan --format json`, as far as the merge reads it. */
export interface ScanJson {
  schemaVersion: number;
  dependencies: Array<{
    name: string;
    version: string | null;
    status: string;
    reason: string;
    sources: Array<{ path: string; line: number; requirement?: string }>;
    findings: Array<{ rule: string; severity: string }>;
    via?: string[];
    allowed?: unknown;
  }>;
  diagnostics: Array<{ severity: string; path: string; line?: number; message: string }>;
  manifests: string[];
}

export interface RepositoryReport {
  schemaVersion: 1;
  kind: typeof REPOSITORY_REPORT_KIND;
  repository: string;
  branch: string;
  commit?: string;
  chunk?: number;
  ok: boolean;
  error?: string;
  durationMs: number;
  report?: ScanJson;
}

/** Statuses that mean a problem, worst first; the others are counted only. */
const PROBLEM_ORDER = ['malicious', 'suspicious', 'unresolved'];

export interface Use {
  repository: string;
  path: string;
  line: number;
  commit?: string;
  via?: string[];
}

export interface OrgDependency {
  name: string;
  version: string | null;
  status: string;
  reason: string;
  rules: string[];
  uses: Use[];
}

export interface OrgReport {
  schemaVersion: 1;
  kind: 'sdist-guard-org-report';
  org?: string;
  serverUrl: string;
  repositories: { planned: number; scanned: number; failed: number; skipped: number };
  /** Distinct name and version pairs, by status. */
  counts: Record<string, number>;
  problems: OrgDependency[];
  /** Built from source, by how many repositories use them. */
  sdists: OrgDependency[];
  failures: PlanRow[];
  manifestErrors: Array<{ repository: string; path: string; line?: number; message: string }>;
  gate: { failed: boolean; failOn: string[]; message: string };
}

export function parseRepositoryReport(text: string, label: string): RepositoryReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`${label}: not JSON (${(err as Error).message})`);
  }
  const r = data as Partial<RepositoryReport>;
  if (r?.kind !== REPOSITORY_REPORT_KIND || typeof r.repository !== 'string' || typeof r.ok !== 'boolean') {
    throw new Error(`${label}: not a repository report of \`sdist-guard org-scan\``);
  }
  if (r.ok && (!r.report || !Array.isArray(r.report.dependencies))) throw new Error(`${label}: the report of ${r.repository} has no dependencies list`);
  return r as RepositoryReport;
}

function key(name: string, version: string | null, status: string): string {
  return `${status}\u0000${name}\u0000${version ?? ''}`;
}

export function mergeReports(reports: RepositoryReport[], opts: { plan?: OrgPlan; failOn: string[]; serverUrl?: string; unreadable?: PlanRow[] }): OrgReport {
  const byRepo = new Map<string, RepositoryReport>();
  // a rerun job may leave two reports for a repository: the later commit wins, then a success
  for (const r of reports) {
    const prev = byRepo.get(r.repository);
    if (!prev || (!prev.ok && r.ok)) byRepo.set(r.repository, r);
  }
  const failures: PlanRow[] = [...(opts.plan?.failures ?? []), ...(opts.unreadable ?? [])];
  for (const r of byRepo.values()) if (!r.ok) failures.push({ fullName: r.repository, reason: r.error ?? 'failed' });
  for (const p of opts.plan?.repositories ?? []) {
    if (!byRepo.has(p.fullName)) failures.push({ fullName: p.fullName, reason: `no report: the job for chunk ${p.chunk} failed or was cancelled before it wrote one` });
  }
  const deps = new Map<string, OrgDependency>();
  const manifestErrors: OrgReport['manifestErrors'] = [];
  const counts: Record<string, number> = {};
  for (const r of [...byRepo.values()].sort((a, b) => a.repository.localeCompare(b.repository))) {
    if (!r.ok || !r.report) continue;
    for (const d of r.report.diagnostics ?? []) if (d.severity === 'error') manifestErrors.push({ repository: r.repository, path: d.path, line: d.line, message: d.message });
    for (const d of r.report.dependencies) {
      if (d.allowed) continue;
      const k = key(d.name, d.version, d.status);
      let entry = deps.get(k);
      if (!entry) {
        entry = { name: d.name, version: d.version, status: d.status, reason: d.reason, rules: [], uses: [] };
        deps.set(k, entry);
        counts[d.status] = (counts[d.status] ?? 0) + 1;
      }
      for (const f of d.findings ?? []) if (!entry.rules.includes(f.rule)) entry.rules.push(f.rule);
      const src = d.sources[0];
      entry.uses.push({ repository: r.repository, path: src?.path ?? '', line: src?.line ?? 0, ...(r.commit ? { commit: r.commit } : {}), ...(d.via ? { via: d.via } : {}) });
    }
  }
  const repoCount = (d: OrgDependency): number => new Set(d.uses.map((u) => u.repository)).size;
  const rank = (s: string): number => {
    const i = PROBLEM_ORDER.indexOf(s);
    return i < 0 ? PROBLEM_ORDER.length : i;
  };
  const problems = [...deps.values()]
    .filter((d) => PROBLEM_ORDER.includes(d.status))
    .sort((a, b) => rank(a.status) - rank(b.status) || repoCount(b) - repoCount(a) || a.name.localeCompare(b.name));
  const sdists = [...deps.values()].filter((d) => d.status === 'sdist').sort((a, b) => repoCount(b) - repoCount(a) || a.name.localeCompare(b.name));
  const gating = problems.filter((d) => opts.failOn.includes(d.status));
  const failuresGate = opts.failOn.includes('unresolved') && (failures.length > 0 || manifestErrors.length > 0);
  const sdistGate = opts.failOn.includes('sdist') ? sdists : [];
  const failed = gating.length > 0 || sdistGate.length > 0 || failuresGate;
  const parts: string[] = [];
  for (const s of PROBLEM_ORDER) {
    const n = gating.filter((d) => d.status === s).length;
    if (n) parts.push(`${n} ${s}`);
  }
  if (sdistGate.length) parts.push(`${sdistGate.length} sdist`);
  if (failuresGate && failures.length) parts.push(`${failures.length} ${failures.length === 1 ? 'repository' : 'repositories'} not audited`);
  if (failuresGate && manifestErrors.length) parts.push(`${manifestErrors.length} manifest error${manifestErrors.length === 1 ? '' : 's'}`);
  const message = failed
    ? `the organization audit failed: ${parts.join(', ')} (fail-on: ${opts.failOn.join(',')})`
    : opts.failOn.length === 0
      ? 'the organization audit reports only (fail-on: none)'
      : `the organization audit passed: no dependency is ${opts.failOn.join(' or ')}`;
  const scanned = [...byRepo.values()].filter((r) => r.ok).length;
  return {
    schemaVersion: 1,
    kind: 'sdist-guard-org-report',
    ...(opts.plan ? { org: opts.plan.org } : {}),
    serverUrl: (opts.serverUrl ?? 'https://github.com').replace(/\/+$/, ''),
    repositories: {
      planned: opts.plan ? opts.plan.repositories.length + opts.plan.failures.length : byRepo.size,
      scanned,
      failed: failures.length,
      skipped: opts.plan?.skipped.length ?? 0,
    },
    counts,
    problems,
    sdists,
    failures: failures.sort((a, b) => a.fullName.localeCompare(b.fullName)),
    manifestErrors,
    gate: { failed, failOn: opts.failOn, message },
  };
}

const ICONS: Record<string, string> = { malicious: '☠️', suspicious: '🛑', unresolved: '⚠️', sdist: '📦' };

function useLink(report: OrgReport, u: Use): string {
  const where = `${u.path}${u.line ? `:${u.line}` : ''}`;
  if (!u.commit || !u.path) return `${cell(u.repository)} ${code(where)}`;
  const url = `${report.serverUrl}/${u.repository}/blob/${u.commit}/${u.path.split('/').map(encodeURIComponent).join('/')}${u.line ? `#L${u.line}` : ''}`;
  return `[${cell(u.repository)} ${cell(where).replace(/[[\]]/g, '\\$&')}](${url})`;
}

function usesCell(report: OrgReport, d: OrgDependency, max: number): string {
  const shown = d.uses.slice(0, max).map((u) => useLink(report, u));
  if (d.uses.length > max) shown.push(`… and ${d.uses.length - max} more`);
  return shown.join('<br>');
}

/** The organization report as Markdown: for the job summary and the tracking issue. */
export function orgMarkdown(report: OrgReport, opts: { runUrl?: string; maxRows?: number } = {}): string {
  const max = opts.maxRows ?? 200;
  const r = report.repositories;
  const out: string[] = [];
  out.push(`## sdist-guard organization audit${report.org ? `: ${cell(report.org)}` : ''} ${report.gate.failed ? '❌' : '✅'}`);
  out.push('');
  out.push(cell(report.gate.message[0].toUpperCase() + report.gate.message.slice(1)) + '.');
  out.push('');
  out.push(`Repositories: **${r.scanned}** audited, **${r.failed}** could not be audited, ${r.skipped} left out by the filters (${r.planned} planned).`);
  const c = report.counts;
  out.push('');
  out.push('| Status | Distinct packages |');
  out.push('| --- | ---: |');
  for (const s of ['malicious', 'suspicious', 'unresolved', 'sdist', 'wheel', 'skipped']) if (c[s] !== undefined || ['suspicious', 'unresolved', 'sdist'].includes(s)) out.push(`| ${ICONS[s] ?? ''} ${s} | ${c[s] ?? 0} |`);
  if (report.problems.length) {
    out.push('');
    out.push('### What fails, and where it is used');
    out.push('');
    out.push('| Status | Package | Why | Used in |');
    out.push('| --- | --- | --- | --- |');
    for (const d of report.problems.slice(0, max)) {
      const why = cell(d.reason) + (d.rules.length ? ` (${d.rules.map((x) => code(x)).join(', ')})` : '');
      out.push(`| ${ICONS[d.status] ?? ''} ${d.status} | ${code(`${d.name}${d.version ? ' ' + d.version : ''}`)} | ${why} | ${usesCell(report, d, 10)} |`);
    }
    if (report.problems.length > max) out.push(`| | … and ${report.problems.length - max} more in the JSON report | | |`);
  }
  if (report.failures.length) {
    out.push('');
    out.push('### Repositories that could not be audited');
    out.push('');
    out.push('| Repository | Reason |');
    out.push('| --- | --- |');
    for (const f of report.failures.slice(0, max)) out.push(`| ${cell(f.fullName)} | ${cell(f.reason)} |`);
    if (report.failures.length > max) out.push(`| … and ${report.failures.length - max} more | |`);
  }
  if (report.sdists.length) {
    out.push('');
    out.push(`<details><summary>Built from source (${report.sdists.length} packages), by how many repositories use them</summary>`);
    out.push('');
    out.push('| Package | Repositories | Used in |');
    out.push('| --- | ---: | --- |');
    for (const d of report.sdists.slice(0, max)) out.push(`| ${code(`${d.name}${d.version ? ' ' + d.version : ''}`)} | ${new Set(d.uses.map((u) => u.repository)).size} | ${usesCell(report, d, 5)} |`);
    if (report.sdists.length > max) out.push(`| … and ${report.sdists.length - max} more | | |`);
    out.push('');
    out.push('</details>');
  }
  if (report.manifestErrors.length) {
    out.push('');
    out.push(`<details><summary>Manifest errors (${report.manifestErrors.length})</summary>`);
    out.push('');
    for (const e of report.manifestErrors.slice(0, max)) out.push(`- ${cell(e.repository)} ${code(`${e.path}${e.line ? `:${e.line}` : ''}`)}: ${cell(e.message)}`);
    out.push('');
    out.push('</details>');
  }
  if (opts.runUrl) {
    out.push('');
    out.push(`Full reports: the artifacts of [this run](${opts.runUrl}).`);
  }
  return out.join('\n') + '\n';
}

/** The tracking issue's body: the report, shortened to what GitHub accepts. */
export function issueBody(report: OrgReport, runUrl?: string): string {
  for (const rows of [200, 50, 10, 0]) {
    const body = `${ORG_ISSUE_MARKER}\n${orgMarkdown(report, { runUrl, maxRows: rows })}`;
    if (body.length <= MAX_ISSUE_BODY) return body;
  }
  return `${ORG_ISSUE_MARKER}\n## sdist-guard organization audit\n\n${cell(report.gate.message)}.\n`;
}
