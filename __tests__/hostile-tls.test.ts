// TLS failures end to end: an index with a certificate nobody vouches for, and an index that does
// not speak TLS at all. The dependency asked of it is `unresolved` with a message naming the host
// and the TLS problem; verification is never turned off; the rest of the scan is decided.
//
// The certificate is made by the openssl binary (node:crypto cannot write X.509 certificates).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { makeSdist, makeWheel } from './helpers/archives.js';
import { startIndexServer, type IndexServer } from './helpers/index-server.js';
import { dep, expectUnresolved, Sandbox, type RunSettings } from './helpers/hostile.js';

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const OPENSSL = hasOpenssl();
if (!OPENSSL) console.warn('hostile-tls: the openssl binary is not installed, so the TLS tests are skipped');
const describeTls = OPENSSL ? describe : describe.skip;

const sandbox = new Sandbox();
let server: IndexServer;

beforeAll(async () => {
  server = await startIndexServer({
    projects: { good: [makeWheel('good', '1.0')], clean: [makeSdist('clean', '1.0')], victim: [makeSdist('victim', '2.0')] },
  });
});
afterAll(async () => {
  await server.close();
  sandbox.cleanup();
});

/** A self-signed certificate for 127.0.0.1, made in a directory of its own and read back. */
function selfSigned(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'sdist-guard-tls-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function settings(extra: Partial<RunSettings> = {}): RunSettings {
  return { indexUrl: server.indexUrl, args: ['--timeout', '2'], inputs: { timeout: '2' }, env: { SDIST_GUARD_LIMITS: 'retries=1' }, ...extra };
}

describeTls('an index behind TLS that cannot be trusted', () => {
  it('a self-signed certificate: unresolved, naming the host and the certificate problem', async () => {
    const { key, cert } = selfSigned();
    const sockets = new Set<Duplex>();
    // a TLS front for the index: it would serve the same pages, if the client trusted it
    const https = createHttpsServer({ key, cert }, (req, res) => {
      const up = request(`${server.url}${req.url}`, { headers: req.headers }, (u) => {
        res.writeHead(u.statusCode ?? 502, u.headers);
        u.pipe(res);
      });
      up.on('error', () => res.destroy());
      up.end();
    });
    https.on('connection', (s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    await new Promise<void>((r) => https.listen(0, '127.0.0.1', () => r()));
    const mirror = `https://127.0.0.1:${(https.address() as AddressInfo).port}`;
    try {
      const r = await sandbox.both({ 'requirements.txt': 'good==1.0\nclean\n', 'requirements-mirror.txt': `--index-url ${mirror}/simple\nvictim\n` }, settings());
      expectUnresolved(r, 'victim', new RegExp(`TLS error from ${mirror.replace(/\./g, '\\.')}/simple/victim/: the certificate of 127\\.0\\.0\\.1:\\d+ is not trusted \\(self-signed certificate\\)`), { good: 'wheel', clean: 'sdist' });
      // a certificate problem is not retried: it will not fix itself
      expect(dep(r.cli.report, 'victim').reason).not.toMatch(/gave up after/);
    } finally {
      const closed = new Promise<void>((r) => https.close(() => r()));
      for (const s of sockets) s.destroy();
      await closed;
    }
  });
});

describe('an index that does not speak TLS', () => {
  it('https:// to a plain HTTP server: unresolved, naming the host and the handshake failure', async () => {
    const mirror = server.url.replace('http://', 'https://');
    const r = await sandbox.both({ 'requirements.txt': 'good==1.0\nclean\n', 'requirements-mirror.txt': `--index-url ${mirror}/simple\nvictim\n` }, settings());
    expectUnresolved(r, 'victim', new RegExp(`TLS error from ${mirror.replace(/\./g, '\\.')}/simple/victim/: the TLS handshake with 127\\.0\\.0\\.1:\\d+ failed`), { good: 'wheel', clean: 'sdist' });
  });
});
