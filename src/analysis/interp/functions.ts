// Functions and classes: definitions, and calls into them with their arguments bound (memoized
// per entry and signature, within a budget of evaluations).

import type { SyntaxNode } from '@lezer/common';
import { childOf } from '../parse.js';
import { isCommandBase, isHookBase } from '../catalog.js';
import { callKnown } from '../known-calls.js';
import { Taint, type Value, deepTaint, mergeValues, unknown } from '../values.js';
import { MAX_EVALS_PER_FN } from './limits.js';
import { type ClassInfo, type Ctx, EXPRESSIONS, type FnInfo, NONE, type Param, Scope } from './scope.js';
import { Statements } from './statements.js';

export abstract class Functions extends Statements {
  protected defineFunction(node: SyntaxNode, scope: Scope, ctx: Ctx): Value | undefined {
    const nameNode = childOf(node, 'VariableName');
    const body = childOf(node, 'Body');
    const paramList = childOf(node, 'ParamList');
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

  protected params(list: SyntaxNode): Param[] {
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

  protected defineClass(node: SyntaxNode, scope: Scope, ctx: Ctx): Value | undefined {
    const nameNode = childOf(node, 'VariableName');
    const body = childOf(node, 'Body');
    if (!nameNode || !body) return undefined;
    const name = this.text(nameNode);
    const argList = childOf(node, 'ArgList');
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

  protected defineLambda(node: SyntaxNode, scope: Scope, ctx: Ctx): Value {
    const paramList = childOf(node, 'ParamList');
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

  // Functions ---------------------------------------------------------------------------------

  protected invoke(fn: FnInfo, args: Value[], kwargs: Record<string, Value>, caller: Ctx, self?: Value, asEntry = false): Value {
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

  protected bindParams(fn: FnInfo, scope: Scope, args: Value[], kwargs: Record<string, Value>, self: Value | undefined, asEntry: boolean): void {
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
