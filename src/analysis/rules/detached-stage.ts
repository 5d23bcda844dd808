// A second stage: code or a program written to a temporary file and started in the background
// (`start pythonw <tmp>`, `os.startfile`, `Popen(..., creationflags=DETACHED_PROCESS)`), so it
// outlives the build and shows no window. Builds write temporary files to probe compilers, and
// wait for what they start.

import type { Finding } from '../../types.js';
import { PROCESS_CALLS } from '../catalog.js';
import { commandOf } from '../commands.js';
import type { CallFact, Rule, UnitFacts } from '../model.js';
import { HOLE, stringsIn } from '../values.js';
import { describeWhere, finding, isReachable } from './util.js';

const TEMP_CALL = /^tempfile\.(NamedTemporaryFile|mkstemp|mktemp|TemporaryFile|SpooledTemporaryFile|gettempdir)$/;
const TEMP_PATH = /%(?:TEMP|TMP|APPDATA|LOCALAPPDATA)%|[\\/]AppData[\\/]|^\/tmp\/|^\/var\/tmp\/|^\/dev\/shm\//i;
const DETACHED_FLAGS = /^subprocess\.(DETACHED_PROCESS|CREATE_NO_WINDOW|CREATE_NEW_CONSOLE|CREATE_NEW_PROCESS_GROUP|CREATE_BREAKAWAY_FROM_JOB)$/;

/** How a process call starts its program detached or hidden, if it does. */
function detached(call: CallFact, facts: UnitFacts): string | undefined {
  if (call.callee === 'os.startfile') return 'os.startfile';
  const cmd = commandOf(call);
  if (cmd) {
    if (/^start$/.test(cmd.program) || /(?:^|[\s&|;"'])start(?:\.exe)?\s+(?:\/[a-z]+\s+)*(?:""\s+)?\S/i.test(cmd.text)) return 'start';
    if (/^pythonw/.test(cmd.program) || /\bpythonw(?:\.exe)?\b|w\.exe\b/i.test(cmd.text)) return 'pythonw';
    if (/\b(?:nohup|setsid|disown)\b|&\s*$/.test(cmd.text)) return 'a background shell job';
  }
  if (call.kwargs.creationflags) {
    const near = facts.refs.some((r) => DETACHED_FLAGS.test(r.q) && Math.abs(r.line - call.line) <= 3);
    if (near || call.kwargs.creationflags.k === 'num') return 'creation flags that detach it';
  }
  const session = call.kwargs.start_new_session;
  if (session?.k === 'const' && session.v === 'True') return 'a new session';
  return undefined;
}

export const rule: Rule = {
  id: 'detached-stage',
  severity: 'high',
  description: 'Writes a file to a temporary folder and starts it in the background, detached from the build.',
  check(facts) {
    const out: Finding[] = [];
    const tempCalls = facts.calls.filter((c) => TEMP_CALL.test(c.callee) && isReachable(c.where));
    // the strings (megabytes of payload, at times) are searched once a detached start is found
    let tempStrings: boolean | undefined;
    const anyTemp = (): boolean => tempCalls.length > 0 || (tempStrings ??= facts.strings.some((s) => !s.metadata && isReachable(s.where) && TEMP_PATH.test(s.value.s)));
    for (const call of facts.calls) {
      if (!(call.callee in PROCESS_CALLS) || !isReachable(call.where)) continue;
      const how = detached(call, facts);
      if (!how) continue;
      if (!anyTemp()) return out;
      const cmd = commandOf(call);
      const text = cmd?.text ?? stringsIn(call.args[0]).map((s) => s.s).join(' ');
      // the started file is the temporary one: named by a temp path, or only known at run time
      const names = TEMP_PATH.test(text) || (tempCalls.length > 0 && (text.includes(HOLE) || text === ''));
      if (!names) continue;
      out.push(
        finding(
          rule.id,
          'high',
          facts,
          call.line,
          `Starts a file from a temporary folder with ${how} ${describeWhere(facts, call.where)}, so it keeps running after the build.`,
          `${tempCalls[0]?.snippet ?? ''}${tempCalls.length ? ' ... ' : ''}${call.snippet}`,
        ),
      );
    }
    return out;
  },
};
