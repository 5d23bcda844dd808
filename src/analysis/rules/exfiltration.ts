// Sending who or what the host is, or its secrets, over the network: the combination that turns
// "talks to the network" into theft.

import type { Finding } from '../../types.js';
import { PROCESS_CALLS, isNetworkCall } from '../catalog.js';
import { commandOf } from '../commands.js';
import { NETWORK_LOCAL_KWARGS } from '../known-calls.js';
import type { CallFact, Rule, UnitFacts } from '../model.js';
import { CODE_HOSTS, SERVICE_TOKENS, secretPlace } from '../patterns.js';
import { HOLE, Taint, type Value, deepTaint, describeTaint, show, stringsIn } from '../values.js';
import { describeWhere, finding, isReachable, usedStrings } from './util.js';

const STOLEN = Taint.IDENTITY | Taint.SECRET | Taint.ENV_ALL;
const DOWNLOAD_TO_FILE = /^(urllib\.request\.urlretrieve|urllib\.urlretrieve|wget\.download)$/;

/** The arguments of a network call that leave the machine. */
export function sentValues(call: CallFact): Value[] {
  if (DOWNLOAD_TO_FILE.test(call.callee)) return call.args.slice(0, 1);
  const out = [...call.args];
  for (const [k, v] of Object.entries(call.kwargs)) if (!NETWORK_LOCAL_KWARGS.has(k)) out.push(v);
  if (call.receiver && /\.(send|sendall|sendto|write|request|post|put|get)$/.test(call.callee)) out.push(call.receiver);
  return out;
}

function target(call: CallFact): string {
  for (const v of call.args) {
    for (const s of stringsIn(v)) if (/[./:]/.test(s.s)) return show(s, 120);
  }
  return call.callee;
}

const DNS_CALLS = /^(socket\.(gethostbyname|gethostbyname_ex|getaddrinfo)|dns\.resolver\.(resolve|query|Resolver\(\)\.(resolve|query)))$/;
/** A run-time part, then a constant domain of at least two labels: `<data>.x.example.net`. */
const BUILT_NAME = new RegExp(`(?:${HOLE}|%\\w+%)[\\w.-]*?\\.((?:[a-z0-9-]+\\.)+[a-z]{2,})$`, 'i');
/** Data that came from the machine rather than from the script: files, commands, the environment, parameters. */
const DATA_TAINT = (t: number): boolean => (t & (Taint.FILE | Taint.PROCESS | Taint.ENV | Taint.ENV_ALL | Taint.IDENTITY | Taint.SECRET | Taint.DECODED)) !== 0;

/** The name a `nslookup`/`dig`/`host` command looks up. */
function dnsCommandName(call: CallFact): Value | undefined {
  const spec = PROCESS_CALLS[call.callee];
  if (!spec) return undefined;
  const first = call.args[spec.cmd];
  if (first?.k !== 'seq') return undefined;
  const prog = first.items[0];
  if (prog?.k !== 'str' || !/^(nslookup|dig|host)(\.exe)?$/i.test(prog.s)) return undefined;
  return first.items.slice(1).find((v) => v.k === 'str' && v.partial);
}

const SHELL_IDENTITY = /\$\((?:whoami|hostname|id|uname|pwd|env|printenv|cat|ls|ifconfig|ip|curl\s[^)]{0,100}ipinfo)\b[^)]{0,200}\)|`(?:whoami|hostname|id|uname|pwd|env|printenv)\b[^`]{0,200}`|\$(?:USER|HOSTNAME|HOME|PWD)\b|%(?:USERNAME|COMPUTERNAME|USERPROFILE)%/;
/** A command that sends a local file: `curl -F f=@path`, `curl --data-binary @path`, `curl -T path`, `wget --post-file`. */
const SHELL_UPLOAD = /\bcurl\b[^\n]{0,300}?(?:\s(?:-F|--form)\s*["']?[\w.-]*=@["']?([^\s"';|&]+)|\s(?:-d|--data(?:-binary|-raw|-urlencode)?)\s*["']?@([^\s"';|&]+)|\s(?:-T|--upload-file)\s*["']?([^\s"';|&]+))|\bwget\b[^\n]{0,300}?--post-file[=\s]["']?([^\s"';|&]+)/;

export const rule: Rule = {
  id: 'exfiltration',
  severity: 'critical',
  description: 'Sends host identity, environment or secrets over the network at build time.',
  check(facts, ctx) {
    const out: Finding[] = [];
    let sendsSomething = false;
    for (const call of facts.calls) {
      if (isNetworkCall(call.callee)) {
        sendsSomething = true;
        let t = 0;
        let all = 0;
        let shown: Value | undefined;
        for (const v of sentValues(call)) {
          const vt = deepTaint(v);
          all |= vt;
          if (vt & STOLEN) {
            t |= vt & STOLEN;
            shown ??= v;
          }
        }
        // a token from the environment sent to the code host it belongs to (a GitHub API call)
        const envToken = t === Taint.SECRET && all & Taint.ENV && !(all & (Taint.FILE | Taint.LOCAL_FILE));
        if (envToken && CODE_HOSTS.test(target(call).replace(/^"/, ''))) t = 0;
        if (t) {
          out.push(
            finding(rule.id, 'critical', facts, call.line, `Sends ${describeTaint(t)} to ${target(call)} ${describeWhere(facts, call.where)}.`, `${call.snippet} <- ${show(shown, 160)}`),
          );
        }
      }
      const cmd = commandOf(call);
      if (cmd && /\b(curl|wget|nslookup|dig|ping|Invoke-WebRequest|iwr|Invoke-RestMethod)\b/i.test(cmd.text) && (SHELL_IDENTITY.test(cmd.text) || cmd.t & STOLEN)) {
        out.push(finding(rule.id, 'critical', facts, call.line, `Runs a command that sends host details over the network ${describeWhere(facts, call.where)}.`, cmd.text));
      } else if (cmd) {
        const up = SHELL_UPLOAD.exec(cmd.text);
        const file = up?.slice(1).find((x) => x !== undefined);
        if (file) out.push(finding(rule.id, 'critical', facts, call.line, `Runs a command that uploads the file ${file} ${describeWhere(facts, call.where)}.`, cmd.text));
      }
    }
    // a name looked up under a fixed domain with a part only known at run time: the lookup
    // itself carries that part out, past proxies, to whoever serves the domain
    if (out.length === 0) {
      for (const call of facts.calls) {
        if (!isReachable(call.where)) continue;
        const name = DNS_CALLS.test(call.callee) ? call.args[0] : dnsCommandName(call);
        if (!name || name.k !== 'str' || !name.partial) continue;
        const m = BUILT_NAME.exec(name.s);
        if (!m || !DATA_TAINT(deepTaint(name))) continue;
        out.push(finding(rule.id, 'high', facts, call.line, `Looks up a DNS name built at run time under ${m[1]} ${describeWhere(facts, call.where)}; the lookup carries the built part to whoever serves that domain.`, `${call.snippet} <- ${show(name, 160)}`));
        break;
      }
    }
    // Reading secrets in one place and talking to the network in another is theft even when
    // the data flow between them is lost (written to a temp file, passed through a library).
    if (sendsSomething && out.length === 0) {
      const secret = secretRead(ctx.units) ?? identityCommands(facts);
      if (secret) {
        const call = facts.calls.find((c) => isNetworkCall(c.callee))!;
        out.push(
          finding(
            rule.id,
            'critical',
            facts,
            call.line,
            `Makes a network request ${describeWhere(facts, call.where)}, in a build that also reads ${secret.what} (${secret.file}:${secret.line}).`,
            `${call.snippet}; ${secret.evidence}`,
          ),
        );
      }
    }
    return out;
  },
};

/**
 * Commands that say who the host is (`whoami`, `hostname`, `cat /etc/passwd`), run in a unit
 * that also posts data: the value flow may be lost on the way (branches, encoders), the
 * behaviour is not. Python's own identity calls are left to the data flow: builds use them.
 */
function identityCommands(facts: UnitFacts): { what: string; file: string; line: number; evidence: string } | undefined {
  const posts = facts.calls.some((c) => isNetworkCall(c.callee) && isReachable(c.where) && !!(c.kwargs.data ?? c.kwargs.json ?? c.kwargs.params ?? c.kwargs.files) && !CODE_HOSTS.test(target(c).replace(/^"/, '')));
  if (!posts) return undefined;
  const runs = facts.calls.filter((c) => c.callee in PROCESS_CALLS && isReachable(c.where) && c.result && c.result.t & Taint.IDENTITY);
  if (runs.length === 0) return undefined;
  return { what: 'host details from commands', file: facts.origin?.path ?? facts.path, line: runs[0].line, evidence: runs.map((c) => c.snippet).join('; ') };
}

function secretRead(units: UnitFacts[]): { what: string; file: string; line: number; evidence: string } | undefined {
  for (const u of units) {
    for (const s of usedStrings(u)) {
      if (!s.where.entry) continue;
      const m = secretPlace(s.value.s);
      if (m && !SERVICE_TOKENS.has(m.what)) return { what: m.what, file: u.origin?.path ?? u.path, line: u.origin?.line ?? s.line, evidence: m.text };
    }
    for (const c of u.calls) {
      if (c.where.entry && c.result && deepTaint(c.result) & Taint.SECRET) return { what: 'secrets', file: u.path, line: c.line, evidence: c.snippet };
    }
  }
  return undefined;
}
