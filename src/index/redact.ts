// Keeping credentials out of everything a person or a log can read: URLs lose their userinfo, and
// every secret the client holds can be listed so reporters can mask it (as `core.setSecret` does).

const SCHEME_AUTHORITY_USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i;

/** `https://user:pass@host/simple/` -> `https://***@host/simple/`; other URLs unchanged. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL a parser accepts, but it may still carry userinfo in its text.
    return url.replace(SCHEME_AUTHORITY_USERINFO, '$1***@');
  }
  if (parsed.username === '' && parsed.password === '') return parsed.href;
  parsed.username = '***';
  parsed.password = '';
  return parsed.href;
}

/** Every form a credential can take on the wire or in text: raw, URL-encoded, and as a Basic header. */
export function credentialForms(username: string, password: string): string[] {
  const forms: string[] = [];
  // A lone username in a URL (`https://TOKEN@host/`) is how many hosts take a token.
  if (password === '') forms.push(username, encodeURIComponent(username));
  else forms.push(password, encodeURIComponent(password), `${username}:${password}`);
  forms.push(Buffer.from(`${username}:${password}`, 'utf8').toString('base64'));
  return forms;
}

/** The secrets one client knows; `mask` replaces each of them with `***`. */
export class SecretList {
  private readonly values = new Set<string>();

  add(...values: string[]): void {
    for (const v of values) if (v !== '') this.values.add(v);
  }

  /** Longest first, so masking a secret never leaves a fragment of a longer one behind. */
  list(): string[] {
    return [...this.values].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  }

  mask(text: string): string {
    let out = text;
    for (const secret of this.list()) out = out.split(secret).join('***');
    return out;
  }
}

/**
 * A copy of a JSON-like value with every secret in its strings replaced by `***`: for what is
 * written to disk (a cache), which reporters never see to mask.
 */
export function maskDeep<T>(value: T, secrets: string[]): T {
  if (secrets.length === 0) return value;
  const list = new SecretList();
  list.add(...secrets);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return list.mask(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [list.mask(k), walk(x)]));
    return v;
  };
  return walk(value) as T;
}

/**
 * The credentials written into URLs (`https://user:password@host/...`), in every form they could be
 * printed in: for URLs that name them but may never be fetched (a direct reference, a lock's wheel,
 * a `--find-links` location), whose credentials the client therefore never learns.
 */
export function urlCredentials(urls: Iterable<string>): string[] {
  const out: string[] = [];
  for (const raw of urls) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    if (url.username === '' && url.password === '') continue;
    // `git+ssh://git@host/...`: a user name for ssh, which authenticates with keys, is no secret
    if (url.password === '' && (/ssh/i.test(url.protocol) || url.username === 'git')) continue;
    const decode = (s: string): string => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    };
    const user = decode(url.username);
    const password = decode(url.password);
    out.push(...credentialForms(user, password), url.password || url.username);
  }
  return out.filter((s) => s !== '');
}
