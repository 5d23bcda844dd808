// exec / eval / compile at build time. Running a version file that ships in the sdist is
// ordinary; running code that was encoded, encrypted or downloaded is the payload itself.

import type { Finding, Severity } from '../../types.js';
import { EXEC_CALLS } from '../catalog.js';
import type { Rule } from '../model.js';
import { Taint, type Value, deepTaint, describeTaint, show } from '../values.js';
import { describeWhere, finding, isReachable } from './util.js';

function codeArg(args: Value[], kwargs: Record<string, Value>, q: string): Value | undefined {
  const spec = EXEC_CALLS[q];
  return args[spec.code] ?? (spec.kw ? kwargs[spec.kw] : undefined);
}

export const rule: Rule = {
  id: 'dynamic-exec',
  severity: 'critical',
  description: 'Runs code with exec/eval/compile; critical when that code was decoded, decrypted or downloaded.',
  check(facts) {
    const out: Finding[] = [];
    for (const call of facts.calls) {
      if (!(call.callee in EXEC_CALLS)) continue;
      const code = codeArg(call.args, call.kwargs, call.callee);
      const name = call.callee.replace(/^builtins\./, '');
      const where = describeWhere(facts, call.where);
      if (!code) continue;
      const t = deepTaint(code);
      let severity: Severity;
      let message: string;
      if (t & Taint.NETWORK) {
        severity = 'critical';
        message = `Runs code downloaded from the network with ${name} ${where}.`;
      } else if (t & Taint.OPAQUE) {
        severity = 'critical';
        message = `Runs code hidden by marshal, encryption or compression that this analysis cannot undo, with ${name} ${where}.`;
      } else if (t & Taint.DECODED) {
        severity = 'critical';
        const how = code.k === 'str' && code.how ? ` (${code.how})` : '';
        message = `Runs code that was encoded to hide it${how} with ${name} ${where}.`;
      } else if (t & Taint.SECRET) {
        severity = 'high';
        message = `Runs code read from a place that holds secrets with ${name} ${where}.`;
      } else if (code.k === 'str' && !code.partial) {
        severity = 'low';
        message = `Runs a string of code written in the script with ${name} ${where}; the string is analysed as code too.`;
      } else if (t & Taint.LOCAL_FILE) {
        severity = 'info';
        message = `Runs a file that ships in the sdist with ${name} ${where} (a version file, usually); that file is analysed too.`;
      } else if (/^(runpy\.run_path|builtins\.execfile|imp\.load_source)$/.test(call.callee)) {
        severity = 'low';
        message = `Runs a Python file with ${name} ${where}.`;
      } else if (t & (Taint.FILE | Taint.PROCESS | Taint.ENV)) {
        severity = 'medium';
        message = `Runs code from ${describeTaint(t & (Taint.FILE | Taint.PROCESS | Taint.ENV))} with ${name} ${where}.`;
      } else {
        severity = 'medium';
        message = `Runs code this analysis could not resolve with ${name} ${where}.`;
      }
      if (!isReachable(call.where) && severity !== 'critical') severity = 'info';
      out.push(finding(rule.id, severity, facts, call.line, message, `${call.snippet} <- ${show(code, 160)}`));
    }
    return out;
  },
};
