// Workflow annotations on manifest lines. GitHub shows at most 10 errors and 10 warnings per step,
// so the worst come first and the rest are counted for the summary to mention.

import type { Verdict } from '../types.js';
import type { ScanResult } from '../scan.js';
import type { GateStatus } from '../options.js';
import { gates, maskSecrets } from './gate.js';
import { oneLine } from './text.js';
import { REMEDIATION } from './advisories.js';

export const STEP_ANNOTATION_LIMIT = 10;

export interface Annotation {
  level: 'error' | 'warning';
  file: string;
  line: number;
  title: string;
  message: string;
}

function annotationFor(v: Verdict, level: 'error' | 'warning', secrets: string[]): Annotation {
  const source = v.sources[0];
  const top = v.findings.slice(0, 3).map((f) => `${f.severity} ${f.rule} at ${f.path}:${f.line}: ${oneLine(f.message, 140)}`);
  const via = v.via && v.via.length > 1 ? `\nPulled in by ${v.via.join(' -> ')}` : '';
  const message = [oneLine(v.reason, 400) + via, ...(v.status === 'malicious' ? [REMEDIATION] : []), ...top].join('\n');
  return {
    level,
    file: source?.path ?? '',
    line: source?.line ?? 1,
    title: maskSecrets(`sdist-guard: ${v.name}${v.version ? ' ' + v.version : ''} is ${v.status}${v.preexisting ? ' (pre-existing)' : ''}`, secrets),
    message: maskSecrets(message, secrets),
  };
}

/**
 * Every annotation the scan warrants, worst first: gate-failing dependencies as errors, other
 * dependencies pip would build (or could not be checked) as warnings, pre-existing ones marked so.
 * Allowed dependencies were accepted on purpose: the summary lists them, the code is not flagged.
 */
export function allAnnotations(result: ScanResult, failOn: GateStatus[]): Annotation[] {
  const out: Annotation[] = [];
  for (const v of result.verdicts) {
    if (v.status === 'wheel' || v.status === 'skipped' || v.allowed) continue;
    out.push(annotationFor(v, gates(v, failOn) ? 'error' : 'warning', result.secrets));
  }
  for (const d of result.diagnostics) {
    // a diagnostic without a file is about the run (the cache, the advisory service), not a manifest
    const title = d.path ? 'sdist-guard: manifest problem' : 'sdist-guard';
    out.push({ level: d.severity, file: d.path, line: d.line ?? 1, title, message: maskSecrets(d.message, result.secrets) });
  }
  // verdicts are already worst first; errors before warnings keeps that order within each level
  return [...out.filter((a) => a.level === 'error'), ...out.filter((a) => a.level === 'warning')];
}

/** The annotations a step can show, and how many of each level did not fit. */
export function stepAnnotations(all: Annotation[]): { shown: Annotation[]; notShown: number } {
  const errors = all.filter((a) => a.level === 'error');
  const warnings = all.filter((a) => a.level === 'warning');
  const shown = [...errors.slice(0, STEP_ANNOTATION_LIMIT), ...warnings.slice(0, STEP_ANNOTATION_LIMIT)];
  return { shown, notShown: all.length - shown.length };
}
