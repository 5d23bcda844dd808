// Credentials bound to the origin they were given for. The key is the URL's host with its port
// (`pkgs.example.com`, `127.0.0.1:8080`): a different port is a different server and never sees
// another's credentials, the same rule browsers apply to origins.

import { credentialForms, type SecretList } from './redact.js';

interface Basic {
  username: string;
  password: string;
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export class CredentialStore {
  private readonly byHost = new Map<string, Basic>();

  constructor(private readonly secrets: SecretList) {}

  /** `"user:password"`, or a bare token sent as the password of user `__token__`. */
  addOption(host: string, value: string): void {
    const colon = value.indexOf(':');
    const basic = colon < 0 ? { username: '__token__', password: value } : { username: value.slice(0, colon), password: value.slice(colon + 1) };
    this.set(host.toLowerCase(), basic, true);
  }

  /**
   * Takes the userinfo out of a URL and remembers it for that URL's host (unless credentials for
   * the host are already known); returns the URL without it.
   */
  absorb(url: URL): URL {
    if (url.username === '' && url.password === '') return url;
    this.set(url.host.toLowerCase(), { username: decode(url.username), password: decode(url.password) }, false);
    const clean = new URL(url.href);
    clean.username = '';
    clean.password = '';
    return clean;
  }

  /** The Authorization header value for a request to this URL, if its host has credentials. */
  authorization(url: URL): string | undefined {
    const basic = this.byHost.get(url.host.toLowerCase());
    if (!basic) return undefined;
    return 'Basic ' + Buffer.from(`${basic.username}:${basic.password}`, 'utf8').toString('base64');
  }

  has(url: URL): boolean {
    return this.byHost.has(url.host.toLowerCase());
  }

  private set(host: string, basic: Basic, replace: boolean): void {
    this.secrets.add(...credentialForms(basic.username, basic.password));
    if (replace || !this.byHost.has(host)) this.byHost.set(host, basic);
  }
}
