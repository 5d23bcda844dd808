// The organization audit's commands: `org-plan` lists and chunks the repositories, `org-scan` scans
// one chunk, `org-report` merges the reports and keeps the tracking issue current. Usage errors are
// ConfigErrors, which the command line turns into exit 2 with the message.

import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { DiskCache } from '../cache/disk.js';
import { ConfigError, parseFailOn, parsePositiveInt, splitList, type GateStatus } from '../options.js';
import { upsertIssue } from './issue.js';
import { MAX_MATRIX_JOBS, matrixOf, parsePlan, PlanError, planOrganization, type OrgPlan, type PlanRow } from './plan.js';
import { issueBody, mergeReports, orgMarkdown, parseRepositoryReport, type RepositoryReport } from './report.js';
import { GitHubRest } from './rest.js';
import { scanChunk } from './scan-chunk.js';
import { SCAN_FLAGS, scanSettings } from '../scan-flags.js';
import { uploadSarif } from './sarif-upload.js';

export interface OrgIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
}

function token(env: OrgIo['env']): string | undefined {
  return env.GITHUB_TOKEN || env.GH_TOKEN || undefined;
}

function apiUrl(value: string | undefined, env: OrgIo['env']): string {
  const url = value || env.GITHUB_API_URL || 'https://api.github.com';
  if (!/^https?:\/\/[^\s]+$/.test(url)) throw new ConfigError(`--api-url: expected an http(s) URL, got "${url}"`);
  return url;
}

function list(values: string[] | undefined): string[] {
  return (values ?? []).flatMap(splitList);
}

function writeOut(io: OrgIo, file: string, text: string): void {
  const abs = resolve(io.cwd, file);
  writeFileSync(abs, text);
}

function readPlan(io: OrgIo, file: string): OrgPlan {
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (err) {
    throw new ConfigError(`--plan: cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  try {
    return parsePlan(text, file);
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
}

export async function runOrgPlan(argv: string[], io: OrgIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      org: { type: 'string' },
      topic: { type: 'string', multiple: true },
      repo: { type: 'string', multiple: true },
      'exclude-repo': { type: 'string', multiple: true },
      'include-archived': { type: 'boolean', default: false },
      'include-forks': { type: 'boolean', default: false },
      'include-non-python': { type: 'boolean', default: false },
      chunks: { type: 'string' },
      output: { type: 'string', default: 'org-plan.json' },
      'matrix-output': { type: 'string' },
      'api-url': { type: 'string' },
    },
  });
  const org = values.org?.trim();
  if (!org || !/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(org)) throw new ConfigError(`--org: expected an organization or user name, got "${values.org ?? ''}"`);
  const maxChunks = values.chunks !== undefined ? parsePositiveInt(values.chunks, '--chunks', MAX_MATRIX_JOBS) : 64;
  const rest = new GitHubRest({
    apiUrl: apiUrl(values['api-url'], io.env),
    token: token(io.env),
    onWait: (ms, why) => io.stderr(`sdist-guard: waiting ${Math.ceil(ms / 1000)} s: ${why}\n`),
  });
  io.stderr(`sdist-guard: listing the repositories of ${org}…\n`);
  let lastShown = 0;
  const plan = await planOrganization(rest, {
    org,
    maxChunks,
    filters: {
      topics: list(values.topic),
      include: list(values.repo),
      exclude: list(values['exclude-repo']),
      includeArchived: values['include-archived']!,
      includeForks: values['include-forks']!,
      pythonOnly: !values['include-non-python'],
    },
    onProgress: (done, total) => {
      if (done === total || done - lastShown >= 100) {
        lastShown = done;
        io.stderr(`sdist-guard: read the file lists of ${done}/${total} repositories\n`);
      }
    },
  }).catch((err: unknown) => {
    if (err instanceof PlanError) throw new ConfigError(err.message);
    throw err;
  });
  writeOut(io, values.output!, JSON.stringify(plan, null, 2) + '\n');
  if (values['matrix-output']) writeOut(io, values['matrix-output'], JSON.stringify(matrixOf(plan)) + '\n');
  io.stderr(
    `sdist-guard: planned ${plan.repositories.length} repositories in ${plan.chunks.length} chunks` +
      ` (${plan.skipped.length} left out by the filters, ${plan.failures.length} could not be read; ${plan.requests} API requests); wrote ${values.output}\n`,
  );
  for (const f of plan.failures.slice(0, 20)) io.stderr(`  could not plan ${f.fullName}: ${f.reason}\n`);
  return 0;
}

export async function runOrgScan(argv: string[], io: OrgIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: { plan: { type: 'string' }, chunk: { type: 'string' }, out: { type: 'string', default: '.' }, 'git-url': { type: 'string' }, sarif: { type: 'boolean', default: false }, ...SCAN_FLAGS },
  });
  if (!values.plan) throw new ConfigError('org-scan needs --plan FILE (written by sdist-guard org-plan)');
  if (values.chunk === undefined) throw new ConfigError('org-scan needs --chunk N (a chunk id of the plan)');
  const plan = readPlan(io, values.plan);
  const chunk = parsePositiveInt(values.chunk, '--chunk', MAX_MATRIX_JOBS);
  if (!plan.chunks.some((c) => c.id === chunk)) throw new ConfigError(`--chunk: the plan has chunks 1 to ${plan.chunks.length}, not ${chunk}`);
  const outDir = resolve(io.cwd, values.out!);
  mkdirSync(outDir, { recursive: true });
  const gitBase = values['git-url'] || io.env.GITHUB_SERVER_URL || 'https://github.com';
  let failed = 0;
  await scanChunk({
    plan,
    chunk,
    outDir,
    gitBase,
    token: token(io.env),
    sarif: values.sarif,
    scan: scanSettings(values, io),
    onRepository: (repo, i, total) => io.stderr(`sdist-guard: [${i + 1}/${total}] ${repo.fullName}\n`),
    onDone: (r) => {
      if (!r.ok) failed++;
      const counts = r.report ? r.report.dependencies.reduce<Record<string, number>>((m, d) => ((m[d.status] = (m[d.status] ?? 0) + 1), m), {}) : {};
      const line = r.ok ? Object.entries(counts).map(([s, n]) => `${n} ${s}`).join(', ') || 'no dependencies' : r.error;
      io.stderr(`  ${r.ok ? 'scanned' : 'FAILED'} in ${(r.durationMs / 1000).toFixed(1)} s: ${line}\n`);
    },
  });
  const total = plan.chunks.find((c) => c.id === chunk)!.repositories.length;
  io.stderr(`sdist-guard: chunk ${chunk}: ${total - failed} of ${total} repositories scanned; reports in ${values.out}\n`);
  // a repository that could not be scanned is a row of the merged report, not a failed job
  return 0;
}

function reportFiles(io: OrgIo, inputs: string[]): { files: string[]; missing: PlanRow[] } {
  const files: string[] = [];
  const missing: PlanRow[] = [];
  for (const input of inputs) {
    const abs = resolve(io.cwd, input);
    if (!existsSync(abs)) {
      missing.push({ fullName: input, reason: 'report file not found' });
      continue;
    }
    if (statSync(abs).isDirectory()) {
      for (const name of readdirSync(abs).sort()) if (/^report-.*\.json$/.test(name) && statSync(join(abs, name)).isFile()) files.push(join(abs, name));
    } else files.push(abs);
  }
  return { files, missing };
}

export async function runOrgReport(argv: string[], io: OrgIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      plan: { type: 'string' },
      markdown: { type: 'string' },
      json: { type: 'string' },
      'fail-on': { type: 'string' },
      issue: { type: 'string' },
      'issue-title': { type: 'string' },
      'run-url': { type: 'string' },
      'server-url': { type: 'string' },
      'api-url': { type: 'string' },
      'cache-dir': { type: 'string' },
      'upload-sarif': { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new ConfigError('org-report needs the report files of org-scan, or the directories that hold them');
  const failOn: GateStatus[] = values['fail-on'] !== undefined ? parseFailOn(values['fail-on'], '--fail-on') : ['suspicious', 'unresolved'];
  if (values.issue !== undefined && !/^[^/\s]+\/[^/\s]+$/.test(values.issue)) throw new ConfigError(`--issue: expected OWNER/REPO, got "${values.issue}"`);
  const plan = values.plan ? readPlan(io, values.plan) : undefined;
  const { files, missing } = reportFiles(io, positionals);
  const reports: RepositoryReport[] = [];
  const reportPaths: string[] = [];
  const unreadable: PlanRow[] = [...missing];
  for (const f of files) {
    try {
      reports.push(parseRepositoryReport(readFileSync(f, 'utf8'), f));
      reportPaths.push(f);
    } catch (err) {
      unreadable.push({ fullName: f, reason: (err as Error).message });
    }
  }
  const env = io.env;
  const serverUrl = values['server-url'] || env.GITHUB_SERVER_URL || 'https://github.com';
  const runUrl = values['run-url'] || (env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${serverUrl.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined);
  const report = mergeReports(reports, { plan, failOn: failOn as string[], serverUrl, unreadable });
  const markdown = orgMarkdown(report, { runUrl });
  if (values.json) writeOut(io, values.json, JSON.stringify(report, null, 2) + '\n');
  if (values.markdown) writeOut(io, values.markdown, markdown);
  else io.stdout(markdown);
  io.stderr(`sdist-guard: ${report.gate.message}\n`);
  if (values.issue) {
    const rest = new GitHubRest({ apiUrl: apiUrl(values['api-url'], env), token: token(env) });
    const problems = report.problems.length > 0 || report.failures.length > 0 || report.manifestErrors.length > 0;
    const title = values['issue-title'] || `sdist-guard organization audit${report.org ? `: ${report.org}` : ''}`;
    try {
      const r = await upsertIssue(rest, values.issue, title, issueBody(report, runUrl), problems);
      if (r.action !== 'none') io.stderr(`sdist-guard: ${r.action} the tracking issue #${r.number}${r.url ? ` (${r.url})` : ''}\n`);
    } catch (err) {
      io.stderr(`sdist-guard: warning: could not update the tracking issue in ${values.issue}: ${(err as Error).message}\n`);
    }
  }
  if (values['upload-sarif']) {
    // the organization's token reaches the other repositories; GITHUB_TOKEN may only reach this one
    const rest = new GitHubRest({ apiUrl: apiUrl(values['api-url'], env), token: env.SDIST_GUARD_ORG_TOKEN || token(env) });
    const uploads = await uploadSarif(rest, reports, reportPaths);
    for (const u of uploads) io.stderr(u.ok ? `sdist-guard: uploaded the SARIF of ${u.repository}\n` : `sdist-guard: warning: SARIF of ${u.repository} not uploaded: ${u.reason}\n`);
  }
  if (values['cache-dir']) {
    // the packs of every chunk, copied into one directory, become one cache for the next run
    const cache = new DiskCache(resolve(io.cwd, values['cache-dir']));
    await cache.compact();
    for (const p of cache.problems()) io.stderr(`sdist-guard: warning: ${p}\n`);
  }
  return report.gate.failed ? 1 : 0;
}
