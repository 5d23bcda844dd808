export const id = 266;
export const ids = [266];
export const modules = {

/***/ 8853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ crc32)
/* harmony export */ });
// CRC-32 (ISO 3309), the checksum zip stores for each entry; Python's zipfile refuses entries
// whose bytes do not match it, so a mismatch is worth reporting.
const TABLE = (() => {
    const t = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        t[n] = c >>> 0;
    }
    return t;
})();
function crc32(bytes) {
    let c = 0xffffffff;
    for (let i = 0; i < bytes.length; i++)
        c = TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}


/***/ }),

/***/ 9180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V2: () => (/* binding */ RATIO_FLOOR),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   fW: () => (/* binding */ resolveLimits),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
// Hard limits for reading one sdist. An sdist is hostile input: every size it declares can lie,
// so each limit is checked against bytes actually seen.
const MiB = 1024 * 1024;
const DEFAULT_LIMITS = Object.freeze({
    maxDownloadBytes: 256 * MiB,
    maxInflatedBytes: 1024 * MiB,
    maxRatio: 200,
    maxEntries: 50_000,
    maxFileBytes: 8 * MiB,
    maxKeptBytes: 64 * MiB,
});
/**
 * Small archives legitimately compress far better than any sane ratio (a tar of a few tiny files
 * is mostly zero padding), so the ratio only means "bomb" once the output is large.
 */
const RATIO_FLOOR = 16 * MiB;
/** Defaults merged with overrides; a limit that is not a positive number is a configuration error. */
function resolveLimits(overrides = {}) {
    const out = { ...DEFAULT_LIMITS };
    for (const key of Object.keys(DEFAULT_LIMITS)) {
        const value = overrides[key];
        if (value === undefined)
            continue;
        if (typeof value !== 'number' || !(value > 0) || Number.isNaN(value)) {
            throw new TypeError(`archive limit ${key} must be a positive number, got ${String(value)}`);
        }
        out[key] = value;
    }
    return out;
}
/** `8 MiB`, `64 KiB`, `1000 bytes`: limits are read by people deciding whether to raise them. */
function formatBytes(n) {
    if (n >= MiB && n % MiB === 0)
        return `${n / MiB} MiB`;
    if (n >= 1024 && n % 1024 === 0)
        return `${n / 1024} KiB`;
    return `${n} bytes`;
}


/***/ }),

/***/ 7224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ld: () => (/* binding */ readLocalHeader),
/* harmony export */   W5: () => (/* binding */ centralEntries),
/* harmony export */   _0: () => (/* binding */ LOCAL_HEADER_SIZE),
/* harmony export */   ab: () => (/* binding */ readZip64EndRecord),
/* harmony export */   i7: () => (/* binding */ findEndRecord),
/* harmony export */   lB: () => (/* binding */ readEndRecord),
/* harmony export */   wH: () => (/* binding */ readZip64Locator),
/* harmony export */   wd: () => (/* binding */ ZIP64_END_RECORD_SIZE),
/* harmony export */   zV: () => (/* binding */ ZIP64_LOCATOR_SIZE)
/* harmony export */ });
// The zip layout, read from bytes already at hand: the end records, the central directory and the
// local headers. Pure, so that a whole sdist in memory and a wheel read by HTTP ranges share one
// reading of the format, while each keeps its own leniency and its own error sentences.
const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const END_RECORD_SIZE = 22;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_END_RECORD_SIZE = 56;
const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
const MAX_COMMENT = 0xffff;
function view(b) {
    return new DataView(b.buffer, b.byteOffset, b.byteLength);
}
/** Values past 2^53 come back rounded, as `Number` of the 64-bit value would; callers decide whether to refuse them. */
function u64(dv, at) {
    return dv.getUint32(at, true) + dv.getUint32(at + 4, true) * 2 ** 32;
}
/**
 * Offset of the last end-of-central-directory record in `buf`, or -1, searched only where a
 * record followed by the largest comment could begin. With `commentReachesEnd`, a record counts
 * only when its comment ends exactly at the end of `buf`; without it, any signature does, as in
 * Python's zipfile.
 */
function findEndRecord(buf, commentReachesEnd = false) {
    const dv = view(buf);
    const lowest = Math.max(0, buf.length - END_RECORD_SIZE - MAX_COMMENT - 1);
    for (let i = buf.length - END_RECORD_SIZE; i >= lowest; i--) {
        if (buf[i] !== 0x50 || dv.getUint32(i, true) !== EOCD_SIG)
            continue;
        if (!commentReachesEnd || i + END_RECORD_SIZE + dv.getUint16(i + 20, true) === buf.length)
            return i;
    }
    return -1;
}
function readEndRecord(buf, at) {
    const dv = view(buf);
    return {
        disk: dv.getUint16(at + 4, true),
        directoryDisk: dv.getUint16(at + 6, true),
        entries: dv.getUint16(at + 10, true),
        directorySize: dv.getUint32(at + 12, true),
        directoryOffset: dv.getUint32(at + 16, true),
    };
}
/** The offset of the zip64 end record a locator at `at` points to, or undefined when none is there. */
function readZip64Locator(buf, at) {
    const dv = view(buf);
    if (dv.getUint32(at, true) !== ZIP64_LOCATOR_SIG)
        return undefined;
    return u64(dv, at + 8);
}
/** The zip64 end record at `at`, or undefined when its signature is not there. */
function readZip64EndRecord(buf, at) {
    const dv = view(buf);
    if (dv.getUint32(at, true) !== ZIP64_EOCD_SIG)
        return undefined;
    return { entries: u64(dv, at + 32), directorySize: u64(dv, at + 40), directoryOffset: u64(dv, at + 48) };
}
/** The central directory entries in `buf`, one at a time, so a caller that stops early reads no further. */
function* centralEntries(buf, reading) {
    const dv = view(buf);
    let p = reading.from;
    for (let n = 0; reading.count !== undefined ? n < reading.count : p < (reading.until ?? buf.length); n++) {
        if (p + CENTRAL_HEADER_SIZE > buf.length)
            throw reading.damaged('short', p, n);
        if (dv.getUint32(p, true) !== CENTRAL_SIG)
            throw reading.damaged('signature', p, n);
        const flags = dv.getUint16(p + 8, true);
        const nameLen = dv.getUint16(p + 28, true);
        const extraLen = dv.getUint16(p + 30, true);
        const commentLen = dv.getUint16(p + 32, true);
        const next = p + CENTRAL_HEADER_SIZE + nameLen + extraLen + commentLen;
        if (next > buf.length)
            throw reading.damaged('overrun', p, n);
        const rawName = buf.subarray(p + CENTRAL_HEADER_SIZE, p + CENTRAL_HEADER_SIZE + nameLen);
        const entry = {
            name: reading.decodeName(rawName, flags, p),
            rawName,
            flags,
            method: dv.getUint16(p + 10, true),
            crc: dv.getUint32(p + 16, true),
            compressedSize: dv.getUint32(p + 20, true),
            size: dv.getUint32(p + 24, true),
            localOffset: dv.getUint32(p + 42, true),
            externalAttributes: dv.getUint32(p + 38, true),
            extra: buf.subarray(p + CENTRAL_HEADER_SIZE + nameLen, p + CENTRAL_HEADER_SIZE + nameLen + extraLen),
        };
        const extraAt = p + CENTRAL_HEADER_SIZE + nameLen;
        applyZip64Extra(dv, extraAt, extraAt + extraLen, entry, reading);
        yield entry;
        p = next;
    }
}
/** Puts the 64-bit values of a zip64 extra field, in order, in place of each 32-bit field that is all ones. */
function applyZip64Extra(dv, start, end, entry, reading) {
    for (let e = start; e + 4 <= end;) {
        const id = dv.getUint16(e, true);
        const len = dv.getUint16(e + 2, true);
        if (id === 0x0001) {
            let q = e + 4;
            const take = () => {
                if (q + 8 > e + 4 + len || (reading.strictZip64 && q + 8 > end))
                    throw reading.zip64TooShort(entry.name);
                const v = u64(dv, q);
                reading.checkWide?.(v, q - start);
                q += 8;
                return v;
            };
            if (entry.size === 0xffffffff)
                entry.size = take();
            if (entry.compressedSize === 0xffffffff)
                entry.compressedSize = take();
            if (entry.localOffset === 0xffffffff)
                entry.localOffset = take();
            if (reading.strictZip64)
                return;
        }
        e += 4 + len;
    }
}
/** The local header at `at`, or undefined when it does not fit in `buf` or lacks its signature. */
function readLocalHeader(buf, at) {
    if (at < 0 || at + LOCAL_HEADER_SIZE > buf.length)
        return undefined;
    const dv = view(buf);
    if (dv.getUint32(at, true) !== LOCAL_SIG)
        return undefined;
    const nameLength = dv.getUint16(at + 26, true);
    const extraLength = dv.getUint16(at + 28, true);
    return { nameLength, extraLength, dataOffset: at + LOCAL_HEADER_SIZE + nameLength + extraLength };
}


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IU: () => (/* binding */ quoteSource),
/* harmony export */   MC: () => (/* binding */ InvalidMarker),
/* harmony export */   UZ: () => (/* binding */ evaluateMarker),
/* harmony export */   gJ: () => (/* binding */ formatMarker),
/* harmony export */   gY: () => (/* binding */ parseMarker),
/* harmony export */   p$: () => (/* binding */ parseMarkerAt)
/* harmony export */ });
/* unused harmony exports UndefinedComparison, MAX_MARKER_NESTING */
/* harmony import */ var _scanner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7736);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3442);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6754);
// PEP 508 environment markers: parsing to an AST and evaluation against one target, with the
// grammar and comparison rules of pypa/packaging's markers module (which pip uses).



class InvalidMarker extends Error {
    name = 'InvalidMarker';
    /** 1-based column in the text that was parsed, when the error is about a position. */
    column;
    constructor(message, column) {
        super(message);
        this.column = column;
    }
}
/** A comparison that has no defined meaning for its operands (e.g. `~=` between two names). */
class UndefinedComparison extends InvalidMarker {
    name = 'UndefinedComparison';
}
// Longer names first so that alternation never stops at a prefix; `\b` keeps
// `python_versions` from reading as `python_version`.
const VARIABLE_RE = /\b(?:python_full_version|python_version|os[._]name|sys[._]platform|platform_(?:release|system)|platform[._](?:version|machine|python_implementation)|python_implementation|implementation_(?:name|version)|extras|extra|dependency_groups)\b/y;
const QUOTED_RE = /'[^']*'|"[^"]*"/y;
const OP_RE = /===|==|~=|!=|<=|>=|<|>/y;
const IN_RE = /\bin\b/y;
const NOT_RE = /\bnot\b/y;
const BOOLOP_RE = /\b(?:or|and)\b/y;
const OPERATORS_HINT = 'a marker operator (one of <, <=, ==, !=, >=, >, ~=, ===, in, not in)';
/**
 * Parentheses a marker may nest. Real markers nest two or three deep; the parser recurses once per
 * level, so a hostile manifest must meet an InvalidMarker here and not exhaust the stack.
 */
const MAX_MARKER_NESTING = 100;
function canonicalVariable(text) {
    const name = text.replace('.', '_');
    if (name === 'python_implementation')
        return 'platform_python_implementation';
    return name;
}
/** The text in an error message: a hostile marker can be megabytes long, the message stays short. */
function quoteSource(source, max = 200) {
    return JSON.stringify(source.length > max ? `${source.slice(0, max)}…` : source);
}
class MarkerScanner extends _scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .TextScanner */ .C {
    describe;
    /** Parentheses open at the current position. */
    depth = 0;
    constructor(source, start, describe) {
        super(source, start);
        this.describe = describe;
    }
    fail(expected, at = this.pos) {
        throw new InvalidMarker(`Invalid ${this.describe} ${quoteSource(this.source)}: expected ${expected} at column ${at + 1}, found ${this.found(at)}`, at + 1);
    }
    refuse(why, at = this.pos) {
        throw new InvalidMarker(`Invalid ${this.describe} ${quoteSource(this.source)}: ${why} at column ${at + 1}`, at + 1);
    }
}
/** Parses a whole marker expression. Throws InvalidMarker with the column of the problem. */
function parseMarker(text) {
    if (typeof text !== 'string')
        throw new InvalidMarker(`Invalid marker: ${String(text)} is not a string`);
    return parseMarkerAt(text, 0, 'marker');
}
/**
 * Parses the marker that starts at `start` and runs to the end of `source` (trailing blanks
 * allowed): how a requirement's `; marker` is read. Columns in errors count from the start of
 * `source`. `describe` names the kind of text in messages ("marker", "requirement").
 */
function parseMarkerAt(source, start, describe = 'marker') {
    const s = new MarkerScanner(source, start, describe);
    const marker = parseOr(s);
    s.skipWs();
    if (s.pos < source.length) {
        s.fail(s.peek(')') ? "'and', 'or' or end of marker (unmatched ')')" : "'and', 'or' or end of marker");
    }
    return marker;
}
// marker_or = marker_and ('or' marker_and)*; marker_and = atom ('and' atom)*: `and` binds tighter.
function parseOr(s) {
    const items = [parseAnd(s)];
    for (;;) {
        const save = s.pos;
        s.skipWs();
        const op = s.take(BOOLOP_RE);
        if (op !== 'or') {
            s.pos = save;
            break;
        }
        items.push(parseAnd(s));
    }
    return items.length === 1 ? items[0] : { kind: 'or', items };
}
function parseAnd(s) {
    const items = [parseAtom(s)];
    for (;;) {
        const save = s.pos;
        s.skipWs();
        const op = s.take(BOOLOP_RE);
        if (op !== 'and') {
            s.pos = save;
            break;
        }
        items.push(parseAtom(s));
    }
    return items.length === 1 ? items[0] : { kind: 'and', items };
}
function parseAtom(s) {
    s.skipWs();
    if (s.peek('(')) {
        const open = s.pos;
        if (s.depth >= MAX_MARKER_NESTING)
            s.refuse(`parentheses nested more than ${MAX_MARKER_NESTING} deep`);
        s.depth++;
        s.pos++;
        s.skipWs();
        const inner = parseOr(s);
        s.skipWs();
        if (!s.peek(')'))
            s.fail(`')' to close the '(' at column ${open + 1}, or 'and'/'or'`);
        s.pos++;
        s.depth--;
        return inner;
    }
    const leftAt = s.pos;
    const left = parseOperand(s);
    s.skipWs();
    const op = parseOperator(s);
    s.skipWs();
    const right = parseOperand(s);
    if (left.kind === 'string' && right.kind === 'string') {
        s.fail('a marker variable (such as python_version) on one side of the comparison', leftAt);
    }
    return { kind: 'compare', left, op, right };
}
function parseOperand(s) {
    const variable = s.take(VARIABLE_RE);
    if (variable !== null)
        return { kind: 'variable', name: canonicalVariable(variable) };
    const at = s.pos;
    const quoted = s.take(QUOTED_RE);
    if (quoted !== null)
        return { kind: 'string', value: decodePythonString(quoted.slice(1, -1), s, at) };
    if (s.peek('"') || s.peek("'"))
        s.fail(`a closing ${s.source[s.pos]} for the string`);
    return s.fail('a marker variable (such as python_version, sys_platform, extra) or a quoted string');
}
function parseOperator(s) {
    const op = s.take(OP_RE);
    if (op !== null)
        return op;
    if (s.take(IN_RE) !== null)
        return 'in';
    if (s.take(NOT_RE) !== null) {
        if (s.take(_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .WS_RE */ .d) === null)
            s.fail("whitespace after 'not'");
        if (s.take(IN_RE) === null)
            s.fail("'in' after 'not'");
        return 'not in';
    }
    return s.fail(OPERATORS_HINT);
}
const SIMPLE_ESCAPES = {
    '\\': '\\',
    "'": "'",
    '"': '"',
    n: '\n',
    t: '\t',
    r: '\r',
    a: '\x07',
    b: '\b',
    f: '\f',
    v: '\v',
    '\n': '',
};
// packaging reads marker strings with Python's literal_eval, so backslash escapes are decoded
// the way Python decodes them; an unknown escape keeps its backslash, as Python does.
function decodePythonString(body, s, at) {
    if (!body.includes('\\'))
        return body;
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch !== '\\') {
            out += ch;
            continue;
        }
        const next = body[i + 1];
        if (next === undefined)
            s.fail('a closing quote: the string ends in a lone backslash', at);
        if (next in SIMPLE_ESCAPES) {
            out += SIMPLE_ESCAPES[next];
            i++;
            continue;
        }
        const hex = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
        if (hex > 0) {
            const digits = body.slice(i + 2, i + 2 + hex);
            if (!new RegExp(`^[0-9a-fA-F]{${hex}}$`).test(digits))
                s.fail(`\\${next} followed by ${hex} hex digits`, at);
            const code = parseInt(digits, 16);
            if (code > 0x10ffff)
                s.fail('a Unicode code point no greater than 10FFFF', at);
            out += String.fromCodePoint(code);
            i += 1 + hex;
            continue;
        }
        const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1));
        if (octal) {
            out += String.fromCodePoint(parseInt(octal[0], 8));
            i += octal[0].length;
            continue;
        }
        out += '\\';
    }
    return out;
}
// ---------------------------------------------------------------------------------------------
// Evaluation
/** Variables whose values are versions: compared with PEP 440 rules when both sides parse. */
const VERSION_VARIABLES = new Set([
    'python_version',
    'python_full_version',
    'implementation_version',
    'platform_release',
]);
const SET_VARIABLES = new Set(['extras', 'dependency_groups']);
const parsedCache = new Map();
const PARSED_CACHE_LIMIT = 2048;
function parseCached(text) {
    let marker = parsedCache.get(text);
    if (!marker) {
        marker = parseMarker(text);
        if (parsedCache.size >= PARSED_CACHE_LIMIT)
            parsedCache.clear();
        parsedCache.set(text, marker);
    }
    return marker;
}
/**
 * Evaluates a marker for one environment. With no extras, `extra` is `""` (so `extra == "x"` is
 * false); with extras, the marker holds if it holds for any one of them, as pip evaluates a
 * requirement's marker for each requested extra. Extra names compare PEP 503-normalized.
 * Throws InvalidMarker for a bad marker, UndefinedComparison for e.g. `os_name ~= "x"`.
 */
function evaluateMarker(marker, env, extras) {
    const ast = typeof marker === 'string' ? parseCached(marker) : marker;
    const normalized = (extras ?? []).map((e) => (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .P)(e));
    const extrasSet = new Set(normalized);
    if (normalized.length === 0)
        return evaluate(ast, { env, extra: '', extras: extrasSet });
    return normalized.some((extra) => evaluate(ast, { env, extra, extras: extrasSet }));
}
function evaluate(m, ctx) {
    switch (m.kind) {
        // Every comparison is evaluated, without short-circuit, so that an undefined comparison is
        // reported wherever it sits, as packaging reports it.
        case 'and':
            return m.items.map((item) => evaluate(item, ctx)).every(Boolean);
        case 'or':
            return m.items.map((item) => evaluate(item, ctx)).some(Boolean);
        case 'compare':
            return compare(m, ctx);
    }
}
function lookup(name, ctx) {
    if (name === 'extra')
        return ctx.extra;
    if (name === 'extras')
        return ctx.extras;
    if (name === 'dependency_groups')
        return new Set();
    const value = ctx.env[name];
    if (typeof value !== 'string') {
        throw new InvalidMarker(`Marker variable ${name} has no value in the evaluation environment`);
    }
    return value;
}
function compare(m, ctx) {
    // The variable decides how values compare; with two variables the left one does.
    const key = m.left.kind === 'variable' ? m.left.name : m.right.name;
    let lhs = m.left.kind === 'variable' ? lookup(m.left.name, ctx) : m.left.value;
    let rhs = m.right.kind === 'variable' ? lookup(m.right.name, ctx) : m.right.value;
    if (SET_VARIABLES.has(key)) {
        if (typeof lhs !== 'string' || typeof rhs === 'string' || (m.op !== 'in' && m.op !== 'not in')) {
            throw new UndefinedComparison(`Undefined comparison in marker: ${key} is a set and can only be the right side of 'in' or 'not in'`);
        }
        const has = rhs.has((0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .P)(lhs));
        return m.op === 'in' ? has : !has;
    }
    if (typeof lhs !== 'string' || typeof rhs !== 'string') {
        throw new UndefinedComparison(`Undefined comparison in marker: ${m.op} between a set and a string`);
    }
    if (key === 'extra') {
        lhs = m.left.kind === 'string' ? (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .P)(lhs) : lhs;
        rhs = m.right.kind === 'string' ? (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .P)(rhs) : rhs;
    }
    // When `op value` is a valid specifier it decides, as packaging does: a left side that is not
    // a version then matches nothing but an equal `===` string.
    if (VERSION_VARIABLES.has(key) && m.op !== 'in' && m.op !== 'not in') {
        const clauseText = `${m.op}${rhs}`.trimEnd();
        const scanned = (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .scanSpecifierClause */ .zT)(clauseText, 0);
        if (scanned && scanned.end === clauseText.length)
            return (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .clauseSatisfied */ .y_)(scanned.clause, lhs);
    }
    return compareStrings(lhs, m.op, rhs);
}
// PEP 508 leaves ordering undefined for values that are not versions. Like packaging 26, `<`
// and `>` are false and `<=`/`>=` mean equal, instead of a code-point order that means nothing
// for such values ("10" < "9").
function compareStrings(lhs, op, rhs) {
    switch (op) {
        case 'in':
            return rhs.includes(lhs);
        case 'not in':
            return !rhs.includes(lhs);
        case '==':
        case '<=':
        case '>=':
            return lhs === rhs;
        case '!=':
            return lhs !== rhs;
        case '<':
        case '>':
            return false;
        case '~=':
        case '===':
            throw new UndefinedComparison(`Undefined comparison in marker: ${JSON.stringify(lhs)} ${op} ${JSON.stringify(rhs)} needs PEP 440 versions on both sides`);
    }
}
// ---------------------------------------------------------------------------------------------
// Formatting
// Backslashes are escaped because parsing decodes them; a value holding both quote characters
// can only be written with an escape, since a quoted string ends at its first matching quote.
function quote(value) {
    const escaped = value.replace(/\\/g, '\\\\');
    if (!value.includes('"'))
        return `"${escaped}"`;
    if (!value.includes("'"))
        return `'${escaped}'`;
    return `"${escaped.replace(/"/g, '\\x22')}"`;
}
function formatOperand(o) {
    return o.kind === 'variable' ? o.name : quote(o.value);
}
/** A canonical text for a marker: normalized variable names, double quotes, minimal parentheses. */
function formatMarker(marker) {
    return format(marker, 'or');
}
function format(m, parent) {
    if (m.kind === 'compare')
        return `${formatOperand(m.left)} ${m.op} ${formatOperand(m.right)}`;
    const text = m.items.map((item) => format(item, m.kind)).join(` ${m.kind} `);
    return m.kind === 'or' && parent === 'and' ? `(${text})` : text;
}


/***/ }),

/***/ 3442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ normalizeName),
/* harmony export */   u: () => (/* binding */ isValidName)
/* harmony export */ });
// PEP 503 project name normalization, and the PEP 508 shape of a valid name.
const VALID_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
/** `Foo.Bar_baz` -> `foo-bar-baz`: runs of `-`, `_` and `.` become one `-`, lower-cased. */
function normalizeName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
function isValidName(name) {
    return VALID_NAME.test(name);
}


/***/ }),

/***/ 3516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ parseRequirement)
/* harmony export */ });
/* unused harmony export InvalidRequirement */
/* harmony import */ var _scanner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7736);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8689);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6754);
// PEP 508 dependency specifiers: `name [extras] (specifier | @ url) ; marker`, read the way
// pypa/packaging's requirement parser reads them (which is what pip accepts).



class InvalidRequirement extends Error {
    name = 'InvalidRequirement';
    /** 1-based column of the problem in the requirement text. */
    column;
    constructor(message, column) {
        super(message);
        this.column = column;
    }
}
// A PEP 508 name: letters and digits at both ends, `.`, `_`, `-` inside.
const IDENTIFIER_RE = /[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/y;
const URL_RE = /[^ \t]+/y;
const LOCAL_TRAIL_RE = /\+[a-z0-9]+(?:[-_.][a-z0-9]+)*/iy;
class Cursor extends _scanner_js__WEBPACK_IMPORTED_MODULE_2__/* .TextScanner */ .C {
    fail(expected, at = this.pos) {
        throw new InvalidRequirement(`Invalid requirement ${(0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteSource */ .IU)(this.source)}: expected ${expected} at column ${at + 1}, found ${this.found(at)}`, at + 1);
    }
}
/** Parses one PEP 508 requirement. Throws InvalidRequirement naming the column of the problem. */
function parseRequirement(text) {
    if (typeof text !== 'string')
        throw new InvalidRequirement(`Invalid requirement: ${String(text)} is not a string`);
    const c = new Cursor(text);
    c.skipWs();
    const name = c.take(IDENTIFIER_RE);
    if (name === null)
        c.fail('a package name at the start of the requirement');
    c.skipWs();
    const extras = parseExtras(c);
    c.skipWs();
    const req = { name, extras, specifier: '' };
    if (c.peek('@')) {
        c.pos++;
        c.skipWs();
        // Any text up to a blank, as packaging reads it: what the reference points at (URL, VCS,
        // relative path) is for the caller to interpret.
        const url = c.take(URL_RE);
        if (url === null)
            c.fail('a URL after @');
        req.url = url;
        // The URL runs to the first blank, so a marker after it needs one before its `;`.
        c.skipWs();
        if (c.atEnd())
            return req;
        if (!c.peek(';'))
            c.fail("';' and a marker (after the URL and whitespace), or end");
    }
    else {
        const clauses = parseSpecifierPart(c);
        req.specifier = (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .formatClauses */ .Cq)(clauses);
        c.skipWs();
        if (c.atEnd())
            return req;
        if (!c.peek(';')) {
            c.fail(clauses.length > 0
                ? "',' (between version specifiers), ';' (before a marker) or end"
                : "a version specifier (such as >=1.0), '@ URL', ';' (before a marker) or end");
        }
    }
    c.pos++; // ';'
    const markerStart = c.pos;
    try {
        (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMarkerAt */ .p$)(text, markerStart, 'requirement');
    }
    catch (e) {
        if (e instanceof _markers_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidMarker */ .MC)
            throw new InvalidRequirement(e.message, e.column);
        throw e;
    }
    req.marker = text.slice(markerStart).trim();
    return req;
}
function parseExtras(c) {
    if (!c.peek('['))
        return [];
    const open = c.pos;
    c.pos++;
    c.skipWs();
    const extras = [];
    const first = c.take(IDENTIFIER_RE);
    if (first !== null) {
        extras.push(first);
        for (;;) {
            c.skipWs();
            if (!c.peek(','))
                break;
            c.pos++;
            c.skipWs();
            const extra = c.take(IDENTIFIER_RE);
            if (extra === null)
                c.fail('an extra name after the comma');
            extras.push(extra);
        }
    }
    c.skipWs();
    if (!c.peek(']')) {
        IDENTIFIER_RE.lastIndex = c.pos;
        if (IDENTIFIER_RE.test(c.source))
            c.fail('a comma between extra names');
        c.fail(`']' to close the extras opened at column ${open + 1}`);
    }
    c.pos++;
    return extras;
}
// specifier = '(' WS? clauses WS? ')' | clauses, where clauses may be empty.
function parseSpecifierPart(c) {
    if (!c.peek('('))
        return parseClauses(c);
    const open = c.pos;
    c.pos++;
    c.skipWs();
    const clauses = parseClauses(c);
    c.skipWs();
    if (!c.peek(')')) {
        c.fail(clauses.length > 0
            ? `',' or ')' to close the version specifier opened at column ${open + 1}`
            : `a version specifier (such as >=1.0) or ')'`);
    }
    c.pos++;
    return clauses;
}
function parseClauses(c) {
    const clauses = [];
    for (;;) {
        const at = c.pos;
        const scanned = (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .scanSpecifierClause */ .zT)(c.source, c.pos);
        if (!scanned) {
            if (/^(?:===|~=|==|!=|<=|>=|<|>)/.test(c.source.slice(at)))
                badClauseVersion(c, at);
            break;
        }
        c.pos = scanned.end;
        const op = scanned.clause.operator;
        if (c.peek('.*')) {
            c.fail(op === '==' || op === '!='
                ? 'end of the version: .* may only follow a plain release such as 1.2'
                : 'end of the version: .* may only be used with == or !=');
        }
        LOCAL_TRAIL_RE.lastIndex = c.pos;
        if (op !== '===' && LOCAL_TRAIL_RE.test(c.source)) {
            c.fail('end of the version: a local version label (+...) may only be used with == or !=');
        }
        clauses.push(scanned.clause);
        c.skipWs();
        if (!c.peek(','))
            break;
        c.pos++;
        c.skipWs();
    }
    return clauses;
}
function badClauseVersion(c, at) {
    const op = /^(?:===|~=|==|!=|<=|>=|<|>)/.exec(c.source.slice(at))[0];
    const after = at + op.length;
    if (op === '~=' && /^[ \t]*v?(?:[0-9]+!)?[0-9]+(?![.0-9])/i.test(c.source.slice(after))) {
        c.fail('a version with at least two release segments after ~= (such as ~=1.0)', after);
    }
    return c.fail(`a version after ${op}`, after);
}


/***/ }),

/***/ 7736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ TextScanner),
/* harmony export */   d: () => (/* binding */ WS_RE)
/* harmony export */ });
// The cursor the PEP 508 parsers (requirements and markers) share: sticky regular expressions
// matched at a position, so parsing stays linear however long a hostile input is.
const WS_RE = /[ \t]+/y;
class TextScanner {
    source;
    pos;
    constructor(source, pos = 0) {
        this.source = source;
        this.pos = pos;
    }
    skipWs() {
        WS_RE.lastIndex = this.pos;
        if (WS_RE.test(this.source))
            this.pos = WS_RE.lastIndex;
    }
    /** Matches a sticky `re` at the position and moves past it, or returns null. */
    take(re) {
        re.lastIndex = this.pos;
        const m = re.exec(this.source);
        if (!m)
            return null;
        this.pos = re.lastIndex;
        return m[0];
    }
    peek(text) {
        return this.source.startsWith(text, this.pos);
    }
    atEnd() {
        return this.pos >= this.source.length;
    }
    /** What an error message says was found at `at`: a short quote, or the end of input. */
    found(at = this.pos) {
        return at >= this.source.length ? 'end of input' : JSON.stringify(this.source.slice(at, at + 12));
    }
}


/***/ }),

/***/ 6754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ formatClauses),
/* harmony export */   J5: () => (/* binding */ isValidSpecifier),
/* harmony export */   Qd: () => (/* binding */ normalizeSpecifier),
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   V1: () => (/* binding */ isPrerelease),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   ft: () => (/* binding */ chooseVersions),
/* harmony export */   ib: () => (/* binding */ satisfies),
/* harmony export */   ri: () => (/* binding */ isValidVersion),
/* harmony export */   y_: () => (/* binding */ clauseSatisfied),
/* harmony export */   zT: () => (/* binding */ scanSpecifierClause)
/* harmony export */ });
/* unused harmony exports InvalidVersion, InvalidSpecifier, parseVersion, parseSpecifier, specifierNamesPrerelease, baseVersion, publicVersion */
/* harmony import */ var _renovatebot_pep440_lib_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4818);
/* harmony import */ var _renovatebot_pep440_lib_version_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_renovatebot_pep440_lib_version_js__WEBPACK_IMPORTED_MODULE_0__);
// PEP 440 versions and specifiers, with the semantics of pypa/packaging (which pip uses).
//
// The version grammar is @renovatebot/pep440's. Comparison and specifier matching are done here:
// the library reads local segments with `Number()` (so `+1e5` sorts as 100000), rounds release
// numbers past 2^53, treats `<V`/`>V` as "release differs" rather than PEP 440's exclusive
// ordered comparison, compares `==V+local` on public versions only, does not pad `==1.0.*`,
// and decides pre-release acceptance per clause instead of per specifier set.

class InvalidVersion extends Error {
    name = 'InvalidVersion';
}
class InvalidSpecifier extends Error {
    name = 'InvalidSpecifier';
}
const VERSION_RE = new RegExp(`^\\s*${_renovatebot_pep440_lib_version_js__WEBPACK_IMPORTED_MODULE_0__.VERSION_PATTERN}\\s*$`, 'i');
const PRE_LABELS = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    rc: 'rc',
    pre: 'rc',
    preview: 'rc',
};
// Parsing is a regex match plus a few BigInts; callers sort and filter the same strings many
// times, so a bounded cache keeps repeated work cheap without growing without limit.
const CACHE_LIMIT = 8192;
const versionCache = new Map();
function cached(cache, key, make) {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key))
        return hit;
    const value = make();
    if (cache.size >= CACHE_LIMIT)
        cache.clear();
    cache.set(key, value);
    return value;
}
function tryParseVersion(text) {
    return cached(versionCache, text, () => {
        const m = VERSION_RE.exec(text);
        if (!m?.groups)
            return null;
        const g = m.groups;
        const preLabel = g.pre_l ? PRE_LABELS[g.pre_l.toLowerCase()] : undefined;
        const postNumber = g.post_n1 ?? g.post_n2;
        const hasPost = g.post_l !== undefined || g.post_n1 !== undefined;
        const v = {
            text: text.trim(),
            epoch: g.epoch ? BigInt(g.epoch) : 0n,
            release: g.release.split('.').map((n) => BigInt(n)),
            pre: preLabel ? [preLabel, BigInt(g.pre_n ?? 0)] : undefined,
            post: hasPost ? BigInt(postNumber ?? 0) : undefined,
            dev: g.dev_l ? BigInt(g.dev_n ?? 0) : undefined,
            local: g.local
                ? g.local.split(/[-_.]/).map((p) => (/^[0-9]+$/.test(p) ? BigInt(p) : p.toLowerCase()))
                : undefined,
            isPrerelease: Boolean(preLabel) || g.dev_l !== undefined,
            isPostrelease: hasPost,
        };
        return Object.freeze(v);
    });
}
/** Parses a PEP 440 version; throws InvalidVersion naming the text. */
function parseVersion(text) {
    const v = typeof text === 'string' ? tryParseVersion(text) : null;
    if (!v)
        throw new InvalidVersion(`Invalid version: ${JSON.stringify(text)} is not a PEP 440 version`);
    return v;
}
function isValidVersion(text) {
    return typeof text === 'string' && tryParseVersion(text) !== null;
}
/** A pre-release or a development release (PEP 440's definition of "pre-release"). */
function isPrerelease(text) {
    return parseVersion(text).isPrerelease;
}
/** The canonical form packaging prints: `1.0-1` -> `1.0.post1`, `v1.0RC1` -> `1.0rc1`. */
function normalizeVersion(text) {
    return formatVersion(parseVersion(text));
}
function formatVersion(v, withLocal = true) {
    let s = v.epoch !== 0n ? `${v.epoch}!` : '';
    s += v.release.join('.');
    if (v.pre)
        s += `${v.pre[0]}${v.pre[1]}`;
    if (v.post !== undefined)
        s += `.post${v.post}`;
    if (v.dev !== undefined)
        s += `.dev${v.dev}`;
    if (withLocal && v.local)
        s += `+${v.local.join('.')}`;
    return s;
}
function cmpBig(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function cmpRelease(a, b) {
    // Trailing zeros are insignificant: 1.0 == 1.0.0.
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const c = cmpBig(a[i] ?? 0n, b[i] ?? 0n);
        if (c !== 0)
            return c;
    }
    return 0;
}
// Pre-release rank: a dev-only release sorts before any pre-release of the same release, and a
// version without a pre-release after all of them (packaging's _cmpkey).
function preKey(v) {
    if (!v.pre && v.post === undefined && v.dev !== undefined)
        return [-1, '', 0n];
    if (!v.pre)
        return [1, '', 0n];
    return [0, v.pre[0], v.pre[1]];
}
function cmpLocal(a, b) {
    if (!a || !b)
        return a ? 1 : b ? -1 : 0;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a[i];
        const y = b[i];
        // Numeric parts sort after alphanumeric ones; alphanumeric parts sort lexicographically.
        if (typeof x === 'bigint' && typeof y === 'bigint') {
            const c = cmpBig(x, y);
            if (c !== 0)
                return c;
        }
        else if (typeof x === 'bigint') {
            return 1;
        }
        else if (typeof y === 'bigint') {
            return -1;
        }
        else if (x !== y) {
            return x < y ? -1 : 1;
        }
    }
    return a.length - b.length;
}
function compareParsed(a, b, withLocal = true) {
    let c = cmpBig(a.epoch, b.epoch);
    if (c !== 0)
        return c;
    c = cmpRelease(a.release, b.release);
    if (c !== 0)
        return c;
    const pa = preKey(a);
    const pb = preKey(b);
    c = pa[0] - pb[0];
    if (c !== 0)
        return Math.sign(c);
    if (pa[0] === 0) {
        if (pa[1] !== pb[1])
            return pa[1] < pb[1] ? -1 : 1;
        c = cmpBig(pa[2], pb[2]);
        if (c !== 0)
            return c;
    }
    // No post-release sorts before any post-release.
    if (a.post !== b.post) {
        if (a.post === undefined)
            return -1;
        if (b.post === undefined)
            return 1;
        c = cmpBig(a.post, b.post);
        if (c !== 0)
            return c;
    }
    // No dev-release sorts after any dev-release.
    if (a.dev !== b.dev) {
        if (a.dev === undefined)
            return 1;
        if (b.dev === undefined)
            return -1;
        c = cmpBig(a.dev, b.dev);
        if (c !== 0)
            return c;
    }
    return withLocal ? cmpLocal(a.local, b.local) : 0;
}
/** Negative, zero or positive as `a` sorts before, equal to or after `b`. Throws InvalidVersion. */
function compareVersions(a, b) {
    return compareParsed(parseVersion(a), parseVersion(b));
}
const OPERATOR_RE = /===|~=|==|!=|<=|>=|<|>/y;
const PRE = String.raw `(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)`;
const POST = String.raw `(?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)`;
const DEV = String.raw `(?:[-_.]?dev[-_.]?[0-9]*)`;
const LOCAL = String.raw `(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)`;
const HEAD = String.raw `v?(?:[0-9]+!)?`;
// The version shapes each operator allows, as packaging's Specifier regex has them.
const CLAUSE_VERSION = {
    '===': /\s*[^\s,;)]*/y,
    '==': new RegExp(String.raw `\s*${HEAD}[0-9]+(?:\.[0-9]+)*(?:\.\*|${PRE}?${POST}?${DEV}?${LOCAL}?)`, 'iy'),
    '!=': new RegExp(String.raw `\s*${HEAD}[0-9]+(?:\.[0-9]+)*(?:\.\*|${PRE}?${POST}?${DEV}?${LOCAL}?)`, 'iy'),
    '~=': new RegExp(String.raw `\s*${HEAD}[0-9]+(?:\.[0-9]+)+${PRE}?${POST}?${DEV}?`, 'iy'),
    '<=': new RegExp(String.raw `\s*${HEAD}[0-9]+(?:\.[0-9]+)*${PRE}?${POST}?${DEV}?`, 'iy'),
    '>=': new RegExp(String.raw `\s*${HEAD}[0-9]+(?:\.[0-9]+)*${PRE}?${POST}?${DEV}?`, 'iy'),
    '<': new RegExp(String.raw `\s*${HEAD}[0-9]+(?:\.[0-9]+)*${PRE}?${POST}?${DEV}?`, 'iy'),
    '>': new RegExp(String.raw `\s*${HEAD}[0-9]+(?:\.[0-9]+)*${PRE}?${POST}?${DEV}?`, 'iy'),
};
/**
 * Reads one specifier clause (`>=1.0`, `== 2.*`) starting exactly at `pos`, the way packaging's
 * tokenizer does inside a requirement. Returns null when no clause starts there; trailing text
 * (a stray `.*`, a local label after `>=`) is left for the caller to report.
 */
function scanSpecifierClause(source, pos) {
    OPERATOR_RE.lastIndex = pos;
    const op = OPERATOR_RE.exec(source);
    if (!op)
        return null;
    const operator = op[0];
    const re = CLAUSE_VERSION[operator];
    re.lastIndex = pos + operator.length;
    const m = re.exec(source);
    if (!m)
        return null;
    return { clause: makeClause(operator, m[0].trim()), end: re.lastIndex };
}
function makeClause(operator, text) {
    const wildcard = (operator === '==' || operator === '!=') && text.endsWith('.*');
    const version = wildcard ? text.slice(0, -2) : text;
    const parsed = tryParseVersion(version) ?? undefined;
    return { operator, version, wildcard, parsed };
}
const specifierCache = new Map();
/**
 * Parses a comma-separated specifier set (`>=1.0, <2`, `~=2.2`, `""` for any version). Empty
 * pieces between commas are ignored, as packaging's SpecifierSet does. Throws InvalidSpecifier.
 */
function parseSpecifier(spec) {
    if (typeof spec !== 'string')
        throw new InvalidSpecifier(`Invalid specifier: ${String(spec)} is not a string`);
    const result = cached(specifierCache, spec, () => {
        const clauses = [];
        for (const piece of spec.split(',')) {
            const text = piece.trim();
            if (text === '')
                continue;
            const scanned = scanSpecifierClause(text, 0);
            if (!scanned || scanned.end !== text.length)
                return describeBadClause(spec, text);
            clauses.push(Object.freeze(scanned.clause));
        }
        return Object.freeze(clauses);
    });
    if (typeof result === 'string')
        throw new InvalidSpecifier(result);
    return result;
}
function describeBadClause(spec, text) {
    const where = `in ${JSON.stringify(spec)}`;
    OPERATOR_RE.lastIndex = 0;
    const op = OPERATOR_RE.exec(text)?.[0];
    if (!op) {
        return `Invalid specifier ${JSON.stringify(text)} ${where}: expected an operator (~=, ==, !=, <=, >=, <, >, ===) followed by a version`;
    }
    const rest = text.slice(op.length).trim();
    if (rest.endsWith('.*')) {
        return op === '==' || op === '!='
            ? `Invalid specifier ${JSON.stringify(text)} ${where}: .* may only follow a plain release such as 1.2`
            : `Invalid specifier ${JSON.stringify(text)} ${where}: .* may only be used with == or !=`;
    }
    if (rest.includes('+') && op !== '==' && op !== '!=') {
        return `Invalid specifier ${JSON.stringify(text)} ${where}: a local version label may only be used with == or !=`;
    }
    if (op === '~=' && /^v?(?:[0-9]+!)?[0-9]+(?![.0-9])/i.test(rest)) {
        return `Invalid specifier ${JSON.stringify(text)} ${where}: ~= needs at least two release segments, e.g. ~=1.0`;
    }
    return `Invalid specifier ${JSON.stringify(text)} ${where}: ${JSON.stringify(rest)} is not a valid version for ${op}`;
}
function isValidSpecifier(spec) {
    try {
        parseSpecifier(spec);
        return true;
    }
    catch (e) {
        if (e instanceof InvalidSpecifier)
            return false;
        throw e;
    }
}
/** The specifier with whitespace removed and clauses joined by `,`, in the order written. */
function normalizeSpecifier(spec) {
    return formatClauses(parseSpecifier(spec));
}
function formatClauses(clauses) {
    return clauses.map((c) => `${c.operator}${c.version}${c.wildcard ? '.*' : ''}`).join(',');
}
/** Whether a clause names a pre-release, which makes the whole set accept pre-releases. */
function clauseNamesPrerelease(c) {
    return c.operator !== '!=' && c.parsed !== undefined && c.parsed.isPrerelease;
}
/** Whether the specifier set itself opts in to pre-releases (e.g. `>=2.0b1`, `==2.0rc1`). */
function specifierNamesPrerelease(spec) {
    return parseSpecifier(spec).some(clauseNamesPrerelease);
}
function withoutLocal(v) {
    return v.local === undefined ? v : { ...v, local: undefined };
}
// `==1.0.*` matches when the release, zero-padded to the spec's length, starts with the spec's
// release (so `1` matches `==1.0.*`); the local label is ignored.
function prefixMatch(v, spec) {
    if (v.epoch !== spec.epoch)
        return false;
    for (let i = 0; i < spec.release.length; i++) {
        if ((v.release[i] ?? 0n) !== spec.release[i])
            return false;
    }
    return true;
}
function clauseContains(c, v, text) {
    if (c.operator === '===')
        return text.trim().toLowerCase() === c.version.toLowerCase();
    const s = c.parsed;
    if (!v)
        return false;
    switch (c.operator) {
        case '==':
        case '!=': {
            let eq;
            if (c.wildcard)
                eq = prefixMatch(v, s);
            else
                eq = compareParsed(v, s, s.local !== undefined) === 0;
            return c.operator === '==' ? eq : !eq;
        }
        case '~=': {
            // ~=2.2.3 is >=2.2.3, ==2.2.*: drop the last release segment, ignore suffixes.
            const prefix = { ...s, release: s.release.slice(0, -1) };
            return compareParsed(v, s, false) >= 0 && prefixMatch(v, prefix);
        }
        case '<=':
            return compareParsed(v, s, false) <= 0;
        case '>=':
            return compareParsed(v, s, false) >= 0;
        case '<':
            // <V excludes pre-releases of V itself (anything from V.dev0 up) unless V is one.
            if (compareParsed(v, s) >= 0)
                return false;
            return !(!s.isPrerelease && v.isPrerelease && compareParsed(v, { ...s, dev: 0n, local: undefined }) >= 0);
        case '>':
            // >V excludes post-releases of V unless V is one, and local versions of V.
            if (compareParsed(v, s) <= 0)
                return false;
            if (!s.isPostrelease && v.isPostrelease) {
                const postBase = { ...v, post: undefined, dev: undefined, local: undefined };
                if (compareParsed(postBase, s) === 0)
                    return false;
            }
            return !(v.local !== undefined && compareParsed(withoutLocal(v), s) === 0);
    }
}
/**
 * Whether `version` is in the specifier set, as packaging's SpecifierSet.contains (packaging 26):
 * a single version is its own only candidate, so PEP 440 lets a matching pre-release satisfy
 * unless `prereleases` is false. To pick among several versions use chooseVersions. A string
 * that is not a PEP 440 version can only match `===` clauses; with any other clause it throws
 * InvalidVersion. Throws InvalidSpecifier for a bad specifier.
 */
function satisfies(version, specifier, options = {}) {
    const clauses = parseSpecifier(specifier);
    const v = tryParseVersion(version);
    if (!v && !(clauses.length > 0 && clauses.every((c) => c.operator === '===')))
        parseVersion(version);
    if (v?.isPrerelease && options.prereleases === false)
        return false;
    return clauses.every((c) => clauseContains(c, v, version));
}
/** Whether one clause holds, with pre-releases allowed: how markers compare versions. */
function clauseSatisfied(clause, version) {
    return clauseContains(clause, tryParseVersion(version), version);
}
/**
 * The versions pip would consider for `specifier`, highest first. Pre-releases are left out
 * unless `pre` is set, the specifier names a pre-release, or no final release matches (then the
 * matching pre-releases are returned). Strings that are not PEP 440 versions are skipped, as pip
 * skips such files, unless a `===` specifier names them exactly. Exact duplicates are dropped.
 */
function chooseVersions(versions, specifier, options = {}) {
    const clauses = parseSpecifier(specifier);
    const arbitraryOnly = clauses.length > 0 && clauses.every((c) => c.operator === '===');
    const finalOnly = options.prereleases === false;
    const allowPre = !finalOnly && (options.pre === true || options.prereleases === true || clauses.some(clauseNamesPrerelease));
    const finals = [];
    const pres = [];
    const seen = new Set();
    for (const text of versions) {
        if (seen.has(text))
            continue;
        seen.add(text);
        const v = tryParseVersion(text);
        if (!v && !arbitraryOnly)
            continue;
        if (!clauses.every((c) => clauseContains(c, v, text)))
            continue;
        (v?.isPrerelease && !allowPre ? pres : finals).push({ text, v });
    }
    const chosen = finals.length > 0 || finalOnly ? finals : pres;
    // Array.prototype.sort is stable, so equal versions keep the order they were given in.
    return chosen
        .sort((a, b) => (a.v && b.v ? compareParsed(b.v, a.v) : 0))
        .map((x) => x.text);
}
/** The release without pre/post/dev/local, e.g. `1!2.0` for `1!2.0rc1+x`. */
function baseVersion(text) {
    const v = parseVersion(text);
    return (v.epoch !== 0n ? `${v.epoch}!` : '') + v.release.join('.');
}
/** The version without its local label, normalized. */
function publicVersion(text) {
    return formatVersion(parseVersion(text), false);
}


/***/ })

};
