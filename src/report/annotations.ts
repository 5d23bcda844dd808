// Workflow annotations on manifest lines. GitHub shows at most 10 errors and 10 warnings per step,
// so the worst come first, and among warnings what the change brings in comes before what was
// already there; the rest are counted for the summary to mention. Annotation text is plain text,
// passed through `commandData` (escape.ts); the toolkit escapes it for the workflow command.

import type { Verdict } from '../types.js';
import type { ScanResult } from '../scan.js';
import type { GateStatus } from '../options.js';
import { gates, maskSecrets, maskVerdicts } from './gate.js';
import { commandData, oneLine } from './escape.js';
import { groupFindings, linesText } from './findings.js';
import { foldDiagnostics } from './diagnostics.js';
import { STATUS, stepPlain } from './statuses.js';

export const STEP_ANNOTATION_LIMIT = 10;

export interface Annotation {
  level: 'error' | 'warning';
  file: string;
  line: number;
  title: string;
  message: string;
  /** Declared the same way at the base: shown after what the change brings in. */
  preexisting?: boolean;
}

function remedyLine(v: Verdict): string {
  if (v.allowed) return '';
  const steps = STATUS[v.status].remedy(v);
  return steps.length ? `\nWhat to do: ${steps.map(stepPlain).join(' ')}` : '';
}

function annotationFor(v: Verdict, level: 'error' | 'warning', secrets: string[]): Annotation {
  const source = v.sources[0];
  const top = groupFindings(v.findings)
    .flatMap((p) => p.behaviours.map((b) => `${b.severity} ${b.rule} at ${p.path}:${linesText(b.lines, 3)}: ${oneLine(b.message, 140)}`))
    .slice(0, 3);
  const via = v.via && v.via.length > 1 ? `\nPulled in by ${v.via.join(' -> ')}` : '';
  const message = [oneLine(v.reason, 400) + via + remedyLine(v), ...top].join('\n');
  return {
    level,
    file: source?.path ?? '',
    line: source?.line ?? 1,
    title: commandData(maskSecrets(oneLine(`sdist-guard: ${v.name}${v.version ? ' ' + v.version : ''} is ${v.status}${v.preexisting ? ' (pre-existing)' : ''}`, 200), secrets)),
    message: commandData(maskSecrets(message, secrets)),
    ...(v.preexisting ? { preexisting: true } : {}),
  };
}

/**
 * Every annotation the scan warrants, worst first: gate-failing dependencies as errors, other
 * dependencies pip would build (or could not be checked) as warnings, pre-existing ones marked so.
 * Allowed dependencies were accepted on purpose: the summary lists them, the code is not flagged.
 * A manifest problem repeated in many files is one annotation, on its first place, with the count.
 */
export function allAnnotations(input: ScanResult, failOn: GateStatus[]): Annotation[] {
  const result = maskVerdicts(input);
  const out: Annotation[] = [];
  for (const v of result.verdicts) {
    if (!STATUS[v.status].listed || v.allowed) continue;
    out.push(annotationFor(v, gates(v, failOn) ? 'error' : 'warning', result.secrets));
  }
  for (const d of foldDiagnostics(result.diagnostics)) {
    const first = d.places[0];
    const others = d.places.length > 1 ? ` (and in ${d.places.length - 1} more place${d.places.length === 2 ? '' : 's'}: ${d.places.slice(1, 4).map((p) => p.path).join(', ')}${d.places.length > 4 ? ', …' : ''})` : '';
    // a diagnostic without a file is about the run (the cache, the advisory service), not a manifest
    out.push({
      level: d.severity,
      file: first.path,
      line: first.line ?? 1,
      title: first.path ? 'sdist-guard: manifest problem' : 'sdist-guard',
      message: commandData(maskSecrets(oneLine(d.message, 1000) + others, result.secrets)),
    });
  }
  // verdicts are already worst first; the sort is stable, so that order holds within each rank
  const rank = (a: Annotation) => (a.level === 'error' ? 0 : 2) + (a.preexisting ? 1 : 0);
  return [...out].sort((a, b) => rank(a) - rank(b));
}

/** The annotations a step can show, and how many of each level did not fit. */
export function stepAnnotations(all: Annotation[]): { shown: Annotation[]; notShown: number } {
  const errors = all.filter((a) => a.level === 'error');
  const warnings = all.filter((a) => a.level === 'warning');
  const shown = [...errors.slice(0, STEP_ANNOTATION_LIMIT), ...warnings.slice(0, STEP_ANNOTATION_LIMIT)];
  return { shown, notShown: all.length - shown.length };
}
