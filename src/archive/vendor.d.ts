// Types for the parts of the decompressors used here.

declare module 'unbzip2-stream/lib/bzip2.js' {
  /** Reads `n` bits (most significant first); `null` skips to the next byte boundary. */
  export type BitReader = ((n: number | null) => number) & { bytesRead: number };
  const bzip2: {
    /** Reads the `BZh` stream header; returns the block size in units of 100 kB (1-9). */
    header(bits: BitReader): number;
    /**
     * Decodes one block, handing each output byte to `out`; returns the running stream CRC, or
     * null at the end-of-stream marker (whose CRC it checks).
     */
    decompress(bits: BitReader, out: (byte: number) => void, buf: Int32Array, bufsize: number, streamCRC: number | null): number | null;
  };
  export default bzip2;
}

declare module 'xz-decompress' {
  export class XzReadableStream extends ReadableStream<Uint8Array> {
    constructor(compressedStream: ReadableStream<Uint8Array>);
  }
  const xz: { XzReadableStream: typeof XzReadableStream };
  export default xz;
}
