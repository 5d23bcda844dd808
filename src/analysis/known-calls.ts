// What calls to well-known functions and methods return, as abstract values: builtins, string and
// bytes methods, decoders, `os.path`, environment reads, identity sources, file and network
// objects. Anything not handled here is a call to an unknown function.

import {
  CLIPBOARD_CALLS,
  IDENTITY_CALLS,
  IDENTITY_ENV,
  OPAQUE_DECODERS,
  PROCESS_CALLS,
  SECRET_ENV,
  isNetworkCall,
} from './catalog.js';
import {
  ascii85Decode,
  base32Decode,
  base64Decode,
  base85Decode,
  brotliDecompress,
  bytesToText,
  type DecodeResult,
  gzipDecompress,
  hexDecode,
  rot13,
  textToBytes,
  zlibDecompress,
} from './decode.js';
import { CHR_CODES, MAX_ITEMS, MAX_STRING, asText, braceFormat, joinPieces } from './folding.js';
import { basename, dirname, joinPath } from './paths.js';
import { unescape } from './parse.js';
import { HOLE, Taint, type StrValue, type Value, deepTaint, knownStr, num, str, unknown } from './values.js';

export interface CallHost {
  /** Runs a decoder on a known input and records the attempt. */
  decode(codec: string, input: Value, fn: (s: string) => DecodeResult, outText?: boolean): Value;
  /** Records data passed through a decoder this analysis cannot reproduce. */
  opaque(codec: string, input: Value): Value;
  /** Calls a function value (a lambda, a local function, a builtin ref) with arguments. */
  apply(fn: Value, args: Value[]): Value;
  /** Records a lookup by name (`__import__`, `getattr`). */
  dynamic(via: string, name: Value, target: string | undefined, on?: string): void;
  /** The value of a module-level name, for `globals()[...]`. */
  global(name: string): Value | undefined;
  /** Whether a path relative to the sdist root is a file of the sdist. */
  fileExists(path: string): boolean;
  /** Counts iterations against the unit's budget; false when it is spent. */
  step(n: number): boolean;
}

/** Calls with no side effects worth a fact; they are folded and not recorded. */
export const PURE_CALLS = new Set([
  'builtins.chr', 'builtins.unichr', 'builtins.ord', 'builtins.str', 'builtins.unicode', 'builtins.bytes', 'builtins.bytearray',
  'builtins.int', 'builtins.float', 'builtins.len', 'builtins.list', 'builtins.tuple', 'builtins.set', 'builtins.frozenset',
  'builtins.dict', 'builtins.map', 'builtins.filter', 'builtins.zip', 'builtins.range', 'builtins.xrange', 'builtins.enumerate',
  'builtins.reversed', 'builtins.sorted', 'builtins.sum', 'builtins.min', 'builtins.max', 'builtins.abs', 'builtins.hex',
  'builtins.oct', 'builtins.bin', 'builtins.repr', 'builtins.format', 'builtins.isinstance', 'builtins.issubclass', 'builtins.type',
  'builtins.iter', 'builtins.next', 'builtins.any', 'builtins.all', 'builtins.hash', 'builtins.round', 'builtins.pow',
  'builtins.divmod', 'builtins.id', 'builtins.callable', 'builtins.hasattr', 'builtins.print', 'builtins.super',
  'builtins.property', 'builtins.staticmethod', 'builtins.classmethod', 'builtins.object', 'builtins.memoryview',
  'os.path.join', 'os.path.dirname', 'os.path.basename', 'os.path.abspath', 'os.path.realpath', 'os.path.normpath',
  'os.path.exists', 'os.path.isfile', 'os.path.isdir', 'os.path.splitext', 'os.path.split', 'os.path.relpath',
  'os.path.normcase', 'os.path.islink', 'os.path.isabs', 'str.maketrans', 'string.maketrans', 'bytes.maketrans',
  'os.fspath', 'sys.getfilesystemencoding', 'sys.getdefaultencoding', 'locale.getpreferredencoding',
]);

/** Keyword arguments of network calls that configure the client rather than carry data. */
export const NETWORK_LOCAL_KWARGS = new Set(['timeout', 'verify', 'cert', 'proxies', 'stream', 'allow_redirects', 'filename', 'context', 'cafile', 'capath', 'reporthook']);

const ENV_HOLDER = new Set(['os.environ', 'os.environb', 'posix.environ', 'nt.environ']);

export function envRead(name: Value): Value {
  const n = knownStr(name);
  if (n === undefined) return unknown(Taint.ENV | name.t);
  let t = Taint.ENV;
  if (IDENTITY_ENV.test(n)) t |= Taint.IDENTITY;
  if (SECRET_ENV.test(n)) t |= Taint.SECRET;
  return str(`%${n}%`, t, { partial: true });
}

function strArg(v: Value | undefined): string | undefined {
  return knownStr(v);
}

function numArg(v: Value | undefined): number | undefined {
  return v && v.k === 'num' ? v.n : undefined;
}

function allTaint(args: Value[], kwargs: Record<string, Value>): number {
  let t = 0;
  for (const a of args) t |= deepTaint(a);
  for (const a of Object.values(kwargs)) t |= deepTaint(a);
  return t;
}

/** The items of a value Python could iterate, when they are known. */
export function iterate(v: Value, host: CallHost): Value[] | undefined {
  if (v.k === 'seq') return v.items;
  if (v.k === 'str' && !v.partial) {
    if (!host.step(v.s.length)) return undefined;
    if (v.b) return Array.from(v.s, (c) => num(c.charCodeAt(0)));
    return Array.from(v.s, (c) => str(c, v.t));
  }
  if (v.k === 'dict') return v.keys.map((k) => (k === undefined ? unknown(v.t) : str(k)));
  return undefined;
}

function seq(items: Value[], t = 0, tuple = false): Value {
  return { k: 'seq', items, t, tuple: tuple || undefined };
}

function intOf(v: Value, base?: number): Value {
  if (v.k === 'num') return num(Math.trunc(v.n));
  const s = knownStr(v);
  if (s === undefined) return unknown(v.t);
  const t = s.trim().replace(/_/g, '');
  const b = base ?? 10;
  const body = b === 16 ? t.replace(/^0x/i, '') : b === 8 ? t.replace(/^0o/i, '') : b === 2 ? t.replace(/^0b/i, '') : t;
  const n = parseInt(body, b || 10);
  return Number.isNaN(n) ? unknown(v.t) : { k: 'num', n, t: v.t };
}

function chrOf(v: Value): Value {
  if (v.k !== 'num' || v.n < 0 || v.n > 0x10ffff || !Number.isInteger(v.n)) return unknown(v.t);
  return str(String.fromCodePoint(v.n), v.t, { how: CHR_CODES });
}

/** `bytes(x)` / `bytearray(x)`. */
function bytesOf(args: Value[], host: CallHost): Value {
  const [a, enc] = args;
  if (!a) return str('', 0, { b: true });
  if (a.k === 'str') {
    if (a.b) return a;
    if (a.partial) return unknown(a.t);
    return str(textToBytes(a.s, strArg(enc) ?? 'utf-8'), a.t, { b: true, how: a.how });
  }
  if (a.k === 'num') return a.n <= MAX_STRING ? str('\0'.repeat(Math.max(0, a.n)), 0, { b: true }) : unknown();
  const items = iterate(a, host);
  if (!items) return unknown(deepTaint(a));
  let s = '';
  for (const it of items) {
    if (it.k !== 'num' || it.n < 0 || it.n > 255) return unknown(deepTaint(a));
    s += String.fromCharCode(it.n);
  }
  return str(s, deepTaint(a), { b: true });
}

function textOf(v: Value, args: Value[]): Value {
  if (v.k === 'str') {
    if (v.b && args[1]) {
      const t = bytesToText(v.s, strArg(args[1]) ?? 'utf-8');
      return t === undefined ? unknown(v.t) : str(t, v.t, { how: v.how, partial: v.partial });
    }
    return v.b ? str(`b'${v.s}'`, v.t, { partial: v.partial }) : v;
  }
  if (v.k === 'num' || v.k === 'const') return str(asText(v).s);
  if (v.k === 'obj' && v.q.startsWith('pathlib.Path') && v.path) return v.path;
  if (v.k === 'ref' && ENV_HOLDER.has(v.q)) return unknown(Taint.ENV_ALL);
  return unknown(deepTaint(v));
}

/** Calls to known functions by qualified name; undefined when `q` is not one of them. */
export function callKnown(qIn: string, args: Value[], kwargs: Record<string, Value>, host: CallHost, callee?: Value): Value | undefined {
  const q = /^builtins\.(bytes|bytearray|str)\./.test(qIn) ? qIn.slice(9) : qIn;
  const a0 = args[0];
  switch (q) {
    case 'builtins.chr':
    case 'builtins.unichr':
      return a0 ? chrOf(a0) : unknown();
    case 'builtins.ord': {
      if (a0?.k === 'str' && !a0.partial && a0.s.length >= 1) return { k: 'num', n: a0.s.codePointAt(0)!, t: a0.t };
      return unknown(a0?.t ?? 0);
    }
    case 'builtins.str':
    case 'builtins.unicode':
      return a0 ? textOf(a0, args) : str('');
    case 'builtins.repr':
      return a0?.k === 'str' && !a0.partial ? str(`'${a0.s}'`, a0.t) : a0 ? textOf(a0, []) : unknown();
    case 'builtins.bytes':
    case 'builtins.bytearray':
      return bytesOf(args, host);
    case 'builtins.int':
    case 'builtins.long':
      return a0 ? intOf(a0, numArg(args[1] ?? kwargs.base)) : num(0);
    case 'builtins.float': {
      const s = a0 && (a0.k === 'num' ? String(a0.n) : knownStr(a0));
      const n = s === undefined ? NaN : Number(s);
      return Number.isNaN(n) ? unknown(a0?.t ?? 0) : num(n);
    }
    case 'builtins.len': {
      if (a0?.k === 'str' && !a0.partial) return num(a0.s.length);
      if (a0?.k === 'seq') return num(a0.items.length);
      if (a0?.k === 'dict') return num(a0.keys.length);
      return unknown(a0?.t ?? 0);
    }
    case 'builtins.hex':
      return a0?.k === 'num' ? str((a0.n < 0 ? '-0x' : '0x') + Math.abs(a0.n).toString(16)) : unknown(a0?.t ?? 0);
    case 'builtins.oct':
      return a0?.k === 'num' ? str('0o' + a0.n.toString(8)) : unknown(a0?.t ?? 0);
    case 'builtins.bin':
      return a0?.k === 'num' ? str('0b' + a0.n.toString(2)) : unknown(a0?.t ?? 0);
    case 'builtins.abs':
      return a0?.k === 'num' ? num(Math.abs(a0.n)) : unknown(a0?.t ?? 0);
    case 'builtins.list':
    case 'builtins.tuple':
    case 'builtins.set':
    case 'builtins.frozenset':
    case 'builtins.sorted': {
      if (!a0) return seq([], 0, q === 'builtins.tuple');
      if (a0.k === 'ref' && ENV_HOLDER.has(a0.q)) return unknown(Taint.ENV_ALL);
      const items = iterate(a0, host);
      if (!items) return unknown(deepTaint(a0));
      if (q === 'builtins.sorted' && items.every((i) => i.k === 'str' && !i.partial)) {
        return seq([...items].sort((x, y) => ((x as StrValue).s < (y as StrValue).s ? -1 : 1)), deepTaint(a0));
      }
      return seq([...items], a0.t, q === 'builtins.tuple');
    }
    case 'builtins.reversed': {
      const items = a0 ? iterate(a0, host) : undefined;
      // reversing a long string is a way of hiding it
      const hides = a0?.k === 'str' && a0.s.length >= 8 ? Taint.DECODED : 0;
      return items ? seq([...items].reverse(), a0!.t | hides) : unknown(a0 ? deepTaint(a0) : 0);
    }
    case 'builtins.dict': {
      if (a0?.k === 'ref' && ENV_HOLDER.has(a0.q)) return unknown(Taint.ENV_ALL);
      if (a0?.k === 'dict') return { ...a0, keys: [...a0.keys], values: [...a0.values] };
      // dict([(key, value), ...]): a table built from pairs keeps what each key holds.
      if (a0?.k === 'seq' && a0.items.every((p) => p.k === 'seq' && p.items.length === 2)) {
        const pairs = a0.items as { items: Value[] }[];
        const keys = [...pairs.map((p) => knownStr(p.items[0])), ...Object.keys(kwargs)];
        // a key's own taint (read from the environment, decoded) stays with the table
        const t = pairs.reduce((acc, p) => acc | deepTaint(p.items[0]!), a0.t);
        return { k: 'dict', keys, values: [...pairs.map((p) => p.items[1]!), ...Object.values(kwargs)], t };
      }
      const keys = Object.keys(kwargs);
      return { k: 'dict', keys, values: keys.map((k) => kwargs[k]), t: a0 ? deepTaint(a0) : 0 };
    }
    case 'builtins.range':
    case 'builtins.xrange': {
      const ns = args.map(numArg);
      if (ns.some((n) => n === undefined) || ns.length === 0) return unknown();
      const [start, stop, step] = ns.length === 1 ? [0, ns[0]!, 1] : [ns[0]!, ns[1]!, ns[2] ?? 1];
      if (step === 0) return unknown();
      const count = Math.max(0, Math.ceil((stop - start) / step));
      if (count > MAX_ITEMS || !host.step(count)) return unknown();
      const items: Value[] = [];
      for (let i = 0; i < count; i++) items.push(num(start + i * step));
      return seq(items);
    }
    case 'builtins.enumerate': {
      const items = a0 ? iterate(a0, host) : undefined;
      const start = numArg(args[1]) ?? 0;
      return items ? seq(items.map((v, i) => seq([num(start + i), v], 0, true))) : unknown(a0 ? deepTaint(a0) : 0);
    }
    case 'builtins.zip': {
      const lists = args.map((a) => iterate(a, host));
      if (lists.some((l) => !l) || lists.length === 0) return unknown(allTaint(args, {}));
      const n = Math.min(...lists.map((l) => l!.length));
      const items: Value[] = [];
      for (let i = 0; i < n; i++) items.push(seq(lists.map((l) => l![i]), 0, true));
      return seq(items);
    }
    case 'builtins.map': {
      const lists = args.slice(1).map((a) => iterate(a, host));
      if (!a0 || lists.length === 0 || lists.some((l) => !l)) return unknown(allTaint(args, {}));
      const n = Math.min(...lists.map((l) => l!.length));
      if (!host.step(n)) return unknown(allTaint(args, {}));
      const items: Value[] = [];
      for (let i = 0; i < n; i++) items.push(host.apply(a0, lists.map((l) => l![i])));
      return seq(items);
    }
    case 'builtins.filter': {
      const items = args[1] ? iterate(args[1], host) : undefined;
      if (!items) return unknown(allTaint(args, {}));
      if (a0?.k === 'const' && a0.v === 'None') return seq(items.filter((i) => !(i.k === 'str' && i.s === '') && !(i.k === 'num' && i.n === 0)));
      return seq(items, deepTaint(args[1]));
    }
    case 'builtins.sum': {
      const items = a0 ? iterate(a0, host) : undefined;
      if (items && items.every((i) => i.k === 'num')) return num(items.reduce((s, i) => s + (i as { n: number }).n, 0));
      return unknown(a0 ? deepTaint(a0) : 0);
    }
    case 'builtins.format':
      return a0 ? textOf(a0, []) : unknown();
    case 'builtins.getattr':
      return undefined;
    case 'builtins.__import__':
    case 'importlib.import_module':
    case 'importlib.__import__': {
      const name = a0 ?? kwargs.name;
      const n = knownStr(name);
      let target: string | undefined;
      if (n !== undefined) {
        const fromlist = args[3] ?? kwargs.fromlist;
        const withFrom = q !== 'builtins.__import__' || (fromlist && fromlist.k === 'seq' && fromlist.items.length > 0);
        target = withFrom ? n : n.split('.')[0];
      }
      host.dynamic(q === 'builtins.__import__' ? '__import__' : 'importlib.import_module', name ?? unknown(), target);
      return target ? { k: 'ref', q: target, t: 0 } : unknown(name?.t ?? 0);
    }
    case 'builtins.globals':
    case 'builtins.locals':
      return { k: 'ref', q: '<globals>', t: 0 };
    case 'builtins.vars':
      if (a0?.k === 'ref') return { k: 'ref', q: `${a0.q}.__dict__`, t: 0 };
      return { k: 'ref', q: '<globals>', t: 0 };
    case 'bytes.fromhex':
    case 'bytearray.fromhex':
      return host.decode('hex', a0 ?? unknown(), (s) => hexDecode(s, budgetless, true));
    case 'base64.b64decode':
    case 'base64.standard_b64decode':
    case 'base64.decodebytes':
    case 'base64.decodestring':
    case 'binascii.a2b_base64': {
      const alt = strArg(args[1] ?? kwargs.altchars);
      return host.decode('base64', a0 ?? kwargs.s ?? unknown(), (s) => base64Decode(s, budgetless, false, alt));
    }
    case 'base64.urlsafe_b64decode':
      return host.decode('base64', a0 ?? unknown(), (s) => base64Decode(s, budgetless, true));
    case 'base64.b32decode':
      return host.decode('base32', a0 ?? unknown(), (s) => base32Decode(s, budgetless));
    case 'base64.b16decode':
    case 'binascii.unhexlify':
    case 'binascii.a2b_hex':
    case 'codecs.hex_decode':
      return host.decode('hex', a0 ?? unknown(), (s) => hexDecode(s, budgetless));
    case 'base64.b85decode':
      return host.decode('base85', a0 ?? unknown(), (s) => base85Decode(s, budgetless));
    case 'base64.a85decode':
      return host.decode('ascii85', a0 ?? unknown(), (s) => ascii85Decode(s, budgetless));
    case 'zlib.decompress': {
      const wbits = numArg(args[1] ?? kwargs.wbits);
      return host.decode('zlib', a0 ?? unknown(), (s) => zlibDecompress(s, budgetless, wbits));
    }
    case 'gzip.decompress':
      return host.decode('gzip', a0 ?? unknown(), (s) => gzipDecompress(s, budgetless));
    case 'brotli.decompress':
      return host.decode('brotli', a0 ?? unknown(), (s) => brotliDecompress(s, budgetless));
    case 'codecs.decode':
    case 'codecs.encode': {
      const codec = (strArg(args[1] ?? kwargs.encoding) ?? 'utf-8').toLowerCase();
      return codecTransform(a0 ?? unknown(), codec, q === 'codecs.encode', host) ?? unknown(a0?.t ?? 0);
    }
    case 'base64.b64encode':
    case 'base64.standard_b64encode':
    case 'base64.encodebytes':
    case 'base64.urlsafe_b64encode':
    case 'base64.encodestring': {
      const s = a0?.k === 'str' && !a0.partial ? a0.s : undefined;
      if (s === undefined) return unknown(a0 ? deepTaint(a0) : 0);
      let out = Buffer.from(a0!.k === 'str' && a0.b ? s : textToBytes(s), 'latin1').toString('base64');
      if (q === 'base64.urlsafe_b64encode') out = out.replace(/\+/g, '-').replace(/\//g, '_');
      return str(out, a0!.t, { b: true });
    }
    case 'binascii.hexlify':
    case 'binascii.b2a_hex': {
      const s = a0?.k === 'str' && !a0.partial ? a0.s : undefined;
      return s === undefined ? unknown(a0 ? deepTaint(a0) : 0) : str(Buffer.from(s, 'latin1').toString('hex'), a0!.t, { b: true });
    }
    case 'os.path.join':
    case 'posixpath.join':
    case 'ntpath.join': {
      const parts = args.map((a) => asText(a.k === 'obj' && a.path ? a.path : a));
      return str(
        joinPath(parts.map((p) => p.s)),
        allTaint(args, {}),
        { partial: parts.some((p) => p.partial) || undefined },
      );
    }
    case 'os.path.dirname':
    case 'os.path.basename': {
      const v = a0?.k === 'obj' && a0.path ? a0.path : a0;
      if (v?.k !== 'str') return unknown(v?.t ?? 0);
      const s = q === 'os.path.dirname' ? dirname(v.s) : basename(v.s);
      return str(s, v.t, { partial: s.includes(HOLE) || undefined });
    }
    case 'os.path.abspath':
    case 'os.path.realpath':
    case 'os.path.normpath':
    case 'os.path.expandvars':
    case 'os.path.expanduser':
    case 'os.path.normcase':
    case 'os.fspath':
      return a0?.k === 'obj' && a0.path ? a0.path : (a0 ?? unknown());
    case 'os.path.splitext': {
      const s = a0 && knownStr(a0);
      if (s === undefined) return unknown(a0?.t ?? 0);
      const i = s.lastIndexOf('.');
      const j = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
      return i > j + 1 ? seq([str(s.slice(0, i)), str(s.slice(i))], 0, true) : seq([str(s), str('')], 0, true);
    }
    case 'os.getenv':
    case 'os.environ.get':
    case 'os.environ.setdefault':
    case 'os.environ.pop':
    case 'os.getenvb':
      return envRead(a0 ?? kwargs.key ?? unknown());
    case 'os.environ.copy':
    case 'os.environ.items':
    case 'os.environ.keys':
    case 'os.environ.values':
    case 'os.environ.__str__':
      return unknown(Taint.ENV_ALL);
    case 'builtins.open':
    case 'io.open':
    case 'codecs.open':
    case 'builtins.file': {
      const mode = strArg(args[1] ?? kwargs.mode) ?? 'r';
      const path = a0 ?? kwargs.file ?? kwargs.filename ?? unknown();
      return { k: 'obj', q: 'builtins.open()', t: 0, path: path.k === 'obj' && path.path ? path.path : path, mode };
    }
    case 'pathlib.Path':
    case 'pathlib.PurePath':
    case 'pathlib.PosixPath':
    case 'pathlib.WindowsPath': {
      const parts = args.map((a) => (a.k === 'obj' && a.path ? a.path : a));
      const joined = parts.length ? (parts.length === 1 ? parts[0] : callKnown('os.path.join', parts, {}, host)!) : str('.');
      return { k: 'obj', q: 'pathlib.Path()', t: 0, path: joined };
    }
    case 'pathlib.Path().resolve':
    case 'pathlib.Path().absolute':
    case 'pathlib.Path().expanduser':
    case 'pathlib.Path().as_posix':
      return callee?.k === 'obj' ? { k: 'obj', q: 'pathlib.Path()', t: callee.t, path: callee.path } : undefined;
    case 'pathlib.Path().joinpath': {
      if (callee?.k !== 'obj') return undefined;
      return { k: 'obj', q: 'pathlib.Path()', t: callee.t, path: callKnown('os.path.join', [callee.path ?? unknown(), ...args], {}, host) };
    }
    case 'pathlib.Path.home':
      return { k: 'obj', q: 'pathlib.Path()', t: 0, path: str('~') };
    case 'pathlib.Path.cwd':
      return { k: 'obj', q: 'pathlib.Path()', t: Taint.IDENTITY, path: str('.', Taint.IDENTITY) };
    case 'os.getcwd':
    case 'os.getcwdu':
      return str('.', Taint.IDENTITY);
    case 'str.maketrans':
    case 'string.maketrans':
    case 'bytes.maketrans': {
      const from = strArg(a0);
      const to = strArg(args[1]);
      if (from === undefined || to === undefined || from.length !== to.length) return unknown();
      const keys: string[] = [];
      const values: Value[] = [];
      for (let i = 0; i < from.length; i++) {
        keys.push(String(from.codePointAt(i)));
        values.push(num(to.codePointAt(i)!));
      }
      return { k: 'dict', keys, values, t: 0 };
    }
  }
  if (q in OPAQUE_DECODERS) return host.opaque(OPAQUE_DECODERS[q], a0 ?? unknown());
  const cipher = opaqueCipher(q);
  if (cipher) return host.opaque(cipher, a0 ?? unknown());
  if (IDENTITY_CALLS.has(q)) return unknown(Taint.IDENTITY);
  if (CLIPBOARD_CALLS.has(q)) return unknown(Taint.SECRET);
  if (q in PROCESS_CALLS) return { k: 'obj', q: `${q}()`, t: Taint.PROCESS };
  if (isNetworkCall(q)) return { k: 'obj', q: `${q}()`, t: Taint.NETWORK };
  return undefined;
}

/** Decryption with any library: `Fernet(key).decrypt(token)`, `AES.new(key, ...).decrypt(data)`. */
function opaqueCipher(q: string): string | undefined {
  if (/(^|\.)(Fernet|MultiFernet)\(\)\.decrypt$/.test(q)) return 'Fernet';
  if (/(^|\.)(AES|DES|DES3|ChaCha20|ChaCha20_Poly1305|Blowfish|ARC4|Salsa20|CAST)\.new\(\)\.decrypt(_and_verify)?$/.test(q)) return 'AES';
  if (/(^|\.)(AESGCM|ChaCha20Poly1305|AESCCM)\(\)\.decrypt$|Cipher\(\)\.decryptor\(\)\.update$|AESModeOf\w+\(\)\.decrypt$/.test(q)) return 'AES';
  if (/(^|\.)(marshal|pickle|cPickle|dill|cloudpickle)\.loads?$/.test(q)) return q.includes('marshal') ? 'marshal' : 'pickle';
  return undefined;
}

/** A no-op budget: the host charges the shared budget when it records the decode. */
const budgetless = { used: 0, exhausted: false, total: Infinity, charge: () => true } as unknown as import('./decode.js').DecodeBudget;

/** `codecs.decode(s, codec)` and Python 2's `s.decode(codec)`. */
export function codecTransform(v: Value, codecName: string, encode: boolean, host: CallHost): Value | undefined {
  const codec = codecName.toLowerCase().replace(/[-_]/g, '');
  if (codec === 'rot13' || codec === 'rot') {
    if (v.k !== 'str' || v.partial) return unknown(v.t | Taint.DECODED);
    return host.decode('rot13', v, (s) => ({ ok: true, value: rot13(s) }), true);
  }
  if (encode) {
    if (v.k !== 'str' || v.partial) return unknown(v.t);
    if (codec === 'base64' || codec === 'hex' || codec === 'zlib') return unknown(v.t);
    return str(textToBytes(v.s, codecName), v.t, { b: true, how: v.how });
  }
  switch (codec) {
    case 'base64':
    case 'base64codec':
      return host.decode('base64', v, (s) => base64Decode(s, budgetless));
    case 'hex':
    case 'hexcodec':
      return host.decode('hex', v, (s) => hexDecode(s, budgetless));
    case 'zlib':
    case 'zip':
    case 'zlibcodec':
      return host.decode('zlib', v, (s) => zlibDecompress(s, budgetless));
    case 'bz2':
    case 'bz2codec':
      return host.opaque('bz2', v);
    case 'stringescape':
    case 'unicodeescape':
    case 'rawunicodeescape':
      if (v.k !== 'str' || v.partial) return unknown(v.t);
      return str(unescape(v.s, codec === 'stringescape'), v.t | (v.s.includes('\\x') ? Taint.DECODED : 0), { how: v.how ?? 'escapes' });
  }
  if (v.k !== 'str') return unknown(deepTaint(v));
  if (!v.b) return v;
  if (v.partial) return unknown(v.t);
  const text = bytesToText(v.s, codecName);
  return text === undefined ? unknown(v.t) : str(text, v.t, { how: v.how });
}

/** Methods on known strings, bytes, lists and dicts; undefined when not one of them. */
export function methodOnValue(obj: Value, name: string, args: Value[], kwargs: Record<string, Value>, host: CallHost): Value | undefined {
  if (obj.k === 'str') return strMethod(obj, name, args, kwargs, host);
  if (obj.k === 'seq') {
    switch (name) {
      case 'append':
        if (args[0] && obj.items.length < MAX_ITEMS) obj.items.push(args[0]);
        return { k: 'const', v: 'None', t: 0 };
      case 'extend': {
        const items = args[0] ? iterate(args[0], host) : undefined;
        if (items && obj.items.length + items.length < MAX_ITEMS) obj.items.push(...items);
        else obj.t |= args[0] ? deepTaint(args[0]) : 0;
        return { k: 'const', v: 'None', t: 0 };
      }
      case 'insert':
        if (args[1] && args[0]?.k === 'num' && obj.items.length < MAX_ITEMS) obj.items.splice(args[0].n, 0, args[1]);
        return { k: 'const', v: 'None', t: 0 };
      case 'reverse':
        obj.items.reverse();
        return { k: 'const', v: 'None', t: 0 };
      case 'copy':
        return { ...obj, items: [...obj.items] };
      case 'pop':
        return obj.items.length ? obj.items[obj.items.length - 1] : unknown();
      case 'index':
      case 'count':
        return unknown();
    }
    return undefined;
  }
  if (obj.k === 'dict') {
    switch (name) {
      case 'get':
      case 'pop':
      case 'setdefault': {
        const key = knownStr(args[0]);
        const i = key === undefined ? -1 : obj.keys.indexOf(key);
        if (i !== -1) return obj.values[i];
        if (name === 'setdefault' && key !== undefined && args[1]) {
          obj.keys.push(key);
          obj.values.push(args[1]);
        }
        return args[1] ?? unknown(obj.t);
      }
      case 'items':
        return seq(obj.keys.map((k, i) => seq([k === undefined ? unknown() : str(k), obj.values[i]], 0, true)), obj.t);
      case 'keys':
        return seq(obj.keys.map((k) => (k === undefined ? unknown() : str(k))), obj.t);
      case 'values':
        return seq([...obj.values], obj.t);
      case 'update': {
        const other = args[0];
        if (other?.k === 'dict') {
          other.keys.forEach((k, i) => {
            obj.keys.push(k);
            obj.values.push(other.values[i]);
          });
        } else if (other) obj.t |= deepTaint(other);
        for (const [k, v] of Object.entries(kwargs)) {
          obj.keys.push(k);
          obj.values.push(v);
        }
        return { k: 'const', v: 'None', t: 0 };
      }
      case 'copy':
        return { ...obj, keys: [...obj.keys], values: [...obj.values] };
    }
    return undefined;
  }
  return undefined;
}

function strMethod(s: StrValue, name: string, args: Value[], kwargs: Record<string, Value>, host: CallHost): Value | undefined {
  const a0 = args[0];
  const keep = (out: string): Value => str(out, s.t, { b: s.b, partial: s.partial, how: s.how });
  switch (name) {
    case 'join': {
      const items = a0 ? iterate(a0, host) : undefined;
      if (!items) return unknown(s.t | (a0 ? deepTaint(a0) : 0));
      return joinPieces(items, s.s, !!s.b, s.t | a0!.t);
    }
    case 'decode':
    case 'encode': {
      const codec = strArg(a0 ?? kwargs.encoding) ?? 'utf-8';
      return codecTransform(s, codec, name === 'encode', host);
    }
    case 'format':
      return braceFormat(s, args, kwargs);
    case 'replace': {
      const from = strArg(a0);
      const to = args[1]?.k === 'str' ? args[1] : undefined;
      if (from === undefined || !to || from === '') return s.partial ? unknown(s.t) : unknown(s.t);
      const out = s.s.split(from).join(to.s);
      if (out.length > MAX_STRING) return unknown(s.t);
      return str(out, s.t | to.t, { b: s.b, partial: s.partial || to.partial, how: s.how });
    }
    case 'upper':
      return keep(s.s.toUpperCase());
    case 'lower':
    case 'casefold':
      return keep(s.s.toLowerCase());
    case 'swapcase':
      return keep(s.s.replace(/[a-zA-Z]/g, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())));
    case 'title':
    case 'capitalize':
      return keep(s.s.charAt(0).toUpperCase() + (name === 'capitalize' ? s.s.slice(1).toLowerCase() : s.s.slice(1)));
    case 'strip':
    case 'lstrip':
    case 'rstrip': {
      const chars = a0 && a0.k === 'str' ? a0.s : undefined;
      const set = chars === undefined ? ' \t\n\r\x0b\x0c' : chars;
      let a = 0;
      let b = s.s.length;
      if (name !== 'rstrip') while (a < b && set.includes(s.s[a])) a++;
      if (name !== 'lstrip') while (b > a && set.includes(s.s[b - 1])) b--;
      return keep(s.s.slice(a, b));
    }
    case 'split':
    case 'rsplit':
    case 'splitlines': {
      if (s.partial) return unknown(s.t);
      const sep = name === 'splitlines' ? undefined : strArg(a0 ?? kwargs.sep);
      const parts = name === 'splitlines' ? s.s.split(/\r?\n/) : sep === undefined ? s.s.trim().split(/\s+/).filter(Boolean) : s.s.split(sep);
      if (parts.length > MAX_ITEMS) return unknown(s.t);
      return seq(parts.map((p) => str(p, s.t, { b: s.b })), s.t);
    }
    case 'translate': {
      if (s.partial || a0?.k !== 'dict') return unknown(s.t);
      const map = new Map<number, Value>();
      a0.keys.forEach((k, i) => k !== undefined && map.set(Number(k), a0.values[i]));
      let out = '';
      for (const ch of s.s) {
        const m = map.get(ch.codePointAt(0)!);
        if (m === undefined) out += ch;
        else if (m.k === 'num') out += String.fromCodePoint(m.n);
        else if (m.k === 'str') out += m.s;
      }
      return str(out, s.t | Taint.DECODED, { how: s.how ? `${s.how} -> translate` : 'translate' });
    }
    case 'zfill':
    case 'center':
    case 'ljust':
    case 'rjust':
    case 'expandtabs':
      return keep(s.s);
    case 'hex':
      return s.b && !s.partial ? str(Buffer.from(s.s, 'latin1').toString('hex'), s.t) : unknown(s.t);
    case 'find':
    case 'rfind':
    case 'index':
    case 'rindex':
    case 'count': {
      // positions in a known string: what custom-alphabet decoders look characters up with
      const sub = knownStr(a0);
      if (s.partial || sub === undefined || args.length > 1) return unknown(s.t);
      if (name === 'count') return sub === '' ? num(s.s.length + 1) : num(s.s.split(sub).length - 1);
      const at = name === 'find' || name === 'index' ? s.s.indexOf(sub) : s.s.lastIndexOf(sub);
      return at === -1 && (name === 'index' || name === 'rindex') ? unknown(s.t) : num(at);
    }
    case 'startswith':
    case 'endswith':
    case 'isdigit':
    case 'isalpha':
    case 'isspace':
    case 'isupper':
    case 'islower':
      return unknown(s.t);
    case 'format_map':
      return a0?.k === 'dict' ? braceFormat(s, [], Object.fromEntries(a0.keys.map((k, i) => [k ?? '', a0.values[i]]))) : unknown(s.t);
  }
  return undefined;
}
