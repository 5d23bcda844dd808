// The abstract values the fact extractor computes for Python expressions: known strings and numbers
// (constant folding), containers, references to modules and functions (qualified names), and
// unknown values that still carry where their data came from (taint).

/** Where data came from. A value carries the union of the sources it was built from. */
export const Taint = {
  /** Produced by undoing an encoding of a constant (base64, hex, rot13, zlib, chr lists, reversing). */
  DECODED: 1 << 0,
  /** Read from the network (a response body, a socket). */
  NETWORK: 1 << 1,
  /** One environment variable. */
  ENV: 1 << 2,
  /** Who and where the host is: host name, user name, working directory, addresses. */
  IDENTITY: 1 << 3,
  /** Read from a place that holds secrets: browser profiles, `.ssh`, wallets, tokens, clipboard. */
  SECRET: 1 << 4,
  /** Read from a file that ships in the sdist, named by a constant path. */
  LOCAL_FILE: 1 << 5,
  /** Read from a file that is not known to ship in the sdist. */
  FILE: 1 << 6,
  /** Produced by a decoder this analysis cannot reproduce: marshal, pickle, Fernet, lzma, bz2. */
  OPAQUE: 1 << 7,
  /** A function parameter whose callers were not seen. */
  PARAM: 1 << 8,
  /** The whole environment (`os.environ` as a mapping, `dict(os.environ)`). */
  ENV_ALL: 1 << 9,
  /** The output of a process. */
  PROCESS: 1 << 10,
} as const;

export const TAINT_NAMES: [number, string][] = [
  [Taint.DECODED, 'decoded from a constant'],
  [Taint.NETWORK, 'downloaded'],
  [Taint.ENV, 'an environment variable'],
  [Taint.IDENTITY, 'host identity'],
  [Taint.SECRET, 'secrets'],
  [Taint.LOCAL_FILE, 'a file in the sdist'],
  [Taint.FILE, 'a file'],
  [Taint.OPAQUE, 'an opaque decoder'],
  [Taint.PARAM, 'a parameter'],
  [Taint.ENV_ALL, 'the whole environment'],
  [Taint.PROCESS, 'process output'],
];

export function describeTaint(t: number): string {
  return TAINT_NAMES.filter(([bit]) => t & bit).map(([, name]) => name).join(', ');
}

/** Placeholder for the unknown parts of a partly known string. */
export const HOLE = '\ufffc';

export type Value =
  | StrValue
  | { k: 'num'; n: number; t: number }
  | { k: 'const'; v: 'None' | 'True' | 'False'; t: number }
  | SeqValue
  | DictValue
  | RefValue
  | ObjValue
  | { k: 'fn'; id: number; t: number; self?: Value }
  | { k: 'cls'; id: number; t: number }
  | { k: 'inst'; cls: number; t: number }
  | { k: 'unknown'; t: number };

export interface StrValue {
  k: 'str';
  s: string;
  /** A `bytes` value: one char per byte. */
  b?: boolean;
  /** Some parts were unknown and are `HOLE` in `s`. */
  partial?: boolean;
  t: number;
  /** How the string was decoded, when it was (`base64 -> zlib`). */
  how?: string;
  /** Written as one literal in the source, not built. */
  lit?: boolean;
}

export interface SeqValue {
  k: 'seq';
  items: Value[];
  tuple?: boolean;
  t: number;
}

export interface DictValue {
  k: 'dict';
  keys: (string | undefined)[];
  values: Value[];
  t: number;
}

/** A module, class, function or constant known by its qualified name (`os.system`, `builtins.exec`). */
export interface RefValue {
  k: 'ref';
  q: string;
  t: number;
}

/**
 * The result of calling something known (`requests.get()`, `builtins.open()`), so that attribute
 * reads and method calls on it stay resolvable (`requests.get().text`).
 */
export interface ObjValue {
  k: 'obj';
  q: string;
  t: number;
  /** For `open()` results: the path and mode. For `Path(...)`: the path. */
  path?: Value;
  mode?: string;
}

export const UNKNOWN: Value = { k: 'unknown', t: 0 };

export function unknown(t = 0): Value {
  return t === 0 ? UNKNOWN : { k: 'unknown', t };
}

export function str(s: string, t = 0, extra?: Partial<StrValue>): StrValue {
  return { k: 'str', s, t, ...extra };
}

export function num(n: number): Value {
  return { k: 'num', n, t: 0 };
}

/** Items of one container looked at when gathering taint; huge constant tables carry none. */
const TAINT_SCAN_ITEMS = 10_000;

/** The taint of a value and everything inside it. */
export function deepTaint(v: Value, depth = 0): number {
  let t = v.t;
  if (depth > 6) return t;
  if (v.k === 'seq') {
    const n = Math.min(v.items.length, TAINT_SCAN_ITEMS);
    for (let i = 0; i < n; i++) t |= deepTaint(v.items[i], depth + 1);
  } else if (v.k === 'dict') {
    const n = Math.min(v.values.length, TAINT_SCAN_ITEMS);
    for (let i = 0; i < n; i++) t |= deepTaint(v.values[i], depth + 1);
  } else if (v.k === 'obj' && v.path) t |= deepTaint(v.path, depth + 1);
  return t;
}

export function knownStr(v: Value | undefined): string | undefined {
  return v && v.k === 'str' && !v.partial ? v.s : undefined;
}

/** Every string reachable in a value (list items, dict values), partial ones included. */
export function stringsIn(v: Value | undefined, out: StrValue[] = [], depth = 0, limit = 2000): StrValue[] {
  if (!v || depth > 6 || out.length >= limit) return out;
  if (v.k === 'str') out.push(v);
  else if (v.k === 'seq') for (const i of v.items) stringsIn(i, out, depth + 1, limit);
  else if (v.k === 'dict') {
    for (const k of v.keys) if (k !== undefined) out.push(str(k, 0, { lit: true }));
    for (const i of v.values) stringsIn(i, out, depth + 1, limit);
  } else if (v.k === 'obj' && v.path) stringsIn(v.path, out, depth + 1, limit);
  return out;
}

/** A short, printable rendering of a value for evidence. */
export function show(v: Value | undefined, max = 200): string {
  if (!v) return '?';
  let s: string;
  switch (v.k) {
    case 'str':
      s = JSON.stringify(printable(v.s.length > max ? v.s.slice(0, max) : v.s)).replaceAll(HOLE, '…');
      if (v.b) s = 'b' + s;
      break;
    case 'num':
      s = String(v.n);
      break;
    case 'const':
      s = v.v;
      break;
    case 'seq': {
      const inner = v.items.slice(0, 12).map((i) => show(i, 60)).join(', ');
      s = v.tuple ? `(${inner})` : `[${inner}${v.items.length > 12 ? ', …' : ''}]`;
      break;
    }
    case 'dict':
      s = `{${v.keys.slice(0, 8).map((k, i) => `${k === undefined ? '…' : JSON.stringify(k)}: ${show(v.values[i], 40)}`).join(', ')}}`;
      break;
    case 'ref':
      s = v.q;
      break;
    case 'obj':
      s = v.q;
      break;
    default:
      s = v.t ? `<${describeTaint(v.t)}>` : '<unknown>';
  }
  return s.length > max ? s.slice(0, max) + '…' : s;
}

/** Replaces control and non-printable characters so evidence stays on one readable line. */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function truthyKnown(v: Value): boolean | undefined {
  if (v.k === 'const') return v.v === 'True';
  if (v.k === 'num') return v.n !== 0;
  if (v.k === 'str' && !v.partial) return v.s.length > 0;
  return undefined;
}

/** A value with more sources of data. */
export function withMoreTaint(v: Value, t: number): Value {
  if (!t || (v.t & t) === t) return v;
  return { ...v, t: v.t | t } as Value;
}

/** One value for several that a name may hold (branches, returns): the first known, with all their taint. */
export function mergeValues(vals: Value[]): Value {
  if (vals.length === 1) return vals[0];
  const firstKnown = vals.find((v) => v.k !== 'unknown' && !(v.k === 'const' && v.v === 'None')) ?? vals[0];
  let t = 0;
  for (const v of vals) t |= deepTaint(v);
  return withMoreTaint(firstKnown, t);
}
