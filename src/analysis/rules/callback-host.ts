// Hosts that exist to collect callbacks or stolen data (webhooks, bot APIs, request bins,
// out-of-band testing domains, tunnels, paste sites, dynamic DNS) and raw IP addresses.

import type { Finding, Severity } from '../../types.js';
import type { Rule } from '../model.js';
import { IP_LOOKUP, callbackHost, isIpv4, isPrivateIp, rawIpUrl } from '../patterns.js';
import { Taint, stringsIn } from '../values.js';
import { isNetworkCall } from '../catalog.js';
import { clip, describeWhere, finding, isReachable, usedStrings } from './util.js';

const CONNECT = /^socket\.(socket\(\)\.(connect|connect_ex|sendto)|create_connection)$|^(telnetlib\.Telnet|ftplib\.FTP|smtplib\.SMTP|paramiko\.SSHClient\(\)\.connect)$/;

export const rule: Rule = {
  id: 'callback-host',
  severity: 'high',
  description: 'Names a host used to collect callbacks or stolen data, or a raw IP address to connect to.',
  check(facts) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    const add = (severity: Severity, line: number, message: string, evidence: string): void => {
      const key = `${line}|${evidence.slice(0, 80)}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push(finding(rule.id, severity, facts, line, message, evidence));
    };
    for (const s of usedStrings(facts)) {
      if (s.value.s.length > 200_000) continue;
      const text = s.value.s;
      const where = (): string => describeWhere(facts, s.where);
      const reach = isReachable(s.where) || facts.role === 'config';
      const host = callbackHost(text);
      if (host) {
        add(reach ? 'high' : 'medium', s.line, `Names ${host.what} (${clip(host.text, 80)}) ${where()}; such hosts exist to receive data from the machine.`, text);
        continue;
      }
      const ip = rawIpUrl(text);
      if (ip) {
        const severity: Severity = ip.private ? 'medium' : reach ? 'high' : 'medium';
        add(severity, s.line, `Names a URL on a raw IP address (${ip.ip}) ${where()}; legitimate downloads use host names.`, text);
        continue;
      }
      const lookup = text.includes('.') ? IP_LOOKUP.exec(text) : null;
      if (lookup) add('medium', s.line, `Looks up the machine's public IP address (${lookup[0]}) ${where()}.`, text);
    }
    // a destination spelled out in base64 or hex: hidden from a reader on purpose
    for (const c of facts.calls) {
      if (!isNetworkCall(c.callee) || !isReachable(c.where)) continue;
      const dest = c.args[0] && c.args[0].k === 'seq' ? c.args[0].items[0] : c.args[0];
      const host = dest && stringsIn(dest).find((s) => s.t & Taint.DECODED && /[\w-]+\.[\w-]{2,}/.test(s.s));
      if (host) add('high', c.line, `Connects to a host whose name is decoded from a hidden constant (${clip(host.s, 80)}) ${describeWhere(facts, c.where)}.`, c.snippet);
    }
    for (const c of facts.calls) {
      if (!CONNECT.test(c.callee)) continue;
      for (const v of c.args) {
        for (const s of stringsIn(v)) {
          if (!isIpv4(s.s)) continue;
          const priv = isPrivateIp(s.s.split('.').map(Number));
          add(priv ? 'medium' : 'high', c.line, `Connects to the raw IP address ${s.s} ${describeWhere(facts, c.where)}.`, c.snippet);
        }
      }
    }
    return out;
  },
};
