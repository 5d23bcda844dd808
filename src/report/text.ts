// The terminal report: one block per dependency that is not a plain wheel, worst first, then counts
// and the gate's sentence. Wheels are counted, not listed: they run no package code.

import type { Finding, Verdict } from '../types.js';
import type { ScanResult } from '../scan.js';
import type { GateStatus } from '../options.js';
import { countStatuses, evaluateGate, location, maskSecrets, plural } from './gate.js';
import { advisoryLines, advisorySentence, REMEDIATION } from './advisories.js';

const MAX_FINDINGS_SHOWN = 5;

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

export function oneLine(s: string, max = 160): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

export function findingLines(findings: Finding[], indent: string, max = MAX_FINDINGS_SHOWN): string[] {
  const lines: string[] = [];
  for (const f of findings.slice(0, max)) {
    lines.push(`${indent}${pad(f.severity, 8)} ${f.rule}  ${f.path}:${f.line}  ${oneLine(f.message)}`);
    if (f.evidence) lines.push(`${indent}         evidence: ${oneLine(f.evidence, 140)}`);
  }
  if (findings.length > max) lines.push(`${indent}… and ${plural(findings.length - max, 'more finding')}`);
  return lines;
}

export function textReport(result: ScanResult, failOn: GateStatus[]): string {
  const gate = evaluateGate(result, failOn);
  const counts = countStatuses(result.verdicts);
  const out: string[] = [];
  const targets = result.targets.map((t) => `CPython ${t.python} on ${t.platform}`).join(', ');
  out.push(`${plural(result.verdicts.length, 'dependency').replace('dependencys', 'dependencies')} in ${plural(result.manifests.length, 'manifest')}; targets: ${targets}`);
  for (const d of result.diagnostics) out.push(`${d.severity}: ${d.path ? `${d.path}${d.line ? `:${d.line}` : ''}: ` : ''}${d.message}`);

  const shown = result.verdicts.filter((v: Verdict) => v.status !== 'wheel' && v.status !== 'skipped');
  if (shown.length > 0) {
    const w = {
      status: Math.max(6, ...shown.map((v) => v.status.length)),
      name: Math.max(7, ...shown.map((v) => v.name.length)),
      version: Math.max(7, ...shown.map((v) => (v.version ?? '-').length)),
    };
    out.push('');
    out.push(`${pad('STATUS', w.status)}  ${pad('PACKAGE', w.name)}  ${pad('VERSION', w.version)}  DECLARED IN`);
    const indent = ' '.repeat(w.status + 2);
    for (const v of shown) {
      const more = v.sources.length > 1 ? ` (+${v.sources.length - 1} more)` : '';
      const marks = [v.preexisting ? '[pre-existing]' : '', v.allowed ? '[allowed]' : ''].filter(Boolean).join(' ');
      out.push(`${pad(v.status, w.status)}  ${pad(v.name, w.name)}  ${pad(v.version ?? '-', w.version)}  ${location(v)}${more}${marks ? '  ' + marks : ''}`);
      if (v.via && v.via.length > 1) out.push(`${indent}via ${v.via.join(' -> ')}`);
      if (v.allowed) out.push(`${indent}allowed by ${v.allowed.source}${v.allowed.until ? ` until ${v.allowed.until}` : ''}: ${oneLine(v.allowed.reason, 200)}`);
      out.push(`${indent}${oneLine(v.reason, 200)}`);
      if (v.status === 'malicious') {
        for (const line of advisoryLines(v)) out.push(`${indent}  advisory ${oneLine(line, 300)}`);
        out.push(`${indent}  what to do: ${REMEDIATION}`);
      }
      out.push(...findingLines(v.findings, indent + '  '));
    }
  }
  out.push('');
  out.push(
    `Summary: ${counts.wheel} wheel, ${counts.sdist} sdist, ${counts.suspicious} suspicious, ${counts.malicious} malicious, ${counts.unresolved} unresolved, ${counts.skipped} skipped`,
  );
  const advisories = advisorySentence(result);
  if (advisories) out.push(advisories);
  out.push(`${gate.failed ? 'FAIL' : 'PASS'}: ${gate.message}`);
  return maskSecrets(out.join('\n'), result.secrets) + '\n';
}
