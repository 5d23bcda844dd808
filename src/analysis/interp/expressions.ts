// Expressions: literals, operators, containers, attribute access and subscripts, folded to values.

import type { SyntaxNode } from '@lezer/common';
import { MAX_ITEMS, binaryOp, joinPieces, slice } from '../folding.js';
import { callKnown, envRead, iterate } from '../known-calls.js';
import { stringLiteral, unescape, type StringLiteral } from '../parse.js';
import { Taint, type Value, deepTaint, knownStr, num, str, truthyKnown, unknown, withMoreTaint } from '../values.js';
import { MAX_EXPR_DEPTH } from './limits.js';
import { type Ctx, EXPRESSIONS, NONE, Scope } from './scope.js';
import { Recorder } from './record.js';

export abstract class Expressions extends Recorder {
  /** String literals by start offset: a loop body's literals are unescaped once, not per iteration. */
  private readonly literals = new Map<number, StringLiteral>();

  // Expressions -------------------------------------------------------------------------------

  protected exprChildren(node: SyntaxNode): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (const c of this.kids(node)) if (EXPRESSIONS.has(c.name)) out.push(c);
    return out;
  }

  protected evalChildren(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
    for (const c of this.kids(node)) if (EXPRESSIONS.has(c.name)) this.evalExpr(c, scope, ctx);
  }

  protected evalExpr(node: SyntaxNode, scope: Scope, ctx: Ctx): Value {
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

  protected evalInner(node: SyntaxNode, scope: Scope, ctx: Ctx): Value {
    switch (node.name) {
      case 'VariableName': {
        const v = this.lookup(this.text(node), scope);
        if (v.k === 'ref') this.recordRef(v.q, node, ctx);
        else if (v.k === 'fn' || v.k === 'cls') this.referenced(v, ctx);
        return v;
      }
      case 'String': {
        let lit = this.literals.get(node.from);
        if (!lit) {
          lit = stringLiteral(this.text(node));
          this.literals.set(node.from, lit);
        }
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
        const all = this.kids(node);
        const op = all[0];
        const arg = all[all.length - 1];
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

  protected evalFormatString(node: SyntaxNode, scope: Scope, ctx: Ctx): Value {
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
    for (const c of this.kids(node)) {
      if (c.name !== 'FormatReplacement') continue;
      literal(pos, c.from);
      const inner = this.exprChildren(c);
      const v = inner.length ? this.evalExpr(inner[0], scope, ctx) : unknown();
      const conv = this.kid(c, 'FormatConversion');
      pieces.push(conv && this.text(conv) === '!r' && v.k === 'str' && !v.partial ? str(`'${v.s}'`, v.t) : v);
      pos = c.to;
    }
    literal(pos, end);
    const out = joinPieces(pieces, '', bytes);
    if (this.kid(node, 'FormatReplacement')) this.recordBuilt(out, ctx);
    else {
      if (out.k === 'str') out.lit = true;
      this.recordLiteral(node, out, ctx);
    }
    return out;
  }

  protected evalSequence(node: SyntaxNode, scope: Scope, ctx: Ctx): Value {
    const items: Value[] = [];
    let t = 0;
    let spread = false;
    for (const c of this.kids(node)) {
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

  protected evalDict(node: SyntaxNode, scope: Scope, ctx: Ctx): Value {
    const keys: (string | undefined)[] = [];
    const values: Value[] = [];
    let t = 0;
    let pendingKey: Value | undefined;
    let spread = false;
    for (const c of this.kids(node)) {
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


  protected evalBinary(node: SyntaxNode, scope: Scope, ctx: Ctx): Value {
    // Long left-leaning chains (`"a" + "b" + ...`) are walked iteratively.
    const chain: { op: string; right: SyntaxNode }[] = [];
    let left: SyntaxNode = node;
    while (left.name === 'BinaryExpression') {
      const all = this.kids(left);
      const l = all[0];
      const opNode = all[1];
      const r = all[all.length - 1];
      if (!l || !opNode || !r || r === opNode) break;
      let op = this.text(opNode);
      if (op === 'not' || op === 'is') op = `${op} ${this.text(all[2] ?? opNode)}`;
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

  protected evalMember(node: SyntaxNode, scope: Scope, ctx: Ctx): Value {
    const objNode = this.kids(node)[0];
    if (!objNode) return unknown();
    const obj = this.evalExpr(objNode, scope, ctx);
    const prop = this.kid(node, 'PropertyName');
    if (prop) {
      const v = this.attr(obj, this.text(prop));
      if (v.k === 'ref') this.recordRef(v.q, node, ctx);
      else if (v.k === 'fn' || v.k === 'cls') this.referenced(v, ctx);
      return v;
    }
    return this.evalSubscript(node, obj, scope, ctx);
  }

  protected subscriptParts(node: SyntaxNode): { parts: (SyntaxNode | undefined)[]; isSlice: boolean } {
    const parts: (SyntaxNode | undefined)[] = [];
    let isSlice = false;
    let cur: SyntaxNode | undefined;
    let started = false;
    for (const c of this.kids(node)) {
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

  protected subscriptKey(node: SyntaxNode, scope: Scope, ctx: Ctx): string | undefined {
    const { parts, isSlice } = this.subscriptParts(node);
    if (isSlice || !parts[0]) return undefined;
    const v = this.evalExpr(parts[0], scope, ctx);
    return v.k === 'str' && !v.partial ? v.s : v.k === 'num' ? String(v.n) : undefined;
  }

  protected evalSubscript(node: SyntaxNode, objIn: Value, scope: Scope, ctx: Ctx): Value {
    // a slice of a data file's bytes (what follows an image's end, say) is data of the sdist
    const obj = this.contentOf(objIn) ?? objIn;
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
}

function compare(op: string, a: Value, b: Value): Value {
  const as = a.k === 'str' && !a.partial ? a.s : a.k === 'num' ? a.n : undefined;
  const bs = b.k === 'str' && !b.partial ? b.s : b.k === 'num' ? b.n : undefined;
  const bool = (v: boolean): Value => ({ k: 'const', v: v ? 'True' : 'False', t: 0 });
  if (as !== undefined && bs !== undefined && (op === '==' || op === '!=')) return bool((op === '==') === (as === bs));
  // ordering of two numbers or two strings, as decoding loops test their index
  if (as !== undefined && bs !== undefined && typeof as === typeof bs) {
    if (op === '<') return bool(as < bs);
    if (op === '>') return bool(as > bs);
    if (op === '<=') return bool(as <= bs);
    if (op === '>=') return bool(as >= bs);
  }
  if ((op === 'in' || op === 'not in') && as !== undefined) {
    let found: boolean | undefined;
    if (b.k === 'str' && !b.partial && typeof as === 'string') found = b.s.includes(as);
    else if (b.k === 'seq' && b.items.length <= 10_000) {
      const keys = b.items.map((i) => (i.k === 'str' && !i.partial ? i.s : i.k === 'num' ? i.n : undefined));
      found = keys.includes(as) ? true : keys.includes(undefined) ? undefined : false;
    } else if (b.k === 'dict' && typeof as === 'string') found = b.keys.includes(as) ? true : b.keys.includes(undefined) ? undefined : false;
    if (found !== undefined) return bool((op === 'in') === found);
  }
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

