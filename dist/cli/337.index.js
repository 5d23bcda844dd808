export const id = 337;
export const ids = [337];
export const modules = {

/***/ 2973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z9: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony exports CONFIG_FILE, parseConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(702);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3292);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8381);
/* harmony import */ var _allow_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2470);
/* harmony import */ var _python_tags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1725);
/* harmony import */ var _manifests_toml_lines_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6418);
// The configuration file: `sdist-guard.toml`, or `[tool.sdist-guard]` in `pyproject.toml`, at the
// scanned root (or a file named with --config / the `config` input). It holds what a repository
// wants every run to use: targets, fail-on, indexes and the allow list. Action inputs and command
// line flags override it. A mistake in it is a configuration error naming the file, line and key.








const CONFIG_FILE = 'sdist-guard.toml';
const KEYS = ['python-version', 'platform', 'fail-on', 'index-url', 'extra-index-urls', 'exclude', 'advisories', 'allow'];
const ALLOW_KEYS = ['package', 'reason', 'until'];
class Reader {
    file;
    lines;
    prefix;
    constructor(text, file, where) {
        this.file = file;
        this.lines = new _manifests_toml_lines_js__WEBPACK_IMPORTED_MODULE_7__/* .TomlLines */ .C(text);
        this.prefix = where === 'tool' ? ['tool', 'sdist-guard'] : [];
    }
    line(...keys) {
        return this.lines.line([...this.prefix, ...keys]);
    }
    /** `sdist-guard.toml:4`, or `pyproject.toml:31 ([tool.sdist-guard])`. */
    at(...keys) {
        const line = keys.length ? this.line(...keys) : this.line();
        const table = this.prefix.length ? ` ([${this.prefix.join('.')}])` : '';
        return `${this.file}${line ? `:${line}` : ''}${table}`;
    }
    fail(keys, message) {
        throw new _options_js__WEBPACK_IMPORTED_MODULE_4__.ConfigError(`${this.at(...keys)}: ${message}`);
    }
}
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function stringList(r, key, value) {
    if (typeof value === 'string')
        return (0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .splitList */ .ry)(value);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
        return value.flatMap((v) => (0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .splitList */ .ry)(v));
    return r.fail([key], `${key} must be a string or an array of strings`);
}
function unknownKey(r, keys, key, allowed) {
    return r.fail([...keys, key], `unknown key "${key}": expected one of ${allowed.join(', ')}`);
}
function readAllow(r, value, file) {
    if (!Array.isArray(value))
        return r.fail(['allow'], 'allow must be an array of tables like { package = "name==version", reason = "..." }');
    return value.map((item, i) => {
        if (!isTable(item))
            return r.fail(['allow', i], `allow entry ${i + 1} must be a table like { package = "name==version", reason = "..." }`);
        for (const key of Object.keys(item))
            if (!ALLOW_KEYS.includes(key))
                unknownKey(r, ['allow', i], key, ALLOW_KEYS);
        if (typeof item.package !== 'string')
            return r.fail(['allow', i], `allow entry ${i + 1} needs package = "name" or "name==version"`);
        let pkg;
        try {
            pkg = (0,_allow_js__WEBPACK_IMPORTED_MODULE_5__/* .parseAllowPackage */ .vE)(item.package);
        }
        catch (err) {
            return r.fail(['allow', i, 'package'], err.message);
        }
        if (typeof item.reason !== 'string' || item.reason.trim() === '')
            return r.fail(['allow', i], `allow entry for "${item.package}" needs a reason = "..." saying why it is accepted`);
        let until;
        if (item.until !== undefined) {
            if (item.until instanceof smol_toml__WEBPACK_IMPORTED_MODULE_3__/* .TomlDate */ .PJ && item.until.isDate())
                until = item.until.toISOString().slice(0, 10);
            else if (typeof item.until === 'string' && (0,_allow_js__WEBPACK_IMPORTED_MODULE_5__/* .isValidDate */ .vd)(item.until.trim()))
                until = item.until.trim();
            else
                return r.fail(['allow', i, 'until'], `allow entry for "${item.package}": until must be a date written YYYY-MM-DD`);
        }
        const line = r.line('allow', i);
        return {
            package: item.package.trim(),
            name: pkg.name,
            ...(pkg.version ? { version: pkg.version } : {}),
            reason: item.reason.trim(),
            ...(until ? { until } : {}),
            path: file,
            ...(line ? { line } : {}),
        };
    });
}
/**
 * Reads the configuration from a TOML text: its top level (`sdist-guard.toml`) or its
 * `[tool.sdist-guard]` table (`pyproject.toml`, undefined when it has none).
 */
function parseConfig(text, file, where) {
    let doc;
    try {
        doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(text);
    }
    catch (err) {
        const at = err instanceof smol_toml__WEBPACK_IMPORTED_MODULE_3__/* .TomlError */ .zx ? `:${err.line}` : '';
        throw new _options_js__WEBPACK_IMPORTED_MODULE_4__.ConfigError(`${file}${at}: not valid TOML: ${err.message.split('\n')[0]}`);
    }
    let table = doc;
    if (where === 'tool') {
        const tool = doc.tool;
        table = isTable(tool) ? tool['sdist-guard'] : undefined;
        if (table === undefined)
            return undefined;
    }
    const r = new Reader(text, file, where);
    if (!isTable(table))
        return r.fail([], '[tool.sdist-guard] must be a table');
    for (const key of Object.keys(table))
        if (!KEYS.includes(key))
            unknownKey(r, [], key, KEYS);
    const config = { path: file, label: where === 'tool' ? `[tool.sdist-guard] in ${file}` : file, allow: [] };
    if (table['python-version'] !== undefined) {
        config.pythonVersions = stringList(r, 'python-version', table['python-version']);
        for (const python of config.pythonVersions) {
            try {
                (0,_python_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .makeTarget */ .mh)(python, 'linux');
            }
            catch (err) {
                if (err instanceof _python_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .InvalidPython */ .CR)
                    r.fail(['python-version'], `python-version: ${err.message}`);
                throw err;
            }
        }
    }
    if (table.platform !== undefined) {
        config.platforms = stringList(r, 'platform', table.platform);
        for (const platform of config.platforms) {
            try {
                (0,_python_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .makeTarget */ .mh)('3.12', platform);
            }
            catch (err) {
                if (err instanceof _python_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .InvalidPlatform */ .lP)
                    r.fail(['platform'], `platform: ${err.message}`);
                throw err;
            }
        }
    }
    if (table['fail-on'] !== undefined)
        config.failOn = (0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFailOn */ .XV)(stringList(r, 'fail-on', table['fail-on']).join(','), `${r.at('fail-on')}: fail-on`);
    const indexUrl = table['index-url'];
    if (indexUrl !== undefined) {
        if (typeof indexUrl === 'string')
            config.indexUrl = (0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .validateUrl */ .wv)(indexUrl, `${r.at('index-url')}: index-url`);
        else
            r.fail(['index-url'], 'index-url must be a string');
    }
    if (table['extra-index-urls'] !== undefined)
        config.extraIndexUrls = stringList(r, 'extra-index-urls', table['extra-index-urls']).map((u) => (0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .validateUrl */ .wv)(u, `${r.at('extra-index-urls')}: extra-index-urls`));
    const advisories = table.advisories;
    if (advisories !== undefined) {
        if (typeof advisories !== 'string')
            return r.fail(['advisories'], 'advisories must be a string: osv, off or the URL of an OSV-compatible service');
        (0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .parseAdvisories */ .Nn)(advisories, `${r.at('advisories')}: advisories`);
        config.advisories = advisories.trim();
    }
    if (table.exclude !== undefined) {
        const value = table.exclude;
        if (!(typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))))
            r.fail(['exclude'], 'exclude must be a string or an array of strings (glob patterns such as "tests/fixtures/**")');
        // a pattern may hold a comma or a space ({a,b} is not supported, but a path may have spaces), so an array is taken as written
        config.exclude = typeof value === 'string' ? (0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .splitList */ .ry)(value) : value.map((v) => v.trim()).filter(Boolean);
        (0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .parseExclude */ .Eg)(config.exclude, `${r.at('exclude')}: exclude`);
    }
    if (table.allow !== undefined)
        config.allow = readAllow(r, table.allow, file);
    return config;
}
function readIfExists(abs, onlyRegular = false) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(abs))
        return undefined;
    try {
        return (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegularFileSync */ .cG)(abs);
    }
    catch (err) {
        if (onlyRegular && err instanceof _regular_file_js__WEBPACK_IMPORTED_MODULE_1__/* .NotRegularFile */ .k1)
            return undefined;
        throw new _options_js__WEBPACK_IMPORTED_MODULE_4__.ConfigError(`cannot read the configuration file ${abs}: ${err.message}`);
    }
}
function shownPath(root, abs) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, abs);
    return rel && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel) ? rel.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/') : abs;
}
/**
 * The configuration for a run: the file named (absolute path), or else `sdist-guard.toml` or
 * `[tool.sdist-guard]` of `pyproject.toml` at the root; undefined when there is none. Having both
 * at the root is an error rather than a silent choice. A `pyproject.toml` that is not valid TOML
 * is left to the manifest stage, which reports it, unless it was named explicitly.
 */
function loadConfig(root, explicit) {
    if (explicit) {
        const shown = shownPath(root, explicit);
        let text;
        try {
            text = (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegularFileSync */ .cG)(explicit);
        }
        catch (err) {
            const code = err.code;
            throw new _options_js__WEBPACK_IMPORTED_MODULE_4__.ConfigError(`config: cannot read ${shown}: ${code === 'ENOENT' ? 'no such file' : err.message}`);
        }
        const where = node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(explicit) === 'pyproject.toml' ? 'tool' : 'top';
        const config = parseConfig(text, shown, where);
        if (!config)
            throw new _options_js__WEBPACK_IMPORTED_MODULE_4__.ConfigError(`config: ${shown} has no [tool.sdist-guard] table`);
        return config;
    }
    const own = readIfExists(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, CONFIG_FILE));
    const fromOwn = own !== undefined ? parseConfig(own, CONFIG_FILE, 'top') : undefined;
    // A pyproject.toml that is not a regular file is left to the manifest stage, which reports it.
    const pyproject = readIfExists(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'pyproject.toml'), true);
    let fromPyproject;
    if (pyproject !== undefined) {
        let valid = true;
        try {
            (0,smol_toml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(pyproject);
        }
        catch {
            valid = false;
        }
        if (valid)
            fromPyproject = parseConfig(pyproject, 'pyproject.toml', 'tool');
    }
    if (fromOwn && fromPyproject)
        throw new _options_js__WEBPACK_IMPORTED_MODULE_4__.ConfigError(`configuration is in both ${CONFIG_FILE} and [tool.sdist-guard] of pyproject.toml: keep it in one of them`);
    return fromOwn ?? fromPyproject;
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


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ jsonReport)
/* harmony export */ });
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8347);
// The JSON report other tools read: schemaVersion 2 (2 added the `malicious` status, each
// dependency's `advisories` and the top-level `advisories` check). Fields are only ever added, never
// renamed; a new status value bumps the version, since readers switch on it.

function jsonReport(result, failOn) {
    const gate = (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateGate */ .DR)(result, failOn);
    const report = {
        schemaVersion: 2,
        targets: result.targets.map((t) => ({ python: t.python, platform: t.platform })),
        dependencies: result.verdicts.map((v) => ({
            name: v.name,
            version: v.version ?? null,
            status: v.status,
            reason: v.reason,
            sources: v.sources.map((s) => ({ path: s.path, line: s.line, requirement: s.requirement })),
            targets: v.targets.map((t) => ({
                python: t.python,
                platform: t.platform,
                version: t.version ?? null,
                file: t.file ?? null,
                kind: t.kind,
                reason: t.reason,
            })),
            findings: v.findings.map((f) => ({ rule: f.rule, severity: f.severity, path: f.path, line: f.line, message: f.message, evidence: f.evidence })),
            limits: v.limits,
            ...(v.via ? { via: v.via } : {}),
            ...(v.preexisting ? { preexisting: true } : {}),
            ...(v.allowed ? { allowed: v.allowed } : {}),
            ...(v.advisories ? { advisories: v.advisories } : {}),
            ...(v.wheelPin ? { wheelPin: v.wheelPin } : {}),
        })),
        summary: (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .countStatuses */ .ip)(result.verdicts),
        gate: {
            failed: gate.failed,
            failOn: gate.failOn,
            message: gate.message,
            notGating: { preexisting: gate.notGating.preexisting.length, allowed: gate.notGating.allowed.length },
        },
        ...(result.scope ? { scope: result.scope } : {}),
        ...(result.advisories ? { advisories: result.advisories } : {}),
        manifests: result.manifests,
        diagnostics: result.diagnostics,
    };
    return (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecrets */ .QU)(JSON.stringify(report, null, 2), result.secrets) + '\n';
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   qN: () => (/* binding */ markdownReport)
/* harmony export */ });
/* unused harmony exports icon, statusLabel, whyText, declaredIn, verdictTable, remedyList, findingsDetails, advisoryDetails, diagnosticsList, scopeLine, statusCounts, headline */
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8347);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9334);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6574);
/* harmony import */ var _statuses_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9534);
/* harmony import */ var _advisories_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5231);
// Markdown for the job summary and `--format markdown`. It leads with what fails the gate: those
// dependencies, what to do about each, and what their build code does; then the rest, the counts,
// and the folded lists (manifests, manifest problems). The pieces are exported for the pull request
// comment (comment.ts), so that there is one renderer of each. Every untrusted string goes through
// escape.ts: `md` for text, `mdCode` for code spans, `mdCodeBlock` for payloads.






const MAX_REMEDIES = 10;
const MAX_BEHAVIOURS = 8;
/** Untrusted text anywhere in Markdown, a table cell included (escape.ts `md`). */
const cell = (s) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(s);
/** Untrusted text shown as code, in a table cell or anywhere else (escape.ts `mdCode`). */
const code = (s) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(s, { table: true });
function icon(v) {
    return _statuses_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS */ .XQ[v.status].icon;
}
/** The status cell: icon and status, and whether it gates at all. */
function statusLabel(v) {
    const marks = [v.preexisting ? 'pre-existing' : '', v.allowed ? 'allowed' : ''].filter(Boolean);
    return `${icon(v)} ${v.status}${marks.length ? `<br>${marks.join(', ')}` : ''}`;
}
/** The reason, preceded by the allow entry that accepts the dependency. */
function whyText(v) {
    if (!v.allowed)
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(v.reason);
    const until = v.allowed.until ? `, until ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(v.allowed.until)}` : '';
    return `**Allowed** (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(v.allowed.source)}${until}): ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(v.allowed.reason)}<br>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(v.reason)}`;
}
function declaredIn(v) {
    const where = v.sources
        .slice(0, 3)
        .map((s) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(`${s.path}:${s.line}`, { table: true }))
        .join('<br>');
    const more = v.sources.length > 3 ? `<br>+${v.sources.length - 3} more` : '';
    const via = v.via && v.via.length > 1 ? `<br>via ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(v.via.join(' → '))}` : '';
    return `${where}${more}${via}`;
}
/** A table of dependencies, one row each, with where they are declared and why they are listed. */
function verdictTable(verdicts) {
    const out = ['| Status | Package | Version | Declared in | Why |', '| --- | --- | --- | --- | --- |'];
    for (const v of verdicts)
        out.push(`| ${statusLabel(v)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(v.name)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(v.version ?? '-')} | ${declaredIn(v)} | ${whyText(v)} |`);
    return out;
}
function stepText(s) {
    return s.map((p) => (typeof p === 'string' ? p : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(p.code))).join('');
}
/** `**name 1.0**`: bold only around text, never around a trailing space. */
function nameVersion(v) {
    return `**${[(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(v.name), v.version ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(v.version) : ''].filter(Boolean).join(' ')}**`;
}
/**
 * What to do: each dependency's next steps (statuses.ts); dependencies whose steps are word for
 * word the same (eleven projects the index does not have) share one item.
 */
function remedyList(verdicts, max = MAX_REMEDIES) {
    const groups = new Map();
    for (const v of verdicts) {
        const steps = _statuses_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS */ .XQ[v.status].remedy(v);
        if (steps.length === 0)
            continue;
        const text = `${icon(v)}\0${steps.map(stepText).join(' ')}`;
        groups.set(text, [...(groups.get(text) ?? []), v]);
    }
    if (groups.size === 0)
        return [];
    const out = ['**What to do**', ''];
    const entries = [...groups.entries()];
    for (const [key, vs] of entries.slice(0, max)) {
        const [mark, steps] = key.split('\0');
        const names = vs.slice(0, 8).map(nameVersion).join(', ') + (vs.length > 8 ? ` and ${vs.length - 8} more` : '');
        out.push(`- ${mark} ${names}: ${steps}`);
    }
    if (entries.length > max)
        out.push(`- … and ${entries.length - max} more, each with the steps for its status`);
    return out;
}
/** What one dependency's build code does: per file, one row per behaviour, the payload folded. */
function findingsOf(v) {
    const out = [];
    const places = (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .groupFindings */ .k)(v.findings);
    const rows = places.flatMap((p) => p.behaviours.map((b) => ({ p, b })));
    const table = (part) => [
        '| Where | Severity | What it does |',
        '| --- | --- | --- |',
        ...part.map(({ p, b }) => `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(`${p.path}:${(0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .linesText */ .z)(b.lines)}`, { table: true })} | ${b.severity} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(b.message, 400)} <sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(b.rule)}</sub> |`),
    ];
    out.push(...table(rows.slice(0, MAX_BEHAVIOURS)));
    // the rest stays in the report, folded, rather than in a file a pull request cannot open
    if (rows.length > MAX_BEHAVIOURS)
        out.push('', `<details><summary>${rows.length - MAX_BEHAVIOURS} more</summary>`, '', ...table(rows.slice(MAX_BEHAVIOURS, 60)), '', '</details>');
    const evidence = places.filter((p) => p.evidence.length > 0);
    if (evidence.length > 0) {
        out.push('', `<details><summary>What the code runs, decoded (${evidence.reduce((n, p) => n + p.evidence.length, 0)})</summary>`, '');
        const text = evidence.flatMap((p) => p.evidence.map((e) => `# ${p.path}:${(0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .linesText */ .z)(e.lines)}\n${e.text}`)).join('\n\n');
        out.push(...(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCodeBlock */ .w6)(text), '', '</details>');
    }
    return out;
}
/** A folded block per dependency with findings, open for those that gate. */
function findingsDetails(verdicts, openGating = true) {
    const out = [];
    for (const v of verdicts.filter((x) => x.findings.length > 0)) {
        const open = openGating && v.status === 'suspicious' && !v.allowed && !v.preexisting;
        const n = (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .groupFindings */ .k)(v.findings).reduce((k, p) => k + p.behaviours.length, 0);
        out.push('');
        out.push(`<details${open ? ' open' : ''}><summary><b>${[(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(v.name), v.version ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(v.version) : ''].filter(Boolean).join(' ')}</b>: what its build code does (${n} behaviour${n === 1 ? '' : 's'})</summary>`);
        out.push('', ...findingsOf(v), '', '</details>');
    }
    return out;
}
/** Only a plain http(s) URL becomes a link target; anything else is shown as code. */
const PLAIN_URL = /^https?:\/\/[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+$/;
function advisoryLink(id, url) {
    return PLAIN_URL.test(url) && url.length <= 2000 ? `[${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(id)}](${url})` : `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(id)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(url)})`;
}
/**
 * A folded block per known-malware dependency, each record linked; open for those that gate. What
 * to do about one is in the remedy list (statuses.ts).
 */
function advisoryDetails(verdicts, openGating = true) {
    const out = [];
    for (const v of verdicts.filter((x) => x.status === 'malicious' && x.advisories?.length)) {
        const open = openGating && !v.allowed && !v.preexisting;
        out.push('');
        out.push(`<details${open ? ' open' : ''}><summary>${_statuses_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS */ .XQ.malicious.icon} <b>${[(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(v.name), v.version ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(v.version) : ''].filter(Boolean).join(' ')}</b> is known malware</summary>`);
        out.push('');
        for (const a of v.advisories)
            out.push(`- ${advisoryLink(a.id, a.url)} (version ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(a.version)})${a.summary ? `: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(a.summary, 500)}` : ''}`);
        out.push('', '</details>');
    }
    return out;
}
/** Manifest problems, the same message in many files told once with a count. */
function diagnosticsList(diagnostics, max = 50) {
    const folded = (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .foldDiagnostics */ .q)(diagnostics);
    const out = [];
    for (const d of folded.slice(0, max)) {
        const where = d.places
            .slice(0, 3)
            .map((p) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(`${p.path}${p.line ? `:${p.line}` : ''}`))
            .filter(Boolean)
            .join(', ');
        const more = d.places.length > 3 ? ` and ${d.places.length - 3} more` : '';
        const count = d.places.length > 1 ? ` (${d.places.length} times)` : '';
        out.push(`- ${d.severity}${count}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(d.message, 500)}${where ? ` at ${where}${more}` : ''}`);
    }
    if (folded.length > max)
        out.push(`- … and ${folded.length - max} more`);
    return out;
}
function scopeLine(result) {
    const scope = result.scope;
    if (!scope)
        return undefined;
    if (scope.note)
        return `⚠️ ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(scope.note, 600)}.`;
    if (scope.applied !== 'changed')
        return undefined;
    const pre = result.verdicts.filter((v) => v.preexisting && (0,_statuses_js__WEBPACK_IMPORTED_MODULE_3__/* .listed */ .KE)(v)).length;
    return `Scope: only dependencies this change adds or alters gate (compared with the ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(scope.base ?? 'base')})${pre ? `; ${pre} pre-existing ${pre === 1 ? 'one is' : 'ones are'} listed, marked as such` : ''}.`;
}
/** `1 suspicious, 2 built from source`: what a list of verdicts holds, worst first. */
function statusCounts(verdicts) {
    const counts = (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .countStatuses */ .ip)(verdicts);
    return _statuses_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS_ORDER */ .QD.filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${_statuses_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS */ .XQ[s].noun}`)
        .join(', ');
}
function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
/** The first line: what fails, or what a report-only run found, or that it passed. */
function headline(result, failOn, what) {
    const gate = (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateGate */ .DR)(result, failOn);
    if (gate.failed) {
        const n = gate.failing.length;
        if (n === 0)
            return `❌ ${plural(gate.manifestErrors, 'manifest error fails', 'manifest errors fail')} the gate`;
        return `❌ ${plural(n, 'dependency', 'dependencies')} ${what} ${n === 1 ? 'fails' : 'fail'} the gate: ${statusCounts(gate.failing)}`;
    }
    const attention = result.verdicts.filter((v) => (0,_statuses_js__WEBPACK_IMPORTED_MODULE_3__/* .needsAttention */ .e_)(v) && !v.allowed && !v.preexisting);
    if (failOn.length === 0 && attention.length > 0)
        return `${_statuses_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS */ .XQ[attention[0].status].icon} report only: ${statusCounts(attention)}`;
    return '✅ passed';
}
function markdownReport(input, failOn, opts = {}) {
    const result = (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .maskVerdicts */ .LU)(input);
    const gate = (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateGate */ .DR)(result, failOn);
    const counts = (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .countStatuses */ .ip)(result.verdicts);
    const out = [];
    out.push(`## ${opts.title ?? 'sdist-guard'}: ${headline(result, failOn, result.scope?.applied === 'changed' ? 'this change adds or alters' : 'declared here')}`);
    out.push('', (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(gate.message, 1000));
    const scope = scopeLine(result);
    if (scope)
        out.push('', scope);
    const shown = result.verdicts.filter(_statuses_js__WEBPACK_IMPORTED_MODULE_3__/* .listed */ .KE);
    const failing = gate.failing;
    const rest = shown.filter((v) => !failing.includes(v));
    if (failing.length > 0) {
        out.push('', ...verdictTable(failing));
        out.push('', ...remedyList(failing));
        out.push(...advisoryDetails(failing));
        out.push(...findingsDetails(failing));
    }
    if (rest.length > 0) {
        const title = failing.length > 0 ? `${plural(rest.length, 'other dependency', 'other dependencies')} to know about, not failing the gate: ${statusCounts(rest)}` : undefined;
        if (title)
            out.push('', `<details><summary>${title}</summary>`);
        out.push('', ...verdictTable(rest));
        const remedies = remedyList(rest.filter((v) => !v.allowed));
        if (remedies.length > 0)
            out.push('', ...remedies);
        out.push(...advisoryDetails(rest, false));
        out.push(...findingsDetails(rest, false));
        if (title)
            out.push('', '</details>');
    }
    const advisories = (0,_advisories_js__WEBPACK_IMPORTED_MODULE_5__/* .advisorySentence */ .$s)(result);
    if (advisories) {
        out.push('');
        out.push(`${result.advisories?.unchecked ? '⚠️ ' : ''}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(advisories, 1000)}`);
    }
    out.push('', '| Status | Count | Meaning |', '| --- | ---: | --- |');
    for (const s of _statuses_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS_ORDER */ .QD)
        out.push(`| ${_statuses_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS */ .XQ[s].icon} ${s} | ${counts[s]} | ${_statuses_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS */ .XQ[s].meaning} |`);
    out.push('', `Targets: ${result.targets.map((t) => `CPython ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(t.python)} on ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(t.platform)}`).join(', ')}.`);
    if (result.manifests.length === 0)
        out.push('', 'Manifests: none found.');
    else {
        out.push('', `<details><summary>${plural(result.manifests.length, 'manifest', 'manifests')} read</summary>`, '');
        for (const m of result.manifests.slice(0, 500))
            out.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(m)}`);
        if (result.manifests.length > 500)
            out.push(`- … and ${result.manifests.length - 500} more`);
        out.push('', '</details>');
    }
    if (result.diagnostics.length > 0) {
        const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
        const title = `Manifest problems: ${plural(errors, 'error', 'errors')}, ${plural(result.diagnostics.length - errors, 'warning', 'warnings')}`;
        out.push('', `<details${errors > 0 ? ' open' : ''}><summary>${title}</summary>`, '', ...diagnosticsList(result.diagnostics), '', '</details>');
    }
    if (opts.checkRun) {
        const link = opts.checkRun.url ? `[the sdist-guard check run](${opts.checkRun.url})` : 'the sdist-guard check run';
        out.push('', `All ${opts.checkRun.annotations} annotations are on ${link}, on the lines that declare each dependency.`);
    }
    else if (opts.annotationsNotShown) {
        out.push('', `GitHub shows at most 10 error and 10 warning annotations per step: ${opts.annotationsNotShown} more are listed above and in the JSON report. Give the job the \`checks: write\` permission to get every one of them on its manifest line.`);
    }
    return (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecrets */ .QU)(out.join('\n'), result.secrets) + '\n';
}


/***/ }),

/***/ 16:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ scanSettings),
/* harmony export */   G: () => (/* binding */ SCAN_FLAGS)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cache_location_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8535);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8381);
// The scan's command-line options, shared by `scan` and the organization audit's `org-scan`, so that
// every repository of an organization is scanned with exactly the settings a single scan takes.



const SCAN_FLAGS = {
    'index-url': { type: 'string' },
    'extra-index-url': { type: 'string', multiple: true },
    'python-version': { type: 'string', multiple: true },
    platform: { type: 'string', multiple: true },
    'fail-on': { type: 'string' },
    concurrency: { type: 'string' },
    timeout: { type: 'string' },
    deadline: { type: 'string' },
    'no-analyze': { type: 'boolean', default: false },
    'no-transitive': { type: 'boolean', default: false },
    advisories: { type: 'string' },
    'advisories-required': { type: 'boolean', default: false },
    'cache-dir': { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    exclude: { type: 'string', multiple: true },
};
function cacheDirOption(dir, noCache, cwd, env) {
    if (noCache && dir !== undefined)
        throw new _options_js__WEBPACK_IMPORTED_MODULE_2__.ConfigError('--cache-dir and --no-cache contradict each other: give one of them');
    if (noCache)
        return undefined;
    if (dir !== undefined) {
        if (dir.trim() === '')
            throw new _options_js__WEBPACK_IMPORTED_MODULE_2__.ConfigError('--cache-dir: expected a directory, got an empty value');
        return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, dir);
    }
    return (0,_cache_location_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultCacheDir */ .$)(env);
}
/** The scan settings the flags give; root, paths and the configuration file are the caller's. */
function scanSettings(values, io) {
    return {
        indexUrl: values['index-url'],
        extraIndexUrls: values['extra-index-url']?.flatMap(_options_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .ry),
        credentials: (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCredentials */ .gu)(io.env.SDIST_GUARD_INDEX_CREDENTIALS, 'SDIST_GUARD_INDEX_CREDENTIALS'),
        pythonVersions: values['python-version']?.flatMap(_options_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .ry),
        platforms: values.platform?.flatMap(_options_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .ry),
        failOn: values['fail-on'] !== undefined ? (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFailOn */ .XV)(values['fail-on'], '--fail-on') : undefined,
        concurrency: values.concurrency !== undefined ? (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePositiveInt */ .EJ)(values.concurrency, '--concurrency', 256) : undefined,
        timeoutMs: values.timeout !== undefined ? (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePositiveInt */ .EJ)(values.timeout, '--timeout', 3600) * 1000 : undefined,
        deadlineMs: values.deadline !== undefined ? (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePositiveInt */ .EJ)(values.deadline, '--deadline', _options_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DEADLINE_SECONDS */ .wb) * 1000 : undefined,
        analyze: !values['no-analyze'],
        transitive: !values['no-transitive'],
        advisories: values.advisories,
        advisoriesRequired: values['advisories-required'],
        env: io.env,
        cacheDir: cacheDirOption(values['cache-dir'], values['no-cache'], io.cwd, io.env),
        exclude: values.exclude ? (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .parseExclude */ .Eg)(values.exclude, '--exclude') : undefined,
    };
}


/***/ })

};
