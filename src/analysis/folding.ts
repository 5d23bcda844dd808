// Constant folding: Python operators and string formatting over abstract values. Unknown parts
// of a string become `HOLE`, so a partly built URL or command still shows its known text.

import { HOLE, type StrValue, Taint, type Value, str, unknown, deepTaint } from './values.js';

/** The `how` of a single character made by `chr()`. */
export const CHR_CODES = 'chr codes';

/** Longest string folding may build; longer results become unknown. */
export const MAX_STRING = 4 * 1024 * 1024;
/** Longest list folding may build. */
export const MAX_ITEMS = 200_000;

/** A value rendered as `str()` would, with `HOLE` for what is not known. */
export function asText(v: Value): { s: string; partial: boolean } {
  switch (v.k) {
    case 'str':
      return { s: v.b ? v.s : v.s, partial: !!v.partial };
    case 'num':
      return { s: Number.isInteger(v.n) ? String(v.n) : pyFloat(v.n), partial: false };
    case 'const':
      return { s: v.v, partial: false };
    default:
      return { s: HOLE, partial: true };
  }
}

function pyFloat(n: number): string {
  const s = String(n);
  return /[.e]/.test(s) ? s : s + '.0';
}

export function concatStr(a: StrValue, b: StrValue): Value {
  if (a.s.length + b.s.length > MAX_STRING) return unknown(a.t | b.t);
  return str(a.s + b.s, a.t | b.t, {
    b: a.b && b.b ? true : undefined,
    partial: a.partial || b.partial ? true : undefined,
    how: a.how ?? b.how,
  });
}

/** A string built from pieces, some of them unknown. */
export function joinPieces(pieces: Value[], sep = '', bytes = false, extraTaint = 0): Value {
  let s = '';
  let partial = false;
  let t = extraTaint;
  let how: string | undefined;
  let fromCodes = 0;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (i > 0) s += sep;
    const txt = asText(p);
    s += txt.s;
    partial ||= txt.partial;
    t |= deepTaint(p);
    if (p.k === 'str' && p.how === CHR_CODES) fromCodes++;
    else if (p.k === 'str' && p.how) how ??= p.how;
    if (s.length > MAX_STRING) return unknown(t);
  }
  // a string spelled out as character codes is hidden text, not a separator or an escape
  if (fromCodes >= 3) {
    t |= Taint.DECODED;
    how = how ? `${how} -> ${CHR_CODES}` : CHR_CODES;
  }
  return str(s, t, { partial: partial || undefined, b: bytes || undefined, how });
}

export function binaryOp(op: string, a: Value, b: Value): Value {
  const t = a.t | b.t;
  if (op === '+') {
    if (a.k === 'str' && b.k === 'str') return concatStr(a, b);
    if (a.k === 'num' && b.k === 'num') return numOrUnknown(a.n + b.n);
    if (a.k === 'seq' && b.k === 'seq') {
      if (a.items.length + b.items.length > MAX_ITEMS) return unknown(deepTaint(a) | deepTaint(b));
      return { k: 'seq', items: [...a.items, ...b.items], tuple: a.tuple, t };
    }
    if (a.k === 'str' || b.k === 'str') {
      // one side unknown: keep the known text around a hole
      return joinPieces([a, b]);
    }
    return unknown(deepTaint(a) | deepTaint(b));
  }
  if (op === '*') {
    const [s, n] = a.k === 'num' ? [b, a] : [a, b];
    if (n.k === 'num' && Number.isInteger(n.n)) {
      if (s.k === 'num') return numOrUnknown(s.n * n.n);
      const count = Math.max(0, n.n);
      if (s.k === 'str') {
        if (s.s.length * count > MAX_STRING) return unknown(t);
        return str(s.s.repeat(count), t, { b: s.b, partial: s.partial, how: s.how });
      }
      if (s.k === 'seq') {
        if (s.items.length * count > MAX_ITEMS) return unknown(deepTaint(s));
        const items: Value[] = [];
        for (let i = 0; i < count; i++) items.push(...s.items);
        return { k: 'seq', items, tuple: s.tuple, t };
      }
    }
    if (a.k === 'num' && b.k === 'num') return numOrUnknown(a.n * b.n);
    return unknown(deepTaint(a) | deepTaint(b));
  }
  if (op === '%' && a.k === 'str') return percentFormat(a, b);
  if (a.k === 'num' && b.k === 'num') return numOrUnknown(arith(op, a.n, b.n));
  if (a.k === 'const' && b.k === 'num' && a.v !== 'None') return binaryOp(op, { k: 'num', n: a.v === 'True' ? 1 : 0, t: a.t }, b);
  return unknown(deepTaint(a) | deepTaint(b));
}

function numOrUnknown(n: number | undefined): Value {
  return n === undefined || !Number.isFinite(n) || Math.abs(n) > Number.MAX_SAFE_INTEGER ? unknown() : { k: 'num', n, t: 0 };
}

function arith(op: string, x: number, y: number): number | undefined {
  const ints = Number.isInteger(x) && Number.isInteger(y);
  const small = ints && Math.abs(x) < 2 ** 31 && Math.abs(y) < 2 ** 31;
  switch (op) {
    case '-':
      return x - y;
    case '/':
      return y === 0 ? undefined : x / y;
    case '//':
      return y === 0 ? undefined : Math.floor(x / y);
    case '%':
      return y === 0 ? undefined : ((x % y) + y) % y;
    case '**':
      return y < 0 || y > 64 ? undefined : x ** y;
    case '^':
      return small ? x ^ y : ints ? Number(BigInt(x) ^ BigInt(y)) : undefined;
    case '&':
      return small ? x & y : ints ? Number(BigInt(x) & BigInt(y)) : undefined;
    case '|':
      return small ? x | y : ints ? Number(BigInt(x) | BigInt(y)) : undefined;
    case '<<':
      return ints && y >= 0 && y < 53 ? x * 2 ** y : undefined;
    case '>>':
      return ints && y >= 0 ? Math.floor(x / 2 ** Math.min(y, 1024)) : undefined;
    case '@':
      return undefined;
  }
  return undefined;
}

/** `"%s-%d" % args`, `"%(host)s" % mapping`. */
export function percentFormat(fmt: StrValue, args: Value): Value {
  const list = args.k === 'seq' && args.tuple ? args.items : [args];
  const mapping = args.k === 'dict' ? args : undefined;
  let i = 0;
  let out = '';
  let partial = !!fmt.partial;
  let t = fmt.t | deepTaint(args);
  const re = /%(\(([^)]{0,200})\))?([#0\- +]{0,20})(\*|\d+)?(\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;
  let last = 0;
  for (let m = re.exec(fmt.s); m; m = re.exec(fmt.s)) {
    out += fmt.s.slice(last, m.index);
    last = re.lastIndex;
    const conv = m[7];
    if (conv === '%') {
      out += '%';
      continue;
    }
    let v: Value | undefined;
    if (m[2] !== undefined && mapping) {
      const idx = mapping.keys.indexOf(m[2]);
      v = idx === -1 ? undefined : mapping.values[idx];
    } else v = list[i++];
    if (!v) {
      out += HOLE;
      partial = true;
      continue;
    }
    const piece = formatOne(v, conv);
    out += piece.s;
    partial ||= piece.partial;
    t |= v.t;
  }
  out += fmt.s.slice(last);
  if (out.length > MAX_STRING) return unknown(t);
  return str(out, t, { partial: partial || undefined, b: fmt.b, how: fmt.how });
}

function formatOne(v: Value, conv: string): { s: string; partial: boolean } {
  if (conv === 'c' && v.k === 'num') return { s: String.fromCodePoint(v.n & 0x10ffff), partial: false };
  if ((conv === 'x' || conv === 'X') && v.k === 'num') {
    const h = v.n.toString(16);
    return { s: conv === 'X' ? h.toUpperCase() : h, partial: false };
  }
  if (conv === 'o' && v.k === 'num') return { s: v.n.toString(8), partial: false };
  if ((conv === 'd' || conv === 'i' || conv === 'u') && v.k === 'num') return { s: String(Math.trunc(v.n)), partial: false };
  if (conv === 'r' && v.k === 'str' && !v.partial) return { s: `'${v.s}'`, partial: false };
  return asText(v);
}

/** `"{} {name}".format(...)`. */
export function braceFormat(fmt: StrValue, args: Value[], kwargs: Record<string, Value>): Value {
  let auto = 0;
  let partial = !!fmt.partial;
  let t = fmt.t;
  for (const a of args) t |= deepTaint(a);
  for (const a of Object.values(kwargs)) t |= deepTaint(a);
  let out = '';
  const s = fmt.s;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '{' && s[i + 1] === '{') {
      out += '{';
      i++;
      continue;
    }
    if (c === '}' && s[i + 1] === '}') {
      out += '}';
      i++;
      continue;
    }
    if (c !== '{') {
      out += c;
      continue;
    }
    const end = s.indexOf('}', i);
    if (end === -1) {
      out += s.slice(i);
      break;
    }
    const field = s.slice(i + 1, end);
    i = end;
    const name = field.split(/[!:]/)[0];
    const head = name.split(/[.[]/)[0];
    let v: Value | undefined;
    if (head === '') v = args[auto++];
    else if (/^\d+$/.test(head)) v = args[Number(head)];
    else v = kwargs[head];
    if (!v || head !== name) {
      out += HOLE;
      partial = true;
      continue;
    }
    const conv = field.includes(':') ? field.slice(field.indexOf(':') + 1).slice(-1) : 's';
    const piece = formatOne(v, /[xXocd]/.test(conv) ? conv : 's');
    out += piece.s;
    partial ||= piece.partial;
    if (out.length > MAX_STRING) return unknown(t);
  }
  return str(out, t, { partial: partial || undefined, how: fmt.how });
}

/** Python slicing `s[a:b:c]` on a string or list. */
export function slice<T>(items: T[] | string, start?: number, stop?: number, step = 1): T[] | string | undefined {
  const n = items.length;
  if (step === 0) return undefined;
  const norm = (v: number | undefined, def: number, lo: number, hi: number): number => {
    if (v === undefined) return def;
    let x = v < 0 ? v + n : v;
    x = Math.max(lo, Math.min(hi, x));
    return x;
  };
  const idx: number[] = [];
  if (step > 0) {
    const a = norm(start, 0, 0, n);
    const b = norm(stop, n, 0, n);
    for (let i = a; i < b; i += step) idx.push(i);
  } else {
    const a = norm(start, n - 1, -1, n - 1);
    const b = norm(stop, -1, -1, n - 1);
    for (let i = a; i > b; i += step) idx.push(i);
  }
  if (typeof items === 'string') {
    if (step === -1 && start === undefined && stop === undefined) return [...items].reverse().join('');
    return idx.map((i) => items[i]).join('');
  }
  return idx.map((i) => items[i]);
}
