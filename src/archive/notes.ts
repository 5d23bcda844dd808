// The `limits` list of a read: sentences naming an entry and the limit or rule it broke.

/**
 * A hostile archive can break a rule once per entry; the list stays readable and bounded, and
 * the count of what was left out is still reported so the result is never mistaken for clean.
 */
const MAX_NOTES = 200;

export class Notes {
  private readonly list: string[] = [];
  private dropped = 0;

  add(sentence: string): void {
    if (this.list.length < MAX_NOTES) this.list.push(sentence);
    else this.dropped++;
  }

  get count(): number {
    return this.list.length + this.dropped;
  }

  toArray(): string[] {
    if (this.dropped === 0) return [...this.list];
    return [...this.list, `${this.dropped} more limit ${this.dropped === 1 ? 'note was' : 'notes were'} not listed`];
  }
}

/**
 * An entry name as it may appear in a log, annotation or PR comment: control characters are
 * escaped (a name can carry newlines or terminal escapes) and very long names are shortened.
 */
export function describeName(name: string): string {
  const escaped = name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return escaped.length > 200 ? `${escaped.slice(0, 200)}...` : escaped;
}
