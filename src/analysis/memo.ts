// Results of pure functions of large strings, remembered for a while. A packed build script carries
// one huge literal that the interpreter decodes (b64decode, then .decode()) and that rules strip,
// test and decode again; each of those passes costs milliseconds per megabyte, and the second one
// is a lookup here. Short strings are recomputed: a lookup costs about as much as the work.
//
// Keys are compared by content (a Map of strings); a string seen again is usually the same object,
// whose hash V8 keeps, so a hit costs no pass over the text. Only pure functions may be memoized:
// anything that depends on a budget is charged by the caller on every use.

/** Strings shorter than this are not remembered. */
export const MEMO_MIN_LENGTH = 16 * 1024;
/** Entries per memo; the oldest goes first. */
export const MEMO_ENTRIES = 8;

const memos = new Set<LargeStringMemo<unknown>>();

export class LargeStringMemo<T> {
  private readonly map = new Map<string, T>();

  constructor(
    private readonly fn: (s: string) => T,
    readonly minLength = MEMO_MIN_LENGTH,
    readonly entries = MEMO_ENTRIES,
  ) {
    memos.add(this as LargeStringMemo<unknown>);
  }

  get(s: string): T {
    if (s.length < this.minLength) return this.fn(s);
    if (this.map.has(s)) return this.map.get(s)!;
    const v = this.fn(s);
    if (this.map.size >= this.entries) this.map.delete(this.map.keys().next().value!);
    this.map.set(s, v);
    return v;
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
  }
}

/** Forgets every remembered result (after an analysis, so large strings are not kept alive). */
export function clearMemos(): void {
  for (const m of memos) m.clear();
  DOTTED.clear();
  dottedCount = 0;
}

const DOTTED = new Map<string, Map<string, string>>();
let dottedCount = 0;
/** Names joined by dotted(); past this many, they start again from none. */
export const DOTTED_ENTRIES = 100_000;

/**
 * `base.name`, the same string object every time it is asked for. The interpreter builds the
 * qualified name of every call it evaluates (`builtins.chr` in every round of a decoding loop) and
 * looks it up in several tables; a string built afresh is hashed afresh for each of them.
 */
export function dotted(base: string, name: string): string {
  let inner = DOTTED.get(base);
  const known = inner?.get(name);
  if (known !== undefined) return known;
  const q = `${base}.${name}`;
  if (dottedCount >= DOTTED_ENTRIES) {
    DOTTED.clear();
    dottedCount = 0;
    inner = undefined;
  }
  if (!inner) DOTTED.set(base, (inner = new Map()));
  inner.set(name, q);
  dottedCount++;
  return q;
}
