// A JSON reader that remembers the line of every object key. `JSON.parse` gives neither key
// positions nor, on Node 20, a position for most syntax errors; a lock's diagnostics need both.

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

export interface LocatedJson {
  value: unknown;
  /** 1-based line of the key at `path` (object keys from the top), if the document has it. */
  keyLine(path: string[]): number | undefined;
}

/** Deeper nesting is refused rather than risk exhausting the stack on a hostile file. */
const MAX_DEPTH = 256;
/** Key lines are kept this many levels down; locks need two (section, package). */
const MAX_KEY_DEPTH = 3;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class Reader {
  private i = 0;
  private line = 1;
  private lineStart = 0;
  readonly keys = new Map<string, number>();

  constructor(private readonly text: string) {
    if (text.charCodeAt(0) === 0xfeff) this.i = 1;
  }

  fail(message: string, at = this.i): never {
    // Only the current line is tracked, so errors are raised at or after it.
    const column = at - this.lineStart + 1;
    throw new JsonSyntaxError(`${message} at line ${this.line}, column ${column}`, this.line, column);
  }

  private skipSpace(): void {
    const t = this.text;
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i);
      if (c === 0x0a) {
        this.line++;
        this.lineStart = ++this.i;
      } else if (c === 0x20 || c === 0x09 || c === 0x0d) this.i++;
      else break;
    }
  }

  document(): unknown {
    const value = this.value(0, []);
    this.skipSpace();
    if (this.i < this.text.length) this.fail(`unexpected ${describe(this.text[this.i])} after the document`);
    return value;
  }

  private value(depth: number, path: string[]): unknown {
    this.skipSpace();
    if (depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
    const ch = this.text[this.i];
    if (ch === '{') return this.object(depth, path);
    if (ch === '[') return this.array(depth, path);
    if (ch === '"') return this.string();
    if (ch === undefined) this.fail('unexpected end of input');
    for (const [word, result] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return result;
      }
    }
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.text);
    if (m && m[0].length > 0) {
      this.i += m[0].length;
      return Number(m[0]);
    }
    return this.fail(`unexpected ${describe(ch)}`);
  }

  private object(depth: number, path: string[]): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.i++;
    this.skipSpace();
    if (this.text[this.i] === '}') {
      this.i++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.i] !== '"') this.fail(`expected a key in double quotes, found ${describe(this.text[this.i])}`);
      const keyLine = this.line;
      const key = this.string();
      const keyPath = [...path, key];
      if (keyPath.length <= MAX_KEY_DEPTH) this.keys.set(keyPath.join('\0'), keyLine);
      this.skipSpace();
      if (this.text[this.i] !== ':') this.fail(`expected ':' after the key "${key}", found ${describe(this.text[this.i])}`);
      this.i++;
      const value = this.value(depth + 1, keyPath);
      // A key named `__proto__` must stay data, exactly as JSON.parse keeps it.
      Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      this.skipSpace();
      const next = this.text[this.i];
      this.i++;
      if (next === '}') return result;
      if (next !== ',') this.fail(`expected ',' or '}' after the value of "${key}", found ${describe(next)}`, this.i - 1);
    }
  }

  private array(depth: number, path: string[]): unknown[] {
    const result: unknown[] = [];
    this.i++;
    this.skipSpace();
    if (this.text[this.i] === ']') {
      this.i++;
      return result;
    }
    for (;;) {
      result.push(this.value(depth + 1, path));
      this.skipSpace();
      const next = this.text[this.i];
      this.i++;
      if (next === ']') return result;
      if (next !== ',') this.fail(`expected ',' or ']' in an array, found ${describe(next)}`, this.i - 1);
    }
  }

  private string(): string {
    const t = this.text;
    let out = '';
    let run = ++this.i;
    for (;;) {
      if (this.i >= t.length) this.fail('unterminated string');
      const c = t.charCodeAt(this.i);
      if (c === 0x22) {
        out += t.slice(run, this.i++);
        return out;
      }
      if (c < 0x20) this.fail('control character in a string (a string cannot span lines)');
      if (c !== 0x5c) {
        this.i++;
        continue;
      }
      out += t.slice(run, this.i);
      const esc = t[this.i + 1];
      if (esc === 'u') {
        const hex = t.slice(this.i + 2, this.i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('invalid \\u escape');
        out += String.fromCharCode(parseInt(hex, 16));
        this.i += 6;
      } else if (esc !== undefined && esc in ESCAPES) {
        out += ESCAPES[esc];
        this.i += 2;
      } else this.fail(`invalid escape \\${esc ?? ''}`);
      run = this.i;
    }
  }
}

function describe(ch: string | undefined): string {
  if (ch === undefined) return 'end of input';
  return JSON.stringify(ch);
}

/** Parses `text` as JSON (RFC 8259); throws `JsonSyntaxError` with the line of the first error. */
export function parseJsonWithLines(text: string): LocatedJson {
  const reader = new Reader(text);
  const value = reader.document();
  return { value, keyLine: (path) => reader.keys.get(path.join('\0')) };
}
