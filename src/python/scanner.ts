// The cursor the PEP 508 parsers (requirements and markers) share: sticky regular expressions
// matched at a position, so parsing stays linear however long a hostile input is.

export const WS_RE = /[ \t]+/y;

export class TextScanner {
  constructor(
    readonly source: string,
    public pos = 0,
  ) {}

  skipWs(): void {
    WS_RE.lastIndex = this.pos;
    if (WS_RE.test(this.source)) this.pos = WS_RE.lastIndex;
  }

  /** Matches a sticky `re` at the position and moves past it, or returns null. */
  take(re: RegExp): string | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.source);
    if (!m) return null;
    this.pos = re.lastIndex;
    return m[0];
  }

  peek(text: string): boolean {
    return this.source.startsWith(text, this.pos);
  }

  atEnd(): boolean {
    return this.pos >= this.source.length;
  }

  /** What an error message says was found at `at`: a short quote, or the end of input. */
  found(at = this.pos): string {
    return at >= this.source.length ? 'end of input' : JSON.stringify(this.source.slice(at, at + 12));
  }
}
