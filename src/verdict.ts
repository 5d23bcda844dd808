// The judge stage: per-target selections and sdist analyses, weighed into one Verdict per dependency.
// A target outcome is never better than what was actually checked: an sdist that could not be read
// or fully analyzed is `unresolved`, never `sdist`.

import { redactUrl } from './index/redact.js';
import { byText } from './text-order.js';
import type { DistFile, Finding, Selection, SourceRef, Status, TargetResult, Verdict } from './types.js';

/** What became of one sdist file after fetch, extract and analyze. */
export interface SdistCheck {
  /** Set when the file could not be downloaded, verified or read: a sentence naming the file. */
  error?: string;
  findings: Finding[];
  suspicious: boolean;
  /** Archive and analysis limits hit: the check is incomplete. */
  limits: string[];
}

/** One target's outcome: a selection, or skipped because the markers exclude the target. */
export type TargetOutcome =
  | { skipped: true; python: string; platform: string; reason: string }
  | { skipped: false; selection: Selection; check?: SdistCheck; notAnalyzed?: string };

const RANK: Record<Status, number> = { skipped: 0, wheel: 1, sdist: 2, unresolved: 3, suspicious: 4, malicious: 5 };

export function worse(a: Status, b: Status): Status {
  return RANK[a] >= RANK[b] ? a : b;
}

export function statusRank(s: Status): number {
  return RANK[s];
}

const SEVERITY_RANK = { critical: 4, high: 3, medium: 2, low: 1, info: 0 } as const;

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || byText(a.path, b.path) || a.line - b.line || byText(a.rule, b.rule),
  );
}

/**
 * pip goes by the file name in the URL; an index page whose `filename` says otherwise (a `.whl`
 * for a `.tar.gz` URL) would make any tool that trusts it judge another kind of file than pip
 * installs. Legitimate indexes never disagree with themselves.
 */
function filenameMismatch(file: DistFile): Finding | undefined {
  if (file.pageFilename === undefined) return undefined;
  return {
    rule: 'index-filename-mismatch',
    severity: 'high',
    path: file.filename,
    line: 0,
    message: `the index page calls this file ${JSON.stringify(file.pageFilename)} but its URL names ${JSON.stringify(file.filename)}, which is what pip installs`,
    evidence: redactUrl(file.url),
  };
}

function judgeTarget(o: TargetOutcome): { status: Status; reason: string; result: TargetResult; finding?: Finding } {
  if (o.skipped) {
    return { status: 'skipped', reason: o.reason, result: { python: o.python, platform: o.platform, kind: 'none', reason: o.reason } };
  }
  const { selection, check } = o;
  const result: TargetResult = {
    python: selection.target.python,
    platform: selection.target.platform,
    version: selection.version,
    file: selection.file?.filename,
    kind: selection.kind,
    reason: selection.reason,
  };
  if (selection.kind === 'none') return { status: 'unresolved', reason: selection.reason, result };
  const lie = selection.file ? filenameMismatch(selection.file) : undefined;
  if (lie) return { status: 'suspicious', reason: `${selection.reason}; ${lie.message}`, result, finding: lie };
  if (selection.kind === 'wheel') return { status: 'wheel', reason: selection.reason, result };
  if (o.notAnalyzed) return { status: 'sdist', reason: `${selection.reason}; ${o.notAnalyzed}`, result };
  if (!check) return { status: 'sdist', reason: selection.reason, result };
  const file = selection.file?.filename ?? 'the sdist';
  if (check.suspicious) {
    const top = sortFindings(check.findings)[0];
    return { status: 'suspicious', reason: `${file} runs suspicious code at build time: ${top?.message ?? 'see findings'}`, result };
  }
  if (check.error) return { status: 'unresolved', reason: `${selection.reason}, but it could not be checked: ${check.error}`, result };
  if (check.limits.length > 0)
    return { status: 'unresolved', reason: `${selection.reason}, but it could not be fully checked: ${check.limits[0]}`, result };
  return { status: 'sdist', reason: `${selection.reason}; its build code shows nothing suspicious`, result };
}

/**
 * One dependency's verdict over its targets. `version` is a version known without a selection (a
 * lock's): it stands where no target selects one, as when markers exclude it on every target.
 */
export function judge(input: { name: string; sources: SourceRef[]; outcomes: TargetOutcome[]; via?: string[]; version?: string }): Verdict {
  let status: Status = 'skipped';
  let reason = '';
  let version: string | undefined;
  let worstCount = 0;
  const targets: TargetResult[] = [];
  const findings = new Map<string, Finding>();
  const limits = new Set<string>();
  for (const outcome of input.outcomes) {
    const j = judgeTarget(outcome);
    targets.push(j.result);
    if (j.finding) findings.set(`${j.finding.rule}\0${j.finding.path}\0${j.finding.line}\0${j.finding.evidence}`, j.finding);
    if (!outcome.skipped && outcome.check) {
      for (const f of outcome.check.findings) findings.set(`${f.rule}\0${f.path}\0${f.line}\0${f.evidence}`, f);
      for (const l of outcome.check.limits) limits.add(l);
      if (outcome.check.error) limits.add(outcome.check.error);
    }
    if (RANK[j.status] > RANK[status] || reason === '') {
      status = j.status;
      reason = j.reason;
      version = j.result.version ?? version;
      worstCount = 1;
    } else if (j.status === status) {
      worstCount++;
      version ??= j.result.version;
    }
  }
  const n = input.outcomes.length;
  if (n > 1 && worstCount < n && status !== 'skipped') reason += ` (on ${worstCount} of ${n} targets)`;
  const verdict: Verdict = {
    name: input.name,
    version: version ?? input.version,
    status,
    reason,
    sources: input.sources,
    targets,
    findings: sortFindings([...findings.values()]),
    limits: [...limits],
  };
  if (input.via) verdict.via = input.via;
  return verdict;
}
