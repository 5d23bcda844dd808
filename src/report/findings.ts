// Findings told as one story per place: grouped by file, one row per distinct behaviour (a rule,
// with every line it was seen on), and the evidence (the decoded payload) once per file rather
// than once per finding. What scanned code names (URLs, hosts, addresses) is defanged here, for
// every human-readable output; the JSON report keeps the findings as they are.

import type { Finding, Severity } from '../types.js';
import { defang } from './escape.js';
import { byText } from '../text-order.js';

const SEVERITY_RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

export interface Behaviour {
  rule: string;
  severity: Severity;
  lines: number[];
  /** Defanged. */
  message: string;
}

export interface Place {
  path: string;
  behaviours: Behaviour[];
  /** Distinct evidence, defanged, none contained in another, with the lines it was seen on. */
  evidence: Array<{ lines: number[]; text: string }>;
}

export function groupFindings(findings: Finding[]): Place[] {
  const byPath = new Map<string, Finding[]>();
  for (const f of findings) byPath.set(f.path, [...(byPath.get(f.path) ?? []), f]);
  const places: Place[] = [];
  for (const [path, list] of byPath) {
    const byRule = new Map<string, Behaviour>();
    for (const f of list) {
      const b = byRule.get(f.rule);
      if (!b) byRule.set(f.rule, { rule: f.rule, severity: f.severity, lines: [f.line], message: defang(f.message) });
      else {
        if (!b.lines.includes(f.line)) b.lines.push(f.line);
        if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[b.severity]) {
          b.severity = f.severity;
          b.message = defang(f.message);
        }
      }
    }
    const behaviours = [...byRule.values()]
      .map((b) => ({ ...b, lines: [...b.lines].sort((x, y) => x - y) }))
      .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.lines[0] - b.lines[0] || byText(a.rule, b.rule));
    const evidence = new Map<string, number[]>();
    for (const f of list) {
      const text = defang(f.evidence ?? '').trim();
      if (!text) continue;
      evidence.set(text, [...new Set([...(evidence.get(text) ?? []), f.line])].sort((x, y) => x - y));
    }
    const texts = [...evidence.keys()].sort((a, b) => b.length - a.length);
    const kept: Array<{ lines: number[]; text: string }> = [];
    for (const t of texts) {
      const container = kept.find((k) => k.text.includes(t));
      if (container) container.lines = [...new Set([...container.lines, ...evidence.get(t)!])].sort((x, y) => x - y);
      else kept.push({ lines: evidence.get(t)!, text: t });
    }
    kept.sort((a, b) => a.lines[0] - b.lines[0]);
    places.push({ path, behaviours, evidence: kept });
  }
  return places.sort((a, b) => SEVERITY_RANK[b.behaviours[0].severity] - SEVERITY_RANK[a.behaviours[0].severity] || byText(a.path, b.path));
}

/** `8` or `7, 8` or `3, 5, 9 and 4 more`. */
export function linesText(lines: number[], max = 5): string {
  const shown = lines.slice(0, max).join(', ');
  return lines.length > max ? `${shown} and ${lines.length - max} more` : shown;
}
