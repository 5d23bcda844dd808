// The scan's side of the analysis worker. Analyzing build scripts is CPU work; on the main thread
// it would hold back every response waiting to be handled, so once the worker is up, sdists stream
// to it and the main thread only moves bytes. While it starts, downloads are read ahead and wait
// for it. Where no worker can run (tests from source, one core, a worker that failed) checks run
// here. Very large sdists are read here and only what they hold goes to the worker to be analyzed:
// what they cost is inflating (done off the thread by zlib either way), and streaming them through
// a second thread would double the buffers waiting to be collected, and hold up the small ones
// queued behind them on the worker.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

import type { ArchiveLimits } from '../archive/index.js';
import type { SdistRead } from './check.js';
import { currentWorkerEntry } from './entry.js';
import { WORKER_ROLE, type FromWorker, type PortLike, type ToWorker } from './protocol.js';

/** Chunks sent ahead of the worker's reading; bounds what one sdist can queue in memory. */
const WINDOW = 16;
/** sdists at least this big (as the index or lock gives their size) are read on this thread. */
const LOCAL_FROM_BYTES = 16 * 1024 * 1024;
/**
 * While the worker starts, downloads are read (up to this many bytes in all) and checked once it is
 * up: their connections go on to the next requests, and this thread does not load the archive
 * readers and the analyzer for the first few sdists while it has pages to handle. A download
 * beyond the budget is checked here.
 */
const HELD_WHILE_STARTING = 16 * 1024 * 1024;
/** A worker not up by then is given up on: the checks waiting for it run here. */
const START_TIMEOUT_MS = 30_000;

export interface Endpoint {
  port: PortLike & { on(event: 'error' | 'exit', listener: (arg: unknown) => void): unknown };
  terminate(): Promise<void>;
}

let checkModule: Promise<typeof import('./check.js')> | undefined;
let archiveModule: Promise<typeof import('../archive/index.js')> | undefined;

/**
 * Reads and analyzes on this thread. The archive readers and the analyzer are loaded on the first
 * such check (once, however many start together): a scan whose checks all come from the cache, or
 * all run on the worker, never loads them.
 */
async function readHere(filename: string, body: AsyncIterable<Uint8Array>, limits?: Partial<ArchiveLimits>): Promise<SdistRead> {
  const { readAndAnalyze } = await (checkModule ??= import('./check.js'));
  return readAndAnalyze(filename, body, limits);
}

export function workerEndpoint(entry: URL): Endpoint {
  const worker = new Worker(entry, { workerData: { [WORKER_ROLE]: true } });
  return { port: worker, terminate: async () => void (await worker.terminate()) };
}

/** A worker running the program's own entry, when the entry named itself and there is a core for it. */
function entryWorker(): Endpoint | undefined {
  const entry = currentWorkerEntry();
  return entry && availableParallelism() > 1 ? workerEndpoint(entry) : undefined;
}

interface Job {
  resolve(check: SdistRead): void;
  reject(err: Error): void;
  credits: number;
  cancelled: boolean;
  wake: (() => void) | undefined;
}

export class CheckPool {
  private endpoint: Endpoint | undefined;
  private state: 'idle' | 'starting' | 'ready' | 'broken' = 'idle';
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;
  /** Bytes of downloads read while the worker starts, not yet handed on. */
  private heldBytes = 0;
  private startTimer: NodeJS.Timeout | undefined;
  /** Settles once the worker is ready or cannot be used. */
  private settled: Promise<void> = Promise.resolve();
  private settle: () => void = () => {};
  /** Checks done on the worker and on this thread, for the curious. */
  readonly counts = { worker: 0, local: 0 };

  /**
   * `spawn` returns undefined when no worker can be started. By default none is where it cannot
   * help: with one core to run on, a second thread only adds its heap (about 10 MB).
   */
  constructor(
    private readonly spawn: () => Endpoint | undefined = entryWorker,
    /** Bytes of downloads read ahead while the worker starts, in all. */
    private readonly heldWhileStarting = HELD_WHILE_STARTING,
  ) {}

  /** `size`: the file's size when the index or the lock gives it. */
  async check(filename: string, body: AsyncIterable<Uint8Array>, limits?: Partial<ArchiveLimits>, size?: number): Promise<SdistRead> {
    const large = size !== undefined && size >= LOCAL_FROM_BYTES;
    if (this.state === 'idle' && !large) this.start();
    if (this.state === 'starting' && !large) {
      // Read now, so that the download's connection serves the next request, and checked once the
      // worker is up; past the budget, checked here as before.
      const held = await this.holdWhileStarting(body);
      if (held) {
        body = held;
        await this.settled;
      }
    }
    if (large && this.state !== 'broken') return this.readHereAnalyzeThere(filename, body, limits);
    if (this.state !== 'ready' || large) {
      this.counts.local++;
      return readHere(filename, body, limits);
    }
    this.counts.worker++;
    return this.remote(filename, body, limits);
  }

  /**
   * A very large sdist: read here, and what it holds analyzed on the worker, so that this thread
   * neither loads the analyzer nor runs it; here after all when the worker cannot take it, or when
   * no other check has started one by the time the read ends (a large sdist alone starts none).
   */
  private async readHereAnalyzeThere(filename: string, body: AsyncIterable<Uint8Array>, limits?: Partial<ArchiveLimits>): Promise<SdistRead> {
    this.counts.local++;
    const { readSdist } = await (archiveModule ??= import('../archive/index.js'));
    const contents = await readSdist(filename, body, limits);
    if (this.state === 'starting') await this.settled;
    if (this.state !== 'ready') {
      const { checkContents } = await (checkModule ??= import('./check.js'));
      return checkContents(contents);
    }
    const id = this.nextId++;
    const result = new Promise<SdistRead>((resolve, reject) => {
      this.jobs.set(id, { resolve, reject, credits: 0, cancelled: false, wake: undefined });
    });
    this.endpoint!.port.postMessage({ t: 'analyze', id, contents } satisfies ToWorker);
    return result;
  }

  /**
   * Reads a download to its end while the worker starts, within `heldWhileStarting` bytes for all
   * downloads held together: the bytes (and the error that ended the read, if one did) are given
   * back as a body that replays them. Undefined, with nothing read, once the budget is spent.
   */
  private async holdWhileStarting(body: AsyncIterable<Uint8Array>): Promise<AsyncIterable<Uint8Array> | undefined> {
    if (this.heldBytes >= this.heldWhileStarting) return undefined;
    const chunks: Uint8Array[] = [];
    let failure: unknown;
    let bytes = 0;
    let done = false;
    const it = body[Symbol.asyncIterator]();
    try {
      // until the end, the budget, or the worker's start settles (the rest is then read as it is checked)
      while (this.heldBytes < this.heldWhileStarting && this.state === 'starting') {
        const step = await it.next();
        if (step.done) {
          done = true;
          break;
        }
        // a copy: the download may reuse the memory it handed out
        chunks.push(new Uint8Array(step.value));
        bytes += step.value.length;
        this.heldBytes += step.value.length;
      }
    } catch (err) {
      failure = err;
    }
    const rest = done || failure !== undefined ? undefined : it;
    const release = (): void => void (this.heldBytes -= bytes);
    return {
      async *[Symbol.asyncIterator]() {
        try {
          while (chunks.length > 0) yield chunks.shift()!;
          if (failure !== undefined) throw failure;
          if (rest) for (let step = await rest.next(); !step.done; step = await rest.next()) yield step.value;
        } finally {
          release();
          await rest?.return?.();
        }
      },
    };
  }

  async close(): Promise<void> {
    const endpoint = this.endpoint;
    this.endpoint = undefined;
    this.state = 'broken';
    clearTimeout(this.startTimer);
    this.settle();
    this.failAll(new Error('the analysis worker was stopped'));
    await endpoint?.terminate().catch(() => {});
  }

  private start(): void {
    this.state = 'broken';
    let endpoint: Endpoint | undefined;
    try {
      endpoint = this.spawn();
    } catch {
      return;
    }
    if (!endpoint) return;
    this.endpoint = endpoint;
    this.state = 'starting';
    this.settled = new Promise<void>((resolve) => (this.settle = resolve));
    endpoint.port.on('message', (m) => this.onMessage(m as FromWorker));
    const broken = (why: string) => {
      if (this.endpoint !== endpoint) return;
      this.state = 'broken';
      this.settle();
      this.failAll(new Error(`the analysis worker stopped (${why})`));
    };
    endpoint.port.on('error', (err) => broken(err instanceof Error ? err.message : String(err)));
    endpoint.port.on('exit', (code) => broken(`exit code ${String(code)}`));
    this.startTimer = setTimeout(() => {
      if (this.state !== 'starting' || this.endpoint !== endpoint) return;
      broken(`not started after ${START_TIMEOUT_MS / 1000} s`);
      this.endpoint = undefined;
      void endpoint.terminate().catch(() => {});
    }, START_TIMEOUT_MS);
    this.startTimer.unref();
  }

  private failAll(err: Error): void {
    for (const job of this.jobs.values()) {
      job.cancelled = true;
      job.wake?.();
      job.reject(err);
    }
    this.jobs.clear();
  }

  private onMessage(m: FromWorker): void {
    if (m.t === 'ready') {
      if (this.state === 'starting') this.state = 'ready';
      clearTimeout(this.startTimer);
      this.settle();
      return;
    }
    const job = this.jobs.get(m.id);
    if (!job) return;
    switch (m.t) {
      case 'credit':
        job.credits++;
        break;
      case 'cancel':
        job.cancelled = true;
        break;
      case 'result':
        this.jobs.delete(m.id);
        job.resolve(m.check);
        break;
      case 'error':
        this.jobs.delete(m.id);
        job.reject(new Error(m.message));
        break;
    }
    const wake = job.wake;
    job.wake = undefined;
    wake?.();
  }

  private async remote(filename: string, body: AsyncIterable<Uint8Array>, limits?: Partial<ArchiveLimits>): Promise<SdistRead> {
    const port = this.endpoint!.port;
    const id = this.nextId++;
    const post = (m: ToWorker, transfer?: ArrayBuffer[]): void => port.postMessage(m, transfer);
    let job!: Job;
    const result = new Promise<SdistRead>((resolve, reject) => {
      job = { resolve, reject, credits: WINDOW, cancelled: false, wake: undefined };
    });
    this.jobs.set(id, job);
    const pumped = this.pump(id, job, body, post, { t: 'start', id, filename, ...(limits ? { limits } : {}) });
    try {
      return await result;
    } finally {
      // The download is not left half read: its iterator is finished or closed before returning.
      job.cancelled = true;
      job.wake?.();
      await pumped;
    }
  }

  /**
   * Sends the body as the worker takes it; stops (closing the download) when the worker cancels.
   * Each chunk waits for the next one to be read, so that the first goes with `start` and the last
   * with the end: an sdist of one chunk is one message (a message costs more than the copy of a
   * small chunk: it wakes the other thread).
   */
  private async pump(id: number, job: Job, body: AsyncIterable<Uint8Array>, post: (m: ToWorker, transfer?: ArrayBuffer[]) => void, start: ToWorker & { t: 'start' }): Promise<void> {
    const it = body[Symbol.asyncIterator]();
    let finished = false;
    let started = false;
    let held: Uint8Array | undefined;
    const send = (end: boolean): void => {
      const data = held;
      held = undefined;
      const tail = end ? { end: true as const } : {};
      let m: ToWorker | undefined;
      if (!started) m = { ...start, ...(data ? { data } : {}), ...tail };
      else if (data) m = { t: 'chunk', id, data, ...tail };
      else if (end) m = { t: 'end', id };
      started = true;
      if (data) job.credits--;
      if (m) post(m, data ? [data.buffer as ArrayBuffer] : undefined);
    };
    try {
      for (;;) {
        while (held && job.credits <= 0 && !job.cancelled) await new Promise<void>((resolve) => (job.wake = resolve));
        if (job.cancelled) break;
        const step = await it.next();
        if (step.done) {
          finished = true;
          if (!job.cancelled) send(true);
          break;
        }
        if (job.cancelled) break;
        if (held) send(false);
        // The chunk's memory is not ours to give away (others may hold views into it): the worker
        // gets a copy, whose buffer moves without a second copy.
        held = new Uint8Array(step.value);
      }
    } catch (err) {
      finished = true;
      if (!job.cancelled) {
        send(false);
        post({ t: 'fail', id, message: err instanceof Error ? err.message : String(err) });
      }
    } finally {
      if (!finished) await it.return?.();
    }
  }
}
