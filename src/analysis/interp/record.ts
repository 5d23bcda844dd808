// Recording facts: calls, references, literals and built strings, and the flat scan of subtrees
// the evaluator gives up on.

import type { SyntaxNode } from '@lezer/common';
import { stringLiteral, childOf } from '../parse.js';
import { type Value, str, stringsIn } from '../values.js';
import { MAX_STEPS } from './limits.js';
import { type Ctx, Scope, Scopes } from './scope.js';

export abstract class Recorder extends Scopes {
  /** Call snippets by the call's extent in the source (`f(x)(y)` holds two calls starting at one offset). */
  private readonly snippets = new Map<number, string>();
  // Recording ---------------------------------------------------------------------------------

  protected recordCall(callee: string, args: Value[], kwargs: Record<string, Value>, node: SyntaxNode, ctx: Ctx, receiver: Value | undefined, result: Value): void {
    if (this.muted) return;
    // only the start of the call is shown: a call may wrap a payload of megabytes
    // built once per call site: a call in a loop is recorded on every iteration
    const site = node.to * (this.src.text.length + 1) + node.from;
    let snippet = this.snippets.get(site);
    if (snippet === undefined) {
      snippet = (node.to - node.from > 160 ? this.src.text.slice(node.from, node.from + 157) + '...' : this.text(node)).replace(/\s+/g, ' ');
      this.snippets.set(site, snippet);
    }
    this.facts.calls.push({ callee, args, kwargs, line: this.lineOf(node), where: ctx.where, snippet, receiver, result });
    for (const a of args) this.recordBuilt(a, ctx);
    for (const a of Object.values(kwargs)) this.recordBuilt(a, ctx);
  }

  protected recordRef(q: string, node: SyntaxNode, ctx: Ctx): void {
    if (this.muted) return;
    const line = this.lineOf(node);
    const key = `${q}@${line}`;
    if (this.seenRefs.has(key)) return;
    this.seenRefs.add(key);
    this.facts.refs.push({ q, line, where: ctx.where });
  }

  protected recordLiteral(node: SyntaxNode, v: Value, ctx: Ctx): void {
    if (this.muted) return;
    if (v.k !== 'str') return;
    if (this.seenLiterals.has(node.from)) return;
    this.seenLiterals.add(node.from);
    if (v.s.length === 0) return;
    this.facts.strings.push({ value: v, line: this.lineOf(node), where: ctx.where, kind: 'literal', metadata: ctx.meta || undefined });
  }

  protected recordBuilt(v: Value, ctx: Ctx): void {
    if (this.muted) return;
    for (const s of stringsIn(v)) {
      if (s.lit || s.s.length < 4) continue;
      const key = `${this.line}|${s.s.length > 300 ? s.s.slice(0, 150) + s.s.length + s.s.slice(-150) : s.s}`;
      if (this.seenBuilt.has(key)) continue;
      this.seenBuilt.add(key);
      this.facts.strings.push({ value: s, line: this.line, where: ctx.where, kind: 'built', metadata: ctx.meta || undefined });
    }
  }

  /** When the evaluator gives up on a subtree, its calls are still found, with unresolved arguments. */
  protected scanCallsFlat(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
    if (this.inFlatScan) return;
    this.inFlatScan = true;
    try {
      this.scanCallsFlatInner(node, scope, ctx);
    } finally {
      this.inFlatScan = false;
      this.extraDepth = 0;
    }
  }

  protected scanCallsFlatInner(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
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
        const argList = childOf(c.node, 'ArgList');
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
}
