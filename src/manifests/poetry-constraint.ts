// Poetry's version constraint syntax to PEP 440 specifiers, following poetry-core's rules: caret and
// tilde ranges bump the release segment (`next_breaking`, `next_major`, `next_minor`), bare versions
// mean `==`, clauses separated by commas or spaces must all hold. `||` unions have no PEP 440 form.

import { isValidSpecifier } from '../python/version.js';

export class InvalidPoetryConstraint extends Error {}

export interface ConvertedConstraint {
  /** PEP 440 specifier set; `""` for any version, and for a union. */
  specifier: string;
  /** True when the constraint is a `||` union, which one PEP 440 specifier set cannot express. */
  union: boolean;
}

const VERSION = /^(v?)(\d+(?:\.\d+)*)(.*)$/i;
const OPERATORS = ['===', '==', '!=', '~=', '>=', '<=', '>', '<'];

/** `^1.2 || ^2.0` -> [`^1.2`, `^2.0`]; poetry accepts a single `|` too. */
export function splitUnion(text: string): string[] {
  return text.split(/\s*\|\|?\s*/).map((s) => s.trim());
}

/**
 * Poetry writes a dependency in PEP 508's parenthesized form (`virtualenv (>=20.4.3,<20.4.5 || >=20.4.7)`),
 * and that constraint text is what its lock and metadata carry: one pair of parentheses around the
 * whole constraint adds nothing.
 */
function unwrap(text: string): string {
  const t = text.trim();
  if (!t.startsWith('(') || !t.endsWith(')')) return t;
  const inner = t.slice(1, -1);
  return /[()]/.test(inner) ? t : inner.trim();
}

export function convertPoetryConstraint(text: string): ConvertedConstraint {
  const alternatives = splitUnion(unwrap(text));
  if (alternatives.length > 1) {
    // Each alternative must still be well-formed: a typo should not hide behind the union.
    for (const alt of alternatives) convertAlternative(alt, text);
    return { specifier: '', union: true };
  }
  return { specifier: convertAlternative(alternatives[0], text), union: false };
}

/** One alternative (no `||`) to a PEP 440 specifier set. */
function convertAlternative(alt: string, whole: string): string {
  if (alt === '') {
    if (whole.trim() === '') return '';
    throw new InvalidPoetryConstraint(`invalid constraint '${whole}': empty alternative`);
  }
  // `>= 1.2, < 2` and `>=1.2 <2` are the same as `>=1.2,<2`.
  const glued = alt.replace(/(===|==|!=|~=|>=|<=|>|<|=|\^|~)\s+/g, '$1');
  const clauses = glued.split(/[\s,]+/).filter((c) => c !== '');
  const parts: string[] = [];
  for (const clause of clauses) {
    for (const part of convertClause(clause, whole)) if (!parts.includes(part)) parts.push(part);
  }
  const specifier = parts.join(',');
  if (specifier !== '' && !isValidSpecifier(specifier)) {
    throw new InvalidPoetryConstraint(`invalid constraint '${whole}': '${specifier}' is not a valid version specifier`);
  }
  return specifier;
}

function convertClause(clause: string, whole: string): string[] {
  if (clause === '*') return [];
  if (clause.startsWith('^')) {
    const v = release(clause.slice(1), whole);
    return [`>=${v.text}`, `<${bump(v.numbers, nextBreakingIndex(v.numbers))}`];
  }
  if (clause.startsWith('~=')) return [clause];
  if (clause.startsWith('~')) {
    const v = release(clause.slice(1), whole);
    return [`>=${v.text}`, `<${bump(v.numbers, v.numbers.length === 1 ? 0 : 1)}`];
  }
  const op = OPERATORS.find((o) => clause.startsWith(o));
  if (op !== undefined) {
    if (clause.length === op.length) throw new InvalidPoetryConstraint(`invalid constraint '${whole}': '${op}' has no version`);
    return [clause];
  }
  if (clause.startsWith('=')) return ['=' + clause];
  if (/^\d/.test(clause) || /^v\d/i.test(clause)) return [`==${clause}`];
  throw new InvalidPoetryConstraint(`invalid constraint '${whole}': cannot read '${clause}'`);
}

interface Release {
  text: string;
  numbers: number[];
}

function release(text: string, whole: string): Release {
  const m = VERSION.exec(text);
  if (!m || m[3].includes('*')) {
    throw new InvalidPoetryConstraint(`invalid constraint '${whole}': '${text}' is not a version`);
  }
  return { text, numbers: m[2].split('.').map((n) => Number.parseInt(n, 10)) };
}

/** poetry-core's next_breaking: the first non-zero segment of major.minor.patch, or the last one given. */
function nextBreakingIndex(n: number[]): number {
  if (n[0] > 0 || n.length < 2) return 0;
  if (n[1] > 0 || n.length < 3) return 1;
  return 2;
}

/** Increment segment `index`, zero the rest, keep as many segments as were written. */
function bump(numbers: number[], index: number): string {
  return numbers.map((n, i) => (i < index ? n : i === index ? n + 1 : 0)).join('.');
}

/**
 * A Poetry `python = "..."` constraint as a PEP 508 marker: `^3.8` ->
 * `python_version >= "3.8" and python_version < "4.0"`. A bound with a patch segment compares
 * against python_full_version, since python_version has only two segments.
 */
export function pythonConstraintMarker(text: string): string | undefined {
  const alternatives = splitUnion(unwrap(text)).map((alt) => convertAlternative(alt, text));
  if (alternatives.some((spec) => spec === '')) return undefined;
  const markers = alternatives.map((spec) =>
    spec
      .split(',')
      .map((clause) => {
        const op = OPERATORS.find((o) => clause.startsWith(o)) ?? '==';
        const version = clause.slice(op.length);
        const segments = version.replace(/\.\*$/, '').split('.').length;
        const variable = segments >= 3 && !version.endsWith('.*') ? 'python_full_version' : 'python_version';
        return `${variable} ${op} "${version}"`;
      })
      .join(' and '),
  );
  if (markers.length === 1) return markers[0];
  return markers.map((m) => (m.includes(' and ') ? `(${m})` : m)).join(' or ');
}
