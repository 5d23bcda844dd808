// The analyzer's version, apart from the analyzer: the cache's key names it, and reading it must
// not load the parser and the rules (a scan whose analyses all come from the cache never does).

/** Bumped whenever rules or facts change, so cached verdicts are recomputed. */
export const ANALYZER_VERSION = '1.1.0';
