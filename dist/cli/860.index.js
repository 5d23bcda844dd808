export const id = 860;
export const ids = [860];
export const modules = {

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

/***/ 8381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ resolveOptions),
/* harmony export */   ConfigError: () => (/* binding */ ConfigError),
/* harmony export */   EJ: () => (/* binding */ parsePositiveInt),
/* harmony export */   Eg: () => (/* binding */ parseExclude),
/* harmony export */   Nn: () => (/* binding */ parseAdvisories),
/* harmony export */   XV: () => (/* binding */ parseFailOn),
/* harmony export */   gu: () => (/* binding */ parseCredentials),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   wb: () => (/* binding */ MAX_DEADLINE_SECONDS),
/* harmony export */   wv: () => (/* binding */ validateUrl)
/* harmony export */ });
/* unused harmony exports DEFAULT_INDEX_URL, GATE_STATUSES, DEFAULT_FAIL_ON, OSV_URL, DEFAULT_DEADLINE_MS, parseScope, parseBoolean, buildTargets, gateFails */
/* harmony import */ var _python_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1725);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(351);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5601);
/* harmony import */ var _index_credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1594);
// The one Options value both entries (CLI and action) build, and its validation. Bad configuration
// is the only thing that stops a run (exit 2), so every message names the input and what it expects.





const DEFAULT_INDEX_URL = 'https://pypi.org/simple';
const GATE_STATUSES = ['sdist', 'suspicious', 'malicious', 'unresolved'];
const DEFAULT_FAIL_ON = ['malicious', 'suspicious', 'unresolved'];
/** The public OSV service, which `advisories = "osv"` names. */
const OSV_URL = 'https://api.osv.dev';
/** Ten minutes: a cold scan of thousands of packages takes well under one; a hostile index, forever. */
const DEFAULT_DEADLINE_MS = 600_000;
/** The longest deadline: GitHub's own limit on a job, six hours. */
const MAX_DEADLINE_SECONDS = 6 * 3600;
class ConfigError extends Error {
    name = 'ConfigError';
}
/** Splits a list input: commas, whitespace or newlines, as action inputs are usually written. */
function splitList(value) {
    if (!value)
        return [];
    return value
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
}
function parseFailOn(value, input = 'fail-on') {
    const items = splitList(value);
    if (items.length === 0)
        throw new ConfigError(`${input} is empty: expected a comma list of ${GATE_STATUSES.join(', ')}, or none`);
    if (items.length === 1 && items[0] === 'none')
        return [];
    const out = [];
    for (const item of items) {
        if (!GATE_STATUSES.includes(item))
            throw new ConfigError(`${input}: unknown status "${item}": expected a comma list of ${GATE_STATUSES.join(', ')}, or none`);
        if (!out.includes(item))
            out.push(item);
    }
    // known malware is worse than code that looks like it: a gate on the one is a gate on the other
    if (out.includes('suspicious') && !out.includes('malicious'))
        out.splice(out.indexOf('suspicious'), 0, 'malicious');
    return out;
}
function parseScope(value, input = 'scope') {
    const v = value.trim();
    if (!SCOPES.includes(v))
        throw new ConfigError(`${input}: "${value}" is not a scope: expected ${SCOPES.join(' or ')}`);
    return v;
}
/** `osv` (the public service), `off`, or the URL of another OSV-compatible service; undefined for off. */
function parseAdvisories(value, input = 'advisories') {
    const v = value.trim();
    if (v === 'osv')
        return OSV_URL;
    if (v === 'off')
        return undefined;
    if (!/^https?:\/\//i.test(v))
        throw new ConfigError(`${input}: "${redactForMessage(v)}" is not osv, off or an http(s) URL of an OSV-compatible service`);
    return validateUrl(v, input);
}
function parseBoolean(value, input) {
    const v = value.trim().toLowerCase();
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw new ConfigError(`${input}: "${value}" is not a boolean: expected true or false`);
}
function parsePositiveInt(value, input, max) {
    if (!/^\d+$/.test(value.trim()))
        throw new ConfigError(`${input}: "${value}" is not a whole number`);
    const n = Number(value.trim());
    if (n < 1 || n > max)
        throw new ConfigError(`${input}: ${n} is out of range: expected 1 to ${max}`);
    return n;
}
function validateUrl(value, input) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new ConfigError(`${input}: "${redactForMessage(value)}" is not a URL: expected e.g. ${DEFAULT_INDEX_URL}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new ConfigError(`${input}: ${url.protocol} URLs are not supported: expected an http(s) index URL`);
    return value.replace(/\/+$/, '');
}
function redactForMessage(value) {
    return value.replace(/\/\/[^/@]*@/, '//***@');
}
/**
 * `host=user:password` lines (or `host=token`), one per line or comma-separated. Kept separate from
 * the URLs so that a URL can be logged and a secret cannot. The host may carry a port and a scheme:
 * a bare host is https, and credentials go over plain http only for an `http://` entry.
 */
function parseCredentials(value, input = 'index-credentials') {
    const out = {};
    for (const item of (value ?? '').split(/[\n,]+/).map((s) => s.trim()).filter(Boolean)) {
        const eq = item.indexOf('=');
        if (eq <= 0 || eq === item.length - 1)
            throw new ConfigError(`${input}: expected host=user:password or host=token entries, got an entry without "="`);
        const host = item.slice(0, eq).trim().toLowerCase();
        try {
            (0,_index_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .entryOrigin */ .Zg)(host);
        }
        catch {
            throw new ConfigError(`${input}: "${host}" is not a host: expected host, host:port, https://host[:port] or http://host[:port] before "="`);
        }
        out[host] = item.slice(eq + 1).trim();
    }
    return out;
}
function buildTargets(pythonVersions, platforms) {
    const targets = [];
    for (const python of pythonVersions) {
        for (const platform of platforms) {
            try {
                targets.push((0,_python_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .makeTarget */ .mh)(python, platform));
            }
            catch (err) {
                if (err instanceof _python_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidPython */ .CR)
                    throw new ConfigError(`python-version: ${err.message}`);
                if (err instanceof _python_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidPlatform */ .lP)
                    throw new ConfigError(`platform: ${err.message}`);
                throw err;
            }
        }
    }
    return targets;
}
/**
 * Fills what the entry left open from the configuration file, then from the environment the way
 * pip would pick it up (PIP_INDEX_URL, PIP_EXTRA_INDEX_URL), then from the defaults, and validates.
 */
function resolveOptions(raw) {
    const env = raw.env ?? process.env;
    const config = raw.config;
    const indexUrl = validateUrl(raw.indexUrl || config?.indexUrl || env.PIP_INDEX_URL || DEFAULT_INDEX_URL, 'index-url');
    const extraIndexUrls = (raw.extraIndexUrls ?? config?.extraIndexUrls ?? splitList(env.PIP_EXTRA_INDEX_URL)).map((u) => validateUrl(u, 'extra-index-urls'));
    const pythonVersions = raw.pythonVersions?.length ? raw.pythonVersions : config?.pythonVersions?.length ? config.pythonVersions : ['3.12'];
    const platforms = raw.platforms?.length ? raw.platforms : config?.platforms?.length ? config.platforms : ['linux'];
    const advisoriesInput = raw.advisories ? 'advisories' : config?.advisories ? `${config.label}: advisories` : env.SDIST_GUARD_ADVISORIES ? 'SDIST_GUARD_ADVISORIES' : 'advisories';
    const advisories = parseAdvisories(raw.advisories || config?.advisories || env.SDIST_GUARD_ADVISORIES || 'osv', advisoriesInput);
    return {
        root: raw.root,
        paths: raw.paths.length ? raw.paths : [raw.root],
        indexUrl,
        extraIndexUrls,
        credentials: raw.credentials ?? {},
        pythonVersions,
        platforms,
        targets: buildTargets(pythonVersions, platforms),
        failOn: raw.failOn ?? config?.failOn ?? DEFAULT_FAIL_ON,
        concurrency: raw.concurrency ?? 16,
        timeoutMs: raw.timeoutMs ?? 30_000,
        deadlineMs: raw.deadlineMs ?? DEFAULT_DEADLINE_MS,
        limits: raw.limits ?? readLimits(env.SDIST_GUARD_LIMITS),
        analyze: raw.analyze ?? true,
        transitive: raw.transitive ?? true,
        env,
        scope: raw.scope ?? 'all',
        ...(raw.base ? { base: raw.base } : {}),
        allow: config?.allow ?? [],
        ...(config ? { configFile: config.label } : {}),
        ...(raw.cacheDir ? { cacheDir: raw.cacheDir } : {}),
        ...(advisories ? { advisories } : {}),
        advisoriesRequired: raw.advisoriesRequired ?? false,
        exclude: parseExclude([...(config?.exclude ?? []), ...(raw.exclude ?? [])]),
    };
}
/** Exclude patterns, each checked now so that a bad one is a configuration error naming it. */
function parseExclude(patterns, input = 'exclude') {
    for (const p of patterns) {
        try {
            (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .globToRegExp */ .tL)(p);
        }
        catch (err) {
            if (err instanceof _glob_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidGlob */ .iX)
                throw new ConfigError(`${input}: ${err.message}`);
            throw err;
        }
    }
    return patterns;
}
function readLimits(value) {
    try {
        return (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLimits */ .kd)(value, 'SDIST_GUARD_LIMITS');
    }
    catch (err) {
        if (err instanceof _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidLimit */ .dH)
            throw new ConfigError(err.message);
        throw err;
    }
}
function gateFails(status, failOn) {
    return failOn.includes(status);
}


/***/ })

};
