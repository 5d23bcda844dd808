// Manifest problems, folded: the same message about many files (a warning repeated once per
// manifest of a monorepo) is told once, with the places it applies to and how many there are.

import type { Diagnostic } from '../types.js';

export interface FoldedDiagnostic {
  severity: Diagnostic['severity'];
  message: string;
  places: Array<{ path: string; line?: number }>;
}

/** Errors first, then warnings; within each, in the order first seen. */
export function foldDiagnostics(diagnostics: Diagnostic[]): FoldedDiagnostic[] {
  const byKey = new Map<string, FoldedDiagnostic>();
  for (const d of diagnostics) {
    const key = `${d.severity}\0${d.message}`;
    const place = { path: d.path, ...(d.line ? { line: d.line } : {}) };
    const f = byKey.get(key);
    if (f) f.places.push(place);
    else byKey.set(key, { severity: d.severity, message: d.message, places: [place] });
  }
  const all = [...byKey.values()];
  return [...all.filter((d) => d.severity === 'error'), ...all.filter((d) => d.severity === 'warning')];
}
