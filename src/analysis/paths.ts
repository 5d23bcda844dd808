// Paths as build scripts write them, reduced to paths relative to the sdist root, so that
// `os.path.join(os.path.dirname(__file__), "pkg", "version.py")` names `pkg/version.py`.

/** Normalizes a relative path: `\` to `/`, no `.` segments, `..` folded; undefined when it leaves the root. */
export function normalizePath(p: string): string | undefined {
  const parts: string[] = [];
  for (const seg of p.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
      continue;
    }
    parts.push(seg);
  }
  return parts.join('/');
}

export function dirname(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  if (i === -1) return '';
  if (i === 0) return p[0];
  return p.slice(0, i);
}

export function basename(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i === -1 ? p : p.slice(i + 1);
}

/** `os.path.join`: an absolute component restarts the path, as in Python. */
export function joinPath(parts: string[]): string {
  let out = '';
  for (const part of parts) {
    if (part.startsWith('/') || /^[A-Za-z]:[\\/]/.test(part) || part.startsWith('~')) out = part;
    else if (out === '' || out.endsWith('/') || out.endsWith('\\')) out += part;
    else out += (out.includes('\\') && !out.includes('/') ? '\\' : '/') + part;
  }
  return out;
}

export function isAbsolute(p: string): boolean {
  return p.startsWith('/') || p.startsWith('~') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('%') || p.startsWith('\\\\');
}
