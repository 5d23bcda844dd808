// Every string a scanned repository, an index or an sdist chose (package names, versions, file paths,
// findings' messages and evidence, reasons that quote them) is data. This module is the one place
// that makes such a string safe for where it is written: a terminal, a line of the runner's log or a
// workflow command, Markdown (inline, in a table cell, inside HTML, in a code span or a code block)
// and SARIF message text. Reporters never interpolate an untrusted string any other way.
//
// Markdown is written for GitHub: GFM (tables, autolink literals), HTML passed through, and GitHub's
// own pass over the rendered text (@mentions, #123 references), which backslash escapes and entities
// cannot stop, since it reads the decoded text: a zero-width space after `@` and `#` breaks those.

/**
 * Control characters (C0 but tab, DEL, C1), Unicode line and paragraph separators, and the
 * bidirectional overrides and isolates that reorder what a reader sees ("Trojan Source").
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Terminal escape sequences (CSI, OSC, DCS and the like) are dropped whole, not only their ESC. */
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[ -/]*[0-~]?)|\u009b[0-?]*[ -/]*[@-~]?/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;

function visible(c: string): string {
  const code = c.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Drops escape sequences and shows every other control character as `\xNN` (`\uNNNN`), so that a
 * reader sees that the text held one. Line breaks are kept: `oneLine` folds them where a line is due.
 */
export function controlFree(s: string): string {
  return s
    .replace(LINE_BREAKS, '\n')
    .replace(ESCAPE_SEQUENCE, (seq) => `[${visible(seq[0])}]`)
    .replace(CONTROL, (c) => (c === '\n' || c === '\t' ? c : visible(c)));
}

/** One line, whitespace folded, cut to `max` characters with an ellipsis. */
export function oneLine(s: string, max = 160): string {
  const flat = controlFree(s).replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

// ---- defanging: what scanned code names is shown, never made clickable ----

const URL_IN_TEXT = /\b([a-z][a-z0-9+.-]{1,15}):\/\/([^\s/?#"'`<>()[\]{}|\\]+)/gi;
const IPV4 = /\b((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})\b/g;
const WWW = /\bwww\./gi;

function defangHost(host: string): string {
  return host.replace(/\./g, '[.]');
}

/**
 * `http://evil.example/x` becomes `hxxp://evil[.]example/x`, `203.0.113.7` becomes `203.0.113[.]7`:
 * still readable and searchable, no longer a link in any renderer or terminal.
 */
export function defang(s: string): string {
  return s
    .replace(URL_IN_TEXT, (_m, scheme: string, host: string) => `${scheme.replace(/t/gi, 'x')}://${defangHost(host)}`)
    .replace(IPV4, (ip: string) => ip.replace(/\.(\d+)$/, '[.]$1'))
    .replace(WWW, 'www[.]');
}

// ---- terminal and runner log ----

/** Text for a terminal or a log line: no control characters, one line. */
export function terminal(s: string, max = 300): string {
  return oneLine(s, max);
}

/**
 * The data of a workflow command (`::error file=..::DATA`): control characters shown, line breaks
 * kept for the toolkit to escape (`%0A`), as it escapes `%` and `\r`. Commands are only ever issued
 * through the toolkit, which also escapes the properties (`:` and `,`).
 */
export function commandData(s: string): string {
  return controlFree(s).replace(/\t/g, ' ');
}

/**
 * A line for the runner's log (`core.info`): one line, so that nothing in it can start a line of its
 * own, which is how the runner recognises a workflow command (`::set-output`, `::add-mask::`).
 */
export function logLine(s: string, max = 2000): string {
  const line = oneLine(s, max);
  return line.startsWith('::') ? ` ${line}` : line;
}

// ---- Markdown ----

const MD_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\\': '&#92;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '|': '&#124;',
  '~': '&#126;',
  ':': '&#58;',
  $: '&#36;',
};
const ZWSP = '&#8203;';

/**
 * Text for anywhere in GitHub Markdown but a code span or block: a paragraph, a list item, a table
 * cell, a heading, and inside HTML (`<summary>`). Characters with a meaning become numeric entities,
 * which both Markdown and HTML decode and neither interprets; `@` and `#` get a zero-width space so
 * GitHub's mention and reference pass leaves them alone; `www.` and URLs cannot autolink because
 * `://` and `www.` are broken by a zero-width space. One line, cut to `max`. Callers place it mid-line (in a
 * cell, after a list marker or a label), where a leading `-`, `+` or `1.` starts nothing.
 */
export function md(s: string, max = 300): string {
  return oneLine(s, max)
    .replace(/[&<>\\`*_[\]|~:$@#]/g, (c) => (c === '@' || c === '#' ? `${c}${ZWSP}` : MD_ENTITIES[c]))
    .replace(/&#58;\/\//g, `&#58;${ZWSP}//`)
    .replace(WWW, `www${ZWSP}.`);
}

/**
 * An inline code span that shows `s` exactly (control characters made visible, one line): fenced
 * with one more backtick than the longest run inside it. In a table (`table`), where a `|` ends the
 * cell even inside a code span, an HTML `<code>` element around `md` text instead.
 */
export function mdCode(s: string, opts: { table?: boolean; max?: number } = {}): string {
  const text = oneLine(s, opts.max ?? 200);
  if (text === '') return '';
  // GFM parsers disagree on `\\|` in a code span in a table: there, HTML code with inert text
  if (opts.table) return `<code>${md(text, opts.max ?? 200)}</code>`;
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * A fenced code block (for a decoded payload): every line kept, control characters made visible,
 * fenced with more backticks than any run inside. Nothing in a code block is interpreted.
 */
export function mdCodeBlock(s: string, info = 'text', maxChars = 4000): string[] {
  let text = controlFree(s).replace(/\t/g, '    ');
  if (text.length > maxChars) text = text.slice(0, maxChars - 1) + '…';
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [fence + info, ...text.split('\n'), fence];
}

/** A link destination we build from an untrusted part (a package name): percent-encoded. */
export function urlPart(s: string): string {
  return encodeURIComponent(s).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

// ---- SARIF ----

/**
 * SARIF message text: plain text in which `[text](id)` is an embedded link to a related location,
 * so brackets are escaped with a backslash as SARIF asks (3.11.6); control characters are shown.
 */
export function sarifText(s: string, max = 1000): string {
  return oneLine(s, max).replace(/[\\[\]]/g, (c) => `\\${c}`);
}
