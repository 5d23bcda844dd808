// Parsing Python source with @lezer/python, and the small helpers the fact extractor walks the tree
// with. Lezer is error-tolerant, so Python 2 files (`print "x"`, `except E, e`) still give a tree.

import { parser } from '@lezer/python';
import { pythonParser } from './parse-strings.js';
import { NodeProp, type SyntaxNode, type Tree } from '@lezer/common';

/** CPython's tokenizer refuses more than 200 nested brackets, so deeper files cannot run anyway. */
export const MAX_BRACKET_DEPTH = 200;
/** Files larger than this are not parsed; they are scanned for strings only. */
export const MAX_PARSE_BYTES = 4 * 1024 * 1024;
/** Lezer parse steps per file; a step budget keeps the cost bounded on hostile input. */
const MAX_PARSE_STEPS = 5_000_000;

export interface ParsedSource {
  path: string;
  text: string;
  tree?: Tree;
  /** Why the file was not parsed into a tree, when it was not. */
  unparsed?: string;
  lines: LineIndex;
}

export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  get count(): number {
    return this.starts.length;
  }

  /** 1-based line of an offset. */
  lineOf(pos: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Length of each line, for the long-line check. */
  lengths(textLength: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.starts.length; i++) {
      const end = i + 1 < this.starts.length ? this.starts[i + 1] - 1 : textLength;
      out.push(end - this.starts[i]);
    }
    return out;
  }
}

/**
 * The deepest bracket nesting outside strings and comments, and the line where it peaks. Lezer
 * builds its tree recursively, so a file nested thousands deep would overflow the stack.
 */
export function bracketDepth(text: string): { depth: number; line: number } {
  let depth = 0;
  let max = 0;
  let maxAt = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 35 /* # */) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl;
      continue;
    }
    if (c === 34 || c === 39 /* " ' */) {
      i = skipString(text, i);
      continue;
    }
    if (c === 40 || c === 91 || c === 123) {
      depth++;
      if (depth > max) {
        max = depth;
        maxAt = i;
      }
    } else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--;
    i++;
  }
  let line = 1;
  for (let j = text.indexOf('\n'); j !== -1 && j < maxAt; j = text.indexOf('\n', j + 1)) line++;
  return { depth: max, line };
}

/** Offset just past the string literal whose opening quote is at `i`. */
function skipString(text: string, i: number): number {
  const q = text[i]!;
  const triple = text.startsWith(q + q + q, i);
  const close = triple ? q + q + q : q;
  const len = text.length;
  let j = i + close.length;
  // jump between the characters that matter (quote, backslash, line end): packed blobs are megabytes long
  let nq = -2;
  let nb = -2;
  let nn = triple ? -1 : -2;
  while (j < len) {
    if (nq !== -1 && nq < j) nq = text.indexOf(q, j);
    if (nb !== -1 && nb < j) nb = text.indexOf('\\', j);
    if (nn !== -1 && nn < j) nn = text.indexOf('\n', j);
    const next = Math.min(nq === -1 ? len : nq, nb === -1 ? len : nb, nn === -1 ? len : nn);
    if (next >= len) return len;
    j = next;
    const ch = text[j];
    if (ch === '\\') {
      j += 2;
      continue;
    }
    if (!triple && ch === '\n') return j;
    if (text.startsWith(close, j)) return j + close.length;
    j++;
  }
  return j;
}

export function parseSource(textIn: string, path: string, maxBytes = MAX_PARSE_BYTES): ParsedSource {
  // a byte-order mark would read as an identifier
  const text = textIn.charCodeAt(0) === 0xfeff ? ' ' + textIn.slice(1) : textIn;
  const lines = new LineIndex(text);
  if (text.length > maxBytes) {
    return { path, text, lines, unparsed: `${path}: ${text.length} bytes, more than the ${maxBytes} parsed; only its strings were scanned` };
  }
  const nest = bracketDepth(text);
  if (nest.depth > MAX_BRACKET_DEPTH) {
    return {
      path,
      text,
      lines,
      unparsed: `${path}:${nest.line}: brackets nested ${nest.depth} deep (CPython stops at ${MAX_BRACKET_DEPTH}); only its strings were scanned`,
    };
  }
  try {
    const parse = pythonParser().startParse(text);
    let tree: Tree | null = null;
    for (let steps = 0; !(tree = parse.advance()); steps++) {
      if (steps > MAX_PARSE_STEPS) {
        return { path, text, lines, unparsed: `${path}: parse budget exhausted; only its strings were scanned` };
      }
    }
    return { path, text, lines, tree };
  } catch (e) {
    // Lezer recurses while building very deep trees (long operator chains); such a file is
    // itself abnormal, and still gets the string scan.
    return { path, text, lines, unparsed: `${path}: could not be parsed (${(e as Error).message}); only its strings were scanned` };
  }
}

/**
 * The first child of `node` of a type (`node.getChild(name)` without its cursor: Lezer builds one
 * per call, walking up from a node deep in a buffer, which the interpreter pays in every loop round).
 */
export function childOf(node: SyntaxNode, name: string): SyntaxNode | null {
  const group = GROUPS.has(name);
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.name === name || (group && c.type.is(name))) return c;
  return null;
}

/** Every child of `node` of a type, in order (`node.getChildren(name)`). */
export function childrenOf(node: SyntaxNode, name: string): SyntaxNode[] {
  const group = GROUPS.has(name);
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.name === name || (group && c.type.is(name))) out.push(c);
  return out;
}

/**
 * The children of a tree's nodes, remembered by node. Lezer builds a new object at every step of a
 * walk (firstChild, nextSibling), which a decoding loop would pay for every node of its body in
 * every round. Here the children of a node are the same objects every time they are asked for, so
 * a body walked again, through this, is walked by lookups. A node reached another way is another
 * object and gets an entry of its own; past MAX_ENTRIES entries, they are forgotten.
 */
export class ChildCache {
  private readonly map = new Map<SyntaxNode, SyntaxNode[]>();

  /** The children of `node`, in order (the array is shared: not to be changed). */
  of(node: SyntaxNode): readonly SyntaxNode[] {
    let kids = this.map.get(node);
    if (kids === undefined) {
      kids = childrenAll(node);
      if (this.map.size >= CHILD_CACHE_ENTRIES) this.map.clear();
      this.map.set(node, kids);
    }
    return kids;
  }

  /** The first child of `node` of a type (as childOf). */
  first(node: SyntaxNode, name: string): SyntaxNode | null {
    const group = GROUPS.has(name);
    for (const c of this.of(node)) if (c.name === name || (group && c.type.is(name))) return c;
    return null;
  }

  get size(): number {
    return this.map.size;
  }
}

/** Nodes whose children a ChildCache keeps at most. */
export const CHILD_CACHE_ENTRIES = 50_000;

/** Every child of `node`, in order. */
export function childrenAll(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** Names of node groups (`Expression`): a node is of such a type without bearing its name. */
const GROUPS = new Set(parser.nodeSet.types.flatMap((t) => t.prop(NodeProp.group) ?? []));

export function nodeText(src: ParsedSource, node: SyntaxNode): string {
  return src.text.slice(node.from, node.to);
}

// String literals -----------------------------------------------------------------------------

export interface StringLiteral {
  value: string;
  /** `b''`: the value holds one char per byte (latin1). */
  bytes: boolean;
  raw: boolean;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/** The value of one Python string literal token, prefix and quotes included (`rb'..'`, `u"""..."""`). */
export function stringLiteral(token: string): StringLiteral {
  let i = 0;
  let raw = false;
  let bytes = false;
  while (i < token.length && /[rRbBuUfF]/.test(token[i])) {
    const p = token[i].toLowerCase();
    if (p === 'r') raw = true;
    if (p === 'b') bytes = true;
    i++;
  }
  const q = token[i];
  const triple = token.startsWith(q + q + q, i);
  const open = triple ? 3 : 1;
  let body = token.slice(i + open);
  const close = triple ? q + q + q : q;
  if (body.endsWith(close)) body = body.slice(0, body.length - close.length);
  const value = raw ? body : unescape(body, bytes);
  return { value: bytes ? toLatin1Bytes(value) : value, bytes, raw };
}

/** Non-ASCII characters in a bytes literal are a syntax error in Python; keep one byte per char. */
function toLatin1Bytes(s: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\xff]*$/.test(s) ? s : Buffer.from(s, 'utf8').toString('latin1');
}

/** The value of a hex digit's code, or -1 (NaN, past the end, included). */
function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

export function unescape(body: string, bytes: boolean): string {
  if (!body.includes('\\')) return body;
  // Code units go into a buffer, never more of them than the characters they come from: a payload
  // of 100,000 `\xNN` escapes becomes one string at the end, not a chain of 100,000 joins.
  const len = body.length;
  const out = new Uint16Array(len);
  let n = 0;
  let i = 0;
  while (i < len) {
    const c = body.charCodeAt(i);
    if (c !== 92 /* \ */ || i + 1 >= len) {
      out[n++] = c;
      i++;
      continue;
    }
    const e = body[i + 1]!;
    if (e === '\n') {
      i += 2;
      continue;
    }
    if (e === '\r') {
      i += body[i + 2] === '\n' ? 3 : 2;
      continue;
    }
    const simple = SIMPLE_ESCAPE_CODES.get(e);
    if (simple !== undefined) {
      out[n++] = simple;
      i += 2;
      continue;
    }
    if (e >= '0' && e <= '7') {
      let j = i + 1;
      let value = 0;
      for (let k = 0; k < 3 && j < len; k++, j++) {
        const d = body.charCodeAt(j) - 48;
        if (d < 0 || d > 7) break;
        value = value * 8 + d;
      }
      out[n++] = value & (bytes ? 0xff : 0x1ff);
      i = j;
      continue;
    }
    const hexLen = e === 'x' ? 2 : !bytes && e === 'u' ? 4 : !bytes && e === 'U' ? 8 : 0;
    if (hexLen) {
      // exactly hexLen hex digits (a packed literal is often nothing but \xNN escapes)
      let cp = 0;
      let k = 0;
      for (; k < hexLen; k++) {
        const d = hexDigit(body.charCodeAt(i + 2 + k));
        if (d < 0) break;
        cp = cp * 16 + d;
      }
      if (k === hexLen) {
        if (cp > 0x10ffff) out[n++] = 0xfffd;
        else if (cp > 0xffff) {
          out[n++] = 0xd800 + ((cp - 0x10000) >> 10);
          out[n++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
        } else out[n++] = cp;
        i += 2 + hexLen;
        continue;
      }
    }
    if (!bytes && e === 'N' && body[i + 2] === '{') {
      const end = body.indexOf('}', i + 3);
      if (end !== -1) {
        out[n++] = 0xfffd;
        i = end + 1;
        continue;
      }
    }
    out[n++] = c;
    out[n++] = body.charCodeAt(i + 1);
    i += 2;
  }
  return unitsToString(out, n);
}

const SIMPLE_ESCAPE_CODES = new Map(Object.entries(SIMPLE_ESCAPES).map(([k, v]) => [k, v.charCodeAt(0)]));

/** The first n code units of a buffer as a string, lone surrogates kept. */
function unitsToString(units: Uint16Array, n: number): string {
  const CHUNK = 8192;
  if (n <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
  const parts: string[] = [];
  for (let at = 0; at < n; at += CHUNK) parts.push(String.fromCharCode.apply(null, units.subarray(at, Math.min(n, at + CHUNK)) as unknown as number[]));
  return parts.join('');
}
