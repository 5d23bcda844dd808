// Statements and control flow: blocks, assignments, branches, loops (unrolled when small), `with`,
// `try`, `match`, and comprehensions.

import type { SyntaxNode } from '@lezer/common';
import { childOf, childrenOf } from '../parse.js';
import { MAX_ITEMS, binaryOp } from '../folding.js';
import { iterate } from '../known-calls.js';
import { type Value, deepTaint, knownStr, mergeValues, truthyKnown, unknown } from '../values.js';
import { MAX_LOOP_UNROLL } from './limits.js';
import { type Ctx, EXPRESSIONS, NONE, Scope, isStringNode } from './scope.js';
import { Expressions } from './expressions.js';
import { MAX_DECODE_ITERATIONS, isPureLoop } from './loops.js';

export abstract class Statements extends Expressions {
  // Statements --------------------------------------------------------------------------------

  protected execBlock(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
    const all = this.kids(node);
    let first = true;
    for (let i = 0; i < all.length; i++) {
      const child = all[i]!;
      if (child.name === 'ExpressionStatement' && this.isPy2Exec(child, all[i + 1])) {
        // `exec code` / `exec code in ns` (Python 2): lezer splits it at the error
        let n = i + 1;
        while (n < all.length && all[n]!.type.isError) n++;
        const next = all[n];
        const nextFirst = next && this.kids(next)[0];
        if (next && next.name === 'ExpressionStatement' && nextFirst) {
          let arg = nextFirst;
          const argFirst = this.kids(arg)[0];
          if (arg.name === 'BinaryExpression' && argFirst && this.kid(arg, 'in')) arg = argFirst;
          this.line = this.lineOf(child);
          const v = this.evalExpr(arg, scope, ctx);
          this.recordCall('builtins.exec', [v], {}, child, ctx, undefined, NONE);
          this.handleExec('builtins.exec', [v], {}, ctx);
          i = n;
          continue;
        }
      }
      const only = child.name === 'ExpressionStatement' ? this.kids(child) : undefined;
      if (first && only && only.length === 1 && isStringNode(only[0]!)) {
        const v = this.evalExpr(only[0]!, scope, { ...ctx, meta: true });
        if (scope === this.module) scope.vars.set('__doc__', v);
        first = false;
        continue;
      }
      if (!child.type.isError && child.name !== 'Comment' && child.name !== ':') first = false;
      this.execStmt(child, scope, ctx);
    }
  }

  protected isPy2Exec(stmt: SyntaxNode, next: SyntaxNode | undefined): boolean {
    const all = this.kids(stmt);
    const c = all[0];
    if (!c || c.name !== 'VariableName' || all.length > 1 || this.text(c) !== 'exec') return false;
    return !!next && next.type.isError;
  }

  protected execStmt(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
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
        for (const c of this.kids(node)) this.execStmt(c, scope, ctx);
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
          for (const c of childrenOf(node, 'VariableName')) scope.globals.add(this.text(c));
        }
        return;
      case 'FunctionDefinition':
        this.defineFunction(node, scope, ctx);
        return;
      case 'ClassDefinition':
        this.defineClass(node, scope, ctx);
        return;
      case 'DecoratedStatement': {
        const decorators = childrenOf(node, 'Decorator');
        for (const d of decorators) for (const a of childrenOf(d, 'ArgList')) this.evalArgs(a, scope, ctx);
        const def = childOf(node, 'FunctionDefinition') ?? childOf(node, 'ClassDefinition');
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
        if (!this.execWhile(node, scope, ctx)) this.execCompound(node, scope, ctx);
        return;
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

  protected execCompound(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
    let asNext = false;
    const all = this.kids(node);
    for (let i = 0; i < all.length; i++) {
      const c = all[i]!;
      if (c.name === 'Body') this.execBlock(c, scope, ctx);
      else if (c.name === 'MatchBody' || c.name === 'MatchClause') this.execCompound(c, scope, ctx);
      else if (c.name === 'as' || (c.name === ',' && all[i - 1]?.name !== 'except' && node.name === 'TryStatement')) asNext = true;
      else if (asNext && c.name === 'VariableName') {
        this.assignName(this.text(c), unknown(), scope);
        asNext = false;
      } else if (EXPRESSIONS.has(c.name)) this.evalExpr(c, scope, ctx);
    }
  }

  protected execIf(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
    let skipNextBody = false;
    for (const c of this.kids(node)) {
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

  protected isMainGuard(test: SyntaxNode): boolean {
    return test.name === 'BinaryExpression' && /^__name__\s*==\s*['"]__main__['"]$|^['"]__main__['"]\s*==\s*__name__$/.test(this.text(test));
  }

  protected execFor(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
    const targets: SyntaxNode[] = [];
    const iters: SyntaxNode[] = [];
    const bodies: SyntaxNode[] = [];
    let phase: 'targets' | 'iters' = 'targets';
    for (const c of this.kids(node)) {
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
    } else if (items && items.length > 0 && items.length <= MAX_DECODE_ITERATIONS && bodies[0] && isPureLoop([bodies[0]], (n) => this.text(n))) {
      // a decoding loop over constant data: every item, the facts of the last round only
      const body = bodies[0];
      this.quietly(items.length, (i) => {
        bind(items[i]);
        this.execBlock(body, scope, ctx);
        return true;
      });
    } else {
      bind(items && items.length ? mergeValues(items) : unknown(deepTaint(iterable)));
      if (bodies[0]) this.execBlock(bodies[0], scope, ctx);
    }
    if (bodies[1]) this.execBlock(bodies[1], scope, ctx);
  }

  /**
   * `while <cond>:` over known values with a body that only computes: run round by round while the
   * condition is known true. False when the loop is not of that kind (it is then evaluated once).
   */
  protected execWhile(node: SyntaxNode, scope: Scope, ctx: Ctx): boolean {
    const cond = this.kids(node)[1];
    const body = this.kid(node, 'Body');
    if (!cond || !body || !EXPRESSIONS.has(cond.name) || cond.name === 'Boolean' || !isPureLoop([cond, body], (n) => this.text(n))) return false;
    let rounds = 0;
    let known = true;
    this.quietly(MAX_DECODE_ITERATIONS, () => {
      const b = truthyKnown(this.evalExpr(cond, scope, ctx));
      if (b !== true) {
        known = b === false;
        return false;
      }
      rounds++;
      this.execBlock(body, scope, ctx);
      return true;
    });
    // nothing known about the condition: the usual single pass records the body's facts
    if (!known && rounds === 0) return false;
    const bodies = this.kids(node).filter((c) => c.name === 'Body');
    if (bodies[1]) this.execBlock(bodies[1], scope, ctx);
    return true;
  }

  /** Runs `round(i)` up to `n` times (until it returns false or the budget ends), recording facts only in the last round. */
  protected quietly(n: number, round: (i: number) => boolean): void {
    const wasMuted = this.muted;
    try {
      for (let i = 0; i < n; i++) {
        this.muted = wasMuted || i < n - 1;
        if (!this.step(4) || !round(i)) break;
      }
    } finally {
      this.muted = wasMuted;
    }
  }

  protected execWith(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
    let last: Value | undefined;
    let asNext = false;
    for (const c of this.kids(node)) {
      if (c.name === 'Body') this.execBlock(c, scope, ctx);
      else if (c.name === 'as') asNext = true;
      else if (asNext && c.name === 'VariableName') {
        this.assignName(this.text(c), last ?? unknown(), scope);
        asNext = false;
      } else if (EXPRESSIONS.has(c.name)) last = this.evalExpr(c, scope, ctx);
    }
  }

  protected execAssign(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
    const all = this.kids(node);
    if (all.length === 3 && all[1]!.name === 'AssignOp' && EXPRESSIONS.has(all[0]!.name) && EXPRESSIONS.has(all[2]!.name)) {
      // `target = value`, the common case, without the bookkeeping of chains and tuples below
      const value = this.evalExpr(all[2]!, scope, ctx);
      this.recordBuilt(value, ctx);
      this.assignTarget(all[0]!, value, scope, ctx);
      return;
    }
    const segments: SyntaxNode[][] = [[]];
    const trailingComma: boolean[] = [false];
    for (const c of all) {
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

  protected execUpdate(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
    const target = this.kids(node)[0];
    const op = this.kid(node, 'UpdateOp');
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

  protected assignTargets(targets: SyntaxNode[], value: Value, scope: Scope, ctx: Ctx): void {
    const items = value.k === 'seq' ? value.items : undefined;
    targets.forEach((t, i) => {
      const v = items && items.length === targets.length ? items[i] : unknown(deepTaint(value));
      this.assignTarget(t, v, scope, ctx);
    });
  }

  protected assignTarget(target: SyntaxNode, value: Value, scope: Scope, ctx: Ctx): void {
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
        const obj = this.kids(target)[0];
        if (!obj) return;
        const objVal = this.evalExpr(obj, scope, ctx);
        const prop = this.kid(target, 'PropertyName');
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


  protected evalComprehension(node: SyntaxNode, scope: Scope, ctx: Ctx): Value {
    // children: open, element (or key ':' value), then clauses `for targets in iterable` / `if cond`
    const kids = this.kids(node);
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

  protected bindComp(targets: SyntaxNode[], v: Value, scope: Scope, ctx: Ctx): void {
    if (targets.length === 1) this.assignTarget(targets[0], v, scope, ctx);
    else this.assignTargets(targets, v, scope, ctx);
  }

}
