// Build requirements fetched from URLs, VCS or extra indexes (`setup_requires`, `dependency_links`,
// `[build-system] requires`): code that runs at build time without coming from the index.

import type { Finding } from '../../types.js';
import { BUILD_REQUIRES_SCOPE, type Rule } from '../model.js';
import { stringsIn } from '../values.js';
import { finding } from './util.js';

const URL_REQ = /(?:^|\s|@\s*)(?:git\+|hg\+|svn\+|bzr\+)?(?:https?|ftp|file):\/\/\S+|^git\+\S+/;

export const rule: Rule = {
  id: 'build-requires',
  severity: 'medium',
  description: 'Declares build requirements fetched from URLs or version control instead of the package index.',
  check(facts) {
    const out: Finding[] = [];
    if (facts.role === 'config') {
      for (const s of facts.strings) {
        if (s.where.scope !== BUILD_REQUIRES_SCOPE) continue;
        const m = URL_REQ.exec(s.value.s);
        if (m) out.push(finding(rule.id, 'medium', facts, s.line, `Declares a build requirement fetched from ${m[0].trim()} rather than the package index.`, s.value.s));
      }
      return out;
    }
    for (const c of facts.calls) {
      if (!/(^|\.)setup$/.test(c.callee)) continue;
      for (const key of ['setup_requires', 'dependency_links']) {
        for (const s of stringsIn(c.kwargs[key])) {
          const m = URL_REQ.exec(s.s);
          if (m) out.push(finding(rule.id, 'medium', facts, c.line, `Declares ${key} fetched from ${m[0].trim()} rather than the package index.`, s.s));
        }
      }
    }
    return out;
  },
};
