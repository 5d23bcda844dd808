// Reaching functions by assembled names: `getattr(__builtins__, "ex" + "ec")`,
// `__import__("o" + "s")`, `globals()["..."]`. Ordinary code names what it calls.

import type { Finding, Severity } from '../../types.js';
import type { Rule } from '../model.js';
import { describeWhere, finding, isReachable } from './util.js';

const SENSITIVE = /^(builtins\.(exec|eval|compile|__import__|open|getattr)|os\.(system|popen|exec\w*|spawn\w*|startfile|remove|unlink)|subprocess\.\w+|socket\.\w+|urllib\.\w+|requests\.\w+|base64\.\w+|marshal\.\w+|zlib\.\w+|ctypes\.\w+|codecs\.\w+)$|^(os|subprocess|socket|base64|marshal|zlib|ctypes|urllib|urllib2|requests|http|builtins|importlib|pty|codecs|winreg|_winreg)$/;

export const rule: Rule = {
  id: 'obfuscated-lookup',
  severity: 'high',
  description: 'Looks up modules or builtins by assembled names (getattr on builtins, __import__ of built strings).',
  check(facts) {
    const out: Finding[] = [];
    for (const d of facts.dynamic) {
      const where = describeWhere(facts, d.where);
      const name = d.name ?? 'a name not known until build time';
      const target = d.target ?? name;
      let severity: Severity | undefined;
      let message = '';
      const onBuiltins = d.on === 'builtins' || d.on === 'globals' || d.via === '__dict__';
      if (onBuiltins && (d.via === 'getattr' || d.via === '__dict__' || d.via === 'globals()')) {
        if (d.via === 'globals()' && !/^builtins\./.test(target) && !d.constructed) continue;
        // The script's own module-level settings looked up by a key from a table it wrote
        // (`for name in dict(JPEG_ROOT=...): globals()[name]`) is configuration, not concealment:
        // only builtins, sensitive modules or names from hidden data make it a way to hide a call.
        if (d.via === 'globals()' && !d.hidden && !/^builtins\./.test(target) && !SENSITIVE.test(target)) continue;
        // `getattr(__builtins__, "unicode", str)` is Python 2 compatibility, not concealment
        if (!d.constructed && !d.hidden && !SENSITIVE.test(target)) continue;
        severity = 'high';
        message = `Fetches ${target} from the builtins by name ${where}, a way to call it without writing it.`;
      } else if (d.via === '__import__' || d.via === 'importlib.import_module') {
        if (d.hidden || (d.constructed && SENSITIVE.test(target))) {
          severity = 'high';
          message = `Imports ${target} by a name assembled at run time ${where}, hiding which module it uses.`;
        } else if (d.constructed) {
          severity = 'low';
          message = `Imports a module by a name built at run time (${name}) ${where}.`;
        } else if (SENSITIVE.test(target)) {
          severity = 'medium';
          message = `Imports ${name} through ${d.via} instead of an import statement ${where}.`;
        } else continue;
      } else if (d.via === 'getattr') {
        if (!d.constructed && !d.hidden) continue;
        if ((d.name !== undefined && SENSITIVE.test(target)) || d.hidden) {
          severity = 'high';
          message = `Fetches ${target} by an assembled name ${where}.`;
        } else if (d.on && SENSITIVE.test(d.on)) {
          severity = 'medium';
          message = `Fetches an attribute of ${d.on} by a name not written in the code (${name}) ${where}.`;
        } else continue;
      } else continue;
      if (!isReachable(d.where) && severity === 'high') severity = 'medium';
      out.push(finding(rule.id, severity, facts, d.line, message, `${d.via}(${d.on ? d.on + ', ' : ''}${JSON.stringify(name)}) -> ${target}`));
    }
    return out;
  },
};
