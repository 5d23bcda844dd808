// Calls: arguments, dispatch to local functions, classes and the models of known calls
// (`known-calls.ts`), `setup()`, file reads, and the decoders the models reach through CallHost.

import type { SyntaxNode } from '@lezer/common';
import { EXEC_CALLS, PROCESS_CALLS, isNetworkCall } from '../catalog.js';
import { commandOf } from '../commands.js';
import { type DecodeResult, decodeUtf8Maybe, decodedIsText, looksLikePython } from '../decode.js';
import { PURE_CALLS, callKnown, codecTransform, iterate, methodOnValue } from '../known-calls.js';
import { secretPlace } from '../patterns.js';
import { isAbsolute, normalizePath } from '../paths.js';
import { HOLE, Taint, type Value, deepTaint, knownStr, show, str, unknown } from '../values.js';
import { type Ctx, EXPRESSIONS, NONE, Scope } from './scope.js';
import { Loads, jsonValue } from './loads.js';

const SETUP_CALLS = new Set(['setuptools.setup', 'distutils.core.setup', 'setup', 'numpy.distutils.core.setup', 'skbuild.setup']);
const METADATA_KWARGS = new Set([
  'name', 'version', 'description', 'long_description', 'long_description_content_type', 'url', 'author', 'author_email',
  'maintainer', 'maintainer_email', 'license', 'keywords', 'classifiers', 'project_urls', 'download_url', 'platforms', 'license_files',
]);


const IDENTITY_PROGRAMS = /^(?:\S*[\\/])?(whoami|hostname|id|logname|users|who|w|ipconfig|ifconfig|ip\s+a(ddr)?|systeminfo|net\s+user|quser|uname\s+-[a-z]*[an]|cat\s+\/etc\/(passwd|hostname)|printenv|env|set)\b/i;
/** Commands whose output is the whole environment, and commands whose output is downloaded. */
const ENV_PROGRAMS = /^(?:\S*[\\/])?(printenv|env|set)\s*$/i;
const DOWNLOAD_PROGRAMS = /^(?:\S*[\\/])?(curl|wget)(?:\.exe)?\s/i;

// What a callee's name is, for evalCall (see callKind)
const K_SETUP = 1;
const K_CONTENT_SINK = 2;
const K_EXEC = 4;
const K_FILE_READ = 8;
const K_CODEC_FUNCTION = 16;
const K_PURE = 32;
const K_PROCESS = 64;

export abstract class Calls extends Loads {
  // Calls -------------------------------------------------------------------------------------

  protected evalArgs(argList: SyntaxNode, scope: Scope, ctx: Ctx, metaFor?: (kw: string) => boolean): { args: Value[]; kwargs: Record<string, Value> } {
    const args: Value[] = [];
    const kwargs: Record<string, Value> = {};
    // `f(x for x in y)`: lezer flattens the generator into the argument list
    if (this.kid(argList, 'for')) return { args: [this.evalComprehension(argList, scope, ctx)], kwargs };
    let kwName: string | undefined;
    let star: '' | '*' | '**' = '';
    const all = this.kids(argList);
    for (let i = 0; i < all.length; i++) {
      const c = all[i]!;
      if (c.name === '*' || c.name === '**') {
        star = c.name;
        continue;
      }
      if (c.name === 'VariableName' && all[i + 1]?.name === 'AssignOp') {
        kwName = this.text(c);
        continue;
      }
      if (c.name === 'AssignOp') continue;
      if (!EXPRESSIONS.has(c.name)) continue;
      const meta = kwName !== undefined && metaFor?.(kwName);
      const v = this.evalExpr(c, scope, meta ? { ...ctx, meta: true } : ctx);
      if (kwName !== undefined) {
        kwargs[kwName] = v;
        kwName = undefined;
      } else if (star === '*') {
        const items = iterate(v, this);
        if (items) args.push(...items);
        else args.push(v);
      } else if (star === '**') {
        if (v.k === 'dict') v.keys.forEach((k, i) => k !== undefined && (kwargs[k] = v.values[i]));
        else kwargs['**'] = v;
      } else args.push(v);
      star = '';
    }
    return { args, kwargs };
  }

  protected evalCall(node: SyntaxNode, scope: Scope, ctx: Ctx): Value {
    const calleeNode = this.kids(node)[0];
    const argList = this.kid(node, 'ArgList');
    if (!calleeNode) return unknown();
    let receiver: Value | undefined;
    let method: string | undefined;
    let callee: Value;
    const property = calleeNode.name === 'MemberExpression' ? this.kid(calleeNode, 'PropertyName') : null;
    if (property) {
      const objNode = this.kids(calleeNode)[0]!;
      receiver = this.evalExpr(objNode, scope, ctx);
      method = this.text(property);
      callee = this.attr(receiver, method);
      if (callee.k === 'ref') this.recordRef(callee.q, calleeNode, ctx);
    } else if (calleeNode.name === 'VariableName') {
      callee = this.lookup(this.text(calleeNode), scope);
      if (callee.k === 'ref') this.recordRef(callee.q, calleeNode, ctx);
    } else callee = this.evalExpr(calleeNode, scope, ctx);

    const q = callee.k === 'ref' || (callee.k === 'obj' && !(receiver && (receiver.k === 'str' || receiver.k === 'seq' || receiver.k === 'dict'))) ? callee.q : undefined;
    const kind = q === undefined ? 0 : this.callKind(q);
    const isSetup = (kind & K_SETUP) !== 0;
    const { args, kwargs } = argList ? this.evalArgs(argList, scope, ctx, isSetup ? (k) => METADATA_KWARGS.has(k) : undefined) : { args: [], kwargs: {} };
    this.line = this.lineOf(node);
    if (kind & K_CONTENT_SINK) {
      for (let i = 0; i < args.length; i++) args[i] = this.contentOf(args[i], q === 'json.load') ?? args[i];
    }
    if (receiver && method && receiver.k === 'obj') receiver = this.contentOf(receiver) ?? receiver;

    if (receiver && method && (receiver.k === 'str' || receiver.k === 'seq' || receiver.k === 'dict')) {
      const v = methodOnValue(receiver, method, args, kwargs, this);
      return v ?? unknown(receiver.t | argsTaint(args, kwargs));
    }
    if (callee.k === 'fn') {
      const fn = this.fns[callee.id];
      return this.invoke(fn, args, kwargs, ctx, callee.self);
    }
    if (callee.k === 'cls') {
      const inst: Value = { k: 'inst', cls: callee.id, t: 0 };
      const init = this.classAttr(callee.id, '__init__', 0);
      if (init?.k === 'fn') this.invoke(this.fns[init.id], args, kwargs, ctx, inst);
      return inst;
    }
    if (q === undefined) {
      const name = method ? `?.${method}` : '?';
      const t = argsTaint(args, kwargs) | callee.t;
      const result = unknown(t);
      this.recordCall(name, args, kwargs, node, ctx, receiver, result);
      return result;
    }
    let result: Value;
    if (q === 'builtins.getattr') result = this.getattrCall(args);
    else if (kind & K_EXEC) result = this.handleExec(q, args, kwargs, ctx);
    else if (isSetup) {
      this.handleSetup(kwargs, node);
      result = NONE;
    } else if (kind & K_FILE_READ) result = this.fileRead(callee as { k: 'obj'; q: string; path?: Value; t: number; mode?: string });
    else if (q === 'sys.path.insert' || q === 'sys.path.append') {
      const p = args[args.length - 1];
      const s = p && (p.k === 'str' ? p.s : p.k === 'obj' && p.path?.k === 'str' ? p.path.s : undefined);
      if (s !== undefined && !s.includes(HOLE)) {
        const n = normalizePath(s);
        if (n !== undefined) this.facts.sysPath.push(n);
      }
      result = NONE;
    } else if ((q === 'codecs.getdecoder' || q === 'codecs.getencoder') && knownStr(args[0]) !== undefined) {
      // the codec's function, called later: `codecs.getdecoder("utf-8")(data)[0]`
      result = { k: 'ref', q: `codecs.${q === 'codecs.getencoder' ? 'encode' : 'decode'}@${knownStr(args[0])}`, t: 0 };
    } else if (kind & K_CODEC_FUNCTION) {
      const [, how, name] = /^codecs\.(decode|encode)@(.*)$/.exec(q)!;
      const out = codecTransform(args[0] ?? unknown(), name!, how === 'encode', this) ?? unknown(deepTaint(args[0] ?? unknown()) | Taint.DECODED);
      result = { k: 'seq', items: [out, args[0]?.k === 'str' ? { k: 'num', n: args[0].s.length, t: 0 } : unknown()], tuple: true, t: 0 };
    } else if (q === 'json.load' || q === 'json.loads') {
      result = jsonValue(args[0] ?? kwargs.s ?? kwargs.fp, this) ?? genericResult(q, args, kwargs, receiver);
    } else {
      result = callKnown(q, args, kwargs, this, callee) ?? genericResult(q, args, kwargs, receiver);
    }
    this.loadCall(q, args, kwargs, ctx);
    if (!(kind & K_PURE)) {
      this.recordCall(q, args, kwargs, node, ctx, receiver, result);
      this.writtenCode(q, args, callee, ctx);
      if (kind & K_PROCESS) {
        const call = this.facts.calls[this.facts.calls.length - 1];
        this.processPayloads(call, ctx);
        // `whoami`, `hostname`: the output says who the host is
        const cmd = commandOf(call);
        if (cmd && IDENTITY_PROGRAMS.test(cmd.text.trim()) && result.k === 'obj') result.t |= Taint.IDENTITY;
        if (cmd && ENV_PROGRAMS.test(cmd.text.trim()) && result.k === 'obj') result.t |= Taint.ENV_ALL;
        if (cmd && DOWNLOAD_PROGRAMS.test(cmd.text.trim()) && result.k === 'obj') result.t |= Taint.NETWORK;
      }
    }
    return result;
  }

  /** What evalCall asks of a callee's name, asked once per name: a decoding loop calls `chr` thousands of times. */
  private callKind(q: string): number {
    let kind = this.callKinds.get(q);
    if (kind === undefined) {
      kind =
        (SETUP_CALLS.has(q) || (q.endsWith('.setup') && /^(setuptools|distutils)/.test(q)) ? K_SETUP : 0) |
        (CONTENT_SINKS.test(q) ? K_CONTENT_SINK : 0) |
        (q in EXEC_CALLS ? K_EXEC : 0) |
        (isFileRead(q) ? K_FILE_READ : 0) |
        (/^codecs\.(decode|encode)@/.test(q) ? K_CODEC_FUNCTION : 0) |
        (PURE_CALLS.has(q) ? K_PURE : 0) |
        (q in PROCESS_CALLS ? K_PROCESS : 0);
      this.callKinds.set(q, kind);
    }
    return kind;
  }

  private readonly callKinds = new Map<string, number>();

  protected getattrCall(args: Value[]): Value {
    const [obj, name, dflt] = args;
    if (!obj || !name) return unknown();
    const n = knownStr(name);
    const on = obj.k === 'ref' ? obj.q : undefined;
    if (n === undefined) {
      this.dynamic('getattr', name, undefined, on);
      return unknown(name.t | (dflt?.t ?? 0));
    }
    const v = this.attr(obj, n);
    this.dynamic('getattr', name, v.k === 'ref' ? v.q : undefined, on);
    if (v.k === 'ref') this.facts.refs.push({ q: v.q, line: this.line, where: this.ctx.where });
    return v;
  }

  protected handleSetup(kwargs: Record<string, Value>, node: SyntaxNode): void {
    const cmdclass = kwargs.cmdclass;
    if (cmdclass?.k !== 'dict') return;
    cmdclass.keys.forEach((k, i) => {
      const v = cmdclass.values[i];
      if (v.k !== 'cls') return;
      const cls = this.classes[v.id];
      if (!cls.command) {
        cls.command = true;
        this.facts.commands.push(cls.name);
      }
      this.facts.cmdclass.push({ command: k ?? '?', cls: cls.name, line: this.lineOf(node) });
    });
  }

  protected fileRead(callee: { q: string; path?: Value; t: number; mode?: string }): Value {
    const p = callee.path;
    let t = Taint.FILE;
    const s = p?.k === 'str' && !p.partial ? p.s : undefined;
    if (s !== undefined && !isAbsolute(s)) {
      const rel = normalizePath(s);
      if (rel !== undefined && this.opts.fileExists(rel)) t = Taint.LOCAL_FILE;
    }
    if (p?.k === 'str' && secretPlace(p.s)) t |= Taint.SECRET;
    return { k: 'obj', q: `${callee.q}()`, t: t | callee.t | (p ? p.t & ~Taint.IDENTITY : 0), path: p, mode: callee.mode };
  }

  // CallHost ----------------------------------------------------------------------------------

  decode(codec: string, input: Value, fn: (s: string) => DecodeResult, outText = false): Value {
    const where = this.ctx.where;
    if (input.k !== 'str' || input.partial) {
      // decoding data that is not a constant of the sdist hides nothing in the script itself
      if (input.k === 'str') this.facts.decodes.push({ codec, line: this.line, where, ok: false, reason: 'input only partly known', inputLength: input.s.length });
      return unknown(deepTaint(input));
    }
    if (this.opts.budget.exhausted) {
      return unknown(input.t | Taint.DECODED);
    }
    const r = fn(input.s);
    if (!r.ok) {
      this.facts.decodes.push({ codec, line: this.line, where, ok: false, reason: r.reason, inputLength: input.s.length });
      // a payload too big to decode is one nobody read: never silent
      if (r.limit) this.facts.limits.push(`${this.opts.path}:${this.line}: a ${codec} payload was not analysed (${r.reason})`);
      return unknown(input.t | Taint.DECODED);
    }
    if (!this.opts.budget.charge(r.value.length)) {
      this.facts.limits.push(`${this.opts.path}:${this.line}: decode budget exhausted; later payloads were not decoded`);
      return unknown(input.t | Taint.DECODED);
    }
    const how = input.how ? `${input.how} -> ${codec}` : codec;
    const out = str(r.value, input.t | Taint.DECODED, { b: outText ? input.b : true, how });
    this.facts.decodes.push({ codec, line: this.line, where, ok: true, output: out, inputLength: input.s.length });
    this.recordBuilt(out, this.ctx);
    // decoded Python is analysed even when it is written to a file rather than exec'd here
    // (only what reads as text can be Python: an executable is not decoded whole to learn it is not)
    if (!out.b || decodedIsText(out.s)) {
      const text = out.b ? decodeUtf8Maybe(out.s) : out.s;
      if (text.length >= 16 && looksLikePython(text)) this.addPayload(text, how, 'decoded', out.t, this.ctx);
    }
    return out;
  }

  opaque(codec: string, input: Value): Value {
    const t = deepTaint(input);
    // a constant (or data decoded from one) is a payload shipped in the script; anything else
    // is data the build reads, such as a cache file
    const constant = (input.k === 'str' && !input.partial && !(t & (Taint.PARAM | Taint.FILE | Taint.LOCAL_FILE | Taint.PROCESS))) || !!(t & Taint.DECODED);
    const evidence = input.k === 'str' ? `${codec} data, ${input.s.length} ${input.b ? 'bytes' : 'chars'}: ${show(input, 80)}` : `${codec} data from ${show(input, 80)}`;
    this.facts.opaque.push({ codec, line: this.line, where: this.ctx.where, evidence, constant });
    return unknown(constant ? t | Taint.OPAQUE | Taint.DECODED : t);
  }

  dynamic(via: string, name: Value, target: string | undefined, on?: string): void {
    this.facts.dynamic.push({
      via,
      name: knownStr(name),
      constructed: name.k === 'str' && !name.lit,
      hidden: !!(deepTaint(name) & (Taint.DECODED | Taint.NETWORK | Taint.OPAQUE)),
      target,
      on,
      line: this.line,
      where: this.ctx.where,
    });
  }

  fileExists(path: string): boolean {
    return this.opts.fileExists(path);
  }
}

function isFileRead(q: string): boolean {
  return /^(builtins\.open\(\)|pathlib\.Path\(\))\.(read|readlines|readline|read_text|read_bytes|__iter__)$/.test(q);
}

function argsTaint(args: Value[], kwargs: Record<string, Value>): number {
  let t = 0;
  for (const a of args) t |= deepTaint(a);
  for (const a of Object.values(kwargs)) t |= deepTaint(a);
  return t;
}

const PREDICATE = /\.(exists|isfile|isdir|islink|is_file|is_dir|startswith|endswith|match|search|fullmatch|getsize|stat|access|isabs|samefile)$/;

/** The result of an unknown function: data flows from the arguments, except into sinks. */
function genericResult(q: string, args: Value[], kwargs: Record<string, Value>, receiver?: Value): Value {
  if (q in PROCESS_CALLS) return { k: 'obj', q: `${q}()`, t: Taint.PROCESS };
  if (isNetworkCall(q)) return { k: 'obj', q: `${q}()`, t: Taint.NETWORK };
  if (PREDICATE.test(q)) return unknown();
  const t = argsTaint(args, kwargs) | (receiver ? receiver.t : 0);
  return { k: 'obj', q: `${q}()`, t };
}

/** Calls that turn a file's content into code or data: a data file read for them is read here too. */
const CONTENT_SINKS = /^(builtins\.(exec|eval|compile|bytes|bytearray|str)|json\.loads?|base64\.\w+|binascii\.\w+|codecs\.\w+|zlib\.\w+|gzip\.decompress|bz2\.decompress|lzma\.decompress|marshal\.loads|pickle\.loads|bytes\.fromhex)$/;
