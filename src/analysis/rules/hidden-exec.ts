// Starting a process so that no window or console shows it: CREATE_NO_WINDOW, a hidden
// PowerShell, pythonw, `start`, detached background processes. Hiding the console of a
// compiler or `git` call is a Windows nicety (versioneer does it); hiding anything else is not.

import type { Finding, Severity } from '../../types.js';
import { BUILD_TOOLS, commandOf } from '../commands.js';
import type { Rule } from '../model.js';
import { Taint } from '../values.js';
import { describeWhere, finding } from './util.js';

const CREATE_NO_WINDOW = 0x08000000;
const DETACHED_PROCESS = 0x00000008;

const INTERPRETERS = new Set(['python', 'python2', 'python3', 'pypy', 'pypy3', 'sh', 'bash', 'cmd', 'node', 'perl', 'ruby', 'java']);

const HIDDEN_FLAG_REFS = /^(?:subprocess|_winapi|win32process|win32con)\.(?:CREATE_NO_WINDOW|DETACHED_PROCESS)$/;

const HIDDEN_TEXT: [RegExp, string][] = [
  [/-w(?:indowstyle)?\s+h(?:idden)?\b/i, 'a hidden PowerShell window'],
  [/\s-(?:e|ec|enc|encodedcommand)\s+[A-Za-z0-9+/=]{16,}/i, 'a PowerShell command encoded in base64'],
  [/(?:^|[\s\\/"'])pythonw(?:\.exe)?\b/i, 'pythonw, which runs without a console'],
  [/(?:^|[\s&|;"'])start\s+(?:\/b\s+|\/min\s+|""\s+)*[^\s]+\.(?:exe|bat|cmd|vbs|scr|pyw?|js|hta)\b/i, '`start`, which launches a program detached from the build'],
  [/(?:^|[\s&|;])start\s+\/b\b/i, '`start /b`, which runs a program in the background'],
  [/\bnohup\b[^\n]{0,300}&\s*$|\bsetsid\b|\bdisown\b/i, 'a detached background process'],
  [/-ExecutionPolicy\s+Bypass|-ep\s+bypass/i, 'PowerShell with its script policy bypassed'],
];

export const rule: Rule = {
  id: 'hidden-exec',
  severity: 'high',
  description: 'Starts a process hidden from the user (no window, encoded PowerShell, pythonw, start, detached).',
  check(facts) {
    const out: Finding[] = [];
    const flagRefs = facts.refs.filter((r) => HIDDEN_FLAG_REFS.test(r.q));
    for (const call of facts.calls) {
      const cmd = commandOf(call);
      if (!cmd) continue;
      const where = describeWhere(facts, call.where);
      // interpreters and shells run whatever they are given, so hiding them is not a nicety
      const ordinary = BUILD_TOOLS.has(cmd.program) && !INTERPRETERS.has(cmd.program) && !(cmd.t & (Taint.DECODED | Taint.NETWORK | Taint.OPAQUE));
      const flags = call.kwargs.creationflags;
      let hiddenByFlags = false;
      if (flags?.k === 'num') hiddenByFlags = !!(flags.n & CREATE_NO_WINDOW || flags.n & DETACHED_PROCESS);
      else if (flags) hiddenByFlags = flagRefs.length > 0;
      if (hiddenByFlags) {
        const severity: Severity = ordinary ? 'low' : 'high';
        out.push(finding(rule.id, severity, facts, call.line, `Starts ${cmd.program ? `\`${cmd.program}\`` : 'a process'} with no window (CREATE_NO_WINDOW/DETACHED_PROCESS) ${where}.`, call.snippet));
      }
      if (call.kwargs.startupinfo) {
        out.push(finding(rule.id, ordinary ? 'info' : 'medium', facts, call.line, `Starts ${cmd.program ? `\`${cmd.program}\`` : 'a process'} with its console window hidden (startupinfo) ${where}.`, call.snippet));
      }
      for (const [re, what] of HIDDEN_TEXT) {
        if (re.test(cmd.text)) out.push(finding(rule.id, 'high', facts, call.line, `Starts ${what} ${where}.`, cmd.text));
      }
    }
    return out;
  },
};
