// The text layer of pip's requirements file format: physical lines to logical lines (continuations
// joined, comments dropped), `${VAR}` expansion, and the split of a line into its requirement part
// and its option part. Kept apart from option and requirement handling so each can be tested alone.

export interface LogicalLine {
  /** 1-based number of the first physical line. */
  line: number;
  /** The joined line with its comment removed and surrounding whitespace trimmed; never empty. */
  text: string;
}

// Python's str.splitlines() boundaries, which pip uses to cut a file into lines.
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

/**
 * pip's COMMENT_RE, `(^|\s+)#.*$`: a `#` at the start of a line or after whitespace starts a
 * comment, so the `#egg=` and `#sha256=` fragments of URLs survive. Scanned by hand because that
 * regex backtracks quadratically over long runs of whitespace.
 */
function stripComment(line: string): string {
  for (let i = line.indexOf('#'); i !== -1; i = line.indexOf('#', i + 1)) {
    if (i === 0 || /\s/.test(line[i - 1])) return line.slice(0, i);
  }
  return line;
}

export function logicalLines(content: string): LogicalLine[] {
  const physical = content.replace(/^\uFEFF/, '').split(LINE_BREAK);
  // A final newline does not start another line (splitlines drops it).
  if (physical.length > 0 && physical[physical.length - 1] === '') physical.pop();

  const joined: LogicalLine[] = [];
  let pending: string[] = [];
  let first = 0;
  physical.forEach((raw, index) => {
    const number = index + 1;
    const isComment = /^\s*#/.test(raw);
    if (!raw.endsWith('\\') || isComment) {
      // A comment inside a continuation ends it; the leading space keeps the `#` a comment once joined.
      const piece = isComment ? ' ' + raw : raw;
      if (pending.length > 0) {
        pending.push(piece);
        joined.push({ line: first, text: pending.join('') });
        pending = [];
      } else {
        joined.push({ line: number, text: piece });
      }
    } else {
      if (pending.length === 0) first = number;
      pending.push(stripBackslashes(raw));
    }
  });
  if (pending.length > 0) joined.push({ line: first, text: pending.join('') });

  const result: LogicalLine[] = [];
  for (const { line, text } of joined) {
    const stripped = stripComment(text).trim();
    if (stripped !== '') result.push({ line, text: stripped });
  }
  return result;
}

// pip joins continued lines with `line.strip("\\")`, which removes backslashes from both ends.
function stripBackslashes(s: string): string {
  return s.replace(/^\\+/, '').replace(/\\+$/, '');
}

// pip expands only this shape, so `$HOME` and `${lower}` stay literal text.
const ENV_VAR = /\$\{([A-Z0-9_]+)\}/g;

export interface Expansion {
  text: string;
  /** Variables that were referenced but not set (or set to the empty string, which pip skips too). */
  missing: string[];
  /** Variables that were expanded, with their values. */
  used: Array<{ name: string; value: string }>;
}

export function expandEnv(text: string, env: Record<string, string | undefined>): Expansion {
  const missing: string[] = [];
  const used: Array<{ name: string; value: string }> = [];
  const expanded = text.replace(ENV_VAR, (whole: string, name: string) => {
    const value = env[name];
    if (value === undefined || value === '') {
      if (!missing.includes(name)) missing.push(name);
      return whole;
    }
    if (!used.some((u) => u.name === name)) used.push({ name, value });
    return value;
  });
  return { text: expanded, missing, used };
}

export interface LineParts {
  /** The requirement part, tokens joined by single spaces; `""` for an options-only line. */
  args: string;
  /** The option part, from the first token that starts with `-`. */
  options: string;
}

/** pip's break_args_options: everything before the first `-`-token is the requirement. */
export function breakArgsOptions(line: string): LineParts {
  const tokens = line.split(/\s+/).filter((t) => t !== '');
  const at = tokens.findIndex((t) => t.startsWith('-'));
  const cut = at === -1 ? tokens.length : at;
  return { args: tokens.slice(0, cut).join(' '), options: tokens.slice(cut).join(' ') };
}

export class ShellSplitError extends Error {}

/** Python's shlex.split in POSIX mode, which pip uses on the option part of a line. */
export function shellSplit(s: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
    } else if (c === "'") {
      const end = s.indexOf("'", i + 1);
      if (end === -1) throw new ShellSplitError('no closing quotation');
      word += s.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      i++;
      let closed = false;
      while (i < s.length) {
        const d = s[i];
        if (d === '"') {
          closed = true;
          i++;
          break;
        }
        // Inside double quotes a backslash escapes only a quote or another backslash.
        if (d === '\\' && i + 1 < s.length && (s[i + 1] === '"' || s[i + 1] === '\\')) {
          word += s[i + 1];
          i += 2;
        } else {
          word += d;
          i++;
        }
      }
      if (!closed) throw new ShellSplitError('no closing quotation');
      inWord = true;
    } else if (c === '\\') {
      if (i + 1 >= s.length) throw new ShellSplitError('no escaped character');
      word += s[i + 1];
      inWord = true;
      i += 2;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  return words;
}
