export const id = 179;
export const ids = [179];
export const modules = {

/***/ 1179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y0: () => (/* binding */ RULES),
  analyzeSdist: () => (/* binding */ analyzeSdist),
  analyzeSource: () => (/* binding */ analyzeSource),
  stripTopDirectory: () => (/* binding */ stripTopDirectory)
});

// UNUSED EXPORTS: ANALYZER_VERSION, MAX_FILES, MAX_PAYLOAD_DEPTH

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/analysis/memo.ts
// Results of pure functions of large strings, remembered for a while. A packed build script carries
// one huge literal that the interpreter decodes (b64decode, then .decode()) and that rules strip,
// test and decode again; each of those passes costs milliseconds per megabyte, and the second one
// is a lookup here. Short strings are recomputed: a lookup costs about as much as the work.
//
// Keys are compared by content (a Map of strings); a string seen again is usually the same object,
// whose hash V8 keeps, so a hit costs no pass over the text. Only pure functions may be memoized:
// anything that depends on a budget is charged by the caller on every use.
/** Strings shorter than this are not remembered. */
const MEMO_MIN_LENGTH = 16 * 1024;
/** Entries per memo; the oldest goes first. */
const MEMO_ENTRIES = 8;
const memos = new Set();
class LargeStringMemo {
    fn;
    minLength;
    entries;
    map = new Map();
    constructor(fn, minLength = MEMO_MIN_LENGTH, entries = MEMO_ENTRIES) {
        this.fn = fn;
        this.minLength = minLength;
        this.entries = entries;
        memos.add(this);
    }
    get(s) {
        if (s.length < this.minLength)
            return this.fn(s);
        if (this.map.has(s))
            return this.map.get(s);
        const v = this.fn(s);
        if (this.map.size >= this.entries)
            this.map.delete(this.map.keys().next().value);
        this.map.set(s, v);
        return v;
    }
    get size() {
        return this.map.size;
    }
    clear() {
        this.map.clear();
    }
}
/** Forgets every remembered result (after an analysis, so large strings are not kept alive). */
function clearMemos() {
    for (const m of memos)
        m.clear();
    DOTTED.clear();
    dottedCount = 0;
}
const DOTTED = new Map();
let dottedCount = 0;
/** Names joined by dotted(); past this many, they start again from none. */
const DOTTED_ENTRIES = 100_000;
/**
 * `base.name`, the same string object every time it is asked for. The interpreter builds the
 * qualified name of every call it evaluates (`builtins.chr` in every round of a decoding loop) and
 * looks it up in several tables; a string built afresh is hashed afresh for each of them.
 */
function dotted(base, name) {
    let inner = DOTTED.get(base);
    const known = inner?.get(name);
    if (known !== undefined)
        return known;
    const q = `${base}.${name}`;
    if (dottedCount >= DOTTED_ENTRIES) {
        DOTTED.clear();
        dottedCount = 0;
        inner = undefined;
    }
    if (!inner)
        DOTTED.set(base, (inner = new Map()));
    inner.set(name, q);
    dottedCount++;
    return q;
}

;// CONCATENATED MODULE: ./src/analysis/decode.ts
// Undoing the encodings build scripts hide payloads with. Byte strings are held one char per byte
// (latin1). Every decoder is bounded by a shared budget of output bytes, so a decompression bomb
// or a chain of decoders cannot run away.


/** Output of one decode step. */
const MAX_DECODE_OUTPUT = 2 * 1024 * 1024;
/** Output of all decode steps over one sdist. */
const MAX_DECODED_TOTAL = 16 * 1024 * 1024;
class DecodeBudget {
    total;
    used = 0;
    exhausted = false;
    constructor(total = MAX_DECODED_TOTAL) {
        this.total = total;
    }
    /** Charges `n` bytes; false (and marks the budget exhausted) when it does not fit. */
    charge(n) {
        if (this.used + n > this.total) {
            this.exhausted = true;
            return false;
        }
        this.used += n;
        return true;
    }
}
const fail = (reason) => ({ ok: false, reason });
const overLimit = (reason) => ({ ok: false, reason, limit: true });
function within(budget, value) {
    if (value.length > MAX_DECODE_OUTPUT)
        return overLimit(`output larger than ${MAX_DECODE_OUTPUT} bytes`);
    if (!budget.charge(value.length))
        return overLimit('decode budget exhausted');
    return { ok: true, value };
}
const toBuf = (s) => Buffer.from(s, 'latin1');
function base64Decode(input, budget, urlsafe = false, altchars) {
    const r = altchars && altchars.length >= 2 ? base64Bytes(input, urlsafe, altchars) : urlsafe ? BASE64_URLSAFE.get(input) : BASE64.get(input);
    return r.ok ? within(budget, r.value) : r;
}
/** The bytes of a base64 text, before any limit: pure, so a huge blob decoded twice is decoded once. */
function base64Bytes(input, urlsafe, altchars) {
    let s = input;
    if (altchars && altchars.length >= 2)
        s = s.split(altchars[0]).join('+').split(altchars[1]).join('/');
    if (urlsafe)
        s = s.replace(/-/g, '+').replace(/_/g, '/');
    // Python (validate=False) drops characters outside the alphabet, as Node does.
    const clean = /^[A-Za-z0-9+/=]*$/.test(s) ? s : s.replace(/[^A-Za-z0-9+/=]/g, '');
    if (clean.length === 0 && input.length > 0)
        return fail('no base64 characters');
    let end = clean.length;
    while (end > 0 && clean.charCodeAt(end - 1) === 61 /* = */)
        end--;
    const body = end === clean.length ? clean : clean.slice(0, end);
    if (body.length % 4 === 1)
        return fail('incorrect base64 padding');
    return { ok: true, value: Buffer.from(body, 'base64').toString('latin1') };
}
const BASE64 = new LargeStringMemo((s) => base64Bytes(s, false));
const BASE64_URLSAFE = new LargeStringMemo((s) => base64Bytes(s, true));
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function base32Decode(input, budget) {
    const s = input.replace(/=+$/, '').toUpperCase();
    let bits = 0;
    let acc = 0;
    const out = [];
    for (const ch of s) {
        const v = B32.indexOf(ch);
        if (v === -1)
            return fail(`not base32: ${JSON.stringify(ch)}`);
        acc = (acc << 5) | v;
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.push((acc >> bits) & 0xff);
        }
        if (out.length > MAX_DECODE_OUTPUT)
            break;
    }
    return within(budget, Buffer.from(out).toString('latin1'));
}
function hexDecode(input, budget, allowSpaces = false) {
    const s = allowSpaces ? input.replace(/\s+/g, '') : input;
    if (s.length % 2 !== 0)
        return fail('odd-length hex string');
    if (!/^[0-9a-fA-F]*$/.test(s))
        return fail('not hexadecimal');
    return within(budget, Buffer.from(s, 'hex').toString('latin1'));
}
const B85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';
function base85(input, alphabet, budget, ascii85) {
    let s = input;
    if (ascii85) {
        s = s.replace(/\s+/g, '');
        if (s.startsWith('<~'))
            s = s.slice(2);
        if (s.endsWith('~>'))
            s = s.slice(0, -2);
        s = s.replace(/z/g, '!!!!!');
    }
    const out = [];
    for (let i = 0; i < s.length; i += 5) {
        const chunk = s.slice(i, i + 5);
        const pad = 5 - chunk.length;
        let acc = 0;
        for (let j = 0; j < 5; j++) {
            const ch = j < chunk.length ? chunk[j] : alphabet[84];
            const v = alphabet.indexOf(ch);
            if (v === -1)
                return fail(`not base85: ${JSON.stringify(ch)}`);
            acc = acc * 85 + v;
        }
        if (acc > 0xffffffff)
            return fail('base85 group out of range');
        const bytes = [(acc >>> 24) & 0xff, (acc >>> 16) & 0xff, (acc >>> 8) & 0xff, acc & 0xff];
        out.push(...bytes.slice(0, 4 - pad));
        if (out.length > MAX_DECODE_OUTPUT)
            break;
    }
    return within(budget, Buffer.from(out).toString('latin1'));
}
function base85Decode(input, budget) {
    return base85(input, B85, budget, false);
}
const A85 = Array.from({ length: 85 }, (_, i) => String.fromCharCode(33 + i)).join('');
function ascii85Decode(input, budget) {
    return base85(input, A85, budget, true);
}
function rot13(s) {
    return s.replace(/[a-zA-Z]/g, (c) => {
        const base = c <= 'Z' ? 65 : 97;
        return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
    });
}
/** zlib.decompress: zlib-wrapped by default; `wbits` picks raw deflate (< 0) or gzip (> 16). */
function zlibDecompress(input, budget, wbits) {
    const buf = toBuf(input);
    const opts = { maxOutputLength: MAX_DECODE_OUTPUT };
    const attempts = wbits !== undefined && wbits < 0
        ? [() => (0,external_node_zlib_.inflateRawSync)(buf, opts)]
        : wbits !== undefined && wbits > 16
            ? [() => (0,external_node_zlib_.gunzipSync)(buf, opts), () => (0,external_node_zlib_.inflateSync)(buf, opts)]
            : [() => (0,external_node_zlib_.inflateSync)(buf, opts), () => (0,external_node_zlib_.gunzipSync)(buf, opts), () => (0,external_node_zlib_.inflateRawSync)(buf, opts)];
    let last = 'not compressed data';
    for (const attempt of attempts) {
        try {
            return within(budget, attempt().toString('latin1'));
        }
        catch (e) {
            last = e.message;
            if (e.code === 'ERR_BUFFER_TOO_LARGE')
                return overLimit(`inflates to more than ${MAX_DECODE_OUTPUT} bytes`);
        }
    }
    return fail(last);
}
function gzipDecompress(input, budget) {
    return zlibDecompress(input, budget, 31);
}
function brotliDecompress(input, budget) {
    try {
        return within(budget, (0,external_node_zlib_.brotliDecompressSync)(toBuf(input), { maxOutputLength: MAX_DECODE_OUTPUT }).toString('latin1'));
    }
    catch (e) {
        if (e.code === 'ERR_BUFFER_TOO_LARGE')
            return overLimit(`inflates to more than ${MAX_DECODE_OUTPUT} bytes`);
        return fail(e.message);
    }
}
/** Bytes (latin1 chars) to text, as `.decode(encoding)` would. */
function bytesToText(bytes, encoding = 'utf-8') {
    const enc = encoding.toLowerCase().replace(/_/g, '-');
    const buf = toBuf(bytes);
    if (enc === 'utf-8' || enc === 'utf8' || enc === 'u8' || enc === 'ascii' || enc === 'us-ascii')
        return buf.toString('utf8');
    if (enc === 'latin-1' || enc === 'latin1' || enc === 'iso-8859-1' || enc === 'cp1252')
        return bytes;
    if (enc === 'utf-16-le' || enc === 'utf-16le' || enc === 'utf-16' || enc === 'utf16') {
        const b = buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe ? buf.subarray(2) : buf;
        return b.toString('utf16le');
    }
    return undefined;
}
/** Text to bytes (latin1 chars), as `.encode(encoding)` would. */
function textToBytes(text, encoding = 'utf-8') {
    const enc = encoding.toLowerCase().replace(/_/g, '-');
    if (enc === 'utf-16-le' || enc === 'utf-16le')
        return Buffer.from(text, 'utf16le').toString('latin1');
    if (enc === 'latin-1' || enc === 'latin1' || enc === 'iso-8859-1')
        return text;
    return Buffer.from(text, 'utf8').toString('latin1');
}
// Recognizing what a string is ------------------------------------------------------------------
/** The text without its whitespace (a blob wrapped over many lines), the same string when it has none. */
function stripWhitespace(s) {
    return STRIPPED.get(s);
}
const STRIPPED = new LargeStringMemo((s) => (/\s/.test(s) ? s.replace(/\s+/g, '') : s));
function looksLikeBase64(s, minLength = 40) {
    if (s.length < minLength)
        return false;
    return BASE64_SHAPED.get(stripWhitespace(s));
}
const BASE64_SHAPED = new LargeStringMemo(base64Shaped);
/** Standard or url-safe base64, at most two `=` at the end, mixing digits, lower and upper case. */
function base64Shaped(t) {
    if (!inAlphabet(t, OUTSIDE_STANDARD) && !inAlphabet(t, OUTSIDE_URL_SAFE))
        return false;
    // Identifiers and words are base64-shaped too; real blobs mix cases and digits.
    return /[0-9]/.test(t) && /[a-z]/.test(t) && /[A-Z]/.test(t) && !/^[a-z_]+$/i.test(t);
}
// Characters outside each alphabet and its padding. Searching for one is a single pass the regex
// engine makes four times faster than matching `^[...]+={0,2}$`, whose loop keeps a place to step
// back to for every character of a megabyte blob.
const OUTSIDE_STANDARD = /[^A-Za-z0-9+/=]/;
const OUTSIDE_URL_SAFE = /[^A-Za-z0-9_=-]/;
/** `^[alphabet]+={0,2}$`: letters of the alphabet, then at most two `=` and nothing after them. */
function inAlphabet(t, outside) {
    if (t.length === 0 || t.charCodeAt(0) === 61 /* = */ || outside.test(t))
        return false;
    const pad = t.indexOf('=');
    if (pad === -1)
        return true;
    if (pad < t.length - 2)
        return false;
    return pad === t.length - 1 || t.charCodeAt(t.length - 1) === 61;
}
function looksLikeHex(s, minLength = 64) {
    return s.length >= minLength && s.length % 2 === 0 && /^[0-9a-fA-F]+$/.test(s) && /[a-fA-F]/.test(s) && /[0-9]/.test(s);
}
/** Share of characters that are printable text. */
function textRatio(s) {
    if (s.length === 0)
        return 1;
    let ok = 0;
    const n = Math.min(s.length, 4096);
    for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        if ((c >= 32 && c < 127) || c === 9 || c === 10 || c === 13 || c >= 160)
            ok++;
    }
    return ok / n;
}
function isText(s) {
    return textRatio(s) > 0.95;
}
/** Windows PE, ELF or Mach-O headers. */
function executableKind(s) {
    if (s.startsWith('MZ') && s.length > 64)
        return 'a Windows executable';
    if (s.startsWith('\x7fELF'))
        return 'a Linux executable';
    const m = s.slice(0, 4);
    if (m === '\xcf\xfa\xed\xfe' || m === '\xce\xfa\xed\xfe' || m === '\xca\xfe\xba\xbe')
        return 'a macOS executable';
    return undefined;
}
/** Python source, roughly: statements and calls a payload would have. */
function looksLikePython(text) {
    if (!isText(text) || text.length < 4)
        return false;
    // the opening of a file shows whether it is code; bounding it bounds the regex cost
    const s = text.length > 8192 ? text.slice(0, 8192) : text;
    return /(^|\n|;)\s*(import\s+[\w.]+|from\s+[\w.]+\s+import\b|def\s+\w+\s*\(|class\s+\w+|exec\s*\(|eval\s*\()/.test(s) || /\b[\w.]+\s*\(.{0,200}\)/.test(s);
}
/** Bytes (latin1 chars) as UTF-8 text, or as they are when they are text that is not UTF-8. */
function decodeUtf8Maybe(bytes) {
    return UTF8_MAYBE.get(bytes);
}
const UTF8_MAYBE = new LargeStringMemo(utf8Maybe);
/** Characters isText() looks at, and bytes of UTF-8 enough to give more than that many. */
const TEXT_PROBE = 4096;
const TEXT_PROBE_BYTES = 4 * TEXT_PROBE + 16;
/**
 * The first `chars` characters of decodeUtf8Maybe(bytes), without decoding megabytes of binary to
 * show its start (bytes that are not text read as their UTF-8 decoding, as in decodedIsText).
 */
function decodedHead(bytes, chars) {
    const probe = 4 * chars + 16;
    if (bytes.length > probe && !isText(bytes)) {
        const head = toBuf(bytes.slice(0, probe)).toString('utf8');
        if (head.length > chars + 1)
            return head.slice(0, chars);
    }
    return decodeUtf8Maybe(bytes).slice(0, chars);
}
/**
 * isText(decodeUtf8Maybe(bytes)), without decoding megabytes of binary (an embedded executable)
 * to learn that its start is not text. Bytes that are not text read as their UTF-8 decoding, whose
 * first characters the decoding of the first bytes gives (a sequence cut at the end of those is
 * one more character, past the ones looked at).
 */
function decodedIsText(bytes) {
    if (bytes.length > TEXT_PROBE_BYTES && !isText(bytes)) {
        const head = toBuf(bytes.slice(0, TEXT_PROBE_BYTES)).toString('utf8');
        if (head.length > TEXT_PROBE + 1)
            return isText(head.slice(0, TEXT_PROBE));
    }
    return isText(decodeUtf8Maybe(bytes));
}
function utf8Maybe(bytes) {
    const t = bytesToText(bytes, 'utf-8') ?? bytes;
    return t.includes('\ufffd') && isText(bytes) ? bytes : t;
}

;// CONCATENATED MODULE: ./src/analysis/model.ts
// The facts derived from one unit of build-time code (a file, or a payload decoded from one), and
// the shape of a rule that reads them.
/** A unit with no facts yet: the fields that say what the unit is are the caller's. */
function emptyFacts(unit) {
    return {
        ...unit,
        calls: [],
        strings: [],
        decodes: [],
        payloads: [],
        opaque: [],
        refs: [],
        imports: [],
        dynamic: [],
        cmdclass: [],
        commands: [],
        identifiers: new Map(),
        execFiles: [],
        sysPath: [],
        loads: [],
        limits: [],
    };
}
/** The scope config strings that are build requirements carry. */
const BUILD_REQUIRES_SCOPE = 'the build requirements';

// EXTERNAL MODULE: ./src/analysis/parse.ts + 1 modules
var parse = __webpack_require__(9640);
;// CONCATENATED MODULE: ./src/analysis/values.ts
// The abstract values the fact extractor computes for Python expressions: known strings and numbers
// (constant folding), containers, references to modules and functions (qualified names), and
// unknown values that still carry where their data came from (taint).
/** Where data came from. A value carries the union of the sources it was built from. */
const Taint = {
    /** Produced by undoing an encoding of a constant (base64, hex, rot13, zlib, chr lists, reversing). */
    DECODED: 1 << 0,
    /** Read from the network (a response body, a socket). */
    NETWORK: 1 << 1,
    /** One environment variable. */
    ENV: 1 << 2,
    /** Who and where the host is: host name, user name, working directory, addresses. */
    IDENTITY: 1 << 3,
    /** Read from a place that holds secrets: browser profiles, `.ssh`, wallets, tokens, clipboard. */
    SECRET: 1 << 4,
    /** Read from a file that ships in the sdist, named by a constant path. */
    LOCAL_FILE: 1 << 5,
    /** Read from a file that is not known to ship in the sdist. */
    FILE: 1 << 6,
    /** Produced by a decoder this analysis cannot reproduce: marshal, pickle, Fernet, lzma, bz2. */
    OPAQUE: 1 << 7,
    /** A function parameter whose callers were not seen. */
    PARAM: 1 << 8,
    /** The whole environment (`os.environ` as a mapping, `dict(os.environ)`). */
    ENV_ALL: 1 << 9,
    /** The output of a process. */
    PROCESS: 1 << 10,
};
const TAINT_NAMES = [
    [Taint.DECODED, 'decoded from a constant'],
    [Taint.NETWORK, 'downloaded'],
    [Taint.ENV, 'an environment variable'],
    [Taint.IDENTITY, 'host identity'],
    [Taint.SECRET, 'secrets'],
    [Taint.LOCAL_FILE, 'a file in the sdist'],
    [Taint.FILE, 'a file'],
    [Taint.OPAQUE, 'an opaque decoder'],
    [Taint.PARAM, 'a parameter'],
    [Taint.ENV_ALL, 'the whole environment'],
    [Taint.PROCESS, 'process output'],
];
function describeTaint(t) {
    return TAINT_NAMES.filter(([bit]) => t & bit).map(([, name]) => name).join(', ');
}
/** Placeholder for the unknown parts of a partly known string. */
const HOLE = '\ufffc';
const UNKNOWN = { k: 'unknown', t: 0 };
function unknown(t = 0) {
    return t === 0 ? UNKNOWN : { k: 'unknown', t };
}
function str(s, t = 0, extra) {
    return { k: 'str', s, t, ...extra };
}
function num(n) {
    return { k: 'num', n, t: 0 };
}
/** Items of one container looked at when gathering taint; huge constant tables carry none. */
const TAINT_SCAN_ITEMS = 10_000;
/** The taint of a value and everything inside it. */
function deepTaint(v, depth = 0) {
    let t = v.t;
    if (depth > 6)
        return t;
    if (v.k === 'seq') {
        const n = Math.min(v.items.length, TAINT_SCAN_ITEMS);
        for (let i = 0; i < n; i++)
            t |= deepTaint(v.items[i], depth + 1);
    }
    else if (v.k === 'dict') {
        const n = Math.min(v.values.length, TAINT_SCAN_ITEMS);
        for (let i = 0; i < n; i++)
            t |= deepTaint(v.values[i], depth + 1);
    }
    else if (v.k === 'obj' && v.path)
        t |= deepTaint(v.path, depth + 1);
    return t;
}
function knownStr(v) {
    return v && v.k === 'str' && !v.partial ? v.s : undefined;
}
/** Every string reachable in a value (list items, dict values), partial ones included. */
function stringsIn(v, out = [], depth = 0, limit = 2000) {
    if (!v || depth > 6 || out.length >= limit)
        return out;
    if (v.k === 'str')
        out.push(v);
    else if (v.k === 'seq')
        for (const i of v.items)
            stringsIn(i, out, depth + 1, limit);
    else if (v.k === 'dict') {
        for (const k of v.keys)
            if (k !== undefined)
                out.push(str(k, 0, { lit: true }));
        for (const i of v.values)
            stringsIn(i, out, depth + 1, limit);
    }
    else if (v.k === 'obj' && v.path)
        stringsIn(v.path, out, depth + 1, limit);
    return out;
}
/** A short, printable rendering of a value for evidence. */
function show(v, max = 200) {
    if (!v)
        return '?';
    let s;
    switch (v.k) {
        case 'str':
            s = JSON.stringify(printable(v.s.length > max ? v.s.slice(0, max) : v.s)).replaceAll(HOLE, '…');
            if (v.b)
                s = 'b' + s;
            break;
        case 'num':
            s = String(v.n);
            break;
        case 'const':
            s = v.v;
            break;
        case 'seq': {
            const inner = v.items.slice(0, 12).map((i) => show(i, 60)).join(', ');
            s = v.tuple ? `(${inner})` : `[${inner}${v.items.length > 12 ? ', …' : ''}]`;
            break;
        }
        case 'dict':
            s = `{${v.keys.slice(0, 8).map((k, i) => `${k === undefined ? '…' : JSON.stringify(k)}: ${show(v.values[i], 40)}`).join(', ')}}`;
            break;
        case 'ref':
            s = v.q;
            break;
        case 'obj':
            s = v.q;
            break;
        default:
            s = v.t ? `<${describeTaint(v.t)}>` : '<unknown>';
    }
    return s.length > max ? s.slice(0, max) + '…' : s;
}
/** Replaces control and non-printable characters so evidence stays on one readable line. */
function printable(s) {
    // eslint-disable-next-line no-control-regex
    return s.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
function truthyKnown(v) {
    if (v.k === 'const')
        return v.v === 'True';
    if (v.k === 'num')
        return v.n !== 0;
    if (v.k === 'str' && !v.partial)
        return v.s.length > 0;
    return undefined;
}
/** A value with more sources of data. */
function withMoreTaint(v, t) {
    if (!t || (v.t & t) === t)
        return v;
    return { ...v, t: v.t | t };
}
/** One value for several that a name may hold (branches, returns): the first known, with all their taint. */
function mergeValues(vals) {
    if (vals.length === 1)
        return vals[0];
    const firstKnown = vals.find((v) => v.k !== 'unknown' && !(v.k === 'const' && v.v === 'None')) ?? vals[0];
    let t = 0;
    for (const v of vals)
        t |= deepTaint(v);
    return withMoreTaint(firstKnown, t);
}

;// CONCATENATED MODULE: ./src/analysis/flat-scan.ts
// Files that could not be parsed (nesting CPython itself refuses, size or parse budgets) still
// give the string-based rules something: their string literals and identifiers, found by a
// tokenizer-level scan without structure.


/** For files that could not be parsed: their string literals and identifiers, without structure. */
function scanFlat(src, facts, entry) {
    const where = { scope: 'top-level', entry };
    const text = src.text;
    const n = text.length;
    let strings = 0;
    let i = 0;
    while (i < n) {
        const c = text[i];
        if (c === '#') {
            const nl = text.indexOf('\n', i);
            i = nl === -1 ? n : nl;
            continue;
        }
        if (c === '"' || c === "'") {
            i = scanString(i, i);
            continue;
        }
        if (/[A-Za-z_\u00a1-\uffff]/.test(c)) {
            let j = i + 1;
            while (j < n && /[\w\u00a1-\uffff]/.test(text[j]))
                j++;
            const word = text.slice(i, j);
            // a string prefix (`rb"..."`) rather than a name
            if (j < n && (text[j] === '"' || text[j] === "'") && /^[rRbBuUfF]{1,2}$/.test(word)) {
                i = scanString(i, j);
                continue;
            }
            if (facts.identifiers.size < 50_000 && !facts.identifiers.has(word))
                facts.identifiers.set(word, src.lines.lineOf(i));
            i = j;
            continue;
        }
        i++;
    }
    /** Records the literal starting at `start` whose quote is at `q0`; returns the offset after it. */
    function scanString(start, q0) {
        const quote = text[q0];
        const triple = text.startsWith(quote.repeat(3), q0);
        const close = triple ? quote.repeat(3) : quote;
        let end = q0 + close.length;
        while (end < n) {
            if (text[end] === '\\')
                end += 2;
            else if (text.startsWith(close, end))
                break;
            else if (!triple && text[end] === '\n')
                break;
            else
                end++;
        }
        const stop = Math.min(n, end + close.length);
        if (strings++ < 100_000) {
            const lit = (0,parse/* stringLiteral */.Hg)(text.slice(start, stop));
            if (lit.value.length > 0)
                facts.strings.push({ value: str(lit.value, 0, { b: lit.bytes || undefined }), line: src.lines.lineOf(start), where, kind: 'literal' });
        }
        return stop;
    }
}

;// CONCATENATED MODULE: ./src/analysis/catalog.ts
// Qualified names of the Python APIs the rules care about, in one place so that the fact
// extractor and the rules agree on them.
/** Functions that start a process; `cmd` is the index of the argument naming the command. */
const PROCESS_CALLS = {
    'subprocess.Popen': { cmd: 0, kw: 'args' },
    'subprocess.call': { cmd: 0, kw: 'args' },
    'subprocess.run': { cmd: 0, kw: 'args' },
    'subprocess.check_call': { cmd: 0, kw: 'args' },
    'subprocess.check_output': { cmd: 0, kw: 'args' },
    'subprocess.getoutput': { cmd: 0, shell: true, kw: 'cmd' },
    'subprocess.getstatusoutput': { cmd: 0, shell: true, kw: 'cmd' },
    'os.system': { cmd: 0, shell: true, kw: 'command' },
    'os.popen': { cmd: 0, shell: true, kw: 'cmd' },
    'os.popen2': { cmd: 0, shell: true },
    'os.popen3': { cmd: 0, shell: true },
    'os.popen4': { cmd: 0, shell: true },
    'commands.getoutput': { cmd: 0, shell: true },
    'commands.getstatusoutput': { cmd: 0, shell: true },
    'popen2.popen2': { cmd: 0, shell: true },
    'popen2.popen3': { cmd: 0, shell: true },
    'os.startfile': { cmd: 0 },
    'os.execl': { cmd: 0 },
    'os.execle': { cmd: 0 },
    'os.execlp': { cmd: 0 },
    'os.execlpe': { cmd: 0 },
    'os.execv': { cmd: 0 },
    'os.execve': { cmd: 0 },
    'os.execvp': { cmd: 0 },
    'os.execvpe': { cmd: 0 },
    'os.spawnl': { cmd: 1 },
    'os.spawnle': { cmd: 1 },
    'os.spawnlp': { cmd: 1 },
    'os.spawnlpe': { cmd: 1 },
    'os.spawnv': { cmd: 1 },
    'os.spawnve': { cmd: 1 },
    'os.spawnvp': { cmd: 1 },
    'os.spawnvpe': { cmd: 1 },
    'os.posix_spawn': { cmd: 0 },
    'os.posix_spawnp': { cmd: 0 },
    'pty.spawn': { cmd: 0 },
    'asyncio.create_subprocess_shell': { cmd: 0, shell: true },
    'asyncio.create_subprocess_exec': { cmd: 0 },
    'distutils.spawn.spawn': { cmd: 0 },
    'win32api.ShellExecute': { cmd: 2 },
    'win32api.WinExec': { cmd: 0, shell: true },
    'win32process.CreateProcess': { cmd: 1 },
    'ctypes.windll.shell32.ShellExecuteW': { cmd: 2 },
    'ctypes.windll.shell32.ShellExecuteA': { cmd: 2 },
    'ctypes.windll.kernel32.WinExec': { cmd: 0, shell: true },
    // setuptools' Command.spawn, reached through `self.spawn([...])` in a command class
    'setuptools.Command.spawn': { cmd: 0 },
};
/** Calls whose result is code run in this interpreter. */
const EXEC_CALLS = {
    'builtins.exec': { code: 0, kw: 'source' },
    'builtins.eval': { code: 0, kw: 'source' },
    'builtins.compile': { code: 0, kw: 'source' },
    'builtins.execfile': { code: 0 },
    'runpy.run_path': { code: 0, kw: 'path_name' },
    'runpy.run_module': { code: 0, kw: 'mod_name' },
    'code.InteractiveInterpreter.runsource': { code: 0 },
    'code.InteractiveInterpreter.runcode': { code: 0 },
    'code.InteractiveConsole.push': { code: 0 },
    'imp.load_source': { code: 1 },
    'types.FunctionType': { code: 0 },
};
/** Calls that make network requests (or open connections); prefixes end with a dot. */
const NETWORK_PREFIXES = [
    'requests.',
    'urllib.request.',
    'urllib.urlopen',
    'urllib.urlretrieve',
    'urllib.URLopener',
    'urllib.FancyURLopener',
    'urllib2.',
    'urllib3.',
    'http.client.',
    'httplib.',
    'httplib2.',
    'httpx.',
    'aiohttp.',
    'pycurl.',
    'ftplib.',
    'smtplib.',
    'telnetlib.',
    'websocket.',
    'websockets.',
    'paramiko.',
    'dns.resolver.',
    'wget.',
    'discord_webhook.',
    'dhooks.',
    'telebot.',
    'telegram.',
    'tornado.httpclient.',
    'xmlrpc.client.',
    'xmlrpclib.',
    'mechanize.',
    'pip._vendor.requests.',
];
/** Network calls that are not merely imports of a networking module's helpers. */
const NETWORK_NOT_REQUESTS = [
    /^urllib\.request\.(pathname2url|url2pathname|quote|unquote|getproxies)/,
    /^requests\.(exceptions|utils|structures|compat|codes|adapters)\./,
    /^urllib3\.(exceptions|util)\./,
    /^http\.client\.(responses|HTTPException)/,
];
const SOCKET_CONNECT = new Set([
    'socket.socket.connect',
    'socket.socket().connect',
    'socket.socket().connect_ex',
    'socket.socket().sendto',
    'socket.create_connection',
    'socket.getaddrinfo',
    'socket.gethostbyname',
    'socket.gethostbyname_ex',
    'ssl.wrap_socket',
]);
/** Methods of client objects that talk to the network (not `.read()` of a response). */
const NETWORK_METHODS = /\.(connect|connect_ex|send|sendall|sendto|sendmail|send_message|request|get|post|put|patch|delete|head|open|urlopen|retrieve|retrbinary|retrlines|storbinary|storlines|putrequest|endheaders|execute|sendMessage|sendDocument|fetch|download|resolve|query)$/;
function isNetworkCall(q) {
    if (q.startsWith('socket.socket().') && /\.(connect|connect_ex|sendto|send|sendall)$/.test(q))
        return true;
    // a TLS socket: `ssl.SSLContext().wrap_socket(s).connect(...)`, `ssl.wrap_socket(s).send(...)`
    if (/\bwrap_socket\(\)\.(connect|connect_ex|send|sendall|sendto|write)$/.test(q))
        return true;
    if (/^socket\.(create_connection|socketpair|fromfd)\(\)\.(send|sendall|sendto|sendmsg)$/.test(q))
        return true;
    if (SOCKET_CONNECT.has(q))
        return true;
    if (!NETWORK_PREFIXES.some((p) => q === p || q.startsWith(p)))
        return false;
    if (q.includes('().') && !NETWORK_METHODS.test(q))
        return false;
    return !NETWORK_NOT_REQUESTS.some((re) => re.test(q));
}
/** Calls that tell who or where the host is. */
const IDENTITY_CALLS = new Set([
    'socket.gethostname',
    'socket.getfqdn',
    'platform.node',
    'platform.uname',
    'os.uname',
    'getpass.getuser',
    'os.getlogin',
    'os.getcwd',
    'os.getcwdb',
    'pathlib.Path.cwd',
    'uuid.getnode',
    'win32api.GetUserName',
    'win32api.GetComputerName',
    'socket.if_nameindex',
    'netifaces.interfaces',
    'netifaces.ifaddresses',
    'psutil.users',
    'pwd.getpwuid',
]);
/** Environment variables whose values say who the host is. */
const IDENTITY_ENV = /^(USER|USERNAME|LOGNAME|COMPUTERNAME|HOSTNAME|USERDOMAIN|USERPROFILE|HOME|PWD)$/i;
/** Environment variables that hold credentials. */
const SECRET_ENV = /(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|CREDENTIAL|AUTH|PRIVATE_?KEY|SESSION)/i;
/** Calls that read the clipboard. */
const CLIPBOARD_CALLS = new Set([
    'pyperclip.paste',
    'win32clipboard.GetClipboardData',
    'clipboard.paste',
    'tkinter.Tk().clipboard_get',
    'Tkinter.Tk().clipboard_get',
]);
/** Decoders this analysis cannot reproduce: their output is opaque evidence in itself. */
const OPAQUE_DECODERS = {
    'marshal.loads': 'marshal',
    'pickle.loads': 'pickle',
    'cPickle.loads': 'pickle',
    'dill.loads': 'pickle',
    'lzma.decompress': 'lzma',
    'bz2.decompress': 'bz2',
    'cryptography.fernet.Fernet().decrypt': 'Fernet',
    'Crypto.Cipher.AES.new().decrypt': 'AES',
    'Cryptodome.Cipher.AES.new().decrypt': 'AES',
    'pyaes.AESModeOfOperationCTR().decrypt': 'AES',
};
/** Modules whose presence at build time means installing or loading other code. */
const PIP_CALLS = new Set(['pip.main', 'pip._internal.main', 'pip._internal.cli.main.main', 'pip._internal.main.main']);
/** Well-known names a star import can bring in, by module. */
const STAR_EXPORTS = {
    os: ['system', 'popen', 'remove', 'unlink', 'environ', 'getenv', 'getcwd', 'getlogin', 'startfile', 'execv', 'execl', 'path', 'listdir', 'walk', 'rename', 'makedirs', 'chmod', 'uname'],
    subprocess: ['Popen', 'call', 'run', 'check_call', 'check_output', 'getoutput', 'PIPE', 'STDOUT', 'DEVNULL', 'CREATE_NO_WINDOW', 'STARTUPINFO'],
    base64: ['b64decode', 'b64encode', 'b32decode', 'b16decode', 'b85decode', 'a85decode', 'urlsafe_b64decode', 'decodebytes', 'decodestring'],
    socket: ['socket', 'gethostname', 'gethostbyname', 'create_connection', 'AF_INET', 'SOCK_STREAM', 'SOCK_DGRAM'],
    'urllib.request': ['urlopen', 'urlretrieve', 'Request', 'build_opener'],
    urllib2: ['urlopen', 'Request', 'build_opener'],
    requests: ['get', 'post', 'put', 'request', 'Session'],
    zlib: ['decompress'],
    binascii: ['unhexlify', 'a2b_hex', 'a2b_base64'],
    codecs: ['decode', 'encode'],
    marshal: ['loads'],
    platform: ['node', 'uname', 'system'],
    getpass: ['getuser'],
    shutil: ['copy', 'copyfile', 'copy2', 'move', 'rmtree'],
};
/** Base classes that make a class a setuptools/distutils command. */
function isCommandBase(q) {
    return (q.startsWith('setuptools.command.') ||
        q.startsWith('distutils.command.') ||
        q.startsWith('numpy.distutils.command.') ||
        q.startsWith('wheel.bdist_wheel.') ||
        q.startsWith('Cython.Distutils.') ||
        q === 'setuptools.Command' ||
        q === 'distutils.core.Command' ||
        q === 'distutils.cmd.Command' ||
        q === 'setuptools.Command' ||
        q === 'Cython.Build.build_ext');
}
/** Base classes of build hooks whose methods the build backend calls. */
function isHookBase(q) {
    return q.startsWith('hatchling.') || q.startsWith('pdm.backend.') || q.startsWith('poetry.core.') || q.startsWith('scikit_build_core.');
}
/** Builtins the evaluator resolves as `builtins.<name>` when no local binding shadows them. */
const BUILTINS = new Set([
    'exec', 'eval', 'compile', 'execfile', 'open', 'file', '__import__', 'getattr', 'setattr', 'hasattr', 'globals', 'locals', 'vars',
    'chr', 'unichr', 'ord', 'str', 'unicode', 'bytes', 'bytearray', 'int', 'float', 'len', 'list', 'tuple', 'dict', 'set', 'frozenset',
    'map', 'filter', 'zip', 'range', 'xrange', 'enumerate', 'reversed', 'sorted', 'sum', 'min', 'max', 'abs', 'hex', 'oct', 'bin', 'repr',
    'print', 'input', 'raw_input', 'type', 'object', 'isinstance', 'issubclass', 'callable', 'iter', 'next', 'any', 'all', 'format',
    'reload', 'id', 'hash', 'round', 'pow', 'divmod', 'super', 'property', 'staticmethod', 'classmethod', 'memoryview', 'breakpoint',
    'Exception', 'BaseException', 'ImportError', 'OSError', 'IOError', 'ValueError', 'KeyError', 'RuntimeError', 'SystemExit',
    'AttributeError', 'TypeError', 'NameError', 'IndexError', 'StopIteration', 'NotImplementedError', 'EnvironmentError',
    'FileNotFoundError', 'PermissionError', 'KeyboardInterrupt', 'Warning', 'DeprecationWarning', 'UserWarning', 'SyntaxError',
    'UnicodeDecodeError', 'UnicodeEncodeError', '__builtins__', '__file__', '__name__', '__doc__',
]);

;// CONCATENATED MODULE: ./src/analysis/commands.ts
// The command line a process call runs, as far as it is known, and what kind of program it names.


function itemText(v) {
    if (v.k === 'str')
        return v.s;
    if (v.k === 'num')
        return String(v.n);
    if (v.k === 'ref' && (v.q === 'sys.executable' || v.q === 'sys._base_executable'))
        return 'python';
    if (v.k === 'obj' && v.path && v.path.k === 'str')
        return v.path.s;
    return HOLE;
}
/** Splits a shell command line into words, honouring quotes. */
function shellWords(s) {
    const out = [];
    let cur = '';
    let quote = '';
    let has = false;
    for (const ch of s) {
        if (quote) {
            if (ch === quote)
                quote = '';
            else
                cur += ch;
            continue;
        }
        if (ch === '"' || ch === "'") {
            quote = ch;
            has = true;
            continue;
        }
        if (/\s/.test(ch)) {
            if (cur || has)
                out.push(cur);
            cur = '';
            has = false;
            continue;
        }
        cur += ch;
    }
    if (cur || has)
        out.push(cur);
    return out;
}
function programName(word) {
    const base = word.replace(/\\/g, '/').split('/').pop() ?? word;
    return base.toLowerCase().replace(/\.(exe|cmd|bat|com)$/, '').replace(/^"|"$/g, '');
}
function commandOf(call) {
    const spec = PROCESS_CALLS[call.callee];
    if (!spec)
        return undefined;
    const first = call.args[spec.cmd] ?? (spec.kw ? call.kwargs[spec.kw] : undefined);
    if (!first)
        return undefined;
    const isExecFamily = /^os\.(exec|spawn|posix_spawn)/.test(call.callee);
    let parts;
    if (isExecFamily) {
        // os.execv(path, argv) / os.execl(path, arg0, arg1, ...): the program, then its argv
        const rest = call.args.slice(spec.cmd + 1);
        const argv = rest.length === 1 && rest[0].k === 'seq' ? rest[0].items.slice(1) : rest.slice(1);
        parts = [first, ...argv.filter((v) => v.k !== 'dict')];
    }
    else if (first.k === 'seq')
        parts = first.items;
    else
        parts = [first];
    let t = 0;
    for (const p of parts)
        t |= deepTaint(p);
    const texts = parts.map(itemText);
    const shellKw = call.kwargs.shell;
    const shell = !!spec.shell || (shellKw?.k === 'const' && shellKw.v === 'True') || (parts.length === 1 && first.k === 'str' && /\s/.test(first.s));
    const argv = parts.length === 1 && first.k === 'str' ? shellWords(texts[0]) : texts;
    const text = parts.length === 1 ? texts[0] : texts.map((w) => (/\s/.test(w) ? `"${w}"` : w)).join(' ');
    const known = !text.includes(HOLE) && !parts.some((p) => p.k === 'str' && p.partial);
    let program = argv[0] ? programName(argv[0]) : '';
    // `cmd /c x`, `sh -c x` and `env X=1 x` run the next word
    for (let i = 0; i < 3 && ['cmd', 'env', 'nohup', 'sudo', 'start', 'call'].includes(program) && argv.length > 1; i++) {
        const next = argv.findIndex((w, j) => j > 0 && !w.startsWith('/') && !w.startsWith('-') && !w.includes('='));
        if (next === -1 || program === 'start')
            break;
        program = programName(argv[next]);
    }
    return { argv, text, shell, known, t, program };
}
/** Programs that ordinary build scripts run to configure, compile or describe the build. */
const BUILD_TOOLS = new Set([
    'git', 'hg', 'svn', 'bzr', 'pkg-config', 'pkgconf', 'cmake', 'make', 'gmake', 'nmake', 'ninja', 'meson', 'scons', 'gcc', 'g++', 'cc', 'c++',
    'clang', 'clang++', 'cl', 'link', 'lib', 'nvcc', 'hipcc', 'icc', 'icpc', 'gfortran', 'f2py', 'cython', 'cythonize', 'llvm-config',
    'python', 'python2', 'python3', 'pypy', 'pypy3', 'uname', 'xcrun', 'xcode-select', 'sw_vers', 'ldconfig', 'brew', 'port',
    'pg_config', 'mysql_config', 'mariadb_config', 'icu-config', 'curl-config', 'xml2-config', 'xslt-config', 'sdl2-config',
    'sdl-config', 'freetype-config', 'libpng-config', 'gdal-config', 'geos-config', 'gsl-config', 'mpicc', 'mpicxx', 'swig',
    'protoc', 'go', 'cargo', 'rustc', 'rustup', 'npm', 'node', 'yarn', 'java', 'javac', 'ar', 'ranlib', 'strip', 'install_name_tool',
    'otool', 'lipo', 'ld', 'nm', 'objdump', 'patchelf', 'autoreconf', 'autoconf', 'automake', 'libtool', 'configure', 'autogen.sh',
    'bison', 'flex', 'yacc', 'lex', 'gperf', 'doxygen', 'sphinx-build', 'pandoc', 'dpkg-architecture', 'lsb_release', 'getconf',
    'sysctl', 'nproc', 'which', 'where', 'msbuild', 'devenv', 'vcvarsall', 'nasm', 'yasm', 'perl', 'tar', 'unzip', 'patch', 'cp', 'mv',
    'rm', 'mkdir', 'ln', 'touch', 'echo', 'true', 'ccache', 'sccache', 'clang-cl', 'lld', 'ld.lld', 'rpm', 'dpkg', 'sh', 'bash',
    'hipconfig', 'rocminfo', 'nvidia-smi', 'vswhere', 'gnatmake', 'cpp', 'moc', 'uic', 'rcc', 'qmake', 'sip', 'sip-build', 'windres',
    'rc', 'mt', 'dumpbin', 'gem', 'ruby', 'sass', 'lessc', 'tsc', 'webpack', 'maturin', 'pip', 'conda', 'arch', 'file', 'ls', 'find',
    'cat', 'sed', 'grep', 'awk', 'chmod', 'install', 'ldd', 'uname.exe', 'gpg', 'pybind11-config', 'numpy-config', 'pythran',
]);

;// CONCATENATED MODULE: ./src/analysis/folding.ts
// Constant folding: Python operators and string formatting over abstract values. Unknown parts
// of a string become `HOLE`, so a partly built URL or command still shows its known text.

/** The `how` of a single character made by `chr()`. */
const CHR_CODES = 'chr codes';
/** Longest string folding may build; longer results become unknown. */
const MAX_STRING = 4 * 1024 * 1024;
/** Longest list folding may build. */
const MAX_ITEMS = 200_000;
/** A value rendered as `str()` would, with `HOLE` for what is not known. */
function asText(v) {
    switch (v.k) {
        case 'str':
            return { s: v.b ? v.s : v.s, partial: !!v.partial };
        case 'num':
            return { s: Number.isInteger(v.n) ? String(v.n) : pyFloat(v.n), partial: false };
        case 'const':
            return { s: v.v, partial: false };
        default:
            return { s: HOLE, partial: true };
    }
}
function pyFloat(n) {
    const s = String(n);
    return /[.e]/.test(s) ? s : s + '.0';
}
function concatStr(a, b) {
    if (a.s.length + b.s.length > MAX_STRING)
        return unknown(a.t | b.t);
    return str(a.s + b.s, a.t | b.t, {
        b: a.b && b.b ? true : undefined,
        partial: a.partial || b.partial ? true : undefined,
        how: a.how ?? b.how,
    });
}
/** A string built from pieces, some of them unknown. */
function joinPieces(pieces, sep = '', bytes = false, extraTaint = 0) {
    let s = '';
    let partial = false;
    let t = extraTaint;
    let how;
    let fromCodes = 0;
    for (let i = 0; i < pieces.length; i++) {
        const p = pieces[i];
        if (i > 0)
            s += sep;
        const txt = asText(p);
        s += txt.s;
        partial ||= txt.partial;
        t |= deepTaint(p);
        if (p.k === 'str' && p.how === CHR_CODES)
            fromCodes++;
        else if (p.k === 'str' && p.how)
            how ??= p.how;
        if (s.length > MAX_STRING)
            return unknown(t);
    }
    // a string spelled out as character codes is hidden text, not a separator or an escape
    if (fromCodes >= 3) {
        t |= Taint.DECODED;
        how = how ? `${how} -> ${CHR_CODES}` : CHR_CODES;
    }
    return str(s, t, { partial: partial || undefined, b: bytes || undefined, how });
}
function binaryOp(op, a, b) {
    const t = a.t | b.t;
    if (op === '+') {
        if (a.k === 'str' && b.k === 'str')
            return concatStr(a, b);
        if (a.k === 'num' && b.k === 'num')
            return numOrUnknown(a.n + b.n);
        if (a.k === 'seq' && b.k === 'seq') {
            if (a.items.length + b.items.length > MAX_ITEMS)
                return unknown(deepTaint(a) | deepTaint(b));
            return { k: 'seq', items: [...a.items, ...b.items], tuple: a.tuple, t };
        }
        if (a.k === 'str' || b.k === 'str') {
            // one side unknown: keep the known text around a hole
            return joinPieces([a, b]);
        }
        return unknown(deepTaint(a) | deepTaint(b));
    }
    if (op === '*') {
        const [s, n] = a.k === 'num' ? [b, a] : [a, b];
        if (n.k === 'num' && Number.isInteger(n.n)) {
            if (s.k === 'num')
                return numOrUnknown(s.n * n.n);
            const count = Math.max(0, n.n);
            if (s.k === 'str') {
                if (s.s.length * count > MAX_STRING)
                    return unknown(t);
                return str(s.s.repeat(count), t, { b: s.b, partial: s.partial, how: s.how });
            }
            if (s.k === 'seq') {
                if (s.items.length * count > MAX_ITEMS)
                    return unknown(deepTaint(s));
                const items = [];
                for (let i = 0; i < count; i++)
                    items.push(...s.items);
                return { k: 'seq', items, tuple: s.tuple, t };
            }
        }
        if (a.k === 'num' && b.k === 'num')
            return numOrUnknown(a.n * b.n);
        return unknown(deepTaint(a) | deepTaint(b));
    }
    if (op === '%' && a.k === 'str')
        return percentFormat(a, b);
    if (a.k === 'num' && b.k === 'num')
        return numOrUnknown(arith(op, a.n, b.n));
    if (a.k === 'const' && b.k === 'num' && a.v !== 'None')
        return binaryOp(op, { k: 'num', n: a.v === 'True' ? 1 : 0, t: a.t }, b);
    return unknown(deepTaint(a) | deepTaint(b));
}
function numOrUnknown(n) {
    return n === undefined || !Number.isFinite(n) || Math.abs(n) > Number.MAX_SAFE_INTEGER ? unknown() : { k: 'num', n, t: 0 };
}
function arith(op, x, y) {
    const ints = Number.isInteger(x) && Number.isInteger(y);
    const small = ints && Math.abs(x) < 2 ** 31 && Math.abs(y) < 2 ** 31;
    switch (op) {
        case '-':
            return x - y;
        case '/':
            return y === 0 ? undefined : x / y;
        case '//':
            return y === 0 ? undefined : Math.floor(x / y);
        case '%':
            return y === 0 ? undefined : ((x % y) + y) % y;
        case '**':
            return y < 0 || y > 64 ? undefined : x ** y;
        case '^':
            return small ? x ^ y : ints ? Number(BigInt(x) ^ BigInt(y)) : undefined;
        case '&':
            return small ? x & y : ints ? Number(BigInt(x) & BigInt(y)) : undefined;
        case '|':
            return small ? x | y : ints ? Number(BigInt(x) | BigInt(y)) : undefined;
        case '<<':
            return ints && y >= 0 && y < 53 ? x * 2 ** y : undefined;
        case '>>':
            return ints && y >= 0 ? Math.floor(x / 2 ** Math.min(y, 1024)) : undefined;
        case '@':
            return undefined;
    }
    return undefined;
}
/** `"%s-%d" % args`, `"%(host)s" % mapping`. */
function percentFormat(fmt, args) {
    const list = args.k === 'seq' && args.tuple ? args.items : [args];
    const mapping = args.k === 'dict' ? args : undefined;
    let i = 0;
    let out = '';
    let partial = !!fmt.partial;
    let t = fmt.t | deepTaint(args);
    const re = /%(\(([^)]{0,200})\))?([#0\- +]{0,20})(\*|\d+)?(\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;
    let last = 0;
    for (let m = re.exec(fmt.s); m; m = re.exec(fmt.s)) {
        out += fmt.s.slice(last, m.index);
        last = re.lastIndex;
        const conv = m[7];
        if (conv === '%') {
            out += '%';
            continue;
        }
        let v;
        if (m[2] !== undefined && mapping) {
            const idx = mapping.keys.indexOf(m[2]);
            v = idx === -1 ? undefined : mapping.values[idx];
        }
        else
            v = list[i++];
        if (!v) {
            out += HOLE;
            partial = true;
            continue;
        }
        const piece = formatOne(v, conv);
        out += piece.s;
        partial ||= piece.partial;
        t |= v.t;
    }
    out += fmt.s.slice(last);
    if (out.length > MAX_STRING)
        return unknown(t);
    return str(out, t, { partial: partial || undefined, b: fmt.b, how: fmt.how });
}
function formatOne(v, conv) {
    if (conv === 'c' && v.k === 'num')
        return { s: String.fromCodePoint(v.n & 0x10ffff), partial: false };
    if ((conv === 'x' || conv === 'X') && v.k === 'num') {
        const h = v.n.toString(16);
        return { s: conv === 'X' ? h.toUpperCase() : h, partial: false };
    }
    if (conv === 'o' && v.k === 'num')
        return { s: v.n.toString(8), partial: false };
    if ((conv === 'd' || conv === 'i' || conv === 'u') && v.k === 'num')
        return { s: String(Math.trunc(v.n)), partial: false };
    if (conv === 'r' && v.k === 'str' && !v.partial)
        return { s: `'${v.s}'`, partial: false };
    return asText(v);
}
/** `"{} {name}".format(...)`. */
function braceFormat(fmt, args, kwargs) {
    let auto = 0;
    let partial = !!fmt.partial;
    let t = fmt.t;
    for (const a of args)
        t |= deepTaint(a);
    for (const a of Object.values(kwargs))
        t |= deepTaint(a);
    let out = '';
    const s = fmt.s;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === '{' && s[i + 1] === '{') {
            out += '{';
            i++;
            continue;
        }
        if (c === '}' && s[i + 1] === '}') {
            out += '}';
            i++;
            continue;
        }
        if (c !== '{') {
            out += c;
            continue;
        }
        const end = s.indexOf('}', i);
        if (end === -1) {
            out += s.slice(i);
            break;
        }
        const field = s.slice(i + 1, end);
        i = end;
        const name = field.split(/[!:]/)[0];
        const head = name.split(/[.[]/)[0];
        let v;
        if (head === '')
            v = args[auto++];
        else if (/^\d+$/.test(head))
            v = args[Number(head)];
        else
            v = kwargs[head];
        if (!v || head !== name) {
            out += HOLE;
            partial = true;
            continue;
        }
        const conv = field.includes(':') ? field.slice(field.indexOf(':') + 1).slice(-1) : 's';
        const piece = formatOne(v, /[xXocd]/.test(conv) ? conv : 's');
        out += piece.s;
        partial ||= piece.partial;
        if (out.length > MAX_STRING)
            return unknown(t);
    }
    return str(out, t, { partial: partial || undefined, how: fmt.how });
}
/** Python slicing `s[a:b:c]` on a string or list. */
function slice(items, start, stop, step = 1) {
    const n = items.length;
    if (step === 0)
        return undefined;
    const norm = (v, def, lo, hi) => {
        if (v === undefined)
            return def;
        let x = v < 0 ? v + n : v;
        x = Math.max(lo, Math.min(hi, x));
        return x;
    };
    const idx = [];
    if (step > 0) {
        const a = norm(start, 0, 0, n);
        const b = norm(stop, n, 0, n);
        for (let i = a; i < b; i += step)
            idx.push(i);
    }
    else {
        const a = norm(start, n - 1, -1, n - 1);
        const b = norm(stop, -1, -1, n - 1);
        for (let i = a; i > b; i += step)
            idx.push(i);
    }
    if (typeof items === 'string') {
        if (step === -1 && start === undefined && stop === undefined)
            return [...items].reverse().join('');
        return idx.map((i) => items[i]).join('');
    }
    return idx.map((i) => items[i]);
}

;// CONCATENATED MODULE: ./src/analysis/paths.ts
// Paths as build scripts write them, reduced to paths relative to the sdist root, so that
// `os.path.join(os.path.dirname(__file__), "pkg", "version.py")` names `pkg/version.py`.
/** Normalizes a relative path: `\` to `/`, no `.` segments, `..` folded; undefined when it leaves the root. */
function normalizePath(p) {
    const parts = [];
    for (const seg of p.replace(/\\/g, '/').split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
            continue;
        }
        parts.push(seg);
    }
    return parts.join('/');
}
function dirname(p) {
    const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
    if (i === -1)
        return '';
    if (i === 0)
        return p[0];
    return p.slice(0, i);
}
function basename(p) {
    const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
    return i === -1 ? p : p.slice(i + 1);
}
/** `os.path.join`: an absolute component restarts the path, as in Python. */
function joinPath(parts) {
    let out = '';
    for (const part of parts) {
        if (part.startsWith('/') || /^[A-Za-z]:[\\/]/.test(part) || part.startsWith('~'))
            out = part;
        else if (out === '' || out.endsWith('/') || out.endsWith('\\'))
            out += part;
        else
            out += (out.includes('\\') && !out.includes('/') ? '\\' : '/') + part;
    }
    return out;
}
function isAbsolute(p) {
    return p.startsWith('/') || p.startsWith('~') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('%') || p.startsWith('\\\\');
}

;// CONCATENATED MODULE: ./src/analysis/known-calls.ts
// What calls to well-known functions and methods return, as abstract values: builtins, string and
// bytes methods, decoders, `os.path`, environment reads, identity sources, file and network
// objects. Anything not handled here is a call to an unknown function.






/** Calls with no side effects worth a fact; they are folded and not recorded. */
const PURE_CALLS = new Set([
    'builtins.chr', 'builtins.unichr', 'builtins.ord', 'builtins.str', 'builtins.unicode', 'builtins.bytes', 'builtins.bytearray',
    'builtins.int', 'builtins.float', 'builtins.len', 'builtins.list', 'builtins.tuple', 'builtins.set', 'builtins.frozenset',
    'builtins.dict', 'builtins.map', 'builtins.filter', 'builtins.zip', 'builtins.range', 'builtins.xrange', 'builtins.enumerate',
    'builtins.reversed', 'builtins.sorted', 'builtins.sum', 'builtins.min', 'builtins.max', 'builtins.abs', 'builtins.hex',
    'builtins.oct', 'builtins.bin', 'builtins.repr', 'builtins.format', 'builtins.isinstance', 'builtins.issubclass', 'builtins.type',
    'builtins.iter', 'builtins.next', 'builtins.any', 'builtins.all', 'builtins.hash', 'builtins.round', 'builtins.pow',
    'builtins.divmod', 'builtins.id', 'builtins.callable', 'builtins.hasattr', 'builtins.print', 'builtins.super',
    'builtins.property', 'builtins.staticmethod', 'builtins.classmethod', 'builtins.object', 'builtins.memoryview',
    'os.path.join', 'os.path.dirname', 'os.path.basename', 'os.path.abspath', 'os.path.realpath', 'os.path.normpath',
    'os.path.exists', 'os.path.isfile', 'os.path.isdir', 'os.path.splitext', 'os.path.split', 'os.path.relpath',
    'os.path.normcase', 'os.path.islink', 'os.path.isabs', 'str.maketrans', 'string.maketrans', 'bytes.maketrans',
    'os.fspath', 'sys.getfilesystemencoding', 'sys.getdefaultencoding', 'locale.getpreferredencoding',
]);
/** Keyword arguments of network calls that configure the client rather than carry data. */
const NETWORK_LOCAL_KWARGS = new Set(['timeout', 'verify', 'cert', 'proxies', 'stream', 'allow_redirects', 'filename', 'context', 'cafile', 'capath', 'reporthook']);
const ENV_HOLDER = new Set(['os.environ', 'os.environb', 'posix.environ', 'nt.environ']);
function envRead(name) {
    const n = knownStr(name);
    if (n === undefined)
        return unknown(Taint.ENV | name.t);
    let t = Taint.ENV;
    if (IDENTITY_ENV.test(n))
        t |= Taint.IDENTITY;
    if (SECRET_ENV.test(n))
        t |= Taint.SECRET;
    return str(`%${n}%`, t, { partial: true });
}
function strArg(v) {
    return knownStr(v);
}
function numArg(v) {
    return v && v.k === 'num' ? v.n : undefined;
}
function allTaint(args, kwargs) {
    let t = 0;
    for (const a of args)
        t |= deepTaint(a);
    for (const a of Object.values(kwargs))
        t |= deepTaint(a);
    return t;
}
/** The items of a value Python could iterate, when they are known. */
function iterate(v, host) {
    if (v.k === 'seq')
        return v.items;
    if (v.k === 'str' && !v.partial) {
        if (!host.step(v.s.length))
            return undefined;
        if (v.b)
            return Array.from(v.s, (c) => num(c.charCodeAt(0)));
        return Array.from(v.s, (c) => str(c, v.t));
    }
    if (v.k === 'dict')
        return v.keys.map((k) => (k === undefined ? unknown(v.t) : str(k)));
    return undefined;
}
function seq(items, t = 0, tuple = false) {
    return { k: 'seq', items, t, tuple: tuple || undefined };
}
function intOf(v, base) {
    if (v.k === 'num')
        return num(Math.trunc(v.n));
    const s = knownStr(v);
    if (s === undefined)
        return unknown(v.t);
    const t = s.trim().replace(/_/g, '');
    const b = base ?? 10;
    const body = b === 16 ? t.replace(/^0x/i, '') : b === 8 ? t.replace(/^0o/i, '') : b === 2 ? t.replace(/^0b/i, '') : t;
    const n = parseInt(body, b || 10);
    return Number.isNaN(n) ? unknown(v.t) : { k: 'num', n, t: v.t };
}
function chrOf(v) {
    if (v.k !== 'num' || v.n < 0 || v.n > 0x10ffff || !Number.isInteger(v.n))
        return unknown(v.t);
    return str(String.fromCodePoint(v.n), v.t, { how: CHR_CODES });
}
/** `bytes(x)` / `bytearray(x)`. */
function bytesOf(args, host) {
    const [a, enc] = args;
    if (!a)
        return str('', 0, { b: true });
    if (a.k === 'str') {
        if (a.b)
            return a;
        if (a.partial)
            return unknown(a.t);
        return str(textToBytes(a.s, strArg(enc) ?? 'utf-8'), a.t, { b: true, how: a.how });
    }
    if (a.k === 'num')
        return a.n <= MAX_STRING ? str('\0'.repeat(Math.max(0, a.n)), 0, { b: true }) : unknown();
    const items = iterate(a, host);
    if (!items)
        return unknown(deepTaint(a));
    let s = '';
    for (const it of items) {
        if (it.k !== 'num' || it.n < 0 || it.n > 255)
            return unknown(deepTaint(a));
        s += String.fromCharCode(it.n);
    }
    return str(s, deepTaint(a), { b: true });
}
function textOf(v, args) {
    if (v.k === 'str') {
        if (v.b && args[1]) {
            const t = bytesToText(v.s, strArg(args[1]) ?? 'utf-8');
            return t === undefined ? unknown(v.t) : str(t, v.t, { how: v.how, partial: v.partial });
        }
        return v.b ? str(`b'${v.s}'`, v.t, { partial: v.partial }) : v;
    }
    if (v.k === 'num' || v.k === 'const')
        return str(asText(v).s);
    if (v.k === 'obj' && v.q.startsWith('pathlib.Path') && v.path)
        return v.path;
    if (v.k === 'ref' && ENV_HOLDER.has(v.q))
        return unknown(Taint.ENV_ALL);
    return unknown(deepTaint(v));
}
/** Calls to known functions by qualified name; undefined when `q` is not one of them. */
function callKnown(qIn, args, kwargs, host, callee) {
    const q = /^builtins\.(bytes|bytearray|str)\./.test(qIn) ? qIn.slice(9) : qIn;
    const a0 = args[0];
    switch (q) {
        case 'builtins.chr':
        case 'builtins.unichr':
            return a0 ? chrOf(a0) : unknown();
        case 'builtins.ord': {
            if (a0?.k === 'str' && !a0.partial && a0.s.length >= 1)
                return { k: 'num', n: a0.s.codePointAt(0), t: a0.t };
            return unknown(a0?.t ?? 0);
        }
        case 'builtins.str':
        case 'builtins.unicode':
            return a0 ? textOf(a0, args) : str('');
        case 'builtins.repr':
            return a0?.k === 'str' && !a0.partial ? str(`'${a0.s}'`, a0.t) : a0 ? textOf(a0, []) : unknown();
        case 'builtins.bytes':
        case 'builtins.bytearray':
            return bytesOf(args, host);
        case 'builtins.int':
        case 'builtins.long':
            return a0 ? intOf(a0, numArg(args[1] ?? kwargs.base)) : num(0);
        case 'builtins.float': {
            const s = a0 && (a0.k === 'num' ? String(a0.n) : knownStr(a0));
            const n = s === undefined ? NaN : Number(s);
            return Number.isNaN(n) ? unknown(a0?.t ?? 0) : num(n);
        }
        case 'builtins.len': {
            if (a0?.k === 'str' && !a0.partial)
                return num(a0.s.length);
            if (a0?.k === 'seq')
                return num(a0.items.length);
            if (a0?.k === 'dict')
                return num(a0.keys.length);
            return unknown(a0?.t ?? 0);
        }
        case 'builtins.hex':
            return a0?.k === 'num' ? str((a0.n < 0 ? '-0x' : '0x') + Math.abs(a0.n).toString(16)) : unknown(a0?.t ?? 0);
        case 'builtins.oct':
            return a0?.k === 'num' ? str('0o' + a0.n.toString(8)) : unknown(a0?.t ?? 0);
        case 'builtins.bin':
            return a0?.k === 'num' ? str('0b' + a0.n.toString(2)) : unknown(a0?.t ?? 0);
        case 'builtins.abs':
            return a0?.k === 'num' ? num(Math.abs(a0.n)) : unknown(a0?.t ?? 0);
        case 'builtins.list':
        case 'builtins.tuple':
        case 'builtins.set':
        case 'builtins.frozenset':
        case 'builtins.sorted': {
            if (!a0)
                return seq([], 0, q === 'builtins.tuple');
            if (a0.k === 'ref' && ENV_HOLDER.has(a0.q))
                return unknown(Taint.ENV_ALL);
            const items = iterate(a0, host);
            if (!items)
                return unknown(deepTaint(a0));
            if (q === 'builtins.sorted' && items.every((i) => i.k === 'str' && !i.partial)) {
                return seq([...items].sort((x, y) => (x.s < y.s ? -1 : 1)), deepTaint(a0));
            }
            return seq([...items], a0.t, q === 'builtins.tuple');
        }
        case 'builtins.reversed': {
            const items = a0 ? iterate(a0, host) : undefined;
            // reversing a long string is a way of hiding it
            const hides = a0?.k === 'str' && a0.s.length >= 8 ? Taint.DECODED : 0;
            return items ? seq([...items].reverse(), a0.t | hides) : unknown(a0 ? deepTaint(a0) : 0);
        }
        case 'builtins.dict': {
            if (a0?.k === 'ref' && ENV_HOLDER.has(a0.q))
                return unknown(Taint.ENV_ALL);
            if (a0?.k === 'dict')
                return { ...a0, keys: [...a0.keys], values: [...a0.values] };
            // dict([(key, value), ...]): a table built from pairs keeps what each key holds.
            if (a0?.k === 'seq' && a0.items.every((p) => p.k === 'seq' && p.items.length === 2)) {
                const pairs = a0.items;
                const keys = [...pairs.map((p) => knownStr(p.items[0])), ...Object.keys(kwargs)];
                // a key's own taint (read from the environment, decoded) stays with the table
                const t = pairs.reduce((acc, p) => acc | deepTaint(p.items[0]), a0.t);
                return { k: 'dict', keys, values: [...pairs.map((p) => p.items[1]), ...Object.values(kwargs)], t };
            }
            const keys = Object.keys(kwargs);
            return { k: 'dict', keys, values: keys.map((k) => kwargs[k]), t: a0 ? deepTaint(a0) : 0 };
        }
        case 'builtins.range':
        case 'builtins.xrange': {
            const ns = args.map(numArg);
            if (ns.some((n) => n === undefined) || ns.length === 0)
                return unknown();
            const [start, stop, step] = ns.length === 1 ? [0, ns[0], 1] : [ns[0], ns[1], ns[2] ?? 1];
            if (step === 0)
                return unknown();
            const count = Math.max(0, Math.ceil((stop - start) / step));
            if (count > MAX_ITEMS || !host.step(count))
                return unknown();
            const items = [];
            for (let i = 0; i < count; i++)
                items.push(num(start + i * step));
            return seq(items);
        }
        case 'builtins.enumerate': {
            const items = a0 ? iterate(a0, host) : undefined;
            const start = numArg(args[1]) ?? 0;
            return items ? seq(items.map((v, i) => seq([num(start + i), v], 0, true))) : unknown(a0 ? deepTaint(a0) : 0);
        }
        case 'builtins.zip': {
            const lists = args.map((a) => iterate(a, host));
            if (lists.some((l) => !l) || lists.length === 0)
                return unknown(allTaint(args, {}));
            const n = Math.min(...lists.map((l) => l.length));
            const items = [];
            for (let i = 0; i < n; i++)
                items.push(seq(lists.map((l) => l[i]), 0, true));
            return seq(items);
        }
        case 'builtins.map': {
            const lists = args.slice(1).map((a) => iterate(a, host));
            if (!a0 || lists.length === 0 || lists.some((l) => !l))
                return unknown(allTaint(args, {}));
            const n = Math.min(...lists.map((l) => l.length));
            if (!host.step(n))
                return unknown(allTaint(args, {}));
            const items = [];
            for (let i = 0; i < n; i++)
                items.push(host.apply(a0, lists.map((l) => l[i])));
            return seq(items);
        }
        case 'builtins.filter': {
            const items = args[1] ? iterate(args[1], host) : undefined;
            if (!items)
                return unknown(allTaint(args, {}));
            if (a0?.k === 'const' && a0.v === 'None')
                return seq(items.filter((i) => !(i.k === 'str' && i.s === '') && !(i.k === 'num' && i.n === 0)));
            return seq(items, deepTaint(args[1]));
        }
        case 'builtins.sum': {
            const items = a0 ? iterate(a0, host) : undefined;
            if (items && items.every((i) => i.k === 'num'))
                return num(items.reduce((s, i) => s + i.n, 0));
            return unknown(a0 ? deepTaint(a0) : 0);
        }
        case 'builtins.format':
            return a0 ? textOf(a0, []) : unknown();
        case 'builtins.getattr':
            return undefined;
        case 'builtins.__import__':
        case 'importlib.import_module':
        case 'importlib.__import__': {
            const name = a0 ?? kwargs.name;
            const n = knownStr(name);
            let target;
            if (n !== undefined) {
                const fromlist = args[3] ?? kwargs.fromlist;
                const withFrom = q !== 'builtins.__import__' || (fromlist && fromlist.k === 'seq' && fromlist.items.length > 0);
                target = withFrom ? n : n.split('.')[0];
            }
            host.dynamic(q === 'builtins.__import__' ? '__import__' : 'importlib.import_module', name ?? unknown(), target);
            return target ? { k: 'ref', q: target, t: 0 } : unknown(name?.t ?? 0);
        }
        case 'builtins.globals':
        case 'builtins.locals':
            return { k: 'ref', q: '<globals>', t: 0 };
        case 'builtins.vars':
            if (a0?.k === 'ref')
                return { k: 'ref', q: `${a0.q}.__dict__`, t: 0 };
            return { k: 'ref', q: '<globals>', t: 0 };
        case 'bytes.fromhex':
        case 'bytearray.fromhex':
            return host.decode('hex', a0 ?? unknown(), (s) => hexDecode(s, budgetless, true));
        case 'base64.b64decode':
        case 'base64.standard_b64decode':
        case 'base64.decodebytes':
        case 'base64.decodestring':
        case 'binascii.a2b_base64': {
            const alt = strArg(args[1] ?? kwargs.altchars);
            return host.decode('base64', a0 ?? kwargs.s ?? unknown(), (s) => base64Decode(s, budgetless, false, alt));
        }
        case 'base64.urlsafe_b64decode':
            return host.decode('base64', a0 ?? unknown(), (s) => base64Decode(s, budgetless, true));
        case 'base64.b32decode':
            return host.decode('base32', a0 ?? unknown(), (s) => base32Decode(s, budgetless));
        case 'base64.b16decode':
        case 'binascii.unhexlify':
        case 'binascii.a2b_hex':
        case 'codecs.hex_decode':
            return host.decode('hex', a0 ?? unknown(), (s) => hexDecode(s, budgetless));
        case 'base64.b85decode':
            return host.decode('base85', a0 ?? unknown(), (s) => base85Decode(s, budgetless));
        case 'base64.a85decode':
            return host.decode('ascii85', a0 ?? unknown(), (s) => ascii85Decode(s, budgetless));
        case 'zlib.decompress': {
            const wbits = numArg(args[1] ?? kwargs.wbits);
            return host.decode('zlib', a0 ?? unknown(), (s) => zlibDecompress(s, budgetless, wbits));
        }
        case 'gzip.decompress':
            return host.decode('gzip', a0 ?? unknown(), (s) => gzipDecompress(s, budgetless));
        case 'brotli.decompress':
            return host.decode('brotli', a0 ?? unknown(), (s) => brotliDecompress(s, budgetless));
        case 'codecs.decode':
        case 'codecs.encode': {
            const codec = (strArg(args[1] ?? kwargs.encoding) ?? 'utf-8').toLowerCase();
            return codecTransform(a0 ?? unknown(), codec, q === 'codecs.encode', host) ?? unknown(a0?.t ?? 0);
        }
        case 'base64.b64encode':
        case 'base64.standard_b64encode':
        case 'base64.encodebytes':
        case 'base64.urlsafe_b64encode':
        case 'base64.encodestring': {
            const s = a0?.k === 'str' && !a0.partial ? a0.s : undefined;
            if (s === undefined)
                return unknown(a0 ? deepTaint(a0) : 0);
            let out = Buffer.from(a0.k === 'str' && a0.b ? s : textToBytes(s), 'latin1').toString('base64');
            if (q === 'base64.urlsafe_b64encode')
                out = out.replace(/\+/g, '-').replace(/\//g, '_');
            return str(out, a0.t, { b: true });
        }
        case 'binascii.hexlify':
        case 'binascii.b2a_hex': {
            const s = a0?.k === 'str' && !a0.partial ? a0.s : undefined;
            return s === undefined ? unknown(a0 ? deepTaint(a0) : 0) : str(Buffer.from(s, 'latin1').toString('hex'), a0.t, { b: true });
        }
        case 'os.path.join':
        case 'posixpath.join':
        case 'ntpath.join': {
            const parts = args.map((a) => asText(a.k === 'obj' && a.path ? a.path : a));
            return str(joinPath(parts.map((p) => p.s)), allTaint(args, {}), { partial: parts.some((p) => p.partial) || undefined });
        }
        case 'os.path.dirname':
        case 'os.path.basename': {
            const v = a0?.k === 'obj' && a0.path ? a0.path : a0;
            if (v?.k !== 'str')
                return unknown(v?.t ?? 0);
            const s = q === 'os.path.dirname' ? dirname(v.s) : basename(v.s);
            return str(s, v.t, { partial: s.includes(HOLE) || undefined });
        }
        case 'os.path.abspath':
        case 'os.path.realpath':
        case 'os.path.normpath':
        case 'os.path.expandvars':
        case 'os.path.expanduser':
        case 'os.path.normcase':
        case 'os.fspath':
            return a0?.k === 'obj' && a0.path ? a0.path : (a0 ?? unknown());
        case 'os.path.splitext': {
            const s = a0 && knownStr(a0);
            if (s === undefined)
                return unknown(a0?.t ?? 0);
            const i = s.lastIndexOf('.');
            const j = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
            return i > j + 1 ? seq([str(s.slice(0, i)), str(s.slice(i))], 0, true) : seq([str(s), str('')], 0, true);
        }
        case 'os.getenv':
        case 'os.environ.get':
        case 'os.environ.setdefault':
        case 'os.environ.pop':
        case 'os.getenvb':
            return envRead(a0 ?? kwargs.key ?? unknown());
        case 'os.environ.copy':
        case 'os.environ.items':
        case 'os.environ.keys':
        case 'os.environ.values':
        case 'os.environ.__str__':
            return unknown(Taint.ENV_ALL);
        case 'builtins.open':
        case 'io.open':
        case 'codecs.open':
        case 'builtins.file': {
            const mode = strArg(args[1] ?? kwargs.mode) ?? 'r';
            const path = a0 ?? kwargs.file ?? kwargs.filename ?? unknown();
            return { k: 'obj', q: 'builtins.open()', t: 0, path: path.k === 'obj' && path.path ? path.path : path, mode };
        }
        case 'pathlib.Path':
        case 'pathlib.PurePath':
        case 'pathlib.PosixPath':
        case 'pathlib.WindowsPath': {
            const parts = args.map((a) => (a.k === 'obj' && a.path ? a.path : a));
            const joined = parts.length ? (parts.length === 1 ? parts[0] : callKnown('os.path.join', parts, {}, host)) : str('.');
            return { k: 'obj', q: 'pathlib.Path()', t: 0, path: joined };
        }
        case 'pathlib.Path().resolve':
        case 'pathlib.Path().absolute':
        case 'pathlib.Path().expanduser':
        case 'pathlib.Path().as_posix':
            return callee?.k === 'obj' ? { k: 'obj', q: 'pathlib.Path()', t: callee.t, path: callee.path } : undefined;
        case 'pathlib.Path().joinpath': {
            if (callee?.k !== 'obj')
                return undefined;
            return { k: 'obj', q: 'pathlib.Path()', t: callee.t, path: callKnown('os.path.join', [callee.path ?? unknown(), ...args], {}, host) };
        }
        case 'pathlib.Path.home':
            return { k: 'obj', q: 'pathlib.Path()', t: 0, path: str('~') };
        case 'pathlib.Path.cwd':
            return { k: 'obj', q: 'pathlib.Path()', t: Taint.IDENTITY, path: str('.', Taint.IDENTITY) };
        case 'os.getcwd':
        case 'os.getcwdu':
            return str('.', Taint.IDENTITY);
        case 'str.maketrans':
        case 'string.maketrans':
        case 'bytes.maketrans': {
            const from = strArg(a0);
            const to = strArg(args[1]);
            if (from === undefined || to === undefined || from.length !== to.length)
                return unknown();
            const keys = [];
            const values = [];
            for (let i = 0; i < from.length; i++) {
                keys.push(String(from.codePointAt(i)));
                values.push(num(to.codePointAt(i)));
            }
            return { k: 'dict', keys, values, t: 0 };
        }
    }
    if (q in OPAQUE_DECODERS)
        return host.opaque(OPAQUE_DECODERS[q], a0 ?? unknown());
    const cipher = opaqueCipher(q);
    if (cipher)
        return host.opaque(cipher, a0 ?? unknown());
    if (IDENTITY_CALLS.has(q))
        return unknown(Taint.IDENTITY);
    if (CLIPBOARD_CALLS.has(q))
        return unknown(Taint.SECRET);
    if (q in PROCESS_CALLS)
        return { k: 'obj', q: `${q}()`, t: Taint.PROCESS };
    if (isNetworkCall(q))
        return { k: 'obj', q: `${q}()`, t: Taint.NETWORK };
    return undefined;
}
/** Decryption with any library: `Fernet(key).decrypt(token)`, `AES.new(key, ...).decrypt(data)`. */
function opaqueCipher(q) {
    if (/(^|\.)(Fernet|MultiFernet)\(\)\.decrypt$/.test(q))
        return 'Fernet';
    if (/(^|\.)(AES|DES|DES3|ChaCha20|ChaCha20_Poly1305|Blowfish|ARC4|Salsa20|CAST)\.new\(\)\.decrypt(_and_verify)?$/.test(q))
        return 'AES';
    if (/(^|\.)(AESGCM|ChaCha20Poly1305|AESCCM)\(\)\.decrypt$|Cipher\(\)\.decryptor\(\)\.update$|AESModeOf\w+\(\)\.decrypt$/.test(q))
        return 'AES';
    if (/(^|\.)(marshal|pickle|cPickle|dill|cloudpickle)\.loads?$/.test(q))
        return q.includes('marshal') ? 'marshal' : 'pickle';
    return undefined;
}
/** A no-op budget: the host charges the shared budget when it records the decode. */
const budgetless = { used: 0, exhausted: false, total: Infinity, charge: () => true };
/** `codecs.decode(s, codec)` and Python 2's `s.decode(codec)`. */
function codecTransform(v, codecName, encode, host) {
    const codec = codecName.toLowerCase().replace(/[-_]/g, '');
    if (codec === 'rot13' || codec === 'rot') {
        if (v.k !== 'str' || v.partial)
            return unknown(v.t | Taint.DECODED);
        return host.decode('rot13', v, (s) => ({ ok: true, value: rot13(s) }), true);
    }
    if (encode) {
        if (v.k !== 'str' || v.partial)
            return unknown(v.t);
        if (codec === 'base64' || codec === 'hex' || codec === 'zlib')
            return unknown(v.t);
        return str(textToBytes(v.s, codecName), v.t, { b: true, how: v.how });
    }
    switch (codec) {
        case 'base64':
        case 'base64codec':
            return host.decode('base64', v, (s) => base64Decode(s, budgetless));
        case 'hex':
        case 'hexcodec':
            return host.decode('hex', v, (s) => hexDecode(s, budgetless));
        case 'zlib':
        case 'zip':
        case 'zlibcodec':
            return host.decode('zlib', v, (s) => zlibDecompress(s, budgetless));
        case 'bz2':
        case 'bz2codec':
            return host.opaque('bz2', v);
        case 'stringescape':
        case 'unicodeescape':
        case 'rawunicodeescape':
            if (v.k !== 'str' || v.partial)
                return unknown(v.t);
            return str((0,parse/* unescape */.x4)(v.s, codec === 'stringescape'), v.t | (v.s.includes('\\x') ? Taint.DECODED : 0), { how: v.how ?? 'escapes' });
    }
    if (v.k !== 'str')
        return unknown(deepTaint(v));
    if (!v.b)
        return v;
    if (v.partial)
        return unknown(v.t);
    const text = bytesToText(v.s, codecName);
    return text === undefined ? unknown(v.t) : str(text, v.t, { how: v.how });
}
/** Methods on known strings, bytes, lists and dicts; undefined when not one of them. */
function methodOnValue(obj, name, args, kwargs, host) {
    if (obj.k === 'str')
        return strMethod(obj, name, args, kwargs, host);
    if (obj.k === 'seq') {
        switch (name) {
            case 'append':
                if (args[0] && obj.items.length < MAX_ITEMS)
                    obj.items.push(args[0]);
                return { k: 'const', v: 'None', t: 0 };
            case 'extend': {
                const items = args[0] ? iterate(args[0], host) : undefined;
                if (items && obj.items.length + items.length < MAX_ITEMS)
                    obj.items.push(...items);
                else
                    obj.t |= args[0] ? deepTaint(args[0]) : 0;
                return { k: 'const', v: 'None', t: 0 };
            }
            case 'insert':
                if (args[1] && args[0]?.k === 'num' && obj.items.length < MAX_ITEMS)
                    obj.items.splice(args[0].n, 0, args[1]);
                return { k: 'const', v: 'None', t: 0 };
            case 'reverse':
                obj.items.reverse();
                return { k: 'const', v: 'None', t: 0 };
            case 'copy':
                return { ...obj, items: [...obj.items] };
            case 'pop':
                return obj.items.length ? obj.items[obj.items.length - 1] : unknown();
            case 'index':
            case 'count':
                return unknown();
        }
        return undefined;
    }
    if (obj.k === 'dict') {
        switch (name) {
            case 'get':
            case 'pop':
            case 'setdefault': {
                const key = knownStr(args[0]);
                const i = key === undefined ? -1 : obj.keys.indexOf(key);
                if (i !== -1)
                    return obj.values[i];
                if (name === 'setdefault' && key !== undefined && args[1]) {
                    obj.keys.push(key);
                    obj.values.push(args[1]);
                }
                return args[1] ?? unknown(obj.t);
            }
            case 'items':
                return seq(obj.keys.map((k, i) => seq([k === undefined ? unknown() : str(k), obj.values[i]], 0, true)), obj.t);
            case 'keys':
                return seq(obj.keys.map((k) => (k === undefined ? unknown() : str(k))), obj.t);
            case 'values':
                return seq([...obj.values], obj.t);
            case 'update': {
                const other = args[0];
                if (other?.k === 'dict') {
                    other.keys.forEach((k, i) => {
                        obj.keys.push(k);
                        obj.values.push(other.values[i]);
                    });
                }
                else if (other)
                    obj.t |= deepTaint(other);
                for (const [k, v] of Object.entries(kwargs)) {
                    obj.keys.push(k);
                    obj.values.push(v);
                }
                return { k: 'const', v: 'None', t: 0 };
            }
            case 'copy':
                return { ...obj, keys: [...obj.keys], values: [...obj.values] };
        }
        return undefined;
    }
    return undefined;
}
function strMethod(s, name, args, kwargs, host) {
    const a0 = args[0];
    const keep = (out) => str(out, s.t, { b: s.b, partial: s.partial, how: s.how });
    switch (name) {
        case 'join': {
            const items = a0 ? iterate(a0, host) : undefined;
            if (!items)
                return unknown(s.t | (a0 ? deepTaint(a0) : 0));
            return joinPieces(items, s.s, !!s.b, s.t | a0.t);
        }
        case 'decode':
        case 'encode': {
            const codec = strArg(a0 ?? kwargs.encoding) ?? 'utf-8';
            return codecTransform(s, codec, name === 'encode', host);
        }
        case 'format':
            return braceFormat(s, args, kwargs);
        case 'replace': {
            const from = strArg(a0);
            const to = args[1]?.k === 'str' ? args[1] : undefined;
            if (from === undefined || !to || from === '')
                return s.partial ? unknown(s.t) : unknown(s.t);
            const out = s.s.split(from).join(to.s);
            if (out.length > MAX_STRING)
                return unknown(s.t);
            return str(out, s.t | to.t, { b: s.b, partial: s.partial || to.partial, how: s.how });
        }
        case 'upper':
            return keep(s.s.toUpperCase());
        case 'lower':
        case 'casefold':
            return keep(s.s.toLowerCase());
        case 'swapcase':
            return keep(s.s.replace(/[a-zA-Z]/g, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())));
        case 'title':
        case 'capitalize':
            return keep(s.s.charAt(0).toUpperCase() + (name === 'capitalize' ? s.s.slice(1).toLowerCase() : s.s.slice(1)));
        case 'strip':
        case 'lstrip':
        case 'rstrip': {
            const chars = a0 && a0.k === 'str' ? a0.s : undefined;
            const set = chars === undefined ? ' \t\n\r\x0b\x0c' : chars;
            let a = 0;
            let b = s.s.length;
            if (name !== 'rstrip')
                while (a < b && set.includes(s.s[a]))
                    a++;
            if (name !== 'lstrip')
                while (b > a && set.includes(s.s[b - 1]))
                    b--;
            return keep(s.s.slice(a, b));
        }
        case 'split':
        case 'rsplit':
        case 'splitlines': {
            if (s.partial)
                return unknown(s.t);
            const sep = name === 'splitlines' ? undefined : strArg(a0 ?? kwargs.sep);
            const parts = name === 'splitlines' ? s.s.split(/\r?\n/) : sep === undefined ? s.s.trim().split(/\s+/).filter(Boolean) : s.s.split(sep);
            if (parts.length > MAX_ITEMS)
                return unknown(s.t);
            return seq(parts.map((p) => str(p, s.t, { b: s.b })), s.t);
        }
        case 'translate': {
            if (s.partial || a0?.k !== 'dict')
                return unknown(s.t);
            const map = new Map();
            a0.keys.forEach((k, i) => k !== undefined && map.set(Number(k), a0.values[i]));
            let out = '';
            for (const ch of s.s) {
                const m = map.get(ch.codePointAt(0));
                if (m === undefined)
                    out += ch;
                else if (m.k === 'num')
                    out += String.fromCodePoint(m.n);
                else if (m.k === 'str')
                    out += m.s;
            }
            return str(out, s.t | Taint.DECODED, { how: s.how ? `${s.how} -> translate` : 'translate' });
        }
        case 'zfill':
        case 'center':
        case 'ljust':
        case 'rjust':
        case 'expandtabs':
            return keep(s.s);
        case 'hex':
            return s.b && !s.partial ? str(Buffer.from(s.s, 'latin1').toString('hex'), s.t) : unknown(s.t);
        case 'find':
        case 'rfind':
        case 'index':
        case 'rindex':
        case 'count': {
            // positions in a known string: what custom-alphabet decoders look characters up with
            const sub = knownStr(a0);
            if (s.partial || sub === undefined || args.length > 1)
                return unknown(s.t);
            if (name === 'count')
                return sub === '' ? num(s.s.length + 1) : num(s.s.split(sub).length - 1);
            const at = name === 'find' || name === 'index' ? s.s.indexOf(sub) : s.s.lastIndexOf(sub);
            return at === -1 && (name === 'index' || name === 'rindex') ? unknown(s.t) : num(at);
        }
        case 'startswith':
        case 'endswith':
        case 'isdigit':
        case 'isalpha':
        case 'isspace':
        case 'isupper':
        case 'islower':
            return unknown(s.t);
        case 'format_map':
            return a0?.k === 'dict' ? braceFormat(s, [], Object.fromEntries(a0.keys.map((k, i) => [k ?? '', a0.values[i]]))) : unknown(s.t);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/analysis/patterns.ts
// Text patterns for hosts, secret locations and persistence points, shared by the rules.
function first(s, table) {
    for (const [re, what] of table) {
        const m = re.exec(s);
        if (m)
            return { what, text: m[0] };
    }
    return undefined;
}
/** Hosts that exist to receive callbacks or stolen data. */
const CALLBACK_HOSTS = [
    [/(?:discord(?:app)?\.com|discordapp\.net|discord\.gg)\/api\/(?:v\d+\/)?webhooks\/[\w/-]*/i, 'a Discord webhook'],
    [/api\.telegram\.org\/bot[\w:/.-]*/i, 'the Telegram bot API'],
    [/\b(?:webhook\.site|pipedream\.net|requestbin\.(?:com|net|io)|requestcatcher\.com|hookbin\.com|beeceptor\.com|webhook\.cool|requestinspector\.com|mockbin\.(?:org|io)|putsreq\.com|postb\.in|ptsv[23]\.com|requestrepo\.com|webhookrelay\.com|hooks\.zapier\.com|hook\.integromat\.com|ntfy\.sh)\b/i, 'a request-collection service'],
    [/\b(?:burpcollaborator\.net|oastify\.com|interact\.sh|interactsh\.com|oast\.(?:fun|pro|live|site|online|me)|dnslog\.(?:cn|link)|ceye\.io|canarytokens\.(?:com|org)|bxss\.me|xss\.ht|pingb\.in|eyes\.sh|dnsbin\.zhack\.ca|requestbin\.cn)\b/i, 'an out-of-band testing service'],
    [/\b(?:ngrok\.io|ngrok-free\.app|ngrok\.app|ngrok\.dev|ngrok-free\.dev|trycloudflare\.com|loca\.lt|localtunnel\.me|serveo\.net|localhost\.run|pagekite\.me|bore\.pub|portmap\.(?:io|host)|tunnelto\.dev|playit\.gg|pinggy\.(?:io|link)|lhr\.life)\b/i, 'a tunnelling service'],
    [/\b(?:pastebin\.com|paste\.ee|hastebin\.com|ghostbin\.\w+|rentry\.(?:co|org)|pastie\.org|dpaste\.(?:com|org)|paste\.rs|controlc\.com|privatebin\.\w+|termbin\.com|transfer\.sh|0x0\.st|anonfiles\.com|file\.io|gofile\.io|catbox\.moe|litterbox\.catbox\.moe|bashupload\.com|temp\.sh|filebin\.net|justpaste\.it|textbin\.net|ix\.io|sprunge\.us|paste\.c-net\.org|pastebin\.pl|hst\.sh)\b/i, 'a paste or anonymous file host'],
    [/\b(?:iplogger\.(?:org|com|ru|co|info)|grabify\.link|2no\.co|yip\.su|blasze\.com|ps3cfw\.com|iplis\.ru|02ip\.ru|ezstat\.ru)\b/i, 'an IP-logging service'],
    [/(?<=[\w-])\.(?:duckdns\.org|no-ip\.(?:com|org|biz|info)|noip\.me|ddns\.net|hopto\.org|zapto\.org|sytes\.net|servehttp\.com|serveftp\.com|myftp\.(?:biz|org)|redirectme\.net|dynu\.(?:com|net)|freedns\.afraid\.org|mooo\.com|dyndns\.(?:org|info|biz|tv)|dynv6\.net|3utilities\.com|bounceme\.net|ddnsking\.com|gotdns\.ch|myvnc\.com|servebeer\.com|serveblog\.net|linkpc\.net|publicvm\.com|kozow\.com|giize\.com|casacam\.net|ooguy\.com|chickenkiller\.com|strangled\.net|crabdance\.com|twilightparadox\.com|jumpingcrab\.com|us\.to|ddns\.me|dns-dynamic\.net|ydns\.eu|dynalias\.\w+|homeip\.net|onthewifi\.com|webhop\.me)\b/i, 'a dynamic DNS name'],
];
/** Services that tell a caller its public IP address. */
const IP_LOOKUP = /\b(?:api\.ipify\.org|api64\.ipify\.org|ipinfo\.io|ifconfig\.me|ifconfig\.co|icanhazip\.com|checkip\.amazonaws\.com|ip-api\.com|ipapi\.co|myexternalip\.com|wtfismyip\.com|ident\.me|ipecho\.net|httpbin\.org\/ip|geolocation-db\.com|ip\.sb|myip\.com)\b/i;
function callbackHost(s) {
    // every pattern names a domain, dot included: a blob without one (base64, hex) is not searched
    if (!s.includes('.'))
        return undefined;
    for (const [re, what] of CALLBACK_HOSTS) {
        const m = re.exec(s);
        if (!m)
            continue;
        // the patterns match the service's own domain; show the subdomain in front of it too
        let start = m.index;
        while (start > 0 && m.index - start < 100 && /[\w.-]/.test(s[start - 1]))
            start--;
        return { what, text: s.slice(start, m.index + m[0].length).replace(/^[.-]+/, '') };
    }
    return undefined;
}
const IPV4 = /\b(?:https?|ftp|tcp|udp|wss?|socks5?):\/\/\[?(\d{1,3}(?:\.\d{1,3}){3})\]?(?::\d+)?(?:[/?#][^\s'"]*)?/i;
/** A URL whose host is a raw IPv4 address; `private` for loopback and private ranges. */
function rawIpUrl(s) {
    if (!s.includes('://'))
        return undefined;
    const m = IPV4.exec(s);
    if (!m)
        return undefined;
    const ip = m[1];
    const parts = ip.split('.').map(Number);
    if (parts.some((p) => p > 255))
        return undefined;
    return { ip, url: m[0], private: isPrivateIp(parts) };
}
function isIpv4(s) {
    const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
    return !!m && m.slice(1).every((p) => Number(p) <= 255);
}
function isPrivateIp(parts) {
    const [a, b] = parts;
    return a === 127 || a === 10 || a === 0 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || (a === 169 && b === 254) || a >= 224;
}
/** Places that hold credentials, tokens, wallets and browser data. */
const SECRET_PLACES = [
    [/\b(?:Login Data|Local State|Web Data|logins\.json|key[34]\.db|cookies\.sqlite|signons\.sqlite)\b|[\\/](?:Network[\\/])?Cookies\b|User Data[\\/]+Default|Google[\\/]+Chrome[\\/]+User Data|BraveSoftware[\\/]+Brave-Browser|Microsoft[\\/]+Edge[\\/]+User Data|Opera Software[\\/]+Opera|Yandex[\\/]+YandexBrowser|Mozilla[\\/]+Firefox[\\/]+Profiles|Vivaldi[\\/]+User Data|browser_cookie3|\bbrowser_cookie\b/i, 'browser passwords and cookies'],
    [/(?:AppData|Roaming|APPDATA%|LOCALAPPDATA%|\.config|Application Support)[\\/]+(?:[\w ]+[\\/]+)?discord(?:canary|ptb|development)?\b|\bdiscord(?:canary|ptb)\b|Local Storage[\\/]+leveldb|\b[MN][\w-]{23}\.[\w-]{6}\.[\w-]{27}\b|\bmfa\.[\w-]{84}\b|dQw4w9WgXcQ:/i, 'Discord tokens'],
    [/(?:^|[\\/~%])\.ssh(?:[\\/]|$)|\bid_(?:rsa|dsa|ecdsa|ed25519)\b|\bauthorized_keys\b/i, 'SSH keys'],
    [/(?:^|[\\/~%])\.aws(?:[\\/]|$)|\bAWS_SECRET_ACCESS_KEY\b|\bAWS_SESSION_TOKEN\b|169\.254\.169\.254\/latest\/meta-data/i, 'cloud credentials'],
    [/(?:^|[\\/~])\.(?:azure|kube|docker|gnupg|git-credentials|netrc|npmrc|pypirc|password-store|vault-token)(?:[\\/]|\b|$)|gcloud[\\/]+(?:credentials|application_default|access_tokens)|\.config[\\/]+gh[\\/]+hosts\.yml|\/etc\/shadow\b|login\.keychain|\.bash_history\b|\.zsh_history\b|Keychains[\\/]/i, 'credentials and keys'],
    [/\bwallet\.dat\b|\bExodus[\\/]|exodus\.wallet|\bElectrum[\\/]+wallets|Ethereum[\\/]+keystore|\bMetaMask\b|nkbihfbeogaeaoehlefnkodbefgpgknn|bfnaelmomeimhlpmgjnjophhpkkoljpa|\bAtomic[\\/]+Local Storage|\bCoinomi\b|\bGuarda[\\/]|\bJaxx\b|\bArmory[\\/]|Bitcoin[\\/]+wallets|Monero[\\/]+wallets|\bZcash[\\/]|\bTrust Wallet\b|\bBinance[\\/]/i, 'cryptocurrency wallets'],
    [/\b(?:ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|NPM_TOKEN|PYPI_TOKEN|TWINE_PASSWORD|CI_JOB_TOKEN|GITLAB_TOKEN|CIRCLE_TOKEN|TRAVIS_TOKEN|SLACK_TOKEN|OPENAI_API_KEY|AZURE_CLIENT_SECRET|GOOGLE_APPLICATION_CREDENTIALS)\b/, 'CI and service tokens'],
    [/\bGITHUB_TOKEN\b/, 'a GitHub token'],
    [/^\/etc\/(?:passwd|group|sudoers)$|^\/(?:root\/)?flag(?:\.txt)?$/, 'the account list or a flag file of the machine'],
    [/\/etc\/chef\/|\bvalidation\.pem\b|\bknife\.rb\b|\/etc\/puppetlabs\/puppet\/ssl\b|\/var\/lib\/puppet\/ssl\b|\/etc\/salt\/pki\b|\.vault_pass(?:word)?\b|\.ansible\/vault/i, 'configuration-management keys'],
    [/\btelegram desktop[\\/]+tdata\b|[\\/]tdata(?:[\\/]|$)|\bFileZilla[\\/]+(?:recentservers|sitemanager)|\bSteam[\\/]+config\b|\bNordVPN\b|\bOpenVPN Connect[\\/]+profiles/i, 'application credentials'],
];
/** Secrets a build may legitimately hand to the service they belong to. */
const SERVICE_TOKENS = new Set(['a GitHub token']);
/** Hosts that serve packages and source code, where build scripts legitimately fetch from. */
const CODE_HOSTS = /^(?:https?:\/\/)?(?:[\w-]+\.)*(?:pypi\.org|pypi\.python\.org|files\.pythonhosted\.org|bootstrap\.pypa\.io|github\.com|api\.github\.com|gitlab\.com)(?:[:/]|$)/i;
function secretPlace(s) {
    return first(s, SECRET_PLACES);
}
/** Places that make code run again later: startup folders, Run keys, cron, shell rc files. */
const PERSIST_PLACES = [
    [/Start Menu[\\/]+Programs[\\/]+Startup|Microsoft[\\/]+Windows[\\/]+Start Menu[\\/]+Programs[\\/]+Startup|shell:startup|[\\/]Startup[\\/]+[^\\/]+\.(?:exe|bat|cmd|vbs|lnk|py|pyw|js)\b/i, 'a Windows Startup folder'],
    [/CurrentVersion[\\/]+(?:Run|RunOnce|RunServices|RunServicesOnce|Policies[\\/]+Explorer[\\/]+Run)\b|\\Winlogon\b|Image File Execution Options/i, 'a Windows Run registry key'],
    [/\bcrontab\b|\/etc\/cron|\/var\/spool\/cron|@reboot\b/, 'crontab'],
    [/(?:^|[\\/~])\.(?:bashrc|bash_profile|bash_login|zshrc|zprofile|zshenv|profile|cshrc|tcshrc|kshrc)\b|\.config[\\/]+fish[\\/]+config\.fish|\/etc\/profile(?:\.d)?\b|\/etc\/bash\.bashrc/, 'a shell startup file'],
    [/systemd[\\/]+user|\/etc\/systemd\/system|LaunchAgents|LaunchDaemons|\/etc\/init\.d|\/etc\/rc\.local|\.config[\\/]+autostart|\bschtasks\b[^\n]{0,300}\/create|\bRegister-ScheduledTask\b/i, 'a system service or scheduled task'],
    [/\b(?:sitecustomize|usercustomize)\.py\b/, 'Python startup hooks (sitecustomize)'],
];
function persistPlace(s) {
    return first(s, PERSIST_PLACES);
}
function isPthPath(s) {
    return /\.pth$/i.test(s.trim());
}
/** Shell command shapes that fetch and run code, or hide what they run. */
const DOWNLOAD_RUN = [
    [/\b(?:curl|wget|fetch)\b[^|;&\n]{0,300}\|\s*(?:sudo\s+)?(?:ba|z|da|k)?sh\b|\b(?:curl|wget)\b[^|;&\n]{0,300}\|\s*python[\d.]*\b|\b(?:ba)?sh\s+-c\s+["']?\$\((?:curl|wget)/i, 'downloads a script and pipes it to a shell'],
    [/\b(?:curl|wget)\b[^\n]{0,300}(?:-o|-O|--output)\s*\S+[^\n]{0,300}(?:&&|;|\|\|)[^\n]{0,300}(?:chmod\s+\+?[0-7]*x|\.\/|\bstart\b|\bsh\b|\bbash\b|python)/i, 'downloads a file and runs it'],
    [/\b(?:IEX|Invoke-Expression)\b[^\n]{0,300}(?:DownloadString|Invoke-WebRequest|iwr|irm|Invoke-RestMethod|Net\.WebClient)|(?:DownloadString|DownloadFile|Invoke-WebRequest|iwr|irm)\b[^\n]{0,300}(?:\|\s*iex|Start-Process|;\s*&|\biex\b|Invoke-Expression|Invoke-Item|\bsaps\b)/i, 'downloads and runs a PowerShell script'],
    [/\bbase64\s+(?:-d|-D|--decode)\b[^|\n]{0,100}\|\s*(?:sudo\s+)?(?:(?:ba|z|da|k)?sh|python[\d.]*|perl)\b/i, 'decodes base64 text and pipes it to an interpreter'],
    [/\bgit\s+clone\b[^\n]{0,300}(?:&&|;|\n)[^\n]{0,300}(?:\bpython[\d.]*w?\s+(?!setup\.py\b)[\w./\\-]+\.pyw?\b|\b(?:ba)?sh\s+[\w./-]+\.sh\b|\bstart\s+\S+\.(?:exe|bat|cmd)\b)/i, 'clones a repository and runs a script from it'],
    [/\bcd\s+(?:\/tmp|\/var\/tmp|\/dev\/shm)\/?\s*(?:&&|;)\s*chmod\s+(?:[+ugoa]*[rw]*x[rw]*|[0-7]{3,4})\s+([\w.-]+)\s*(?:&&|;)\s*(?:nohup\s+)?\.\/\1\b|\bchmod\s+(?:[+ugoa]*[rw]*x[rw]*|[0-7]{3,4})\s+((?:\/tmp|\/var\/tmp|\/dev\/shm)\/[\w.\/-]+)\s*(?:&&|;)\s*(?:nohup\s+)?\2\b/, 'makes a file in a temporary folder executable and starts it'],
    [/\bmshta(?:\.exe)?\s+(?:https?:|vbscript:|javascript:)/i, 'runs a remote HTML application with mshta'],
    [/\bcertutil(?:\.exe)?\b[^\n]{0,300}-urlcache|\bbitsadmin(?:\.exe)?\b[^\n]{0,300}\/transfer/i, 'downloads a file with a Windows system tool'],
    [/\bregsvr32\b[^\n]{0,300}\/i:https?:|\brundll32\b[^\n]{0,300}(?:javascript:|https?:)/i, 'loads remote code through a Windows system binary'],
];
const SHELL_BACKDOOR = [
    [/\/dev\/tcp\/|\bnc(?:at)?\b[^\n]{0,300}\s-e\s|\bsocat\b[^\n]{0,300}exec:|\bbash\s+-i\b[^\n]{0,300}>&|\bmkfifo\b[^\n]{0,300}\bnc\b/i, 'opens a reverse shell'],
    [/Net\.Sockets\.TCPClient\b[^\n]{0,600}\bGetStream\b/i, 'opens a reverse shell in PowerShell'],
];
/**
 * Addresses of cloud instance metadata services and cluster credentials: what a build reads
 * there is the machine's cloud identity. The path is optional: the bare address is enough.
 */
const CLOUD_METADATA = [
    [/\b169\.254\.169\.254\b|\bfd00:ec2::254\b|\bmetadata\.google\.internal\b|\b100\.100\.100\.200\b|\b169\.254\.170\.2\b/i, 'the cloud instance metadata service'],
    [/\/var\/run\/secrets\/kubernetes\.io\b|\/run\/secrets\/kubernetes\.io\b|%KUBERNETES_(?:SERVICE_HOST|SERVICE_PORT|PORT)\w*%/i, 'the Kubernetes service-account credentials or API'],
    [/%\w+_SERVICE_HOST%|%\w+_PORT_\d+_TCP_ADDR%/, "a cluster service found through Kubernetes' service variables"],
];
function cloudMetadata(s) {
    return first(s, CLOUD_METADATA);
}
/** Commands that change the machine's accounts or power state: nothing a build does. */
const MACHINE_TAMPERING = [
    [/\bnet(?:\.exe)?\s+(?:user|localgroup)\b[^\n]{0,200}\/add\b|\b(?:useradd|adduser|usermod|chpasswd|visudo)\b|\/etc\/sudoers\b|\bAdd-LocalGroupMember\b|\bNew-LocalUser\b/i, 'adds or changes a user account'],
    [/^\s*(?:sudo\s+)?(?:shutdown|poweroff|halt|reboot)\b|[;&|]\s*(?:sudo\s+)?(?:shutdown|poweroff|halt|reboot)\b|\bStop-Computer\b|\bRestart-Computer\b|^\s*init\s+[06]\s*$/i, 'shuts down or restarts the machine'],
];
/** Cryptocurrency miners, their pools and protocol, and the settings of their configuration. */
const MINER = /\b(?:xmrig|xmr-stak|cpuminer|ccminer|cgminer|bfgminer|ethminer|nbminer|lolminer|phoenixminer|t-rex-miner)\b|\bstratum\+(?:tcp|ssl|tls):\/\/|\b(?:supportxmr\.com|minexmr\.com|nanopool\.org|moneroocean\.stream|2miners\.com|hashvault\.pro|c3pool\.com|herominers\.com|unmineable\.com)\b|"nicehash"\s*:\s*true|"donate-level"\s*:/i;

;// CONCATENATED MODULE: ./src/analysis/interp/limits.ts
// Budgets of the abstract interpreter and the options one unit is evaluated with.
/** Evaluation steps per unit (nodes visited, loop iterations, function re-runs). */
const MAX_STEPS = 1_000_000;
/** Nesting of expressions the evaluator follows; deeper ones are scanned flat. */
const MAX_EXPR_DEPTH = 250;
/** Times one function body is evaluated with different arguments. */
const MAX_EVALS_PER_FN = 4;
/** Items of a loop evaluated one by one. */
const MAX_LOOP_UNROLL = 8;
/** Evaluation steps across one sdist, so many files cannot multiply the cost. */
class StepBudget {
    total;
    used = 0;
    constructor(total = 4_000_000) {
        this.total = total;
    }
}

;// CONCATENATED MODULE: ./src/analysis/interp/scope.ts
// Values and scopes: the interpreter's state (functions, classes, module and function scopes),
// its budget, and how names and attributes resolve to values.








class Scope {
    parent;
    kind;
    vars = new Map();
    globals;
    constructor(parent, kind) {
        this.parent = parent;
        this.kind = kind;
    }
}
const EXPRESSIONS = new Set([
    'VariableName', 'String', 'FormatString', 'ContinuedString', 'Number', 'Boolean', 'None', 'BinaryExpression', 'UnaryExpression',
    'AwaitExpression', 'ParenthesizedExpression', 'TupleExpression', 'ComprehensionExpression', 'ArrayExpression',
    'ArrayComprehensionExpression', 'DictionaryExpression', 'DictionaryComprehensionExpression', 'SetExpression',
    'SetComprehensionExpression', 'CallExpression', 'MemberExpression', 'ConditionalExpression', 'LambdaExpression',
    'NamedExpression', 'YieldExpression', 'Ellipsis',
]);
const NONE = { k: 'const', v: 'None', t: 0 };
/** The interpreter's state; each room below adds one kind of construct to it. */
class Scopes {
    src;
    facts;
    opts;
    fns = [];
    currentClass;
    /** Inside the rounds of a decoding loop before its last: values are computed, facts not recorded. */
    muted = false;
    classes = [];
    module = new Scope(null, 'module');
    pending = [];
    seenLiterals = new Set();
    seenBuilt = new Set();
    seenRefs = new Set();
    seenPayloads = new Map();
    steps = 0;
    depth = 0;
    line = 1;
    ctx;
    starModules = [];
    stepLimitHit = false;
    depthLimitHit = false;
    /** While scanning a too-deep subtree flat: its calls' own arguments may still be folded this deep. */
    extraDepth = 0;
    inFlatScan = false;
    /** Children of the nodes walked, so that walking a loop body again allocates nothing. */
    nodes;
    constructor(src, facts, opts) {
        this.src = src;
        this.facts = facts;
        this.opts = opts;
        this.nodes = new parse/* ChildCache */.xq();
        this.ctx = { where: { scope: 'top-level', entry: opts.topEntry === null ? undefined : (opts.topEntry ?? 'top-level') } };
        this.module.vars.set('__file__', str(opts.path));
        this.module.vars.set('__name__', str(opts.role === 'imported' ? moduleNameOf(opts.path) : '__main__'));
    }
    /**
     * What reading a file of the sdist gives, when build code feeds it to a decoder, `exec` or
     * `json`: its content, for data files (any extension but `.py`, whose exec is followed as a
     * module instead). Reads that only flow into metadata never get here, so README text stays text.
     */
    contentOf(v, fileObject = false) {
        if (!v || v.k !== 'obj' || !v.path || !(v.t & Taint.LOCAL_FILE || fileObject))
            return undefined;
        const whole = /^(builtins\.open\(\)\.read|pathlib\.Path\(\)\.(read_text|read_bytes))\(\)$/.test(v.q);
        if (!whole && !(fileObject && v.q === 'builtins.open()'))
            return undefined;
        const s = knownStr(v.path);
        const rel = s !== undefined && !isAbsolute(s) ? normalizePath(s) : undefined;
        if (!rel || /\.pyw?$/i.test(rel) || !this.opts.fileExists(rel))
            return undefined;
        const raw = this.opts.readFile?.(rel);
        if (raw === undefined)
            return undefined;
        const binary = v.q.endsWith('read_bytes()') || /b/.test(v.mode ?? '');
        return str(binary ? raw : decodeUtf8Maybe(raw), Taint.LOCAL_FILE, { b: binary || undefined, how: `the file ${rel}` });
    }
    // Budget ------------------------------------------------------------------------------------
    step(n = 1) {
        this.steps += n;
        const shared = this.opts.steps;
        if (shared)
            shared.used += n;
        if (this.steps > MAX_STEPS || (shared && shared.used > shared.total)) {
            if (!this.stepLimitHit) {
                this.stepLimitHit = true;
                const which = this.steps > MAX_STEPS ? `${MAX_STEPS} steps for this file` : `${shared.total} steps for the sdist`;
                this.facts.limits.push(`${this.opts.path}: evaluation budget of ${which} spent at line ${this.line}; the rest was scanned without folding`);
            }
            return false;
        }
        return true;
    }
    /**
     * The children of a node, in order (not to be changed). Kept while the rounds of a decoding loop
     * run, which walk one body thousands of times; code that runs once is walked as it comes, since
     * keeping what it walked only gives the collector more to copy.
     */
    kids(node) {
        return this.muted ? this.nodes.of(node) : (0,parse/* childrenAll */.Pl)(node);
    }
    /** The first child of a node of a type. */
    kid(node, name) {
        return this.muted ? this.nodes.first(node, name) : (0,parse/* childOf */.GG)(node, name);
    }
    lineOf(node) {
        return this.src.lines.lineOf(node.from);
    }
    /** Source text; names are NFKC-folded as Python folds them (`𝐞𝐱𝐞𝐜` is `exec`). */
    text(node) {
        const isName = node.name === 'VariableName' || node.name === 'PropertyName';
        if (!isName)
            return (0,parse/* nodeText */.qd)(this.src, node);
        // A name read again (every round of a loop) is the same string: hashed once for every scope
        // lookup, however long an obfuscated name is. No two name nodes start at the same offset.
        const known = this.names.get(node.from);
        if (known !== undefined)
            return known;
        const t = (0,parse/* nodeText */.qd)(this.src, node);
        // eslint-disable-next-line no-control-regex
        const name = /[^\x00-\x7f]/.test(t) ? t.normalize('NFKC') : t;
        this.names.set(node.from, name);
        return name;
    }
    /** The references lookup() gives for builtins, by name. */
    builtinRefs = new Map();
    /** Names by the offset of their node (see text()). */
    names = new Map();
    /** One linear pass: identifiers for the obfuscation checks. */
    collectIdentifiers(top) {
        const c = top.cursor();
        const ids = this.facts.identifiers;
        do {
            if ((c.name === 'VariableName' || c.name === 'PropertyName') && ids.size < 50_000) {
                const name = this.src.text.slice(c.from, c.to);
                if (!ids.has(name))
                    ids.set(name, this.src.lines.lineOf(c.from));
            }
        } while (c.next());
    }
    assignName(name, value, scope) {
        if (scope.globals?.has(name))
            this.module.vars.set(name, value);
        else
            scope.vars.set(name, value);
    }
    // Names and attributes ----------------------------------------------------------------------
    lookup(name, scope) {
        for (let s = scope; s; s = s.parent) {
            if (s.kind === 'class' && s !== scope)
                continue;
            const v = s.vars.get(name);
            if (v)
                return v;
        }
        if (name === '__builtins__' || name === 'builtins')
            return { k: 'ref', q: 'builtins', t: 0 };
        if (BUILTINS.has(name)) {
            // one value per builtin (a reference is never changed once made): `chr` in every round of a loop
            let ref = this.builtinRefs.get(name);
            if (ref === undefined)
                this.builtinRefs.set(name, (ref = { k: 'ref', q: dotted('builtins', name), t: 0 }));
            return ref;
        }
        for (const m of this.starModules) {
            if (STAR_EXPORTS[m]?.includes(name))
                return { k: 'ref', q: `${m}.${name}`, t: m === 'os' && name === 'environ' ? Taint.ENV_ALL : 0 };
        }
        return { k: 'ref', q: name, t: 0 };
    }
    global(name) {
        const v = this.module.vars.get(name);
        if (v)
            return v;
        if (name === '__builtins__')
            return { k: 'ref', q: 'builtins', t: 0 };
        if (BUILTINS.has(name))
            return { k: 'ref', q: dotted('builtins', name), t: 0 };
        return undefined;
    }
    attr(obj, name) {
        switch (obj.k) {
            case 'ref': {
                const base = obj.q === '__builtins__' ? 'builtins' : obj.q;
                const q = dotted(base, name);
                if (q === 'os.environ' || q === 'os.environb')
                    return { k: 'ref', q, t: Taint.ENV_ALL };
                if (q === 'builtins.__dict__' || q === 'builtins.__builtins__')
                    return { k: 'ref', q: base, t: 0 };
                if (base.endsWith('.__dict__'))
                    return { k: 'ref', q: `${base.slice(0, -9)}.${name}`, t: 0 };
                return { k: 'ref', q, t: obj.t & Taint.ENV_ALL ? 0 : obj.t };
            }
            case 'obj': {
                if (obj.q === 'pathlib.Path()') {
                    const p = obj.path ?? unknown();
                    if (name === 'parent')
                        return { ...obj, path: callKnown('os.path.dirname', [p], {}, this) };
                    if (name === 'name')
                        return callKnown('os.path.basename', [p], {}, this);
                    if (name === 'stem' || name === 'suffix')
                        return unknown(p.t);
                    return { k: 'obj', q: `pathlib.Path().${name}`, t: obj.t, path: p };
                }
                return { k: 'obj', q: dotted(obj.q, name), t: obj.t, path: obj.path, mode: obj.mode };
            }
            case 'inst':
            case 'cls': {
                const found = this.classAttr(obj.k === 'inst' ? obj.cls : obj.id, name, 0);
                if (found?.k === 'fn' && obj.k === 'inst')
                    return { ...found, self: obj };
                return found ?? unknown(obj.t);
            }
            case 'str':
                return { k: 'obj', q: `str.${name}`, t: obj.t };
            default:
                return { k: 'unknown', t: obj.t };
        }
    }
    classAttr(id, name, depth) {
        const cls = this.classes[id];
        const m = cls.methods.get(name);
        if (m !== undefined)
            return { k: 'fn', id: m, t: 0 };
        const a = cls.attrs.get(name);
        if (a)
            return a;
        if (depth > 20)
            return undefined;
        for (const b of cls.bases) {
            if (b.k === 'cls') {
                const found = this.classAttr(b.id, name, depth + 1);
                if (found)
                    return found;
            }
            else if (b.k === 'ref') {
                if (isCommandBase(b.q) && (name === 'spawn' || name === 'execute' || name === 'run_command' || name === 'announce'))
                    return { k: 'ref', q: `setuptools.Command.${name}`, t: 0 };
                return { k: 'ref', q: dotted(b.q, name), t: 0 };
            }
        }
        return undefined;
    }
    lookupQuiet(name, scope) {
        for (let s = scope; s; s = s.parent) {
            const v = s.vars.get(name);
            if (v)
                return v;
        }
        if (BUILTINS.has(name))
            return { k: 'ref', q: dotted('builtins', name), t: 0 };
        return undefined;
    }
}
function isStringNode(n) {
    return n.name === 'String' || n.name === 'ContinuedString';
}
function moduleNameOf(path) {
    return path.replace(/\.py$/, '').replace(/\/__init__$/, '').replace(/\//g, '.');
}

;// CONCATENATED MODULE: ./src/analysis/interp/record.ts
// Recording facts: calls, references, literals and built strings, and the flat scan of subtrees
// the evaluator gives up on.




class Recorder extends Scopes {
    /** Call snippets by the call's extent in the source (`f(x)(y)` holds two calls starting at one offset). */
    snippets = new Map();
    // Recording ---------------------------------------------------------------------------------
    recordCall(callee, args, kwargs, node, ctx, receiver, result) {
        if (this.muted)
            return;
        // only the start of the call is shown: a call may wrap a payload of megabytes
        // built once per call site: a call in a loop is recorded on every iteration
        const site = node.to * (this.src.text.length + 1) + node.from;
        let snippet = this.snippets.get(site);
        if (snippet === undefined) {
            snippet = (node.to - node.from > 160 ? this.src.text.slice(node.from, node.from + 157) + '...' : this.text(node)).replace(/\s+/g, ' ');
            this.snippets.set(site, snippet);
        }
        this.facts.calls.push({ callee, args, kwargs, line: this.lineOf(node), where: ctx.where, snippet, receiver, result });
        for (const a of args)
            this.recordBuilt(a, ctx);
        for (const a of Object.values(kwargs))
            this.recordBuilt(a, ctx);
    }
    recordRef(q, node, ctx) {
        if (this.muted)
            return;
        const line = this.lineOf(node);
        const key = `${q}@${line}`;
        if (this.seenRefs.has(key))
            return;
        this.seenRefs.add(key);
        this.facts.refs.push({ q, line, where: ctx.where });
    }
    recordLiteral(node, v, ctx) {
        if (this.muted)
            return;
        if (v.k !== 'str')
            return;
        if (this.seenLiterals.has(node.from))
            return;
        this.seenLiterals.add(node.from);
        if (v.s.length === 0)
            return;
        this.facts.strings.push({ value: v, line: this.lineOf(node), where: ctx.where, kind: 'literal', metadata: ctx.meta || undefined });
    }
    recordBuilt(v, ctx) {
        if (this.muted)
            return;
        for (const s of stringsIn(v)) {
            if (s.lit || s.s.length < 4)
                continue;
            const key = `${this.line}|${s.s.length > 300 ? s.s.slice(0, 150) + s.s.length + s.s.slice(-150) : s.s}`;
            if (this.seenBuilt.has(key))
                continue;
            this.seenBuilt.add(key);
            this.facts.strings.push({ value: s, line: this.line, where: ctx.where, kind: 'built', metadata: ctx.meta || undefined });
        }
    }
    /** When the evaluator gives up on a subtree, its calls are still found, with unresolved arguments. */
    scanCallsFlat(node, scope, ctx) {
        if (this.inFlatScan)
            return;
        this.inFlatScan = true;
        try {
            this.scanCallsFlatInner(node, scope, ctx);
        }
        finally {
            this.inFlatScan = false;
            this.extraDepth = 0;
        }
    }
    scanCallsFlatInner(node, scope, ctx) {
        const c = node.cursor();
        const end = node.to;
        let n = 0;
        do {
            if (c.from >= end)
                break;
            if (++n > 200_000)
                break;
            if (c.name === 'CallExpression') {
                const callee = c.node.firstChild;
                if (!callee)
                    continue;
                const name = this.text(callee);
                if (name.length > 120 || !/^[\w.]+$/.test(name))
                    continue;
                const [head, ...rest] = name.split('.');
                const base = this.lookupQuiet(head, scope);
                const q = base && base.k === 'ref' ? [base.q, ...rest].join('.') : name;
                // the arguments of a call found this way are usually shallow: fold them a little deeper
                const argList = (0,parse/* childOf */.GG)(c.node, 'ArgList');
                this.extraDepth = 30;
                const { args, kwargs } = argList && this.steps < MAX_STEPS ? this.evalArgs(argList, scope, ctx) : { args: [], kwargs: {} };
                this.extraDepth = 0;
                this.facts.calls.push({ callee: q, args, kwargs, line: this.src.lines.lineOf(c.from), where: ctx.where, snippet: name + '(...)' });
            }
            else if (c.name === 'String' && c.to - c.from < 1_000_000) {
                const lit = (0,parse/* stringLiteral */.Hg)(this.src.text.slice(c.from, c.to));
                if (!this.seenLiterals.has(c.from) && lit.value.length) {
                    this.seenLiterals.add(c.from);
                    this.facts.strings.push({ value: str(lit.value, 0, { b: lit.bytes || undefined, lit: true }), line: this.src.lines.lineOf(c.from), where: ctx.where, kind: 'literal' });
                }
            }
        } while (c.next());
    }
}

;// CONCATENATED MODULE: ./src/analysis/interp/expressions.ts
// Expressions: literals, operators, containers, attribute access and subscripts, folded to values.







class Expressions extends Recorder {
    /** String literals by start offset: a loop body's literals are unescaped once, not per iteration. */
    literals = new Map();
    // Expressions -------------------------------------------------------------------------------
    exprChildren(node) {
        const out = [];
        for (const c of this.kids(node))
            if (EXPRESSIONS.has(c.name))
                out.push(c);
        return out;
    }
    evalChildren(node, scope, ctx) {
        for (const c of this.kids(node))
            if (EXPRESSIONS.has(c.name))
                this.evalExpr(c, scope, ctx);
    }
    evalExpr(node, scope, ctx) {
        if (!this.step()) {
            this.scanCallsFlat(node, scope, ctx);
            return unknown();
        }
        if (this.depth >= MAX_EXPR_DEPTH + this.extraDepth) {
            if (this.inFlatScan)
                return unknown();
            if (!this.depthLimitHit) {
                this.depthLimitHit = true;
                this.facts.limits.push(`${this.opts.path}:${this.lineOf(node)}: expressions or calls nested deeper than ${MAX_EXPR_DEPTH}; their calls were scanned without folding`);
            }
            this.scanCallsFlat(node, scope, ctx);
            return unknown();
        }
        this.depth++;
        const saved = this.ctx;
        this.ctx = ctx;
        try {
            return this.evalInner(node, scope, ctx);
        }
        finally {
            this.depth--;
            this.ctx = saved;
        }
    }
    evalInner(node, scope, ctx) {
        switch (node.name) {
            case 'VariableName': {
                const v = this.lookup(this.text(node), scope);
                if (v.k === 'ref')
                    this.recordRef(v.q, node, ctx);
                else if (v.k === 'fn' || v.k === 'cls')
                    this.referenced(v, ctx);
                return v;
            }
            case 'String': {
                let lit = this.literals.get(node.from);
                if (!lit) {
                    lit = (0,parse/* stringLiteral */.Hg)(this.text(node));
                    this.literals.set(node.from, lit);
                }
                const v = str(lit.value, 0, { b: lit.bytes || undefined, lit: true });
                this.recordLiteral(node, v, ctx);
                return v;
            }
            case 'FormatString':
                return this.evalFormatString(node, scope, ctx);
            case 'ContinuedString': {
                const parts = this.exprChildren(node).map((c) => this.evalExpr(c, scope, ctx));
                const bytes = parts.every((p) => p.k === 'str' && p.b);
                return joinPieces(parts, '', bytes);
            }
            case 'Number':
                return parseNumber(this.text(node));
            case 'Boolean':
                return { k: 'const', v: this.text(node) === 'True' ? 'True' : 'False', t: 0 };
            case 'None':
                return NONE;
            case 'Ellipsis':
                return unknown();
            case 'ParenthesizedExpression': {
                const inner = this.exprChildren(node);
                return inner.length ? this.evalExpr(inner[0], scope, ctx) : unknown();
            }
            case 'TupleExpression':
            case 'ArrayExpression':
            case 'SetExpression':
                return this.evalSequence(node, scope, ctx);
            case 'DictionaryExpression':
                return this.evalDict(node, scope, ctx);
            case 'ComprehensionExpression':
            case 'ArrayComprehensionExpression':
            case 'SetComprehensionExpression':
            case 'DictionaryComprehensionExpression':
                return this.evalComprehension(node, scope, ctx);
            case 'BinaryExpression':
                return this.evalBinary(node, scope, ctx);
            case 'UnaryExpression': {
                const all = this.kids(node);
                const op = all[0];
                const arg = all[all.length - 1];
                if (!op || !arg || op === arg)
                    return unknown();
                const v = this.evalExpr(arg, scope, ctx);
                const o = this.text(op);
                if (o === 'not') {
                    const b = truthyKnown(v);
                    return b === undefined ? unknown(v.t) : { k: 'const', v: b ? 'False' : 'True', t: 0 };
                }
                if (v.k !== 'num')
                    return unknown(v.t);
                if (o === '-')
                    return num(-v.n);
                if (o === '~')
                    return num(~v.n);
                return v;
            }
            case 'AwaitExpression':
            case 'YieldExpression': {
                const inner = this.exprChildren(node);
                for (const c of inner)
                    this.evalExpr(c, scope, ctx);
                return unknown();
            }
            case 'ConditionalExpression': {
                const parts = this.exprChildren(node);
                const vals = parts.map((p) => this.evalExpr(p, scope, ctx));
                if (vals.length < 3)
                    return unknown();
                const cond = truthyKnown(vals[1]);
                if (cond === true)
                    return vals[0];
                if (cond === false)
                    return vals[2];
                return withMoreTaint(vals[0], deepTaint(vals[2]));
            }
            case 'NamedExpression': {
                const [target, value] = this.exprChildren(node);
                if (!target || !value)
                    return unknown();
                const v = this.evalExpr(value, scope, ctx);
                this.assignTarget(target, v, scope, ctx);
                return v;
            }
            case 'LambdaExpression':
                return this.defineLambda(node, scope, ctx);
            case 'CallExpression':
                return this.evalCall(node, scope, ctx);
            case 'MemberExpression':
                return this.evalMember(node, scope, ctx);
            default:
                return unknown();
        }
    }
    evalFormatString(node, scope, ctx) {
        const text = this.text(node);
        const prefix = /^[a-zA-Z]*/.exec(text)[0];
        const raw = /r/i.test(prefix);
        const bytes = /b/i.test(prefix);
        const q = text[prefix.length];
        const quoteLen = text.startsWith(q + q + q, prefix.length) ? 3 : 1;
        let pos = node.from + prefix.length + quoteLen;
        const end = node.to - quoteLen;
        const pieces = [];
        const literal = (from, to) => {
            if (to <= from)
                return;
            let s = this.src.text.slice(from, to).replace(/\{\{/g, '{').replace(/\}\}/g, '}');
            if (!raw)
                s = (0,parse/* unescape */.x4)(s, bytes);
            pieces.push(str(s));
        };
        for (const c of this.kids(node)) {
            if (c.name !== 'FormatReplacement')
                continue;
            literal(pos, c.from);
            const inner = this.exprChildren(c);
            const v = inner.length ? this.evalExpr(inner[0], scope, ctx) : unknown();
            const conv = this.kid(c, 'FormatConversion');
            pieces.push(conv && this.text(conv) === '!r' && v.k === 'str' && !v.partial ? str(`'${v.s}'`, v.t) : v);
            pos = c.to;
        }
        literal(pos, end);
        const out = joinPieces(pieces, '', bytes);
        if (this.kid(node, 'FormatReplacement'))
            this.recordBuilt(out, ctx);
        else {
            if (out.k === 'str')
                out.lit = true;
            this.recordLiteral(node, out, ctx);
        }
        return out;
    }
    evalSequence(node, scope, ctx) {
        const items = [];
        let t = 0;
        let spread = false;
        for (const c of this.kids(node)) {
            if (c.name === '*') {
                spread = true;
                continue;
            }
            if (!EXPRESSIONS.has(c.name))
                continue;
            const v = this.evalExpr(c, scope, ctx);
            if (spread) {
                const inner = iterate(v, this);
                if (inner)
                    items.push(...inner);
                else
                    t |= deepTaint(v);
                spread = false;
            }
            else
                items.push(v);
            if (items.length > MAX_ITEMS)
                return unknown(t);
        }
        return { k: 'seq', items, tuple: node.name === 'TupleExpression' || undefined, t };
    }
    evalDict(node, scope, ctx) {
        const keys = [];
        const values = [];
        let t = 0;
        let pendingKey;
        let spread = false;
        for (const c of this.kids(node)) {
            if (c.name === '**') {
                spread = true;
                continue;
            }
            if (!EXPRESSIONS.has(c.name))
                continue;
            const v = this.evalExpr(c, scope, ctx);
            if (spread) {
                if (v.k === 'dict') {
                    keys.push(...v.keys);
                    values.push(...v.values);
                }
                else
                    t |= deepTaint(v);
                spread = false;
            }
            else if (pendingKey === undefined)
                pendingKey = v;
            else {
                keys.push(pendingKey.k === 'str' && !pendingKey.partial ? pendingKey.s : pendingKey.k === 'num' ? String(pendingKey.n) : undefined);
                values.push(v);
                t |= pendingKey.t;
                pendingKey = undefined;
            }
        }
        return { k: 'dict', keys, values, t };
    }
    evalBinary(node, scope, ctx) {
        // Long left-leaning chains (`"a" + "b" + ...`) are walked iteratively.
        const chain = [];
        let left = node;
        while (left.name === 'BinaryExpression') {
            const all = this.kids(left);
            const l = all[0];
            const opNode = all[1];
            const r = all[all.length - 1];
            if (!l || !opNode || !r || r === opNode)
                break;
            let op = this.text(opNode);
            if (op === 'not' || op === 'is')
                op = `${op} ${this.text(all[2] ?? opNode)}`;
            chain.push({ op, right: r });
            left = l;
            if (chain.length > 100_000)
                break;
        }
        let acc = left === node ? unknown() : this.evalExpr(left, scope, ctx);
        for (let i = chain.length - 1; i >= 0; i--) {
            const { op, right } = chain[i];
            if (op === 'and' || op === 'or') {
                const r = this.evalExpr(right, scope, ctx);
                const b = truthyKnown(acc);
                if (op === 'or')
                    acc = b === true ? acc : b === false ? r : withMoreTaint(acc, deepTaint(r));
                else
                    acc = b === false ? acc : b === true ? r : withMoreTaint(r, deepTaint(acc));
                continue;
            }
            const r = this.evalExpr(right, scope, ctx);
            if (/^(==|!=|<|>|<=|>=|<>|in|not in|is|is not)$/.test(op) || op.startsWith('not') || op.startsWith('is')) {
                acc = compare(op, acc, r);
                continue;
            }
            if (acc.k === 'obj' && acc.q === 'pathlib.Path()' && op === '/') {
                acc = { ...acc, path: callKnown('os.path.join', [acc.path ?? unknown(), r], {}, this) };
                continue;
            }
            acc = binaryOp(op, acc, r);
        }
        return acc;
    }
    evalMember(node, scope, ctx) {
        const objNode = this.kids(node)[0];
        if (!objNode)
            return unknown();
        const obj = this.evalExpr(objNode, scope, ctx);
        const prop = this.kid(node, 'PropertyName');
        if (prop) {
            const v = this.attr(obj, this.text(prop));
            if (v.k === 'ref')
                this.recordRef(v.q, node, ctx);
            else if (v.k === 'fn' || v.k === 'cls')
                this.referenced(v, ctx);
            return v;
        }
        return this.evalSubscript(node, obj, scope, ctx);
    }
    subscriptParts(node) {
        const parts = [];
        let isSlice = false;
        let cur;
        let started = false;
        for (const c of this.kids(node)) {
            if (c.name === '[') {
                started = true;
                continue;
            }
            if (!started)
                continue;
            if (c.name === ':') {
                isSlice = true;
                parts.push(cur);
                cur = undefined;
            }
            else if (c.name === ']') {
                parts.push(cur);
            }
            else if (EXPRESSIONS.has(c.name))
                cur = c;
        }
        return { parts, isSlice };
    }
    subscriptKey(node, scope, ctx) {
        const { parts, isSlice } = this.subscriptParts(node);
        if (isSlice || !parts[0])
            return undefined;
        const v = this.evalExpr(parts[0], scope, ctx);
        return v.k === 'str' && !v.partial ? v.s : v.k === 'num' ? String(v.n) : undefined;
    }
    evalSubscript(node, objIn, scope, ctx) {
        // a slice of a data file's bytes (what follows an image's end, say) is data of the sdist
        const obj = this.contentOf(objIn) ?? objIn;
        const { parts, isSlice } = this.subscriptParts(node);
        const vals = parts.map((p) => (p ? this.evalExpr(p, scope, ctx) : undefined));
        if (isSlice) {
            const nums = vals.map((v) => (v && v.k === 'num' ? v.n : undefined));
            if (vals.some((v, i) => v !== undefined && nums[i] === undefined))
                return unknown(deepTaint(obj));
            const [a, b, s] = nums;
            if (obj.k === 'str' && !obj.partial) {
                const out = slice(obj.s, a, b, s ?? 1);
                if (out === undefined)
                    return unknown(obj.t);
                const reversed = (s ?? 1) < 0 && obj.s.length >= 8;
                if (reversed) {
                    const v = str(out, obj.t | Taint.DECODED, { b: obj.b, how: obj.how ? `${obj.how} -> reversed` : 'reversed' });
                    this.facts.decodes.push({ codec: 'reversed', line: this.lineOf(node), where: ctx.where, ok: true, output: v, inputLength: obj.s.length });
                    this.recordBuilt(v, ctx);
                    return v;
                }
                return str(out, obj.t, { b: obj.b, how: obj.how });
            }
            if (obj.k === 'seq') {
                const out = slice(obj.items, a, b, s ?? 1);
                return out ? { k: 'seq', items: out, t: obj.t } : unknown(deepTaint(obj));
            }
            return withMoreTaint(unknown(deepTaint(obj)), 0);
        }
        const key = vals[0] ?? unknown();
        const keyStr = knownStr(key);
        if (obj.k === 'ref') {
            if (obj.q === 'os.environ' || obj.q === 'os.environb')
                return envRead(key);
            if (obj.q === '<globals>' && keyStr !== undefined) {
                const v = this.global(keyStr);
                this.dynamic('globals()', key, v?.k === 'ref' ? v.q : keyStr, 'globals');
                return v ?? unknown();
            }
            if (obj.q === 'sys.modules' && keyStr !== undefined)
                return { k: 'ref', q: keyStr, t: 0 };
            if (obj.q === 'builtins' || obj.q.endsWith('.__dict__')) {
                const base = obj.q === 'builtins' ? 'builtins' : obj.q.slice(0, -9);
                this.dynamic('__dict__', key, keyStr !== undefined ? `${base}.${keyStr}` : undefined, base);
                return keyStr !== undefined ? { k: 'ref', q: `${base}.${keyStr}`, t: 0 } : unknown(key.t);
            }
            return { k: 'obj', q: `${obj.q}[]`, t: obj.t | key.t };
        }
        if (obj.k === 'str' && key.k === 'num' && !obj.partial) {
            const i = key.n < 0 ? obj.s.length + key.n : key.n;
            if (i < 0 || i >= obj.s.length)
                return unknown(obj.t);
            return obj.b ? num(obj.s.charCodeAt(i)) : str(obj.s[i], obj.t);
        }
        if (obj.k === 'seq' && key.k === 'num') {
            const i = key.n < 0 ? obj.items.length + key.n : key.n;
            return obj.items[i] ?? unknown(deepTaint(obj));
        }
        if (obj.k === 'dict') {
            if (keyStr !== undefined || key.k === 'num') {
                const i = obj.keys.indexOf(keyStr ?? String(key.n));
                if (i !== -1)
                    return obj.values[i];
            }
            return unknown(deepTaint(obj));
        }
        if (obj.k === 'obj')
            return { k: 'obj', q: `${obj.q}[]`, t: obj.t };
        return unknown(deepTaint(obj) | key.t);
    }
}
function compare(op, a, b) {
    const as = a.k === 'str' && !a.partial ? a.s : a.k === 'num' ? a.n : undefined;
    const bs = b.k === 'str' && !b.partial ? b.s : b.k === 'num' ? b.n : undefined;
    const bool = (v) => ({ k: 'const', v: v ? 'True' : 'False', t: 0 });
    if (as !== undefined && bs !== undefined && (op === '==' || op === '!='))
        return bool((op === '==') === (as === bs));
    // ordering of two numbers or two strings, as decoding loops test their index
    if (as !== undefined && bs !== undefined && typeof as === typeof bs) {
        if (op === '<')
            return bool(as < bs);
        if (op === '>')
            return bool(as > bs);
        if (op === '<=')
            return bool(as <= bs);
        if (op === '>=')
            return bool(as >= bs);
    }
    if ((op === 'in' || op === 'not in') && as !== undefined) {
        let found;
        if (b.k === 'str' && !b.partial && typeof as === 'string')
            found = b.s.includes(as);
        else if (b.k === 'seq' && b.items.length <= 10_000) {
            const keys = b.items.map((i) => (i.k === 'str' && !i.partial ? i.s : i.k === 'num' ? i.n : undefined));
            found = keys.includes(as) ? true : keys.includes(undefined) ? undefined : false;
        }
        else if (b.k === 'dict' && typeof as === 'string')
            found = b.keys.includes(as) ? true : b.keys.includes(undefined) ? undefined : false;
        if (found !== undefined)
            return bool((op === 'in') === found);
    }
    return unknown();
}
function parseNumber(text) {
    const t = text.replace(/_/g, '').replace(/[lLjJ]$/, '');
    let n;
    if (/^0[xX]/.test(t))
        n = parseInt(t.slice(2), 16);
    else if (/^0[oO]/.test(t))
        n = parseInt(t.slice(2), 8);
    else if (/^0[bB]/.test(t))
        n = parseInt(t.slice(2), 2);
    else if (/^0\d+$/.test(t))
        n = parseInt(t, 8);
    else
        n = Number(t);
    return Number.isFinite(n) ? num(n) : unknown();
}

;// CONCATENATED MODULE: ./src/analysis/interp/loops.ts
// Decoding loops: a loop over constant data whose body only computes (chr/ord arithmetic, XOR
// with a key, table lookups, appends) is run item by item, within the step budget, so that the
// payload it decodes is seen. Loops that do anything else keep the usual treatment (a few items
// unrolled, or one pass over a merged value).

/** Items (or `while` rounds) a decoding loop may run; the step budget bounds it too. */
const MAX_DECODE_ITERATIONS = 100_000;
const PURE_FUNCTIONS = new Set([
    'chr', 'ord', 'int', 'str', 'bytes', 'bytearray', 'len', 'range', 'hex', 'abs', 'divmod', 'pow', 'min', 'max', 'list', 'tuple',
    'reversed', 'enumerate', 'zip', 'sum', 'bin', 'oct', 'round', 'isinstance', 'unichr',
]);
const PURE_METHODS = new Set([
    'append', 'extend', 'join', 'index', 'find', 'rfind', 'get', 'lower', 'upper', 'strip', 'encode', 'decode', 'insert', 'pop', 'replace',
    'split', 'startswith', 'endswith', 'isdigit', 'isalpha', 'isupper', 'islower', 'count', 'zfill', 'rjust', 'ljust', 'to_bytes', 'from_bytes',
]);
const IMPURE_NODES = new Set(['FunctionDefinition', 'ClassDefinition', 'ImportStatement', 'WithStatement', 'TryStatement', 'YieldStatement', 'AwaitExpression', 'LambdaExpression']);
/** Whether a loop body (and its condition) only computes values: no calls but to pure builtins and methods. */
function isPureLoop(nodes, text) {
    let seen = 0;
    for (const node of nodes) {
        const c = node.cursor();
        const end = node.to;
        do {
            if (c.from >= end)
                break;
            if (++seen > 2_000)
                return false;
            if (IMPURE_NODES.has(c.name))
                return false;
            if (c.name === 'CallExpression') {
                const callee = c.node.firstChild;
                if (!callee)
                    return false;
                if (callee.name === 'VariableName') {
                    if (!PURE_FUNCTIONS.has(text(callee)))
                        return false;
                }
                else if (callee.name === 'MemberExpression') {
                    const prop = (0,parse/* childOf */.GG)(callee, 'PropertyName');
                    if (!prop || !PURE_METHODS.has(text(prop)))
                        return false;
                }
                else
                    return false;
            }
        } while (c.next());
    }
    return true;
}

;// CONCATENATED MODULE: ./src/analysis/interp/statements.ts
// Statements and control flow: blocks, assignments, branches, loops (unrolled when small), `with`,
// `try`, `match`, and comprehensions.








class Statements extends Expressions {
    // Statements --------------------------------------------------------------------------------
    execBlock(node, scope, ctx) {
        const all = this.kids(node);
        let first = true;
        for (let i = 0; i < all.length; i++) {
            const child = all[i];
            if (child.name === 'ExpressionStatement' && this.isPy2Exec(child, all[i + 1])) {
                // `exec code` / `exec code in ns` (Python 2): lezer splits it at the error
                let n = i + 1;
                while (n < all.length && all[n].type.isError)
                    n++;
                const next = all[n];
                const nextFirst = next && this.kids(next)[0];
                if (next && next.name === 'ExpressionStatement' && nextFirst) {
                    let arg = nextFirst;
                    const argFirst = this.kids(arg)[0];
                    if (arg.name === 'BinaryExpression' && argFirst && this.kid(arg, 'in'))
                        arg = argFirst;
                    this.line = this.lineOf(child);
                    const v = this.evalExpr(arg, scope, ctx);
                    this.recordCall('builtins.exec', [v], {}, child, ctx, undefined, NONE);
                    this.handleExec('builtins.exec', [v], {}, ctx);
                    i = n;
                    continue;
                }
            }
            const only = child.name === 'ExpressionStatement' ? this.kids(child) : undefined;
            if (first && only && only.length === 1 && isStringNode(only[0])) {
                const v = this.evalExpr(only[0], scope, { ...ctx, meta: true });
                if (scope === this.module)
                    scope.vars.set('__doc__', v);
                first = false;
                continue;
            }
            if (!child.type.isError && child.name !== 'Comment' && child.name !== ':')
                first = false;
            this.execStmt(child, scope, ctx);
        }
    }
    isPy2Exec(stmt, next) {
        const all = this.kids(stmt);
        const c = all[0];
        if (!c || c.name !== 'VariableName' || all.length > 1 || this.text(c) !== 'exec')
            return false;
        return !!next && next.type.isError;
    }
    execStmt(node, scope, ctx) {
        if (!this.step())
            return;
        this.line = this.lineOf(node);
        switch (node.name) {
            case 'ExpressionStatement':
            case 'PrintStatement':
            case 'RaiseStatement':
            case 'AssertStatement':
            case 'DeleteStatement':
            case 'YieldStatement':
                this.evalChildren(node, scope, ctx);
                return;
            case 'StatementGroup':
                for (const c of this.kids(node))
                    this.execStmt(c, scope, ctx);
                return;
            case 'AssignStatement':
                this.execAssign(node, scope, ctx);
                return;
            case 'UpdateStatement':
                this.execUpdate(node, scope, ctx);
                return;
            case 'ReturnStatement': {
                const vals = this.exprChildren(node).map((c) => this.evalExpr(c, scope, ctx));
                const v = vals.length === 0 ? NONE : vals.length === 1 ? vals[0] : { k: 'seq', items: vals, tuple: true, t: 0 };
                ctx.returns?.push(v);
                this.recordBuilt(v, ctx);
                return;
            }
            case 'ImportStatement':
                this.execImport(node, scope, ctx);
                return;
            case 'ScopeStatement':
                if (node.firstChild?.name === 'global') {
                    scope.globals ??= new Set();
                    for (const c of (0,parse/* childrenOf */.LU)(node, 'VariableName'))
                        scope.globals.add(this.text(c));
                }
                return;
            case 'FunctionDefinition':
                this.defineFunction(node, scope, ctx);
                return;
            case 'ClassDefinition':
                this.defineClass(node, scope, ctx);
                return;
            case 'DecoratedStatement': {
                const decorators = (0,parse/* childrenOf */.LU)(node, 'Decorator');
                for (const d of decorators)
                    for (const a of (0,parse/* childrenOf */.LU)(d, 'ArgList'))
                        this.evalArgs(a, scope, ctx);
                const def = (0,parse/* childOf */.GG)(node, 'FunctionDefinition') ?? (0,parse/* childOf */.GG)(node, 'ClassDefinition');
                if (!def)
                    return;
                const v = def.name === 'FunctionDefinition' ? this.defineFunction(def, scope, ctx) : this.defineClass(def, scope, ctx);
                // a decorator may register the function to run (atexit.register, a hook decorator)
                if (v)
                    this.referenced(v, ctx);
                return;
            }
            case 'IfStatement':
                this.execIf(node, scope, ctx);
                return;
            case 'ForStatement':
                this.execFor(node, scope, ctx);
                return;
            case 'WithStatement':
                this.execWith(node, scope, ctx);
                return;
            case 'WhileStatement':
                if (!this.execWhile(node, scope, ctx))
                    this.execCompound(node, scope, ctx);
                return;
            case 'TryStatement':
            case 'MatchStatement':
            case 'MatchBody':
            case 'MatchClause':
                this.execCompound(node, scope, ctx);
                return;
            default:
                if (node.type.isError)
                    return;
                if (EXPRESSIONS.has(node.name))
                    this.evalExpr(node, scope, ctx);
        }
    }
    execCompound(node, scope, ctx) {
        let asNext = false;
        const all = this.kids(node);
        for (let i = 0; i < all.length; i++) {
            const c = all[i];
            if (c.name === 'Body')
                this.execBlock(c, scope, ctx);
            else if (c.name === 'MatchBody' || c.name === 'MatchClause')
                this.execCompound(c, scope, ctx);
            else if (c.name === 'as' || (c.name === ',' && all[i - 1]?.name !== 'except' && node.name === 'TryStatement'))
                asNext = true;
            else if (asNext && c.name === 'VariableName') {
                this.assignName(this.text(c), unknown(), scope);
                asNext = false;
            }
            else if (EXPRESSIONS.has(c.name))
                this.evalExpr(c, scope, ctx);
        }
    }
    execIf(node, scope, ctx) {
        let skipNextBody = false;
        for (const c of this.kids(node)) {
            if (c.name === 'Body') {
                if (!skipNextBody)
                    this.execBlock(c, scope, ctx);
                skipNextBody = false;
            }
            else if (EXPRESSIONS.has(c.name)) {
                // an imported module's `if __name__ == "__main__":` block does not run on import
                if (this.opts.role === 'imported' && this.isMainGuard(c))
                    skipNextBody = true;
                this.evalExpr(c, scope, ctx);
            }
        }
    }
    isMainGuard(test) {
        return test.name === 'BinaryExpression' && /^__name__\s*==\s*['"]__main__['"]$|^['"]__main__['"]\s*==\s*__name__$/.test(this.text(test));
    }
    execFor(node, scope, ctx) {
        const targets = [];
        const iters = [];
        const bodies = [];
        let phase = 'targets';
        for (const c of this.kids(node)) {
            if (c.name === 'in')
                phase = 'iters';
            else if (c.name === 'Body')
                bodies.push(c);
            else if (EXPRESSIONS.has(c.name))
                (phase === 'targets' ? targets : iters).push(c);
        }
        const iterVals = iters.map((n) => this.evalExpr(n, scope, ctx));
        const iterable = iterVals.length === 1 ? iterVals[0] : { k: 'seq', items: iterVals, tuple: true, t: 0 };
        const items = iterate(iterable, this);
        const bind = (v) => {
            if (targets.length === 1)
                this.assignTarget(targets[0], v, scope, ctx);
            else
                this.assignTargets(targets, v, scope, ctx);
        };
        if (items && items.length > 0 && items.length <= MAX_LOOP_UNROLL) {
            for (const item of items) {
                bind(item);
                if (bodies[0])
                    this.execBlock(bodies[0], scope, ctx);
            }
        }
        else if (items && items.length > 0 && items.length <= MAX_DECODE_ITERATIONS && bodies[0] && isPureLoop([bodies[0]], (n) => this.text(n))) {
            // a decoding loop over constant data: every item, the facts of the last round only
            const body = bodies[0];
            this.quietly(items.length, (i) => {
                bind(items[i]);
                this.execBlock(body, scope, ctx);
                return true;
            });
        }
        else {
            bind(items && items.length ? mergeValues(items) : unknown(deepTaint(iterable)));
            if (bodies[0])
                this.execBlock(bodies[0], scope, ctx);
        }
        if (bodies[1])
            this.execBlock(bodies[1], scope, ctx);
    }
    /**
     * `while <cond>:` over known values with a body that only computes: run round by round while the
     * condition is known true. False when the loop is not of that kind (it is then evaluated once).
     */
    execWhile(node, scope, ctx) {
        const cond = this.kids(node)[1];
        const body = this.kid(node, 'Body');
        if (!cond || !body || !EXPRESSIONS.has(cond.name) || cond.name === 'Boolean' || !isPureLoop([cond, body], (n) => this.text(n)))
            return false;
        let rounds = 0;
        let known = true;
        this.quietly(MAX_DECODE_ITERATIONS, () => {
            const b = truthyKnown(this.evalExpr(cond, scope, ctx));
            if (b !== true) {
                known = b === false;
                return false;
            }
            rounds++;
            this.execBlock(body, scope, ctx);
            return true;
        });
        // nothing known about the condition: the usual single pass records the body's facts
        if (!known && rounds === 0)
            return false;
        const bodies = this.kids(node).filter((c) => c.name === 'Body');
        if (bodies[1])
            this.execBlock(bodies[1], scope, ctx);
        return true;
    }
    /** Runs `round(i)` up to `n` times (until it returns false or the budget ends), recording facts only in the last round. */
    quietly(n, round) {
        const wasMuted = this.muted;
        try {
            for (let i = 0; i < n; i++) {
                this.muted = wasMuted || i < n - 1;
                if (!this.step(4) || !round(i))
                    break;
            }
        }
        finally {
            this.muted = wasMuted;
        }
    }
    execWith(node, scope, ctx) {
        let last;
        let asNext = false;
        for (const c of this.kids(node)) {
            if (c.name === 'Body')
                this.execBlock(c, scope, ctx);
            else if (c.name === 'as')
                asNext = true;
            else if (asNext && c.name === 'VariableName') {
                this.assignName(this.text(c), last ?? unknown(), scope);
                asNext = false;
            }
            else if (EXPRESSIONS.has(c.name))
                last = this.evalExpr(c, scope, ctx);
        }
    }
    execAssign(node, scope, ctx) {
        const all = this.kids(node);
        if (all.length === 3 && all[1].name === 'AssignOp' && EXPRESSIONS.has(all[0].name) && EXPRESSIONS.has(all[2].name)) {
            // `target = value`, the common case, without the bookkeeping of chains and tuples below
            const value = this.evalExpr(all[2], scope, ctx);
            this.recordBuilt(value, ctx);
            this.assignTarget(all[0], value, scope, ctx);
            return;
        }
        const segments = [[]];
        const trailingComma = [false];
        for (const c of all) {
            if (c.name === 'AssignOp') {
                segments.push([]);
                trailingComma.push(false);
            }
            else if (c.name === ',')
                trailingComma[trailingComma.length - 1] = true;
            else if (EXPRESSIONS.has(c.name))
                segments[segments.length - 1].push(c);
        }
        if (segments.length < 2) {
            // an annotation without a value: `x: int`
            return;
        }
        const valueNodes = segments[segments.length - 1];
        const vals = valueNodes.map((n) => this.evalExpr(n, scope, ctx));
        const value = vals.length === 1 && !trailingComma[segments.length - 1] ? vals[0] : { k: 'seq', items: vals, tuple: true, t: 0 };
        this.recordBuilt(value, ctx);
        for (let i = 0; i < segments.length - 1; i++) {
            const seg = segments[i];
            if (seg.length === 1 && !trailingComma[i])
                this.assignTarget(seg[0], value, scope, ctx);
            else
                this.assignTargets(seg, value, scope, ctx);
        }
    }
    execUpdate(node, scope, ctx) {
        const target = this.kids(node)[0];
        const op = this.kid(node, 'UpdateOp');
        if (!target || !op)
            return;
        const rhsNodes = this.exprChildren(node).slice(1);
        const rhs = rhsNodes.length === 1 ? this.evalExpr(rhsNodes[0], scope, ctx) : { k: 'seq', items: rhsNodes.map((n) => this.evalExpr(n, scope, ctx)), tuple: true, t: 0 };
        const cur = this.evalExpr(target, scope, ctx);
        const opText = this.text(op).slice(0, -1);
        let v;
        if (opText === '+' && cur.k === 'seq') {
            const items = iterate(rhs, this);
            if (items && cur.items.length + items.length <= MAX_ITEMS) {
                cur.items.push(...items);
                v = cur;
            }
            else
                v = unknown(deepTaint(cur) | deepTaint(rhs));
        }
        else
            v = binaryOp(opText, cur, rhs);
        this.assignTarget(target, v, scope, ctx);
    }
    assignTargets(targets, value, scope, ctx) {
        const items = value.k === 'seq' ? value.items : undefined;
        targets.forEach((t, i) => {
            const v = items && items.length === targets.length ? items[i] : unknown(deepTaint(value));
            this.assignTarget(t, v, scope, ctx);
        });
    }
    assignTarget(target, value, scope, ctx) {
        switch (target.name) {
            case 'VariableName':
                this.assignName(this.text(target), value, scope);
                return;
            case 'TupleExpression':
            case 'ArrayExpression':
            case 'ParenthesizedExpression':
                this.assignTargets(this.exprChildren(target), value, scope, ctx);
                return;
            case 'MemberExpression': {
                const obj = this.kids(target)[0];
                if (!obj)
                    return;
                const objVal = this.evalExpr(obj, scope, ctx);
                const prop = this.kid(target, 'PropertyName');
                if (prop) {
                    if (objVal.k === 'inst')
                        this.classes[objVal.cls].attrs.set(this.text(prop), value);
                    else if (objVal.k === 'cls')
                        this.classes[objVal.id].attrs.set(this.text(prop), value);
                    return;
                }
                const key = this.subscriptKey(target, scope, ctx);
                if (objVal.k === 'dict' && key !== undefined) {
                    const i = objVal.keys.indexOf(key);
                    if (i === -1) {
                        objVal.keys.push(key);
                        objVal.values.push(value);
                    }
                    else
                        objVal.values[i] = value;
                }
                else if (objVal.k === 'dict')
                    objVal.t |= deepTaint(value);
                return;
            }
            default:
                this.evalExpr(target, scope, ctx);
        }
    }
    evalComprehension(node, scope, ctx) {
        // children: open, element (or key ':' value), then clauses `for targets in iterable` / `if cond`
        const kids = this.kids(node);
        const firstFor = kids.findIndex((k) => k.name === 'for' || k.name === 'async');
        if (firstFor === -1)
            return unknown();
        const elements = kids.slice(0, firstFor).filter((k) => EXPRESSIONS.has(k.name));
        const clauses = [];
        let cur;
        let inIter = false;
        for (const k of kids.slice(firstFor)) {
            if (k.name === 'for') {
                cur = { kind: 'for', targets: [] };
                clauses.push(cur);
                inIter = false;
            }
            else if (k.name === 'if') {
                cur = { kind: 'if', targets: [] };
                clauses.push(cur);
                inIter = true;
            }
            else if (k.name === 'in' && cur)
                inIter = true;
            else if (cur && EXPRESSIONS.has(k.name)) {
                if (inIter)
                    cur.expr ??= k;
                else
                    cur.targets.push(k);
            }
        }
        const inner = new Scope(scope, 'function');
        const results = [];
        let taint = 0;
        let exact = true;
        const run = (ci) => {
            if (!exact && results.length > 0)
                return;
            if (ci === clauses.length) {
                const vals = elements.map((e) => this.evalExpr(e, inner, ctx));
                if (vals.length === 2)
                    results.push({ k: 'seq', items: vals, tuple: true, t: 0 });
                else if (vals[0])
                    results.push(vals[0]);
                return;
            }
            const cl = clauses[ci];
            if (cl.kind === 'if') {
                const v = cl.expr ? this.evalExpr(cl.expr, inner, ctx) : unknown();
                if (truthyKnown(v) !== false)
                    run(ci + 1);
                return;
            }
            const it = cl.expr ? this.evalExpr(cl.expr, ci === 0 ? scope : inner, ctx) : unknown();
            const items = iterate(it, this);
            if (!items || !this.step(items.length)) {
                exact = false;
                taint |= deepTaint(it);
                this.bindComp(cl.targets, unknown(deepTaint(it)), inner, ctx);
                run(ci + 1);
                return;
            }
            for (const item of items) {
                this.bindComp(cl.targets, item, inner, ctx);
                run(ci + 1);
                if (results.length > MAX_ITEMS) {
                    exact = false;
                    return;
                }
            }
        };
        run(0);
        if (!exact) {
            for (const r of results)
                taint |= deepTaint(r);
            return unknown(taint);
        }
        if (node.name === 'DictionaryComprehensionExpression') {
            return {
                k: 'dict',
                keys: results.map((r) => (r.k === 'seq' ? knownStr(r.items[0]) : undefined)),
                values: results.map((r) => (r.k === 'seq' ? r.items[1] : unknown())),
                t: 0,
            };
        }
        return { k: 'seq', items: results, t: 0 };
    }
    bindComp(targets, v, scope, ctx) {
        if (targets.length === 1)
            this.assignTarget(targets[0], v, scope, ctx);
        else
            this.assignTargets(targets, v, scope, ctx);
    }
}

;// CONCATENATED MODULE: ./src/analysis/interp/functions.ts
// Functions and classes: definitions, and calls into them with their arguments bound (memoized
// per entry and signature, within a budget of evaluations).







class Functions extends Statements {
    defineFunction(node, scope, ctx) {
        const nameNode = (0,parse/* childOf */.GG)(node, 'VariableName');
        const body = (0,parse/* childOf */.GG)(node, 'Body');
        const paramList = (0,parse/* childOf */.GG)(node, 'ParamList');
        if (!nameNode || !body)
            return undefined;
        const name = this.text(nameNode);
        const cls = scope.kind === 'class' ? this.currentClass : undefined;
        const fn = {
            id: this.fns.length,
            name,
            scopeName: cls ? `method ${cls.name}.${name}` : `function ${name}`,
            node,
            params: paramList ? this.params(paramList) : [],
            body,
            defScope: scope.kind === 'class' ? (scope.parent ?? this.module) : scope,
            cls,
            lambda: false,
            results: new Map(),
            evalCount: 0,
            active: false,
            entries: new Set(),
        };
        this.fns.push(fn);
        for (const p of fn.params)
            if (p.def)
                this.evalExpr(p.def, scope, ctx);
        const v = { k: 'fn', id: fn.id, t: 0 };
        this.assignName(name, v, scope);
        if (cls)
            cls.methods.set(name, fn.id);
        return v;
    }
    params(list) {
        const out = [];
        let star = 'pos';
        let pendingDefault = false;
        for (let c = list.firstChild; c; c = c.nextSibling) {
            if (c.name === '*')
                star = 'star';
            else if (c.name === '**')
                star = 'kw';
            else if (c.name === 'VariableName') {
                out.push({ name: this.text(c), kind: star });
                star = 'pos';
            }
            else if (c.name === 'AssignOp')
                pendingDefault = true;
            else if (pendingDefault && EXPRESSIONS.has(c.name)) {
                if (out.length)
                    out[out.length - 1].def = c;
                pendingDefault = false;
            }
        }
        return out;
    }
    defineClass(node, scope, ctx) {
        const nameNode = (0,parse/* childOf */.GG)(node, 'VariableName');
        const body = (0,parse/* childOf */.GG)(node, 'Body');
        if (!nameNode || !body)
            return undefined;
        const name = this.text(nameNode);
        const argList = (0,parse/* childOf */.GG)(node, 'ArgList');
        const bases = argList ? this.evalArgs(argList, scope, ctx).args : [];
        const cls = {
            id: this.classes.length,
            name,
            bases,
            methods: new Map(),
            attrs: new Map(),
            command: bases.some((b) => (b.k === 'ref' && isCommandBase(b.q)) || (b.k === 'cls' && this.classes[b.id].command)),
            hook: bases.some((b) => (b.k === 'ref' && isHookBase(b.q)) || (b.k === 'cls' && this.classes[b.id].hook)),
            line: this.lineOf(node),
        };
        this.classes.push(cls);
        if (cls.command)
            this.facts.commands.push(name);
        const v = { k: 'cls', id: cls.id, t: 0 };
        this.assignName(name, v, scope);
        const classScope = new Scope(scope, 'class');
        const outer = this.currentClass;
        this.currentClass = cls;
        this.execBlock(body, classScope, { ...ctx, where: { scope: `class ${name}`, entry: ctx.where.entry } });
        this.currentClass = outer;
        for (const [k, val] of classScope.vars)
            if (val.k !== 'fn')
                cls.attrs.set(k, val);
        return v;
    }
    defineLambda(node, scope, ctx) {
        const paramList = (0,parse/* childOf */.GG)(node, 'ParamList');
        const body = this.exprChildren(node).pop();
        if (!body)
            return unknown();
        const fn = {
            id: this.fns.length,
            name: '<lambda>',
            scopeName: ctx.where.scope,
            node,
            params: paramList ? this.params(paramList) : [],
            body,
            defScope: scope,
            lambda: true,
            results: new Map(),
            evalCount: 0,
            active: false,
            entries: new Set(),
        };
        this.fns.push(fn);
        const v = { k: 'fn', id: fn.id, t: 0 };
        this.referenced(v, ctx);
        return v;
    }
    // Functions ---------------------------------------------------------------------------------
    invoke(fn, args, kwargs, caller, self, asEntry = false) {
        const entry = caller.where.entry;
        let argTaint = 0;
        for (const a of args)
            argTaint |= deepTaint(a);
        for (const a of Object.values(kwargs))
            argTaint |= deepTaint(a);
        if (fn.active)
            return unknown(argTaint | Taint.PARAM);
        const key = `${entry ?? ''}|${signature(args, kwargs)}`;
        const memo = fn.results.get(key);
        if (memo)
            return memo;
        if (!fn.lambda && fn.evalCount >= MAX_EVALS_PER_FN)
            return fn.last ?? unknown(argTaint);
        if (!this.step(10))
            return unknown(argTaint);
        fn.evalCount++;
        fn.entries.add(entry ?? '');
        fn.active = true;
        const scope = new Scope(fn.defScope, 'function');
        this.bindParams(fn, scope, args, kwargs, self, asEntry);
        const ctx = { where: { scope: fn.lambda ? caller.where.scope : fn.scopeName, entry }, fn, returns: [] };
        const savedLine = this.line;
        let result;
        if (fn.lambda)
            result = this.evalExpr(fn.body, scope, ctx);
        else {
            this.execBlock(fn.body, scope, ctx);
            result = ctx.returns.length ? mergeValues(ctx.returns) : NONE;
        }
        this.line = savedLine;
        fn.active = false;
        fn.last = result;
        fn.results.set(key, result);
        return result;
    }
    bindParams(fn, scope, args, kwargs, self, asEntry) {
        const positional = self ? [self, ...args] : args;
        let i = 0;
        const used = new Set();
        for (const p of fn.params) {
            let v;
            if (p.kind === 'star') {
                v = { k: 'seq', items: positional.slice(i), tuple: true, t: asEntry ? Taint.PARAM : 0 };
                i = positional.length;
            }
            else if (p.kind === 'kw') {
                const rest = Object.keys(kwargs).filter((k) => !used.has(k));
                v = { k: 'dict', keys: rest, values: rest.map((k) => kwargs[k]), t: asEntry ? Taint.PARAM : 0 };
            }
            else if (i < positional.length)
                v = positional[i++];
            else if (p.name in kwargs) {
                v = kwargs[p.name];
                used.add(p.name);
            }
            else if (p.def && !asEntry)
                v = this.evalExpr(p.def, fn.defScope, { where: { scope: fn.scopeName } });
            else
                v = unknown(Taint.PARAM);
            scope.vars.set(p.name, v);
        }
    }
    apply(f, args) {
        if (f.k === 'ref')
            return callKnown(f.q, args, {}, this) ?? unknown(args.reduce((t, a) => t | deepTaint(a), 0));
        if (f.k === 'fn')
            return this.invoke(this.fns[f.id], args, {}, this.ctx, f.self);
        return unknown(args.reduce((t, a) => t | deepTaint(a), 0));
    }
}
function signature(args, kwargs) {
    const one = (v) => {
        switch (v.k) {
            case 'str':
                return `s${v.t}:${v.s.length > 48 ? v.s.slice(0, 24) + v.s.length + v.s.slice(-24) : v.s}`;
            case 'num':
                return `n${v.n}`;
            case 'ref':
            case 'obj':
                return `${v.k}${v.t}:${v.q}`;
            case 'seq':
                return `[${v.items.slice(0, 6).map(one).join(',')}${v.items.length}]${v.t}`;
            default:
                return `${v.k}${v.t}`;
        }
    };
    return [...args.map(one), ...Object.entries(kwargs).map(([k, v]) => `${k}=${one(v)}`)].join('|');
}

;// CONCATENATED MODULE: ./src/analysis/interp/loads.ts
// Code a unit loads or runs: imports, `exec`/`compile`/`runpy` of strings and files, Python written
// to files, and code handed to a new interpreter (`python -c`, `powershell -EncodedCommand`).






class Loads extends Functions {
    execImport(node, scope, ctx) {
        const line = this.lineOf(node);
        const kids = [];
        for (let c = node.firstChild; c; c = c.nextSibling)
            kids.push(c);
        if (kids[0]?.name === 'import') {
            // import a.b.c [as x], d
            let i = 1;
            while (i < kids.length) {
                const parts = [];
                while (i < kids.length && (kids[i].name === 'VariableName' || kids[i].name === '.')) {
                    if (kids[i].name === 'VariableName')
                        parts.push(this.text(kids[i]));
                    i++;
                }
                let alias;
                if (kids[i]?.name === 'as' && kids[i + 1]) {
                    alias = this.text(kids[i + 1]);
                    i += 2;
                }
                if (parts.length) {
                    const mod = parts.join('.');
                    this.facts.imports.push({ module: mod, level: 0, line, where: ctx.where });
                    if (alias)
                        this.assignName(alias, { k: 'ref', q: mod, t: 0 }, scope);
                    else
                        this.assignName(parts[0], { k: 'ref', q: parts[0], t: 0 }, scope);
                }
                i++;
            }
            return;
        }
        // from [.]*a.b import x [as y], ...
        let i = 1;
        let level = 0;
        const modParts = [];
        while (i < kids.length && kids[i].name !== 'import') {
            const k = kids[i];
            if (k.name === '.') {
                if (modParts.length === 0)
                    level++;
            }
            else if (k.name === 'Ellipsis')
                level += 3;
            else if (k.name === 'VariableName')
                modParts.push(this.text(k));
            i++;
        }
        i++;
        const mod = modParts.join('.');
        const base = '.'.repeat(level) + mod;
        const names = [];
        while (i < kids.length) {
            const k = kids[i];
            if (k.name === '*') {
                names.push('*');
                this.starModules.push(base);
            }
            else if (k.name === 'VariableName') {
                const name = this.text(k);
                let alias = name;
                if (kids[i + 1]?.name === 'as' && kids[i + 2]) {
                    alias = this.text(kids[i + 2]);
                    i += 2;
                }
                names.push(name);
                const q = level > 0 && !mod ? '.'.repeat(level) + name : `${base}.${name}`;
                this.assignName(alias, { k: 'ref', q, t: q === 'os.environ' ? Taint.ENV_ALL : 0 }, scope);
            }
            i++;
        }
        this.facts.imports.push({ module: mod, level, line, where: ctx.where, names });
    }
    handleExec(q, args, kwargs, ctx) {
        const spec = EXEC_CALLS[q];
        const code = args[spec.code] ?? (spec.kw ? kwargs[spec.kw] : undefined) ?? unknown();
        const line = this.line;
        if (q === 'runpy.run_module') {
            // runs a module by name, as `__main__` only when asked to (`python -m` does so)
            this.loadModule('runpy.run_module', code, knownStr(args[2] ?? kwargs.run_name) === '__main__', ctx);
            return unknown(Taint.LOCAL_FILE);
        }
        const pathLike = q === 'builtins.execfile' || q === 'runpy.run_path' || q === 'imp.load_source';
        if (pathLike) {
            const main = q === 'builtins.execfile' || knownStr(args[2] ?? kwargs.run_name) === '__main__';
            this.loadPath(q.replace('builtins.', ''), code, main, ctx);
            return unknown(Taint.LOCAL_FILE);
        }
        if (code.k === 'obj' && code.path && code.t & Taint.LOCAL_FILE) {
            const rel = normalizePath(knownStr(code.path) ?? '');
            if (rel)
                this.facts.execFiles.push({ path: rel, line });
        }
        else if (code.k === 'obj' && code.t & Taint.FILE && (!code.path || knownStr(code.path) === undefined)) {
            // the content of a file whose name is not known here
            this.unresolvedLoad(`${q.replace('builtins.', '')} of a file`, code.path ?? code, ctx);
        }
        if (code.k === 'str' && !code.partial) {
            const text = code.b ? decodeUtf8Maybe(code.s) : code.s;
            // binary data would not compile; only text is analysed as code
            if (isText(text))
                this.addPayload(text, code.how ?? 'literal', q.replace('builtins.', ''), code.t, ctx);
        }
        if (q === 'builtins.compile')
            return code;
        return unknown(deepTaint(code));
    }
    /** Loaders that name their module or file: importlib, runpy, `imp`, `threading.Thread(target=...)`. */
    loadCall(q, args, kwargs, ctx) {
        switch (q) {
            case 'builtins.__import__':
            case 'importlib.__import__':
                this.importByName('__import__', args[0] ?? kwargs.name, undefined, ctx);
                return;
            case 'importlib.import_module':
                this.importByName('importlib.import_module', args[0] ?? kwargs.name, args[1] ?? kwargs.package, ctx);
                return;
            case 'importlib.util.spec_from_file_location':
            case 'importlib.machinery.SourceFileLoader':
            case 'importlib.machinery.SourcelessFileLoader':
            case 'importlib._bootstrap_external.SourceFileLoader':
                this.loadPath(q.split('.').pop(), args[1] ?? kwargs.location ?? kwargs.path, false, ctx);
                return;
        }
    }
    importByName(via, name, pkg, ctx) {
        if (!name)
            return;
        const n = knownStr(name);
        if (n === undefined || !/^\.*[\w.]+$/.test(n)) {
            this.unresolvedLoad(via, name, ctx);
            return;
        }
        let mod = n;
        if (n.startsWith('.')) {
            const p = knownStr(pkg);
            const level = /^\.*/.exec(n)[0].length;
            const parts = p?.split('.') ?? [];
            if (p === undefined || level - 1 > parts.length - 1) {
                this.unresolvedLoad(via, name, ctx);
                return;
            }
            mod = [...parts.slice(0, parts.length - (level - 1)), n.slice(level)].filter(Boolean).join('.');
        }
        this.facts.imports.push({ module: mod, level: 0, line: this.line, where: ctx.where });
    }
    /** A module run by name (`python -m`, `runpy.run_module`); resolved against the sdist's roots later. */
    loadModule(via, name, main, ctx) {
        const n = knownStr(name);
        if (n === undefined || !/^[\w.]+$/.test(n)) {
            if (name)
                this.unresolvedLoad(via, name, ctx);
            return;
        }
        this.facts.loads.push({ via, module: n, main, line: this.line, where: ctx.where });
    }
    /** A file run or loaded by path; a path that names nothing in the sdist is not the sdist's code. */
    loadPath(via, path, main, ctx) {
        const p = path && path.k === 'obj' && path.path ? path.path : path;
        const s = knownStr(p);
        if (s === undefined || s.includes(HOLE)) {
            if (p)
                this.unresolvedLoad(via, p, ctx);
            return;
        }
        const rel = normalizePath(s);
        if (rel !== undefined && rel !== '' && this.opts.fileExists(rel))
            this.facts.loads.push({ via, path: rel, main, line: this.line, where: ctx.where });
    }
    unresolvedLoad(via, what, ctx) {
        this.facts.loads.push({
            via,
            main: false,
            unresolved: show(what, 80),
            hidden: !!(deepTaint(what) & (Taint.DECODED | Taint.NETWORK | Taint.OPAQUE)),
            line: this.line,
            where: ctx.where,
        });
    }
    addPayload(code, how, via, t, ctx) {
        const key = code.length > 256 ? `${code.length}:${code.slice(0, 128)}:${code.slice(-128)}` : code;
        const seen = this.seenPayloads.get(key);
        if (seen) {
            // decoded first, run afterwards: the run is what matters
            if (seen.via === 'decoded' && via !== 'decoded')
                Object.assign(seen, { via, line: this.line, where: ctx.where });
            return;
        }
        const p = { code, line: this.line, where: ctx.where, how, via, t };
        this.seenPayloads.set(key, p);
        this.facts.payloads.push(p);
    }
    /** Python source written to a `.py` file is code the build can run next; analyse it too. */
    writtenCode(q, args, callee, ctx) {
        if (!/^((builtins|io|codecs)\.open\(\)\.(write|writelines)|tempfile\.\w*TemporaryFile\(\)\.(write|writelines)|pathlib\.Path\(\)\.write_text)$/.test(q) || callee.k !== 'obj')
            return;
        const path = callee.path?.k === 'str' ? callee.path.s : '';
        const data = args[0];
        // a temporary file has no name to go by; what is written to it decides
        const temp = q.startsWith('tempfile.');
        if (!(/\.pyw?$/i.test(path) || temp) || data?.k !== 'str' || data.partial)
            return;
        const text = data.b ? decodeUtf8Maybe(data.s) : data.s;
        if (text.length >= 16 && isText(text))
            this.addPayload(text, data.how ?? 'literal', 'write', data.t, ctx);
    }
    /** `python -c <code>` and `powershell -EncodedCommand <base64>` carry code of their own. */
    processPayloads(call, ctx) {
        const cmd = commandOf(call);
        if (!cmd)
            return;
        const { argv } = cmd;
        this.newInterpreter(argv, cmd.known, ctx);
        for (let i = 0; i < argv.length - 1; i++) {
            const w = argv[i].toLowerCase();
            if (w === '-c' && /^python|^pythonw|^py$/.test(cmd.program)) {
                this.addPayload(argv[i + 1], cmd.t & Taint.DECODED ? 'decoded' : 'literal', 'python -c', cmd.t, ctx);
            }
            if (/^-(e|ec|enc|encodedcommand|encodedcomman|encod|encode)$/i.test(w) && /powershell|pwsh/.test(cmd.text.toLowerCase())) {
                const blob = argv[i + 1];
                if (blob.includes(HOLE))
                    continue;
                const r = base64Decode(blob, this.opts.budget);
                if (r.ok) {
                    const text = bytesToText(r.value, 'utf-16le') ?? r.value;
                    const v = str(text, Taint.DECODED, { how: 'powershell -EncodedCommand (base64 of UTF-16LE)' });
                    this.facts.decodes.push({ codec: 'powershell-encoded', line: this.line, where: ctx.where, ok: true, output: v, inputLength: blob.length });
                    this.recordBuilt(v, ctx);
                }
            }
        }
    }
    /**
     * `python -m pkg`, `python file.py` (`sys.executable` or any python on PATH, after `cmd /c`,
     * `start`, `&&`): the build runs that code of the sdist in a new interpreter, as `__main__`.
     * `python -c` code is a payload of its own (see processPayloads).
     */
    newInterpreter(argv, known, ctx) {
        for (let i = 0; i < argv.length; i++) {
            if (!PYTHON.test(programName(argv[i])))
                continue;
            let j = i + 1;
            while (j < argv.length && /^-[a-zA-Z]+$/.test(argv[j]) && !/^-[a-zA-Z]*[mc]$/.test(argv[j])) {
                // options with an argument of their own: -W spec, -X opt
                j += /^-[a-zA-Z]*[WX]$/.test(argv[j]) ? 2 : 1;
            }
            const opt = argv[j];
            if (opt === undefined)
                return;
            if (/^-[a-zA-Z]*m$/.test(opt)) {
                const mod = argv[j + 1];
                if (mod === undefined)
                    return;
                if (mod.includes(HOLE))
                    this.unresolvedLoad('python -m', str(mod, 0, { partial: true }), ctx);
                else
                    this.loadModule('python -m', str(mod), true, ctx);
                return;
            }
            if (/^-[a-zA-Z]*c$/.test(opt) || opt === '-')
                return;
            if (opt.includes(HOLE)) {
                if (!known)
                    this.unresolvedLoad('python', str(opt, 0, { partial: true }), ctx);
                return;
            }
            this.loadPath('python', str(opt), true, ctx);
            return;
        }
    }
}
const PYTHON = /^(python[\d.]*w?|py|pypy[\d.]*)$/;
/** Items of parsed JSON kept as values; larger documents stay unknown. */
const MAX_JSON_ITEMS = 10_000;
/** `json.load(f)` / `json.loads(s)` of data known here: the document as values. */
function jsonValue(input, host) {
    if (!input || input.k !== 'str' || input.partial)
        return undefined;
    const text = input.b ? decodeUtf8Maybe(input.s) : input.s;
    if (!host.step(Math.ceil(text.length / 64)))
        return undefined;
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    let items = 0;
    const conv = (d, depth) => {
        if (++items > MAX_JSON_ITEMS || depth > 32)
            return unknown(input.t);
        if (typeof d === 'string')
            return str(d, input.t, { how: input.how });
        if (typeof d === 'number')
            return { k: 'num', n: d, t: input.t };
        if (typeof d === 'boolean')
            return { k: 'const', v: d ? 'True' : 'False', t: 0 };
        if (d === null)
            return { k: 'const', v: 'None', t: 0 };
        if (Array.isArray(d))
            return { k: 'seq', items: d.map((x) => conv(x, depth + 1)), t: 0 };
        const o = d;
        const keys = Object.keys(o);
        return { k: 'dict', keys, values: keys.map((k) => conv(o[k], depth + 1)), t: 0 };
    };
    return conv(doc, 0);
}

;// CONCATENATED MODULE: ./src/analysis/interp/calls.ts
// Calls: arguments, dispatch to local functions, classes and the models of known calls
// (`known-calls.ts`), `setup()`, file reads, and the decoders the models reach through CallHost.









const SETUP_CALLS = new Set(['setuptools.setup', 'distutils.core.setup', 'setup', 'numpy.distutils.core.setup', 'skbuild.setup']);
const METADATA_KWARGS = new Set([
    'name', 'version', 'description', 'long_description', 'long_description_content_type', 'url', 'author', 'author_email',
    'maintainer', 'maintainer_email', 'license', 'keywords', 'classifiers', 'project_urls', 'download_url', 'platforms', 'license_files',
]);
const IDENTITY_PROGRAMS = /^(?:\S*[\\/])?(whoami|hostname|id|logname|users|who|w|ipconfig|ifconfig|ip\s+a(ddr)?|systeminfo|net\s+user|quser|uname\s+-[a-z]*[an]|cat\s+\/etc\/(passwd|hostname)|printenv|env|set)\b/i;
/** Commands whose output is the whole environment, and commands whose output is downloaded. */
const ENV_PROGRAMS = /^(?:\S*[\\/])?(printenv|env|set)\s*$/i;
const DOWNLOAD_PROGRAMS = /^(?:\S*[\\/])?(curl|wget)(?:\.exe)?\s/i;
// What a callee's name is, for evalCall (see callKind)
const K_SETUP = 1;
const K_CONTENT_SINK = 2;
const K_EXEC = 4;
const K_FILE_READ = 8;
const K_CODEC_FUNCTION = 16;
const K_PURE = 32;
const K_PROCESS = 64;
class Calls extends Loads {
    // Calls -------------------------------------------------------------------------------------
    evalArgs(argList, scope, ctx, metaFor) {
        const args = [];
        const kwargs = {};
        // `f(x for x in y)`: lezer flattens the generator into the argument list
        if (this.kid(argList, 'for'))
            return { args: [this.evalComprehension(argList, scope, ctx)], kwargs };
        let kwName;
        let star = '';
        const all = this.kids(argList);
        for (let i = 0; i < all.length; i++) {
            const c = all[i];
            if (c.name === '*' || c.name === '**') {
                star = c.name;
                continue;
            }
            if (c.name === 'VariableName' && all[i + 1]?.name === 'AssignOp') {
                kwName = this.text(c);
                continue;
            }
            if (c.name === 'AssignOp')
                continue;
            if (!EXPRESSIONS.has(c.name))
                continue;
            const meta = kwName !== undefined && metaFor?.(kwName);
            const v = this.evalExpr(c, scope, meta ? { ...ctx, meta: true } : ctx);
            if (kwName !== undefined) {
                kwargs[kwName] = v;
                kwName = undefined;
            }
            else if (star === '*') {
                const items = iterate(v, this);
                if (items)
                    args.push(...items);
                else
                    args.push(v);
            }
            else if (star === '**') {
                if (v.k === 'dict')
                    v.keys.forEach((k, i) => k !== undefined && (kwargs[k] = v.values[i]));
                else
                    kwargs['**'] = v;
            }
            else
                args.push(v);
            star = '';
        }
        return { args, kwargs };
    }
    evalCall(node, scope, ctx) {
        const calleeNode = this.kids(node)[0];
        const argList = this.kid(node, 'ArgList');
        if (!calleeNode)
            return unknown();
        let receiver;
        let method;
        let callee;
        const property = calleeNode.name === 'MemberExpression' ? this.kid(calleeNode, 'PropertyName') : null;
        if (property) {
            const objNode = this.kids(calleeNode)[0];
            receiver = this.evalExpr(objNode, scope, ctx);
            method = this.text(property);
            callee = this.attr(receiver, method);
            if (callee.k === 'ref')
                this.recordRef(callee.q, calleeNode, ctx);
        }
        else if (calleeNode.name === 'VariableName') {
            callee = this.lookup(this.text(calleeNode), scope);
            if (callee.k === 'ref')
                this.recordRef(callee.q, calleeNode, ctx);
        }
        else
            callee = this.evalExpr(calleeNode, scope, ctx);
        const q = callee.k === 'ref' || (callee.k === 'obj' && !(receiver && (receiver.k === 'str' || receiver.k === 'seq' || receiver.k === 'dict'))) ? callee.q : undefined;
        const kind = q === undefined ? 0 : this.callKind(q);
        const isSetup = (kind & K_SETUP) !== 0;
        const { args, kwargs } = argList ? this.evalArgs(argList, scope, ctx, isSetup ? (k) => METADATA_KWARGS.has(k) : undefined) : { args: [], kwargs: {} };
        this.line = this.lineOf(node);
        if (kind & K_CONTENT_SINK) {
            for (let i = 0; i < args.length; i++)
                args[i] = this.contentOf(args[i], q === 'json.load') ?? args[i];
        }
        if (receiver && method && receiver.k === 'obj')
            receiver = this.contentOf(receiver) ?? receiver;
        if (receiver && method && (receiver.k === 'str' || receiver.k === 'seq' || receiver.k === 'dict')) {
            const v = methodOnValue(receiver, method, args, kwargs, this);
            return v ?? unknown(receiver.t | argsTaint(args, kwargs));
        }
        if (callee.k === 'fn') {
            const fn = this.fns[callee.id];
            return this.invoke(fn, args, kwargs, ctx, callee.self);
        }
        if (callee.k === 'cls') {
            const inst = { k: 'inst', cls: callee.id, t: 0 };
            const init = this.classAttr(callee.id, '__init__', 0);
            if (init?.k === 'fn')
                this.invoke(this.fns[init.id], args, kwargs, ctx, inst);
            return inst;
        }
        if (q === undefined) {
            const name = method ? `?.${method}` : '?';
            const t = argsTaint(args, kwargs) | callee.t;
            const result = unknown(t);
            this.recordCall(name, args, kwargs, node, ctx, receiver, result);
            return result;
        }
        let result;
        if (q === 'builtins.getattr')
            result = this.getattrCall(args);
        else if (kind & K_EXEC)
            result = this.handleExec(q, args, kwargs, ctx);
        else if (isSetup) {
            this.handleSetup(kwargs, node);
            result = NONE;
        }
        else if (kind & K_FILE_READ)
            result = this.fileRead(callee);
        else if (q === 'sys.path.insert' || q === 'sys.path.append') {
            const p = args[args.length - 1];
            const s = p && (p.k === 'str' ? p.s : p.k === 'obj' && p.path?.k === 'str' ? p.path.s : undefined);
            if (s !== undefined && !s.includes(HOLE)) {
                const n = normalizePath(s);
                if (n !== undefined)
                    this.facts.sysPath.push(n);
            }
            result = NONE;
        }
        else if ((q === 'codecs.getdecoder' || q === 'codecs.getencoder') && knownStr(args[0]) !== undefined) {
            // the codec's function, called later: `codecs.getdecoder("utf-8")(data)[0]`
            result = { k: 'ref', q: `codecs.${q === 'codecs.getencoder' ? 'encode' : 'decode'}@${knownStr(args[0])}`, t: 0 };
        }
        else if (kind & K_CODEC_FUNCTION) {
            const [, how, name] = /^codecs\.(decode|encode)@(.*)$/.exec(q);
            const out = codecTransform(args[0] ?? unknown(), name, how === 'encode', this) ?? unknown(deepTaint(args[0] ?? unknown()) | Taint.DECODED);
            result = { k: 'seq', items: [out, args[0]?.k === 'str' ? { k: 'num', n: args[0].s.length, t: 0 } : unknown()], tuple: true, t: 0 };
        }
        else if (q === 'json.load' || q === 'json.loads') {
            result = jsonValue(args[0] ?? kwargs.s ?? kwargs.fp, this) ?? genericResult(q, args, kwargs, receiver);
        }
        else {
            result = callKnown(q, args, kwargs, this, callee) ?? genericResult(q, args, kwargs, receiver);
        }
        this.loadCall(q, args, kwargs, ctx);
        if (!(kind & K_PURE)) {
            this.recordCall(q, args, kwargs, node, ctx, receiver, result);
            this.writtenCode(q, args, callee, ctx);
            if (kind & K_PROCESS) {
                const call = this.facts.calls[this.facts.calls.length - 1];
                this.processPayloads(call, ctx);
                // `whoami`, `hostname`: the output says who the host is
                const cmd = commandOf(call);
                if (cmd && IDENTITY_PROGRAMS.test(cmd.text.trim()) && result.k === 'obj')
                    result.t |= Taint.IDENTITY;
                if (cmd && ENV_PROGRAMS.test(cmd.text.trim()) && result.k === 'obj')
                    result.t |= Taint.ENV_ALL;
                if (cmd && DOWNLOAD_PROGRAMS.test(cmd.text.trim()) && result.k === 'obj')
                    result.t |= Taint.NETWORK;
            }
        }
        return result;
    }
    /** What evalCall asks of a callee's name, asked once per name: a decoding loop calls `chr` thousands of times. */
    callKind(q) {
        let kind = this.callKinds.get(q);
        if (kind === undefined) {
            kind =
                (SETUP_CALLS.has(q) || (q.endsWith('.setup') && /^(setuptools|distutils)/.test(q)) ? K_SETUP : 0) |
                    (CONTENT_SINKS.test(q) ? K_CONTENT_SINK : 0) |
                    (q in EXEC_CALLS ? K_EXEC : 0) |
                    (isFileRead(q) ? K_FILE_READ : 0) |
                    (/^codecs\.(decode|encode)@/.test(q) ? K_CODEC_FUNCTION : 0) |
                    (PURE_CALLS.has(q) ? K_PURE : 0) |
                    (q in PROCESS_CALLS ? K_PROCESS : 0);
            this.callKinds.set(q, kind);
        }
        return kind;
    }
    callKinds = new Map();
    getattrCall(args) {
        const [obj, name, dflt] = args;
        if (!obj || !name)
            return unknown();
        const n = knownStr(name);
        const on = obj.k === 'ref' ? obj.q : undefined;
        if (n === undefined) {
            this.dynamic('getattr', name, undefined, on);
            return unknown(name.t | (dflt?.t ?? 0));
        }
        const v = this.attr(obj, n);
        this.dynamic('getattr', name, v.k === 'ref' ? v.q : undefined, on);
        if (v.k === 'ref')
            this.facts.refs.push({ q: v.q, line: this.line, where: this.ctx.where });
        return v;
    }
    handleSetup(kwargs, node) {
        const cmdclass = kwargs.cmdclass;
        if (cmdclass?.k !== 'dict')
            return;
        cmdclass.keys.forEach((k, i) => {
            const v = cmdclass.values[i];
            if (v.k !== 'cls')
                return;
            const cls = this.classes[v.id];
            if (!cls.command) {
                cls.command = true;
                this.facts.commands.push(cls.name);
            }
            this.facts.cmdclass.push({ command: k ?? '?', cls: cls.name, line: this.lineOf(node) });
        });
    }
    fileRead(callee) {
        const p = callee.path;
        let t = Taint.FILE;
        const s = p?.k === 'str' && !p.partial ? p.s : undefined;
        if (s !== undefined && !isAbsolute(s)) {
            const rel = normalizePath(s);
            if (rel !== undefined && this.opts.fileExists(rel))
                t = Taint.LOCAL_FILE;
        }
        if (p?.k === 'str' && secretPlace(p.s))
            t |= Taint.SECRET;
        return { k: 'obj', q: `${callee.q}()`, t: t | callee.t | (p ? p.t & ~Taint.IDENTITY : 0), path: p, mode: callee.mode };
    }
    // CallHost ----------------------------------------------------------------------------------
    decode(codec, input, fn, outText = false) {
        const where = this.ctx.where;
        if (input.k !== 'str' || input.partial) {
            // decoding data that is not a constant of the sdist hides nothing in the script itself
            if (input.k === 'str')
                this.facts.decodes.push({ codec, line: this.line, where, ok: false, reason: 'input only partly known', inputLength: input.s.length });
            return unknown(deepTaint(input));
        }
        if (this.opts.budget.exhausted) {
            return unknown(input.t | Taint.DECODED);
        }
        const r = fn(input.s);
        if (!r.ok) {
            this.facts.decodes.push({ codec, line: this.line, where, ok: false, reason: r.reason, inputLength: input.s.length });
            // a payload too big to decode is one nobody read: never silent
            if (r.limit)
                this.facts.limits.push(`${this.opts.path}:${this.line}: a ${codec} payload was not analysed (${r.reason})`);
            return unknown(input.t | Taint.DECODED);
        }
        if (!this.opts.budget.charge(r.value.length)) {
            this.facts.limits.push(`${this.opts.path}:${this.line}: decode budget exhausted; later payloads were not decoded`);
            return unknown(input.t | Taint.DECODED);
        }
        const how = input.how ? `${input.how} -> ${codec}` : codec;
        const out = str(r.value, input.t | Taint.DECODED, { b: outText ? input.b : true, how });
        this.facts.decodes.push({ codec, line: this.line, where, ok: true, output: out, inputLength: input.s.length });
        this.recordBuilt(out, this.ctx);
        // decoded Python is analysed even when it is written to a file rather than exec'd here
        // (only what reads as text can be Python: an executable is not decoded whole to learn it is not)
        if (!out.b || decodedIsText(out.s)) {
            const text = out.b ? decodeUtf8Maybe(out.s) : out.s;
            if (text.length >= 16 && looksLikePython(text))
                this.addPayload(text, how, 'decoded', out.t, this.ctx);
        }
        return out;
    }
    opaque(codec, input) {
        const t = deepTaint(input);
        // a constant (or data decoded from one) is a payload shipped in the script; anything else
        // is data the build reads, such as a cache file
        const constant = (input.k === 'str' && !input.partial && !(t & (Taint.PARAM | Taint.FILE | Taint.LOCAL_FILE | Taint.PROCESS))) || !!(t & Taint.DECODED);
        const evidence = input.k === 'str' ? `${codec} data, ${input.s.length} ${input.b ? 'bytes' : 'chars'}: ${show(input, 80)}` : `${codec} data from ${show(input, 80)}`;
        this.facts.opaque.push({ codec, line: this.line, where: this.ctx.where, evidence, constant });
        return unknown(constant ? t | Taint.OPAQUE | Taint.DECODED : t);
    }
    dynamic(via, name, target, on) {
        this.facts.dynamic.push({
            via,
            name: knownStr(name),
            constructed: name.k === 'str' && !name.lit,
            hidden: !!(deepTaint(name) & (Taint.DECODED | Taint.NETWORK | Taint.OPAQUE)),
            target,
            on,
            line: this.line,
            where: this.ctx.where,
        });
    }
    fileExists(path) {
        return this.opts.fileExists(path);
    }
}
function isFileRead(q) {
    return /^(builtins\.open\(\)|pathlib\.Path\(\))\.(read|readlines|readline|read_text|read_bytes|__iter__)$/.test(q);
}
function argsTaint(args, kwargs) {
    let t = 0;
    for (const a of args)
        t |= deepTaint(a);
    for (const a of Object.values(kwargs))
        t |= deepTaint(a);
    return t;
}
const PREDICATE = /\.(exists|isfile|isdir|islink|is_file|is_dir|startswith|endswith|match|search|fullmatch|getsize|stat|access|isabs|samefile)$/;
/** The result of an unknown function: data flows from the arguments, except into sinks. */
function genericResult(q, args, kwargs, receiver) {
    if (q in PROCESS_CALLS)
        return { k: 'obj', q: `${q}()`, t: Taint.PROCESS };
    if (isNetworkCall(q))
        return { k: 'obj', q: `${q}()`, t: Taint.NETWORK };
    if (PREDICATE.test(q))
        return unknown();
    const t = argsTaint(args, kwargs) | (receiver ? receiver.t : 0);
    return { k: 'obj', q: `${q}()`, t };
}
/** Calls that turn a file's content into code or data: a data file read for them is read here too. */
const CONTENT_SINKS = /^(builtins\.(exec|eval|compile|bytes|bytearray|str)|json\.loads?|base64\.\w+|binascii\.\w+|codecs\.\w+|zlib\.\w+|gzip\.decompress|bz2\.decompress|lzma\.decompress|marshal\.loads|pickle\.loads|bytes\.fromhex)$/;

;// CONCATENATED MODULE: ./src/analysis/interp/entries.ts
// Where code runs: the module top level first, then every setuptools command's methods and build
// hooks, functions other build-time code calls by name, and whatever those reach (callbacks,
// thread targets, decorated functions). Each call's fact says from which entry it runs.

class Extractor extends Calls {
    run() {
        const top = this.src.tree.topNode;
        this.collectIdentifiers(top);
        this.execBlock(top, this.module, this.ctx);
        this.runEntries();
    }
    // Entries -----------------------------------------------------------------------------------
    runEntries() {
        const hookRole = this.opts.role === 'hook';
        for (const cls of this.classes) {
            if (!cls.command && !(hookRole || cls.hook))
                continue;
            const inst = { k: 'inst', cls: cls.id, t: 0 };
            const order = [...cls.methods.keys()].sort((a, b) => methodRank(a) - methodRank(b));
            for (const m of order) {
                const fn = this.fns[cls.methods.get(m)];
                const entry = cls.command ? `cmdclass:${cls.name}.${m}` : `hook:${cls.name}.${m}`;
                this.invoke(fn, [], {}, { where: { scope: fn.scopeName, entry } }, inst, true);
            }
        }
        for (const { name, by } of this.opts.entryNames ?? []) {
            const v = this.module.vars.get(name);
            const entry = `call:${by}:${name}`;
            if (v?.k === 'fn')
                this.invoke(this.fns[v.id], [], {}, { where: { scope: this.fns[v.id].scopeName, entry } }, undefined, true);
            else if (v?.k === 'cls') {
                const inst = { k: 'inst', cls: v.id, t: 0 };
                for (const id of this.classes[v.id].methods.values())
                    this.invoke(this.fns[id], [], {}, { where: { scope: this.fns[id].scopeName, entry } }, inst, true);
            }
        }
        if (hookRole) {
            for (const fn of this.fns) {
                if (!fn.cls && !fn.lambda && fn.defScope === this.module)
                    this.invoke(fn, [], {}, { where: { scope: fn.scopeName, entry: `hook:${fn.name}` } }, undefined, true);
            }
        }
        this.drainPending();
        // in an imported module, code nothing reaches is runtime code; its facts would be dropped
        if (this.opts.role === 'imported')
            return;
        for (let i = 0; i < this.fns.length; i++) {
            const fn = this.fns[i];
            if (fn.evalCount > 0)
                continue;
            const self = fn.cls ? { k: 'inst', cls: fn.cls.id, t: 0 } : undefined;
            this.invoke(fn, [], {}, { where: { scope: fn.scopeName } }, self, true);
            this.drainPending();
        }
    }
    drainPending() {
        for (let i = 0; i < this.pending.length; i++) {
            const { fn, entry } = this.pending[i];
            if (fn.evalCount > 0)
                continue;
            const self = fn.cls ? { k: 'inst', cls: fn.cls.id, t: 0 } : undefined;
            this.invoke(fn, [], {}, { where: { scope: fn.scopeName, entry } }, self, true);
        }
        this.pending.length = 0;
    }
    /** A function value used other than by calling it (a callback, a thread target) may run later. */
    referenced(v, ctx) {
        const entry = ctx.where.entry;
        if (!entry)
            return;
        if (v.k === 'fn') {
            const fn = this.fns[v.id];
            if (fn.evalCount === 0 && !fn.pending) {
                fn.pending = true;
                this.pending.push({ fn, entry });
            }
        }
        else if (v.k === 'cls' && this.opts.role !== 'imported') {
            // a class handed to setup() or a framework runs later; in imported library code a class
            // reference is just a name, and its methods run only when called
            const cls = this.classes[v.id];
            for (const id of cls.methods.values()) {
                const fn = this.fns[id];
                if (fn.evalCount === 0 && !fn.pending) {
                    fn.pending = true;
                    this.pending.push({ fn, entry });
                }
            }
        }
    }
}
function methodRank(name) {
    return name === '__init__' ? 0 : name === 'initialize_options' ? 1 : name === 'finalize_options' ? 2 : name === 'run' ? 3 : 4;
}

;// CONCATENATED MODULE: ./src/analysis/facts.ts
// Facts from one unit of Python: an abstract interpreter over the lezer tree. It runs the module
// top level in order, then every setuptools command's methods and build hooks, then whatever
// those reach, so each call knows where it runs. Values fold constants and decode payloads;
// unknown values keep the sources of their data (taint). Nothing is executed.
//
// The interpreter lives in `interp/`, one room per kind of construct, each building on the last:
//   scope.ts        values and scopes: state, budget, names and attributes
//   record.ts       the facts it records, and the flat scan of subtrees it gives up on
//   expressions.ts  expressions: literals, operators, containers, members, subscripts
//   statements.ts   statements and control flow, comprehensions
//   functions.ts    function and class definitions, and calls into them
//   loads.ts        code a unit loads or runs: imports, exec, payloads, new interpreters
//   calls.ts        calls: dispatch to local code and to the models of known calls
//   entries.ts      where code runs: top level, commands, hooks, callbacks




function extractFacts(src, opts) {
    const facts = emptyFacts({
        path: opts.path,
        role: opts.role,
        depth: opts.depth,
        origin: opts.origin,
        parsed: !!src.tree,
        text: src.text,
        lineLengths: src.lines.lengths(src.text.length),
    });
    if (src.unparsed)
        facts.limits.push(src.unparsed);
    if (!src.tree) {
        scanFlat(src, facts, opts.topEntry === null ? undefined : (opts.topEntry ?? 'top-level'));
        return facts;
    }
    new Extractor(src, facts, opts).run();
    return facts;
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/analysis/files.ts
// Which files of an sdist run at build time: setup.py, in-tree PEP 517 backends, Hatch/Poetry/PDM
// build scripts, modules setuptools imports for `attr:` versions, and (followed later, from the
// facts) every local module build-time code imports or execs.


const TOML_MAX = 1024 * 1024;
function planBuild(files) {
    const plan = { initial: [], configs: [], roots: [''], limits: [] };
    const has = (p) => files.has(p);
    if (has('src') || [...files.keys()].some((k) => k.startsWith('src/')))
        plan.roots.push('src');
    const add = (f) => {
        if (!plan.initial.some((x) => x.path === f.path))
            plan.initial.push(f);
    };
    if (has('setup.py'))
        add({ path: 'setup.py', role: 'setup', reason: 'setup.py' });
    const pyproject = files.get('pyproject.toml');
    if (pyproject !== undefined)
        readPyproject(pyproject, plan, has, add);
    const cfg = files.get('setup.cfg');
    if (cfg !== undefined)
        readSetupCfg(cfg, plan, has, add);
    const pkgInfo = files.get('PKG-INFO');
    if (pkgInfo !== undefined)
        plan.configs.push({ path: 'PKG-INFO', strings: [] });
    return plan;
}
function lineOfValue(text, value) {
    const quoted = [JSON.stringify(value), `'${value}'`, value];
    for (const q of quoted) {
        const i = text.indexOf(q);
        if (i !== -1)
            return text.slice(0, i).split('\n').length;
    }
    return 1;
}
function readPyproject(text, plan, has, add) {
    const config = { path: 'pyproject.toml', strings: [] };
    plan.configs.push(config);
    if (text.length > TOML_MAX) {
        plan.limits.push(`pyproject.toml: ${text.length} bytes, more than the ${TOML_MAX} read`);
        return;
    }
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        plan.limits.push(`pyproject.toml: not valid TOML (${e.message.split('\n')[0]}); build hooks named there were not followed`);
        return;
    }
    const bs = obj(doc['build-system']);
    for (const r of arr(bs?.requires)) {
        if (typeof r === 'string')
            config.strings.push({ value: r, line: lineOfValue(text, r), buildRequirement: true });
    }
    const backend = typeof bs?.['build-backend'] === 'string' ? bs['build-backend'] : '';
    const backendPath = arr(bs?.['backend-path']).filter((p) => typeof p === 'string');
    if (backend && backendPath.length) {
        const mod = backend.split(':')[0];
        let found = false;
        for (const dir of backendPath) {
            const root = normalizePath(dir);
            if (root === undefined)
                continue;
            plan.roots.push(root);
            for (const p of moduleFiles(mod, root, has)) {
                add({ path: p, role: 'hook', reason: `the in-tree build backend ${backend} (backend-path ${dir})` });
                found = true;
            }
        }
        if (!found)
            plan.limits.push(`pyproject.toml: build backend ${backend} not found under backend-path ${backendPath.join(', ')}`);
    }
    const tool = obj(doc.tool);
    // Hatch: custom build and metadata hooks, and `source = "code"` versions, which hatch executes
    const hatch = obj(tool?.hatch);
    const hatchHooks = [obj(obj(obj(hatch?.build)?.hooks)?.custom), obj(obj(obj(hatch?.metadata)?.hooks)?.custom)];
    for (const target of Object.values(obj(obj(hatch?.build)?.targets) ?? {}))
        hatchHooks.push(obj(obj(obj(target)?.hooks)?.custom));
    for (const h of hatchHooks) {
        if (!h)
            continue;
        const p = typeof h.path === 'string' ? h.path : 'hatch_build.py';
        const n = normalizePath(p);
        if (n !== undefined && has(n))
            add({ path: n, role: 'hook', reason: 'a Hatch build hook' });
    }
    const hatchVersion = obj(hatch?.version);
    if (hatchVersion?.source === 'code' && typeof hatchVersion.path === 'string') {
        const n = normalizePath(hatchVersion.path);
        if (n !== undefined && has(n))
            add({ path: n, role: 'imported', reason: 'the Hatch version source, which Hatch executes' });
    }
    // Poetry: `build = "build.py"` or `[tool.poetry.build] script = "build.py"`
    const poetry = obj(tool?.poetry);
    const pb = poetry?.build;
    const poetryScript = typeof pb === 'string' ? pb : typeof obj(pb)?.script === 'string' ? obj(pb).script : undefined;
    if (poetryScript) {
        const n = normalizePath(poetryScript);
        if (n !== undefined && has(n))
            add({ path: n, role: 'hook', reason: 'the Poetry build script' });
    }
    // PDM: `setup-script`, and pdm_build.py hooks that pdm-backend loads by default
    const pdmBuild = obj(obj(tool?.pdm)?.build);
    if (typeof pdmBuild?.['setup-script'] === 'string') {
        const n = normalizePath(pdmBuild['setup-script']);
        if (n !== undefined && has(n))
            add({ path: n, role: 'hook', reason: 'the PDM build script' });
    }
    if (backend.startsWith('pdm') && has('pdm_build.py'))
        add({ path: 'pdm_build.py', role: 'hook', reason: 'PDM build hooks' });
    const pdmVersion = obj(obj(tool?.pdm)?.version);
    if (pdmVersion?.source === 'call' && typeof pdmVersion.getter === 'string') {
        for (const p of moduleFiles(pdmVersion.getter.split(':')[0], plan.roots, has))
            add({ path: p, role: 'imported', reason: 'the PDM version getter' });
    }
    // setuptools: `attr:` versions and cmdclass named in pyproject
    const st = obj(tool?.setuptools);
    const dynVersion = obj(obj(st?.dynamic)?.version);
    // Only setuptools 61 and later read [tool.setuptools], and those load the named module's own
    // file (importlib's spec_from_file_location), without importing the packages around it.
    if (typeof dynVersion?.attr === 'string')
        attrModule(dynVersion.attr, plan, has, add, 'the setuptools attr: version', true);
    for (const target of Object.values(obj(st?.cmdclass) ?? {})) {
        if (typeof target === 'string')
            attrModule(target, plan, has, add, 'a setuptools cmdclass', true);
    }
    // flit imports the module for its version when it cannot read it statically
    const project = obj(doc.project);
    if (backend.startsWith('flit') && arr(project?.dynamic).includes('version') && typeof project?.name === 'string') {
        const modName = typeof obj(obj(tool?.flit)?.module)?.name === 'string' ? obj(obj(tool?.flit)?.module).name : project.name.replace(/-/g, '_');
        for (const p of moduleFiles(modName, plan.roots, has))
            add({ path: p, role: 'imported', reason: 'the module flit reads the version from' });
    }
}
/**
 * The module setuptools loads for `attr:` or a cmdclass. `alone`: only the module's own file runs
 * (setuptools 61+); otherwise an older setuptools may import it, running its packages first.
 */
function attrModule(attr, plan, has, add, reason, alone = false) {
    const parts = attr.trim().split('.');
    if (parts.length < 2)
        return;
    const mod = parts.slice(0, -1).join('.');
    let files = moduleFiles(mod, plan.roots, has);
    if (alone) {
        // a missing module fails to load; its packages are not imported on the way
        const own = mod.split('.').join('/');
        files = files.slice(-1).filter((p) => p.endsWith(`${own}.py`) || p.endsWith(`${own}/__init__.py`));
    }
    for (const p of files)
        add({ path: p, role: 'imported', reason, entryNames: [parts[parts.length - 1]] });
}
function readSetupCfg(text, plan, has, add) {
    const config = { path: 'setup.cfg', strings: [] };
    plan.configs.push(config);
    let section = '';
    let key = '';
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, i) => {
        const line = raw.replace(/\s[#;].*$/, '');
        const sec = /^\[([^\]]+)\]/.exec(line);
        if (sec) {
            section = sec[1].trim();
            key = '';
            return;
        }
        if (/^\s*[#;]/.test(raw) || line.trim() === '')
            return;
        let value;
        const kv = /^([\w.-]+)\s*[=:]\s*(.*)$/.exec(line);
        if (kv && !/^\s/.test(line)) {
            key = kv[1].toLowerCase().replace(/-/g, '_');
            value = kv[2].trim();
        }
        else
            value = line.trim();
        if (!value)
            return;
        if (section === 'options' && (key === 'setup_requires' || key === 'dependency_links')) {
            for (const v of value.split(/[;,]\s*|\s+(?=\S+\s*@)/).filter(Boolean))
                config.strings.push({ value: v, line: i + 1, buildRequirement: true });
        }
        const attr = /^attr:\s*([\w.]+)/.exec(value);
        if (attr)
            attrModule(attr[1], plan, has, add, `setup.cfg ${key} = attr:`);
        if (section === 'options' && key === 'cmdclass') {
            const m = /=\s*([\w.]+)\s*$/.exec(value);
            if (m)
                attrModule(m[1], plan, has, add, 'a setup.cfg cmdclass');
        }
    });
}
/**
 * The files importing `a.b.c` runs, parents first: `a/__init__.py`, `a/b/__init__.py`,
 * `a/b/c.py` (or `a/b/c/__init__.py`), under the first root that has `a`. `has(dir + "/")`
 * answers for directories, so namespace packages (no `__init__.py`) are followed too.
 */
function moduleFiles(module, roots, has) {
    const parts = module.split('.').filter(Boolean);
    if (parts.length === 0)
        return [];
    for (const root of Array.isArray(roots) ? roots : [roots]) {
        const out = [];
        let dir = root ? `${root}/` : '';
        for (let i = 0; i < parts.length; i++) {
            const last = i === parts.length - 1;
            const init = `${dir}${parts[i]}/__init__.py`;
            const file = `${dir}${parts[i]}.py`;
            if (has(init))
                out.push(init);
            else if (last && has(file))
                out.push(file);
            else if (!has(`${dir}${parts[i]}/`))
                break;
            dir = `${dir}${parts[i]}/`;
        }
        // parents that exist still run before a missing submodule raises ImportError
        if (out.length)
            return out;
    }
    return [];
}
/**
 * The packages a relative import in `fromPath` goes through, parents first: Python imports them
 * before the target, so a module loaded on its own (as setuptools loads an `attr:` module) still
 * runs the `__init__.py` files of its package once it imports relatively.
 */
function relativeImportPackages(fromPath, level, roots, has) {
    const dirParts = fromPath.split('/').slice(0, -1);
    const up = level - 1;
    if (level < 1 || up > dirParts.length)
        return [];
    const pkgDir = dirParts.slice(0, dirParts.length - up).join('/');
    if (!pkgDir)
        return [];
    const root = roots
        .filter((r) => r === '' || pkgDir.startsWith(`${r}/`))
        .sort((a, b) => b.length - a.length)[0];
    if (root === undefined)
        return [];
    const dotted = (root ? pkgDir.slice(root.length + 1) : pkgDir).split('/').join('.');
    return moduleFiles(dotted, root, has).filter((p) => p.endsWith('/__init__.py'));
}
/** Files a `from`/`import` statement in `fromPath` brings in, when they are local. */
function importedFiles(imp, fromPath, roots, has) {
    let bases;
    let mod = imp.module;
    if (imp.level > 0) {
        const dirParts = fromPath.split('/').slice(0, -1);
        const up = imp.level - 1;
        if (up > dirParts.length)
            return [];
        const base = dirParts.slice(0, dirParts.length - up).join('/');
        bases = [base];
    }
    else
        bases = roots;
    const out = [];
    const push = (ps) => {
        for (const p of ps)
            if (!out.includes(p))
                out.push(p);
    };
    if (mod)
        push(moduleFiles(mod, bases, has));
    else
        mod = '';
    // `from pkg import sub` imports pkg/sub.py when sub is a module
    for (const name of imp.names ?? []) {
        if (name === '*')
            continue;
        const full = mod ? `${mod}.${name}` : name;
        const files = moduleFiles(full, bases, has);
        if (files.length && (mod === '' || out.length))
            push(files.slice(-1));
    }
    return out;
}
function obj(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
function arr(v) {
    return Array.isArray(v) ? v : [];
}

;// CONCATENATED MODULE: ./src/analysis/rules/util.ts
// Shared wording and helpers for rules: where code runs, in words a person reads without the code.

const RANK = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };
const COMMAND_WHEN = {
    install: 'when the package is installed',
    develop: 'on an editable install',
    egg_info: 'whenever pip reads the package metadata, including `pip download`',
    sdist: 'when an sdist is built',
    build_py: 'when the package is built',
    build_ext: 'when the package is built',
    build: 'when the package is built',
    bdist_egg: 'when an egg is built',
    bdist_wheel: 'when a wheel is built',
    install_lib: 'when the package is installed',
    install_scripts: 'when the package is installed',
};
/** `when setup.py runs (pip install and pip download)`, `in the install command (Install.run), when the package is installed`. */
function describeWhere(facts, where) {
    const file = facts.origin ? facts.origin.path : facts.path;
    const entry = where.entry;
    const scope = where.scope === 'top-level' ? '' : where.scope.replace(/^class /, 'class body ');
    if (!entry)
        return `in ${scope || 'code'} of ${file} that nothing at build time appears to call`;
    if (entry === 'top-level') {
        const when = facts.role === 'imported' && !facts.origin ? `when build-time code imports ${file}` : `whenever ${file} runs, including \`pip download\``;
        return scope ? `in ${scope}, reached from the top level ${when}` : `at the top level, ${when}`;
    }
    if (entry.startsWith('cmdclass:')) {
        const [cls, method] = entry.slice(9).split('.');
        const cmd = facts.cmdclass.find((c) => c.cls === cls)?.command ?? guessCommand(cls);
        const when = (cmd && COMMAND_WHEN[cmd]) ?? 'when setuptools runs that command';
        const label = cmd ? `the \`${cmd}\` command (${cls}.${method})` : `the setuptools command ${cls}.${method}`;
        return scope && scope !== `method ${cls}.${method}` ? `in ${scope}, reached from ${label}, ${when}` : `in ${label}, ${when}`;
    }
    if (entry.startsWith('hook:'))
        return `in ${scope || entry.slice(5)}, which the build backend calls`;
    if (entry.startsWith('call:')) {
        const by = entry.slice(5).split(':')[0];
        return `in ${scope || 'a function'}, which ${by} calls at build time`;
    }
    if (entry === 'config')
        return `in ${scope}`;
    return `in ${scope || entry}`;
}
function guessCommand(cls) {
    const c = cls.toLowerCase();
    for (const k of ['egg_info', 'egginfo', 'develop', 'install', 'build_py', 'build_ext', 'sdist', 'bdist_egg', 'bdist_wheel']) {
        if (c.includes(k.replace('_', '')) || c.includes(k))
            return k === 'egginfo' ? 'egg_info' : k;
    }
    return undefined;
}
function isReachable(where) {
    return where.entry !== undefined;
}
/** clip(s, max) reads no further than the first CLIP_READS * max characters of s. */
const CLIP_READS = 4;
function clip(s, max = 240) {
    // only the part shown is made printable: evidence may be a decoded blob of megabytes
    const one = printable(s.length > max * CLIP_READS ? s.slice(0, max * CLIP_READS) : s).replaceAll(HOLE, '…');
    return one.length > max ? one.slice(0, max - 1) + '…' : one;
}
function finding(rule, severity, facts, line, message, evidence) {
    return { rule, severity, path: facts.path, line, message, evidence: clip(evidence, 400) };
}
/** Strings that are behaviour rather than package metadata or docstrings. */
function codeStrings(facts) {
    return facts.strings.filter((s) => !s.metadata);
}
/**
 * Strings that take part in behaviour. In a library module imported at build time, constants
 * merely defined at its top level are not behaviour; only strings handed to calls count.
 */
function usedStrings(facts) {
    const code = codeStrings(facts);
    if (facts.role !== 'imported' || facts.origin)
        return code;
    const used = new Set();
    for (const c of facts.calls) {
        if (!c.where.entry)
            continue;
        for (const a of c.args)
            for (const s of stringsIn(a))
                used.add(s);
        for (const a of Object.values(c.kwargs))
            for (const s of stringsIn(a))
                used.add(s);
        if (c.receiver)
            for (const s of stringsIn(c.receiver))
                used.add(s);
    }
    return code.filter((s) => used.has(s.value));
}

;// CONCATENATED MODULE: ./src/analysis/rules/build-install.ts
// Installing packages while building: `pip.main(["install", ...])` or a `pip install`
// subprocess. It pulls code past the dependency review, usually to import it right after.




const FETCH_EGGS = /^(setuptools\.dist\.Distribution\(\)\.fetch_build_eggs|setuptools\.command\.easy_install\.main|easy_install\.main)$/;
function install(words) {
    const i = words.findIndex((w) => w === 'install');
    if (i === -1)
        return undefined;
    const packages = words.slice(i + 1).filter((w) => w && !w.startsWith('-'));
    const fromUrl = words.some((w) => /^(git\+|https?:|ftp:|file:)|@\s*https?:|--(extra-)?index-url|^-i$|--find-links|^-f$|--trusted-host/.test(w));
    return { packages, fromUrl };
}
/** Packages old build scripts install before importing them, openly. */
const BUILD_HELPERS = new Set(('numpy cython setuptools wheel pip pybind11 cffi scikit-build scikit-build-core cmake ninja setuptools-scm ' +
    'pkgconfig packaging toml tomli requests six future pbr versioneer nose pytest sphinx twine build').split(' '));
/** `Some_Pkg[extra]>=1.0` -> `some-pkg` (PEP 503 normalized). */
function projectName(spec) {
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec);
    return m ? m[1].toLowerCase().replace(/[-_.]+/g, '-') : undefined;
}
/** Named as a requirement anywhere else in the sdist: setup() arguments, setup.cfg, pyproject.toml. */
function declared(name, units, installLine) {
    for (const u of units) {
        for (const s of u.strings) {
            if (u.role !== 'config' && s.line === installLine)
                continue;
            for (const piece of s.value.s.split(/[\n,]/)) {
                const n = projectName(piece.trim());
                if (n === name && piece.trim().length < 200)
                    return true;
            }
        }
    }
    return false;
}
function imported(name, facts) {
    const mod = name.replace(/-/g, '_');
    return facts.imports.some((i) => i.module.toLowerCase().replace(/-/g, '_').split('.')[0] === mod) || facts.dynamic.some((d) => d.name?.toLowerCase().split('.')[0] === mod);
}
const rule = {
    id: 'build-install',
    severity: 'high',
    description: 'Installs packages with pip while the package is being built.',
    check(facts, ctx) {
        const out = [];
        for (const call of facts.calls) {
            let words;
            let how = '';
            if (PIP_CALLS.has(call.callee)) {
                words = stringsIn(call.args[0]).map((s) => s.s);
                how = call.callee;
            }
            else if (FETCH_EGGS.test(call.callee)) {
                words = ['install', ...stringsIn(call.args[0]).map((s) => s.s)];
                how = call.callee.replace('()', '');
            }
            else {
                const cmd = commandOf(call);
                if (!cmd)
                    continue;
                const w = cmd.argv.map((x) => x.toLowerCase());
                const pipAt = w.findIndex((x, i) => /^pip[\d.]*(\.exe)?$/.test(x.split(/[\\/]/).pop() ?? '') || (x === 'pip' && w[i - 1] === '-m') || x === 'easy_install');
                if (pipAt === -1)
                    continue;
                words = cmd.argv.slice(pipAt);
                how = `\`${cmd.text.slice(0, 80)}\``;
            }
            const inst = install(words);
            if (!inst)
                continue;
            const pkgs = inst.packages.map((p) => p.replaceAll(HOLE, '…')).join(' ') || 'packages';
            // setup_requires-style fetching and plain `pip install numpy` exist in old legitimate scripts
            let severity = inst.fromUrl && isReachable(call.where) ? 'high' : isReachable(call.where) ? 'medium' : 'low';
            const from = inst.fromUrl ? ' from a URL or extra index' : '';
            // a package the project declares nowhere, installed and then imported: a second stage
            const hidden = isReachable(call.where) ? inst.packages.map(projectName).find((n) => n && !BUILD_HELPERS.has(n) && !declared(n, ctx.units, call.line) && imported(n, facts)) : undefined;
            if (hidden) {
                severity = 'high';
                out.push(finding(rule.id, severity, facts, call.line, `Installs ${hidden}, which the project declares nowhere, with pip ${describeWhere(facts, call.where)}, and imports it: code from outside the dependency review runs in the build.`, `${how}: ${words.join(' ')}`));
                continue;
            }
            out.push(finding(rule.id, severity, facts, call.line, `Installs ${pkgs}${from} with pip ${describeWhere(facts, call.where)}, bypassing the dependencies the project declares.`, `${how}: ${words.join(' ')}`));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/build-requires.ts
// Build requirements fetched from URLs, VCS or extra indexes (`setup_requires`, `dependency_links`,
// `[build-system] requires`): code that runs at build time without coming from the index.



const URL_REQ = /(?:^|\s|@\s*)(?:git\+|hg\+|svn\+|bzr\+)?(?:https?|ftp|file):\/\/\S+|^git\+\S+/;
const build_requires_rule = {
    id: 'build-requires',
    severity: 'medium',
    description: 'Declares build requirements fetched from URLs or version control instead of the package index.',
    check(facts) {
        const out = [];
        if (facts.role === 'config') {
            for (const s of facts.strings) {
                if (s.where.scope !== BUILD_REQUIRES_SCOPE)
                    continue;
                const m = URL_REQ.exec(s.value.s);
                if (m)
                    out.push(finding(build_requires_rule.id, 'medium', facts, s.line, `Declares a build requirement fetched from ${m[0].trim()} rather than the package index.`, s.value.s));
            }
            return out;
        }
        for (const c of facts.calls) {
            if (!/(^|\.)setup$/.test(c.callee))
                continue;
            for (const key of ['setup_requires', 'dependency_links']) {
                for (const s of stringsIn(c.kwargs[key])) {
                    const m = URL_REQ.exec(s.s);
                    if (m)
                        out.push(finding(build_requires_rule.id, 'medium', facts, c.line, `Declares ${key} fetched from ${m[0].trim()} rather than the package index.`, s.s));
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/callback-host.ts
// Hosts that exist to collect callbacks or stolen data (webhooks, bot APIs, request bins,
// out-of-band testing domains, tunnels, paste sites, dynamic DNS) and raw IP addresses.




const CONNECT = /^socket\.(socket\(\)\.(connect|connect_ex|sendto)|create_connection)$|^(telnetlib\.Telnet|ftplib\.FTP|smtplib\.SMTP|paramiko\.SSHClient\(\)\.connect)$/;
const callback_host_rule = {
    id: 'callback-host',
    severity: 'high',
    description: 'Names a host used to collect callbacks or stolen data, or a raw IP address to connect to.',
    check(facts) {
        const out = [];
        const seen = new Set();
        const add = (severity, line, message, evidence) => {
            const key = `${line}|${evidence.slice(0, 80)}`;
            if (seen.has(key))
                return;
            seen.add(key);
            out.push(finding(callback_host_rule.id, severity, facts, line, message, evidence));
        };
        for (const s of usedStrings(facts)) {
            if (s.value.s.length > 200_000)
                continue;
            const text = s.value.s;
            const where = () => describeWhere(facts, s.where);
            const reach = isReachable(s.where) || facts.role === 'config';
            const host = callbackHost(text);
            if (host) {
                add(reach ? 'high' : 'medium', s.line, `Names ${host.what} (${clip(host.text, 80)}) ${where()}; such hosts exist to receive data from the machine.`, text);
                continue;
            }
            const ip = rawIpUrl(text);
            if (ip) {
                const severity = ip.private ? 'medium' : reach ? 'high' : 'medium';
                add(severity, s.line, `Names a URL on a raw IP address (${ip.ip}) ${where()}; legitimate downloads use host names.`, text);
                continue;
            }
            const lookup = text.includes('.') ? IP_LOOKUP.exec(text) : null;
            if (lookup)
                add('medium', s.line, `Looks up the machine's public IP address (${lookup[0]}) ${where()}.`, text);
        }
        // a destination spelled out in base64 or hex: hidden from a reader on purpose
        for (const c of facts.calls) {
            if (!isNetworkCall(c.callee) || !isReachable(c.where))
                continue;
            const dest = c.args[0] && c.args[0].k === 'seq' ? c.args[0].items[0] : c.args[0];
            const host = dest && stringsIn(dest).find((s) => s.t & Taint.DECODED && /[\w-]+\.[\w-]{2,}/.test(s.s));
            if (host)
                add('high', c.line, `Connects to a host whose name is decoded from a hidden constant (${clip(host.s, 80)}) ${describeWhere(facts, c.where)}.`, c.snippet);
        }
        for (const c of facts.calls) {
            if (!CONNECT.test(c.callee))
                continue;
            for (const v of c.args) {
                for (const s of stringsIn(v)) {
                    if (!isIpv4(s.s))
                        continue;
                    const priv = isPrivateIp(s.s.split('.').map(Number));
                    add(priv ? 'medium' : 'high', c.line, `Connects to the raw IP address ${s.s} ${describeWhere(facts, c.where)}.`, c.snippet);
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/cloud-credentials.ts
// Reading the machine's cloud identity: the instance metadata service (169.254.169.254 and its
// equivalents) hands out the credentials of the machine's role, and a Kubernetes pod keeps its
// service-account token in a known folder. A build has no reason to ask either.




/** Environment variables Kubernetes sets in every pod: they only say where a service is. */
const CLUSTER_ENV = /^%\w+%$/;
const cloud_credentials_rule = {
    id: 'cloud-credentials',
    severity: 'critical',
    description: 'Reaches for the cloud instance metadata service or Kubernetes service-account credentials at build time.',
    check(facts) {
        const out = [];
        const lines = new Set();
        const add = (line, what, where, evidence) => {
            if (lines.has(line))
                return;
            lines.add(line);
            out.push(finding(cloud_credentials_rule.id, 'critical', facts, line, `Reaches for ${what} ${where}; builds never need the machine's cloud credentials.`, evidence));
        };
        // strings handed to the network or to a command: the cluster's address read from the
        // environment only counts there, since reading it alone is how code detects a cluster
        const sent = new Set();
        for (const c of facts.calls) {
            if (!isReachable(c.where) || !(isNetworkCall(c.callee) || c.callee in PROCESS_CALLS))
                continue;
            const values = [...c.args, ...Object.values(c.kwargs)];
            if (c.receiver)
                values.push(c.receiver);
            for (const v of values) {
                for (const s of stringsIn(v)) {
                    sent.add(s);
                    const m = cloudMetadata(s.s);
                    if (m)
                        add(c.line, m.what, describeWhere(facts, c.where), `${c.snippet} <- ${s.s}`);
                }
            }
        }
        for (const s of usedStrings(facts)) {
            if (!isReachable(s.where) || s.value.s.length > 100_000)
                continue;
            const m = cloudMetadata(s.value.s);
            if (!m || (CLUSTER_ENV.test(m.text) && !sent.has(s.value)))
                continue;
            add(s.line, m.what, describeWhere(facts, s.where), s.value.s);
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/cryptominer.ts
// A cryptocurrency miner set up at build time: the miner's name in a command, a mining pool, the
// stratum protocol, or a miner's configuration written out. Build machines are rented compute.



const cryptominer_rule = {
    id: 'cryptominer',
    severity: 'critical',
    description: 'Sets up a cryptocurrency miner: a miner program, a mining pool or the stratum protocol.',
    check(facts) {
        const out = [];
        for (const call of facts.calls) {
            const cmd = commandOf(call);
            const m = cmd && MINER.exec(cmd.text);
            if (!m)
                continue;
            out.push(finding(cryptominer_rule.id, isReachable(call.where) ? 'critical' : 'medium', facts, call.line, `Runs a cryptocurrency miner (${m[0]}) ${describeWhere(facts, call.where)}.`, cmd.text));
            return out;
        }
        for (const s of usedStrings(facts)) {
            if (!isReachable(s.where) || s.value.s.length > 200_000)
                continue;
            const m = MINER.exec(s.value.s);
            if (!m)
                continue;
            out.push(finding(cryptominer_rule.id, 'critical', facts, s.line, `Names a cryptocurrency miner or mining pool (${clip(m[0], 60)}) ${describeWhere(facts, s.where)}.`, s.value.s));
            return out;
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/detached-stage.ts
// A second stage: code or a program written to a temporary file and started in the background
// (`start pythonw <tmp>`, `os.startfile`, `Popen(..., creationflags=DETACHED_PROCESS)`), so it
// outlives the build and shows no window. Builds write temporary files to probe compilers, and
// wait for what they start.




const TEMP_CALL = /^tempfile\.(NamedTemporaryFile|mkstemp|mktemp|TemporaryFile|SpooledTemporaryFile|gettempdir)$/;
const TEMP_PATH = /%(?:TEMP|TMP|APPDATA|LOCALAPPDATA)%|[\\/]AppData[\\/]|^\/tmp\/|^\/var\/tmp\/|^\/dev\/shm\//i;
const DETACHED_FLAGS = /^subprocess\.(DETACHED_PROCESS|CREATE_NO_WINDOW|CREATE_NEW_CONSOLE|CREATE_NEW_PROCESS_GROUP|CREATE_BREAKAWAY_FROM_JOB)$/;
/** How a process call starts its program detached or hidden, if it does. */
function detached(call, facts) {
    if (call.callee === 'os.startfile')
        return 'os.startfile';
    const cmd = commandOf(call);
    if (cmd) {
        if (/^start$/.test(cmd.program) || /(?:^|[\s&|;"'])start(?:\.exe)?\s+(?:\/[a-z]+\s+)*(?:""\s+)?\S/i.test(cmd.text))
            return 'start';
        if (/^pythonw/.test(cmd.program) || /\bpythonw(?:\.exe)?\b|w\.exe\b/i.test(cmd.text))
            return 'pythonw';
        if (/\b(?:nohup|setsid|disown)\b|&\s*$/.test(cmd.text))
            return 'a background shell job';
    }
    if (call.kwargs.creationflags) {
        const near = facts.refs.some((r) => DETACHED_FLAGS.test(r.q) && Math.abs(r.line - call.line) <= 3);
        if (near || call.kwargs.creationflags.k === 'num')
            return 'creation flags that detach it';
    }
    const session = call.kwargs.start_new_session;
    if (session?.k === 'const' && session.v === 'True')
        return 'a new session';
    return undefined;
}
const detached_stage_rule = {
    id: 'detached-stage',
    severity: 'high',
    description: 'Writes a file to a temporary folder and starts it in the background, detached from the build.',
    check(facts) {
        const out = [];
        const tempCalls = facts.calls.filter((c) => TEMP_CALL.test(c.callee) && isReachable(c.where));
        // the strings (megabytes of payload, at times) are searched once a detached start is found
        let tempStrings;
        const anyTemp = () => tempCalls.length > 0 || (tempStrings ??= facts.strings.some((s) => !s.metadata && isReachable(s.where) && TEMP_PATH.test(s.value.s)));
        for (const call of facts.calls) {
            if (!(call.callee in PROCESS_CALLS) || !isReachable(call.where))
                continue;
            const how = detached(call, facts);
            if (!how)
                continue;
            if (!anyTemp())
                return out;
            const cmd = commandOf(call);
            const text = cmd?.text ?? stringsIn(call.args[0]).map((s) => s.s).join(' ');
            // the started file is the temporary one: named by a temp path, or only known at run time
            const names = TEMP_PATH.test(text) || (tempCalls.length > 0 && (text.includes(HOLE) || text === ''));
            if (!names)
                continue;
            out.push(finding(detached_stage_rule.id, 'high', facts, call.line, `Starts a file from a temporary folder with ${how} ${describeWhere(facts, call.where)}, so it keeps running after the build.`, `${tempCalls[0]?.snippet ?? ''}${tempCalls.length ? ' ... ' : ''}${call.snippet}`));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/download-execute.ts
// Downloading a file and running it: the dropper. Either half alone can be ordinary; together
// they install whatever the server sends.





const TO_FILE = /^(urllib\.request\.urlretrieve|urllib\.urlretrieve|wget\.download)$/;
const WRITE = /^((?:builtins|io|codecs)\.open\(\)\.(write|writelines)|tempfile\.\w*TemporaryFile\(\)\.(write|writelines)|pathlib\.Path\(\)\.write_bytes|pathlib\.Path\(\)\.write_text|shutil\.copyfileobj)$/;
/** A temporary file's name, known only when the build runs. */
const TEMP_NAME = /^tempfile\.\w*TemporaryFile\(\)\.name$|^tempfile\.mk[sd]?temp\(\)/;
/** A clone of a remote repository: the files it brings are whatever the remote holds. */
const CLONE = /^(git\.Repo\.clone_from|git\.repo\.base\.Repo\.clone_from|git\.Git\(\)\.clone|pygit2\.clone_repository|dulwich\.porcelain\.clone)$/;
const SCRIPT = /\.(?:pyw?|sh|bat|cmd|ps1|exe|vbs|js)$/i;
function mentionsTemp(v, depth = 0) {
    if (!v || depth > 4)
        return false;
    if (v.k === 'obj' && TEMP_NAME.test(v.q))
        return true;
    if (v.k === 'seq')
        return v.items.some((i) => mentionsTemp(i, depth + 1));
    return false;
}
/** A script the command runs: `python x.py`, `sh x.sh`, `x.exe` (not `setup.py`). */
function runsScript(argv) {
    for (const w of argv.slice(0, 3)) {
        const name = basename(w.replace(/\\/g, '/'));
        if (SCRIPT.test(name) && name !== 'setup.py')
            return name;
    }
    return undefined;
}
/** Repositories cloned from a remote, by call or by `git clone` command. */
function clones(calls) {
    const out = [];
    for (const c of calls) {
        if (CLONE.test(c.callee))
            out.push({ line: c.line, snippet: c.snippet });
        if (!(c.callee in PROCESS_CALLS))
            continue;
        const cmd = commandOf(c);
        if (cmd && cmd.program === 'git' && cmd.argv.includes('clone') && cmd.argv.some((w) => /^(https?|git|ssh):|@[\w.-]+:/.test(w)))
            out.push({ line: c.line, snippet: cmd.text });
    }
    return out;
}
const RUNNABLE = /\.(exe|scr|bat|cmd|ps1|vbs|js|hta|msi|dll|sh|bin|elf|run|app|jar|pyw?)$/i;
function pathText(v) {
    if (!v)
        return undefined;
    const s = v.k === 'obj' && v.path ? v.path : v;
    const strs = stringsIn(s);
    return strs.length ? strs.map((x) => x.s).join('') : undefined;
}
/** Files this unit writes downloaded data to, with the line of the write. */
function downloads(calls) {
    const out = [];
    for (const c of calls) {
        if (TO_FILE.test(c.callee))
            out.push({ path: pathText(c.args[1] ?? c.kwargs.filename ?? c.kwargs.out), line: c.line, snippet: c.snippet, url: pathText(c.args[0]) });
        else if (WRITE.test(c.callee)) {
            const data = c.callee === 'shutil.copyfileobj' ? c.args[0] : c.args[0];
            if (data && deepTaint(data) & Taint.NETWORK) {
                const target = c.callee === 'shutil.copyfileobj' ? c.args[1] : c.receiver;
                const temp = target?.k === 'obj' && /^tempfile\./.test(target.q);
                out.push({ path: pathText(target), line: c.line, snippet: c.snippet, temp: temp || undefined });
            }
        }
    }
    return out;
}
const download_execute_rule = {
    id: 'download-execute',
    severity: 'critical',
    description: 'Downloads a file and then runs it, or makes it executable.',
    check(facts) {
        const out = [];
        out.push(...clonedAndRun(facts));
        const got = downloads(facts.calls);
        if (got.length === 0)
            return out;
        // code hidden in a downloaded file (an image, an archive) and run: `exec(reveal('x.png'))`
        const execs = facts.calls.filter((c) => c.callee in EXEC_CALLS);
        const execLines = new Set(execs.map((c) => c.line));
        const byLine = new Map();
        for (const o of facts.calls)
            if (execLines.has(o.line))
                byLine.set(o.line, [...(byLine.get(o.line) ?? []), o]);
        for (const c of execs) {
            const sameLine = byLine.get(c.line) ?? [];
            for (const d of got) {
                const name = d.path ? basename(d.path.replace(/\\/g, '/')).replaceAll(HOLE, '') : '';
                if (name.length < 3 || !sameLine.some((o) => o.args.some((a) => stringsIn(a).some((s) => s.s.includes(name)))))
                    continue;
                out.push(finding(download_execute_rule.id, 'critical', facts, c.line, `Downloads a file (line ${d.line}) and runs code taken out of it ${describeWhere(facts, c.where)}.`, `${d.snippet} ... ${c.snippet}`));
                break;
            }
        }
        for (const c of facts.calls) {
            const isRun = c.callee in PROCESS_CALLS || /^os\.chmod$|^pathlib\.Path\(\)\.chmod$/.test(c.callee);
            if (!isRun)
                continue;
            const cmd = commandOf(c);
            const text = cmd?.text ?? stringsIn(c.args[0]).map((s) => s.s).join(' ');
            for (const d of got) {
                const name = d.path ? basename(d.path.replace(/\\/g, '/')).replaceAll(HOLE, '') : '';
                const sameFile = (name.length > 0 && text.includes(name)) || (!!d.temp && (mentionsTemp(c.args[0]) || mentionsTemp(c.kwargs.args)));
                const runsFile = RUNNABLE.test(text.trim().split(/\s+/)[0] ?? '') || (d.path !== undefined && RUNNABLE.test(d.path));
                if (sameFile || (runsFile && c.callee !== 'os.chmod')) {
                    // old bootstrap scripts fetch setuptools from PyPI and run it
                    const bootstrap = d.url !== undefined && /^(?:https?:\/\/)?(?:[\w-]+\.)*(?:pypi\.org|pypi\.python\.org|files\.pythonhosted\.org|bootstrap\.pypa\.io)[:/]/i.test(d.url);
                    out.push(finding(download_execute_rule.id, bootstrap ? 'medium' : 'critical', facts, c.line, `Downloads a file (line ${d.line}) and then runs it ${describeWhere(facts, c.where)}.`, `${d.snippet} ... ${c.snippet}`));
                    break;
                }
            }
        }
        return out;
    },
};
/** A repository cloned from a remote and a script run afterwards: the remote decides what runs. */
function clonedAndRun(facts) {
    const got = clones(facts.calls);
    if (!got.length)
        return [];
    for (const c of facts.calls) {
        if (!(c.callee in PROCESS_CALLS) || c.line < got[0].line)
            continue;
        const cmd = commandOf(c);
        const script = cmd && runsScript(cmd.argv);
        if (!script)
            continue;
        return [finding(download_execute_rule.id, 'critical', facts, c.line, `Clones a repository (line ${got[0].line}) and runs ${script} ${describeWhere(facts, c.where)}.`, `${got[0].snippet} ... ${cmd.text}`)];
    }
    return [];
}

;// CONCATENATED MODULE: ./src/analysis/rules/dynamic-exec.ts
// exec / eval / compile at build time. Running a version file that ships in the sdist is
// ordinary; running code that was encoded, encrypted or downloaded is the payload itself.



function codeArg(args, kwargs, q) {
    const spec = EXEC_CALLS[q];
    return args[spec.code] ?? (spec.kw ? kwargs[spec.kw] : undefined);
}
const dynamic_exec_rule = {
    id: 'dynamic-exec',
    severity: 'critical',
    description: 'Runs code with exec/eval/compile; critical when that code was decoded, decrypted or downloaded.',
    check(facts) {
        const out = [];
        for (const call of facts.calls) {
            if (!(call.callee in EXEC_CALLS))
                continue;
            const code = codeArg(call.args, call.kwargs, call.callee);
            const name = call.callee.replace(/^builtins\./, '');
            const where = describeWhere(facts, call.where);
            if (!code)
                continue;
            const t = deepTaint(code);
            let severity;
            let message;
            if (t & Taint.NETWORK) {
                severity = 'critical';
                message = `Runs code downloaded from the network with ${name} ${where}.`;
            }
            else if (t & Taint.OPAQUE) {
                severity = 'critical';
                message = `Runs code hidden by marshal, encryption or compression that this analysis cannot undo, with ${name} ${where}.`;
            }
            else if (t & Taint.DECODED) {
                severity = 'critical';
                const how = code.k === 'str' && code.how ? ` (${code.how})` : '';
                message = `Runs code that was encoded to hide it${how} with ${name} ${where}.`;
            }
            else if (t & Taint.SECRET) {
                severity = 'high';
                message = `Runs code read from a place that holds secrets with ${name} ${where}.`;
            }
            else if (code.k === 'str' && !code.partial) {
                severity = 'low';
                message = `Runs a string of code written in the script with ${name} ${where}; the string is analysed as code too.`;
            }
            else if (t & Taint.LOCAL_FILE) {
                severity = 'info';
                message = `Runs a file that ships in the sdist with ${name} ${where} (a version file, usually); that file is analysed too.`;
            }
            else if (/^(runpy\.run_path|builtins\.execfile|imp\.load_source)$/.test(call.callee)) {
                severity = 'low';
                message = `Runs a Python file with ${name} ${where}.`;
            }
            else if (t & (Taint.FILE | Taint.PROCESS | Taint.ENV)) {
                severity = 'medium';
                message = `Runs code from ${describeTaint(t & (Taint.FILE | Taint.PROCESS | Taint.ENV))} with ${name} ${where}.`;
            }
            else {
                severity = 'medium';
                message = `Runs code this analysis could not resolve with ${name} ${where}.`;
            }
            if (!isReachable(call.where) && severity !== 'critical')
                severity = 'info';
            out.push(finding(dynamic_exec_rule.id, severity, facts, call.line, message, `${call.snippet} <- ${show(code, 160)}`));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/encoded-blob.ts
// Encoded data in a build script: base64/hex blobs, and what they decode to. Build scripts have
// no reason to carry encoded Python or executables.



const BLOB_MIN = 1000;
/** Characters of a decoded blob shown as evidence, and the characters clip() looks at to show them. */
const EVIDENCE_SHOWN = 300;
const EVIDENCE_CHARS = CLIP_READS * EVIDENCE_SHOWN;
const PROBE_MIN = 40;
const encoded_blob_rule = {
    id: 'encoded-blob',
    severity: 'critical',
    description: 'Carries encoded data; critical when it decodes to an executable, high when it decodes to code or a callback URL.',
    check(facts) {
        const out = [];
        const decodedLines = new Set();
        // a decode in a loop records the same output many times: convert each distinct output once
        const texts = new Map();
        for (const d of facts.decodes) {
            if (!d.ok || !d.output)
                continue;
            const where = describeWhere(facts, d.where);
            const bytes = d.output.s;
            const exe = executableKind(bytes);
            decodedLines.add(d.line);
            if (exe) {
                out.push(finding(encoded_blob_rule.id, 'critical', facts, d.line, `Decodes ${exe} embedded in the script (${d.output.how ?? d.codec}) ${where}.`, `${bytes.length} bytes starting ${JSON.stringify(bytes.slice(0, 8))}`));
                continue;
            }
            // bytes that do not read as text are neither code nor shown: they need not be decoded whole
            const textual = !d.output.b || decodedIsText(bytes);
            let text = bytes;
            if (d.output.b && (textual || d.codec === 'reversed')) {
                const known = texts.get(bytes);
                text = known ?? decodeUtf8Maybe(bytes);
                if (known === undefined)
                    texts.set(bytes, text);
            }
            if (d.codec !== 'reversed' && textual && text.length >= 16 && looksLikePython(text)) {
                out.push(finding(encoded_blob_rule.id, isReachable(d.where) ? 'high' : 'medium', facts, d.line, `Decodes hidden Python code (${d.output.how ?? d.codec}) ${where}.`, text));
            }
            else if (d.codec === 'reversed' && text.length >= 16 && (looksLikePython(text) || callbackHost(text) || /https?:\/\//.test(text))) {
                out.push(finding(encoded_blob_rule.id, isReachable(d.where) ? 'high' : 'medium', facts, d.line, `Reverses a string to hide code or a URL ${where}.`, text));
            }
            else if (d.inputLength >= BLOB_MIN) {
                out.push(finding(encoded_blob_rule.id, 'medium', facts, d.line, `Decodes a ${d.inputLength}-character blob (${d.output.how ?? d.codec}) ${where}.`, textual && isText(text) ? text : `${bytes.length} binary bytes`));
            }
        }
        const budget = new DecodeBudget(4 * 1024 * 1024);
        const seen = new Set();
        for (const s of facts.strings) {
            if (s.metadata || s.kind !== 'literal' || seen.has(s.line))
                continue;
            const raw = s.value.s;
            const compact = stripWhitespace(raw);
            if (compact.length < PROBE_MIN)
                continue;
            const b64 = looksLikeBase64(compact);
            const hex = !b64 && looksLikeHex(compact, PROBE_MIN);
            if (!b64 && !hex)
                continue;
            const r = b64 ? base64Decode(compact, budget) : hexDecode(compact, budget);
            // a line whose decode was already judged above gets no finding here; the decode still
            // counts against the budget, so what later strings may decode stays the same
            if (decodedLines.has(s.line))
                continue;
            const where = describeWhere(facts, s.where);
            if (r.ok) {
                // what does not read as text is neither code nor a URL: its start is all that is shown
                const textual = decodedIsText(r.value);
                const text = textual ? decodeUtf8Maybe(r.value) : decodedHead(r.value, EVIDENCE_CHARS);
                const exe = executableKind(r.value);
                let message;
                let severity = 'high';
                if (exe) {
                    message = `Carries ${exe}, ${b64 ? 'base64' : 'hex'}-encoded, ${where}.`;
                    severity = 'critical';
                }
                else if (textual && looksLikePython(text) && text.length >= 16)
                    message = `Carries ${b64 ? 'base64' : 'hex'}-encoded Python code ${where}.`;
                else if (textual && (callbackHost(text) || rawIpUrl(text)))
                    message = `Carries a ${b64 ? 'base64' : 'hex'}-encoded URL of a callback host ${where}.`;
                if (message && !decodedLines.has(s.line)) {
                    seen.add(s.line);
                    out.push(finding(encoded_blob_rule.id, isReachable(s.where) ? severity : 'medium', facts, s.line, message, clip(text, EVIDENCE_SHOWN)));
                    continue;
                }
            }
            if (compact.length >= BLOB_MIN && !decodedLines.has(s.line)) {
                seen.add(s.line);
                out.push(finding(encoded_blob_rule.id, 'medium', facts, s.line, `Carries a ${compact.length}-character ${b64 ? 'base64' : 'hex'} blob ${where}.`, raw.slice(0, 120)));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/exfiltration.ts
// Sending who or what the host is, or its secrets, over the network: the combination that turns
// "talks to the network" into theft.






const STOLEN = Taint.IDENTITY | Taint.SECRET | Taint.ENV_ALL;
const DOWNLOAD_TO_FILE = /^(urllib\.request\.urlretrieve|urllib\.urlretrieve|wget\.download)$/;
/** The arguments of a network call that leave the machine. */
function sentValues(call) {
    if (DOWNLOAD_TO_FILE.test(call.callee))
        return call.args.slice(0, 1);
    const out = [...call.args];
    for (const [k, v] of Object.entries(call.kwargs))
        if (!NETWORK_LOCAL_KWARGS.has(k))
            out.push(v);
    if (call.receiver && /\.(send|sendall|sendto|write|request|post|put|get)$/.test(call.callee))
        out.push(call.receiver);
    return out;
}
function target(call) {
    for (const v of call.args) {
        for (const s of stringsIn(v))
            if (/[./:]/.test(s.s))
                return show(s, 120);
    }
    return call.callee;
}
const DNS_CALLS = /^(socket\.(gethostbyname|gethostbyname_ex|getaddrinfo)|dns\.resolver\.(resolve|query|Resolver\(\)\.(resolve|query)))$/;
/** A run-time part, then a constant domain of at least two labels: `<data>.x.example.net`. */
const BUILT_NAME = new RegExp(`(?:${HOLE}|%\\w+%)[\\w.-]*?\\.((?:[a-z0-9-]+\\.)+[a-z]{2,})$`, 'i');
/** Data that came from the machine rather than from the script: files, commands, the environment, parameters. */
const DATA_TAINT = (t) => (t & (Taint.FILE | Taint.PROCESS | Taint.ENV | Taint.ENV_ALL | Taint.IDENTITY | Taint.SECRET | Taint.DECODED)) !== 0;
/** The name a `nslookup`/`dig`/`host` command looks up. */
function dnsCommandName(call) {
    const spec = PROCESS_CALLS[call.callee];
    if (!spec)
        return undefined;
    const first = call.args[spec.cmd];
    if (first?.k !== 'seq')
        return undefined;
    const prog = first.items[0];
    if (prog?.k !== 'str' || !/^(nslookup|dig|host)(\.exe)?$/i.test(prog.s))
        return undefined;
    return first.items.slice(1).find((v) => v.k === 'str' && v.partial);
}
const SHELL_IDENTITY = /\$\((?:whoami|hostname|id|uname|pwd|env|printenv|cat|ls|ifconfig|ip|curl\s[^)]{0,100}ipinfo)\b[^)]{0,200}\)|`(?:whoami|hostname|id|uname|pwd|env|printenv)\b[^`]{0,200}`|\$(?:USER|HOSTNAME|HOME|PWD)\b|%(?:USERNAME|COMPUTERNAME|USERPROFILE)%/;
/** A command that sends a local file: `curl -F f=@path`, `curl --data-binary @path`, `curl -T path`, `wget --post-file`. */
const SHELL_UPLOAD = /\bcurl\b[^\n]{0,300}?(?:\s(?:-F|--form)\s*["']?[\w.-]*=@["']?([^\s"';|&]+)|\s(?:-d|--data(?:-binary|-raw|-urlencode)?)\s*["']?@([^\s"';|&]+)|\s(?:-T|--upload-file)\s*["']?([^\s"';|&]+))|\bwget\b[^\n]{0,300}?--post-file[=\s]["']?([^\s"';|&]+)/;
const exfiltration_rule = {
    id: 'exfiltration',
    severity: 'critical',
    description: 'Sends host identity, environment or secrets over the network at build time.',
    check(facts, ctx) {
        const out = [];
        let sendsSomething = false;
        for (const call of facts.calls) {
            if (isNetworkCall(call.callee)) {
                sendsSomething = true;
                let t = 0;
                let all = 0;
                let shown;
                for (const v of sentValues(call)) {
                    const vt = deepTaint(v);
                    all |= vt;
                    if (vt & STOLEN) {
                        t |= vt & STOLEN;
                        shown ??= v;
                    }
                }
                // a token from the environment sent to the code host it belongs to (a GitHub API call)
                const envToken = t === Taint.SECRET && all & Taint.ENV && !(all & (Taint.FILE | Taint.LOCAL_FILE));
                if (envToken && CODE_HOSTS.test(target(call).replace(/^"/, '')))
                    t = 0;
                if (t) {
                    out.push(finding(exfiltration_rule.id, 'critical', facts, call.line, `Sends ${describeTaint(t)} to ${target(call)} ${describeWhere(facts, call.where)}.`, `${call.snippet} <- ${show(shown, 160)}`));
                }
            }
            const cmd = commandOf(call);
            if (cmd && /\b(curl|wget|nslookup|dig|ping|Invoke-WebRequest|iwr|Invoke-RestMethod)\b/i.test(cmd.text) && (SHELL_IDENTITY.test(cmd.text) || cmd.t & STOLEN)) {
                out.push(finding(exfiltration_rule.id, 'critical', facts, call.line, `Runs a command that sends host details over the network ${describeWhere(facts, call.where)}.`, cmd.text));
            }
            else if (cmd) {
                const up = SHELL_UPLOAD.exec(cmd.text);
                const file = up?.slice(1).find((x) => x !== undefined);
                if (file)
                    out.push(finding(exfiltration_rule.id, 'critical', facts, call.line, `Runs a command that uploads the file ${file} ${describeWhere(facts, call.where)}.`, cmd.text));
            }
        }
        // a name looked up under a fixed domain with a part only known at run time: the lookup
        // itself carries that part out, past proxies, to whoever serves the domain
        if (out.length === 0) {
            for (const call of facts.calls) {
                if (!isReachable(call.where))
                    continue;
                const name = DNS_CALLS.test(call.callee) ? call.args[0] : dnsCommandName(call);
                if (!name || name.k !== 'str' || !name.partial)
                    continue;
                const m = BUILT_NAME.exec(name.s);
                if (!m || !DATA_TAINT(deepTaint(name)))
                    continue;
                out.push(finding(exfiltration_rule.id, 'high', facts, call.line, `Looks up a DNS name built at run time under ${m[1]} ${describeWhere(facts, call.where)}; the lookup carries the built part to whoever serves that domain.`, `${call.snippet} <- ${show(name, 160)}`));
                break;
            }
        }
        // Reading secrets in one place and talking to the network in another is theft even when
        // the data flow between them is lost (written to a temp file, passed through a library).
        if (sendsSomething && out.length === 0) {
            const secret = secretRead(ctx.units) ?? identityCommands(facts);
            if (secret) {
                const call = facts.calls.find((c) => isNetworkCall(c.callee));
                out.push(finding(exfiltration_rule.id, 'critical', facts, call.line, `Makes a network request ${describeWhere(facts, call.where)}, in a build that also reads ${secret.what} (${secret.file}:${secret.line}).`, `${call.snippet}; ${secret.evidence}`));
            }
        }
        return out;
    },
};
/**
 * Commands that say who the host is (`whoami`, `hostname`, `cat /etc/passwd`), run in a unit
 * that also posts data: the value flow may be lost on the way (branches, encoders), the
 * behaviour is not. Python's own identity calls are left to the data flow: builds use them.
 */
function identityCommands(facts) {
    const posts = facts.calls.some((c) => isNetworkCall(c.callee) && isReachable(c.where) && !!(c.kwargs.data ?? c.kwargs.json ?? c.kwargs.params ?? c.kwargs.files) && !CODE_HOSTS.test(target(c).replace(/^"/, '')));
    if (!posts)
        return undefined;
    const runs = facts.calls.filter((c) => c.callee in PROCESS_CALLS && isReachable(c.where) && c.result && c.result.t & Taint.IDENTITY);
    if (runs.length === 0)
        return undefined;
    return { what: 'host details from commands', file: facts.origin?.path ?? facts.path, line: runs[0].line, evidence: runs.map((c) => c.snippet).join('; ') };
}
function secretRead(units) {
    for (const u of units) {
        for (const s of usedStrings(u)) {
            if (!s.where.entry)
                continue;
            const m = secretPlace(s.value.s);
            if (m && !SERVICE_TOKENS.has(m.what))
                return { what: m.what, file: u.origin?.path ?? u.path, line: u.origin?.line ?? s.line, evidence: m.text };
        }
        for (const c of u.calls) {
            if (c.where.entry && c.result && deepTaint(c.result) & Taint.SECRET)
                return { what: 'secrets', file: u.path, line: c.line, evidence: c.snippet };
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/analysis/rules/hidden-exec.ts
// Starting a process so that no window or console shows it: CREATE_NO_WINDOW, a hidden
// PowerShell, pythonw, `start`, detached background processes. Hiding the console of a
// compiler or `git` call is a Windows nicety (versioneer does it); hiding anything else is not.



const CREATE_NO_WINDOW = 0x08000000;
const DETACHED_PROCESS = 0x00000008;
const INTERPRETERS = new Set(['python', 'python2', 'python3', 'pypy', 'pypy3', 'sh', 'bash', 'cmd', 'node', 'perl', 'ruby', 'java']);
const HIDDEN_FLAG_REFS = /^(?:subprocess|_winapi|win32process|win32con)\.(?:CREATE_NO_WINDOW|DETACHED_PROCESS)$/;
const HIDDEN_TEXT = [
    [/-w(?:indowstyle)?\s+h(?:idden)?\b/i, 'a hidden PowerShell window'],
    [/\s-(?:e|ec|enc|encodedcommand)\s+[A-Za-z0-9+/=]{16,}/i, 'a PowerShell command encoded in base64'],
    [/(?:^|[\s\\/"'])pythonw(?:\.exe)?\b/i, 'pythonw, which runs without a console'],
    [/(?:^|[\s&|;"'])start\s+(?:\/b\s+|\/min\s+|""\s+)*[^\s]+\.(?:exe|bat|cmd|vbs|scr|pyw?|js|hta)\b/i, '`start`, which launches a program detached from the build'],
    [/(?:^|[\s&|;])start\s+\/b\b/i, '`start /b`, which runs a program in the background'],
    [/\bnohup\b[^\n]{0,300}&\s*$|\bsetsid\b|\bdisown\b/i, 'a detached background process'],
    [/-ExecutionPolicy\s+Bypass|-ep\s+bypass/i, 'PowerShell with its script policy bypassed'],
];
const hidden_exec_rule = {
    id: 'hidden-exec',
    severity: 'high',
    description: 'Starts a process hidden from the user (no window, encoded PowerShell, pythonw, start, detached).',
    check(facts) {
        const out = [];
        const flagRefs = facts.refs.filter((r) => HIDDEN_FLAG_REFS.test(r.q));
        for (const call of facts.calls) {
            const cmd = commandOf(call);
            if (!cmd)
                continue;
            const where = describeWhere(facts, call.where);
            // interpreters and shells run whatever they are given, so hiding them is not a nicety
            const ordinary = BUILD_TOOLS.has(cmd.program) && !INTERPRETERS.has(cmd.program) && !(cmd.t & (Taint.DECODED | Taint.NETWORK | Taint.OPAQUE));
            const flags = call.kwargs.creationflags;
            let hiddenByFlags = false;
            if (flags?.k === 'num')
                hiddenByFlags = !!(flags.n & CREATE_NO_WINDOW || flags.n & DETACHED_PROCESS);
            else if (flags)
                hiddenByFlags = flagRefs.length > 0;
            if (hiddenByFlags) {
                const severity = ordinary ? 'low' : 'high';
                out.push(finding(hidden_exec_rule.id, severity, facts, call.line, `Starts ${cmd.program ? `\`${cmd.program}\`` : 'a process'} with no window (CREATE_NO_WINDOW/DETACHED_PROCESS) ${where}.`, call.snippet));
            }
            if (call.kwargs.startupinfo) {
                out.push(finding(hidden_exec_rule.id, ordinary ? 'info' : 'medium', facts, call.line, `Starts ${cmd.program ? `\`${cmd.program}\`` : 'a process'} with its console window hidden (startupinfo) ${where}.`, call.snippet));
            }
            for (const [re, what] of HIDDEN_TEXT) {
                if (re.test(cmd.text))
                    out.push(finding(hidden_exec_rule.id, 'high', facts, call.line, `Starts ${what} ${where}.`, cmd.text));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/long-line.ts
// Very long lines: packed payloads on one line, and code pushed past the edge of the screen with
// a run of whitespace so that a reviewer does not see it.

const LONG = 2000;
const HUGE = 50_000;
const HIDING_GAP = /\S[ \t]{150,}(\S.*)$/;
const long_line_rule = {
    id: 'long-line',
    severity: 'high',
    description: 'Has very long lines, or code pushed off-screen by a run of whitespace.',
    check(facts) {
        const out = [];
        if (facts.role === 'config' || facts.depth > 0)
            return out;
        const lines = facts.text.split('\n');
        let reported = 0;
        facts.lineLengths.forEach((len, i) => {
            if (len < 160 || reported >= 5)
                return;
            const text = lines[i] ?? '';
            const gap = HIDING_GAP.exec(text);
            const tail = gap ? gap[1].replace(/^;\s*/, '') : '';
            if (gap && /^(?:import\s|from\s+\S+\s+import|exec\b|eval\b|__import__|[A-Za-z_][\w.]*\s*(?:\(|=[^=]))/.test(tail) && /[)=;]\s*$|\)\S*$/.test(tail.trim())) {
                reported++;
                out.push(finding(long_line_rule.id, 'high', facts, i + 1, `Hides code after ${text.length - gap[1].length} columns of whitespace on line ${i + 1}, where an editor does not show it.`, gap[1]));
                return;
            }
            if (len >= LONG) {
                reported++;
                const severity = len >= HUGE ? 'medium' : 'low';
                out.push(finding(long_line_rule.id, severity, facts, i + 1, `Line ${i + 1} is ${len} characters long.`, clip(text, 160)));
            }
        });
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/native-code.ts
// Loading machine code into memory and running it (shellcode loaders): executable memory from
// VirtualAlloc/VirtualProtect or mmap, and threads started on it. No build does this.


const MEMORY_EXEC = /(?:^|\.)(VirtualAlloc|VirtualAllocEx|VirtualProtect|VirtualProtectEx|CreateThread|CreateRemoteThread|RtlMoveMemory|WriteProcessMemory|NtAllocateVirtualMemory|QueueUserAPC|EnumSystemLocalesA|CallWindowProcA)$/;
const native_code_rule = {
    id: 'native-code',
    severity: 'critical',
    description: 'Puts machine code into executable memory and runs it; critical when that code was decoded or downloaded.',
    check(facts) {
        const out = [];
        // py-cpuinfo runs a few literal CPUID instructions this way; a loader runs code it decoded
        // or downloaded
        const hidden = facts.calls.some((c) => (MEMORY_EXEC.test(c.callee) || /(^|\.)(memmove|RtlMoveMemory|memcpy)$/.test(c.callee)) && c.args.some((a) => deepTaint(a) & (Taint.DECODED | Taint.NETWORK | Taint.OPAQUE)));
        for (const call of facts.calls) {
            const m = MEMORY_EXEC.exec(call.callee);
            if (!m || !/^(ctypes|win32|kernel32|_ctypes)/.test(call.callee))
                continue;
            const severity = !isReachable(call.where) ? 'low' : hidden ? 'critical' : 'medium';
            out.push(finding(native_code_rule.id, severity, facts, call.line, `Calls ${m[1]} to run machine code from memory ${describeWhere(facts, call.where)}.`, call.snippet));
        }
        if (facts.refs.some((r) => r.q === 'mmap.PROT_EXEC')) {
            for (const call of facts.calls) {
                if (call.callee !== 'mmap.mmap')
                    continue;
                out.push(finding(native_code_rule.id, isReachable(call.where) ? 'medium' : 'low', facts, call.line, `Maps executable memory (mmap with PROT_EXEC) ${describeWhere(facts, call.where)}.`, call.snippet));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/network.ts
// Network access at build time. Alone it is unusual but not damning (old packages fetched
// headers or bootstrap scripts); the combination rules weigh what is sent and what is run.


const network_rule = {
    id: 'network',
    severity: 'medium',
    description: 'Opens network connections at build time.',
    check(facts) {
        const out = [];
        const seen = new Set();
        for (const call of facts.calls) {
            if (!isNetworkCall(call.callee) || seen.has(call.line))
                continue;
            seen.add(call.line);
            const severity = isReachable(call.where) ? 'medium' : 'low';
            out.push(finding(network_rule.id, severity, facts, call.line, `Makes a network request (${call.callee}) ${describeWhere(facts, call.where)}.`, call.snippet));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/obfuscated-lookup.ts
// Reaching functions by assembled names: `getattr(__builtins__, "ex" + "ec")`,
// `__import__("o" + "s")`, `globals()["..."]`. Ordinary code names what it calls.

const SENSITIVE = /^(builtins\.(exec|eval|compile|__import__|open|getattr)|os\.(system|popen|exec\w*|spawn\w*|startfile|remove|unlink)|subprocess\.\w+|socket\.\w+|urllib\.\w+|requests\.\w+|base64\.\w+|marshal\.\w+|zlib\.\w+|ctypes\.\w+|codecs\.\w+)$|^(os|subprocess|socket|base64|marshal|zlib|ctypes|urllib|urllib2|requests|http|builtins|importlib|pty|codecs|winreg|_winreg)$/;
const obfuscated_lookup_rule = {
    id: 'obfuscated-lookup',
    severity: 'high',
    description: 'Looks up modules or builtins by assembled names (getattr on builtins, __import__ of built strings).',
    check(facts) {
        const out = [];
        const tables = builtinTables(facts.dynamic);
        for (const d of facts.dynamic) {
            const where = describeWhere(facts, d.where);
            const name = d.name ?? 'a name not known until build time';
            const target = d.target ?? name;
            let severity;
            let message = '';
            const onBuiltins = d.on === 'builtins' || d.on === 'globals' || d.via === '__dict__';
            if (onBuiltins && (d.via === 'getattr' || d.via === '__dict__' || d.via === 'globals()')) {
                if (d.via === 'globals()' && !/^builtins\./.test(target) && !d.constructed)
                    continue;
                // The script's own module-level settings looked up by a key from a table it wrote
                // (`for name in dict(JPEG_ROOT=...): globals()[name]`) is configuration, not concealment:
                // only builtins, sensitive modules or names from hidden data make it a way to hide a call.
                if (d.via === 'globals()' && !d.hidden && !/^builtins\./.test(target) && !SENSITIVE.test(target))
                    continue;
                // `getattr(__builtins__, "unicode", str)` is Python 2 compatibility, not concealment
                if (!d.constructed && !d.hidden && !SENSITIVE.test(target))
                    continue;
                const table = tables.get(siteOf(d));
                if (table && !d.constructed && !d.hidden) {
                    // A namespace of allowed builtins (a template sandbox) names each one in a written list;
                    // calling one through the table is still a call to that builtin, which the other rules see.
                    severity = 'low';
                    message = `Collects ${table.size} builtins into a table by their written names, ${target} among them, ${where}.`;
                }
                else {
                    severity = 'high';
                    message = `Fetches ${target} from the builtins by name ${where}, a way to call it without writing it.`;
                }
            }
            else if (d.via === '__import__' || d.via === 'importlib.import_module') {
                if (d.hidden || (d.constructed && SENSITIVE.test(target))) {
                    severity = 'high';
                    message = `Imports ${target} by a name assembled at run time ${where}, hiding which module it uses.`;
                }
                else if (d.constructed) {
                    severity = 'low';
                    message = `Imports a module by a name built at run time (${name}) ${where}.`;
                }
                else if (SENSITIVE.test(target)) {
                    severity = 'medium';
                    message = `Imports ${name} through ${d.via} instead of an import statement ${where}.`;
                }
                else
                    continue;
            }
            else if (d.via === 'getattr') {
                if (!d.constructed && !d.hidden)
                    continue;
                if ((d.name !== undefined && SENSITIVE.test(target)) || d.hidden) {
                    severity = 'high';
                    message = `Fetches ${target} by an assembled name ${where}.`;
                }
                else if (d.on && SENSITIVE.test(d.on)) {
                    severity = 'medium';
                    message = `Fetches an attribute of ${d.on} by a name not written in the code (${name}) ${where}.`;
                }
                else
                    continue;
            }
            else
                continue;
            if (!isReachable(d.where) && severity === 'high')
                severity = 'medium';
            out.push(finding(obfuscated_lookup_rule.id, severity, facts, d.line, message, `${d.via}(${d.on ? d.on + ', ' : ''}${JSON.stringify(name)}) -> ${target}`));
        }
        return out;
    },
};
/** Distinct names one lookup site must fetch from the builtins to be a table rather than a lookup. */
const TABLE_MIN = 3;
function siteOf(d) {
    return `${d.line}|${d.where.scope}|${d.where.entry ?? ''}`;
}
/**
 * Lookup sites that fetch several builtins by written names, most of them harmless: one
 * `getattr(builtins, name)` in a loop over a list of names (`len`, `min`, `range`, ...).
 */
function builtinTables(dynamic) {
    const sites = new Map();
    for (const d of dynamic) {
        if (d.via !== 'getattr' || d.on !== 'builtins' || d.name === undefined)
            continue;
        const key = siteOf(d);
        const site = sites.get(key) ?? { names: new Set(), sensitive: new Set(), plain: true };
        sites.set(key, site);
        if (d.constructed || d.hidden)
            site.plain = false;
        site.names.add(d.name);
        if (SENSITIVE.test(d.target ?? d.name))
            site.sensitive.add(d.name);
    }
    const out = new Map();
    for (const [key, site] of sites) {
        if (site.plain && site.names.size >= TABLE_MIN && site.sensitive.size * 2 < site.names.size)
            out.set(key, site.names);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/analysis/rules/odd-identifiers.ts
// Identifiers no person would write: Unicode look-alikes that Python folds to ASCII names
// (NFKC), non-Latin names in an otherwise English script, and machine-made names (IlIlIl, O0O0).

const MEANINGLESS = [/^[Il1_]{6,}$/, /^[O0o_]{6,}$/, /^_0x[0-9a-f]{4,}$/i, /^(?:[lI][1lI]){3,}\w*$/, /^_{3,}[\w]*\d{3,}$/];
function meaningless(name) {
    return MEANINGLESS.some((re) => re.test(name)) && !/^_+$/.test(name);
}
const odd_identifiers_rule = {
    id: 'odd-identifiers',
    severity: 'high',
    description: 'Uses Unicode look-alike, non-Latin or machine-generated identifiers that hide what code does.',
    check(facts) {
        const out = [];
        if (facts.role === 'config')
            return out;
        const lookalike = [];
        const nonAscii = [];
        const machine = [];
        for (const [name, line] of facts.identifiers) {
            // eslint-disable-next-line no-control-regex
            if (/[^\x00-\x7f]/.test(name)) {
                const folded = name.normalize('NFKC');
                // eslint-disable-next-line no-control-regex
                if (folded !== name && /^[\x00-\x7f]+$/.test(folded))
                    lookalike.push([name, line]);
                else
                    nonAscii.push([name, line]);
            }
            else if (meaningless(name))
                machine.push([name, line]);
        }
        if (lookalike.length) {
            const [name, line] = lookalike[0];
            out.push(finding(odd_identifiers_rule.id, 'high', facts, line, `Writes names in Unicode look-alike letters that Python reads as plain ASCII (${name} is ${name.normalize('NFKC')}), hiding what the code calls.`, lookalike.slice(0, 8).map(([n]) => `${n}=${n.normalize('NFKC')}`).join(', ')));
        }
        if (nonAscii.length) {
            const [, line] = nonAscii[0];
            // a library's own modules may be written in its authors' language
            const severity = facts.role === 'imported' ? 'low' : nonAscii.length >= 3 ? 'high' : 'medium';
            out.push(finding(odd_identifiers_rule.id, severity, facts, line, `Uses ${nonAscii.length} non-ASCII identifier${nonAscii.length > 1 ? 's' : ''}, a common way to make build code unreadable.`, nonAscii.slice(0, 8).map(([n]) => n).join(', ')));
        }
        if (machine.length) {
            const [, line] = machine[0];
            const severity = machine.length >= 3 ? 'high' : 'medium';
            out.push(finding(odd_identifiers_rule.id, severity, facts, line, `Uses ${machine.length} machine-generated identifier${machine.length > 1 ? 's' : ''} (like ${machine[0][0]}), the mark of an obfuscator.`, machine.slice(0, 8).map(([n]) => n).join(', ')));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/opaque-payload.ts
// Data passed through a decoder this analysis cannot reproduce (marshal, pickle, Fernet or AES
// decryption, lzma, bz2): the code is hidden from review, which is evidence in itself.

const WHY = {
    marshal: 'compiled Python bytecode (marshal), which cannot be read as source',
    pickle: 'a pickle, which runs code when loaded',
    Fernet: 'data encrypted with a key that ships beside it (Fernet)',
    AES: 'data encrypted with a key that ships beside it (AES)',
    lzma: 'lzma-compressed data (could not decode lzma payload here)',
    bz2: 'bz2-compressed data (could not decode bz2 payload here)',
};
const opaque_payload_rule = {
    id: 'opaque-payload',
    severity: 'high',
    description: 'Unpacks data with marshal, pickle, decryption, lzma or bz2, hiding what it contains.',
    check(facts) {
        const out = [];
        for (const o of facts.opaque) {
            const why = WHY[o.codec] ?? `${o.codec} data`;
            if (!o.constant) {
                out.push(finding(opaque_payload_rule.id, 'low', facts, o.line, `Unpacks ${o.codec} data read at build time ${describeWhere(facts, o.where)}.`, o.evidence));
                continue;
            }
            out.push(finding(opaque_payload_rule.id, isReachable(o.where) ? 'high' : 'medium', facts, o.line, `Unpacks ${why} ${describeWhere(facts, o.where)}.`, o.evidence));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/packed-runtime.ts
// Build code run through a commercial obfuscator's runtime (PyArmor's `__pyarmor__` and its
// `pytransform` module): the source is encrypted bytecode that no reviewer can read. Packages
// that protect their library code still ship a readable setup.py.

const RUNTIME_MODULE = /^(?:pytransform\d*|pyarmor_runtime(?:_\d+)?|pyarmor)(?:\.|$)/;
const RUNTIME_CALL = /(?:^|[.:])(?:__pyarmor__|pyarmor_runtime|__armor_enter__|__armor_wrap__)$/;
const packed_runtime_rule = {
    id: 'packed-runtime',
    severity: 'high',
    description: 'Runs build code through an obfuscator runtime (PyArmor), so what it does cannot be read.',
    check(facts) {
        const out = [];
        for (const c of facts.calls) {
            if (!RUNTIME_CALL.test(c.callee))
                continue;
            out.push(finding(packed_runtime_rule.id, isReachable(c.where) ? 'high' : 'medium', facts, c.line, `Runs code through the PyArmor runtime ${describeWhere(facts, c.where)}; the code it runs is encrypted.`, c.snippet));
            return out;
        }
        for (const i of facts.imports) {
            if (!RUNTIME_MODULE.test(i.module) || i.level > 0)
                continue;
            out.push(finding(packed_runtime_rule.id, isReachable(i.where) ? 'high' : 'medium', facts, i.line, `Imports the PyArmor runtime (${i.module}) ${describeWhere(facts, i.where)}; the code it runs is encrypted.`, `import ${i.module}`));
            return out;
        }
        const id = facts.identifiers.get('__pyarmor__');
        if (id !== undefined)
            out.push(finding(packed_runtime_rule.id, 'high', facts, id, 'Calls __pyarmor__, the entry of PyArmor-encrypted code.', '__pyarmor__'));
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/persistence.ts
// Writing somewhere that makes code run again later: Startup folders, Run keys, crontab, shell
// startup files, services, sitecustomize and .pth files in site-packages.




const COPY_CALLS = /^(shutil\.(copy|copy2|copyfile|move|copytree)|os\.(rename|replace|symlink|link)|distutils\.file_util\.copy_file)$/;
const WRITE_METHODS = /^(builtins\.open\(\)|pathlib\.Path\(\))\.(write|writelines|write_text|write_bytes|touch|symlink_to)$/;
const SITE_PACKAGES = /^(site\.(getsitepackages|getusersitepackages|USER_SITE|ENABLE_USER_SITE)|sysconfig\.(get_paths|get_path)|distutils\.sysconfig\.get_python_lib|setuptools\.command\.easy_install)/;
function isWriteMode(call) {
    const m = call.args[1] ?? call.kwargs.mode;
    return !!m && m.k === 'str' && /[wax+]/.test(m.s);
}
/** Paths a call writes to. */
function writtenPaths(call) {
    if (/^(builtins\.open|io\.open|codecs\.open)$/.test(call.callee) && isWriteMode(call))
        return call.args.slice(0, 1);
    if (COPY_CALLS.test(call.callee))
        return call.args.slice(1, 2);
    if (WRITE_METHODS.test(call.callee) && call.receiver?.k === 'obj' && call.receiver.path)
        return [call.receiver.path];
    if (/^(_?winreg|winreg)\.(SetValue|SetValueEx|CreateKey|CreateKeyEx|OpenKey|OpenKeyEx)$/.test(call.callee))
        return call.args;
    return [];
}
const persistence_rule = {
    id: 'persistence',
    severity: 'high',
    description: 'Writes to a place that runs code later: Startup folders, Run keys, crontab, shell rc files, sitecustomize or .pth files.',
    check(facts) {
        const out = [];
        // asked only once a .pth file is written: the strings may hold megabytes of payload
        let sitePackagesSeen;
        const intoSitePackages = () => (sitePackagesSeen ??= facts.refs.some((r) => SITE_PACKAGES.test(r.q)) || facts.strings.some((s) => !s.metadata && /site-packages|dist-packages/.test(s.value.s)));
        for (const call of facts.calls) {
            const where = () => describeWhere(facts, call.where);
            const reach = isReachable(call.where);
            for (const p of writtenPaths(call)) {
                for (const s of stringsIn(p)) {
                    const m = persistPlace(s.s);
                    if (m) {
                        out.push(finding(persistence_rule.id, reach ? 'high' : 'medium', facts, call.line, `Writes to ${m.what} ${where()}, so that code runs again later.`, `${call.snippet} -> ${show(s, 160)}`));
                        break;
                    }
                    if (isPthPath(s.s)) {
                        const sitePackages = intoSitePackages();
                        const severity = sitePackages && reach ? 'high' : 'medium';
                        out.push(finding(persistence_rule.id, severity, facts, call.line, `Writes a .pth file ${where()}${sitePackages ? ' into site-packages' : ''}; Python runs import lines in .pth files at every start.`, `${call.snippet} -> ${show(s, 160)}`));
                        break;
                    }
                }
            }
            const cmd = commandOf(call);
            if (cmd) {
                const m = persistPlace(cmd.text);
                if (m || /\breg(?:\.exe)?\s+add\b[^\n]{0,300}\\Run\b/i.test(cmd.text)) {
                    out.push(finding(persistence_rule.id, reach ? 'high' : 'medium', facts, call.line, `Runs a command that installs itself into ${m?.what ?? 'a Windows Run registry key'} ${where()}.`, cmd.text));
                }
            }
        }
        // registry Run keys named anywhere in a unit that uses the registry API
        if (facts.calls.some((c) => /^(_?winreg|winreg)\./.test(c.callee))) {
            for (const s of facts.strings) {
                const m = persistPlace(s.value.s);
                if (m && m.what.includes('Run registry') && !out.some((f) => f.line === s.line)) {
                    out.push(finding(persistence_rule.id, isReachable(s.where) ? 'high' : 'medium', facts, s.line, `Names ${m.what} in code that writes to the registry, ${describeWhere(facts, s.where)}.`, s.value.s));
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/process-run.ts
// Running another program at build time. Ordinary for compilers and `git describe`; worth a look
// for anything else; critical when the command line comes from decoded or downloaded data.



const process_run_rule = {
    id: 'process-run',
    severity: 'critical',
    description: 'Runs another program at build time; critical when the command is hidden in encoded or downloaded data.',
    check(facts) {
        const out = [];
        for (const call of facts.calls) {
            const cmd = commandOf(call);
            if (!cmd)
                continue;
            const where = describeWhere(facts, call.where);
            const shown = clip(cmd.text, 200);
            let severity;
            let message;
            if (cmd.t & (Taint.DECODED | Taint.OPAQUE | Taint.NETWORK)) {
                severity = 'critical';
                const how = cmd.t & Taint.NETWORK ? 'downloaded at build time' : 'encoded to hide it';
                message = `Runs a command that was ${how} ${where}; a reader of the script cannot see what it runs.`;
            }
            else if (BUILD_TOOLS.has(cmd.program) && cmd.program !== '') {
                severity = cmd.known ? 'info' : 'low';
                message = `Runs \`${cmd.program}\` ${where}, as build scripts commonly do.`;
            }
            else if (call.callee === 'os.startfile') {
                severity = 'high';
                message = `Opens a file with its associated program (os.startfile) ${where}; build scripts have no reason to launch programs this way.`;
            }
            else {
                severity = 'low';
                message = cmd.program
                    ? `Runs \`${cmd.program}\` ${where}.`
                    : `Runs a program whose name is not known until build time ${where}.`;
            }
            if (!isReachable(call.where) && severity !== 'critical')
                severity = 'info';
            out.push(finding(process_run_rule.id, severity, facts, call.line, message, `${call.callee}(${shown})`));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/secret-access.ts
// Reading places that hold secrets: browser profiles, Discord tokens, SSH and cloud keys,
// wallets, CI tokens, the clipboard. A build has no use for any of them.




const secret_access_rule = {
    id: 'secret-access',
    severity: 'high',
    description: 'Reads browser data, tokens, keys, wallets or the clipboard at build time.',
    check(facts) {
        const out = [];
        const seen = new Set();
        for (const s of usedStrings(facts)) {
            if (s.value.s.length > 4096)
                continue;
            const m = secretPlace(s.value.s);
            if (!m)
                continue;
            const key = `${s.line}|${m.what}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            // a GitHub token is read by builds that download release assets; sending it elsewhere is
            // the exfiltration rule's concern
            const severity = !isReachable(s.where) || SERVICE_TOKENS.has(m.what) ? 'medium' : 'high';
            out.push(finding(secret_access_rule.id, severity, facts, s.line, `Refers to ${m.what} (${clip(m.text, 60)}) ${describeWhere(facts, s.where)}; build scripts never need them.`, s.value.s));
        }
        for (const c of facts.calls) {
            if (CLIPBOARD_CALLS.has(c.callee)) {
                out.push(finding(secret_access_rule.id, isReachable(c.where) ? 'high' : 'medium', facts, c.line, `Reads the clipboard ${describeWhere(facts, c.where)}.`, c.snippet));
            }
            else if (/^os\.(getenv|environ\.get)$/.test(c.callee) && c.result && deepTaint(c.result) & Taint.SECRET) {
                out.push(finding(secret_access_rule.id, 'medium', facts, c.line, `Reads a credential from the environment ${describeWhere(facts, c.where)}.`, c.snippet));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/self-delete.ts
// Deleting its own files after running: setup.py, the package that carried the payload, or the
// whole unpacked sdist, so nothing is left to inspect.




const DELETE = /^(os\.(remove|unlink|rmdir|removedirs)|shutil\.rmtree|pathlib\.Path\(\)\.(unlink|rmdir))$/;
function targetOf(call) {
    if (call.callee.startsWith('pathlib.') && call.receiver?.k === 'obj')
        return call.receiver.path;
    return call.args[0];
}
/** What a deleted path is, when it is the build's own code. */
function ownCode(v, facts, codePaths) {
    if (!v)
        return undefined;
    if (v.k === 'obj' && /^sys\.argv/.test(v.q))
        return 'the running script (sys.argv[0])';
    if (v.k !== 'str' || v.partial)
        return undefined;
    const p = normalizePath(v.s);
    if (p === undefined)
        return undefined;
    if (p === '')
        return 'the whole unpacked sdist';
    if (p === normalizePath(facts.path))
        return `its own file ${p}`;
    if (p === 'setup.py')
        return 'setup.py';
    if (codePaths.some((c) => c.startsWith(p + '/')))
        return `${p}, which holds build-time code`;
    return undefined;
}
const self_delete_rule = {
    id: 'self-delete',
    severity: 'high',
    description: 'Deletes its own build-time files (setup.py, its package, the unpacked sdist) to remove evidence.',
    check(facts, ctx) {
        const out = [];
        const codePaths = ctx.units.filter((u) => u.depth === 0 && u.role !== 'config').map((u) => u.path);
        for (const call of facts.calls) {
            if (DELETE.test(call.callee)) {
                const what = ownCode(targetOf(call), facts, codePaths);
                if (what) {
                    out.push(finding(self_delete_rule.id, isReachable(call.where) ? 'high' : 'medium', facts, call.line, `Deletes ${what} ${describeWhere(facts, call.where)}, removing the evidence of what ran.`, `${call.snippet} <- ${show(targetOf(call), 120)}`));
                }
                continue;
            }
            const cmd = commandOf(call);
            if (cmd && /\b(rm|del|erase|Remove-Item|rmdir|rd)\b/i.test(cmd.text) && /\bsetup\.py\b/.test(cmd.text)) {
                out.push(finding(self_delete_rule.id, 'high', facts, call.line, `Runs a command that deletes setup.py ${describeWhere(facts, call.where)}.`, cmd.text));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/suspicious-command.ts
// Command lines that fetch and run code, open shells, or reach for system tools that build
// scripts never need (PowerShell, mshta, certutil, schtasks).





const MAX_COMMAND_TEXT = 8192;
/** The whole environment redirected into a file (`env > f`, `printenv >> f`, `set > f`). */
const ENV_DUMP = /(?:^|[;&|]\s*|\bsh\s+-c\s+["']?)(?:\/usr)?(?:\/bin\/)?(?:env|printenv|set|export\s+-p)\s*(?:\d?>>?|\|\s*tee\b)\s*[^\s&|;]+/;
/**
 * What the machine holds, redirected into a file: listings of system folders, accounts, network
 * setup, which download tools exist. Recon that rides out in a file the package ships.
 */
const RECON_DUMP = /(?:^|[;&|]\s*)(?:ls\s+(?:-\w+\s+)*\/(?:etc|proc|root|home|var|run|tekton|workspace)?\/?|cat\s+\/(?:etc\/(?:passwd|shadow|group|hosts|sudoers|resolv\.conf)|proc\/(?:self|\d+)\/environ)|id|whoami|ifconfig|ip\s+a(?:ddr)?|netstat\s+-\w+|ps\s+-?aux|which\s+(?:curl|wget|nc|ncat|python3?|gcc|sudo))\s*(?:\d?>>?|\|\s*tee\b)\s*[^\s&|;]+/;
/** Programs no build needs, with why they matter. */
const ODD_PROGRAMS = {
    // hidden, encoded or download-and-run PowerShell is caught by its shape; plain PowerShell
    // downloads appear in old bootstrap scripts (ez_setup.py)
    powershell: ['medium', 'PowerShell'],
    pwsh: ['medium', 'PowerShell'],
    mshta: ['critical', 'mshta, which runs HTML applications'],
    certutil: ['high', 'certutil, often used to download files'],
    bitsadmin: ['high', 'bitsadmin, often used to download files'],
    rundll32: ['high', 'rundll32'],
    regsvr32: ['high', 'regsvr32'],
    wscript: ['high', 'Windows Script Host'],
    cscript: ['high', 'Windows Script Host'],
    schtasks: ['high', 'the Windows task scheduler'],
    // vendored py-cpuinfo asks wmic for the CPU model
    wmic: ['medium', 'wmic'],
    vssadmin: ['high', 'vssadmin'],
    attrib: ['medium', 'attrib, which can hide files'],
    nc: ['high', 'netcat'],
    ncat: ['high', 'netcat'],
    netcat: ['high', 'netcat'],
    socat: ['high', 'socat'],
    telnet: ['high', 'telnet'],
    osascript: ['high', 'AppleScript'],
    crontab: ['high', 'crontab'],
    launchctl: ['high', 'launchctl'],
    curl: ['medium', 'curl'],
    wget: ['medium', 'wget'],
    pythonw: ['high', 'pythonw, which runs Python without a window'],
    // a DNS query is how a build leaks data past a proxy; builds resolve names through their tools
    dig: ['high', 'dig, a DNS query tool'],
    nslookup: ['high', 'nslookup, a DNS query tool'],
    xdg_open: ['medium', 'xdg-open'],
};
const suspicious_command_rule = {
    id: 'suspicious-command',
    severity: 'critical',
    description: 'Runs a command that downloads and runs code, opens a shell, or uses system tools no build needs.',
    check(facts) {
        const out = [];
        const texts = [];
        for (const call of facts.calls) {
            const cmd = commandOf(call);
            if (!cmd)
                continue;
            texts.push({ text: cmd.text, line: call.line, where: () => describeWhere(facts, call.where), evidence: cmd.text });
            // `reg query` finds compilers and SDKs; `reg add` changes the machine
            if (cmd.program === 'reg' && /^(add|import|copy|load|restore|delete)$/i.test(cmd.argv[1] ?? '')) {
                out.push(finding(suspicious_command_rule.id, 'high', facts, call.line, `Changes the Windows registry (reg ${cmd.argv[1]}) ${describeWhere(facts, call.where)}.`, cmd.text));
            }
            const odd = ODD_PROGRAMS[cmd.program.replace('-', '_')];
            if (odd) {
                out.push(finding(suspicious_command_rule.id, odd[0], facts, call.line, `Runs ${odd[1]} ${describeWhere(facts, call.where)}; ordinary builds do not.`, cmd.text));
            }
            // a program named anywhere in a shell pipeline (`x && curl ... | sh`)
            if (cmd.shell) {
                for (const seg of cmd.text.split(/&&|\|\||[;|&\n]/)) {
                    const words = shellWords(seg.trim());
                    const p = words[0] ? programName(words[0]) : '';
                    if (p && p !== cmd.program && ODD_PROGRAMS[p] && ODD_PROGRAMS[p][0] !== 'medium') {
                        out.push(finding(suspicious_command_rule.id, ODD_PROGRAMS[p][0], facts, call.line, `Runs ${ODD_PROGRAMS[p][1]} inside a shell command ${describeWhere(facts, call.where)}.`, cmd.text));
                    }
                }
            }
        }
        // a reverse shell: the process's standard streams become a socket
        const isSocket = (v) => v?.k === 'obj' && /^socket\.|\.accept\(\)/.test(v.q);
        for (const call of facts.calls) {
            const streams = call.callee in PROCESS_CALLS ? [call.kwargs.stdin, call.kwargs.stdout, call.kwargs.stderr] : [];
            if ((call.callee === 'os.dup2' && isSocket(call.args[0])) || streams.some(isSocket)) {
                out.push(finding(suspicious_command_rule.id, 'critical', facts, call.line, `Connects standard input and output to a network socket (a reverse shell) ${describeWhere(facts, call.where)}.`, call.snippet));
                break;
            }
        }
        // `curl -o x URL && x`: the downloaded file is run
        for (const call of facts.calls) {
            const cmd = commandOf(call);
            if (!cmd || !/\b(curl|wget)\b/.test(cmd.text))
                continue;
            const out_ = /(?:-o|-O|--output(?:-document)?)[\s=]+("[^"]+"|'[^']+'|\S+)/.exec(cmd.text);
            const file = out_?.[1].replace(/^["']|["']$/g, '');
            if (!file || file === '-' || file.includes(HOLE))
                continue;
            const after = cmd.text.slice(out_.index + out_[0].length);
            const name = file.split(/[\\/]/).pop();
            const later = after.split(/&&|\|\||;|\n/).slice(1);
            if (later.some((seg) => shellWords(seg).some((w) => w === file || w.endsWith('/' + name) || w.endsWith('\\' + name) || w === name))) {
                out.push(finding(suspicious_command_rule.id, 'critical', facts, call.line, `A command downloads a file and runs it ${describeWhere(facts, call.where)}.`, cmd.text));
            }
        }
        // `env > LICENSE`: every variable, tokens included, copied into a file the build may ship
        for (const call of facts.calls) {
            const cmd = commandOf(call);
            if (!cmd)
                continue;
            if (ENV_DUMP.test(cmd.text))
                out.push(finding(suspicious_command_rule.id, 'high', facts, call.line, `Writes every environment variable, tokens included, to a file ${describeWhere(facts, call.where)}.`, cmd.text));
            else if (RECON_DUMP.test(cmd.text))
                out.push(finding(suspicious_command_rule.id, 'high', facts, call.line, `Writes what it learns about the machine (accounts, system folders, tools) to a file ${describeWhere(facts, call.where)}.`, cmd.text));
        }
        for (const call of facts.calls) {
            const cmd = commandOf(call);
            const interactive = (cmd && /^(sh|bash|zsh|dash|ksh)$/.test(cmd.program) && cmd.argv.includes('-i')) || call.callee === 'pty.spawn';
            if (interactive)
                out.push(finding(suspicious_command_rule.id, 'high', facts, call.line, `Starts an interactive shell ${describeWhere(facts, call.where)}.`, cmd?.text ?? call.snippet));
        }
        // In decoded code every string is suspect: a command shape that downloads and runs code
        // counts wherever it is written. In plain scripts only commands actually run count, since
        // error messages legitimately say "curl https://sh.rustup.rs | sh".
        if (facts.depth > 0) {
            for (const s of facts.strings) {
                if (s.metadata || s.value.s.length > 20_000)
                    continue;
                texts.push({ text: s.value.s, line: s.line, where: () => describeWhere(facts, s.where), evidence: s.value.s });
            }
        }
        const seen = new Set();
        for (const t of texts) {
            // command shapes are short; bounding the text bounds the cost of the patterns
            const text = t.text.length > MAX_COMMAND_TEXT ? t.text.slice(0, MAX_COMMAND_TEXT) : t.text;
            for (const [re, what] of [...DOWNLOAD_RUN, ...SHELL_BACKDOOR]) {
                const m = re.exec(text);
                if (!m)
                    continue;
                const key = `${t.line}|${what}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                out.push(finding(suspicious_command_rule.id, 'critical', facts, t.line, `A command ${what} ${t.where()}.`, t.evidence));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/tampering.ts
// Changing the machine rather than building a package: user accounts, shutting it down, rewriting
// shortcuts so a browser loads an extension, or appending to the modules of the Python
// installation so that every later program runs the payload.



const OPEN = /^(builtins\.open|io\.open|codecs\.open)$/;
/** Paths of the installed modules: `inspect.getsourcefile(socket)`, `socket.__file__`. */
const MODULE_FILE = /^inspect\.(getsourcefile|getfile|getabsfile)\(\)$|^(?!builtins\.)[\w.]+\.__file__$/;
const SHORTCUT = /(^|\.)(CreateShortCut|CreateShortcut)$/;
/** The location of a standard module, which nothing in a build writes beside. */
const STDLIB_FILE = /^(?:os|sys|socket|site|subprocess|json|ssl|http|urllib|base64|random|logging|threading|re|io|codecs|typing|inspect|string|shutil|pathlib|platform|hashlib|encodings|ctypes|email|asyncio|collections|sqlite3|getpass|tempfile|uuid|zipfile|tarfile|pip|setuptools|requests)\.__file__$/;
function writeMode(call) {
    const m = call.args[1] ?? call.kwargs.mode;
    return !!m && m.k === 'str' && /[wa+]/.test(m.s);
}
function moduleFile(v) {
    if (!v)
        return undefined;
    if ((v.k === 'obj' || v.k === 'ref') && MODULE_FILE.test(v.q))
        return v.q.replace(/\(\)$/, '');
    return undefined;
}
const tampering_rule = {
    id: 'tampering',
    severity: 'critical',
    description: 'Changes the machine: user accounts, shutdown, browser shortcuts, or the Python installation\'s own modules.',
    check(facts) {
        const out = [];
        for (const call of facts.calls) {
            const reach = isReachable(call.where);
            const where = () => describeWhere(facts, call.where);
            const cmd = commandOf(call);
            if (cmd) {
                for (const [re, what] of MACHINE_TAMPERING) {
                    if (!re.test(cmd.text))
                        continue;
                    out.push(finding(tampering_rule.id, reach ? 'critical' : 'medium', facts, call.line, `Runs a command that ${what} ${where()}.`, cmd.text));
                    break;
                }
            }
            if (OPEN.test(call.callee) && writeMode(call)) {
                const of = moduleFile(call.args[0]);
                if (of) {
                    out.push(finding(tampering_rule.id, reach ? 'critical' : 'medium', facts, call.line, `Opens a module of the Python installation (${of}) for writing ${where()}, so that every program that imports it runs what is added.`, call.snippet));
                }
            }
            if (SHORTCUT.test(call.callee)) {
                const extension = facts.strings.some((s) => !s.metadata && /--load-extension\b/.test(s.value.s));
                out.push(finding(tampering_rule.id, reach ? (extension ? 'critical' : 'high') : 'medium', facts, call.line, `Creates or rewrites a Windows shortcut ${where()}${extension ? ' so that the browser loads an extension' : ''}.`, call.snippet));
            }
        }
        // a path built from a standard module's location: `join(dirname(os.__file__), 'socket.py')`
        const stdlibRef = facts.refs.find((r) => STDLIB_FILE.test(r.q) && isReachable(r.where));
        if (stdlibRef) {
            for (const call of facts.calls) {
                if (!OPEN.test(call.callee) || !writeMode(call) || out.some((f) => f.line === call.line))
                    continue;
                const p = call.args[0]?.k === 'str' ? call.args[0] : undefined;
                if (!p || !/\.py[cw]?$/.test(p.s) || !p.partial)
                    continue;
                out.push(finding(tampering_rule.id, isReachable(call.where) ? 'critical' : 'medium', facts, call.line, `Opens ${clip(p.s, 60)} for writing beside a module of the Python installation (${stdlibRef.q}, line ${stdlibRef.line}) ${describeWhere(facts, call.where)}.`, call.snippet));
            }
        }
        // writing to a module of the installation through a path held in a variable
        for (const call of facts.calls) {
            if (!/^(builtins\.open|io\.open|codecs\.open)\(\)\.(write|writelines)$/.test(call.callee) || call.receiver?.k !== 'obj')
                continue;
            const of = moduleFile(call.receiver.path);
            if (of && !out.some((f) => f.line === call.line)) {
                out.push(finding(tampering_rule.id, isReachable(call.where) ? 'critical' : 'medium', facts, call.line, `Writes into a module of the Python installation (${of}) ${describeWhere(facts, call.where)}.`, call.snippet));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/unresolved-load.ts
// Build code that loads code of the sdist, or starts a new interpreter on it, by a name or path
// that cannot be known without running it (`__import__(x)`, `python -m <built name>`,
// `exec(open(<unknown>).read())`): whatever that code does was not analysed.

const unresolved_load_rule = {
    id: 'unresolved-load',
    severity: 'high',
    description: 'Loads or runs code by a name or path that is only known when the build runs, so that code was not analysed.',
    check(facts) {
        const out = [];
        for (const l of facts.loads) {
            if (l.unresolved === undefined)
                continue;
            const reached = isReachable(l.where);
            // a name decoded or downloaded first is hidden on purpose; one merely computed may be benign
            const severity = !reached ? 'low' : l.hidden ? 'high' : 'medium';
            const what = l.hidden ? 'a name decoded or downloaded at build time' : 'a name or path computed at build time';
            out.push(finding(unresolved_load_rule.id, severity, facts, l.line, `Loads code through ${l.via} from ${what} ${describeWhere(facts, l.where)}; that code could not be analysed.`, `${l.via}(${l.unresolved})`));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/unusual-encoding.ts
// A build script whose coding cookie names a codec no ordinary source needs (utf-7,
// unicode_escape, utf-16, EBCDIC...): Python decodes the file with it, so the code that runs is not
// the text an editor or a reviewer shows. The analysis reads the decoded text; this says why.

const unusual_encoding_rule = {
    id: 'unusual-encoding',
    severity: 'high',
    description: 'Declares a source encoding (coding cookie) that hides the code Python runs from readers, such as utf-7.',
    check(facts) {
        const out = [];
        const enc = facts.encoding;
        if (!enc || !enc.unusual || facts.depth > 0)
            return out;
        out.push(finding(unusual_encoding_rule.id, 'high', facts, enc.line, `Its coding cookie makes Python decode ${facts.path} as ${enc.codec}, so the code that runs is not the text a reader sees; the decoded code was analysed.`, `coding: ${enc.codec}`));
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/index.ts
// The rule registry: one rule per file, each with its id, worst severity and one-line meaning.


























const RULE_LIST = [
    download_execute_rule,
    exfiltration_rule,
    dynamic_exec_rule,
    process_run_rule,
    suspicious_command_rule,
    cloud_credentials_rule,
    cryptominer_rule,
    tampering_rule,
    detached_stage_rule,
    hidden_exec_rule,
    network_rule,
    callback_host_rule,
    secret_access_rule,
    persistence_rule,
    encoded_blob_rule,
    opaque_payload_rule,
    packed_runtime_rule,
    native_code_rule,
    obfuscated_lookup_rule,
    odd_identifiers_rule,
    long_line_rule,
    self_delete_rule,
    rule,
    build_requires_rule,
    unusual_encoding_rule,
    unresolved_load_rule,
];

;// CONCATENATED MODULE: ./src/analysis/index.ts
// Static analysis of an sdist's build-time code: which files run when pip builds it, the facts
// each one yields, payloads decoded from them, and the rules that weigh those facts.










const RULES = RULE_LIST.map(({ id, severity, description }) => ({ id, severity, description }));
/** Nesting of payloads decoded from payloads. */
const MAX_PAYLOAD_DEPTH = 4;
/** Code files followed through imports and execs (a package imported whole at build time can be large). */
const MAX_FILES = 256;
/** Decoded payloads larger than this are scanned for strings rather than parsed. */
const MAX_PAYLOAD_PARSE = 512 * 1024;
/** Units analysed, payloads included. */
const MAX_UNITS = 512;
/**
 * files: path relative to the sdist root -> text (setup.py, setup.cfg, pyproject.toml, PKG-INFO, *.py ...).
 * data: other small files of the sdist, one char per byte, which build code may read, exec or decode.
 * encodings: the codec a coding cookie named for a file, when it is not UTF-8.
 */
function analyzeSdist(files, extra = {}) {
    try {
        return analyzeRooted(files, extra);
    }
    finally {
        clearMemos();
    }
}
function analyzeRooted(files, extra) {
    const rooted = stripTopDirectory(files);
    const plan = planBuild(rooted);
    const strip = rooted === files ? undefined : [...files.keys()][0]?.split('/')[0];
    const unroot = (m) => m && strip !== undefined ? new Map([...m].filter(([k]) => k.startsWith(strip + '/')).map(([k, v]) => [k.slice(strip.length + 1), v])) : m;
    return run(rooted, plan.initial, plan.roots, plan.limits, plan.configs, { data: unroot(extra.data), encodings: unroot(extra.encodings) });
}
/** One loose .py file (as `sdist-guard inspect x.py`): analyzed as if it were setup.py. */
function analyzeSource(text, path, encoding) {
    try {
        return run(new Map([[path, text]]), [{ path, role: 'setup', reason: path }], [''], [], [], encoding ? { encodings: new Map([[path, encoding]]) } : {});
    }
    finally {
        clearMemos();
    }
}
function run(files, initial, rootsIn, limitsIn, configs, extra = {}) {
    const data = extra.data ?? new Map();
    const limits = [...limitsIn];
    const roots = [...rootsIn];
    const dirs = new Set();
    for (const p of files.keys()) {
        for (let i = p.indexOf('/'); i !== -1; i = p.indexOf('/', i + 1))
            dirs.add(p.slice(0, i + 1));
    }
    for (const p of data.keys()) {
        for (let i = p.indexOf('/'); i !== -1; i = p.indexOf('/', i + 1))
            dirs.add(p.slice(0, i + 1));
    }
    const has = (p) => (p.endsWith('/') ? dirs.has(p) : files.has(p) || data.has(p));
    // a file kept as data is code once something runs it, whatever its extension
    const textOf = (p) => files.get(p) ?? (data.has(p) ? decodeUtf8Maybe(data.get(p)) : undefined);
    const readFile = (p) => data.get(p) ?? (files.has(p) ? textToBytes(files.get(p)) : undefined);
    const budget = new DecodeBudget();
    const steps = new StepBudget();
    const units = [];
    const queue = [...initial];
    const queued = new Set(initial.map((f) => f.path));
    const analyzed = [];
    const enqueue = (f) => {
        const existing = queue.find((q) => q.path === f.path);
        if (existing && f.entryNames)
            existing.entryNames = [...(existing.entryNames ?? []), ...f.entryNames];
        if (queued.has(f.path))
            return;
        if (queued.size >= MAX_FILES) {
            if (!limits.some((l) => l.startsWith('more than')))
                limits.push(`more than ${MAX_FILES} build-time files; ${f.path} and later ones were not analysed`);
            return;
        }
        queued.add(f.path);
        queue.push(f);
    };
    while (queue.length) {
        const file = queue.shift();
        const text = textOf(file.path);
        if (text === undefined)
            continue;
        analyzed.push(file.path);
        const src = (0,parse/* parseSource */.PJ)(text, file.path);
        const unit = extractFacts(src, {
            path: file.path,
            role: file.role,
            depth: 0,
            budget,
            steps,
            fileExists: has,
            readFile,
            entryNames: file.entryNames?.map((name) => ({ name, by: 'build-time code' })),
        });
        const enc = extra.encodings?.get(file.path);
        if (enc)
            unit.encoding = enc;
        units.push(unit);
        const start = units.length - 1;
        analyzePayloads(unit, units, budget, steps, has, readFile, limits);
        // code that payloads run loads more code (`python -c "import pkg"`); Python written to a file, or
        // only decoded, runs nothing by itself
        for (const u of units.slice(start)) {
            if (u.origin && (u.origin.via === 'write' || u.origin.via === 'decoded'))
                continue;
            for (const p of u.sysPath)
                if (!roots.includes(p))
                    roots.push(p);
            follow(u, roots, has, enqueue);
        }
    }
    if (budget.exhausted)
        limits.push(`decode budget of ${budget.total} bytes exhausted; later payloads were not decoded`);
    for (const c of configs) {
        analyzed.push(c.path);
        units.push(configUnit(c.path, c.strings));
    }
    const ctx = { units };
    const findings = [];
    for (const unit of units) {
        limits.push(...unit.limits);
        const view = unit.role === 'imported' && !unit.origin ? reachedOnly(unit) : unit;
        for (const rule of RULE_LIST) {
            for (const f of rule.check(view, ctx))
                findings.push(place(f, unit));
        }
    }
    const result = dedupe(findings).sort((a, b) => RANK[b.severity] - RANK[a.severity] || a.path.localeCompare(b.path) || a.line - b.line || a.rule.localeCompare(b.rule));
    return {
        findings: result,
        suspicious: result.some((f) => RANK[f.severity] >= RANK.high),
        analyzed,
        limits: [...new Set(limits)],
    };
}
/** Local modules and exec'd files that this unit's build-time code runs. */
function follow(unit, roots, has, enqueue) {
    for (const imp of unit.imports) {
        if (!imp.where.entry)
            continue;
        for (const p of relativeImportPackages(unit.path, imp.level, roots, has)) {
            enqueue({ path: p, role: 'imported', reason: `the package ${unit.path} imports relatively` });
        }
        const paths = importedFiles(imp, unit.path, roots, has);
        if (!paths.length)
            continue;
        const base = '.'.repeat(imp.level) + imp.module;
        const entryNames = new Set();
        for (const c of unit.calls) {
            if (!c.where.entry)
                continue;
            const rest = base && c.callee.startsWith(base + '.') ? c.callee.slice(base.length + 1) : undefined;
            if (rest && /^\w+$/.test(rest))
                entryNames.add(rest);
        }
        for (const n of imp.names ?? []) {
            if (n !== '*' && unit.calls.some((c) => c.where.entry && (c.callee === `${base}.${n}` || c.callee.startsWith(`${base}.${n}.`))))
                entryNames.add(n);
        }
        // a function of the package handed over rather than called (a thread's target, a cmdclass) runs too
        for (const r of unit.refs) {
            if (!r.where.entry || !base)
                continue;
            const rest = r.q.startsWith(base + '.') ? r.q.slice(base.length + 1) : undefined;
            if (rest && /^\w+$/.test(rest) && handedOver(unit, r.q))
                entryNames.add(rest);
        }
        paths.forEach((p, i) => {
            const last = i === paths.length - 1;
            enqueue({ path: p, role: 'imported', reason: `imported by ${unit.path}`, entryNames: last && entryNames.size ? [...entryNames] : undefined });
        });
    }
    for (const e of unit.execFiles)
        enqueue({ path: e.path, role: 'imported', reason: `run by ${unit.path}:${e.line}` });
    for (const l of unit.loads) {
        if (l.unresolved !== undefined || !l.where.entry)
            continue;
        const role = l.main ? 'setup' : 'imported';
        const reason = `${l.via} at ${unit.path}:${l.line}`;
        if (l.path !== undefined) {
            enqueue({ path: l.path, role, reason });
            continue;
        }
        if (l.module === undefined)
            continue;
        const paths = moduleFiles(l.module, roots, has);
        // `python -m pkg` runs pkg/__main__.py once pkg/__init__.py has run
        const last = paths[paths.length - 1];
        const main = last?.endsWith('/__init__.py') ? last.slice(0, -'__init__.py'.length) + '__main__.py' : undefined;
        paths.forEach((p, i) => {
            const isTarget = i === paths.length - 1 && !main;
            enqueue({ path: p, role: isTarget ? role : 'imported', reason });
        });
        if (main && has(main))
            enqueue({ path: main, role, reason });
    }
}
/** A reference passed as a value to a call (`Thread(target=f)`, `cmdclass={"install": C}`), not only read. */
function handedOver(unit, q) {
    const inValue = (v, depth = 0) => {
        if (depth > 4)
            return false;
        if (v.k === 'ref')
            return v.q === q;
        if (v.k === 'seq')
            return v.items.some((i) => inValue(i, depth + 1));
        if (v.k === 'dict')
            return v.values.some((i) => inValue(i, depth + 1));
        return false;
    };
    return unit.calls.some((c) => c.where.entry && (c.args.some((a) => inValue(a)) || Object.values(c.kwargs).some((a) => inValue(a))));
}
function analyzePayloads(unit, units, budget, steps, has, readFile, limits) {
    for (const p of unit.payloads) {
        const originPath = unit.origin?.path ?? unit.path;
        const originLine = unit.origin?.line ?? p.line;
        if (unit.depth + 1 > MAX_PAYLOAD_DEPTH) {
            limits.push(`${originPath}:${originLine}: payload nested deeper than ${MAX_PAYLOAD_DEPTH} decodings was not analysed`);
            continue;
        }
        if (units.length >= MAX_UNITS) {
            limits.push(`${originPath}: more than ${MAX_UNITS} files and payloads; later payloads were not analysed`);
            return;
        }
        const how = unit.origin ? `${unit.origin.how}; then ${p.how}` : p.how;
        const src = (0,parse/* parseSource */.PJ)(p.code, originPath, MAX_PAYLOAD_PARSE);
        const sub = extractFacts(src, {
            path: originPath,
            role: 'setup',
            depth: unit.depth + 1,
            budget,
            steps,
            fileExists: has,
            readFile,
            origin: { path: originPath, line: originLine, how, via: unit.origin?.via ?? p.via, entry: p.where.entry },
            topEntry: p.where.entry ?? null,
        });
        sub.cmdclass.push(...unit.cmdclass);
        units.push(sub);
        analyzePayloads(sub, units, budget, steps, has, readFile, limits);
    }
}
/** For modules imported at build time, only code their import actually runs counts. */
function reachedOnly(unit) {
    const r = (xs) => xs.filter((x) => x.where.entry !== undefined);
    return {
        ...unit,
        calls: r(unit.calls),
        strings: r(unit.strings),
        decodes: r(unit.decodes),
        payloads: r(unit.payloads),
        opaque: r(unit.opaque),
        refs: r(unit.refs),
        dynamic: r(unit.dynamic),
    };
}
function configUnit(path, strings) {
    const unit = emptyFacts({ path, role: 'config', depth: 0, parsed: true, text: '', lineLengths: [] });
    unit.strings = strings.map((s) => ({
        value: str(s.value),
        line: s.line,
        where: { scope: s.buildRequirement ? BUILD_REQUIRES_SCOPE : path, entry: 'config' },
        kind: 'literal',
        metadata: !s.buildRequirement || undefined,
    }));
    return unit;
}
/** Findings inside payloads point at the line that decoded, wrote or ran them. */
function place(f, unit) {
    if (!unit.origin)
        return f;
    const { line, how, via } = unit.origin;
    const what = via === 'write'
        ? `In Python code that line ${line} writes to a file`
        : how === 'literal'
            ? `In code that line ${line} runs as a string`
            : `In code decoded at line ${line} (${clip(how, 80)})`;
    return { ...f, path: unit.origin.path, line, message: `${what}: ${f.message}` };
}
function dedupe(findings) {
    const seen = new Map();
    for (const f of findings) {
        const key = `${f.rule}|${f.path}|${f.line}|${f.evidence}`;
        const prev = seen.get(key);
        if (!prev || RANK[f.severity] > RANK[prev.severity])
            seen.set(key, f);
    }
    return [...seen.values()];
}
/** An sdist unpacked with its `name-version/` directory still on every path. */
function stripTopDirectory(files) {
    if (files.has('setup.py') || files.has('pyproject.toml') || files.size === 0)
        return files;
    const tops = new Set([...files.keys()].map((k) => (k.includes('/') ? k.slice(0, k.indexOf('/')) : '')));
    if (tops.size !== 1 || tops.has(''))
        return files;
    const top = [...tops][0];
    return new Map([...files].map(([k, v]) => [k.slice(top.length + 1), v]));
}


/***/ })

};
