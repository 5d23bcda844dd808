// PEP 508 dependency specifiers: `name [extras] (specifier | @ url) ; marker`, read the way
// pypa/packaging's requirement parser reads them (which is what pip accepts).

import { TextScanner } from './scanner.js';
import { InvalidMarker, parseMarkerAt, quoteSource } from './markers.js';
import { formatClauses, scanSpecifierClause, type SpecifierClause } from './version.js';

export class InvalidRequirement extends Error {
  override name = 'InvalidRequirement';
  /** 1-based column of the problem in the requirement text. */
  readonly column?: number;
  constructor(message: string, column?: number) {
    super(message);
    this.column = column;
  }
}

export interface Requirement {
  /** The name as written. */
  name: string;
  /** Extras as written, in order. */
  extras: string[];
  /** Normalized specifier text, e.g. `>=1.0,<2`, or `""` for any version. */
  specifier: string;
  /** The direct reference after `@`. */
  url?: string;
  /** The marker text as written (after `;`, trimmed). */
  marker?: string;
}

// A PEP 508 name: letters and digits at both ends, `.`, `_`, `-` inside.
const IDENTIFIER_RE = /[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/y;
const URL_RE = /[^ \t]+/y;
const LOCAL_TRAIL_RE = /\+[a-z0-9]+(?:[-_.][a-z0-9]+)*/iy;

class Cursor extends TextScanner {
  fail(expected: string, at = this.pos): never {
    throw new InvalidRequirement(
      `Invalid requirement ${quoteSource(this.source)}: expected ${expected} at column ${at + 1}, found ${this.found(at)}`,
      at + 1,
    );
  }
}

/** Parses one PEP 508 requirement. Throws InvalidRequirement naming the column of the problem. */
export function parseRequirement(text: string): Requirement {
  if (typeof text !== 'string') throw new InvalidRequirement(`Invalid requirement: ${String(text)} is not a string`);
  const c: Cursor = new Cursor(text);
  c.skipWs();
  const name = c.take(IDENTIFIER_RE);
  if (name === null) c.fail('a package name at the start of the requirement');
  c.skipWs();
  const extras = parseExtras(c);
  c.skipWs();

  const req: Requirement = { name, extras, specifier: '' };
  if (c.peek('@')) {
    c.pos++;
    c.skipWs();
    // Any text up to a blank, as packaging reads it: what the reference points at (URL, VCS,
    // relative path) is for the caller to interpret.
    const url = c.take(URL_RE);
    if (url === null) c.fail('a URL after @');
    req.url = url;
    // The URL runs to the first blank, so a marker after it needs one before its `;`.
    c.skipWs();
    if (c.atEnd()) return req;
    if (!c.peek(';')) c.fail("';' and a marker (after the URL and whitespace), or end");
  } else {
    const clauses = parseSpecifierPart(c);
    req.specifier = formatClauses(clauses);
    c.skipWs();
    if (c.atEnd()) return req;
    if (!c.peek(';')) {
      c.fail(
        clauses.length > 0
          ? "',' (between version specifiers), ';' (before a marker) or end"
          : "a version specifier (such as >=1.0), '@ URL', ';' (before a marker) or end",
      );
    }
  }

  c.pos++; // ';'
  const markerStart = c.pos;
  try {
    parseMarkerAt(text, markerStart, 'requirement');
  } catch (e) {
    if (e instanceof InvalidMarker) throw new InvalidRequirement(e.message, e.column);
    throw e;
  }
  req.marker = text.slice(markerStart).trim();
  return req;
}

function parseExtras(c: Cursor): string[] {
  if (!c.peek('[')) return [];
  const open = c.pos;
  c.pos++;
  c.skipWs();
  const extras: string[] = [];
  const first = c.take(IDENTIFIER_RE);
  if (first !== null) {
    extras.push(first);
    for (;;) {
      c.skipWs();
      if (!c.peek(',')) break;
      c.pos++;
      c.skipWs();
      const extra = c.take(IDENTIFIER_RE);
      if (extra === null) c.fail('an extra name after the comma');
      extras.push(extra);
    }
  }
  c.skipWs();
  if (!c.peek(']')) {
    IDENTIFIER_RE.lastIndex = c.pos;
    if (IDENTIFIER_RE.test(c.source)) c.fail('a comma between extra names');
    c.fail(`']' to close the extras opened at column ${open + 1}`);
  }
  c.pos++;
  return extras;
}

// specifier = '(' WS? clauses WS? ')' | clauses, where clauses may be empty.
function parseSpecifierPart(c: Cursor): SpecifierClause[] {
  if (!c.peek('(')) return parseClauses(c);
  const open = c.pos;
  c.pos++;
  c.skipWs();
  const clauses = parseClauses(c);
  c.skipWs();
  if (!c.peek(')')) {
    c.fail(
      clauses.length > 0
        ? `',' or ')' to close the version specifier opened at column ${open + 1}`
        : `a version specifier (such as >=1.0) or ')'`,
    );
  }
  c.pos++;
  return clauses;
}

function parseClauses(c: Cursor): SpecifierClause[] {
  const clauses: SpecifierClause[] = [];
  for (;;) {
    const at = c.pos;
    const scanned = scanSpecifierClause(c.source, c.pos);
    if (!scanned) {
      if (/^(?:===|~=|==|!=|<=|>=|<|>)/.test(c.source.slice(at))) badClauseVersion(c, at);
      break;
    }
    c.pos = scanned.end;
    const op = scanned.clause.operator;
    if (c.peek('.*')) {
      c.fail(
        op === '==' || op === '!='
          ? 'end of the version: .* may only follow a plain release such as 1.2'
          : 'end of the version: .* may only be used with == or !=',
      );
    }
    LOCAL_TRAIL_RE.lastIndex = c.pos;
    if (op !== '===' && LOCAL_TRAIL_RE.test(c.source)) {
      c.fail('end of the version: a local version label (+...) may only be used with == or !=');
    }
    clauses.push(scanned.clause);
    c.skipWs();
    if (!c.peek(',')) break;
    c.pos++;
    c.skipWs();
  }
  return clauses;
}

function badClauseVersion(c: Cursor, at: number): never {
  const op = /^(?:===|~=|==|!=|<=|>=|<|>)/.exec(c.source.slice(at))![0];
  const after = at + op.length;
  if (op === '~=' && /^[ \t]*v?(?:[0-9]+!)?[0-9]+(?![.0-9])/i.test(c.source.slice(after))) {
    c.fail('a version with at least two release segments after ~= (such as ~=1.0)', after);
  }
  return c.fail(`a version after ${op}`, after);
}
