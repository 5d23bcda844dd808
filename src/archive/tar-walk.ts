// A tar stream walked the way CPython's tarfile walks it (TarFile.next): blocks arrive in pieces,
// meta members (GNU long names, pax headers) are applied to the member they precede in Python's
// order, and the archive ends at the first zero block or the first header Python cannot read.
// Each member comes out with the constructs on which a plain reader would see it otherwise.

import { applyPax, hasData, isSparse, meaningfulKeys, parsePax, readHeader, type RawHeader } from './tar-headers.js';

/** pax and GNU long-name members hold names and a few fields; more than this is not a name. */
export const META_MAX = 1024 * 1024;

export interface TarMember {
  name: string;
  type: string;
  linkname: string;
  size: number;
  /** Python reconstructs a sparse file's content from a map; it is not read here. */
  sparse: boolean;
  /** Constructs on which a plain reader would name, link or size this member otherwise. */
  disagreements: string[];
  /**
   * Set for a member after the point where Python stops reading (what stopped it): pip never
   * unpacks it, readers that go on (GNU tar --ignore-zeros, libraries that need two zero blocks) do.
   */
  pastEnd?: string;
}

export interface WalkEvents {
  /** A member; return true to receive its `size` bytes of data through `data`. */
  member(m: TarMember): boolean;
  data(piece: Uint8Array): void;
  /** The member's data is complete. */
  dataEnd(): void;
  /** A construct that concerns the archive as a whole. */
  archive(construct: string): void;
}

interface Meta {
  type: string;
  /** For pax: the records; for L/K: the name. */
  pax?: Map<string, string>;
  byLines?: Map<string, string>;
  text?: string;
  /** For x: the global headers as they were when it was read, with its own records over them. */
  merged?: Map<string, string>;
}

type State =
  | { kind: 'header' }
  | { kind: 'meta'; header: RawHeader; need: number }
  | { kind: 'data'; left: number; pad: number; wanted: boolean }
  | { kind: 'sparse-ext' }
  | { kind: 'after-end'; why: string }
  | { kind: 'done' };

const block = (n: number): number => Math.ceil(n / 512) * 512;

export class TarWalk {
  /** Bytes of the tar stream seen. */
  offset = 0;
  /** Set once Python would stop reading: a zero block or an unreadable header. */
  ended = false;
  /** Set once members are read past the point where Python stopped: what stopped it. */
  pastEnd: string | undefined;
  /** The first block is not a tar header (Python: "not a tar archive"). */
  notTar: string | undefined;
  error: string | undefined;
  private state: State = { kind: 'header' };
  private buf: Uint8Array = new Uint8Array(0);
  private readonly global = new Map<string, string>();
  private chain: Meta[] = [];
  private pendingSparse: RawHeader | undefined;

  constructor(private readonly events: WalkEvents) {}

  /** Nothing more is read: Python has stopped and nothing after that was found, or an error. */
  get finished(): boolean {
    return this.state.kind === 'done';
  }

  /** Feeds a piece of the tar stream. */
  write(piece: Uint8Array): void {
    let input = piece;
    while (input.length > 0 && this.state.kind !== 'done' && this.error === undefined) {
      const s = this.state;
      if (s.kind === 'data') {
        const take = Math.min(input.length, s.left + s.pad);
        const dataPart = Math.min(take, s.left);
        if (dataPart > 0 && s.wanted) this.events.data(input.subarray(0, dataPart));
        s.left -= dataPart;
        s.pad -= take - dataPart;
        this.offset += take;
        input = input.subarray(take);
        if (s.left === 0 && s.pad === 0) {
          if (s.wanted) this.events.dataEnd();
          this.state = { kind: 'header' };
        }
        continue;
      }
      const need = s.kind === 'meta' ? s.need : 512;
      const have = this.buf.length;
      if (have + input.length < need) {
        this.buf = concat(this.buf, input);
        return;
      }
      const whole = have === 0 ? input.subarray(0, need) : concat(this.buf, input.subarray(0, need - have));
      input = input.subarray(need - have);
      this.buf = new Uint8Array(0);
      this.offset += need;
      this.onBlock(whole);
    }
  }

  /** The stream ended. Returns whether it ended where a tar may end. */
  end(): boolean {
    if (this.state.kind === 'after-end' || this.state.kind === 'done' || this.pastEnd !== undefined) return true;
    if (this.notTar || this.error) return true;
    // Python reads a missing end-of-archive marker as the end; a member cut short is not.
    return this.state.kind === 'header' && this.buf.length === 0 && this.chain.length === 0;
  }

  private onBlock(b: Uint8Array): void {
    const s = this.state;
    if (s.kind === 'meta') return this.onMeta(s.header, b);
    if (s.kind === 'sparse-ext') {
      if (b[504] === 0) this.startData(this.pendingSparse!);
      return;
    }
    if (s.kind === 'after-end') {
      // Block by block, as readers that skip zeros and damage do, until a header reads.
      if (readHeader(b).kind !== 'header') return;
      this.pastEnd ??= s.why;
      this.state = { kind: 'header' };
    }
    const r = readHeader(b);
    if (r.kind !== 'header' && this.pastEnd !== undefined) {
      this.chain = [];
      this.state = { kind: 'after-end', why: this.pastEnd };
      return;
    }
    if (r.kind !== 'header') {
      if (this.offset === 512 && this.chain.length === 0) {
        if (r.kind === 'invalid') this.notTar = r.why;
        this.ended = true;
        this.state = { kind: 'done' };
        return;
      }
      if (this.chain.length > 0) {
        this.error = `the header after an extended header is unreadable (${r.kind === 'end' ? 'end of archive' : r.why}); pip would refuse the archive`;
        return;
      }
      this.ended = true;
      this.state = { kind: 'after-end', why: r.kind === 'end' ? 'the end-of-archive marker' : `a damaged header (${r.why})` };
      return;
    }
    const h = r.header;
    if (h.type === 'L' || h.type === 'K' || h.type === 'x' || h.type === 'X' || h.type === 'g') {
      if (h.size > META_MAX) {
        if (this.pastEnd !== undefined) {
          this.state = { kind: 'done' };
          return;
        }
        this.error = `extended header ${describe(h.name)} of ${h.size} bytes is over the ${META_MAX / 1024 / 1024} MiB this reader accepts`;
        return;
      }
      if (h.size === 0) return this.onMeta(h, new Uint8Array(0));
      this.state = { kind: 'meta', header: h, need: block(h.size) };
      return;
    }
    if (h.type === 'S' && h.sparseExtended) {
      this.pendingSparse = h;
      this.state = { kind: 'sparse-ext' };
      return;
    }
    this.startData(h);
  }

  private onMeta(h: RawHeader, body: Uint8Array): void {
    this.state = { kind: 'header' };
    const data = body.subarray(0, h.size);
    if (h.type === 'L' || h.type === 'K') {
      this.chain.push({ type: h.type, text: nulTerminated(data) });
      return;
    }
    const pax = parsePax(data);
    if (pax.malformed) {
      this.events.archive(`tar: pax header ${describe(h.name)} is malformed (${pax.malformed}); Python versions differ on whether it ends the archive`);
    }
    if (h.type === 'g') {
      const keys = meaningfulKeys(pax.values);
      if (keys.length > 0) this.events.archive(`tar: a global pax header sets ${keys.join(', ')} for every later member, which tar readers apply differently`);
      for (const [k, v] of pax.values) this.global.set(k, v);
      this.newlines(pax.values, pax.byLines, 'global pax header');
      return;
    }
    const merged = new Map(this.global);
    for (const [k, v] of pax.values) merged.set(k, v);
    this.chain.push({ type: h.type, pax: pax.values, byLines: pax.byLines, merged });
  }

  private newlines(values: Map<string, string>, byLines: Map<string, string>, what: string): boolean {
    for (const key of ['path', 'linkpath', 'size', 'GNU.sparse.name']) {
      if (values.get(key) !== byLines.get(key)) {
        this.events.archive(`tar: a ${what} value holds a newline, so readers that split records at newlines read another ${key}`);
        return true;
      }
    }
    return false;
  }

  private startData(h: RawHeader): void {
    // Python: the builtin member takes the global headers, then each meta member, innermost first.
    let fields = applyPax({ name: h.name, linkname: h.linkname, size: h.size }, this.global);
    let plain = { name: h.plainName, linkname: h.linkname, size: h.size };
    const disagreements: string[] = [];
    let sparse = h.type === 'S';
    let longName: string | undefined;
    let longLink: string | undefined;
    let paxPath: string | undefined;
    let paxLink: string | undefined;
    for (const meta of [...this.chain].reverse()) {
      if (meta.type === 'L') {
        fields = { ...fields, name: meta.text! };
        longName = meta.text!;
      } else if (meta.type === 'K') {
        fields = { ...fields, linkname: meta.text! };
        longLink = meta.text!;
      } else {
        fields = applyPax(fields, meta.merged!);
        if (isSparse(meta.merged!)) sparse = true;
        if (meta.pax!.has('path')) paxPath = meta.pax!.get('path')!.replace(/\/+$/, '');
        if (meta.pax!.has('linkpath')) paxLink = meta.pax!.get('linkpath');
        if (this.newlines(meta.pax!, meta.byLines!, 'pax header')) disagreements.push('pax value with a newline');
        if (meta.pax!.has('GNU.sparse.name') && meta.pax!.get('GNU.sparse.name') !== (paxPath ?? h.name)) disagreements.push('GNU sparse name');
        const size = meta.pax!.get('size');
        if (size !== undefined && /^\d+$/.test(size)) plain = { ...plain, size: Number(size) };
      }
    }
    if (h.type === '5') fields.name = fields.name.replace(/\/+$/, '');
    // The plain reading: pax records over GNU long names over the header, no global headers.
    plain = { ...plain, name: paxPath ?? longName ?? plain.name, linkname: paxLink ?? longLink ?? plain.linkname };
    if (longName !== undefined && paxPath !== undefined && longName.replace(/\/+$/, '') !== paxPath) disagreements.push('GNU long name and pax path');
    if (longLink !== undefined && paxLink !== undefined && longLink !== paxLink) disagreements.push('GNU long link name and pax linkpath');
    if (h.name !== h.plainName && fields.name === h.name) disagreements.push('ustar prefix');
    if (meaningfulKeys(this.global).length > 0 && fields.name !== plain.name) disagreements.push('global pax header');
    // Python skips the data by the header's size, or by the size an extended header gave.
    const extendedSize = this.chain.some((m) => m.merged?.has('size'));
    this.chain = [];
    const member: TarMember = {
      name: fields.name,
      type: h.type,
      linkname: fields.linkname,
      size: fields.size,
      sparse,
      disagreements: [...new Set(disagreements)],
    };
    if (this.pastEnd !== undefined) member.pastEnd = this.pastEnd;
    if (!sameReading(fields, plain) && member.disagreements.length === 0) member.disagreements.push('pax header');
    const skip = hasData(h.type) ? (extendedSize ? fields.size : h.size) : 0;
    // Python extracts the member's own size from there; where that differs, a construct is named.
    member.size = Math.max(0, Math.min(member.size, skip));
    const wanted = this.events.member(member);
    if (skip <= 0) {
      if (wanted) this.events.dataEnd();
      return;
    }
    this.state = { kind: 'data', left: skip, pad: block(skip) - skip, wanted };
  }
}

/** Readers agree when they name, link and size a member alike; a trailing slash names the same directory. */
function sameReading(a: { name: string; linkname: string; size: number }, b: { name: string; linkname: string; size: number }): boolean {
  const dir = (name: string): string => name.replace(/\/+$/, '');
  return dir(a.name) === dir(b.name) && a.linkname === b.linkname && a.size === b.size;
}

function nulTerminated(data: Uint8Array): string {
  const nul = data.indexOf(0);
  return new TextDecoder('utf-8').decode(nul === -1 ? data : data.subarray(0, nul));
}

function describe(name: string): string {
  const escaped = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return escaped.length > 200 ? `${escaped.slice(0, 200)}...` : escaped;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
