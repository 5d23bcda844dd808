// Markdown for the job summary and `--format markdown`: the counts, a table of every dependency that
// is not a plain wheel, and the top findings of suspicious ones. The pieces are exported for the
// pull request comment (comment.ts), so that there is one table renderer.

import type { Diagnostic, Verdict } from '../types.js';
import type { ScanResult } from '../scan.js';
import type { GateStatus } from '../options.js';
import { countStatuses, evaluateGate, location, maskSecrets } from './gate.js';
import { oneLine } from './text.js';
import { advisorySentence, REMEDIATION } from './advisories.js';

export const ICON: Record<string, string> = { malicious: '☠️', suspicious: '🛑', unresolved: '⚠️', sdist: '📦', wheel: '✅', skipped: '➖' };
const TOP_FINDINGS = 5;

/** Escapes text for a table cell: pipes, newlines, and Markdown that could inject links or HTML. */
export function cell(s: string): string {
  return oneLine(s, 300).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/([`*_[\]])/g, '\\$1');
}

export function code(s: string): string {
  const flat = oneLine(s, 200).replace(/`/g, "'");
  return flat ? `\`${flat}\`` : '';
}

export interface MarkdownOptions {
  /** Heading level and title; the summary uses `##`. */
  title?: string;
  /** How many annotations were not shown because of GitHub's per-step limit. */
  annotationsNotShown?: number;
  /** Set when every annotation went to a check run instead of the step. */
  checkRun?: { annotations: number; url?: string };
}

/** The status cell: icon and status, and whether it gates at all. */
export function statusLabel(v: Verdict): string {
  const marks = [v.preexisting ? 'pre-existing' : '', v.allowed ? 'allowed' : ''].filter(Boolean);
  return `${ICON[v.status]} ${v.status}${marks.length ? `<br>${marks.join(', ')}` : ''}`;
}

/** The reason, preceded by the allow entry that accepts the dependency. */
export function whyText(v: Verdict): string {
  if (!v.allowed) return cell(v.reason);
  const until = v.allowed.until ? `, until ${v.allowed.until}` : '';
  return `**Allowed** (${cell(v.allowed.source)}${until}): ${cell(v.allowed.reason)}<br>${cell(v.reason)}`;
}

/** A table of dependencies, one row each, with where they are declared and why they are listed. */
export function verdictTable(verdicts: Verdict[]): string[] {
  const out: string[] = [];
  out.push('| Status | Package | Version | Declared in | Why |');
  out.push('| --- | --- | --- | --- | --- |');
  for (const v of verdicts) {
    const where = v.sources.map((s) => `\`${s.path}:${s.line}\``).slice(0, 3).join('<br>') + (v.sources.length > 3 ? `<br>+${v.sources.length - 3} more` : '');
    const via = v.via && v.via.length > 1 ? `<br>via ${cell(v.via.join(' → '))}` : '';
    out.push(`| ${statusLabel(v)} | ${cell(v.name)} | ${cell(v.version ?? '-')} | ${where || cell(location(v))}${via} | ${whyText(v)} |`);
  }
  return out;
}

/** A folded block per dependency with findings: the top findings, open for suspicious ones. */
export function findingsDetails(verdicts: Verdict[]): string[] {
  const out: string[] = [];
  for (const v of verdicts.filter((x) => x.findings.length > 0)) {
    out.push('');
    out.push(`<details${v.status === 'suspicious' && !v.allowed && !v.preexisting ? ' open' : ''}><summary><b>${cell(v.name)} ${cell(v.version ?? '')}</b>: ${v.findings.length} finding${v.findings.length === 1 ? '' : 's'}</summary>`);
    out.push('');
    out.push('| Severity | Rule | Where | What | Evidence |');
    out.push('| --- | --- | --- | --- | --- |');
    for (const f of v.findings.slice(0, TOP_FINDINGS)) out.push(`| ${f.severity} | \`${f.rule}\` | \`${cell(f.path)}:${f.line}\` | ${cell(f.message)} | ${code(f.evidence)} |`);
    if (v.findings.length > TOP_FINDINGS) out.push(`| | | | … and ${v.findings.length - TOP_FINDINGS} more in the JSON report | |`);
    out.push('');
    out.push('</details>');
  }
  return out;
}

/** A safe Markdown link to an advisory: only http(s) URLs become links. */
function advisoryLink(id: string, url: string): string {
  return /^https?:\/\/[^\s()<>]+$/.test(url) ? `[${cell(id)}](${url})` : `${cell(id)} (${cell(url)})`;
}

/** An open block per known-malware dependency: each advisory, linked, and what to do. */
export function advisoryDetails(verdicts: Verdict[]): string[] {
  const out: string[] = [];
  for (const v of verdicts.filter((x) => x.status === 'malicious' && x.advisories?.length)) {
    out.push('');
    out.push(`<details${!v.allowed && !v.preexisting ? ' open' : ''}><summary>${ICON.malicious} <b>${cell(v.name)} ${cell(v.version ?? '')}</b> is known malware</summary>`);
    out.push('');
    for (const a of v.advisories!) out.push(`- ${advisoryLink(a.id, a.url)} (version ${cell(a.version)})${a.summary ? `: ${cell(a.summary)}` : ''}`);
    out.push('');
    out.push(`**What to do:** ${cell(REMEDIATION)}`);
    out.push('');
    out.push('</details>');
  }
  return out;
}

export function diagnosticsList(diagnostics: Diagnostic[], max = 50): string[] {
  const out: string[] = [];
  for (const d of diagnostics.slice(0, max)) out.push(`- ${d.severity}: ${d.path ? `\`${d.path}${d.line ? `:${d.line}` : ''}\` ` : ''}${cell(d.message)}`);
  if (diagnostics.length > max) out.push(`- … and ${diagnostics.length - max} more`);
  return out;
}

/** One sentence on what gates: everything, or what the change adds or alters. */
export function scopeLine(result: ScanResult): string | undefined {
  const scope = result.scope;
  if (!scope) return undefined;
  if (scope.note) return `⚠️ ${cell(scope.note)}.`;
  if (scope.applied !== 'changed') return undefined;
  const pre = result.verdicts.filter((v) => v.preexisting && v.status !== 'wheel' && v.status !== 'skipped').length;
  return `Scope: only dependencies this change adds or alters gate (compared with the ${cell(scope.base ?? 'base')})${pre ? `; ${pre} pre-existing ${pre === 1 ? 'one is' : 'ones are'} listed, marked as such` : ''}.`;
}

export function markdownReport(result: ScanResult, failOn: GateStatus[], opts: MarkdownOptions = {}): string {
  const gate = evaluateGate(result, failOn);
  const counts = countStatuses(result.verdicts);
  const out: string[] = [];
  out.push(`## ${opts.title ?? 'sdist-guard'}: ${gate.failed ? '❌ failed' : '✅ passed'}`);
  out.push('');
  out.push(cell(gate.message));
  out.push('');
  out.push('| Status | Count | Meaning |');
  out.push('| --- | ---: | --- |');
  out.push(`| ${ICON.wheel} wheel | ${counts.wheel} | a wheel fits every target: pip runs no package code |`);
  out.push(`| ${ICON.sdist} sdist | ${counts.sdist} | pip would build it from source; its build code shows nothing suspicious |`);
  out.push(`| ${ICON.suspicious} suspicious | ${counts.suspicious} | its build code does something malware does |`);
  out.push(`| ${ICON.malicious} malicious | ${counts.malicious} | a known-malware advisory names the version pip would install |`);
  out.push(`| ${ICON.unresolved} unresolved | ${counts.unresolved} | could not be checked: treat as unsafe |`);
  out.push(`| ${ICON.skipped} skipped | ${counts.skipped} | markers exclude every target |`);
  out.push('');
  out.push(`Targets: ${result.targets.map((t) => `CPython ${t.python} on \`${t.platform}\``).join(', ')}. Manifests: ${result.manifests.map((m) => `\`${m}\``).join(', ') || 'none found'}.`);
  const scope = scopeLine(result);
  if (scope) {
    out.push('');
    out.push(scope);
  }
  const advisories = advisorySentence(result);
  if (advisories) {
    out.push('');
    out.push(`${result.advisories?.unchecked ? '⚠️ ' : ''}${cell(advisories)}`);
  }

  const shown = result.verdicts.filter((v: Verdict) => v.status !== 'wheel' && v.status !== 'skipped');
  if (shown.length > 0) {
    out.push('');
    out.push(...verdictTable(shown));
  }
  out.push(...advisoryDetails(shown));
  out.push(...findingsDetails(shown));
  if (result.diagnostics.length > 0) {
    out.push('');
    out.push('**Manifest problems**');
    out.push('');
    out.push(...diagnosticsList(result.diagnostics));
  }
  if (opts.checkRun) {
    const link = opts.checkRun.url ? `[the sdist-guard check run](${opts.checkRun.url})` : 'the sdist-guard check run';
    out.push('');
    out.push(`All ${opts.checkRun.annotations} annotations are on ${link}, on the lines that declare each dependency.`);
  } else if (opts.annotationsNotShown) {
    out.push('');
    out.push(
      `GitHub shows at most 10 error and 10 warning annotations per step: ${opts.annotationsNotShown} more are listed in the table above and in the JSON report. Give the job the \`checks: write\` permission to get every one of them on its manifest line.`,
    );
  }
  return maskSecrets(out.join('\n'), result.secrets) + '\n';
}
