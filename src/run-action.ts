// The GitHub Action: reads the inputs (and the configuration file) into the same Options the CLI
// builds, runs the scan, and reports through the runner and the GitHub API: annotations (or a check
// run when there are more than a step shows), the job summary, one pull request comment, SARIF,
// outputs and the job's status. Only the scan's verdict can fail the job: a GitHub API call that
// fails (a fork's read-only token, a missing permission) becomes a warning that says what to grant.

import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { ConfigError, MAX_DEADLINE_SECONDS, parseBoolean, parseCredentials, parseExclude, parseFailOn, parsePositiveInt, parseScope, resolveOptions, splitList, type GateStatus } from './options.js';
import { loadConfig } from './config.js';
import type { BaseFiles } from './base-manifests.js';
import { scan, type Progress, type ScanResult } from './scan.js';
import { countStatuses, evaluateGate, maskSecrets, type Gate } from './report/gate.js';
import { commandData, logLine, md } from './report/escape.js';
import { progressLine } from './report/progress.js';
import { jsonReport } from './report/json.js';
import { markdownReport, type MarkdownOptions } from './report/markdown.js';
import { advisorySentence } from './report/advisories.js';
import { allAnnotations, stepAnnotations, type Annotation } from './report/annotations.js';
import { COMMENT_MODES, allClearComment, decideComment, reportComment, somethingToSay, worthReporting, type CommentMode } from './report/comment.js';
import type { GitHubClient } from './github/client.js';
import { describeError, httpStatus, type Repo } from './github/common.js';
import { readRunContext, type RunContext } from './github/event.js';
import { baseFilesFor } from './github/base-files.js';
import { findComment, writeComment } from './github/comment.js';
import { CHECK_RUN_NAME, publishCheckRun } from './github/check-run.js';
import { writeReportFile } from './regular-file.js';
import { parseCacheInput, restoreActionCache, saveActionCache, type RestoredCache } from './action-cache.js';

const PROGRESS_EVERY_MS = 5000;

function input(name: string): string {
  return core.getInput(name).trim();
}

function parseCommentMode(value: string): CommentMode {
  if (!(COMMENT_MODES as readonly string[]).includes(value)) throw new ConfigError(`comment: "${value}" is not a mode: expected ${COMMENT_MODES.join(', ')}`);
  return value as CommentMode;
}

/** A base that cannot be read, with the reason: the scan then gates on everything and says why. */
function unreadableBase(sha: string, why: string): BaseFiles {
  return {
    label: `base commit ${sha.slice(0, 7)}`,
    read: async () => {
      throw new Error(why);
    },
  };
}

/** The GitHub API of the run's repository, when there is a token: octokit is loaded on the first call. */
interface GitHubApi {
  repo: Repo;
  client(): Promise<GitHubClient>;
}

function gitHubApi(token: string, repo: Repo | undefined): GitHubApi | undefined {
  if (!token || !repo) return undefined;
  let client: Promise<GitHubClient> | undefined;
  return { repo, client: () => (client ??= import('./github/client.js').then(({ githubClient }) => githubClient(token))) };
}

function permissionWarning(what: string, err: unknown, permission: string, fallback: string): string {
  const status = httpStatus(err);
  const why =
    status === 403 || status === 401
      ? `the token lacks the \`${permission}\` permission (pull requests from forks always get a read-only token). Add \`permissions: ${permission}\` to the job to get it`
      : 'the GitHub API call failed';
  return `sdist-guard could not ${what} (${describeError(err)}): ${why}; ${fallback}`;
}

export async function run(): Promise<void> {
  try {
    const workspace = resolve(process.env.GITHUB_WORKSPACE || process.cwd());
    const credentials = parseCredentials(core.getInput('index-credentials'), 'index-credentials');
    for (const secret of Object.values(credentials)) {
      core.setSecret(secret);
      const colon = secret.indexOf(':');
      if (colon > 0) core.setSecret(secret.slice(colon + 1));
    }
    const indexUrl = input('index-url');
    const extra = splitList(input('extra-index-urls'));
    for (const url of [indexUrl, ...extra]) maskUrlSecrets(url);

    const event = readRunContext(process.env);
    if (event.warning) core.warning(commandData(`sdist-guard: ${event.warning}`));
    const token = input('github-token');
    const api = gitHubApi(token, event.repo);

    const config = loadConfig(workspace, input('config') ? resolve(workspace, input('config')) : undefined);
    for (const url of [config?.indexUrl ?? '', ...(config?.extraIndexUrls ?? []), input('advisories'), config?.advisories ?? '']) maskUrlSecrets(url);
    // Only on pull_request is the checkout the pull request's merge by default; pull_request_target
    // checks out the base, where comparing with the base would find nothing changed.
    // A merge queue's run is the pull request's once more, on top of the queue: it gates the same way,
    // against the merge group's base.
    const scope = input('scope') ? parseScope(input('scope')) : event.eventName === 'pull_request' || event.eventName === 'merge_group' ? 'changed' : 'all';
    const commentMode = parseCommentMode(input('comment') || 'on-failure');
    const sarifFile = input('sarif-file');

    let base: BaseFiles | undefined;
    const compare = event.pullRequest ?? event.mergeGroup;
    if (scope === 'changed' && compare) {
      const sha = compare.baseSha;
      base =
        (await baseFilesFor(workspace, sha, api && { client: await api.client(), repo: api.repo })) ??
        unreadableBase(sha, 'the checkout does not have that commit (fetch-depth: 0 would fetch it) and there is no github-token to read it through the API');
    }

    const cache: RestoredCache | undefined = parseCacheInput(input('cache')) ? await restoreActionCache() : undefined;

    const opts = resolveOptions({
      root: workspace,
      paths: splitList(input('paths')).map((p) => resolve(workspace, p)),
      indexUrl: indexUrl || undefined,
      extraIndexUrls: extra.length ? extra : undefined,
      credentials,
      pythonVersions: splitList(input('python-version')),
      platforms: splitList(input('platform')),
      failOn: input('fail-on') ? parseFailOn(input('fail-on')) : undefined,
      concurrency: input('concurrency') ? parsePositiveInt(input('concurrency'), 'concurrency', 256) : undefined,
      timeoutMs: input('timeout') ? parsePositiveInt(input('timeout'), 'timeout', 3600) * 1000 : undefined,
      deadlineMs: input('deadline') ? parsePositiveInt(input('deadline'), 'deadline', MAX_DEADLINE_SECONDS) * 1000 : undefined,
      transitive: input('transitive') ? parseBoolean(input('transitive'), 'transitive') : undefined,
      advisories: input('advisories') || undefined,
      advisoriesRequired: input('advisories-required') ? parseBoolean(input('advisories-required'), 'advisories-required') : undefined,
      config,
      scope,
      base,
      cacheDir: cache?.dir,
      exclude: input('exclude') ? parseExclude(splitLines(input('exclude')), 'exclude') : undefined,
    });

    let lastLog = Date.now();
    let total = 0;
    const onProgress = (p: Progress) => {
      const now = Date.now();
      if (p.phase === 'resolve' && now - lastLog >= PROGRESS_EVERY_MS) {
        lastLog = now;
        total = Math.max(total, p.total);
        core.info(`sdist-guard: ${progressLine(p, total)}`);
      }
    };
    core.info(logLine(`sdist-guard: scanning ${opts.paths.map((p) => p.replace(workspace, '.')).join(', ')} for ${opts.targets.map((t) => `CPython ${t.python} on ${t.platform}`).join(', ')}`));
    if (opts.exclude.length) core.info(logLine(`sdist-guard: leaving out ${opts.exclude.join(', ')}`));
    if (opts.configFile) core.info(logLine(`sdist-guard: configuration from ${opts.configFile}`));
    const result = await scan(opts, { onProgress });
    for (const s of result.secrets) core.setSecret(s);
    const kept = result.stats.cache;
    if (kept)
      core.info(
        kept.decisionsFrom
          ? `sdist-guard: cache: the decisions of the scan of ${kept.decisionsFrom} reused (same manifests and options, every index page it read still fresh)`
          : `sdist-guard: cache: ${kept.analysesReused} analyses reused, ${kept.pagesFresh} index pages fresh, ${kept.pagesRevalidated} confirmed unchanged`,
      );
    const advisories = advisorySentence(result);
    if (advisories) core.info(logLine(`sdist-guard: ${advisories}`));
    if (result.scope.note) core.warning(commandData(maskSecrets(`sdist-guard: ${result.scope.note}`, result.secrets)));
    else if (result.scope.applied === 'changed') core.info(logLine(`sdist-guard: gating on what the change adds or alters, compared with the ${result.scope.base}`));

    const gate = evaluateGate(result, opts.failOn);
    const counts = countStatuses(result.verdicts);
    const reportDir = join(process.env.RUNNER_TEMP || tmpdir(), 'sdist-guard');
    mkdirSync(reportDir, { recursive: true });
    const reportPath = join(reportDir, 'report.json');
    writeFileSync(reportPath, jsonReport(result, opts.failOn));
    let reportRefused: string | undefined;
    if (sarifFile) {
      const { sarifReport } = await import('./report/sarif.js');
      const sarifPath = resolve(workspace, sarifFile);
      try {
        // the workspace is the checkout: a link a pull request put there is not written through
        writeReportFile(sarifPath, sarifReport(result, opts.failOn), workspace);
        core.setOutput('sarif-file', sarifPath);
      } catch (err) {
        reportRefused = `sdist-guard: sarif-file ${sarifFile}: ${(err as Error).message}`;
      }
    }

    const summaryOptions = await annotate(result, opts.failOn, gate, event, api);
    await writeSummary(markdownReport(result, opts.failOn, summaryOptions));
    await comment(result, opts.failOn, gate, event, api, commentMode);

    core.setOutput('status', gate.failed ? 'fail' : 'pass');
    core.setOutput('sdist-count', counts.sdist);
    core.setOutput('suspicious-count', counts.suspicious);
    core.setOutput('malicious-count', counts.malicious);
    core.setOutput('unresolved-count', counts.unresolved);
    core.setOutput('report', reportPath);
    core.setOutput('scope', result.scope.applied);
    core.info(
      `sdist-guard: ${result.verdicts.length} dependencies: ${counts.wheel} wheel, ${counts.sdist} sdist, ${counts.suspicious} suspicious, ${counts.malicious} malicious, ${counts.unresolved} unresolved, ${counts.skipped} skipped; ${result.stats.requests} requests in ${(result.stats.durationMs / 1000).toFixed(1)} s`,
    );
    if (cache && result.stats.cache) await saveActionCache(cache, Math.max(0, result.stats.cache.written - result.stats.cache.pagesRevalidated));
    if (gate.failed) core.setFailed(commandData(gate.message));
    else core.info(logLine(gate.message));
    if (reportRefused) core.setFailed(commandData(reportRefused));
  } catch (err) {
    if (err instanceof ConfigError) core.setFailed(commandData(`sdist-guard: configuration error: ${err.message}`));
    else core.setFailed(`sdist-guard: internal error: ${(err as Error)?.stack ?? String(err)}`);
  }
}

/**
 * Step annotations, or, when there are more than a step shows and the token may, a check run
 * with every one of them. Returns what the summary should say about them.
 */
async function annotate(
  result: ScanResult,
  failOn: GateStatus[],
  gate: Gate,
  event: RunContext,
  api: GitHubApi | undefined,
): Promise<MarkdownOptions> {
  const all = allAnnotations(result, failOn);
  const { shown, notShown } = stepAnnotations(all);
  const headSha = event.pullRequest?.headSha ?? event.sha;
  if (notShown > 0 && api && headSha) {
    try {
      const counts = countStatuses(result.verdicts);
      const check = await publishCheckRun(await api.client(), api.repo, {
        headSha,
        conclusion: gate.failed ? 'failure' : 'success',
        title: gate.failed ? `${gate.failing.length} failing the gate` : 'passed',
        summary: `${md(gate.message, 1000)}\n\n${counts.wheel} wheel, ${counts.sdist} sdist, ${counts.suspicious} suspicious, ${counts.malicious} malicious, ${counts.unresolved} unresolved, ${counts.skipped} skipped.${event.runUrl ? ` The full report is in the [workflow run](${event.runUrl}).` : ''}`,
        annotations: all,
      });
      core.info(logLine(`sdist-guard: ${check.annotations} annotations on the ${CHECK_RUN_NAME} check run${check.url ? ` ${check.url}` : ''}`));
      // a check run annotation needs a file: the few that have none stay on the step
      for (const a of stepAnnotations(all.filter((x) => !x.file)).shown) emit(a);
      return { checkRun: { annotations: check.annotations, url: check.url } };
    } catch (err) {
      core.warning(commandData(permissionWarning('publish a check run with every annotation', err, 'checks: write', `only the first ${shown.length} annotations are shown`)));
    }
  }
  for (const a of shown) emit(a);
  return { annotationsNotShown: notShown };
}

function emit(a: Annotation): void {
  // A path is a property the runner matches against the repository; one holding control characters
  // would carry them into the log, so such an annotation is shown on the step, naming it visibly.
  if (a.file && a.file !== commandData(a.file)) {
    a = { ...a, message: `${commandData(a.file)}:${a.line}: ${a.message}`, file: '' };
  }
  const props = { title: a.title, file: a.file || undefined, startLine: a.file ? a.line : undefined };
  if (a.level === 'error') core.error(a.message, props);
  else core.warning(a.message, props);
}

/** The one pull request comment: created, updated in place, or turned into an all-clear. */
async function comment(
  result: ScanResult,
  failOn: GateStatus[],
  gate: Gate,
  event: RunContext,
  api: GitHubApi | undefined,
  mode: CommentMode,
): Promise<void> {
  const pr = event.pullRequest;
  if (!pr || mode === 'never') return;
  if (!api) {
    core.warning('sdist-guard: no github-token (or no repository), so no pull request comment; the job summary has the report');
    return;
  }
  try {
    const client = await api.client();
    const existing = await findComment(client, api.repo, pr.number);
    const action = decideComment(mode, {
      failed: gate.failed,
      somethingToSay: somethingToSay(result, failOn),
      existing: existing !== undefined,
      reportOnly: failOn.length === 0,
      worthReporting: worthReporting(result),
    });
    if (action === 'none') return;
    const ctx = { runUrl: event.runUrl, sha: pr.headSha };
    const body = action === 'report' ? reportComment(result, failOn, ctx) : allClearComment(result, failOn, ctx);
    const written = await writeComment(client, api.repo, pr.number, existing, body);
    core.info(logLine(`sdist-guard: ${written.action} the pull request comment${written.url ? ` ${written.url}` : ''}`));
    if (written.url) core.setOutput('comment-url', written.url);
  } catch (err) {
    core.warning(commandData(permissionWarning('write the pull request comment', err, 'pull-requests: write', 'the job summary has the report')));
  }
}

/**
 * The job summary, when the runner provides one: local runners and some GitHub Enterprise set-ups
 * have no GITHUB_STEP_SUMMARY, and the report still reaches the comment, the log and the outputs.
 */
async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.warning('sdist-guard: this runner has no job summary (GITHUB_STEP_SUMMARY is not set): the report is in the JSON report output and the pull request comment');
    return;
  }
  try {
    await core.summary.addRaw(markdown).write();
  } catch (err) {
    core.summary.emptyBuffer();
    core.warning(commandData(`sdist-guard: could not write the job summary: ${(err as Error).message}`));
  }
}

function splitLines(value: string): string[] {
  return value
    .split(/[\n,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Credentials written into an index URL are masked in the log like the separate input. */
function maskUrlSecrets(url: string): void {
  try {
    const u = new URL(url);
    if (u.password) core.setSecret(decodeURIComponent(u.password));
    if (u.username && u.password) core.setSecret(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`);
    else if (u.username) core.setSecret(decodeURIComponent(u.username));
  } catch {
    // an invalid URL is reported by option validation
  }
}
