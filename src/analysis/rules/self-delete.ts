// Deleting its own files after running: setup.py, the package that carried the payload, or the
// whole unpacked sdist, so nothing is left to inspect.

import type { Finding } from '../../types.js';
import { commandOf } from '../commands.js';
import type { Rule, UnitFacts } from '../model.js';
import { normalizePath } from '../paths.js';
import { type Value, show } from '../values.js';
import { describeWhere, finding, isReachable } from './util.js';

const DELETE = /^(os\.(remove|unlink|rmdir|removedirs)|shutil\.rmtree|pathlib\.Path\(\)\.(unlink|rmdir))$/;

function targetOf(call: { callee: string; args: Value[]; receiver?: Value }): Value | undefined {
  if (call.callee.startsWith('pathlib.') && call.receiver?.k === 'obj') return call.receiver.path;
  return call.args[0];
}

/** What a deleted path is, when it is the build's own code. */
function ownCode(v: Value | undefined, facts: UnitFacts, codePaths: string[]): string | undefined {
  if (!v) return undefined;
  if (v.k === 'obj' && /^sys\.argv/.test(v.q)) return 'the running script (sys.argv[0])';
  if (v.k !== 'str' || v.partial) return undefined;
  const p = normalizePath(v.s);
  if (p === undefined) return undefined;
  if (p === '') return 'the whole unpacked sdist';
  if (p === normalizePath(facts.path)) return `its own file ${p}`;
  if (p === 'setup.py') return 'setup.py';
  if (codePaths.some((c) => c.startsWith(p + '/'))) return `${p}, which holds build-time code`;
  return undefined;
}

export const rule: Rule = {
  id: 'self-delete',
  severity: 'high',
  description: 'Deletes its own build-time files (setup.py, its package, the unpacked sdist) to remove evidence.',
  check(facts, ctx) {
    const out: Finding[] = [];
    const codePaths = ctx.units.filter((u) => u.depth === 0 && u.role !== 'config').map((u) => u.path);
    for (const call of facts.calls) {
      if (DELETE.test(call.callee)) {
        const what = ownCode(targetOf(call), facts, codePaths);
        if (what) {
          out.push(finding(rule.id, isReachable(call.where) ? 'high' : 'medium', facts, call.line, `Deletes ${what} ${describeWhere(facts, call.where)}, removing the evidence of what ran.`, `${call.snippet} <- ${show(targetOf(call), 120)}`));
        }
        continue;
      }
      const cmd = commandOf(call);
      if (cmd && /\b(rm|del|erase|Remove-Item|rmdir|rd)\b/i.test(cmd.text) && /\bsetup\.py\b/.test(cmd.text)) {
        out.push(finding(rule.id, 'high', facts, call.line, `Runs a command that deletes setup.py ${describeWhere(facts, call.where)}.`, cmd.text));
      }
    }
    return out;
  },
};
