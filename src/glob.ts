// Glob patterns of paths to leave out of a scan (`exclude`), matched against paths relative to the
// scanned root with `/` separators, the way .gitignore reads them:
//   `*` any characters but `/`, `?` one such character, `**` any number of directories;
//   a pattern without a `/` (other than a trailing one) matches a name at any depth
//   (`poetry.lock`, `*.in`); one with a `/` is anchored at the root (`tests/fixtures/**`);
//   a pattern that matches a directory leaves out everything beneath it (`tests/fixtures`).

export class InvalidGlob extends Error {}

function segmentToRegExp(segment: string): string {
  let out = '';
  for (const c of segment) {
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

export function globToRegExp(pattern: string): RegExp {
  let p = pattern.trim().replace(/\\/g, '/');
  if (p === '' || p === '/') throw new InvalidGlob(`"${pattern}" is not a path pattern`);
  if (p.startsWith('./')) p = p.slice(2);
  const anchored = p.replace(/\/+$/, '').includes('/');
  p = p.replace(/^\/+/, '').replace(/\/+$/, '');
  const parts = p.split('/').filter((s) => s !== '');
  let body = '';
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    if (part === '**') body += last ? '.*' : '(?:[^/]+/)*';
    else body += segmentToRegExp(part) + (last ? '' : '/');
  });
  return new RegExp(`^${anchored ? '' : '(?:[^/]+/)*'}${body}(?:/.*)?$`);
}

/** A matcher for a list of patterns; an empty list matches nothing. */
export function pathMatcher(patterns: string[]): (relPath: string) => boolean {
  const res = patterns.map(globToRegExp);
  return (relPath) => res.some((re) => re.test(relPath));
}
