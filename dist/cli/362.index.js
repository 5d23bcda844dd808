export const id = 362;
export const ids = [362];
export const modules = {

/***/ 5601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iX: () => (/* binding */ InvalidGlob),
/* harmony export */   kZ: () => (/* binding */ pathMatcher),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
// Glob patterns of paths to leave out of a scan (`exclude`), matched against paths relative to the
// scanned root with `/` separators, the way .gitignore reads them:
//   `*` any characters but `/`, `?` one such character, `**` any number of directories;
//   a pattern without a `/` (other than a trailing one) matches a name at any depth
//   (`poetry.lock`, `*.in`); one with a `/` is anchored at the root (`tests/fixtures/**`);
//   a pattern that matches a directory leaves out everything beneath it (`tests/fixtures`).
class InvalidGlob extends Error {
}
function segmentToRegExp(segment) {
    let out = '';
    for (const c of segment) {
        if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return out;
}
function globToRegExp(pattern) {
    let p = pattern.trim().replace(/\\/g, '/');
    if (p === '' || p === '/')
        throw new InvalidGlob(`"${pattern}" is not a path pattern`);
    if (p.startsWith('./'))
        p = p.slice(2);
    const anchored = p.replace(/\/+$/, '').includes('/');
    p = p.replace(/^\/+/, '').replace(/\/+$/, '');
    const parts = p.split('/').filter((s) => s !== '');
    let body = '';
    parts.forEach((part, i) => {
        const last = i === parts.length - 1;
        if (part === '**')
            body += last ? '.*' : '(?:[^/]+/)*';
        else
            body += segmentToRegExp(part) + (last ? '' : '/');
    });
    return new RegExp(`^${anchored ? '' : '(?:[^/]+/)*'}${body}(?:/.*)?$`);
}
/** A matcher for a list of patterns; an empty list matches nothing. */
function pathMatcher(patterns) {
    const res = patterns.map(globToRegExp);
    return (relPath) => res.some((re) => re.test(relPath));
}


/***/ }),

/***/ 1594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ CredentialStore),
/* harmony export */   Zg: () => (/* binding */ entryOrigin)
/* harmony export */ });
/* unused harmony export originKey */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6527);
// Credentials bound to the origin they were given for: scheme, host and port, the default port
// written out (`https://pkgs.example.com:443`, `http://127.0.0.1:8080`). Another port is another
// server, and `http` is another scheme, so credentials given for an https index are never sent in
// clear text to the same host over http, nor to any other port: the rule browsers apply to origins.

const DEFAULT_PORTS = { 'http:': '80', 'https:': '443' };
function decode(part) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        return part;
    }
}
/** `https://host:443`: the scheme, the lower-case host and the port, the default one made explicit. */
function originKey(url) {
    const port = url.port || DEFAULT_PORTS[url.protocol] || '';
    return `${url.protocol}//${url.hostname.toLowerCase()}:${port}`;
}
/**
 * The origin a credentials entry names: `https://host[:port]` or `http://host[:port]` as written,
 * and a bare `host[:port]` as https (credentials go over plain http only when the entry says so).
 */
function entryOrigin(entry) {
    const text = entry.trim();
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new TypeError(`credentials entry "${text}": only http and https hosts take credentials`);
    return originKey(url);
}
class CredentialStore {
    secrets;
    byOrigin = new Map();
    constructor(secrets) {
        this.secrets = secrets;
    }
    /** `"user:password"`, or a bare token sent as the password of user `__token__`, for an entry's origin. */
    addOption(entry, value) {
        const colon = value.indexOf(':');
        const basic = colon < 0 ? { username: '__token__', password: value } : { username: value.slice(0, colon), password: value.slice(colon + 1) };
        this.set(entryOrigin(entry), basic, true);
    }
    /**
     * Takes the userinfo out of a URL and remembers it for that URL's origin (unless credentials for
     * the origin are already known); returns the URL without it.
     */
    absorb(url) {
        if (url.username === '' && url.password === '')
            return url;
        this.set(originKey(url), { username: decode(url.username), password: decode(url.password) }, false);
        const clean = new URL(url.href);
        clean.username = '';
        clean.password = '';
        return clean;
    }
    /** The Authorization header value for a request to this URL, if its origin has credentials. */
    authorization(url) {
        const basic = this.byOrigin.get(originKey(url));
        if (!basic)
            return undefined;
        return 'Basic ' + Buffer.from(`${basic.username}:${basic.password}`, 'utf8').toString('base64');
    }
    has(url) {
        return this.byOrigin.has(originKey(url));
    }
    /** The https origin holding credentials for this plain-http URL's host, if any: they are not sent over http. */
    heldForHttps(url) {
        if (url.protocol !== 'http:')
            return undefined;
        const host = url.hostname.toLowerCase();
        for (const key of this.byOrigin.keys())
            if (key.startsWith('https://') && new URL(key).hostname.toLowerCase() === host)
                return key;
        return undefined;
    }
    set(origin, basic, replace) {
        this.secrets.add(...(0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .credentialForms */ .Lq)(basic.username, basic.password));
        if (replace || !this.byOrigin.has(origin))
            this.byOrigin.set(origin, basic);
    }
}


/***/ }),

/***/ 6527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Lq: () => (/* binding */ credentialForms),
/* harmony export */   Ny: () => (/* binding */ SecretList),
/* harmony export */   O4: () => (/* binding */ urlCredentials),
/* harmony export */   fI: () => (/* binding */ maskDeep)
/* harmony export */ });
// Keeping credentials out of everything a person or a log can read: URLs lose their userinfo, and
// every secret the client holds can be listed so reporters can mask it (as `core.setSecret` does).
const SCHEME_AUTHORITY_USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i;
/** `https://user:pass@host/simple/` -> `https://***@host/simple/`; other URLs unchanged. */
function redactUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        // Not a URL a parser accepts, but it may still carry userinfo in its text.
        return url.replace(SCHEME_AUTHORITY_USERINFO, '$1***@');
    }
    if (parsed.username === '' && parsed.password === '')
        return parsed.href;
    parsed.username = '***';
    parsed.password = '';
    return parsed.href;
}
/** Every form a credential can take on the wire or in text: raw, URL-encoded, and as a Basic header. */
function credentialForms(username, password) {
    const forms = [];
    // A lone username in a URL (`https://TOKEN@host/`) is how many hosts take a token.
    if (password === '')
        forms.push(username, encodeURIComponent(username));
    else
        forms.push(password, encodeURIComponent(password), `${username}:${password}`);
    forms.push(Buffer.from(`${username}:${password}`, 'utf8').toString('base64'));
    return forms;
}
/** The secrets one client knows; `mask` replaces each of them with `***`. */
class SecretList {
    values = new Set();
    add(...values) {
        for (const v of values)
            if (v !== '')
                this.values.add(v);
    }
    /** Longest first, so masking a secret never leaves a fragment of a longer one behind. */
    list() {
        return [...this.values].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    }
    mask(text) {
        let out = text;
        for (const secret of this.list())
            out = out.split(secret).join('***');
        return out;
    }
}
/**
 * A copy of a JSON-like value with every secret in its strings replaced by `***`: for what is
 * written to disk (a cache), which reporters never see to mask.
 */
function maskDeep(value, secrets) {
    if (secrets.length === 0)
        return value;
    const list = new SecretList();
    list.add(...secrets);
    const walk = (v) => {
        if (typeof v === 'string')
            return list.mask(v);
        if (Array.isArray(v))
            return v.map(walk);
        if (v !== null && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [list.mask(k), walk(x)]));
        return v;
    };
    return walk(value);
}
/**
 * The credentials written into URLs (`https://user:password@host/...`), in every form they could be
 * printed in: for URLs that name them but may never be fetched (a direct reference, a lock's wheel,
 * a `--find-links` location), whose credentials the client therefore never learns.
 */
function urlCredentials(urls) {
    const out = [];
    for (const raw of urls) {
        let url;
        try {
            url = new URL(raw);
        }
        catch {
            continue;
        }
        if (url.username === '' && url.password === '')
            continue;
        // `git+ssh://git@host/...`: a user name for ssh, which authenticates with keys, is no secret
        if (url.password === '' && (/ssh/i.test(url.protocol) || url.username === 'git'))
            continue;
        const decode = (s) => {
            try {
                return decodeURIComponent(s);
            }
            catch {
                return s;
            }
        };
        const user = decode(url.username);
        const password = decode(url.password);
        out.push(...credentialForms(user, password), url.password || url.username);
    }
    return out.filter((s) => s !== '');
}


/***/ }),

/***/ 351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dH: () => (/* binding */ InvalidLimit),
/* harmony export */   kd: () => (/* binding */ parseLimits)
/* harmony export */ });
/* unused harmony export DEFAULT_SCAN_LIMITS */
/* harmony import */ var _archive_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9180);
// The hard limits of one run: how much of a hostile sdist is read (archive room) and how much an
// index may send or make us wait (index room). The defaults are the product's; SDIST_GUARD_LIMITS
// moves them for a repository whose sdists are legitimately huge, or tightens them.

const MiB = 1024 * 1024;
/** A limit written wrong; the entries report it as a configuration error. */
class InvalidLimit extends Error {
    name = 'InvalidLimit';
}
const DEFAULT_SCAN_LIMITS = Object.freeze({
    archive: _archive_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_LIMITS */ .dR,
    maxPageBytes: 64 * MiB,
    retries: 3,
    maxRetryAfterMs: 60_000,
});
/** The keys people write, what each sets, and how its value reads. */
const KEYS = {
    'max-download-bytes': { kind: 'bytes', max: 16 * 1024 * MiB, set: (l, n) => void (l.archive.maxDownloadBytes = n) },
    'max-inflated-bytes': { kind: 'bytes', max: 64 * 1024 * MiB, set: (l, n) => void (l.archive.maxInflatedBytes = n) },
    'max-ratio': { kind: 'count', max: 1_000_000, set: (l, n) => void (l.archive.maxRatio = n) },
    'max-entries': { kind: 'count', max: 10_000_000, set: (l, n) => void (l.archive.maxEntries = n) },
    'max-file-bytes': { kind: 'bytes', max: 1024 * MiB, set: (l, n) => void (l.archive.maxFileBytes = n) },
    'max-kept-bytes': { kind: 'bytes', max: 4096 * MiB, set: (l, n) => void (l.archive.maxKeptBytes = n) },
    'max-page-bytes': { kind: 'bytes', max: 4096 * MiB, set: (l, n) => void (l.maxPageBytes = n) },
    retries: { kind: 'count', max: 10, set: (l, n) => void (l.retries = n) },
    'max-retry-after': { kind: 'seconds', max: 3600, set: (l, n) => void (l.maxRetryAfterMs = n * 1000) },
};
const UNITS = { '': 1, b: 1, kib: 1024, kb: 1000, mib: MiB, mb: 1000 * 1000, gib: 1024 * MiB, gb: 1000 * 1000 * 1000 };
function readValue(key, raw, kind, input) {
    const m = /^(\d+)\s*([a-z]*)$/i.exec(raw.trim());
    const unit = m?.[2]?.toLowerCase() ?? '';
    const scale = kind === 'bytes' ? UNITS[unit] : unit === '' || (kind === 'seconds' && unit === 's') ? 1 : undefined;
    if (!m || scale === undefined) {
        const expected = kind === 'bytes' ? 'a byte count such as 8MiB, 512KiB or 1000' : kind === 'seconds' ? 'a number of seconds' : 'a whole number';
        throw new InvalidLimit(`${input}: ${key}=${raw.trim()} is not ${expected}`);
    }
    return Number(m[1]) * scale;
}
/**
 * `max-inflated-bytes=256MiB, max-entries=20000, retries=1`: entries separated by commas, blanks
 * or newlines. Unknown keys and values out of range throw InvalidLimit naming the input.
 */
function parseLimits(value, input = 'SDIST_GUARD_LIMITS') {
    const limits = { ...DEFAULT_SCAN_LIMITS, archive: { ...DEFAULT_SCAN_LIMITS.archive } };
    for (const item of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
        const eq = item.indexOf('=');
        const key = (eq > 0 ? item.slice(0, eq) : item).trim().toLowerCase();
        const spec = KEYS[key];
        if (!spec)
            throw new InvalidLimit(`${input}: unknown limit "${key}": expected one of ${Object.keys(KEYS).join(', ')}`);
        if (eq <= 0)
            throw new InvalidLimit(`${input}: ${key} needs a value, as ${key}=N`);
        const n = readValue(key, item.slice(eq + 1), spec.kind, input);
        const min = key === 'retries' ? 0 : 1;
        if (n < min || n > spec.max)
            throw new InvalidLimit(`${input}: ${key}=${item.slice(eq + 1)} is out of range: expected ${min} to ${spec.max}`);
        spec.set(limits, n);
    }
    return limits;
}


/***/ }),

/***/ 1725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ InvalidPython),
/* harmony export */   eu: () => (/* binding */ wheelPriority),
/* harmony export */   lP: () => (/* binding */ InvalidPlatform),
/* harmony export */   mh: () => (/* binding */ makeTarget)
/* harmony export */ });
/* unused harmony exports supportedTags, platformTags, markerEnvironment */
// Wheel compatibility tags for a CPython target, in the order pypa/packaging's `sys_tags()`
// yields them (the order pip ranks wheels by), and the platform tag lists of the machines a
// scan can target. Nothing here looks at the machine it runs on.
class InvalidPlatform extends Error {
    name = 'InvalidPlatform';
}
class InvalidPython extends Error {
    name = 'InvalidPython';
}
const MIN_MINOR = 6;
const MAX_MINOR = 15;
/** The named targets, each standing for the platform tag of that machine. */
const NAMED_PLATFORMS = {
    linux: 'manylinux_2_39_x86_64',
    'linux-x86_64': 'manylinux_2_39_x86_64',
    'linux-aarch64': 'manylinux_2_39_aarch64',
    musllinux: 'musllinux_1_2_x86_64',
    'musllinux-aarch64': 'musllinux_1_2_aarch64',
    macos: 'macosx_14_0_arm64',
    'macos-arm64': 'macosx_14_0_arm64',
    'macos-x86_64': 'macosx_14_0_x86_64',
    windows: 'win_amd64',
    'windows-arm64': 'win_arm64',
    'windows-x86': 'win32',
    win32: 'win32',
};
const LINUX_ARCHS = new Set(['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64', 'ppc64le', 's390x', 'riscv64', 'loongarch64']);
const MAC_ARCHS = new Set(['arm64', 'x86_64']);
const WINDOWS_MACHINES = { win_amd64: 'AMD64', win_arm64: 'ARM64', win32: 'x86' };
/** Parses `3.X` (3.6 to 3.15) to its minor number; throws InvalidPython. */
function pythonMinor(python) {
    const m = typeof python === 'string' ? /^3\.([0-9]{1,2})$/.exec(python.trim()) : null;
    const minor = m ? Number(m[1]) : NaN;
    if (!(minor >= MIN_MINOR && minor <= MAX_MINOR)) {
        throw new InvalidPython(`Invalid Python version ${JSON.stringify(python)}: expected 3.${MIN_MINOR} to 3.${MAX_MINOR}, written as 3.X (such as "3.12")`);
    }
    return minor;
}
/**
 * Every tag CPython 3.X accepts on `platforms`, best first, as `packaging.tags.sys_tags()` orders
 * them: cpython_tags (own ABI, abi3, none, older abi3) then compatible_tags (pyXY/py3 on each
 * platform, cpXY-none-any, pyXY/py3-none-any).
 */
function supportedTags(python, platforms) {
    const minor = pythonMinor(python);
    const interpreter = `cp3${minor}`;
    // CPython before 3.8 built with pymalloc carries the `m` ABI flag.
    const abi = minor < 8 ? `cp3${minor}m` : `cp3${minor}`;
    const tags = [];
    for (const p of platforms)
        tags.push(`${interpreter}-${abi}-${p}`);
    for (const p of platforms)
        tags.push(`${interpreter}-abi3-${p}`);
    for (const p of platforms)
        tags.push(`${interpreter}-none-${p}`);
    // The stable ABI exists from 3.2 on, so abi3 wheels built for any older 3.x still load.
    for (let m = minor - 1; m >= 2; m--) {
        for (const p of platforms)
            tags.push(`cp3${m}-abi3-${p}`);
    }
    const pythons = [`py3${minor}`, 'py3'];
    for (let m = minor - 1; m >= 0; m--)
        pythons.push(`py3${m}`);
    for (const py of pythons) {
        for (const p of platforms)
            tags.push(`${py}-none-${p}`);
    }
    tags.push(`${interpreter}-none-any`);
    for (const py of pythons)
        tags.push(`${py}-none-any`);
    return tags;
}
const GLIBC_LAST_MINOR = 50;
const LEGACY_MANYLINUX = { '2.17': 'manylinux2014', '2.12': 'manylinux2010', '2.5': 'manylinux1' };
const LEGACY_GLIBC = { manylinux1: [2, 5], manylinux2010: [2, 12], manylinux2014: [2, 17] };
// packaging's _manylinux.platform_tags for one architecture and a glibc version: every glibc
// from that one down to the oldest manylinux supports on the architecture, each legacy alias
// right after the glibc version it stands for.
function manylinuxTags(spec, arch, major, minor) {
    const oldest = arch === 'x86_64' || arch === 'i686' ? [2, 5] : [2, 17];
    if (major < oldest[0] || (major === oldest[0] && minor < oldest[1])) {
        throw new InvalidPlatform(`Invalid platform ${JSON.stringify(spec)}: manylinux on ${arch} starts at glibc ${oldest[0]}.${oldest[1]}`);
    }
    const maxima = [[major, minor]];
    for (let m = major - 1; m >= 2; m--)
        maxima.push([m, GLIBC_LAST_MINOR]);
    const tags = [];
    for (const [maj, maxMinor] of maxima) {
        const lowest = maj === oldest[0] ? oldest[1] : 0;
        for (let min = maxMinor; min >= lowest; min--) {
            tags.push(`manylinux_${maj}_${min}_${arch}`);
            const legacy = LEGACY_MANYLINUX[`${maj}.${min}`];
            if (legacy)
                tags.push(`${legacy}_${arch}`);
        }
    }
    return tags;
}
function macBinaryFormats(major, minor, arch) {
    if (arch === 'x86_64') {
        if (major === 10 && minor < 4)
            return [];
        return ['x86_64', 'intel', 'fat64', 'fat32', 'universal2', 'universal'];
    }
    return ['arm64', 'universal2'];
}
// packaging's mac_platforms: from macOS 11 on only the major version counts (X_0), and
// universal2 wheels may name a 10.x release because their x86_64 half supports it.
function macTags(major, minor, arch) {
    const tags = [];
    if (major === 10) {
        for (let m = minor; m >= 0; m--) {
            for (const f of macBinaryFormats(10, m, arch))
                tags.push(`macosx_10_${m}_${f}`);
        }
        return tags;
    }
    for (let maj = major; maj >= 11; maj--) {
        for (const f of macBinaryFormats(maj, 0, arch))
            tags.push(`macosx_${maj}_0_${f}`);
    }
    for (let m = 16; m >= 4; m--) {
        if (arch === 'x86_64')
            for (const f of macBinaryFormats(10, m, arch))
                tags.push(`macosx_10_${m}_${f}`);
        else
            tags.push(`macosx_10_${m}_universal2`);
    }
    return tags;
}
function describePlatform(spec) {
    if (typeof spec !== 'string')
        throw invalidPlatform(String(spec));
    const key = spec.trim().toLowerCase();
    const tag = NAMED_PLATFORMS[key] ?? key;
    let m;
    if ((m = /^manylinux_([0-9]+)_([0-9]+)_([a-z0-9_]+)$/.exec(tag)) || (m = /^(manylinux(?:1|2010|2014))_([a-z0-9_]+)$/.exec(tag))) {
        const legacy = m.length === 3 ? LEGACY_GLIBC[m[1]] : undefined;
        const arch = legacy ? m[2] : m[3];
        const [major, minor] = legacy ?? [Number(m[1]), Number(m[2])];
        if (!LINUX_ARCHS.has(arch))
            throw unknownArch(spec, arch, LINUX_ARCHS);
        return { os: 'linux', machine: arch, tags: [...manylinuxTags(spec, arch, major, minor), `linux_${arch}`], release: '' };
    }
    if ((m = /^musllinux_([0-9]+)_([0-9]+)_([a-z0-9_]+)$/.exec(tag))) {
        const [major, minor, arch] = [Number(m[1]), Number(m[2]), m[3]];
        if (!LINUX_ARCHS.has(arch))
            throw unknownArch(spec, arch, LINUX_ARCHS);
        const tags = [];
        for (let min = minor; min >= 0; min--)
            tags.push(`musllinux_${major}_${min}_${arch}`);
        return { os: 'linux', machine: arch, tags: [...tags, `linux_${arch}`], release: '' };
    }
    if ((m = /^linux_([a-z0-9_]+)$/.exec(tag))) {
        if (!LINUX_ARCHS.has(m[1]))
            throw unknownArch(spec, m[1], LINUX_ARCHS);
        return { os: 'linux', machine: m[1], tags: [tag], release: '' };
    }
    if ((m = /^macosx_([0-9]+)_([0-9]+)_([a-z0-9_]+)$/.exec(tag))) {
        const [major, minor, arch] = [Number(m[1]), Number(m[2]), m[3]];
        if (!MAC_ARCHS.has(arch)) {
            throw new InvalidPlatform(`Invalid platform ${JSON.stringify(spec)}: a macOS target needs a machine architecture (arm64 or x86_64), not ${JSON.stringify(arch)}`);
        }
        if (major < 10 || (arch === 'arm64' && major < 11) || (arch === 'x86_64' && major === 10 && minor < 4)) {
            throw new InvalidPlatform(`Invalid platform ${JSON.stringify(spec)}: macOS on ${arch} starts at ${arch === 'arm64' ? '11.0' : '10.4'}`);
        }
        // Darwin's major version is macOS 10.x's minor + 4, and macOS 11+'s major + 9.
        const darwin = major === 10 ? minor + 4 : major + 9;
        return { os: 'macos', machine: arch, tags: macTags(major, minor, arch), release: `${darwin}.0.0` };
    }
    if (tag in WINDOWS_MACHINES)
        return { os: 'windows', machine: WINDOWS_MACHINES[tag], tags: [tag], release: '' };
    throw invalidPlatform(spec);
}
function invalidPlatform(spec) {
    return new InvalidPlatform(`Unknown platform ${JSON.stringify(spec)}: expected one of ${Object.keys(NAMED_PLATFORMS).join(', ')}, ` +
        'or a wheel platform tag such as manylinux_2_28_x86_64, manylinux2014_aarch64, musllinux_1_1_aarch64, ' +
        'macosx_12_0_arm64, linux_x86_64, win_amd64, win_arm64 or win32');
}
function unknownArch(spec, arch, known) {
    return new InvalidPlatform(`Invalid platform ${JSON.stringify(spec)}: unknown architecture ${JSON.stringify(arch)} (expected one of ${[...known].join(', ')})`);
}
/**
 * The platform tags a machine of the named kind (or of the kind an exact wheel platform tag
 * implies) supports, best first, as packaging yields them. Throws InvalidPlatform.
 */
function platformTags(spec) {
    return describePlatform(spec).tags;
}
/** The PEP 508 marker values for CPython 3.X on the platform; unknowable values are `""`. */
function markerEnvironment(python, platform) {
    const minor = pythonMinor(python);
    const info = describePlatform(platform);
    const full = `3.${minor}.0`;
    const os = {
        linux: { sys_platform: 'linux', platform_system: 'Linux', os_name: 'posix' },
        macos: { sys_platform: 'darwin', platform_system: 'Darwin', os_name: 'posix' },
        windows: { sys_platform: 'win32', platform_system: 'Windows', os_name: 'nt' },
    }[info.os];
    return {
        python_version: `3.${minor}`,
        python_full_version: full,
        ...os,
        platform_machine: info.machine,
        platform_release: info.release,
        platform_version: '',
        implementation_name: 'cpython',
        implementation_version: full,
        platform_python_implementation: 'CPython',
    };
}
/** One target: CPython 3.X on a named platform or exact platform tag. */
function makeTarget(python, platform) {
    const minor = pythonMinor(python);
    const info = describePlatform(platform);
    return {
        python: `3.${minor}`,
        platform: info.tags[0],
        env: markerEnvironment(python, platform),
        tags: supportedTags(python, info.tags),
    };
}
// Built once per Target: a target's tags are fixed once made, and wheels are ranked by the
// thousand during a scan.
const tagIndexes = new WeakMap();
function tagIndex(target) {
    let index = tagIndexes.get(target);
    if (!index) {
        index = new Map();
        target.tags.forEach((tag, i) => {
            if (!index.has(tag))
                index.set(tag, i);
        });
        tagIndexes.set(target, index);
    }
    return index;
}
/**
 * The rank of the best tag of a wheel this target supports (lower is preferred), or undefined
 * when the wheel fits none of them.
 */
function wheelPriority(target, wheelTags) {
    const index = tagIndex(target);
    let best;
    for (const tag of wheelTags) {
        const rank = index.get(tag) ?? index.get(tag.toLowerCase());
        if (rank !== undefined && (best === undefined || rank < best))
            best = rank;
    }
    return best;
}


/***/ })

};
