// Changing the machine rather than building a package: user accounts, shutting it down, rewriting
// shortcuts so a browser loads an extension, or appending to the modules of the Python
// installation so that every later program runs the payload.

import type { Finding } from '../../types.js';
import { commandOf } from '../commands.js';
import type { CallFact, Rule } from '../model.js';
import { MACHINE_TAMPERING } from '../patterns.js';
import type { Value } from '../values.js';
import { clip, describeWhere, finding, isReachable } from './util.js';

const OPEN = /^(builtins\.open|io\.open|codecs\.open)$/;
/** Paths of the installed modules: `inspect.getsourcefile(socket)`, `socket.__file__`. */
const MODULE_FILE = /^inspect\.(getsourcefile|getfile|getabsfile)\(\)$|^(?!builtins\.)[\w.]+\.__file__$/;
const SHORTCUT = /(^|\.)(CreateShortCut|CreateShortcut)$/;
/** The location of a standard module, which nothing in a build writes beside. */
const STDLIB_FILE = /^(?:os|sys|socket|site|subprocess|json|ssl|http|urllib|base64|random|logging|threading|re|io|codecs|typing|inspect|string|shutil|pathlib|platform|hashlib|encodings|ctypes|email|asyncio|collections|sqlite3|getpass|tempfile|uuid|zipfile|tarfile|pip|setuptools|requests)\.__file__$/;

function writeMode(call: CallFact): boolean {
  const m = call.args[1] ?? call.kwargs.mode;
  return !!m && m.k === 'str' && /[wa+]/.test(m.s);
}

function moduleFile(v: Value | undefined): string | undefined {
  if (!v) return undefined;
  if ((v.k === 'obj' || v.k === 'ref') && MODULE_FILE.test(v.q)) return v.q.replace(/\(\)$/, '');
  return undefined;
}

export const rule: Rule = {
  id: 'tampering',
  severity: 'critical',
  description: 'Changes the machine: user accounts, shutdown, browser shortcuts, or the Python installation\'s own modules.',
  check(facts) {
    const out: Finding[] = [];
    for (const call of facts.calls) {
      const reach = isReachable(call.where);
      const where = (): string => describeWhere(facts, call.where);
      const cmd = commandOf(call);
      if (cmd) {
        for (const [re, what] of MACHINE_TAMPERING) {
          if (!re.test(cmd.text)) continue;
          out.push(finding(rule.id, reach ? 'critical' : 'medium', facts, call.line, `Runs a command that ${what} ${where()}.`, cmd.text));
          break;
        }
      }
      if (OPEN.test(call.callee) && writeMode(call)) {
        const of = moduleFile(call.args[0]);
        if (of) {
          out.push(finding(rule.id, reach ? 'critical' : 'medium', facts, call.line, `Opens a module of the Python installation (${of}) for writing ${where()}, so that every program that imports it runs what is added.`, call.snippet));
        }
      }
      if (SHORTCUT.test(call.callee)) {
        const extension = facts.strings.some((s) => !s.metadata && /--load-extension\b/.test(s.value.s));
        out.push(finding(rule.id, reach ? (extension ? 'critical' : 'high') : 'medium', facts, call.line, `Creates or rewrites a Windows shortcut ${where()}${extension ? ' so that the browser loads an extension' : ''}.`, call.snippet));
      }
    }
    // a path built from a standard module's location: `join(dirname(os.__file__), 'socket.py')`
    const stdlibRef = facts.refs.find((r) => STDLIB_FILE.test(r.q) && isReachable(r.where));
    if (stdlibRef) {
      for (const call of facts.calls) {
        if (!OPEN.test(call.callee) || !writeMode(call) || out.some((f) => f.line === call.line)) continue;
        const p = call.args[0]?.k === 'str' ? call.args[0] : undefined;
        if (!p || !/\.py[cw]?$/.test(p.s) || !p.partial) continue;
        out.push(
          finding(rule.id, isReachable(call.where) ? 'critical' : 'medium', facts, call.line, `Opens ${clip(p.s, 60)} for writing beside a module of the Python installation (${stdlibRef.q}, line ${stdlibRef.line}) ${describeWhere(facts, call.where)}.`, call.snippet),
        );
      }
    }
    // writing to a module of the installation through a path held in a variable
    for (const call of facts.calls) {
      if (!/^(builtins\.open|io\.open|codecs\.open)\(\)\.(write|writelines)$/.test(call.callee) || call.receiver?.k !== 'obj') continue;
      const of = moduleFile(call.receiver.path);
      if (of && !out.some((f) => f.line === call.line)) {
        out.push(finding(rule.id, isReachable(call.where) ? 'critical' : 'medium', facts, call.line, `Writes into a module of the Python installation (${of}) ${describeWhere(facts, call.where)}.`, call.snippet));
      }
    }
    return out;
  },
};
