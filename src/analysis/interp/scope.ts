// Values and scopes: the interpreter's state (functions, classes, module and function scopes),
// its budget, and how names and attributes resolve to values.

import type { SyntaxNode } from '@lezer/common';
import { BUILTINS, STAR_EXPORTS, isCommandBase } from '../catalog.js';
import { type DecodeResult, decodeUtf8Maybe } from '../decode.js';
import { type CallHost, callKnown } from '../known-calls.js';
import { type PayloadFact, type UnitFacts, type Where } from '../model.js';
import { ChildCache, type ParsedSource, childOf, childrenAll, nodeText } from '../parse.js';
import { Taint, type Value, knownStr, str, unknown } from '../values.js';
import { isAbsolute, normalizePath } from '../paths.js';
import { type ExtractOptions, MAX_STEPS } from './limits.js';
import { dotted } from '../memo.js';

export interface Param {
  name: string;
  kind: 'pos' | 'star' | 'kw';
  def?: SyntaxNode;
}

export interface FnInfo {
  id: number;
  name: string;
  scopeName: string;
  node: SyntaxNode;
  params: Param[];
  body: SyntaxNode;
  defScope: Scope;
  cls?: ClassInfo;
  lambda: boolean;
  results: Map<string, Value>;
  evalCount: number;
  active: boolean;
  last?: Value;
  entries: Set<string>;
  /** Queued to run from the entry that referenced it. */
  pending?: boolean;
}

export interface ClassInfo {
  id: number;
  name: string;
  bases: Value[];
  methods: Map<string, number>;
  attrs: Map<string, Value>;
  command: boolean;
  hook: boolean;
  line: number;
}

export class Scope {
  readonly vars = new Map<string, Value>();
  globals?: Set<string>;
  constructor(
    readonly parent: Scope | null,
    readonly kind: 'module' | 'function' | 'class',
  ) {}
}

export interface Ctx {
  where: Where;
  fn?: FnInfo;
  returns?: Value[];
  meta?: boolean;
}

export const EXPRESSIONS = new Set([
  'VariableName', 'String', 'FormatString', 'ContinuedString', 'Number', 'Boolean', 'None', 'BinaryExpression', 'UnaryExpression',
  'AwaitExpression', 'ParenthesizedExpression', 'TupleExpression', 'ComprehensionExpression', 'ArrayExpression',
  'ArrayComprehensionExpression', 'DictionaryExpression', 'DictionaryComprehensionExpression', 'SetExpression',
  'SetComprehensionExpression', 'CallExpression', 'MemberExpression', 'ConditionalExpression', 'LambdaExpression',
  'NamedExpression', 'YieldExpression', 'Ellipsis',
]);

export const NONE: Value = { k: 'const', v: 'None', t: 0 };

/** The interpreter's state; each room below adds one kind of construct to it. */
export abstract class Scopes implements CallHost {
  protected readonly fns: FnInfo[] = [];
  protected currentClass: ClassInfo | undefined;
  /** Inside the rounds of a decoding loop before its last: values are computed, facts not recorded. */
  protected muted = false;
  protected readonly classes: ClassInfo[] = [];
  protected readonly module = new Scope(null, 'module');
  protected readonly pending: { fn: FnInfo; entry: string }[] = [];
  protected readonly seenLiterals = new Set<number>();
  protected readonly seenBuilt = new Set<string>();
  protected readonly seenRefs = new Set<string>();
  protected readonly seenPayloads = new Map<string, PayloadFact>();
  protected steps = 0;
  protected depth = 0;
  protected line = 1;
  protected ctx: Ctx;
  protected readonly starModules: string[] = [];
  protected stepLimitHit = false;
  protected depthLimitHit = false;
  /** While scanning a too-deep subtree flat: its calls' own arguments may still be folded this deep. */
  protected extraDepth = 0;
  protected inFlatScan = false;
  /** Children of the nodes walked, so that walking a loop body again allocates nothing. */
  protected readonly nodes: ChildCache;

  constructor(
    protected readonly src: ParsedSource,
    protected readonly facts: UnitFacts,
    protected readonly opts: ExtractOptions,
  ) {
    this.nodes = new ChildCache();
    this.ctx = { where: { scope: 'top-level', entry: opts.topEntry === null ? undefined : (opts.topEntry ?? 'top-level') } };
    this.module.vars.set('__file__', str(opts.path));
    this.module.vars.set('__name__', str(opts.role === 'imported' ? moduleNameOf(opts.path) : '__main__'));
  }

  // The rooms that follow implement these; each room calls the others through them.
  protected abstract evalExpr(node: SyntaxNode, scope: Scope, ctx: Ctx): Value;
  protected abstract evalArgs(argList: SyntaxNode, scope: Scope, ctx: Ctx, metaFor?: (kw: string) => boolean): { args: Value[]; kwargs: Record<string, Value> };
  protected abstract evalCall(node: SyntaxNode, scope: Scope, ctx: Ctx): Value;
  protected abstract evalComprehension(node: SyntaxNode, scope: Scope, ctx: Ctx): Value;
  protected abstract assignTarget(target: SyntaxNode, value: Value, scope: Scope, ctx: Ctx): void;
  protected abstract defineFunction(node: SyntaxNode, scope: Scope, ctx: Ctx): Value | undefined;
  protected abstract defineClass(node: SyntaxNode, scope: Scope, ctx: Ctx): Value | undefined;
  protected abstract defineLambda(node: SyntaxNode, scope: Scope, ctx: Ctx): Value;
  protected abstract execImport(node: SyntaxNode, scope: Scope, ctx: Ctx): void;
  protected abstract handleExec(q: string, args: Value[], kwargs: Record<string, Value>, ctx: Ctx): Value;
  /** A function or class used other than by calling it may run later, from the current entry. */
  protected abstract referenced(v: Value, ctx: Ctx): void;
  abstract decode(codec: string, input: Value, fn: (s: string) => DecodeResult, outText?: boolean): Value;
  abstract opaque(codec: string, input: Value): Value;
  abstract apply(fn: Value, args: Value[]): Value;
  abstract dynamic(via: string, name: Value, target: string | undefined, on?: string): void;
  abstract fileExists(path: string): boolean;

  /**
   * What reading a file of the sdist gives, when build code feeds it to a decoder, `exec` or
   * `json`: its content, for data files (any extension but `.py`, whose exec is followed as a
   * module instead). Reads that only flow into metadata never get here, so README text stays text.
   */
  protected contentOf(v: Value | undefined, fileObject = false): Value | undefined {
    if (!v || v.k !== 'obj' || !v.path || !(v.t & Taint.LOCAL_FILE || fileObject)) return undefined;
    const whole = /^(builtins\.open\(\)\.read|pathlib\.Path\(\)\.(read_text|read_bytes))\(\)$/.test(v.q);
    if (!whole && !(fileObject && v.q === 'builtins.open()')) return undefined;
    const s = knownStr(v.path);
    const rel = s !== undefined && !isAbsolute(s) ? normalizePath(s) : undefined;
    if (!rel || /\.pyw?$/i.test(rel) || !this.opts.fileExists(rel)) return undefined;
    const raw = this.opts.readFile?.(rel);
    if (raw === undefined) return undefined;
    const binary = v.q.endsWith('read_bytes()') || /b/.test(v.mode ?? '');
    return str(binary ? raw : decodeUtf8Maybe(raw), Taint.LOCAL_FILE, { b: binary || undefined, how: `the file ${rel}` });
  }

  // Budget ------------------------------------------------------------------------------------

  step(n = 1): boolean {
    this.steps += n;
    const shared = this.opts.steps;
    if (shared) shared.used += n;
    if (this.steps > MAX_STEPS || (shared && shared.used > shared.total)) {
      if (!this.stepLimitHit) {
        this.stepLimitHit = true;
        const which = this.steps > MAX_STEPS ? `${MAX_STEPS} steps for this file` : `${shared!.total} steps for the sdist`;
        this.facts.limits.push(`${this.opts.path}: evaluation budget of ${which} spent at line ${this.line}; the rest was scanned without folding`);
      }
      return false;
    }
    return true;
  }

  /**
   * The children of a node, in order (not to be changed). Kept while the rounds of a decoding loop
   * run, which walk one body thousands of times; code that runs once is walked as it comes, since
   * keeping what it walked only gives the collector more to copy.
   */
  protected kids(node: SyntaxNode): readonly SyntaxNode[] {
    return this.muted ? this.nodes.of(node) : childrenAll(node);
  }

  /** The first child of a node of a type. */
  protected kid(node: SyntaxNode, name: string): SyntaxNode | null {
    return this.muted ? this.nodes.first(node, name) : childOf(node, name);
  }

  protected lineOf(node: SyntaxNode): number {
    return this.src.lines.lineOf(node.from);
  }

  /** Source text; names are NFKC-folded as Python folds them (`𝐞𝐱𝐞𝐜` is `exec`). */
  protected text(node: SyntaxNode): string {
    const isName = node.name === 'VariableName' || node.name === 'PropertyName';
    if (!isName) return nodeText(this.src, node);
    // A name read again (every round of a loop) is the same string: hashed once for every scope
    // lookup, however long an obfuscated name is. No two name nodes start at the same offset.
    const known = this.names.get(node.from);
    if (known !== undefined) return known;
    const t = nodeText(this.src, node);
    // eslint-disable-next-line no-control-regex
    const name = /[^\x00-\x7f]/.test(t) ? t.normalize('NFKC') : t;
    this.names.set(node.from, name);
    return name;
  }

  /** The references lookup() gives for builtins, by name. */
  private readonly builtinRefs = new Map<string, Value>();

  /** Names by the offset of their node (see text()). */
  private readonly names = new Map<number, string>();

  /** One linear pass: identifiers for the obfuscation checks. */
  protected collectIdentifiers(top: SyntaxNode): void {
    const c = top.cursor();
    const ids = this.facts.identifiers;
    do {
      if ((c.name === 'VariableName' || c.name === 'PropertyName') && ids.size < 50_000) {
        const name = this.src.text.slice(c.from, c.to);
        if (!ids.has(name)) ids.set(name, this.src.lines.lineOf(c.from));
      }
    } while (c.next());
  }

  protected assignName(name: string, value: Value, scope: Scope): void {
    if (scope.globals?.has(name)) this.module.vars.set(name, value);
    else scope.vars.set(name, value);
  }

  // Names and attributes ----------------------------------------------------------------------

  protected lookup(name: string, scope: Scope): Value {
    for (let s: Scope | null = scope; s; s = s.parent) {
      if (s.kind === 'class' && s !== scope) continue;
      const v = s.vars.get(name);
      if (v) return v;
    }
    if (name === '__builtins__' || name === 'builtins') return { k: 'ref', q: 'builtins', t: 0 };
    if (BUILTINS.has(name)) {
      // one value per builtin (a reference is never changed once made): `chr` in every round of a loop
      let ref = this.builtinRefs.get(name);
      if (ref === undefined) this.builtinRefs.set(name, (ref = { k: 'ref', q: dotted('builtins', name), t: 0 }));
      return ref;
    }
    for (const m of this.starModules) {
      if (STAR_EXPORTS[m]?.includes(name)) return { k: 'ref', q: `${m}.${name}`, t: m === 'os' && name === 'environ' ? Taint.ENV_ALL : 0 };
    }
    return { k: 'ref', q: name, t: 0 };
  }

  global(name: string): Value | undefined {
    const v = this.module.vars.get(name);
    if (v) return v;
    if (name === '__builtins__') return { k: 'ref', q: 'builtins', t: 0 };
    if (BUILTINS.has(name)) return { k: 'ref', q: dotted('builtins', name), t: 0 };
    return undefined;
  }

  protected attr(obj: Value, name: string): Value {
    switch (obj.k) {
      case 'ref': {
        const base = obj.q === '__builtins__' ? 'builtins' : obj.q;
        const q = dotted(base, name);
        if (q === 'os.environ' || q === 'os.environb') return { k: 'ref', q, t: Taint.ENV_ALL };
        if (q === 'builtins.__dict__' || q === 'builtins.__builtins__') return { k: 'ref', q: base, t: 0 };
        if (base.endsWith('.__dict__')) return { k: 'ref', q: `${base.slice(0, -9)}.${name}`, t: 0 };
        return { k: 'ref', q, t: obj.t & Taint.ENV_ALL ? 0 : obj.t };
      }
      case 'obj': {
        if (obj.q === 'pathlib.Path()') {
          const p = obj.path ?? unknown();
          if (name === 'parent') return { ...obj, path: callKnown('os.path.dirname', [p], {}, this) };
          if (name === 'name') return callKnown('os.path.basename', [p], {}, this)!;
          if (name === 'stem' || name === 'suffix') return unknown(p.t);
          return { k: 'obj', q: `pathlib.Path().${name}`, t: obj.t, path: p };
        }
        return { k: 'obj', q: dotted(obj.q, name), t: obj.t, path: obj.path, mode: obj.mode };
      }
      case 'inst':
      case 'cls': {
        const found = this.classAttr(obj.k === 'inst' ? obj.cls : obj.id, name, 0);
        if (found?.k === 'fn' && obj.k === 'inst') return { ...found, self: obj };
        return found ?? unknown(obj.t);
      }
      case 'str':
        return { k: 'obj', q: `str.${name}`, t: obj.t };
      default:
        return { k: 'unknown', t: obj.t };
    }
  }

  protected classAttr(id: number, name: string, depth: number): Value | undefined {
    const cls = this.classes[id];
    const m = cls.methods.get(name);
    if (m !== undefined) return { k: 'fn', id: m, t: 0 };
    const a = cls.attrs.get(name);
    if (a) return a;
    if (depth > 20) return undefined;
    for (const b of cls.bases) {
      if (b.k === 'cls') {
        const found = this.classAttr(b.id, name, depth + 1);
        if (found) return found;
      } else if (b.k === 'ref') {
        if (isCommandBase(b.q) && (name === 'spawn' || name === 'execute' || name === 'run_command' || name === 'announce')) return { k: 'ref', q: `setuptools.Command.${name}`, t: 0 };
        return { k: 'ref', q: dotted(b.q, name), t: 0 };
      }
    }
    return undefined;
  }

  protected lookupQuiet(name: string, scope: Scope): Value | undefined {
    for (let s: Scope | null = scope; s; s = s.parent) {
      const v = s.vars.get(name);
      if (v) return v;
    }
    if (BUILTINS.has(name)) return { k: 'ref', q: dotted('builtins', name), t: 0 };
    return undefined;
  }
}

export function isStringNode(n: SyntaxNode): boolean {
  return n.name === 'String' || n.name === 'ContinuedString';
}

export function moduleNameOf(path: string): string {
  return path.replace(/\.py$/, '').replace(/\/__init__$/, '').replace(/\//g, '.');
}
