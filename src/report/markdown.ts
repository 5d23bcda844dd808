// Markdown for the job summary and `--format markdown`. It leads with what fails the gate: those
// dependencies, what to do about each, and what their build code does; then the rest, the counts,
// and the folded lists (manifests, manifest problems). The pieces are exported for the pull request
// comment (comment.ts), so that there is one renderer of each. Every untrusted string goes through
// escape.ts: `md` for text, `mdCode` for code spans, `mdCodeBlock` for payloads.

import type { Diagnostic, Verdict } from '../types.js';
import type { ScanResult } from '../scan.js';
import type { GateStatus } from '../options.js';
import { countStatuses, evaluateGate, maskSecrets, maskVerdicts } from './gate.js';
import { md, mdCode, mdCodeBlock } from './escape.js';
import { groupFindings, linesText } from './findings.js';
import { foldDiagnostics } from './diagnostics.js';
import { STATUS, STATUS_ORDER, listed, needsAttention, type Step } from './statuses.js';
import { advisorySentence } from './advisories.js';

const MAX_REMEDIES = 10;
const MAX_BEHAVIOURS = 8;

/** Untrusted text anywhere in Markdown, a table cell included (escape.ts `md`). */
export const cell = (s: string): string => md(s);
/** Untrusted text shown as code, in a table cell or anywhere else (escape.ts `mdCode`). */
export const code = (s: string): string => mdCode(s, { table: true });

export interface MarkdownOptions {
  /** Heading level and title; the summary uses `##`. */
  title?: string;
  /** How many annotations were not shown because of GitHub's per-step limit. */
  annotationsNotShown?: number;
  /** Set when every annotation went to a check run instead of the step. */
  checkRun?: { annotations: number; url?: string };
}

export function icon(v: Verdict): string {
  return STATUS[v.status].icon;
}

/** The status cell: icon and status, and whether it gates at all. */
export function statusLabel(v: Verdict): string {
  const marks = [v.preexisting ? 'pre-existing' : '', v.allowed ? 'allowed' : ''].filter(Boolean);
  return `${icon(v)} ${v.status}${marks.length ? `<br>${marks.join(', ')}` : ''}`;
}

/** The reason, preceded by the allow entry that accepts the dependency. */
export function whyText(v: Verdict): string {
  if (!v.allowed) return md(v.reason);
  const until = v.allowed.until ? `, until ${md(v.allowed.until)}` : '';
  return `**Allowed** (${md(v.allowed.source)}${until}): ${md(v.allowed.reason)}<br>${md(v.reason)}`;
}

export function declaredIn(v: Verdict): string {
  const where = v.sources
    .slice(0, 3)
    .map((s) => mdCode(`${s.path}:${s.line}`, { table: true }))
    .join('<br>');
  const more = v.sources.length > 3 ? `<br>+${v.sources.length - 3} more` : '';
  const via = v.via && v.via.length > 1 ? `<br>via ${md(v.via.join(' → '))}` : '';
  return `${where}${more}${via}`;
}

/** A table of dependencies, one row each, with where they are declared and why they are listed. */
export function verdictTable(verdicts: Verdict[]): string[] {
  const out = ['| Status | Package | Version | Declared in | Why |', '| --- | --- | --- | --- | --- |'];
  for (const v of verdicts) out.push(`| ${statusLabel(v)} | ${md(v.name)} | ${md(v.version ?? '-')} | ${declaredIn(v)} | ${whyText(v)} |`);
  return out;
}

function stepText(s: Step): string {
  return s.map((p) => (typeof p === 'string' ? p : mdCode(p.code))).join('');
}

/** `**name 1.0**`: bold only around text, never around a trailing space. */
function nameVersion(v: Verdict): string {
  return `**${[md(v.name), v.version ? md(v.version) : ''].filter(Boolean).join(' ')}**`;
}

/**
 * What to do: each dependency's next steps (statuses.ts); dependencies whose steps are word for
 * word the same (eleven projects the index does not have) share one item.
 */
export function remedyList(verdicts: Verdict[], max = MAX_REMEDIES): string[] {
  const groups = new Map<string, Verdict[]>();
  for (const v of verdicts) {
    const steps = STATUS[v.status].remedy(v);
    if (steps.length === 0) continue;
    const text = `${icon(v)}\0${steps.map(stepText).join(' ')}`;
    groups.set(text, [...(groups.get(text) ?? []), v]);
  }
  if (groups.size === 0) return [];
  const out = ['**What to do**', ''];
  const entries = [...groups.entries()];
  for (const [key, vs] of entries.slice(0, max)) {
    const [mark, steps] = key.split('\0');
    const names = vs.slice(0, 8).map(nameVersion).join(', ') + (vs.length > 8 ? ` and ${vs.length - 8} more` : '');
    out.push(`- ${mark} ${names}: ${steps}`);
  }
  if (entries.length > max) out.push(`- … and ${entries.length - max} more, each with the steps for its status`);
  return out;
}

/** What one dependency's build code does: per file, one row per behaviour, the payload folded. */
function findingsOf(v: Verdict): string[] {
  const out: string[] = [];
  const places = groupFindings(v.findings);
  const rows = places.flatMap((p) => p.behaviours.map((b) => ({ p, b })));
  const table = (part: typeof rows) => [
    '| Where | Severity | What it does |',
    '| --- | --- | --- |',
    ...part.map(({ p, b }) => `| ${mdCode(`${p.path}:${linesText(b.lines)}`, { table: true })} | ${b.severity} | ${md(b.message, 400)} <sub>${md(b.rule)}</sub> |`),
  ];
  out.push(...table(rows.slice(0, MAX_BEHAVIOURS)));
  // the rest stays in the report, folded, rather than in a file a pull request cannot open
  if (rows.length > MAX_BEHAVIOURS) out.push('', `<details><summary>${rows.length - MAX_BEHAVIOURS} more</summary>`, '', ...table(rows.slice(MAX_BEHAVIOURS, 60)), '', '</details>');
  const evidence = places.filter((p) => p.evidence.length > 0);
  if (evidence.length > 0) {
    out.push('', `<details><summary>What the code runs, decoded (${evidence.reduce((n, p) => n + p.evidence.length, 0)})</summary>`, '');
    const text = evidence.flatMap((p) => p.evidence.map((e) => `# ${p.path}:${linesText(e.lines)}\n${e.text}`)).join('\n\n');
    out.push(...mdCodeBlock(text), '', '</details>');
  }
  return out;
}

/** A folded block per dependency with findings, open for those that gate. */
export function findingsDetails(verdicts: Verdict[], openGating = true): string[] {
  const out: string[] = [];
  for (const v of verdicts.filter((x) => x.findings.length > 0)) {
    const open = openGating && v.status === 'suspicious' && !v.allowed && !v.preexisting;
    const n = groupFindings(v.findings).reduce((k, p) => k + p.behaviours.length, 0);
    out.push('');
    out.push(`<details${open ? ' open' : ''}><summary><b>${[md(v.name), v.version ? md(v.version) : ''].filter(Boolean).join(' ')}</b>: what its build code does (${n} behaviour${n === 1 ? '' : 's'})</summary>`);
    out.push('', ...findingsOf(v), '', '</details>');
  }
  return out;
}

/** Only a plain http(s) URL becomes a link target; anything else is shown as code. */
const PLAIN_URL = /^https?:\/\/[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+$/;

function advisoryLink(id: string, url: string): string {
  return PLAIN_URL.test(url) && url.length <= 2000 ? `[${md(id)}](${url})` : `${md(id)} (${mdCode(url)})`;
}

/**
 * A folded block per known-malware dependency, each record linked; open for those that gate. What
 * to do about one is in the remedy list (statuses.ts).
 */
export function advisoryDetails(verdicts: Verdict[], openGating = true): string[] {
  const out: string[] = [];
  for (const v of verdicts.filter((x) => x.status === 'malicious' && x.advisories?.length)) {
    const open = openGating && !v.allowed && !v.preexisting;
    out.push('');
    out.push(`<details${open ? ' open' : ''}><summary>${STATUS.malicious.icon} <b>${[md(v.name), v.version ? md(v.version) : ''].filter(Boolean).join(' ')}</b> is known malware</summary>`);
    out.push('');
    for (const a of v.advisories!) out.push(`- ${advisoryLink(a.id, a.url)} (version ${md(a.version)})${a.summary ? `: ${md(a.summary, 500)}` : ''}`);
    out.push('', '</details>');
  }
  return out;
}

/** Manifest problems, the same message in many files told once with a count. */
export function diagnosticsList(diagnostics: Diagnostic[], max = 50): string[] {
  const folded = foldDiagnostics(diagnostics);
  const out: string[] = [];
  for (const d of folded.slice(0, max)) {
    const where = d.places
      .slice(0, 3)
      .map((p) => mdCode(`${p.path}${p.line ? `:${p.line}` : ''}`))
      .filter(Boolean)
      .join(', ');
    const more = d.places.length > 3 ? ` and ${d.places.length - 3} more` : '';
    const count = d.places.length > 1 ? ` (${d.places.length} times)` : '';
    out.push(`- ${d.severity}${count}: ${md(d.message, 500)}${where ? ` at ${where}${more}` : ''}`);
  }
  if (folded.length > max) out.push(`- … and ${folded.length - max} more`);
  return out;
}

export function scopeLine(result: ScanResult): string | undefined {
  const scope = result.scope;
  if (!scope) return undefined;
  if (scope.note) return `⚠️ ${md(scope.note, 600)}.`;
  if (scope.applied !== 'changed') return undefined;
  const pre = result.verdicts.filter((v) => v.preexisting && listed(v)).length;
  return `Scope: only dependencies this change adds or alters gate (compared with the ${md(scope.base ?? 'base')})${pre ? `; ${pre} pre-existing ${pre === 1 ? 'one is' : 'ones are'} listed, marked as such` : ''}.`;
}

/** `1 suspicious, 2 built from source`: what a list of verdicts holds, worst first. */
export function statusCounts(verdicts: Verdict[]): string {
  const counts = countStatuses(verdicts);
  return STATUS_ORDER.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${STATUS[s].noun}`)
    .join(', ');
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The first line: what fails, or what a report-only run found, or that it passed. */
export function headline(result: ScanResult, failOn: GateStatus[], what: string): string {
  const gate = evaluateGate(result, failOn);
  if (gate.failed) {
    const n = gate.failing.length;
    if (n === 0) return `❌ ${plural(gate.manifestErrors, 'manifest error fails', 'manifest errors fail')} the gate`;
    return `❌ ${plural(n, 'dependency', 'dependencies')} ${what} ${n === 1 ? 'fails' : 'fail'} the gate: ${statusCounts(gate.failing)}`;
  }
  const attention = result.verdicts.filter((v) => needsAttention(v) && !v.allowed && !v.preexisting);
  if (failOn.length === 0 && attention.length > 0) return `${STATUS[attention[0].status].icon} report only: ${statusCounts(attention)}`;
  return '✅ passed';
}

export function markdownReport(input: ScanResult, failOn: GateStatus[], opts: MarkdownOptions = {}): string {
  const result = maskVerdicts(input);
  const gate = evaluateGate(result, failOn);
  const counts = countStatuses(result.verdicts);
  const out: string[] = [];
  out.push(`## ${opts.title ?? 'sdist-guard'}: ${headline(result, failOn, result.scope?.applied === 'changed' ? 'this change adds or alters' : 'declared here')}`);
  out.push('', md(gate.message, 1000));
  const scope = scopeLine(result);
  if (scope) out.push('', scope);

  const shown = result.verdicts.filter(listed);
  const failing = gate.failing;
  const rest = shown.filter((v) => !failing.includes(v));
  if (failing.length > 0) {
    out.push('', ...verdictTable(failing));
    out.push('', ...remedyList(failing));
    out.push(...advisoryDetails(failing));
    out.push(...findingsDetails(failing));
  }
  if (rest.length > 0) {
    const title = failing.length > 0 ? `${plural(rest.length, 'other dependency', 'other dependencies')} to know about, not failing the gate: ${statusCounts(rest)}` : undefined;
    if (title) out.push('', `<details><summary>${title}</summary>`);
    out.push('', ...verdictTable(rest));
    const remedies = remedyList(rest.filter((v) => !v.allowed));
    if (remedies.length > 0) out.push('', ...remedies);
    out.push(...advisoryDetails(rest, false));
    out.push(...findingsDetails(rest, false));
    if (title) out.push('', '</details>');
  }
  const advisories = advisorySentence(result);
  if (advisories) {
    out.push('');
    out.push(`${result.advisories?.unchecked ? '⚠️ ' : ''}${md(advisories, 1000)}`);
  }

  out.push('', '| Status | Count | Meaning |', '| --- | ---: | --- |');
  for (const s of STATUS_ORDER) out.push(`| ${STATUS[s].icon} ${s} | ${counts[s]} | ${STATUS[s].meaning} |`);
  out.push('', `Targets: ${result.targets.map((t) => `CPython ${md(t.python)} on ${mdCode(t.platform)}`).join(', ')}.`);
  if (result.manifests.length === 0) out.push('', 'Manifests: none found.');
  else {
    out.push('', `<details><summary>${plural(result.manifests.length, 'manifest', 'manifests')} read</summary>`, '');
    for (const m of result.manifests.slice(0, 500)) out.push(`- ${mdCode(m)}`);
    if (result.manifests.length > 500) out.push(`- … and ${result.manifests.length - 500} more`);
    out.push('', '</details>');
  }
  if (result.diagnostics.length > 0) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    const title = `Manifest problems: ${plural(errors, 'error', 'errors')}, ${plural(result.diagnostics.length - errors, 'warning', 'warnings')}`;
    out.push('', `<details${errors > 0 ? ' open' : ''}><summary>${title}</summary>`, '', ...diagnosticsList(result.diagnostics), '', '</details>');
  }
  if (opts.checkRun) {
    const link = opts.checkRun.url ? `[the sdist-guard check run](${opts.checkRun.url})` : 'the sdist-guard check run';
    out.push('', `All ${opts.checkRun.annotations} annotations are on ${link}, on the lines that declare each dependency.`);
  } else if (opts.annotationsNotShown) {
    out.push(
      '',
      `GitHub shows at most 10 error and 10 warning annotations per step: ${opts.annotationsNotShown} more are listed above and in the JSON report. Give the job the \`checks: write\` permission to get every one of them on its manifest line.`,
    );
  }
  return maskSecrets(out.join('\n'), result.secrets) + '\n';
}
