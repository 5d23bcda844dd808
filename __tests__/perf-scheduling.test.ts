// The order requests go out in, against the real test index: a download (work already half done)
// goes ahead of pages not yet asked for, and a small file's connection is handed back before its
// reader is done with it.

import { makeSdist } from './helpers/archives.js';
import { startIndexServer, type IndexServer } from './helpers/index-server.js';
import { IndexClient } from '../src/index/client.js';
import { Semaphore } from '../src/index/semaphore.js';

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
