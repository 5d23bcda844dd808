// Where code runs: the module top level first, then every setuptools command's methods and build
// hooks, functions other build-time code calls by name, and whatever those reach (callbacks,
// thread targets, decorated functions). Each call's fact says from which entry it runs.

import { type Value } from '../values.js';
import { type Ctx } from './scope.js';
import { Calls } from './calls.js';

export class Extractor extends Calls {
  run(): void {
    const top = this.src.tree!.topNode;
    this.collectIdentifiers(top);
    this.execBlock(top, this.module, this.ctx);
    this.runEntries();
  }

  // Entries -----------------------------------------------------------------------------------

  protected runEntries(): void {
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

  protected drainPending(): void {
    for (let i = 0; i < this.pending.length; i++) {
      const { fn, entry } = this.pending[i];
      if (fn.evalCount > 0) continue;
      const self = fn.cls ? ({ k: 'inst', cls: fn.cls.id, t: 0 } as Value) : undefined;
      this.invoke(fn, [], {}, { where: { scope: fn.scopeName, entry } }, self, true);
    }
    this.pending.length = 0;
  }

  /** A function value used other than by calling it (a callback, a thread target) may run later. */
  protected referenced(v: Value, ctx: Ctx): void {
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
}

function methodRank(name: string): number {
  return name === '__init__' ? 0 : name === 'initialize_options' ? 1 : name === 'finalize_options' ? 2 : name === 'run' ? 3 : 4;
}
