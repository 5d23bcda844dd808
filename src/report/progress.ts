// The progress line, for a terminal (the CLI, redrawn in place) and the runner's log (the action,
// every few seconds). Counters only move forward.

import type { Progress } from '../scan.js';

/**
 * The progress line on a terminal's standard error: what is being done and counters that only move
 * forward. The total of dependencies grows as the transitive resolution finds more, never shrinks;
 * while it resolves, before any dependency is decided, the line counts the project pages read.
 */
export function progressLine(p: Progress, shownTotal: number): string {
  if (p.phase === 'discover') return 'reading manifests…';
  const sdists = p.toAnalyze > 0 ? `; analyzed ${p.analyzed}/${p.toAnalyze} sdists` : '';
  if (p.resolved === 0 && p.pages > 0) return `resolving: ${p.pages} project page${p.pages === 1 ? '' : 's'} read${sdists}`;
  return `checked ${p.resolved}/${shownTotal} dependencies${sdists}`;
}

