// Loading machine code into memory and running it (shellcode loaders): executable memory from
// VirtualAlloc/VirtualProtect or mmap, and threads started on it. No build does this.

import type { Finding } from '../../types.js';
import type { Rule } from '../model.js';
import { Taint, deepTaint } from '../values.js';
import { describeWhere, finding, isReachable } from './util.js';

const MEMORY_EXEC = /(?:^|\.)(VirtualAlloc|VirtualAllocEx|VirtualProtect|VirtualProtectEx|CreateThread|CreateRemoteThread|RtlMoveMemory|WriteProcessMemory|NtAllocateVirtualMemory|QueueUserAPC|EnumSystemLocalesA|CallWindowProcA)$/;

export const rule: Rule = {
  id: 'native-code',
  severity: 'critical',
  description: 'Puts machine code into executable memory and runs it; critical when that code was decoded or downloaded.',
  check(facts) {
    const out: Finding[] = [];
    // py-cpuinfo runs a few literal CPUID instructions this way; a loader runs code it decoded
    // or downloaded
    const hidden = facts.calls.some(
      (c) => (MEMORY_EXEC.test(c.callee) || /(^|\.)(memmove|RtlMoveMemory|memcpy)$/.test(c.callee)) && c.args.some((a) => deepTaint(a) & (Taint.DECODED | Taint.NETWORK | Taint.OPAQUE)),
    );
    for (const call of facts.calls) {
      const m = MEMORY_EXEC.exec(call.callee);
      if (!m || !/^(ctypes|win32|kernel32|_ctypes)/.test(call.callee)) continue;
      const severity = !isReachable(call.where) ? 'low' : hidden ? 'critical' : 'medium';
      out.push(finding(rule.id, severity, facts, call.line, `Calls ${m[1]} to run machine code from memory ${describeWhere(facts, call.where)}.`, call.snippet));
    }
    if (facts.refs.some((r) => r.q === 'mmap.PROT_EXEC')) {
      for (const call of facts.calls) {
        if (call.callee !== 'mmap.mmap') continue;
        out.push(finding(rule.id, isReachable(call.where) ? 'medium' : 'low', facts, call.line, `Maps executable memory (mmap with PROT_EXEC) ${describeWhere(facts, call.where)}.`, call.snippet));
      }
    }
    return out;
  },
};
