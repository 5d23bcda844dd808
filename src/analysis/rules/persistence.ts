// Writing somewhere that makes code run again later: Startup folders, Run keys, crontab, shell
// startup files, services, sitecustomize and .pth files in site-packages.

import type { Finding, Severity } from '../../types.js';
import { commandOf } from '../commands.js';
import type { CallFact, Rule } from '../model.js';
import { isPthPath, persistPlace } from '../patterns.js';
import { type Value, show, stringsIn } from '../values.js';
import { describeWhere, finding, isReachable } from './util.js';

const COPY_CALLS = /^(shutil\.(copy|copy2|copyfile|move|copytree)|os\.(rename|replace|symlink|link)|distutils\.file_util\.copy_file)$/;
const WRITE_METHODS = /^(builtins\.open\(\)|pathlib\.Path\(\))\.(write|writelines|write_text|write_bytes|touch|symlink_to)$/;
const SITE_PACKAGES = /^(site\.(getsitepackages|getusersitepackages|USER_SITE|ENABLE_USER_SITE)|sysconfig\.(get_paths|get_path)|distutils\.sysconfig\.get_python_lib|setuptools\.command\.easy_install)/;

function isWriteMode(call: CallFact): boolean {
  const m = call.args[1] ?? call.kwargs.mode;
  return !!m && m.k === 'str' && /[wax+]/.test(m.s);
}

/** Paths a call writes to. */
function writtenPaths(call: CallFact): Value[] {
  if (/^(builtins\.open|io\.open|codecs\.open)$/.test(call.callee) && isWriteMode(call)) return call.args.slice(0, 1);
  if (COPY_CALLS.test(call.callee)) return call.args.slice(1, 2);
  if (WRITE_METHODS.test(call.callee) && call.receiver?.k === 'obj' && call.receiver.path) return [call.receiver.path];
  if (/^(_?winreg|winreg)\.(SetValue|SetValueEx|CreateKey|CreateKeyEx|OpenKey|OpenKeyEx)$/.test(call.callee)) return call.args;
  return [];
}

export const rule: Rule = {
  id: 'persistence',
  severity: 'high',
  description: 'Writes to a place that runs code later: Startup folders, Run keys, crontab, shell rc files, sitecustomize or .pth files.',
  check(facts) {
    const out: Finding[] = [];
    // asked only once a .pth file is written: the strings may hold megabytes of payload
    let sitePackagesSeen: boolean | undefined;
    const intoSitePackages = (): boolean =>
      (sitePackagesSeen ??= facts.refs.some((r) => SITE_PACKAGES.test(r.q)) || facts.strings.some((s) => !s.metadata && /site-packages|dist-packages/.test(s.value.s)));
    for (const call of facts.calls) {
      const where = (): string => describeWhere(facts, call.where);
      const reach = isReachable(call.where);
      for (const p of writtenPaths(call)) {
        for (const s of stringsIn(p)) {
          const m = persistPlace(s.s);
          if (m) {
            out.push(finding(rule.id, reach ? 'high' : 'medium', facts, call.line, `Writes to ${m.what} ${where()}, so that code runs again later.`, `${call.snippet} -> ${show(s, 160)}`));
            break;
          }
          if (isPthPath(s.s)) {
            const sitePackages = intoSitePackages();
            const severity: Severity = sitePackages && reach ? 'high' : 'medium';
            out.push(finding(rule.id, severity, facts, call.line, `Writes a .pth file ${where()}${sitePackages ? ' into site-packages' : ''}; Python runs import lines in .pth files at every start.`, `${call.snippet} -> ${show(s, 160)}`));
            break;
          }
        }
      }
      const cmd = commandOf(call);
      if (cmd) {
        const m = persistPlace(cmd.text);
        if (m || /\breg(?:\.exe)?\s+add\b[^\n]{0,300}\\Run\b/i.test(cmd.text)) {
          out.push(finding(rule.id, reach ? 'high' : 'medium', facts, call.line, `Runs a command that installs itself into ${m?.what ?? 'a Windows Run registry key'} ${where()}.`, cmd.text));
        }
      }
    }
    // registry Run keys named anywhere in a unit that uses the registry API
    if (facts.calls.some((c) => /^(_?winreg|winreg)\./.test(c.callee))) {
      for (const s of facts.strings) {
        const m = persistPlace(s.value.s);
        if (m && m.what.includes('Run registry') && !out.some((f) => f.line === s.line)) {
          out.push(finding(rule.id, isReachable(s.where) ? 'high' : 'medium', facts, s.line, `Names ${m.what} in code that writes to the registry, ${describeWhere(facts, s.where)}.`, s.value.s));
        }
      }
    }
    return out;
  },
};
