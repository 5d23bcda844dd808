// The JSON report other tools read: schemaVersion 1. Fields are only ever added, never renamed.

import type { ScanResult } from '../scan.js';
import type { GateStatus } from '../options.js';
import { countStatuses, evaluateGate, maskSecrets } from './gate.js';

export function jsonReport(result: ScanResult, failOn: GateStatus[]): string {
  const gate = evaluateGate(result, failOn);
  const report = {
    schemaVersion: 1,
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
    manifests: result.manifests,
    diagnostics: result.diagnostics,
  };
  return maskSecrets(JSON.stringify(report, null, 2), result.secrets) + '\n';
}
