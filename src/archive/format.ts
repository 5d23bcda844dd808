// Which archive format an sdist is: pip decides by file name (pip/_internal/utils/unpacking.py,
// `untar_file`, which lower-cases the name first), so the name decides here too, and the first
// bytes must agree with it the way Python's tarfile needs them to.

/**
 * `tar.gz`: tarfile mode `r:gz` (any name ending in `.gz` or `.tgz`); `tar.bz2`: `r:bz2`
 * (`.tar.bz2`, `.tbz`); `tar.xz`: `r:xz` (`.tar.xz`, `.txz`, `.tlz`, `.tar.lz`, `.tar.lzma`: the
 * lzma module's automatic format detection, which reads .xz and legacy .lzma data but not lzip);
 * `tar`: mode `r`, which tries plain tar and then each compression in turn.
 */
export type NamedFormat =
  | { kind: 'tar.gz' }
  | { kind: 'tar.bz2' }
  | { kind: 'tar.xz' }
  | { kind: 'tar' }
  | { kind: 'zip' }
  | { kind: 'unsupported'; extension: string }
  | { kind: 'unknown' };

const BZ2_EXTENSIONS = ['.tar.bz2', '.tbz'];
const XZ_EXTENSIONS = ['.tar.xz', '.txz', '.tlz', '.tar.lz', '.tar.lzma'];
/** Compressed tars that pip never takes for an sdist. */
const UNSUPPORTED = ['.tbz2', '.tar.zst', '.tzst', '.tar.br', '.tar.z'];

export function formatFromName(filename: string): NamedFormat {
  const lower = filename.toLowerCase();
  if (lower.endsWith('.zip')) return { kind: 'zip' };
  if (lower.endsWith('.gz') || lower.endsWith('.tgz')) return { kind: 'tar.gz' };
  if (BZ2_EXTENSIONS.some((ext) => lower.endsWith(ext))) return { kind: 'tar.bz2' };
  if (XZ_EXTENSIONS.some((ext) => lower.endsWith(ext))) return { kind: 'tar.xz' };
  if (lower.endsWith('.tar')) return { kind: 'tar' };
  const extension = UNSUPPORTED.find((ext) => lower.endsWith(ext));
  return extension ? { kind: 'unsupported', extension } : { kind: 'unknown' };
}

export type Sniffed = 'empty' | 'gzip' | 'bzip2' | 'xz' | 'lzma' | 'lzip' | 'zstd' | 'zip' | 'tar' | 'unknown';

/** The compressions a tar stream can come in. */
export type Compression = 'none' | 'gzip' | 'bzip2' | 'xz';

function startsWith(head: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => head[i] === b);
}

/** Whether a 512-byte block is a tar header: its checksum adds up (unsigned or signed, as Python accepts). */
export function isTarHeader(block: Uint8Array): boolean {
  if (block.length < 512) return false;
  const field = new TextDecoder('latin1').decode(block.subarray(148, 156)).replace(/\0.*$/s, '').trim();
  if (!/^[0-7]+$/.test(field)) return false;
  const stored = parseInt(field, 8);
  let unsigned = 8 * 0x20;
  let signed = 8 * 0x20;
  for (let i = 0; i < 512; i++) {
    if (i >= 148 && i < 156) continue;
    const b = block[i]!;
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return stored === unsigned || stored === signed;
}

/**
 * A legacy .lzma (LZMA-alone) header as liblzma's decoder accepts it: properties below 225 and a
 * dictionary size that is a power of two or the sum of two.
 */
function looksLikeLzmaAlone(head: Uint8Array): boolean {
  if (head.length < 13 || head[0]! >= 225) return false;
  const dict = (head[1]! | (head[2]! << 8) | (head[3]! << 16) | (head[4]! << 24)) >>> 0;
  if (dict === 0xffffffff) return true;
  let d = dict - 1;
  d |= d >>> 2;
  d |= d >>> 3;
  d |= d >>> 4;
  d |= d >>> 8;
  d |= d >>> 16;
  return ((d + 1) >>> 0) === dict;
}

export function sniff(head: Uint8Array): Sniffed {
  if (head.length === 0) return 'empty';
  if (startsWith(head, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(head, [0x42, 0x5a, 0x68])) return 'bzip2';
  if (startsWith(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return 'xz';
  if (startsWith(head, [0x4c, 0x5a, 0x49, 0x50])) return 'lzip';
  if (startsWith(head, [0x28, 0xb5, 0x2f, 0xfd])) return 'zstd';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (isTarHeader(head.subarray(0, 512))) return 'tar';
  if (looksLikeLzmaAlone(head)) return 'lzma';
  return 'unknown';
}

/** "it is a zip archive": for errors saying what a file is instead of what its name claims. */
export function describeSniffed(kind: Sniffed, head: Uint8Array): string {
  switch (kind) {
    case 'empty':
      return 'it is empty';
    case 'gzip':
    case 'bzip2':
    case 'xz':
    case 'lzip':
    case 'zstd':
      return `it is ${kind} data`;
    case 'lzma':
      return 'it looks like legacy .lzma data';
    case 'zip':
      return 'it is a zip archive';
    case 'tar':
      return 'it is an uncompressed tar archive';
    case 'unknown': {
      const hex = Array.from(head.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join(' ');
      return `its first bytes are ${hex}`;
    }
  }
}
