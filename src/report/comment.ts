// The pull request comment: one per pull request, found again through a hidden marker and rewritten
// on every run. It leads with what the pull request itself adds or changes; pre-existing and
// allowed dependencies follow, folded. When the problems are gone it becomes a short all-clear
// instead of staying stale. GitHub refuses bodies of 65,536 characters or more, so a long report
// falls back to a list that links to the job summary.

import type { Verdict } from '../types.js';
import type { ScanResult } from '../scan.js';
import type { GateStatus } from '../options.js';
import { VERSION } from '../version.js';
import { evaluateGate, location, maskSecrets } from './gate.js';
import { advisoryDetails, cell, diagnosticsList, findingsDetails, ICON, scopeLine, verdictTable } from './markdown.js';
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
export function decideComment(mode: CommentMode, state: { failed: boolean; somethingToSay: boolean; existing: boolean }): CommentAction {
  if (mode === 'never') return 'none';
  if (state.failed) return 'report';
  if (mode === 'always') return state.somethingToSay ? 'report' : 'all-clear';
  return state.existing ? 'all-clear' : 'none';
}

function listed(v: Verdict): boolean {
  return v.status !== 'wheel' && v.status !== 'skipped';
}

/** Dependencies the pull request brings in or changes that are worth a line: not wheels, not allowed. */
export function inScope(result: ScanResult): Verdict[] {
  return result.verdicts.filter((v) => listed(v) && !v.preexisting && !v.allowed);
}

/** Whether a comment has anything to report beyond "all clear". */
export function somethingToSay(result: ScanResult, failOn: GateStatus[]): boolean {
  return evaluateGate(result, failOn).failed || inScope(result).length > 0;
}

function dependencies(n: number, kind = ''): string {
  return `${n} ${kind}${n === 1 ? 'dependency' : 'dependencies'}`;
}

function footer(ctx: CommentContext): string {
  const parts = [`sdist-guard ${VERSION}`];
  if (ctx.sha) parts.push(`commit ${ctx.sha.slice(0, 7)}`);
  if (ctx.runUrl) parts.push(`[workflow run](${ctx.runUrl})`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

function heading(result: ScanResult, failOn: GateStatus[]): string {
  const gate = evaluateGate(result, failOn);
  const what = result.scope?.applied === 'changed' ? 'this pull request adds or changes' : 'this repository declares';
  return gate.failed
    ? `## sdist-guard: ❌ ${dependencies(gate.failing.length)} ${what} ${gate.failing.length === 1 ? 'fails' : 'fail'} the gate`
    : '## sdist-guard: ✅ passed';
}

function folded(title: string, verdicts: Verdict[]): string[] {
  if (verdicts.length === 0) return [];
  return ['', `<details><summary>${title}</summary>`, '', ...verdictTable(verdicts), '', '</details>'];
}

function fullBody(result: ScanResult, failOn: GateStatus[], ctx: CommentContext): string {
  const gate = evaluateGate(result, failOn);
  const out: string[] = [COMMENT_MARKER, heading(result, failOn), '', cell(gate.message)];
  const scope = scopeLine(result);
  if (scope) out.push('', scope);
  if (result.advisories?.unchecked) out.push('', `⚠️ ${cell(advisorySentence(result)!)}`);
  const changed = inScope(result);
  if (changed.length > 0) {
    out.push('', ...verdictTable(changed));
    out.push(...advisoryDetails(changed));
    out.push(...findingsDetails(changed));
  }
  const pre = result.verdicts.filter((v) => listed(v) && v.preexisting && !v.allowed);
  out.push(...folded(`${dependencies(pre.length, 'pre-existing ')}: already at the base, not gating`, pre));
  const allowed = result.verdicts.filter((v) => listed(v) && v.allowed);
  out.push(...folded(`${dependencies(allowed.length, 'allowed ')}: accepted by the configuration, not gating`, allowed));
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) out.push('', '**Manifest problems**', '', ...diagnosticsList(errors, 20));
  out.push('', footer(ctx));
  return out.join('\n') + '\n';
}

/** The short form: one line per gating dependency, as many as fit, and where the rest is. */
function shortBody(result: ScanResult, failOn: GateStatus[], ctx: CommentContext, limit: number): string {
  const gate = evaluateGate(result, failOn);
  const where = ctx.runUrl ? `the [job summary](${ctx.runUrl})` : 'the job summary';
  const head = [COMMENT_MARKER, heading(result, failOn), '', cell(gate.message), '', `The full report is too long for a comment: it is in ${where} and the JSON report.`, ''];
  const tail = ['', footer(ctx)];
  const lines = [...head];
  const items = [...gate.failing, ...inScope(result).filter((v) => !gate.failing.includes(v))];
  let size = [...head, ...tail].join('\n').length + 100;
  let shown = 0;
  for (const v of items) {
    const named = v.advisories?.length ? ` (${cell(v.advisories.map((a) => a.id).join(', '))})` : '';
    const line = `- ${ICON[v.status]} ${v.status} **${cell(v.name)}** ${cell(v.version ?? '')}${named} at \`${cell(location(v))}\``;
    if (size + line.length + 1 > limit) break;
    lines.push(line);
    size += line.length + 1;
    shown++;
  }
  if (shown < items.length) lines.push(`- … and ${items.length - shown} more`);
  return [...lines, ...tail].join('\n') + '\n';
}

/** The report comment, within GitHub's limit. */
export function reportComment(result: ScanResult, failOn: GateStatus[], ctx: CommentContext = {}, limit = MAX_COMMENT_LENGTH): string {
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
    `No dependency this pull request adds or changes fails the gate (fail-on: ${failOn.join(',') || 'none'}).${aside ? ` The job summary still lists ${aside}, which do not gate.` : ''}`,
    '',
    footer(ctx),
  ];
  return maskSecrets(out.join('\n') + '\n', result.secrets);
}
