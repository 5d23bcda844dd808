// Line numbers for values in a TOML document. TOML parsers return plain values without positions, so
// this walks the text once more, tracking table headers (`[a.b]`, `[[a.b]]`), dotted keys, arrays
// and inline tables, and records where each key and each array element starts. It expects text a
// real TOML parser has already accepted; on anything else it records less, never throws.

export type TomlPath = ReadonlyArray<string | number>;

export class TomlLines {
  private readonly lines = new Map<string, number>();
  private readonly lineStarts: number[] = [0];
  private pos = 0;
  /** Array-of-tables paths to the index of their current element. */
  private readonly arrayTables = new Map<string, number>();

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
    try {
      this.document();
    } catch {
      // Positions found so far stay usable; a lookup past this point answers undefined.
    }
  }

  /** The 1-based line where the key (or array element) at `path` is written. */
  line(path: TomlPath): number | undefined {
    return this.lines.get(JSON.stringify(path));
  }

  private record(path: TomlPath, at: number): void {
    const key = JSON.stringify(path);
    if (!this.lines.has(key)) this.lines.set(key, this.lineOf(at));
  }

  private lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  private peek(n = 0): string {
    return this.text[this.pos + n] ?? '';
  }

  private startsWith(s: string): boolean {
    return this.text.startsWith(s, this.pos);
  }

  /** Spaces and tabs only. */
  private skipBlank(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }

  /** Whitespace, newlines and comments. */
  private skipAll(): void {
    for (;;) {
      const c = this.peek();
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n') this.pos++;
      else if (c === '#') this.skipComment();
      else return;
    }
  }

  private skipComment(): void {
    while (this.pos < this.text.length && this.peek() !== '\n') this.pos++;
  }

  private document(): void {
    let table: (string | number)[] = [];
    while (this.pos < this.text.length) {
      this.skipAll();
      if (this.pos >= this.text.length) break;
      const start = this.pos;
      if (this.startsWith('[[')) {
        this.pos += 2;
        const keys = this.keys();
        this.expect(']]');
        const path = this.resolve(keys.slice(0, -1));
        path.push(keys[keys.length - 1]);
        const id = JSON.stringify(path);
        const index = (this.arrayTables.get(id) ?? -1) + 1;
        this.arrayTables.set(id, index);
        path.push(index);
        table = path;
        this.record(table, start);
      } else if (this.peek() === '[') {
        this.pos += 1;
        table = this.resolve(this.keys());
        this.expect(']');
        this.record(table, start);
      } else {
        this.keyValue(table);
      }
      this.skipBlank();
      if (this.peek() === '#') this.skipComment();
    }
  }

  /** A header's keys with the current element index of every array of tables along the way. */
  private resolve(keys: string[]): (string | number)[] {
    const path: (string | number)[] = [];
    for (const key of keys) {
      path.push(key);
      const index = this.arrayTables.get(JSON.stringify(path));
      if (index !== undefined) path.push(index);
    }
    return path;
  }

  private expect(s: string): void {
    this.skipBlank();
    if (!this.startsWith(s)) throw new Error(`expected ${s}`);
    this.pos += s.length;
  }

  private keyValue(table: (string | number)[]): void {
    const start = this.pos;
    const path = [...table, ...this.keys()];
    this.record(path, start);
    this.expect('=');
    this.skipBlank();
    this.value(path);
  }

  private keys(): string[] {
    const keys: string[] = [];
    for (;;) {
      this.skipBlank();
      keys.push(this.key());
      this.skipBlank();
      if (this.peek() !== '.') return keys;
      this.pos++;
    }
  }

  private key(): string {
    const c = this.peek();
    if (c === '"') return this.basicString();
    if (c === "'") return this.literalString();
    const m = /^[A-Za-z0-9_-]+/.exec(this.text.slice(this.pos, this.pos + 256));
    if (!m) throw new Error('expected a key');
    this.pos += m[0].length;
    return m[0];
  }

  private value(path: (string | number)[]): void {
    if (this.startsWith('"""')) this.multiline('"""', true);
    else if (this.startsWith("'''")) this.multiline("'''", false);
    else if (this.peek() === '"') this.basicString();
    else if (this.peek() === "'") this.literalString();
    else if (this.peek() === '[') this.array(path);
    else if (this.peek() === '{') this.inlineTable(path);
    else {
      // Numbers, booleans, dates (which may hold a space): up to the next delimiter.
      while (this.pos < this.text.length && !',]}\n#'.includes(this.peek())) this.pos++;
    }
  }

  private array(path: (string | number)[]): void {
    this.pos++;
    let index = 0;
    for (;;) {
      this.skipAll();
      if (this.peek() === ']' || this.pos >= this.text.length) {
        this.pos++;
        return;
      }
      const element = [...path, index];
      this.record(element, this.pos);
      this.value(element);
      this.skipAll();
      if (this.peek() === ',') {
        this.pos++;
        index++;
      }
    }
  }

  private inlineTable(path: (string | number)[]): void {
    this.pos++;
    for (;;) {
      this.skipAll();
      if (this.peek() === '}' || this.pos >= this.text.length) {
        this.pos++;
        return;
      }
      this.keyValue(path);
      this.skipAll();
      if (this.peek() === ',') this.pos++;
    }
  }

  private basicString(): string {
    this.pos++;
    let out = '';
    while (this.pos < this.text.length) {
      const c = this.peek();
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === '\\') {
        out += this.escape();
      } else {
        out += c;
        this.pos++;
      }
    }
    throw new Error('unterminated string');
  }

  private escape(): string {
    const e = this.peek(1);
    const simple: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };
    if (e in simple) {
      this.pos += 2;
      return simple[e];
    }
    const width = e === 'u' ? 4 : e === 'U' ? 8 : e === 'x' ? 2 : 0;
    if (width > 0) {
      const hex = this.text.slice(this.pos + 2, this.pos + 2 + width);
      this.pos += 2 + width;
      const code = Number.parseInt(hex, 16);
      return Number.isNaN(code) ? '' : String.fromCodePoint(code);
    }
    this.pos += 2;
    return e;
  }

  private literalString(): string {
    const end = this.text.indexOf("'", this.pos + 1);
    if (end === -1) throw new Error('unterminated string');
    const s = this.text.slice(this.pos + 1, end);
    this.pos = end + 1;
    return s;
  }

  private multiline(quote: string, escapes: boolean): void {
    this.pos += 3;
    while (this.pos < this.text.length) {
      if (escapes && this.peek() === '\\') {
        this.pos += 2;
        continue;
      }
      if (this.startsWith(quote)) {
        this.pos += 3;
        // Up to two quote characters may end the content right before the closing delimiter.
        for (let i = 0; i < 2 && this.peek() === quote[0]; i++) this.pos++;
        return;
      }
      this.pos++;
    }
  }
}
