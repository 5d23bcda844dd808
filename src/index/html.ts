// Just enough of the HTML tokenizer to read a simple index page: start tags with their attributes.
// Comments, doctypes and raw-text elements are skipped so that markup inside them is not mistaken
// for links. Text content and end tags carry nothing an index page needs.

export interface StartTag {
  /** Lower-cased tag name. */
  name: string;
  /** Lower-cased attribute names to entity-decoded values; the first of a repeated attribute wins. */
  attrs: Map<string, string>;
  /** 1-based line of the `<`. */
  line: number;
}

export class HtmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  tilde: '~',
  excl: '!',
  num: '#',
  dollar: '$',
  percnt: '%',
  lpar: '(',
  rpar: ')',
  ast: '*',
  plus: '+',
  comma: ',',
  period: '.',
  sol: '/',
  colon: ':',
  semi: ';',
  equals: '=',
  quest: '?',
  commat: '@',
  lsqb: '[',
  rsqb: ']',
  lowbar: '_',
  verbar: '|',
  lcub: '{',
  rcub: '}',
  grave: '`',
  hat: '^',
  bsol: '\\',
};

const ENTITY = /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([A-Za-z][A-Za-z0-9]*));?/g;

function codePoint(n: number): string {
  // The HTML spec replaces these with U+FFFD rather than failing.
  if (!Number.isFinite(n) || n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(n);
}

/** Decodes character references; unknown names stay as written, as browsers leave them. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return codePoint(Number.parseInt(dec, 10));
    if (hex !== undefined) return codePoint(Number.parseInt(hex, 16));
    // Named references need their `;`: without it `&copy=1` in a query string is not an entity.
    if (name !== undefined && whole.endsWith(';')) {
      const value = NAMED_ENTITIES[name.toLowerCase()];
      if (value !== undefined && (name === name.toLowerCase() || name === name.toUpperCase())) return value;
    }
    return whole;
  });
}

/** Elements whose content is text, not markup, up to their own end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const isAsciiAlpha = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

/**
 * The start tags of a document in order. Throws HtmlSyntaxError when the document ends inside a
 * tag, comment or quoted value: that is a cut-off page, and reading on would invent links.
 */
export function* startTags(html: string): Generator<StartTag> {
  const n = html.length;
  let i = 0;
  let line = 1;
  let lineCountedTo = 0;
  const lineAt = (pos: number): number => {
    for (; lineCountedTo < pos; lineCountedTo++) if (html.charCodeAt(lineCountedTo) === 10) line++;
    return line;
  };
  const unterminated = (what: string, start: number): never => {
    throw new HtmlSyntaxError(`the page ends inside ${what} that starts on line ${lineAt(start)}`, lineAt(start));
  };

  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return;
    i = lt + 1;
    if (html.startsWith('!--', i)) {
      const end = html.indexOf('-->', i + 3);
      if (end < 0) unterminated('a comment', lt);
      i = end + 3;
      continue;
    }
    const c = html[i] ?? '';
    if (c === '!' || c === '?') {
      const end = html.indexOf('>', i);
      if (end < 0) unterminated('a declaration', lt);
      i = end + 1;
      continue;
    }
    if (c === '/') {
      const end = html.indexOf('>', i);
      if (end < 0) unterminated('an end tag', lt);
      i = end + 1;
      continue;
    }
    if (!isAsciiAlpha(c)) continue; // a literal `<` in text

    let j = i;
    while (j < n && !isSpace(html[j]!) && html[j] !== '/' && html[j] !== '>') j++;
    const name = html.slice(i, j).toLowerCase();
    const attrs = new Map<string, string>();
    let closed = false;
    while (j < n) {
      const ch = html[j]!;
      if (isSpace(ch) || ch === '/') {
        j++;
        continue;
      }
      if (ch === '>') {
        closed = true;
        j++;
        break;
      }
      // An attribute name may start with `=`; it runs to space, `/`, `>` or the next `=`.
      let k = j + 1;
      while (k < n && !isSpace(html[k]!) && html[k] !== '/' && html[k] !== '>' && html[k] !== '=') k++;
      const attrName = html.slice(j, k).toLowerCase();
      j = k;
      while (j < n && isSpace(html[j]!)) j++;
      let value = '';
      if (html[j] === '=') {
        j++;
        while (j < n && isSpace(html[j]!)) j++;
        const q = html[j];
        if (q === '"' || q === "'") {
          const end = html.indexOf(q, j + 1);
          if (end < 0) unterminated('a quoted attribute value', lt);
          value = html.slice(j + 1, end);
          j = end + 1;
        } else {
          let e = j;
          while (e < n && !isSpace(html[e]!) && html[e] !== '>') e++;
          value = html.slice(j, e);
          j = e;
        }
      }
      if (!attrs.has(attrName)) attrs.set(attrName, decodeEntities(value));
    }
    if (!closed) unterminated(`the <${name}> tag`, lt);
    yield { name, attrs, line: lineAt(lt) };
    i = j;

    if (RAW_TEXT.has(name)) {
      const endTag = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
      endTag.lastIndex = i;
      const end = endTag.exec(html)?.index ?? -1;
      if (end < 0) unterminated(`the <${name}> element`, lt);
      i = end;
    }
  }
}
