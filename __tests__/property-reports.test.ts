// Property: whatever names, versions, paths, reasons, messages and evidence a repository, an index
// or an sdist chooses (control characters, escape sequences, Markdown, HTML, mentions, autolinks,
// workflow-command syntax), every report shows them as data. The Markdown (job summary, comment) is
// read with a real GFM parser: each table keeps its shape, the package cell shows the name, and
// nothing becomes a link, a mention, HTML or a code block of theirs.

import fc from 'fast-check';

import type { ScanResult } from '../src/scan.js';
import type { Diagnostic, Finding, Status, Verdict } from '../src/types.js';
import { markdownReport } from '../src/report/markdown.js';
import { reportComment } from '../src/report/comment.js';
import { textReport, COLOR } from '../src/report/text.js';
import { sarifReport } from '../src/report/sarif.js';
import { jsonReport } from '../src/report/json.js';
import { allAnnotations } from '../src/report/annotations.js';
import { terminal } from '../src/report/escape.js';
import { htmlTags, links, liveMentions, parseGfm, tables, walk } from './helpers/gfm.js';

const PIECES = [
  '|', '\\|', '`', '``', '```', '*', '_', '~~', '[', ']', '(', ')', '](https://evil.example)', '<', '>', '<img src=x onerror=alert(1)>', '<details>', '</details>',
  '<!--', '-->', '&', '&lt;', '&#124;', '@', '@octocat', '#1', '#', '!', ':', '::', '::error::', '::add-mask::', '::stop-commands::x', '%', '%0A', '%25', '\n', '\r', '\r\n',
  '\t', '\x1b', '\x1b[31m', '\x1b]8;;https://evil.example\x07', '\x07', '\x00', '\x7f', '\x9b', '\u202e', '\u2066', '\u2028', 'https://evil.example', 'http://', 'www.evil.example',
  'user@evil.example', '$', '$x$', ':smile:', '- ', '1. ', '> ', '# ', '    ', ' ', 'a', 'evil', '.py',
];
const hostile = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 12 }).map((a) => a.join(''));

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const OUR_TAGS = ['details', 'summary', 'b', 'br', 'sub', 'code'];
const visible = (s: string) => s.replace(/\u200b/g, '');

const STATUSES: Status[] = ['suspicious', 'unresolved', 'sdist'];

function verdictArb(i: number) {
  return fc.record({ name: hostile, version: hostile, path: hostile, line: fc.nat(9999), reason: hostile, message: hostile, evidence: hostile, fpath: hostile, via: hostile }).map(
    (x): Verdict => {
      const status = STATUSES[i % STATUSES.length];
      const finding: Finding = { rule: 'process-run', severity: 'critical', path: x.fpath, line: 3, message: x.message, evidence: x.evidence };
      return {
        name: x.name,
        version: x.version,
        status,
        reason: x.reason,
        sources: [{ path: x.path, line: x.line + 1, requirement: x.name }],
        targets: [{ python: '3.12', platform: 'manylinux_2_39_x86_64', kind: 'sdist', file: `${x.name}.tar.gz`, reason: x.reason }],
        findings: status === 'suspicious' ? [finding] : [],
        limits: [],
        via: ['top', x.via, x.name],
        ...(status === 'sdist' ? { wheelPin: { version: x.version } } : {}),
      };
    },
  );
}

const resultArb = fc
  .tuple(verdictArb(0), verdictArb(1), verdictArb(2), hostile, hostile)
  .map(([a, b, c, dpath, dmessage]): ScanResult => {
    const diagnostics: Diagnostic[] = [
      { severity: 'error', path: dpath, line: 2, message: dmessage },
      { severity: 'warning', path: dpath, message: dmessage },
      { severity: 'warning', path: `${dpath}2`, message: dmessage },
    ];
    return {
      root: '/repo',
      targets: [{ python: '3.12', platform: 'manylinux_2_39_x86_64', env: {} as never, tags: [] }],
      manifests: [a.sources[0].path, dpath],
      verdicts: [a, b, c],
      diagnostics,
      stats: { requests: 0, bytes: 0, retries: 0, sdistsAnalyzed: 0, durationMs: 0 },
      secrets: [],
      scope: { requested: 'changed', applied: 'changed', base: 'base commit 1234567 (git)' } as ScanResult['scope'],
    };
  });

function expectInert(markdown: string, result: ScanResult, allowedLinks: string[]): void {
  expect(markdown).not.toMatch(CONTROL);
  expect(links(markdown).map((l) => l.url).filter((u) => !allowedLinks.includes(u))).toEqual([]);
  expect(liveMentions(markdown)).toEqual([]);
  expect(htmlTags(markdown).filter((t) => !OUR_TAGS.includes(t))).toEqual([]);
  // no heading, block quote or list of theirs: every heading is ours
  walk(parseGfm(markdown), (n) => {
    if (n.type === 'heading') expect(n.depth).toBe(2);
    expect(['blockquote', 'footnoteReference', 'footnoteDefinition', 'image', 'delete']).not.toContain(n.type);
  });
  const all = tables(markdown);
  for (const t of all) for (const row of t) expect(row).toHaveLength(t[0].length);
  // the verdict tables: one row per dependency, the package cell shows its name
  const rows = all.filter((t) => t[0][1] === 'Package').flatMap((t) => t.slice(1));
  for (const v of result.verdicts) {
    const row = rows.find((r) => visible(r[1]) === terminal(v.name, 300));
    expect(row).toBeDefined();
    expect(visible(row![2])).toBe(terminal(v.version ?? '-', 300));
    expect(visible(row![3])).toContain(terminal(`${v.sources[0].path}:${v.sources[0].line}`, 200));
  }
}

describe('every report keeps what it quotes inert (property)', () => {
  it('Markdown summary and pull request comment, read as GFM', () => {
    fc.assert(
      fc.property(resultArb, (result) => {
        expectInert(markdownReport(result, ['suspicious', 'unresolved', 'sdist']), result, []);
        expectInert(reportComment(result, ['suspicious', 'unresolved', 'sdist'], { runUrl: 'https://github.test/o/r/actions/runs/1', sha: 'a'.repeat(40) }), result, [
          'https://github.test/o/r/actions/runs/1',
        ]);
      }),
      { numRuns: 25 },
    );
  });

  it('text for a terminal, coloured or not: only our own colour sequences', () => {
    fc.assert(
      fc.property(resultArb, (result) => {
        expect(textReport(result, ['suspicious', 'unresolved'])).not.toMatch(CONTROL);
        const coloured = textReport(result, ['suspicious', 'unresolved'], { paint: COLOR });
        // eslint-disable-next-line no-control-regex
        expect(coloured.replace(/\x1b\[(?:1|2|22|31|32|33|36|39)m/g, '')).not.toMatch(CONTROL);
      }),
      { numRuns: 25 },
    );
  });

  it('annotations: plain text, one line per part, for the toolkit to escape', () => {
    fc.assert(
      fc.property(resultArb, (result) => {
        for (const a of allAnnotations(result, ['suspicious', 'unresolved'])) {
          expect(a.title).not.toMatch(CONTROL);
          expect(a.title).not.toMatch(/\n/);
          expect(a.message).not.toMatch(CONTROL);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('SARIF: valid JSON whose messages hold no control character and no embedded link; JSON stays raw', () => {
    fc.assert(
      fc.property(resultArb, (result) => {
        const log = JSON.parse(sarifReport(result, ['suspicious', 'unresolved']));
        for (const r of log.runs[0].results) {
          expect(r.message.text).not.toMatch(CONTROL);
          expect(r.message.text).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
        }
        const json = JSON.parse(jsonReport(result, ['suspicious', 'unresolved']));
        expect(json.dependencies.map((d: { name: string }) => d.name)).toEqual(result.verdicts.map((v) => v.name));
      }),
      { numRuns: 25 },
    );
  });
});
