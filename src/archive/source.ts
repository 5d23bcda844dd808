// The sdist's bytes as they arrive: a whole buffer or a download stream, read in bounded chunks
// and counted against the download limit. Errors raised by the stream (a failed download, a hash
// mismatch found by the index client) are never caught here: they reject the read.

import { streamedThrough } from './streamed.js';

/** Pieces handed to decompressors and parsers, so every limit is checked at least this often. */
const PIECE = 64 * 1024;

/** How much of the end is kept: where Python's zipfile looks for a zip directory (64 KiB comment + record). */
export const TAIL_BYTES = 0xffff + 1 + 22;

export class ByteSource {
  /** Bytes handed out so far; never more than the limit. */
  bytesRead = 0;
  /** Set when the input had more bytes than the limit allows; reading then stops. */
  overLimit = false;
  private ended = false;
  /** Set when the input ran to its end (not cut at the limit, not abandoned). */
  complete = false;
  private readonly pending: Uint8Array[] = [];
  private readonly tailPieces: Uint8Array[] = [];
  private tailLength = 0;
  private iterator: AsyncIterator<Uint8Array> | undefined;
  private readonly iterable: AsyncIterable<Uint8Array> | undefined;

  constructor(
    data: Uint8Array | AsyncIterable<Uint8Array>,
    private readonly maxBytes: number,
  ) {
    if (data instanceof Uint8Array) this.pending.push(data);
    else this.iterable = data;
  }

  /** The next piece, or undefined at the end of the input or once the limit was passed. */
  async next(): Promise<Uint8Array | undefined> {
    if (this.overLimit) return undefined;
    const raw = await this.nextRaw();
    if (raw === undefined) return undefined;
    let piece = raw;
    if (piece.length > PIECE) {
      this.pending.unshift(piece.subarray(PIECE));
      piece = piece.subarray(0, PIECE);
    }
    const room = this.maxBytes - this.bytesRead;
    if (piece.length > room) {
      this.overLimit = true;
      piece = piece.subarray(0, room);
      this.pending.length = 0;
      await this.close();
    }
    this.bytesRead += piece.length;
    streamedThrough(piece.length);
    if (piece.length === 0) return undefined;
    this.keepTail(piece);
    return piece;
  }

  /** The last bytes handed out (up to TAIL_BYTES), once the input is complete. */
  tail(): Uint8Array {
    const all = new Uint8Array(this.tailLength);
    let o = 0;
    for (const p of this.tailPieces) {
      all.set(p, o);
      o += p.length;
    }
    return all.subarray(Math.max(0, all.length - TAIL_BYTES));
  }

  private keepTail(piece: Uint8Array): void {
    this.tailPieces.push(piece);
    this.tailLength += piece.length;
    while (this.tailLength - this.tailPieces[0]!.length >= TAIL_BYTES) {
      this.tailLength -= this.tailPieces.shift()!.length;
    }
  }

  /** Up to the first `n` bytes, without consuming them; fewer only when the input is shorter. */
  async peek(n: number): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    let have = 0;
    while (have < n) {
      const raw = await this.nextRaw();
      if (raw === undefined) break;
      parts.push(raw);
      have += raw.length;
    }
    this.pending.unshift(...parts);
    const out = new Uint8Array(Math.min(have, n));
    let o = 0;
    for (const p of parts) {
      if (o >= out.length) break;
      const take = p.subarray(0, out.length - o);
      out.set(take, o);
      o += take.length;
    }
    return out;
  }

  /** The whole input in one buffer, or undefined when it passes the limit. */
  async readAll(): Promise<Uint8Array | undefined> {
    const parts: Uint8Array[] = [];
    for (let p = await this.next(); p !== undefined; p = await this.next()) parts.push(p);
    if (this.overLimit) return undefined;
    if (parts.length === 1) return parts[0];
    const out = new Uint8Array(this.bytesRead);
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  }

  /**
   * Reads the rest and throws it away: a download must run to its end for the index client to
   * verify its hash, and a mismatch found there must still fail the read. Stops at the limit.
   */
  async drain(): Promise<void> {
    while ((await this.next()) !== undefined);
  }

  /** Stops reading; an unfinished download is cancelled. */
  async close(): Promise<void> {
    const it = this.iterator;
    if (this.ended || !it) {
      this.ended = true;
      return;
    }
    this.ended = true;
    await it.return?.();
  }

  private async nextRaw(): Promise<Uint8Array | undefined> {
    for (;;) {
      const queued = this.pending.shift();
      if (queued !== undefined) {
        if (queued.length === 0) continue;
        return queued;
      }
      if (!this.iterable) {
        this.complete = true;
        return undefined;
      }
      if (this.ended) return undefined;
      this.iterator ??= this.iterable[Symbol.asyncIterator]();
      const step = await this.iterator.next();
      if (step.done) {
        this.ended = true;
        this.complete = true;
        return undefined;
      }
      const chunk: unknown = step.value;
      if (!(chunk instanceof Uint8Array)) {
        throw new TypeError(`sdist data must be a stream of Uint8Array chunks, got ${typeof chunk}`);
      }
      if (chunk.length > 0) return chunk;
    }
  }
}
