// Data passed through a decoder this analysis cannot reproduce (marshal, pickle, Fernet or AES
// decryption, lzma, bz2): the code is hidden from review, which is evidence in itself.

import type { Finding } from '../../types.js';
import type { Rule } from '../model.js';
import { describeWhere, finding, isReachable } from './util.js';

const WHY: Record<string, string> = {
  marshal: 'compiled Python bytecode (marshal), which cannot be read as source',
  pickle: 'a pickle, which runs code when loaded',
  Fernet: 'data encrypted with a key that ships beside it (Fernet)',
  AES: 'data encrypted with a key that ships beside it (AES)',
  lzma: 'lzma-compressed data (could not decode lzma payload here)',
  bz2: 'bz2-compressed data (could not decode bz2 payload here)',
};

export const rule: Rule = {
  id: 'opaque-payload',
  severity: 'high',
  description: 'Unpacks data with marshal, pickle, decryption, lzma or bz2, hiding what it contains.',
  check(facts) {
    const out: Finding[] = [];
    for (const o of facts.opaque) {
      const why = WHY[o.codec] ?? `${o.codec} data`;
      if (!o.constant) {
        out.push(finding(rule.id, 'low', facts, o.line, `Unpacks ${o.codec} data read at build time ${describeWhere(facts, o.where)}.`, o.evidence));
        continue;
      }
      out.push(finding(rule.id, isReachable(o.where) ? 'high' : 'medium', facts, o.line, `Unpacks ${why} ${describeWhere(facts, o.where)}.`, o.evidence));
    }
    return out;
  },
};
