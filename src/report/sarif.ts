// SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif). One rule per analysis rule and
// one per status that needs attention; every result sits on the manifest line that declares the
// dependency (the only file in the repository it concerns), and a finding's place inside the sdist
// goes into the message. Fingerprints leave the manifest line out, so an alert survives lines moving.

import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';

import type { Finding, Severity, SourceRef, Verdict } from '../types.js';
import type { ScanResult } from '../scan.js';
import type { GateStatus } from '../options.js';
import { RULES } from '../analysis/index.js';
import { normalizeName } from '../python/names.js';
import { VERSION } from '../version.js';
import { evaluateGate, gates, maskSecrets, maskVerdicts } from './gate.js';
import { defang, oneLine, sarifText } from './escape.js';
import { REMEDIATION } from './advisories.js';
import { STATUS, stepPlain } from './statuses.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SDIST_RULE = 'sdist-only-dependency';
export const UNRESOLVED_RULE = 'unresolved-dependency';
export const MALICIOUS_RULE = 'known-malware';
const INFORMATION_URI = 'https://github.com/sdist-guard/sdist-guard';
const FINGERPRINT = 'sdistGuard/v1';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';

// GitHub reads `security-severity` (0-10) to rank security alerts: 9+ critical, 7+ high, 4+ medium.
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };
const SEVERITY_LEVEL: Record<Severity, Level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: Level };
  properties: { tags: string[]; precision: string; 'security-severity': string };
}

function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

function rule(id: string, short: string, full: string, severity: Severity, precision = 'medium'): SarifRule {
  return {
    id,
    name: pascal(id),
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: { text: full, markdown: full },
    helpUri: `${INFORMATION_URI}#statuses`,
    defaultConfiguration: { level: SEVERITY_LEVEL[severity] },
    properties: { tags: ['security', 'supply-chain', 'python'], precision, 'security-severity': SECURITY_SEVERITY[severity] },
  };
}

const STATUS_RULES: SarifRule[] = [
  rule(
    SDIST_RULE,
    'pip would build this dependency from source',
    'No wheel fits a target Python and platform, so installing this dependency runs its own build code (setup.py or an in-tree build backend) on the machine. sdist-guard analyzed that code and found nothing suspicious; publish or pin a version with wheels to stop running package code at install time.',
    'low',
    'high',
  ),
  rule(
    UNRESOLVED_RULE,
    'Dependency that could not be checked',
    'sdist-guard could not decide what pip would install, or could not read the sdist it would build (not on the index, no matching version, a network failure, a hash mismatch, an unreadable archive, or a limit hit). Treat it as unsafe until it can be checked.',
    'medium',
    'high',
  ),
  {
    ...rule(
      MALICIOUS_RULE,
      'Dependency named by a known-malware advisory',
      `A published malicious-package record (an OSV MAL- record, from the OpenSSF malicious-packages project) names the version pip would install, wheel or sdist. ${REMEDIATION}`,
      'critical',
      'very-high',
    ),
    helpUri: 'https://github.com/ossf/malicious-packages',
  },
];

function analysisRules(findings: Finding[]): SarifRule[] {
  const rules = RULES.map((r) => rule(r.id, r.description, `${r.description} Found in code pip runs while building an sdist.`, r.severity));
  const known = new Set(rules.map((r) => r.id));
  for (const f of findings) {
    if (known.has(f.rule)) continue;
    known.add(f.rule);
    rules.push(rule(f.rule, `Build-time code flagged by ${f.rule}`, `Build-time code flagged by ${f.rule}.`, f.severity));
  }
  return rules;
}

function uriOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function physical(source: SourceRef | undefined) {
  return {
    artifactLocation: { uri: uriOf(source?.path || '.'), uriBaseId: SRCROOT },
    region: { startLine: Math.max(1, source?.line ?? 1) },
  };
}

function fingerprint(parts: Array<string | number>): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** The sdist file pip would build, from the first target that builds one. */
function sdistFile(v: Verdict): string | undefined {
  return v.targets.find((t) => t.kind === 'sdist' && t.file)?.file;
}

function label(v: Verdict): string {
  return `${v.name}${v.version ? ' ' + v.version : ''}`;
}

export function sarifReport(input: ScanResult, failOn: GateStatus[]): string {
  const result = maskVerdicts(input);
  const gate = evaluateGate(result, failOn);
  const verdicts = result.verdicts.filter((v) => v.status !== 'wheel' && v.status !== 'skipped');
  const rules = [...STATUS_RULES, ...analysisRules(verdicts.flatMap((v) => v.findings))];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const comparing = result.scope?.applied === 'changed';

  const results: object[] = [];
  const add = (v: Verdict, ruleId: string, level: Level, text: string, extra: Array<string | number>) => {
    const [primary, ...others] = v.sources;
    const where = primary ? ` Declared at ${primary.path}:${primary.line}${others.length ? ` and ${others.length} more place${others.length === 1 ? '' : 's'}` : ''}.` : '';
    results.push({
      ruleId,
      ruleIndex: ruleIndex.get(ruleId),
      level,
      message: { text: sarifText(text + where, 2000) },
      locations: [{ physicalLocation: physical(primary) }],
      ...(others.length
        ? { relatedLocations: others.map((s, i) => ({ id: i + 1, physicalLocation: physical(s), message: { text: `also declared here: ${sarifText(s.requirement, 200)}` } })) }
        : {}),
      partialFingerprints: { [FINGERPRINT]: fingerprint([ruleId, normalizeName(v.name), v.version ?? '', primary?.path ?? '', ...extra]) },
      ...(comparing ? { baselineState: v.preexisting ? 'unchanged' : 'new' } : {}),
      ...(v.allowed
        ? {
            suppressions: [
              { kind: 'external', status: 'accepted', justification: sarifText(`${v.allowed.reason} (${v.allowed.source}${v.allowed.until ? `, until ${v.allowed.until}` : ''})`, 500) },
            ],
          }
        : {}),
      properties: {
        package: v.name,
        ...(v.version ? { version: v.version } : {}),
        status: v.status,
        gating: gates(v, failOn),
        ...(v.advisories ? { advisories: v.advisories.map((a) => ({ id: a.id, url: a.url, version: a.version, ...(a.summary ? { summary: a.summary } : {}) })) } : {}),
        ...(v.preexisting ? { preexisting: true } : {}),
      },
    });
  };

  for (const v of verdicts) {
    const gating = gates(v, failOn);
    if (v.status === 'suspicious' && v.findings.length > 0) {
      const file = sdistFile(v);
      for (const f of v.findings) {
        const level = gating ? SEVERITY_LEVEL[f.severity] : 'warning';
        const evidence = f.evidence ? ` Evidence: ${defang(f.evidence).slice(0, 300)}` : '';
        const text = `${label(v)}: ${defang(f.message).slice(0, 500)} (${f.path}:${f.line}${file ? ` in ${file}` : ''}, ${f.severity}).${evidence}`;
        add(v, f.rule, level, text, [f.rule, f.path, f.line]);
      }
    } else if (v.status === 'malicious') {
      const records = (v.advisories ?? []).map((a) => `${a.id}${a.summary ? ` (${defang(oneLine(a.summary, 200))})` : ''} ${a.url}`).join('; ');
      add(v, MALICIOUS_RULE, gating ? 'error' : 'warning', `${label(v)} is known malware: ${records}. ${STATUS.malicious.remedy(v).map(stepPlain).join(' ')}`, (v.advisories ?? []).map((a) => a.id));
    } else if (v.status === 'unresolved') {
      add(v, UNRESOLVED_RULE, gating ? 'error' : 'warning', `${label(v)} could not be checked: ${v.reason.slice(0, 800)}`, []);
    } else {
      const top = v.findings[0];
      const below = top ? ` ${v.findings.length} finding${v.findings.length === 1 ? '' : 's'} below the suspicious threshold, the first: ${defang(top.message).slice(0, 200)} (${top.path}:${top.line}).` : '';
      const pin = v.wheelPin && 'version' in v.wheelPin ? ` Pin ${v.name}==${v.wheelPin.version}: the newest version with wheels for every target.` : '';
      add(v, SDIST_RULE, gating ? 'error' : 'warning', `${label(v)} is built from source: ${v.reason.slice(0, 800)}.${below}${pin}`, []);
    }
  }

  const notifications = result.diagnostics.map((d) => ({
    level: d.severity,
    message: { text: sarifText(d.message, 1000) },
    ...(d.path ? { locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(d.path), uriBaseId: SRCROOT }, ...(d.line ? { region: { startLine: d.line } } : {}) } }] } : {}),
  }));

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'sdist-guard', version: VERSION, semanticVersion: VERSION, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(result.root.endsWith('/') ? result.root : result.root + '/').href } },
        invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        results,
        properties: {
          gate: { failed: gate.failed, failOn: gate.failOn, message: gate.message },
          targets: result.targets.map((t) => ({ python: t.python, platform: t.platform })),
          ...(result.scope ? { scope: result.scope } : {}),
        },
      },
    ],
  };
  return maskSecrets(JSON.stringify(log, null, 2), result.secrets) + '\n';
}
