// Reaching functions by assembled names: `getattr(__builtins__, "ex" + "ec")`,
// `__import__("o" + "s")`, `globals()["..."]`. Ordinary code names what it calls.

import type { Finding, Severity } from '../../types.js';
import type { DynamicLookupFact, Rule } from '../model.js';
import { describeWhere, finding, isReachable } from './util.js';

const SENSITIVE = /^(builtins\.(exec|eval|compile|__import__|open|getattr)|os\.(system|popen|exec\w*|spawn\w*|startfile|remove|unlink)|subprocess\.\w+|socket\.\w+|urllib\.\w+|requests\.\w+|base64\.\w+|marshal\.\w+|zlib\.\w+|ctypes\.\w+|codecs\.\w+)$|^(os|subprocess|socket|base64|marshal|zlib|ctypes|urllib|urllib2|requests|http|builtins|importlib|pty|codecs|winreg|_winreg)$/;

export const rule: Rule = {
  id: 'obfuscated-lookup',
  severity: 'high',
  description: 'Looks up modules or builtins by assembled names (getattr on builtins, __import__ of built strings).',
  check(facts) {
    const out: Finding[] = [];
    const tables = builtinTables(facts.dynamic);
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
        const table = tables.get(siteOf(d));
        if (table && !d.constructed && !d.hidden) {
          // A namespace of allowed builtins (a template sandbox) names each one in a written list;
          // calling one through the table is still a call to that builtin, which the other rules see.
          severity = 'low';
          message = `Collects ${table.size} builtins into a table by their written names, ${target} among them, ${where}.`;
        } else {
          severity = 'high';
          message = `Fetches ${target} from the builtins by name ${where}, a way to call it without writing it.`;
        }
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

/** Distinct names one lookup site must fetch from the builtins to be a table rather than a lookup. */
const TABLE_MIN = 3;

function siteOf(d: DynamicLookupFact): string {
  return `${d.line}|${d.where.scope}|${d.where.entry ?? ''}`;
}

/**
 * Lookup sites that fetch several builtins by written names, most of them harmless: one
 * `getattr(builtins, name)` in a loop over a list of names (`len`, `min`, `range`, ...).
 */
function builtinTables(dynamic: DynamicLookupFact[]): Map<string, Set<string>> {
  const sites = new Map<string, { names: Set<string>; sensitive: Set<string>; plain: boolean }>();
  for (const d of dynamic) {
    if (d.via !== 'getattr' || d.on !== 'builtins' || d.name === undefined) continue;
    const key = siteOf(d);
    const site = sites.get(key) ?? { names: new Set<string>(), sensitive: new Set<string>(), plain: true };
    sites.set(key, site);
    if (d.constructed || d.hidden) site.plain = false;
    site.names.add(d.name);
    if (SENSITIVE.test(d.target ?? d.name)) site.sensitive.add(d.name);
  }
  const out = new Map<string, Set<string>>();
  for (const [key, site] of sites) {
    if (site.plain && site.names.size >= TABLE_MIN && site.sensitive.size * 2 < site.names.size) out.set(key, site.names);
  }
  return out;
}
