// A build script whose coding cookie names a codec no ordinary source needs (utf-7,
// unicode_escape, utf-16, EBCDIC...): Python decodes the file with it, so the code that runs is not
// the text an editor or a reviewer shows. The analysis reads the decoded text; this says why.

import type { Finding } from '../../types.js';
import type { Rule } from '../model.js';
import { finding } from './util.js';

export const rule: Rule = {
  id: 'unusual-encoding',
  severity: 'high',
  description: 'Declares a source encoding (coding cookie) that hides the code Python runs from readers, such as utf-7.',
  check(facts) {
    const out: Finding[] = [];
    const enc = facts.encoding;
    if (!enc || !enc.unusual || facts.depth > 0) return out;
    out.push(
      finding(
        rule.id,
        'high',
        facts,
        enc.line,
        `Its coding cookie makes Python decode ${facts.path} as ${enc.codec}, so the code that runs is not the text a reader sees; the decoded code was analysed.`,
        `coding: ${enc.codec}`,
      ),
    );
    return out;
  },
};
