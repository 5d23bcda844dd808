// Credentials are bound to an origin: scheme, host and port, with the default port written out.

import { CredentialStore, entryOrigin, originKey } from '../src/index/credentials.js';
import { SecretList } from '../src/index/redact.js';
import { ConfigError, parseCredentials } from '../src/options.js';

function store(): CredentialStore {
  return new CredentialStore(new SecretList());
}

describe('origin keys', () => {
  it.each([
    ['https://pkgs.example.com/simple/', 'https://pkgs.example.com:443'],
    ['https://pkgs.example.com:443/simple/', 'https://pkgs.example.com:443'],
    ['http://pkgs.example.com/simple/', 'http://pkgs.example.com:80'],
    ['http://PKGS.example.com:8080/x', 'http://pkgs.example.com:8080'],
    ['https://[::1]:8443/', 'https://[::1]:8443'],
  ])('%s -> %s', (url, key) => expect(originKey(new URL(url))).toBe(key));

  it.each([
    ['pkgs.example.com', 'https://pkgs.example.com:443'],
    ['pkgs.example.com:8443', 'https://pkgs.example.com:8443'],
    ['https://pkgs.example.com', 'https://pkgs.example.com:443'],
    ['http://127.0.0.1:3141', 'http://127.0.0.1:3141'],
    ['http://pkgs.example.com', 'http://pkgs.example.com:80'],
  ])('the entry %s names %s', (entry, key) => expect(entryOrigin(entry)).toBe(key));
});

describe('which requests get credentials', () => {
  const AUTH = 'Basic ' + Buffer.from('u:p').toString('base64');

  it('given for https (a bare host): the same host over https on 443, never over http, never on another port', () => {
    const s = store();
    s.addOption('pkgs.example.com', 'u:p');
    expect(s.authorization(new URL('https://pkgs.example.com/simple/'))).toBe(AUTH);
    expect(s.authorization(new URL('https://pkgs.example.com:443/files/x.tar.gz'))).toBe(AUTH);
    expect(s.authorization(new URL('http://pkgs.example.com/files/x.tar.gz'))).toBeUndefined();
    expect(s.authorization(new URL('http://pkgs.example.com:443/files/x.tar.gz'))).toBeUndefined();
    expect(s.authorization(new URL('https://pkgs.example.com:8443/files/x.tar.gz'))).toBeUndefined();
    expect(s.authorization(new URL('https://files.example.com/x.tar.gz'))).toBeUndefined();
    expect(s.heldForHttps(new URL('http://pkgs.example.com/x'))).toBe('https://pkgs.example.com:443');
  });

  it('taken from an https URL: bound to https and its port, the default one explicit', () => {
    const s = store();
    const clean = s.absorb(new URL('https://u:p@pkgs.example.com/simple/'));
    expect(clean.href).toBe('https://pkgs.example.com/simple/');
    expect(s.authorization(new URL('https://pkgs.example.com:443/simple/x/'))).toBe(AUTH);
    expect(s.authorization(new URL('http://pkgs.example.com/simple/x/'))).toBeUndefined();
    expect(s.authorization(new URL('http://pkgs.example.com:80/simple/x/'))).toBeUndefined();
  });

  it('given for http explicitly: sent over http to that port only', () => {
    const s = store();
    s.addOption('http://127.0.0.1:3141', 'u:p');
    expect(s.authorization(new URL('http://127.0.0.1:3141/simple/'))).toBe(AUTH);
    expect(s.authorization(new URL('https://127.0.0.1:3141/simple/'))).toBeUndefined();
    expect(s.authorization(new URL('http://127.0.0.1:3142/simple/'))).toBeUndefined();
  });
});

describe('credential entries in the configuration', () => {
  it('accepts hosts, ports and http(s) origins', () => {
    expect(parseCredentials('pkgs.example.com=u:p\nhttp://127.0.0.1:3141=tok')).toEqual({ 'pkgs.example.com': 'u:p', 'http://127.0.0.1:3141': 'tok' });
  });
  it('refuses what is not a host, without quoting the secret', () => {
    let err: unknown;
    try {
      parseCredentials('ftp://files.example.com=s3cret-value');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/"ftp:\/\/files\.example\.com" is not a host/);
    expect((err as Error).message).not.toContain('s3cret-value');
  });
});

describe('credentials written into manifest URLs', () => {
  it('are every form of a password or a lone token, but not an ssh user name', async () => {
    const { urlCredentials } = await import('../src/index/redact.js');
    const basic = (u: string, p: string) => Buffer.from(`${u}:${p}`).toString('base64');
    expect(urlCredentials(['https://deploy:s3cr%40t@files.example/x.tar.gz'])).toEqual(expect.arrayContaining(['s3cr@t', 's3cr%40t', 'deploy:s3cr@t', basic('deploy', 's3cr@t')]));
    expect(urlCredentials(['git+https://ghp_T0ken@github.com/o/r'])).toEqual(expect.arrayContaining(['ghp_T0ken']));
    expect(urlCredentials(['git+ssh://git@github.com/o/r', 'git+https://git@github.com/o/r', 'ssh://deploy@host/r', 'https://files.example/x'])).toEqual([]);
  });
});
