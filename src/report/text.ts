// The terminal report. A terminal shows its last lines, so the report ends with what fails the gate:
// each failing dependency, what its build code does, and what to do, then the verdict. Above them:
// manifest problems folded by message, the other dependencies worth knowing about, and the counts.
// Wheels are counted, not listed: they run no package code. Every untrusted string is passed
// through `terminal` (escape.ts): no control character or escape sequence reaches the terminal.

import type { Finding, Verdict } from '../types.js';
import type { ScanResult } from '../scan.js';
import type { GateStatus } from '../options.js';
import { countStatuses, evaluateGate, location, maskSecrets, maskVerdicts, plural } from './gate.js';
import { oneLine, terminal } from './escape.js';
import { groupFindings, linesText } from './findings.js';
import { foldDiagnostics } from './diagnostics.js';
import { STATUS, listed, stepPlain, type Step } from './statuses.js';
import { advisoryLines, advisorySentence } from './advisories.js';

export { oneLine } from './escape.js';

const MAX_BEHAVIOURS = 6;
const MAX_PLACES = 3;

/** SGR colours, or nothing: the choice (NO_COLOR, FORCE_COLOR, a terminal or not) is the entry's. */
export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => (s ? `\x1b[${open}m${s}\x1b[${close}m` : s);
export const COLOR: Paint = { red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), green: sgr(32, 39), bold: sgr(1, 22), dim: sgr(2, 22) };
const id = (s: string) => s;
export const PLAIN: Paint = { red: id, yellow: id, cyan: id, green: id, bold: id, dim: id };

/**
 * Whether to colour what goes to a stream: never with NO_COLOR (any non-empty value), always with
 * FORCE_COLOR (but 0 or false), else only on a terminal that is not `dumb`.
 */
export function wantColor(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return !['0', 'false'].includes(force.toLowerCase());
  return isTTY && env.TERM !== 'dumb';
}

function paintStatus(p: Paint, status: Verdict['status'], s: string): string {
  const color = STATUS[status].color;
  if (color === 'red') return p.red(p.bold(s));
  if (color === 'yellow') return p.yellow(s);
  if (color === 'cyan') return p.cyan(s);
  return s;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** Findings as behaviours per file, and each file's evidence once (defanged, one line each). */
export function findingLines(findings: Finding[], indent: string, max = MAX_BEHAVIOURS, p: Paint = PLAIN): string[] {
  const lines: string[] = [];
  const places = groupFindings(findings);
  const rows = places.flatMap((place) => place.behaviours.map((b) => ({ where: terminal(`${place.path}:${linesText(b.lines)}`, 80), b })));
  const w = Math.min(40, Math.max(0, ...rows.map((r) => r.where.length)));
  for (const { where, b } of rows.slice(0, max)) {
    const sev = pad(b.severity, 8);
    lines.push(`${indent}${pad(where, w)}  ${b.severity === 'critical' || b.severity === 'high' ? p.red(sev) : sev} ${terminal(b.message, 200)} ${p.dim(`[${terminal(b.rule, 60)}]`)}`);
  }
  if (rows.length > max) lines.push(`${indent}… and ${plural(rows.length - max, 'more behaviour')} (--format json lists every finding)`);
  for (const place of places.slice(0, MAX_PLACES))
    for (const e of place.evidence.slice(0, 2)) lines.push(`${indent}${p.dim(`evidence ${terminal(`${place.path}:${linesText(e.lines)}`, 80)}:`)} ${terminal(e.text, 200)}`);
  return lines;
}

function stepText(s: Step): string {
  return terminal(stepPlain(s), 1000);
}

function verdictBlock(v: Verdict, p: Paint, full: boolean): string[] {
  const out: string[] = [];
  const more = v.sources.length > 1 ? ` (+${v.sources.length - 1} more)` : '';
  const marks = [v.preexisting ? '[pre-existing]' : '', v.allowed ? '[allowed]' : ''].filter(Boolean).join(' ');
  out.push(`${paintStatus(p, v.status, pad(v.status, 10))}  ${p.bold(terminal(v.name, 100))} ${terminal(v.version ?? '-', 60)}  ${terminal(location(v), 200)}${more}${marks ? '  ' + marks : ''}`);
  const indent = '    ';
  if (v.via && v.via.length > 1) out.push(`${indent}via ${terminal(v.via.join(' -> '), 300)}`);
  if (v.allowed) out.push(`${indent}allowed by ${terminal(v.allowed.source)}${v.allowed.until ? ` until ${terminal(v.allowed.until)}` : ''}: ${terminal(v.allowed.reason, 200)}`);
  out.push(`${indent}${terminal(v.reason, 300)}`);
  if (v.status === 'malicious') for (const line of advisoryLines(v)) out.push(`${indent}  advisory ${terminal(line, 300)}`);
  out.push(...findingLines(v.findings, indent, full ? MAX_BEHAVIOURS : 3, p));
  if (full && !v.allowed) for (const s of STATUS[v.status].remedy(v)) out.push(`${indent}${p.bold('→')} ${stepText(s)}`);
  return out;
}

export interface TextOptions {
  paint?: Paint;
}

export function textReport(input: ScanResult, failOn: GateStatus[], opts: TextOptions = {}): string {
  const p = opts.paint ?? PLAIN;
  const result = maskVerdicts(input);
  const gate = evaluateGate(result, failOn);
  const counts = countStatuses(result.verdicts);
  const out: string[] = [];
  const targets = result.targets.map((t) => `CPython ${terminal(t.python)} on ${terminal(t.platform)}`).join(', ');
  out.push(`${plural(result.verdicts.length, 'dependency').replace('dependencys', 'dependencies')} in ${plural(result.manifests.length, 'manifest')}; targets: ${targets}`);

  for (const d of foldDiagnostics(result.diagnostics)) {
    const where = d.places
      .slice(0, 3)
      .filter((x) => x.path)
      .map((x) => terminal(`${x.path}${x.line ? `:${x.line}` : ''}`, 120))
      .join(', ');
    const more = d.places.length > 3 ? ` and ${d.places.length - 3} more` : '';
    const count = d.places.length > 1 ? ` (${d.places.length} times)` : '';
    const level = d.severity === 'error' ? p.red('error') : p.yellow('warning');
    // a problem without a file is about the run (the cache, a service), not a manifest
    out.push(`${level}${count}: ${where ? `${where}${more}: ` : ''}${terminal(d.message, 500)}`);
  }

  const shown = result.verdicts.filter(listed);
  const failing = gate.failing;
  const rest = shown.filter((v) => !failing.includes(v));
  if (rest.length > 0) {
    out.push('', p.bold(failing.length > 0 ? 'Not failing the gate:' : 'Dependencies to know about:'));
    for (const v of rest) out.push(...verdictBlock(v, p, failing.length === 0));
  }
  out.push('');
  out.push(`Summary: ${(Object.keys(STATUS) as Array<keyof typeof STATUS>).map((s) => `${counts[s]} ${s}`).join(', ')}`);
  const advisories = advisorySentence(result);
  if (advisories) out.push(terminal(advisories, 1000));
  if (failing.length > 0) {
    // worst last: the lines a terminal leaves in view are the ones that matter most
    out.push('', p.red(p.bold(`Failing the gate (${failing.length}), worst last:`)));
    for (const v of [...failing].reverse()) out.push(...verdictBlock(v, p, true));
    out.push('');
  }
  out.push(gate.failed ? `${p.red(p.bold('FAIL'))}: ${terminal(gate.message, 2000)}` : `${p.green(p.bold('PASS'))}: ${terminal(gate.message, 2000)}`);
  return maskSecrets(out.join('\n'), result.secrets) + '\n';
}
