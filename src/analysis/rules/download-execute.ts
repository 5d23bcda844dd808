// Downloading a file and running it: the dropper. Either half alone can be ordinary; together
// they install whatever the server sends.

import type { Finding } from '../../types.js';
import { EXEC_CALLS, PROCESS_CALLS } from '../catalog.js';
import { commandOf } from '../commands.js';
import type { CallFact, Rule, UnitFacts } from '../model.js';
import { basename } from '../paths.js';
import { HOLE, Taint, type Value, deepTaint, stringsIn } from '../values.js';
import { describeWhere, finding } from './util.js';

const TO_FILE = /^(urllib\.request\.urlretrieve|urllib\.urlretrieve|wget\.download)$/;
const WRITE = /^((?:builtins|io|codecs)\.open\(\)\.(write|writelines)|tempfile\.\w*TemporaryFile\(\)\.(write|writelines)|pathlib\.Path\(\)\.write_bytes|pathlib\.Path\(\)\.write_text|shutil\.copyfileobj)$/;
/** A temporary file's name, known only when the build runs. */
const TEMP_NAME = /^tempfile\.\w*TemporaryFile\(\)\.name$|^tempfile\.mk[sd]?temp\(\)/;
/** A clone of a remote repository: the files it brings are whatever the remote holds. */
const CLONE = /^(git\.Repo\.clone_from|git\.repo\.base\.Repo\.clone_from|git\.Git\(\)\.clone|pygit2\.clone_repository|dulwich\.porcelain\.clone)$/;
const SCRIPT = /\.(?:pyw?|sh|bat|cmd|ps1|exe|vbs|js)$/i;

function mentionsTemp(v: Value | undefined, depth = 0): boolean {
  if (!v || depth > 4) return false;
  if (v.k === 'obj' && TEMP_NAME.test(v.q)) return true;
  if (v.k === 'seq') return v.items.some((i) => mentionsTemp(i, depth + 1));
  return false;
}

/** A script the command runs: `python x.py`, `sh x.sh`, `x.exe` (not `setup.py`). */
function runsScript(argv: string[]): string | undefined {
  for (const w of argv.slice(0, 3)) {
    const name = basename(w.replace(/\\/g, '/'));
    if (SCRIPT.test(name) && name !== 'setup.py') return name;
  }
  return undefined;
}

/** Repositories cloned from a remote, by call or by `git clone` command. */
function clones(calls: CallFact[]): { line: number; snippet: string }[] {
  const out: { line: number; snippet: string }[] = [];
  for (const c of calls) {
    if (CLONE.test(c.callee)) out.push({ line: c.line, snippet: c.snippet });
    if (!(c.callee in PROCESS_CALLS)) continue;
    const cmd = commandOf(c);
    if (cmd && cmd.program === 'git' && cmd.argv.includes('clone') && cmd.argv.some((w) => /^(https?|git|ssh):|@[\w.-]+:/.test(w))) out.push({ line: c.line, snippet: cmd.text });
  }
  return out;
}
const RUNNABLE = /\.(exe|scr|bat|cmd|ps1|vbs|js|hta|msi|dll|sh|bin|elf|run|app|jar|pyw?)$/i;

function pathText(v: Value | undefined): string | undefined {
  if (!v) return undefined;
  const s = v.k === 'obj' && v.path ? v.path : v;
  const strs = stringsIn(s);
  return strs.length ? strs.map((x) => x.s).join('') : undefined;
}

/** Files this unit writes downloaded data to, with the line of the write. */
function downloads(calls: CallFact[]): { path?: string; line: number; snippet: string; url?: string; temp?: boolean }[] {
  const out: { path?: string; line: number; snippet: string; url?: string; temp?: boolean }[] = [];
  for (const c of calls) {
    if (TO_FILE.test(c.callee)) out.push({ path: pathText(c.args[1] ?? c.kwargs.filename ?? c.kwargs.out), line: c.line, snippet: c.snippet, url: pathText(c.args[0]) });
    else if (WRITE.test(c.callee)) {
      const data = c.callee === 'shutil.copyfileobj' ? c.args[0] : c.args[0];
      if (data && deepTaint(data) & Taint.NETWORK) {
        const target = c.callee === 'shutil.copyfileobj' ? c.args[1] : c.receiver;
        const temp = target?.k === 'obj' && /^tempfile\./.test(target.q);
        out.push({ path: pathText(target), line: c.line, snippet: c.snippet, temp: temp || undefined });
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
    out.push(...clonedAndRun(facts));
    const got = downloads(facts.calls);
    if (got.length === 0) return out;
    // code hidden in a downloaded file (an image, an archive) and run: `exec(reveal('x.png'))`
    const execs = facts.calls.filter((c) => c.callee in EXEC_CALLS);
    const execLines = new Set(execs.map((c) => c.line));
    const byLine = new Map<number, CallFact[]>();
    for (const o of facts.calls) if (execLines.has(o.line)) byLine.set(o.line, [...(byLine.get(o.line) ?? []), o]);
    for (const c of execs) {
      const sameLine = byLine.get(c.line) ?? [];
      for (const d of got) {
        const name = d.path ? basename(d.path.replace(/\\/g, '/')).replaceAll(HOLE, '') : '';
        if (name.length < 3 || !sameLine.some((o) => o.args.some((a) => stringsIn(a).some((s) => s.s.includes(name))))) continue;
        out.push(finding(rule.id, 'critical', facts, c.line, `Downloads a file (line ${d.line}) and runs code taken out of it ${describeWhere(facts, c.where)}.`, `${d.snippet} ... ${c.snippet}`));
        break;
      }
    }
    for (const c of facts.calls) {
      const isRun = c.callee in PROCESS_CALLS || /^os\.chmod$|^pathlib\.Path\(\)\.chmod$/.test(c.callee);
      if (!isRun) continue;
      const cmd = commandOf(c);
      const text = cmd?.text ?? stringsIn(c.args[0]).map((s) => s.s).join(' ');
      for (const d of got) {
        const name = d.path ? basename(d.path.replace(/\\/g, '/')).replaceAll(HOLE, '') : '';
        const sameFile = (name.length > 0 && text.includes(name)) || (!!d.temp && (mentionsTemp(c.args[0]) || mentionsTemp(c.kwargs.args)));
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

/** A repository cloned from a remote and a script run afterwards: the remote decides what runs. */
function clonedAndRun(facts: UnitFacts): Finding[] {
  const got = clones(facts.calls);
  if (!got.length) return [];
  for (const c of facts.calls) {
    if (!(c.callee in PROCESS_CALLS) || c.line < got[0].line) continue;
    const cmd = commandOf(c);
    const script = cmd && runsScript(cmd.argv);
    if (!script) continue;
    return [finding(rule.id, 'critical', facts, c.line, `Clones a repository (line ${got[0].line}) and runs ${script} ${describeWhere(facts, c.where)}.`, `${got[0].snippet} ... ${cmd.text}`)];
  }
  return [];
}
