// PEP 508 environment markers: parsing to an AST and evaluation against one target, with the
// grammar and comparison rules of pypa/packaging's markers module (which pip uses).

import { TextScanner, WS_RE } from './scanner.js';
import type { MarkerEnvironment } from '../types.js';
import { normalizeName } from './names.js';
import { clauseSatisfied, scanSpecifierClause } from './version.js';

export class InvalidMarker extends Error {
  override name = 'InvalidMarker';
  /** 1-based column in the text that was parsed, when the error is about a position. */
  readonly column?: number;
  constructor(message: string, column?: number) {
    super(message);
    this.column = column;
  }
}

/** A comparison that has no defined meaning for its operands (e.g. `~=` between two names). */
export class UndefinedComparison extends InvalidMarker {
  override name = 'UndefinedComparison';
}

/** Environment names a marker can use, after legacy aliases are resolved. */
export type MarkerVariableName =
  | keyof MarkerEnvironment
  | 'extra'
  /** PEP 751 (lock files): the extras and dependency groups being installed, as sets. */
  | 'extras'
  | 'dependency_groups';

export type MarkerOperator = '<' | '<=' | '==' | '!=' | '>=' | '>' | '~=' | '===' | 'in' | 'not in';

export type MarkerOperand =
  | { kind: 'variable'; name: MarkerVariableName }
  | { kind: 'string'; value: string };

export type Marker =
  | { kind: 'compare'; left: MarkerOperand; op: MarkerOperator; right: MarkerOperand }
  | { kind: 'and'; items: Marker[] }
  | { kind: 'or'; items: Marker[] };

// Longer names first so that alternation never stops at a prefix; `\b` keeps
// `python_versions` from reading as `python_version`.
const VARIABLE_RE =
  /\b(?:python_full_version|python_version|os[._]name|sys[._]platform|platform_(?:release|system)|platform[._](?:version|machine|python_implementation)|python_implementation|implementation_(?:name|version)|extras|extra|dependency_groups)\b/y;
const QUOTED_RE = /'[^']*'|"[^"]*"/y;
const OP_RE = /===|==|~=|!=|<=|>=|<|>/y;
const IN_RE = /\bin\b/y;
const NOT_RE = /\bnot\b/y;
const BOOLOP_RE = /\b(?:or|and)\b/y;

const OPERATORS_HINT = 'a marker operator (one of <, <=, ==, !=, >=, >, ~=, ===, in, not in)';

/**
 * Parentheses a marker may nest. Real markers nest two or three deep; the parser recurses once per
 * level, so a hostile manifest must meet an InvalidMarker here and not exhaust the stack.
 */
export const MAX_MARKER_NESTING = 100;

function canonicalVariable(text: string): MarkerVariableName {
  const name = text.replace('.', '_');
  if (name === 'python_implementation') return 'platform_python_implementation';
  return name as MarkerVariableName;
}

/** The text in an error message: a hostile marker can be megabytes long, the message stays short. */
export function quoteSource(source: string, max = 200): string {
  return JSON.stringify(source.length > max ? `${source.slice(0, max)}…` : source);
}

class MarkerScanner extends TextScanner {
  /** Parentheses open at the current position. */
  depth = 0;
  constructor(
    source: string,
    start: number,
    readonly describe: string,
  ) {
    super(source, start);
  }

  fail(expected: string, at = this.pos): never {
    throw new InvalidMarker(`Invalid ${this.describe} ${quoteSource(this.source)}: expected ${expected} at column ${at + 1}, found ${this.found(at)}`, at + 1);
  }

  refuse(why: string, at = this.pos): never {
    throw new InvalidMarker(`Invalid ${this.describe} ${quoteSource(this.source)}: ${why} at column ${at + 1}`, at + 1);
  }
}

/** Parses a whole marker expression. Throws InvalidMarker with the column of the problem. */
export function parseMarker(text: string): Marker {
  if (typeof text !== 'string') throw new InvalidMarker(`Invalid marker: ${String(text)} is not a string`);
  return parseMarkerAt(text, 0, 'marker');
}

/**
 * Parses the marker that starts at `start` and runs to the end of `source` (trailing blanks
 * allowed): how a requirement's `; marker` is read. Columns in errors count from the start of
 * `source`. `describe` names the kind of text in messages ("marker", "requirement").
 */
export function parseMarkerAt(source: string, start: number, describe = 'marker'): Marker {
  const s = new MarkerScanner(source, start, describe);
  const marker = parseOr(s);
  s.skipWs();
  if (s.pos < source.length) {
    s.fail(s.peek(')') ? "'and', 'or' or end of marker (unmatched ')')" : "'and', 'or' or end of marker");
  }
  return marker;
}

// marker_or = marker_and ('or' marker_and)*; marker_and = atom ('and' atom)*: `and` binds tighter.
function parseOr(s: MarkerScanner): Marker {
  const items = [parseAnd(s)];
  for (;;) {
    const save = s.pos;
    s.skipWs();
    const op = s.take(BOOLOP_RE);
    if (op !== 'or') {
      s.pos = save;
      break;
    }
    items.push(parseAnd(s));
  }
  return items.length === 1 ? items[0] : { kind: 'or', items };
}

function parseAnd(s: MarkerScanner): Marker {
  const items = [parseAtom(s)];
  for (;;) {
    const save = s.pos;
    s.skipWs();
    const op = s.take(BOOLOP_RE);
    if (op !== 'and') {
      s.pos = save;
      break;
    }
    items.push(parseAtom(s));
  }
  return items.length === 1 ? items[0] : { kind: 'and', items };
}

function parseAtom(s: MarkerScanner): Marker {
  s.skipWs();
  if (s.peek('(')) {
    const open = s.pos;
    if (s.depth >= MAX_MARKER_NESTING) s.refuse(`parentheses nested more than ${MAX_MARKER_NESTING} deep`);
    s.depth++;
    s.pos++;
    s.skipWs();
    const inner = parseOr(s);
    s.skipWs();
    if (!s.peek(')')) s.fail(`')' to close the '(' at column ${open + 1}, or 'and'/'or'`);
    s.pos++;
    s.depth--;
    return inner;
  }
  const leftAt = s.pos;
  const left = parseOperand(s);
  s.skipWs();
  const op = parseOperator(s);
  s.skipWs();
  const right = parseOperand(s);
  if (left.kind === 'string' && right.kind === 'string') {
    s.fail('a marker variable (such as python_version) on one side of the comparison', leftAt);
  }
  return { kind: 'compare', left, op, right };
}

function parseOperand(s: MarkerScanner): MarkerOperand {
  const variable = s.take(VARIABLE_RE);
  if (variable !== null) return { kind: 'variable', name: canonicalVariable(variable) };
  const at = s.pos;
  const quoted = s.take(QUOTED_RE);
  if (quoted !== null) return { kind: 'string', value: decodePythonString(quoted.slice(1, -1), s, at) };
  if (s.peek('"') || s.peek("'")) s.fail(`a closing ${s.source[s.pos]} for the string`);
  return s.fail('a marker variable (such as python_version, sys_platform, extra) or a quoted string');
}

function parseOperator(s: MarkerScanner): MarkerOperator {
  const op = s.take(OP_RE);
  if (op !== null) return op as MarkerOperator;
  if (s.take(IN_RE) !== null) return 'in';
  if (s.take(NOT_RE) !== null) {
    if (s.take(WS_RE) === null) s.fail("whitespace after 'not'");
    if (s.take(IN_RE) === null) s.fail("'in' after 'not'");
    return 'not in';
  }
  return s.fail(OPERATORS_HINT);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '\n': '',
};

// packaging reads marker strings with Python's literal_eval, so backslash escapes are decoded
// the way Python decodes them; an unknown escape keeps its backslash, as Python does.
function decodePythonString(body: string, s: MarkerScanner, at: number): string {
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = body[i + 1];
    if (next === undefined) s.fail('a closing quote: the string ends in a lone backslash', at);
    if (next in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[next];
      i++;
      continue;
    }
    const hex = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    if (hex > 0) {
      const digits = body.slice(i + 2, i + 2 + hex);
      if (!new RegExp(`^[0-9a-fA-F]{${hex}}$`).test(digits)) s.fail(`\\${next} followed by ${hex} hex digits`, at);
      const code = parseInt(digits, 16);
      if (code > 0x10ffff) s.fail('a Unicode code point no greater than 10FFFF', at);
      out += String.fromCodePoint(code);
      i += 1 + hex;
      continue;
    }
    const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1));
    if (octal) {
      out += String.fromCodePoint(parseInt(octal[0], 8));
      i += octal[0].length;
      continue;
    }
    out += '\\';
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Evaluation

/** Variables whose values are versions: compared with PEP 440 rules when both sides parse. */
const VERSION_VARIABLES = new Set<MarkerVariableName>([
  'python_version',
  'python_full_version',
  'implementation_version',
  'platform_release',
]);

const SET_VARIABLES = new Set<MarkerVariableName>(['extras', 'dependency_groups']);

interface EvalContext {
  env: MarkerEnvironment;
  /** The normalized extra being evaluated, `""` for none. */
  extra: string;
  extras: Set<string>;
}

const parsedCache = new Map<string, Marker>();
const PARSED_CACHE_LIMIT = 2048;

function parseCached(text: string): Marker {
  let marker = parsedCache.get(text);
  if (!marker) {
    marker = parseMarker(text);
    if (parsedCache.size >= PARSED_CACHE_LIMIT) parsedCache.clear();
    parsedCache.set(text, marker);
  }
  return marker;
}

/**
 * Evaluates a marker for one environment. With no extras, `extra` is `""` (so `extra == "x"` is
 * false); with extras, the marker holds if it holds for any one of them, as pip evaluates a
 * requirement's marker for each requested extra. Extra names compare PEP 503-normalized.
 * Throws InvalidMarker for a bad marker, UndefinedComparison for e.g. `os_name ~= "x"`.
 */
export function evaluateMarker(marker: Marker | string, env: MarkerEnvironment, extras?: string[]): boolean {
  const ast = typeof marker === 'string' ? parseCached(marker) : marker;
  const normalized = (extras ?? []).map((e) => normalizeName(e));
  const extrasSet = new Set(normalized);
  if (normalized.length === 0) return evaluate(ast, { env, extra: '', extras: extrasSet });
  return normalized.some((extra) => evaluate(ast, { env, extra, extras: extrasSet }));
}

function evaluate(m: Marker, ctx: EvalContext): boolean {
  switch (m.kind) {
    // Every comparison is evaluated, without short-circuit, so that an undefined comparison is
    // reported wherever it sits, as packaging reports it.
    case 'and':
      return m.items.map((item) => evaluate(item, ctx)).every(Boolean);
    case 'or':
      return m.items.map((item) => evaluate(item, ctx)).some(Boolean);
    case 'compare':
      return compare(m, ctx);
  }
}

function lookup(name: MarkerVariableName, ctx: EvalContext): string | Set<string> {
  if (name === 'extra') return ctx.extra;
  if (name === 'extras') return ctx.extras;
  if (name === 'dependency_groups') return new Set();
  const value = (ctx.env as unknown as Record<string, unknown>)[name];
  if (typeof value !== 'string') {
    throw new InvalidMarker(`Marker variable ${name} has no value in the evaluation environment`);
  }
  return value;
}

function compare(m: Extract<Marker, { kind: 'compare' }>, ctx: EvalContext): boolean {
  // The variable decides how values compare; with two variables the left one does.
  const key = m.left.kind === 'variable' ? m.left.name : (m.right as { name: MarkerVariableName }).name;
  let lhs = m.left.kind === 'variable' ? lookup(m.left.name, ctx) : m.left.value;
  let rhs = m.right.kind === 'variable' ? lookup(m.right.name, ctx) : m.right.value;

  if (SET_VARIABLES.has(key)) {
    if (typeof lhs !== 'string' || typeof rhs === 'string' || (m.op !== 'in' && m.op !== 'not in')) {
      throw new UndefinedComparison(`Undefined comparison in marker: ${key} is a set and can only be the right side of 'in' or 'not in'`);
    }
    const has = rhs.has(normalizeName(lhs));
    return m.op === 'in' ? has : !has;
  }
  if (typeof lhs !== 'string' || typeof rhs !== 'string') {
    throw new UndefinedComparison(`Undefined comparison in marker: ${m.op} between a set and a string`);
  }
  if (key === 'extra') {
    lhs = m.left.kind === 'string' ? normalizeName(lhs) : lhs;
    rhs = m.right.kind === 'string' ? normalizeName(rhs) : rhs;
  }
  // When `op value` is a valid specifier it decides, as packaging does: a left side that is not
  // a version then matches nothing but an equal `===` string.
  if (VERSION_VARIABLES.has(key) && m.op !== 'in' && m.op !== 'not in') {
    const clauseText = `${m.op}${rhs}`.trimEnd();
    const scanned = scanSpecifierClause(clauseText, 0);
    if (scanned && scanned.end === clauseText.length) return clauseSatisfied(scanned.clause, lhs);
  }
  return compareStrings(lhs, m.op, rhs);
}

// PEP 508 leaves ordering undefined for values that are not versions. Like packaging 26, `<`
// and `>` are false and `<=`/`>=` mean equal, instead of a code-point order that means nothing
// for such values ("10" < "9").
function compareStrings(lhs: string, op: MarkerOperator, rhs: string): boolean {
  switch (op) {
    case 'in':
      return rhs.includes(lhs);
    case 'not in':
      return !rhs.includes(lhs);
    case '==':
    case '<=':
    case '>=':
      return lhs === rhs;
    case '!=':
      return lhs !== rhs;
    case '<':
    case '>':
      return false;
    case '~=':
    case '===':
      throw new UndefinedComparison(
        `Undefined comparison in marker: ${JSON.stringify(lhs)} ${op} ${JSON.stringify(rhs)} needs PEP 440 versions on both sides`,
      );
  }
}

// ---------------------------------------------------------------------------------------------
// Formatting

// Backslashes are escaped because parsing decodes them; a value holding both quote characters
// can only be written with an escape, since a quoted string ends at its first matching quote.
function quote(value: string): string {
  const escaped = value.replace(/\\/g, '\\\\');
  if (!value.includes('"')) return `"${escaped}"`;
  if (!value.includes("'")) return `'${escaped}'`;
  return `"${escaped.replace(/"/g, '\\x22')}"`;
}

function formatOperand(o: MarkerOperand): string {
  return o.kind === 'variable' ? o.name : quote(o.value);
}

/** A canonical text for a marker: normalized variable names, double quotes, minimal parentheses. */
export function formatMarker(marker: Marker): string {
  return format(marker, 'or');
}

function format(m: Marker, parent: 'and' | 'or'): string {
  if (m.kind === 'compare') return `${formatOperand(m.left)} ${m.op} ${formatOperand(m.right)}`;
  const text = m.items.map((item) => format(item, m.kind)).join(` ${m.kind} `);
  return m.kind === 'or' && parent === 'and' ? `(${text})` : text;
}
