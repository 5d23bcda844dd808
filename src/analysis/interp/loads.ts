// Code a unit loads or runs: imports, `exec`/`compile`/`runpy` of strings and files, Python written
// to files, and code handed to a new interpreter (`python -c`, `powershell -EncodedCommand`).

import type { SyntaxNode } from '@lezer/common';
import { EXEC_CALLS } from '../catalog.js';
import { commandOf } from '../commands.js';
import { base64Decode, bytesToText, decodeUtf8Maybe, isText } from '../decode.js';
import { type CallFact } from '../model.js';
import { normalizePath } from '../paths.js';
import { HOLE, Taint, type Value, deepTaint, knownStr, str, unknown } from '../values.js';
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
}
