// The JSON report other tools read: schemaVersion 2 (2 added the `malicious` status, each
// dependency's `advisories` and the top-level `advisories` check). Fields are only ever added, never
// renamed; a new status value bumps the version, since readers switch on it.

import type { ScanResult } from '../scan.js';
import type { GateStatus } from '../options.js';
import { countStatuses, evaluateGate, maskSecrets } from './gate.js';

export function jsonReport(result: ScanResult, failOn: GateStatus[]): string {
  const gate = evaluateGate(result, failOn);
  const report = {
    schemaVersion: 2,
    targets: result.targets.map((t) => ({ python: t.python, platform: t.platform })),
    dependencies: result.verdicts.map((v) => ({
      name: v.name,
      version: v.version ?? null,
      status: v.status,
      reason: v.reason,
      sources: v.sources.map((s) => ({ path: s.path, line: s.line, requirement: s.requirement })),
      targets: v.targets.map((t) => ({
        python: t.python,
        platform: t.platform,
        version: t.version ?? null,
        file: t.file ?? null,
        kind: t.kind,
        reason: t.reason,
      })),
      findings: v.findings.map((f) => ({ rule: f.rule, severity: f.severity, path: f.path, line: f.line, message: f.message, evidence: f.evidence })),
      limits: v.limits,
      ...(v.via ? { via: v.via } : {}),
      ...(v.preexisting ? { preexisting: true } : {}),
      ...(v.allowed ? { allowed: v.allowed } : {}),
      ...(v.advisories ? { advisories: v.advisories } : {}),
      ...(v.wheelPin ? { wheelPin: v.wheelPin } : {}),
    })),
    summary: countStatuses(result.verdicts),
    gate: {
      failed: gate.failed,
      failOn: gate.failOn,
      message: gate.message,
      notGating: { preexisting: gate.notGating.preexisting.length, allowed: gate.notGating.allowed.length },
    },
    ...(result.scope ? { scope: result.scope } : {}),
    ...(result.advisories ? { advisories: result.advisories } : {}),
    manifests: result.manifests,
    diagnostics: result.diagnostics,
  };
  return maskSecrets(JSON.stringify(report, null, 2), result.secrets) + '\n';
}
