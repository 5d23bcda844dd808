// Markdown for the job summary, `--format markdown` and (later) the pull request comment: the counts,
// a table of every dependency that is not a plain wheel, and the top findings of suspicious ones.

import type { Verdict } from '../types.js';
import type { ScanResult } from '../scan.js';
import type { GateStatus } from '../options.js';
import { countStatuses, evaluateGate, location, maskSecrets } from './gate.js';
import { oneLine } from './text.js';

const ICON: Record<string, string> = { suspicious: '🛑', unresolved: '⚠️', sdist: '📦', wheel: '✅', skipped: '➖' };
const TOP_FINDINGS = 5;

/** Escapes text for a table cell: pipes, newlines, and Markdown that could inject links or HTML. */
export function cell(s: string): string {
  return oneLine(s, 300).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/([`*_[\]])/g, '\\$1');
}

function code(s: string): string {
  const flat = oneLine(s, 200).replace(/`/g, "'");
  return flat ? `\`${flat}\`` : '';
}

export interface MarkdownOptions {
  /** Heading level and title; the summary uses `##`. */
  title?: string;
  /** How many annotations were not shown because of GitHub's per-step limit. */
  annotationsNotShown?: number;
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
  out.push(`| ${ICON.unresolved} unresolved | ${counts.unresolved} | could not be checked: treat as unsafe |`);
  out.push(`| ${ICON.skipped} skipped | ${counts.skipped} | markers exclude every target |`);
  out.push('');
  out.push(`Targets: ${result.targets.map((t) => `CPython ${t.python} on \`${t.platform}\``).join(', ')}. Manifests: ${result.manifests.map((m) => `\`${m}\``).join(', ') || 'none found'}.`);

  const shown = result.verdicts.filter((v: Verdict) => v.status !== 'wheel' && v.status !== 'skipped');
  if (shown.length > 0) {
    out.push('');
    out.push('| Status | Package | Version | Declared in | Why |');
    out.push('| --- | --- | --- | --- | --- |');
    for (const v of shown) {
      const where = v.sources.map((s) => `\`${s.path}:${s.line}\``).slice(0, 3).join('<br>') + (v.sources.length > 3 ? `<br>+${v.sources.length - 3} more` : '');
      const via = v.via && v.via.length > 1 ? `<br>via ${cell(v.via.join(' → '))}` : '';
      out.push(`| ${ICON[v.status]} ${v.status} | ${cell(v.name)} | ${cell(v.version ?? '-')} | ${where || cell(location(v))}${via} | ${cell(v.reason)} |`);
    }
  }
  const withFindings = shown.filter((v) => v.findings.length > 0);
  for (const v of withFindings) {
    out.push('');
    out.push(`<details${v.status === 'suspicious' ? ' open' : ''}><summary><b>${cell(v.name)} ${cell(v.version ?? '')}</b>: ${v.findings.length} finding${v.findings.length === 1 ? '' : 's'}</summary>`);
    out.push('');
    out.push('| Severity | Rule | Where | What | Evidence |');
    out.push('| --- | --- | --- | --- | --- |');
    for (const f of v.findings.slice(0, TOP_FINDINGS)) out.push(`| ${f.severity} | \`${f.rule}\` | \`${cell(f.path)}:${f.line}\` | ${cell(f.message)} | ${code(f.evidence)} |`);
    if (v.findings.length > TOP_FINDINGS) out.push(`| | | | … and ${v.findings.length - TOP_FINDINGS} more in the JSON report | |`);
    out.push('');
    out.push('</details>');
  }
  if (result.diagnostics.length > 0) {
    out.push('');
    out.push('**Manifest problems**');
    out.push('');
    for (const d of result.diagnostics.slice(0, 50)) out.push(`- ${d.severity}: \`${d.path}${d.line ? `:${d.line}` : ''}\` ${cell(d.message)}`);
    if (result.diagnostics.length > 50) out.push(`- … and ${result.diagnostics.length - 50} more`);
  }
  if (opts.annotationsNotShown) {
    out.push('');
    out.push(`GitHub shows at most 10 error and 10 warning annotations per step: ${opts.annotationsNotShown} more are listed in the table above and in the JSON report.`);
  }
  return maskSecrets(out.join('\n'), result.secrets) + '\n';
}
