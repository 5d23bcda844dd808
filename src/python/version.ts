// PEP 440 versions and specifiers, with the semantics of pypa/packaging (which pip uses).
//
// The version grammar is @renovatebot/pep440's. Comparison and specifier matching are done here:
// the library reads local segments with `Number()` (so `+1e5` sorts as 100000), rounds release
// numbers past 2^53, treats `<V`/`>V` as "release differs" rather than PEP 440's exclusive
// ordered comparison, compares `==V+local` on public versions only, does not pad `==1.0.*`,
// and decides pre-release acceptance per clause instead of per specifier set.

import { VERSION_PATTERN } from '@renovatebot/pep440/lib/version.js';

export class InvalidVersion extends Error {
  override name = 'InvalidVersion';
}

export class InvalidSpecifier extends Error {
  override name = 'InvalidSpecifier';
}

export type PreLabel = 'a' | 'b' | 'rc';

/** A parsed PEP 440 version. Numbers are bigint so that date-like segments compare exactly. */
export interface Version {
  /** The text as given, trimmed. */
  readonly text: string;
  readonly epoch: bigint;
  readonly release: readonly bigint[];
  readonly pre?: readonly [PreLabel, bigint];
  readonly post?: bigint;
  readonly dev?: bigint;
  /** Local segment parts: digit-only parts as numbers, the rest lower-cased. */
  readonly local?: readonly (bigint | string)[];
  readonly isPrerelease: boolean;
  readonly isPostrelease: boolean;
}

const VERSION_RE = new RegExp(`^\\s*${VERSION_PATTERN}\\s*$`, 'i');

const PRE_LABELS: Record<string, PreLabel> = {
  a: 'a',
  alpha: 'a',
  b: 'b',
  beta: 'b',
  c: 'rc',
  rc: 'rc',
  pre: 'rc',
  preview: 'rc',
};

// Parsing is a regex match plus a few BigInts; callers sort and filter the same strings many
// times, so a bounded cache keeps repeated work cheap without growing without limit.
const CACHE_LIMIT = 8192;
const versionCache = new Map<string, Version | null>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined || cache.has(key)) return hit as T;
  const value = make();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

function tryParseVersion(text: string): Version | null {
  return cached(versionCache, text, () => {
    const m = VERSION_RE.exec(text);
    if (!m?.groups) return null;
    const g = m.groups;
    const preLabel = g.pre_l ? PRE_LABELS[g.pre_l.toLowerCase()] : undefined;
    const postNumber = g.post_n1 ?? g.post_n2;
    const hasPost = g.post_l !== undefined || g.post_n1 !== undefined;
    const v: Version = {
      text: text.trim(),
      epoch: g.epoch ? BigInt(g.epoch) : 0n,
      release: g.release.split('.').map((n) => BigInt(n)),
      pre: preLabel ? [preLabel, BigInt(g.pre_n ?? 0)] : undefined,
      post: hasPost ? BigInt(postNumber ?? 0) : undefined,
      dev: g.dev_l ? BigInt(g.dev_n ?? 0) : undefined,
      local: g.local
        ? g.local.split(/[-_.]/).map((p) => (/^[0-9]+$/.test(p) ? BigInt(p) : p.toLowerCase()))
        : undefined,
      isPrerelease: Boolean(preLabel) || g.dev_l !== undefined,
      isPostrelease: hasPost,
    };
    return Object.freeze(v);
  });
}

/** Parses a PEP 440 version; throws InvalidVersion naming the text. */
export function parseVersion(text: string): Version {
  const v = typeof text === 'string' ? tryParseVersion(text) : null;
  if (!v) throw new InvalidVersion(`Invalid version: ${JSON.stringify(text)} is not a PEP 440 version`);
  return v;
}

export function isValidVersion(text: string): boolean {
  return typeof text === 'string' && tryParseVersion(text) !== null;
}

/** A pre-release or a development release (PEP 440's definition of "pre-release"). */
export function isPrerelease(text: string): boolean {
  return parseVersion(text).isPrerelease;
}

/** The canonical form packaging prints: `1.0-1` -> `1.0.post1`, `v1.0RC1` -> `1.0rc1`. */
export function normalizeVersion(text: string): string {
  return formatVersion(parseVersion(text));
}

function formatVersion(v: Version, withLocal = true): string {
  let s = v.epoch !== 0n ? `${v.epoch}!` : '';
  s += v.release.join('.');
  if (v.pre) s += `${v.pre[0]}${v.pre[1]}`;
  if (v.post !== undefined) s += `.post${v.post}`;
  if (v.dev !== undefined) s += `.dev${v.dev}`;
  if (withLocal && v.local) s += `+${v.local.join('.')}`;
  return s;
}

function cmpBig(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cmpRelease(a: readonly bigint[], b: readonly bigint[]): number {
  // Trailing zeros are insignificant: 1.0 == 1.0.0.
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = cmpBig(a[i] ?? 0n, b[i] ?? 0n);
    if (c !== 0) return c;
  }
  return 0;
}

// Pre-release rank: a dev-only release sorts before any pre-release of the same release, and a
// version without a pre-release after all of them (packaging's _cmpkey).
function preKey(v: Version): [number, string, bigint] {
  if (!v.pre && v.post === undefined && v.dev !== undefined) return [-1, '', 0n];
  if (!v.pre) return [1, '', 0n];
  return [0, v.pre[0], v.pre[1]];
}

function cmpLocal(a: Version['local'], b: Version['local']): number {
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    // Numeric parts sort after alphanumeric ones; alphanumeric parts sort lexicographically.
    if (typeof x === 'bigint' && typeof y === 'bigint') {
      const c = cmpBig(x, y);
      if (c !== 0) return c;
    } else if (typeof x === 'bigint') {
      return 1;
    } else if (typeof y === 'bigint') {
      return -1;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return a.length - b.length;
}

function compareParsed(a: Version, b: Version, withLocal = true): number {
  let c = cmpBig(a.epoch, b.epoch);
  if (c !== 0) return c;
  c = cmpRelease(a.release, b.release);
  if (c !== 0) return c;
  const pa = preKey(a);
  const pb = preKey(b);
  c = pa[0] - pb[0];
  if (c !== 0) return Math.sign(c);
  if (pa[0] === 0) {
    if (pa[1] !== pb[1]) return pa[1] < pb[1] ? -1 : 1;
    c = cmpBig(pa[2], pb[2]);
    if (c !== 0) return c;
  }
  // No post-release sorts before any post-release.
  if (a.post !== b.post) {
    if (a.post === undefined) return -1;
    if (b.post === undefined) return 1;
    c = cmpBig(a.post, b.post);
    if (c !== 0) return c;
  }
  // No dev-release sorts after any dev-release.
  if (a.dev !== b.dev) {
    if (a.dev === undefined) return 1;
    if (b.dev === undefined) return -1;
    c = cmpBig(a.dev, b.dev);
    if (c !== 0) return c;
  }
  return withLocal ? cmpLocal(a.local, b.local) : 0;
}

/** Negative, zero or positive as `a` sorts before, equal to or after `b`. Throws InvalidVersion. */
export function compareVersions(a: string, b: string): number {
  return compareParsed(parseVersion(a), parseVersion(b));
}

// ---------------------------------------------------------------------------------------------
// Specifiers

export type SpecifierOperator = '~=' | '==' | '!=' | '<=' | '>=' | '<' | '>' | '===';

export interface SpecifierClause {
  operator: SpecifierOperator;
  /** The version as written (without a trailing `.*`); any text for `===`. */
  version: string;
  /** `==1.0.*` / `!=1.0.*`. */
  wildcard: boolean;
  /** Absent only for `===` with a string that is not a PEP 440 version. */
  parsed?: Version;
}

const OPERATOR_RE = /===|~=|==|!=|<=|>=|<|>/y;
const PRE = String.raw`(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)`;
const POST = String.raw`(?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)`;
const DEV = String.raw`(?:[-_.]?dev[-_.]?[0-9]*)`;
const LOCAL = String.raw`(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)`;
const HEAD = String.raw`v?(?:[0-9]+!)?`;
// The version shapes each operator allows, as packaging's Specifier regex has them.
const CLAUSE_VERSION: Record<SpecifierOperator, RegExp> = {
  '===': /\s*[^\s,;)]*/y,
  '==': new RegExp(String.raw`\s*${HEAD}[0-9]+(?:\.[0-9]+)*(?:\.\*|${PRE}?${POST}?${DEV}?${LOCAL}?)`, 'iy'),
  '!=': new RegExp(String.raw`\s*${HEAD}[0-9]+(?:\.[0-9]+)*(?:\.\*|${PRE}?${POST}?${DEV}?${LOCAL}?)`, 'iy'),
  '~=': new RegExp(String.raw`\s*${HEAD}[0-9]+(?:\.[0-9]+)+${PRE}?${POST}?${DEV}?`, 'iy'),
  '<=': new RegExp(String.raw`\s*${HEAD}[0-9]+(?:\.[0-9]+)*${PRE}?${POST}?${DEV}?`, 'iy'),
  '>=': new RegExp(String.raw`\s*${HEAD}[0-9]+(?:\.[0-9]+)*${PRE}?${POST}?${DEV}?`, 'iy'),
  '<': new RegExp(String.raw`\s*${HEAD}[0-9]+(?:\.[0-9]+)*${PRE}?${POST}?${DEV}?`, 'iy'),
  '>': new RegExp(String.raw`\s*${HEAD}[0-9]+(?:\.[0-9]+)*${PRE}?${POST}?${DEV}?`, 'iy'),
};

export interface ScannedClause {
  clause: SpecifierClause;
  /** Offset just past the clause. */
  end: number;
}

/**
 * Reads one specifier clause (`>=1.0`, `== 2.*`) starting exactly at `pos`, the way packaging's
 * tokenizer does inside a requirement. Returns null when no clause starts there; trailing text
 * (a stray `.*`, a local label after `>=`) is left for the caller to report.
 */
export function scanSpecifierClause(source: string, pos: number): ScannedClause | null {
  OPERATOR_RE.lastIndex = pos;
  const op = OPERATOR_RE.exec(source);
  if (!op) return null;
  const operator = op[0] as SpecifierOperator;
  const re = CLAUSE_VERSION[operator];
  re.lastIndex = pos + operator.length;
  const m = re.exec(source);
  if (!m) return null;
  return { clause: makeClause(operator, m[0].trim()), end: re.lastIndex };
}

function makeClause(operator: SpecifierOperator, text: string): SpecifierClause {
  const wildcard = (operator === '==' || operator === '!=') && text.endsWith('.*');
  const version = wildcard ? text.slice(0, -2) : text;
  const parsed = tryParseVersion(version) ?? undefined;
  return { operator, version, wildcard, parsed };
}

const specifierCache = new Map<string, readonly SpecifierClause[] | string>();

/**
 * Parses a comma-separated specifier set (`>=1.0, <2`, `~=2.2`, `""` for any version). Empty
 * pieces between commas are ignored, as packaging's SpecifierSet does. Throws InvalidSpecifier.
 */
export function parseSpecifier(spec: string): readonly SpecifierClause[] {
  if (typeof spec !== 'string') throw new InvalidSpecifier(`Invalid specifier: ${String(spec)} is not a string`);
  const result = cached(specifierCache, spec, () => {
    const clauses: SpecifierClause[] = [];
    for (const piece of spec.split(',')) {
      const text = piece.trim();
      if (text === '') continue;
      const scanned = scanSpecifierClause(text, 0);
      if (!scanned || scanned.end !== text.length) return describeBadClause(spec, text);
      clauses.push(Object.freeze(scanned.clause));
    }
    return Object.freeze(clauses);
  });
  if (typeof result === 'string') throw new InvalidSpecifier(result);
  return result;
}

function describeBadClause(spec: string, text: string): string {
  const where = `in ${JSON.stringify(spec)}`;
  OPERATOR_RE.lastIndex = 0;
  const op = OPERATOR_RE.exec(text)?.[0] as SpecifierOperator | undefined;
  if (!op) {
    return `Invalid specifier ${JSON.stringify(text)} ${where}: expected an operator (~=, ==, !=, <=, >=, <, >, ===) followed by a version`;
  }
  const rest = text.slice(op.length).trim();
  if (rest.endsWith('.*')) {
    return op === '==' || op === '!='
      ? `Invalid specifier ${JSON.stringify(text)} ${where}: .* may only follow a plain release such as 1.2`
      : `Invalid specifier ${JSON.stringify(text)} ${where}: .* may only be used with == or !=`;
  }
  if (rest.includes('+') && op !== '==' && op !== '!=') {
    return `Invalid specifier ${JSON.stringify(text)} ${where}: a local version label may only be used with == or !=`;
  }
  if (op === '~=' && /^v?(?:[0-9]+!)?[0-9]+(?![.0-9])/i.test(rest)) {
    return `Invalid specifier ${JSON.stringify(text)} ${where}: ~= needs at least two release segments, e.g. ~=1.0`;
  }
  return `Invalid specifier ${JSON.stringify(text)} ${where}: ${JSON.stringify(rest)} is not a valid version for ${op}`;
}

export function isValidSpecifier(spec: string): boolean {
  try {
    parseSpecifier(spec);
    return true;
  } catch (e) {
    if (e instanceof InvalidSpecifier) return false;
    throw e;
  }
}

/** The specifier with whitespace removed and clauses joined by `,`, in the order written. */
export function normalizeSpecifier(spec: string): string {
  return formatClauses(parseSpecifier(spec));
}

export function formatClauses(clauses: readonly SpecifierClause[]): string {
  return clauses.map((c) => `${c.operator}${c.version}${c.wildcard ? '.*' : ''}`).join(',');
}

/** Whether a clause names a pre-release, which makes the whole set accept pre-releases. */
function clauseNamesPrerelease(c: SpecifierClause): boolean {
  return c.operator !== '!=' && c.parsed !== undefined && c.parsed.isPrerelease;
}

/** Whether the specifier set itself opts in to pre-releases (e.g. `>=2.0b1`, `==2.0rc1`). */
export function specifierNamesPrerelease(spec: string): boolean {
  return parseSpecifier(spec).some(clauseNamesPrerelease);
}

function withoutLocal(v: Version): Version {
  return v.local === undefined ? v : { ...v, local: undefined };
}

// `==1.0.*` matches when the release, zero-padded to the spec's length, starts with the spec's
// release (so `1` matches `==1.0.*`); the local label is ignored.
function prefixMatch(v: Version, spec: Version): boolean {
  if (v.epoch !== spec.epoch) return false;
  for (let i = 0; i < spec.release.length; i++) {
    if ((v.release[i] ?? 0n) !== spec.release[i]) return false;
  }
  return true;
}

function clauseContains(c: SpecifierClause, v: Version | null, text: string): boolean {
  if (c.operator === '===') return text.trim().toLowerCase() === c.version.toLowerCase();
  const s = c.parsed!;
  if (!v) return false;
  switch (c.operator) {
    case '==':
    case '!=': {
      let eq: boolean;
      if (c.wildcard) eq = prefixMatch(v, s);
      else eq = compareParsed(v, s, s.local !== undefined) === 0;
      return c.operator === '==' ? eq : !eq;
    }
    case '~=': {
      // ~=2.2.3 is >=2.2.3, ==2.2.*: drop the last release segment, ignore suffixes.
      const prefix: Version = { ...s, release: s.release.slice(0, -1) };
      return compareParsed(v, s, false) >= 0 && prefixMatch(v, prefix);
    }
    case '<=':
      return compareParsed(v, s, false) <= 0;
    case '>=':
      return compareParsed(v, s, false) >= 0;
    case '<':
      // <V excludes pre-releases of V itself (anything from V.dev0 up) unless V is one.
      if (compareParsed(v, s) >= 0) return false;
      return !(!s.isPrerelease && v.isPrerelease && compareParsed(v, { ...s, dev: 0n, local: undefined }) >= 0);
    case '>':
      // >V excludes post-releases of V unless V is one, and local versions of V.
      if (compareParsed(v, s) <= 0) return false;
      if (!s.isPostrelease && v.isPostrelease) {
        const postBase: Version = { ...v, post: undefined, dev: undefined, local: undefined };
        if (compareParsed(postBase, s) === 0) return false;
      }
      return !(v.local !== undefined && compareParsed(withoutLocal(v), s) === 0);
  }
}

export interface SatisfiesOptions {
  /** false: a pre-release never satisfies. Otherwise a matching pre-release does. */
  prereleases?: boolean;
}

/**
 * Whether `version` is in the specifier set, as packaging's SpecifierSet.contains (packaging 26):
 * a single version is its own only candidate, so PEP 440 lets a matching pre-release satisfy
 * unless `prereleases` is false. To pick among several versions use chooseVersions. A string
 * that is not a PEP 440 version can only match `===` clauses; with any other clause it throws
 * InvalidVersion. Throws InvalidSpecifier for a bad specifier.
 */
export function satisfies(version: string, specifier: string, options: SatisfiesOptions = {}): boolean {
  const clauses = parseSpecifier(specifier);
  const v = tryParseVersion(version);
  if (!v && !(clauses.length > 0 && clauses.every((c) => c.operator === '==='))) parseVersion(version);
  if (v?.isPrerelease && options.prereleases === false) return false;
  return clauses.every((c) => clauseContains(c, v, version));
}

/** Whether one clause holds, with pre-releases allowed: how markers compare versions. */
export function clauseSatisfied(clause: SpecifierClause, version: string): boolean {
  return clauseContains(clause, tryParseVersion(version), version);
}

export interface ChooseOptions {
  /** pip's `--pre`: consider every pre-release. */
  pre?: boolean;
  /**
   * pip 26's release control for the name: `true` considers every pre-release (as `pre`), `false`
   * none at all, not even one the specifier names (`--only-final`), `undefined` the default rule.
   */
  prereleases?: boolean;
}

/**
 * The versions pip would consider for `specifier`, highest first. Pre-releases are left out
 * unless `pre` is set, the specifier names a pre-release, or no final release matches (then the
 * matching pre-releases are returned). Strings that are not PEP 440 versions are skipped, as pip
 * skips such files, unless a `===` specifier names them exactly. Exact duplicates are dropped.
 */
export function chooseVersions(versions: string[], specifier: string, options: ChooseOptions = {}): string[] {
  const clauses = parseSpecifier(specifier);
  const arbitraryOnly = clauses.length > 0 && clauses.every((c) => c.operator === '===');
  const finalOnly = options.prereleases === false;
  const allowPre = !finalOnly && (options.pre === true || options.prereleases === true || clauses.some(clauseNamesPrerelease));
  const finals: { text: string; v: Version | null }[] = [];
  const pres: { text: string; v: Version | null }[] = [];
  const seen = new Set<string>();
  for (const text of versions) {
    if (seen.has(text)) continue;
    seen.add(text);
    const v = tryParseVersion(text);
    if (!v && !arbitraryOnly) continue;
    if (!clauses.every((c) => clauseContains(c, v, text))) continue;
    (v?.isPrerelease && !allowPre ? pres : finals).push({ text, v });
  }
  const chosen = finals.length > 0 || finalOnly ? finals : pres;
  // Array.prototype.sort is stable, so equal versions keep the order they were given in.
  return chosen
    .sort((a, b) => (a.v && b.v ? compareParsed(b.v, a.v) : 0))
    .map((x) => x.text);
}

/** The release without pre/post/dev/local, e.g. `1!2.0` for `1!2.0rc1+x`. */
export function baseVersion(text: string): string {
  const v = parseVersion(text);
  return (v.epoch !== 0n ? `${v.epoch}!` : '') + v.release.join('.');
}

/** The version without its local label, normalized. */
export function publicVersion(text: string): string {
  return formatVersion(parseVersion(text), false);
}
