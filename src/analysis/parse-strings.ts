// The parser the analysis uses: @lezer/python's, with its string-body tokenizer replaced by one that
// steps over plain characters in one go and keeps escapes inside the content around them. Lezer's
// own advances one code unit at a time, which is most of the parse of a packed script whose payload
// is a megabyte literal (18 ms of 20 on a 2.5 MB one), and gives every escape a token and a node of
// its own, which is most of the parse of one whose payload is `\xNN` escapes. Before it is used,
// the replacement must give trees identical to the original's, Escape nodes aside, on a set of
// probes covering every kind of string; otherwise (a different @lezer/python whose terms moved)
// the original parser is used unchanged.

import type { Tree } from '@lezer/common';
import { parser as lezerParser } from '@lezer/python';

// Terms and context flags of @lezer/python's grammar (its generated parser.terms and tokens.js).
const STRING_CONTENT = 200;
const REPLACEMENT_START = 3;
const STRING_END = 201;
const CX_DOUBLE_QUOTE = 4;
const CX_LONG = 8;
const CX_RAW = 16;
const CX_FORMAT = 32;

const NEWLINE = 10;
const BRACE_OPEN = 123;
const BRACE_CLOSE = 125;
const SINGLE_QUOTE = 39;
const DOUBLE_QUOTE = 34;
const BACKSLASH = 92;

/** The part of Lezer's InputStream a tokenizer sees; `chunk`/`chunkOff` are its current text window. */
interface Stream {
  next: number;
  pos: number;
  chunk: string;
  chunkOff: number;
  advance(n?: number): number;
  peek(offset: number): number;
  acceptToken(token: number, endOffset?: number): void;
}

interface TokenizerLike {
  token(input: Stream, stack: { context: { flags: number } }): void;
  contextual: boolean;
  fallback: boolean;
  extend: boolean;
}

type TokenizerClass = new (token: TokenizerLike['token'], options: { contextual: boolean; fallback: boolean; extend: boolean }) => TokenizerLike;

function isHex(ch: number): boolean {
  return (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 70) || (ch >= 97 && ch <= 102);
}

/** The next code unit (advance() changes it, which TypeScript's narrowing does not know). */
const at = (input: Stream): number => input.next;

function skipEscape(input: Stream, ch: number): void {
  if (ch === 111 /* o */) {
    for (let i = 0; i < 2 && input.next >= 48 && input.next <= 55; i++) input.advance();
  } else if (ch === 120 /* x */) {
    for (let i = 0; i < 2 && isHex(input.next); i++) input.advance();
  } else if (ch === 117 /* u */) {
    for (let i = 0; i < 4 && isHex(input.next); i++) input.advance();
  } else if (ch === 85 /* U */) {
    for (let i = 0; i < 8 && isHex(input.next); i++) input.advance();
  } else if (ch === 78 /* N */) {
    if (at(input) === BRACE_OPEN) {
      input.advance();
      while (at(input) >= 0 && at(input) !== BRACE_CLOSE && at(input) !== SINGLE_QUOTE && at(input) !== DOUBLE_QUOTE && at(input) !== NEWLINE) input.advance();
      if (at(input) === BRACE_CLOSE) input.advance();
    }
  }
}

/** The characters a string body stops at: by quote (single, double) and f-string or not. */
const STOPS = [/['\\\n]/g, /["\\\n]/g, /['\\\n{]/g, /["\\\n{]/g];

/**
 * Lezer's string tokenizer, step for step, except that a run of characters none of which can end
 * the token (the quote, a backslash, a line feed, `{` in an f-string) is passed in one advance(),
 * and that an escape is part of the content rather than a token of its own: the analysis reads a
 * literal's text, never its Escape nodes, and a packed payload of `\xNN` escapes would otherwise
 * cost a parser step and a tree node for every byte it hides (26,000 in a 100 KB literal).
 */
function stringTokens(input: Stream, stack: { context: { flags: number } }): void {
  const flags = stack.context.flags;
  const quote = flags & CX_DOUBLE_QUOTE ? DOUBLE_QUOTE : SINGLE_QUOTE;
  const long = (flags & CX_LONG) > 0;
  const escapes = !(flags & CX_RAW);
  const format = (flags & CX_FORMAT) > 0;
  const start = input.pos;
  for (;;) {
    const next = input.next;
    if (next < 0) {
      break;
    } else if (format && next === BRACE_OPEN) {
      if (input.peek(1) === BRACE_OPEN) {
        input.advance(2);
      } else {
        if (input.pos === start) {
          input.acceptToken(REPLACEMENT_START, 1);
          return;
        }
        break;
      }
    } else if (escapes && next === BACKSLASH) {
      // the escape is passed over as Lezer's Escape token would be, but stays in the content.
      // Outside f-strings, the characters an escape takes after the one it escapes are digits
      // (`\N{...}` aside): escapes and the plain text between them are measured in the current
      // chunk and passed in one advance().
      const { chunk, chunkOff } = input;
      if (!format && chunk.charCodeAt(chunkOff) === BACKSLASH) {
        const end = chunk.length;
        let j = chunkOff;
        while (j < end) {
          const ch = chunk.charCodeAt(j);
          if (ch === BACKSLASH) {
            // `\N{...}` runs to its brace over backslashes too: left to the step below
            if (j + 1 >= end || chunk.charCodeAt(j + 1) === 78 /* N */) break;
            j += 2;
          } else if (ch === quote || ch === NEWLINE) break;
          else j++;
        }
        if (j > chunkOff + 1) {
          input.advance(j - chunkOff);
          continue;
        }
      }
      input.advance();
      const escaped = input.next;
      if (escaped >= 0) {
        input.advance();
        skipEscape(input, escaped);
      }
    } else if (next === BACKSLASH && !escapes && input.peek(1) > -1) {
      input.advance(2);
    } else if (next === quote && (!long || (input.peek(1) === quote && input.peek(2) === quote))) {
      if (input.pos === start) {
        input.acceptToken(STRING_END, long ? 3 : 1);
        return;
      }
      break;
    } else if (next === NEWLINE) {
      // a long string's body is cut after each line feed
      if (long) {
        input.advance();
      } else if (input.pos === start) {
        input.acceptToken(STRING_END);
        return;
      }
      break;
    } else {
      // this character is plain; so is every one before the next that any branch above looks at
      const { chunk, chunkOff } = input;
      if (chunk.charCodeAt(chunkOff) !== next) {
        input.advance();
        continue;
      }
      // one regex search, which stops at the first character that matters (indexOf per character
      // would run to the end of the file for one that never comes)
      const stops = STOPS[(quote === DOUBLE_QUOTE ? 1 : 0) + (format ? 2 : 0)]!;
      stops.lastIndex = chunkOff + 1;
      const found = stops.exec(chunk);
      input.advance((found ? found.index : chunk.length) - chunkOff);
    }
  }
  if (input.pos > start) input.acceptToken(STRING_CONTENT);
}

/** Source that exercises every branch of the string tokenizer, and the tokenizers around it. */
export const STRING_PROBES: string[] = [
  `a = 'x' + "y" + '''z\n'q'' ''' + """w\n"q"" """\n`,
  `b = r'\\d+\\'' + R"\\"" + rb'\\x' + Rb"""a\\"""" + br'\\\\'\n`,
  `c = f'{x!r:>{w}} {{lit}} }}' + F"{y}" + rf'{z}\\{' + fr"""{a}\n{b!s}""" + f'{f"{1}"}'\n`,
  `d = '\\x41\\101\\o17\\u00e9\\U0001F600\\N{BULLET}\\N{X\\n' + "\\q\\\\\\"" + '\\\n' + b'\\xff\\t'\n`,
  `e = 'unterminated\nf = "also\n`,
  `g = '''long with \\''' inside''' + ''''''\nh = ""\n`,
  `def f(x):\n    if x:\n        print 'py2', x\n    return u'caf\u00e9 \ud83d\ude00 \r tab\t'\n`,
  `i = 'ends with a raw backslash' + r'\\`,
  `j = f'''{x\n}''' + f"{'q'}" + f'{x:{y}}' + 'a{b}c'\n`,
  `k = "ends at eof`,
  `l = '''\n\n{}\n\\\n'''\n`,
];

/** A tree as its nodes and their extents, in order; Escape nodes left out (see stringTokens). */
export function treeShape(tree: Tree): string[] {
  const out: string[] = [];
  const c = tree.cursor();
  do if (c.name !== 'Escape') out.push(`${c.name}:${c.from}-${c.to}`);
  while (c.next());
  return out;
}

function shape(tree: Tree): string {
  return treeShape(tree).join(' ');
}

// The string tokenizer among the parser's: the last of its external ones (after print, indentation
// and newlines), which carry their options themselves where the grammar's token groups inherit them.
const external = (lezerParser as unknown as { tokenizers: unknown[] }).tokenizers.filter(
  (t): t is TokenizerLike => typeof t === 'object' && t !== null && Object.hasOwn(t, 'extend') && typeof (t as TokenizerLike).token === 'function',
);
const stringTokenizer = external[external.length - 1];
const lezerStringTokens = stringTokenizer?.token;

/**
 * A copy of the parser whose string tokenizer is Lezer's own or ours, for comparing the two.
 * (A configured copy parses a third slower than the parser itself, which is why the analysis
 * does not use one: see installFastStrings.)
 */
export function parserWith(tokens: 'lezer' | 'fast'): typeof lezerParser | undefined {
  if (!stringTokenizer || !lezerStringTokens) return undefined;
  const Ctor = stringTokenizer.constructor as TokenizerClass;
  const options = { contextual: stringTokenizer.contextual, fallback: stringTokenizer.fallback, extend: stringTokenizer.extend };
  const replacement = new Ctor(tokens === 'fast' ? stringTokens : lezerStringTokens, options);
  return lezerParser.configure({ tokenizers: [{ from: stringTokenizer as never, to: replacement as never }] });
}

/**
 * Puts our string tokenizer into @lezer/python's parser, in place, if the parser then gives every
 * probe the tree it gave before; otherwise leaves Lezer's own there.
 */
function installFastStrings(): boolean {
  if (!stringTokenizer || !lezerStringTokens) return false;
  let same = false;
  try {
    const before = STRING_PROBES.map((p) => shape(lezerParser.parse(p)));
    stringTokenizer.token = stringTokens;
    same = STRING_PROBES.every((p, i) => shape(lezerParser.parse(p)) === before[i]);
  } catch {
    same = false;
  }
  if (!same) stringTokenizer.token = lezerStringTokens;
  return same;
}

let installed: boolean | undefined;

/** The parser to use, with the fast string tokenizer in it once it has passed its check. */
export function pythonParser(): typeof lezerParser {
  installed ??= installFastStrings();
  return lezerParser;
}

/** Whether the fast string tokenizer passed its check and is in use. */
export function fastStringsInUse(): boolean {
  installed ??= installFastStrings();
  return installed;
}
