// Code a unit loads or runs: imports, `exec`/`compile`/`runpy` of strings and files, Python written
// to files, and code handed to a new interpreter (`python -c`, `powershell -EncodedCommand`).

import type { SyntaxNode } from '@lezer/common';
import { EXEC_CALLS } from '../catalog.js';
import { commandOf, programName } from '../commands.js';
import { base64Decode, bytesToText, decodeUtf8Maybe, isText } from '../decode.js';
import { type CallFact } from '../model.js';
import { normalizePath } from '../paths.js';
import { HOLE, Taint, type Value, deepTaint, knownStr, show, str, unknown } from '../values.js';
import { type Ctx, Scope } from './scope.js';
import { Functions } from './functions.js';

export abstract class Loads extends Functions {
  protected execImport(node: SyntaxNode, scope: Scope, ctx: Ctx): void {
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

  protected handleExec(q: string, args: Value[], kwargs: Record<string, Value>, ctx: Ctx): Value {
    const spec = EXEC_CALLS[q];
    const code = args[spec.code] ?? (spec.kw ? kwargs[spec.kw] : undefined) ?? unknown();
    const line = this.line;
    if (q === 'runpy.run_module') {
      // runs a module by name, as `__main__` only when asked to (`python -m` does so)
      this.loadModule('runpy.run_module', code, knownStr(args[2] ?? kwargs.run_name) === '__main__', ctx);
      return unknown(Taint.LOCAL_FILE);
    }
    const pathLike = q === 'builtins.execfile' || q === 'runpy.run_path' || q === 'imp.load_source';
    if (pathLike) {
      const main = q === 'builtins.execfile' || knownStr(args[2] ?? kwargs.run_name) === '__main__';
      this.loadPath(q.replace('builtins.', ''), code, main, ctx);
      return unknown(Taint.LOCAL_FILE);
    }
    if (code.k === 'obj' && code.path && code.t & Taint.LOCAL_FILE) {
      const rel = normalizePath(knownStr(code.path) ?? '');
      if (rel) this.facts.execFiles.push({ path: rel, line });
    } else if (code.k === 'obj' && code.t & Taint.FILE && (!code.path || knownStr(code.path) === undefined)) {
      // the content of a file whose name is not known here
      this.unresolvedLoad(`${q.replace('builtins.', '')} of a file`, code.path ?? code, ctx);
    }
    if (code.k === 'str' && !code.partial) {
      const text = code.b ? decodeUtf8Maybe(code.s) : code.s;
      // binary data would not compile; only text is analysed as code
      if (isText(text)) this.addPayload(text, code.how ?? 'literal', q.replace('builtins.', ''), code.t, ctx);
    }
    if (q === 'builtins.compile') return code;
    return unknown(deepTaint(code));
  }

  /** Loaders that name their module or file: importlib, runpy, `imp`, `threading.Thread(target=...)`. */
  protected loadCall(q: string, args: Value[], kwargs: Record<string, Value>, ctx: Ctx): void {
    switch (q) {
      case 'builtins.__import__':
      case 'importlib.__import__':
        this.importByName('__import__', args[0] ?? kwargs.name, undefined, ctx);
        return;
      case 'importlib.import_module':
        this.importByName('importlib.import_module', args[0] ?? kwargs.name, args[1] ?? kwargs.package, ctx);
        return;
      case 'importlib.util.spec_from_file_location':
      case 'importlib.machinery.SourceFileLoader':
      case 'importlib.machinery.SourcelessFileLoader':
      case 'importlib._bootstrap_external.SourceFileLoader':
        this.loadPath(q.split('.').pop()!, args[1] ?? kwargs.location ?? kwargs.path, false, ctx);
        return;
    }
  }

  private importByName(via: string, name: Value | undefined, pkg: Value | undefined, ctx: Ctx): void {
    if (!name) return;
    const n = knownStr(name);
    if (n === undefined || !/^\.*[\w.]+$/.test(n)) {
      this.unresolvedLoad(via, name, ctx);
      return;
    }
    let mod = n;
    if (n.startsWith('.')) {
      const p = knownStr(pkg);
      const level = /^\.*/.exec(n)![0].length;
      const parts = p?.split('.') ?? [];
      if (p === undefined || level - 1 > parts.length - 1) {
        this.unresolvedLoad(via, name, ctx);
        return;
      }
      mod = [...parts.slice(0, parts.length - (level - 1)), n.slice(level)].filter(Boolean).join('.');
    }
    this.facts.imports.push({ module: mod, level: 0, line: this.line, where: ctx.where });
  }

  /** A module run by name (`python -m`, `runpy.run_module`); resolved against the sdist's roots later. */
  protected loadModule(via: string, name: Value | undefined, main: boolean, ctx: Ctx): void {
    const n = knownStr(name);
    if (n === undefined || !/^[\w.]+$/.test(n)) {
      if (name) this.unresolvedLoad(via, name, ctx);
      return;
    }
    this.facts.loads.push({ via, module: n, main, line: this.line, where: ctx.where });
  }

  /** A file run or loaded by path; a path that names nothing in the sdist is not the sdist's code. */
  protected loadPath(via: string, path: Value | undefined, main: boolean, ctx: Ctx): void {
    const p = path && path.k === 'obj' && path.path ? path.path : path;
    const s = knownStr(p);
    if (s === undefined || s.includes(HOLE)) {
      if (p) this.unresolvedLoad(via, p, ctx);
      return;
    }
    const rel = normalizePath(s);
    if (rel !== undefined && rel !== '' && this.opts.fileExists(rel)) this.facts.loads.push({ via, path: rel, main, line: this.line, where: ctx.where });
  }

  protected unresolvedLoad(via: string, what: Value, ctx: Ctx): void {
    this.facts.loads.push({
      via,
      main: false,
      unresolved: show(what, 80),
      hidden: !!(deepTaint(what) & (Taint.DECODED | Taint.NETWORK | Taint.OPAQUE)),
      line: this.line,
      where: ctx.where,
    });
  }

  protected addPayload(code: string, how: string, via: string, t: number, ctx: Ctx): void {
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
  protected writtenCode(q: string, args: Value[], callee: Value, ctx: Ctx): void {
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
  protected processPayloads(call: CallFact, ctx: Ctx): void {
    const cmd = commandOf(call);
    if (!cmd) return;
    const { argv } = cmd;
    this.newInterpreter(argv, cmd.known, ctx);
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

  /**
   * `python -m pkg`, `python file.py` (`sys.executable` or any python on PATH, after `cmd /c`,
   * `start`, `&&`): the build runs that code of the sdist in a new interpreter, as `__main__`.
   * `python -c` code is a payload of its own (see processPayloads).
   */
  private newInterpreter(argv: string[], known: boolean, ctx: Ctx): void {
    for (let i = 0; i < argv.length; i++) {
      if (!PYTHON.test(programName(argv[i]))) continue;
      let j = i + 1;
      while (j < argv.length && /^-[a-zA-Z]+$/.test(argv[j]) && !/^-[a-zA-Z]*[mc]$/.test(argv[j])) {
        // options with an argument of their own: -W spec, -X opt
        j += /^-[a-zA-Z]*[WX]$/.test(argv[j]) ? 2 : 1;
      }
      const opt = argv[j];
      if (opt === undefined) return;
      if (/^-[a-zA-Z]*m$/.test(opt)) {
        const mod = argv[j + 1];
        if (mod === undefined) return;
        if (mod.includes(HOLE)) this.unresolvedLoad('python -m', str(mod, 0, { partial: true }), ctx);
        else this.loadModule('python -m', str(mod), true, ctx);
        return;
      }
      if (/^-[a-zA-Z]*c$/.test(opt) || opt === '-') return;
      if (opt.includes(HOLE)) {
        if (!known) this.unresolvedLoad('python', str(opt, 0, { partial: true }), ctx);
        return;
      }
      this.loadPath('python', str(opt), true, ctx);
      return;
    }
  }
}

const PYTHON = /^(python[\d.]*w?|py|pypy[\d.]*)$/;

/** Items of parsed JSON kept as values; larger documents stay unknown. */
const MAX_JSON_ITEMS = 10_000;

/** `json.load(f)` / `json.loads(s)` of data known here: the document as values. */
export function jsonValue(input: Value | undefined, host: { step(n: number): boolean }): Value | undefined {
  if (!input || input.k !== 'str' || input.partial) return undefined;
  const text = input.b ? decodeUtf8Maybe(input.s) : input.s;
  if (!host.step(Math.ceil(text.length / 64))) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  let items = 0;
  const conv = (d: unknown, depth: number): Value => {
    if (++items > MAX_JSON_ITEMS || depth > 32) return unknown(input.t);
    if (typeof d === 'string') return str(d, input.t, { how: input.how });
    if (typeof d === 'number') return { k: 'num', n: d, t: input.t };
    if (typeof d === 'boolean') return { k: 'const', v: d ? 'True' : 'False', t: 0 };
    if (d === null) return { k: 'const', v: 'None', t: 0 };
    if (Array.isArray(d)) return { k: 'seq', items: d.map((x) => conv(x, depth + 1)), t: 0 };
    const o = d as Record<string, unknown>;
    const keys = Object.keys(o);
    return { k: 'dict', keys, values: keys.map((k) => conv(o[k], depth + 1)), t: 0 };
  };
  return conv(doc, 0);
}
