// What pip reads from a link's URL (pip/_internal/models/link.py): its path, percent-decoded, and
// the file name at its end. pip decides wheel or sdist, and which unpacker, from that name alone:
// a `filename` a JSON page gives beside the URL is never read.

/** Python's `urllib.parse.unquote`: runs of `%XX` decoded as UTF-8 (bad bytes replaced), anything else kept. */
export function unquote(text: string): string {
  if (!text.includes('%')) return text;
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    const bytes = new Uint8Array(run.length / 3);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.slice(3 * i + 1, 3 * i + 3), 16);
    return new TextDecoder('utf-8').decode(bytes);
  });
}

/** `Link.path`: the URL's path, percent-decoded. */
export function linkPath(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not absolute: pip's urlsplit still finds a path before any query or fragment.
    path = url.replace(/[?#].*$/s, '');
  }
  return unquote(path);
}

/**
 * `Link.filename`: the last component of the decoded path, trailing slashes ignored; `.`, `..`
 * and an empty path give '' (pip then falls back to the host name, which names no archive).
 */
export function linkFilename(url: string): string {
  const path = linkPath(url).replace(/\/+$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name === '.' || name === '..' ? '' : name;
}
