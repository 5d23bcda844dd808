// The GitHub Action: reads the inputs into the same Options the CLI builds, runs the scan,
// and reports through the runner: annotations, the job summary, outputs and the job's status.

import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { ConfigError, parseCredentials, parseFailOn, parsePositiveInt, resolveOptions, splitList } from './options.js';
import { scan, type Progress } from './scan.js';
import { countStatuses, evaluateGate } from './report/gate.js';
import { jsonReport } from './report/json.js';
import { markdownReport } from './report/markdown.js';
import { allAnnotations, stepAnnotations } from './report/annotations.js';

const PROGRESS_EVERY_MS = 5000;

function input(name: string): string {
  return core.getInput(name).trim();
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
    });

    let lastLog = Date.now();
    const onProgress = (p: Progress) => {
      const now = Date.now();
      if (p.phase === 'resolve' && now - lastLog >= PROGRESS_EVERY_MS) {
        lastLog = now;
        core.info(`sdist-guard: resolved ${p.resolved}/${p.total} dependencies; analyzed ${p.analyzed}/${p.toAnalyze} sdists`);
      }
    };
    core.info(`sdist-guard: scanning ${opts.paths.map((p) => p.replace(workspace, '.')).join(', ')} for ${opts.targets.map((t) => `CPython ${t.python} on ${t.platform}`).join(', ')}`);
    const result = await scan(opts, { onProgress });
    for (const s of result.secrets) core.setSecret(s);

    const gate = evaluateGate(result, opts.failOn);
    const counts = countStatuses(result.verdicts);
    const reportDir = join(process.env.RUNNER_TEMP || tmpdir(), 'sdist-guard');
    mkdirSync(reportDir, { recursive: true });
    const reportPath = join(reportDir, 'report.json');
    writeFileSync(reportPath, jsonReport(result, opts.failOn));

    const { shown, notShown } = stepAnnotations(allAnnotations(result, opts.failOn));
    for (const a of shown) {
      const props = { title: a.title, file: a.file || undefined, startLine: a.line };
      if (a.level === 'error') core.error(a.message, props);
      else core.warning(a.message, props);
    }

    await core.summary.addRaw(markdownReport(result, opts.failOn, { annotationsNotShown: notShown })).write();

    core.setOutput('status', gate.failed ? 'fail' : 'pass');
    core.setOutput('sdist-count', counts.sdist);
    core.setOutput('suspicious-count', counts.suspicious);
    core.setOutput('unresolved-count', counts.unresolved);
    core.setOutput('report', reportPath);
    core.info(
      `sdist-guard: ${result.verdicts.length} dependencies: ${counts.wheel} wheel, ${counts.sdist} sdist, ${counts.suspicious} suspicious, ${counts.unresolved} unresolved, ${counts.skipped} skipped; ${result.stats.requests} requests in ${(result.stats.durationMs / 1000).toFixed(1)} s`,
    );
    if (gate.failed) core.setFailed(gate.message);
    else core.info(gate.message);
  } catch (err) {
    if (err instanceof ConfigError) core.setFailed(`sdist-guard: configuration error: ${err.message}`);
    else core.setFailed(`sdist-guard: internal error: ${(err as Error)?.stack ?? String(err)}`);
  }
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

