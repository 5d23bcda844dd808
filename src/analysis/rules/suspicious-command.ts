// Command lines that fetch and run code, open shells, or reach for system tools that build
// scripts never need (PowerShell, mshta, certutil, schtasks).

import type { Finding, Severity } from '../../types.js';
import { PROCESS_CALLS } from '../catalog.js';
import { commandOf, shellWords, programName } from '../commands.js';
import type { Rule } from '../model.js';
import { DOWNLOAD_RUN, SHELL_BACKDOOR } from '../patterns.js';
import { describeWhere, finding } from './util.js';
import { HOLE, type Value } from '../values.js';

const MAX_COMMAND_TEXT = 8192;

/** The whole environment redirected into a file (`env > f`, `printenv >> f`, `set > f`). */
const ENV_DUMP = /(?:^|[;&|]\s*|\bsh\s+-c\s+["']?)(?:\/usr)?(?:\/bin\/)?(?:env|printenv|set|export\s+-p)\s*(?:\d?>>?|\|\s*tee\b)\s*[^\s&|;]+/;
/**
 * What the machine holds, redirected into a file: listings of system folders, accounts, network
 * setup, which download tools exist. Recon that rides out in a file the package ships.
 */
const RECON_DUMP =
  /(?:^|[;&|]\s*)(?:ls\s+(?:-\w+\s+)*\/(?:etc|proc|root|home|var|run|tekton|workspace)?\/?|cat\s+\/(?:etc\/(?:passwd|shadow|group|hosts|sudoers|resolv\.conf)|proc\/(?:self|\d+)\/environ)|id|whoami|ifconfig|ip\s+a(?:ddr)?|netstat\s+-\w+|ps\s+-?aux|which\s+(?:curl|wget|nc|ncat|python3?|gcc|sudo))\s*(?:\d?>>?|\|\s*tee\b)\s*[^\s&|;]+/;

/** Programs no build needs, with why they matter. */
const ODD_PROGRAMS: Record<string, [Severity, string]> = {
  // hidden, encoded or download-and-run PowerShell is caught by its shape; plain PowerShell
  // downloads appear in old bootstrap scripts (ez_setup.py)
  powershell: ['medium', 'PowerShell'],
  pwsh: ['medium', 'PowerShell'],
  mshta: ['critical', 'mshta, which runs HTML applications'],
  certutil: ['high', 'certutil, often used to download files'],
  bitsadmin: ['high', 'bitsadmin, often used to download files'],
  rundll32: ['high', 'rundll32'],
  regsvr32: ['high', 'regsvr32'],
  wscript: ['high', 'Windows Script Host'],
  cscript: ['high', 'Windows Script Host'],
  schtasks: ['high', 'the Windows task scheduler'],
  // vendored py-cpuinfo asks wmic for the CPU model
  wmic: ['medium', 'wmic'],
  vssadmin: ['high', 'vssadmin'],
  attrib: ['medium', 'attrib, which can hide files'],
  nc: ['high', 'netcat'],
  ncat: ['high', 'netcat'],
  netcat: ['high', 'netcat'],
  socat: ['high', 'socat'],
  telnet: ['high', 'telnet'],
  osascript: ['high', 'AppleScript'],
  crontab: ['high', 'crontab'],
  launchctl: ['high', 'launchctl'],
  curl: ['medium', 'curl'],
  wget: ['medium', 'wget'],
  pythonw: ['high', 'pythonw, which runs Python without a window'],
  // a DNS query is how a build leaks data past a proxy; builds resolve names through their tools
  dig: ['high', 'dig, a DNS query tool'],
  nslookup: ['high', 'nslookup, a DNS query tool'],
  xdg_open: ['medium', 'xdg-open'],
};

export const rule: Rule = {
  id: 'suspicious-command',
  severity: 'critical',
  description: 'Runs a command that downloads and runs code, opens a shell, or uses system tools no build needs.',
  check(facts) {
    const out: Finding[] = [];
    const texts: { text: string; line: number; where: () => string; evidence: string }[] = [];
    for (const call of facts.calls) {
      const cmd = commandOf(call);
      if (!cmd) continue;
      texts.push({ text: cmd.text, line: call.line, where: () => describeWhere(facts, call.where), evidence: cmd.text });
      // `reg query` finds compilers and SDKs; `reg add` changes the machine
      if (cmd.program === 'reg' && /^(add|import|copy|load|restore|delete)$/i.test(cmd.argv[1] ?? '')) {
        out.push(finding(rule.id, 'high', facts, call.line, `Changes the Windows registry (reg ${cmd.argv[1]}) ${describeWhere(facts, call.where)}.`, cmd.text));
      }
      const odd = ODD_PROGRAMS[cmd.program.replace('-', '_')];
      if (odd) {
        out.push(finding(rule.id, odd[0], facts, call.line, `Runs ${odd[1]} ${describeWhere(facts, call.where)}; ordinary builds do not.`, cmd.text));
      }
      // a program named anywhere in a shell pipeline (`x && curl ... | sh`)
      if (cmd.shell) {
        for (const seg of cmd.text.split(/&&|\|\||[;|&\n]/)) {
          const words = shellWords(seg.trim());
          const p = words[0] ? programName(words[0]) : '';
          if (p && p !== cmd.program && ODD_PROGRAMS[p] && ODD_PROGRAMS[p][0] !== 'medium') {
            out.push(finding(rule.id, ODD_PROGRAMS[p][0], facts, call.line, `Runs ${ODD_PROGRAMS[p][1]} inside a shell command ${describeWhere(facts, call.where)}.`, cmd.text));
          }
        }
      }
    }
    // a reverse shell: the process's standard streams become a socket
    const isSocket = (v: Value | undefined): boolean => v?.k === 'obj' && /^socket\.|\.accept\(\)/.test(v.q);
    for (const call of facts.calls) {
      const streams = call.callee in PROCESS_CALLS ? [call.kwargs.stdin, call.kwargs.stdout, call.kwargs.stderr] : [];
      if ((call.callee === 'os.dup2' && isSocket(call.args[0])) || streams.some(isSocket)) {
        out.push(finding(rule.id, 'critical', facts, call.line, `Connects standard input and output to a network socket (a reverse shell) ${describeWhere(facts, call.where)}.`, call.snippet));
        break;
      }
    }
    // `curl -o x URL && x`: the downloaded file is run
    for (const call of facts.calls) {
      const cmd = commandOf(call);
      if (!cmd || !/\b(curl|wget)\b/.test(cmd.text)) continue;
      const out_ = /(?:-o|-O|--output(?:-document)?)[\s=]+("[^"]+"|'[^']+'|\S+)/.exec(cmd.text);
      const file = out_?.[1].replace(/^["']|["']$/g, '');
      if (!file || file === '-' || file.includes(HOLE)) continue;
      const after = cmd.text.slice(out_!.index + out_![0].length);
      const name = file.split(/[\\/]/).pop()!;
      const later = after.split(/&&|\|\||;|\n/).slice(1);
      if (later.some((seg) => shellWords(seg).some((w) => w === file || w.endsWith('/' + name) || w.endsWith('\\' + name) || w === name))) {
        out.push(finding(rule.id, 'critical', facts, call.line, `A command downloads a file and runs it ${describeWhere(facts, call.where)}.`, cmd.text));
      }
    }
    // `env > LICENSE`: every variable, tokens included, copied into a file the build may ship
    for (const call of facts.calls) {
      const cmd = commandOf(call);
      if (!cmd) continue;
      if (ENV_DUMP.test(cmd.text)) out.push(finding(rule.id, 'high', facts, call.line, `Writes every environment variable, tokens included, to a file ${describeWhere(facts, call.where)}.`, cmd.text));
      else if (RECON_DUMP.test(cmd.text)) out.push(finding(rule.id, 'high', facts, call.line, `Writes what it learns about the machine (accounts, system folders, tools) to a file ${describeWhere(facts, call.where)}.`, cmd.text));
    }
    for (const call of facts.calls) {
      const cmd = commandOf(call);
      const interactive = (cmd && /^(sh|bash|zsh|dash|ksh)$/.test(cmd.program) && cmd.argv.includes('-i')) || call.callee === 'pty.spawn';
      if (interactive) out.push(finding(rule.id, 'high', facts, call.line, `Starts an interactive shell ${describeWhere(facts, call.where)}.`, cmd?.text ?? call.snippet));
    }
    // In decoded code every string is suspect: a command shape that downloads and runs code
    // counts wherever it is written. In plain scripts only commands actually run count, since
    // error messages legitimately say "curl https://sh.rustup.rs | sh".
    if (facts.depth > 0) {
      for (const s of facts.strings) {
        if (s.metadata || s.value.s.length > 20_000) continue;
        texts.push({ text: s.value.s, line: s.line, where: () => describeWhere(facts, s.where), evidence: s.value.s });
      }
    }
    const seen = new Set<string>();
    for (const t of texts) {
      // command shapes are short; bounding the text bounds the cost of the patterns
      const text = t.text.length > MAX_COMMAND_TEXT ? t.text.slice(0, MAX_COMMAND_TEXT) : t.text;
      for (const [re, what] of [...DOWNLOAD_RUN, ...SHELL_BACKDOOR]) {
        const m = re.exec(text);
        if (!m) continue;
        const key = `${t.line}|${what}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(finding(rule.id, 'critical', facts, t.line, `A command ${what} ${t.where()}.`, t.evidence));
      }
    }
    return out;
  },
};
