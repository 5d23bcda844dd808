// Downloading a file and running it: the dropper. Either half alone can be ordinary; together
// they install whatever the server sends.

import type { Finding } from '../../types.js';
import { PROCESS_CALLS } from '../catalog.js';
import { commandOf } from '../commands.js';
import type { CallFact, Rule } from '../model.js';
import { basename } from '../paths.js';
import { HOLE, Taint, type Value, deepTaint, stringsIn } from '../values.js';
import { describeWhere, finding } from './util.js';

const TO_FILE = /^(urllib\.request\.urlretrieve|urllib\.urlretrieve|wget\.download)$/;
const WRITE = /^(builtins\.open\(\)\.(write|writelines)|pathlib\.Path\(\)\.write_bytes|pathlib\.Path\(\)\.write_text|shutil\.copyfileobj)$/;
const RUNNABLE = /\.(exe|scr|bat|cmd|ps1|vbs|js|hta|msi|dll|sh|bin|elf|run|app|jar|pyw?)$/i;

function pathText(v: Value | undefined): string | undefined {
  if (!v) return undefined;
  const s = v.k === 'obj' && v.path ? v.path : v;
  const strs = stringsIn(s);
  return strs.length ? strs.map((x) => x.s).join('') : undefined;
}

/** Files this unit writes downloaded data to, with the line of the write. */
function downloads(calls: CallFact[]): { path?: string; line: number; snippet: string; url?: string }[] {
  const out: { path?: string; line: number; snippet: string; url?: string }[] = [];
  for (const c of calls) {
    if (TO_FILE.test(c.callee)) out.push({ path: pathText(c.args[1] ?? c.kwargs.filename ?? c.kwargs.out), line: c.line, snippet: c.snippet, url: pathText(c.args[0]) });
    else if (WRITE.test(c.callee)) {
      const data = c.callee === 'shutil.copyfileobj' ? c.args[0] : c.args[0];
      if (data && deepTaint(data) & Taint.NETWORK) {
        const target = c.callee === 'shutil.copyfileobj' ? c.args[1] : c.receiver;
        out.push({ path: pathText(target), line: c.line, snippet: c.snippet });
      }
    }
  }
  return out;
}

export const rule: Rule = {
  id: 'download-execute',
  severity: 'critical',
  description: 'Downloads a file and then runs it, or makes it executable.',
  check(facts) {
    const out: Finding[] = [];
    const got = downloads(facts.calls);
    if (got.length === 0) return out;
    for (const c of facts.calls) {
      const isRun = c.callee in PROCESS_CALLS || /^os\.chmod$|^pathlib\.Path\(\)\.chmod$/.test(c.callee);
      if (!isRun) continue;
      const cmd = commandOf(c);
      const text = cmd?.text ?? stringsIn(c.args[0]).map((s) => s.s).join(' ');
      for (const d of got) {
        const name = d.path ? basename(d.path.replace(/\\/g, '/')).replaceAll(HOLE, '') : '';
        const sameFile = name.length > 0 && text.includes(name);
        const runsFile = RUNNABLE.test(text.trim().split(/\s+/)[0] ?? '') || (d.path !== undefined && RUNNABLE.test(d.path));
        if (sameFile || (runsFile && c.callee !== 'os.chmod')) {
          // old bootstrap scripts fetch setuptools from PyPI and run it
          const bootstrap = d.url !== undefined && /^(?:https?:\/\/)?(?:[\w-]+\.)*(?:pypi\.org|pypi\.python\.org|files\.pythonhosted\.org|bootstrap\.pypa\.io)[:/]/i.test(d.url);
          out.push(
            finding(rule.id, bootstrap ? 'medium' : 'critical', facts, c.line, `Downloads a file (line ${d.line}) and then runs it ${describeWhere(facts, c.where)}.`, `${d.snippet} ... ${c.snippet}`),
          );
          break;
        }
      }
    }
    return out;
  },
};
