// gzip framing read here, deflate inflated by node:zlib. Node's own gunzip throws away the tail of
// the output when trailing bytes follow the last member, and those bytes are harmless to pip
// (tarfile stops at the end-of-archive marker); reading the members here keeps every byte of
// output and says precisely where and how the data went wrong.

import { createInflateRaw, type InflateRaw } from 'node:zlib';
import type { DecompressOutcome, Decompressor } from './decompress.js';

export type GzipOutcome = DecompressOutcome;

/** A header with a file name or comment longer than this is not an sdist's. */
const MAX_HEADER = 1024 * 1024;

class GzipFormatError extends Error {}

/** The header's length, or undefined when more bytes are needed to know. */
function headerLength(b: Uint8Array): number | undefined {
  if ((b.length >= 1 && b[0] !== 0x1f) || (b.length >= 2 && b[1] !== 0x8b)) throw new GzipFormatError('not a gzip member header');
  if (b.length >= 3 && b[2] !== 8) throw new GzipFormatError(`unknown gzip compression method ${b[2]}`);
  if (b.length < 10) return undefined;
  const flags = b[3]!;
  let p = 10;
  if (flags & 0x04) {
    if (b.length < p + 2) return undefined;
    p += 2 + (b[p]! | (b[p + 1]! << 8));
  }
  for (const bit of [0x08, 0x10]) {
    if (!(flags & bit)) continue;
    if (b.length <= p) return undefined;
    const nul = b.indexOf(0, p);
    if (nul === -1) return undefined;
    p = nul + 1;
  }
  if (flags & 0x02) p += 2;
  return b.length >= p ? p : undefined;
}

function join(a: Buffer, b: Buffer): Buffer {
  return a.length === 0 ? b : Buffer.concat([a, b]);
}

type State = 'header' | 'body' | 'trailer' | 'between' | 'finished';

/**
 * Inflates gzip data (one member or several, zero padding between them allowed, as Python's
 * gzip module reads it) chunk by chunk. Each write is inflated before the next is accepted, so
 * nothing piles up; output goes to `sink`, which returns false to stop.
 */
export class GzipStream implements Decompressor {
  outcome: GzipOutcome | undefined;
  private state: State = 'header';
  private pending: Buffer = Buffer.alloc(0);
  private inflater: InflateRaw | undefined;
  private memberIn = 0;
  private members = 0;
  private position = 0;
  private failure: { error: unknown } | undefined;

  constructor(private readonly sink: (out: Buffer) => boolean) {}

  /** Returns whether more input is wanted. */
  async write(chunk: Uint8Array): Promise<boolean> {
    let buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    while (buf.length > 0 && this.outcome === undefined) {
      switch (this.state) {
        case 'header': {
          const start = this.position - this.pending.length;
          this.pending = join(this.pending, buf);
          this.position += buf.length;
          buf = Buffer.alloc(0);
          let size: number | undefined;
          try {
            size = headerLength(this.pending);
          } catch (err) {
            if (!(err instanceof GzipFormatError)) throw err;
            this.finish({ kind: 'corrupt', at: start, message: err.message });
            break;
          }
          if (size === undefined) {
            if (this.pending.length > MAX_HEADER) this.finish({ kind: 'corrupt', at: start, message: 'gzip header is too long' });
            break;
          }
          buf = this.pending.subarray(size);
          this.position -= buf.length;
          this.pending = Buffer.alloc(0);
          this.startMember();
          break;
        }
        case 'body':
          buf = await this.inflate(buf);
          break;
        case 'trailer': {
          const need = 8 - this.pending.length;
          this.pending = join(this.pending, buf.subarray(0, need));
          this.position += Math.min(need, buf.length);
          buf = buf.subarray(need);
          if (this.pending.length === 8) {
            this.pending = Buffer.alloc(0);
            this.state = 'between';
          }
          break;
        }
        case 'between': {
          let i = 0;
          while (i < buf.length && buf[i] === 0) i++;
          this.position += i;
          buf = buf.subarray(i);
          if (buf.length > 0) this.state = 'header';
          break;
        }
        case 'finished':
          return false;
      }
    }
    if (this.failure) throw this.failure.error;
    return this.outcome === undefined;
  }

  /** The input ended: a member left open means the data was cut short. */
  async end(): Promise<void> {
    if (this.outcome !== undefined) return;
    if (this.state === 'body' && this.inflater) {
      const inflater = this.inflater;
      const error = await new Promise<(Error & { code?: string }) | undefined>((resolve) => {
        if (inflater.readableEnded || inflater.destroyed) {
          resolve(undefined);
          return;
        }
        inflater.once('error', resolve);
        inflater.once('end', () => resolve(undefined));
        inflater.once('close', () => resolve(undefined));
        inflater.end();
      });
      if (this.failure) throw this.failure.error;
      if (this.outcome !== undefined) return;
      if (error && error.code !== 'Z_BUF_ERROR') {
        this.finish({ kind: 'corrupt', at: this.position, message: error.message });
        return;
      }
      // Whether the deflate data ended early or only the 8-byte trailer is missing, it is cut short.
      this.finish({ kind: 'truncated' });
      return;
    }
    const complete = this.state === 'between' || (this.state === 'header' && this.pending.length === 0 && this.members > 0);
    this.finish(complete ? { kind: 'complete' } : { kind: 'truncated' });
  }

  /** Stops inflating; safe to call at any time. */
  close(): void {
    this.inflater?.destroy();
    this.inflater = undefined;
  }

  private finish(outcome: GzipOutcome): void {
    this.outcome ??= outcome;
    this.state = 'finished';
    this.close();
  }

  private startMember(): void {
    this.members++;
    this.memberIn = 0;
    this.state = 'body';
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    inflater.on('data', (out: Buffer) => {
      if (this.outcome !== undefined) return;
      let more: boolean;
      try {
        more = this.sink(out);
      } catch (error) {
        this.failure = { error };
        more = false;
      }
      if (!more) this.finish({ kind: 'stopped' });
    });
    // Errors are read from the write that caused them; this keeps them from being thrown.
    inflater.on('error', () => undefined);
    this.inflater = inflater;
  }

  /** Inflates one piece; returns what follows the end of the member's deflate data, if it ended. */
  private async inflate(buf: Buffer): Promise<Buffer> {
    const inflater = this.inflater!;
    this.memberIn += buf.length;
    const error = await new Promise<(Error & { code?: string }) | undefined>((resolve) => {
      const onError = (err: Error): void => resolve(err);
      const onClose = (): void => resolve(undefined);
      inflater.once('error', onError);
      inflater.once('close', onClose);
      inflater.write(buf, () => {
        inflater.off('error', onError);
        inflater.off('close', onClose);
        resolve(undefined);
      });
    });
    if (this.outcome !== undefined) return Buffer.alloc(0);
    if (error) {
      this.finish({ kind: 'corrupt', at: this.position, until: this.position + buf.length, message: error.message });
      return Buffer.alloc(0);
    }
    // zlib stops consuming at the end of the deflate data; what it left is trailer and beyond.
    const leftover = this.memberIn - inflater.bytesWritten;
    this.position += buf.length - leftover;
    if (leftover <= 0) return Buffer.alloc(0);
    inflater.destroy();
    this.inflater = undefined;
    this.state = 'trailer';
    return buf.subarray(buf.length - leftover);
  }
}
