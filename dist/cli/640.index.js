export const id = 640;
export const ids = [640];
export const modules = {

/***/ 9640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xq: () => (/* binding */ ChildCache),
  GG: () => (/* binding */ childOf),
  Pl: () => (/* binding */ childrenAll),
  LU: () => (/* binding */ childrenOf),
  qd: () => (/* binding */ nodeText),
  PJ: () => (/* binding */ parseSource),
  Hg: () => (/* binding */ stringLiteral),
  x4: () => (/* binding */ parse_unescape)
});

// UNUSED EXPORTS: CHILD_CACHE_ENTRIES, LineIndex, MAX_BRACKET_DEPTH, MAX_PARSE_BYTES, bracketDepth

// EXTERNAL MODULE: ./node_modules/@lezer/python/dist/index.js + 2 modules
var dist = __webpack_require__(1002);
;// CONCATENATED MODULE: ./src/analysis/parse-strings.ts
// The parser the analysis uses: @lezer/python's, with its string-body tokenizer replaced by one that
// steps over plain characters in one go and keeps escapes inside the content around them. Lezer's
// own advances one code unit at a time, which is most of the parse of a packed script whose payload
// is a megabyte literal (18 ms of 20 on a 2.5 MB one), and gives every escape a token and a node of
// its own, which is most of the parse of one whose payload is `\xNN` escapes. Before it is used,
// the replacement must give trees identical to the original's, Escape nodes aside, on a set of
// probes covering every kind of string; otherwise (a different @lezer/python whose terms moved)
// the original parser is used unchanged.

// Terms and context flags of @lezer/python's grammar (its generated parser.terms and tokens.js).
const STRING_CONTENT = 200;
const REPLACEMENT_START = 3;
const STRING_END = 201;
const CX_DOUBLE_QUOTE = 4;
const CX_LONG = 8;
const CX_RAW = 16;
const CX_FORMAT = 32;
const NEWLINE = 10;
const BRACE_OPEN = 123;
const BRACE_CLOSE = 125;
const SINGLE_QUOTE = 39;
const DOUBLE_QUOTE = 34;
const BACKSLASH = 92;
function isHex(ch) {
    return (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 70) || (ch >= 97 && ch <= 102);
}
/** The next code unit (advance() changes it, which TypeScript's narrowing does not know). */
const at = (input) => input.next;
function skipEscape(input, ch) {
    if (ch === 111 /* o */) {
        for (let i = 0; i < 2 && input.next >= 48 && input.next <= 55; i++)
            input.advance();
    }
    else if (ch === 120 /* x */) {
        for (let i = 0; i < 2 && isHex(input.next); i++)
            input.advance();
    }
    else if (ch === 117 /* u */) {
        for (let i = 0; i < 4 && isHex(input.next); i++)
            input.advance();
    }
    else if (ch === 85 /* U */) {
        for (let i = 0; i < 8 && isHex(input.next); i++)
            input.advance();
    }
    else if (ch === 78 /* N */) {
        if (at(input) === BRACE_OPEN) {
            input.advance();
            while (at(input) >= 0 && at(input) !== BRACE_CLOSE && at(input) !== SINGLE_QUOTE && at(input) !== DOUBLE_QUOTE && at(input) !== NEWLINE)
                input.advance();
            if (at(input) === BRACE_CLOSE)
                input.advance();
        }
    }
}
/** The characters a string body stops at: by quote (single, double) and f-string or not. */
const STOPS = [/['\\\n]/g, /["\\\n]/g, /['\\\n{]/g, /["\\\n{]/g];
/**
 * Lezer's string tokenizer, step for step, except that a run of characters none of which can end
 * the token (the quote, a backslash, a line feed, `{` in an f-string) is passed in one advance(),
 * and that an escape is part of the content rather than a token of its own: the analysis reads a
 * literal's text, never its Escape nodes, and a packed payload of `\xNN` escapes would otherwise
 * cost a parser step and a tree node for every byte it hides (26,000 in a 100 KB literal).
 */
function stringTokens(input, stack) {
    const flags = stack.context.flags;
    const quote = flags & CX_DOUBLE_QUOTE ? DOUBLE_QUOTE : SINGLE_QUOTE;
    const long = (flags & CX_LONG) > 0;
    const escapes = !(flags & CX_RAW);
    const format = (flags & CX_FORMAT) > 0;
    const start = input.pos;
    for (;;) {
        const next = input.next;
        if (next < 0) {
            break;
        }
        else if (format && next === BRACE_OPEN) {
            if (input.peek(1) === BRACE_OPEN) {
                input.advance(2);
            }
            else {
                if (input.pos === start) {
                    input.acceptToken(REPLACEMENT_START, 1);
                    return;
                }
                break;
            }
        }
        else if (escapes && next === BACKSLASH) {
            // the escape is passed over as Lezer's Escape token would be, but stays in the content.
            // Outside f-strings, the characters an escape takes after the one it escapes are digits
            // (`\N{...}` aside): escapes and the plain text between them are measured in the current
            // chunk and passed in one advance().
            const { chunk, chunkOff } = input;
            if (!format && chunk.charCodeAt(chunkOff) === BACKSLASH) {
                const end = chunk.length;
                let j = chunkOff;
                while (j < end) {
                    const ch = chunk.charCodeAt(j);
                    if (ch === BACKSLASH) {
                        // `\N{...}` runs to its brace over backslashes too: left to the step below
                        if (j + 1 >= end || chunk.charCodeAt(j + 1) === 78 /* N */)
                            break;
                        j += 2;
                    }
                    else if (ch === quote || ch === NEWLINE)
                        break;
                    else
                        j++;
                }
                if (j > chunkOff + 1) {
                    input.advance(j - chunkOff);
                    continue;
                }
            }
            input.advance();
            const escaped = input.next;
            if (escaped >= 0) {
                input.advance();
                skipEscape(input, escaped);
            }
        }
        else if (next === BACKSLASH && !escapes && input.peek(1) > -1) {
            input.advance(2);
        }
        else if (next === quote && (!long || (input.peek(1) === quote && input.peek(2) === quote))) {
            if (input.pos === start) {
                input.acceptToken(STRING_END, long ? 3 : 1);
                return;
            }
            break;
        }
        else if (next === NEWLINE) {
            // a long string's body is cut after each line feed
            if (long) {
                input.advance();
            }
            else if (input.pos === start) {
                input.acceptToken(STRING_END);
                return;
            }
            break;
        }
        else {
            // this character is plain; so is every one before the next that any branch above looks at
            const { chunk, chunkOff } = input;
            if (chunk.charCodeAt(chunkOff) !== next) {
                input.advance();
                continue;
            }
            // one regex search, which stops at the first character that matters (indexOf per character
            // would run to the end of the file for one that never comes)
            const stops = STOPS[(quote === DOUBLE_QUOTE ? 1 : 0) + (format ? 2 : 0)];
            stops.lastIndex = chunkOff + 1;
            const found = stops.exec(chunk);
            input.advance((found ? found.index : chunk.length) - chunkOff);
        }
    }
    if (input.pos > start)
        input.acceptToken(STRING_CONTENT);
}
/** Source that exercises every branch of the string tokenizer, and the tokenizers around it. */
const STRING_PROBES = [
    `a = 'x' + "y" + '''z\n'q'' ''' + """w\n"q"" """\n`,
    `b = r'\\d+\\'' + R"\\"" + rb'\\x' + Rb"""a\\"""" + br'\\\\'\n`,
    `c = f'{x!r:>{w}} {{lit}} }}' + F"{y}" + rf'{z}\\{' + fr"""{a}\n{b!s}""" + f'{f"{1}"}'\n`,
    `d = '\\x41\\101\\o17\\u00e9\\U0001F600\\N{BULLET}\\N{X\\n' + "\\q\\\\\\"" + '\\\n' + b'\\xff\\t'\n`,
    `e = 'unterminated\nf = "also\n`,
    `g = '''long with \\''' inside''' + ''''''\nh = ""\n`,
    `def f(x):\n    if x:\n        print 'py2', x\n    return u'caf\u00e9 \ud83d\ude00 \r tab\t'\n`,
    `i = 'ends with a raw backslash' + r'\\`,
    `j = f'''{x\n}''' + f"{'q'}" + f'{x:{y}}' + 'a{b}c'\n`,
    `k = "ends at eof`,
    `l = '''\n\n{}\n\\\n'''\n`,
];
/** A tree as its nodes and their extents, in order; Escape nodes left out (see stringTokens). */
function treeShape(tree) {
    const out = [];
    const c = tree.cursor();
    do
        if (c.name !== 'Escape')
            out.push(`${c.name}:${c.from}-${c.to}`);
    while (c.next());
    return out;
}
function shape(tree) {
    return treeShape(tree).join(' ');
}
// The string tokenizer among the parser's: the last of its external ones (after print, indentation
// and newlines), which carry their options themselves where the grammar's token groups inherit them.
const external = dist/* parser */.K.tokenizers.filter((t) => typeof t === 'object' && t !== null && Object.hasOwn(t, 'extend') && typeof t.token === 'function');
const stringTokenizer = external[external.length - 1];
const lezerStringTokens = stringTokenizer?.token;
/**
 * A copy of the parser whose string tokenizer is Lezer's own or ours, for comparing the two.
 * (A configured copy parses a third slower than the parser itself, which is why the analysis
 * does not use one: see installFastStrings.)
 */
function parserWith(tokens) {
    if (!stringTokenizer || !lezerStringTokens)
        return undefined;
    const Ctor = stringTokenizer.constructor;
    const options = { contextual: stringTokenizer.contextual, fallback: stringTokenizer.fallback, extend: stringTokenizer.extend };
    const replacement = new Ctor(tokens === 'fast' ? stringTokens : lezerStringTokens, options);
    return lezerParser.configure({ tokenizers: [{ from: stringTokenizer, to: replacement }] });
}
/**
 * Puts our string tokenizer into @lezer/python's parser, in place, if the parser then gives every
 * probe the tree it gave before; otherwise leaves Lezer's own there.
 */
function installFastStrings() {
    if (!stringTokenizer || !lezerStringTokens)
        return false;
    let same = false;
    try {
        const before = STRING_PROBES.map((p) => shape(dist/* parser */.K.parse(p)));
        stringTokenizer.token = stringTokens;
        same = STRING_PROBES.every((p, i) => shape(dist/* parser */.K.parse(p)) === before[i]);
    }
    catch {
        same = false;
    }
    if (!same)
        stringTokenizer.token = lezerStringTokens;
    return same;
}
let installed;
/** The parser to use, with the fast string tokenizer in it once it has passed its check. */
function pythonParser() {
    installed ??= installFastStrings();
    return dist/* parser */.K;
}
/** Whether the fast string tokenizer passed its check and is in use. */
function fastStringsInUse() {
    installed ??= installFastStrings();
    return installed;
}

// EXTERNAL MODULE: ./node_modules/@lezer/common/dist/index.js
var common_dist = __webpack_require__(3854);
;// CONCATENATED MODULE: ./src/analysis/parse.ts
// Parsing Python source with @lezer/python, and the small helpers the fact extractor walks the tree
// with. Lezer is error-tolerant, so Python 2 files (`print "x"`, `except E, e`) still give a tree.



/** CPython's tokenizer refuses more than 200 nested brackets, so deeper files cannot run anyway. */
const MAX_BRACKET_DEPTH = 200;
/** Files larger than this are not parsed; they are scanned for strings only. */
const MAX_PARSE_BYTES = 4 * 1024 * 1024;
/** Lezer parse steps per file; a step budget keeps the cost bounded on hostile input. */
const MAX_PARSE_STEPS = 5_000_000;
class LineIndex {
    starts;
    constructor(text) {
        const starts = [0];
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            starts.push(i + 1);
        this.starts = starts;
    }
    get count() {
        return this.starts.length;
    }
    /** 1-based line of an offset. */
    lineOf(pos) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= pos)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    /** Length of each line, for the long-line check. */
    lengths(textLength) {
        const out = [];
        for (let i = 0; i < this.starts.length; i++) {
            const end = i + 1 < this.starts.length ? this.starts[i + 1] - 1 : textLength;
            out.push(end - this.starts[i]);
        }
        return out;
    }
}
/**
 * The deepest bracket nesting outside strings and comments, and the line where it peaks. Lezer
 * builds its tree recursively, so a file nested thousands deep would overflow the stack.
 */
function bracketDepth(text) {
    let depth = 0;
    let max = 0;
    let maxAt = 0;
    let i = 0;
    const n = text.length;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 35 /* # */) {
            const nl = text.indexOf('\n', i);
            i = nl === -1 ? n : nl;
            continue;
        }
        if (c === 34 || c === 39 /* " ' */) {
            i = skipString(text, i);
            continue;
        }
        if (c === 40 || c === 91 || c === 123) {
            depth++;
            if (depth > max) {
                max = depth;
                maxAt = i;
            }
        }
        else if ((c === 41 || c === 93 || c === 125) && depth > 0)
            depth--;
        i++;
    }
    let line = 1;
    for (let j = text.indexOf('\n'); j !== -1 && j < maxAt; j = text.indexOf('\n', j + 1))
        line++;
    return { depth: max, line };
}
/** Offset just past the string literal whose opening quote is at `i`. */
function skipString(text, i) {
    const q = text[i];
    const triple = text.startsWith(q + q + q, i);
    const close = triple ? q + q + q : q;
    const len = text.length;
    let j = i + close.length;
    // jump between the characters that matter (quote, backslash, line end): packed blobs are megabytes long
    let nq = -2;
    let nb = -2;
    let nn = triple ? -1 : -2;
    while (j < len) {
        if (nq !== -1 && nq < j)
            nq = text.indexOf(q, j);
        if (nb !== -1 && nb < j)
            nb = text.indexOf('\\', j);
        if (nn !== -1 && nn < j)
            nn = text.indexOf('\n', j);
        const next = Math.min(nq === -1 ? len : nq, nb === -1 ? len : nb, nn === -1 ? len : nn);
        if (next >= len)
            return len;
        j = next;
        const ch = text[j];
        if (ch === '\\') {
            j += 2;
            continue;
        }
        if (!triple && ch === '\n')
            return j;
        if (text.startsWith(close, j))
            return j + close.length;
        j++;
    }
    return j;
}
function parseSource(textIn, path, maxBytes = MAX_PARSE_BYTES) {
    // a byte-order mark would read as an identifier
    const text = textIn.charCodeAt(0) === 0xfeff ? ' ' + textIn.slice(1) : textIn;
    const lines = new LineIndex(text);
    if (text.length > maxBytes) {
        return { path, text, lines, unparsed: `${path}: ${text.length} bytes, more than the ${maxBytes} parsed; only its strings were scanned` };
    }
    const nest = bracketDepth(text);
    if (nest.depth > MAX_BRACKET_DEPTH) {
        return {
            path,
            text,
            lines,
            unparsed: `${path}:${nest.line}: brackets nested ${nest.depth} deep (CPython stops at ${MAX_BRACKET_DEPTH}); only its strings were scanned`,
        };
    }
    try {
        const parse = pythonParser().startParse(text);
        let tree = null;
        for (let steps = 0; !(tree = parse.advance()); steps++) {
            if (steps > MAX_PARSE_STEPS) {
                return { path, text, lines, unparsed: `${path}: parse budget exhausted; only its strings were scanned` };
            }
        }
        return { path, text, lines, tree };
    }
    catch (e) {
        // Lezer recurses while building very deep trees (long operator chains); such a file is
        // itself abnormal, and still gets the string scan.
        return { path, text, lines, unparsed: `${path}: could not be parsed (${e.message}); only its strings were scanned` };
    }
}
/**
 * The first child of `node` of a type (`node.getChild(name)` without its cursor: Lezer builds one
 * per call, walking up from a node deep in a buffer, which the interpreter pays in every loop round).
 */
function childOf(node, name) {
    const group = GROUPS.has(name);
    for (let c = node.firstChild; c; c = c.nextSibling)
        if (c.name === name || (group && c.type.is(name)))
            return c;
    return null;
}
/** Every child of `node` of a type, in order (`node.getChildren(name)`). */
function childrenOf(node, name) {
    const group = GROUPS.has(name);
    const out = [];
    for (let c = node.firstChild; c; c = c.nextSibling)
        if (c.name === name || (group && c.type.is(name)))
            out.push(c);
    return out;
}
/**
 * The children of a tree's nodes, remembered by node. Lezer builds a new object at every step of a
 * walk (firstChild, nextSibling), which a decoding loop would pay for every node of its body in
 * every round. Here the children of a node are the same objects every time they are asked for, so
 * a body walked again, through this, is walked by lookups. A node reached another way is another
 * object and gets an entry of its own; past MAX_ENTRIES entries, they are forgotten.
 */
class ChildCache {
    map = new Map();
    /** The children of `node`, in order (the array is shared: not to be changed). */
    of(node) {
        let kids = this.map.get(node);
        if (kids === undefined) {
            kids = childrenAll(node);
            if (this.map.size >= CHILD_CACHE_ENTRIES)
                this.map.clear();
            this.map.set(node, kids);
        }
        return kids;
    }
    /** The first child of `node` of a type (as childOf). */
    first(node, name) {
        const group = GROUPS.has(name);
        for (const c of this.of(node))
            if (c.name === name || (group && c.type.is(name)))
                return c;
        return null;
    }
    get size() {
        return this.map.size;
    }
}
/** Nodes whose children a ChildCache keeps at most. */
const CHILD_CACHE_ENTRIES = 50_000;
/** Every child of `node`, in order. */
function childrenAll(node) {
    const out = [];
    for (let c = node.firstChild; c; c = c.nextSibling)
        out.push(c);
    return out;
}
/** Names of node groups (`Expression`): a node is of such a type without bearing its name. */
const GROUPS = new Set(dist/* parser */.K.nodeSet.types.flatMap((t) => t.prop(common_dist/* NodeProp */.uY.group) ?? []));
function nodeText(src, node) {
    return src.text.slice(node.from, node.to);
}
const SIMPLE_ESCAPES = {
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
};
/** The value of one Python string literal token, prefix and quotes included (`rb'..'`, `u"""..."""`). */
function stringLiteral(token) {
    let i = 0;
    let raw = false;
    let bytes = false;
    while (i < token.length && /[rRbBuUfF]/.test(token[i])) {
        const p = token[i].toLowerCase();
        if (p === 'r')
            raw = true;
        if (p === 'b')
            bytes = true;
        i++;
    }
    const q = token[i];
    const triple = token.startsWith(q + q + q, i);
    const open = triple ? 3 : 1;
    let body = token.slice(i + open);
    const close = triple ? q + q + q : q;
    if (body.endsWith(close))
        body = body.slice(0, body.length - close.length);
    const value = raw ? body : parse_unescape(body, bytes);
    return { value: bytes ? toLatin1Bytes(value) : value, bytes, raw };
}
/** Non-ASCII characters in a bytes literal are a syntax error in Python; keep one byte per char. */
function toLatin1Bytes(s) {
    // eslint-disable-next-line no-control-regex
    return /^[\x00-\xff]*$/.test(s) ? s : Buffer.from(s, 'utf8').toString('latin1');
}
/** The value of a hex digit's code, or -1 (NaN, past the end, included). */
function hexDigit(c) {
    if (c >= 48 && c <= 57)
        return c - 48;
    if (c >= 65 && c <= 70)
        return c - 55;
    if (c >= 97 && c <= 102)
        return c - 87;
    return -1;
}
function parse_unescape(body, bytes) {
    if (!body.includes('\\'))
        return body;
    // Code units go into a buffer, never more of them than the characters they come from: a payload
    // of 100,000 `\xNN` escapes becomes one string at the end, not a chain of 100,000 joins.
    const len = body.length;
    const out = new Uint16Array(len);
    let n = 0;
    let i = 0;
    while (i < len) {
        const c = body.charCodeAt(i);
        if (c !== 92 /* \ */ || i + 1 >= len) {
            out[n++] = c;
            i++;
            continue;
        }
        const e = body[i + 1];
        if (e === '\n') {
            i += 2;
            continue;
        }
        if (e === '\r') {
            i += body[i + 2] === '\n' ? 3 : 2;
            continue;
        }
        const simple = SIMPLE_ESCAPE_CODES.get(e);
        if (simple !== undefined) {
            out[n++] = simple;
            i += 2;
            continue;
        }
        if (e >= '0' && e <= '7') {
            let j = i + 1;
            let value = 0;
            for (let k = 0; k < 3 && j < len; k++, j++) {
                const d = body.charCodeAt(j) - 48;
                if (d < 0 || d > 7)
                    break;
                value = value * 8 + d;
            }
            out[n++] = value & (bytes ? 0xff : 0x1ff);
            i = j;
            continue;
        }
        const hexLen = e === 'x' ? 2 : !bytes && e === 'u' ? 4 : !bytes && e === 'U' ? 8 : 0;
        if (hexLen) {
            // exactly hexLen hex digits (a packed literal is often nothing but \xNN escapes)
            let cp = 0;
            let k = 0;
            for (; k < hexLen; k++) {
                const d = hexDigit(body.charCodeAt(i + 2 + k));
                if (d < 0)
                    break;
                cp = cp * 16 + d;
            }
            if (k === hexLen) {
                if (cp > 0x10ffff)
                    out[n++] = 0xfffd;
                else if (cp > 0xffff) {
                    out[n++] = 0xd800 + ((cp - 0x10000) >> 10);
                    out[n++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
                }
                else
                    out[n++] = cp;
                i += 2 + hexLen;
                continue;
            }
        }
        if (!bytes && e === 'N' && body[i + 2] === '{') {
            const end = body.indexOf('}', i + 3);
            if (end !== -1) {
                out[n++] = 0xfffd;
                i = end + 1;
                continue;
            }
        }
        out[n++] = c;
        out[n++] = body.charCodeAt(i + 1);
        i += 2;
    }
    return unitsToString(out, n);
}
const SIMPLE_ESCAPE_CODES = new Map(Object.entries(SIMPLE_ESCAPES).map(([k, v]) => [k, v.charCodeAt(0)]));
/** The first n code units of a buffer as a string, lone surrogates kept. */
function unitsToString(units, n) {
    const CHUNK = 8192;
    if (n <= CHUNK)
        return String.fromCharCode.apply(null, units.subarray(0, n));
    const parts = [];
    for (let at = 0; at < n; at += CHUNK)
        parts.push(String.fromCharCode.apply(null, units.subarray(at, Math.min(n, at + CHUNK))));
    return parts.join('');
}


/***/ })

};
