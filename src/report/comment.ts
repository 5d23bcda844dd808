// The pull request comment: one per pull request, found again through a hidden marker and rewritten
// on every run. It leads with what the pull request itself adds or changes; pre-existing and
// allowed dependencies follow, folded. When the problems are gone it becomes a short all-clear
// instead of staying stale. GitHub refuses bodies of 65,536 characters or more, so a long report
// falls back to a list that links to the job summary.

import type { Verdict } from '../types.js';
import type { ScanResult } from '../scan.js';
import type { GateStatus } from '../options.js';
import { VERSION } from '../version.js';
import { evaluateGate, location, maskSecrets, maskVerdicts } from './gate.js';
import { advisoryDetails, diagnosticsList, findingsDetails, headline, remedyList, scopeLine, statusCounts, verdictTable } from './markdown.js';
import { md, mdCode } from './escape.js';
import { STATUS, listed, needsAttention } from './statuses.js';
import { advisorySentence } from './advisories.js';

export const COMMENT_MARKER = '<!-- sdist-guard: pull request comment -->';
/** GitHub's limit on a comment body. */
export const MAX_COMMENT_LENGTH = 65_536;

export const COMMENT_MODES = ['on-failure', 'always', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export interface CommentContext {
  /** The workflow run, where the job summary and the JSON report are. */
  runUrl?: string;
  /** The pull request's head commit the comment describes. */
  sha?: string;
}

export type CommentAction = 'report' | 'all-clear' | 'none';

/**
 * What to do with the comment: `on-failure` writes one only when the gate fails and turns an
 * earlier one into an all-clear once it passes; `always` keeps one in every case.
 */
export function decideComment(
  mode: CommentMode,
  state: { failed: boolean; somethingToSay: boolean; existing: boolean; reportOnly?: boolean; worthReporting?: boolean },
): CommentAction {
  if (mode === 'never') return 'none';
  if (state.failed) return 'report';
  // fail-on: none never fails; on-failure then means "when there is something a failing run would show"
  if (state.reportOnly && state.worthReporting) return 'report';
  if (mode === 'always') return state.somethingToSay ? 'report' : 'all-clear';
  return state.existing ? 'all-clear' : 'none';
}

/** Dependencies the pull request brings in or changes that are worth a line: not wheels, not allowed. */
export function inScope(result: ScanResult): Verdict[] {
  return result.verdicts.filter((v) => listed(v) && !v.preexisting && !v.allowed);
}

/** Whether a comment has anything to report beyond "all clear". */
export function somethingToSay(result: ScanResult, failOn: GateStatus[]): boolean {
  return evaluateGate(result, failOn).failed || inScope(result).length > 0;
}

/**
 * What a report-only run (fail-on: none) has to say: what the pull request adds that would fail
 * the default gate (suspicious, unresolved). A report nobody reads is no report.
 */
export function worthReporting(result: ScanResult): boolean {
  return inScope(result).some(needsAttention);
}

function dependencies(n: number, kind = ''): string {
  return `${n} ${kind}${n === 1 ? 'dependency' : 'dependencies'}`;
}

function footer(ctx: CommentContext): string {
  const parts = [`sdist-guard ${md(VERSION)}`];
  if (ctx.sha && /^[0-9a-f]{7,64}$/i.test(ctx.sha)) parts.push(`commit ${ctx.sha.slice(0, 7)}`);
  if (ctx.runUrl) parts.push(`[workflow run](${ctx.runUrl})`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

function heading(result: ScanResult, failOn: GateStatus[]): string {
  const what = result.scope?.applied === 'changed' ? 'this pull request adds or changes' : 'this repository declares';
  return `## sdist-guard: ${headline(result, failOn, what)}`;
}

function folded(title: string, verdicts: Verdict[]): string[] {
  if (verdicts.length === 0) return [];
  return ['', `<details><summary>${title}</summary>`, '', ...verdictTable(verdicts), '', '</details>'];
}

function fullBody(result: ScanResult, failOn: GateStatus[], ctx: CommentContext): string {
  const gate = evaluateGate(result, failOn);
  const out: string[] = [COMMENT_MARKER, heading(result, failOn), ''];
  const changed = inScope(result);
  const failing = changed.filter((v) => gate.failing.includes(v));
  const others = changed.filter((v) => !gate.failing.includes(v));
  // what fails first, then what else the pull request brings that pip would build or cannot check
  const lead = failing.length > 0 ? failing : others.filter((v) => v.status !== 'sdist');
  const rest = changed.filter((v) => !lead.includes(v));
  if (lead.length > 0) {
    out.push(...verdictTable(lead), '', ...remedyList(lead), ...advisoryDetails(lead), ...findingsDetails(lead), '');
  }
  out.push(md(gate.message, 1000));
  const scope = scopeLine(result);
  if (scope) out.push('', scope);
  if (result.advisories?.unchecked) out.push('', `⚠️ ${md(advisorySentence(result)!, 1000)}`);
  if (rest.length > 0) {
    out.push('', `**Also ${lead.length > 0 ? 'in' : 'added or changed by'} this ${lead.length > 0 ? 'change, not failing the gate' : 'pull request'}**: ${statusCounts(rest)}`, '');
    out.push(...verdictTable(rest), '', ...remedyList(rest), ...advisoryDetails(rest, false), ...findingsDetails(rest, false));
  }
  const pre = result.verdicts.filter((v) => listed(v) && v.preexisting && !v.allowed);
  out.push(...folded(`${dependencies(pre.length, 'pre-existing ')}: already at the base, not gating`, pre));
  const allowed = result.verdicts.filter((v) => listed(v) && v.allowed);
  out.push(...folded(`${dependencies(allowed.length, 'allowed ')}: accepted by the configuration, not gating`, allowed));
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) out.push('', '**Manifest problems**', '', ...diagnosticsList(errors, 20));
  out.push('', `The job summary has the full report; the JSON report is the job's \`report\` output.`, '', footer(ctx));
  return out.join('\n') + '\n';
}

/** The short form: one line per gating dependency, as many as fit, and where the rest is. */
function shortBody(result: ScanResult, failOn: GateStatus[], ctx: CommentContext, limit: number): string {
  const gate = evaluateGate(result, failOn);
  const where = ctx.runUrl ? `the [job summary](${ctx.runUrl})` : 'the job summary';
  const head = [COMMENT_MARKER, heading(result, failOn), '', md(gate.message, 1000), '', `The full report is too long for a comment: it is in ${where} and the JSON report.`, ''];
  const tail = ['', footer(ctx)];
  const lines = [...head];
  const items = [...gate.failing, ...inScope(result).filter((v) => !gate.failing.includes(v))];
  let size = [...head, ...tail].join('\n').length + 100;
  let shown = 0;
  for (const v of items) {
    const named = v.advisories?.length ? ` (${md(v.advisories.map((a) => a.id).join(', '))})` : '';
    const line = `- ${STATUS[v.status].icon} ${v.status} **${md(v.name)}**${v.version ? ` ${md(v.version)}` : ''}${named} at ${mdCode(location(v))}`;
    if (size + line.length + 1 > limit) break;
    lines.push(line);
    size += line.length + 1;
    shown++;
  }
  if (shown < items.length) lines.push(`- … and ${items.length - shown} more`);
  return [...lines, ...tail].join('\n') + '\n';
}

/** The report comment, within GitHub's limit. */
export function reportComment(input: ScanResult, failOn: GateStatus[], ctx: CommentContext = {}, limit = MAX_COMMENT_LENGTH): string {
  const result = maskVerdicts(input);
  const full = maskSecrets(fullBody(result, failOn, ctx), result.secrets);
  if (full.length < limit) return full;
  return maskSecrets(shortBody(result, failOn, ctx, limit - 1), result.secrets);
}

/** What replaces a report once nothing the pull request changes fails the gate. */
export function allClearComment(result: ScanResult, failOn: GateStatus[], ctx: CommentContext = {}): string {
  const gate = evaluateGate(result, failOn);
  const pre = gate.notGating.preexisting.length;
  const allowed = gate.notGating.allowed.length;
  const aside = [pre ? `${pre} pre-existing` : '', allowed ? `${allowed} allowed` : ''].filter(Boolean).join(' and ');
  const out = [
    COMMENT_MARKER,
    '## sdist-guard: ✅ all clear',
    '',
    `No dependency this pull request adds or changes ${failOn.length ? 'fails the gate' : 'needs a look'} (fail-on: ${failOn.join(',') || 'none'}).${aside ? ` The job summary still lists ${aside}, which do not gate.` : ''}`,
    '',
    footer(ctx),
  ];
  return maskSecrets(out.join('\n') + '\n', result.secrets);
}
