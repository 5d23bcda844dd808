// The pull request comment's body and when to write it: what it leads with, its all-clear form,
// and the fallback that keeps it under GitHub's 65,536 characters.

import { allClearComment, COMMENT_MARKER, decideComment, MAX_COMMENT_LENGTH, reportComment, somethingToSay } from '../src/report/comment.js';
import type { ScanResult } from '../src/scan.js';
import type { Verdict } from '../src/types.js';
import { htmlTags, links, liveMentions, tables } from './helpers/gfm.js';

function verdict(name: string, over: Partial<Verdict> = {}): Verdict {
  return {
    name,
    version: '1.0',
    status: 'unresolved',
    reason: `project "${name}" was not found (404) at https://pypi.example/simple/${name}/`,
    sources: [{ path: 'requirements.txt', line: 1, requirement: `${name}==1.0` }],
    targets: [],
    findings: [],
    limits: [],
    ...over,
  };
}

function result(verdicts: Verdict[], over: Partial<ScanResult> = {}): ScanResult {
  return {
    root: '/repo',
    targets: [],
    manifests: ['requirements.txt'],
    verdicts,
    diagnostics: [],
    stats: { requests: 0, bytes: 0, retries: 0, sdistsAnalyzed: 0, durationMs: 0 },
    secrets: [],
    scope: { requested: 'changed', applied: 'changed', base: 'base commit 1234567 (git)' },
    ...over,
  };
}

const failOn = ['suspicious', 'unresolved'] as const;
const ctx = { runUrl: 'https://github.test/o/r/actions/runs/1', sha: 'abcdef0123456789abcdef0123456789abcdef01' };

describe('decideComment', () => {
  it.each([
    ['never', { failed: true, somethingToSay: true, existing: true }, 'none'],
    ['on-failure', { failed: true, somethingToSay: true, existing: false }, 'report'],
    ['on-failure', { failed: false, somethingToSay: true, existing: false }, 'none'],
    ['on-failure', { failed: false, somethingToSay: false, existing: true }, 'all-clear'],
    ['on-failure', { failed: false, somethingToSay: true, existing: true }, 'all-clear'],
    ['always', { failed: false, somethingToSay: true, existing: false }, 'report'],
    ['always', { failed: false, somethingToSay: false, existing: false }, 'all-clear'],
    ['always', { failed: true, somethingToSay: true, existing: true }, 'report'],
    ['on-failure', { failed: false, somethingToSay: true, existing: false, reportOnly: true, worthReporting: true }, 'report'],
    ['on-failure', { failed: false, somethingToSay: true, existing: false, reportOnly: true, worthReporting: false }, 'none'],
    ['never', { failed: false, somethingToSay: true, existing: false, reportOnly: true, worthReporting: true }, 'none'],
  ] as const)('%s with %j: %s', (mode, state, action) => {
    expect(decideComment(mode, state)).toBe(action);
  });
});

describe('the report comment', () => {
  it('leads with what the pull request changes and folds pre-existing and allowed ones', () => {
    const r = result([
      verdict('new-bad'),
      verdict('old-bad', { preexisting: true }),
      verdict('accepted', { allowed: { reason: 'internal mirror', source: 'sdist-guard.toml:3' } }),
      verdict('fine', { status: 'wheel' }),
    ]);
    const body = reportComment(r, [...failOn], ctx);
    expect(body.startsWith(`${COMMENT_MARKER}\n## sdist-guard: ❌ 1 dependency this pull request adds or changes fails the gate: 1 unresolved\n\n| Status |`)).toBe(true);
    const main = body.slice(0, body.indexOf('<details>'));
    expect(tables(main)[0][1].slice(0, 2)).toEqual(['⚠️ unresolved', 'new-bad']);
    expect(main).toMatch(/\*\*What to do\*\*\n\n- ⚠️ \*\*new-bad 1\.0\*\*: Check the index URL/);
    expect(main).not.toMatch(/old-bad|accepted|fine/);
    expect(body).toMatch(/<summary>1 pre-existing dependency: already at the base, not gating<\/summary>[\s\S]*\| old-bad \|/);
    expect(body).toMatch(/<summary>1 allowed dependency: accepted by the configuration, not gating<\/summary>[\s\S]*\*\*Allowed\*\* \(sdist-guard\.toml&#58;3\): internal mirror/);
    expect(body).toMatch(/<sub>sdist-guard \S+ · commit abcdef0 · \[workflow run\]\(https:\/\/github\.test\/o\/r\/actions\/runs\/1\)<\/sub>\n$/);
    expect(somethingToSay(r, [...failOn])).toBe(true);
  });

  it('escapes names and reasons so that a package cannot inject markup', () => {
    const reason = 'evil <img src=x onerror=alert(1)> | [link](javascript:1) `a` @octocat';
    const body = reportComment(result([verdict('x', { reason })]), [...failOn], ctx);
    expect(body).not.toContain('<img');
    expect(htmlTags(body).filter((t) => !['details', 'summary', 'sub', 'br', 'code', 'b'].includes(t))).toEqual([]);
    expect(links(body).map((l) => l.url)).toEqual(['https://github.test/o/r/actions/runs/1']);
    expect(liveMentions(body)).toEqual([]);
    const row = tables(body)[0][1];
    expect(row).toHaveLength(5);
    expect(row[4].replace(/\u200b/g, '')).toBe(reason);
  });

  it('masks secrets', () => {
    const body = reportComment(result([verdict('x', { reason: 'at https://ci:t0ps3cret@idx.example/simple' })], { secrets: ['t0ps3cret'] }), [...failOn], ctx);
    expect(body).not.toContain('t0ps3cret');
    expect(tables(body)[0][1][4]).toContain('ci:***@');
  });

  it('falls back to a shorter list, under the limit, that points at the job summary', () => {
    const many = Array.from({ length: 800 }, (_, i) => verdict(`package-with-a-rather-long-name-${i}`, { sources: [{ path: 'requirements/base.txt', line: i + 1, requirement: 'x' }] }));
    const body = reportComment(result(many), [...failOn], ctx);
    expect(body.length).toBeLessThan(MAX_COMMENT_LENGTH);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toMatch(/The full report is too long for a comment: it is in the \[job summary\]\(https:\/\/github\.test\/o\/r\/actions\/runs\/1\) and the JSON report\./);
    expect(body).toMatch(/^- ⚠️ unresolved \*\*package-with-a-rather-long-name-0\*\* 1\.0 at `requirements\/base\.txt:1`$/m);
    expect(links(body).map((l) => l.url)).toEqual(['https://github.test/o/r/actions/runs/1', 'https://github.test/o/r/actions/runs/1']);
    expect(body).not.toMatch(/\| Status \|/);

    const tight = reportComment(result(many), [...failOn], ctx, 4000);
    expect(tight.length).toBeLessThan(4000);
    expect(tight).toMatch(/^- … and \d+ more$/m);
  });

  it('keeps a report that fits as it is', () => {
    const body = reportComment(result([verdict('a')]), [...failOn], ctx);
    expect(body).toMatch(/\| Status \| Package \| Version \| Declared in \| Why \|/);
  });
});

describe('the all-clear comment', () => {
  it('is short, keeps the marker and mentions what still does not gate', () => {
    const body = allClearComment(result([verdict('old', { preexisting: true }), verdict('ok', { allowed: { reason: 'r', source: 's:1' } })]), [...failOn], ctx);
    expect(body).toBe(
      `${COMMENT_MARKER}\n## sdist-guard: ✅ all clear\n\nNo dependency this pull request adds or changes fails the gate (fail-on: suspicious,unresolved). The job summary still lists 1 pre-existing and 1 allowed, which do not gate.\n\n<sub>sdist-guard ${body.match(/sdist-guard (\S+) ·/)![1]} · commit abcdef0 · [workflow run](https://github.test/o/r/actions/runs/1)</sub>\n`,
    );
    expect(somethingToSay(result([verdict('old', { preexisting: true })]), [...failOn])).toBe(false);
  });
});
