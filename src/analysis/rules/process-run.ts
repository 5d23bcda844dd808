// Running another program at build time. Ordinary for compilers and `git describe`; worth a look
// for anything else; critical when the command line comes from decoded or downloaded data.

import type { Finding, Severity } from '../../types.js';
import { BUILD_TOOLS, commandOf } from '../commands.js';
import type { Rule } from '../model.js';
import { Taint } from '../values.js';
import { clip, describeWhere, finding, isReachable } from './util.js';

export const rule: Rule = {
  id: 'process-run',
  severity: 'critical',
  description: 'Runs another program at build time; critical when the command is hidden in encoded or downloaded data.',
  check(facts) {
    const out: Finding[] = [];
    for (const call of facts.calls) {
      const cmd = commandOf(call);
      if (!cmd) continue;
      const where = describeWhere(facts, call.where);
      const shown = clip(cmd.text, 200);
      let severity: Severity;
      let message: string;
      if (cmd.t & (Taint.DECODED | Taint.OPAQUE | Taint.NETWORK)) {
        severity = 'critical';
        const how = cmd.t & Taint.NETWORK ? 'downloaded at build time' : 'encoded to hide it';
        message = `Runs a command that was ${how} ${where}; a reader of the script cannot see what it runs.`;
      } else if (BUILD_TOOLS.has(cmd.program) && cmd.program !== '') {
        severity = cmd.known ? 'info' : 'low';
        message = `Runs \`${cmd.program}\` ${where}, as build scripts commonly do.`;
      } else if (call.callee === 'os.startfile') {
        severity = 'high';
        message = `Opens a file with its associated program (os.startfile) ${where}; build scripts have no reason to launch programs this way.`;
      } else {
        severity = 'low';
        message = cmd.program
          ? `Runs \`${cmd.program}\` ${where}.`
          : `Runs a program whose name is not known until build time ${where}.`;
      }
      if (!isReachable(call.where) && severity !== 'critical') severity = 'info';
      out.push(finding(rule.id, severity, facts, call.line, message, `${call.callee}(${shown})`));
    }
    return out;
  },
};
