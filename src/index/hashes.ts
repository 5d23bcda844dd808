// Checking a download against the hashes pip would accept for it, while it streams.

import { createHash, getHashes, type Hash } from 'node:crypto';

/** Python hashlib names to Node's, for the algorithms that differ. */
const NODE_NAMES: Record<string, string> = {
  sha3_224: 'sha3-224',
  sha3_256: 'sha3-256',
  sha3_384: 'sha3-384',
  sha3_512: 'sha3-512',
  blake2b: 'blake2b512',
  blake2s: 'blake2s256',
};

function nodeName(algorithm: string, supported: readonly string[]): string | undefined {
  const name = NODE_NAMES[algorithm] ?? algorithm;
  return supported.includes(name) ? name : undefined;
}

/** Allowed digests per algorithm (lower-case hex). */
export type AllowedHashes = Map<string, Set<string>>;

/** `["sha256:ab..", "sha256=cd.."]` to allowed digests; throws on an entry that is not `name:hex`. */
export function parseHashList(list: readonly string[]): AllowedHashes {
  const out: AllowedHashes = new Map();
  for (const entry of list) {
    const m = /^([A-Za-z0-9_-]+)[:=]([0-9A-Fa-f]+)$/.exec(entry.trim());
    if (!m) throw new TypeError(`hash "${entry}" is not of the form "sha256:<hex digest>"`);
    const name = m[1]!.toLowerCase();
    if (!out.has(name)) out.set(name, new Set());
    out.get(name)!.add(m[2]!.toLowerCase());
  }
  return out;
}

export function fromRecord(hashes: Record<string, string>): AllowedHashes {
  return new Map(Object.entries(hashes).map(([name, digest]) => [name.toLowerCase(), new Set([digest.toLowerCase()])]));
}

/**
 * Computes sha256 and every algorithm named in `allowed` that this Node supports. Like pip, a file
 * passes when any algorithm's digest is among that algorithm's allowed values.
 */
export class StreamingHashes {
  private readonly hashers = new Map<string, Hash>();
  private readonly checkable: AllowedHashes = new Map();

  constructor(private readonly allowed: AllowedHashes) {
    const supported = getHashes();
    for (const [name, digests] of allowed) {
      const node = nodeName(name, supported);
      if (node === undefined) continue;
      this.checkable.set(name, digests);
      this.hashers.set(name, createHash(node));
    }
    if (!this.hashers.has('sha256')) this.hashers.set('sha256', createHash('sha256'));
  }

  /** True when at least one expected hash uses an algorithm that can be computed here. */
  get checks(): boolean {
    return this.checkable.size > 0;
  }

  update(chunk: Uint8Array): void {
    for (const h of this.hashers.values()) h.update(chunk);
  }

  /** Finishes hashing; returns the digests and whether they satisfy the expectation. */
  finish(): { digests: Record<string, string>; ok: boolean } {
    const digests: Record<string, string> = {};
    for (const [name, h] of this.hashers) digests[name] = h.digest('hex');
    const ok = [...this.checkable].some(([name, allowed]) => allowed.has(digests[name]!));
    return { digests, ok };
  }

  describeExpected(): string {
    return [...this.checkable].flatMap(([name, set]) => [...set].map((d) => `${name}:${d}`)).join(' or ');
  }
}
