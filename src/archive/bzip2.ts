// bzip2 data (`.tar.bz2`, `.tbz`), decoded block by block with unbzip2-stream's pure-JavaScript
// block decoder. A block is decoded only once all of its input can be there (or the input ended),
// its output goes out in bounded pieces, and the consumer can stop it mid-block: a bzip2 block
// of 900 kB can expand fifty-fold, so nothing waits for a whole block's output.

import bzip2, { type BitReader } from 'unbzip2-stream/lib/bzip2.js';
import type { DecompressOutcome, Decompressor } from './decompress.js';

/** Input that one block can take at most: its size in units of 100 kB, plus room for its tables. */
const blockInput = (level: number): number => 100_000 * level + 25_000;
const OUT_PIECE = 64 * 1024;

class OutOfInput extends Error {}
class Stopped extends Error {}

export class Bzip2Stream implements Decompressor {
  outcome: DecompressOutcome | undefined;
  private readonly queue: Uint8Array[] = [];
  private queued = 0;
  /** Bytes consumed from the queue's first piece, and bit position within the current byte. */
  private byte = 0;
  private bit = 0;
  private consumed = 0;
  private level = 0;
  private crc: number | null = null;
  private streams = 0;
  private out = new Uint8Array(OUT_PIECE);
  private outLength = 0;
  /** Output left during the current step. */
  private flushed = false;

  constructor(private readonly sink: (out: Buffer) => boolean) {}

  async write(chunk: Uint8Array): Promise<boolean> {
    if (this.outcome !== undefined) return false;
    this.queue.push(chunk);
    this.queued += chunk.length;
    this.decode(false);
    return this.outcome === undefined;
  }

  async end(): Promise<void> {
    if (this.outcome !== undefined) return;
    this.decode(true);
    if (this.outcome !== undefined) return;
    this.outcome = this.streams > 0 && this.level === 0 ? { kind: 'complete' } : { kind: 'truncated' };
  }

  close(): void {
    this.queue.length = 0;
    this.outcome ??= { kind: 'stopped' };
  }

  private available(): number {
    return this.queued - this.consumed;
  }

  /** Decodes whole blocks while enough input is there (any amount once the input has ended). */
  private decode(final: boolean): void {
    while (this.outcome === undefined && this.available() > 0) {
      if (!final && this.available() < (this.level === 0 ? 4 : blockInput(this.level))) return;
      const mark = this.save();
      try {
        this.flushed = false;
        this.step(final);
        this.flush();
      } catch (err) {
        if (err instanceof Stopped) {
          this.outcome = { kind: 'stopped' };
          return;
        }
        if (err instanceof OutOfInput) {
          if (final) this.outcome = { kind: 'truncated' };
          // Output already handed on cannot be taken back: no encoder writes a block this large.
          else if (this.flushed) this.outcome = { kind: 'corrupt', at: this.consumed, message: 'a bzip2 block is larger than its block size allows' };
          else this.restore(mark);
          return;
        }
        this.outcome = { kind: 'corrupt', at: this.consumed, message: (err as Error).message };
        return;
      }
    }
  }

  /** One stream header, one block, or one end-of-stream marker. */
  private step(final: boolean): void {
    const bits = this.reader();
    if (this.level === 0) {
      // Python's bz2 reads concatenated streams; what follows the last one is ignored, as tarfile
      // has reached its end-of-archive marker by then.
      if (this.streams > 0 && !this.startsStream(final)) {
        this.outcome = { kind: 'complete' };
        return;
      }
      this.level = bzip2.header(bits);
      this.crc = 0;
      return;
    }
    const size = 100_000 * this.level;
    const crc = bzip2.decompress(bits, (b) => this.emit(b), new Int32Array(size), size, this.crc);
    if (crc === null) {
      this.level = 0;
      this.streams++;
      bits(null);
    }
    this.crc = crc;
  }

  private startsStream(final: boolean): boolean {
    const head = this.peek(3);
    if (head.length < 3) return !final;
    return head[0] === 0x42 && head[1] === 0x5a && head[2] === 0x68;
  }

  private emit(byte: number): void {
    this.out[this.outLength++] = byte;
    if (this.outLength === OUT_PIECE) this.flush();
  }

  private flush(): void {
    if (this.outLength === 0) return;
    const piece = Buffer.from(this.out.subarray(0, this.outLength));
    this.out = new Uint8Array(OUT_PIECE);
    this.outLength = 0;
    this.flushed = true;
    if (!this.sink(piece)) throw new Stopped();
  }

  private save(): { byte: number; bit: number; consumed: number; queue: Uint8Array[] } {
    return { byte: this.byte, bit: this.bit, consumed: this.consumed, queue: [...this.queue] };
  }

  private restore(mark: { byte: number; bit: number; consumed: number; queue: Uint8Array[] }): void {
    this.byte = mark.byte;
    this.bit = mark.bit;
    this.consumed = mark.consumed;
    this.queue.splice(0, this.queue.length, ...mark.queue);
    this.out = new Uint8Array(OUT_PIECE);
    this.outLength = 0;
  }

  private peek(n: number): Uint8Array {
    const out: number[] = [];
    let piece = 0;
    let at = this.byte;
    while (out.length < n && piece < this.queue.length) {
      const p = this.queue[piece]!;
      if (at >= p.length) {
        piece++;
        at = 0;
        continue;
      }
      out.push(p[at++]!);
    }
    return Uint8Array.from(out);
  }

  /** A bit reader over the queue, in the shape the block decoder calls. */
  private reader(): BitReader {
    const read = ((n: number | null): number => {
      if (n === null) {
        if (this.bit !== 0) {
          this.bit = 0;
          this.advance();
        }
        return 0;
      }
      let result = 0;
      while (n > 0) {
        const p = this.current();
        const left = 8 - this.bit;
        const value = p[this.byte]!;
        if (n >= left) {
          result = (result << left) | (value & ((1 << left) - 1));
          this.bit = 0;
          this.advance();
          n -= left;
        } else {
          result = (result << n) | ((value >> (left - n)) & ((1 << n) - 1));
          this.bit += n;
          n = 0;
        }
      }
      return result;
    }) as BitReader;
    read.bytesRead = 0;
    return read;
  }

  private current(): Uint8Array {
    while (this.queue.length > 0 && this.byte >= this.queue[0]!.length) {
      this.queue.shift();
      this.byte = 0;
    }
    const p = this.queue[0];
    if (p === undefined) throw new OutOfInput();
    return p;
  }

  private advance(): void {
    this.byte++;
    this.consumed++;
  }
}
