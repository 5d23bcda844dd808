// Builds real archives in memory for tests: ustar/pax tar (with full control over entry types and
// names, so hostile archives can be made too), gzip, zip, and whole wheels and sdists.

import { crc32, deflateRawSync, gzipSync } from 'node:zlib';
import { zipSync, strToU8 } from 'fflate';

export interface TarEntry {
  name: string;
  /** File content; ignored for links and directories. */
  content?: string | Uint8Array;
  /** '0' file (default), '1' hard link, '2' symlink, '3' char device, '4' block device, '5' directory, '6' fifo. */
  type?: '0' | '1' | '2' | '3' | '4' | '5' | '6';
  linkname?: string;
  mode?: number;
  /** Declared size when it must differ from the content's (truncated or lying headers). */
  size?: number;
}

const enc = new TextEncoder();

function bytes(v: string | Uint8Array | undefined): Uint8Array {
  if (v === undefined) return new Uint8Array(0);
  return typeof v === 'string' ? enc.encode(v) : v;
}

function writeString(buf: Uint8Array, offset: number, length: number, value: string): void {
  const b = enc.encode(value);
  buf.set(b.subarray(0, length), offset);
}

function writeOctal(buf: Uint8Array, offset: number, length: number, value: number): void {
  writeString(buf, offset, length, value.toString(8).padStart(length - 1, '0') + '\0');
}

function header(name: string, size: number, type: string, linkname = '', mode = 0o644): Uint8Array {
  const h = new Uint8Array(512);
  writeString(h, 0, 100, name);
  writeOctal(h, 100, 8, mode);
  writeOctal(h, 108, 8, 0);
  writeOctal(h, 116, 8, 0);
  writeOctal(h, 124, 12, size);
  writeOctal(h, 136, 12, 0);
  h.fill(0x20, 148, 156);
  writeString(h, 156, 1, type);
  writeString(h, 157, 100, linkname);
  writeString(h, 257, 6, 'ustar\0');
  writeString(h, 263, 2, '00');
  let sum = 0;
  for (const b of h) sum += b;
  writeString(h, 148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return h;
}

function padded(data: Uint8Array): Uint8Array[] {
  const rest = data.length % 512;
  return rest === 0 ? [data] : [data, new Uint8Array(512 - rest)];
}

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let len = body.length + 1;
  while (String(len).length + body.length !== len) len = String(len).length + body.length;
  return `${len}${body}`;
}

/** A tar archive; names longer than 100 bytes get a pax header, as GNU and Python's tarfile write. */
export function makeTar(entries: TarEntry[], { end = true }: { end?: boolean } = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    const type = e.type ?? '0';
    const data = type === '0' ? bytes(e.content) : new Uint8Array(0);
    let name = e.name;
    if (enc.encode(name).length > 100 || (e.linkname && enc.encode(e.linkname).length > 100)) {
      let pax = paxRecord('path', name);
      if (e.linkname) pax += paxRecord('linkpath', e.linkname);
      const paxBytes = enc.encode(pax);
      parts.push(header('PaxHeader/' + name.slice(0, 80), paxBytes.length, 'x'), ...padded(paxBytes));
      name = name.slice(0, 100);
    }
    parts.push(header(name, e.size ?? data.length, type, e.linkname ?? '', e.mode ?? (type === '5' ? 0o755 : 0o644)));
    parts.push(...padded(data));
  }
  if (end) parts.push(new Uint8Array(1024));
  return concat(parts);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function gzip(data: Uint8Array): Uint8Array {
  return new Uint8Array(gzipSync(data));
}

/** A .zip with the given files (name -> content). */
export function makeZip(files: Record<string, string | Uint8Array>): Uint8Array {
  const input: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(files)) input[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(input, { level: 6, mtime: new Date('2024-01-01T00:00:00Z') });
}

/** A .tar.gz sdist `name-version.tar.gz` whose files sit under `name-version/`, with a PKG-INFO. */
export function makeSdist(
  name: string,
  version: string,
  files: Record<string, string | Uint8Array> = {},
): { filename: string; data: Uint8Array } {
  const base = `${name.replace(/[-.]+/g, '_').toLowerCase()}-${version}`;
  const all: Record<string, string | Uint8Array> = {
    'PKG-INFO': `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n`,
    'setup.py': `from setuptools import setup\nsetup(name=${JSON.stringify(name)}, version=${JSON.stringify(version)})\n`,
    ...files,
  };
  const entries: TarEntry[] = [{ name: `${base}/`, type: '5' }];
  for (const [path, content] of Object.entries(all)) entries.push({ name: `${base}/${path}`, content });
  return { filename: `${base}.tar.gz`, data: gzip(makeTar(entries)) };
}

/** A wheel `name-version-tag.whl` with METADATA and the given Requires-Dist lines. */
export function makeWheel(
  name: string,
  version: string,
  tag = 'py3-none-any',
  requiresDist: string[] = [],
): { filename: string; data: Uint8Array; metadata: string } {
  const dist = name.replace(/[-.]+/g, '_');
  const metadata =
    `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n` + requiresDist.map((r) => `Requires-Dist: ${r}\n`).join('');
  const info = `${dist}-${version}.dist-info`;
  const data = makeZip({
    [`${dist}/__init__.py`]: '',
    [`${info}/METADATA`]: metadata,
    [`${info}/WHEEL`]: `Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: ${tag}\n`,
    [`${info}/RECORD`]: '',
  });
  return { filename: `${dist}-${version}-${tag}.whl`, data, metadata };
}

/** One 512-byte tar header block, for hand-assembled archives (GNU long names, odd types, bad checksums). */
export function tarHeader(name: string, size: number, type: string, linkname = ''): Uint8Array {
  return header(name, size, type, linkname);
}

/** Content padded to whole 512-byte blocks, to follow a `tarHeader`. */
export function tarBody(content: string | Uint8Array): Uint8Array {
  return concat(padded(bytes(content)));
}

export interface RawZipEntry {
  /** The stored name; a string is written as UTF-8 (with the UTF-8 flag when it is not ASCII). */
  name: string | Uint8Array;
  content?: string | Uint8Array;
  /** 0 stored, 8 deflate (default); any other id stores the bytes as they are under that id. */
  method?: number;
  /** Unix mode, written to the high half of the external attributes (made by Unix). */
  mode?: number;
  /** Declared uncompressed size, when it must lie. */
  declaredSize?: number;
  /** Declared CRC-32, when it must be wrong. */
  crc?: number;
  flags?: number;
  /** Name in the local header, when it must differ from the central directory's. */
  localName?: string;
  /** More extra fields for the central directory entry (after any zip64 field). */
  extra?: Uint8Array;
  /** Compressed bytes to write instead of compressing `content`. */
  rawData?: Uint8Array;
}

function le16(n: number): Uint8Array {
  return new Uint8Array([n & 0xff, (n >>> 8) & 0xff]);
}

function le32(n: number): Uint8Array {
  return new Uint8Array([n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]);
}

function le64(n: number): Uint8Array {
  return concat([le32(n % 2 ** 32), le32(Math.floor(n / 2 ** 32))]);
}

/**
 * A zip written field by field, so tests can make what zipSync refuses to: duplicate names,
 * symlinks and devices, lying sizes and CRCs, odd methods, bytes before the archive, zip64 records.
 */
export function makeRawZip(entries: RawZipEntry[], { prefix, zip64 = false }: { prefix?: Uint8Array; zip64?: boolean } = {}): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = typeof e.name === 'string' ? enc.encode(e.name) : e.name;
    const localName = e.localName !== undefined ? enc.encode(e.localName) : name;
    const content = bytes(e.content);
    const method = e.method ?? 8;
    const data = e.rawData ?? (method === 8 ? new Uint8Array(deflateRawSync(content)) : content);
    const crc = e.crc ?? crc32(content);
    const size = e.declaredSize ?? content.length;
    const utf8 = typeof e.name === 'string' && /[^\x00-\x7f]/.test(e.name);
    const flags = e.flags ?? (utf8 ? 0x800 : 0);
    const localExtra = new Uint8Array(0);
    locals.push(
      concat([
        le32(0x04034b50), le16(20), le16(flags), le16(method), le16(0), le16(0x21),
        le32(crc), le32(data.length), le32(size), le16(localName.length), le16(localExtra.length),
        localName, localExtra, data,
      ]),
    );
    const extra = concat([
      zip64 ? concat([le16(0x0001), le16(24), le64(size), le64(data.length), le64(offset)]) : new Uint8Array(0),
      e.extra ?? new Uint8Array(0),
    ]);
    const madeBy = e.mode !== undefined ? (3 << 8) | 20 : 20;
    const attrs = e.mode !== undefined ? (e.mode << 16) >>> 0 : 0;
    centrals.push(
      concat([
        le32(0x02014b50), le16(madeBy), le16(zip64 ? 45 : 20), le16(flags), le16(method), le16(0), le16(0x21),
        le32(crc), le32(zip64 ? 0xffffffff : data.length), le32(zip64 ? 0xffffffff : size),
        le16(name.length), le16(extra.length), le16(0), le16(0), le16(0), le32(attrs),
        le32(zip64 ? 0xffffffff : offset), name, extra,
      ]),
    );
    offset += locals[locals.length - 1]!.length;
  }
  const directory = concat(centrals);
  const tail: Uint8Array[] = [];
  if (zip64) {
    const recordAt = offset + directory.length;
    tail.push(
      concat([
        le32(0x06064b50), le64(44), le16(45), le16(45), le32(0), le32(0),
        le64(entries.length), le64(entries.length), le64(directory.length), le64(offset),
      ]),
      concat([le32(0x07064b50), le32(0), le64(recordAt), le32(1)]),
    );
  }
  const count = zip64 ? 0xffff : entries.length;
  tail.push(
    concat([
      le32(0x06054b50), le16(0), le16(0), le16(count), le16(count),
      le32(zip64 ? 0xffffffff : directory.length), le32(zip64 ? 0xffffffff : offset), le16(0),
    ]),
  );
  return concat([prefix ?? new Uint8Array(0), ...locals, directory, ...tail]);
}

/** The bytes as a stream of chunks of the given sizes (cycled), each a fresh copy as a socket delivers. */
export async function* chunked(data: Uint8Array, sizes: number | number[]): AsyncGenerator<Uint8Array> {
  const list = Array.isArray(sizes) ? sizes : [sizes];
  let i = 0;
  for (let o = 0; o < data.length; i++) {
    const n = Math.max(1, list[i % list.length]!);
    yield data.slice(o, o + n);
    o += n;
  }
}
