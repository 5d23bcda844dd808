// The order requests go out in, against the real test index: a download, a metadata file or the
// page of a name a chosen version requires (work already half done) goes ahead of pages not yet
// asked for; a small file's connection is handed back before its reader is done with it; and a
// scan looks up what an sdist's build installs, and follows that build, as soon as it has read the
// sdist, while the pages of the rest are still out.

import { createHash } from 'node:crypto';

import { makeSdist, makeWheel } from './helpers/archives.js';
import { startIndexServer, type IndexServer } from './helpers/index-server.js';
import { makeProject, runCli } from './helpers/project.js';
import { IndexClient, PRIORITY } from '../src/index/client.js';
import { metadataFileUrl } from '../src/index/metadata.js';
import { buildRequirementsAhead } from '../src/closure.js';
import { Semaphore } from '../src/index/semaphore.js';
import { inTurns, mapInTurns, PER_TURN } from '../src/turns.js';

describe('Semaphore priorities', () => {
  it('serves a higher priority first, and arrival order within one', async () => {
    const sem = new Semaphore(1);
    const hold = await sem.acquire();
    const order: string[] = [];
    const take = (name: string, priority: number) =>
      sem.acquire(priority).then((release) => {
        order.push(name);
        release();
      });
    const all = [take('page-1', 0), take('page-2', 0), take('download-1', 1), take('download-2', 1), take('page-3', 0)];
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual([]);
    hold();
    await Promise.all(all);
    expect(order).toEqual(['download-1', 'download-2', 'page-1', 'page-2', 'page-3']);
  });
});

describe('inTurns and mapInTurns', () => {
  it('starts the items in order, a slice per turn of the event loop, and waits for all', async () => {
    const n = PER_TURN * 2 + 5;
    const started: number[] = [];
    const ended: number[] = [];
    let startedBeforeTurn = -1;
    setImmediate(() => (startedBeforeTurn = started.length));
    await inTurns(
      Array.from({ length: n }, (_, i) => i),
      async (i) => {
        started.push(i);
        await new Promise((r) => setImmediate(r));
        ended.push(i);
      },
    );
    expect(started).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(ended).toHaveLength(n);
    // an answer that arrived while the first slice was started is read before the next slice
    expect(startedBeforeTurn).toBe(PER_TURN);
  });

  it('fails with the first failure, after every item was started', async () => {
    const started: number[] = [];
    const run = inTurns([1, 2, 3], async (i) => {
      started.push(i);
      if (i === 2) throw new Error('item 2 failed');
    });
    await expect(run).rejects.toThrow('item 2 failed');
    expect(started).toEqual([1, 2, 3]);
    await expect(inTurns([], async () => {})).resolves.toBeUndefined();
  });

  it('gives the results in the items\' order, whatever order they end in', async () => {
    const items = Array.from({ length: PER_TURN + 3 }, (_, i) => i);
    const results = await mapInTurns(items, (i) => new Promise<number>((r) => setTimeout(() => r(i * 2), (items.length - i) % 4)));
    expect(results).toEqual(items.map((i) => i * 2));
  });
});

describe('Semaphore.tryAcquire', () => {
  it('gives a free permit at once, and none while all are taken, until one is released', async () => {
    const sem = new Semaphore(2);
    const a = sem.tryAcquire();
    const b = sem.tryAcquire();
    expect(a).toBeInstanceOf(Function);
    expect(b).toBeInstanceOf(Function);
    expect(sem.tryAcquire()).toBeUndefined();
    const waiting = sem.acquire();
    a!();
    a!(); // twice is harmless: the permit went to the waiter, not back to the pool
    expect(sem.tryAcquire()).toBeUndefined();
    (await waiting)();
    b!();
    expect(sem.tryAcquire()).toBeInstanceOf(Function);
  });
});

describe('IndexClient scheduling', () => {
  let server: IndexServer;
  let client: IndexClient;
  const sdist = makeSdist('first', '1.0');
  afterEach(async () => {
    await client.close();
    await server.close();
  });

  it('fetches a file before the pages still waiting for a connection', async () => {
    const names = ['first', 'p1', 'p2', 'p3', 'p4'];
    server = await startIndexServer({
      projects: Object.fromEntries(names.map((n) => [n, n === 'first' ? [sdist] : [makeSdist(n, '1.0')]])),
      // holds the only connection until the client gives up on it, while the rest queues
      faults: { '/simple/blocker/': { hang: true } },
    });
    client = new IndexClient({ indexUrl: server.indexUrl, concurrency: 1, timeoutMs: 1500, retries: 0 });
    const [file] = (await client.getProject('first')).files;
    const blocked = client.getProject('blocker').catch((err: Error) => err.message);
    while (!server.requests.some((r) => r.path === '/simple/blocker/')) await new Promise((r) => setTimeout(r, 5));
    const pages = names.slice(1).map((n) => client.getProject(n));
    const bytes: number[] = [];
    const read = (async () => {
      for await (const chunk of client.download(file!, { maxBytes: 1 << 20 })) bytes.push(chunk.length);
    })();
    await Promise.all([...pages, read]);
    expect(await blocked).toContain('timed out');
    const paths = server.requests.map((r) => r.path);
    // queued after the pages, the download still went first
    expect(paths).toEqual(['/simple/first/', '/simple/blocker/', `/files/${sdist.filename}`, '/simple/p1/', '/simple/p2/', '/simple/p3/', '/simple/p4/']);
    expect(bytes.reduce((a, b) => a + b, 0)).toBe(sdist.data.length);
  });

  it('reads a metadata file and the page of a required name before the pages still waiting', async () => {
    const names = ['first', 'p1', 'p2', 'p3', 'dep'];
    const first = makeWheel('first', '1.0', 'py3-none-any', ['dep']);
    server = await startIndexServer({
      projects: Object.fromEntries(names.map((n) => [n, n === 'first' ? [first] : [makeWheel(n, '1.0')]])),
      faults: { '/simple/blocker/': { hang: true } },
    });
    client = new IndexClient({ indexUrl: server.indexUrl, concurrency: 1, timeoutMs: 1500, retries: 0 });
    const [file] = (await client.getProject('first')).files;
    const blocked = client.getProject('blocker').catch((err: Error) => err.message);
    while (!server.requests.some((r) => r.path === '/simple/blocker/')) await new Promise((r) => setTimeout(r, 5));
    const pages = ['p1', 'p2', 'p3'].map((n) => client.getProject(n));
    const meta = client.fetchBytes(metadataFileUrl(file!.url), `${file!.filename}.metadata`, { maxBytes: 1 << 20 });
    const dep = client.getProject('dep', undefined, { priority: PRIORITY.followUp });
    await Promise.all([...pages, meta, dep]);
    expect(await blocked).toContain('timed out');
    expect(server.requests.map((r) => r.path)).toEqual([
      '/simple/first/',
      '/simple/blocker/',
      `/files/${first.filename}.metadata`,
      '/simple/dep/',
      '/simple/p1/',
      '/simple/p2/',
      '/simple/p3/',
    ]);
  });

  it('hands a small file\'s connection back before the reader has taken its bytes', async () => {
    server = await startIndexServer({ projects: { first: [sdist], other: [makeSdist('other', '1.0')] } });
    client = new IndexClient({ indexUrl: server.indexUrl, concurrency: 1, timeoutMs: 5000 });
    const [file] = (await client.getProject('first')).files;
    const it = client.download(file!, { maxBytes: 1 << 20 })[Symbol.asyncIterator]();
    const firstChunk = await it.next();
    expect(firstChunk.done).toBe(false);
    // with one permit, this page can only be fetched if the download gave its permit back
    const other = await client.getProject('other');
    expect(other.files).toHaveLength(1);
    while (!(await it.next()).done);
  });
});

describe('looking ahead to what a build installs', () => {
  it('names the build requirements every target installs, and leaves out those with a marker or a URL', () => {
    const declared = (requires: string[]) => ({ buildSystem: { requires: requires.map((requirement) => ({ requirement, file: 'pyproject.toml' })) }, setupRequires: [] }) as never;
    expect(buildRequirementsAhead(declared(['setuptools>=61', 'Wheel', 'cython; python_version < "3.13"', 'helper @ https://example.invalid/helper-1.0.tar.gz', 'not a requirement (', 'setuptools<99']))).toEqual([
      { name: 'setuptools', specifier: '>=61' },
      { name: 'wheel', specifier: '' },
    ]);
    expect(buildRequirementsAhead(declared([]))).toEqual([]);
  });

  it('reads the page and metadata of what an sdist\'s build installs while the pages of the rest are still out', async () => {
    // The last page is answered only once the build tool's metadata was asked for: read when the
    // closure gets to it, after every page is in, it never would be, and the scan would time out.
    const wheels = Array.from({ length: 6 }, (_, i) => `w${i}`);
    const tool = makeWheel('buildtool', '1.0');
    const server = await startIndexServer({
      projects: {
        built: [makeSdist('built', '1.0', { 'PKG-INFO': 'Metadata-Version: 2.2\nName: built\nVersion: 1.0\n', 'pyproject.toml': '[build-system]\nrequires = ["buildtool>=1"]\nbuild-backend = "buildtool.api"\n' })],
        buildtool: [tool],
        ...Object.fromEntries(wheels.map((w) => [w, [makeWheel(w, '1.0')]])),
        last: [makeWheel('last', '1.0')],
      },
      faults: { '/simple/last/': { until: `/files/${tool.filename}.metadata` } },
      setuptools: false,
    });
    const project = makeProject({ 'requirements.txt': ['built==1.0', ...wheels.map((w) => `${w}==1.0`), 'last==1.0', ''].join('\n') });
    try {
      const run = await runCli(['scan', '.', '--index-url', server.indexUrl, '--format', 'json', '--python-version', '3.12', '--platform', 'linux', '--concurrency', '2', '--timeout', '20'], { cwd: project.dir });
      const report = JSON.parse(run.stdout) as { dependencies: Array<{ name: string; status: string }> };
      expect(report.dependencies.find((d) => d.name === 'last')?.status).toBe('wheel');
      expect(report.dependencies.find((d) => d.name === 'buildtool')?.status).toBe('wheel');
      const paths = server.requests.map((r) => r.path);
      expect(paths.filter((p) => p === '/simple/buildtool/')).toHaveLength(1);
      expect(paths.filter((p) => p === `/files/${tool.filename}.metadata`)).toHaveLength(1);
    } finally {
      project.cleanup();
      await server.close();
    }
  });

  it('follows an sdist\'s build as soon as its dependency is decided, while the others are still being read', async () => {
    // Requirements in pip's hash-checking form list everything: each is decided on its own. A
    // build requirement given by URL is not looked ahead: it is fetched when the build is followed.
    // The other sdist is sent only once that URL was asked for: followed after every dependency is
    // decided, it never would be, and the scan would time out.
    const server = await startIndexServer({ setuptools: false });
    const helper = makeSdist('helper', '1.0', { 'PKG-INFO': 'Metadata-Version: 2.2\nName: helper\nVersion: 1.0\n', 'pyproject.toml': '[build-system]\nrequires = []\n' });
    const built = makeSdist('built', '1.0', {
      'PKG-INFO': 'Metadata-Version: 2.2\nName: built\nVersion: 1.0\n',
      'pyproject.toml': `[build-system]\nrequires = ["helper @ ${server.url}/files/${helper.filename}"]\n`,
    });
    const slow = makeSdist('slow', '1.0', { 'PKG-INFO': 'Metadata-Version: 2.2\nName: slow\nVersion: 1.0\n', 'pyproject.toml': '[build-system]\nrequires = []\n' });
    server.update({ projects: { built: [built], helper: [helper], slow: [slow] }, faults: { [`/files/${slow.filename}`]: { until: `/files/${helper.filename}` } } });
    const sha = (f: { data: Uint8Array }) => createHash('sha256').update(f.data).digest('hex');
    const project = makeProject({ 'requirements.txt': `built==1.0 --hash=sha256:${sha(built)}\nslow==1.0 --hash=sha256:${sha(slow)}\n` });
    try {
      const run = await runCli(['scan', '.', '--index-url', server.indexUrl, '--format', 'json', '--python-version', '3.12', '--platform', 'linux', '--concurrency', '2', '--timeout', '20'], { cwd: project.dir });
      const report = JSON.parse(run.stdout) as { dependencies: Array<{ name: string; status: string }> };
      expect(Object.fromEntries(report.dependencies.map((d) => [d.name, d.status]))).toEqual({ built: 'sdist', helper: 'sdist', slow: 'sdist' });
      const paths = server.requests.map((r) => r.path);
      expect(paths.filter((p) => p === `/files/${helper.filename}`)).toHaveLength(1);
    } finally {
      project.cleanup();
      await server.close();
    }
  });

  it('reads the metadata of what a chosen version requires while the pages of the rest are still out', async () => {
    // As above: the last page is answered only once the metadata of the wheel `top` requires was
    // asked for. Read a level later, after every page of this one, it never would be.
    const needed = makeWheel('needed', '1.0');
    const wheels = Array.from({ length: 6 }, (_, i) => `w${i}`);
    const server = await startIndexServer({
      projects: {
        top: [makeWheel('top', '1.0', 'py3-none-any', ['needed>=1'])],
        needed: [needed],
        ...Object.fromEntries(wheels.map((w) => [w, [makeWheel(w, '1.0')]])),
        last: [makeWheel('last', '1.0')],
      },
      faults: { '/simple/last/': { until: `/files/${needed.filename}.metadata` } },
      setuptools: false,
    });
    const project = makeProject({ 'requirements.txt': ['top==1.0', ...wheels.map((w) => `${w}==1.0`), 'last==1.0', ''].join('\n') });
    try {
      const run = await runCli(['scan', '.', '--index-url', server.indexUrl, '--format', 'json', '--python-version', '3.12', '--platform', 'linux', '--concurrency', '2', '--timeout', '20'], { cwd: project.dir });
      const report = JSON.parse(run.stdout) as { dependencies: Array<{ name: string; status: string }> };
      expect(report.dependencies.find((d) => d.name === 'last')?.status).toBe('wheel');
      expect(report.dependencies.find((d) => d.name === 'needed')?.status).toBe('wheel');
      expect(server.requests.filter((r) => r.path === `/files/${needed.filename}.metadata`)).toHaveLength(1);
    } finally {
      project.cleanup();
      await server.close();
    }
  });
});
