// Which archive format an sdist is: pip decides by file name (unpacking.py), so the name decides
// here too, and the first bytes must agree with it.

export type NamedFormat =
  | { kind: 'tar.gz' }
  | { kind: 'tar' }
  | { kind: 'zip' }
  | { kind: 'unsupported'; extension: string }
  | { kind: 'unknown' };

const UNSUPPORTED = ['.tar.bz2', '.tbz', '.tbz2', '.tar.xz', '.txz', '.tar.lz', '.tar.lzma', '.tlz', '.tar.zst', '.tzst', '.tar.br'];

export function formatFromName(filename: string): NamedFormat {
  const lower = filename.toLowerCase();
  if (lower.endsWith('.tar.gz') || lower.endsWith('.tgz')) return { kind: 'tar.gz' };
  if (lower.endsWith('.tar')) return { kind: 'tar' };
  if (lower.endsWith('.zip')) return { kind: 'zip' };
  const extension = UNSUPPORTED.find((ext) => lower.endsWith(ext));
  return extension ? { kind: 'unsupported', extension } : { kind: 'unknown' };
}

export type Sniffed = 'empty' | 'gzip' | 'bzip2' | 'xz' | 'zstd' | 'zip' | 'tar' | 'unknown';

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

export function sniff(head: Uint8Array): Sniffed {
  if (head.length === 0) return 'empty';
  if (startsWith(head, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(head, [0x42, 0x5a, 0x68])) return 'bzip2';
  if (startsWith(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return 'xz';
  if (startsWith(head, [0x28, 0xb5, 0x2f, 0xfd])) return 'zstd';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (isTarHeader(head.subarray(0, 512))) return 'tar';
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
    case 'zstd':
      return `it is ${kind} data`;
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
