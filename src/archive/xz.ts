// xz data (`.tar.xz`, `.txz`, and the `.tlz`/`.tar.lz`/`.tar.lzma` names pip also opens with
// tarfile's `r:xz`), decoded by xz-decompress: xz-embedded compiled to WebAssembly, which hands
// out at most one output buffer per step. Input goes in as it arrives; each write is decoded
// until the decoder asks for more, so nothing piles up on either side.

import type { DecompressOutcome, Decompressor } from './decompress.js';

type XzReadable = typeof import('xz-decompress').XzReadableStream;
let xzLoaded: Promise<XzReadable> | undefined;

/**
 * xz-decompress, loaded on the first .tar.xz: its module decodes and compiles the decoder's
 * WebAssembly as it loads, which every reader of a .tar.gz would otherwise pay for. The bundle sees
 * the CommonJS module's named export; Node's own ESM loader (sources run without bundling) sees
 * only the exports object, as the default.
 */
function xzReadableStream(): Promise<XzReadable> {
  return (xzLoaded ??= import('xz-decompress').then((m) => m.XzReadableStream ?? m.default.XzReadableStream));
}

/**
 * One decoder at a time: xz-decompress itself queues decoders behind one lock, and a decoder that
 * is cancelled before it started would hold that lock for good. Ours is released only once the
 * decoder has ended or its cancellation has finished.
 */
let turn: Promise<void> = Promise.resolve();

function takeTurn(): { ready: Promise<void>; release: () => void } {
  const previous = turn;
  let release!: () => void;
  turn = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { ready: previous, release };
}

type Step = { kind: 'output'; done: boolean; value?: Uint8Array } | { kind: 'hungry' } | { kind: 'failed'; error: unknown };

export class XzStream implements Decompressor {
  outcome: DecompressOutcome | undefined;
  private readonly input: Uint8Array[] = [];
  private inputEnded = false;
  /** Resolves the decoder's wait for input. */
  private feed: (() => void) | undefined;
  /** Resolves when the decoder has asked for input and none is queued. */
  private hungry: (() => void) | undefined;
  private reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  private turn: { ready: Promise<void>; release: () => void } | undefined;
  private pending: Promise<Step> | undefined;
  private consumed = 0;

  constructor(private readonly sink: (out: Buffer) => boolean) {}

  private starting: Promise<ReadableStreamDefaultReader<Uint8Array>> | undefined;

  /** The decoder, started on the first write once it is this stream's turn (once, however many wait). */
  private start(): Promise<ReadableStreamDefaultReader<Uint8Array>> {
    return (this.starting ??= this.open());
  }

  private async open(): Promise<ReadableStreamDefaultReader<Uint8Array>> {
    // loaded before taking a turn: a load that fails must not leave the turn held
    const XzReadableStream = await xzReadableStream();
    this.turn = takeTurn();
    await this.turn.ready;
    const source = new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        while (this.input.length === 0 && !this.inputEnded) {
          await new Promise<void>((resolve) => {
            this.feed = resolve;
            this.hungry?.();
          });
        }
        const next = this.input.shift();
        if (next === undefined) {
          controller.close();
          return;
        }
        this.consumed += next.length;
        controller.enqueue(next);
      },
    });
    this.reader = new XzReadableStream(source).getReader();
    return this.reader;
  }

  async write(chunk: Uint8Array): Promise<boolean> {
    if (this.outcome !== undefined) return false;
    this.input.push(chunk);
    await this.start();
    this.wake();
    await this.drain();
    return this.outcome === undefined;
  }

  async end(): Promise<void> {
    if (this.outcome !== undefined) return;
    this.inputEnded = true;
    await this.start();
    this.wake();
    await this.drain();
    // The decoder asked for input after the last of it: the data ends inside the xz stream.
    this.finish({ kind: 'truncated' });
  }

  close(): void {
    this.finish({ kind: 'stopped' });
  }

  private wake(): void {
    const feed = this.feed;
    this.feed = undefined;
    feed?.();
  }

  /** Hands on output until the decoder has used all input given so far, ends, or fails. */
  private async drain(): Promise<void> {
    while (this.outcome === undefined) {
      this.pending ??= this.reader!.read().then(
        (r): Step => ({ kind: 'output', done: r.done, value: r.value }),
        (error: unknown): Step => ({ kind: 'failed', error }),
      );
      const waitHungry = new Promise<Step>((resolve) => {
        this.hungry = () => resolve({ kind: 'hungry' });
        if (this.feed !== undefined && this.input.length === 0 && !this.inputEnded) resolve({ kind: 'hungry' });
      });
      const step = await Promise.race([this.pending, waitHungry]);
      this.hungry = undefined;
      if (step.kind === 'hungry') return;
      this.pending = undefined;
      if (step.kind === 'failed') {
        const message = step.error instanceof Error ? step.error.message : String(step.error);
        // Input that ran out inside the stream shows as a failed step once no more can come.
        if (this.inputEnded && this.input.length === 0) this.finish({ kind: 'truncated' });
        else this.finish({ kind: 'corrupt', at: this.consumed, message: `xz data is corrupt (${message})` });
        return;
      }
      if (step.value && step.value.length > 0 && !this.sink(Buffer.from(step.value.buffer, step.value.byteOffset, step.value.length))) {
        this.finish({ kind: 'stopped' });
        return;
      }
      if (step.done) {
        this.finish({ kind: 'complete' });
        return;
      }
    }
  }

  private finish(outcome: DecompressOutcome): void {
    if (this.outcome !== undefined) return;
    this.outcome = outcome;
    this.inputEnded = true;
    this.wake();
    const release = this.turn?.release ?? (() => undefined);
    if (outcome.kind === 'complete' || !this.reader) release();
    else this.reader.cancel().then(release, release);
  }
}
