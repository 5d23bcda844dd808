// Facts from one unit of Python: an abstract interpreter over the lezer tree. It runs the module
// top level in order, then every setuptools command's methods and build hooks, then whatever
// those reach, so each call knows where it runs. Values fold constants and decode payloads;
// unknown values keep the sources of their data (taint). Nothing is executed.

import type { SyntaxNode } from '@lezer/common';
import { BUILTINS, EXEC_CALLS, PROCESS_CALLS, STAR_EXPORTS, isCommandBase, isHookBase, isNetworkCall } from './catalog.js';
import { commandOf } from './commands.js';
import { type DecodeBudget, type DecodeResult, base64Decode, bytesToText, decodeUtf8Maybe, isText, looksLikePython } from './decode.js';
import { MAX_ITEMS, binaryOp, joinPieces, slice } from './folding.js';
import { type CallHost, PURE_CALLS, callKnown, envRead, iterate, methodOnValue } from './known-calls.js';
import { emptyFacts, type CallFact, type PayloadFact, type Role, type UnitFacts, type Where } from './model.js';
import { type ParsedSource, nodeText, stringLiteral, unescape } from './parse.js';
import { scanFlat } from './flat-scan.js';
import { secretPlace } from './patterns.js';
import { isAbsolute, normalizePath } from './paths.js';
import {
  HOLE,
  Taint,
  type Value,
  deepTaint,
  knownStr,
  num,
  show,
  str,
  stringsIn,
  truthyKnown,
  unknown,
} from './values.js';

/** Evaluation steps per unit (nodes visited, loop iterations, function re-runs). */
export const MAX_STEPS = 1_000_000;
/** Nesting of expressions the evaluator follows; deeper ones are scanned flat. */
export const MAX_EXPR_DEPTH = 250;
/** Times one function body is evaluated with different arguments. */
const MAX_EVALS_PER_FN = 4;
/** Items of a loop evaluated one by one. */
const MAX_LOOP_UNROLL = 8;

export interface ExtractOptions {
  path: string;
  role: Role;
  depth: number;
  budget: DecodeBudget;
  /** Evaluation steps shared by all units of one sdist. */
  steps?: StepBudget;
  fileExists(path: string): boolean;
  origin?: UnitFacts['origin'];
  /** The build-time entry the top level runs from (payloads inherit their exec site's); null: none. */
  topEntry?: string | null;
  /** Functions of this module that other build-time code calls, and who calls them. */
  entryNames?: { name: string; by: string }[];
}

/** Evaluation steps across one sdist, so many files cannot multiply the cost. */
export class StepBudget {
  used = 0;
  constructor(readonly total = 4_000_000) {}
}

const SETUP_CALLS = new Set(['setuptools.setup', 'distutils.core.setup', 'setup', 'numpy.distutils.core.setup', 'skbuild.setup']);
const METADATA_KWARGS = new Set([
  'name', 'version', 'description', 'long_description', 'long_description_content_type', 'url', 'author', 'author_email',
  'maintainer', 'maintainer_email', 'license', 'keywords', 'classifiers', 'project_urls', 'download_url', 'platforms', 'license_files',
]);

interface Param {
  name: string;
  kind: 'pos' | 'star' | 'kw';
  def?: SyntaxNode;
}

interface FnInfo {
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

interface ClassInfo {
  id: number;
  name: string;
  bases: Value[];
  methods: Map<string, number>;
  attrs: Map<string, Value>;
  command: boolean;
  hook: boolean;
  line: number;
}

class Scope {
  readonly vars = new Map<string, Value>();
  globals?: Set<string>;
  constructor(
    readonly parent: Scope | null,
    readonly kind: 'module' | 'function' | 'class',
  ) {}
}

interface Ctx {
  where: Where;
  fn?: FnInfo;
  returns?: Value[];
  meta?: boolean;
}

const EXPRESSIONS = new Set([
  'VariableName', 'String', 'FormatString', 'ContinuedString', 'Number', 'Boolean', 'None', 'BinaryExpression', 'UnaryExpression',
  'AwaitExpression', 'ParenthesizedExpression', 'TupleExpression', 'ComprehensionExpression', 'ArrayExpression',
  'ArrayComprehensionExpression', 'DictionaryExpression', 'DictionaryComprehensionExpression', 'SetExpression',
  'SetComprehensionExpression', 'CallExpression', 'MemberExpression', 'ConditionalExpression', 'LambdaExpression',
  'NamedExpression', 'YieldExpression', 'Ellipsis',
]);

const NONE: Value = { k: 'const', v: 'None', t: 0 };

const IDENTITY_PROGRAMS = /^(?:\S*[\\/])?(whoami|hostname|id|logname|users|who|w|ipconfig|ifconfig|ip\s+a(ddr)?|systeminfo|net\s+user|quser|uname\s+-[a-z]*[an]|cat\s+\/etc\/(passwd|hostname)|printenv|env|set)\b/i;
/** Commands whose output is the whole environment, and commands whose output is downloaded. */
const ENV_PROGRAMS = /^(?:\S*[\\/])?(printenv|env|set)\s*$/i;
const DOWNLOAD_PROGRAMS = /^(?:\S*[\\/])?(curl|wget)(?:\.exe)?\s/i;

export function extractFacts(src: ParsedSource, opts: ExtractOptions): UnitFacts {
  const facts: UnitFacts = emptyFacts({
    path: opts.path,
    role: opts.role,
    depth: opts.depth,
    origin: opts.origin,
    parsed: !!src.tree,
    text: src.text,
    lineLengths: src.lines.lengths(src.text.length),
  });
  if (src.unparsed) facts.limits.push(src.unparsed);
  if (!src.tree) {
    scanFlat(src, facts, opts.topEntry === null ? undefined : (opts.topEntry ?? 'top-level'));
    return facts;
  }
  new Extractor(src, facts, opts).run();
  return facts;
}

class Extractor implements CallHost {
  private readonly fns: FnInfo[] = [];
  private readonly classes: ClassInfo[] = [];
  private readonly module = new Scope(null, 'module');
  private readonly pending: { fn: FnInfo; entry: string }[] = [];
  private readonly seenLiterals = new Set<number>();
  private readonly seenBuilt = new Set<string>();
  private readonly seenRefs = new Set<string>();
  private readonly seenPayloads = new Map<string, PayloadFact>();
  private steps = 0;
  private depth = 0;
  private line = 1;
  private ctx: Ctx;
  private readonly starModules: string[] = [];
  private stepLimitHit = false;
  private depthLimitHit = false;
  /** While scanning a too-deep subtree flat: its calls' own arguments may still be folded this deep. */
  private extraDepth = 0;
  private inFlatScan = false;

  constructor(
    private readonly src: ParsedSource,
    private readonly facts: UnitFacts,
    private readonly opts: ExtractOptions,
  ) {
    this.ctx = { where: { scope: 'top-level', entry: opts.topEntry === null ? undefined : (opts.topEntry ?? 'top-level') } };
    this.module.vars.set('__file__', str(opts.path));
    this.module.vars.set('__name__', str(opts.role === 'imported' ? moduleNameOf(opts.path) : '__main__'));
  }

  run(): void {
    const top = this.src.tree!.topNode;
    this.collectIdentifiers(top);
    this.execBlock(top, this.module, this.ctx);
    this.runEntries();
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

  private lineOf(node: SyntaxNode): number {
    return this.src.lines.lineOf(node.from);
  }

  /** Source text; names are NFKC-folded as Python folds them (`𝐞𝐱𝐞𝐜` is `exec`). */
  private text(node: SyntaxNode): string {
    const t = nodeText(this.src, node);
    // eslint-disable-next-line no-control-regex
    return (node.name === 'VariableName' || node.name === 'PropertyName') && /[^\x00-\x7f]/.test(t) ? t.normalize('NFKC') : t;
  }

  /** One linear pass: identifiers for the obfuscation checks. */
  private collectIdentifiers(top: SyntaxNode): void {
    const c = top.cursor();
    const ids = this.facts.identifiers;
    do {
      if ((c.name === 'VariableName' || c.name === 'PropertyName') && ids.size < 50_000) {
        const name = this.src.text.slice(c.from, c.to);
        if (!ids.has(name)) ids.set(name, this.src.lines.lineOf(c.from));
      }
    } while (c.next());
  }

  // Entries -----------------------------------------------------------------------------------

  private runEntries(): void {
    const hookRole = this.opts.role === 'hook';
    for (const cls of this.classes) {
      if (!cls.command && !(hookRole || cls.hook)) continue;
      const inst: Value = { k: 'inst', cls: cls.id, t: 0 };
      const order = [...cls.methods.keys()].sort((a, b) => methodRank(a) - methodRank(b));
      for (const m of order) {
        const fn = this.fns[cls.methods.get(m)!];
        const entry = cls.command ? `cmdclass:${cls.name}.${m}` : `hook:${cls.name}.${m}`;
        this.invoke(fn, [], {}, { where: { scope: fn.scopeName, entry } }, inst, true);
      }
    }
    for (const { name, by } of this.opts.entryNames ?? []) {
      const v = this.module.vars.get(name);
      const entry = `call:${by}:${name}`;
      if (v?.k === 'fn') this.invoke(this.fns[v.id], [], {}, { where: { scope: this.fns[v.id].scopeName, entry } }, undefined, true);
      else if (v?.k === 'cls') {
        const inst: Value = { k: 'inst', cls: v.id, t: 0 };
        for (const id of this.classes[v.id].methods.values()) this.invoke(this.fns[id], [], {}, { where: { scope: this.fns[id].scopeName, entry } }, inst, true);
      }
    }
    if (hookRole) {
      for (const fn of this.fns) {
        if (!fn.cls && !fn.lambda && fn.defScope === this.module) this.invoke(fn, [], {}, { where: { scope: fn.scopeName, entry: `hook:${fn.name}` } }, undefined, true);
      }
    }
    this.drainPending();
    // in an imported module, code nothing reaches is runtime code; its facts would be dropped
    if (this.opts.role === 'imported') return;
    for (let i = 0; i < this.fns.length; i++) {
      const fn = this.fns[i];
      if (fn.evalCount > 0) continue;
      const self = fn.cls ? ({ k: 'inst', cls: fn.cls.id, t: 0 } as Value) : undefined;
      this.invoke(fn, [], {}, { where: { scope: fn.scopeName } }, self, true);
      this.drainPending();
    }
  }

  private drainPending(): void {
    for (let i = 0; i < this.pending.length; i++) {
      const { fn, entry } = this.pending[i];
      if (fn.evalCount > 0) continue;
      const self = fn.cls ? ({ k: 'inst', cls: fn.cls.id, t: 0 } as Value) : undefined;
      this.invoke(fn, [], {}, { where: { scope: fn.scopeName, entry } }, self, true);
    }
    this.pending.length = 0;
  }

  /** A function value used other than by calling it (a callback, a thread target) may run later. */
  private referenced(v: Value, ctx: Ctx): void {
    const entry = ctx.where.entry;
    if (!entry) return;
    if (v.k === 'fn') {
      const fn = this.fns[v.id];
      if (fn.evalCount === 0 && !fn.pending) {
        fn.pending = true;
        this.pending.push({ fn, entry });
      }
    } else if (v.k === 'cls' && this.opts.role !== 'imported') {
      // a class handed to setup() or a framework runs later; in imported library code a class
      // reference is just a name, and its methods run only when called
      const cls = this.classes[v.id];
      for (const id of cls.methods.values()) {
        const fn = this.fns[id];
        if (fn.evalCount === 0 && !fn.pending) {
          fn.pending = true;
          this.pending.push({ fn, entry });
        }
      }
    }
  }

  // Statements --------------------------------------------------------------------------------

  private execBlock(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
    let child = node.firstChild;
    let first = true;
    while (child) {
      if (child.name === 'ExpressionStatement' && this.isPy2Exec(child)) {
        // `exec code` / `exec code in ns` (Python 2): lezer splits it at the error
        let next = child.nextSibling;
        while (next && next.type.isError) next = next.nextSibling;
        if (next && next.name === 'ExpressionStatement' && next.firstChild) {
          let arg = next.firstChild;
          if (arg.name === 'BinaryExpression' && arg.firstChild && arg.getChild('in')) arg = arg.firstChild;
          this.line = this.lineOf(child);
          const v = this.evalExpr(arg, scope, ctx);
          this.recordCall('builtins.exec', [v], {}, child, ctx, undefined, NONE);
          this.handleExec('builtins.exec', [v], {}, ctx);
          child = next.nextSibling;
          continue;
        }
      }
      if (first && child.name === 'ExpressionStatement' && child.firstChild && isStringNode(child.firstChild) && !child.firstChild.nextSibling) {
        const v = this.evalExpr(child.firstChild, scope, { ...ctx, meta: true });
        if (scope === this.module) scope.vars.set('__doc__', v);
        child = child.nextSibling;
        first = false;
        continue;
      }
      if (!child.type.isError && child.name !== 'Comment' && child.name !== ':') first = false;
      this.execStmt(child, scope, ctx);
      child = child.nextSibling;
    }
  }

  private isPy2Exec(stmt: SyntaxNode): boolean {
    const c = stmt.firstChild;
    if (!c || c.name !== 'VariableName' || c.nextSibling || this.text(c) !== 'exec') return false;
    const next = stmt.nextSibling;
    return !!next && next.type.isError;
  }

  private execStmt(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
    if (!this.step()) return;
    this.line = this.lineOf(node);
    switch (node.name) {
      case 'ExpressionStatement':
      case 'PrintStatement':
      case 'RaiseStatement':
      case 'AssertStatement':
      case 'DeleteStatement':
      case 'YieldStatement':
        this.evalChildren(node, scope, ctx);
        return;
      case 'StatementGroup':
        for (let c = node.firstChild; c; c = c.nextSibling) this.execStmt(c, scope, ctx);
        return;
      case 'AssignStatement':
        this.execAssign(node, scope, ctx);
        return;
      case 'UpdateStatement':
        this.execUpdate(node, scope, ctx);
        return;
      case 'ReturnStatement': {
        const vals = this.exprChildren(node).map((c) => this.evalExpr(c, scope, ctx));
        const v = vals.length === 0 ? NONE : vals.length === 1 ? vals[0] : ({ k: 'seq', items: vals, tuple: true, t: 0 } as Value);
        ctx.returns?.push(v);
        this.recordBuilt(v, ctx);
        return;
      }
      case 'ImportStatement':
        this.execImport(node, scope, ctx);
        return;
      case 'ScopeStatement':
        if (node.firstChild?.name === 'global') {
          scope.globals ??= new Set();
          for (const c of node.getChildren('VariableName')) scope.globals.add(this.text(c));
        }
        return;
      case 'FunctionDefinition':
        this.defineFunction(node, scope, ctx);
        return;
      case 'ClassDefinition':
        this.defineClass(node, scope, ctx);
        return;
      case 'DecoratedStatement': {
        const decorators = node.getChildren('Decorator');
        for (const d of decorators) for (const a of d.getChildren('ArgList')) this.evalArgs(a, scope, ctx);
        const def = node.getChild('FunctionDefinition') ?? node.getChild('ClassDefinition');
        if (!def) return;
        const v = def.name === 'FunctionDefinition' ? this.defineFunction(def, scope, ctx) : this.defineClass(def, scope, ctx);
        // a decorator may register the function to run (atexit.register, a hook decorator)
        if (v) this.referenced(v, ctx);
        return;
      }
      case 'IfStatement':
        this.execIf(node, scope, ctx);
        return;
      case 'ForStatement':
        this.execFor(node, scope, ctx);
        return;
      case 'WithStatement':
        this.execWith(node, scope, ctx);
        return;
      case 'WhileStatement':
      case 'TryStatement':
      case 'MatchStatement':
      case 'MatchBody':
      case 'MatchClause':
        this.execCompound(node, scope, ctx);
        return;
      default:
        if (node.type.isError) return;
        if (EXPRESSIONS.has(node.name)) this.evalExpr(node, scope, ctx);
    }
  }

  private execCompound(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
    let asNext = false;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === 'Body') this.execBlock(c, scope, ctx);
      else if (c.name === 'MatchBody' || c.name === 'MatchClause') this.execCompound(c, scope, ctx);
      else if (c.name === 'as' || (c.name === ',' && c.prevSibling?.name !== 'except' && node.name === 'TryStatement')) asNext = true;
      else if (asNext && c.name === 'VariableName') {
        this.assignName(this.text(c), unknown(), scope);
        asNext = false;
      } else if (EXPRESSIONS.has(c.name)) this.evalExpr(c, scope, ctx);
    }
  }

  private execIf(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
    let skipNextBody = false;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === 'Body') {
        if (!skipNextBody) this.execBlock(c, scope, ctx);
        skipNextBody = false;
      } else if (EXPRESSIONS.has(c.name)) {
        // an imported module's `if __name__ == "__main__":` block does not run on import
        if (this.opts.role === 'imported' && this.isMainGuard(c)) skipNextBody = true;
        this.evalExpr(c, scope, ctx);
      }
    }
  }

  private isMainGuard(test: SyntaxNode): boolean {
    return test.name === 'BinaryExpression' && /^__name__\s*==\s*['"]__main__['"]$|^['"]__main__['"]\s*==\s*__name__$/.test(this.text(test));
  }

  private execFor(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
    const targets: SyntaxNode[] = [];
    const iters: SyntaxNode[] = [];
    const bodies: SyntaxNode[] = [];
    let phase: 'targets' | 'iters' = 'targets';
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === 'in') phase = 'iters';
      else if (c.name === 'Body') bodies.push(c);
      else if (EXPRESSIONS.has(c.name)) (phase === 'targets' ? targets : iters).push(c);
    }
    const iterVals = iters.map((n) => this.evalExpr(n, scope, ctx));
    const iterable: Value = iterVals.length === 1 ? iterVals[0] : { k: 'seq', items: iterVals, tuple: true, t: 0 };
    const items = iterate(iterable, this);
    const bind = (v: Value): void => {
      if (targets.length === 1) this.assignTarget(targets[0], v, scope, ctx);
      else this.assignTargets(targets, v, scope, ctx);
    };
    if (items && items.length > 0 && items.length <= MAX_LOOP_UNROLL) {
      for (const item of items) {
        bind(item);
        if (bodies[0]) this.execBlock(bodies[0], scope, ctx);
      }
    } else {
      bind(items && items.length ? mergeValues(items) : unknown(deepTaint(iterable)));
      if (bodies[0]) this.execBlock(bodies[0], scope, ctx);
    }
    if (bodies[1]) this.execBlock(bodies[1], scope, ctx);
  }

  private execWith(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
    let last: Value | undefined;
    let asNext = false;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === 'Body') this.execBlock(c, scope, ctx);
      else if (c.name === 'as') asNext = true;
      else if (asNext && c.name === 'VariableName') {
        this.assignName(this.text(c), last ?? unknown(), scope);
        asNext = false;
      } else if (EXPRESSIONS.has(c.name)) last = this.evalExpr(c, scope, ctx);
    }
  }

  private execAssign(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
    const segments: SyntaxNode[][] = [[]];
    const trailingComma: boolean[] = [false];
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === 'AssignOp') {
        segments.push([]);
        trailingComma.push(false);
      } else if (c.name === ',') trailingComma[trailingComma.length - 1] = true;
      else if (EXPRESSIONS.has(c.name)) segments[segments.length - 1].push(c);
    }
    if (segments.length < 2) {
      // an annotation without a value: `x: int`
      return;
    }
    const valueNodes = segments[segments.length - 1];
    const vals = valueNodes.map((n) => this.evalExpr(n, scope, ctx));
    const value: Value = vals.length === 1 && !trailingComma[segments.length - 1] ? vals[0] : { k: 'seq', items: vals, tuple: true, t: 0 };
    this.recordBuilt(value, ctx);
    for (let i = 0; i < segments.length - 1; i++) {
      const seg = segments[i];
      if (seg.length === 1 && !trailingComma[i]) this.assignTarget(seg[0], value, scope, ctx);
      else this.assignTargets(seg, value, scope, ctx);
    }
  }

  private execUpdate(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
    const target = node.firstChild;
    const op = node.getChild('UpdateOp');
    if (!target || !op) return;
    const rhsNodes = this.exprChildren(node).slice(1);
    const rhs = rhsNodes.length === 1 ? this.evalExpr(rhsNodes[0], scope, ctx) : ({ k: 'seq', items: rhsNodes.map((n) => this.evalExpr(n, scope, ctx)), tuple: true, t: 0 } as Value);
    const cur = this.evalExpr(target, scope, ctx);
    const opText = this.text(op).slice(0, -1);
    let v: Value;
    if (opText === '+' && cur.k === 'seq') {
      const items = iterate(rhs, this);
      if (items && cur.items.length + items.length <= MAX_ITEMS) {
        cur.items.push(...items);
        v = cur;
      } else v = unknown(deepTaint(cur) | deepTaint(rhs));
    } else v = binaryOp(opText, cur, rhs);
    this.assignTarget(target, v, scope, ctx);
  }

  private assignTargets(targets: SyntaxNode[], value: Value, scope: Scope, ctx: Ctx): void {
    const items = value.k === 'seq' ? value.items : undefined;
    targets.forEach((t, i) => {
      const v = items && items.length === targets.length ? items[i] : unknown(deepTaint(value));
      this.assignTarget(t, v, scope, ctx);
    });
  }

  private assignTarget(target: SyntaxNode, value: Value, scope: Scope, ctx: Ctx): void {
    switch (target.name) {
      case 'VariableName':
        this.assignName(this.text(target), value, scope);
        return;
      case 'TupleExpression':
      case 'ArrayExpression':
      case 'ParenthesizedExpression':
        this.assignTargets(this.exprChildren(target), value, scope, ctx);
        return;
      case 'MemberExpression': {
        const obj = target.firstChild;
        if (!obj) return;
        const objVal = this.evalExpr(obj, scope, ctx);
        const prop = target.getChild('PropertyName');
        if (prop) {
          if (objVal.k === 'inst') this.classes[objVal.cls].attrs.set(this.text(prop), value);
          else if (objVal.k === 'cls') this.classes[objVal.id].attrs.set(this.text(prop), value);
          return;
        }
        const key = this.subscriptKey(target, scope, ctx);
        if (objVal.k === 'dict' && key !== undefined) {
          const i = objVal.keys.indexOf(key);
          if (i === -1) {
            objVal.keys.push(key);
            objVal.values.push(value);
          } else objVal.values[i] = value;
        } else if (objVal.k === 'dict') objVal.t |= deepTaint(value);
        return;
      }
      default:
        this.evalExpr(target, scope, ctx);
    }
  }

  private assignName(name: string, value: Value, scope: Scope): void {
    if (scope.globals?.has(name)) this.module.vars.set(name, value);
    else scope.vars.set(name, value);
  }

  private execImport(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
    const line = this.lineOf(node);
    const kids: SyntaxNode[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) kids.push(c);
    if (kids[0]?.name === 'import') {
      // import a.b.c [as x], d
      let i = 1;
      while (i < kids.length) {
        const parts: string[] = [];
        while (i < kids.length && (kids[i].name === 'VariableName' || kids[i].name === '.')) {
          if (kids[i].name === 'VariableName') parts.push(this.text(kids[i]));
          i++;
        }
        let alias: string | undefined;
        if (kids[i]?.name === 'as' && kids[i + 1]) {
          alias = this.text(kids[i + 1]);
          i += 2;
        }
        if (parts.length) {
          const mod = parts.join('.');
          this.facts.imports.push({ module: mod, level: 0, line, where: ctx.where });
          if (alias) this.assignName(alias, { k: 'ref', q: mod, t: 0 }, scope);
          else this.assignName(parts[0], { k: 'ref', q: parts[0], t: 0 }, scope);
        }
        i++;
      }
      return;
    }
    // from [.]*a.b import x [as y], ...
    let i = 1;
    let level = 0;
    const modParts: string[] = [];
    while (i < kids.length && kids[i].name !== 'import') {
      const k = kids[i];
      if (k.name === '.') {
        if (modParts.length === 0) level++;
      } else if (k.name === 'Ellipsis') level += 3;
      else if (k.name === 'VariableName') modParts.push(this.text(k));
      i++;
    }
    i++;
    const mod = modParts.join('.');
    const base = '.'.repeat(level) + mod;
    const names: string[] = [];
    while (i < kids.length) {
      const k = kids[i];
      if (k.name === '*') {
        names.push('*');
        this.starModules.push(base);
      } else if (k.name === 'VariableName') {
        const name = this.text(k);
        let alias = name;
        if (kids[i + 1]?.name === 'as' && kids[i + 2]) {
          alias = this.text(kids[i + 2]);
          i += 2;
        }
        names.push(name);
        const q = level > 0 && !mod ? '.'.repeat(level) + name : `${base}.${name}`;
        this.assignName(alias, { k: 'ref', q, t: q === 'os.environ' ? Taint.ENV_ALL : 0 }, scope);
      }
      i++;
    }
    this.facts.imports.push({ module: mod, level, line, where: ctx.where, names });
  }

  private defineFunction(node: SyntaxNode, scope: Scope, ctx: Ctx): Value | undefined {
    const nameNode = node.getChild('VariableName');
    const body = node.getChild('Body');
    const paramList = node.getChild('ParamList');
    if (!nameNode || !body) return undefined;
    const name = this.text(nameNode);
    const cls = scope.kind === 'class' ? this.currentClass : undefined;
    const fn: FnInfo = {
      id: this.fns.length,
      name,
      scopeName: cls ? `method ${cls.name}.${name}` : `function ${name}`,
      node,
      params: paramList ? this.params(paramList) : [],
      body,
      defScope: scope.kind === 'class' ? (scope.parent ?? this.module) : scope,
      cls,
      lambda: false,
      results: new Map(),
      evalCount: 0,
      active: false,
      entries: new Set(),
    };
    this.fns.push(fn);
    for (const p of fn.params) if (p.def) this.evalExpr(p.def, scope, ctx);
    const v: Value = { k: 'fn', id: fn.id, t: 0 };
    this.assignName(name, v, scope);
    if (cls) cls.methods.set(name, fn.id);
    return v;
  }

  private params(list: SyntaxNode): Param[] {
    const out: Param[] = [];
    let star: 'pos' | 'star' | 'kw' = 'pos';
    let pendingDefault = false;
    for (let c = list.firstChild; c; c = c.nextSibling) {
      if (c.name === '*') star = 'star';
      else if (c.name === '**') star = 'kw';
      else if (c.name === 'VariableName') {
        out.push({ name: this.text(c), kind: star });
        star = 'pos';
      } else if (c.name === 'AssignOp') pendingDefault = true;
      else if (pendingDefault && EXPRESSIONS.has(c.name)) {
        if (out.length) out[out.length - 1].def = c;
        pendingDefault = false;
      }
    }
    return out;
  }

  private currentClass: ClassInfo | undefined;

  private defineClass(node: SyntaxNode, scope: Scope, ctx: Ctx): Value | undefined {
    const nameNode = node.getChild('VariableName');
    const body = node.getChild('Body');
    if (!nameNode || !body) return undefined;
    const name = this.text(nameNode);
    const argList = node.getChild('ArgList');
    const bases = argList ? this.evalArgs(argList, scope, ctx).args : [];
    const cls: ClassInfo = {
      id: this.classes.length,
      name,
      bases,
      methods: new Map(),
      attrs: new Map(),
      command: bases.some((b) => (b.k === 'ref' && isCommandBase(b.q)) || (b.k === 'cls' && this.classes[b.id].command)),
      hook: bases.some((b) => (b.k === 'ref' && isHookBase(b.q)) || (b.k === 'cls' && this.classes[b.id].hook)),
      line: this.lineOf(node),
    };
    this.classes.push(cls);
    if (cls.command) this.facts.commands.push(name);
    const v: Value = { k: 'cls', id: cls.id, t: 0 };
    this.assignName(name, v, scope);
    const classScope = new Scope(scope, 'class');
    const outer = this.currentClass;
    this.currentClass = cls;
    this.execBlock(body, classScope, { ...ctx, where: { scope: `class ${name}`, entry: ctx.where.entry } });
    this.currentClass = outer;
    for (const [k, val] of classScope.vars) if (val.k !== 'fn') cls.attrs.set(k, val);
    return v;
  }

  // Functions ---------------------------------------------------------------------------------

  private invoke(fn: FnInfo, args: Value[], kwargs: Record<string, Value>, caller: Ctx, self?: Value, asEntry = false): Value {
    const entry = caller.where.entry;
    let argTaint = 0;
    for (const a of args) argTaint |= deepTaint(a);
    for (const a of Object.values(kwargs)) argTaint |= deepTaint(a);
    if (fn.active) return unknown(argTaint | Taint.PARAM);
    const key = `${entry ?? ''}|${signature(args, kwargs)}`;
    const memo = fn.results.get(key);
    if (memo) return memo;
    if (!fn.lambda && fn.evalCount >= MAX_EVALS_PER_FN) return fn.last ?? unknown(argTaint);
    if (!this.step(10)) return unknown(argTaint);
    fn.evalCount++;
    fn.entries.add(entry ?? '');
    fn.active = true;
    const scope = new Scope(fn.defScope, 'function');
    this.bindParams(fn, scope, args, kwargs, self, asEntry);
    const ctx: Ctx = { where: { scope: fn.lambda ? caller.where.scope : fn.scopeName, entry }, fn, returns: [] };
    const savedLine = this.line;
    let result: Value;
    if (fn.lambda) result = this.evalExpr(fn.body, scope, ctx);
    else {
      this.execBlock(fn.body, scope, ctx);
      result = ctx.returns!.length ? mergeValues(ctx.returns!) : NONE;
    }
    this.line = savedLine;
    fn.active = false;
    fn.last = result;
    fn.results.set(key, result);
    return result;
  }

  private bindParams(fn: FnInfo, scope: Scope, args: Value[], kwargs: Record<string, Value>, self: Value | undefined, asEntry: boolean): void {
    const positional = self ? [self, ...args] : args;
    let i = 0;
    const used = new Set<string>();
    for (const p of fn.params) {
      let v: Value | undefined;
      if (p.kind === 'star') {
        v = { k: 'seq', items: positional.slice(i), tuple: true, t: asEntry ? Taint.PARAM : 0 };
        i = positional.length;
      } else if (p.kind === 'kw') {
        const rest = Object.keys(kwargs).filter((k) => !used.has(k));
        v = { k: 'dict', keys: rest, values: rest.map((k) => kwargs[k]), t: asEntry ? Taint.PARAM : 0 };
      } else if (i < positional.length) v = positional[i++];
      else if (p.name in kwargs) {
        v = kwargs[p.name];
        used.add(p.name);
      } else if (p.def && !asEntry) v = this.evalExpr(p.def, fn.defScope, { where: { scope: fn.scopeName } });
      else v = unknown(Taint.PARAM);
      scope.vars.set(p.name, v);
    }
  }

  apply(f: Value, args: Value[]): Value {
    if (f.k === 'ref') return callKnown(f.q, args, {}, this) ?? unknown(args.reduce((t, a) => t | deepTaint(a), 0));
    if (f.k === 'fn') return this.invoke(this.fns[f.id], args, {}, this.ctx, f.self);
    return unknown(args.reduce((t, a) => t | deepTaint(a), 0));
  }

  // Expressions -------------------------------------------------------------------------------

  private exprChildren(node: SyntaxNode): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) if (EXPRESSIONS.has(c.name)) out.push(c);
    return out;
  }

  private evalChildren(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
    for (let c = node.firstChild; c; c = c.nextSibling) if (EXPRESSIONS.has(c.name)) this.evalExpr(c, scope, ctx);
  }

  private evalExpr(node: SyntaxNode, scope: Scope, ctx: Ctx): Value {
    if (!this.step()) {
      this.scanCallsFlat(node, scope, ctx);
      return unknown();
    }
    if (this.depth >= MAX_EXPR_DEPTH + this.extraDepth) {
      if (this.inFlatScan) return unknown();
      if (!this.depthLimitHit) {
        this.depthLimitHit = true;
        this.facts.limits.push(`${this.opts.path}:${this.lineOf(node)}: expressions or calls nested deeper than ${MAX_EXPR_DEPTH}; their calls were scanned without folding`);
      }
      this.scanCallsFlat(node, scope, ctx);
      return unknown();
    }
    this.depth++;
    const saved = this.ctx;
    this.ctx = ctx;
    try {
      return this.evalInner(node, scope, ctx);
    } finally {
      this.depth--;
      this.ctx = saved;
    }
  }

  private evalInner(node: SyntaxNode, scope: Scope, ctx: Ctx): Value {
    switch (node.name) {
      case 'VariableName': {
        const v = this.lookup(this.text(node), scope);
        if (v.k === 'ref') this.recordRef(v.q, node, ctx);
        else if (v.k === 'fn' || v.k === 'cls') this.referenced(v, ctx);
        return v;
      }
      case 'String': {
        const lit = stringLiteral(this.text(node));
        const v = str(lit.value, 0, { b: lit.bytes || undefined, lit: true });
        this.recordLiteral(node, v, ctx);
        return v;
      }
      case 'FormatString':
        return this.evalFormatString(node, scope, ctx);
      case 'ContinuedString': {
        const parts = this.exprChildren(node).map((c) => this.evalExpr(c, scope, ctx));
        const bytes = parts.every((p) => p.k === 'str' && p.b);
        return joinPieces(parts, '', bytes);
      }
      case 'Number':
        return parseNumber(this.text(node));
      case 'Boolean':
        return { k: 'const', v: this.text(node) === 'True' ? 'True' : 'False', t: 0 };
      case 'None':
        return NONE;
      case 'Ellipsis':
        return unknown();
      case 'ParenthesizedExpression': {
        const inner = this.exprChildren(node);
        return inner.length ? this.evalExpr(inner[0], scope, ctx) : unknown();
      }
      case 'TupleExpression':
      case 'ArrayExpression':
      case 'SetExpression':
        return this.evalSequence(node, scope, ctx);
      case 'DictionaryExpression':
        return this.evalDict(node, scope, ctx);
      case 'ComprehensionExpression':
      case 'ArrayComprehensionExpression':
      case 'SetComprehensionExpression':
      case 'DictionaryComprehensionExpression':
        return this.evalComprehension(node, scope, ctx);
      case 'BinaryExpression':
        return this.evalBinary(node, scope, ctx);
      case 'UnaryExpression': {
        const op = node.firstChild;
        const arg = node.lastChild;
        if (!op || !arg || op === arg) return unknown();
        const v = this.evalExpr(arg, scope, ctx);
        const o = this.text(op);
        if (o === 'not') {
          const b = truthyKnown(v);
          return b === undefined ? unknown(v.t) : { k: 'const', v: b ? 'False' : 'True', t: 0 };
        }
        if (v.k !== 'num') return unknown(v.t);
        if (o === '-') return num(-v.n);
        if (o === '~') return num(~v.n);
        return v;
      }
      case 'AwaitExpression':
      case 'YieldExpression': {
        const inner = this.exprChildren(node);
        for (const c of inner) this.evalExpr(c, scope, ctx);
        return unknown();
      }
      case 'ConditionalExpression': {
        const parts = this.exprChildren(node);
        const vals = parts.map((p) => this.evalExpr(p, scope, ctx));
        if (vals.length < 3) return unknown();
        const cond = truthyKnown(vals[1]);
        if (cond === true) return vals[0];
        if (cond === false) return vals[2];
        return withMoreTaint(vals[0], deepTaint(vals[2]));
      }
      case 'NamedExpression': {
        const [target, value] = this.exprChildren(node);
        if (!target || !value) return unknown();
        const v = this.evalExpr(value, scope, ctx);
        this.assignTarget(target, v, scope, ctx);
        return v;
      }
      case 'LambdaExpression':
        return this.defineLambda(node, scope, ctx);
      case 'CallExpression':
        return this.evalCall(node, scope, ctx);
      case 'MemberExpression':
        return this.evalMember(node, scope, ctx);
      default:
        return unknown();
    }
  }

  private evalFormatString(node: SyntaxNode, scope: Scope, ctx: Ctx): Value {
    const text = this.text(node);
    const prefix = /^[a-zA-Z]*/.exec(text)![0];
    const raw = /r/i.test(prefix);
    const bytes = /b/i.test(prefix);
    const q = text[prefix.length];
    const quoteLen = text.startsWith(q + q + q, prefix.length) ? 3 : 1;
    let pos = node.from + prefix.length + quoteLen;
    const end = node.to - quoteLen;
    const pieces: Value[] = [];
    const literal = (from: number, to: number): void => {
      if (to <= from) return;
      let s = this.src.text.slice(from, to).replace(/\{\{/g, '{').replace(/\}\}/g, '}');
      if (!raw) s = unescape(s, bytes);
      pieces.push(str(s));
    };
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name !== 'FormatReplacement') continue;
      literal(pos, c.from);
      const inner = this.exprChildren(c);
      const v = inner.length ? this.evalExpr(inner[0], scope, ctx) : unknown();
      const conv = c.getChild('FormatConversion');
      pieces.push(conv && this.text(conv) === '!r' && v.k === 'str' && !v.partial ? str(`'${v.s}'`, v.t) : v);
      pos = c.to;
    }
    literal(pos, end);
    const out = joinPieces(pieces, '', bytes);
    if (node.getChild('FormatReplacement')) this.recordBuilt(out, ctx);
    else {
      if (out.k === 'str') out.lit = true;
      this.recordLiteral(node, out, ctx);
    }
    return out;
  }

  private evalSequence(node: SyntaxNode, scope: Scope, ctx: Ctx): Value {
    const items: Value[] = [];
    let t = 0;
    let spread = false;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === '*') {
        spread = true;
        continue;
      }
      if (!EXPRESSIONS.has(c.name)) continue;
      const v = this.evalExpr(c, scope, ctx);
      if (spread) {
        const inner = iterate(v, this);
        if (inner) items.push(...inner);
        else t |= deepTaint(v);
        spread = false;
      } else items.push(v);
      if (items.length > MAX_ITEMS) return unknown(t);
    }
    return { k: 'seq', items, tuple: node.name === 'TupleExpression' || undefined, t };
  }

  private evalDict(node: SyntaxNode, scope: Scope, ctx: Ctx): Value {
    const keys: (string | undefined)[] = [];
    const values: Value[] = [];
    let t = 0;
    let pendingKey: Value | undefined;
    let spread = false;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === '**') {
        spread = true;
        continue;
      }
      if (!EXPRESSIONS.has(c.name)) continue;
      const v = this.evalExpr(c, scope, ctx);
      if (spread) {
        if (v.k === 'dict') {
          keys.push(...v.keys);
          values.push(...v.values);
        } else t |= deepTaint(v);
        spread = false;
      } else if (pendingKey === undefined) pendingKey = v;
      else {
        keys.push(pendingKey.k === 'str' && !pendingKey.partial ? pendingKey.s : pendingKey.k === 'num' ? String(pendingKey.n) : undefined);
        values.push(v);
        t |= pendingKey.t;
        pendingKey = undefined;
      }
    }
    return { k: 'dict', keys, values, t };
  }

  private evalComprehension(node: SyntaxNode, scope: Scope, ctx: Ctx): Value {
    // children: open, element (or key ':' value), then clauses `for targets in iterable` / `if cond`
    const kids: SyntaxNode[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) kids.push(c);
    const firstFor = kids.findIndex((k) => k.name === 'for' || k.name === 'async');
    if (firstFor === -1) return unknown();
    const elements = kids.slice(0, firstFor).filter((k) => EXPRESSIONS.has(k.name));
    const clauses: { kind: 'for' | 'if'; targets: SyntaxNode[]; expr?: SyntaxNode }[] = [];
    let cur: (typeof clauses)[number] | undefined;
    let inIter = false;
    for (const k of kids.slice(firstFor)) {
      if (k.name === 'for') {
        cur = { kind: 'for', targets: [] };
        clauses.push(cur);
        inIter = false;
      } else if (k.name === 'if') {
        cur = { kind: 'if', targets: [] };
        clauses.push(cur);
        inIter = true;
      } else if (k.name === 'in' && cur) inIter = true;
      else if (cur && EXPRESSIONS.has(k.name)) {
        if (inIter) cur.expr ??= k;
        else cur.targets.push(k);
      }
    }
    const inner = new Scope(scope, 'function');
    const results: Value[] = [];
    let taint = 0;
    let exact = true;
    const run = (ci: number): void => {
      if (!exact && results.length > 0) return;
      if (ci === clauses.length) {
        const vals = elements.map((e) => this.evalExpr(e, inner, ctx));
        if (vals.length === 2) results.push({ k: 'seq', items: vals, tuple: true, t: 0 });
        else if (vals[0]) results.push(vals[0]);
        return;
      }
      const cl = clauses[ci];
      if (cl.kind === 'if') {
        const v = cl.expr ? this.evalExpr(cl.expr, inner, ctx) : unknown();
        if (truthyKnown(v) !== false) run(ci + 1);
        return;
      }
      const it = cl.expr ? this.evalExpr(cl.expr, ci === 0 ? scope : inner, ctx) : unknown();
      const items = iterate(it, this);
      if (!items || !this.step(items.length)) {
        exact = false;
        taint |= deepTaint(it);
        this.bindComp(cl.targets, unknown(deepTaint(it)), inner, ctx);
        run(ci + 1);
        return;
      }
      for (const item of items) {
        this.bindComp(cl.targets, item, inner, ctx);
        run(ci + 1);
        if (results.length > MAX_ITEMS) {
          exact = false;
          return;
        }
      }
    };
    run(0);
    if (!exact) {
      for (const r of results) taint |= deepTaint(r);
      return unknown(taint);
    }
    if (node.name === 'DictionaryComprehensionExpression') {
      return {
        k: 'dict',
        keys: results.map((r) => (r.k === 'seq' ? knownStr(r.items[0]) : undefined)),
        values: results.map((r) => (r.k === 'seq' ? r.items[1] : unknown())),
        t: 0,
      };
    }
    return { k: 'seq', items: results, t: 0 };
  }

  private bindComp(targets: SyntaxNode[], v: Value, scope: Scope, ctx: Ctx): void {
    if (targets.length === 1) this.assignTarget(targets[0], v, scope, ctx);
    else this.assignTargets(targets, v, scope, ctx);
  }

  private evalBinary(node: SyntaxNode, scope: Scope, ctx: Ctx): Value {
    // Long left-leaning chains (`"a" + "b" + ...`) are walked iteratively.
    const chain: { op: string; right: SyntaxNode }[] = [];
    let left: SyntaxNode = node;
    while (left.name === 'BinaryExpression') {
      const l = left.firstChild;
      const opNode = l?.nextSibling;
      const r = left.lastChild;
      if (!l || !opNode || !r || r === opNode) break;
      let op = this.text(opNode);
      if (op === 'not' || op === 'is') op = `${op} ${this.text(opNode.nextSibling ?? opNode)}`;
      chain.push({ op, right: r });
      left = l;
      if (chain.length > 100_000) break;
    }
    let acc = left === node ? unknown() : this.evalExpr(left, scope, ctx);
    for (let i = chain.length - 1; i >= 0; i--) {
      const { op, right } = chain[i];
      if (op === 'and' || op === 'or') {
        const r = this.evalExpr(right, scope, ctx);
        const b = truthyKnown(acc);
        if (op === 'or') acc = b === true ? acc : b === false ? r : withMoreTaint(acc, deepTaint(r));
        else acc = b === false ? acc : b === true ? r : withMoreTaint(r, deepTaint(acc));
        continue;
      }
      const r = this.evalExpr(right, scope, ctx);
      if (/^(==|!=|<|>|<=|>=|<>|in|not in|is|is not)$/.test(op) || op.startsWith('not') || op.startsWith('is')) {
        acc = compare(op, acc, r);
        continue;
      }
      if (acc.k === 'obj' && acc.q === 'pathlib.Path()' && op === '/') {
        acc = { ...acc, path: callKnown('os.path.join', [acc.path ?? unknown(), r], {}, this) };
        continue;
      }
      acc = binaryOp(op, acc, r);
    }
    return acc;
  }

  private defineLambda(node: SyntaxNode, scope: Scope, ctx: Ctx): Value {
    const paramList = node.getChild('ParamList');
    const body = this.exprChildren(node).pop();
    if (!body) return unknown();
    const fn: FnInfo = {
      id: this.fns.length,
      name: '<lambda>',
      scopeName: ctx.where.scope,
      node,
      params: paramList ? this.params(paramList) : [],
      body,
      defScope: scope,
      lambda: true,
      results: new Map(),
      evalCount: 0,
      active: false,
      entries: new Set(),
    };
    this.fns.push(fn);
    const v: Value = { k: 'fn', id: fn.id, t: 0 };
    this.referenced(v, ctx);
    return v;
  }

  // Names and attributes ----------------------------------------------------------------------

  private lookup(name: string, scope: Scope): Value {
    for (let s: Scope | null = scope; s; s = s.parent) {
      if (s.kind === 'class' && s !== scope) continue;
      const v = s.vars.get(name);
      if (v) return v;
    }
    if (name === '__builtins__' || name === 'builtins') return { k: 'ref', q: 'builtins', t: 0 };
    if (BUILTINS.has(name)) return { k: 'ref', q: `builtins.${name}`, t: 0 };
    for (const m of this.starModules) {
      if (STAR_EXPORTS[m]?.includes(name)) return { k: 'ref', q: `${m}.${name}`, t: m === 'os' && name === 'environ' ? Taint.ENV_ALL : 0 };
    }
    return { k: 'ref', q: name, t: 0 };
  }

  global(name: string): Value | undefined {
    const v = this.module.vars.get(name);
    if (v) return v;
    if (name === '__builtins__') return { k: 'ref', q: 'builtins', t: 0 };
    if (BUILTINS.has(name)) return { k: 'ref', q: `builtins.${name}`, t: 0 };
    return undefined;
  }

  private attr(obj: Value, name: string): Value {
    switch (obj.k) {
      case 'ref': {
        const base = obj.q === '__builtins__' ? 'builtins' : obj.q;
        const q = `${base}.${name}`;
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
        return { k: 'obj', q: `${obj.q}.${name}`, t: obj.t, path: obj.path, mode: obj.mode };
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

  private classAttr(id: number, name: string, depth: number): Value | undefined {
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
        return { k: 'ref', q: `${b.q}.${name}`, t: 0 };
      }
    }
    return undefined;
  }

  private evalMember(node: SyntaxNode, scope: Scope, ctx: Ctx): Value {
    const objNode = node.firstChild;
    if (!objNode) return unknown();
    const obj = this.evalExpr(objNode, scope, ctx);
    const prop = node.getChild('PropertyName');
    if (prop) {
      const v = this.attr(obj, this.text(prop));
      if (v.k === 'ref') this.recordRef(v.q, node, ctx);
      else if (v.k === 'fn' || v.k === 'cls') this.referenced(v, ctx);
      return v;
    }
    return this.evalSubscript(node, obj, scope, ctx);
  }

  private subscriptParts(node: SyntaxNode): { parts: (SyntaxNode | undefined)[]; isSlice: boolean } {
    const parts: (SyntaxNode | undefined)[] = [];
    let isSlice = false;
    let cur: SyntaxNode | undefined;
    let started = false;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === '[') {
        started = true;
        continue;
      }
      if (!started) continue;
      if (c.name === ':') {
        isSlice = true;
        parts.push(cur);
        cur = undefined;
      } else if (c.name === ']') {
        parts.push(cur);
      } else if (EXPRESSIONS.has(c.name)) cur = c;
    }
    return { parts, isSlice };
  }

  private subscriptKey(node: SyntaxNode, scope: Scope, ctx: Ctx): string | undefined {
    const { parts, isSlice } = this.subscriptParts(node);
    if (isSlice || !parts[0]) return undefined;
    const v = this.evalExpr(parts[0], scope, ctx);
    return v.k === 'str' && !v.partial ? v.s : v.k === 'num' ? String(v.n) : undefined;
  }

  private evalSubscript(node: SyntaxNode, obj: Value, scope: Scope, ctx: Ctx): Value {
    const { parts, isSlice } = this.subscriptParts(node);
    const vals = parts.map((p) => (p ? this.evalExpr(p, scope, ctx) : undefined));
    if (isSlice) {
      const nums = vals.map((v) => (v && v.k === 'num' ? v.n : undefined));
      if (vals.some((v, i) => v !== undefined && nums[i] === undefined)) return unknown(deepTaint(obj));
      const [a, b, s] = nums;
      if (obj.k === 'str' && !obj.partial) {
        const out = slice(obj.s, a, b, s ?? 1) as string | undefined;
        if (out === undefined) return unknown(obj.t);
        const reversed = (s ?? 1) < 0 && obj.s.length >= 8;
        if (reversed) {
          const v = str(out, obj.t | Taint.DECODED, { b: obj.b, how: obj.how ? `${obj.how} -> reversed` : 'reversed' });
          this.facts.decodes.push({ codec: 'reversed', line: this.lineOf(node), where: ctx.where, ok: true, output: v, inputLength: obj.s.length });
          this.recordBuilt(v, ctx);
          return v;
        }
        return str(out, obj.t, { b: obj.b, how: obj.how });
      }
      if (obj.k === 'seq') {
        const out = slice(obj.items, a, b, s ?? 1) as Value[] | undefined;
        return out ? { k: 'seq', items: out, t: obj.t } : unknown(deepTaint(obj));
      }
      return withMoreTaint(unknown(deepTaint(obj)), 0);
    }
    const key = vals[0] ?? unknown();
    const keyStr = knownStr(key);
    if (obj.k === 'ref') {
      if (obj.q === 'os.environ' || obj.q === 'os.environb') return envRead(key);
      if (obj.q === '<globals>' && keyStr !== undefined) {
        const v = this.global(keyStr);
        this.dynamic('globals()', key, v?.k === 'ref' ? v.q : keyStr, 'globals');
        return v ?? unknown();
      }
      if (obj.q === 'sys.modules' && keyStr !== undefined) return { k: 'ref', q: keyStr, t: 0 };
      if (obj.q === 'builtins' || obj.q.endsWith('.__dict__')) {
        const base = obj.q === 'builtins' ? 'builtins' : obj.q.slice(0, -9);
        this.dynamic('__dict__', key, keyStr !== undefined ? `${base}.${keyStr}` : undefined, base);
        return keyStr !== undefined ? { k: 'ref', q: `${base}.${keyStr}`, t: 0 } : unknown(key.t);
      }
      return { k: 'obj', q: `${obj.q}[]`, t: obj.t | key.t };
    }
    if (obj.k === 'str' && key.k === 'num' && !obj.partial) {
      const i = key.n < 0 ? obj.s.length + key.n : key.n;
      if (i < 0 || i >= obj.s.length) return unknown(obj.t);
      return obj.b ? num(obj.s.charCodeAt(i)) : str(obj.s[i], obj.t);
    }
    if (obj.k === 'seq' && key.k === 'num') {
      const i = key.n < 0 ? obj.items.length + key.n : key.n;
      return obj.items[i] ?? unknown(deepTaint(obj));
    }
    if (obj.k === 'dict') {
      if (keyStr !== undefined || key.k === 'num') {
        const i = obj.keys.indexOf(keyStr ?? String((key as { n: number }).n));
        if (i !== -1) return obj.values[i];
      }
      return unknown(deepTaint(obj));
    }
    if (obj.k === 'obj') return { k: 'obj', q: `${obj.q}[]`, t: obj.t };
    return unknown(deepTaint(obj) | key.t);
  }

  // Calls -------------------------------------------------------------------------------------

  private evalArgs(argList: SyntaxNode, scope: Scope, ctx: Ctx, metaFor?: (kw: string) => boolean): { args: Value[]; kwargs: Record<string, Value> } {
    const args: Value[] = [];
    const kwargs: Record<string, Value> = {};
    // `f(x for x in y)`: lezer flattens the generator into the argument list
    if (argList.getChild('for')) return { args: [this.evalComprehension(argList, scope, ctx)], kwargs };
    let kwName: string | undefined;
    let star: '' | '*' | '**' = '';
    for (let c = argList.firstChild; c; c = c.nextSibling) {
      if (c.name === '*' || c.name === '**') {
        star = c.name;
        continue;
      }
      if (c.name === 'VariableName' && c.nextSibling?.name === 'AssignOp') {
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

  private evalCall(node: SyntaxNode, scope: Scope, ctx: Ctx): Value {
    const calleeNode = node.firstChild;
    const argList = node.getChild('ArgList');
    if (!calleeNode) return unknown();
    let receiver: Value | undefined;
    let method: string | undefined;
    let callee: Value;
    if (calleeNode.name === 'MemberExpression' && calleeNode.getChild('PropertyName')) {
      const objNode = calleeNode.firstChild!;
      receiver = this.evalExpr(objNode, scope, ctx);
      method = this.text(calleeNode.getChild('PropertyName')!);
      callee = this.attr(receiver, method);
      if (callee.k === 'ref') this.recordRef(callee.q, calleeNode, ctx);
    } else if (calleeNode.name === 'VariableName') {
      callee = this.lookup(this.text(calleeNode), scope);
      if (callee.k === 'ref') this.recordRef(callee.q, calleeNode, ctx);
    } else callee = this.evalExpr(calleeNode, scope, ctx);

    const q = callee.k === 'ref' || (callee.k === 'obj' && !(receiver && (receiver.k === 'str' || receiver.k === 'seq' || receiver.k === 'dict'))) ? callee.q : undefined;
    const isSetup = q !== undefined && (SETUP_CALLS.has(q) || q.endsWith('.setup') && /^(setuptools|distutils)/.test(q));
    const { args, kwargs } = argList ? this.evalArgs(argList, scope, ctx, isSetup ? (k) => METADATA_KWARGS.has(k) : undefined) : { args: [], kwargs: {} };
    this.line = this.lineOf(node);

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
    else if (q in EXEC_CALLS) result = this.handleExec(q, args, kwargs, ctx);
    else if (isSetup) {
      this.handleSetup(kwargs, node);
      result = NONE;
    } else if (isFileRead(q)) result = this.fileRead(callee as { k: 'obj'; q: string; path?: Value; t: number });
    else if (q === 'sys.path.insert' || q === 'sys.path.append') {
      const p = args[args.length - 1];
      const s = p && (p.k === 'str' ? p.s : p.k === 'obj' && p.path?.k === 'str' ? p.path.s : undefined);
      if (s !== undefined && !s.includes(HOLE)) {
        const n = normalizePath(s);
        if (n !== undefined) this.facts.sysPath.push(n);
      }
      result = NONE;
    } else {
      result = callKnown(q, args, kwargs, this, callee) ?? genericResult(q, args, kwargs, receiver);
    }
    if (!PURE_CALLS.has(q)) {
      this.recordCall(q, args, kwargs, node, ctx, receiver, result);
      this.writtenCode(q, args, callee, ctx);
      if (q in PROCESS_CALLS) {
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

  private getattrCall(args: Value[]): Value {
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

  private handleSetup(kwargs: Record<string, Value>, node: SyntaxNode): void {
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

  private fileRead(callee: { q: string; path?: Value; t: number }): Value {
    const p = callee.path;
    let t = Taint.FILE;
    const s = p?.k === 'str' && !p.partial ? p.s : undefined;
    if (s !== undefined && !isAbsolute(s)) {
      const rel = normalizePath(s);
      if (rel !== undefined && this.opts.fileExists(rel)) t = Taint.LOCAL_FILE;
    }
    if (p?.k === 'str' && secretPlace(p.s)) t |= Taint.SECRET;
    return { k: 'obj', q: `${callee.q}()`, t: t | callee.t | (p ? p.t & ~Taint.IDENTITY : 0), path: p };
  }

  private handleExec(q: string, args: Value[], kwargs: Record<string, Value>, ctx: Ctx): Value {
    const spec = EXEC_CALLS[q];
    const code = args[spec.code] ?? (spec.kw ? kwargs[spec.kw] : undefined) ?? unknown();
    const line = this.line;
    const pathLike = q === 'builtins.execfile' || q === 'runpy.run_path' || q === 'imp.load_source';
    if (pathLike) {
      const s = knownStr(code.k === 'obj' && code.path ? code.path : code);
      const rel = s !== undefined ? normalizePath(s) : undefined;
      if (rel !== undefined && this.opts.fileExists(rel)) this.facts.execFiles.push({ path: rel, line });
      return unknown(Taint.LOCAL_FILE);
    }
    if (code.k === 'obj' && code.path && code.t & Taint.LOCAL_FILE) {
      const rel = normalizePath(knownStr(code.path) ?? '');
      if (rel) this.facts.execFiles.push({ path: rel, line });
    }
    if (code.k === 'str' && !code.partial) {
      const text = code.b ? decodeUtf8Maybe(code.s) : code.s;
      // binary data would not compile; only text is analysed as code
      if (isText(text)) this.addPayload(text, code.how ?? 'literal', q.replace('builtins.', ''), code.t, ctx);
    }
    if (q === 'builtins.compile') return code;
    return unknown(deepTaint(code));
  }

  private addPayload(code: string, how: string, via: string, t: number, ctx: Ctx): void {
    const key = code.length > 256 ? `${code.length}:${code.slice(0, 128)}:${code.slice(-128)}` : code;
    const seen = this.seenPayloads.get(key);
    if (seen) {
      // decoded first, run afterwards: the run is what matters
      if (seen.via === 'decoded' && via !== 'decoded') Object.assign(seen, { via, line: this.line, where: ctx.where });
      return;
    }
    const p = { code, line: this.line, where: ctx.where, how, via, t };
    this.seenPayloads.set(key, p);
    this.facts.payloads.push(p);
  }

  /** Python source written to a `.py` file is code the build can run next; analyse it too. */
  private writtenCode(q: string, args: Value[], callee: Value, ctx: Ctx): void {
    if (!/^((builtins|io|codecs)\.open\(\)\.(write|writelines)|tempfile\.\w*TemporaryFile\(\)\.(write|writelines)|pathlib\.Path\(\)\.write_text)$/.test(q) || callee.k !== 'obj') return;
    const path = callee.path?.k === 'str' ? callee.path.s : '';
    const data = args[0];
    // a temporary file has no name to go by; what is written to it decides
    const temp = q.startsWith('tempfile.');
    if (!(/\.pyw?$/i.test(path) || temp) || data?.k !== 'str' || data.partial) return;
    const text = data.b ? decodeUtf8Maybe(data.s) : data.s;
    if (text.length >= 16 && isText(text)) this.addPayload(text, data.how ?? 'literal', 'write', data.t, ctx);
  }

  /** `python -c <code>` and `powershell -EncodedCommand <base64>` carry code of their own. */
  private processPayloads(call: CallFact, ctx: Ctx): void {
    const cmd = commandOf(call);
    if (!cmd) return;
    const { argv } = cmd;
    for (let i = 0; i < argv.length - 1; i++) {
      const w = argv[i].toLowerCase();
      if (w === '-c' && /^python|^pythonw|^py$/.test(cmd.program)) {
        this.addPayload(argv[i + 1], cmd.t & Taint.DECODED ? 'decoded' : 'literal', 'python -c', cmd.t, ctx);
      }
      if (/^-(e|ec|enc|encodedcommand|encodedcomman|encod|encode)$/i.test(w) && /powershell|pwsh/.test(cmd.text.toLowerCase())) {
        const blob = argv[i + 1];
        if (blob.includes(HOLE)) continue;
        const r = base64Decode(blob, this.opts.budget);
        if (r.ok) {
          const text = bytesToText(r.value, 'utf-16le') ?? r.value;
          const v = str(text, Taint.DECODED, { how: 'powershell -EncodedCommand (base64 of UTF-16LE)' });
          this.facts.decodes.push({ codec: 'powershell-encoded', line: this.line, where: ctx.where, ok: true, output: v, inputLength: blob.length });
          this.recordBuilt(v, ctx);
        }
      }
    }
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
    const text = out.b ? decodeUtf8Maybe(out.s) : out.s;
    if (text.length >= 16 && looksLikePython(text)) this.addPayload(text, how, 'decoded', out.t, this.ctx);
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

  // Recording ---------------------------------------------------------------------------------

  private recordCall(callee: string, args: Value[], kwargs: Record<string, Value>, node: SyntaxNode, ctx: Ctx, receiver: Value | undefined, result: Value): void {
    let snippet = this.text(node);
    if (snippet.length > 160) snippet = snippet.slice(0, 157) + '...';
    this.facts.calls.push({ callee, args, kwargs, line: this.lineOf(node), where: ctx.where, snippet: snippet.replace(/\s+/g, ' '), receiver, result });
    for (const a of args) this.recordBuilt(a, ctx);
    for (const a of Object.values(kwargs)) this.recordBuilt(a, ctx);
  }

  private recordRef(q: string, node: SyntaxNode, ctx: Ctx): void {
    const line = this.lineOf(node);
    const key = `${q}@${line}`;
    if (this.seenRefs.has(key)) return;
    this.seenRefs.add(key);
    this.facts.refs.push({ q, line, where: ctx.where });
  }

  private recordLiteral(node: SyntaxNode, v: Value, ctx: Ctx): void {
    if (v.k !== 'str') return;
    if (this.seenLiterals.has(node.from)) return;
    this.seenLiterals.add(node.from);
    if (v.s.length === 0) return;
    this.facts.strings.push({ value: v, line: this.lineOf(node), where: ctx.where, kind: 'literal', metadata: ctx.meta || undefined });
  }

  private recordBuilt(v: Value, ctx: Ctx): void {
    for (const s of stringsIn(v)) {
      if (s.lit || s.s.length < 4) continue;
      const key = `${this.line}|${s.s.length > 300 ? s.s.slice(0, 150) + s.s.length + s.s.slice(-150) : s.s}`;
      if (this.seenBuilt.has(key)) continue;
      this.seenBuilt.add(key);
      this.facts.strings.push({ value: s, line: this.line, where: ctx.where, kind: 'built', metadata: ctx.meta || undefined });
    }
  }

  /** When the evaluator gives up on a subtree, its calls are still found, with unresolved arguments. */
  private scanCallsFlat(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
    if (this.inFlatScan) return;
    this.inFlatScan = true;
    try {
      this.scanCallsFlatInner(node, scope, ctx);
    } finally {
      this.inFlatScan = false;
      this.extraDepth = 0;
    }
  }

  private scanCallsFlatInner(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
    const c = node.cursor();
    const end = node.to;
    let n = 0;
    do {
      if (c.from >= end) break;
      if (++n > 200_000) break;
      if (c.name === 'CallExpression') {
        const callee = c.node.firstChild;
        if (!callee) continue;
        const name = this.text(callee);
        if (name.length > 120 || !/^[\w.]+$/.test(name)) continue;
        const [head, ...rest] = name.split('.');
        const base = this.lookupQuiet(head, scope);
        const q = base && base.k === 'ref' ? [base.q, ...rest].join('.') : name;
        // the arguments of a call found this way are usually shallow: fold them a little deeper
        const argList = c.node.getChild('ArgList');
        this.extraDepth = 30;
        const { args, kwargs } = argList && this.steps < MAX_STEPS ? this.evalArgs(argList, scope, ctx) : { args: [], kwargs: {} };
        this.extraDepth = 0;
        this.facts.calls.push({ callee: q, args, kwargs, line: this.src.lines.lineOf(c.from), where: ctx.where, snippet: name + '(...)' });
      } else if (c.name === 'String' && c.to - c.from < 1_000_000) {
        const lit = stringLiteral(this.src.text.slice(c.from, c.to));
        if (!this.seenLiterals.has(c.from) && lit.value.length) {
          this.seenLiterals.add(c.from);
          this.facts.strings.push({ value: str(lit.value, 0, { b: lit.bytes || undefined, lit: true }), line: this.src.lines.lineOf(c.from), where: ctx.where, kind: 'literal' });
        }
      }
    } while (c.next());
  }

  private lookupQuiet(name: string, scope: Scope): Value | undefined {
    for (let s: Scope | null = scope; s; s = s.parent) {
      const v = s.vars.get(name);
      if (v) return v;
    }
    if (BUILTINS.has(name)) return { k: 'ref', q: `builtins.${name}`, t: 0 };
    return undefined;
  }
}

// Helpers ---------------------------------------------------------------------------------------

function isStringNode(n: SyntaxNode): boolean {
  return n.name === 'String' || n.name === 'ContinuedString';
}

function methodRank(name: string): number {
  return name === '__init__' ? 0 : name === 'initialize_options' ? 1 : name === 'finalize_options' ? 2 : name === 'run' ? 3 : 4;
}

function moduleNameOf(path: string): string {
  return path.replace(/\.py$/, '').replace(/\/__init__$/, '').replace(/\//g, '.');
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

function withMoreTaint(v: Value, t: number): Value {
  if (!t || (v.t & t) === t) return v;
  return { ...v, t: v.t | t } as Value;
}

function mergeValues(vals: Value[]): Value {
  if (vals.length === 1) return vals[0];
  const firstKnown = vals.find((v) => v.k !== 'unknown' && !(v.k === 'const' && v.v === 'None')) ?? vals[0];
  let t = 0;
  for (const v of vals) t |= deepTaint(v);
  return withMoreTaint(firstKnown, t);
}

function signature(args: Value[], kwargs: Record<string, Value>): string {
  const one = (v: Value): string => {
    switch (v.k) {
      case 'str':
        return `s${v.t}:${v.s.length > 48 ? v.s.slice(0, 24) + v.s.length + v.s.slice(-24) : v.s}`;
      case 'num':
        return `n${v.n}`;
      case 'ref':
      case 'obj':
        return `${v.k}${v.t}:${v.q}`;
      case 'seq':
        return `[${v.items.slice(0, 6).map(one).join(',')}${v.items.length}]${v.t}`;
      default:
        return `${v.k}${v.t}`;
    }
  };
  return [...args.map(one), ...Object.entries(kwargs).map(([k, v]) => `${k}=${one(v)}`)].join('|');
}

function compare(op: string, a: Value, b: Value): Value {
  const t = deepTaint(a) | deepTaint(b);
  const as = a.k === 'str' && !a.partial ? a.s : a.k === 'num' ? a.n : undefined;
  const bs = b.k === 'str' && !b.partial ? b.s : b.k === 'num' ? b.n : undefined;
  if (as !== undefined && bs !== undefined && (op === '==' || op === '!=')) {
    const eq = as === bs;
    return { k: 'const', v: (op === '==') === eq ? 'True' : 'False', t: 0 };
  }
  void t;
  return unknown();
}

function parseNumber(text: string): Value {
  const t = text.replace(/_/g, '').replace(/[lLjJ]$/, '');
  let n: number;
  if (/^0[xX]/.test(t)) n = parseInt(t.slice(2), 16);
  else if (/^0[oO]/.test(t)) n = parseInt(t.slice(2), 8);
  else if (/^0[bB]/.test(t)) n = parseInt(t.slice(2), 2);
  else if (/^0\d+$/.test(t)) n = parseInt(t, 8);
  else n = Number(t);
  return Number.isFinite(n) ? num(n) : unknown();
}

