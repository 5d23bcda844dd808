// Encoded data in a build script: base64/hex blobs, and what they decode to. Build scripts have
// no reason to carry encoded Python or executables.

import type { Finding } from '../../types.js';
import { DecodeBudget, base64Decode, decodeUtf8Maybe, decodedHead, decodedIsText, executableKind, hexDecode, isText, looksLikeBase64, looksLikeHex, looksLikePython, stripWhitespace } from '../decode.js';
import type { Rule } from '../model.js';
import { callbackHost, rawIpUrl } from '../patterns.js';
import { CLIP_READS, clip, describeWhere, finding, isReachable } from './util.js';

const BLOB_MIN = 1000;
/** Characters of a decoded blob shown as evidence, and the characters clip() looks at to show them. */
const EVIDENCE_SHOWN = 300;
const EVIDENCE_CHARS = CLIP_READS * EVIDENCE_SHOWN;
const PROBE_MIN = 40;

export const rule: Rule = {
  id: 'encoded-blob',
  severity: 'critical',
  description: 'Carries encoded data; critical when it decodes to an executable, high when it decodes to code or a callback URL.',
  check(facts) {
    const out: Finding[] = [];
    const decodedLines = new Set<number>();
    // a decode in a loop records the same output many times: convert each distinct output once
    const texts = new Map<string, string>();
    for (const d of facts.decodes) {
      if (!d.ok || !d.output) continue;
      const where = describeWhere(facts, d.where);
      const bytes = d.output.s;
      const exe = executableKind(bytes);
      decodedLines.add(d.line);
      if (exe) {
        out.push(finding(rule.id, 'critical', facts, d.line, `Decodes ${exe} embedded in the script (${d.output.how ?? d.codec}) ${where}.`, `${bytes.length} bytes starting ${JSON.stringify(bytes.slice(0, 8))}`));
        continue;
      }
      // bytes that do not read as text are neither code nor shown: they need not be decoded whole
      const textual = !d.output.b || decodedIsText(bytes);
      let text = bytes;
      if (d.output.b && (textual || d.codec === 'reversed')) {
        const known = texts.get(bytes);
        text = known ?? decodeUtf8Maybe(bytes);
        if (known === undefined) texts.set(bytes, text);
      }
      if (d.codec !== 'reversed' && textual && text.length >= 16 && looksLikePython(text)) {
        out.push(finding(rule.id, isReachable(d.where) ? 'high' : 'medium', facts, d.line, `Decodes hidden Python code (${d.output.how ?? d.codec}) ${where}.`, text));
      } else if (d.codec === 'reversed' && text.length >= 16 && (looksLikePython(text) || callbackHost(text) || /https?:\/\//.test(text))) {
        out.push(finding(rule.id, isReachable(d.where) ? 'high' : 'medium', facts, d.line, `Reverses a string to hide code or a URL ${where}.`, text));
      } else if (d.inputLength >= BLOB_MIN) {
        out.push(finding(rule.id, 'medium', facts, d.line, `Decodes a ${d.inputLength}-character blob (${d.output.how ?? d.codec}) ${where}.`, textual && isText(text) ? text : `${bytes.length} binary bytes`));
      }
    }
    const budget = new DecodeBudget(4 * 1024 * 1024);
    const seen = new Set<number>();
    for (const s of facts.strings) {
      if (s.metadata || s.kind !== 'literal' || seen.has(s.line)) continue;
      const raw = s.value.s;
      const compact = stripWhitespace(raw);
      if (compact.length < PROBE_MIN) continue;
      const b64 = looksLikeBase64(compact);
      const hex = !b64 && looksLikeHex(compact, PROBE_MIN);
      if (!b64 && !hex) continue;
      const r = b64 ? base64Decode(compact, budget) : hexDecode(compact, budget);
      // a line whose decode was already judged above gets no finding here; the decode still
      // counts against the budget, so what later strings may decode stays the same
      if (decodedLines.has(s.line)) continue;
      const where = describeWhere(facts, s.where);
      if (r.ok) {
        // what does not read as text is neither code nor a URL: its start is all that is shown
        const textual = decodedIsText(r.value);
        const text = textual ? decodeUtf8Maybe(r.value) : decodedHead(r.value, EVIDENCE_CHARS);
        const exe = executableKind(r.value);
        let message: string | undefined;
        let severity: 'critical' | 'high' | 'medium' = 'high';
        if (exe) {
          message = `Carries ${exe}, ${b64 ? 'base64' : 'hex'}-encoded, ${where}.`;
          severity = 'critical';
        } else if (textual && looksLikePython(text) && text.length >= 16) message = `Carries ${b64 ? 'base64' : 'hex'}-encoded Python code ${where}.`;
        else if (textual && (callbackHost(text) || rawIpUrl(text))) message = `Carries a ${b64 ? 'base64' : 'hex'}-encoded URL of a callback host ${where}.`;
        if (message && !decodedLines.has(s.line)) {
          seen.add(s.line);
          out.push(finding(rule.id, isReachable(s.where) ? severity : 'medium', facts, s.line, message, clip(text, EVIDENCE_SHOWN)));
          continue;
        }
      }
      if (compact.length >= BLOB_MIN && !decodedLines.has(s.line)) {
        seen.add(s.line);
        out.push(finding(rule.id, 'medium', facts, s.line, `Carries a ${compact.length}-character ${b64 ? 'base64' : 'hex'} blob ${where}.`, raw.slice(0, 120)));
      }
    }
    return out;
  },
};
