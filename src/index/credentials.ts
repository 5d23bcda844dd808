// Credentials bound to the origin they were given for: scheme, host and port, the default port
// written out (`https://pkgs.example.com:443`, `http://127.0.0.1:8080`). Another port is another
// server, and `http` is another scheme, so credentials given for an https index are never sent in
// clear text to the same host over http, nor to any other port: the rule browsers apply to origins.

import { credentialForms, type SecretList } from './redact.js';

interface Basic {
  username: string;
  password: string;
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** `https://host:443`: the scheme, the lower-case host and the port, the default one made explicit. */
export function originKey(url: URL): string {
  const port = url.port || DEFAULT_PORTS[url.protocol] || '';
  return `${url.protocol}//${url.hostname.toLowerCase()}:${port}`;
}

/**
 * The origin a credentials entry names: `https://host[:port]` or `http://host[:port]` as written,
 * and a bare `host[:port]` as https (credentials go over plain http only when the entry says so).
 */
export function entryOrigin(entry: string): string {
  const text = entry.trim();
  const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`credentials entry "${text}": only http and https hosts take credentials`);
  return originKey(url);
}

export class CredentialStore {
  private readonly byOrigin = new Map<string, Basic>();

  constructor(private readonly secrets: SecretList) {}

  /** `"user:password"`, or a bare token sent as the password of user `__token__`, for an entry's origin. */
  addOption(entry: string, value: string): void {
    const colon = value.indexOf(':');
    const basic = colon < 0 ? { username: '__token__', password: value } : { username: value.slice(0, colon), password: value.slice(colon + 1) };
    this.set(entryOrigin(entry), basic, true);
  }

  /**
   * Takes the userinfo out of a URL and remembers it for that URL's origin (unless credentials for
   * the origin are already known); returns the URL without it.
   */
  absorb(url: URL): URL {
    if (url.username === '' && url.password === '') return url;
    this.set(originKey(url), { username: decode(url.username), password: decode(url.password) }, false);
    const clean = new URL(url.href);
    clean.username = '';
    clean.password = '';
    return clean;
  }

  /** The Authorization header value for a request to this URL, if its origin has credentials. */
  authorization(url: URL): string | undefined {
    const basic = this.byOrigin.get(originKey(url));
    if (!basic) return undefined;
    return 'Basic ' + Buffer.from(`${basic.username}:${basic.password}`, 'utf8').toString('base64');
  }

  has(url: URL): boolean {
    return this.byOrigin.has(originKey(url));
  }

  /** The https origin holding credentials for this plain-http URL's host, if any: they are not sent over http. */
  heldForHttps(url: URL): string | undefined {
    if (url.protocol !== 'http:') return undefined;
    const host = url.hostname.toLowerCase();
    for (const key of this.byOrigin.keys()) if (key.startsWith('https://') && new URL(key).hostname.toLowerCase() === host) return key;
    return undefined;
  }

  private set(origin: string, basic: Basic, replace: boolean): void {
    this.secrets.add(...credentialForms(basic.username, basic.password));
    if (replace || !this.byOrigin.has(origin)) this.byOrigin.set(origin, basic);
  }
}
