import fc from 'fast-check';
import { CredentialStore } from '../src/index/credentials.js';
import { IndexError } from '../src/index/errors.js';
import { parseHashList, StreamingHashes } from '../src/index/hashes.js';
import { credentialForms, redactUrl, SecretList } from '../src/index/redact.js';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from '../src/index/retry.js';
import { Semaphore } from '../src/index/semaphore.js';

describe('redactUrl', () => {
  it.each([
    ['https://user:pass@pkgs.example.com/simple/', 'https://***@pkgs.example.com/simple/'],
    ['https://token@pkgs.example.com/simple/', 'https://***@pkgs.example.com/simple/'],
    ['https://:pass@pkgs.example.com:8443/x?y=1', 'https://***@pkgs.example.com:8443/x?y=1'],
    ['https://pkgs.example.com/simple/', 'https://pkgs.example.com/simple/'],
    ['http://u:p@[bad/x', 'http://***@[bad/x'],
    ['no url at all', 'no url at all'],
  ])('%s -> %s', (input, output) => {
    expect(redactUrl(input)).toBe(output);
  });

  it('never leaves a password from the authority in the result', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9._~!$&'()*+,;=-]{6,20}$/), (password) => {
        expect(redactUrl(`https://user:${password}@host.example/simple/`)).not.toContain(password);
      }),
    );
  });
});

describe('SecretList', () => {
  it('masks the longest secret first and ignores empty ones', () => {
    const secrets = new SecretList();
    secrets.add('abc', 'abcdef', '');
    expect(secrets.list()).toEqual(['abcdef', 'abc']);
    expect(secrets.mask('x abcdef y abc z')).toBe('x *** y *** z');
  });

  it('knows every form a credential takes', () => {
    expect(credentialForms('u', 'p w')).toEqual(['p w', 'p%20w', 'u:p w', Buffer.from('u:p w').toString('base64')]);
    // A lone username is the token.
    expect(credentialForms('tok', '')).toEqual(['tok', 'tok', Buffer.from('tok:').toString('base64')]);
  });
});

describe('CredentialStore', () => {
  it('binds credentials to host and port, and keeps the first userinfo for a host', () => {
    const secrets = new SecretList();
    const store = new CredentialStore(secrets);
    const clean = store.absorb(new URL('https://a%40b:p%3Ass@pkgs.example.com/simple/'));
    expect(clean.href).toBe('https://pkgs.example.com/simple/');
    store.absorb(new URL('https://other:ignored@pkgs.example.com/'));
    expect(store.authorization(new URL('https://pkgs.example.com/x'))).toBe('Basic ' + Buffer.from('a@b:p:ss').toString('base64'));
    expect(store.authorization(new URL('https://pkgs.example.com:8443/x'))).toBeUndefined();
    expect(store.authorization(new URL('https://evil.example.com/x'))).toBeUndefined();
    store.addOption('PKGS.example.com:8443', 'tok');
    expect(store.authorization(new URL('https://pkgs.example.com:8443/'))).toBe('Basic ' + Buffer.from('__token__:tok').toString('base64'));
    expect(secrets.list()).toEqual(expect.arrayContaining(['p:ss', 'p%3Ass', 'tok']));
  });
});

describe('retry timing', () => {
  it('retries only busy or briefly broken answers', () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 410, 501, 505].some(isRetryableStatus)).toBe(false);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.UTC(2024, 0, 1, 0, 0, 0);
    expect(parseRetryAfter('5', now)).toBe(5000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Mon, 01 Jan 2024 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sun, 31 Dec 2023 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('-1', now)).toBeUndefined();
    expect(parseRetryAfter('1.5', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('backs off exponentially with jitter, up to the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 0.999, noNaN: true }), (attempt, r) => {
        const ceiling = Math.min(10_000, 100 * 2 ** attempt);
        const d = backoffDelay(attempt, 100, 10_000, () => r);
        expect(d).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
        expect(d).toBeLessThanOrEqual(ceiling);
      }),
    );
  });
});

describe('Semaphore', () => {
  it('admits at most its permits and serves waiters in order', async () => {
    const sem = new Semaphore(2);
    const order: number[] = [];
    const a = await sem.acquire();
    const b = await sem.acquire();
    const waiting = [3, 4].map((n) => sem.acquire().then((release) => (order.push(n), release)));
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual([]);
    a();
    a(); // a second release must not free a second permit
    const third = await waiting[0]!;
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual([3]);
    b();
    (await waiting[1]!)();
    third();
    expect(order).toEqual([3, 4]);
    expect(() => new Semaphore(0)).toThrow('concurrency must be a positive integer');
  });
});

describe('StreamingHashes', () => {
  it('passes when any allowed digest of any algorithm matches', () => {
    const h = new StreamingHashes(parseHashList(['sha256:00', 'md5=' + '900150983cd24fb0d6963f7d28e17f72']));
    h.update(new TextEncoder().encode('abc'));
    const { ok, digests } = h.finish();
    expect(ok).toBe(true);
    expect(digests.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('fails when none matches', () => {
    const h = new StreamingHashes(parseHashList(['sha256:00']));
    h.update(new TextEncoder().encode('abc'));
    expect(h.finish().ok).toBe(false);
    expect(h.describeExpected()).toBe('sha256:00');
  });

  it.each([['sha256'], ['sha256:xyz'], [':00'], ['sha 256:00']])('rejects the hash entry %s', (entry) => {
    expect(() => parseHashList([entry])).toThrow(`hash "${entry}" is not of the form`);
  });
});

it('IndexError redacts the URL it is given', () => {
  const err = new IndexError('http', 'https://u:p@h.example/x', 'm', 500);
  expect([err.name, err.kind, err.url, err.status]).toEqual(['IndexError', 'http', 'https://***@h.example/x', 500]);
});
