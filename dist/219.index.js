export const id = 219;
export const ids = [219];
export const modules = {

/***/ 450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   Zo: () => (/* binding */ repoFrom),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
// What the GitHub code shares without the REST client: a repository's name, and what a failed API
// call says. Apart from client.ts so that the action loads octokit only when it calls the API.
/** The HTTP status of a failed request, when the API answered. */
function httpStatus(err) {
    const status = err?.status;
    return typeof status === 'number' ? status : undefined;
}
/** `HTTP 403: Resource not accessible by integration`, or the network error. */
function describeError(err) {
    const cause = err?.cause;
    let message = (err?.message ?? String(err)).split('\n')[0].replace(/ - https:\/\/docs\.github\.com\S*$/, '');
    if (err?.name === 'TimeoutError' || cause?.name === 'TimeoutError' || /aborted due to timeout/i.test(message))
        return 'the GitHub API did not answer in time';
    // octokit reports a failed connection as status 500 "Unknown Error" with the reason in `cause`
    if (message === 'Unknown Error' && typeof cause?.message === 'string')
        return cause.message;
    const status = httpStatus(err);
    return status ? `HTTP ${status}: ${message}` : message;
}
function repoFrom(value) {
    const m = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
    return m ? { owner: m[1], repo: m[2] } : undefined;
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

/***/ 3505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ stripExtras),
/* harmony export */   Dk: () => (/* binding */ isArchiveFile),
/* harmony export */   Gl: () => (/* binding */ eggFragment),
/* harmony export */   KE: () => (/* binding */ nameFromArchive),
/* harmony export */   V4: () => (/* binding */ fragmentHashes),
/* harmony export */   _j: () => (/* binding */ splitVcsUrl),
/* harmony export */   ap: () => (/* binding */ directKind),
/* harmony export */   cv: () => (/* binding */ isVcsUrl),
/* harmony export */   f2: () => (/* binding */ fileUrlPath),
/* harmony export */   gU: () => (/* binding */ isUrl),
/* harmony export */   j8: () => (/* binding */ looksLikePath),
/* harmony export */   mp: () => (/* binding */ lastSegment),
/* harmony export */   tr: () => (/* binding */ nameFromVcsUrl)
/* harmony export */ });
/* harmony import */ var _python_filenames_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9804);
// What a URL or path in a manifest points at: its kind (VCS checkout, remote file, local path), the
// project name its `#egg=` fragment or file name gives, and pip's rules for telling a path from a
// requirement. Pure string work: nothing here looks at the file system.

const VCS_PREFIXES = ['git', 'hg', 'svn', 'bzr'];
const PLAIN_SCHEMES = ['http', 'https', 'file', 'ftp'];
function schemeOf(text) {
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text);
    return m ? m[1].toLowerCase() : undefined;
}
function isVcsScheme(scheme) {
    // `git:` and `svn:` are VCS URLs of their own; the others need a transport after the `+`.
    if (scheme === 'git' || scheme === 'svn')
        return true;
    const plus = scheme.indexOf('+');
    return plus > 0 && VCS_PREFIXES.includes(scheme.slice(0, plus)) && plus < scheme.length - 1;
}
/** pip's is_url: a scheme pip can fetch or check out. A Windows drive (`C:`) is not one. */
function isUrl(text) {
    const scheme = schemeOf(text);
    if (scheme === undefined || scheme.length === 1)
        return false;
    return PLAIN_SCHEMES.includes(scheme) || isVcsScheme(scheme);
}
function isVcsUrl(text) {
    const scheme = schemeOf(text);
    return scheme !== undefined && isVcsScheme(scheme);
}
/** The kind of a URL or path: `vcs` and `path` are always built from source. */
function directKind(ref) {
    const scheme = schemeOf(ref);
    if (scheme !== undefined && isVcsScheme(scheme))
        return 'vcs';
    if (scheme === undefined || scheme === 'file' || scheme.length === 1)
        return 'path';
    return 'url';
}
/** pip's _looks_like_path: a separator or a leading dot. */
function looksLikePath(text) {
    return text.includes('/') || text.includes('\\') || text.startsWith('.');
}
const ARCHIVE_EXTENSIONS = [
    '.tar.gz', '.tgz', '.tar.bz2', '.tbz', '.tar.xz', '.txz', '.tlz', '.tar.lz', '.tar.lzma', '.tar', '.zip', '.whl',
];
function archiveExtension(filename) {
    const lower = filename.toLowerCase();
    return ARCHIVE_EXTENSIONS.find((ext) => lower.endsWith(ext));
}
function isArchiveFile(text) {
    return archiveExtension(text) !== undefined;
}
/** pip's _strip_extras, `^(.+)(\[[^\]]+\])$`: `./pkg[a,b]` -> [`./pkg`, `[a,b]`]. */
function stripExtras(text) {
    // By hand: the regex backtracks quadratically on text full of `[`.
    if (!text.endsWith(']'))
        return { base: text };
    let open = text.lastIndexOf('[', text.length - 2);
    // `[]` holds no extra, so an earlier `[` may still open the group (`a[x[]` -> `a`, `[x[]`).
    if (open === text.length - 2)
        open = text.lastIndexOf('[', open - 1);
    if (open < 1 || text.slice(open + 1, -1).includes(']'))
        return { base: text };
    return { base: text.slice(0, open), extras: text.slice(open) };
}
/** The value of a `#egg=` (or `&egg=`) fragment, as pip's Link.egg_fragment reads it. */
function eggFragment(url) {
    const hash = url.indexOf('#');
    if (hash === -1)
        return undefined;
    const m = /(?:^|&)egg=([^&]*)/.exec(url.slice(hash + 1));
    return m && m[1] !== '' ? decodeURIComponentSafe(m[1]) : undefined;
}
function fragmentValue(url, key) {
    const hash = url.indexOf('#');
    if (hash === -1)
        return undefined;
    for (const part of url.slice(hash + 1).split('&')) {
        if (part.startsWith(key + '='))
            return decodeURIComponentSafe(part.slice(key.length + 1));
    }
    return undefined;
}
function decodeURIComponentSafe(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
/** The last path segment of a URL or path, without query or fragment. */
function lastSegment(ref) {
    let s = ref;
    const hash = s.indexOf('#');
    if (hash !== -1)
        s = s.slice(0, hash);
    if (isUrl(s)) {
        const query = s.indexOf('?');
        if (query !== -1)
            s = s.slice(0, query);
    }
    const parts = s.split(/[/\\]/).filter((p) => p !== '');
    return decodeURIComponentSafe(parts[parts.length - 1] ?? '');
}
/**
 * The project a distribution file name names: `foo-1.0-py3-none-any.whl` -> foo 1.0,
 * `foo-bar-1.0.tar.gz` -> foo-bar. An sdist's version is left out: pip takes it from the
 * metadata it builds, not from the file name.
 */
function nameFromArchive(filename) {
    try {
        switch ((0,_python_filenames_js__WEBPACK_IMPORTED_MODULE_0__/* .distributionKind */ .VE)(filename)) {
            case 'wheel': {
                const wheel = (0,_python_filenames_js__WEBPACK_IMPORTED_MODULE_0__/* .parseWheelFilename */ .eP)(filename);
                return { name: wheel.name, version: wheel.version };
            }
            case 'sdist':
                return { name: (0,_python_filenames_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSdistFilename */ .sF)(filename).name };
            default:
                return undefined;
        }
    }
    catch (e) {
        if (e instanceof _python_filenames_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidFilename */ .H1)
            return undefined;
        throw e;
    }
}
/**
 * A name for a VCS checkout that has no `#egg=`: the subdirectory if one is named, else the
 * repository (`https://host/org/repo.git@v1` -> `repo`).
 */
function nameFromVcsUrl(url) {
    const subdirectory = fragmentValue(url, 'subdirectory');
    if (subdirectory) {
        const last = lastSegment(subdirectory);
        if (last !== '' && last !== '.' && last !== '..')
            return last;
    }
    let s = url;
    const hash = s.indexOf('#');
    if (hash !== -1)
        s = s.slice(0, hash);
    const query = s.indexOf('?');
    if (query !== -1)
        s = s.slice(0, query);
    const afterScheme = s.replace(/^[^:]+:(\/\/)?/, '');
    const slash = afterScheme.indexOf('/');
    // The revision is after the last `@` of the path; an `@` before the first `/` is a user name.
    let repoPath = slash === -1 ? afterScheme : afterScheme.slice(slash);
    const at = repoPath.lastIndexOf('@');
    if (at !== -1)
        repoPath = repoPath.slice(0, at);
    const last = lastSegment(repoPath).replace(/\.git$/i, '');
    return last === '' ? undefined : last;
}
/** The path of a `file:` URL: `file:///a/b` -> `/a/b`, `file://host/a` -> `/a`, `file:../x` -> `../x`. */
function fileUrlPath(url) {
    let p = url.replace(/^file:/i, '');
    const hash = p.indexOf('#');
    if (hash !== -1)
        p = p.slice(0, hash);
    if (p.startsWith('//')) {
        const slash = p.indexOf('/', 2);
        p = slash === -1 ? '/' : p.slice(slash);
    }
    return decodeURIComponentSafe(p);
}
/**
 * Splits a VCS requirement URL as pip's VersionControl.get_url_rev_and_auth does:
 * `git+https://host/org/repo.git@v1.0#subdirectory=pkg` -> git, https://host/org/repo.git, v1.0, pkg.
 * Undefined for what pip cannot fetch either (no transport, an empty revision).
 */
function splitVcsUrl(ref) {
    const scheme = schemeOf(ref);
    if (scheme === undefined || !isVcsScheme(scheme))
        return undefined;
    const plus = scheme.indexOf('+');
    const vcs = plus === -1 ? scheme : scheme.slice(0, plus);
    let rest = ref.slice(scheme.length + 1);
    const hash = rest.indexOf('#');
    const fragment = hash === -1 ? '' : rest.slice(hash);
    if (hash !== -1)
        rest = rest.slice(0, hash);
    if (!rest.startsWith('//'))
        return undefined;
    const pathStart = rest.indexOf('/', 2);
    const netloc = pathStart === -1 ? rest : rest.slice(0, pathStart);
    let path = pathStart === -1 ? '' : rest.slice(pathStart);
    let query = '';
    const q = path.indexOf('?');
    if (q !== -1) {
        query = path.slice(q);
        path = path.slice(0, q);
    }
    let rev;
    const at = path.lastIndexOf('@');
    if (at !== -1) {
        rev = decodeURIComponentSafe(path.slice(at + 1));
        path = path.slice(0, at);
        if (rev === '')
            return undefined;
    }
    const transport = plus === -1 ? scheme : scheme.slice(plus + 1);
    const out = { vcs, url: `${transport}:${netloc}${path}${query}` };
    if (rev !== undefined)
        out.rev = rev;
    const subdirectory = fragment ? fragmentValue(fragment, 'subdirectory') : undefined;
    if (subdirectory)
        out.subdirectory = subdirectory;
    return out;
}
/** The hashes a URL's fragment pins (`#sha256=<hex>`), as pip's Link reads them, in `name:hex` form. */
function fragmentHashes(url) {
    const hash = url.indexOf('#');
    if (hash === -1)
        return [];
    const out = [];
    for (const part of url.slice(hash + 1).split('&')) {
        const m = /^(sha1|sha224|sha384|sha256|sha512|md5)=([0-9a-fA-F]+)$/.exec(part);
        if (m)
            out.push(`${m[1]}:${m[2].toLowerCase()}`);
    }
    return out;
}


/***/ }),

/***/ 9804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H1: () => (/* binding */ InvalidFilename),
/* harmony export */   VE: () => (/* binding */ distributionKind),
/* harmony export */   eP: () => (/* binding */ parseWheelFilename),
/* harmony export */   sF: () => (/* binding */ parseSdistFilename)
/* harmony export */ });
/* unused harmony export archiveExtension */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3442);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6754);
// Distribution filenames: wheels (PEP 427 / PEP 491, tags per PEP 425) and sdists, read the way
// pip and pypa/packaging read them.


class InvalidFilename extends Error {
    name = 'InvalidFilename';
}
// The archive types pip takes as source distributions (pip/_internal/utils/filetypes.py, less
// `.whl`). pip compares the extension its `splitext` gives (the last suffix, with a `.tar` in
// front of it when there is one) case-sensitively against this list: `.TAR.GZ` and `.tbz2` are
// not candidates at all.
const SDIST_FORMATS = ['tar.gz', 'tgz', 'tar.bz2', 'tbz', 'tar.xz', 'txz', 'tlz', 'tar.lz', 'tar.lzma', 'tar', 'zip'];
const WHEEL_NAME_RE = /^[\p{L}\p{N}_.]+$/u;
const BUILD_RE = /^([0-9]+)(.*)$/;
const INTERPRETER_RE = /^[\p{L}_][\p{L}\p{N}_]*$/u;
function distributionKind(filename) {
    if (filename.endsWith('.whl'))
        return 'wheel';
    return sdistFormat(filename) ? 'sdist' : 'other';
}
/** pip's `splitext`: the last suffix, with `.tar` taken off too when the rest ends in it (any case). */
function archiveExtension(filename) {
    const slash = filename.lastIndexOf('/');
    const base = filename.slice(slash + 1);
    // posixpath.splitext: leading dots do not start an extension.
    const dot = base.lastIndexOf('.');
    let lead = 0;
    while (lead < base.length && base[lead] === '.')
        lead++;
    if (dot < lead)
        return '';
    let ext = base.slice(dot);
    const stem = base.slice(0, dot);
    if (stem.toLowerCase().endsWith('.tar'))
        ext = stem.slice(-4) + ext;
    return ext;
}
function sdistFormat(filename) {
    const ext = archiveExtension(filename);
    if (ext === '' || ext.length === filename.length)
        return undefined;
    return SDIST_FORMATS.find((f) => ext === `.${f}`);
}
// Inside a filename a version has no surrounding blanks, which a bare PEP 440 parse would allow.
function isFilenameVersion(text) {
    return !/\s/.test(text) && (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidVersion */ .ri)(text);
}
function bad(filename, why) {
    throw new InvalidFilename(`Invalid ${why}: ${JSON.stringify(filename)}`);
}
/** `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl`. Throws InvalidFilename. */
function parseWheelFilename(filename) {
    if (!filename.endsWith('.whl'))
        bad(filename, "wheel filename (it must end in '.whl')");
    const parts = filename.slice(0, -4).split('-');
    if (parts.length !== 5 && parts.length !== 6) {
        bad(filename, 'wheel filename (expected name-version[-build]-python-abi-platform.whl)');
    }
    const [name, version] = parts;
    // PEP 427 escapes every run of other characters to a single `_`.
    if (!WHEEL_NAME_RE.test(name) || name.includes('__'))
        bad(filename, `wheel filename (project name ${JSON.stringify(name)})`);
    if (!isFilenameVersion(version))
        bad(filename, `wheel filename (${JSON.stringify(version)} is not a PEP 440 version)`);
    let build;
    if (parts.length === 6) {
        const m = BUILD_RE.exec(parts[2]);
        if (!m)
            bad(filename, `wheel filename (build tag ${JSON.stringify(parts[2])} must start with a digit)`);
        build = { number: Number(m[1]), tag: m[2] };
    }
    const [pythons, abis, platforms] = parts.slice(-3).map((component) => component.split('.'));
    for (const pieces of [pythons, abis, platforms]) {
        if (pieces.includes(''))
            bad(filename, 'wheel filename (empty part in its tags)');
    }
    for (const py of pythons) {
        if (!INTERPRETER_RE.test(py))
            bad(filename, `wheel filename (python tag ${JSON.stringify(py)})`);
    }
    const tags = new Set();
    for (const py of pythons) {
        for (const abi of abis) {
            for (const plat of platforms)
                tags.add(`${py}-${abi}-${plat}`.toLowerCase());
        }
    }
    return { name, version, ...(build ? { build } : {}), tags: [...tags] };
}
/**
 * `{name}-{version}.{tar.gz|zip|...}`. Names may contain `-`, so without `projectName` the split
 * is at the last `-` that is followed by a valid version (`foo-bar-1.0.tar.gz` -> `foo-bar`).
 * With `projectName`, the split is at the first `-` whose prefix normalizes to that name, as
 * pip's `_find_name_version_sep` does, and the rest must be a valid version. Throws InvalidFilename.
 */
function parseSdistFilename(filename, projectName) {
    const format = sdistFormat(filename);
    if (!format)
        bad(filename, `sdist filename (expected one of ${SDIST_FORMATS.map((f) => `.${f}`).join(', ')})`);
    const stem = filename.slice(0, -(format.length + 1));
    if (projectName !== undefined) {
        const canonical = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeName */ .P)(projectName);
        for (let i = stem.indexOf('-'); i !== -1; i = stem.indexOf('-', i + 1)) {
            if ((0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeName */ .P)(stem.slice(0, i)) !== canonical)
                continue;
            const version = stem.slice(i + 1);
            if (!isFilenameVersion(version)) {
                bad(filename, `sdist filename for ${projectName} (${JSON.stringify(version)} is not a PEP 440 version)`);
            }
            return { name: stem.slice(0, i), version, format };
        }
        return bad(filename, `sdist filename for ${projectName} (the name part does not match the project)`);
    }
    for (let i = stem.lastIndexOf('-'); i > 0; i = stem.lastIndexOf('-', i - 1)) {
        const version = stem.slice(i + 1);
        const name = stem.slice(0, i);
        if (isFilenameVersion(version) && (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidName */ .u)(name))
            return { name, version, format };
    }
    return bad(filename, "sdist filename (expected name-version with a '-' before a PEP 440 version)");
}


/***/ }),

/***/ 5231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ advisorySentence),
/* harmony export */   Am: () => (/* binding */ REMEDIATION),
/* harmony export */   BH: () => (/* binding */ uncheckedNote)
/* harmony export */ });
/* unused harmony export advisoryLines */
// What every report says about known malware: the advisory check itself (where the records came
// from, and whether some packages went unchecked) and, for a malicious dependency, what to do.
/** What to do about a dependency a malware record names. */
const REMEDIATION = 'Remove it (and whatever pulls it in) from the manifests and lock files. If it was ever installed, on a laptop or a CI runner, treat every secret that machine held as stolen: rotate tokens, keys and passwords, and review what they gave access to.';
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
/**
 * One sentence on the advisory check: what was checked against which service, or that it was
 * turned off, or how many package versions went unchecked and why. Undefined for a result that
 * carries no advisory report.
 */
function advisorySentence(result) {
    const a = result.advisories;
    if (!a)
        return undefined;
    if (a.source === null)
        return 'Known-malware advisories: not checked (turned off).';
    if (a.unchecked > 0)
        return `Not checked against advisories: ${plural(a.unchecked, 'package version')} of ${a.checked + a.unchecked} could not be checked against the known-malware records at ${a.source} (${a.error ?? 'the service did not answer'}); they may still be known malware.`;
    const cached = a.fromCache ? `, ${a.fromCache} answered from the cache` : '';
    return `Known-malware advisories: ${plural(a.checked, 'package version')} checked against the MAL- records at ${a.source}${cached}; ${plural(a.malicious, 'dependency', 'dependencies')} named.`;
}
/** For the gate's sentence: the part of the check that did not happen. */
function uncheckedNote(result) {
    const a = result.advisories;
    if (!a || a.source === null || a.unchecked === 0)
        return undefined;
    return `${plural(a.unchecked, 'package version')} not checked against advisories`;
}
/** `MAL-2024-1 (summary) https://…` for each record of a verdict, one per line. */
function advisoryLines(v) {
    return (v.advisories ?? []).map((a) => `${a.id} for ${a.version}${a.summary ? `: ${a.summary}` : ''} ${a.url}`);
}


/***/ }),

/***/ 6412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ sarifText),
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   e8: () => (/* binding */ defang),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   w6: () => (/* binding */ mdCodeBlock),
/* harmony export */   wq: () => (/* binding */ commandData),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/* unused harmony exports controlFree, terminal, urlPart */
// Every string a scanned repository, an index or an sdist chose (package names, versions, file paths,
// findings' messages and evidence, reasons that quote them) is data. This module is the one place
// that makes such a string safe for where it is written: a terminal, a line of the runner's log or a
// workflow command, Markdown (inline, in a table cell, inside HTML, in a code span or a code block)
// and SARIF message text. Reporters never interpolate an untrusted string any other way.
//
// Markdown is written for GitHub: GFM (tables, autolink literals), HTML passed through, and GitHub's
// own pass over the rendered text (@mentions, #123 references), which backslash escapes and entities
// cannot stop, since it reads the decoded text: a zero-width space after `@` and `#` breaks those.
/**
 * Control characters (C0 but tab, DEL, C1), Unicode line and paragraph separators, and the
 * bidirectional overrides and isolates that reorder what a reader sees ("Trojan Source").
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Terminal escape sequences (CSI, OSC, DCS and the like) are dropped whole, not only their ESC. */
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[ -/]*[0-~]?)|\u009b[0-?]*[ -/]*[@-~]?/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;
function visible(c) {
    const code = c.codePointAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * Drops escape sequences and shows every other control character as `\xNN` (`\uNNNN`), so that a
 * reader sees that the text held one. Line breaks are kept: `oneLine` folds them where a line is due.
 */
function controlFree(s) {
    return s
        .replace(LINE_BREAKS, '\n')
        .replace(ESCAPE_SEQUENCE, (seq) => `[${visible(seq[0])}]`)
        .replace(CONTROL, (c) => (c === '\n' || c === '\t' ? c : visible(c)));
}
/** One line, whitespace folded, cut to `max` characters with an ellipsis. */
function oneLine(s, max = 160) {
    const flat = controlFree(s).replace(/\s+/g, ' ').trim();
    return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
// ---- defanging: what scanned code names is shown, never made clickable ----
const URL_IN_TEXT = /\b([a-z][a-z0-9+.-]{1,15}):\/\/([^\s/?#"'`<>()[\]{}|\\]+)/gi;
const IPV4 = /\b((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})\b/g;
const WWW = /\bwww\./gi;
function defangHost(host) {
    return host.replace(/\./g, '[.]');
}
/**
 * `http://evil.example/x` becomes `hxxp://evil[.]example/x`, `203.0.113.7` becomes `203.0.113[.]7`:
 * still readable and searchable, no longer a link in any renderer or terminal.
 */
function defang(s) {
    return s
        .replace(URL_IN_TEXT, (_m, scheme, host) => `${scheme.replace(/t/gi, 'x')}://${defangHost(host)}`)
        .replace(IPV4, (ip) => ip.replace(/\.(\d+)$/, '[.]$1'))
        .replace(WWW, 'www[.]');
}
// ---- terminal and runner log ----
/** Text for a terminal or a log line: no control characters, one line. */
function terminal(s, max = 300) {
    return oneLine(s, max);
}
/**
 * The data of a workflow command (`::error file=..::DATA`): control characters shown, line breaks
 * kept for the toolkit to escape (`%0A`), as it escapes `%` and `\r`. Commands are only ever issued
 * through the toolkit, which also escapes the properties (`:` and `,`).
 */
function commandData(s) {
    return controlFree(s).replace(/\t/g, ' ');
}
/**
 * A line for the runner's log (`core.info`): one line, so that nothing in it can start a line of its
 * own, which is how the runner recognises a workflow command (`::set-output`, `::add-mask::`).
 */
function logLine(s, max = 2000) {
    const line = oneLine(s, max);
    return line.startsWith('::') ? ` ${line}` : line;
}
// ---- Markdown ----
const MD_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '\\': '&#92;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '|': '&#124;',
    '~': '&#126;',
    ':': '&#58;',
    $: '&#36;',
};
const ZWSP = '&#8203;';
/**
 * Text for anywhere in GitHub Markdown but a code span or block: a paragraph, a list item, a table
 * cell, a heading, and inside HTML (`<summary>`). Characters with a meaning become numeric entities,
 * which both Markdown and HTML decode and neither interprets; `@` and `#` get a zero-width space so
 * GitHub's mention and reference pass leaves them alone; `www.` and URLs cannot autolink because
 * `://` and `www.` are broken by a zero-width space. One line, cut to `max`. Callers place it mid-line (in a
 * cell, after a list marker or a label), where a leading `-`, `+` or `1.` starts nothing.
 */
function md(s, max = 300) {
    return oneLine(s, max)
        .replace(/[&<>\\`*_[\]|~:$@#]/g, (c) => (c === '@' || c === '#' ? `${c}${ZWSP}` : MD_ENTITIES[c]))
        .replace(/&#58;\/\//g, `&#58;${ZWSP}//`)
        .replace(WWW, `www${ZWSP}.`);
}
/**
 * An inline code span that shows `s` exactly (control characters made visible, one line): fenced
 * with one more backtick than the longest run inside it. In a table (`table`), where a `|` ends the
 * cell even inside a code span, an HTML `<code>` element around `md` text instead.
 */
function mdCode(s, opts = {}) {
    const text = oneLine(s, opts.max ?? 200);
    if (text === '')
        return '';
    // GFM parsers disagree on `\\|` in a code span in a table: there, HTML code with inert text
    if (opts.table)
        return `<code>${md(text, opts.max ?? 200)}</code>`;
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/**
 * A fenced code block (for a decoded payload): every line kept, control characters made visible,
 * fenced with more backticks than any run inside. Nothing in a code block is interpreted.
 */
function mdCodeBlock(s, info = 'text', maxChars = 4000) {
    let text = controlFree(s).replace(/\t/g, '    ');
    if (text.length > maxChars)
        text = text.slice(0, maxChars - 1) + '…';
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return [fence + info, ...text.split('\n'), fence];
}
/** A link destination we build from an untrusted part (a package name): percent-encoded. */
function urlPart(s) {
    return encodeURIComponent(s).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
// ---- SARIF ----
/**
 * SARIF message text: plain text in which `[text](id)` is an embedded link to a related location,
 * so brackets are escaped with a backslash as SARIF asks (3.11.6); control characters are shown.
 */
function sarifText(s, max = 1000) {
    return oneLine(s, max).replace(/[\\[\]]/g, (c) => `\\${c}`);
}


/***/ }),

/***/ 8347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ location),
/* harmony export */   DR: () => (/* binding */ evaluateGate),
/* harmony export */   LU: () => (/* binding */ maskVerdicts),
/* harmony export */   QU: () => (/* binding */ maskSecrets),
/* harmony export */   VF: () => (/* binding */ gates),
/* harmony export */   ip: () => (/* binding */ countStatuses)
/* harmony export */ });
/* unused harmony export plural */
/* harmony import */ var _advisories_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5231);
/* harmony import */ var _index_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6527);
/* harmony import */ var _statuses_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9534);
// What every reporter shares: counts, the gate decision, and masking of secrets. The gate lives here
// rather than in each entry so the CLI, the action and the reports can never disagree about it.



function countStatuses(verdicts) {
    const counts = Object.fromEntries(Object.keys(_statuses_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS */ .XQ).map((s) => [s, 0]));
    for (const v of verdicts)
        counts[v.status]++;
    return counts;
}
/**
 * Whether a verdict counts against the gate: its status is one fail-on names, and neither the
 * allow list accepts it nor is it pre-existing on a pull request.
 */
function gates(v, failOn) {
    return failOn.includes(v.status) && !v.allowed && !v.preexisting;
}
function evaluateGate(result, failOn) {
    const failing = result.verdicts.filter((v) => gates(v, failOn));
    const named = result.verdicts.filter((v) => failOn.includes(v.status) && !gates(v, failOn));
    const notGating = { preexisting: named.filter((v) => !v.allowed), allowed: named.filter((v) => v.allowed) };
    const manifestErrors = result.diagnostics.filter((d) => d.severity === 'error').length;
    const errorsFail = failOn.includes('unresolved') && manifestErrors > 0;
    const advisoriesFail = Boolean(result.advisories?.required && result.advisories.unchecked > 0);
    const failed = failing.length > 0 || errorsFail || advisoriesFail;
    const parts = [];
    const counts = countStatuses(failing);
    for (const s of _statuses_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_ORDER */ .QD)
        if (counts[s])
            parts.push(`${counts[s]} ${s}`);
    if (errorsFail)
        parts.push(`${manifestErrors} manifest error${manifestErrors === 1 ? '' : 's'}`);
    if (advisoriesFail)
        parts.push(`${(0,_advisories_js__WEBPACK_IMPORTED_MODULE_1__/* .uncheckedNote */ .BH)(result)} (advisories-required)`);
    const aside = [];
    if (notGating.preexisting.length)
        aside.push(`${notGating.preexisting.length} pre-existing`);
    if (notGating.allowed.length)
        aside.push(`${notGating.allowed.length} allowed`);
    const unchecked = advisoriesFail ? undefined : (0,_advisories_js__WEBPACK_IMPORTED_MODULE_1__/* .uncheckedNote */ .BH)(result);
    const notes = (aside.length ? `; not gating: ${aside.join(', ')}` : '') + (unchecked ? `; ${unchecked}` : '');
    const which = result.scope?.applied === 'changed' ? 'no dependency the change adds or alters' : 'no dependency';
    const message = failed
        ? `sdist-guard failed the gate: ${parts.join(', ')} (fail-on: ${failOn.join(',')})${notes}`
        : failOn.length === 0
            ? 'sdist-guard reports only (fail-on: none)'
            : `sdist-guard passed: ${which} is ${failOn.join(' or ')}${notes}`;
    return { failed, failOn, failing, notGating, manifestErrors, message };
}
/** Replaces every known secret (and its URL-encoded form) with `***`. */
function maskSecrets(text, secrets) {
    let out = text;
    const all = new Set();
    for (const s of secrets) {
        if (s.length < 3)
            continue;
        all.add(s);
        all.add(encodeURIComponent(s));
    }
    for (const s of [...all].sort((a, b) => b.length - a.length))
        out = out.split(s).join('***');
    return out;
}
/**
 * The result with every known secret masked in what it quotes, before any escaping changes how a
 * secret is spelled (a `_` written as an entity would no longer match it).
 */
function maskVerdicts(result) {
    if (result.secrets.length === 0)
        return result;
    const m = (x) => (0,_index_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .maskDeep */ .fI)(x, result.secrets);
    return { ...result, verdicts: m(result.verdicts), diagnostics: m(result.diagnostics), manifests: m(result.manifests), scope: m(result.scope) };
}
function location(v) {
    const s = v.sources[0];
    return s ? `${s.path}:${s.line}` : '';
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 9534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ listed),
/* harmony export */   NM: () => (/* binding */ stepPlain),
/* harmony export */   QD: () => (/* binding */ STATUS_ORDER),
/* harmony export */   XQ: () => (/* binding */ STATUS),
/* harmony export */   e_: () => (/* binding */ needsAttention)
/* harmony export */ });
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3138);
/* harmony import */ var _python_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3442);
// What each status means to a person, in one table: its icon, its one-line meaning, how a heading
// names dependencies in it, and what to do about one. Every reporter reads it, so a new status is
// one entry here (and its rank in verdict.ts), and the outputs cannot drift apart.


function pinSteps(v) {
    const pin = v.wheelPin;
    if (!pin)
        return [['Pin a version that publishes wheels for every target, or accept the build with an allow entry once its code is reviewed.']];
    if ('version' in pin)
        return [
            ['Pin ', { code: `${v.name}==${pin.version}` }, ': the newest version with wheels for every target, so pip runs no package code.'],
            ['Or accept the build with an allow entry in the configuration once its code is reviewed.'],
        ];
    if (pin.missing.length === 0)
        return [['No one version has wheels for every target: pin per target with markers, or accept the build with an allow entry once its code is reviewed.']];
    return [['No version has wheels for ', { code: pin.missing.join(', ') }, ': review its build code and accept it with an allow entry, or replace the dependency.']];
}
function removeStep(v) {
    const where = v.sources[0] ? `${v.sources[0].path}:${v.sources[0].line}` : '';
    const step = ['Do not merge or install it. Remove ', { code: v.name }];
    if (where)
        step.push(' from ', { code: where });
    if (v.via && v.via.length > 1)
        step.push(' (or the dependency that pulls it in, ', { code: v.via[0] }, ')');
    step.push('.');
    return step;
}
const STATUS = {
    wheel: { icon: '✅', meaning: 'a wheel fits every target: pip runs no package code', noun: 'wheel', listed: false, color: 'none', remedy: () => [] },
    sdist: {
        icon: '📦',
        meaning: 'pip would build it from source; its build code shows nothing suspicious',
        noun: 'built from source',
        listed: true,
        color: 'cyan',
        remedy: pinSteps,
    },
    suspicious: {
        icon: '🛑',
        meaning: 'its build code does something malware does',
        noun: 'suspicious',
        listed: true,
        color: 'red',
        remedy: (v) => [
            removeStep(v),
            ['If it was ever installed or downloaded anywhere (a laptop, a CI runner), treat that machine\u2019s secrets as stolen: rotate its tokens, keys and passwords.'],
            ['Report it to the index (on PyPI, "Report project as malware" on ', { code: `https://pypi.org/project/${(0,_python_names_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeName */ .P)(v.name)}/` }, ').'],
        ],
    },
    malicious: {
        icon: '☠️',
        meaning: 'a known-malware advisory names the version pip would install',
        noun: 'malicious',
        listed: true,
        color: 'red',
        remedy: (v) => [
            removeStep(v),
            ['If it was ever installed or downloaded anywhere (a laptop, a CI runner), treat that machine\u2019s secrets as stolen: rotate its tokens, keys and passwords, and review what they gave access to.'],
            ...((v.advisories ?? []).length > 0 ? [['Advisories: ', { code: [...new Set((v.advisories ?? []).map((a) => a.id))].join(', ') }, '.']] : []),
        ],
    },
    unresolved: {
        icon: '⚠️',
        meaning: 'could not be checked: treat as unsafe',
        noun: 'unresolved',
        listed: true,
        color: 'yellow',
        remedy: (v) => [
            ...(v.limits.length > 0 && v.targets.some((t) => t.kind === 'sdist')
                ? [['Its sdist could not be read in full within a limit: pin a version with wheels, or, if the file is legitimate, raise that limit with `SDIST_GUARD_LIMITS`.']]
                : []),
            ...(v.wheelPin && 'version' in v.wheelPin ? [['A version with wheels for every target exists: ', { code: `${v.name}==${v.wheelPin.version}` }, '.']] : []),
            [
                'Check the index URL (`index-url`, `extra-index-urls`, a requirements file\u2019s `--index-url`), the credentials for it (`index-credentials`, `SDIST_GUARD_INDEX_CREDENTIALS`), and whether a lock was made against another index; then run again.',
            ],
        ],
    },
    skipped: { icon: '➖', meaning: 'markers exclude every target', noun: 'skipped', listed: false, color: 'none', remedy: () => [] },
};
/** A step as plain text, values as they are: for the terminal and annotations to escape. */
function stepPlain(step) {
    // our words mark option names as Markdown code; in plain text the backticks go
    return step.map((p) => (typeof p === 'string' ? p.replace(/`/g, '') : p.code)).join('');
}
/** Statuses a person must look at even when they do not gate (a report-only run comments on them). */
function needsAttention(v) {
    return (0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .statusRank */ .Tx)(v.status) >= (0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .statusRank */ .Tx)('unresolved');
}
/** Statuses worst first, as the reports list them. */
const STATUS_ORDER = Object.keys(STATUS).sort((a, b) => (0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .statusRank */ .Tx)(b) - (0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .statusRank */ .Tx)(a));
function listed(v) {
    return STATUS[v.status].listed;
}


/***/ }),

/***/ 2219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/python/names.ts
var python_names = __webpack_require__(3442);
;// CONCATENATED MODULE: ./src/python/format-control.ts
// pip's FormatControl: which of binary (wheel) and source (sdist) pip may use for a name, from
// `--only-binary` and `--no-binary`, processed in order the way pip's option callbacks do.

class FormatControl {
    noBinary = new Set();
    onlyBinary = new Set();
    static from(state) {
        const fc = new FormatControl();
        for (const n of state?.noBinary ?? [])
            fc.noBinary.add(n);
        for (const n of state?.onlyBinary ?? [])
            fc.onlyBinary.add(n);
        return fc;
    }
    /** `--no-binary VALUE`: a comma list of names, `:all:` or `:none:`. */
    addNoBinary(value) {
        mutualExclude(value, this.noBinary, this.onlyBinary);
    }
    /** `--only-binary VALUE`. */
    addOnlyBinary(value) {
        mutualExclude(value, this.onlyBinary, this.noBinary);
    }
    /** Which formats pip accepts for `name`: an explicit name outranks `:all:`, only-binary first. */
    allowed(name) {
        const canonical = (0,python_names/* normalizeName */.P)(name);
        const result = new Set(['binary', 'source']);
        if (this.onlyBinary.has(canonical))
            result.delete('source');
        else if (this.noBinary.has(canonical))
            result.delete('binary');
        else if (this.onlyBinary.has(':all:'))
            result.delete('source');
        else if (this.noBinary.has(':all:'))
            result.delete('binary');
        return result;
    }
    state() {
        return { noBinary: [...this.noBinary].sort(), onlyBinary: [...this.onlyBinary].sort() };
    }
    /** Written as its state: two controls that allow the same are written alike. */
    toJSON() {
        return this.state();
    }
}
/** pip's handle_mutual_excludes, shared by format control and release control. */
function mutualExclude(value, target, other) {
    let names = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
    // `:all:` resets both sets; names after it (unless `:none:` follows) are ignored, as in pip.
    while (names.includes(':all:')) {
        other.clear();
        target.clear();
        target.add(':all:');
        names = names.slice(names.indexOf(':all:') + 1);
        if (!names.includes(':none:'))
            return;
    }
    for (const name of names) {
        if (name === ':none:') {
            target.clear();
            continue;
        }
        const canonical = (0,python_names/* normalizeName */.P)(name);
        other.delete(canonical);
        target.add(canonical);
    }
}

;// CONCATENATED MODULE: ./src/scope.ts
// Which dependencies a change adds or alters. On a pull request only those gate; the others were
// already there at its base and are reported as pre-existing. Pure functions over parsed manifests:
// reading the base revision lives in base-manifests.ts.


const SCOPES = ['changed', 'all'];
function specifierClauses(...specs) {
    const clauses = specs.flatMap((s) => s.split(',')).map((c) => c.replace(/\s+/g, ''));
    return [...new Set(clauses.filter(Boolean))].sort();
}
/**
 * Everything that decides which file pip installs for a dependency: its normalized name, the
 * version it asks for (locked version, direct reference, or specifier with the constraints that
 * narrow it), its markers and hashes, and the pip options of its file (indexes, binary/source
 * rules, pre-releases). A change to any of them can change what gets built, so it is in scope.
 */
function requestKey(dep, manifest) {
    const constraints = manifest.constraints.filter((c) => c.name === dep.name);
    const pip = manifest.options;
    const formats = [...FormatControl.from(pip?.formatControl).allowed(dep.name)].sort();
    const requested = dep.direct
        ? ['direct', dep.direct.kind, dep.direct.url]
        : dep.locked
            ? ['locked', dep.locked.version, dep.locked.indexUrl ?? '', (dep.locked.files ?? []).map((f) => [f.filename, f.url ?? '', JSON.stringify(f.hashes)]).sort()]
            : ['specifier', specifierClauses(dep.specifier, ...constraints.map((c) => c.specifier))];
    return JSON.stringify([
        (0,python_names/* normalizeName */.P)(dep.name),
        requested,
        (dep.marker ?? '').replace(/\s+/g, ' ').trim(),
        [...dep.hashes, ...constraints.flatMap((c) => c.hashes)].sort(),
        dep.editable ?? false,
        pip ? [pip.indexUrl ?? '', [...pip.extraIndexUrls].sort(), pip.noIndex, pip.pre, pip.preferBinary] : [],
        formats,
    ]);
}
/** Identifies one declaration: a verdict's sources are the declarations of its dependency. */
function sourceKey(source, name) {
    return `${source.path}\0${source.line}\0${(0,python_names/* normalizeName */.P)(name)}`;
}
/**
 * The declarations at the head that the base does not have in the same form: a new name, another
 * version or specifier, other markers, hashes, indexes or binary rules. Where in the repository a
 * declaration sits does not matter, so moving a requirement between files changes nothing.
 */
function changedDeclarations(head, base) {
    const before = new Set();
    for (const m of base)
        for (const d of m.deps)
            before.add(requestKey(d, m));
    const changed = new Set();
    for (const m of head)
        for (const d of m.deps)
            if (!before.has(requestKey(d, m)))
                changed.add(sourceKey(d.source, d.name));
    return changed;
}
/**
 * Marks every verdict none of whose declarations changed as pre-existing. Without a comparison
 * (`changed` undefined) nothing is marked: every dependency gates.
 */
function markPreexisting(verdicts, changed) {
    if (!changed)
        return verdicts;
    // A transitive dependency's sources are the declarations that pull it in: it is as new as they are.
    const changedLines = new Set([...changed].map((k) => k.slice(0, k.lastIndexOf('\0'))));
    return verdicts.map((v) => {
        const touched = v.sources.length === 0 ||
            v.sources.some((s) => changed.has(sourceKey(s, v.name)) || (v.via !== undefined && changedLines.has(`${s.path}\0${s.line}`)));
        return touched ? v : { ...v, preexisting: true };
    });
}

;// CONCATENATED MODULE: ./src/python/tags.ts
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

// EXTERNAL MODULE: ./src/archive/limits.ts
var limits = __webpack_require__(9180);
;// CONCATENATED MODULE: ./src/limits.ts
// The hard limits of one run: how much of a hostile sdist is read (archive room) and how much an
// index may send or make us wait (index room). The defaults are the product's; SDIST_GUARD_LIMITS
// moves them for a repository whose sdists are legitimately huge, or tightens them.

const MiB = 1024 * 1024;
/** A limit written wrong; the entries report it as a configuration error. */
class InvalidLimit extends Error {
    name = 'InvalidLimit';
}
const DEFAULT_SCAN_LIMITS = Object.freeze({
    archive: limits/* DEFAULT_LIMITS */.dR,
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

;// CONCATENATED MODULE: ./src/glob.ts
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

// EXTERNAL MODULE: ./src/index/redact.ts
var redact = __webpack_require__(6527);
;// CONCATENATED MODULE: ./src/index/credentials.ts
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
        this.secrets.add(...(0,redact/* credentialForms */.Lq)(basic.username, basic.password));
        if (replace || !this.byOrigin.has(origin))
            this.byOrigin.set(origin, basic);
    }
}

;// CONCATENATED MODULE: ./src/options.ts
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
            entryOrigin(host);
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
                targets.push(makeTarget(python, platform));
            }
            catch (err) {
                if (err instanceof InvalidPython)
                    throw new ConfigError(`python-version: ${err.message}`);
                if (err instanceof InvalidPlatform)
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
            globToRegExp(p);
        }
        catch (err) {
            if (err instanceof InvalidGlob)
                throw new ConfigError(`${input}: ${err.message}`);
            throw err;
        }
    }
    return patterns;
}
function readLimits(value) {
    try {
        return parseLimits(value, 'SDIST_GUARD_LIMITS');
    }
    catch (err) {
        if (err instanceof InvalidLimit)
            throw new ConfigError(err.message);
        throw err;
    }
}
function gateFails(status, failOn) {
    return failOn.includes(status);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/regular-file.ts
// Reading files that a repository (or a restored cache) may hold: only regular files are read. A
// FIFO blocks whoever opens it until someone writes to it, a device may never end, a socket cannot
// be read at all; each is refused with its kind named, and never opened in a way that could block
// (opened non-blocking, then checked again on the open descriptor, so a swap in between changes
// nothing).



const NON_BLOCKING = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/** What a file is, in words, when it is not a regular file; undefined for a regular file. */
function specialKind(info) {
    if (info.isFile())
        return undefined;
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a FIFO (named pipe)';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isSocket())
        return 'a socket';
    return 'not a regular file';
}
class NotRegularFile extends Error {
    kind;
    name = 'NotRegularFile';
    constructor(kind) {
        super(`it is ${kind}, not a regular file; only regular files are read`);
        this.kind = kind;
    }
}
/** The whole of a regular file as UTF-8 text; throws NotRegularFile for anything else. */
function readRegularFileSync(path) {
    const kind = specialKind((0,external_node_fs_.statSync)(path));
    if (kind)
        throw new NotRegularFile(kind);
    const fd = (0,external_node_fs_.openSync)(path, NON_BLOCKING);
    try {
        const again = specialKind((0,external_node_fs_.fstatSync)(fd));
        if (again)
            throw new NotRegularFile(again);
        return (0,external_node_fs_.readFileSync)(fd, 'utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** A regular file opened for reading; throws NotRegularFile for anything else. */
async function regular_file_openRegularFile(path) {
    const kind = specialKind(await (0,promises_.stat)(path));
    if (kind)
        throw new NotRegularFile(kind);
    const handle = await (0,promises_.open)(path, NON_BLOCKING);
    try {
        const again = specialKind(await handle.stat());
        if (again)
            throw new NotRegularFile(again);
    }
    catch (err) {
        await handle.close();
        throw err;
    }
    return handle;
}
/** The whole of a regular file; throws NotRegularFile for anything else. */
async function regular_file_readRegularFile(path) {
    const handle = await regular_file_openRegularFile(path);
    try {
        return await handle.readFile();
    }
    finally {
        await handle.close();
    }
}
/** A descriptor of a regular file opened for reading, or undefined (and nothing opened) for anything else. */
function openRegularFileSync(path) {
    const fd = (0,external_node_fs_.openSync)(path, NON_BLOCKING);
    if (specialKind((0,external_node_fs_.fstatSync)(fd))) {
        (0,external_node_fs_.closeSync)(fd);
        return undefined;
    }
    return fd;
}
function lstatOrUndefined(file) {
    try {
        return (0,external_node_fs_.lstatSync)(file);
    }
    catch {
        return undefined;
    }
}
function inside(root, abs) {
    const rel = external_node_path_default().relative(root, abs);
    return rel === '' || (rel !== '..' && !rel.startsWith('..' + (external_node_path_default()).sep) && !external_node_path_default().isAbsolute(rel));
}
/**
 * Writes a report to `file`. Inside `root`, a checkout a pull request may have prepared, it is never
 * written through a symbolic link at the file itself, nor out of `root` through a linked directory
 * on the way, nor into a FIFO or a device; elsewhere it is written where the user said. Throws with
 * the reason.
 */
function writeReportFile(file, text, root) {
    if (!inside(external_node_path_default().resolve(root), external_node_path_default().resolve(file))) {
        // a place the user named outside the checkout (a runner's temporary directory, /dev/stdout)
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(file, text);
        return;
    }
    let existing = external_node_path_default().dirname(external_node_path_default().resolve(file));
    while (!(0,external_node_fs_.existsSync)(existing))
        existing = external_node_path_default().dirname(existing);
    if (!inside((0,external_node_fs_.realpathSync)(root), (0,external_node_fs_.realpathSync)(existing)))
        throw new Error('it leads out of the workspace through a symbolic link; the report is not written there');
    const at = lstatOrUndefined(file);
    if (at?.isSymbolicLink())
        throw new Error('it is a symbolic link; the report is not written through it');
    const kind = at && specialKind(at);
    if (kind)
        throw new Error(`it is ${kind}, not a regular file; the report is not written`);
    if (!(0,external_node_fs_.existsSync)(external_node_path_default().dirname(file)))
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    // O_NOFOLLOW and the check on the descriptor hold even if the path changed since it was looked at
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0), 0o644);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ELOOP')
            throw new Error('it is a symbolic link; the report is not written through it');
        if (code === 'ENXIO')
            throw new Error('it is a FIFO (named pipe), not a regular file; the report is not written');
        throw err;
    }
    try {
        const kind = specialKind((0,external_node_fs_.fstatSync)(fd));
        if (kind)
            throw new Error(`it is ${kind}, not a regular file; the report is not written`);
        const bytes = Buffer.from(text, 'utf8');
        // only a regular file now: emptied and written
        (0,external_node_fs_.ftruncateSync)(fd);
        for (let at = 0; at < bytes.length;)
            at += (0,external_node_fs_.writeSync)(fd, bytes, at, bytes.length - at, at);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/python/version.ts
var python_version = __webpack_require__(6754);
;// CONCATENATED MODULE: ./src/allow.ts
// The allow list: dependencies a team has looked at and accepted. An allowed dependency is still
// reported, with the reason given, but never gates. An entry with `until` applies through that day
// (UTC) and then stops applying, loudly, so that an exception gets revisited instead of forgotten.


/** `name` or `name==version`; throws with a sentence saying what is expected. */
function parseAllowPackage(text) {
    const m = /^\s*([^=\s]+)\s*(?:==\s*(\S+))?\s*$/.exec(text);
    if (!m || !(0,python_names/* isValidName */.u)(m[1]))
        throw new Error(`"${text}" is not a package: expected "name" or "name==version", e.g. "somepkg==1.2.0"`);
    if (m[2] === undefined)
        return { name: (0,python_names/* normalizeName */.P)(m[1]) };
    if (!(0,python_version/* isValidVersion */.ri)(m[2]))
        throw new Error(`"${text}": "${m[2]}" is not a PEP 440 version`);
    return { name: (0,python_names/* normalizeName */.P)(m[1]), version: (0,python_version/* normalizeVersion */.Qj)(m[2]) };
}
/** A real calendar date written `YYYY-MM-DD`. */
function isValidDate(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m)
        return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
/** Today's date in UTC as `YYYY-MM-DD`: the runner's clock, whatever its time zone. */
function todayUtc(now = new Date()) {
    return now.toISOString().slice(0, 10);
}
function isExpired(entry, today) {
    return entry.until !== undefined && entry.until < today;
}
function entryLocation(entry) {
    return entry.line ? `${entry.path}:${entry.line}` : entry.path;
}
/** PEP 440 equality, so that `1.0` and `1.0.0` are the same version. */
function sameVersion(a, b) {
    try {
        return (0,python_version/* compareVersions */.Zy)(a, b) === 0;
    }
    catch {
        return a === b;
    }
}
function matches(entry, v) {
    if (entry.name !== (0,python_names/* normalizeName */.P)(v.name))
        return false;
    if (entry.version === undefined)
        return true;
    return v.version !== undefined && sameVersion(v.version, entry.version);
}
/**
 * Marks the verdicts a live entry accepts as allowed. The first live entry that matches wins.
 * Every expired entry becomes a warning, and a verdict it would have covered says so in its reason.
 * Wheels and skipped dependencies run no package code, so there is nothing to allow.
 */
function applyAllowList(verdicts, entries, today) {
    const live = entries.filter((e) => !isExpired(e, today));
    const expired = entries.filter((e) => isExpired(e, today));
    const diagnostics = expired.map((e) => ({
        severity: 'warning',
        path: e.path,
        ...(e.line ? { line: e.line } : {}),
        message: `the allow entry for "${e.package}" expired on ${e.until} and no longer applies (its reason was: ${e.reason})`,
    }));
    const out = verdicts.map((v) => {
        if (v.status === 'wheel' || v.status === 'skipped')
            return v;
        const entry = live.find((e) => matches(e, v));
        if (entry)
            return { ...v, allowed: { reason: entry.reason, ...(entry.until ? { until: entry.until } : {}), source: entryLocation(entry) } };
        const gone = expired.find((e) => matches(e, v));
        if (gone)
            return { ...v, reason: `${v.reason} (the allow entry at ${entryLocation(gone)} expired on ${gone.until})` };
        return v;
    });
    return { verdicts: out, diagnostics };
}

;// CONCATENATED MODULE: ./src/manifests/toml-lines.ts
// Line numbers for values in a TOML document. TOML parsers return plain values without positions, so
// this walks the text once more, tracking table headers (`[a.b]`, `[[a.b]]`), dotted keys, arrays
// and inline tables, and records where each key and each array element starts. It expects text a
// real TOML parser has already accepted; on anything else it records less, never throws.
class TomlLines {
    text;
    lines = new Map();
    lineStarts = [0];
    pos = 0;
    /** Array-of-tables paths to the index of their current element. */
    arrayTables = new Map();
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++)
            if (text[i] === '\n')
                this.lineStarts.push(i + 1);
        try {
            this.document();
        }
        catch {
            // Positions found so far stay usable; a lookup past this point answers undefined.
        }
    }
    /** The 1-based line where the key (or array element) at `path` is written. */
    line(path) {
        return this.lines.get(JSON.stringify(path));
    }
    record(path, at) {
        const key = JSON.stringify(path);
        if (!this.lines.has(key))
            this.lines.set(key, this.lineOf(at));
    }
    lineOf(offset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    peek(n = 0) {
        return this.text[this.pos + n] ?? '';
    }
    startsWith(s) {
        return this.text.startsWith(s, this.pos);
    }
    /** Spaces and tabs only. */
    skipBlank() {
        while (this.peek() === ' ' || this.peek() === '\t')
            this.pos++;
    }
    /** Whitespace, newlines and comments. */
    skipAll() {
        for (;;) {
            const c = this.peek();
            if (c === ' ' || c === '\t' || c === '\r' || c === '\n')
                this.pos++;
            else if (c === '#')
                this.skipComment();
            else
                return;
        }
    }
    skipComment() {
        while (this.pos < this.text.length && this.peek() !== '\n')
            this.pos++;
    }
    document() {
        let table = [];
        while (this.pos < this.text.length) {
            this.skipAll();
            if (this.pos >= this.text.length)
                break;
            const start = this.pos;
            if (this.startsWith('[[')) {
                this.pos += 2;
                const keys = this.keys();
                this.expect(']]');
                const path = this.resolve(keys.slice(0, -1));
                path.push(keys[keys.length - 1]);
                const id = JSON.stringify(path);
                const index = (this.arrayTables.get(id) ?? -1) + 1;
                this.arrayTables.set(id, index);
                path.push(index);
                table = path;
                this.record(table, start);
            }
            else if (this.peek() === '[') {
                this.pos += 1;
                table = this.resolve(this.keys());
                this.expect(']');
                this.record(table, start);
            }
            else {
                this.keyValue(table);
            }
            this.skipBlank();
            if (this.peek() === '#')
                this.skipComment();
        }
    }
    /** A header's keys with the current element index of every array of tables along the way. */
    resolve(keys) {
        const path = [];
        for (const key of keys) {
            path.push(key);
            const index = this.arrayTables.get(JSON.stringify(path));
            if (index !== undefined)
                path.push(index);
        }
        return path;
    }
    expect(s) {
        this.skipBlank();
        if (!this.startsWith(s))
            throw new Error(`expected ${s}`);
        this.pos += s.length;
    }
    keyValue(table) {
        const start = this.pos;
        const path = [...table, ...this.keys()];
        this.record(path, start);
        this.expect('=');
        this.skipBlank();
        this.value(path);
    }
    keys() {
        const keys = [];
        for (;;) {
            this.skipBlank();
            keys.push(this.key());
            this.skipBlank();
            if (this.peek() !== '.')
                return keys;
            this.pos++;
        }
    }
    key() {
        const c = this.peek();
        if (c === '"')
            return this.basicString();
        if (c === "'")
            return this.literalString();
        const m = /^[A-Za-z0-9_-]+/.exec(this.text.slice(this.pos, this.pos + 256));
        if (!m)
            throw new Error('expected a key');
        this.pos += m[0].length;
        return m[0];
    }
    value(path) {
        if (this.startsWith('"""'))
            this.multiline('"""', true);
        else if (this.startsWith("'''"))
            this.multiline("'''", false);
        else if (this.peek() === '"')
            this.basicString();
        else if (this.peek() === "'")
            this.literalString();
        else if (this.peek() === '[')
            this.array(path);
        else if (this.peek() === '{')
            this.inlineTable(path);
        else {
            // Numbers, booleans, dates (which may hold a space): up to the next delimiter.
            while (this.pos < this.text.length && !',]}\n#'.includes(this.peek()))
                this.pos++;
        }
    }
    array(path) {
        this.pos++;
        let index = 0;
        for (;;) {
            this.skipAll();
            if (this.peek() === ']' || this.pos >= this.text.length) {
                this.pos++;
                return;
            }
            const element = [...path, index];
            this.record(element, this.pos);
            this.value(element);
            this.skipAll();
            if (this.peek() === ',') {
                this.pos++;
                index++;
            }
        }
    }
    inlineTable(path) {
        this.pos++;
        for (;;) {
            this.skipAll();
            if (this.peek() === '}' || this.pos >= this.text.length) {
                this.pos++;
                return;
            }
            this.keyValue(path);
            this.skipAll();
            if (this.peek() === ',')
                this.pos++;
        }
    }
    basicString() {
        this.pos++;
        let out = '';
        while (this.pos < this.text.length) {
            const c = this.peek();
            if (c === '"') {
                this.pos++;
                return out;
            }
            if (c === '\\') {
                out += this.escape();
            }
            else {
                out += c;
                this.pos++;
            }
        }
        throw new Error('unterminated string');
    }
    escape() {
        const e = this.peek(1);
        const simple = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };
        if (e in simple) {
            this.pos += 2;
            return simple[e];
        }
        const width = e === 'u' ? 4 : e === 'U' ? 8 : e === 'x' ? 2 : 0;
        if (width > 0) {
            const hex = this.text.slice(this.pos + 2, this.pos + 2 + width);
            this.pos += 2 + width;
            const code = Number.parseInt(hex, 16);
            return Number.isNaN(code) ? '' : String.fromCodePoint(code);
        }
        this.pos += 2;
        return e;
    }
    literalString() {
        const end = this.text.indexOf("'", this.pos + 1);
        if (end === -1)
            throw new Error('unterminated string');
        const s = this.text.slice(this.pos + 1, end);
        this.pos = end + 1;
        return s;
    }
    multiline(quote, escapes) {
        this.pos += 3;
        while (this.pos < this.text.length) {
            if (escapes && this.peek() === '\\') {
                this.pos += 2;
                continue;
            }
            if (this.startsWith(quote)) {
                this.pos += 3;
                // Up to two quote characters may end the content right before the closing delimiter.
                for (let i = 0; i < 2 && this.peek() === quote[0]; i++)
                    this.pos++;
                return;
            }
            this.pos++;
        }
    }
}

;// CONCATENATED MODULE: ./src/config.ts
// The configuration file: `sdist-guard.toml`, or `[tool.sdist-guard]` in `pyproject.toml`, at the
// scanned root (or a file named with --config / the `config` input). It holds what a repository
// wants every run to use: targets, fail-on, indexes and the allow list. Action inputs and command
// line flags override it. A mistake in it is a configuration error naming the file, line and key.








const CONFIG_FILE = 'sdist-guard.toml';
const config_KEYS = ['python-version', 'platform', 'fail-on', 'index-url', 'extra-index-urls', 'exclude', 'advisories', 'allow'];
const ALLOW_KEYS = ['package', 'reason', 'until'];
class Reader {
    file;
    lines;
    prefix;
    constructor(text, file, where) {
        this.file = file;
        this.lines = new TomlLines(text);
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
        throw new ConfigError(`${this.at(...keys)}: ${message}`);
    }
}
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function stringList(r, key, value) {
    if (typeof value === 'string')
        return splitList(value);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
        return value.flatMap((v) => splitList(v));
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
            pkg = parseAllowPackage(item.package);
        }
        catch (err) {
            return r.fail(['allow', i, 'package'], err.message);
        }
        if (typeof item.reason !== 'string' || item.reason.trim() === '')
            return r.fail(['allow', i], `allow entry for "${item.package}" needs a reason = "..." saying why it is accepted`);
        let until;
        if (item.until !== undefined) {
            if (item.until instanceof dist/* TomlDate */.PJ && item.until.isDate())
                until = item.until.toISOString().slice(0, 10);
            else if (typeof item.until === 'string' && isValidDate(item.until.trim()))
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
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        const at = err instanceof dist/* TomlError */.zx ? `:${err.line}` : '';
        throw new ConfigError(`${file}${at}: not valid TOML: ${err.message.split('\n')[0]}`);
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
        if (!config_KEYS.includes(key))
            unknownKey(r, [], key, config_KEYS);
    const config = { path: file, label: where === 'tool' ? `[tool.sdist-guard] in ${file}` : file, allow: [] };
    if (table['python-version'] !== undefined) {
        config.pythonVersions = stringList(r, 'python-version', table['python-version']);
        for (const python of config.pythonVersions) {
            try {
                makeTarget(python, 'linux');
            }
            catch (err) {
                if (err instanceof InvalidPython)
                    r.fail(['python-version'], `python-version: ${err.message}`);
                throw err;
            }
        }
    }
    if (table.platform !== undefined) {
        config.platforms = stringList(r, 'platform', table.platform);
        for (const platform of config.platforms) {
            try {
                makeTarget('3.12', platform);
            }
            catch (err) {
                if (err instanceof InvalidPlatform)
                    r.fail(['platform'], `platform: ${err.message}`);
                throw err;
            }
        }
    }
    if (table['fail-on'] !== undefined)
        config.failOn = parseFailOn(stringList(r, 'fail-on', table['fail-on']).join(','), `${r.at('fail-on')}: fail-on`);
    const indexUrl = table['index-url'];
    if (indexUrl !== undefined) {
        if (typeof indexUrl === 'string')
            config.indexUrl = validateUrl(indexUrl, `${r.at('index-url')}: index-url`);
        else
            r.fail(['index-url'], 'index-url must be a string');
    }
    if (table['extra-index-urls'] !== undefined)
        config.extraIndexUrls = stringList(r, 'extra-index-urls', table['extra-index-urls']).map((u) => validateUrl(u, `${r.at('extra-index-urls')}: extra-index-urls`));
    const advisories = table.advisories;
    if (advisories !== undefined) {
        if (typeof advisories !== 'string')
            return r.fail(['advisories'], 'advisories must be a string: osv, off or the URL of an OSV-compatible service');
        parseAdvisories(advisories, `${r.at('advisories')}: advisories`);
        config.advisories = advisories.trim();
    }
    if (table.exclude !== undefined) {
        const value = table.exclude;
        if (!(typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))))
            r.fail(['exclude'], 'exclude must be a string or an array of strings (glob patterns such as "tests/fixtures/**")');
        // a pattern may hold a comma or a space ({a,b} is not supported, but a path may have spaces), so an array is taken as written
        config.exclude = typeof value === 'string' ? splitList(value) : value.map((v) => v.trim()).filter(Boolean);
        parseExclude(config.exclude, `${r.at('exclude')}: exclude`);
    }
    if (table.allow !== undefined)
        config.allow = readAllow(r, table.allow, file);
    return config;
}
function readIfExists(abs, onlyRegular = false) {
    if (!(0,external_node_fs_.existsSync)(abs))
        return undefined;
    try {
        return readRegularFileSync(abs);
    }
    catch (err) {
        if (onlyRegular && err instanceof NotRegularFile)
            return undefined;
        throw new ConfigError(`cannot read the configuration file ${abs}: ${err.message}`);
    }
}
function shownPath(root, abs) {
    const rel = external_node_path_default().relative(root, abs);
    return rel && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) ? rel.split((external_node_path_default()).sep).join('/') : abs;
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
            text = readRegularFileSync(explicit);
        }
        catch (err) {
            const code = err.code;
            throw new ConfigError(`config: cannot read ${shown}: ${code === 'ENOENT' ? 'no such file' : err.message}`);
        }
        const where = external_node_path_default().basename(explicit) === 'pyproject.toml' ? 'tool' : 'top';
        const config = parseConfig(text, shown, where);
        if (!config)
            throw new ConfigError(`config: ${shown} has no [tool.sdist-guard] table`);
        return config;
    }
    const own = readIfExists(external_node_path_default().join(root, CONFIG_FILE));
    const fromOwn = own !== undefined ? parseConfig(own, CONFIG_FILE, 'top') : undefined;
    // A pyproject.toml that is not a regular file is left to the manifest stage, which reports it.
    const pyproject = readIfExists(external_node_path_default().join(root, 'pyproject.toml'), true);
    let fromPyproject;
    if (pyproject !== undefined) {
        let valid = true;
        try {
            (0,dist/* parse */.qg)(pyproject);
        }
        catch {
            valid = false;
        }
        if (valid)
            fromPyproject = parseConfig(pyproject, 'pyproject.toml', 'tool');
    }
    if (fromOwn && fromPyproject)
        throw new ConfigError(`configuration is in both ${CONFIG_FILE} and [tool.sdist-guard] of pyproject.toml: keep it in one of them`);
    return fromOwn ?? fromPyproject;
}

;// CONCATENATED MODULE: ./src/python/release-control.ts
// pip 26's ReleaseControl: whether pre-releases may be chosen for a name, from `--all-releases` and
// `--only-final` (a comma list of names, `:all:` or `:none:`, each excluding the other as
// `--only-binary` and `--no-binary` do), with `--pre` read as `--all-releases :all:`.


class ReleaseControl {
    allReleases = new Set();
    onlyFinal = new Set();
    static from(state, pre = false) {
        const rc = new ReleaseControl();
        for (const n of state?.allReleases ?? [])
            rc.allReleases.add(n);
        for (const n of state?.onlyFinal ?? [])
            rc.onlyFinal.add(n);
        // pip adds `:all:` to all-releases for `--pre`, without clearing only-final
        if (pre)
            rc.allReleases.add(':all:');
        return rc;
    }
    addAllReleases(value) {
        mutualExclude(value, this.allReleases, this.onlyFinal);
    }
    addOnlyFinal(value) {
        mutualExclude(value, this.onlyFinal, this.allReleases);
    }
    /** `true`: pre-releases allowed; `false`: final releases only; `undefined`: the specifier decides. */
    allowsPrereleases(name) {
        const canonical = (0,python_names/* normalizeName */.P)(name);
        if (this.allReleases.has(canonical))
            return true;
        if (this.onlyFinal.has(canonical))
            return false;
        if (this.allReleases.has(':all:'))
            return true;
        if (this.onlyFinal.has(':all:'))
            return false;
        return undefined;
    }
    state() {
        return { allReleases: [...this.allReleases].sort(), onlyFinal: [...this.onlyFinal].sort() };
    }
}

;// CONCATENATED MODULE: ./src/manifests/requirements-lines.ts
// The text layer of pip's requirements file format: physical lines to logical lines (continuations
// joined, comments dropped), `${VAR}` expansion, and the split of a line into its requirement part
// and its option part. Kept apart from option and requirement handling so each can be tested alone.
// Python's str.splitlines() boundaries, which pip uses to cut a file into lines.
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
/**
 * pip's COMMENT_RE, `(^|\s+)#.*$`: a `#` at the start of a line or after whitespace starts a
 * comment, so the `#egg=` and `#sha256=` fragments of URLs survive. Scanned by hand because that
 * regex backtracks quadratically over long runs of whitespace.
 */
function stripComment(line) {
    for (let i = line.indexOf('#'); i !== -1; i = line.indexOf('#', i + 1)) {
        if (i === 0 || /\s/.test(line[i - 1]))
            return line.slice(0, i);
    }
    return line;
}
function logicalLines(content) {
    const physical = content.replace(/^\uFEFF/, '').split(LINE_BREAK);
    // A final newline does not start another line (splitlines drops it).
    if (physical.length > 0 && physical[physical.length - 1] === '')
        physical.pop();
    const joined = [];
    let pending = [];
    let first = 0;
    physical.forEach((raw, index) => {
        const number = index + 1;
        const isComment = /^\s*#/.test(raw);
        if (!raw.endsWith('\\') || isComment) {
            // A comment inside a continuation ends it; the leading space keeps the `#` a comment once joined.
            const piece = isComment ? ' ' + raw : raw;
            if (pending.length > 0) {
                pending.push(piece);
                joined.push({ line: first, text: pending.join('') });
                pending = [];
            }
            else {
                joined.push({ line: number, text: piece });
            }
        }
        else {
            if (pending.length === 0)
                first = number;
            pending.push(stripBackslashes(raw));
        }
    });
    if (pending.length > 0)
        joined.push({ line: first, text: pending.join('') });
    const result = [];
    for (const { line, text } of joined) {
        const stripped = stripComment(text).trim();
        if (stripped !== '')
            result.push({ line, text: stripped });
    }
    return result;
}
// pip joins continued lines with `line.strip("\\")`, which removes backslashes from both ends.
function stripBackslashes(s) {
    return s.replace(/^\\+/, '').replace(/\\+$/, '');
}
// pip expands only this shape, so `$HOME` and `${lower}` stay literal text.
const ENV_VAR = /\$\{([A-Z0-9_]+)\}/g;
function expandEnv(text, env) {
    const missing = [];
    const used = [];
    const expanded = text.replace(ENV_VAR, (whole, name) => {
        const value = env[name];
        if (value === undefined || value === '') {
            if (!missing.includes(name))
                missing.push(name);
            return whole;
        }
        if (!used.some((u) => u.name === name))
            used.push({ name, value });
        return value;
    });
    return { text: expanded, missing, used };
}
/** pip's break_args_options: everything before the first `-`-token is the requirement. */
function breakArgsOptions(line) {
    const tokens = line.split(/\s+/).filter((t) => t !== '');
    const at = tokens.findIndex((t) => t.startsWith('-'));
    const cut = at === -1 ? tokens.length : at;
    return { args: tokens.slice(0, cut).join(' '), options: tokens.slice(cut).join(' ') };
}
class ShellSplitError extends Error {
}
/** Python's shlex.split in POSIX mode, which pip uses on the option part of a line. */
function shellSplit(s) {
    const words = [];
    let word = '';
    let inWord = false;
    let i = 0;
    while (i < s.length) {
        const c = s[i];
        if (/\s/.test(c)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
            i++;
        }
        else if (c === "'") {
            const end = s.indexOf("'", i + 1);
            if (end === -1)
                throw new ShellSplitError('no closing quotation');
            word += s.slice(i + 1, end);
            inWord = true;
            i = end + 1;
        }
        else if (c === '"') {
            i++;
            let closed = false;
            while (i < s.length) {
                const d = s[i];
                if (d === '"') {
                    closed = true;
                    i++;
                    break;
                }
                // Inside double quotes a backslash escapes only a quote or another backslash.
                if (d === '\\' && i + 1 < s.length && (s[i + 1] === '"' || s[i + 1] === '\\')) {
                    word += s[i + 1];
                    i += 2;
                }
                else {
                    word += d;
                    i++;
                }
            }
            if (!closed)
                throw new ShellSplitError('no closing quotation');
            inWord = true;
        }
        else if (c === '\\') {
            if (i + 1 >= s.length)
                throw new ShellSplitError('no escaped character');
            word += s[i + 1];
            inWord = true;
            i += 2;
        }
        else {
            word += c;
            inWord = true;
            i++;
        }
    }
    if (inWord)
        words.push(word);
    return words;
}

;// CONCATENATED MODULE: ./src/manifests/compiled-header.ts
// pip-tools and `uv pip compile` write, at the top of the requirements file they compile, the command
// that made it:
//
//   # This file is autogenerated by pip-compile with Python 3.12
//   # by the following command:
//   #
//   #    pip-compile --output-file=requirements.txt requirements.in
//
//   # This file was autogenerated by uv via the following command:
//   #    uv pip compile requirements.in -o requirements.txt
//
// The `.in` files that command names are what a person edits; the compiled file is what gets
// installed. This reads the command's `.in` arguments, as written (relative to where it ran).

/** Options of either tool whose value is a file that is not a source: the output and constraints. */
const VALUE_OPTIONS = new Set(['-o', '--output-file', '-c', '--constraint', '--constraints', '--override', '--overrides', '-b', '--build-constraint', '--build-constraints']);
/** At most this many leading lines are looked at: the header comes first. */
const HEADER_LINES = 20;
/** The `.in` files the compiling command names, or undefined when the file has no such header. */
function compiledSources(text) {
    const lines = text.split(/\r?\n/, HEADER_LINES);
    let generated = false;
    for (const line of lines) {
        const trimmed = line.trim();
        if (trimmed === '')
            continue;
        if (!trimmed.startsWith('#'))
            break;
        const comment = trimmed.replace(/^#+\s*/, '');
        if (/^This file (is|was) autogenerated by (pip-compile|uv)\b/i.test(comment))
            generated = true;
        const command = /^(?:pip-compile|uv\s+pip\s+compile)\s+(.*)$/.exec(comment);
        if (!generated || !command)
            continue;
        let words;
        try {
            words = shellSplit(command[1]);
        }
        catch (err) {
            if (err instanceof ShellSplitError)
                return undefined;
            throw err;
        }
        const sources = [];
        for (let i = 0; i < words.length; i++) {
            const word = words[i];
            if (VALUE_OPTIONS.has(word)) {
                i++;
                continue;
            }
            if (word.startsWith('-'))
                continue;
            if (/\.in$/i.test(word))
                sources.push(word);
        }
        return sources;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/manifests/requirements-options.ts
// The options pip accepts inside a requirements file, parsed the way optparse does: long options as
// `--name=value` or `--name value`, short ones as `-x value` or `-xvalue`.
const SPECS = [
    { key: 'requirement', names: ['-r', '--requirement'], takesValue: true },
    { key: 'constraint', names: ['-c', '--constraint'], takesValue: true },
    { key: 'editable', names: ['-e', '--editable'], takesValue: true },
    { key: 'indexUrl', names: ['-i', '--index-url'], takesValue: true },
    { key: 'extraIndexUrl', names: ['--extra-index-url'], takesValue: true },
    { key: 'noIndex', names: ['--no-index'], takesValue: false },
    { key: 'findLinks', names: ['-f', '--find-links'], takesValue: true },
    { key: 'noBinary', names: ['--no-binary'], takesValue: true },
    { key: 'onlyBinary', names: ['--only-binary'], takesValue: true },
    { key: 'preferBinary', names: ['--prefer-binary'], takesValue: false },
    { key: 'pre', names: ['--pre'], takesValue: false },
    { key: 'allReleases', names: ['--all-releases'], takesValue: true },
    { key: 'onlyFinal', names: ['--only-final'], takesValue: true },
    { key: 'trustedHost', names: ['--trusted-host'], takesValue: true },
    { key: 'useFeature', names: ['--use-feature'], takesValue: true },
    { key: 'requireHashes', names: ['--require-hashes'], takesValue: false },
    { key: 'hash', names: ['--hash'], takesValue: true },
    { key: 'configSettings', names: ['-C', '--config-settings'], takesValue: true },
    { key: 'globalOption', names: ['--global-option'], takesValue: true },
    { key: 'installOption', names: ['--install-option'], takesValue: true },
];
const BY_NAME = new Map(SPECS.flatMap((s) => s.names.map((n) => [n, s])));
/** Options that pip takes per requirement, on the requirement's own line. */
const PER_REQUIREMENT = new Set(['hash', 'configSettings', 'globalOption', 'installOption']);
function parseOptions(words) {
    const result = { values: [], unknown: [], extra: [] };
    let i = 0;
    while (i < words.length) {
        const word = words[i++];
        if (word === '--') {
            result.extra.push(...words.slice(i));
            break;
        }
        if (word.startsWith('--')) {
            const eq = word.indexOf('=');
            const name = eq === -1 ? word : word.slice(0, eq);
            const spec = BY_NAME.get(name);
            if (!spec) {
                result.unknown.push(name);
                continue;
            }
            if (!spec.takesValue) {
                if (eq !== -1)
                    result.unknown.push(word);
                else
                    result.values.push({ key: spec.key, name, value: '' });
                continue;
            }
            if (eq !== -1) {
                result.values.push({ key: spec.key, name, value: word.slice(eq + 1) });
            }
            else if (i < words.length) {
                result.values.push({ key: spec.key, name, value: words[i++] });
            }
            else {
                result.missingValue = name;
                return result;
            }
        }
        else if (word.startsWith('-') && word.length > 1) {
            const name = word.slice(0, 2);
            const spec = BY_NAME.get(name);
            if (!spec) {
                result.unknown.push(name);
                continue;
            }
            // Every short option here takes a value; optparse lets it be glued on (`-rfile`).
            if (word.length > 2) {
                result.values.push({ key: spec.key, name, value: word.slice(2) });
            }
            else if (i < words.length) {
                result.values.push({ key: spec.key, name, value: words[i++] });
            }
            else {
                result.missingValue = name;
                return result;
            }
        }
        else {
            result.extra.push(word);
        }
    }
    return result;
}

// EXTERNAL MODULE: ./src/python/requirements.ts
var python_requirements = __webpack_require__(3516);
// EXTERNAL MODULE: ./src/python/markers.ts
var python_markers = __webpack_require__(8689);
// EXTERNAL MODULE: ./src/python/filenames.ts
var filenames = __webpack_require__(9804);
// EXTERNAL MODULE: ./src/manifests/direct-reference.ts
var direct_reference = __webpack_require__(3505);
;// CONCATENATED MODULE: ./src/manifests/requirement-forms.ts
// The forms a requirement takes in a requirements file, read the way pip's req_install.constructors
// reads them: PEP 508 (`name[extras] specifier ; marker`, `name @ url`), bare URLs and VCS URLs with
// `#egg=`, local paths and archive files, and `-e` editables. Without touching the file system, so a
// path is told from a name by its shape alone.







/** A requirement that cannot be read; the message says what is wrong. */
class RequirementFormError extends Error {
}
/**
 * The name a local project directory declares: `[project].name` or Poetry's `[tool.poetry].name` in
 * its pyproject.toml, else `name` in setup.cfg's `[metadata]`. That is the name its build gives it,
 * which pip installs it under; undefined when neither file says (a setup.py computes it).
 */
function declaredProjectName(dir, ctx) {
    if (!ctx.readFile)
        return undefined;
    try {
        const doc = (0,dist/* parse */.qg)(ctx.readFile(external_node_path_default().join(dir, 'pyproject.toml')));
        const name = doc.project?.name ?? doc.tool?.poetry?.name;
        if (typeof name === 'string' && (0,python_names/* isValidName */.u)(name.trim()))
            return name.trim();
    }
    catch {
        // no pyproject.toml, or not one that names the project
    }
    try {
        const cfg = ctx.readFile(external_node_path_default().join(dir, 'setup.cfg'));
        let section = '';
        for (const raw of cfg.split(/\r?\n/)) {
            const header = /^\s*\[([^\]]+)\]\s*$/.exec(raw);
            if (header)
                section = header[1].trim().toLowerCase();
            const entry = section === 'metadata' ? /^name\s*[=:]\s*(\S.*?)\s*$/.exec(raw) : null;
            if (entry && (0,python_names/* isValidName */.u)(entry[1]))
                return entry[1];
        }
    }
    catch {
        // no setup.cfg
    }
    return undefined;
}
function describe(e) {
    return e instanceof Error ? e.message : String(e);
}
/** The text as quoted in a message: the start of a hostile megabyte line is enough to find it. */
function quoted(text) {
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
/** A PEP 508 requirement, with a direct reference when it carries `@ url`. */
function pep508Form(text) {
    let req;
    try {
        req = (0,python_requirements/* parseRequirement */.p)(text);
    }
    catch (e) {
        let hint = '';
        if (/[=]/.test(text) && !/(===|==|~=|!=|<=|>=|<|>)/.test(text))
            hint = ' (= is not a valid operator; did you mean ==?)';
        throw new RequirementFormError(`invalid requirement '${quoted(text)}': ${describe(e)}${hint}`);
    }
    const form = { name: req.name, specifier: req.specifier, extras: [...req.extras] };
    if (req.marker !== undefined && req.marker !== '')
        form.marker = req.marker;
    if (req.url !== undefined)
        form.direct = { kind: (0,direct_reference/* directKind */.ap)(req.url), url: req.url };
    return form;
}
function checkMarker(marker) {
    try {
        (0,python_markers/* parseMarker */.gY)(marker);
    }
    catch (e) {
        throw new RequirementFormError(`invalid marker '${quoted(marker)}': ${describe(e)}`);
    }
    return marker;
}
/** `#egg=name` or `#egg=name[extras]`: a bare name, not a whole requirement. */
function eggName(ref) {
    const egg = (0,direct_reference/* eggFragment */.Gl)(ref);
    if (egg === undefined)
        return undefined;
    let req;
    try {
        req = (0,python_requirements/* parseRequirement */.p)(egg);
    }
    catch {
        throw new RequirementFormError(`invalid #egg= fragment '${egg}': it must be a project name`);
    }
    if (req.specifier !== '' || req.url !== undefined || (req.marker !== undefined && req.marker !== '')) {
        throw new RequirementFormError(`invalid #egg= fragment '${egg}': it must be a project name`);
    }
    return { name: req.name, extras: [...req.extras] };
}
/** The file system path a `file:` URL or a plain path names, resolved against the file's directory. */
function localPath(ref, ctx) {
    return external_node_path_default().resolve(ctx.dir, /^file:/i.test(ref) ? (0,direct_reference/* fileUrlPath */.f2)(ref) : ref);
}
/** A name for a direct reference that has no `#egg=`: the wheel or sdist file name, the repository, the directory. */
function derivedName(ref, kind, ctx) {
    if (kind === 'vcs') {
        const name = (0,direct_reference/* nameFromVcsUrl */.tr)(ref);
        return name === undefined ? undefined : { name };
    }
    const archive = (0,direct_reference/* nameFromArchive */.KE)((0,direct_reference/* lastSegment */.mp)(ref));
    if (archive !== undefined)
        return archive;
    if (kind === 'path') {
        const dir = localPath(ref.split('#')[0], ctx);
        const declared = declaredProjectName(dir, ctx);
        if (declared !== undefined)
            return { name: declared };
        const base = external_node_path_default().basename(dir);
        return base === '' ? undefined : { name: base };
    }
    return undefined;
}
function directForm(ref, extrasText, marker, ctx) {
    const kind = (0,direct_reference/* directKind */.ap)(ref);
    const egg = eggName(ref);
    const extras = new Set(egg?.extras ?? []);
    if (extrasText !== undefined) {
        for (const e of extrasText.slice(1, -1).split(',')) {
            const trimmed = e.trim();
            if (trimmed === '')
                continue;
            if (!(0,python_names/* isValidName */.u)(trimmed))
                throw new RequirementFormError(`invalid extra '${trimmed}' in '${extrasText}'`);
            extras.add(trimmed);
        }
    }
    let name = egg?.name;
    let specifier = '';
    // pip pins a wheel to the version its file name states, whatever the fragment says; a `.whl`
    // whose name is not a wheel file name stops pip (InvalidWheelFilename) before anything installs.
    const file = (0,direct_reference/* lastSegment */.mp)(ref);
    if (file.endsWith('.whl')) {
        try {
            (0,filenames/* parseWheelFilename */.eP)(file);
        }
        catch (err) {
            if (err instanceof filenames/* InvalidFilename */.H1)
                throw new RequirementFormError(`${err.message}: pip refuses a wheel file so named and installs nothing`);
            throw err;
        }
    }
    const archive = (0,direct_reference/* nameFromArchive */.KE)(file);
    if (archive?.version !== undefined) {
        name ??= archive.name;
        specifier = `==${archive.version}`;
    }
    if (name === undefined) {
        const derived = derivedName(ref, kind, ctx);
        if (derived === undefined) {
            throw new RequirementFormError(`cannot tell the project name of '${ref}'; add #egg=<name>`);
        }
        name = derived.name;
    }
    if (!(0,python_names/* isValidName */.u)(name)) {
        throw new RequirementFormError(`cannot tell the project name of '${ref}' ('${name}' is not a valid name); add #egg=<name>`);
    }
    const form = { name, specifier, extras: [...extras], direct: { kind, url: ref } };
    if (marker !== undefined)
        form.marker = marker;
    return form;
}
/** A requirement line's requirement part, with variables already expanded. */
function requirementLineForm(text, ctx) {
    const url = (0,direct_reference/* isUrl */.gU)(text);
    // A URL may hold `;` itself, so pip wants `; ` before a marker there.
    const sep = url ? '; ' : ';';
    const at = text.indexOf(sep);
    const head = (at === -1 ? text : text.slice(0, at)).trim();
    const markerText = at === -1 ? undefined : text.slice(at + sep.length).trim();
    const marker = markerText === undefined || markerText === '' ? undefined : markerText;
    if (url) {
        return directForm(head, undefined, marker === undefined ? undefined : checkMarker(marker), ctx);
    }
    // pip takes `name @ url` for a PEP 508 requirement unless the part before `@` looks like a path.
    const atSign = head.indexOf('@');
    const pep508Url = atSign !== -1 && !(0,direct_reference/* looksLikePath */.j8)(head.slice(0, atSign));
    const { base, extras } = (0,direct_reference/* stripExtras */.A_)(head);
    if (!pep508Url && ((0,direct_reference/* looksLikePath */.j8)(base) || (0,direct_reference/* isArchiveFile */.Dk)(base))) {
        return directForm(base, extras, marker === undefined ? undefined : checkMarker(marker), ctx);
    }
    return pep508Form(text);
}
const EDITABLE_VCS = ['git', 'hg', 'svn', 'bzr'];
/** The value of `-e`: a local project directory or a VCS URL that names its project with `#egg=`. */
function editableForm(value, ctx) {
    let ref = value;
    const lower = ref.toLowerCase();
    for (const vc of EDITABLE_VCS) {
        if (lower.startsWith(`${vc}:`) && !(0,direct_reference/* isVcsUrl */.cv)(ref)) {
            ref = `${vc}+${ref}`;
            break;
        }
    }
    if ((0,direct_reference/* isVcsUrl */.cv)(ref)) {
        if ((0,direct_reference/* eggFragment */.Gl)(ref) === undefined) {
            throw new RequirementFormError(`cannot tell the project name of editable '${value}'; pip needs #egg=<name>`);
        }
        return directForm(ref, undefined, undefined, ctx);
    }
    const { base, extras } = (0,direct_reference/* stripExtras */.A_)(ref);
    if ((0,direct_reference/* isUrl */.gU)(base) && !/^file:/i.test(base)) {
        throw new RequirementFormError(`'${value}' is not a valid editable requirement: it must be a local project path or a VCS URL`);
    }
    return directForm(base, extras, undefined, ctx);
}

;// CONCATENATED MODULE: ./src/manifests/requirements.ts
// pip's requirements file format (`requirements*.txt`, pip-tools' `*.in`): requirements in all their
// forms, `-r`/`-c` includes, and the options that steer where pip looks and what it may build.
// Includes are processed depth-first at the line that names them, as pip does, so option order
// (`--no-binary` then `--only-binary`, `-i` after `--extra-index-url`) matches what pip would see.









// pip's STRONG_HASHES with their digest lengths in hex digits.
const HASH_LENGTHS = { sha256: 64, sha384: 96, sha512: 128 };
/**
 * Bounds on what a hostile file can make of the report. A real requirement line, even with a
 * hundred `--hash` options, is a few kilobytes; a longer one is refused rather than quoted.
 */
const MAX_LINE_CHARS = 1024 * 1024;
/**
 * Errors read per file (with its includes). pip stops at the first; past this many the file is
 * not a requirements file at all, and reading on would only cost time.
 */
const MAX_ERRORS = 100;
/** Warnings listed per file; the rest are counted. */
const MAX_WARNINGS = 100;
const MAX_MESSAGE_CHARS = 1000;
const parse = (text, filePath, ctx) => {
    const root = external_node_path_default().resolve(ctx.root);
    const abs = external_node_path_default().resolve(root, filePath);
    const rel = toRelative(root, abs) ?? filePath;
    const state = {
        ctx,
        root,
        formatControl: new FormatControl(),
        options: { extraIndexUrls: [], noIndex: false, findLinks: [], formatControl: { noBinary: [], onlyBinary: [] }, preferBinary: false, pre: false },
        dependencies: [],
        constraints: [],
        diagnostics: [],
        included: [],
        seen: new Set([seenKey(false, abs)]),
        redactions: [],
        expanded: new Set(),
        errors: 0,
        warnings: 0,
        halted: false,
    };
    parseFile(state, text, { rel, abs, constraint: false, chain: [rel], chainAbs: [abs] });
    const unlisted = state.warnings - MAX_WARNINGS;
    if (unlisted > 0) {
        state.diagnostics.push({ severity: 'warning', path: rel, message: `${unlisted} more warning${unlisted === 1 ? '' : 's'} in ${rel}${state.included.length ? ' and the files it includes' : ''} are not listed` });
    }
    state.options.formatControl = state.formatControl.state();
    const compiledFrom = compiledSources(text);
    return {
        ...(compiledFrom && compiledFrom.length > 0 ? { compiledFrom } : {}),
        kind: 'manifest',
        dependencies: state.dependencies,
        constraints: state.constraints,
        options: state.options,
        diagnostics: state.diagnostics,
        included: state.included,
        ...(state.expanded.size > 0 ? { secrets: [...state.expanded] } : {}),
    };
};
function seenKey(constraint, abs) {
    return `${constraint ? 'c' : 'r'}|${abs}`;
}
/** `abs` relative to `root` with POSIX separators, or undefined when it is not inside the root. */
function toRelative(root, abs) {
    const rel = external_node_path_default().relative(root, abs);
    if (rel === '' || rel === '..' || rel.startsWith('..' + (external_node_path_default()).sep) || external_node_path_default().isAbsolute(rel))
        return undefined;
    return rel.split((external_node_path_default()).sep).join('/');
}
function parseFile(state, text, file) {
    for (const { line, text: raw } of logicalLines(text)) {
        if (state.halted)
            return;
        if (state.errors >= MAX_ERRORS) {
            state.halted = true;
            state.diagnostics.push({
                severity: 'error',
                path: file.rel,
                line,
                message: `more than ${MAX_ERRORS} errors (pip stops at the first): ${file.rel} is not read from this line on`,
            });
            return;
        }
        if (raw.length > MAX_LINE_CHARS) {
            diag(state, file, line, 'error', `a line of ${raw.length} characters, more than the ${MAX_LINE_CHARS} a requirement line may have; skipped`);
            continue;
        }
        handleLine(state, file, line, raw);
    }
}
function diag(state, file, line, severity, message) {
    if (severity === 'error')
        state.errors++;
    else if (++state.warnings > MAX_WARNINGS)
        return;
    let shown = unexpand(state, message);
    if (shown.length > MAX_MESSAGE_CHARS)
        shown = `${shown.slice(0, MAX_MESSAGE_CHARS)}…`;
    shown = hidePieces(state, shown);
    state.diagnostics.push({ severity, path: file.rel, line, message: shown });
}
/** Text with each value expanded into the current line written back as the `${NAME}` it came from. */
function unexpand(state, text) {
    let shown = text;
    for (const { name, value } of state.redactions)
        shown = shown.split(value).join(`\${${name}}`);
    return shown;
}
/** Pieces of a value shorter than this are left: they are as likely to be anything else. */
const MIN_PIECE = 5;
/** Values longer than this are only hidden whole (finding pieces of them costs too much). */
const MAX_PIECE_SEARCH = 4096;
/**
 * A message about a line with expanded values, with every piece of a value hidden too: a parser
 * quotes the text where it stopped, cut short, which no longer holds the value whole.
 */
function hidePieces(state, text) {
    let shown = text;
    for (const { name, value } of state.redactions) {
        if (value.length < MIN_PIECE || value.length > MAX_PIECE_SEARCH)
            continue;
        let out = '';
        for (let i = 0; i < shown.length;) {
            let len = 0;
            while (i + len < shown.length && value.includes(shown.slice(i, i + len + 1)))
                len++;
            if (len >= MIN_PIECE) {
                out += `\${${name}}`;
                i += len;
            }
            else {
                out += shown[i];
                i++;
            }
        }
        shown = out;
    }
    return shown;
}
function handleLine(state, file, line, raw) {
    const { text, missing, used } = expandEnv(raw, state.ctx.env);
    for (const { value } of used)
        state.expanded.add(value);
    const outer = state.redactions;
    // Longest first, so a value that contains another is replaced whole.
    state.redactions = [...used].sort((a, b) => b.value.length - a.value.length);
    try {
        handleExpandedLine(state, file, line, raw, text, missing);
    }
    finally {
        state.redactions = outer;
    }
}
function handleExpandedLine(state, file, line, raw, text, missing) {
    for (const name of missing) {
        diag(state, file, line, 'warning', `environment variable \${${name}} is not set; the text is left as written`);
    }
    const parts = breakArgsOptions(text);
    let words;
    try {
        words = shellSplit(parts.options);
    }
    catch (e) {
        const why = e instanceof ShellSplitError ? e.message : String(e);
        diag(state, file, line, 'error', `cannot split options '${parts.options}': ${why}`);
        return;
    }
    const parsed = parseOptions(words);
    if (parsed.missingValue !== undefined) {
        diag(state, file, line, 'error', `option ${parsed.missingValue} needs a value`);
        return;
    }
    if (parsed.unknown.length > 0) {
        diag(state, file, line, 'warning', `unknown option ${parsed.unknown.join(', ')}; line skipped`);
        return;
    }
    if (parsed.extra.length > 0) {
        diag(state, file, line, 'warning', `ignored argument ${parsed.extra.map((w) => `'${w}'`).join(', ')} (pip ignores it too)`);
    }
    const editables = parsed.values.filter((v) => v.key === 'editable');
    if (parts.args !== '') {
        requirementLine(state, file, line, parts.args, breakArgsOptions(raw).args, parsed.values, false);
    }
    else if (editables.length > 0) {
        if (editables.length > 1)
            diag(state, file, line, 'warning', 'more than one -e on a line; pip takes only the first');
        const rawEditable = parseOptions(safeSplit(breakArgsOptions(raw).options)).values.find((v) => v.key === 'editable');
        requirementLine(state, file, line, editables[0].value, rawEditable?.value ?? editables[0].value, parsed.values, true);
    }
    else {
        optionLine(state, file, line, parsed.values);
    }
}
function safeSplit(s) {
    try {
        return shellSplit(s);
    }
    catch {
        return [];
    }
}
function requirementLine(state, file, line, text, asWritten, options, editable) {
    let form;
    const formContext = { dir: external_node_path_default().dirname(file.abs), readFile: state.ctx.readFile };
    try {
        form = editable ? editableForm(text, formContext) : requirementLineForm(text, formContext);
    }
    catch (e) {
        const message = e instanceof RequirementFormError ? e.message : `invalid requirement '${text}': ${String(e)}`;
        diag(state, file, line, 'error', message);
        return;
    }
    // a Set: a hostile line can carry ten thousand --hash options
    const hashSet = new Set();
    const ignored = new Set();
    for (const opt of options) {
        if (opt.key === 'hash') {
            const hash = checkHash(opt.value);
            if (typeof hash === 'string') {
                hashSet.add(hash);
            }
            else {
                diag(state, file, line, 'error', hash.error);
            }
        }
        else if (opt.key === 'noBinary' || opt.key === 'onlyBinary') {
            // pip's option callbacks change the shared format control even on a requirement line.
            applyFormatControl(state, opt);
        }
        else if (opt.key !== 'editable' && !PER_REQUIREMENT.has(opt.key)) {
            ignored.add(opt.name);
        }
    }
    if (ignored.size > 0) {
        diag(state, file, line, 'warning', `${[...ignored].join(', ')} has no effect on a requirement line; ignored`);
    }
    if (file.constraint && editable) {
        diag(state, file, line, 'error', 'editable requirements are not allowed as constraints');
        return;
    }
    const dependency = {
        name: (0,python_names/* normalizeName */.P)(form.name),
        // pip looks the expanded name up; what is shown is the name as written, `${VAR}` and all
        displayName: unexpand(state, form.name),
        specifier: form.specifier,
        extras: form.extras,
        source: { path: file.rel, line, requirement: asWritten.replace(/\s+/g, ' ').trim() },
        hashes: [...hashSet],
        kind: 'runtime',
    };
    if (form.marker !== undefined)
        dependency.marker = form.marker;
    if (form.direct !== undefined)
        dependency.direct = form.direct;
    if (editable)
        dependency.editable = true;
    (file.constraint ? state.constraints : state.dependencies).push(dependency);
}
/** `algo:hex` -> `algo:<lower-case hex>`, or what is wrong with it. */
function checkHash(value) {
    const colon = value.indexOf(':');
    if (colon === -1) {
        return { error: `--hash '${value}' must be a hash name followed by a value, like --hash=sha256:abcde...` };
    }
    const algo = value.slice(0, colon).toLowerCase();
    const digest = value.slice(colon + 1);
    const length = HASH_LENGTHS[algo];
    if (length === undefined) {
        return { error: `--hash '${value}': allowed hash algorithms are ${Object.keys(HASH_LENGTHS).join(', ')}` };
    }
    if (!/^[0-9a-fA-F]+$/.test(digest) || digest.length !== length) {
        return { error: `--hash '${value}': a ${algo} digest is ${length} hexadecimal digits` };
    }
    return `${algo}:${digest.toLowerCase()}`;
}
function applyFormatControl(state, opt) {
    if (opt.key === 'noBinary')
        state.formatControl.addNoBinary(opt.value);
    else
        state.formatControl.addOnlyBinary(opt.value);
}
function optionLine(state, file, line, values) {
    const o = state.options;
    for (const opt of values) {
        switch (opt.key) {
            case 'requirement':
                // pip reads `-r` inside a constraints file as requirements, not constraints.
                include(state, file, line, opt.value, false);
                break;
            case 'constraint':
                include(state, file, line, opt.value, true);
                break;
            case 'noIndex':
                o.noIndex = true;
                delete o.indexUrl;
                o.extraIndexUrls = [];
                break;
            case 'indexUrl':
                // pip replaces its whole index list with this one, dropping extra index URLs seen so far.
                if (!o.noIndex) {
                    o.indexUrl = opt.value;
                    o.extraIndexUrls = [];
                }
                break;
            case 'extraIndexUrl':
                if (!o.noIndex && !o.extraIndexUrls.includes(opt.value))
                    o.extraIndexUrls.push(opt.value);
                break;
            case 'findLinks':
                if (!o.findLinks.includes(opt.value))
                    o.findLinks.push(opt.value);
                break;
            case 'noBinary':
            case 'onlyBinary':
                applyFormatControl(state, opt);
                break;
            case 'preferBinary':
                o.preferBinary = true;
                break;
            case 'pre':
                o.pre = true;
                break;
            case 'allReleases':
            case 'onlyFinal': {
                const rc = ReleaseControl.from(o.releaseControl);
                if (opt.key === 'allReleases')
                    rc.addAllReleases(opt.value);
                else
                    rc.addOnlyFinal(opt.value);
                o.releaseControl = rc.state();
                break;
            }
            case 'hash':
                diag(state, file, line, 'warning', '--hash without a requirement on the same line; ignored');
                break;
            case 'editable':
            case 'trustedHost':
            case 'useFeature':
            case 'requireHashes':
            case 'configSettings':
            case 'globalOption':
            case 'installOption':
                break;
        }
    }
}
function include(state, from, line, ref, constraint) {
    const flag = constraint ? '-c' : '-r';
    let target = ref;
    if (/^file:/i.test(target)) {
        target = (0,direct_reference/* fileUrlPath */.f2)(target);
    }
    else if ((0,direct_reference/* isUrl */.gU)(target) || /^[a-z][a-z0-9+.-]+:\/\//i.test(target)) {
        diag(state, from, line, 'warning', `${flag} ${ref}: remote files are not fetched; its requirements are not scanned`);
        return;
    }
    const abs = external_node_path_default().resolve(external_node_path_default().dirname(from.abs), target);
    const rel = toRelative(state.root, abs);
    if (rel === undefined) {
        diag(state, from, line, 'error', `${flag} ${ref}: refused, it resolves outside the scanned root`);
        return;
    }
    const cycleAt = from.chainAbs.indexOf(abs);
    if (cycleAt !== -1) {
        const chain = [...from.chain.slice(cycleAt), rel].join(' -> ');
        diag(state, from, line, 'error', `${flag} ${ref}: include cycle ${chain}`);
        return;
    }
    const key = seenKey(constraint, abs);
    if (state.seen.has(key))
        return;
    let content;
    try {
        content = state.ctx.readFile(abs);
    }
    catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        diag(state, from, line, 'error', `${flag} ${ref}: cannot read ${rel}: ${why}`);
        return;
    }
    state.seen.add(key);
    if (!state.included.includes(rel))
        state.included.push(rel);
    parseFile(state, content, {
        rel,
        abs,
        constraint,
        chain: [...from.chain, rel],
        chainAbs: [...from.chainAbs, abs],
    });
}

;// CONCATENATED MODULE: ./src/manifests/pyproject-collector.ts
// Gathers the dependencies and diagnostics of one pyproject.toml, giving each the line its value is
// written on. Shared by the standard sections (pyproject.ts) and Poetry's (poetry.ts).


function pyproject_collector_isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
/** `["a", "b", "c"]` -> `a.b.c`, quoting keys that are not bare, for messages. */
function tomlKey(path) {
    return path
        .map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z0-9_-]+$/.test(k) ? `.${k}` : `.${JSON.stringify(k)}`))
        .join('')
        .replace(/^\./, '');
}
class Collector {
    path;
    lines;
    dependencies = [];
    diagnostics = [];
    reported = new Set();
    constructor(path, lines) {
        this.path = path;
        this.lines = lines;
    }
    /** The line of `path`, or of its nearest written ancestor (a key may be implied by a dotted header). */
    lineOf(path) {
        for (let n = path.length; n > 0; n--) {
            const line = this.lines.line(path.slice(0, n));
            if (line !== undefined)
                return line;
        }
        return 1;
    }
    diag(severity, at, message) {
        const line = this.lineOf(at);
        const key = `${severity}|${line}|${message}`;
        if (this.reported.has(key))
            return;
        this.reported.add(key);
        this.diagnostics.push({ severity, path: this.path, line, message });
    }
    add(form, at, requirement, kind, group, editable) {
        const dependency = {
            name: (0,python_names/* normalizeName */.P)(form.name),
            displayName: form.name,
            specifier: form.specifier,
            extras: form.extras,
            source: { path: this.path, line: this.lineOf(at), requirement: requirement.replace(/\s+/g, ' ').trim() },
            hashes: [],
            kind,
        };
        if (form.marker !== undefined)
            dependency.marker = form.marker;
        if (form.direct !== undefined)
            dependency.direct = form.direct;
        if (editable)
            dependency.editable = true;
        if (group !== undefined)
            dependency.group = group;
        this.dependencies.push(dependency);
    }
    /** A PEP 508 string at `at`; a bad one becomes an error diagnostic. */
    addPep508(value, at, kind, group) {
        if (typeof value !== 'string') {
            this.diag('error', at, `${tomlKey(at)} must be a PEP 508 requirement string, not ${describeValue(value)}`);
            return;
        }
        try {
            this.add(pep508Form(value), at, value, kind, group);
        }
        catch (e) {
            const message = e instanceof RequirementFormError ? e.message : String(e);
            this.diag('error', at, `${tomlKey(at)}: ${message}`);
        }
    }
    /** An array of PEP 508 strings at `at`. */
    addPep508List(value, at, kind, group) {
        if (!Array.isArray(value)) {
            this.diag('error', at, `${tomlKey(at)} must be an array of requirement strings, not ${describeValue(value)}`);
            return;
        }
        value.forEach((item, i) => this.addPep508(item, [...at, i], kind, group));
    }
}
function describeValue(v) {
    if (Array.isArray(v))
        return 'an array';
    if (pyproject_collector_isTable(v))
        return 'a table';
    if (typeof v === 'string')
        return `the string ${JSON.stringify(v)}`;
    return `the ${typeof v} ${String(v)}`;
}

;// CONCATENATED MODULE: ./src/manifests/poetry-constraint.ts
// Poetry's version constraint syntax to PEP 440 specifiers, following poetry-core's rules: caret and
// tilde ranges bump the release segment (`next_breaking`, `next_major`, `next_minor`), bare versions
// mean `==`, clauses separated by commas or spaces must all hold. `||` unions have no PEP 440 form.

class InvalidPoetryConstraint extends Error {
}
const VERSION = /^(v?)(\d+(?:\.\d+)*)(.*)$/i;
const OPERATORS = ['===', '==', '!=', '~=', '>=', '<=', '>', '<'];
/** `^1.2 || ^2.0` -> [`^1.2`, `^2.0`]; poetry accepts a single `|` too. */
function splitUnion(text) {
    return text.split(/\s*\|\|?\s*/).map((s) => s.trim());
}
/**
 * Poetry writes a dependency in PEP 508's parenthesized form (`virtualenv (>=20.4.3,<20.4.5 || >=20.4.7)`),
 * and that constraint text is what its lock and metadata carry: one pair of parentheses around the
 * whole constraint adds nothing.
 */
function unwrap(text) {
    const t = text.trim();
    if (!t.startsWith('(') || !t.endsWith(')'))
        return t;
    const inner = t.slice(1, -1);
    return /[()]/.test(inner) ? t : inner.trim();
}
function convertPoetryConstraint(text) {
    const alternatives = splitUnion(unwrap(text));
    if (alternatives.length > 1) {
        // Each alternative must still be well-formed: a typo should not hide behind the union.
        for (const alt of alternatives)
            convertAlternative(alt, text);
        return { specifier: '', union: true };
    }
    return { specifier: convertAlternative(alternatives[0], text), union: false };
}
/** One alternative (no `||`) to a PEP 440 specifier set. */
function convertAlternative(alt, whole) {
    if (alt === '') {
        if (whole.trim() === '')
            return '';
        throw new InvalidPoetryConstraint(`invalid constraint '${whole}': empty alternative`);
    }
    // `>= 1.2, < 2` and `>=1.2 <2` are the same as `>=1.2,<2`.
    const glued = alt.replace(/(===|==|!=|~=|>=|<=|>|<|=|\^|~)\s+/g, '$1');
    const clauses = glued.split(/[\s,]+/).filter((c) => c !== '');
    const parts = [];
    for (const clause of clauses) {
        for (const part of convertClause(clause, whole))
            if (!parts.includes(part))
                parts.push(part);
    }
    const specifier = parts.join(',');
    if (specifier !== '' && !(0,python_version/* isValidSpecifier */.J5)(specifier)) {
        throw new InvalidPoetryConstraint(`invalid constraint '${whole}': '${specifier}' is not a valid version specifier`);
    }
    return specifier;
}
function convertClause(clause, whole) {
    if (clause === '*')
        return [];
    if (clause.startsWith('^')) {
        const v = release(clause.slice(1), whole);
        return [`>=${v.text}`, `<${bump(v.numbers, nextBreakingIndex(v.numbers))}`];
    }
    if (clause.startsWith('~='))
        return [clause];
    if (clause.startsWith('~')) {
        const v = release(clause.slice(1), whole);
        return [`>=${v.text}`, `<${bump(v.numbers, v.numbers.length === 1 ? 0 : 1)}`];
    }
    const op = OPERATORS.find((o) => clause.startsWith(o));
    if (op !== undefined) {
        if (clause.length === op.length)
            throw new InvalidPoetryConstraint(`invalid constraint '${whole}': '${op}' has no version`);
        return [clause];
    }
    if (clause.startsWith('='))
        return ['=' + clause];
    if (/^\d/.test(clause) || /^v\d/i.test(clause))
        return [`==${clause}`];
    throw new InvalidPoetryConstraint(`invalid constraint '${whole}': cannot read '${clause}'`);
}
function release(text, whole) {
    const m = VERSION.exec(text);
    if (!m || m[3].includes('*')) {
        throw new InvalidPoetryConstraint(`invalid constraint '${whole}': '${text}' is not a version`);
    }
    return { text, numbers: m[2].split('.').map((n) => Number.parseInt(n, 10)) };
}
/** poetry-core's next_breaking: the first non-zero segment of major.minor.patch, or the last one given. */
function nextBreakingIndex(n) {
    if (n[0] > 0 || n.length < 2)
        return 0;
    if (n[1] > 0 || n.length < 3)
        return 1;
    return 2;
}
/** Increment segment `index`, zero the rest, keep as many segments as were written. */
function bump(numbers, index) {
    return numbers.map((n, i) => (i < index ? n : i === index ? n + 1 : 0)).join('.');
}
/**
 * A Poetry `python = "..."` constraint as a PEP 508 marker: `^3.8` ->
 * `python_version >= "3.8" and python_version < "4.0"`. A bound with a patch segment compares
 * against python_full_version, since python_version has only two segments.
 */
function pythonConstraintMarker(text) {
    const alternatives = splitUnion(unwrap(text)).map((alt) => convertAlternative(alt, text));
    if (alternatives.some((spec) => spec === ''))
        return undefined;
    const markers = alternatives.map((spec) => spec
        .split(',')
        .map((clause) => {
        const op = OPERATORS.find((o) => clause.startsWith(o)) ?? '==';
        const version = clause.slice(op.length);
        const segments = version.replace(/\.\*$/, '').split('.').length;
        const variable = segments >= 3 && !version.endsWith('.*') ? 'python_full_version' : 'python_version';
        return `${variable} ${op} "${version}"`;
    })
        .join(' and '));
    if (markers.length === 1)
        return markers[0];
    return markers.map((m) => (m.includes(' and ') ? `(${m})` : m)).join(' or ');
}

;// CONCATENATED MODULE: ./src/manifests/poetry.ts
// Poetry's dependency tables in pyproject.toml: `[tool.poetry.dependencies]`, the legacy
// `[tool.poetry.dev-dependencies]` and `[tool.poetry.group.<name>.dependencies]`. Values are a
// constraint string, a table (version, extras, markers, python, platform, git, path, url, ...) or an
// array of tables that each hold for their own markers.





function poetrySections(doc, out) {
    const tool = doc.tool;
    if (!pyproject_collector_isTable(tool) || !pyproject_collector_isTable(tool.poetry))
        return;
    const poetry = tool.poetry;
    const extrasOf = extrasByDependency(poetry.extras);
    const sections = [{ at: ['tool', 'poetry', 'dependencies'], kind: 'runtime' }];
    sections.push({ at: ['tool', 'poetry', 'dev-dependencies'], kind: 'dev', group: 'dev' });
    if (pyproject_collector_isTable(poetry.group)) {
        for (const name of Object.keys(poetry.group)) {
            sections.push({ at: ['tool', 'poetry', 'group', name, 'dependencies'], kind: 'group', group: name });
        }
    }
    for (const section of sections) {
        const table = lookup(doc, section.at);
        if (table === undefined)
            continue;
        if (!pyproject_collector_isTable(table)) {
            out.diag('error', section.at, `${tomlKey(section.at)} must be a table, not ${describeValue(table)}`);
            continue;
        }
        for (const [name, value] of Object.entries(table)) {
            // The project's own Python requirement, not a package.
            if (section.kind === 'runtime' && name.toLowerCase() === 'python')
                continue;
            const at = [...section.at, name];
            if (!(0,python_names/* isValidName */.u)(name)) {
                out.diag('error', at, `${tomlKey(at)}: '${name}' is not a valid project name`);
                continue;
            }
            if (Array.isArray(value)) {
                value.forEach((entry, i) => dependency(out, name, entry, [...at, i], section, extrasOf));
            }
            else {
                dependency(out, name, value, at, section, extrasOf);
            }
        }
    }
}
function lookup(doc, keys) {
    let v = doc;
    for (const k of keys) {
        if (!pyproject_collector_isTable(v))
            return undefined;
        v = v[k];
    }
    return v;
}
/** `[tool.poetry.extras]`: normalized dependency name -> the first extra that lists it. */
function extrasByDependency(extras) {
    const map = new Map();
    if (!pyproject_collector_isTable(extras))
        return map;
    for (const [extra, names] of Object.entries(extras)) {
        if (!Array.isArray(names))
            continue;
        for (const n of names) {
            if (typeof n !== 'string')
                continue;
            // An entry may carry extras of its own (`"pkg[socks]"`).
            const key = (0,python_names/* normalizeName */.P)(n.replace(/\[.*$/, '').trim());
            if (!map.has(key))
                map.set(key, extra);
        }
    }
    return map;
}
function dependency(out, name, value, at, section, extrasOf) {
    const written = `${name} = ${tomlText(value)}`;
    let form;
    let optional = false;
    let editable = false;
    try {
        if (typeof value === 'string') {
            form = { name, extras: [], specifier: constraint(out, value, at) };
        }
        else if (pyproject_collector_isTable(value)) {
            form = tableForm(out, name, value, at);
            optional = value.optional === true;
            editable = value.develop === true && form.direct?.kind === 'path';
        }
        else {
            out.diag('error', at, `${tomlKey(at)} must be a version constraint or a table, not ${describeValue(value)}`);
            return;
        }
    }
    catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        out.diag('error', at, `${tomlKey(at)}: ${message}`);
        return;
    }
    if (optional && section.kind === 'runtime') {
        out.add(form, at, written, 'optional', extrasOf.get((0,python_names/* normalizeName */.P)(name)), editable);
    }
    else {
        out.add(form, at, written, section.kind, section.group, editable);
    }
}
function constraint(out, text, at) {
    const converted = convertPoetryConstraint(text);
    if (converted.union) {
        out.diag('warning', at, `${tomlKey(at)}: '${text}' is a union of ranges, which a PEP 508 specifier cannot express; any version is checked`);
    }
    return converted.specifier;
}
function stringField(table, key, at) {
    const v = table[key];
    if (v === undefined)
        return undefined;
    if (typeof v !== 'string')
        throw new InvalidPoetryConstraint(`${key} must be a string, not ${describeValue(v)} (at ${tomlKey(at)})`);
    return v;
}
function tableForm(out, name, table, at) {
    const extras = [];
    if (table.extras !== undefined) {
        if (!Array.isArray(table.extras) || table.extras.some((e) => typeof e !== 'string' || !(0,python_names/* isValidName */.u)(e))) {
            throw new InvalidPoetryConstraint(`extras must be an array of extra names`);
        }
        extras.push(...table.extras);
    }
    const markers = [];
    const markerText = stringField(table, 'markers', at);
    if (markerText !== undefined && markerText.trim() !== '') {
        try {
            (0,python_markers/* parseMarker */.gY)(markerText);
        }
        catch (e) {
            throw new InvalidPoetryConstraint(`invalid markers '${markerText}': ${e instanceof Error ? e.message : String(e)}`);
        }
        markers.push(markerText.trim());
    }
    const python = stringField(table, 'python', at);
    if (python !== undefined) {
        const marker = pythonConstraintMarker(python);
        if (marker !== undefined)
            markers.push(marker);
    }
    const platform = stringField(table, 'platform', at);
    if (platform !== undefined)
        markers.push(`sys_platform == ${JSON.stringify(platform)}`);
    const form = { name, extras, specifier: '' };
    if (markers.length > 0) {
        form.marker = markers.length === 1 ? markers[0] : markers.map((m) => (/\bor\b/.test(m) ? `(${m})` : m)).join(' and ');
    }
    const direct = directReference(table, at);
    if (direct !== undefined) {
        form.direct = direct;
    }
    else {
        const version = stringField(table, 'version', at);
        if (version !== undefined)
            form.specifier = constraint(out, version, at);
    }
    return form;
}
function directReference(table, at) {
    const git = stringField(table, 'git', at);
    if (git !== undefined) {
        let url = /^git\+/i.test(git) ? git : `git+${scpToUrl(git)}`;
        const ref = stringField(table, 'rev', at) ?? stringField(table, 'tag', at) ?? stringField(table, 'branch', at);
        if (ref !== undefined)
            url += `@${ref}`;
        const subdirectory = stringField(table, 'subdirectory', at);
        if (subdirectory !== undefined)
            url += `#subdirectory=${subdirectory}`;
        return { kind: 'vcs', url };
    }
    const path = stringField(table, 'path', at);
    if (path !== undefined)
        return { kind: 'path', url: path };
    const url = stringField(table, 'url', at);
    if (url !== undefined)
        return { kind: (0,direct_reference/* directKind */.ap)(url), url };
    return undefined;
}
/** `git@github.com:org/repo.git` (scp-like, as git accepts it) -> `ssh://git@github.com/org/repo.git`. */
function scpToUrl(git) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(git))
        return git;
    const m = /^([^@/:]+@)?([^/:]+):(.+)$/.exec(git);
    return m ? `ssh://${m[1] ?? ''}${m[2]}/${m[3].replace(/^\//, '')}` : git;
}
/** A compact TOML rendering of a value, for the requirement text a person sees. */
function tomlText(value) {
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return `[${value.map(tomlText).join(', ')}]`;
    if (pyproject_collector_isTable(value)) {
        const body = Object.entries(value).map(([k, v]) => `${/^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k)} = ${tomlText(v)}`);
        return `{ ${body.join(', ')} }`;
    }
    return String(value);
}

;// CONCATENATED MODULE: ./src/manifests/lock-entry.ts
// What every lock parser shares: reading one entry's fields with errors that name the field,
// hashes and file names in one shape, direct references in pip's URL form, and the Dependency a
// locked package becomes.





/** A problem confined to one entry of a lock: that entry gets a diagnostic, the rest is read. */
class EntryError extends Error {
}
function lock_entry_isTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
function typeName(value) {
    if (Array.isArray(value))
        return 'an array';
    if (value instanceof Date)
        return 'a date';
    if (value === null)
        return 'null';
    if (typeof value === 'object')
        return 'a table';
    return `a ${typeof value}`;
}
function optionalString(table, key) {
    const value = table[key];
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string')
        throw new EntryError(`"${key}" must be a string, not ${typeName(value)}`);
    return value;
}
function requiredString(table, key) {
    const value = optionalString(table, key);
    if (value === undefined)
        throw new EntryError(`"${key}" is missing`);
    return value;
}
function optionalBoolean(table, key) {
    const value = table[key];
    if (value === undefined)
        return undefined;
    if (typeof value !== 'boolean')
        throw new EntryError(`"${key}" must be true or false, not ${typeName(value)}`);
    return value;
}
function optionalNumber(table, key) {
    const value = table[key];
    if (value === undefined)
        return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
        throw new EntryError(`"${key}" must be a non-negative number, not ${typeName(value)}`);
    return value;
}
function optionalTable(table, key) {
    const value = table[key];
    if (value === undefined)
        return undefined;
    if (!lock_entry_isTable(value))
        throw new EntryError(`"${key}" must be a table, not ${typeName(value)}`);
    return value;
}
/** `value` as an array of strings; `what` names it in the error. */
function asStringArray(value, what) {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
        throw new EntryError(`${what} must be an array of strings`);
    return value;
}
/** `value` as an array of tables; `what` names it in the error. */
function asTableArray(value, what) {
    if (!Array.isArray(value))
        throw new EntryError(`${what} must be an array, not ${typeName(value)}`);
    value.forEach((item, i) => {
        if (!lock_entry_isTable(item))
            throw new EntryError(`${what} item ${i + 1} must be a table, not ${typeName(item)}`);
    });
    return value;
}
function stringArray(table, key) {
    return table[key] === undefined ? [] : asStringArray(table[key], `"${key}"`);
}
function tableArray(table, key) {
    return table[key] === undefined ? [] : asTableArray(table[key], `"${key}"`);
}
function checkedName(name) {
    if (!(0,python_names/* isValidName */.u)(name))
        throw new EntryError(`"${name}" is not a valid project name`);
    return name;
}
function checkedVersion(version) {
    if (!(0,python_version/* isValidVersion */.ri)(version))
        throw new EntryError(`version "${version}" is not a valid PEP 440 version`);
    return version;
}
const DIGEST_LENGTHS = { md5: 32, sha1: 40, sha224: 56, sha256: 64, sha384: 96, sha512: 128 };
/** `sha256:<hex>` (or another algorithm), lower-cased; a malformed hash is an error of its entry. */
function checkedHash(algorithm, digest) {
    const algo = algorithm.toLowerCase();
    const hex = digest.toLowerCase();
    if (!/^[a-z0-9_]+$/.test(algo) || !/^[0-9a-f]+$/.test(hex))
        throw new EntryError(`hash "${algorithm}:${digest}" is not <algorithm>:<hex digest>`);
    const expected = DIGEST_LENGTHS[algo];
    if (expected !== undefined && hex.length !== expected)
        throw new EntryError(`${algo} hash "${digest}" has ${hex.length} hex digits, not ${expected}`);
    return `${algo}:${hex}`;
}
/** A hash written as `algorithm:digest`. */
function parseHash(text) {
    const colon = text.indexOf(':');
    if (colon <= 0)
        throw new EntryError(`hash "${text}" does not name its algorithm (expected sha256:<hex>)`);
    return checkedHash(text.slice(0, colon), text.slice(colon + 1));
}
/** `sha256:<hex>` strings -> `{ sha256: "<hex>" }`, as a FileRef holds them. */
function hashRecord(hashes) {
    const record = {};
    for (const h of hashes) {
        const colon = h.indexOf(':');
        record[h.slice(0, colon)] = h.slice(colon + 1);
    }
    return record;
}
/** The file name a URL or path ends in, URL-decoded. */
function filenameOf(location) {
    return (0,direct_reference/* lastSegment */.mp)(location);
}
function fileRef(filename, hashes, url, size) {
    const ref = { filename, hashes: hashRecord(hashes) };
    if (url !== undefined)
        ref.url = url;
    if (size !== undefined)
        ref.size = size;
    return ref;
}
/** `git@host:org/repo.git` (scp form) -> `ssh://git@host/org/repo.git`, which pip accepts after `git+`. */
function scpToSsh(repo) {
    const m = /^([A-Za-z0-9._-]+@)?([A-Za-z0-9.-]+):(?!\/\/)(.+)$/.exec(repo);
    if (!m || /^[A-Za-z]$/.test(m[2]))
        return repo;
    return `ssh://${m[1] ?? ''}${m[2]}/${m[3].replace(/^\//, '')}`;
}
/** A VCS checkout in pip's form: `git+https://host/repo@<revision>#subdirectory=<dir>`. */
function vcsReference(vcs, repo, revision, subdirectory) {
    let url = repo.includes('://') || repo.startsWith(`${vcs}+`) ? repo : scpToSsh(repo);
    if (!url.toLowerCase().startsWith(`${vcs}+`) && !url.toLowerCase().startsWith(`${vcs}:`))
        url = `${vcs}+${url}`;
    if (revision)
        url += `@${revision}`;
    if (subdirectory)
        url += `#subdirectory=${subdirectory}`;
    return { kind: 'vcs', url };
}
/** An archive or directory named by URL or by path; a `file:` URL is a path. */
function locationReference(location, subdirectory) {
    const kind = (0,direct_reference/* directKind */.ap)(location);
    const url = subdirectory ? `${location}#subdirectory=${subdirectory}` : location;
    return { kind: kind === 'vcs' ? 'url' : kind, url };
}
/**
 * Why `text` is not a PEP 508 marker, or `undefined` when it is one. A lock's marker that fails
 * this is reported, and still kept on its dependency: dropping it would install everywhere what the
 * lock restricts, dropping the package would hide it.
 */
function markerProblem(text) {
    try {
        (0,python_markers/* parseMarker */.gY)(text);
        return undefined;
    }
    catch (err) {
        return describeError(err);
    }
}
const SELECTION_VARIABLES = new Set(['extra', 'extras', 'dependency_groups']);
/** The marker with every test of the extras or groups being installed taken as true; `true` when nothing is left. */
function withoutSelection(m) {
    if (m.kind === 'compare') {
        const selects = [m.left, m.right].some((o) => o.kind === 'variable' && SELECTION_VARIABLES.has(o.name));
        return selects ? true : m;
    }
    const items = m.items.map(withoutSelection);
    if (m.kind === 'or')
        return items.some((i) => i === true) ? true : { kind: 'or', items: items };
    const kept = items.filter((i) => i !== true);
    if (kept.length === 0)
        return true;
    return kept.length === 1 ? kept[0] : { kind: 'and', items: kept };
}
/**
 * A lock's marker without its tests of the project's own extras and dependency groups
 * (`extra == "pgsql"`, uv's `extra == 'extra-7-app-cpu'` conflict markers, PEP 751's
 * `'dev' in dependency_groups`): the dependency's kind and group already say which selection
 * installs it, and a scan must see a package whichever selection is made. Dropping a test only
 * widens where the package counts as installed. Markers that do not parse are returned as written.
 */
function withoutSelectionTests(marker) {
    if (marker === undefined || !/\b(extras?|dependency_groups)\b/.test(marker))
        return marker;
    let ast;
    try {
        ast = (0,python_markers/* parseMarker */.gY)(marker);
    }
    catch {
        return marker;
    }
    const kept = withoutSelection(ast);
    return kept === true ? undefined : (0,python_markers/* formatMarker */.gJ)(kept);
}
function parenthesized(marker) {
    return /\s(or|and)\s/.test(marker) ? `(${marker})` : marker;
}
/**
 * The marker under which any of several conditions holds. `undefined` stands for "always", so
 * one unconditional way in makes the whole unconditional.
 */
function anyOf(markers) {
    if (markers.length === 0 || markers.some((m) => m === undefined))
        return undefined;
    const distinct = [...new Set(markers)];
    if (distinct.length === 1)
        return distinct[0];
    return distinct.map(parenthesized).join(' or ');
}
/** The marker under which all conditions hold; `undefined` ones add nothing. */
function allOf(markers) {
    const distinct = [...new Set(markers.filter((m) => m !== undefined))];
    if (distinct.length === 0)
        return undefined;
    if (distinct.length === 1)
        return distinct[0];
    return distinct.map(parenthesized).join(' and ');
}
/** The Dependency one locked package becomes. */
function lockedDependency(path, p) {
    const extras = p.extras ?? [];
    const named = extras.length > 0 ? `${p.displayName}[${extras.join(',')}]` : p.displayName;
    const requirement = p.direct ? `${named} @ ${p.direct.url}` : p.version !== undefined ? `${named}==${p.version}` : named;
    const dep = {
        name: (0,python_names/* normalizeName */.P)(p.displayName),
        displayName: p.displayName,
        specifier: p.version !== undefined ? `==${p.version}` : '',
        extras,
        source: { path, line: p.line, requirement },
        hashes: [...new Set(p.hashes)].sort(),
        kind: p.kind,
    };
    if (p.marker !== undefined)
        dep.marker = p.marker;
    if (p.direct)
        dep.direct = p.direct;
    if (p.editable)
        dep.editable = true;
    if (p.group !== undefined)
        dep.group = p.group;
    if (p.via !== undefined && p.via.length > 0)
        dep.via = p.via;
    if (p.version !== undefined) {
        dep.locked = { version: p.version };
        if (p.files && p.files.length > 0)
            dep.locked.files = p.files;
        if (p.indexUrl !== undefined)
            dep.locked.indexUrl = p.indexUrl;
    }
    return dep;
}
function tomlSyntaxDiagnostic(path, err) {
    if (err instanceof dist/* TomlError */.zx) {
        const first = err.message.split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
        return { severity: 'error', path, line: err.line, message: `not valid TOML: ${first} (line ${err.line}, column ${err.column})` };
    }
    return { severity: 'error', path, message: `not valid TOML: ${err instanceof Error ? err.message : String(err)}` };
}
function lockResult(dependencies, diagnostics) {
    return { kind: 'lock', dependencies, constraints: [], diagnostics, included: [] };
}
function describeError(err) {
    return err instanceof Error ? err.message : String(err);
}
/** Reads a `major.minor` format version; `undefined` when it is not one. */
function formatVersion(value) {
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text !== 'string')
        return undefined;
    const m = /^(\d+)(?:\.(\d+))?(?:\.\d+)*$/.exec(text.trim());
    return m ? { major: Number(m[1]), minor: Number(m[2] ?? 0) } : undefined;
}

;// CONCATENATED MODULE: ./src/manifests/pyproject.ts
// pyproject.toml: PEP 621 `[project]` dependencies and extras, PEP 735 `[dependency-groups]`, PEP 518
// `[build-system].requires`, and Poetry's own tables (poetry.ts). Every dependency carries the line
// its string or key is written on.






const pyproject_parse = (text, filePath) => {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        return { kind: 'manifest', dependencies: [], constraints: [], diagnostics: [tomlSyntaxDiagnostic(filePath, e)], included: [] };
    }
    const out = new Collector(filePath, new TomlLines(text));
    buildSystem(doc, out);
    project(doc, out);
    dependencyGroups(doc, out);
    poetrySections(doc, out);
    return { kind: 'manifest', dependencies: withoutSelf(doc, out.dependencies), constraints: [], diagnostics: out.diagnostics, included: [] };
};
/**
 * A project may name itself among its own dependencies (`all = ["pdm[keyring,template]"]`): pip,
 * uv and pdm resolve that to the project being installed, whose extras are declared right here,
 * never to a package of that name on an index. Build requirements are another environment and stay.
 */
function withoutSelf(doc, dependencies) {
    const project = pyproject_collector_isTable(doc.project) ? doc.project : undefined;
    const tool = pyproject_collector_isTable(doc.tool) ? doc.tool : undefined;
    const poetry = tool && pyproject_collector_isTable(tool.poetry) ? tool.poetry : undefined;
    const name = typeof project?.name === 'string' ? project.name : typeof poetry?.name === 'string' ? poetry.name : undefined;
    if (name === undefined || name.trim() === '')
        return dependencies;
    const self = (0,python_names/* normalizeName */.P)(name.trim());
    return dependencies.filter((d) => d.kind === 'build' || d.direct !== undefined || d.name !== self);
}
function buildSystem(doc, out) {
    const table = doc['build-system'];
    if (table === undefined)
        return;
    if (!pyproject_collector_isTable(table)) {
        out.diag('error', ['build-system'], `build-system must be a table, not ${describeValue(table)}`);
        return;
    }
    if (table.requires !== undefined)
        out.addPep508List(table.requires, ['build-system', 'requires'], 'build');
}
function project(doc, out) {
    const table = doc.project;
    if (table === undefined)
        return;
    if (!pyproject_collector_isTable(table)) {
        out.diag('error', ['project'], `project must be a table, not ${describeValue(table)}`);
        return;
    }
    const dynamic = Array.isArray(table.dynamic) ? table.dynamic : [];
    for (const field of ['dependencies', 'optional-dependencies']) {
        // The build backend computes a dynamic field when it runs, so this file cannot say what it holds.
        if (dynamic.includes(field) && table[field] === undefined) {
            out.diag('warning', ['project', 'dynamic'], `project.${field} is dynamic: the build backend computes it, so it cannot be read here`);
        }
    }
    if (table.dependencies !== undefined)
        out.addPep508List(table.dependencies, ['project', 'dependencies'], 'runtime');
    const optional = table['optional-dependencies'];
    if (optional === undefined)
        return;
    if (!pyproject_collector_isTable(optional)) {
        out.diag('error', ['project', 'optional-dependencies'], `project.optional-dependencies must be a table, not ${describeValue(optional)}`);
        return;
    }
    for (const [extra, list] of Object.entries(optional)) {
        out.addPep508List(list, ['project', 'optional-dependencies', extra], 'optional', extra);
    }
}
/** PEP 735: each group lists requirement strings and `{include-group = "name"}` tables. */
function dependencyGroups(doc, out) {
    const table = doc['dependency-groups'];
    if (table === undefined)
        return;
    if (!pyproject_collector_isTable(table)) {
        out.diag('error', ['dependency-groups'], `dependency-groups must be a table, not ${describeValue(table)}`);
        return;
    }
    // Group names compare normalized, like project names.
    const groups = new Map();
    for (const name of Object.keys(table)) {
        const normalized = (0,python_names/* normalizeName */.P)(name);
        const earlier = groups.get(normalized);
        if (earlier !== undefined) {
            out.diag('error', ['dependency-groups', name], `dependency group '${name}' duplicates '${earlier}' (names are compared normalized)`);
            continue;
        }
        groups.set(normalized, name);
    }
    const expand = (name, stack) => {
        const list = table[name];
        const at = ['dependency-groups', name];
        if (!Array.isArray(list)) {
            out.diag('error', at, `dependency group '${name}' must be an array, not ${describeValue(list)}`);
            return [];
        }
        const entries = [];
        list.forEach((item, i) => {
            const itemAt = [...at, i];
            if (!pyproject_collector_isTable(item)) {
                entries.push({ value: item, at: itemAt });
                return;
            }
            const include = item['include-group'];
            if (typeof include !== 'string' || Object.keys(item).length !== 1) {
                out.diag('error', itemAt, `${tomlKey(itemAt)}: a table in a dependency group must be {include-group = "<name>"} only`);
                return;
            }
            const target = groups.get((0,python_names/* normalizeName */.P)(include));
            if (target === undefined) {
                out.diag('error', itemAt, `dependency group '${name}' includes '${include}', which is not defined`);
                return;
            }
            if (stack.includes(target)) {
                const chain = [...stack.slice(stack.indexOf(target)), target].join(' -> ');
                out.diag('error', itemAt, `dependency group include cycle: ${chain}`);
                return;
            }
            entries.push(...expand(target, [...stack, target]));
        });
        return entries;
    };
    for (const name of groups.values()) {
        for (const entry of expand(name, [name]))
            out.addPep508(entry.value, entry.at, 'group', name);
    }
}

;// CONCATENATED MODULE: ./src/manifests/lock-graph.ts
// `via` for locks that record each package's dependencies but not where installation starts
// (poetry.lock's `[package.dependencies]`, pdm.lock's `dependencies`): the packages nothing else in
// the lock requires are the ones the project declares, and each other package is reached from them.
// The chain is the shortest breadth-first one, top-level first, this package last; a package only a
// cycle reaches gets none.


/** By index in `nodes`: the chain to it, or undefined. */
function lockChains(nodes) {
    const byName = new Map();
    nodes.forEach((n, i) => {
        const key = (0,python_names/* normalizeName */.P)(n.displayName);
        byName.set(key, [...(byName.get(key) ?? []), i]);
    });
    const required = new Set(nodes.flatMap((n) => n.requires));
    const chains = nodes.map(() => undefined);
    const queue = [];
    nodes.forEach((n, i) => {
        if (!required.has((0,python_names/* normalizeName */.P)(n.displayName))) {
            chains[i] = [n.displayName];
            queue.push(i);
        }
    });
    for (let head = 0; head < queue.length; head++) {
        const from = queue[head];
        for (const name of nodes[from].requires) {
            for (const to of byName.get(name) ?? []) {
                if (chains[to] !== undefined)
                    continue;
                chains[to] = [...chains[from], nodes[to].displayName];
                queue.push(to);
            }
        }
    }
    return chains;
}
/** Names of PEP 508 requirement strings; those that do not parse are left out. */
function requiredNames(requirements) {
    if (!Array.isArray(requirements))
        return [];
    return requirements.flatMap((r) => {
        if (typeof r !== 'string')
            return [];
        try {
            return [(0,python_names/* normalizeName */.P)((0,python_requirements/* parseRequirement */.p)(r).name)];
        }
        catch {
            return [];
        }
    });
}

;// CONCATENATED MODULE: ./src/manifests/poetry-lock.ts
// poetry.lock: every `[[package]]` Poetry resolved. Lock format 1.x keeps the file hashes apart, in
// `[metadata.files]` (or, oldest, bare digests in `[metadata.hashes]`); 2.x keeps `files` on each
// package and, since 2.1, the dependency groups and per-group markers that lead to it.






const SUPPORTED_MAJORS = [1, 2];
/** The `file = ..., hash = ...` records of a `files` array. */
/** `what` names the list in errors: `file` on a package, the metadata key otherwise. */
function readFiles(records, what) {
    return records.map((record, i) => {
        try {
            const filename = optionalString(record, 'file');
            const url = optionalString(record, 'url');
            return { filename: filename ?? (url !== undefined ? filenameOf(url) : undefined), url, hash: parseHash(requiredString(record, 'hash')) };
        }
        catch (err) {
            throw new EntryError(`${what} ${i + 1}: ${describeError(err)}`);
        }
    });
}
/**
 * Lock format 1.x: the files of every package, by normalized name, from the metadata table. A bad
 * record there is kept as the error of the packages of that name, not of the whole lock.
 */
function metadataFiles(metadata) {
    const byName = new Map();
    const add = (name, read) => {
        const key = (0,python_names/* normalizeName */.P)(name);
        const before = byName.get(key) ?? [];
        if (before instanceof EntryError)
            return;
        try {
            byName.set(key, [...before, ...read()]);
        }
        catch (err) {
            if (!(err instanceof EntryError))
                throw err;
            byName.set(key, err);
        }
    };
    const files = metadata?.files;
    if (lock_entry_isTable(files)) {
        for (const [name, records] of Object.entries(files))
            add(name, () => readFiles(asTableArray(records, `[metadata.files] ${name}`), `[metadata.files] ${name} file`));
    }
    const hashes = metadata?.hashes;
    if (lock_entry_isTable(hashes)) {
        // The oldest locks list bare sha256 digests without file names.
        for (const [name, digests] of Object.entries(hashes)) {
            add(name, () => asStringArray(digests, `[metadata.hashes] ${name}`).map((d) => ({ hash: parseHash(d.includes(':') ? d : `sha256:${d}`) })));
        }
    }
    return byName;
}
/** Whether a distribution file name carries `version` (to split files of same-named packages). */
function fileHasVersion(filename, version) {
    const stem = filename.replace(/\.(whl|tar\.gz|tgz|tar\.bz2|tar\.xz|tar|zip|egg)$/i, '');
    const parts = filename.toLowerCase().endsWith('.whl') ? [stem.split('-')[1]] : [stem.slice(stem.lastIndexOf('-') + 1)];
    const canonical = (v) => ((0,python_version/* isValidVersion */.ri)(v) ? (0,python_version/* normalizeVersion */.Qj)(v) : v);
    return parts.some((p) => p !== undefined && canonical(p) === canonical(version));
}
/**
 * The marker under which the package is installed: 2.1 writes one string for all its groups, or
 * a table of group -> marker where a group left out of the table has no marker.
 */
function packageMarker(pkg, groups) {
    const markers = pkg.markers ?? pkg.marker;
    if (markers === undefined)
        return { written: [] };
    if (typeof markers === 'string')
        return { marker: markers, written: [markers] };
    if (!lock_entry_isTable(markers))
        throw new EntryError('"markers" must be a string or a table of group = marker');
    const perGroup = new Map();
    for (const [group, marker] of Object.entries(markers)) {
        if (typeof marker !== 'string')
            throw new EntryError(`"markers.${group}" must be a string`);
        perGroup.set(group, marker);
    }
    const reaching = groups.length > 0 ? [...new Set([...groups, ...perGroup.keys()])] : [...perGroup.keys()];
    return { marker: anyOf(reaching.map((g) => perGroup.get(g))), written: [...perGroup.values()] };
}
function sourceReference(source) {
    if (source === undefined)
        return {};
    const type = optionalString(source, 'type');
    const subdirectory = optionalString(source, 'subdirectory');
    switch (type) {
        case undefined:
            return {};
        case 'legacy':
            return { indexUrl: requiredString(source, 'url') };
        case 'git':
            return {
                direct: vcsReference('git', requiredString(source, 'url'), optionalString(source, 'resolved_reference') || optionalString(source, 'reference'), subdirectory),
            };
        case 'url':
            return { direct: locationReference(requiredString(source, 'url'), subdirectory) };
        case 'directory':
            return { direct: { kind: 'path', url: requiredString(source, 'url') }, editable: optionalBoolean(source, 'develop') };
        case 'file':
            return { direct: { kind: 'path', url: requiredString(source, 'url') } };
        default:
            return { unknownType: type };
    }
}
/** Root extras (`[extras]`) by the normalized names they pull in. */
function rootExtras(doc) {
    const byPackage = new Map();
    const extras = doc.extras;
    if (!lock_entry_isTable(extras))
        return byPackage;
    for (const [extra, names] of Object.entries(extras)) {
        if (!Array.isArray(names))
            continue;
        for (const entry of names) {
            // Old writers appended the constraint: `psycopg2 (>=2.9)`.
            const m = typeof entry === 'string' ? /^[A-Za-z0-9._-]+/.exec(entry.trim()) : null;
            if (!m)
                continue;
            const key = (0,python_names/* normalizeName */.P)(m[0]);
            byPackage.set(key, [...(byPackage.get(key) ?? []), extra]);
        }
    }
    return byPackage;
}
function kindOf(name, groups, category, optional, extras) {
    const inMain = groups.length > 0 ? groups.includes('main') : category === undefined || category === 'main';
    if (inMain) {
        if (!optional)
            return { kind: 'runtime' };
        const via = extras.get(name);
        return via ? { kind: 'optional', group: via.join(', ') } : { kind: 'optional' };
    }
    if (groups.length === 0)
        return { kind: category === 'dev' ? 'dev' : 'group', group: category };
    return { kind: 'group', group: groups.join(', ') };
}
const poetry_lock_parse = (text, path) => {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        return lockResult([], [tomlSyntaxDiagnostic(path, err)]);
    }
    const diagnostics = [];
    const positions = new TomlLines(text);
    const fail = (message, line) => lockResult([], [{ severity: 'error', path, line, message }]);
    const metadata = doc.metadata;
    if (metadata !== undefined && !lock_entry_isTable(metadata))
        return fail('"metadata" must be a table', positions.line(['metadata']));
    if (metadata === undefined)
        diagnostics.push({ severity: 'warning', path, message: 'no [metadata] table; read as poetry.lock format 1.0' });
    const rawVersion = metadata?.['lock-version'] ?? '1.0';
    const lockVersion = formatVersion(rawVersion);
    const metadataLine = positions.line(['metadata']);
    if (!lockVersion)
        return fail(`lock-version ${JSON.stringify(rawVersion)} is not a version`, metadataLine);
    if (!SUPPORTED_MAJORS.includes(lockVersion.major))
        return fail(`lock-version ${String(rawVersion)} is not a poetry.lock format this tool reads (1.x and 2.x)`, metadataLine);
    const packages = doc.package ?? [];
    if (!Array.isArray(packages))
        return fail('"package" must be an array of [[package]] tables');
    if (metadata?.files !== undefined && !lock_entry_isTable(metadata.files))
        return fail('[metadata.files] must be a table', positions.line(['metadata', 'files']));
    const legacyFiles = metadataFiles(metadata);
    const extras = rootExtras(doc);
    const names = packages.map((p) => (lock_entry_isTable(p) && typeof p.name === 'string' ? p.name : undefined));
    const nameCounts = new Map();
    for (const n of names)
        if (n !== undefined)
            nameCounts.set((0,python_names/* normalizeName */.P)(n), (nameCounts.get((0,python_names/* normalizeName */.P)(n)) ?? 0) + 1);
    // an entry is annotated on its `name = ` line, where a reader looks for the package
    const lines = names.map((_, i) => positions.line(['package', i, 'name']) ?? positions.line(['package', i]) ?? 1);
    const chains = lockChains(packages.flatMap((pkg, i) => lock_entry_isTable(pkg) && names[i] !== undefined ? [{ displayName: names[i], requires: lock_entry_isTable(pkg.dependencies) ? Object.keys(pkg.dependencies).map(python_names/* normalizeName */.P) : [] }] : []));
    const chainOf = new Map();
    let next = 0;
    packages.forEach((pkg, i) => {
        if (lock_entry_isTable(pkg) && names[i] !== undefined) {
            const chain = chains[next++];
            if (chain && chain.length > 1)
                chainOf.set(i, chain);
        }
    });
    const dependencies = [];
    packages.forEach((pkg, i) => {
        const line = lines[i];
        const where = names[i] !== undefined ? `package "${names[i]}"` : `package ${i + 1}`;
        try {
            if (!lock_entry_isTable(pkg))
                throw new EntryError('must be a table');
            const displayName = checkedName(requiredString(pkg, 'name'));
            const name = (0,python_names/* normalizeName */.P)(displayName);
            const version = checkedVersion(requiredString(pkg, 'version'));
            const groups = stringArray(pkg, 'groups');
            const { marker, written } = packageMarker(pkg, groups);
            for (const m of written) {
                const problem = markerProblem(m);
                if (problem !== undefined)
                    diagnostics.push({ severity: 'error', path, line, message: `${where}: invalid marker "${m}": ${problem}` });
            }
            const { direct, indexUrl, editable: sourceDevelop, unknownType } = sourceReference(optionalTable(pkg, 'source'));
            // `develop` (an editable directory) sits on the package; very old locks had it in the source.
            const editable = direct?.kind === 'path' && (optionalBoolean(pkg, 'develop') ?? sourceDevelop ?? false);
            if (unknownType !== undefined)
                diagnostics.push({ severity: 'warning', path, line, message: `${where}: unknown source type "${unknownType}"; looked up on the configured indexes` });
            const packageExtras = optionalTable(pkg, 'extras');
            for (const extra of Object.keys(packageExtras ?? {}))
                stringArray(packageExtras, extra);
            let files;
            if (pkg.files !== undefined)
                files = readFiles(tableArray(pkg, 'files'), 'file');
            else {
                const listed = legacyFiles.get(name) ?? [];
                if (listed instanceof EntryError)
                    throw listed;
                files = listed;
                const sourceFile = direct?.kind === 'path' ? direct.url.split('/').pop() : undefined;
                if (sourceFile !== undefined && files.some((f) => f.filename === sourceFile))
                    files = files.filter((f) => f.filename === sourceFile);
                else if ((nameCounts.get(name) ?? 0) > 1)
                    files = files.filter((f) => f.filename === undefined || fileHasVersion(f.filename, version));
            }
            // Poetry names files without URLs; such files would have to be found on an index anyway, so
            // they are left to the index lookup (with the hashes still enforced) unless each has a URL.
            const refs = files.length > 0 && files.every((f) => f.url !== undefined && f.filename !== undefined)
                ? files.map((f) => fileRef(f.filename, [f.hash], f.url))
                : undefined;
            const { kind, group } = kindOf(name, groups, optionalString(pkg, 'category'), optionalBoolean(pkg, 'optional') ?? false, extras);
            dependencies.push(lockedDependency(path, {
                displayName,
                line,
                version,
                marker: withoutSelectionTests(marker),
                hashes: files.map((f) => f.hash),
                files: refs,
                indexUrl,
                direct,
                editable,
                kind,
                group,
                ...(chainOf.has(i) ? { via: chainOf.get(i) } : {}),
            }));
        }
        catch (err) {
            if (!(err instanceof EntryError))
                throw err;
            diagnostics.push({ severity: 'error', path, line, message: `${where}: ${err.message}` });
        }
    });
    return lockResult(dependencies, diagnostics);
};

;// CONCATENATED MODULE: ./src/manifests/pipenv-entry.ts
// What a Pipfile entry and a Pipfile.lock entry share: markers given as `markers` and as keys named
// for a marker variable (`sys_platform = "== 'win32'"`, and-ed together the way pipenv does), VCS /
// file / path references, and the `[[source]]` list that an `index` names.

const MARKER_KEYS = [
    'os_name',
    'sys_platform',
    'platform_machine',
    'platform_python_implementation',
    'platform_release',
    'platform_system',
    'platform_version',
    'python_version',
    'python_full_version',
    'implementation_name',
    'implementation_version',
];
const VCS_KEYS = ['git', 'hg', 'svn', 'bzr'];
/** The entry's marker, and each marker text as written (to be checked one by one). */
function pipenvMarker(entry) {
    const written = [];
    const markers = optionalString(entry, 'markers');
    if (markers !== undefined && markers.trim() !== '')
        written.push(markers.trim());
    for (const key of MARKER_KEYS) {
        const condition = optionalString(entry, key);
        if (condition !== undefined)
            written.push(`${key} ${condition.trim()}`);
    }
    return { marker: allOf(written), written };
}
function pipenvDirect(entry) {
    const editable = optionalBoolean(entry, 'editable');
    const subdirectory = optionalString(entry, 'subdirectory');
    const vcs = VCS_KEYS.filter((k) => entry[k] !== undefined);
    if (vcs.length > 1)
        throw new EntryError(`names more than one VCS (${vcs.join(', ')})`);
    if (vcs.length === 1) {
        const direct = vcsReference(vcs[0], optionalString(entry, vcs[0]), optionalString(entry, 'ref'), subdirectory);
        return { direct, editable };
    }
    const file = optionalString(entry, 'file');
    if (file !== undefined)
        return { direct: locationReference(file, subdirectory), editable };
    const local = optionalString(entry, 'path');
    if (local !== undefined)
        return { direct: { kind: 'path', url: subdirectory ? `${local}#subdirectory=${subdirectory}` : local }, editable };
    return {};
}
/** pipenv expands `${VAR}` in source URLs (credentials are kept out of the file that way). */
function pipenv_entry_expandEnv(text, env) {
    return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name) => env[name] ?? whole);
}
/** `[[source]]` / `_meta.sources`: index name -> URL. */
function readSources(value, env) {
    const sources = new Map();
    if (value === undefined)
        return sources;
    if (!Array.isArray(value))
        throw new EntryError('sources must be an array of tables');
    value.forEach((source, i) => {
        if (!lock_entry_isTable(source))
            throw new EntryError(`source ${i + 1} must be a table`);
        const url = optionalString(source, 'url');
        if (url === undefined)
            throw new EntryError(`source ${i + 1} has no "url"`);
        const name = optionalString(source, 'name') ?? `source ${i + 1}`;
        sources.set(name, pipenv_entry_expandEnv(url, env));
    });
    return sources;
}

;// CONCATENATED MODULE: ./src/manifests/pipfile.ts
// Pipfile: pipenv's manifest (TOML). `[packages]` are runtime dependencies, `[dev-packages]` dev
// ones, and any other table outside pipenv's own (`source`, `requires`, `scripts`, `pipenv`) a
// package category. A value is a specifier (`"*"` for any version) or a table with `version`,
// `extras`, `markers` (and marker-variable keys), `index`, or a VCS / file / path reference.






const PIPENV_TABLES = new Set(['source', 'requires', 'scripts', 'pipenv']);
function sectionKind(section) {
    if (section === 'packages')
        return { kind: 'runtime' };
    if (section === 'dev-packages')
        return { kind: 'dev', group: 'dev-packages' };
    return { kind: 'group', group: section };
}
/**
 * `"*"` is any version; pipenv puts `==` before a version that starts with no operator, so a bare
 * version is that version and `"3.*"` is `==3.*`.
 */
function specifierOf(raw) {
    const text = raw.trim();
    if (text === '*' || text === '')
        return '';
    if ((0,python_version/* isValidSpecifier */.J5)(text))
        return (0,python_version/* normalizeSpecifier */.Qd)(text);
    if ((0,python_version/* isValidVersion */.ri)(text))
        return `==${text}`;
    if (/^[^=<>!~]/.test(text) && (0,python_version/* isValidSpecifier */.J5)(`==${text}`))
        return (0,python_version/* normalizeSpecifier */.Qd)(`==${text}`);
    throw new EntryError(`version "${raw}" is not a PEP 440 specifier`);
}
function requirementText(name, extras, specifier, url, marker) {
    let text = extras.length > 0 ? `${name}[${extras.join(',')}]` : name;
    text += url !== undefined ? ` @ ${url}` : specifier;
    return marker !== undefined ? `${text} ; ${marker}` : text;
}
const pipfile_parse = (text, path, ctx) => {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        return { kind: 'manifest', dependencies: [], constraints: [], diagnostics: [tomlSyntaxDiagnostic(path, err)], included: [] };
    }
    const positions = new TomlLines(text);
    const diagnostics = [];
    let sources = new Map();
    try {
        sources = readSources(doc.source, ctx.env);
    }
    catch (err) {
        diagnostics.push({ severity: 'error', path, line: positions.line(['source', 0]), message: `[[source]]: ${describeError(err)}` });
    }
    const dependencies = [];
    for (const [section, packages] of Object.entries(doc)) {
        if (PIPENV_TABLES.has(section))
            continue;
        const sectionLine = positions.line([section]);
        if (!lock_entry_isTable(packages)) {
            diagnostics.push({ severity: 'error', path, line: sectionLine, message: `[${section}] must be a table of packages` });
            continue;
        }
        for (const [key, value] of Object.entries(packages)) {
            const line = positions.line([section, key]) ?? sectionLine ?? 1;
            const where = `[${section}] "${key}"`;
            try {
                const displayName = checkedName(key);
                if (typeof value !== 'string' && !lock_entry_isTable(value))
                    throw new EntryError('must be a version string or a table');
                const entry = typeof value === 'string' ? { version: value } : value;
                const { marker, written } = pipenvMarker(entry);
                for (const m of written) {
                    const problem = markerProblem(m);
                    if (problem !== undefined)
                        diagnostics.push({ severity: 'error', path, line, message: `${where}: invalid marker "${m}": ${problem}` });
                }
                const { direct, editable } = pipenvDirect(entry);
                const rawVersion = optionalString(entry, 'version');
                const specifier = direct || rawVersion === undefined ? '' : specifierOf(rawVersion);
                const extras = stringArray(entry, 'extras');
                const indexName = optionalString(entry, 'index');
                if (indexName !== undefined && !sources.has(indexName))
                    diagnostics.push({ severity: 'warning', path, line, message: `${where}: index "${indexName}" is not a [[source]] name` });
                const dep = {
                    name: (0,python_names/* normalizeName */.P)(displayName),
                    displayName,
                    specifier,
                    extras,
                    source: { path, line, requirement: requirementText(displayName, extras, specifier, direct?.url, marker) },
                    hashes: [],
                    ...sectionKind(section),
                };
                if (marker !== undefined)
                    dep.marker = marker;
                if (direct)
                    dep.direct = direct;
                if (editable)
                    dep.editable = true;
                dependencies.push(dep);
            }
            catch (err) {
                if (!(err instanceof EntryError))
                    throw err;
                diagnostics.push({ severity: 'error', path, line, message: `${where}: ${err.message}` });
            }
        }
    }
    return { kind: 'manifest', dependencies, constraints: [], diagnostics, included: [] };
};

;// CONCATENATED MODULE: ./src/manifests/json-positions.ts
// A JSON reader that remembers the line of every object key. `JSON.parse` gives neither key
// positions nor, on Node 20, a position for most syntax errors; a lock's diagnostics need both.
class JsonSyntaxError extends Error {
    line;
    column;
    constructor(message, line, column) {
        super(message);
        this.line = line;
        this.column = column;
        this.name = 'JsonSyntaxError';
    }
}
/** Deeper nesting is refused rather than risk exhausting the stack on a hostile file. */
const MAX_DEPTH = 256;
/** Key lines are kept this many levels down; locks need two (section, package). */
const MAX_KEY_DEPTH = 3;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
class json_positions_Reader {
    text;
    i = 0;
    line = 1;
    lineStart = 0;
    keys = new Map();
    constructor(text) {
        this.text = text;
        if (text.charCodeAt(0) === 0xfeff)
            this.i = 1;
    }
    fail(message, at = this.i) {
        // Only the current line is tracked, so errors are raised at or after it.
        const column = at - this.lineStart + 1;
        throw new JsonSyntaxError(`${message} at line ${this.line}, column ${column}`, this.line, column);
    }
    skipSpace() {
        const t = this.text;
        while (this.i < t.length) {
            const c = t.charCodeAt(this.i);
            if (c === 0x0a) {
                this.line++;
                this.lineStart = ++this.i;
            }
            else if (c === 0x20 || c === 0x09 || c === 0x0d)
                this.i++;
            else
                break;
        }
    }
    document() {
        const value = this.value(0, []);
        this.skipSpace();
        if (this.i < this.text.length)
            this.fail(`unexpected ${json_positions_describe(this.text[this.i])} after the document`);
        return value;
    }
    value(depth, path) {
        this.skipSpace();
        if (depth > MAX_DEPTH)
            this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
        const ch = this.text[this.i];
        if (ch === '{')
            return this.object(depth, path);
        if (ch === '[')
            return this.array(depth, path);
        if (ch === '"')
            return this.string();
        if (ch === undefined)
            this.fail('unexpected end of input');
        for (const [word, result] of [['true', true], ['false', false], ['null', null]]) {
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
        return this.fail(`unexpected ${json_positions_describe(ch)}`);
    }
    object(depth, path) {
        const result = {};
        this.i++;
        this.skipSpace();
        if (this.text[this.i] === '}') {
            this.i++;
            return result;
        }
        for (;;) {
            this.skipSpace();
            if (this.text[this.i] !== '"')
                this.fail(`expected a key in double quotes, found ${json_positions_describe(this.text[this.i])}`);
            const keyLine = this.line;
            const key = this.string();
            const keyPath = [...path, key];
            if (keyPath.length <= MAX_KEY_DEPTH)
                this.keys.set(keyPath.join('\0'), keyLine);
            this.skipSpace();
            if (this.text[this.i] !== ':')
                this.fail(`expected ':' after the key "${key}", found ${json_positions_describe(this.text[this.i])}`);
            this.i++;
            const value = this.value(depth + 1, keyPath);
            // A key named `__proto__` must stay data, exactly as JSON.parse keeps it.
            Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
            this.skipSpace();
            const next = this.text[this.i];
            this.i++;
            if (next === '}')
                return result;
            if (next !== ',')
                this.fail(`expected ',' or '}' after the value of "${key}", found ${json_positions_describe(next)}`, this.i - 1);
        }
    }
    array(depth, path) {
        const result = [];
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
            if (next === ']')
                return result;
            if (next !== ',')
                this.fail(`expected ',' or ']' in an array, found ${json_positions_describe(next)}`, this.i - 1);
        }
    }
    string() {
        const t = this.text;
        let out = '';
        let run = ++this.i;
        for (;;) {
            if (this.i >= t.length)
                this.fail('unterminated string');
            const c = t.charCodeAt(this.i);
            if (c === 0x22) {
                out += t.slice(run, this.i++);
                return out;
            }
            if (c < 0x20)
                this.fail('control character in a string (a string cannot span lines)');
            if (c !== 0x5c) {
                this.i++;
                continue;
            }
            out += t.slice(run, this.i);
            const esc = t[this.i + 1];
            if (esc === 'u') {
                const hex = t.slice(this.i + 2, this.i + 6);
                if (!/^[0-9a-fA-F]{4}$/.test(hex))
                    this.fail('invalid \\u escape');
                out += String.fromCharCode(parseInt(hex, 16));
                this.i += 6;
            }
            else if (esc !== undefined && esc in ESCAPES) {
                out += ESCAPES[esc];
                this.i += 2;
            }
            else
                this.fail(`invalid escape \\${esc ?? ''}`);
            run = this.i;
        }
    }
}
function json_positions_describe(ch) {
    if (ch === undefined)
        return 'end of input';
    return JSON.stringify(ch);
}
/** Parses `text` as JSON (RFC 8259); throws `JsonSyntaxError` with the line of the first error. */
function parseJsonWithLines(text) {
    const reader = new json_positions_Reader(text);
    const value = reader.document();
    return { value, keyLine: (path) => reader.keys.get(path.join('\0')) };
}

;// CONCATENATED MODULE: ./src/manifests/pipfile-lock.ts
// Pipfile.lock: JSON written by pipenv. `default` holds the runtime packages, `develop` the dev
// packages, and any other top-level object a pipenv package category. Each entry pins
// `version = "==x"` with the `hashes` pip must accept, or points at a VCS checkout, a file or a
// path. `index` names one of `_meta.sources`.



/** The newest `_meta.pipfile-spec` this reader knows. */
const KNOWN_SPEC = 6;
function pipfile_lock_sectionKind(section) {
    if (section === 'default')
        return { kind: 'runtime' };
    if (section === 'develop')
        return { kind: 'dev', group: 'develop' };
    return { kind: 'group', group: section };
}
/** `==1.2.3` (or `===1.2.3`) -> `1.2.3`. */
function pinnedVersion(raw) {
    const m = /^\s*===?\s*(\S+)\s*$/.exec(raw);
    if (!m)
        throw new EntryError(`version "${raw}" is not pinned with ==`);
    return checkedVersion(m[1]);
}
const pipfile_lock_parse = (text, path, ctx) => {
    let located;
    try {
        located = parseJsonWithLines(text);
    }
    catch (err) {
        if (!(err instanceof JsonSyntaxError))
            throw err;
        return lockResult([], [{ severity: 'error', path, line: err.line, message: `not valid JSON: ${err.message}` }]);
    }
    const fail = (message, line) => lockResult([], [{ severity: 'error', path, line, message }]);
    const doc = located.value;
    if (!lock_entry_isTable(doc))
        return fail('must be a JSON object with "_meta", "default" and "develop"', 1);
    if (doc._meta === undefined && doc.default === undefined && doc.develop === undefined)
        return fail('has none of "_meta", "default" and "develop": not a Pipfile.lock', 1);
    const diagnostics = [];
    const meta = doc._meta;
    let sources = new Map();
    if (meta !== undefined) {
        if (!lock_entry_isTable(meta))
            return fail('"_meta" must be an object', located.keyLine(['_meta']));
        try {
            sources = readSources(meta.sources, ctx.env);
        }
        catch (err) {
            diagnostics.push({ severity: 'error', path, line: located.keyLine(['_meta', 'sources']), message: `_meta.sources: ${describeError(err)}` });
        }
        const spec = meta['pipfile-spec'];
        if (typeof spec === 'number' && spec > KNOWN_SPEC)
            diagnostics.push({ severity: 'warning', path, line: located.keyLine(['_meta', 'pipfile-spec']), message: `pipfile-spec ${spec} is newer than ${KNOWN_SPEC}; read as ${KNOWN_SPEC}` });
    }
    const dependencies = [];
    for (const [section, packages] of Object.entries(doc)) {
        if (section === '_meta')
            continue;
        const sectionLine = located.keyLine([section]);
        if (!lock_entry_isTable(packages)) {
            diagnostics.push({ severity: 'error', path, line: sectionLine, message: `"${section}" must be an object of packages` });
            continue;
        }
        for (const [key, entry] of Object.entries(packages)) {
            const line = located.keyLine([section, key]) ?? sectionLine ?? 1;
            const where = `${section} package "${key}"`;
            try {
                if (!lock_entry_isTable(entry))
                    throw new EntryError('must be an object');
                const displayName = checkedName(key);
                const { marker, written } = pipenvMarker(entry);
                for (const m of written) {
                    const problem = markerProblem(m);
                    if (problem !== undefined)
                        diagnostics.push({ severity: 'error', path, line, message: `${where}: invalid marker "${m}": ${problem}` });
                }
                const { direct, editable } = pipenvDirect(entry);
                const rawVersion = optionalString(entry, 'version');
                const version = rawVersion === undefined || (direct && rawVersion.trim() === '*') ? undefined : pinnedVersion(rawVersion);
                if (version === undefined && direct === undefined)
                    diagnostics.push({ severity: 'warning', path, line, message: `${where}: no pinned version; any version may be installed` });
                const indexName = optionalString(entry, 'index');
                let indexUrl;
                if (indexName !== undefined) {
                    indexUrl = sources.get(indexName);
                    if (indexUrl === undefined)
                        diagnostics.push({ severity: 'warning', path, line, message: `${where}: index "${indexName}" is not in _meta.sources` });
                }
                dependencies.push(lockedDependency(path, {
                    displayName,
                    line,
                    version,
                    extras: stringArray(entry, 'extras'),
                    marker: withoutSelectionTests(marker),
                    hashes: stringArray(entry, 'hashes').map(parseHash),
                    indexUrl,
                    direct,
                    editable,
                    ...pipfile_lock_sectionKind(section),
                }));
            }
            catch (err) {
                if (!(err instanceof EntryError))
                    throw err;
                diagnostics.push({ severity: 'error', path, line, message: `${where}: ${err.message}` });
            }
        }
    }
    return lockResult(dependencies, diagnostics);
};

;// CONCATENATED MODULE: ./src/manifests/pdm-lock.ts
// pdm.lock (lock_version 4.x): every `[[package]]` PDM resolved. Older 4.x locks keep the file
// hashes in `[metadata.files]` under "<name> <version>"; newer ones keep `files` on each package,
// with the `groups` and `marker` that lead to it (the inherit_metadata strategy). A package locked
// with extras is a separate entry of the same name carrying `extras`.





const SUPPORTED_MAJOR = 4;
const pdm_lock_VCS_KEYS = ['git', 'hg', 'svn', 'bzr'];
/** Old PDM wrote project-local files as URLs relative to this placeholder. */
const PROJECT_ROOT_URL = /^file:\/\/\/?\$\{PROJECT_ROOT\}\/?/;
/** `what` names the list in errors: `file` on a package, the metadata key otherwise. */
function pdm_lock_readFiles(records, what) {
    return records.map((record, i) => {
        try {
            const file = optionalString(record, 'file');
            const url = optionalString(record, 'url');
            if (file === undefined && url === undefined)
                throw new EntryError('names neither "file" nor "url"');
            return { filename: file ?? filenameOf(url), url, hash: parseHash(requiredString(record, 'hash')) };
        }
        catch (err) {
            throw new EntryError(`${what} ${i + 1}: ${describeError(err)}`);
        }
    });
}
/**
 * `[metadata.files]` of older 4.x locks, by "<normalized name> <version>". A bad record is kept as
 * the error of the package it belongs to, not of the whole lock.
 */
function pdm_lock_metadataFiles(files) {
    const byKey = new Map();
    for (const [key, records] of Object.entries(files)) {
        const space = key.lastIndexOf(' ');
        const id = space <= 0 ? key : `${(0,python_names/* normalizeName */.P)(key.slice(0, space).replace(/\[.*\]$/, ''))} ${key.slice(space + 1)}`;
        const before = byKey.get(id) ?? [];
        if (before instanceof EntryError)
            continue;
        try {
            const what = `[metadata.files] "${key}"`;
            byKey.set(id, [...before, ...pdm_lock_readFiles(asTableArray(records, what), `${what} file`)]);
        }
        catch (err) {
            if (!(err instanceof EntryError))
                throw err;
            byKey.set(id, err);
        }
    }
    return byKey;
}
function pdm_lock_directReference(pkg) {
    const editable = optionalBoolean(pkg, 'editable');
    const subdirectory = optionalString(pkg, 'subdirectory');
    for (const vcs of pdm_lock_VCS_KEYS) {
        const repo = optionalString(pkg, vcs);
        if (repo === undefined)
            continue;
        const revision = optionalString(pkg, 'revision') ?? optionalString(pkg, 'ref');
        return { direct: vcsReference(vcs, repo, revision, subdirectory), editable };
    }
    const local = optionalString(pkg, 'path');
    if (local !== undefined)
        return { direct: { kind: 'path', url: local }, editable };
    const url = optionalString(pkg, 'url');
    if (url !== undefined) {
        if (PROJECT_ROOT_URL.test(url))
            return { direct: { kind: 'path', url: url.replace(PROJECT_ROOT_URL, '') || '.' }, editable };
        return { direct: locationReference(url, subdirectory), editable };
    }
    return {};
}
function pdm_lock_kindOf(groups) {
    if (groups.length === 0 || groups.includes('default'))
        return { kind: 'runtime' };
    return { kind: 'group', group: groups.join(', ') };
}
const pdm_lock_parse = (text, path) => {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        return lockResult([], [tomlSyntaxDiagnostic(path, err)]);
    }
    const positions = new TomlLines(text);
    const metadataLine = positions.line(['metadata']);
    const fail = (message, line) => lockResult([], [{ severity: 'error', path, line, message }]);
    const metadata = doc.metadata;
    if (!lock_entry_isTable(metadata))
        return fail('no [metadata] table: not a pdm.lock');
    const rawVersion = metadata.lock_version;
    const lockVersion = formatVersion(rawVersion);
    if (rawVersion === undefined)
        return fail('[metadata] has no lock_version: not a pdm.lock PDM 2 wrote', metadataLine);
    if (!lockVersion)
        return fail(`lock_version ${JSON.stringify(rawVersion)} is not a version`, metadataLine);
    if (lockVersion.major !== SUPPORTED_MAJOR)
        return fail(`lock_version ${String(rawVersion)} is not a pdm.lock format this tool reads (4.x)`, metadataLine);
    const packages = doc.package ?? [];
    if (!Array.isArray(packages))
        return fail('"package" must be an array of [[package]] tables');
    if (metadata.files !== undefined && !lock_entry_isTable(metadata.files))
        return fail('[metadata.files] must be a table', positions.line(['metadata', 'files']));
    const legacyFiles = pdm_lock_metadataFiles(metadata.files ?? {});
    const diagnostics = [];
    const dependencies = [];
    const names = packages.map((p) => (lock_entry_isTable(p) && typeof p.name === 'string' ? p.name : undefined));
    // an entry is annotated on its `name = ` line, where a reader looks for the package
    const lines = names.map((_, i) => positions.line(['package', i, 'name']) ?? positions.line(['package', i]) ?? 1);
    const chains = lockChains(packages.map((pkg, i) => ({ displayName: names[i] ?? '', requires: lock_entry_isTable(pkg) ? requiredNames(pkg.dependencies) : [] })));
    packages.forEach((pkg, i) => {
        const line = lines[i];
        const where = names[i] !== undefined ? `package "${names[i]}"` : `package ${i + 1}`;
        try {
            if (!lock_entry_isTable(pkg))
                throw new EntryError('must be a table');
            const displayName = checkedName(requiredString(pkg, 'name'));
            const rawVersion = optionalString(pkg, 'version');
            const version = rawVersion === undefined ? undefined : checkedVersion(rawVersion);
            const extras = stringArray(pkg, 'extras');
            const marker = optionalString(pkg, 'marker');
            if (marker !== undefined) {
                const problem = markerProblem(marker);
                if (problem !== undefined)
                    diagnostics.push({ severity: 'error', path, line, message: `${where}: invalid marker "${marker}": ${problem}` });
            }
            const { direct, editable } = pdm_lock_directReference(pkg);
            if (version === undefined && direct === undefined)
                throw new EntryError('"version" is missing');
            const listed = pkg.files !== undefined ? pdm_lock_readFiles(tableArray(pkg, 'files'), 'file') : (legacyFiles.get(`${(0,python_names/* normalizeName */.P)(displayName)} ${version}`) ?? []);
            if (listed instanceof EntryError)
                throw listed;
            const files = listed;
            // Files come with URLs only under the static_urls strategy; otherwise they are found on the
            // index, with the lock's hashes enforced.
            const refs = files.length > 0 && files.every((f) => f.url !== undefined) ? files.map((f) => fileRef(f.filename, [f.hash], f.url)) : undefined;
            dependencies.push(lockedDependency(path, {
                displayName,
                line,
                version,
                extras,
                marker: withoutSelectionTests(marker),
                hashes: files.map((f) => f.hash),
                files: refs,
                direct,
                editable,
                ...pdm_lock_kindOf(stringArray(pkg, 'groups')),
                ...(chains[i] && chains[i].length > 1 ? { via: chains[i] } : {}),
            }));
        }
        catch (err) {
            if (!(err instanceof EntryError))
                throw err;
            diagnostics.push({ severity: 'error', path, line, message: `${where}: ${err.message}` });
        }
    });
    const result = lockResult(dependencies, diagnostics);
    // pdm locks the groups it was asked for and installs no other from this lock
    if (Array.isArray(metadata.groups) && metadata.groups.every((g) => typeof g === 'string'))
        result.lockedGroups = metadata.groups.map(python_names/* normalizeName */.P);
    return result;
};

;// CONCATENATED MODULE: ./src/manifests/marker-reach.ts
// The marker under which a package of a lock gets installed, when the lock records markers on the
// dependency edges (uv.lock) rather than on the packages: the `or`, over every path from a root, of
// the `and` of the markers along it. Markers are kept as opaque text (atoms) in disjunctive normal
// form; a result too large to be useful is widened to "always", which installs more, never less.
const DEFAULT_LIMITS = { maxClauses: 16, maxAtoms: 6 };
function isSubset(small, big) {
    if (small.length > big.length)
        return false;
    let j = 0;
    for (const x of small) {
        while (j < big.length && big[j] < x)
            j++;
        if (big[j] !== x)
            return false;
        j++;
    }
    return true;
}
function withAtom(clause, atom) {
    if (clause.includes(atom))
        return clause;
    return [...clause, atom].sort((a, b) => a - b);
}
/** Adds `clause` unless an existing clause already implies it; drops the clauses it implies. */
function absorb(target, clause) {
    if (target.some((c) => isSubset(c, clause)))
        return false;
    for (let i = target.length - 1; i >= 0; i--)
        if (isSubset(clause, target[i]))
            target.splice(i, 1);
    target.push(clause);
    return true;
}
function wrap(marker) {
    return /\s(or|and)\s/.test(marker) ? `(${marker})` : marker;
}
function render(clauses, atoms) {
    if (clauses.some((c) => c.length === 0))
        return undefined;
    const terms = clauses.map((c) => (c.length === 1 ? atoms[c[0]] : c.map((a) => wrap(atoms[a])).join(' and ')));
    const distinct = [...new Set(terms)].sort();
    return distinct.length === 1 ? distinct[0] : distinct.map(wrap).join(' or ');
}
/**
 * For each of `nodeCount` nodes, whether any root reaches it and under which marker. Roots are
 * reached unconditionally. Terminates on cyclic graphs: a node's set of terms only ever grows
 * and is bounded by the finite set of markers on the edges.
 */
function reachMarkers(nodeCount, roots, edges, limits = DEFAULT_LIMITS) {
    const atomIds = new Map();
    const atoms = [];
    const atomOf = (marker) => {
        let id = atomIds.get(marker);
        if (id === undefined) {
            id = atoms.length;
            atoms.push(marker);
            atomIds.set(marker, id);
        }
        return id;
    };
    const outgoing = Array.from({ length: nodeCount }, () => []);
    for (const e of edges)
        outgoing[e.from].push({ to: e.to, atom: e.marker === undefined ? undefined : atomOf(e.marker) });
    const value = new Array(nodeCount).fill(undefined);
    const queued = new Set();
    const queue = [];
    const enqueue = (n) => {
        if (!queued.has(n)) {
            queued.add(n);
            queue.push(n);
        }
    };
    for (const r of roots) {
        value[r] = [[]];
        enqueue(r);
    }
    for (let head = 0; head < queue.length; head++) {
        const n = queue[head];
        queued.delete(n);
        const from = [...value[n]];
        for (const { to, atom } of outgoing[n]) {
            const target = (value[to] ??= []);
            const wasAlways = target.length === 1 && target[0].length === 0;
            if (wasAlways)
                continue;
            let changed = false;
            for (const clause of from)
                if (absorb(target, atom === undefined ? clause : withAtom(clause, atom)))
                    changed = true;
            if (target.length > limits.maxClauses || target.some((c) => c.length > limits.maxAtoms))
                target.splice(0, target.length, []);
            if (changed)
                enqueue(to);
        }
    }
    return value.map((clauses) => (clauses === undefined || clauses.length === 0 ? { reached: false } : { reached: true, marker: render(clauses, atoms) }));
}

;// CONCATENATED MODULE: ./src/manifests/uv-conflicts.ts
// uv's conflict markers. With `[tool.uv] conflicts`, uv resolves extras and groups that may not be
// installed together, and writes on a lock's edges which of them are active as
// `extra == 'extra-<len>-<package>-<extra>'` or `extra == 'group-<len>-<package>-<group>'` (the
// package name's length in bytes, so the fields split unambiguously). At install time uv evaluates
// these against the extras and groups the user activates, and refuses to activate two members of one
// conflict set together (the lock's top-level `conflicts`). A scan stands for every selection uv
// allows: a term of a marker holds for some allowed selection unless it needs two members of one
// set active, or one item both active and not. Such a term is dropped; in the others the tests of
// the selection hold, and only the environment part is kept.



function encode(kind, pkg, item) {
    const name = (0,python_names/* normalizeName */.P)(pkg);
    return `${kind}-${new TextEncoder().encode(name).length}-${name}-${(0,python_names/* normalizeName */.P)(item)}`;
}
/** Reads `conflicts = [[{ package, extra | group }, ...], ...]`; `package` is required by uv's format. */
function readConflicts(doc) {
    const raw = doc.conflicts;
    if (raw === undefined)
        return [];
    if (!Array.isArray(raw))
        throw new EntryError('"conflicts" must be an array of arrays of tables');
    return raw.map((set, i) => {
        const items = asTableArray(set, `"conflicts" set ${i + 1}`);
        return items.map((item, j) => {
            const what = `"conflicts" set ${i + 1} item ${j + 1}`;
            if (!lock_entry_isTable(item))
                throw new EntryError(`${what} must be a table`);
            const pkg = requiredString(item, 'package');
            const extra = optionalString(item, 'extra');
            const group = optionalString(item, 'group');
            if ((extra === undefined) === (group === undefined))
                throw new EntryError(`${what} must name exactly one of "extra" and "group"`);
            return extra !== undefined ? encode('extra', pkg, extra) : encode('group', pkg, group);
        });
    });
}
/** Whether an `extra` value is in uv's encoded form (`extra-11-pydantic-ai-mcp`). */
function isEncodedItem(value) {
    const m = /^(extra|group)-(\d+)-(.*)$/.exec(value);
    if (!m)
        return false;
    const len = Number(m[2]);
    const tail = m[3];
    return tail.length > len && tail[len] === '-' && tail.length > len + 1;
}
const MAX_TERMS = 512;
function literalOf(m) {
    const variable = [m.left, m.right].find((o) => o.kind === 'variable');
    const value = [m.left, m.right].find((o) => o.kind === 'string');
    if (variable?.kind === 'variable' && (variable.name === 'extra' || variable.name === 'extras' || variable.name === 'dependency_groups')) {
        if (variable.name === 'extra' && value?.kind === 'string' && (m.op === '==' || m.op === '!=')) {
            const item = (0,python_names/* normalizeName */.P)(value.value);
            if (isEncodedItem(item))
                return { selection: true, item, active: m.op === '==' };
        }
        return { selection: 'other' };
    }
    return { selection: false, marker: m };
}
/** The marker as an `or` of `and`s, or undefined when that grows past MAX_TERMS. */
function dnf(m) {
    if (m.kind === 'compare')
        return [[literalOf(m)]];
    const parts = [];
    for (const item of m.items) {
        const d = dnf(item);
        if (d === undefined)
            return undefined;
        parts.push(d);
    }
    if (m.kind === 'or') {
        const out = parts.flat();
        return out.length > MAX_TERMS ? undefined : out;
    }
    let out = [[]];
    for (const part of parts) {
        const next = [];
        for (const a of out)
            for (const b of part)
                next.push([...a, ...b]);
        if (next.length > MAX_TERMS)
            return undefined;
        out = next;
    }
    return out;
}
function possible(term, sets) {
    const active = new Set();
    const inactive = new Set();
    for (const l of term)
        if (l.selection === true)
            (l.active ? active : inactive).add(l.item);
    for (const item of active)
        if (inactive.has(item))
            return false;
    return !sets.some((set) => set.filter((item) => active.has(item)).length >= 2);
}
/**
 * The environment part of a lock edge's marker under the selections uv allows: `undefined` when it
 * holds everywhere, `false` when no allowed selection takes the edge, else the marker that remains.
 * Only markers with uv's encoded items are rewritten here; `null` means "not one of those".
 */
function resolveConflictMarker(marker, sets) {
    if (!/\b(extra|group)-\d+-/.test(marker))
        return null;
    let ast;
    try {
        ast = (0,python_markers/* parseMarker */.gY)(marker);
    }
    catch {
        return null;
    }
    const terms = dnf(ast);
    if (terms === undefined)
        return null;
    const kept = terms.filter((t) => possible(t, sets)).map((t) => t.flatMap((l) => (l.selection === false ? [l.marker] : [])));
    if (kept.length === 0)
        return false;
    if (kept.some((t) => t.length === 0))
        return undefined;
    const rendered = [...new Set(kept.map((t) => (0,python_markers/* formatMarker */.gJ)(t.length === 1 ? t[0] : { kind: 'and', items: t })))];
    if (rendered.length === 1)
        return rendered[0];
    return (0,python_markers/* formatMarker */.gJ)({ kind: 'or', items: rendered.map((r) => (0,python_markers/* parseMarker */.gY)(r)) });
}

;// CONCATENATED MODULE: ./src/manifests/uv-lock.ts
// uv.lock (version 1, revisions 1-3): every `[[package]]` uv resolved, with its `source`, its
// `sdist` and `wheels`, and its dependency edges. The workspace's own projects (the root and the
// `[manifest] members`, whose sources are `editable`, `virtual` or `directory`) are where
// installation starts, not dependencies. uv writes markers on edges, not on packages, so a
// package's marker is derived from every path that reaches it from the workspace (marker-reach.ts):
// the `or` over paths of the `and` along each. When that grows past 16 terms (or 6 markers in one
// term) the package gets no marker: counted as installed everywhere, never less than uv would. A
// package's `resolution-markers` only repeat what its edges already say, and are not read. A
// package no path reaches (a lock without a workspace project) is kept, without a marker.






const SUPPORTED_VERSION = 1;
const SOURCE_KINDS = ['registry', 'git', 'url', 'path', 'directory', 'editable', 'virtual'];
/** Tables compare by content: an edge's `source` names its package's `source`. */
function uv_lock_sourceKey(table) {
    return JSON.stringify(Object.keys(table).sort().map((k) => [k, table[k]]));
}
/** `https://host/repo?tag=v1&subdirectory=pkg#<commit>` -> pip's `git+https://host/repo@<commit>#subdirectory=pkg`. */
function gitReference(location) {
    const hash = location.indexOf('#');
    const commit = hash === -1 ? undefined : location.slice(hash + 1);
    const withoutCommit = hash === -1 ? location : location.slice(0, hash);
    const query = withoutCommit.indexOf('?');
    const base = query === -1 ? withoutCommit : withoutCommit.slice(0, query);
    const params = new URLSearchParams(query === -1 ? '' : withoutCommit.slice(query + 1));
    const revision = commit || params.get('rev') || params.get('tag') || params.get('branch') || undefined;
    return vcsReference('git', base, revision, params.get('subdirectory') ?? undefined);
}
function readSource(source) {
    const kinds = SOURCE_KINDS.filter((k) => source[k] !== undefined);
    if (kinds.length !== 1)
        throw new EntryError(`"source" must name exactly one of ${SOURCE_KINDS.join(', ')}`);
    const kind = kinds[0];
    const location = requiredString(source, kind);
    const subdirectory = optionalString(source, 'subdirectory');
    switch (kind) {
        case 'registry':
            return { kind, location, indexUrl: location };
        case 'git':
            return { kind, location, direct: gitReference(location) };
        case 'url':
            return { kind, location, direct: locationReference(location, subdirectory) };
        case 'path':
        case 'directory':
        case 'editable':
            return { kind, location, direct: { kind: 'path', url: location } };
        case 'virtual':
            return { kind, location };
    }
}
/** An sdist or wheel record; a URL source's archive is the source URL itself. */
function readFile(record, what, source) {
    try {
        const url = optionalString(record, 'url') ?? (source.kind === 'url' ? source.location : undefined);
        const local = optionalString(record, 'path') ?? (source.kind === 'path' ? source.location : undefined);
        const filename = optionalString(record, 'filename') ?? (url !== undefined ? filenameOf(url) : local !== undefined ? filenameOf(local) : undefined);
        const rawHash = optionalString(record, 'hash');
        const hash = rawHash === undefined ? undefined : parseHash(rawHash);
        const size = optionalNumber(record, 'size');
        const ref = filename === undefined ? undefined : fileRef(filename, hash === undefined ? [] : [hash], url, size);
        return { ref, hash };
    }
    catch (err) {
        throw new EntryError(`${what}: ${describeError(err)}`);
    }
}
function readEdges(records, what) {
    return records.map((record, i) => {
        try {
            const source = optionalTable(record, 'source');
            return {
                name: (0,python_names/* normalizeName */.P)(checkedName(requiredString(record, 'name'))),
                version: optionalString(record, 'version'),
                source: source === undefined ? undefined : uv_lock_sourceKey(source),
                marker: optionalString(record, 'marker'),
                extras: stringArray(record, 'extra'),
            };
        }
        catch (err) {
            throw new EntryError(`${what} ${i + 1}: ${describeError(err)}`);
        }
    });
}
function readEdgeGroups(table, what) {
    const groups = new Map();
    for (const [name, records] of Object.entries(table ?? {}))
        groups.set(name, readEdges(asTableArray(records, `${what} "${name}"`), `${what} "${name}"`));
    return groups;
}
function readPackage(pkg, index, line) {
    if (!lock_entry_isTable(pkg))
        throw new EntryError('must be a table');
    const displayName = checkedName(requiredString(pkg, 'name'));
    const rawVersion = optionalString(pkg, 'version');
    const version = rawVersion === undefined ? undefined : checkedVersion(rawVersion);
    const sourceTable = optionalTable(pkg, 'source');
    if (sourceTable === undefined)
        throw new EntryError('"source" is missing');
    const source = readSource(sourceTable);
    if (version === undefined && source.direct === undefined && source.kind !== 'virtual')
        throw new EntryError('"version" is missing');
    const files = [];
    const hashes = [];
    const records = [];
    const sdist = optionalTable(pkg, 'sdist');
    if (sdist)
        records.push([sdist, 'sdist']);
    tableArray(pkg, 'wheels').forEach((w, i) => records.push([w, `wheel ${i + 1}`]));
    for (const [record, what] of records) {
        const { ref, hash } = readFile(record, what, source);
        if (ref)
            files.push(ref);
        if (hash)
            hashes.push(hash);
    }
    return {
        index,
        line,
        displayName,
        name: (0,python_names/* normalizeName */.P)(displayName),
        version,
        sourceKind: source.kind,
        sourceLocation: source.location,
        sourceKey: uv_lock_sourceKey(sourceTable),
        indexUrl: source.indexUrl,
        direct: source.direct,
        files,
        hashes,
        dependencies: readEdges(tableArray(pkg, 'dependencies'), 'dependency'),
        optional: readEdgeGroups(optionalTable(pkg, 'optional-dependencies'), 'optional dependency'),
        groups: readEdgeGroups(optionalTable(pkg, 'dev-dependencies'), 'dev dependency'),
    };
}
/** Graph nodes: one per package, one per (package, extra), and one per root group of edges. */
class Graph {
    packages;
    conflicts;
    edges = [];
    count;
    extraNodes = new Map();
    byName = new Map();
    unresolved = [];
    constructor(packages, conflicts) {
        this.packages = packages;
        this.conflicts = conflicts;
        this.count = packages.length;
        for (const p of packages)
            this.byName.set(p.name, [...(this.byName.get(p.name) ?? []), p]);
        for (const p of packages) {
            this.link(p.index, p.dependencies, p.displayName, p.line);
            for (const [extra, edges] of p.optional)
                this.link(this.extraNode(p, extra), edges, `${p.displayName}[${extra}]`, p.line);
        }
    }
    get size() {
        return this.count;
    }
    newNode() {
        return this.count++;
    }
    /** Installing `p[extra]` installs `p` and the extra's dependencies. */
    extraNode(p, extra) {
        const key = `${p.index}\0${extra}`;
        let node = this.extraNodes.get(key);
        if (node === undefined) {
            node = this.newNode();
            this.extraNodes.set(key, node);
            this.edges.push({ from: node, to: p.index });
        }
        return node;
    }
    /** The packages an edge names: by name, narrowed by version and source when it gives them. */
    targets(edge) {
        const candidates = this.byName.get(edge.name) ?? [];
        const narrowed = candidates.filter((c) => (edge.version === undefined || c.version === edge.version) && (edge.source === undefined || c.sourceKey === edge.source));
        return narrowed.length > 0 ? narrowed : candidates;
    }
    link(from, edges, fromName, line) {
        for (const edge of edges) {
            const targets = this.targets(edge);
            if (targets.length === 0)
                this.unresolved.push({ from: fromName, name: edge.name, line });
            // uv's conflict markers are evaluated as uv does: an edge no allowed selection takes is not one
            const resolved = edge.marker === undefined ? null : resolveConflictMarker(edge.marker, this.conflicts);
            if (resolved === false)
                continue;
            const marker = resolved === null ? withoutSelectionTests(edge.marker) : resolved;
            for (const t of targets) {
                this.edges.push({ from, to: t.index, marker });
                const optional = this.packages[t.index].optional;
                for (const extra of edge.extras)
                    if (optional.has(extra))
                        this.edges.push({ from, to: this.extraNode(t, extra), marker });
            }
        }
    }
    /**
     * For each node, the chain of package nodes by which it is first reached breadth-first from
     * `roots` (each root named by `rootName`), ignoring markers: the lock's `via`.
     */
    chains(roots) {
        const out = new Map();
        for (const e of this.edges)
            out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
        const chains = new Map();
        const queue = [];
        for (const { node, name } of roots) {
            if (chains.has(node))
                continue;
            chains.set(node, [name]);
            queue.push(node);
        }
        for (let head = 0; head < queue.length; head++) {
            const from = queue[head];
            for (const to of out.get(from) ?? []) {
                if (chains.has(to))
                    continue;
                const pkg = to < this.packages.length ? this.packages[to] : undefined;
                const chain = chains.get(from);
                chains.set(to, pkg && chain[chain.length - 1] !== pkg.displayName ? [...chain, pkg.displayName] : chain);
                queue.push(to);
            }
        }
        return chains;
    }
    /** Nodes reachable from `roots`, ignoring markers. */
    reachable(roots) {
        const out = new Map();
        for (const e of this.edges)
            out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
        const seen = new Set(roots);
        const stack = [...roots];
        while (stack.length > 0)
            for (const to of out.get(stack.pop()) ?? [])
                if (!seen.has(to))
                    (seen.add(to), stack.push(to));
        return seen;
    }
}
function isWorkspaceProject(p, members) {
    if (p.sourceKind !== 'editable' && p.sourceKind !== 'virtual' && p.sourceKind !== 'directory')
        return false;
    return members.has(p.name) || p.sourceLocation === '.' || p.sourceLocation === '';
}
const uv_lock_parse = (text, path) => {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        return lockResult([], [tomlSyntaxDiagnostic(path, err)]);
    }
    const fail = (message, line) => lockResult([], [{ severity: 'error', path, line, message }]);
    if (doc.version === undefined)
        return fail('no top-level "version": not a uv.lock');
    if (doc.version !== SUPPORTED_VERSION)
        return fail(`version ${JSON.stringify(doc.version)} is not a uv.lock format this tool reads (version 1)`, 1);
    const packages = doc.package ?? [];
    if (!Array.isArray(packages))
        return fail('"package" must be an array of [[package]] tables');
    if (doc.manifest !== undefined && !lock_entry_isTable(doc.manifest))
        return fail('"manifest" must be a table');
    const manifest = (doc.manifest ?? {});
    const diagnostics = [];
    const positions = new TomlLines(text);
    const names = packages.map((p) => (lock_entry_isTable(p) && typeof p.name === 'string' ? p.name : undefined));
    // an entry is annotated on its `name = ` line, where a reader looks for the package
    const lines = names.map((_, i) => positions.line(['package', i, 'name']) ?? positions.line(['package', i]) ?? 1);
    const locked = [];
    packages.forEach((pkg, i) => {
        const where = names[i] !== undefined ? `package "${names[i]}"` : `package ${i + 1}`;
        try {
            locked.push(readPackage(pkg, locked.length, lines[i]));
        }
        catch (err) {
            if (!(err instanceof EntryError))
                throw err;
            diagnostics.push({ severity: 'error', path, line: lines[i], message: `${where}: ${err.message}` });
        }
    });
    const members = new Set();
    let rootRequirements = [];
    let rootGroups = new Map();
    try {
        for (const m of stringArray(manifest, 'members'))
            members.add((0,python_names/* normalizeName */.P)(m));
        rootRequirements = readEdges(tableArray(manifest, 'requirements'), '[manifest] requirement');
        rootGroups = readEdgeGroups(optionalTable(manifest, 'dependency-groups'), '[manifest] dependency group');
    }
    catch (err) {
        if (!(err instanceof EntryError))
            throw err;
        diagnostics.push({ severity: 'error', path, line: positions.line(['manifest']), message: err.message });
    }
    // Each marker on an edge is checked once, on the package the edge leaves.
    for (const p of locked) {
        const edges = [...p.dependencies, ...[...p.optional.values()].flat(), ...[...p.groups.values()].flat()];
        for (const marker of new Set(edges.map((e) => e.marker).filter((m) => m !== undefined))) {
            const problem = markerProblem(marker);
            if (problem !== undefined)
                diagnostics.push({ severity: 'error', path, line: p.line, message: `package "${p.displayName}": invalid marker "${marker}" on a dependency: ${problem}` });
        }
    }
    let conflicts = [];
    try {
        conflicts = readConflicts(doc);
    }
    catch (err) {
        if (!(err instanceof EntryError))
            throw err;
        diagnostics.push({ severity: 'error', path, line: positions.line(['conflicts']), message: `${err.message}; conflict markers are taken as true` });
    }
    const graph = new Graph(locked, conflicts);
    const workspace = locked.filter((p) => isWorkspaceProject(p, members));
    const runtimeRoots = workspace.map((p) => p.index);
    // a script's lock has no project: its requirements come from the script the lock is named after
    const owner = workspace[0]?.displayName ?? (path.split('/').pop() ?? path).replace(/\.lock$/, '');
    const rootNames = new Map(workspace.map((p) => [p.index, p.displayName]));
    const extraRoots = new Map();
    const groupRoots = new Map();
    const addRoot = (roots, label, node) => {
        roots.set(label, [...(roots.get(label) ?? []), node]);
    };
    for (const p of workspace) {
        for (const extra of p.optional.keys()) {
            const node = graph.extraNode(p, extra);
            rootNames.set(node, p.displayName);
            addRoot(extraRoots, extra, node);
        }
        for (const [group, edges] of p.groups) {
            const node = graph.newNode();
            graph.link(node, edges, `${p.displayName} (${group})`, p.line);
            rootNames.set(node, p.displayName);
            addRoot(groupRoots, group, node);
        }
    }
    if (rootRequirements.length > 0) {
        const node = graph.newNode();
        graph.link(node, rootRequirements, '[manifest] requirements', positions.line(['manifest']));
        runtimeRoots.push(node);
    }
    for (const [group, edges] of rootGroups) {
        const node = graph.newNode();
        graph.link(node, edges, `[manifest] dependency group "${group}"`, positions.line(['manifest']));
        addRoot(groupRoots, group, node);
    }
    for (const { from, name, line } of graph.unresolved)
        diagnostics.push({ severity: 'warning', path, line, message: `${from} depends on "${name}", which the lock does not list` });
    const allRoots = [...runtimeRoots, ...[...extraRoots.values()].flat(), ...[...groupRoots.values()].flat()];
    const reach = reachMarkers(graph.size, allRoots, graph.edges);
    const runtime = graph.reachable(runtimeRoots);
    const labelled = (roots) => {
        const byNode = new Map();
        for (const [label, nodes] of roots)
            for (const n of graph.reachable(nodes))
                byNode.set(n, [...(byNode.get(n) ?? []), label]);
        return byNode;
    };
    const viaExtras = labelled(extraRoots);
    const viaGroups = labelled(groupRoots);
    const kindOf = (index) => {
        if (runtime.has(index))
            return { kind: 'runtime' };
        const extras = viaExtras.get(index);
        if (extras)
            return { kind: 'optional', group: extras.join(', ') };
        const groups = viaGroups.get(index);
        if (groups)
            return { kind: 'group', group: groups.join(', ') };
        return { kind: 'runtime' };
    };
    const rootName = (node) => rootNames.get(node) ?? owner;
    const chains = graph.chains([
        ...runtimeRoots.map((node) => ({ node, name: rootName(node) })),
        ...[...extraRoots.values()].flat().map((node) => ({ node, name: rootName(node) })),
        ...[...groupRoots.values()].flat().map((node) => ({ node, name: rootName(node) })),
    ]);
    const workspaceIndexes = new Set(workspace.map((p) => p.index));
    const dependencies = [];
    for (const p of locked) {
        // Workspace projects are what gets installed into; a virtual project installs nothing itself.
        if (workspaceIndexes.has(p.index) || p.sourceKind === 'virtual')
            continue;
        dependencies.push(lockedDependency(path, {
            displayName: p.displayName,
            line: p.line,
            version: p.version,
            marker: reach[p.index].reached ? reach[p.index].marker : undefined,
            hashes: p.hashes,
            files: p.files,
            indexUrl: p.indexUrl,
            direct: p.direct,
            editable: p.sourceKind === 'editable',
            ...kindOf(p.index),
            ...(chains.has(p.index) ? { via: chains.get(p.index) } : {}),
        }));
    }
    return lockResult(dependencies, diagnostics);
};

;// CONCATENATED MODULE: ./src/manifests/pylock.ts
// pylock.toml and pylock.<name>.toml (PEP 751): `[[packages]]`, each installed from exactly one
// of an index (`sdist` / `wheels`), a VCS checkout (`vcs`), a local directory (`directory`) or an
// archive (`archive`). Hashes are tables of algorithm -> digest. A major `lock-version` this tool
// does not know must not be read; a newer minor version is read with a warning, as the PEP asks.



const SUPPORTED = { major: 1, minor: 0 };
const ONLY_GROUP = /^\s*(['"])([^'"]+)\1\s+in\s+dependency_groups\s*$/;
const ONLY_EXTRA = /^\s*(['"])([^'"]+)\1\s+in\s+extras\s*$/;
const VCS_TYPES = ['git', 'hg', 'svn', 'bzr'];
/** `hashes = { sha256 = "..." }`: required on every file PEP 751 names. */
function readHashes(record) {
    const table = optionalTable(record, 'hashes');
    if (table === undefined || Object.keys(table).length === 0)
        throw new EntryError('"hashes" is missing');
    return Object.entries(table).map(([algorithm, digest]) => {
        if (typeof digest !== 'string')
            throw new EntryError(`"hashes.${algorithm}" must be a string`);
        return checkedHash(algorithm, digest);
    });
}
/** One `sdist`, `wheels` item or `archive`: at least one of `url` and `path`, and its hashes. */
function pylock_readFile(record, what) {
    try {
        const url = optionalString(record, 'url');
        const local = optionalString(record, 'path');
        if (url === undefined && local === undefined)
            throw new EntryError('names neither "url" nor "path"');
        const hashes = readHashes(record);
        const filename = optionalString(record, 'name') ?? filenameOf((url ?? local));
        return { ref: fileRef(filename, hashes, url, optionalNumber(record, 'size')), hashes, url, path: local };
    }
    catch (err) {
        throw new EntryError(`${what}: ${describeError(err)}`);
    }
}
function pylock_readSource(pkg) {
    const present = ['vcs', 'directory', 'archive', 'sdist', 'wheels'].filter((k) => pkg[k] !== undefined);
    const exclusive = present.filter((k) => k === 'vcs' || k === 'directory' || k === 'archive');
    if (exclusive.length > 1 || (exclusive.length === 1 && present.length > 1))
        throw new EntryError(`names ${present.join(' and ')}; vcs, directory and archive each exclude every other source`);
    const vcs = optionalTable(pkg, 'vcs');
    if (vcs) {
        const type = requiredString(vcs, 'type');
        if (!VCS_TYPES.includes(type))
            throw new EntryError(`vcs type "${type}" is not one of ${VCS_TYPES.join(', ')}`);
        const repo = optionalString(vcs, 'url') ?? optionalString(vcs, 'path');
        if (repo === undefined)
            throw new EntryError('vcs names neither "url" nor "path"');
        const direct = vcsReference(type, repo, requiredString(vcs, 'commit-id'), optionalString(vcs, 'subdirectory'));
        return { direct, files: [], hashes: [] };
    }
    const directory = optionalTable(pkg, 'directory');
    if (directory) {
        const location = requiredString(directory, 'path');
        const subdirectory = optionalString(directory, 'subdirectory');
        const url = subdirectory ? `${location}#subdirectory=${subdirectory}` : location;
        return { direct: { kind: 'path', url }, editable: optionalBoolean(directory, 'editable'), files: [], hashes: [] };
    }
    const archive = optionalTable(pkg, 'archive');
    if (archive) {
        const file = pylock_readFile(archive, 'archive');
        const direct = locationReference((file.url ?? file.path), optionalString(archive, 'subdirectory'));
        return { direct, files: [file.ref], hashes: file.hashes };
    }
    const files = [];
    const hashes = [];
    const sdist = optionalTable(pkg, 'sdist');
    const records = sdist ? [[sdist, 'sdist']] : [];
    tableArray(pkg, 'wheels').forEach((w, i) => records.push([w, `wheel ${i + 1}`]));
    for (const [record, what] of records) {
        const file = pylock_readFile(record, what);
        files.push(file.ref);
        hashes.push(...file.hashes);
    }
    return { files, hashes };
}
/** A marker that only tests for one dependency group or extra says which selection installs the package. */
function pylock_kindOf(marker) {
    const group = marker === undefined ? null : ONLY_GROUP.exec(marker);
    if (group)
        return { kind: 'group', group: group[2] };
    const extra = marker === undefined ? null : ONLY_EXTRA.exec(marker);
    if (extra)
        return { kind: 'optional', group: extra[2] };
    return { kind: 'runtime' };
}
const pylock_parse = (text, path) => {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        return lockResult([], [tomlSyntaxDiagnostic(path, err)]);
    }
    const positions = new TomlLines(text);
    const fail = (message, line) => lockResult([], [{ severity: 'error', path, line, message }]);
    const versionLine = positions.line(['lock-version']);
    const rawVersion = doc['lock-version'];
    if (rawVersion === undefined)
        return fail('no "lock-version": not a PEP 751 lock file');
    const lockVersion = formatVersion(rawVersion);
    if (typeof rawVersion !== 'string' || !lockVersion)
        return fail(`lock-version ${JSON.stringify(rawVersion)} is not a version string`, versionLine);
    if (lockVersion.major !== SUPPORTED.major)
        return fail(`lock-version ${rawVersion} is not a PEP 751 format this tool reads (1.x); it must not be installed from`, versionLine);
    const diagnostics = [];
    if (lockVersion.minor > SUPPORTED.minor)
        diagnostics.push({ severity: 'warning', path, line: versionLine, message: `lock-version ${rawVersion} is newer than 1.0; fields added since are ignored` });
    const packages = doc.packages ?? [];
    if (!Array.isArray(packages))
        return fail('"packages" must be an array of [[packages]] tables');
    const names = packages.map((p) => (lock_entry_isTable(p) && typeof p.name === 'string' ? p.name : undefined));
    // an entry is annotated on its `name = ` line, where a reader looks for the package
    const lines = names.map((_, i) => positions.line(['packages', i, 'name']) ?? positions.line(['packages', i]) ?? 1);
    const dependencies = [];
    packages.forEach((pkg, i) => {
        const line = lines[i];
        const where = names[i] !== undefined ? `package "${names[i]}"` : `package ${i + 1}`;
        try {
            if (!lock_entry_isTable(pkg))
                throw new EntryError('must be a table');
            const displayName = checkedName(requiredString(pkg, 'name'));
            const rawPackageVersion = optionalString(pkg, 'version');
            const version = rawPackageVersion === undefined ? undefined : checkedVersion(rawPackageVersion);
            const marker = optionalString(pkg, 'marker');
            if (marker !== undefined) {
                const problem = markerProblem(marker);
                if (problem !== undefined)
                    diagnostics.push({ severity: 'error', path, line, message: `${where}: invalid marker "${marker}": ${problem}` });
            }
            const indexUrl = optionalString(pkg, 'index');
            const source = pylock_readSource(pkg);
            if (source.direct === undefined && source.files.length === 0)
                diagnostics.push({ severity: 'warning', path, line, message: `${where}: names no sdist, wheel, archive, directory or VCS source` });
            if (source.direct === undefined && version === undefined)
                throw new EntryError('"version" is missing (it is required for packages from an index)');
            dependencies.push(lockedDependency(path, {
                displayName,
                line,
                version,
                marker: withoutSelectionTests(marker),
                hashes: source.hashes,
                files: source.files,
                indexUrl,
                direct: source.direct,
                editable: source.editable,
                ...pylock_kindOf(marker),
            }));
        }
        catch (err) {
            if (!(err instanceof EntryError))
                throw err;
            diagnostics.push({ severity: 'error', path, line, message: `${where}: ${err.message}` });
        }
    });
    const result = lockResult(dependencies, diagnostics);
    if (typeof doc['created-by'] === 'string')
        result.createdBy = doc['created-by'];
    return result;
};

;// CONCATENATED MODULE: ./src/manifests/discover.ts
// Finds the manifest files under the paths a user names and tells each one's format. A new format is
// one more name in ManifestFormat, one line in PARSERS and its file name rule in formatOf.












const PARSERS = {
    requirements: parse,
    pyproject: pyproject_parse,
    'poetry-lock': poetry_lock_parse,
    pipfile: pipfile_parse,
    'pipfile-lock': pipfile_lock_parse,
    'pdm-lock': pdm_lock_parse,
    'uv-lock': uv_lock_parse,
    pylock: pylock_parse,
};
// Tool caches and installed packages: their manifests are other projects', not this one's.
const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'site-packages', '__pycache__', '.tox', '.nox', '.mypy_cache']);
/**
 * The format a file name (or a relative path, to see its parent directory) has when found while
 * walking a directory: `requirements*.txt` (also `dev-requirements.txt` and the like), any `.txt`
 * inside a `requirements/` directory, pip-tools' `requirements*.in` and `requirements/*.in`,
 * `pyproject.toml`, `Pipfile`, and the lock files: `poetry.lock`, `Pipfile.lock`, `pdm.lock`, `uv.lock`
 * (and uv's `<script>.py.lock`), `pylock.toml` and `pylock.<name>.toml`.
 */
function formatOf(fileName) {
    const parts = fileName.split(/[/\\]/).filter((p) => p !== '');
    const base = parts[parts.length - 1] ?? '';
    const parent = parts.length > 1 ? parts[parts.length - 2].toLowerCase() : '';
    if (base === 'pyproject.toml')
        return 'pyproject';
    if (base === 'poetry.lock')
        return 'poetry-lock';
    if (base === 'Pipfile')
        return 'pipfile';
    if (base === 'Pipfile.lock')
        return 'pipfile-lock';
    if (base === 'pdm.lock')
        return 'pdm-lock';
    if (base === 'uv.lock' || base.endsWith('.py.lock'))
        return 'uv-lock';
    if (/^pylock\.([^.]+\.)?toml$/.test(base))
        return 'pylock';
    const lower = base.toLowerCase();
    const ext = lower.endsWith('.txt') ? '.txt' : lower.endsWith('.in') ? '.in' : undefined;
    if (ext === undefined)
        return undefined;
    const stem = lower.slice(0, -ext.length);
    if (/^[\w.-]*requirements[\w.-]*$/.test(stem))
        return 'requirements';
    if (parent === 'requirements' && stem !== '')
        return 'requirements';
    return undefined;
}
/** The format of a file the user named: its name decides, and any `.txt` or `.in` is a requirements file. */
function formatOfNamedFile(fileName) {
    const known = formatOf(fileName);
    if (known !== undefined)
        return known;
    return /\.(txt|in)$/i.test(fileName) ? 'requirements' : undefined;
}
// PEP 723: a script carries its metadata in a `# /// script` comment block.
const SCRIPT_BLOCK = /^# \/\/\/ script[ \t]*\r?$/m;
const SCRIPT_HEAD_BYTES = 256 * 1024;
/**
 * uv locks a script `S` in `S.lock` beside it (`tool.py.lock`; `runner.lock` for an extension-less
 * `runner`). A `.lock` whose sibling without the suffix is a PEP 723 script is such a lock; any other
 * `.lock` (`Gemfile.lock`, `yarn.lock`) is another tool's.
 */
async function isScriptLock(lockAbs) {
    if (!lockAbs.endsWith('.lock'))
        return false;
    const script = lockAbs.slice(0, -'.lock'.length);
    let handle;
    try {
        // the script itself, never what a link points at (it may lie outside the scanned root)
        if (!(await external_node_fs_.promises.lstat(script)).isFile())
            return false;
        handle = await external_node_fs_.promises.open(script, 'r');
        const stat = await handle.stat();
        if (!stat.isFile())
            return false;
        const buffer = Buffer.alloc(Math.min(stat.size, SCRIPT_HEAD_BYTES));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return SCRIPT_BLOCK.test(buffer.subarray(0, bytesRead).toString('utf8'));
    }
    catch {
        return false;
    }
    finally {
        await handle?.close();
    }
}
function discover_toRelative(root, abs) {
    const rel = external_node_path_default().relative(root, abs);
    if (rel === '..' || rel.startsWith('..' + (external_node_path_default()).sep) || external_node_path_default().isAbsolute(rel))
        return undefined;
    return rel.split((external_node_path_default()).sep).join('/');
}
function direntKind(d) {
    if (d.isFIFO())
        return 'a FIFO (named pipe)';
    if (d.isCharacterDevice())
        return 'a character device';
    if (d.isBlockDevice())
        return 'a block device';
    if (d.isSocket())
        return 'a socket';
    return 'not a regular file';
}
function errorMessage(e) {
    const code = e?.code;
    if (code === 'ENOENT')
        return 'no such file or directory';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    return e instanceof Error ? e.message : String(e);
}
/**
 * The manifests under `paths`. `exclude` (glob patterns, src/glob.ts) leaves out files and whole
 * directories met while walking; a file named in `paths` itself is always read.
 */
async function discover(paths, root, exclude = []) {
    const rootAbs = external_node_path_default().resolve(root);
    const excluded = pathMatcher(exclude);
    const found = new Map();
    const diagnostics = [];
    const add = (abs, rel, format) => {
        if (!found.has(abs))
            found.set(abs, { absPath: abs, path: rel, format });
    };
    const walk = async (dir) => {
        let entries;
        try {
            entries = await external_node_fs_.promises.readdir(dir, { withFileTypes: true });
        }
        catch (e) {
            diagnostics.push({ severity: 'warning', path: discover_toRelative(rootAbs, dir) || '.', message: `cannot read directory: ${errorMessage(e)}` });
            return;
        }
        // A virtual environment holds installed packages, never the project's manifests.
        if (entries.some((e) => e.name === 'pyvenv.cfg' && !e.isDirectory()))
            return;
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const abs = external_node_path_default().join(dir, entry.name);
            const rel = discover_toRelative(rootAbs, abs);
            if (rel !== undefined && exclude.length > 0 && excluded(rel))
                continue;
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRS.has(entry.name))
                    await walk(abs);
                continue;
            }
            if (rel === undefined)
                continue;
            const format = formatOf(rel) ?? ((await isScriptLock(abs)) ? 'uv-lock' : undefined);
            if (format === undefined)
                continue;
            if (entry.isFile()) {
                add(abs, rel, format);
            }
            else if (entry.isSymbolicLink()) {
                await addLinkedFile(abs, rel, format);
            }
            else {
                // a FIFO, a device or a socket under a manifest's name: never opened (a FIFO would block)
                diagnostics.push({ severity: 'error', path: rel, message: `${rel} is ${direntKind(entry)}, not a regular file; not read` });
            }
        }
    };
    // A link to a file is read only when it stays inside the root; a link to a directory is never walked.
    const addLinkedFile = async (abs, rel, format) => {
        try {
            const stat = await external_node_fs_.promises.stat(abs);
            if (stat.isDirectory())
                return;
            const kind = specialKind(stat);
            if (kind) {
                diagnostics.push({ severity: 'error', path: rel, message: `${rel} is a symbolic link to ${kind}, not to a regular file; not read` });
                return;
            }
            const [real, realRoot] = await Promise.all([external_node_fs_.promises.realpath(abs), external_node_fs_.promises.realpath(rootAbs)]);
            if (discover_toRelative(realRoot, real) === undefined) {
                diagnostics.push({ severity: 'warning', path: rel, message: 'symbolic link to a file outside the scanned root; skipped' });
                return;
            }
            add(abs, rel, format);
        }
        catch (e) {
            diagnostics.push({ severity: 'warning', path: rel, message: `cannot follow symbolic link: ${errorMessage(e)}` });
        }
    };
    for (const given of paths) {
        const abs = external_node_path_default().resolve(rootAbs, given);
        const rel = discover_toRelative(rootAbs, abs);
        if (rel === undefined) {
            diagnostics.push({ severity: 'error', path: given, message: `${given} is outside the scanned root ${rootAbs}` });
            continue;
        }
        let stat;
        try {
            stat = await external_node_fs_.promises.stat(abs);
        }
        catch (e) {
            diagnostics.push({ severity: 'error', path: given, message: `${given}: ${errorMessage(e)}` });
            continue;
        }
        const kind = specialKind(stat);
        if (stat.isDirectory()) {
            await walk(abs);
        }
        else if (kind) {
            diagnostics.push({ severity: 'error', path: rel === '' ? given : rel, message: `${given} is ${kind}, not a regular file; not read` });
        }
        else {
            const format = formatOfNamedFile(external_node_path_default().basename(abs)) ?? ((await isScriptLock(abs)) ? 'uv-lock' : undefined);
            if (format === undefined) {
                diagnostics.push({
                    severity: 'error',
                    path: rel,
                    message: `${given}: not a known manifest (expected pyproject.toml or a requirements .txt/.in file)`,
                });
                continue;
            }
            add(abs, rel === '' ? external_node_path_default().basename(abs) : rel, format);
        }
    }
    const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, diagnostics };
}

;// CONCATENATED MODULE: ./src/manifests/pairing.ts
// A lock and the manifest beside it describe one environment: the lock says which versions are
// installed, the manifest says where a person declared them. Pairing reports the locked versions
// and points at the manifest line for direct dependencies (the lock entry for the rest).


/** Which manifest (in the same directory) each lock format belongs to. */
const LOCK_MANIFEST = {
    'poetry-lock': 'pyproject',
    'pdm-lock': 'pyproject',
    'uv-lock': 'pyproject',
    pylock: 'pyproject',
    'pipfile-lock': 'pipfile',
};
/** A pylock.toml belongs to the manifest of the tool that wrote it: pipenv writes it from its Pipfile. */
function manifestFormatOf(lock) {
    if (lock.file.format === 'pylock' && lock.result.createdBy?.trim().toLowerCase() === 'pipenv')
        return 'pipfile';
    return LOCK_MANIFEST[lock.file.format];
}
/**
 * Whether a lock was made for the group that declares `dep`. A group the lock deliberately leaves
 * out (pdm's `[metadata] groups`) is not installed from it: the tool refuses such a group until
 * it is locked, so its declarations are neither a stale lock nor something to resolve.
 */
function coversGroup(lock, dep) {
    if (lock.lockedGroups === undefined)
        return true;
    const group = dep.kind === 'runtime' || dep.group === undefined ? 'default' : (0,python_names/* normalizeName */.P)(dep.group);
    return lock.lockedGroups.includes(group);
}
function dirOf(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? '' : path.slice(0, i);
}
/**
 * Returns the parse results with every paired manifest folded into its lock(s): locked
 * dependencies take the manifest's source when declared there, build requirements (which locks do
 * not cover) stay as declared, and a declared dependency missing from the lock is kept unlocked
 * with a warning, because a stale lock must not hide it.
 */
/**
 * The `.in` file a compiled requirements file was made from: its header's command names it relative
 * to where the command ran, the compiled file's directory or one above it (the project's root).
 */
function compiledSource(compiled, byPath) {
    const bases = [];
    for (let dir = dirOf(compiled.file.path);; dir = dirOf(dir)) {
        bases.push(dir);
        if (dir === '')
            break;
    }
    for (const written of compiled.result.compiledFrom ?? []) {
        for (const base of bases) {
            const candidate = byPath.get(external_node_path_.posix.normalize(external_node_path_.posix.join(base, written.replace(/\\/g, '/'))));
            if (candidate && candidate !== compiled && candidate.file.format === 'requirements')
                return candidate;
        }
    }
    return undefined;
}
/**
 * Returns the parse results with every paired manifest folded into its lock(s): locked
 * dependencies take the manifest's source when declared there, build requirements (which locks do
 * not cover) stay as declared, and a declared dependency missing from the lock is kept unlocked
 * with a warning, because a stale lock must not hide it. A requirements file compiled by pip-compile
 * or `uv pip compile` is what gets installed in place of the `.in` file it was compiled from: the
 * `.in` keeps only what the compiled file lacks.
 */
function pairLocks(parsed) {
    const diagnostics = [];
    const manifestsByKey = new Map();
    const byPath = new Map();
    for (const p of parsed) {
        if (p.file.format !== 'requirements')
            manifestsByKey.set(`${dirOf(p.file.path)}\0${p.file.format}`, p);
        byPath.set(p.file.path, p);
    }
    const consumed = new Set();
    const locksOf = new Map();
    /** Locks whose entries point at their manifest's lines (a compiled requirements file keeps its own). */
    const pairedLocks = new Map();
    for (const p of parsed) {
        let manifest;
        if (p.file.format === 'requirements') {
            manifest = compiledSource(p, byPath);
        }
        else {
            const manifestFormat = manifestFormatOf(p);
            if (!manifestFormat)
                continue;
            // a lock whose file could not be read as a lock pairs with nothing
            if (p.result.dependencies.length === 0 && p.result.diagnostics.some((d) => d.severity === 'error'))
                continue;
            manifest = manifestsByKey.get(`${dirOf(p.file.path)}\0${manifestFormat}`);
            if (manifest)
                pairedLocks.set(p, manifest);
        }
        if (!manifest)
            continue;
        consumed.add(manifest);
        locksOf.set(manifest, [...(locksOf.get(manifest) ?? []), p]);
    }
    const units = [];
    for (const p of parsed) {
        if (consumed.has(p)) {
            // keep what no lock covers: build requirements, and declared names the lock lacks
            const locks = locksOf.get(p);
            const lockedNames = new Set(locks.flatMap((l) => l.result.dependencies.map((d) => d.name)));
            const compiled = locks.every((l) => l.file.format === 'requirements');
            const kept = [];
            for (const dep of p.result.dependencies) {
                if (dep.kind === 'build')
                    kept.push(dep);
                else if (!locks.some((l) => coversGroup(l.result, dep)))
                    continue;
                else if (!lockedNames.has(dep.name)) {
                    kept.push(dep);
                    const what = compiled ? 'the compiled file may be stale' : 'the lock may be stale';
                    diagnostics.push({
                        severity: 'warning',
                        path: dep.source.path,
                        line: dep.source.line,
                        message: `${dep.displayName} is declared here but not in ${locks.map((l) => l.file.path).join(', ')}: ${what}, so it is resolved from the index`,
                    });
                }
            }
            if (kept.length > 0 || p.result.diagnostics.length > 0)
                units.push({ ...p.result, dependencies: kept });
            continue;
        }
        const manifest = pairedLocks.get(p);
        if (!manifest) {
            units.push(p.result);
            continue;
        }
        const declared = new Map();
        for (const dep of manifest.result.dependencies)
            if (dep.kind !== 'build' && !declared.has((0,python_names/* normalizeName */.P)(dep.name)))
                declared.set((0,python_names/* normalizeName */.P)(dep.name), dep);
        const dependencies = p.result.dependencies.map((dep) => {
            const direct = declared.get(dep.name);
            return direct ? { ...dep, source: direct.source } : dep;
        });
        units.push({ ...p.result, dependencies });
    }
    return { units, diagnostics };
}

;// CONCATENATED MODULE: ./src/manifests/safe-read.ts
// Reading manifest files that a pull request may have written to attack the scanner: an include
// (`-r`) must not reach outside the scanned root, not even through a symbolic link, and binary data
// is refused as a whole instead of being read as a million malformed lines.



/** Where binary data starts in a text, or undefined when it is text. */
function binaryContent(text) {
    const at = text.indexOf('\0');
    if (at === -1)
        return undefined;
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1))
        line++;
    return { line, message: `binary data (a NUL byte on line ${line}), not a text manifest; not parsed` };
}
function safe_read_inside(root, abs) {
    const rel = external_node_path_default().relative(root, abs);
    return rel === '' || (rel !== '..' && !rel.startsWith('..' + (external_node_path_default()).sep) && !external_node_path_default().isAbsolute(rel));
}
/**
 * A `ParseContext.readFile` for one root: reads UTF-8 text, and throws (with the reason) for a file
 * whose real location is outside the root, or that holds binary data.
 */
function readInsideRoot(root) {
    let realRoot;
    return (absPath) => {
        realRoot ??= (0,external_node_fs_.realpathSync)(root);
        const real = (0,external_node_fs_.realpathSync)(absPath);
        if (!safe_read_inside(realRoot, real))
            throw new Error('it is a symbolic link to a file outside the scanned root; refused');
        // only a regular file: a FIFO named by `-r` would block the scan
        const text = readRegularFileSync(real);
        const binary = binaryContent(text);
        if (binary)
            throw new Error(binary.message);
        return text;
    };
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/index/agent.ts
// The HTTP agent requests go through: Node's own HTTP client, over keep-alive connections, at most
// `connections` to an origin at once.
//
// Node's client was chosen over undici's for what a scan spends per request, measured against a
// local index answering 500 pages 16 at a time: the time from an answer to the next request on
// the same connection was a third to a half of undici's (its HTTP parser is native code, undici's
// WebAssembly behind more layers), and it costs no loading before the first request leaves (undici's
// agent and request() took about 28 ms). Responses arrive together because they left together, so
// each millisecond between an answer and the next request is paid by every request of the wave.
//
// Everything here is synchronous up to the request being handed to Node: the first requests of a
// scan start connecting within the call that asks for them, while the scan is still asking for
// hundreds more. node:http is loaded by the first request (a scan its cache answers never loads
// it), node:https (and with it TLS) by the first https one.

/** Node's codes for a request that cannot be sent as given: no retry will change them. */
const INVALID_REQUEST_CODES = new Set(['ERR_INVALID_CHAR', 'ERR_INVALID_HTTP_TOKEN', 'ERR_INVALID_ARG_VALUE', 'ERR_INVALID_ARG_TYPE', 'ERR_UNESCAPED_CHARACTERS', 'ERR_INVALID_URL']);
/** Whether `err` says the request itself is malformed (a header value with a line break, say). */
function isInvalidRequest(err) {
    const code = err?.code;
    return typeof code === 'string' && INVALID_REQUEST_CODES.has(code);
}
/** An agent keeping at most `connections` connections to each origin. */
function makeAgent(options) {
    const load = (0,external_node_module_.createRequire)(import.meta.url);
    const http = load('node:http');
    const agentOptions = { keepAlive: true, maxSockets: options.connections, maxFreeSockets: options.connections };
    const plain = { request: http.request, agent: new http.Agent(agentOptions) };
    let secure;
    const transport = (protocol) => {
        if (protocol !== 'https:')
            return plain;
        if (!secure) {
            const https = load('node:https');
            secure = { request: https.request, agent: new https.Agent(agentOptions) };
        }
        return secure;
    };
    let destroyed = false;
    const send = (t, o, retryStale) => new Promise((resolve, reject) => {
        const { url } = o;
        const req = t.request({
            protocol: url.protocol,
            // an IPv6 literal keeps its brackets in a URL, not in a host to connect to
            host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
            port: url.port,
            path: url.pathname + url.search,
            method: o.method,
            headers: o.headers,
            agent: t.agent,
            signal: o.signal,
        }, (res) => {
            // An error after this point reaches whoever reads the body; until someone does, it must
            // not be an unhandled 'error' event.
            res.on('error', () => { });
            resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body: res });
        });
        req.on('error', (err) => {
            // A kept-alive connection the server closed as this request went out: the request never
            // reached it. Node's advice is to send it again, on a fresh connection; once, and only
            // what is safe to send twice.
            if (retryStale && req.reusedSocket && (err.code === 'ECONNRESET' || err.code === 'EPIPE') && !o.signal.aborted && !destroyed) {
                resolve(send(t, o, false));
                return;
            }
            reject(err);
        });
        req.end(o.body);
    });
    return {
        request(o) {
            if (destroyed)
                return Promise.reject(Object.assign(new Error('the agent was closed'), { code: 'ERR_AGENT_DESTROYED' }));
            return send(transport(o.url.protocol), o, o.method === 'GET');
        },
        async destroy() {
            destroyed = true;
            plain.agent.destroy();
            secure?.agent.destroy();
        },
    };
}

;// CONCATENATED MODULE: ./src/index/errors.ts
// The one error type the index room throws. Callers turn it into a dependency's verdict, so the
// message must say what happened, where, and what a person can do about it.

class IndexError extends Error {
    name = 'IndexError';
    kind;
    /** The URL the error is about, with any userinfo replaced by `***`. */
    url;
    /** The HTTP status, when a response was received. */
    status;
    constructor(kind, url, message, status) {
        super(message);
        this.kind = kind;
        this.url = (0,redact/* redactUrl */.BO)(url);
        if (status !== undefined)
            this.status = status;
    }
}
function isIndexError(err) {
    return err instanceof IndexError;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/index/hashes.ts
// Checking a download against the hashes pip would accept for it, while it streams.

/** Python hashlib names to Node's, for the algorithms that differ. */
const NODE_NAMES = {
    sha3_224: 'sha3-224',
    sha3_256: 'sha3-256',
    sha3_384: 'sha3-384',
    sha3_512: 'sha3-512',
    blake2b: 'blake2b512',
    blake2s: 'blake2s256',
};
function nodeName(algorithm, supported) {
    const name = NODE_NAMES[algorithm] ?? algorithm;
    return supported.includes(name) ? name : undefined;
}
/** `["sha256:ab..", "sha256=cd.."]` to allowed digests; throws on an entry that is not `name:hex`. */
function parseHashList(list) {
    const out = new Map();
    for (const entry of list) {
        const m = /^([A-Za-z0-9_-]+)[:=]([0-9A-Fa-f]+)$/.exec(entry.trim());
        if (!m)
            throw new TypeError(`hash "${entry}" is not of the form "sha256:<hex digest>"`);
        const name = m[1].toLowerCase();
        if (!out.has(name))
            out.set(name, new Set());
        out.get(name).add(m[2].toLowerCase());
    }
    return out;
}
function fromRecord(hashes) {
    return new Map(Object.entries(hashes).map(([name, digest]) => [name.toLowerCase(), new Set([digest.toLowerCase()])]));
}
/**
 * Computes sha256 and every algorithm named in `allowed` that this Node supports. Like pip, a file
 * passes when any algorithm's digest is among that algorithm's allowed values.
 */
class StreamingHashes {
    allowed;
    hashers = new Map();
    checkable = new Map();
    constructor(allowed) {
        this.allowed = allowed;
        const supported = (0,external_node_crypto_.getHashes)();
        for (const [name, digests] of allowed) {
            const node = nodeName(name, supported);
            if (node === undefined)
                continue;
            this.checkable.set(name, digests);
            this.hashers.set(name, (0,external_node_crypto_.createHash)(node));
        }
        if (!this.hashers.has('sha256'))
            this.hashers.set('sha256', (0,external_node_crypto_.createHash)('sha256'));
    }
    /** True when at least one expected hash uses an algorithm that can be computed here. */
    get checks() {
        return this.checkable.size > 0;
    }
    update(chunk) {
        for (const h of this.hashers.values())
            h.update(chunk);
    }
    /** Finishes hashing; returns the digests and whether they satisfy the expectation. */
    finish() {
        const digests = {};
        for (const [name, h] of this.hashers)
            digests[name] = h.digest('hex');
        const ok = [...this.checkable].some(([name, allowed]) => allowed.has(digests[name]));
        return { digests, ok };
    }
    describeExpected() {
        return [...this.checkable].flatMap(([name, set]) => [...set].map((d) => `${name}:${d}`)).join(' or ');
    }
}

;// CONCATENATED MODULE: ./src/index/http-cache.ts
// HTTP caching of project pages, as a private cache does it (RFC 9111), the way pip's own cache
// honors PyPI: a page is used without asking while its `max-age` (or `Expires`) holds, then asked
// for again with its validators (`If-None-Match`, `If-Modified-Since`) so an unchanged page costs
// a 304. Nothing is served stale, and no heuristic freshness is guessed for a page that names none.
function first(headers, name) {
    const v = headers[name];
    return Array.isArray(v) ? v.join(', ') : v;
}
/** `Cache-Control` directives by lower-case name; a directive without a value is `true`. */
function parseCacheControl(value) {
    const out = new Map();
    if (!value)
        return out;
    // Quoted values can hold commas (`no-cache="set-cookie, x"`), so split outside quotes only.
    const re = /\s*([^=,\s]+)\s*(?:=\s*("(?:[^"\\]|\\.)*"|[^,]*))?\s*(?:,|$)/g;
    for (const m of value.matchAll(re)) {
        if (!m[1])
            continue;
        const name = m[1].toLowerCase();
        if (out.has(name))
            continue;
        const raw = m[2]?.trim();
        out.set(name, raw === undefined ? true : raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw);
    }
    return out;
}
/** A delta-seconds value; anything else (negative, fractional, garbage) is not one. */
function deltaSeconds(v) {
    if (typeof v !== 'string' || !/^\d+$/.test(v))
        return undefined;
    return Math.min(Number(v), 2 ** 31);
}
function httpDate(v) {
    if (!v)
        return undefined;
    const t = Date.parse(v);
    return Number.isNaN(t) ? undefined : t;
}
/**
 * What the headers of a 200 (or a 304) say about keeping the page. `authorized` is whether the
 * request carried credentials: such a page is kept only when the index marks it `public`, since
 * the cache directory is shared beyond this run (an Actions cache, a machine's other users).
 */
function responseMeta(headers, now, authorized) {
    const cc = parseCacheControl(first(headers, 'cache-control'));
    const etag = first(headers, 'etag')?.trim() || undefined;
    const lastModified = first(headers, 'last-modified')?.trim() || undefined;
    const date = httpDate(first(headers, 'date'));
    const age = deltaSeconds(first(headers, 'age')?.trim()) ?? 0;
    const apparent = date !== undefined ? Math.max(0, Math.floor((now - date) / 1000)) : 0;
    const initialAge = Math.max(age, apparent);
    let maxAge;
    if (cc.has('no-cache'))
        maxAge = undefined;
    else if (cc.has('max-age'))
        maxAge = deltaSeconds(cc.get('max-age')) ?? 0;
    else {
        const expires = first(headers, 'expires');
        if (expires !== undefined) {
            const at = httpDate(expires);
            // An invalid Expires (often "0") means already expired.
            maxAge = at !== undefined && date !== undefined ? Math.max(0, Math.floor((at - date) / 1000)) : 0;
        }
    }
    const vary = first(headers, 'vary');
    const storable = !cc.has('no-store') &&
        !(vary !== undefined && vary.split(',').some((v) => v.trim() === '*')) &&
        (!authorized || cc.has('public')) &&
        (maxAge !== undefined && maxAge > 0 ? true : etag !== undefined || lastModified !== undefined);
    const meta = { storable, initialAge };
    if (maxAge !== undefined)
        meta.maxAge = maxAge;
    if (etag !== undefined)
        meta.etag = etag;
    if (lastModified !== undefined)
        meta.lastModified = lastModified;
    return meta;
}
/** How old the stored page is now, in seconds. */
function currentAge(page, now) {
    return page.initialAge + Math.max(0, (now - page.storedAt) / 1000);
}
/** Usable without asking the index. A clock that went backwards does not make a page fresher. */
function isFresh(page, now) {
    return page.maxAge !== undefined && now >= page.storedAt && currentAge(page, now) < page.maxAge;
}
/**
 * The last moment (milliseconds since the epoch, exclusive) the stored page is fresh, as isFresh()
 * counts; undefined for a page that must always be revalidated.
 */
function freshUntil(page) {
    if (page.maxAge === undefined)
        return undefined;
    return page.storedAt + (page.maxAge - page.initialAge) * 1000;
}
/** Headers that turn the next request for the page into a revalidation. */
function conditionalHeaders(page) {
    const out = {};
    if (page.etag)
        out['if-none-match'] = page.etag;
    if (page.lastModified)
        out['if-modified-since'] = page.lastModified;
    return out;
}
/** The stored page after a 304: the body stays, freshness and validators come from the 304 where it sends them. */
function revalidated(page, headers, now) {
    const meta = responseMeta(headers, now, false);
    const sentFreshness = first(headers, 'cache-control') !== undefined || first(headers, 'expires') !== undefined;
    const next = {
        ...page,
        storedAt: now,
        initialAge: meta.initialAge,
        etag: meta.etag ?? page.etag,
        lastModified: meta.lastModified ?? page.lastModified,
    };
    const maxAge = sentFreshness ? meta.maxAge : page.maxAge;
    if (maxAge === undefined)
        delete next.maxAge;
    else
        next.maxAge = maxAge;
    if (next.etag === undefined)
        delete next.etag;
    if (next.lastModified === undefined)
        delete next.lastModified;
    return next;
}
/** Checks a stored page's shape: an entry of another shape is not used. */
function asCachedPage(v, url) {
    if (typeof v !== 'object' || v === null)
        return undefined;
    const p = v;
    const str = (x) => typeof x === 'string';
    const num = (x) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
    if (p.url !== url || !str(p.finalUrl) || !str(p.contentType) || !str(p.body) || !num(p.storedAt) || !num(p.initialAge))
        return undefined;
    if (p.maxAge !== undefined && !num(p.maxAge))
        return undefined;
    if (p.etag !== undefined && !str(p.etag))
        return undefined;
    if (p.lastModified !== undefined && !str(p.lastModified))
        return undefined;
    try {
        new URL(p.finalUrl);
    }
    catch {
        return undefined;
    }
    const page = {
        url,
        finalUrl: p.finalUrl,
        contentType: p.contentType,
        body: p.body,
        storedAt: p.storedAt,
        initialAge: p.initialAge,
    };
    if (p.maxAge !== undefined)
        page.maxAge = p.maxAge;
    if (p.etag !== undefined)
        page.etag = p.etag;
    if (p.lastModified !== undefined)
        page.lastModified = p.lastModified;
    return page;
}

;// CONCATENATED MODULE: ./src/index/html.ts
// Just enough of the HTML tokenizer to read a simple index page: start tags with their attributes.
// Comments, doctypes and raw-text elements are skipped so that markup inside them is not mistaken
// for links. Text content and end tags carry nothing an index page needs.
class HtmlSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
const NAMED_ENTITIES = {
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
function codePoint(n) {
    // The HTML spec replaces these with U+FFFD rather than failing.
    if (!Number.isFinite(n) || n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff))
        return '\ufffd';
    return String.fromCodePoint(n);
}
/** Decodes character references; unknown names stay as written, as browsers leave them. */
function decodeEntities(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(ENTITY, (whole, dec, hex, name) => {
        if (dec !== undefined)
            return codePoint(Number.parseInt(dec, 10));
        if (hex !== undefined)
            return codePoint(Number.parseInt(hex, 16));
        // Named references need their `;`: without it `&copy=1` in a query string is not an entity.
        if (name !== undefined && whole.endsWith(';')) {
            const value = NAMED_ENTITIES[name.toLowerCase()];
            if (value !== undefined && (name === name.toLowerCase() || name === name.toUpperCase()))
                return value;
        }
        return whole;
    });
}
/** Elements whose content is text, not markup, up to their own end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const isAsciiAlpha = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
/**
 * The start tags of a document in order. Throws HtmlSyntaxError when the document ends inside a
 * tag, comment or quoted value: that is a cut-off page, and reading on would invent links.
 */
function* startTags(html) {
    const n = html.length;
    let i = 0;
    let line = 1;
    let lineCountedTo = 0;
    const lineAt = (pos) => {
        for (; lineCountedTo < pos; lineCountedTo++)
            if (html.charCodeAt(lineCountedTo) === 10)
                line++;
        return line;
    };
    const unterminated = (what, start) => {
        throw new HtmlSyntaxError(`the page ends inside ${what} that starts on line ${lineAt(start)}`, lineAt(start));
    };
    while (i < n) {
        const lt = html.indexOf('<', i);
        if (lt < 0)
            return;
        i = lt + 1;
        if (html.startsWith('!--', i)) {
            const end = html.indexOf('-->', i + 3);
            if (end < 0)
                unterminated('a comment', lt);
            i = end + 3;
            continue;
        }
        const c = html[i] ?? '';
        if (c === '!' || c === '?') {
            const end = html.indexOf('>', i);
            if (end < 0)
                unterminated('a declaration', lt);
            i = end + 1;
            continue;
        }
        if (c === '/') {
            const end = html.indexOf('>', i);
            if (end < 0)
                unterminated('an end tag', lt);
            i = end + 1;
            continue;
        }
        if (!isAsciiAlpha(c))
            continue; // a literal `<` in text
        let j = i;
        while (j < n && !isSpace(html[j]) && html[j] !== '/' && html[j] !== '>')
            j++;
        const name = html.slice(i, j).toLowerCase();
        const attrs = new Map();
        let closed = false;
        while (j < n) {
            const ch = html[j];
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
            while (k < n && !isSpace(html[k]) && html[k] !== '/' && html[k] !== '>' && html[k] !== '=')
                k++;
            const attrName = html.slice(j, k).toLowerCase();
            j = k;
            while (j < n && isSpace(html[j]))
                j++;
            let value = '';
            if (html[j] === '=') {
                j++;
                while (j < n && isSpace(html[j]))
                    j++;
                const q = html[j];
                if (q === '"' || q === "'") {
                    const end = html.indexOf(q, j + 1);
                    if (end < 0)
                        unterminated('a quoted attribute value', lt);
                    value = html.slice(j + 1, end);
                    j = end + 1;
                }
                else {
                    let e = j;
                    while (e < n && !isSpace(html[e]) && html[e] !== '>')
                        e++;
                    value = html.slice(j, e);
                    j = e;
                }
            }
            if (!attrs.has(attrName))
                attrs.set(attrName, decodeEntities(value));
        }
        if (!closed)
            unterminated(`the <${name}> tag`, lt);
        yield { name, attrs, line: lineAt(lt) };
        i = j;
        if (RAW_TEXT.has(name)) {
            const endTag = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
            endTag.lastIndex = i;
            const end = endTag.exec(html)?.index ?? -1;
            if (end < 0)
                unterminated(`the <${name}> element`, lt);
            i = end;
        }
    }
}

;// CONCATENATED MODULE: ./src/python/links.ts
// What pip reads from a link's URL (pip/_internal/models/link.py): its path, percent-decoded, and
// the file name at its end. pip decides wheel or sdist, and which unpacker, from that name alone:
// a `filename` a JSON page gives beside the URL is never read.
/** Python's `urllib.parse.unquote`: runs of `%XX` decoded as UTF-8 (bad bytes replaced), anything else kept. */
function unquote(text) {
    if (!text.includes('%'))
        return text;
    return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
        const bytes = new Uint8Array(run.length / 3);
        for (let i = 0; i < bytes.length; i++)
            bytes[i] = parseInt(run.slice(3 * i + 1, 3 * i + 3), 16);
        return new TextDecoder('utf-8').decode(bytes);
    });
}
/** `Link.path`: the URL's path, percent-decoded. */
function linkPath(url) {
    let path;
    try {
        path = new URL(url).pathname;
    }
    catch {
        // Not absolute: pip's urlsplit still finds a path before any query or fragment.
        path = url.replace(/[?#].*$/s, '');
    }
    return unquote(path);
}
/**
 * `Link.filename`: the last component of the decoded path, trailing slashes ignored; `.`, `..`
 * and an empty path give '' (pip then falls back to the host name, which names no archive).
 */
function linkFilename(url) {
    const path = linkPath(url).replace(/\/+$/, '');
    const name = path.slice(path.lastIndexOf('/') + 1);
    return name === '.' || name === '..' ? '' : name;
}

;// CONCATENATED MODULE: ./src/index/pages.ts
// PEP 691 (JSON) and PEP 503 (HTML) project pages to DistFile lists. Pure: no I/O; URLs in the
// result are absolute, resolved against the page URL (or the HTML page's <base href>).




const HEX = /^[0-9a-f]+$/i;
const HASH_NAME = /^[a-z0-9_-]+$/i;
/** URL schemes a file on an index can be fetched (or, for a local index, read) from. */
const FILE_SCHEMES = new Set(['http:', 'https:', 'file:']);
function malformed(pageUrl, detail) {
    return new IndexError('malformed', pageUrl, `malformed project page from ${(0,redact/* redactUrl */.BO)(pageUrl)}: ${detail}`);
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
// ---------------------------------------------------------------- PEP 691 JSON
function jsonHashes(value, where, pageUrl) {
    if (!isRecord(value))
        throw malformed(pageUrl, `${where} must be an object of hash name to hex digest`);
    const out = {};
    for (const [name, digest] of Object.entries(value)) {
        if (typeof digest !== 'string' || !HEX.test(digest) || !HASH_NAME.test(name)) {
            throw malformed(pageUrl, `${where}.${name} must be a hex digest`);
        }
        out[name.toLowerCase()] = digest.toLowerCase();
    }
    return out;
}
function jsonYanked(value, where, pageUrl) {
    if (value === undefined || value === null || value === false)
        return false;
    if (value === true)
        return true;
    if (typeof value === 'string')
        return value.trim() === '' ? true : value;
    throw malformed(pageUrl, `${where}.yanked must be a boolean or a reason string`);
}
function jsonCoreMetadata(entry, where, pageUrl) {
    // PEP 714 renamed the key; servers that predate it send only the old one.
    const key = ['core-metadata', 'dist-info-metadata', 'data-dist-info-metadata'].find((k) => entry[k] !== undefined);
    if (key === undefined)
        return false;
    const value = entry[key];
    if (value === null || value === false)
        return false;
    if (value === true)
        return true;
    const hashes = jsonHashes(value, `${where}.${key}`, pageUrl);
    return Object.keys(hashes).length > 0 ? hashes : true;
}
function resolveUrl(href, base, where, pageUrl) {
    try {
        return new URL(href, base);
    }
    catch {
        throw malformed(pageUrl, `${where} has an invalid URL "${(0,redact/* redactUrl */.BO)(href)}"`);
    }
}
/** A PEP 691 v1 JSON project page. */
function parseJsonPage(body, pageUrl) {
    let data;
    try {
        data = JSON.parse(body);
    }
    catch (err) {
        throw malformed(pageUrl, `not valid JSON (${err.message})`);
    }
    if (!isRecord(data))
        throw malformed(pageUrl, 'expected a JSON object');
    if (data.meta !== undefined) {
        const version = isRecord(data.meta) ? data.meta['api-version'] : undefined;
        if (typeof version !== 'string' || !/^\d+(\.\d+)*$/.test(version)) {
            throw malformed(pageUrl, 'meta.api-version must be a version string such as "1.1"');
        }
        // PEP 691: a client must refuse a major version it does not know.
        if (version.split('.')[0] !== '1')
            throw malformed(pageUrl, `unsupported api-version ${version} (only 1.x is understood)`);
    }
    if (!Array.isArray(data.files))
        throw malformed(pageUrl, '"files" must be an array');
    return data.files.map((entry, i) => {
        const where = `files[${i}]`;
        if (!isRecord(entry))
            throw malformed(pageUrl, `${where} must be an object`);
        const { filename: declared, url } = entry;
        if (typeof url !== 'string' || url === '')
            throw malformed(pageUrl, `${where}.url must be a string`);
        const resolved = resolveUrl(url, pageUrl, `${where}.url`, pageUrl);
        if (!FILE_SCHEMES.has(resolved.protocol))
            throw malformed(pageUrl, `${where}.url has unsupported scheme ${resolved.protocol}`);
        // pip names the file after its URL (and falls back to the host when the path names none).
        const filename = linkFilename(resolved.href) || resolved.host;
        const file = {
            filename,
            url: resolved.href,
            hashes: entry.hashes === undefined ? {} : jsonHashes(entry.hashes, `${where}.hashes`, pageUrl),
            yanked: jsonYanked(entry.yanked, where, pageUrl),
            coreMetadata: jsonCoreMetadata(entry, where, pageUrl),
        };
        // pip never reads `filename`; a page that names the file otherwise than its URL does is lying
        // to every tool that trusts the field.
        if (declared !== filename)
            file.pageFilename = typeof declared === 'string' ? declared : JSON.stringify(declared ?? null);
        const rp = entry['requires-python'];
        if (rp !== undefined && rp !== null) {
            if (typeof rp !== 'string')
                throw malformed(pageUrl, `${where}.requires-python must be a string`);
            if (rp.trim() !== '')
                file.requiresPython = rp.trim();
        }
        if (entry.size !== undefined && entry.size !== null) {
            if (typeof entry.size !== 'number' || !Number.isSafeInteger(entry.size) || entry.size < 0) {
                throw malformed(pageUrl, `${where}.size must be a non-negative integer`);
            }
            file.size = entry.size;
        }
        return file;
    });
}
// ---------------------------------------------------------------- PEP 503 HTML
/** `sha256=<hex>` (a URL fragment or a PEP 658 attribute value) to `{ sha256: hex }`, else undefined. */
function hashPair(text) {
    const eq = text.indexOf('=');
    if (eq <= 0)
        return undefined;
    const name = text.slice(0, eq);
    const digest = text.slice(eq + 1);
    if (!HASH_NAME.test(name) || !HEX.test(digest))
        return undefined;
    return { [name.toLowerCase()]: digest.toLowerCase() };
}
function htmlCoreMetadata(attrs) {
    const value = attrs.get('data-core-metadata') ?? attrs.get('data-dist-info-metadata');
    if (value === undefined)
        return false;
    const v = value.trim();
    if (v.toLowerCase() === 'false')
        return false;
    // PEP 658 allows "true" or a hash; an unrecognized value still says the file exists.
    return hashPair(v) ?? true;
}
/** A PEP 503 project page (also what static and Artifactory-like indexes serve). */
function parseHtmlPage(body, pageUrl) {
    if (!body.includes('<'))
        throw malformed(pageUrl, 'not an HTML page (it contains no markup)');
    let base;
    const anchors = [];
    try {
        for (const tag of startTags(body)) {
            const href = tag.attrs.get('href');
            if (href === undefined)
                continue;
            // The document's base URL is the first <base href>, wherever the links are.
            if (tag.name === 'base' && base === undefined) {
                base = resolveUrl(href.trim(), pageUrl, `<base> on line ${tag.line}`, pageUrl).href;
            }
            else if (tag.name === 'a') {
                anchors.push({ href: href.trim(), attrs: tag.attrs, line: tag.line });
            }
        }
    }
    catch (err) {
        if (err instanceof HtmlSyntaxError)
            throw malformed(pageUrl, err.message);
        throw err;
    }
    const files = [];
    for (const { href, attrs, line } of anchors) {
        const url = resolveUrl(href, base ?? pageUrl, `the link on line ${line}`, pageUrl);
        if (!FILE_SCHEMES.has(url.protocol))
            continue; // mailto:, javascript: and the like are not files
        // `../` and other directory links name no file (pip: "not a file").
        if (url.pathname.endsWith('/'))
            continue;
        const filename = linkFilename(url.href);
        if (filename === '' || /[/\\]/.test(filename))
            continue;
        const fragment = url.hash.slice(1);
        url.hash = '';
        const file = {
            filename,
            url: url.href,
            hashes: hashPair(fragment) ?? {},
            yanked: attrs.has('data-yanked') ? attrs.get('data-yanked').trim() || true : false,
            coreMetadata: htmlCoreMetadata(attrs),
        };
        const rp = attrs.get('data-requires-python')?.trim();
        if (rp)
            file.requiresPython = rp;
        files.push(file);
    }
    return files;
}
/** Which parser a response's Content-Type calls for, or undefined when it is neither format. */
function pageFormat(contentType) {
    const mime = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (mime === 'application/vnd.pypi.simple.v1+json' || mime === 'application/vnd.pypi.simple.latest+json')
        return 'json';
    if (mime === 'application/vnd.pypi.simple.v1+html' || mime === 'application/vnd.pypi.simple.latest+html' || mime === 'text/html') {
        return 'html';
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/index/retry.ts
// When to try a request again and how long to wait first.
/** Statuses worth another attempt: the server is busy or briefly broken, not refusing the request. */
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
function isRetryableStatus(status) {
    return RETRYABLE_STATUSES.has(status);
}
/** `Retry-After` as milliseconds from `now`: delta-seconds or an HTTP date; undefined when unusable. */
function parseRetryAfter(value, now) {
    if (value === undefined)
        return undefined;
    const v = value.trim();
    if (/^\d+$/.test(v))
        return Number(v) * 1000;
    // Only a date-shaped value: Date.parse accepts bare numbers and other things HTTP does not.
    if (!/[a-z]/i.test(v))
        return undefined;
    const at = Date.parse(v);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, at - now);
}
/**
 * Exponential backoff with jitter: attempt 0 waits about `baseMs`, each later one twice as long,
 * capped; the random half keeps many clients that failed together from retrying together.
 */
function backoffDelay(attempt, baseMs, capMs, random = Math.random) {
    const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

;// CONCATENATED MODULE: ./src/index/semaphore.ts
// Bounds how many requests are in flight at once. Waiters are served first come, first served
// within a priority; a higher priority goes first, so that work already half done (an sdist whose
// page was read) finishes before new work starts and its analysis overlaps the requests still out.
class Semaphore {
    available;
    /** Waiters by priority, highest first; each list in arrival order. */
    queues = [];
    constructor(permits) {
        if (!Number.isInteger(permits) || permits < 1)
            throw new RangeError(`concurrency must be a positive integer, got ${permits}`);
        this.available = permits;
    }
    /** Resolves with a release function once a permit is free; calling release twice is harmless. */
    async acquire(priority = 0) {
        if (this.available > 0)
            this.available--;
        else
            await new Promise((resolve) => this.enqueue(priority, resolve));
        return this.releaser();
    }
    /** A permit now, when one is free (nobody then waits for one), without waiting a turn; else undefined. */
    tryAcquire() {
        if (this.available === 0)
            return undefined;
        this.available--;
        return this.releaser();
    }
    releaser() {
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            const next = this.dequeue();
            // Hand the permit straight to the next waiter so a newcomer cannot jump the queue.
            if (next)
                next();
            else
                this.available++;
        };
    }
    enqueue(priority, resolve) {
        let i = 0;
        while (i < this.queues.length && this.queues[i].priority > priority)
            i++;
        if (this.queues[i]?.priority !== priority)
            this.queues.splice(i, 0, { priority, waiters: [] });
        this.queues[i].waiters.push(resolve);
    }
    dequeue() {
        while (this.queues.length > 0) {
            const q = this.queues[0];
            const next = q.waiters.shift();
            if (next)
                return next;
            this.queues.shift();
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/index/tls.ts
// TLS failures in words a person can act on. A certificate that cannot be verified, or a server
// that does not speak TLS, will not change on a retry, so these are final; and the remedy is never
// to turn verification off, only to tell Node which authority to trust.
/** Node's codes for a peer certificate that failed verification (OpenSSL's X509_V_ERR names, and Node's own). */
const CERTIFICATE_CODES = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_GET_CRL',
    'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
    'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
    'CERT_SIGNATURE_FAILURE',
    'CERT_NOT_YET_VALID',
    'CERT_HAS_EXPIRED',
    'CERT_REVOKED',
    'CERT_UNTRUSTED',
    'CERT_REJECTED',
    'CERT_CHAIN_TOO_LONG',
    'INVALID_CA',
    'INVALID_PURPOSE',
    'PATH_LENGTH_EXCEEDED',
    'HOSTNAME_MISMATCH',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
const TRUST_HINT = 'certificates are always verified; if the index uses a private certificate authority, name its certificate in NODE_EXTRA_CA_CERTS';
/** OpenSSL's reason in `...:SSL routines:ssl3_get_record:wrong version number:...`, or the message's first line. */
function opensslReason(message) {
    const m = /SSL routines:[^:]*:([^:]+)/.exec(message);
    return (m?.[1] ?? message.split('\n')[0] ?? '').trim();
}
/**
 * The sentence for a TLS failure talking to `host`, or undefined when `err` is not one. `where` is
 * the URL as it may be shown.
 */
function describeTlsError(err, host, where) {
    const code = err?.code;
    if (typeof code !== 'string')
        return undefined;
    const message = err.message ?? '';
    if (CERTIFICATE_CODES.has(code)) {
        const problem = code === 'CERT_HAS_EXPIRED'
            ? 'has expired'
            : code === 'CERT_NOT_YET_VALID'
                ? 'is not valid yet'
                : code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code === 'HOSTNAME_MISMATCH'
                    ? `does not name ${host.replace(/:\d+$/, '')} (${message.split('\n')[0]})`
                    : `is not trusted (${message.split('\n')[0]})`;
        return `TLS error from ${where}: the certificate of ${host} ${problem}; ${code}; ${TRUST_HINT}`;
    }
    if (code.startsWith('ERR_SSL_') || code === 'EPROTO') {
        const reason = opensslReason(message);
        const hint = /wrong version number|packet length too long|unknown protocol|http request/i.test(reason) ? ': the server does not seem to speak TLS on that port' : '';
        return `TLS error from ${where}: the TLS handshake with ${host} failed (${reason})${hint}; ${code}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/index/client.ts
// The HTTP side of the index room: project pages (PEP 691 JSON, PEP 503 HTML) and file downloads,
// with bounded concurrency, per-request timeouts, retries, manual redirects and origin-bound
// credentials. Every error is an IndexError whose message names a URL without credentials.














/**
 * Resolves after the requests that were waiting for a permit, and the answers already in, had
 * their turn: awaited between handing a connection back and using what came over it.
 */
function nextTurn() {
    return new Promise((resolve) => setImmediate(resolve));
}
/**
 * The order requests leave in once all permits are taken (first come, first served within one).
 * A request that follows from an answer already in (a chosen file's metadata or download, the page
 * of a name a chosen version requires) goes before the pages of names nothing has looked at yet:
 * the work in progress finishes, and the next stage starts while the first one's requests are
 * still out, instead of after the last of them.
 */
const PRIORITY = { page: 0, followUp: 1 };
const PAGE_ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01';
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const BACKOFF_CAP_MS = 20_000;
/** Files up to this size are read whole before they are handed on (see streamFile). */
const READ_WHOLE_BYTES = 1024 * 1024;
/** How much of an unwanted body (an error page, a redirect) is read to keep the connection reusable. */
const DISCARD_LIMIT = 64 * 1024;
function header(headers, name) {
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
}
function contentLength(headers) {
    const v = header(headers, 'content-length');
    return v !== undefined && /^\d+$/.test(v.trim()) ? Number(v) : undefined;
}
/** Node's names of HTTP statuses, read on the first failure (a scan the cache answers loads no node:http). */
let statusNames;
function statusText(status) {
    statusNames ??= (0,external_node_module_.createRequire)(import.meta.url)('node:http').STATUS_CODES;
    return `${status} ${statusNames[status] ?? 'HTTP error'}`;
}
/** A failure worth another attempt, with the wait the server asked for, if any. */
class Retryable {
    error;
    waitMs;
    constructor(error, waitMs) {
        this.error = error;
        this.waitMs = waitMs;
    }
}
/**
 * The time budget of one request: a timer that aborts the request
 * once the time spent waiting on the server adds up to the timeout. It runs only while armed, that
 * is while a response or the next chunk is awaited, so a server that sends a byte now and then
 * cannot stretch a request past its timeout, and a slow reader does not eat into it.
 */
class Watchdog {
    ms;
    fired = false;
    spent = 0;
    since;
    timer;
    controller;
    constructor(ms) {
        this.ms = ms;
    }
    /** Starts counting again, aborting `controller` (this hop's request) when the budget runs out. */
    arm(controller) {
        this.disarm();
        if (controller)
            this.controller = controller;
        this.since = performance.now();
        const left = Math.max(0, this.ms - this.spent);
        this.timer = setTimeout(() => {
            this.fired = true;
            this.controller?.abort(new Error('timed out'));
        }, left);
    }
    disarm() {
        if (this.timer !== undefined)
            clearTimeout(this.timer);
        this.timer = undefined;
        if (this.since !== undefined)
            this.spent += performance.now() - this.since;
        this.since = undefined;
    }
}
/**
 * A file download: iterate it once for the bytes. The last chunk is held back until the hash check
 * passes, so a reader that sees the end of the stream without an error has verified bytes.
 */
class Download {
    source;
    /** True when an expected hash will be checked; false means the bytes arrive unverified. */
    verified;
    filename;
    /** The file URL without credentials. */
    url;
    started = false;
    result;
    /** @internal */
    constructor(filename, url, verified, source) {
        this.source = source;
        this.filename = filename;
        this.url = url;
        this.verified = verified;
    }
    /** After a complete read: the digests computed (sha256 always) as lower-case hex. */
    get digests() {
        return this.result?.digests;
    }
    /** After a complete read: the number of bytes received. */
    get bytes() {
        return this.result?.bytes;
    }
    [Symbol.asyncIterator]() {
        if (this.started)
            throw new Error(`the download of ${this.filename} can be read only once`);
        this.started = true;
        return this.source((digests, bytes) => {
            this.result = { digests, bytes };
        });
    }
}
class IndexClient {
    /** The HTTP agent, made on the first request: a scan the cache answers makes none. */
    agent;
    agentOptions;
    limiter;
    secretList = new redact/* SecretList */.Ny();
    creds = new CredentialStore(this.secretList);
    indexes;
    timeoutMs;
    retries;
    maxPageBytes;
    backoffMs;
    maxRetryAfterMs;
    userAgent;
    projects = new Map();
    pages = new Map();
    counters = { requests: 0, bytes: 0, retries: 0, pagesFromCache: 0, pagesRevalidated: 0 };
    closing = new AbortController();
    destroyed;
    pageStore;
    /** Page-store writes still running; close() waits for them so a run ends with its cache written. */
    storing = new Set();
    /**
     * Every page URL this client read, and until when the copy it used stays fresh in the store;
     * undefined where the copy used is not one the store holds fresh (not kept, not found, failed).
     */
    pagesUsed = new Map();
    constructor(opts) {
        const concurrency = opts.concurrency ?? 16;
        this.limiter = new Semaphore(concurrency);
        this.timeoutMs = positive(opts.timeoutMs ?? 30_000, 'timeoutMs');
        this.retries = nonNegativeInteger(opts.retries ?? 3, 'retries');
        this.maxPageBytes = positive(opts.maxPageBytes ?? 64 * 1024 * 1024, 'maxPageBytes');
        this.backoffMs = nonNegativeInteger(opts.backoffMs ?? 500, 'backoffMs');
        this.maxRetryAfterMs = nonNegativeInteger(opts.maxRetryAfterMs ?? 60_000, 'maxRetryAfterMs');
        this.userAgent = opts.userAgent ?? `sdist-guard/${opts.version ?? 'dev'} (+https://github.com/sdist-guard/sdist-guard)`;
        for (const [host, value] of Object.entries(opts.credentials ?? {})) {
            this.creds.addOption(host, value);
        }
        this.indexes = [opts.indexUrl, ...(opts.extraIndexUrls ?? [])].map((u) => this.indexBase(u));
        for (const value of opts.secrets ?? [])
            this.secretList.add(value, encodeURIComponent(value));
        this.pageStore = opts.pageStore;
        // Connecting, waiting for the headers and each pause in a body are all timed by the watchdog.
        this.agentOptions = { connections: concurrency };
    }
    /** Every secret this client holds, in each form it could appear in (raw, URL-encoded, Basic). */
    secrets() {
        return this.secretList.list();
    }
    stats() {
        return { ...this.counters };
    }
    /**
     * The pages this client read, each with the time its stored copy stops being fresh, when every
     * one of them was a copy the page store holds and will serve without asking until then; undefined
     * when any was not (the store kept no copy, the index had no such project, the read failed).
     * Read once the client is closed: its writes to the store are done then.
     */
    pagesKeptFresh() {
        const out = [];
        for (const [url, until] of this.pagesUsed) {
            if (until === undefined)
                return undefined;
            out.push({ url, freshUntil: until });
        }
        return out;
    }
    /** Stops every request in flight and refuses new ones; may be called more than once. */
    async close() {
        if (!this.closing.signal.aborted) {
            this.closing.abort();
            this.destroyed = this.agent ? this.agent.destroy() : Promise.resolve();
        }
        await this.destroyed;
        await Promise.all([...this.storing]);
    }
    /**
     * The files of a project on the given indexes (default: the index URL, then the extra ones),
     * merged as pip does: earlier indexes first, a filename seen again is dropped.
     */
    getProject(name, indexUrls, opts = {}) {
        const normalized = (0,python_names/* normalizeName */.P)(name);
        let bases;
        try {
            bases = indexUrls ? indexUrls.map((u) => this.indexBase(u)) : this.indexes;
        }
        catch (err) {
            return Promise.reject(err);
        }
        const key = [normalized, ...bases].join('\n');
        let pending = this.projects.get(key);
        if (!pending) {
            pending = this.loadProject(name, normalized, bases, opts.priority ?? PRIORITY.page);
            this.projects.set(key, pending);
        }
        return pending;
    }
    /** Streams a file; see Download for when the bytes count as verified. */
    download(file, opts) {
        const url = this.fileUrl(file);
        let allowed;
        try {
            allowed = opts.hashes && opts.hashes.length > 0 ? parseHashList(opts.hashes) : fromRecord(file.hashes);
        }
        catch (err) {
            throw this.fail('malformed', url, `${err.message}, for ${file.filename} from ${(0,redact/* redactUrl */.BO)(url.href)}`);
        }
        const hasher = new StreamingHashes(allowed);
        return new Download(file.filename, url.href, hasher.checks, (settle) => this.streamFile(url, file.filename, opts.maxBytes, hasher, settle));
    }
    /**
     * Reads a file, or part of it with a Range request, into memory. A server that ignores Range
     * answers 200 with the whole file, which is read only up to maxBytes (beyond, it is an error).
     */
    fetchBytes(href, filename, opts) {
        let url;
        try {
            url = this.fileUrl({ filename, url: href, hashes: {}, yanked: false });
        }
        catch (err) {
            return Promise.reject(err);
        }
        const range = opts.range;
        const asked = range === undefined ? undefined : 'suffix' in range ? `bytes=-${range.suffix}` : `bytes=${range.start}-${range.end}`;
        return this.withRetries(async () => {
            const opened = await this.open(url, '*/*', false, asked ? { range: asked } : undefined, opts.priority ?? PRIORITY.followUp);
            try {
                const where = (0,redact/* redactUrl */.BO)(opened.url.href);
                if (opened.status !== 206) {
                    if (opened.status !== 200)
                        throw this.fail('http', opened.url, `${statusText(opened.status)} from ${where}`, opened.status);
                    const bytes = await this.readAll(opened, opts.maxBytes);
                    opened.close();
                    await nextTurn();
                    return { partial: false, offset: 0, size: bytes.length, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
                }
                const m = /^bytes\s+(\d+)-(\d+)\/(\d+|\*)$/i.exec((header(opened.headers, 'content-range') ?? '').trim());
                if (!m)
                    throw this.fail('malformed', opened.url, `206 from ${where} without a valid Content-Range header`, 206);
                const start = Number(m[1]);
                const end = Number(m[2]);
                const size = m[3] === '*' ? undefined : Number(m[3]);
                if (end < start || (size !== undefined && end >= size) || !rangeAnswers(range, start, end, size)) {
                    throw this.fail('malformed', opened.url, `206 from ${where} sent bytes ${start}-${end}, not the range asked for (${asked ?? 'none'})`, 206);
                }
                const bytes = await this.readAll(opened, Math.min(opts.maxBytes, end - start + 1));
                if (bytes.length !== end - start + 1) {
                    throw this.fail('malformed', opened.url, `206 from ${where} announced bytes ${start}-${end} but sent ${bytes.length}`, 206);
                }
                opened.close();
                await nextTurn();
                return { partial: true, offset: start, size, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
            }
            finally {
                opened.close();
            }
        });
    }
    /**
     * A JSON API exchange (an advisory service's): GET, or POST with a JSON body, under the same
     * timeouts, retries, redirect and credential rules as index pages. Only a 2xx answer is read, up
     * to maxBytes; a body that is not JSON is a `malformed` error naming the URL.
     */
    requestJson(href, opts) {
        let url;
        try {
            url = new URL(href);
        }
        catch {
            return Promise.reject(this.fail('malformed', href, `"${(0,redact/* redactUrl */.BO)(href)}" is not a valid URL`));
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            return Promise.reject(this.fail('malformed', url, `${(0,redact/* redactUrl */.BO)(href)} is not an http or https URL`));
        }
        url.hash = '';
        url = this.creds.absorb(url);
        const post = opts.body === undefined ? undefined : JSON.stringify(opts.body);
        return this.withRetries(async () => {
            const opened = await this.open(url, 'application/json', true, undefined, 0, post);
            try {
                const raw = await this.readAll(opened, opts.maxBytes);
                opened.close();
                const text = decodeText(this.decodeContent(raw, opened), header(opened.headers, 'content-type'));
                let value;
                try {
                    value = JSON.parse(text);
                }
                catch (err) {
                    throw this.fail('malformed', opened.url, `the answer from ${(0,redact/* redactUrl */.BO)(opened.url.href)} is not JSON (${err.message})`, opened.status);
                }
                return { value, authorized: opened.authorized };
            }
            finally {
                opened.close();
            }
        });
    }
    // ------------------------------------------------------------------ projects
    async loadProject(name, normalized, bases, priority) {
        if (!(0,python_names/* isValidName */.u)(normalized)) {
            throw this.fail('not-found', bases[0], `"${name}" is not a valid project name, so no index can list it`);
        }
        const pageUrls = bases.map((b) => new URL(`${normalized}/`, b));
        const settled = await Promise.allSettled(pageUrls.map((u) => this.page(u, priority)));
        // Unlike pip, which skips an index it cannot read, this fails the whole answer: the index that
        // failed (other than by not knowing the project) may hold the very file pip would pick.
        for (const s of settled)
            if (s.status === 'rejected')
                throw s.reason;
        const found = settled.flatMap((s) => (s.status === 'fulfilled' && s.value ? [s.value] : []));
        if (found.length === 0) {
            const where = pageUrls.map((u) => (0,redact/* redactUrl */.BO)(u.href)).join(', ');
            throw this.fail('not-found', pageUrls[0], `project "${normalized}" was not found (404) at ${where}`, 404);
        }
        const seen = new Set();
        const files = [];
        for (const page of found) {
            for (const f of page.files) {
                if (seen.has(f.filename))
                    continue;
                seen.add(f.filename);
                files.push(f);
            }
        }
        return { name: normalized, files, urls: found.map((p) => p.url) };
    }
    /** One index's page for a project, or null when that index does not have it. */
    page(url, priority) {
        let pending = this.pages.get(url.href);
        if (!pending) {
            pending = this.loadPage(url, priority).catch((err) => {
                if (err instanceof IndexError && err.kind === 'not-found')
                    return null;
                throw err;
            });
            this.pages.set(url.href, pending);
        }
        return pending;
    }
    async loadPage(url, priority) {
        // A page fetched with credentials is stored only when the index marks it public
        // (responseMeta decides), so whatever the store holds may be read by anyone using it.
        const store = this.pageStore;
        // not kept until a path below says what copy it used
        this.pagesUsed.set(url.href, undefined);
        // A store that surely has no copy is not waited for: the request leaves within this call, while
        // the caller may still be asking for hundreds of other pages.
        let cached = store && (store.mayHold?.(url.href) ?? true) ? await store.get(url.href).catch(() => undefined) : undefined;
        if (cached) {
            const fromStore = this.storedFiles(cached);
            if (!fromStore) {
                this.store(() => store.delete(url.href));
                cached = undefined;
            }
            else if (isFresh(cached, Date.now())) {
                this.counters.pagesFromCache++;
                this.pagesUsed.set(url.href, freshUntil(cached));
                return fromStore;
            }
        }
        const stored = cached;
        return this.withRetries(async () => {
            const opened = await this.open(url, PAGE_ACCEPT, true, cached ? conditionalHeaders(cached) : undefined, priority);
            try {
                if (opened.status === 304 && cached) {
                    const page = revalidated(cached, opened.headers, Date.now());
                    this.counters.pagesRevalidated++;
                    this.store(() => store.put(page));
                    this.pagesUsed.set(url.href, freshUntil(page));
                    return this.storedFiles(page);
                }
                const contentType = header(opened.headers, 'content-type');
                const format = pageFormat(contentType);
                if (!format) {
                    throw this.fail('malformed', opened.url, `unexpected Content-Type "${contentType ?? '(none)'}" from ${(0,redact/* redactUrl */.BO)(opened.url.href)}: expected a PEP 691 JSON page ` +
                        '(application/vnd.pypi.simple.v1+json) or a PEP 503 HTML page (text/html)');
                }
                const raw = await this.readAll(opened, this.maxPageBytes);
                // The exchange is over: the next request may start while this page is parsed. It is sent
                // first: answers arrive together (they left together), and each one parsed before the
                // next request goes out would hold that request back by the parsing of all before it.
                opened.close();
                await nextTurn();
                const text = decodeText(this.decodeContent(raw, opened), contentType);
                const pageUrl = opened.url.href;
                const files = this.parsePage(text, format, pageUrl);
                // What is kept on disk holds no secret: not in its URL, not in its links.
                if (store && !this.holdsSecret(url.href, pageUrl, text)) {
                    const now = Date.now();
                    const meta = responseMeta(opened.headers, now, opened.authorized);
                    if (meta.storable) {
                        const page = { url: url.href, finalUrl: pageUrl, contentType: contentType, body: text, storedAt: now, initialAge: meta.initialAge };
                        if (meta.maxAge !== undefined)
                            page.maxAge = meta.maxAge;
                        if (meta.etag !== undefined)
                            page.etag = meta.etag;
                        if (meta.lastModified !== undefined)
                            page.lastModified = meta.lastModified;
                        this.store(() => store.put(page));
                        this.pagesUsed.set(url.href, freshUntil(page));
                    }
                    else if (cached)
                        this.store(() => store.delete(url.href));
                }
                return { url: pageUrl, files };
            }
            finally {
                opened.close();
            }
        }).catch((err) => {
            // A project the index no longer has must not come back from the store.
            if (stored && err instanceof IndexError && err.kind === 'not-found')
                this.store(() => store.delete(url.href));
            throw err;
        });
    }
    holdsSecret(...texts) {
        const secrets = this.secretList.list();
        return texts.some((t) => secrets.some((s) => t.includes(s)));
    }
    parsePage(text, format, pageUrl) {
        const files = format === 'json' ? parseJsonPage(text, pageUrl) : parseHtmlPage(text, pageUrl);
        // Userinfo a page puts in its links is not ours to use or to keep: drop it.
        for (const f of files)
            f.url = withoutUserinfo(f.url);
        return files;
    }
    /** A stored page's files, or undefined when it no longer parses (it is then fetched anew). */
    storedFiles(page) {
        const format = pageFormat(page.contentType);
        if (!format)
            return undefined;
        try {
            return { url: page.finalUrl, files: this.parsePage(page.body, format, page.finalUrl) };
        }
        catch {
            return undefined;
        }
    }
    /** Runs a page-store write in the background; a store that fails only loses the entry. */
    store(write) {
        const p = write()
            .catch(() => { })
            .finally(() => this.storing.delete(p));
        this.storing.add(p);
    }
    decodeContent(raw, opened) {
        const encoding = (header(opened.headers, 'content-encoding') ?? 'identity').trim().toLowerCase();
        if (encoding === 'identity' || encoding === '')
            return raw;
        if (encoding !== 'gzip' && encoding !== 'x-gzip') {
            throw this.fail('malformed', opened.url, `unsupported Content-Encoding "${encoding}" from ${(0,redact/* redactUrl */.BO)(opened.url.href)}`);
        }
        try {
            return (0,external_node_zlib_.gunzipSync)(raw, { maxOutputLength: this.maxPageBytes });
        }
        catch (err) {
            if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
                throw this.tooLarge(opened.url, `the page inflates to more than the ${this.maxPageBytes}-byte limit`);
            }
            throw this.fail('malformed', opened.url, `the gzip body from ${(0,redact/* redactUrl */.BO)(opened.url.href)} is corrupt (${err.message})`);
        }
    }
    async readAll(opened, limit) {
        const declared = contentLength(opened.headers);
        if (declared !== undefined && declared > limit) {
            throw this.tooLarge(opened.url, `the server announced ${declared} bytes, more than the ${limit}-byte limit`);
        }
        const chunks = [];
        let total = 0;
        const it = opened.body[Symbol.asyncIterator]();
        for (;;) {
            const step = await this.nextChunk(it, opened, total, declared);
            if (step.done)
                break;
            const chunk = step.value;
            total += chunk.length;
            this.counters.bytes += chunk.length;
            if (total > limit)
                throw this.tooLarge(opened.url, `more than the ${limit}-byte limit`);
            chunks.push(chunk);
        }
        return Buffer.concat(chunks, total);
    }
    // ------------------------------------------------------------------ downloads
    fileUrl(file) {
        let url;
        try {
            url = new URL(file.url);
        }
        catch {
            throw this.fail('malformed', file.url, `the URL of ${file.filename} is not a valid URL: ${(0,redact/* redactUrl */.BO)(file.url)}`);
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            throw this.fail('malformed', file.url, `${file.filename} cannot be fetched from ${(0,redact/* redactUrl */.BO)(file.url)}: only http and https URLs are supported`);
        }
        url.hash = '';
        // Userinfo here comes from the caller (a lock file, say), so it is the user's to send.
        return this.creds.absorb(url);
    }
    async *streamFile(url, filename, maxBytes, hasher, settle) {
        const opened = await this.withRetries(() => this.open(url, '*/*', false, undefined, PRIORITY.followUp));
        try {
            const where = (0,redact/* redactUrl */.BO)(opened.url.href);
            const declared = contentLength(opened.headers);
            if (declared !== undefined && declared > maxBytes) {
                throw this.tooLarge(opened.url, `${filename} is ${declared} bytes, more than the ${maxBytes}-byte limit`);
            }
            const it = opened.body[Symbol.asyncIterator]();
            let total = 0;
            let held;
            // A small file is read whole before the reader sees it, so the connection and the
            // concurrency permit go back before the archive is read rather than after.
            const whole = declared !== undefined && declared <= READ_WHOLE_BYTES ? [] : undefined;
            for (;;) {
                let step;
                try {
                    step = await this.nextChunk(it, opened, total, declared);
                }
                catch (err) {
                    // Bytes already went to the reader, so a broken body cannot be retried here.
                    throw err instanceof Retryable ? err.error : err;
                }
                if (step.done)
                    break;
                const chunk = step.value;
                total += chunk.length;
                this.counters.bytes += chunk.length;
                if (total > maxBytes)
                    throw this.tooLarge(opened.url, `${filename} is larger than the ${maxBytes}-byte limit`);
                hasher.update(chunk);
                if (whole) {
                    whole.push(chunk);
                    continue;
                }
                if (held)
                    yield held;
                held = chunk;
            }
            const { digests, ok } = hasher.finish();
            if (hasher.checks && !ok) {
                const got = Object.entries(digests)
                    .map(([name, d]) => `${name}:${d}`)
                    .join(', ');
                throw this.fail('hash-mismatch', opened.url, `hash mismatch for ${filename} from ${where}: expected ${hasher.describeExpected()}, got ${got}`);
            }
            settle(digests, total);
            if (whole) {
                opened.close();
                await nextTurn();
                yield* whole;
            }
            if (held)
                yield held;
        }
        finally {
            opened.close();
        }
    }
    // ------------------------------------------------------------------ one exchange
    /** Runs one attempt, and again after a retryable failure, waiting as the server or backoff says. */
    async withRetries(attempt) {
        for (let n = 0;; n++) {
            try {
                return await attempt();
            }
            catch (err) {
                if (err instanceof IndexError)
                    throw this.masked(err);
                if (!(err instanceof Retryable))
                    throw err;
                const e = err.error;
                if (n >= this.retries) {
                    const tries = n + 1;
                    throw this.fail(e.kind, e.url, `${e.message} (gave up after ${tries} attempt${tries === 1 ? '' : 's'})`, e.status);
                }
                this.counters.retries++;
                try {
                    await (0,external_node_timers_promises_.setTimeout)(err.waitMs ?? backoffDelay(n, this.backoffMs, BACKOFF_CAP_MS), undefined, { signal: this.closing.signal });
                }
                catch {
                    throw this.fail('network', e.url, `${e.message} (not retried: the index client was closed)`, e.status);
                }
            }
        }
    }
    /**
     * Sends the request and follows redirects; resolves on a 2xx (or, when `conditional` headers
     * were sent, a 304) with a permit held until close().
     */
    async open(start, accept, gzip, conditional, priority = 0, post) {
        const release = this.limiter.tryAcquire() ?? (await this.limiter.acquire(priority));
        let url = start;
        let authorized = false;
        // One budget for the whole request: every redirect hop and the body draw on it.
        const watchdog = new Watchdog(this.timeoutMs);
        try {
            for (let hop = 0;; hop++) {
                const controller = new AbortController();
                authorized ||= this.creds.authorization(url) !== undefined;
                const res = await this.send(url, accept, gzip, controller, watchdog, conditional, post);
                const status = res.statusCode;
                if ((status >= 200 && status < 300) || (status === 304 && conditional !== undefined && Object.keys(conditional).length > 0)) {
                    let closed = false;
                    return {
                        url,
                        authorized,
                        status,
                        headers: res.headers,
                        body: res.body,
                        watchdog,
                        close: () => {
                            if (closed)
                                return;
                            closed = true;
                            watchdog.disarm();
                            // Dropping an unread body aborts it; nobody is listening for that error any more.
                            if (!res.body.readableEnded)
                                res.body.on('error', () => { }).destroy();
                            release();
                        },
                    };
                }
                await this.discard(res.body, watchdog);
                if (REDIRECT_STATUSES.has(status)) {
                    // 301, 302 and 303 turn a POST into a GET elsewhere: that is not the question asked.
                    if (post !== undefined && status !== 307 && status !== 308) {
                        throw this.fail('redirect', url, `${statusText(status)} from ${(0,redact/* redactUrl */.BO)(url.href)} would turn the POST into a GET; give the server's final URL`, status);
                    }
                    url = this.redirectTarget(url, status, res.headers, hop, start);
                    continue;
                }
                throw this.statusError(status, url, res.headers);
            }
        }
        catch (err) {
            release();
            throw err;
        }
    }
    async send(url, accept, gzip, controller, watchdog, conditional, post) {
        const headers = { 'user-agent': this.userAgent, accept, ...conditional };
        if (post !== undefined)
            headers['content-type'] = 'application/json';
        if (gzip)
            headers['accept-encoding'] = 'gzip';
        // Looked up per hop: a redirect to another host:port gets that origin's credentials or none.
        const auth = this.creds.authorization(url);
        if (auth)
            headers['authorization'] = auth;
        this.counters.requests++;
        watchdog.arm(controller);
        try {
            this.agent ??= makeAgent(this.agentOptions);
            return await this.agent.request({
                url,
                method: post === undefined ? 'GET' : 'POST',
                headers,
                ...(post === undefined ? {} : { body: post }),
                signal: controller.signal,
            });
        }
        catch (err) {
            throw this.transportError(err, url, watchdog, 'waiting for a response');
        }
        finally {
            watchdog.disarm();
        }
    }
    async nextChunk(it, opened, received, declared) {
        opened.watchdog.arm();
        try {
            return await it.next();
        }
        catch (err) {
            const progress = declared === undefined ? `after ${received} bytes` : `after ${received} of ${declared} bytes`;
            throw this.transportError(err, opened.url, opened.watchdog, `reading the body (${progress})`);
        }
        finally {
            opened.watchdog.disarm();
        }
    }
    async discard(body, watchdog) {
        watchdog.arm();
        try {
            // Read to its end, the connection can carry the next request; past the limit, it is dropped.
            let read = 0;
            for await (const chunk of body) {
                read += chunk.length;
                if (read > DISCARD_LIMIT) {
                    body.destroy();
                    break;
                }
            }
        }
        catch {
            // An unread error body only costs the connection.
        }
        finally {
            watchdog.disarm();
        }
    }
    redirectTarget(from, status, headers, hop, start) {
        const where = (0,redact/* redactUrl */.BO)(from.href);
        const location = header(headers, 'location');
        if (!location)
            throw this.fail('redirect', from, `${statusText(status)} from ${where} has no Location header`, status);
        if (hop + 1 > MAX_REDIRECTS) {
            throw this.fail('redirect', start, `more than ${MAX_REDIRECTS} redirects starting at ${(0,redact/* redactUrl */.BO)(start.href)} (the last from ${where})`, status);
        }
        let next;
        try {
            next = new URL(location, from);
        }
        catch {
            throw this.fail('redirect', from, `${statusText(status)} from ${where} points to an invalid URL "${(0,redact/* redactUrl */.BO)(location)}"`, status);
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
            throw this.fail('redirect', from, `${statusText(status)} from ${where} points to ${next.protocol} URL, which is not followed`, status);
        }
        // Credentials a server writes into a redirect are not trusted; the store decides per host.
        return new URL(withoutUserinfo(next.href));
    }
    statusError(status, url, headers) {
        const where = (0,redact/* redactUrl */.BO)(url.href);
        const host = url.host;
        if (status === 401) {
            const https = this.creds.heldForHttps(url);
            const detail = this.creds.has(url)
                ? 'the credentials given for it were rejected'
                : https
                    ? `credentials were given for ${https} only, and are never sent in clear text over http; to send them over http, give them for http://${host}`
                    : 'none were given; add them to the index URL (https://user:password@host/...) or to the credentials for this host';
            return this.fail('auth', url, `${statusText(status)} from ${where}: credentials are missing or wrong for host ${host} (${detail})`, status);
        }
        if (status === 403) {
            return this.fail('auth', url, `${statusText(status)} from ${where}: host ${host} refused access; the credentials for it may lack permission for this project`, status);
        }
        if (status === 404 || status === 410)
            return this.fail('not-found', url, `${statusText(status)} from ${where}`, status);
        if (isRetryableStatus(status)) {
            const error = this.fail('http', url, `${statusText(status)} from ${where}`, status);
            const waitMs = parseRetryAfter(header(headers, 'retry-after'), Date.now());
            if (waitMs !== undefined && waitMs > this.maxRetryAfterMs) {
                const secs = Math.ceil(waitMs / 1000);
                return this.fail('http', url, `${statusText(status)} from ${where}: the server asked to wait ${secs} s before retrying, longer than the ${Math.round(this.maxRetryAfterMs / 1000)} s this client waits`, status);
            }
            return new Retryable(error, waitMs);
        }
        return this.fail('http', url, `${statusText(status)} from ${where}`, status);
    }
    transportError(err, url, watchdog, doing) {
        const where = (0,redact/* redactUrl */.BO)(url.href);
        const code = err?.code;
        if (err instanceof IndexError || err instanceof Retryable)
            return err;
        if (watchdog.fired) {
            return this.fail('timeout', url, `timed out after ${this.timeoutMs} ms ${doing} from ${where}`);
        }
        const message = err?.message ?? String(err);
        if (this.closing.signal.aborted) {
            return this.fail('network', url, `request to ${where} stopped: the index client was closed`);
        }
        const tls = describeTlsError(err, url.host, where);
        if (tls)
            return this.fail('tls', url, tls);
        const error = this.fail('network', url, `network error ${doing} from ${where}: ${code ? `${code} ` : ''}${message}`);
        return isInvalidRequest(err) ? error : new Retryable(error);
    }
    tooLarge(url, detail) {
        return this.fail('too-large', url, `response from ${(0,redact/* redactUrl */.BO)(url.href)} is too large: ${detail}`);
    }
    /** Every IndexError is made here, so every message passes through the secret mask. */
    fail(kind, url, message, status) {
        const href = typeof url === 'string' ? url : url.href;
        return new IndexError(kind, this.secretList.mask((0,redact/* redactUrl */.BO)(href)), this.secretList.mask(message), status);
    }
    /** An error made outside this class (a page parser's) can quote page text; mask it too. */
    masked(err) {
        const message = this.secretList.mask(err.message);
        const url = this.secretList.mask(err.url);
        if (message === err.message && url === err.url)
            return err;
        return new IndexError(err.kind, url, message, err.status);
    }
    indexBase(raw) {
        let url;
        try {
            url = new URL(raw.trim());
        }
        catch {
            throw new TypeError(`index URL "${(0,redact/* redactUrl */.BO)(raw)}" is not a valid URL`);
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            throw new TypeError(`index URL "${(0,redact/* redactUrl */.BO)(raw)}" must be an http or https URL`);
        }
        const clean = this.creds.absorb(url);
        clean.hash = '';
        if (!clean.pathname.endsWith('/'))
            clean.pathname += '/';
        return clean.href;
    }
}
/** Whether a 206 answer is the range asked for (a range may be cut short at the end of the file). */
function rangeAnswers(range, start, end, size) {
    if (range === undefined)
        return true;
    if ('suffix' in range)
        return size === undefined || (end === size - 1 && start === Math.max(0, size - range.suffix));
    return start === range.start && (end === range.end || (size !== undefined && end === size - 1 && end < range.end));
}
function withoutUserinfo(href) {
    const url = new URL(href);
    if (url.username === '' && url.password === '')
        return href;
    url.username = '';
    url.password = '';
    return url.href;
}
function decodeText(bytes, contentType) {
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
    if (charset) {
        try {
            return new TextDecoder(charset).decode(bytes);
        }
        catch {
            // An unknown label: PEP 503 pages are UTF-8 in practice.
        }
    }
    return new TextDecoder('utf-8').decode(bytes);
}
function positive(n, name) {
    if (!Number.isFinite(n) || n <= 0)
        throw new RangeError(`${name} must be a positive number, got ${n}`);
    return n;
}
function nonNegativeInteger(n, name) {
    if (!Number.isInteger(n) || n < 0)
        throw new RangeError(`${name} must be a non-negative integer, got ${n}`);
    return n;
}

// EXTERNAL MODULE: ./src/archive/crc32.ts
var crc32 = __webpack_require__(8853);
// EXTERNAL MODULE: ./src/archive/zip-layout.ts
var zip_layout = __webpack_require__(7224);
;// CONCATENATED MODULE: ./src/index/wheel-metadata.ts
// A wheel's `*.dist-info/METADATA` read with HTTP range requests: the end of the zip (its end of
// central directory record), then the central directory, then the one entry. Only a few kilobytes
// cross the network, and nothing is unpacked but that entry. A server that ignores Range sends the
// whole wheel instead, which is read within a cap and checked against the index's hash.







const DEFAULT_WHEEL_METADATA_LIMITS = {
    tailBytes: 72 * 1024,
    maxDirectoryBytes: 32 * 1024 * 1024,
    maxEntryBytes: 16 * 1024 * 1024,
    maxWholeFileBytes: 64 * 1024 * 1024,
};
/** The parts of the wheel read so far, by offset; reads outside them go to the network. */
class RemoteZip {
    client;
    file;
    size;
    fail;
    windows = [];
    constructor(client, file, size, first, fail) {
        this.client = client;
        this.file = file;
        this.size = size;
        this.fail = fail;
        this.windows.push(first);
    }
    /** Bytes [start, end), fetched in one range request when not already at hand. */
    async read(start, end) {
        if (start < 0 || end > this.size || start > end)
            throw this.fail(`an offset points outside the ${this.size}-byte file (${start}-${end})`);
        for (const w of this.windows) {
            if (start >= w.offset && end <= w.offset + w.bytes.length)
                return w.bytes.subarray(start - w.offset, end - w.offset);
        }
        if (end === start)
            return new Uint8Array(0);
        const got = await this.client.fetchBytes(this.file.url, this.file.filename, { range: { start, end: end - 1 }, maxBytes: end - start });
        if (!got.partial)
            throw this.fail('the server stopped honoring Range requests');
        this.windows.push(got);
        return got.bytes.subarray(0, end - start);
    }
    /** Makes [start, end) one window, so that later reads inside it cost no request. */
    async prefetch(start, end) {
        await this.read(start, Math.min(end, this.size));
    }
}
async function findDirectory(zip, tail, fail) {
    const bytes = tail.bytes;
    // The record is 22 bytes plus its comment, and the comment runs to the end of the file.
    const at = zip_layout/* findEndRecord */.i7(bytes, true);
    if (at < 0)
        throw fail(`no zip end-of-central-directory record in its last ${bytes.length} bytes: not a zip archive`);
    const eocdAt = tail.offset + at;
    const record = zip_layout/* readEndRecord */.lB(bytes, at);
    let entries = record.entries;
    let size = record.directorySize;
    let offset = record.directoryOffset;
    let end = eocdAt;
    if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
        if (eocdAt < zip_layout/* ZIP64_LOCATOR_SIZE */.zV)
            throw fail('a zip64 archive without its zip64 locator');
        const recordAt = zip_layout/* readZip64Locator */.wH(await zip.read(eocdAt - zip_layout/* ZIP64_LOCATOR_SIZE */.zV, eocdAt), 0);
        if (recordAt === undefined)
            throw fail('a zip64 archive without its zip64 locator');
        const zip64 = zip_layout/* readZip64EndRecord */.ab(await zip.read(recordAt, recordAt + zip_layout/* ZIP64_END_RECORD_SIZE */.wd), 0);
        if (zip64 === undefined)
            throw fail(`no zip64 end-of-central-directory record at offset ${recordAt}`);
        entries = zip64.entries;
        size = zip64.directorySize;
        offset = zip64.directoryOffset;
        end = recordAt;
    }
    const start = end - size;
    if (start < 0 || start < offset)
        throw fail(`the central directory (${size} bytes at ${offset}) does not fit before its end record`);
    return { start, size, entries, shift: start - offset };
}
function readDirectory(bytes, count, fail) {
    const decoder = new TextDecoder('utf-8');
    return [
        ...zip_layout/* centralEntries */.W5(bytes, {
            from: 0,
            count,
            decodeName: (raw) => decoder.decode(raw),
            damaged: (problem, _at, n) => fail(problem === 'overrun' ? `central directory entry ${n + 1} runs past the directory` : `central directory entry ${n + 1} of ${count} is damaged`),
            zip64TooShort: (name) => fail(`the zip64 field of ${name} is too short`),
        }),
    ];
}
/** pip's rule: exactly one top-level `.dist-info` directory, named for the project. */
function metadataEntry(entries, project, fail) {
    const infoDirs = new Set();
    for (const e of entries) {
        const top = e.name.split('/')[0];
        if (top.endsWith('.dist-info') && e.name.includes('/'))
            infoDirs.add(top);
    }
    if (infoDirs.size === 0)
        throw fail('no .dist-info directory in the wheel');
    if (infoDirs.size > 1)
        throw fail(`more than one .dist-info directory in the wheel (${[...infoDirs].sort().join(', ')})`);
    const dir = [...infoDirs][0];
    const distName = dir.slice(0, -'.dist-info'.length).split('-')[0];
    if ((0,python_names/* normalizeName */.P)(distName) !== (0,python_names/* normalizeName */.P)(project))
        throw fail(`its .dist-info directory ${dir} is not named for ${project}`);
    const entry = entries.find((e) => e.name === `${dir}/METADATA`);
    if (!entry)
        throw fail(`no ${dir}/METADATA in the wheel`);
    return entry;
}
function inflateEntry(entry, data, limits, fail) {
    if (entry.flags & 1)
        throw fail(`${entry.name} is encrypted`);
    let out;
    if (entry.method === 0)
        out = data;
    else if (entry.method === 8) {
        try {
            out = new Uint8Array((0,external_node_zlib_.inflateRawSync)(data, { maxOutputLength: Math.max(1, Math.min(entry.size, limits.maxEntryBytes)) }));
        }
        catch (err) {
            throw fail(`${entry.name} does not inflate (${err.message})`);
        }
    }
    else
        throw fail(`${entry.name} uses zip compression method ${entry.method}, which wheels do not use`);
    if (out.length !== entry.size)
        throw fail(`${entry.name} inflates to ${out.length} bytes, not the ${entry.size} its directory says`);
    if ((0,crc32/* crc32 */.Q)(out) !== entry.crc)
        throw fail(`${entry.name} fails its CRC-32 check`);
    return out;
}
/** Reads the METADATA of a wheel on the index; rejects with an IndexError that names the wheel's URL. */
async function readWheelMetadata(client, file, project, overrides = {}) {
    const limits = { ...DEFAULT_WHEEL_METADATA_LIMITS, ...overrides };
    const where = (0,redact/* redactUrl */.BO)(file.url);
    const fail = (detail) => new IndexError('malformed', file.url, `cannot read the metadata of ${file.filename} from ${where}: ${detail}`);
    const tail = await client.fetchBytes(file.url, file.filename, { range: { suffix: limits.tailBytes }, maxBytes: limits.maxWholeFileBytes });
    if (!tail.partial && Object.keys(file.hashes).length > 0) {
        // The whole wheel came, so it can be checked as a download would be.
        const hasher = new StreamingHashes(fromRecord(file.hashes));
        hasher.update(tail.bytes);
        if (hasher.checks && !hasher.finish().ok) {
            throw new IndexError('hash-mismatch', file.url, `hash mismatch for ${file.filename} from ${where}: expected ${hasher.describeExpected()}`);
        }
    }
    const size = tail.size;
    if (size === undefined)
        throw fail('the server did not say how large the file is (Content-Range without a length)');
    const zip = new RemoteZip(client, file, size, tail, fail);
    const dir = await findDirectory(zip, tail, fail);
    if (dir.size > limits.maxDirectoryBytes)
        throw fail(`its central directory is ${dir.size} bytes, more than the ${limits.maxDirectoryBytes}-byte limit`);
    const entries = readDirectory(await zip.read(dir.start, dir.start + dir.size), dir.entries, fail);
    const entry = metadataEntry(entries, project, fail);
    if (entry.size > limits.maxEntryBytes || entry.compressedSize > limits.maxEntryBytes) {
        throw fail(`${entry.name} is larger than the ${limits.maxEntryBytes}-byte limit`);
    }
    const localAt = entry.localOffset + dir.shift;
    // One request for the local header and the data, guessing the local extra field's length from
    // the central one; a longer one costs a second request.
    await zip.prefetch(localAt, localAt + zip_layout/* LOCAL_HEADER_SIZE */._0 + entry.name.length * 4 + 1024 + entry.compressedSize);
    const local = zip_layout/* readLocalHeader */.Ld(await zip.read(localAt, localAt + zip_layout/* LOCAL_HEADER_SIZE */._0), 0);
    if (local === undefined)
        throw fail(`no local header for ${entry.name} at offset ${localAt}`);
    const dataAt = localAt + local.dataOffset;
    const data = await zip.read(dataAt, dataAt + entry.compressedSize);
    const text = new TextDecoder('utf-8').decode(inflateEntry(entry, data, limits, fail));
    return { text, read: tail.partial ? 'range' : 'whole' };
}

;// CONCATENATED MODULE: ./src/index/metadata.ts
// Core metadata of a file on the index, without downloading the distribution: the PEP 658/714
// `.metadata` file beside it when the index offers one (hash-checked), else, for a wheel, its
// METADATA entry read with range requests. Each file's metadata is read once per run.





/** PEP 658: the metadata file's URL is the file's URL, without its fragment, with `.metadata` added. */
function metadataFileUrl(fileUrl) {
    const url = new URL(fileUrl);
    url.hash = '';
    url.pathname += '.metadata';
    return url.href;
}
class MetadataReader {
    client;
    opts;
    cache = new Map();
    maxMetadataBytes;
    constructor(client, opts = {}) {
        this.client = client;
        this.opts = opts;
        this.maxMetadataBytes = opts.maxMetadataBytes ?? 16 * 1024 * 1024;
    }
    /**
     * The metadata of a wheel, or of an sdist whose index offers a metadata file. Rejects with an
     * IndexError naming the URL; `not-found` for an sdist without one.
     */
    read(file, project) {
        let pending = this.cache.get(file.url);
        if (!pending) {
            pending = this.load(file, project);
            this.cache.set(file.url, pending);
        }
        return pending;
    }
    async load(file, project) {
        const wheel = (0,filenames/* distributionKind */.VE)(file.filename) === 'wheel';
        if (file.coreMetadata) {
            try {
                return await this.metadataFile(file);
            }
            catch (err) {
                // PEP 714: an index may announce a metadata file it cannot serve; the wheel itself still has it.
                if (!(wheel && err instanceof IndexError && err.kind === 'not-found'))
                    throw err;
            }
        }
        if (!wheel) {
            throw new IndexError('not-found', file.url, `the index offers no metadata file for ${file.filename} (${(0,redact/* redactUrl */.BO)(file.url)})`);
        }
        const got = await readWheelMetadata(this.client, file, project, this.opts.wheel);
        return { text: got.text, read: got.read, url: (0,redact/* redactUrl */.BO)(file.url) };
    }
    async metadataFile(file) {
        let href;
        try {
            href = metadataFileUrl(file.url);
        }
        catch {
            throw new IndexError('malformed', file.url, `the URL of ${file.filename} is not a valid URL: ${(0,redact/* redactUrl */.BO)(file.url)}`);
        }
        const got = await this.client.fetchBytes(href, `${file.filename}.metadata`, { maxBytes: this.maxMetadataBytes });
        if (typeof file.coreMetadata === 'object') {
            const hasher = new StreamingHashes(fromRecord(file.coreMetadata));
            hasher.update(got.bytes);
            const { digests, ok } = hasher.finish();
            if (hasher.checks && !ok) {
                throw new IndexError('hash-mismatch', href, `hash mismatch for the metadata file of ${file.filename} from ${(0,redact/* redactUrl */.BO)(href)}: expected ${hasher.describeExpected()}, got sha256:${digests.sha256}`);
            }
        }
        return { text: new TextDecoder('utf-8').decode(got.bytes), read: 'metadata-file', url: (0,redact/* redactUrl */.BO)(href) };
    }
}

;// CONCATENATED MODULE: ./src/manifests/secrets.ts
// The secrets manifests bring into a run besides the index credentials: the value of every `${VAR}` a
// requirements file expanded, and the credentials written into any URL a manifest names (a direct
// reference, a lock's file, a `--find-links` location), even one that is never fetched. The index
// client masks them like its own credentials, and so every report and the cache never show them.

/** Shorter values are masked nowhere: masking them would garble every report (the reporters' rule too). */
const MIN_SECRET_CHARS = 3;
/** A value as it is written, and as a project name or file name made of it is (PEP 503, wheel names). */
function secretForms(value) {
    const lower = value.toLowerCase();
    return [value, lower, lower.replace(/[-_.]+/g, '-'), lower.replace(/[-_.]+/g, '_')];
}
/** Every URL a manifest names: direct references, lock files' URLs and indexes, pip's locations. */
function manifestUrls(result) {
    const urls = [];
    for (const d of [...result.dependencies, ...result.constraints]) {
        if (d.direct)
            urls.push(d.direct.url);
        if (d.locked?.indexUrl)
            urls.push(d.locked.indexUrl);
        for (const f of d.locked?.files ?? [])
            if (f.url)
                urls.push(f.url);
    }
    const o = result.options;
    if (o)
        urls.push(...(o.indexUrl ? [o.indexUrl] : []), ...o.extraIndexUrls, ...o.findLinks);
    return urls;
}
function manifestSecrets(results) {
    const expanded = results.flatMap((r) => (r.secrets ?? []).flatMap(secretForms)).filter((v) => v.length >= MIN_SECRET_CHARS);
    const written = (0,redact/* urlCredentials */.O4)(results.flatMap(manifestUrls)).filter((v) => v.length >= MIN_SECRET_CHARS);
    return [...new Set([...expanded, ...written])];
}

;// CONCATENATED MODULE: ./src/analysis/version.ts
// The analyzer's version, apart from the analyzer: the cache's key names it, and reading it must
// not load the parser and the rules (a scan whose analyses all come from the cache never does).
/** Bumped whenever rules or facts change, so cached verdicts are recomputed. */
const ANALYZER_VERSION = '1.1.0';

;// CONCATENATED MODULE: ./src/analysis/declarations.ts
// What declaredRequirements gives, and a check of that shape for values read back from a cache:
// apart from declared.ts so that checking them loads neither the parser nor the TOML reader.
function obj(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
/** Whether a value (read back from a cache) has the shape declaredRequirements gives. */
function isDeclarations(v) {
    const d = obj(v);
    if (!d)
        return false;
    const reqs = (x) => Array.isArray(x) && x.every((r) => typeof obj(r)?.requirement === 'string' && typeof obj(r)?.file === 'string' && typeof obj(r)?.line === 'number');
    const strings = (x) => Array.isArray(x) && x.every((s) => typeof s === 'string');
    const bs = obj(d.buildSystem);
    if (!bs)
        return false;
    if ('refused' in bs) {
        if (typeof bs.refused !== 'string')
            return false;
    }
    else if (!reqs(bs.requires) || typeof bs.backend !== 'string' || typeof bs.default !== 'boolean')
        return false;
    if (!reqs(d.setupRequires) || !strings(d.unread))
        return false;
    if (d.setupRequiresUnknown !== undefined && typeof d.setupRequiresUnknown !== 'string')
        return false;
    if (d.install !== undefined) {
        const i = obj(d.install);
        if (!i || !strings(i.requirements) || !strings(i.extras) || typeof i.from !== 'string')
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/cache/analysis.ts
// What reading and analyzing one sdist found, kept by the file's sha256. A file on a package index
// never changes once uploaded, so the result of a hash never goes stale; a new analyzer (or a new
// sdist-guard, whose archive reader may keep other files) is a different key.

const NAMESPACE = 'analysis';
const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'];
const SHA256 = /^[0-9a-f]{64}$/;
/**
 * The sha256 the bytes of `file` are checked against when it is downloaded, if exactly one is
 * known: the lock's (or `--hash`) when given, else the index's. A lock that allows several files
 * and an index that names none of them leave the file's identity open until it is read, so
 * nothing is looked up for it.
 */
function trustedSha256(file, allowed) {
    const listed = file.hashes.sha256?.toLowerCase();
    const pinned = allowed
        .map((h) => h.trim().toLowerCase())
        .filter((h) => h.startsWith('sha256:'))
        .map((h) => h.slice('sha256:'.length));
    if (allowed.length > 0) {
        // The download is checked against the pins only; the index's claim counts when a pin agrees,
        // and when none does the download is bound to fail its check, so nothing may stand in for it.
        if (listed !== undefined)
            return pinned.includes(listed) && SHA256.test(listed) ? listed : undefined;
        const distinct = [...new Set(pinned)];
        if (distinct.length === 1 && pinned.length === allowed.length)
            return SHA256.test(distinct[0]) ? distinct[0] : undefined;
        return undefined;
    }
    return listed !== undefined && SHA256.test(listed) ? listed : undefined;
}
class AnalysisCache {
    disk;
    version;
    constructor(disk, 
    /** The analyzer's and the reader's versions: a result of other code is another entry. */
    version) {
        this.disk = disk;
        this.version = version;
    }
    key(sha256, filename) {
        return JSON.stringify([sha256, filename, this.version]);
    }
    async get(sha256, filename) {
        const value = await this.disk.get(NAMESPACE, this.key(sha256, filename));
        if (value === undefined)
            return undefined;
        const check = asCheck(value, sha256, filename, this.version);
        if (!check)
            await this.disk.delete(NAMESPACE, this.key(sha256, filename));
        return check;
    }
    async put(sha256, filename, check) {
        await this.disk.put(NAMESPACE, this.key(sha256, filename), { sha256, filename, version: this.version, check });
    }
}
function isString(v) {
    return typeof v === 'string';
}
function asFinding(v) {
    if (typeof v !== 'object' || v === null)
        return undefined;
    const f = v;
    if (!isString(f.rule) || !isString(f.path) || !isString(f.message) || !isString(f.evidence))
        return undefined;
    if (!isString(f.severity) || !SEVERITIES.includes(f.severity))
        return undefined;
    if (typeof f.line !== 'number' || !Number.isInteger(f.line) || f.line < 0)
        return undefined;
    return { rule: f.rule, severity: f.severity, path: f.path, line: f.line, message: f.message, evidence: f.evidence };
}
/** An entry is used only when every field has the shape a fresh check would have. */
function asCheck(v, sha256, filename, version) {
    if (typeof v !== 'object' || v === null)
        return undefined;
    const entry = v;
    if (entry.sha256 !== sha256 || entry.filename !== filename || entry.version !== version)
        return undefined;
    if (typeof entry.check !== 'object' || entry.check === null)
        return undefined;
    const c = entry.check;
    if (typeof c.suspicious !== 'boolean' || !Array.isArray(c.findings) || !Array.isArray(c.limits))
        return undefined;
    if (c.error !== undefined && !isString(c.error))
        return undefined;
    if (c.pkgInfo !== undefined && c.pkgInfo !== null && !isString(c.pkgInfo))
        return undefined;
    if (!c.limits.every(isString))
        return undefined;
    if (c.declared !== undefined && !isDeclarations(c.declared))
        return undefined;
    const findings = [];
    for (const raw of c.findings) {
        const f = asFinding(raw);
        if (!f)
            return undefined;
        findings.push(f);
    }
    const check = { findings, suspicious: c.suspicious, limits: [...c.limits] };
    if (c.error !== undefined)
        check.error = c.error;
    if (c.pkgInfo !== undefined)
        check.pkgInfo = c.pkgInfo;
    if (c.declared !== undefined)
        check.declared = c.declared;
    return check;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/cache/disk.ts
// A directory of JSON entries shared by runs that may overlap (two jobs on one machine, a restored
// Actions cache). Creating a file costs far more than writing one, so a run does not write an
// entry per file: it appends everything it learns to one pack of its own, which becomes visible,
// whole, when the run ends and renames it into place. Each pack ends with an index naming every
// entry's key, place and checksum, and a checksum of that index; a pack or an entry that fails a
// check is dropped and recomputed, never trusted. Packs are merged once there are many, least
// recently used entries going first when the cache outgrows its limit. A cache problem never
// fails a scan: it only costs a recomputation.








// Off the main thread: a large index page compresses while other responses are handled.
const gzip = (0,external_node_util_.promisify)(external_node_zlib_.gzip);
const gunzip = (0,external_node_util_.promisify)(external_node_zlib_.gunzip);
/** Bumped when the layout changes; other layouts are removed when the cache is pruned. */
const LAYOUT = 'v2';
const PACK_MAGIC = 'sdist-guard-pack 1';
/** The pack's last line, padded to this length: where its index is, how long, and its checksum. */
const TRAILER_BYTES = 128;
const PACK_SUFFIX = '.pack';
const TEMP_SUFFIX = '.tmp';
const disk_MiB = 1024 * 1024;
const DEFAULT_CACHE_MAX_BYTES = 1024 * disk_MiB;
/** More packs than this are merged into one when a run ends. */
const MAX_PACKS = 8;
/** Packs at least this big are left out of routine merges (rewriting them each time costs too much). */
const MERGE_BELOW_BYTES = 64 * disk_MiB;
/** Pruning stops once the cache is this share of its limit, so the next run does not prune again. */
const PRUNE_TO = 0.8;
/** A temporary pack this old belongs to a run that died before finishing it. */
const STALE_TEMP_MS = 60 * 60 * 1000;
/** Entries inflate to at most this much: anything bigger was not written by this code. */
const MAX_ENTRY_JSON = 256 * disk_MiB;
/** The largest index a pack may have: far beyond any real one, and bounded so a lie costs nothing. */
const MAX_INDEX_BYTES = 256 * disk_MiB;
/** About what one entry adds to a pack's index, besides its id. */
const INDEX_COST = 160;
/** Smaller payloads are stored as they are: compressing them costs more than it saves. */
const COMPRESS_FROM = 16 * 1024;
/** Entries compressed at once (on zlib's threads); more wait, holding only their JSON. */
const COMPRESSING_AT_ONCE = 2;
/** An entry used again is written again (as used now) at most this often. */
const TOUCH_AFTER_MS = 60 * 60 * 1000;
/** Node's one-shot digest where it has one: for the many small entries a run reads, it costs about half. */
const oneShotHash = external_node_crypto_.hash;
function sha256(data) {
    return oneShotHash ? oneShotHash('sha256', data, 'hex') : (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
function ident(namespace, key) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(namespace))
        throw new TypeError(`cache namespace "${namespace}" must be lower-case letters, digits and dashes`);
    return `${namespace}\0${key}`;
}
function readExactly(fd, length, position) {
    const buf = Buffer.allocUnsafe(length);
    let got = 0;
    while (got < length) {
        const n = (0,external_node_fs_.readSync)(fd, buf, got, length - got, position + got);
        if (n === 0)
            break;
        got += n;
    }
    return got === length ? buf : buf.subarray(0, got);
}
function isEntry(v) {
    if (typeof v !== 'object' || v === null)
        return false;
    const e = v;
    const count = (x) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
    return (typeof e.id === 'string' &&
        count(e.offset) &&
        count(e.size) &&
        typeof e.sha256 === 'string' &&
        typeof e.gzip === 'boolean' &&
        count(e.time) &&
        (e.deleted === undefined || e.deleted === true));
}
/** A pack's index, or undefined when the pack is not a whole, undamaged pack. */
function readIndex(fd, size) {
    if (size < TRAILER_BYTES)
        return undefined;
    const trailer = readExactly(fd, TRAILER_BYTES, size - TRAILER_BYTES).toString('latin1').trimEnd();
    const m = /^(\S+ \d+) (\d+) (\d+) ([0-9a-f]{64})$/.exec(trailer);
    if (!m || m[1] !== PACK_MAGIC)
        return undefined;
    const offset = Number(m[2]);
    const length = Number(m[3]);
    if (length > MAX_INDEX_BYTES || offset + length !== size - TRAILER_BYTES)
        return undefined;
    const raw = readExactly(fd, length, offset);
    if (raw.length !== length || sha256(raw) !== m[4])
        return undefined;
    let index;
    try {
        index = JSON.parse(raw.toString('utf8'));
    }
    catch {
        return undefined;
    }
    const i = index;
    if (typeof i !== 'object' || i === null || typeof i.created !== 'number' || !Array.isArray(i.entries))
        return undefined;
    const entries = [];
    for (const e of i.entries) {
        if (!isEntry(e) || e.offset + e.size > offset)
            return undefined;
        entries.push(e);
    }
    return { created: i.created, entries };
}
/** The pack a run is writing: entries appended as they come, the index written when it ends. */
class PackWriter {
    temp;
    fd;
    created;
    entries = [];
    offset = 0;
    constructor(temp, fd, created) {
        this.temp = temp;
        this.fd = fd;
        this.created = created;
    }
    static open(dir, created) {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        const name = `${String(created).padStart(15, '0')}-${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}${PACK_SUFFIX}${TEMP_SUFFIX}`;
        const temp = (0,external_node_path_.join)(dir, name);
        return new PackWriter(temp, (0,external_node_fs_.openSync)(temp, 'wx+'), created);
    }
    append(id, payload, zipped, digest, time) {
        writeAll(this.fd, payload, this.offset);
        const entry = { id, offset: this.offset, size: payload.length, sha256: digest, gzip: zipped, time };
        this.offset += payload.length;
        this.entries.push(entry);
        return entry;
    }
    tombstone(id, time) {
        const entry = { id, offset: 0, size: 0, sha256: '', gzip: false, time, deleted: true };
        this.entries.push(entry);
        return entry;
    }
    /** Writes the index and the trailer and renames the pack into place; returns its path. */
    finish() {
        const index = Buffer.from(JSON.stringify({ created: this.created, entries: this.entries }), 'utf8');
        writeAll(this.fd, index, this.offset);
        const trailer = `${PACK_MAGIC} ${this.offset} ${index.length} ${sha256(index)}`.padEnd(TRAILER_BYTES - 1, ' ') + '\n';
        writeAll(this.fd, Buffer.from(trailer, 'latin1'), this.offset + index.length);
        (0,external_node_fs_.closeSync)(this.fd);
        const path = this.temp.slice(0, -TEMP_SUFFIX.length);
        (0,external_node_fs_.renameSync)(this.temp, path);
        return path;
    }
    abandon() {
        try {
            (0,external_node_fs_.closeSync)(this.fd);
        }
        catch {
            // already closed
        }
        try {
            (0,external_node_fs_.unlinkSync)(this.temp);
        }
        catch {
            // already gone
        }
    }
}
/**
 * Which copy of an entry counts: the one written (or used) last, whatever pack holds it, so a merge
 * that rewrites old copies into a new pack cannot bring back what a later run replaced.
 */
function keepNewest(map, pack, entry) {
    const had = map.get(entry.id);
    if (!had || entry.time >= had.entry.time)
        map.set(entry.id, { pack, entry });
}
function writeAll(fd, data, position) {
    let done = 0;
    while (done < data.length)
        done += (0,external_node_fs_.writeSync)(fd, data, done, data.length - done, position + done);
}
class DiskCache {
    dir;
    maxBytes;
    now;
    root;
    counters = { hits: 0, misses: 0, writes: 0, renewed: 0, bytesWritten: 0, dropped: 0 };
    problemList = [];
    /** The newest copy of every entry in the packs read, by id; loaded at the first read. */
    index;
    packs = [];
    writer;
    /** Entries this run wrote, readable from its pack before it is finished. */
    written = new Map();
    unwritable = false;
    secrets;
    compressing = new Semaphore(COMPRESSING_AT_ONCE);
    constructor(dir, opts = {}) {
        this.dir = dir;
        this.secrets = opts.secrets;
        this.root = (0,external_node_path_.join)(dir, LAYOUT);
        this.maxBytes = opts.maxBytes ?? DEFAULT_CACHE_MAX_BYTES;
        this.now = opts.now ?? Date.now;
        if (!(this.maxBytes > 0))
            throw new RangeError(`cache maxBytes must be a positive number, got ${this.maxBytes}`);
    }
    stats() {
        return { ...this.counters };
    }
    /** The first few things that went wrong (unwritable directory, full disk), for one warning. */
    problems() {
        return [...this.problemList];
    }
    /** The value stored under `key`, or undefined when there is none or it cannot be trusted. */
    async get(namespace, key) {
        const id = ident(namespace, key);
        const own = this.written.get(id);
        let found;
        if (own)
            found = own.deleted ? undefined : { fd: this.writer.fd, entry: own };
        else {
            const hit = this.loadIndex().get(id);
            if (hit && !hit.entry.deleted)
                found = { fd: hit.pack.fd, entry: hit.entry, pack: hit.pack };
        }
        if (!found) {
            this.counters.misses++;
            return undefined;
        }
        const { entry } = found;
        let payload;
        try {
            payload = readExactly(found.fd, entry.size, entry.offset);
        }
        catch (err) {
            this.problem(`cannot read ${found.pack?.path ?? 'the cache'}: ${err.message}`);
            this.counters.misses++;
            return undefined;
        }
        const value = payload.length === entry.size && sha256(payload) === entry.sha256 ? await decodePayload(payload, entry.gzip) : undefined;
        if (value === undefined) {
            this.counters.dropped++;
            this.counters.misses++;
            this.forget(id);
            return undefined;
        }
        this.counters.hits++;
        // Written again when used again, so that pruning keeps what is in use.
        if (!own && this.now() - entry.time > TOUCH_AFTER_MS && this.append(id, payload, entry.gzip, entry.sha256))
            this.counters.renewed++;
        return value;
    }
    /**
     * The SHA-256 of the copy of `key` a get() would read now (this run's own, else the newest in the
     * packs), without reading it; undefined when there is none. Two equal digests mean the same bytes.
     */
    digest(namespace, key) {
        const id = ident(namespace, key);
        const own = this.written.get(id);
        const entry = own ?? this.loadIndex().get(id)?.entry;
        return entry && !entry.deleted ? entry.sha256 : undefined;
    }
    /** Stores `value` (JSON) under `key`; it is seen by other runs once this one calls flush(). */
    async put(namespace, key, value) {
        const id = ident(namespace, key);
        const secrets = this.secrets?.() ?? [];
        if (secrets.length > 0) {
            const text = `${key}\n${JSON.stringify(value)}`;
            if (secrets.some((secret) => text.includes(secret)))
                return;
        }
        let encoded;
        try {
            encoded = await this.encode(value);
        }
        catch (err) {
            this.problem(`cannot store an entry: ${err.message}`);
            return;
        }
        if (this.append(id, encoded.payload, encoded.gzip, sha256(encoded.payload)))
            this.counters.writes++;
    }
    /**
     * An entry as stored. Large ones are compressed a few at a time: each compression holds the JSON,
     * its bytes and zlib's state (a quarter of a MiB) until it is done, and a scan of big projects
     * whose pages all arrive at once would otherwise hold all of them together.
     */
    async encode(value) {
        const json = JSON.stringify(value);
        if (json === undefined)
            throw new TypeError('a cache entry must be a JSON value');
        if (Buffer.byteLength(json, 'utf8') < COMPRESS_FROM)
            return { payload: Buffer.from(json, 'utf8'), gzip: false };
        const release = await this.compressing.acquire();
        try {
            return await encodePayload(json);
        }
        finally {
            release();
        }
    }
    /** Makes sure no pack's copy of `key` is used again. */
    async delete(namespace, key) {
        this.forget(ident(namespace, key));
    }
    /**
     * Ends the run's pack and renames it into place, then merges packs when there are many or they
     * outgrow the limit. Call it once, when the run is done.
     */
    async flush() {
        const writer = this.writer;
        this.writer = undefined;
        this.written.clear();
        let finished;
        if (writer) {
            try {
                finished = writer.finish();
            }
            catch (err) {
                this.problem(`cannot write the cache in ${this.root}: ${err.message}`);
                writer.abandon();
            }
        }
        try {
            if (finished !== undefined || this.packsOnDiskMayNeedCare())
                this.maintain();
        }
        catch (err) {
            this.problem(`cannot prune the cache in ${this.root}: ${err.message}`);
        }
        this.closePacks();
    }
    /**
     * Merges and prunes the packs as a finished run would, whether or not this run wrote anything: for
     * a directory assembled from the packs of several runs (the jobs of an organization audit).
     */
    async compact() {
        this.loadIndex();
        await this.flush();
    }
    append(id, payload, zipped, digest) {
        if (this.unwritable)
            return false;
        try {
            const time = this.stamp(id);
            this.writer ??= PackWriter.open(this.root, this.now());
            const entry = this.writer.append(id, payload, zipped, digest, time);
            this.written.set(id, entry);
            this.counters.bytesWritten += payload.length;
            return true;
        }
        catch (err) {
            // One failure says enough: the rest of the run keeps nothing.
            this.unwritable = true;
            this.problem(`cannot write the cache in ${this.root}: ${err.message}`);
            this.writer?.abandon();
            this.writer = undefined;
            this.written.clear();
            return false;
        }
    }
    /**
     * The time a copy of `id` written now carries: the clock, but always later than every copy this
     * run has seen, so that a run that replaces or deletes an entry wins over it even within the
     * same millisecond (packs stamped alike are otherwise ordered by their random names).
     */
    stamp(id) {
        const seen = Math.max(this.index?.get(id)?.entry.time ?? -1, this.written.get(id)?.time ?? -1);
        const now = this.now();
        return seen >= now ? seen + 1 : now;
    }
    forget(id) {
        // The copy being deleted must be known, for the tombstone to be stamped after it.
        this.loadIndex();
        const time = this.stamp(id);
        this.index?.delete(id);
        this.written.delete(id);
        if (this.unwritable)
            return;
        try {
            this.writer ??= PackWriter.open(this.root, this.now());
            this.written.set(id, this.writer.tombstone(id, time));
        }
        catch {
            // nothing can be written: the damaged copy is dropped again next time
        }
    }
    /** Reads every finished pack's index once; a damaged pack is removed. */
    loadIndex() {
        if (this.index)
            return this.index;
        this.index = new Map();
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(this.root).filter((n) => n.endsWith(PACK_SUFFIX));
        }
        catch (err) {
            if (err.code !== 'ENOENT')
                this.problem(`cannot read ${this.root}: ${err.message}`);
            return this.index;
        }
        for (const name of names) {
            const path = (0,external_node_path_.join)(this.root, name);
            let fd;
            try {
                // only a regular file: a FIFO under a pack's name would block the run that opened it
                const opened = openRegularFileSync(path);
                if (opened === undefined) {
                    this.problem(`cannot read ${path}: it is not a regular file; left alone`);
                    continue;
                }
                fd = opened;
            }
            catch {
                continue; // merged away by another run since it was listed
            }
            let size;
            let index;
            try {
                size = (0,external_node_fs_.fstatSync)(fd).size;
                index = readIndex(fd, size);
            }
            catch (err) {
                (0,external_node_fs_.closeSync)(fd);
                this.problem(`cannot read ${path}: ${err.message}`);
                continue;
            }
            if (!index) {
                (0,external_node_fs_.closeSync)(fd);
                this.counters.dropped++;
                try {
                    (0,external_node_fs_.unlinkSync)(path);
                }
                catch {
                    // another run removed it first
                }
                continue;
            }
            this.packs.push({ path, created: index.created, fd, bytes: size, entries: index.entries });
        }
        this.packs.sort((a, b) => a.created - b.created || (a.path < b.path ? -1 : 1));
        for (const pack of this.packs)
            for (const entry of pack.entries)
                keepNewest(this.index, pack, entry);
        return this.index;
    }
    closePacks() {
        for (const p of this.packs) {
            try {
                (0,external_node_fs_.closeSync)(p.fd);
            }
            catch {
                // already closed
            }
        }
        this.packs = [];
        this.index = undefined;
    }
    /**
     * Removes what crashed runs and other layouts left, and merges packs: the small ones when there
     * are too many, all of them, least recently used entries first, when they outgrow the limit.
     */
    maintain() {
        let top;
        try {
            top = (0,external_node_fs_.readdirSync)(this.dir);
        }
        catch {
            return;
        }
        for (const name of top) {
            if (name !== LAYOUT && /^v\d+$/.test(name))
                (0,external_node_fs_.rmSync)((0,external_node_path_.join)(this.dir, name), { recursive: true, force: true });
        }
        const now = this.now();
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(this.root);
        }
        catch {
            return;
        }
        for (const name of names) {
            if (!name.endsWith(TEMP_SUFFIX))
                continue;
            const path = (0,external_node_path_.join)(this.root, name);
            try {
                if (now - (0,external_node_fs_.statSync)(path).mtimeMs > STALE_TEMP_MS)
                    (0,external_node_fs_.unlinkSync)(path);
            }
            catch {
                // finished or removed meanwhile
            }
        }
        // The index as of now, this run's pack included.
        this.closePacks();
        this.loadIndex();
        const total = this.packs.reduce((sum, p) => sum + p.bytes, 0);
        if (total > this.maxBytes)
            this.merge(this.packs, this.maxBytes * PRUNE_TO);
        else if (this.packs.length > MAX_PACKS) {
            const small = this.packs.filter((p) => p.bytes < MERGE_BELOW_BYTES);
            if (small.length > 1)
                this.merge(small, Infinity);
        }
    }
    /** A run that wrote nothing still prunes a cache another run left over its limit. */
    packsOnDiskMayNeedCare() {
        return this.packs.length > MAX_PACKS || this.packs.reduce((sum, p) => sum + p.bytes, 0) > this.maxBytes;
    }
    /** Rewrites `packs` as one, keeping the newest copy of each entry, most recently used first, within `budget` bytes. */
    merge(packs, budget) {
        const latest = new Map();
        for (const pack of packs)
            for (const entry of pack.entries)
                keepNewest(latest, pack, entry);
        const live = [...latest.values()].filter((e) => !e.entry.deleted).sort((a, b) => b.entry.time - a.entry.time);
        const writer = PackWriter.open(this.root, this.now());
        let kept = 0;
        try {
            for (const { pack, entry } of live) {
                // An entry costs its bytes and its line in the index.
                const cost = entry.size + INDEX_COST + entry.id.length;
                if (kept + cost > budget)
                    break;
                const payload = readExactly(pack.fd, entry.size, entry.offset);
                if (payload.length !== entry.size || sha256(payload) !== entry.sha256) {
                    this.counters.dropped++;
                    continue;
                }
                writer.append(entry.id, payload, entry.gzip, entry.sha256, entry.time);
                kept += cost;
            }
            // Tombstones still hide copies in packs this merge leaves alone.
            if (packs.length < this.packs.length)
                for (const e of latest.values())
                    if (e.entry.deleted)
                        writer.tombstone(e.entry.id, e.entry.time);
            writer.finish();
        }
        catch (err) {
            writer.abandon();
            throw err;
        }
        for (const pack of packs) {
            try {
                (0,external_node_fs_.unlinkSync)(pack.path);
            }
            catch {
                // another run merged it first; on Windows a pack still open elsewhere stays until next time
            }
        }
    }
    problem(message) {
        if (this.problemList.length < 5)
            this.problemList.push(message);
    }
}
async function encodePayload(json) {
    const raw = Buffer.from(json, 'utf8');
    if (raw.length < COMPRESS_FROM)
        return { payload: raw, gzip: false };
    return { payload: await gzip(raw, { level: 6 }), gzip: true };
}
async function decodePayload(payload, zipped) {
    try {
        const json = zipped ? await gunzip(payload, { maxOutputLength: MAX_ENTRY_JSON }) : payload;
        return JSON.parse(json.toString('utf8'));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/cache/pages.ts
// Index pages on disk, for the index client's HTTP cache (src/index/http-cache.ts decides what is
// kept and for how long; this only keeps it).

const pages_NAMESPACE = 'pages';
class DiskPageStore {
    disk;
    constructor(disk) {
        this.disk = disk;
    }
    async get(url) {
        const value = await this.disk.get(pages_NAMESPACE, url);
        if (value === undefined)
            return undefined;
        const page = asCachedPage(value, url);
        if (!page)
            await this.disk.delete(pages_NAMESPACE, url);
        return page;
    }
    mayHold(url) {
        return this.disk.digest(pages_NAMESPACE, url) !== undefined;
    }
    async put(page) {
        await this.disk.put(pages_NAMESPACE, page.url, page);
    }
    async delete(url) {
        await this.disk.delete(pages_NAMESPACE, url);
    }
}

;// CONCATENATED MODULE: ./src/cache/advisories.ts
// Advisory answers on disk. A package file never changes once uploaded, but what is known about it
// does: a version found clean today may be named as malware tomorrow. So the answer to "which
// records name this version" is kept only for ANSWER_TTL_MS, and a record itself is kept under its
// id and `modified` time, which the service changes whenever the record changes.
const ANSWERS = 'advisory-answers';
const RECORDS = 'advisory-records';
/** How long an answer for one name and version is used without asking again: one hour. */
const ANSWER_TTL_MS = 60 * 60 * 1000;
function advisories_isString(v) {
    return typeof v === 'string';
}
function asRefs(v) {
    if (!Array.isArray(v))
        return undefined;
    const out = [];
    for (const r of v) {
        if (typeof r !== 'object' || r === null || !advisories_isString(r.id))
            return undefined;
        const { id, modified } = r;
        if (modified !== undefined && !advisories_isString(modified))
            return undefined;
        out.push(modified === undefined ? { id } : { id, modified });
    }
    return out;
}
class AdvisoryStore {
    disk;
    now;
    constructor(disk, now = Date.now) {
        this.disk = disk;
        this.now = now;
    }
    /** The records a server listed for `name` `version`, if it answered within the last hour. */
    async answer(server, name, version) {
        const key = JSON.stringify([server, name, version]);
        const v = await this.disk.get(ANSWERS, key);
        if (typeof v !== 'object' || v === null)
            return undefined;
        const entry = v;
        const refs = asRefs(entry.records);
        const at = entry.storedAt;
        // a clock that went backwards does not make an answer fresher
        if (!refs || typeof at !== 'number' || at > this.now() || this.now() - at >= ANSWER_TTL_MS)
            return undefined;
        return refs;
    }
    async putAnswer(server, name, version, records) {
        await this.disk.put(ANSWERS, JSON.stringify([server, name, version]), { storedAt: this.now(), records });
    }
    /** A record as it was at `modified`; a record whose modified time is unknown is never reused. */
    async record(server, ref) {
        if (ref.modified === undefined)
            return undefined;
        const v = await this.disk.get(RECORDS, JSON.stringify([server, ref.id, ref.modified]));
        if (typeof v !== 'object' || v === null)
            return undefined;
        const r = v;
        if (r.id !== ref.id || r.modified !== ref.modified)
            return undefined;
        if ((r.summary !== undefined && !advisories_isString(r.summary)) || (r.withdrawn !== undefined && !advisories_isString(r.withdrawn)))
            return undefined;
        return { id: ref.id, modified: ref.modified, ...(advisories_isString(r.summary) ? { summary: r.summary } : {}), ...(advisories_isString(r.withdrawn) ? { withdrawn: r.withdrawn } : {}) };
    }
    async putRecord(server, record) {
        if (record.modified === undefined)
            return;
        await this.disk.put(RECORDS, JSON.stringify([server, record.id, record.modified]), record);
    }
}

;// CONCATENATED MODULE: ./src/cache/scans.ts
// What a scan decided, kept under a digest of everything its decisions were made from, for as long
// as every index page it read stays fresh. Resolution reads nothing but the manifests (in the
// digest), the pages, and files bound to the SHA-256 the pages or the manifests give (metadata and
// sdists, which never change under their hash): while each page it read is still the fresh copy the
// store holds, a scan of the same inputs would read the same copies and decide the same. The copy
// is known by the digest of its stored bytes, so a page replaced since (a 304, another run) is not
// the same page, however fresh.

const scans_NAMESPACE = 'scans';
/** The namespace the page store keeps pages under (src/cache/pages.ts). */
const PAGES = 'pages';
/**
 * A digest of a scan's inputs, as JSON writes them: object keys in the order written (the inputs are
 * built by the same code each time). Sets and maps must be given as arrays (or write themselves with
 * toJSON): JSON writes them as empty objects, and they are refused here rather than lost.
 */
function scanKey(inputs) {
    const json = JSON.stringify(inputs);
    if (json.includes('{}'))
        assertNoCollections(inputs);
    return (0,external_node_crypto_.createHash)('sha256').update(json).digest('hex');
}
function assertNoCollections(v, seen = new Set()) {
    if (typeof v !== 'object' || v === null || seen.has(v))
        return;
    seen.add(v);
    if (v instanceof Set || v instanceof Map)
        throw new TypeError('a scan key cannot be made of a Set or a Map: give its members as an array');
    if (typeof v.toJSON === 'function')
        return;
    for (const x of Array.isArray(v) ? v : Object.values(v))
        assertNoCollections(x, seen);
}
function scans_isString(v) {
    return typeof v === 'string';
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isVerdict(v) {
    if (!isObject(v))
        return false;
    return scans_isString(v.name) && scans_isString(v.status) && scans_isString(v.reason) && [v.sources, v.targets, v.findings, v.limits].every(Array.isArray);
}
function isDiagnostic(v) {
    return isObject(v) && (v.severity === 'error' || v.severity === 'warning') && scans_isString(v.path) && scans_isString(v.message);
}
/** An entry of the shape a scan writes, for this key; anything else is not used. */
function asKept(v, key) {
    if (!isObject(v) || v.key !== key || !isObject(v.scan))
        return undefined;
    const s = v.scan;
    const num = (x) => typeof x === 'number' && Number.isFinite(x);
    if (!num(s.at) || !num(s.freshUntil) || !num(s.sdistsAnalyzed))
        return undefined;
    if (!Array.isArray(s.pages) || !s.pages.every((p) => Array.isArray(p) && p.length === 2 && scans_isString(p[0]) && scans_isString(p[1])))
        return undefined;
    if (!Array.isArray(s.verdicts) || !s.verdicts.every(isVerdict))
        return undefined;
    if (!Array.isArray(s.diagnostics) || !s.diagnostics.every(isDiagnostic))
        return undefined;
    return s;
}
class ScanStore {
    disk;
    now;
    constructor(disk, now = Date.now) {
        this.disk = disk;
        this.now = now;
    }
    /**
     * The decisions kept under `key`, when every page they were made from is still fresh and is
     * still the copy they read.
     */
    async get(key) {
        const value = await this.disk.get(scans_NAMESPACE, key);
        if (value === undefined)
            return undefined;
        const kept = asKept(value, key);
        if (!kept) {
            await this.disk.delete(scans_NAMESPACE, key);
            return undefined;
        }
        if (this.now() >= kept.freshUntil || this.now() < kept.at)
            return undefined;
        for (const [url, digest] of kept.pages)
            if (this.disk.digest(PAGES, url) !== digest)
                return undefined;
        return kept;
    }
    /**
     * Keeps what a scan decided from `pages` (each with the moment its stored copy stops being
     * fresh). Nothing is kept when a page has no stored copy now, or none of them is fresh.
     */
    async put(key, decided, pages) {
        const at = this.now();
        let freshUntil = Number.POSITIVE_INFINITY;
        const kept = [];
        for (const page of pages) {
            const digest = this.disk.digest(PAGES, page.url);
            if (digest === undefined)
                return false;
            kept.push([page.url, digest]);
            freshUntil = Math.min(freshUntil, page.freshUntil);
        }
        // a scan that read no page (locks with their files, or nothing to look up) is not kept: it is cheap
        if (kept.length === 0 || !(freshUntil > at))
            return false;
        await this.disk.put(scans_NAMESPACE, key, { key, scan: { ...decided, at, freshUntil, pages: kept } });
        return true;
    }
}

;// CONCATENATED MODULE: ./src/cache/metadata.ts
// Core metadata of index files, kept by the file's sha256: a file never changes once uploaded, so
// neither does its metadata, and a second run resolves dependencies without asking for it again.

const metadata_NAMESPACE = 'metadata';
const READS = ['metadata-file', 'range', 'whole'];
function asMetadata(v) {
    if (typeof v !== 'object' || v === null)
        return undefined;
    const m = v;
    if (typeof m.text !== 'string' || typeof m.url !== 'string' || !READS.includes(m.read))
        return undefined;
    return { text: m.text, read: m.read, url: m.url };
}
/**
 * `read`, with what it returns kept under the sha256 the index (or lock) gives for the file.
 * A file named without one is always read anew. Failures are not kept.
 */
function keepMetadata(disk, read) {
    if (!disk)
        return read;
    return async (file, project) => {
        const sha = trustedSha256(file, []);
        if (sha === undefined)
            return read(file, project);
        const key = JSON.stringify([sha, file.filename]);
        const kept = asMetadata(await disk.get(metadata_NAMESPACE, key));
        if (kept)
            return kept;
        const fresh = await read(file, project);
        await disk.put(metadata_NAMESPACE, key, fresh);
        return fresh;
    };
}

;// CONCATENATED MODULE: ./src/cache/location.ts
// Where the command line keeps its cache when not told: the platform's per-user cache folder.

/**
 * `$XDG_CACHE_HOME/sdist-guard`, else `~/.cache/sdist-guard` (`~/Library/Caches` on macOS,
 * `%LOCALAPPDATA%` on Windows). Undefined when the environment names no home at all: then no
 * cache is kept rather than one in a surprising place.
 */
function defaultCacheDir(env, platform = process.platform) {
    const xdg = env.XDG_CACHE_HOME?.trim();
    // The XDG spec ignores a relative path.
    if (xdg && isAbsolute(xdg, platform))
        return join(xdg, 'sdist-guard');
    if (platform === 'win32') {
        const local = env.LOCALAPPDATA?.trim();
        return local ? join(local, 'sdist-guard', 'Cache') : undefined;
    }
    const home = env.HOME?.trim();
    if (!home || !isAbsolute(home, platform))
        return undefined;
    return platform === 'darwin' ? join(home, 'Library', 'Caches', 'sdist-guard') : join(home, '.cache', 'sdist-guard');
}
function isAbsolute(p, platform) {
    return platform === 'win32' ? /^([a-zA-Z]:[\\/]|\\\\)/.test(p) : p.startsWith('/');
}

;// CONCATENATED MODULE: ./src/cache/index.ts
// The cache room: one directory holding analyses and core metadata by file hash, index pages as
// HTTP caching allows, advisory answers for an hour, and a scan's decisions while its pages stay
// fresh, shared safely by runs that overlap.












/** `version` names the code whose results are kept: a different one never reads them. */
function openCache(dir, version, opts = {}) {
    const disk = new DiskCache(dir, opts);
    return { disk, pages: new DiskPageStore(disk), analyses: new AnalysisCache(disk, version), advisories: new AdvisoryStore(disk, opts.now), scans: new ScanStore(disk, opts.now) };
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/offload/entry.ts
var offload_entry = __webpack_require__(7165);
// EXTERNAL MODULE: ./src/offload/protocol.ts
var protocol = __webpack_require__(4253);
;// CONCATENATED MODULE: ./src/offload/pool.ts
// The scan's side of the analysis worker. Analyzing build scripts is CPU work; on the main thread
// it would hold back every response waiting to be handled, so once the worker is up, sdists stream
// to it and the main thread only moves bytes. While it starts, downloads are read ahead and wait
// for it. Where no worker can run (tests from source, one core, a worker that failed) checks run
// here. Very large sdists are read here and only what they hold goes to the worker to be analyzed:
// what they cost is inflating (done off the thread by zlib either way), and streaming them through
// a second thread would double the buffers waiting to be collected, and hold up the small ones
// queued behind them on the worker.




/** Chunks sent ahead of the worker's reading; bounds what one sdist can queue in memory. */
const WINDOW = 16;
/** sdists at least this big (as the index or lock gives their size) are read on this thread. */
const LOCAL_FROM_BYTES = 16 * 1024 * 1024;
/**
 * While the worker starts, downloads are read (up to this many bytes in all) and checked once it is
 * up: their connections go on to the next requests, and this thread does not load the archive
 * readers and the analyzer for the first few sdists while it has pages to handle. A download
 * beyond the budget is checked here.
 */
const HELD_WHILE_STARTING = 16 * 1024 * 1024;
/** A worker not up by then is given up on: the checks waiting for it run here. */
const START_TIMEOUT_MS = 30_000;
let checkModule;
let archiveModule;
/**
 * Reads and analyzes on this thread. The archive readers and the analyzer are loaded on the first
 * such check (once, however many start together): a scan whose checks all come from the cache, or
 * all run on the worker, never loads them.
 */
async function readHere(filename, body, limits) {
    const { readAndAnalyze } = await (checkModule ??= Promise.all(/* import() */[__webpack_require__.e(2), __webpack_require__.e(541), __webpack_require__.e(640), __webpack_require__.e(179), __webpack_require__.e(891), __webpack_require__.e(505)]).then(__webpack_require__.bind(__webpack_require__, 9505)));
    return readAndAnalyze(filename, body, limits);
}
function workerEndpoint(entry) {
    const worker = new external_node_worker_threads_.Worker(entry, { workerData: { [protocol/* WORKER_ROLE */.M]: true } });
    return { port: worker, terminate: async () => void (await worker.terminate()) };
}
/** A worker running the program's own entry, when the entry named itself and there is a core for it. */
function entryWorker() {
    const entry = (0,offload_entry/* currentWorkerEntry */.G)();
    return entry && (0,external_node_os_.availableParallelism)() > 1 ? workerEndpoint(entry) : undefined;
}
class CheckPool {
    spawn;
    heldWhileStarting;
    endpoint;
    state = 'idle';
    jobs = new Map();
    nextId = 1;
    /** Bytes of downloads read while the worker starts, not yet handed on. */
    heldBytes = 0;
    startTimer;
    /** Settles once the worker is ready or cannot be used. */
    settled = Promise.resolve();
    settle = () => { };
    /** Checks done on the worker and on this thread, for the curious. */
    counts = { worker: 0, local: 0 };
    /**
     * `spawn` returns undefined when no worker can be started. By default none is where it cannot
     * help: with one core to run on, a second thread only adds its heap (about 10 MB).
     */
    constructor(spawn = entryWorker, 
    /** Bytes of downloads read ahead while the worker starts, in all. */
    heldWhileStarting = HELD_WHILE_STARTING) {
        this.spawn = spawn;
        this.heldWhileStarting = heldWhileStarting;
    }
    /** `size`: the file's size when the index or the lock gives it. */
    async check(filename, body, limits, size) {
        const large = size !== undefined && size >= LOCAL_FROM_BYTES;
        if (this.state === 'idle' && !large)
            this.start();
        if (this.state === 'starting' && !large) {
            // Read now, so that the download's connection serves the next request, and checked once the
            // worker is up; past the budget, checked here as before.
            const held = await this.holdWhileStarting(body);
            if (held) {
                body = held;
                await this.settled;
            }
        }
        if (large && this.state !== 'broken')
            return this.readHereAnalyzeThere(filename, body, limits);
        if (this.state !== 'ready' || large) {
            this.counts.local++;
            return readHere(filename, body, limits);
        }
        this.counts.worker++;
        return this.remote(filename, body, limits);
    }
    /**
     * A very large sdist: read here, and what it holds analyzed on the worker, so that this thread
     * neither loads the analyzer nor runs it; here after all when the worker cannot take it, or when
     * no other check has started one by the time the read ends (a large sdist alone starts none).
     */
    async readHereAnalyzeThere(filename, body, limits) {
        this.counts.local++;
        const { readSdist } = await (archiveModule ??= Promise.all(/* import() */[__webpack_require__.e(541), __webpack_require__.e(891)]).then(__webpack_require__.bind(__webpack_require__, 6891)));
        const contents = await readSdist(filename, body, limits);
        if (this.state === 'starting')
            await this.settled;
        if (this.state !== 'ready') {
            const { checkContents } = await (checkModule ??= Promise.all(/* import() */[__webpack_require__.e(2), __webpack_require__.e(541), __webpack_require__.e(640), __webpack_require__.e(179), __webpack_require__.e(891), __webpack_require__.e(505)]).then(__webpack_require__.bind(__webpack_require__, 9505)));
            return checkContents(contents);
        }
        const id = this.nextId++;
        const result = new Promise((resolve, reject) => {
            this.jobs.set(id, { resolve, reject, credits: 0, cancelled: false, wake: undefined });
        });
        this.endpoint.port.postMessage({ t: 'analyze', id, contents });
        return result;
    }
    /**
     * Reads a download to its end while the worker starts, within `heldWhileStarting` bytes for all
     * downloads held together: the bytes (and the error that ended the read, if one did) are given
     * back as a body that replays them. Undefined, with nothing read, once the budget is spent.
     */
    async holdWhileStarting(body) {
        if (this.heldBytes >= this.heldWhileStarting)
            return undefined;
        const chunks = [];
        let failure;
        let bytes = 0;
        let done = false;
        const it = body[Symbol.asyncIterator]();
        try {
            // until the end, the budget, or the worker's start settles (the rest is then read as it is checked)
            while (this.heldBytes < this.heldWhileStarting && this.state === 'starting') {
                const step = await it.next();
                if (step.done) {
                    done = true;
                    break;
                }
                // a copy: the download may reuse the memory it handed out
                chunks.push(new Uint8Array(step.value));
                bytes += step.value.length;
                this.heldBytes += step.value.length;
            }
        }
        catch (err) {
            failure = err;
        }
        const rest = done || failure !== undefined ? undefined : it;
        const release = () => void (this.heldBytes -= bytes);
        return {
            async *[Symbol.asyncIterator]() {
                try {
                    while (chunks.length > 0)
                        yield chunks.shift();
                    if (failure !== undefined)
                        throw failure;
                    if (rest)
                        for (let step = await rest.next(); !step.done; step = await rest.next())
                            yield step.value;
                }
                finally {
                    release();
                    await rest?.return?.();
                }
            },
        };
    }
    async close() {
        const endpoint = this.endpoint;
        this.endpoint = undefined;
        this.state = 'broken';
        clearTimeout(this.startTimer);
        this.settle();
        this.failAll(new Error('the analysis worker was stopped'));
        await endpoint?.terminate().catch(() => { });
    }
    start() {
        this.state = 'broken';
        let endpoint;
        try {
            endpoint = this.spawn();
        }
        catch {
            return;
        }
        if (!endpoint)
            return;
        this.endpoint = endpoint;
        this.state = 'starting';
        this.settled = new Promise((resolve) => (this.settle = resolve));
        endpoint.port.on('message', (m) => this.onMessage(m));
        const broken = (why) => {
            if (this.endpoint !== endpoint)
                return;
            this.state = 'broken';
            this.settle();
            this.failAll(new Error(`the analysis worker stopped (${why})`));
        };
        endpoint.port.on('error', (err) => broken(err instanceof Error ? err.message : String(err)));
        endpoint.port.on('exit', (code) => broken(`exit code ${String(code)}`));
        this.startTimer = setTimeout(() => {
            if (this.state !== 'starting' || this.endpoint !== endpoint)
                return;
            broken(`not started after ${START_TIMEOUT_MS / 1000} s`);
            this.endpoint = undefined;
            void endpoint.terminate().catch(() => { });
        }, START_TIMEOUT_MS);
        this.startTimer.unref();
    }
    failAll(err) {
        for (const job of this.jobs.values()) {
            job.cancelled = true;
            job.wake?.();
            job.reject(err);
        }
        this.jobs.clear();
    }
    onMessage(m) {
        if (m.t === 'ready') {
            if (this.state === 'starting')
                this.state = 'ready';
            clearTimeout(this.startTimer);
            this.settle();
            return;
        }
        const job = this.jobs.get(m.id);
        if (!job)
            return;
        switch (m.t) {
            case 'credit':
                job.credits++;
                break;
            case 'cancel':
                job.cancelled = true;
                break;
            case 'result':
                this.jobs.delete(m.id);
                job.resolve(m.check);
                break;
            case 'error':
                this.jobs.delete(m.id);
                job.reject(new Error(m.message));
                break;
        }
        const wake = job.wake;
        job.wake = undefined;
        wake?.();
    }
    async remote(filename, body, limits) {
        const port = this.endpoint.port;
        const id = this.nextId++;
        const post = (m, transfer) => port.postMessage(m, transfer);
        let job;
        const result = new Promise((resolve, reject) => {
            job = { resolve, reject, credits: WINDOW, cancelled: false, wake: undefined };
        });
        this.jobs.set(id, job);
        const pumped = this.pump(id, job, body, post, { t: 'start', id, filename, ...(limits ? { limits } : {}) });
        try {
            return await result;
        }
        finally {
            // The download is not left half read: its iterator is finished or closed before returning.
            job.cancelled = true;
            job.wake?.();
            await pumped;
        }
    }
    /**
     * Sends the body as the worker takes it; stops (closing the download) when the worker cancels.
     * Each chunk waits for the next one to be read, so that the first goes with `start` and the last
     * with the end: an sdist of one chunk is one message (a message costs more than the copy of a
     * small chunk: it wakes the other thread).
     */
    async pump(id, job, body, post, start) {
        const it = body[Symbol.asyncIterator]();
        let finished = false;
        let started = false;
        let held;
        const send = (end) => {
            const data = held;
            held = undefined;
            const tail = end ? { end: true } : {};
            let m;
            if (!started)
                m = { ...start, ...(data ? { data } : {}), ...tail };
            else if (data)
                m = { t: 'chunk', id, data, ...tail };
            else if (end)
                m = { t: 'end', id };
            started = true;
            if (data)
                job.credits--;
            if (m)
                post(m, data ? [data.buffer] : undefined);
        };
        try {
            for (;;) {
                while (held && job.credits <= 0 && !job.cancelled)
                    await new Promise((resolve) => (job.wake = resolve));
                if (job.cancelled)
                    break;
                const step = await it.next();
                if (step.done) {
                    finished = true;
                    if (!job.cancelled)
                        send(true);
                    break;
                }
                if (job.cancelled)
                    break;
                if (held)
                    send(false);
                // The chunk's memory is not ours to give away (others may hold views into it): the worker
                // gets a copy, whose buffer moves without a second copy.
                held = new Uint8Array(step.value);
            }
        }
        catch (err) {
            finished = true;
            if (!job.cancelled) {
                send(false);
                post({ t: 'fail', id, message: err instanceof Error ? err.message : String(err) });
            }
        }
        finally {
            if (!finished)
                await it.return?.();
        }
    }
}

;// CONCATENATED MODULE: ./src/select.ts
// The select stage: which file pip would take for one dependency on one target, following pip's
// PackageFinder — link evaluation (name, tags, format control, Requires-Python), the specifier
// filter with the pre-release rule, the hash filter, PEP 592 yanking, and the candidate sort key.






const MAX_LISTED = 5;
function hashMatches(file, allowed) {
    if (allowed.length === 0)
        return false;
    for (const [algo, digest] of Object.entries(file.hashes)) {
        if (allowed.includes(`${algo.toLowerCase()}:${digest.toLowerCase()}`))
            return true;
    }
    return false;
}
function describeTarget(t) {
    return `CPython ${t.python} on ${t.platform}`;
}
function isPinned(specifier) {
    const parts = specifier.split(',').map((s) => s.trim()).filter(Boolean);
    return parts.some((p) => p.startsWith('===') || (p.startsWith('==') && !p.endsWith('.*')));
}
function listVersions(versions) {
    const sorted = [...new Set(versions)].sort((a, b) => (0,python_version/* compareVersions */.Zy)(b, a));
    const shown = sorted.slice(0, MAX_LISTED).join(', ');
    return sorted.length > MAX_LISTED ? `${shown}, and ${sorted.length - MAX_LISTED} older` : shown;
}
function compareCandidates(a, b, preferBinary) {
    // pip's CandidateEvaluator._sort_key, compared field by field.
    const keyA = [a.allowedHash ? 1 : 0, a.yanked ? -1 : 0, preferBinary && a.kind === 'wheel' ? 1 : 0];
    const keyB = [b.allowedHash ? 1 : 0, b.yanked ? -1 : 0, preferBinary && b.kind === 'wheel' ? 1 : 0];
    for (let i = 0; i < keyA.length; i++)
        if (keyA[i] !== keyB[i])
            return keyA[i] - keyB[i];
    const byVersion = (0,python_version/* compareVersions */.Zy)(a.version, b.version);
    if (byVersion !== 0)
        return byVersion;
    if (a.priority !== b.priority)
        return a.priority - b.priority;
    if (a.build[0] !== b.build[0])
        return a.build[0] - b.build[0];
    return a.build[1] < b.build[1] ? -1 : a.build[1] > b.build[1] ? 1 : 0;
}
function selectFile(req) {
    const { target } = req;
    const canonical = (0,python_names/* normalizeName */.P)(req.name);
    const allowed = req.formatControl.allowed(canonical);
    const fullPython = `${target.python}.0`;
    const candidates = [];
    const rejected = { binaryForbidden: 0, sourceForbidden: 0, requiresPython: new Set(), incompatible: [] };
    for (const file of req.files) {
        const kind = (0,filenames/* distributionKind */.VE)(file.filename);
        if (kind === 'other')
            continue;
        // pip's LinkEvaluator skips these old macOS installer zips by their path.
        if (kind === 'sdist' && file.filename.endsWith('.zip') && linkPath(file.url).includes('macosx10'))
            continue;
        let version;
        let priority;
        let build = [-1, ''];
        try {
            if (kind === 'wheel') {
                const wheel = (0,filenames/* parseWheelFilename */.eP)(file.filename);
                if ((0,python_names/* normalizeName */.P)(wheel.name) !== canonical)
                    continue;
                version = wheel.version;
                if (!allowed.has('binary')) {
                    rejected.binaryForbidden++;
                    continue;
                }
                const index = wheelPriority(target, wheel.tags);
                if (index === undefined) {
                    rejected.incompatible.push({ version, filename: file.filename });
                    continue;
                }
                priority = -index;
                if (wheel.build)
                    build = [wheel.build.number, wheel.build.tag];
            }
            else {
                const sdist = (0,filenames/* parseSdistFilename */.sF)(file.filename, req.name);
                if ((0,python_names/* normalizeName */.P)(sdist.name) !== canonical)
                    continue;
                version = sdist.version;
                if (!allowed.has('source')) {
                    rejected.sourceForbidden++;
                    continue;
                }
                priority = -(target.tags.length + 1);
            }
        }
        catch {
            // pip skips links whose names it cannot parse; so do we.
            continue;
        }
        // pip skips links whose version is not PEP 440.
        if (!(0,python_version/* isValidVersion */.ri)(version))
            continue;
        // An invalid Requires-Python is ignored by pip (the link stays a candidate).
        if (file.requiresPython && (0,python_version/* isValidSpecifier */.J5)(file.requiresPython) && !(0,python_version/* satisfies */.ib)(fullPython, file.requiresPython, { prereleases: true })) {
            rejected.requiresPython.add(file.requiresPython);
            continue;
        }
        candidates.push({
            file,
            version,
            kind,
            priority,
            build,
            allowedHash: hashMatches(file, req.hashes),
            yanked: file.yanked !== false,
        });
    }
    const none = (reason) => ({ target, kind: 'none', reason });
    if (candidates.length === 0) {
        const wheelsSeen = rejected.incompatible.length;
        if (rejected.sourceForbidden > 0 && wheelsSeen > 0)
            return none(`--only-binary forbids building ${req.name} and none of its ${wheelsSeen} wheels fits ${describeTarget(target)}; pip would refuse to install it`);
        if (rejected.sourceForbidden > 0)
            return none(`--only-binary forbids building ${req.name} and it has no wheels; pip would refuse to install it`);
        if (rejected.requiresPython.size > 0)
            return none(`every file of ${req.name} requires another Python (${[...rejected.requiresPython].slice(0, 3).join('; ')}) than ${target.python}`);
        if (wheelsSeen > 0)
            return none(`${req.name} has only wheels and none fits ${describeTarget(target)} (e.g. ${rejected.incompatible[0].filename})`);
        return none(`the index lists no installable files for ${req.name}`);
    }
    const allVersions = candidates.map((c) => c.version);
    const prereleases = ReleaseControl.from(req.releaseControl, req.pre).allowsPrereleases(req.name);
    const applicable = new Set((0,python_version/* chooseVersions */.ft)([...new Set(allVersions)], req.specifier, { prereleases }));
    let pool = candidates.filter((c) => applicable.has(c.version));
    if (pool.length === 0) {
        const spec = req.specifier || '(any)';
        const what = prereleases === false ? 'final version' : 'version';
        return none(`no ${what} of ${req.name} matches ${spec} for ${describeTarget(target)} (available: ${listVersions(allVersions)})`);
    }
    if (req.hashes.length > 0) {
        const matching = pool.filter((c) => c.allowedHash);
        if (matching.length > 0)
            pool = matching;
        else if (req.strictHashes)
            return none(`no file of ${req.name} ${req.specifier} on the index has a hash the lock allows; pip would refuse to install it`);
    }
    // PEP 592: yanked files are ignored unless the pin can only be satisfied by them.
    const allYanked = pool.every((c) => c.yanked);
    if (!(allYanked && isPinned(req.specifier)))
        pool = pool.filter((c) => !c.yanked);
    if (pool.length === 0)
        return none(`every matching file of ${req.name} is yanked and the requirement does not pin it with ==`);
    let best = pool[0];
    for (const c of pool)
        if (compareCandidates(c, best, req.preferBinary) > 0)
            best = c;
    if (best.kind === 'wheel') {
        const yanked = best.yanked ? ` (yanked: ${typeof best.file.yanked === 'string' ? best.file.yanked : 'no reason given'})` : '';
        return { target, kind: 'wheel', version: best.version, file: best.file, reason: `wheel ${best.file.filename} fits ${describeTarget(target)}${yanked}` };
    }
    return { target, kind: 'sdist', version: best.version, file: best.file, reason: sdistReason(req, best, candidates, rejected, allowed) };
}
function sdistReason(req, best, candidates, rejected, allowed) {
    const what = `pip would build ${best.file.filename}`;
    if (!allowed.has('binary'))
        return `--no-binary forces building ${req.name} from source: ${what}`;
    const sameVersion = (v) => (0,python_version/* compareVersions */.Zy)(v, best.version) === 0;
    const otherWheels = rejected.incompatible.filter((w) => sameVersion(w.version));
    if (otherWheels.length > 0) {
        const shown = otherWheels.slice(0, 3).map((w) => w.filename).join(', ');
        const more = otherWheels.length > 3 ? ` and ${otherWheels.length - 3} more` : '';
        return `no wheel of ${req.name} ${best.version} fits ${describeTarget(req.target)} (it has ${shown}${more}): ${what}`;
    }
    const olderWheel = candidates.some((c) => c.kind === 'wheel' && !sameVersion(c.version));
    const note = olderWheel ? ' (other versions have wheels that fit)' : '';
    return `${req.name} ${best.version} publishes no wheel${note}: ${what}`;
}

;// CONCATENATED MODULE: ./src/python/metadata.ts
// Core metadata (the wheel's METADATA, the sdist's PKG-INFO, a PEP 658 `.metadata` file): RFC 822
// style headers, read as far as dependency resolution needs them. Pure: the caller names the source
// so that every error points at a file and line.
class InvalidMetadata extends Error {
    name = 'InvalidMetadata';
}
// Real METADATA files are a few kilobytes; a description can make them larger, but not this large.
const MAX_HEADER_LINES = 100_000;
function metadata_describe(source, line) {
    return `${source}, line ${line}`;
}
/**
 * Reads the header block (up to the first empty line; what follows is the description). Folded
 * lines (starting with a blank) continue the previous field. Throws InvalidMetadata naming the
 * source and line when a line is neither a field nor a continuation, or a required field is missing.
 */
function parseCoreMetadata(text, source) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
    const fields = [];
    for (let i = 0; i < lines.length && i < MAX_HEADER_LINES; i++) {
        const line = lines[i];
        if (line.trim() === '')
            break;
        if (/^[ \t]/.test(line)) {
            const last = fields[fields.length - 1];
            if (!last)
                throw new InvalidMetadata(`${metadata_describe(source, i + 1)}: a continuation line before any field`);
            last.value += ' ' + line.trim();
            continue;
        }
        const m = /^([!-9;-~]+):[ \t]*(.*)$/.exec(line);
        if (!m)
            throw new InvalidMetadata(`${metadata_describe(source, i + 1)}: expected "Field: value", found ${JSON.stringify(line.slice(0, 60))}`);
        fields.push({ key: m[1].toLowerCase(), value: m[2].trim(), line: i + 1 });
    }
    const first = (key) => fields.find((f) => f.key === key)?.value;
    const all = (key) => fields.filter((f) => f.key === key).map((f) => f.value);
    const metadataVersion = first('metadata-version');
    if (metadataVersion === undefined)
        throw new InvalidMetadata(`${source}: no Metadata-Version field`);
    if (!/^\d+\.\d+$/.test(metadataVersion)) {
        const at = fields.find((f) => f.key === 'metadata-version').line;
        throw new InvalidMetadata(`${metadata_describe(source, at)}: Metadata-Version "${metadataVersion}" is not of the form 2.1`);
    }
    const name = first('name');
    if (!name)
        throw new InvalidMetadata(`${source}: no Name field`);
    const version = first('version');
    if (!version)
        throw new InvalidMetadata(`${source}: no Version field`);
    const meta = {
        metadataVersion,
        name,
        version,
        requiresDist: all('requires-dist').filter(Boolean),
        providesExtra: all('provides-extra').filter(Boolean),
        dynamic: all('dynamic').filter(Boolean),
    };
    const requiresPython = first('requires-python');
    if (requiresPython)
        meta.requiresPython = requiresPython;
    return meta;
}
/** `2.2` -> [2, 2]; the version was checked by parseCoreMetadata. */
function versionParts(v) {
    const [major, minor] = v.split('.').map(Number);
    return [major, minor];
}
function atLeast(metadataVersion, major, minor) {
    const [a, b] = versionParts(metadataVersion);
    return a > major || (a === major && b >= minor);
}
/**
 * A wheel's metadata is what its build produced, so its Requires-Dist is final. An sdist's PKG-INFO
 * is binding only from Metadata-Version 2.2 on (PEP 643), and then only for fields not marked
 * Dynamic: anything else can change when the build runs, which is exactly what is not done here.
 */
function declaredDependencies(meta, kind) {
    if (kind === 'wheel')
        return { known: true, requirements: meta.requiresDist, extras: meta.providesExtra };
    if (!atLeast(meta.metadataVersion, 2, 2)) {
        return {
            known: false,
            reason: `its PKG-INFO has Metadata-Version ${meta.metadataVersion}; before 2.2 an sdist's metadata does not bind what its build produces`,
        };
    }
    if (meta.dynamic.some((d) => d.toLowerCase() === 'requires-dist')) {
        return { known: false, reason: 'its PKG-INFO marks Requires-Dist as Dynamic: the build decides them' };
    }
    return { known: true, requirements: meta.requiresDist, extras: meta.providesExtra };
}

;// CONCATENATED MODULE: ./src/turns.ts
// Fan-outs started in slices, a turn of the event loop apart. Asking for 500 pages at once sets up
// 500 requests before the first can go out or its connection be opened (about 20 ms at a scan's
// start); between turns, the requests started go out and the answers already in are read. The
// order things start in is the items' order either way.
/** Items started in one turn of the event loop. */
const PER_TURN = 32;
/** `run` for every item, PER_TURN at a time with a turn between; the results in the items' order. */
async function mapInTurns(items, run) {
    const all = [];
    for (let i = 0; i < items.length; i += PER_TURN) {
        if (i > 0)
            await new Promise((resolve) => setImmediate(resolve));
        for (const item of items.slice(i, i + PER_TURN)) {
            const p = run(item);
            // awaited below; a failure before then must not count as unhandled
            p.catch(() => { });
            all.push(p);
        }
    }
    return Promise.all(all);
}
/** As mapInTurns, for work whose results are not needed. */
async function inTurns(items, run) {
    await mapInTurns(items, run);
}

;// CONCATENATED MODULE: ./src/resolve/graph.ts
// What pip would install for one environment on one target: the top-level requirements, then
// breadth-first the dependencies each chosen distribution declares, with markers and extras
// evaluated for the target. One version per name, the highest that satisfies every requirement
// seen so far for that name, chosen as pip's finder chooses (the `pick` hook).
//
// A later requirement that excludes a version already chosen makes the whole walk run again with
// that requirement known from the start (a "hint"), so the graph never keeps edges of a version
// that was dropped. A hint only steers the choice: if the requirement that taught it is gone in the
// new walk and the hint leaves nothing to choose, the choice is made without it.
//
// Backtracking, as pip's resolver (resolvelib) does it. A version whose own requirements cannot be
// met together with what is already required (a name no index has, or a range that excludes every
// version another requirement allows) is given up at once, and the next older version is tried,
// as resolvelib does when it pins a candidate. When every version of a name is given up, or two
// requirements of a name exclude each other, the walk backjumps: the most recently chosen version
// that brought one of the names involved, and that has another version to take, is excluded, and
// the walk runs again without it. Each backjump costs a walk; within maxPasses the graph is what pip
// installs in these cases, and when they run out the graph says it gave up (`gaveUp`).
//
// When no way is left, the name is a conflict, reported with two requirements that exclude each
// other and the chains that bring them, and nothing is guessed.





function joinSpecifiers(specs) {
    return specs
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean)
        .filter((s, i, a) => a.indexOf(s) === i)
        .join(',');
}
function admits(version, specifier) {
    if (version === undefined || specifier === '')
        return true;
    try {
        return (0,python_version/* satisfies */.ib)(version, specifier, { prereleases: true });
    }
    catch {
        return false;
    }
}
/** Whether a dependency's marker holds for this extra (`""`: the distribution without extras). */
function applies(marker, env, extra) {
    if (!marker)
        return extra === '';
    const holds = (0,python_markers/* evaluateMarker */.UZ)(marker, env, extra === '' ? [] : [extra]);
    // A requirement that holds without the extra was already added by the plain pass.
    return extra === '' ? holds : holds && !(0,python_markers/* evaluateMarker */.UZ)(marker, env, []);
}
function installable(n) {
    return !n.direct && !n.conflict && (n.selection?.kind === 'wheel' || n.selection?.kind === 'sdist');
}
const MAX_PAIR_SEARCH = 12;
/** Versions of one name tried in one walk before the walk gives up on it. */
const MAX_CANDIDATES = 64;
class Walk {
    seeds;
    constraints;
    hints;
    exclusions;
    hooks;
    opts;
    last;
    nodes = new Map();
    truncated = false;
    /** Hints learned in this walk, for the next one. */
    learned = [];
    /** Nodes in the order their versions were chosen. */
    order = [];
    /** The first name that could not be installed in this walk, for the backjump. */
    failure;
    constructor(seeds, constraints, hints, 
    /** Versions given up by earlier backjumps: never chosen again. */
    exclusions, hooks, opts, 
    /** The last walk allowed: a re-choice is made in place instead of learned. */
    last) {
        this.seeds = seeds;
        this.constraints = constraints;
        this.hints = hints;
        this.exclusions = exclusions;
        this.hooks = hooks;
        this.opts = opts;
        this.last = last;
    }
    unsettled = [];
    async run() {
        let level = [];
        const queued = new Set();
        const enqueue = (n) => {
            if (queued.has(n))
                return;
            queued.add(n);
            level.push(n);
        };
        for (const seed of this.seeds)
            this.addSeed(seed, enqueue);
        while (level.length > 0) {
            const current = level;
            level = [];
            queued.clear();
            const choosing = current.filter((n) => !n.direct && !n.selection);
            await inTurns(choosing, (n) => this.chooseViable(n));
            for (const n of choosing)
                if (installable(n))
                    this.order.push(n);
            await inTurns(current.filter((n) => installable(n) && !n.dependencies), async (n) => {
                const found = await this.hooks.dependencies(n.name, n.selection);
                if (!found.known && found.stops)
                    n.selection = { target: this.opts.target, kind: 'none', version: n.selection.version, reason: found.reason };
                else
                    n.dependencies = found;
            });
            const excluded = [];
            for (const n of current)
                this.expand(n, enqueue, excluded);
            for (const { node, edge } of excluded)
                await this.settle(node, edge);
            // a walk that must backjump stops here: the next one starts over without the version given up
            if (this.failure && !this.last)
                return;
        }
    }
    fail(n, names) {
        if (this.failure)
            return;
        const all = new Set([n.name, ...names]);
        for (const e of n.edges)
            if (e.parent !== undefined)
                all.add(e.parent);
        this.failure = { node: n, names: all };
    }
    excludedSpecifiers(name) {
        return [...(this.exclusions.get(name) ?? [])].map((v) => `!=${v}`);
    }
    /**
     * Chooses a version whose own requirements can be met with what is already required, trying
     * older ones as resolvelib tries a name's candidates in turn.
     */
    async chooseViable(n) {
        const rejected = [];
        const names = new Set();
        for (;;) {
            await this.choose(n, rejected.map((r) => r.version));
            if (!installable(n))
                break;
            const found = await this.hooks.dependencies(n.name, n.selection);
            // pip stops at this distribution itself (its metadata fails its hash): nothing is installed
            if (!found.known && found.stops) {
                n.selection = { target: this.opts.target, kind: 'none', version: n.selection.version, reason: found.reason };
                break;
            }
            n.dependencies = found;
            const unmet = await this.unmet(n);
            if (!unmet)
                break;
            rejected.push({ version: n.selection.version, reason: unmet.reason });
            for (const x of unmet.names)
                names.add(x);
            n.dependencies = undefined;
            if (rejected.length >= MAX_CANDIDATES) {
                n.selection = { target: this.opts.target, kind: 'none', reason: `gave up on ${n.displayName} after trying ${MAX_CANDIDATES} versions whose requirements cannot be met; pip would go on trying older ones` };
                break;
            }
        }
        if (rejected.length > 0) {
            this.backtracked.push(...rejected.map((r) => `${n.displayName} ${r.version}`));
            if (!installable(n)) {
                n.conflict = true;
                const shown = rejected.slice(0, 3).map((r) => `${n.displayName} ${r.version} ${r.reason}`);
                const more = rejected.length > 3 ? ` (and ${rejected.length - 3} more versions)` : '';
                n.selection = { target: this.opts.target, kind: 'none', reason: `no version of ${n.displayName} can be installed: ${shown.join('; ')}${more}; pip would stop here` };
                this.fail(n, names);
            }
        }
    }
    backtracked = [];
    /** A requirement of the chosen version that nothing can meet with what is already required, and why. */
    async unmet(n) {
        if (n.dependencies?.known !== true)
            return undefined;
        const env = this.opts.target.env;
        const provided = new Set(n.dependencies.extras.map(python_names/* normalizeName */.P));
        const extras = [...n.requested].filter((x) => provided.has(x));
        for (const text of n.dependencies.requirements) {
            let req;
            try {
                req = (0,python_requirements/* parseRequirement */.p)(text);
                if (req.url !== undefined)
                    continue;
                if (req.marker && !(0,python_markers/* evaluateMarker */.UZ)(req.marker, env, extras))
                    continue;
            }
            catch {
                continue;
            }
            const name = (0,python_names/* normalizeName */.P)(req.name);
            if (name === n.name)
                continue;
            const other = this.nodes.get(name);
            if (other?.direct)
                continue;
            const specs = [...(other ? this.specifiers(other) : (this.constraints.get(name) ?? []).map((c) => c.specifier)), req.specifier, ...this.excludedSpecifiers(name)];
            const hashes = other ? this.hashesOf(other) : [...new Set((this.constraints.get(name) ?? []).flatMap((c) => c.hashes))];
            const found = await this.hooks.pick({ name, specifier: joinSpecifiers(specs), hashes, followUp: true });
            // The file the next level will most likely choose: its metadata is read now, while this
            // level's requests are out, not a round trip after it. Only where the index serves that
            // metadata as a file of its own: one small request, wasted only if a later requirement
            // narrows the choice.
            if (found.kind === 'wheel' && found.file?.coreMetadata)
                void this.hooks.dependencies(name, found);
            if (found.kind === 'none') {
                const parents = other ? other.edges.flatMap((e) => (e.parent !== undefined ? [e.parent] : [])) : [];
                return { reason: `requires "${text.trim()}", which cannot be met (${found.reason})`, names: [name, ...parents] };
            }
        }
        return undefined;
    }
    newNode(name, displayName, via, root, topLevel) {
        return {
            name,
            displayName,
            via,
            root,
            roots: [root],
            topLevel,
            direct: false,
            conflict: false,
            extras: [],
            invalid: [],
            missingExtras: [],
            edges: [],
            hashes: [],
            requested: new Set(),
            expanded: new Set(),
        };
    }
    addSeed(seed, enqueue) {
        let node = this.nodes.get(seed.name);
        if (!node) {
            if (this.nodes.size >= this.opts.maxNodes) {
                this.truncated = true;
                return;
            }
            node = this.newNode(seed.name, seed.displayName, [seed.displayName], seed.root, true);
            this.nodes.set(seed.name, node);
            enqueue(node);
        }
        node.topLevel = true;
        if (!node.roots.includes(seed.root))
            node.roots.push(seed.root);
        if (seed.direct) {
            node.direct = true;
            if (seed.dependencies)
                node.dependencies = seed.dependencies;
        }
        node.edges.push({ specifier: seed.specifier, label: seed.label });
        node.hashes.push(...seed.hashes);
        for (const e of seed.extras)
            node.requested.add((0,python_names/* normalizeName */.P)(e));
    }
    /** Chooses a version for a node from every requirement seen so far, hints first, never an excluded one. */
    async choose(n, rejected = []) {
        const specs = [...this.specifiers(n), ...this.excludedSpecifiers(n.name), ...rejected.map((v) => `!=${v}`)];
        const hashes = this.hashesOf(n);
        const hinted = this.hints.get(n.name) ?? [];
        const followUp = n.edges.some((e) => e.parent !== undefined);
        let selection;
        if (hinted.length > 0) {
            selection = await this.hooks.pick({ name: n.name, specifier: joinSpecifiers([...specs, ...hinted]), hashes, followUp });
            if (selection.kind === 'none')
                selection = undefined;
        }
        selection ??= await this.hooks.pick({ name: n.name, specifier: joinSpecifiers(specs), hashes, followUp });
        if (selection.kind === 'none')
            selection = await this.explain(n, selection);
        n.selection = selection;
    }
    specifiers(n) {
        return [...n.edges.map((e) => e.specifier), ...(this.constraints.get(n.name) ?? []).map((c) => c.specifier)];
    }
    hashesOf(n) {
        return [...new Set([...n.hashes, ...(this.constraints.get(n.name) ?? []).flatMap((c) => c.hashes)])];
    }
    requirementsOf(n) {
        return [...n.edges, ...(this.constraints.get(n.name) ?? []).map((c) => ({ specifier: c.specifier, label: c.label }))];
    }
    /**
     * Nothing fits every requirement: when each one alone can be met, that is a conflict, named by
     * a pair that excludes each other; otherwise the finder's own reason stands.
     */
    async explain(n, selection) {
        const reqs = this.requirementsOf(n).filter((r, i, a) => r.specifier !== '' && a.findIndex((x) => x.specifier === r.specifier) === i);
        if (reqs.length < 2)
            return selection;
        const hashes = this.hashesOf(n);
        const alone = await Promise.all(reqs.map((r) => this.hooks.pick({ name: n.name, specifier: r.specifier, hashes })));
        const failing = alone.findIndex((s) => s.kind === 'none');
        if (failing >= 0)
            return alone[failing];
        const reason = await this.conflictReason(n, reqs);
        n.conflict = true;
        this.fail(n, []);
        return { target: this.opts.target, kind: 'none', reason };
    }
    async conflictReason(n, reqs) {
        const hashes = this.hashesOf(n);
        const limited = reqs.slice(0, MAX_PAIR_SEARCH);
        for (let i = 0; i < limited.length; i++) {
            for (let j = i + 1; j < limited.length; j++) {
                const both = await this.hooks.pick({ name: n.name, specifier: joinSpecifiers([limited[i].specifier, limited[j].specifier]), hashes });
                if (both.kind === 'none') {
                    return `conflicting requirements: no version of ${n.displayName} satisfies both ${limited[i].label} and ${limited[j].label}; pip would stop here`;
                }
            }
        }
        const shown = reqs.slice(0, 5).map((r) => r.label);
        const more = reqs.length > 5 ? ` and ${reqs.length - 5} more` : '';
        return `conflicting requirements: no version of ${n.displayName} satisfies all of ${shown.join(', ')}${more}; pip would stop here`;
    }
    expand(n, enqueue, excluded) {
        if (!(installable(n) || n.direct) || n.dependencies?.known !== true)
            return;
        const env = this.opts.target.env;
        const version = n.selection?.version;
        const requirer = `${n.displayName}${version ? ' ' + version : ''}`;
        const chain = n.via.length > 1 ? ` (via ${n.via.join(' -> ')})` : '';
        const provided = new Set(n.dependencies.extras.map(python_names/* normalizeName */.P));
        for (const extra of ['', ...[...n.requested].sort()]) {
            if (n.expanded.has(extra))
                continue;
            n.expanded.add(extra);
            // pip honors only the extras a distribution declares (Provides-Extra)
            if (extra !== '' && !provided.has(extra)) {
                n.missingExtras.push(extra);
                continue;
            }
            if (extra !== '')
                n.extras.push(extra);
            for (const text of n.dependencies.requirements) {
                let req;
                try {
                    req = (0,python_requirements/* parseRequirement */.p)(text);
                    if (!applies(req.marker, env, extra))
                        continue;
                }
                catch (err) {
                    if (extra === '')
                        n.invalid.push(`"${text}": ${err.message}`);
                    continue;
                }
                const name = (0,python_names/* normalizeName */.P)(req.name);
                const edge = { specifier: req.specifier, label: `"${text.trim()}" from ${requirer}${chain}`, parent: n.name };
                this.addEdge(n, name, req.name, edge, req.extras, req.url, enqueue, excluded);
            }
        }
    }
    addEdge(from, name, displayName, edge, extras, url, enqueue, excluded) {
        let node = this.nodes.get(name);
        const isNew = !node;
        if (!node) {
            if (this.nodes.size >= this.opts.maxNodes) {
                this.truncated = true;
                return;
            }
            node = this.newNode(name, displayName, [...from.via, displayName], from.root, false);
            this.nodes.set(name, node);
            if (url !== undefined) {
                // PyPI refuses uploads whose metadata has direct references; another index may not.
                node.selection = {
                    target: this.opts.target,
                    kind: 'none',
                    reason: `${from.displayName} requires it by a direct reference (${url}) in its metadata, which is not followed`,
                };
            }
        }
        for (const r of from.roots)
            if (!node.roots.includes(r))
                node.roots.push(r);
        node.edges.push(edge);
        let newExtras = false;
        for (const e of extras) {
            const x = (0,python_names/* normalizeName */.P)(e);
            if (!node.requested.has(x)) {
                node.requested.add(x);
                newExtras = true;
            }
        }
        if (isNew) {
            enqueue(node);
            return;
        }
        if (node.direct || node.conflict || !node.selection)
            return;
        if (node.selection.kind !== 'none' && !admits(node.selection.version, edge.specifier)) {
            excluded.push({ node, edge });
            return;
        }
        if (newExtras && node.dependencies)
            enqueue(node);
    }
    /** A later requirement excludes the version chosen: learn it for the next walk, or it is a conflict. */
    async settle(n, edge) {
        if (n.conflict || admits(n.selection?.version, edge.specifier))
            return;
        const hashes = this.hashesOf(n);
        const other = await this.hooks.pick({ name: n.name, specifier: joinSpecifiers(this.specifiers(n)), hashes });
        if (other.kind === 'none') {
            const reqs = this.requirementsOf(n).filter((r, i, a) => r.specifier !== '' && a.findIndex((x) => x.specifier === r.specifier) === i);
            n.conflict = true;
            n.selection = { target: this.opts.target, kind: 'none', reason: await this.conflictReason(n, reqs) };
            this.fail(n, []);
            return;
        }
        if (this.last) {
            // No walk is left to redo: take the version every requirement allows, without following
            // what that version requires instead.
            n.selection = other;
            if (!this.unsettled.includes(n.displayName))
                this.unsettled.push(n.displayName);
            return;
        }
        this.learned.push({ name: n.name, specifier: edge.specifier });
    }
}
/**
 * The backjump: the most recently chosen version that brought one of the names of the failure (or
 * is one of them), and whose name has another version to take.
 */
async function backjumpTarget(walk, failure, exclusions, hooks) {
    for (let i = walk.order.length - 1; i >= 0; i--) {
        const m = walk.order[i];
        if (m === failure.node || !installable(m) || m.selection?.version === undefined)
            continue;
        const brings = failure.names.has(m.name) ||
            (m.dependencies?.known === true &&
                m.dependencies.requirements.some((text) => {
                    try {
                        return failure.names.has((0,python_names/* normalizeName */.P)((0,python_requirements/* parseRequirement */.p)(text).name));
                    }
                    catch {
                        return false;
                    }
                }));
        if (!brings)
            continue;
        const excluded = [...(exclusions.get(m.name) ?? []), m.selection.version].map((v) => `!=${v}`);
        const specs = [...m.edges.map((e) => e.specifier), ...excluded];
        const other = await hooks.pick({ name: m.name, specifier: joinSpecifiers(specs), hashes: m.hashes });
        if (other.kind !== 'none')
            return { name: m.name, version: m.selection.version };
    }
    return undefined;
}
async function resolveGraph(seeds, constraints, given, opts) {
    // Backtracking asks the finder the same question many times, across walks too: ask it once.
    const picks = new Map();
    const hooks = {
        pick: (req) => {
            const key = JSON.stringify([req.name, req.specifier, [...req.hashes].sort()]);
            let p = picks.get(key);
            if (!p) {
                p = given.pick(req);
                picks.set(key, p);
            }
            return p;
        },
        dependencies: (name, selection) => given.dependencies(name, selection),
    };
    const byName = new Map();
    for (const c of constraints)
        byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
    const hints = new Map();
    const exclusions = new Map();
    const backtracked = [];
    for (let pass = 1;; pass++) {
        const last = pass >= opts.maxPasses;
        const walk = new Walk(seeds, byName, hints, exclusions, hooks, opts, last);
        await walk.run();
        for (const b of walk.backtracked)
            if (!backtracked.includes(b))
                backtracked.push(b);
        const jump = walk.failure && !last ? await backjumpTarget(walk, walk.failure, exclusions, hooks) : undefined;
        if (last || (walk.learned.length === 0 && !jump)) {
            const nodes = new Map();
            for (const [name, n] of walk.nodes) {
                const { edges: _edges, hashes: _hashes, requested: _requested, expanded: _expanded, ...node } = n;
                nodes.set(name, node);
            }
            const graph = { target: opts.target, nodes, truncated: walk.truncated, unsettled: walk.unsettled, passes: pass, backtracked };
            if (last && walk.failure)
                graph.gaveUp = `backtracking gave up after ${pass} walks with ${walk.failure.node.displayName} still unresolved; pip, which goes on longer, may find versions that install`;
            return graph;
        }
        if (jump) {
            const set = exclusions.get(jump.name) ?? new Set();
            set.add(jump.version);
            exclusions.set(jump.name, set);
            backtracked.push(`${jump.name} ${jump.version}`);
        }
        for (const { name, specifier } of walk.learned) {
            const known = hints.get(name) ?? [];
            if (!known.includes(specifier))
                hints.set(name, [...known, specifier]);
        }
    }
}

;// CONCATENATED MODULE: ./src/resolve/units.ts
// Which parsed manifests get their transitive dependencies resolved, and as which environments.
// A lock lists everything already; so does a requirements file in pip's hash-checking form (every
// requirement pinned with `==` and hashed: pip still resolves, but could not install anything the
// file does not list). Everything else is resolved: each manifest on its own, since different files
// are usually different environments, and its build requirements apart from the rest, since pip
// installs those into an isolated build environment.



function environmentOf(dep) {
    return dep.kind === 'build' ? 'build' : 'install';
}
function unitKey(unit, env) {
    return `${unit}/${env}`;
}
function isExactPin(specifier) {
    const clauses = specifier.split(',').map((s) => s.trim()).filter(Boolean);
    return clauses.length === 1 && (clauses[0].startsWith('===') || (clauses[0].startsWith('==') && !clauses[0].endsWith('.*')));
}
/** A lock, or a requirements file in hash-checking form: nothing beyond what it lists gets installed. */
function isComplete(result) {
    if (result.kind === 'lock')
        return true;
    if (result.dependencies.length === 0)
        return false;
    return result.dependencies.every((d) => {
        const hashes = [...d.hashes, ...result.constraints.filter((c) => c.name === d.name).flatMap((c) => c.hashes)];
        if (hashes.length === 0)
            return false;
        if (d.direct)
            return true;
        const pins = [d.specifier, ...result.constraints.filter((c) => c.name === d.name).map((c) => c.specifier)];
        return pins.some(isExactPin);
    });
}
/** `[project].name`, or Poetry's `[tool.poetry].name`; undefined when the file names none or cannot be read. */
function projectName(manifest) {
    if (manifest.file.format !== 'pyproject')
        return undefined;
    try {
        const doc = (0,dist/* parse */.qg)(readRegularFileSync(manifest.file.absPath));
        const project = doc.project;
        const poetry = doc.tool?.poetry;
        const name = project?.name ?? poetry?.name;
        return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The units (by index in `units`) to resolve, each with its project name if any. pairLocks passes
 * a manifest it did not pair through as the very same result; one it folded into a lock comes back
 * as a new object holding what the lock does not cover, which the lock's environment decides.
 */
function unitsToResolve(manifests, units) {
    const out = new Map();
    units.forEach((unit, i) => {
        const manifest = manifests.find((m) => m.result === unit);
        if (!manifest || isComplete(unit))
            return;
        const label = projectName(manifest);
        out.set(i, label ? { label } : {});
    });
    return out;
}
function emptyPipOptions() {
    return { extraIndexUrls: [], noIndex: false, findLinks: [], formatControl: { noBinary: [], onlyBinary: [] }, preferBinary: false, pre: false };
}
/** The environments of one manifest, as the scan resolves them. */
function resolveUnitsOf(index, result, label, run) {
    const pip = result.options ?? emptyPipOptions();
    const settings = {
        indexUrls: [pip.indexUrl ?? run.indexUrl, ...run.extraIndexUrls, ...pip.extraIndexUrls].filter((u, i, a) => a.indexOf(u) === i),
        noIndex: pip.noIndex,
        pre: pip.pre,
        ...(pip.releaseControl ? { releaseControl: pip.releaseControl } : {}),
        preferBinary: pip.preferBinary,
        formatControl: FormatControl.from(pip.formatControl),
    };
    const out = [];
    for (const env of ['install', 'build']) {
        const dependencies = result.deps.filter((d) => environmentOf(d) === env);
        if (dependencies.length === 0)
            continue;
        const unit = { key: unitKey(index, env), dependencies, constraints: result.constraints, pip: settings };
        if (label && env === 'install')
            unit.label = label;
        out.push(unit);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/resolve/index.ts
// The resolve stage: for each manifest that is not a complete lock, what pip would install on each
// target besides what the file names. Reads each chosen distribution's dependencies without running
// anything (the index's metadata file, the wheel's METADATA by range requests, an sdist's PKG-INFO
// when Metadata-Version 2.2+ makes it binding), and says where they cannot be known.








/**
 * Names one environment may pull in at most; past it the walk stops, and says so. It bounds what an
 * index that makes every version require new names can make a scan fetch, well above what real
 * environments reach: a manifest of 5,000 pins pulls in more than 5,000 names.
 */
const MAX_NODES = 20_000;
/** Walks per environment and target: each re-choice of a version chosen earlier, and each backjump, costs one. */
const MAX_PASSES = 16;
function where(s) {
    return `${s.path}:${s.line}`;
}
function markerHolds(dep, target) {
    if (!dep.marker)
        return true;
    try {
        return (0,python_markers/* evaluateMarker */.UZ)(dep.marker, target.env, []);
    }
    catch {
        // The top-level verdict reports the bad marker; the walk leaves the requirement out.
        return undefined;
    }
}
function seedsOf(unit, target, directDependencies) {
    const seeds = [];
    unit.dependencies.forEach((dep, root) => {
        if (markerHolds(dep, target) !== true)
            return;
        seeds.push({
            name: (0,python_names/* normalizeName */.P)(dep.name),
            displayName: dep.displayName,
            specifier: dep.specifier,
            extras: dep.extras,
            hashes: dep.hashes,
            label: `"${dep.source.requirement}" (${where(dep.source)})`,
            root,
            ...(dep.direct ? { direct: true, ...(directDependencies?.(dep) ? { dependencies: directDependencies(dep) } : {}) } : {}),
        });
    });
    return seeds;
}
function constraintsOf(unit, target) {
    return unit.constraints
        .filter((c) => c.marker === undefined || markerHolds(c, target) === true)
        .map((c) => ({ name: (0,python_names/* normalizeName */.P)(c.name), specifier: c.specifier, hashes: c.hashes, label: `constraint "${c.source.requirement}" (${where(c.source)})` }));
}
/** Reads what a chosen file declares, once per file however many environments and targets choose it. */
class DependencyReader {
    services;
    cache = new Map();
    constructor(services) {
        this.services = services;
    }
    read(name, selection, hashes) {
        const file = selection.file;
        const key = `${file.url}\0${[...hashes].sort().join(',')}`;
        let pending = this.cache.get(key);
        if (!pending) {
            pending = this.load(name, selection, hashes).catch((err) => ({ known: false, reason: err.message }));
            this.cache.set(key, pending);
        }
        return pending;
    }
    async load(name, selection, hashes) {
        const file = selection.file;
        if (selection.kind === 'wheel') {
            let fetched;
            try {
                fetched = await this.services.readMetadata(file, name);
            }
            catch (err) {
                return untrusted(err) ?? unreadable(`its metadata could not be read: ${err.message}`);
            }
            const found = this.declared(fetched.text, fetched.url, name, selection, 'wheel');
            return found.known ? found : unreadable(found.reason);
        }
        if (this.services.readSdist) {
            const read = await this.services.readSdist(file, hashes);
            if (read.pkgInfo === undefined) {
                return { known: false, reason: read.error ? `${file.filename} could not be read (${read.error})` : `${file.filename} has no PKG-INFO` };
            }
            const found = this.declared(read.pkgInfo, `${file.filename}/PKG-INFO`, name, selection, 'sdist');
            // PKG-INFO older than 2.2, or Requires-Dist left to the build: what the build files state as literals
            if (!found.known && read.declared && /^its PKG-INFO /.test(found.reason)) {
                return { known: true, requirements: read.declared.requirements, extras: read.declared.extras, from: read.declared.from };
            }
            if (!found.known && read.unread?.length && /^its PKG-INFO /.test(found.reason)) {
                return { known: false, reason: `${found.reason}, and its build files do not state them (${read.unread.join('; ')})` };
            }
            return found;
        }
        if (file.coreMetadata) {
            try {
                const fetched = await this.services.readMetadata(file, name);
                return this.declared(fetched.text, fetched.url, name, selection, 'sdist');
            }
            catch (err) {
                return untrusted(err) ?? { known: false, reason: `analysis is off, so the sdist is not downloaded, and its metadata file could not be read: ${err.message}` };
            }
        }
        return { known: false, reason: 'analysis is off, so the sdist is not downloaded to read its PKG-INFO' };
    }
    declared(text, source, name, selection, kind) {
        let found;
        try {
            const meta = parseCoreMetadata(text, source);
            const sameVersion = selection.version === undefined || !(0,python_version/* isValidVersion */.ri)(meta.version) || !(0,python_version/* isValidVersion */.ri)(selection.version)
                ? meta.version === selection.version
                : (0,python_version/* compareVersions */.Zy)(meta.version, selection.version) === 0;
            if ((0,python_names/* normalizeName */.P)(meta.name) !== (0,python_names/* normalizeName */.P)(name) || !sameVersion) {
                return { known: false, reason: `its metadata (${source}) is for ${meta.name} ${meta.version}, not ${name} ${selection.version ?? ''}`.trim() };
            }
            found = declaredDependencies(meta, kind);
        }
        catch (err) {
            if (err instanceof InvalidMetadata)
                return { known: false, reason: `its metadata is malformed: ${err.message}` };
            throw err;
        }
        return found;
    }
}
/**
 * A wheel whose metadata cannot be read, or is not its own: pip cannot install it without that
 * metadata, and a scan that does not know what it pulls in has not checked it. It stops there
 * (unresolved) rather than passing with a warning.
 */
function unreadable(reason) {
    return { known: false, stops: true, reason: `what it pulls in cannot be checked: ${reason}` };
}
/**
 * Metadata that does not match the hash the index gives for it: pip fetches it with that hash and
 * stops at the mismatch, so this distribution is not installed, and neither is anything else.
 */
function untrusted(err) {
    if (!(err instanceof IndexError) || err.kind !== 'hash-mismatch')
        return undefined;
    return { known: false, stops: true, reason: `${err.message}; pip would stop here` };
}
/** Resolves every environment on every target. */
async function resolveTransitive(units, targets, services, opts = {}) {
    const reader = new DependencyReader(services);
    const graphs = new Map();
    await Promise.all(units.map(async (unit) => {
        const perTarget = await Promise.all(targets.map((target) => resolveGraph(seedsOf(unit, target, services.directDependencies), constraintsOf(unit, target), {
            pick: async (req) => {
                if (unit.pip.noIndex)
                    return { target, kind: 'none', reason: 'the requirements file says --no-index, and find-links locations are not searched' };
                let page;
                try {
                    page = await services.getProject(req.name, unit.pip.indexUrls, req.followUp);
                }
                catch (err) {
                    return { target, kind: 'none', reason: err.message };
                }
                const selection = selectFile({
                    name: req.name,
                    specifier: req.specifier,
                    hashes: req.hashes,
                    strictHashes: false,
                    pre: unit.pip.pre,
                    releaseControl: unit.pip.releaseControl,
                    preferBinary: unit.pip.preferBinary,
                    formatControl: unit.pip.formatControl,
                    files: page.files,
                    target,
                });
                services.picked?.(req.name, selection);
                return selection;
            },
            dependencies: (name, selection) => reader.read(name, selection, hashesFor(unit, name)),
        }, { target, maxNodes: opts.maxNodes ?? MAX_NODES, maxPasses: opts.maxPasses ?? MAX_PASSES })));
        graphs.set(unit.key, perTarget);
    }));
    const transitive = [];
    const diagnostics = new Map();
    const warn = (source, message, severity = 'warning') => {
        const d = { severity, path: source?.path ?? '', message };
        if (source)
            d.line = source.line;
        diagnostics.set(JSON.stringify([d.path, d.line, message]), d);
    };
    for (const unit of units) {
        const perTarget = graphs.get(unit.key);
        const byName = new Map();
        perTarget.forEach((graph, t) => {
            const chainOf = (node) => chain(unit, graph, node.via);
            for (const node of graph.nodes.values()) {
                noteUnknown(unit, node, chainOf(node), warn);
                if ((node.topLevel && !unit.chain) || node.direct)
                    continue;
                let entry = byName.get(node.name);
                if (!entry) {
                    entry = {
                        unit: unit.key,
                        name: node.name,
                        displayName: node.displayName,
                        via: chainOf(node),
                        sources: [],
                        selections: targets.map(() => undefined),
                        hashes: hashesFor(unit, node.name),
                    };
                    byName.set(node.name, entry);
                }
                entry.selections[t] = node.selection;
                for (const r of [node.root, ...node.roots]) {
                    const source = unit.dependencies[r]?.source;
                    if (source && !entry.sources.some((s) => s.path === source.path && s.line === source.line))
                        entry.sources.push(source);
                }
            }
            const first = unit.dependencies[0]?.source;
            if (graph.truncated) {
                // what is not checked is not passed: an error, which the gate counts as unresolved
                warn(first, `more than ${opts.maxNodes ?? MAX_NODES} packages reached from ${first?.path ?? 'this manifest'} for CPython ${graph.target.python} on ${graph.target.platform}: the rest of what pip would install is not checked`, 'error');
            }
            if (graph.gaveUp)
                warn(first, `${graph.gaveUp} (CPython ${graph.target.python} on ${graph.target.platform})`);
            if (graph.unsettled.length > 0) {
                warn(first, `the versions of ${graph.unsettled.join(', ')} did not settle after ${graph.passes} passes for CPython ${graph.target.python} on ${graph.target.platform}: pip, which backtracks, may choose others`);
            }
        });
        // the root of the shortest chain first, where the annotation lands
        for (const entry of byName.values())
            transitive.push(entry);
        for (const dep of unit.dependencies)
            if (dep.direct && services.directDependencies?.(dep)?.known !== true)
                warn(dep.source, directNote(dep));
    }
    return {
        selectionFor(unit, target, name) {
            const node = graphs.get(unit)?.[target]?.nodes.get((0,python_names/* normalizeName */.P)(name));
            return node && !node.direct ? node.selection : undefined;
        },
        transitive,
        diagnostics: [...diagnostics.values()],
    };
}
function directNote(dep) {
    const file = dep.direct.url.split(/[?#]/)[0];
    if (dep.direct.kind !== 'vcs' && file.endsWith('.whl')) {
        const what = dep.direct.kind === 'path' ? 'a local wheel file' : 'a direct reference to a wheel';
        return `the dependencies of ${dep.displayName} (${what}) are not followed: check what it requires where it lives`;
    }
    const what = dep.editable ? 'an editable install' : dep.direct.kind === 'vcs' ? 'a VCS reference' : dep.direct.kind === 'path' ? 'a local path' : 'a direct URL';
    return `the dependencies of ${dep.displayName} (${what}) are not followed: pip would build it to learn them`;
}
/** The hashes an environment's lines allow, by name: read once per environment, not once per lookup. */
const hashesByUnit = new WeakMap();
function hashesFor(unit, name) {
    let byName = hashesByUnit.get(unit);
    if (!byName) {
        const sets = new Map();
        for (const d of [...unit.dependencies, ...unit.constraints]) {
            const key = (0,python_names/* normalizeName */.P)(d.name);
            const set = sets.get(key) ?? new Set();
            for (const h of d.hashes)
                set.add(h);
            sets.set(key, set);
        }
        byName = new Map([...sets].map(([key, set]) => [key, [...set]]));
        hashesByUnit.set(unit, byName);
    }
    return [...(byName.get((0,python_names/* normalizeName */.P)(name)) ?? [])];
}
/**
 * The chain shown for a node: the project's name, or the chain that leads to a build environment
 * with `(build)` before its first requirement; `(setup.py)` before a name read from build files.
 */
function chain(unit, graph, via) {
    const marked = via.map((name, i) => {
        const parent = i > 0 ? graph.nodes.get((0,python_names/* normalizeName */.P)(via[i - 1])) : undefined;
        const from = parent?.dependencies?.known ? parent.dependencies.from : undefined;
        return from ? `(${from}) ${name}` : name;
    });
    if (unit.chain)
        return [...unit.chain.prefix, `${unit.chain.mark} ${marked[0] ?? ''}`.trim(), ...marked.slice(1)];
    return [...(unit.label ? [unit.label] : []), ...marked];
}
function noteUnknown(unit, node, via, warn) {
    const source = unit.dependencies[node.root]?.source;
    const version = node.selection?.version ? ` ${node.selection.version}` : '';
    const chain = node.topLevel && !unit.chain ? '' : ` (pulled in by ${via.join(' -> ')})`;
    if (node.dependencies && !node.dependencies.known) {
        const what = node.selection?.kind === 'sdist' ? `the sdist ${node.selection.file?.filename ?? node.displayName}` : `${node.displayName}${version}`;
        const consequence = node.selection?.kind === 'sdist'
            ? 'pip would run its build script to learn them, and what they pull in is not checked'
            : 'what they pull in is not checked';
        warn(source, `the dependencies of ${what}${chain} are unknown: ${node.dependencies.reason}; ${consequence}`);
    }
    for (const bad of node.invalid)
        warn(source, `${node.displayName}${version}${chain} declares a dependency that cannot be read, ${bad}`);
    for (const extra of node.missingExtras)
        warn(source, `${node.displayName}${version}${chain} does not provide the extra "${extra}": pip ignores it`);
}

// EXTERNAL MODULE: ./src/text-order.ts
var text_order = __webpack_require__(6533);
;// CONCATENATED MODULE: ./src/closure.ts
// The build-time closure: before pip builds an sdist it installs, into an isolated environment, what
// the sdist's build files ask for (`[build-system] requires`, or pip's default `setuptools>=40.8.0`;
// then what the setuptools backend hands back from `setup_requires`), resolved from the same indexes
// and itself built where only an sdist fits, recursively. This module holds which builds an entry
// starts, the environment each one resolves, the limits that end a chain, and the runner that
// starts each build as soon as the entry needing it is decided; what one build does is scan.ts's.



/** Nested builds followed: an sdist needed to build an sdist needed to build ... this many deep. */
const MAX_BUILD_DEPTH = 10;
/** Build requirements (with `setup_requires`) one sdist may declare; real ones declare a few dozen at most. */
const MAX_BUILD_REQUIREMENTS = 100;
/** Build environments resolved in one scan. */
const MAX_BUILD_ENVIRONMENTS = 2000;
/** What an entry's sdists make pip build, grouped by file. Outcomes without declarations (not read, not analyzed) start nothing. */
function buildJobs(entry) {
    const byUrl = new Map();
    entry.outcomes.forEach((o, t) => {
        if (o.skipped || o.selection.kind !== 'sdist' || !o.selection.file || !o.check)
            return;
        const check = o.check;
        if (!check.declared || check.error)
            return;
        const url = o.selection.file.url;
        const job = byUrl.get(url);
        if (job)
            job.targets.push(t);
        else
            byUrl.set(url, { entry, file: o.selection.file, check, declared: check.declared, targets: [t] });
    });
    return [...byUrl.values()];
}
/** What pip installs to build it: `[build-system] requires`, then the `setup_requires` it does not already have. */
function buildRequirements(declared) {
    if (!('requires' in declared.buildSystem))
        return [];
    const out = [...declared.buildSystem.requires];
    const names = new Set(out.flatMap((r) => nameOf(r.requirement)));
    for (const r of declared.setupRequires) {
        const name = nameOf(r.requirement);
        if (name.length === 0 || !names.has(name[0]))
            out.push(r);
    }
    return out;
}
/**
 * What a build will surely look up, whatever the target: its build requirements without a marker
 * or a URL, by name, with the specifier each states. For reading their pages (and the metadata of
 * the files they most likely take) early; the closure decides what is installed.
 */
function buildRequirementsAhead(declared) {
    const byName = new Map();
    for (const r of buildRequirements(declared)) {
        try {
            const parsed = (0,python_requirements/* parseRequirement */.p)(r.requirement);
            if (parsed.marker === undefined && parsed.url === undefined && !byName.has((0,python_names/* normalizeName */.P)(parsed.name)))
                byName.set((0,python_names/* normalizeName */.P)(parsed.name), parsed.specifier);
        }
        catch {
            // the closure says what is wrong with it
        }
    }
    return [...byName].map(([name, specifier]) => ({ name, specifier }));
}
function nameOf(requirement) {
    try {
        return [(0,python_names/* normalizeName */.P)((0,python_requirements/* parseRequirement */.p)(requirement).name)];
    }
    catch {
        return [];
    }
}
/**
 * Whether a build's environment is resolved, and what is said about it: pip refuses to build it
 * (a warning), or the closure stops here (a limit on the dependency it came from), or these are
 * its requirements. `environments`: how many were resolved in this scan so far.
 */
function planBuild(job, environments) {
    const { entry, declared, file } = job;
    const where = describeChain(entry.chain);
    if ('refused' in declared.buildSystem)
        return { warnings: [`pip would refuse to build ${file.filename} (${where}): ${declared.buildSystem.refused}`] };
    if (entry.ancestors.includes(file.url)) {
        return { warnings: [], limit: `a cycle of build requirements: building ${file.filename} needs ${file.filename} itself (${where}); pip stops, "already being built"` };
    }
    const warnings = declared.setupRequiresUnknown ? [`${file.filename} (${where}): ${declared.setupRequiresUnknown}; what pip installs from there to build it is not checked`] : [];
    const requirements = buildRequirements(declared);
    if (requirements.length > MAX_BUILD_REQUIREMENTS) {
        return {
            warnings,
            limit: `${file.filename} declares ${requirements.length} build requirements, more than the ${MAX_BUILD_REQUIREMENTS} followed: pip would install them all before building it, and none of them is checked`,
        };
    }
    if (entry.ancestors.length >= MAX_BUILD_DEPTH) {
        return { warnings, limit: `its build requirements are not followed: it is built inside ${entry.ancestors.length} other builds (${where}), more than the ${MAX_BUILD_DEPTH} followed` };
    }
    if (environments >= MAX_BUILD_ENVIRONMENTS)
        return { warnings, limit: `its build requirements are not followed: more than ${MAX_BUILD_ENVIRONMENTS} build environments in this scan` };
    return { warnings, requirements };
}
/** The key under which one build is done once: the same file, started from the same lines, with the same index settings. */
function jobKey(job) {
    return JSON.stringify([job.file.url, job.entry.sources.map((s) => [s.path, s.line]), pipKey(job.entry.pip), job.entry.ancestors]);
}
function pipKey(pip) {
    return JSON.stringify([pip.indexUrls, pip.noIndex, pip.pre, pip.releaseControl ?? null, pip.preferBinary, pip.formatControl.state()]);
}
/**
 * The build environment of one job as a unit for the resolve stage. Its requirements carry the
 * declaring line of the top-level dependency, so that what they pull in is annotated there.
 */
function buildUnit(job, key, requirements) {
    const source = job.entry.sources[0] ?? { path: '', line: 0, requirement: job.entry.displayName };
    const dependencies = [];
    const invalid = [];
    for (const r of requirements) {
        let parsed;
        try {
            parsed = (0,python_requirements/* parseRequirement */.p)(r.requirement);
        }
        catch (err) {
            invalid.push(`"${r.requirement}" (${r.file}): ${err.message}`);
            continue;
        }
        const dep = {
            name: (0,python_names/* normalizeName */.P)(parsed.name),
            displayName: parsed.name,
            specifier: parsed.specifier,
            extras: parsed.extras,
            source,
            hashes: [],
            kind: 'build',
        };
        if (parsed.marker)
            dep.marker = parsed.marker;
        if (parsed.url !== undefined)
            dep.direct = { kind: (0,direct_reference/* directKind */.ap)(parsed.url), url: parsed.url };
        dependencies.push(dep);
    }
    return {
        unit: { key, dependencies, constraints: [], pip: job.entry.pip, chain: { prefix: job.entry.chain, mark: '(build)' } },
        invalid,
    };
}
/**
 * Runs the closure while the scan still decides its entries: each entry handed to `follow` starts
 * at once the builds its sdists make pip run, and every entry a build learns is followed in turn.
 * A build whose requirements' pages are in costs CPU only; started as its entry is decided, that
 * work is done while requests are out, not after the last answer. A build is done once per
 * jobKey, for the first entry that starts it.
 */
class BuildClosure {
    build;
    /** Builds started and not ended yet: a deadline marks them. */
    pending = new Set();
    /** What the builds learned, each build's entries as it ended. */
    learned = [];
    started = new Set();
    running = [];
    constructor(build) {
        this.build = build;
    }
    /** Starts the builds `entry` makes pip run, once each; returns the entry. */
    follow(entry) {
        for (const job of buildJobs(entry)) {
            const key = jobKey(job);
            if (this.started.has(key))
                continue;
            this.started.add(key);
            this.pending.add(job);
            const run = this.build(job).then((got) => {
                this.learned.push(...got);
                this.pending.delete(job);
                for (const e of got)
                    this.follow(e);
            });
            // awaited by settled(); until then a failure must not count as unhandled
            run.catch(() => { });
            this.running.push(run);
        }
        return entry;
    }
    /** Resolves once every build started, and every build those start, has ended; rejects with the first failure. */
    async settled() {
        // builds that end start more, appended as they go
        for (let i = 0; i < this.running.length; i++)
            await this.running[i];
        return true;
    }
}
/** An outcome made incomplete: its check gains a limit, so the judge cannot call it clean. */
function withLimit(outcome, limit) {
    if (outcome.skipped)
        return outcome;
    const check = outcome.check ?? { findings: [], suspicious: false, limits: [] };
    if (check.limits.includes(limit))
        return outcome;
    return { ...outcome, check: { ...check, limits: [...check.limits, limit] } };
}
/** Marks the targets of a job on its entry with a limit. */
function limitJob(job, limit) {
    for (const t of job.targets)
        job.entry.outcomes[t] = withLimit(job.entry.outcomes[t], limit);
}
function describeChain(chain) {
    return chain.join(' -> ');
}

// EXTERNAL MODULE: ./src/verdict.ts
var verdict = __webpack_require__(3138);
;// CONCATENATED MODULE: ./src/base-manifests.ts
// The manifests as they were at the base of a pull request, parsed with the same parsers as the
// head, and the comparison that decides what the pull request changed. When the base cannot be
// read, the run gates on everything and says why: it never silently gates on less.




// `-r` chains are read lazily: each round fetches the files the previous parse asked for.
const MAX_INCLUDE_ROUNDS = 16;
function base_manifests_toRelative(root, abs) {
    const rel = external_node_path_default().relative(root, abs);
    if (rel === '' || rel === '..' || rel.startsWith('..' + (external_node_path_default()).sep) || external_node_path_default().isAbsolute(rel))
        return undefined;
    return rel.split((external_node_path_default()).sep).join('/');
}
/**
 * Parses the base versions of the head's manifest files, and pairs locks with their manifests as
 * the scan does at the head. A file missing at the base declares nothing there, so everything it
 * declares at the head is new. Included files (`-r`, `-c`) are fetched as the parsers ask for
 * them, since parsers read synchronously.
 */
async function parseAtBase(files, base, root, env) {
    const texts = new Map();
    const fetch = async (rel) => {
        if (!texts.has(rel))
            texts.set(rel, await base.read(rel));
    };
    for (const f of files)
        await fetch(f.path);
    let parsed = [];
    for (let round = 0; round < MAX_INCLUDE_ROUNDS; round++) {
        const wanted = new Set();
        const ctx = {
            root,
            env,
            readFile(abs) {
                const rel = base_manifests_toRelative(root, abs);
                if (rel === undefined)
                    throw new Error('outside the scanned root');
                if (!texts.has(rel)) {
                    wanted.add(rel);
                    throw new Error('not read yet');
                }
                const text = texts.get(rel);
                if (text === undefined)
                    throw new Error(`no such file at the ${base.label}`);
                return text;
            },
        };
        parsed = [];
        for (const f of files) {
            const text = texts.get(f.path);
            if (text === undefined)
                continue;
            try {
                parsed.push({ file: f, result: PARSERS[f.format](text, f.path, ctx) });
            }
            catch {
                // A base that does not parse declares nothing the head can match: its dependencies all count as changed.
            }
        }
        if (wanted.size === 0)
            break;
        for (const rel of wanted)
            await fetch(rel);
    }
    return pairLocks(parsed).units.map((u) => ({ deps: u.dependencies, constraints: u.constraints, options: u.options }));
}
/**
 * The scope stage: with `scope: changed` and a readable base, the set of head declarations the
 * change adds or alters; otherwise no set, which makes every dependency gate.
 */
async function compareWithBase(opts, files, head) {
    if (opts.scope === 'all')
        return { report: { requested: 'all', applied: 'all' } };
    if (!opts.base)
        return {
            report: { requested: 'changed', applied: 'all', note: 'scope is "changed" but there is no base revision to compare with (not a pull request), so every dependency gates' },
        };
    try {
        const base = await parseAtBase(files, opts.base, opts.root, opts.env);
        return { report: { requested: 'changed', applied: 'changed', base: opts.base.label }, changed: changedDeclarations(head, base) };
    }
    catch (err) {
        return {
            report: {
                requested: 'changed',
                applied: 'all',
                base: opts.base.label,
                note: `cannot read the manifests at the ${opts.base.label} (${err.message}), so every dependency gates, as with scope: all`,
            },
        };
    }
}

;// CONCATENATED MODULE: ./src/deadline.ts
// The scan's overall deadline: past it, nothing more is waited for. Each piece of work is raced
// against it; what had not come to a decision when it passed is `unresolved` with that reason,
// and what still runs is stopped (the index client and the analysis worker are closed), so a scan
// ends promptly however slow or hostile the index it talks to.
class Deadline {
    ms;
    /** True once the deadline has passed. */
    expired = false;
    timer;
    passed;
    onExpire = [];
    /** `ms` after `since` (a Date.now() value, by default now); undefined means no deadline. */
    constructor(ms, since = Date.now()) {
        this.ms = ms;
        this.passed = new Promise((resolve) => {
            if (ms === undefined)
                return;
            this.timer = setTimeout(() => {
                this.expired = true;
                for (const stop of this.onExpire)
                    stop();
                this.onExpire = [];
                resolve();
            }, Math.max(0, ms - (Date.now() - since)));
        });
    }
    /** Called once when the deadline passes (at once if it already has). */
    whenExpired(stop) {
        if (this.expired)
            stop();
        else
            this.onExpire.push(stop);
    }
    /** `work`'s value, or undefined when the deadline passes first. A later failure of `work` is dropped. */
    race(work) {
        if (this.expired) {
            work.catch(() => { });
            return Promise.resolve(undefined);
        }
        return Promise.race([work, this.passed.then(() => undefined)]).then((v) => (this.expired ? undefined : v), (err) => {
            if (this.expired)
                return undefined;
            throw err;
        });
    }
    /** Why what was not decided in time is unresolved. */
    reason() {
        return `not decided before the scan's deadline of ${Math.round((this.ms ?? 0) / 1000)} s passed (--deadline, the action's deadline input)`;
    }
    clear() {
        clearTimeout(this.timer);
        this.onExpire = [];
    }
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/advisories/osv.ts
// The OSV API as sdist-guard uses it (https://google.github.io/osv.dev/api/): `POST /v1/querybatch`
// answers, per query and in the order asked, the ids and `modified` times of the records that name
// a package version; a result with `next_page_token` has more, asked for again with `page_token`.
// `GET /v1/vulns/{id}` gives one whole record. Pure functions: the exchange is in lookup.ts.
const OSV_API = 'https://api.osv.dev';
/** The service refuses a batch of more queries than this (400); OSV's own clients split at it. */
const OSV_BATCH_LIMIT = 1000;
/** Records of the OpenSSF malicious-packages project: the only ones that make a package `malicious`. */
const MALWARE_PREFIX = 'MAL-';
const ECOSYSTEM = 'PyPI';
const MAX_ID_LENGTH = 100;
function isMalware(id) {
    return id.startsWith(MALWARE_PREFIX);
}
function batchBody(queries) {
    return {
        queries: queries.map((q) => ({ package: { ecosystem: ECOSYSTEM, name: q.name }, version: q.version, ...(q.pageToken ? { page_token: q.pageToken } : {}) })),
    };
}
function osv_isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * The results of one batch, one per query asked; throws a sentence when the answer is not the
 * shape the API documents (a result per query, each with an optional `vulns` list of ids).
 */
function parseBatch(value, asked) {
    if (!osv_isObject(value))
        throw new Error('the answer is not a JSON object');
    const results = value.results ?? [];
    if (!Array.isArray(results))
        throw new Error('"results" is not a list');
    if (results.length !== asked)
        throw new Error(`${results.length} results for ${asked} queries`);
    return results.map((r, i) => {
        // a query without records may come back as an empty object
        if (!osv_isObject(r))
            throw new Error(`result ${i + 1} is not an object`);
        const vulns = r.vulns ?? [];
        if (!Array.isArray(vulns))
            throw new Error(`result ${i + 1}: "vulns" is not a list`);
        const records = vulns.map((v, j) => {
            if (!osv_isObject(v) || typeof v.id !== 'string' || v.id === '')
                throw new Error(`result ${i + 1}, record ${j + 1}: no id`);
            // ids are short (MAL-2024-1234); a long one is not an id, and would only bloat every report
            if (v.id.length > MAX_ID_LENGTH || /[\s\x00-\x1f]/.test(v.id))
                throw new Error(`result ${i + 1}, record ${j + 1}: ${JSON.stringify(v.id.slice(0, 40))} is not a record id`);
            return typeof v.modified === 'string' ? { id: v.id, modified: v.modified } : { id: v.id };
        });
        // the documentation spells it next_page_token; protobuf JSON may write nextPageToken
        const token = r.next_page_token ?? r.nextPageToken;
        if (token !== undefined && typeof token !== 'string')
            throw new Error(`result ${i + 1}: the page token is not a string`);
        return token ? { records, nextPageToken: token } : { records };
    });
}
/** What sdist-guard keeps of a whole record (`GET /v1/vulns/{id}`); throws when it is not that record. */
function parseRecord(value, id) {
    if (!osv_isObject(value))
        throw new Error('the answer is not a JSON object');
    if (value.id !== id)
        throw new Error(`the answer is the record ${JSON.stringify(value.id)}, not ${id}`);
    const text = (k) => (typeof value[k] === 'string' && value[k].trim() !== '' ? value[k].trim() : undefined);
    const summary = text('summary') ?? text('details')?.split('\n')[0];
    const modified = text('modified');
    const withdrawn = text('withdrawn');
    return { id, ...(modified ? { modified } : {}), ...(summary ? { summary: summary.slice(0, 300) } : {}), ...(withdrawn ? { withdrawn } : {}) };
}
/** Where a person reads a record: osv.dev's page for the public service, the record itself elsewhere. */
function recordLink(server, id) {
    if (server === OSV_API)
        return `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
    return `${server}/v1/vulns/${encodeURIComponent(id)}`;
}
function batchUrl(server) {
    return `${server}/v1/querybatch`;
}
function recordUrl(server, id) {
    return `${server}/v1/vulns/${encodeURIComponent(id)}`;
}

;// CONCATENATED MODULE: ./src/advisories/lookup.ts
// Asking an OSV-compatible service which records name each package version: answers kept for an
// hour come from the cache, the rest go in batches of at most OSV_BATCH_LIMIT queries, each batch
// asked again for the queries that have more pages until none has. Then every malware record found
// is read once (`GET /v1/vulns/{id}`) for its summary. A batch that fails leaves its packages
// unchecked, and says why; a malware record that cannot be read still counts, without a summary.

/** A batch answer is ids and dates: far below this, however many records it lists. */
const MAX_ANSWER_BYTES = 32 * 1024 * 1024;
const MAX_RECORD_BYTES = 4 * 1024 * 1024;
/** More pages than this for one batch is a server that does not stop. */
const MAX_PAGES = 100;
function pairKey(p) {
    return `${p.name}\0${p.version}`;
}
class Unchecked extends Error {
}
/** One batch of at most OSV_BATCH_LIMIT pairs, with every page of every query. */
async function askBatch(opts, pairs) {
    const records = pairs.map(() => []);
    let pending = pairs.map((p, index) => ({ index, query: { name: p.name, version: p.version } }));
    let authorized = false;
    for (let page = 0; pending.length > 0; page++) {
        if (page >= MAX_PAGES)
            throw new Unchecked(`${batchUrl(opts.server)} kept sending page tokens after ${MAX_PAGES} pages`);
        const answer = await opts.client.requestJson(batchUrl(opts.server), { body: batchBody(pending.map((p) => p.query)), maxBytes: MAX_ANSWER_BYTES });
        authorized ||= answer.authorized;
        let results;
        try {
            results = parseBatch(answer.value, pending.length);
        }
        catch (err) {
            throw new Unchecked(`the answer from ${batchUrl(opts.server)} is not an OSV batch answer: ${err.message}`);
        }
        const next = [];
        for (const [i, result] of results.entries()) {
            const { index, query } = pending[i];
            records[index].push(...result.records);
            if (result.nextPageToken)
                next.push({ index, query: { ...query, pageToken: result.nextPageToken } });
        }
        pending = next;
    }
    return { records, authorized };
}
function readRecord(opts, ref) {
    let pending = opts.records?.get(ref.id);
    if (!pending) {
        pending = fetchRecord(opts, ref);
        opts.records?.set(ref.id, pending);
    }
    return pending;
}
async function fetchRecord(opts, ref) {
    const kept = await opts.store?.record(opts.server, ref).catch(() => undefined);
    if (kept)
        return kept;
    const answer = await opts.client.requestJson(recordUrl(opts.server, ref.id), { maxBytes: MAX_RECORD_BYTES });
    const record = parseRecord(answer.value, ref.id);
    // a record the service sends only with credentials stays out of a cache others may read
    if (!answer.authorized)
        await opts.store?.putRecord(opts.server, { ...record, modified: record.modified ?? ref.modified }).catch(() => { });
    return record;
}
async function lookup_lookup(opts, pairs) {
    const unique = [...new Map(pairs.map((p) => [pairKey(p), p])).values()];
    const refs = new Map();
    const cached = new Set();
    const toAsk = [];
    for (const p of unique) {
        const kept = await opts.store?.answer(opts.server, p.name, p.version).catch(() => undefined);
        if (kept) {
            refs.set(pairKey(p), kept);
            cached.add(pairKey(p));
        }
        else
            toAsk.push(p);
    }
    const unchecked = [];
    let error;
    const batches = [];
    for (let i = 0; i < toAsk.length; i += OSV_BATCH_LIMIT)
        batches.push(toAsk.slice(i, i + OSV_BATCH_LIMIT));
    await Promise.all(batches.map(async (batch) => {
        try {
            const answer = await askBatch(opts, batch);
            for (const [i, p] of batch.entries()) {
                refs.set(pairKey(p), answer.records[i]);
                if (!answer.authorized)
                    await opts.store?.putAnswer(opts.server, p.name, p.version, answer.records[i]).catch(() => { });
            }
        }
        catch (err) {
            unchecked.push(...batch);
            error ??= err.message;
        }
    }));
    // every malware record named, read once however many pairs name it
    const wanted = new Map();
    for (const list of refs.values())
        for (const r of list)
            if (isMalware(r.id) && !wanted.has(r.id))
                wanted.set(r.id, r);
    const records = new Map();
    const unreadable = [];
    await Promise.all([...wanted.values()].map(async (ref) => {
        try {
            records.set(ref.id, await readRecord(opts, ref));
        }
        catch (err) {
            // the id alone says it is a malware record: it counts, without its summary
            records.set(ref.id, { id: ref.id, ...(ref.modified ? { modified: ref.modified } : {}) });
            unreadable.push({ id: ref.id, error: err.message });
        }
    }));
    const malware = new Map();
    for (const [key, list] of refs) {
        const found = list.filter((r) => isMalware(r.id)).map((r) => records.get(r.id)).filter((r) => !r.withdrawn);
        const distinct = [...new Map(found.map((r) => [r.id, r])).values()];
        if (distinct.length > 0)
            malware.set(key, distinct);
    }
    return { malware, checked: refs.size, fromCache: cached.size, unchecked, ...(error ? { error } : {}), unreadable, answered: new Set(refs.keys()), cached };
}

;// CONCATENATED MODULE: ./src/advisories/mark.ts
// Judging by advisory: a dependency is `malicious` on every target where the version pip would
// install is named by a malware record, whatever its file kind. The record decides; analysis
// findings stay with the verdict as they were.



/**
 * The name and version pairs a dependency's selections install, before it is judged: the same
 * pairs its verdict gives (pairsOf), known as soon as the versions are chosen.
 */
function installedPairs(entries) {
    return entries.flatMap((e) => {
        const name = (0,python_names/* normalizeName */.P)(e.name);
        return e.outcomes.flatMap((o) => (!o.skipped && (o.selection.kind === 'wheel' || o.selection.kind === 'sdist') && o.selection.version ? [{ name, version: o.selection.version }] : []));
    });
}
/** The name and version pairs pip would install for a verdict: targets that install a file of a known version. */
function pairsOf(v) {
    const name = (0,python_names/* normalizeName */.P)(v.name);
    return v.targets.flatMap((t) => ((t.kind === 'wheel' || t.kind === 'sdist') && t.version ? [{ name, version: t.version }] : []));
}
function mark_describe(a) {
    return `${a.id}${a.summary ? ` (${a.summary})` : ''}, ${a.url}`;
}
/** The verdict, made `malicious` when a record names a version it installs on some target. */
function markMalicious(v, malware, server) {
    const name = (0,python_names/* normalizeName */.P)(v.name);
    const advisories = [];
    let affected = 0;
    let version;
    for (const t of v.targets) {
        if ((t.kind !== 'wheel' && t.kind !== 'sdist') || !t.version)
            continue;
        const records = malware.get(pairKey({ name, version: t.version }));
        if (!records)
            continue;
        affected++;
        version ??= t.version;
        for (const r of records) {
            if (advisories.some((a) => a.id === r.id && a.version === t.version))
                continue;
            advisories.push({ id: r.id, ...(r.summary ? { summary: r.summary } : {}), url: recordLink(server, r.id), version: t.version, ...(r.modified ? { modified: r.modified } : {}) });
        }
    }
    if (advisories.length === 0)
        return v;
    const [first, ...more] = advisories;
    const also = more.length ? `; ${more.length} more record${more.length === 1 ? '' : 's'}: ${more.map((a) => a.id).join(', ')}` : '';
    const n = v.targets.length;
    const where = n > 1 && affected < n ? ` (on ${affected} of ${n} targets)` : '';
    return {
        ...v,
        version,
        status: 'malicious',
        reason: `${v.name} ${version} is known malware: ${mark_describe(first)}${also}${where}`,
        advisories,
    };
}

;// CONCATENATED MODULE: ./src/advisories/index.ts
// The advisories room: every name and version the scan resolved, checked against known-malware
// records (OSV `MAL-` records, from the OpenSSF malicious-packages project) on an OSV-compatible
// service. Its HTTP goes through the index client, so the same timeouts, retries, Retry-After,
// origin-bound credentials and secret masking apply. A service that cannot be reached is a warning
// naming how many packages went unchecked, never a silent pass; vulnerability records are not
// this room's concern and are not reported.







/** The service URL without credentials or a trailing slash: for cache keys, links and messages. */
function shown(url) {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    u.hash = '';
    return u.href.replace(/\/+$/, '');
}
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
/**
 * The advise stage. `scanStarted` is when the scan began: the check ends with the scan's deadline
 * like every other stage, leaving what it had not asked about unchecked.
 */
async function checkAdvisories(verdicts, opts, store, scanStarted = Date.now()) {
    return new AdvisoryCheck(opts, store, scanStarted).finish(verdicts);
}
/**
 * The advise stage, started early: the scan hands it name and version pairs as soon as they are
 * known (`ask`), each lot asked while the rest of the scan goes on, and `finish` asks about what
 * is left, waits for every answer and marks the verdicts.
 */
/** How long pairs asked about `soon` are gathered, at most, before they are asked about. */
const GATHER_MS = 100;
/** How many pairs gathered are asked about at once, without waiting longer. */
const GATHER_PAIRS = 200;
class AdvisoryCheck {
    opts;
    store;
    client;
    server;
    deadline;
    asked = new Set();
    lookups = [];
    records = new Map();
    started;
    /** Pairs that will most likely be installed, gathered to be asked about together. */
    pending = [];
    gathering;
    constructor(opts, store, scanStarted = Date.now()) {
        this.opts = opts;
        this.store = store;
        this.server = opts.advisories ? shown(opts.advisories) : '';
        if (!opts.advisories)
            return;
        this.client = new IndexClient({
            // the service's own URL: credentials written into it are bound to its host, as an index's are
            indexUrl: opts.advisories,
            credentials: opts.credentials,
            concurrency: 4,
            timeoutMs: opts.timeoutMs,
            retries: opts.limits.retries,
            maxRetryAfterMs: opts.limits.maxRetryAfterMs,
            userAgent: `sdist-guard/${version/* VERSION */.x} (+https://github.com/sdist-guard/sdist-guard)`,
        });
        const client = this.client;
        this.deadline = new Deadline(opts.deadlineMs, scanStarted);
        this.deadline.whenExpired(() => {
            client.close().catch(() => { });
        });
    }
    /** Starts asking about the pairs not asked about yet; returns at once. */
    ask(pairs) {
        if (!this.client)
            return;
        const fresh = pairs.filter((p) => {
            const key = pairKey(p);
            if (this.asked.has(key))
                return false;
            this.asked.add(key);
            return true;
        });
        if (fresh.length === 0)
            return;
        this.started ??= Date.now();
        const expired = () => ({ malware: new Map(), checked: 0, fromCache: 0, unchecked: fresh, error: this.deadline.reason(), unreadable: [] });
        this.lookups.push(this.deadline.race(lookup_lookup({ client: this.client, server: this.server, records: this.records, ...(this.store ? { store: this.store } : {}) }, fresh)).then((found) => found ?? expired(), (err) => ({ ...expired(), error: err.message })));
    }
    /**
     * Pairs that will most likely be installed (a version the resolution picked, the file a build
     * requirement will most likely take), asked about once a few hundred are gathered or
     * GATHER_MS after the first: the answers arrive while the scan goes on, not after it, and many
     * picks make one request. One that is not installed in the end is asked about for nothing and
     * counted nowhere.
     */
    soon(pairs) {
        if (!this.client || pairs.length === 0)
            return;
        this.pending.push(...pairs);
        if (this.pending.length >= GATHER_PAIRS)
            this.askGathered();
        else
            this.gathering ??= setTimeout(() => this.askGathered(), GATHER_MS).unref();
    }
    askGathered() {
        clearTimeout(this.gathering);
        this.gathering = undefined;
        const pairs = this.pending;
        this.pending = [];
        this.ask(pairs);
    }
    /** Stops asking, for a scan that ends without verdicts. */
    async close() {
        clearTimeout(this.gathering);
        this.pending = [];
        this.deadline?.clear();
        await this.client?.close();
    }
    /** Asks about whatever the verdicts install that was not asked about yet, and marks them. */
    async finish(verdicts) {
        if (!this.client) {
            return { verdicts, report: { source: null, checked: 0, fromCache: 0, unchecked: 0, malicious: 0, requests: 0, durationMs: 0, required: false }, diagnostics: [], secrets: [], bytes: 0 };
        }
        // what is still gathered is asked about only if it is installed, with the rest
        clearTimeout(this.gathering);
        this.pending = [];
        const installed = verdicts.flatMap(pairsOf);
        this.ask(installed);
        let found;
        try {
            found = merge(await Promise.all(this.lookups), installed);
        }
        finally {
            this.deadline.clear();
            await this.client.close();
        }
        const server = this.server;
        const marked = verdicts.map((v) => markMalicious(v, found.malware, server));
        const diagnostics = [];
        const unchecked = found.unchecked.length;
        if (unchecked > 0) {
            const total = found.checked + unchecked;
            diagnostics.push({
                // a warning: the gate, not the diagnostic, decides whether it fails (advisories-required)
                severity: 'warning',
                path: '',
                message: `not checked against advisories: ${plural(unchecked, 'package version')} of ${total} could not be checked against known-malware records at ${server}: ${found.error}`,
            });
        }
        for (const u of found.unreadable)
            diagnostics.push({ severity: 'warning', path: '', message: `the advisory ${u.id} names a package this scan resolved, but the record could not be read: ${u.error}` });
        const stats = this.client.stats();
        const report = {
            source: server,
            checked: found.checked,
            fromCache: found.fromCache,
            unchecked,
            ...(found.error && unchecked > 0 ? { error: found.error } : {}),
            malicious: marked.filter((v) => v.status === 'malicious').length,
            requests: stats.requests,
            durationMs: this.started === undefined ? 0 : Date.now() - this.started,
            required: this.opts.advisoriesRequired,
        };
        return { verdicts: marked, report, diagnostics, secrets: this.client.secrets(), bytes: stats.bytes };
    }
}
/**
 * The answers of every lot asked, as one, counted over what the verdicts install: a version asked
 * about early (a pin) that nothing installs in the end is neither checked nor unchecked.
 */
function merge(results, installed) {
    const wanted = new Set(installed.map(pairKey));
    const malware = new Map();
    const unreadable = new Map();
    const answered = new Set();
    const cached = new Set();
    const unchecked = new Map();
    let error;
    for (const r of results) {
        for (const [key, list] of r.malware)
            if (wanted.has(key))
                malware.set(key, list);
        for (const key of r.answered ?? [])
            if (wanted.has(key))
                answered.add(key);
        for (const key of r.cached ?? [])
            if (wanted.has(key))
                cached.add(key);
        const missed = r.unchecked.filter((p) => wanted.has(pairKey(p)));
        for (const p of missed)
            unchecked.set(pairKey(p), p);
        if (r.error && missed.length > 0)
            error ??= r.error;
        for (const u of r.unreadable)
            if (!unreadable.has(u.id))
                unreadable.set(u.id, u);
    }
    const named = new Set([...malware.values()].flatMap((list) => list.map((r) => r.id)));
    const unread = [...unreadable.values()].filter((u) => named.has(u.id));
    return { malware, checked: answered.size, fromCache: cached.size, unchecked: [...unchecked.values()], ...(error ? { error } : {}), unreadable: unread };
}

;// CONCATENATED MODULE: ./src/pin.ts
// For a dependency pip would build from source: the newest version whose wheels cover every target,
// which is the version to pin so that pip runs no package code at install time. Read from the same
// project page the select stage used; yanked files, pre-releases (unless the dependency itself is
// one) and files whose Requires-Python excludes a target do not count, as pip would not take them.




function fits(file, target, tags) {
    if (file.yanked !== false)
        return false;
    if (wheelPriority(target, tags) === undefined)
        return false;
    const rp = file.requiresPython;
    return !(rp && (0,python_version/* isValidSpecifier */.J5)(rp) && !(0,python_version/* satisfies */.ib)(`${target.python}.0`, rp, { prereleases: true }));
}
/**
 * The newest version with a wheel for every target, or the targets no version has a wheel for
 * (those of the newest versions' files, so that the message names what is missing now).
 */
function wheelPin(name, files, targets, opts = {}) {
    const canonical = (0,python_names/* normalizeName */.P)(name);
    const byVersion = new Map();
    const covered = new Set();
    for (const file of files) {
        // what parseWheelFilename refuses first, without the cost of the error it would throw
        if (!file.filename.endsWith('.whl'))
            continue;
        let wheel;
        try {
            wheel = (0,filenames/* parseWheelFilename */.eP)(file.filename);
        }
        catch {
            continue;
        }
        if ((0,python_names/* normalizeName */.P)(wheel.name) !== canonical || !(0,python_version/* isValidVersion */.ri)(wheel.version))
            continue;
        if ((0,python_version/* isPrerelease */.V1)(wheel.version) && !opts.pre)
            continue;
        const fitting = byVersion.get(wheel.version) ?? new Set();
        targets.forEach((t, i) => {
            if (fits(file, t, wheel.tags)) {
                fitting.add(i);
                covered.add(i);
            }
        });
        byVersion.set(wheel.version, fitting);
    }
    const versions = [...byVersion.keys()].sort((a, b) => (0,python_version/* compareVersions */.Zy)(b, a));
    for (const v of versions)
        if (byVersion.get(v).size === targets.length)
            return { version: v };
    return { missing: targets.filter((_, i) => !covered.has(i)).map((t) => `CPython ${t.python} on ${t.platform}`) };
}

;// CONCATENATED MODULE: ./src/requests.ts
// The requests a scan makes of the index: one per distinct thing the manifests ask for (lines that
// ask the same of the same index are one), each with the lookup settings pip would use for it, and
// what can be said of one on a target before any page is read.








function requests_emptyPipOptions() {
    return { extraIndexUrls: [], noIndex: false, findLinks: [], formatControl: { noBinary: [], onlyBinary: [] }, preferBinary: false, pre: false };
}
function requests_joinSpecifiers(...specs) {
    return specs
        .flatMap((s) => (s ?? '').split(','))
        .map((s) => s.trim())
        .filter(Boolean)
        .join(',');
}
function requests_requestKey(r) {
    return JSON.stringify([
        r.name,
        r.specifier,
        [...r.hashes].sort(),
        r.strictHashes,
        r.marker ?? '',
        [...r.extras].sort(),
        r.dep.direct ?? null,
        r.dep.locked ?? null,
        r.indexUrls,
        r.noIndex,
        r.pre,
        r.releaseControl ?? null,
        r.preferBinary,
        r.formatControl.state(),
        r.graph ?? null,
    ]);
}
function buildRequests(parsed, opts, diagnostics) {
    const byKey = new Map();
    const seenSources = new Set();
    for (const { deps, constraints, options, unit } of parsed) {
        const pip = options ?? requests_emptyPipOptions();
        const formatControl = FormatControl.from(pip.formatControl);
        const indexUrls = [pip.indexUrl ?? opts.indexUrl, ...opts.extraIndexUrls, ...pip.extraIndexUrls].filter((u, i, a) => a.indexOf(u) === i);
        if (pip.findLinks.length > 0)
            diagnostics.push({
                severity: 'warning',
                path: deps[0]?.source.path ?? '',
                message: `--find-links locations are not searched (${pip.findLinks.map(redact/* redactUrl */.BO).join(', ')}); packages are looked up on the indexes only`,
            });
        for (const dep of deps) {
            // A lock may hold one name at several versions (for different Pythons) that all point at
            // the one manifest line that declared it: each locked version is its own request.
            const sourceKey = JSON.stringify([dep.source.path, dep.source.line, dep.name, dep.locked?.version ?? null, dep.direct?.url ?? null]);
            if (seenSources.has(sourceKey))
                continue;
            seenSources.add(sourceKey);
            const applying = constraints.filter((c) => c.name === dep.name);
            const hashes = [...dep.hashes, ...applying.flatMap((c) => c.hashes)];
            const partial = {
                name: dep.name,
                displayName: dep.displayName,
                specifier: requests_joinSpecifiers(dep.specifier, ...applying.map((c) => c.specifier)),
                hashes,
                strictHashes: dep.locked !== undefined,
                marker: dep.marker,
                extras: dep.extras,
                dep,
                indexUrls: dep.locked?.indexUrl ? [dep.locked.indexUrl] : indexUrls,
                noIndex: pip.noIndex && !dep.locked?.indexUrl,
                pre: pip.pre,
                ...(pip.releaseControl ? { releaseControl: pip.releaseControl } : {}),
                preferBinary: pip.preferBinary,
                formatControl,
                graph: unit === undefined ? undefined : unitKey(unit, environmentOf(dep)),
            };
            const key = requests_requestKey(partial);
            const existing = byKey.get(key);
            if (existing)
                existing.sources.push(dep.source);
            else
                byKey.set(key, { ...partial, sources: [dep.source] });
        }
    }
    return [...byKey.values()];
}
function markerApplies(req, target) {
    if (!req.marker)
        return { applies: true };
    try {
        return { applies: (0,python_markers/* evaluateMarker */.UZ)(req.marker, target.env, []) };
    }
    catch (err) {
        return { applies: true, error: `invalid marker "${req.marker}": ${err.message}` };
    }
}
/** A direct reference pip installs without the index: VCS and local paths are always built. */
function selectDirect(req, target) {
    const direct = req.dep.direct;
    const shown = (0,redact/* redactUrl */.BO)(direct.url);
    const file = (0,external_node_path_.basename)(direct.url.split(/[?#]/)[0]);
    if (direct.kind !== 'vcs' && (0,filenames/* distributionKind */.VE)(file) === 'wheel') {
        try {
            const wheel = (0,filenames/* parseWheelFilename */.eP)(file);
            if (wheelPriority(target, wheel.tags) === undefined)
                return { skipped: false, selection: { target, kind: 'none', version: wheel.version, reason: `${file} does not fit CPython ${target.python} on ${target.platform}; pip would refuse it` } };
            return { skipped: false, selection: { target, kind: 'wheel', version: wheel.version, reason: `direct reference to the wheel ${shown}` } };
        }
        catch (err) {
            return { skipped: false, selection: { target, kind: 'none', reason: `${shown}: ${err.message}` } };
        }
    }
    const what = direct.kind === 'vcs' ? 'a VCS reference' : direct.kind === 'path' ? 'a local path' : 'a direct URL';
    const editable = req.dep.editable ? 'an editable install of ' : '';
    return {
        skipped: false,
        selection: { target, kind: 'sdist', reason: `${editable}${what} (${shown}) is always built from source` },
        notAnalyzed: 'its build code is not fetched by sdist-guard: review it where it lives',
    };
}
/** How pip looks up what a top-level dependency's builds install: its own lookup settings. */
function pipOf(req) {
    return {
        indexUrls: req.indexUrls,
        noIndex: req.noIndex,
        pre: req.pre,
        ...(req.releaseControl ? { releaseControl: req.releaseControl } : {}),
        preferBinary: req.preferBinary,
        formatControl: req.formatControl,
    };
}
function lockedFiles(req) {
    const files = req.dep.locked?.files;
    if (!files || files.length === 0)
        return undefined;
    return files.map((f) => ({ filename: f.filename, url: f.url ?? '', hashes: f.hashes, size: f.size, yanked: false }));
}
/**
 * The versions the manifests name exactly (a lock's, or a single `==`/`===` without a wildcard):
 * for asking about them at once. What pip takes in the end is asked about anyway.
 */
function pinnedPairs(requests) {
    return requests.flatMap((r) => {
        const version = r.dep.locked?.version ?? /^\s*===?\s*([A-Za-z0-9._+!-]+)\s*$/.exec(r.specifier)?.[1];
        return version ? [{ name: (0,python_names/* normalizeName */.P)(r.name), version }] : [];
    });
}

;// CONCATENATED MODULE: ./src/scan.ts
// The pipeline, and the only place that knows the order of its stages:
// discover -> parse -> resolve -> select -> fetch -> extract -> analyze -> judge -> advise.
// Reporting is left to the entries (cli.ts, action.ts), which hand the result to src/report/.
































/**
 * The archive readers and the analyzer, loaded on first use: a scan whose checks all come from the
 * cache (or all run on the analysis worker) never loads them on this thread.
 */
function readers() {
    return (loadedReaders ??= (async () => {
        const { decodeSource, readSdist, readSdistDirectory } = await Promise.all(/* import() */[__webpack_require__.e(541), __webpack_require__.e(891)]).then(__webpack_require__.bind(__webpack_require__, 6891));
        const { analyzeSdist, analyzeSource, stripTopDirectory } = await Promise.all(/* import() */[__webpack_require__.e(2), __webpack_require__.e(640), __webpack_require__.e(179)]).then(__webpack_require__.bind(__webpack_require__, 1179));
        const { declaredRequirements } = await Promise.all(/* import() */[__webpack_require__.e(2), __webpack_require__.e(640), __webpack_require__.e(306)]).then(__webpack_require__.bind(__webpack_require__, 8306));
        return { decodeSource, readSdist, readSdistDirectory, analyzeSdist, analyzeSource, stripTopDirectory, declaredRequirements };
    })());
}
let loadedReaders;
/** Bumped when what a kept analysis must hold changes (the declarations of the build files). */
const KEPT_CHECK_VERSION = 2;
/** The shape of what deciding keeps for the next scan (src/cache/scans.ts); another one is not read. */
const KEPT_SCAN_VERSION = 1;
/**
 * Everything a scan's decisions are made from, but the index pages and the files bound to a hash:
 * the code that decides, the manifests as parsed (their environment variables and included files
 * applied), the requests built from them, and the options that reach resolution and analysis.
 * Credentials count by host only: a digest of a secret is not kept.
 */
function decisionInputs(parsed, toResolve, requests, opts) {
    return {
        code: [ANALYZER_VERSION, version/* VERSION */.x, KEPT_CHECK_VERSION, KEPT_SCAN_VERSION],
        root: opts.root,
        targets: opts.targets,
        analyze: opts.analyze,
        transitive: opts.transitive,
        limits: opts.limits,
        indexes: [opts.indexUrl, ...opts.extraIndexUrls],
        credentialHosts: Object.keys(opts.credentials).sort(),
        parsed,
        toResolve: [...toResolve],
        requests,
    };
}
/** What a fetched direct reference depends on: its PKG-INFO where binding, else what its build files state. */
function directDependencies(fetched) {
    if ('unresolved' in fetched || fetched.check.error)
        return undefined;
    const { pkgInfo, declared } = fetched.check;
    if (pkgInfo) {
        try {
            const found = declaredDependencies(parseCoreMetadata(pkgInfo, `${fetched.file.filename}/PKG-INFO`), 'sdist');
            if (found.known)
                return found;
        }
        catch (err) {
            if (!(err instanceof InvalidMetadata))
                throw err;
        }
    }
    const install = declared?.install;
    return install ? { known: true, requirements: install.requirements, extras: install.extras, from: install.from } : undefined;
}
/**
 * Reads the build-time files of an sdist, downloading it through the index client, unless the
 * cache holds the check of the very bytes the download would be verified against.
 */
async function checkSdist(client, file, hashes, limits, cache, pool) {
    if (!file.url)
        return { error: `the lock names no URL for ${file.filename}`, findings: [], suspicious: false, limits: [] };
    const trusted = cache ? trustedSha256(file, hashes) : undefined;
    if (cache && trusted) {
        const kept = await cache.analyses.get(trusted, file.filename);
        if (kept) {
            cache.reused++;
            return kept;
        }
    }
    let check;
    let body;
    try {
        body = client.download(file, { maxBytes: limits.maxDownloadBytes, hashes: hashes.length ? hashes : undefined });
        check = await pool.check(file.filename, body, limits, file.size);
    }
    catch (err) {
        const message = err instanceof IndexError || err instanceof Error ? err.message : String(err);
        return { error: message, findings: [], suspicious: false, limits: [] };
    }
    // Only a read that ran to the end and matched the trusted hash is kept: digests are set then.
    // The cache is written to disk (and may be shared): what the sdist quotes of a credential is masked.
    if (cache && trusted && body.digests?.sha256 === trusted)
        await cache.analyses.put(trusted, file.filename, (0,redact/* maskDeep */.fI)(check, client.secrets()));
    return check;
}
/** An sdist's PKG-INFO and declarations alone, for when its analysis came from the cache without them. */
async function readPkgInfo(client, file, hashes, limits) {
    try {
        const { readSdist, declaredRequirements, stripTopDirectory } = await readers();
        const contents = await readSdist(file.filename, client.download(file, { maxBytes: limits.maxDownloadBytes, hashes: hashes.length ? hashes : undefined }), limits);
        if (contents.error)
            return { error: contents.error };
        return { pkgInfo: contents.files.get('PKG-INFO'), declared: declaredRequirements(stripTopDirectory(contents.files)) };
    }
    catch (err) {
        return { error: err.message };
    }
}
async function analyzeContents(contents) {
    if (contents.error)
        return undefined;
    const { analyzeSdist } = await readers();
    return analyzeSdist(contents.files, { data: contents.data, encodings: contents.encodings });
}
async function scan(opts, hooks = {}) {
    const started = Date.now();
    const progress = { phase: 'discover', resolved: 0, total: 0, pages: 0, analyzed: 0, toAnalyze: 0 };
    const report = () => hooks.onProgress?.({ ...progress });
    report();
    // discover + parse
    const { files, diagnostics } = await discover(opts.paths, opts.root, opts.exclude);
    const ctx = { root: opts.root, readFile: readInsideRoot(opts.root), env: opts.env };
    const manifests = [];
    for (const file of files) {
        let text;
        try {
            text = (await regular_file_readRegularFile(file.absPath)).toString('utf8');
        }
        catch (err) {
            diagnostics.push({ severity: 'error', path: file.path, message: `cannot read ${file.path}: ${err.message}` });
            continue;
        }
        const binary = binaryContent(text);
        if (binary) {
            diagnostics.push({ severity: 'error', path: file.path, line: binary.line, message: binary.message });
            continue;
        }
        try {
            const result = PARSERS[file.format](text, file.path, ctx);
            diagnostics.push(...result.diagnostics);
            manifests.push({ file, result });
        }
        catch (err) {
            diagnostics.push({ severity: 'error', path: file.path, message: `cannot parse: ${err.message}` });
        }
    }
    const paired = pairLocks(manifests);
    diagnostics.push(...paired.diagnostics);
    // manifests that are not complete locks are resolved transitively: each one an environment
    const toResolve = opts.transitive ? unitsToResolve(manifests, paired.units) : new Map();
    const parsed = paired.units.map((u, i) => ({ deps: u.dependencies, constraints: u.constraints, options: u.options, ...(toResolve.has(i) ? { unit: i } : {}) }));
    // scope: on a pull request, which declarations it adds or changes compared with its base
    const scope = await compareWithBase(opts, files, parsed);
    const requests = buildRequests(parsed, opts, diagnostics);
    progress.phase = 'resolve';
    progress.total = requests.length;
    report();
    // An analysis depends on the analyzer, on the reader and on the limits it ran under.
    const cache = opts.cacheDir
        ? openCache(opts.cacheDir, JSON.stringify([ANALYZER_VERSION, version/* VERSION */.x, opts.limits.archive, KEPT_CHECK_VERSION]), { secrets: () => client.secrets() })
        : undefined;
    const client = new IndexClient({
        // what `${VAR}` brought in, and credentials written into the manifests' URLs
        secrets: manifestSecrets(manifests.map((m) => m.result)),
        indexUrl: opts.indexUrl,
        extraIndexUrls: opts.extraIndexUrls,
        concurrency: opts.concurrency,
        timeoutMs: opts.timeoutMs,
        retries: opts.limits.retries,
        maxPageBytes: opts.limits.maxPageBytes,
        maxRetryAfterMs: opts.limits.maxRetryAfterMs,
        credentials: opts.credentials,
        userAgent: `sdist-guard/${version/* VERSION */.x} (+https://github.com/sdist-guard/sdist-guard)`,
        pageStore: cache?.pages,
    });
    const analysisCache = cache ? { analyses: cache.analyses, reused: 0 } : undefined;
    const pool = new CheckPool();
    // advise: asked as soon as versions are known, while the rest of the scan goes on
    const advisor = new AdvisoryCheck(opts, cache?.advisories, started);
    // what a lock or an exact pin names is known before anything is read
    advisor.ask(pinnedPairs(requests));
    // What an sdist's build installs is looked up as soon as its build files are read, while the
    // other requests are still out, not when the closure gets to it: only where every line of the
    // manifests looks things up on the same indexes, the ones its build environment reads.
    const lookups = new Set(requests.map((r) => JSON.stringify(r.indexUrls)));
    const lookAheadIndexes = opts.transitive && opts.analyze && lookups.size === 1 ? requests[0].indexUrls : undefined;
    const lookAhead = (check) => {
        if (!lookAheadIndexes || !check.declared)
            return;
        const pip = pipOf(requests[0]);
        for (const { name, specifier } of buildRequirementsAhead(check.declared)) {
            client.getProject(name, lookAheadIndexes, { priority: PRIORITY.followUp }).then((page) => {
                // the metadata of the file each target most likely takes, where the index serves it as a file
                for (const target of opts.targets) {
                    const likely = selectFile({ name, specifier, hashes: [], strictHashes: false, pre: pip.pre, releaseControl: pip.releaseControl, preferBinary: pip.preferBinary, formatControl: pip.formatControl, files: page.files, target });
                    if (likely.kind === 'wheel' && likely.file?.coreMetadata)
                        services.readMetadata(likely.file, name).catch(() => { });
                    advisor.soon(pickedPairs(name, likely));
                }
            }, () => { });
        }
    };
    // Reads a later scan could see differently: a file not bound to a SHA-256, a check that failed.
    // A scan with any is not kept for the next one to use (src/cache/scans.ts), nor one with a
    // dependency left unresolved (a metadata read that failed, among others). Reads made ahead, in
    // case they are needed, count only when they need a file with no SHA-256: their failures (the
    // client closing under them) change nothing.
    let unsettled = 0;
    // fetch + extract + analyze once per sdist file, however many dependencies and targets select it
    const checks = new Map();
    const checkOnce = (file, hashes) => {
        const key = `${file.url}\0${[...hashes].sort().join(',')}`;
        let p = checks.get(key);
        if (!p) {
            progress.toAnalyze++;
            if (!trustedSha256(file, hashes))
                unsettled++;
            p = checkSdist(client, file, hashes, opts.limits.archive, analysisCache, pool).finally(() => {
                progress.analyzed++;
                report();
            });
            p.then((check) => void (check.error !== undefined && unsettled++), () => void unsettled++);
            p.then(lookAhead, () => { });
            checks.set(key, p);
        }
        return p;
    };
    const outcomeOf = async (selection, hashes) => {
        const outcome = { skipped: false, selection };
        if (selection.kind === 'sdist' && selection.file) {
            if (opts.analyze)
                outcome.check = await checkOnce(selection.file, hashes);
            else
                outcome.notAnalyzed = 'not analyzed (analysis is turned off)';
        }
        return outcome;
    };
    // The resolve stage reads an sdist's PKG-INFO from the same download its analysis reads.
    const pkgInfos = new Map();
    const pkgInfoOf = async (file, hashes) => {
        const check = await checkOnce(file, hashes);
        const facts = (read) => ({
            pkgInfo: read.pkgInfo ?? undefined,
            error: read.error,
            ...(read.declared?.install ? { declared: read.declared.install } : {}),
            ...(read.declared?.unread.length ? { unread: read.declared.unread } : {}),
        });
        if ((check.pkgInfo !== undefined && check.declared) || check.error)
            return facts(check);
        // a kept analysis without its PKG-INFO (the cache may predate it): read that alone, once
        const key = `${file.url}\0${[...hashes].sort().join(',')}`;
        let p = pkgInfos.get(key);
        if (!p) {
            p = readPkgInfo(client, file, hashes, opts.limits.archive);
            pkgInfos.set(key, p);
        }
        return facts(await p);
    };
    const metadata = new MetadataReader(client);
    // direct references: once per URL (and the file that names a relative path)
    const directs = new Map();
    const directOnce = (dep) => {
        const key = JSON.stringify([dep.direct.url, dep.direct.kind === 'path' ? dep.source.path : '', [...dep.hashes].sort()]);
        let p = directs.get(key);
        if (!p) {
            progress.toAnalyze++;
            // loaded with the first reference by URL or path: with git's runner, which a scan without one never needs
            p = __webpack_require__.e(/* import() */ 963).then(__webpack_require__.bind(__webpack_require__, 5963))
                .then(({ checkDirect }) => checkDirect(dep, {
                root: opts.root,
                limits: opts.limits.archive,
                checkoutTimeoutMs: opts.timeoutMs * 4,
                download: (file, hashes) => checkOnce(file, hashes),
            }))
                .catch((err) => ({ unresolved: `not checked: ${(0,redact/* redactUrl */.BO)(dep.direct.url)} could not be read (${err.message})` }))
                .finally(() => {
                progress.analyzed++;
                report();
            });
            directs.set(key, p);
        }
        return p;
    };
    let resolution;
    const resolveOne = async (req) => {
        const outcomes = [];
        let page;
        for (const target of opts.targets) {
            const marker = markerApplies(req, target);
            if (!marker.applies) {
                outcomes.push({ skipped: true, python: target.python, platform: target.platform, reason: `markers exclude it (${req.marker})` });
                continue;
            }
            if (marker.error) {
                outcomes.push({ skipped: false, selection: { target, kind: 'none', reason: marker.error } });
                continue;
            }
            if (req.dep.direct) {
                const chosen = selectDirect(req, target);
                if (chosen.skipped || chosen.selection.kind !== 'sdist' || !opts.analyze) {
                    outcomes.push(chosen);
                    continue;
                }
                // fetched and analyzed like any sdist; what cannot be fetched is not checked, and says so
                const fetched = await directOnce(req.dep);
                if ('unresolved' in fetched)
                    outcomes.push({ skipped: false, selection: { target, kind: 'none', reason: fetched.unresolved } });
                else
                    outcomes.push({ skipped: false, selection: { ...chosen.selection, file: fetched.file }, check: fetched.check });
                continue;
            }
            const resolved = req.graph === undefined ? undefined : resolution?.selectionFor(req.graph, opts.targets.indexOf(target), req.name);
            if (resolved) {
                outcomes.push(await outcomeOf(resolved, req.hashes));
                continue;
            }
            let files = lockedFiles(req);
            if (!files) {
                if (req.noIndex) {
                    outcomes.push({ skipped: false, selection: { target, kind: 'none', reason: 'the requirements file says --no-index, and find-links locations are not searched' } });
                    continue;
                }
                page ??= client.getProject(req.name, req.indexUrls);
                try {
                    files = (await page).files;
                }
                catch (err) {
                    outcomes.push({ skipped: false, selection: { target, kind: 'none', reason: err.message } });
                    continue;
                }
            }
            const specifier = req.dep.locked ? requests_joinSpecifiers(`==${req.dep.locked.version}`) : req.specifier;
            const selection = selectFile({
                name: req.name,
                specifier,
                hashes: req.hashes,
                strictHashes: req.strictHashes && !lockedFiles(req),
                pre: req.pre || req.dep.locked !== undefined,
                // a lock's exact version is installed whatever kind of release it is
                ...(req.releaseControl && !req.dep.locked ? { releaseControl: req.releaseControl } : {}),
                preferBinary: req.preferBinary,
                formatControl: req.formatControl,
                files,
                target,
            });
            outcomes.push(await outcomeOf(selection, req.hashes));
        }
        progress.resolved++;
        report();
        const label = req.graph === undefined ? undefined : toResolve.get(Number(req.graph.split('/')[0]))?.label;
        const pip = pipOf(req);
        return {
            name: req.name,
            displayName: req.displayName,
            sources: req.sources,
            // a lock that records its graph says how a package it alone names is reached
            ...(req.dep.via ? { via: req.dep.via } : {}),
            // a lock's version stands where markers exclude the package on every target
            ...(req.dep.locked ? { version: req.dep.locked.version } : {}),
            chain: [...(label && environmentOf(req.dep) === 'install' ? [label] : []), req.displayName],
            outcomes,
            pip,
            ancestors: [],
        };
    };
    const transitiveOne = async (dep, pip, ancestors = []) => {
        const outcomes = [];
        for (const [t, target] of opts.targets.entries()) {
            const selection = dep.selections[t];
            if (selection)
                outcomes.push(await outcomeOf(selection, dep.hashes));
            else
                outcomes.push({ skipped: true, python: target.python, platform: target.platform, reason: 'nothing pulls it in on this target' });
        }
        progress.resolved++;
        report();
        return { name: dep.name, displayName: dep.displayName, sources: dep.sources, via: dep.via, chain: dep.via, outcomes, pip, ancestors };
    };
    const services = {
        getProject: (name, indexUrls, followUp) => client.getProject(name, indexUrls, { priority: followUp ? PRIORITY.followUp : PRIORITY.page }).finally(() => {
            progress.pages++;
            report();
        }),
        // what the walk picks is asked about at once, not once the walk and the builds have ended
        picked: (name, selection) => advisor.soon(pickedPairs(name, selection)),
        readMetadata: keepMetadata(cache?.disk, (file, project) => {
            // kept by keepMetadata under the same hash: without one, a later read may differ
            if (trustedSha256(file, []) === undefined)
                unsettled++;
            return metadata.read(file, project);
        }),
        ...(opts.analyze ? { readSdist: pkgInfoOf } : {}),
    };
    // The build-time closure: every sdist pip would build makes it install that sdist's build
    // requirements first, resolved from the same indexes, some of them sdists built in turn. Each
    // build starts as soon as the entry that needs it is decided (BuildClosure), and ends when no
    // build learns a new one.
    let environments = 0;
    /** One sdist's build environment: resolved, checked, its entries returned (or why it stops here). */
    const runBuild = async (job) => {
        const { entry, file } = job;
        const plan = planBuild(job, environments);
        const source = entry.sources[0];
        for (const message of plan.warnings)
            diagnostics.push({ severity: 'warning', path: source?.path ?? '', ...(source ? { line: source.line } : {}), message });
        if (plan.limit)
            limitJob(job, plan.limit);
        if (!plan.requirements)
            return [];
        const requirements = plan.requirements;
        environments++;
        const { unit, invalid } = buildUnit(job, `build:${environments}`, requirements);
        for (const bad of invalid)
            limitJob(job, `its build requirement ${bad} cannot be read; pip would stop`);
        const targets = job.targets.map((t) => opts.targets[t]);
        const built = await resolveTransitive([unit], targets, services);
        diagnostics.push(...built.diagnostics);
        const ancestors = [...entry.ancestors, file.url];
        const entries = [];
        for (const dep of built.transitive) {
            // back to the scan's targets: nothing on a target where this sdist is not the one built
            const selections = opts.targets.map((_, t) => {
                const i = job.targets.indexOf(t);
                return i === -1 ? undefined : dep.selections[i];
            });
            entries.push(await transitiveOne({ ...dep, sources: entry.sources, selections }, entry.pip, ancestors));
        }
        for (const dep of unit.dependencies.filter((d) => d.direct)) {
            entries.push(await directBuildEntry(dep, entry, ancestors, job.targets));
        }
        progress.total += entries.length;
        report();
        advisor.ask(installedPairs(entries));
        return entries;
    };
    /** A build requirement given by URL: fetched and checked like a direct reference in a manifest. */
    const directBuildEntry = async (dep, entry, ancestors, on) => {
        const shown = (0,redact/* redactUrl */.BO)(dep.direct.url);
        const isWheel = dep.direct.kind !== 'vcs' && (0,filenames/* distributionKind */.VE)((0,external_node_path_.basename)(dep.direct.url.split(/[?#]/)[0])) === 'wheel';
        const fetched = dep.direct.kind === 'path'
            ? { unresolved: `not checked: pip would build the build requirement ${dep.displayName} from the path ${shown}, relative to a build directory` }
            : isWheel
                ? undefined
                : await directOnce(dep);
        const outcomes = opts.targets.map((target, t) => {
            if (!on.includes(t))
                return { skipped: true, python: target.python, platform: target.platform, reason: 'nothing pulls it in on this target' };
            if (!fetched)
                return { skipped: false, selection: { target, kind: 'wheel', reason: `a build requirement given by URL, to the wheel ${shown}` } };
            if ('unresolved' in fetched)
                return { skipped: false, selection: { target, kind: 'none', reason: fetched.unresolved } };
            return { skipped: false, selection: { target, kind: 'sdist', file: fetched.file, reason: `a build requirement given by URL (${shown}), always built from source` }, check: fetched.check };
        });
        const via = [...entry.chain, `(build) ${dep.displayName}`];
        return { name: dep.name, displayName: dep.displayName, sources: entry.sources, via, chain: via, outcomes, pip: entry.pip, ancestors };
    };
    // The scan's deadline: what is not decided when it passes is unresolved, and what runs is stopped.
    const deadline = new Deadline(opts.deadlineMs, started);
    deadline.whenExpired(() => {
        client.close().catch(() => { });
        pool.close().catch(() => { });
    });
    let late = 0;
    const undecided = (name, displayName, sources, pip, via) => {
        late++;
        const outcomes = opts.targets.map((target) => ({ skipped: false, selection: { target, kind: 'none', reason: deadline.reason() } }));
        return { name, displayName, sources, ...(via ? { via } : {}), chain: via ?? [displayName], outcomes, pip, ancestors: [] };
    };
    // A scan of these very inputs whose pages are all still the fresh copies it read would decide
    // the same (src/cache/scans.ts): what it decided is used, and nothing is asked or read anew.
    // Not with references by URL or path: what they point at is read anew by every scan.
    const keptKey = cache && !parsed.some((p) => [...p.deps, ...p.constraints].some((d) => d.direct)) ? scanKey(decisionInputs(parsed, toResolve, requests, opts)) : undefined;
    const kept = keptKey ? await cache.scans.get(keptKey) : undefined;
    const decidedFrom = diagnostics.length;
    let entries = [];
    let verdicts = [];
    let decided = false;
    let stopping;
    try {
        if (kept) {
            // decided by an earlier scan of the same inputs, from the same copies of the same pages
            verdicts = kept.verdicts;
            diagnostics.push(...kept.diagnostics);
            progress.resolved = progress.total;
            report();
        }
        else {
            // resolve: what pip would install besides what the manifests name, per environment and target
            const units = parsed.flatMap((p, i) => (p.unit === undefined ? [] : resolveUnitsOf(i, p, toResolve.get(i)?.label, opts)));
            const unitsByKey = new Map(units.map((u) => [u.key, u]));
            // a direct reference is fetched first: what it declares is then followed like any dependency's
            if (opts.analyze) {
                const known = new Map();
                const fetched = units.flatMap((u) => u.dependencies).filter((d) => d.direct && !(d.direct.kind !== 'vcs' && (0,filenames/* distributionKind */.VE)((0,external_node_path_.basename)(d.direct.url.split(/[?#]/)[0])) === 'wheel'));
                await deadline.race(Promise.all(fetched.map(async (d) => {
                    const found = directDependencies(await directOnce(d));
                    if (found)
                        known.set(d, found);
                })));
                services.directDependencies = (dep) => known.get(dep);
            }
            resolution = await deadline.race(resolveTransitive(units, opts.targets, services));
            if (resolution) {
                diagnostics.push(...resolution.diagnostics);
                progress.total += resolution.transitive.length;
                report();
            }
            const found = resolution;
            // with --no-transitive only what the files name is checked, their builds' requirements included
            const closure = found && opts.transitive && opts.analyze ? new BuildClosure(runBuild) : undefined;
            const follow = (entry) => closure?.follow(entry) ?? entry;
            // in slices, a turn apart: the first pages asked for go out while the rest are being asked for
            entries = found
                ? await mapInTurns([
                    ...requests.map((r) => async () => follow((await deadline.race(resolveOne(r))) ?? undecided(r.name, r.displayName, r.sources, pipOf(r)))),
                    ...found.transitive.map((d) => async () => {
                        const pip = unitsByKey.get(d.unit).pip;
                        return follow((await deadline.race(transitiveOne(d, pip))) ?? undecided(d.name, d.displayName, d.sources, pip, d.via));
                    }),
                ], (decide) => decide())
                : requests.map((r) => undecided(r.name, r.displayName, r.sources, pipOf(r)));
            advisor.ask(installedPairs(entries));
            if (closure) {
                const done = await deadline.race(closure.settled());
                entries.push(...closure.learned);
                // builds the deadline cut short are not followed, and their dependents say so
                if (done === undefined)
                    for (const job of closure.pending)
                        limitJob(job, `its build requirements were not followed: ${deadline.reason()}`);
            }
            verdicts = entries.map((e) => (0,verdict/* judge */.S4)({ name: e.displayName, sources: e.sources, outcomes: e.outcomes, ...(e.via ? { via: e.via } : {}), ...(e.version !== undefined ? { version: e.version } : {}) }));
            // while the client still holds the pages it read: the version to pin instead of an sdist
            if (!deadline.expired)
                await deadline.race(addWheelPins(verdicts, requests, client, opts));
            if (deadline.expired) {
                diagnostics.push({
                    severity: 'warning',
                    path: '',
                    message: `the scan's deadline of ${Math.round(opts.deadlineMs / 1000)} s passed: ${late} dependenc${late === 1 ? 'y was' : 'ies were'} not decided and ${late === 1 ? 'is' : 'are'} unresolved${found ? '' : ', and what the manifests pull in was not followed'}`,
                });
            }
        }
        decided = true;
    }
    finally {
        deadline.clear();
        await client.close();
        // the worker ends while the advisories, the cache and the verdicts are finished
        stopping = pool.close();
        if (!decided) {
            await stopping;
            await advisor.close();
        }
    }
    // kept only when everything deciding read is known again: by its hash, or as the page copy it was
    // (while the advisories are asked: the stages after this make new verdicts, never change these)
    let keeping;
    if (cache && keptKey && !kept && decided && !deadline.expired && unsettled === 0 && directs.size === 0 && cache.disk.problems().length === 0 && !verdicts.some((v) => v.status === 'unresolved')) {
        const pages = client.pagesKeptFresh();
        if (pages)
            keeping = cache.scans.put(keptKey, { verdicts, diagnostics: diagnostics.slice(decidedFrom), sdistsAnalyzed: checks.size }, pages);
    }
    // advise: every name and version pip would install (wheel or sdist, on every target), against known-malware records
    const advised = await advisor.finish(verdicts);
    diagnostics.push(...advised.diagnostics);
    if (cache) {
        await keeping;
        await cache.disk.flush();
        const problems = cache.disk.problems();
        if (problems.length > 0)
            diagnostics.push({ severity: 'warning', path: '', message: `the cache in ${opts.cacheDir} could not be used fully (${problems[0]}); results were computed anew` });
    }
    dedupeDiagnostics(diagnostics);
    // judge, last word: what the pull request did not change, and what the allow list accepts, does not gate
    const judged = applyAllowList(markPreexisting(mergeVerdicts(advised.verdicts), scope.changed), opts.allow, todayUtc());
    diagnostics.push(...judged.diagnostics);
    await stopping;
    progress.phase = 'done';
    report();
    const stats = client.stats();
    const secrets = [...new Set([...client.secrets(), ...advised.secrets])];
    return {
        root: opts.root,
        targets: opts.targets,
        manifests: files.map((f) => f.path),
        // Masked here, before any reporter escapes or shortens a string, which could split a secret
        // into pieces no later mask would recognize.
        verdicts: (0,redact/* maskDeep */.fI)(judged.verdicts, secrets),
        diagnostics: (0,redact/* maskDeep */.fI)(diagnostics, secrets),
        stats: {
            requests: stats.requests + advised.report.requests,
            bytes: stats.bytes + advised.bytes,
            retries: stats.retries,
            sdistsAnalyzed: kept ? kept.sdistsAnalyzed : checks.size,
            durationMs: Date.now() - started,
            ...(analysisCache
                ? {
                    cache: {
                        pagesFresh: stats.pagesFromCache,
                        pagesRevalidated: stats.pagesRevalidated,
                        analysesReused: analysisCache.reused,
                        written: cache.disk.stats().writes,
                        ...(kept ? { decisionsFrom: new Date(kept.at).toISOString() } : {}),
                    },
                }
                : {}),
        },
        secrets,
        scope: (0,redact/* maskDeep */.fI)(scope.report, secrets),
        advisories: advised.report,
    };
}
/** The same warning from several environments on the same line is one warning. */
function dedupeDiagnostics(diagnostics) {
    const seen = new Set();
    let kept = 0;
    for (const d of diagnostics) {
        const key = JSON.stringify([d.severity, d.path, d.line, d.message]);
        if (seen.has(key))
            continue;
        seen.add(key);
        diagnostics[kept++] = d;
    }
    diagnostics.length = kept;
}
/**
 * For each dependency pip would build from an index's sdist: the version to pin instead, from the
 * project page the select or resolve stage read (the client keeps it, so this asks for nothing new).
 * A page that cannot be read adds nothing.
 */
async function addWheelPins(verdicts, requests, client, opts) {
    const indexesOf = new Map(requests.map((r) => [r.name, r]));
    await Promise.all(verdicts.map(async (v) => {
        if (!v.targets.some((t) => t.kind === 'sdist' && t.file))
            return;
        const req = indexesOf.get((0,python_names/* normalizeName */.P)(v.name));
        // a direct reference has no index page; a lock's files are its own, and reading the index for a
        // pin would be a request the lock otherwise never makes
        if (req?.dep.direct || req?.dep.locked || req?.noIndex)
            return;
        try {
            const page = await client.getProject(v.name, req?.indexUrls);
            v.wheelPin = wheelPin(v.name, page.files, opts.targets, { pre: v.version !== undefined && (0,python_version/* isPrerelease */.V1)(v.version) });
        }
        catch {
            // the verdict already says what went wrong with the index
        }
    }));
}
/** The name and version a pick installs, when it installs a file of a known version. */
function pickedPairs(name, selection) {
    return (selection.kind === 'wheel' || selection.kind === 'sdist') && selection.version ? [{ name: (0,python_names/* normalizeName */.P)(name), version: selection.version }] : [];
}
/** Dependencies that come to the same outcome (same name, same file per target) are one verdict. */
function mergeVerdicts(verdicts) {
    const merged = new Map();
    for (const v of verdicts) {
        const key = JSON.stringify([v.name.toLowerCase().replace(/[-_.]+/g, '-'), v.version ?? null, v.status, v.targets.map((t) => [t.kind, t.version, t.file])]);
        const existing = merged.get(key);
        if (existing) {
            for (const s of v.sources)
                if (!existing.sources.some((e) => e.path === s.path && e.line === s.line))
                    existing.sources.push(s);
        }
        else
            merged.set(key, { ...v, sources: [...v.sources] });
    }
    return [...merged.values()].sort((a, b) => (0,verdict/* statusRank */.Tx)(b.status) - (0,verdict/* statusRank */.Tx)(a.status) || (0,text_order/* byText */.z)(a.name, b.name) || (0,text_order/* byText */.z)(a.version ?? '', b.version ?? ''));
}
/** extract -> analyze for sdists a person downloaded: archives, unpacked directories or .py files. */
async function inspect(paths, shown = paths, limits) {
    const results = [];
    const { decodeSource, readSdist, readSdistDirectory, analyzeSource } = await readers();
    for (const [i, file] of paths.entries()) {
        const path = shown[i] ?? file;
        try {
            const info = await stat(file);
            if (info.isDirectory()) {
                const contents = await readSdistDirectory(file, limits);
                results.push(inspectResult(path, contents, await analyzeContents(contents)));
            }
            else if (file.endsWith('.py') || file.endsWith('.pyw')) {
                const decoded = decodeSource(new Uint8Array(await readRegularFile(file)), { tokenize: basename(file) === 'setup.py' });
                const analysis = analyzeSource(decoded.text, basename(file), decoded.encoding);
                results.push({ path, suspicious: analysis.suspicious, findings: analysis.findings, limits: analysis.limits, analyzed: analysis.analyzed });
            }
            else {
                // only a regular file: a FIFO or a device would block the read, or never end
                const handle = await openRegularFile(file);
                let contents;
                try {
                    contents = await readSdist(basename(file), handle.createReadStream(), limits);
                }
                finally {
                    await handle.close().catch(() => { });
                }
                results.push(inspectResult(path, contents, await analyzeContents(contents)));
            }
        }
        catch (err) {
            results.push({ path, suspicious: false, findings: [], limits: [], analyzed: [], error: `cannot read ${path}: ${err.message}` });
        }
    }
    return results;
}
function inspectResult(path, contents, analysis) {
    const result = {
        path,
        // An archive that pip and a plain reader unpack differently is suspicious whatever its files say.
        suspicious: (analysis?.suspicious ?? false) || contents.findings.length > 0,
        findings: [...contents.findings, ...(analysis?.findings ?? [])],
        limits: [...contents.limits, ...(analysis?.limits ?? [])],
        analyzed: analysis?.analyzed ?? [],
    };
    if (contents.error)
        result.error = contents.error.includes(basename(path)) ? contents.error : `${path}: ${contents.error}`;
    return result;
}

// EXTERNAL MODULE: ./src/report/gate.ts
var report_gate = __webpack_require__(8347);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
;// CONCATENATED MODULE: ./src/report/progress.ts
// The progress line, for a terminal (the CLI, redrawn in place) and the runner's log (the action,
// every few seconds). Counters only move forward.
/**
 * The progress line on a terminal's standard error: what is being done and counters that only move
 * forward. The total of dependencies grows as the transitive resolution finds more, never shrinks;
 * while it resolves, before any dependency is decided, the line counts the project pages read.
 */
function progressLine(p, shownTotal) {
    if (p.phase === 'discover')
        return 'reading manifests…';
    const sdists = p.toAnalyze > 0 ? `; analyzed ${p.analyzed}/${p.toAnalyze} sdists` : '';
    if (p.resolved === 0 && p.pages > 0)
        return `resolving: ${p.pages} project page${p.pages === 1 ? '' : 's'} read${sdists}`;
    return `checked ${p.resolved}/${shownTotal} dependencies${sdists}`;
}

;// CONCATENATED MODULE: ./src/report/json.ts
// The JSON report other tools read: schemaVersion 2 (2 added the `malicious` status, each
// dependency's `advisories` and the top-level `advisories` check). Fields are only ever added, never
// renamed; a new status value bumps the version, since readers switch on it.

function jsonReport(result, failOn) {
    const gate = (0,report_gate/* evaluateGate */.DR)(result, failOn);
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
        summary: (0,report_gate/* countStatuses */.ip)(result.verdicts),
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
    return (0,report_gate/* maskSecrets */.QU)(JSON.stringify(report, null, 2), result.secrets) + '\n';
}

;// CONCATENATED MODULE: ./src/report/findings.ts
// Findings told as one story per place: grouped by file, one row per distinct behaviour (a rule,
// with every line it was seen on), and the evidence (the decoded payload) once per file rather
// than once per finding. What scanned code names (URLs, hosts, addresses) is defanged here, for
// every human-readable output; the JSON report keeps the findings as they are.


const SEVERITY_RANK = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
function groupFindings(findings) {
    const byPath = new Map();
    for (const f of findings)
        byPath.set(f.path, [...(byPath.get(f.path) ?? []), f]);
    const places = [];
    for (const [path, list] of byPath) {
        const byRule = new Map();
        for (const f of list) {
            const b = byRule.get(f.rule);
            if (!b)
                byRule.set(f.rule, { rule: f.rule, severity: f.severity, lines: [f.line], message: (0,report_escape/* defang */.e8)(f.message) });
            else {
                if (!b.lines.includes(f.line))
                    b.lines.push(f.line);
                if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[b.severity]) {
                    b.severity = f.severity;
                    b.message = (0,report_escape/* defang */.e8)(f.message);
                }
            }
        }
        const behaviours = [...byRule.values()]
            .map((b) => ({ ...b, lines: [...b.lines].sort((x, y) => x - y) }))
            .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.lines[0] - b.lines[0] || (0,text_order/* byText */.z)(a.rule, b.rule));
        const evidence = new Map();
        for (const f of list) {
            const text = (0,report_escape/* defang */.e8)(f.evidence ?? '').trim();
            if (!text)
                continue;
            evidence.set(text, [...new Set([...(evidence.get(text) ?? []), f.line])].sort((x, y) => x - y));
        }
        const texts = [...evidence.keys()].sort((a, b) => b.length - a.length);
        const kept = [];
        for (const t of texts) {
            const container = kept.find((k) => k.text.includes(t));
            if (container)
                container.lines = [...new Set([...container.lines, ...evidence.get(t)])].sort((x, y) => x - y);
            else
                kept.push({ lines: evidence.get(t), text: t });
        }
        kept.sort((a, b) => a.lines[0] - b.lines[0]);
        places.push({ path, behaviours, evidence: kept });
    }
    return places.sort((a, b) => SEVERITY_RANK[b.behaviours[0].severity] - SEVERITY_RANK[a.behaviours[0].severity] || (0,text_order/* byText */.z)(a.path, b.path));
}
/** `8` or `7, 8` or `3, 5, 9 and 4 more`. */
function linesText(lines, max = 5) {
    const shown = lines.slice(0, max).join(', ');
    return lines.length > max ? `${shown} and ${lines.length - max} more` : shown;
}

;// CONCATENATED MODULE: ./src/report/diagnostics.ts
// Manifest problems, folded: the same message about many files (a warning repeated once per
// manifest of a monorepo) is told once, with the places it applies to and how many there are.
/** Errors first, then warnings; within each, in the order first seen. */
function foldDiagnostics(diagnostics) {
    const byKey = new Map();
    for (const d of diagnostics) {
        const key = `${d.severity}\0${d.message}`;
        const place = { path: d.path, ...(d.line ? { line: d.line } : {}) };
        const f = byKey.get(key);
        if (f)
            f.places.push(place);
        else
            byKey.set(key, { severity: d.severity, message: d.message, places: [place] });
    }
    const all = [...byKey.values()];
    return [...all.filter((d) => d.severity === 'error'), ...all.filter((d) => d.severity === 'warning')];
}

// EXTERNAL MODULE: ./src/report/statuses.ts
var statuses = __webpack_require__(9534);
// EXTERNAL MODULE: ./src/report/advisories.ts
var report_advisories = __webpack_require__(5231);
;// CONCATENATED MODULE: ./src/report/markdown.ts
// Markdown for the job summary and `--format markdown`. It leads with what fails the gate: those
// dependencies, what to do about each, and what their build code does; then the rest, the counts,
// and the folded lists (manifests, manifest problems). The pieces are exported for the pull request
// comment (comment.ts), so that there is one renderer of each. Every untrusted string goes through
// escape.ts: `md` for text, `mdCode` for code spans, `mdCodeBlock` for payloads.






const MAX_REMEDIES = 10;
const MAX_BEHAVIOURS = 8;
/** Untrusted text anywhere in Markdown, a table cell included (escape.ts `md`). */
const cell = (s) => md(s);
/** Untrusted text shown as code, in a table cell or anywhere else (escape.ts `mdCode`). */
const code = (s) => mdCode(s, { table: true });
function icon(v) {
    return statuses/* STATUS */.XQ[v.status].icon;
}
/** The status cell: icon and status, and whether it gates at all. */
function statusLabel(v) {
    const marks = [v.preexisting ? 'pre-existing' : '', v.allowed ? 'allowed' : ''].filter(Boolean);
    return `${icon(v)} ${v.status}${marks.length ? `<br>${marks.join(', ')}` : ''}`;
}
/** The reason, preceded by the allow entry that accepts the dependency. */
function whyText(v) {
    if (!v.allowed)
        return (0,report_escape.md)(v.reason);
    const until = v.allowed.until ? `, until ${(0,report_escape.md)(v.allowed.until)}` : '';
    return `**Allowed** (${(0,report_escape.md)(v.allowed.source)}${until}): ${(0,report_escape.md)(v.allowed.reason)}<br>${(0,report_escape.md)(v.reason)}`;
}
function declaredIn(v) {
    const where = v.sources
        .slice(0, 3)
        .map((s) => (0,report_escape/* mdCode */.xs)(`${s.path}:${s.line}`, { table: true }))
        .join('<br>');
    const more = v.sources.length > 3 ? `<br>+${v.sources.length - 3} more` : '';
    const via = v.via && v.via.length > 1 ? `<br>via ${(0,report_escape.md)(v.via.join(' → '))}` : '';
    return `${where}${more}${via}`;
}
/** A table of dependencies, one row each, with where they are declared and why they are listed. */
function verdictTable(verdicts) {
    const out = ['| Status | Package | Version | Declared in | Why |', '| --- | --- | --- | --- | --- |'];
    for (const v of verdicts)
        out.push(`| ${statusLabel(v)} | ${(0,report_escape.md)(v.name)} | ${(0,report_escape.md)(v.version ?? '-')} | ${declaredIn(v)} | ${whyText(v)} |`);
    return out;
}
function stepText(s) {
    return s.map((p) => (typeof p === 'string' ? p : (0,report_escape/* mdCode */.xs)(p.code))).join('');
}
/** `**name 1.0**`: bold only around text, never around a trailing space. */
function nameVersion(v) {
    return `**${[(0,report_escape.md)(v.name), v.version ? (0,report_escape.md)(v.version) : ''].filter(Boolean).join(' ')}**`;
}
/**
 * What to do: each dependency's next steps (statuses.ts); dependencies whose steps are word for
 * word the same (eleven projects the index does not have) share one item.
 */
function remedyList(verdicts, max = MAX_REMEDIES) {
    const groups = new Map();
    for (const v of verdicts) {
        const steps = statuses/* STATUS */.XQ[v.status].remedy(v);
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
    const places = groupFindings(v.findings);
    const rows = places.flatMap((p) => p.behaviours.map((b) => ({ p, b })));
    const table = (part) => [
        '| Where | Severity | What it does |',
        '| --- | --- | --- |',
        ...part.map(({ p, b }) => `| ${(0,report_escape/* mdCode */.xs)(`${p.path}:${linesText(b.lines)}`, { table: true })} | ${b.severity} | ${(0,report_escape.md)(b.message, 400)} <sub>${(0,report_escape.md)(b.rule)}</sub> |`),
    ];
    out.push(...table(rows.slice(0, MAX_BEHAVIOURS)));
    // the rest stays in the report, folded, rather than in a file a pull request cannot open
    if (rows.length > MAX_BEHAVIOURS)
        out.push('', `<details><summary>${rows.length - MAX_BEHAVIOURS} more</summary>`, '', ...table(rows.slice(MAX_BEHAVIOURS, 60)), '', '</details>');
    const evidence = places.filter((p) => p.evidence.length > 0);
    if (evidence.length > 0) {
        out.push('', `<details><summary>What the code runs, decoded (${evidence.reduce((n, p) => n + p.evidence.length, 0)})</summary>`, '');
        const text = evidence.flatMap((p) => p.evidence.map((e) => `# ${p.path}:${linesText(e.lines)}\n${e.text}`)).join('\n\n');
        out.push(...(0,report_escape/* mdCodeBlock */.w6)(text), '', '</details>');
    }
    return out;
}
/** A folded block per dependency with findings, open for those that gate. */
function findingsDetails(verdicts, openGating = true) {
    const out = [];
    for (const v of verdicts.filter((x) => x.findings.length > 0)) {
        const open = openGating && v.status === 'suspicious' && !v.allowed && !v.preexisting;
        const n = groupFindings(v.findings).reduce((k, p) => k + p.behaviours.length, 0);
        out.push('');
        out.push(`<details${open ? ' open' : ''}><summary><b>${[(0,report_escape.md)(v.name), v.version ? (0,report_escape.md)(v.version) : ''].filter(Boolean).join(' ')}</b>: what its build code does (${n} behaviour${n === 1 ? '' : 's'})</summary>`);
        out.push('', ...findingsOf(v), '', '</details>');
    }
    return out;
}
/** Only a plain http(s) URL becomes a link target; anything else is shown as code. */
const PLAIN_URL = /^https?:\/\/[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+$/;
function advisoryLink(id, url) {
    return PLAIN_URL.test(url) && url.length <= 2000 ? `[${(0,report_escape.md)(id)}](${url})` : `${(0,report_escape.md)(id)} (${(0,report_escape/* mdCode */.xs)(url)})`;
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
        out.push(`<details${open ? ' open' : ''}><summary>${statuses/* STATUS */.XQ.malicious.icon} <b>${[(0,report_escape.md)(v.name), v.version ? (0,report_escape.md)(v.version) : ''].filter(Boolean).join(' ')}</b> is known malware</summary>`);
        out.push('');
        for (const a of v.advisories)
            out.push(`- ${advisoryLink(a.id, a.url)} (version ${(0,report_escape.md)(a.version)})${a.summary ? `: ${(0,report_escape.md)(a.summary, 500)}` : ''}`);
        out.push('', '</details>');
    }
    return out;
}
/** Manifest problems, the same message in many files told once with a count. */
function diagnosticsList(diagnostics, max = 50) {
    const folded = foldDiagnostics(diagnostics);
    const out = [];
    for (const d of folded.slice(0, max)) {
        const where = d.places
            .slice(0, 3)
            .map((p) => (0,report_escape/* mdCode */.xs)(`${p.path}${p.line ? `:${p.line}` : ''}`))
            .filter(Boolean)
            .join(', ');
        const more = d.places.length > 3 ? ` and ${d.places.length - 3} more` : '';
        const count = d.places.length > 1 ? ` (${d.places.length} times)` : '';
        out.push(`- ${d.severity}${count}: ${(0,report_escape.md)(d.message, 500)}${where ? ` at ${where}${more}` : ''}`);
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
        return `⚠️ ${(0,report_escape.md)(scope.note, 600)}.`;
    if (scope.applied !== 'changed')
        return undefined;
    const pre = result.verdicts.filter((v) => v.preexisting && (0,statuses/* listed */.KE)(v)).length;
    return `Scope: only dependencies this change adds or alters gate (compared with the ${(0,report_escape.md)(scope.base ?? 'base')})${pre ? `; ${pre} pre-existing ${pre === 1 ? 'one is' : 'ones are'} listed, marked as such` : ''}.`;
}
/** `1 suspicious, 2 built from source`: what a list of verdicts holds, worst first. */
function statusCounts(verdicts) {
    const counts = (0,report_gate/* countStatuses */.ip)(verdicts);
    return statuses/* STATUS_ORDER */.QD.filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${statuses/* STATUS */.XQ[s].noun}`)
        .join(', ');
}
function markdown_plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
/** The first line: what fails, or what a report-only run found, or that it passed. */
function headline(result, failOn, what) {
    const gate = (0,report_gate/* evaluateGate */.DR)(result, failOn);
    if (gate.failed) {
        const n = gate.failing.length;
        if (n === 0)
            return `❌ ${markdown_plural(gate.manifestErrors, 'manifest error fails', 'manifest errors fail')} the gate`;
        return `❌ ${markdown_plural(n, 'dependency', 'dependencies')} ${what} ${n === 1 ? 'fails' : 'fail'} the gate: ${statusCounts(gate.failing)}`;
    }
    const attention = result.verdicts.filter((v) => (0,statuses/* needsAttention */.e_)(v) && !v.allowed && !v.preexisting);
    if (failOn.length === 0 && attention.length > 0)
        return `${statuses/* STATUS */.XQ[attention[0].status].icon} report only: ${statusCounts(attention)}`;
    return '✅ passed';
}
function markdownReport(input, failOn, opts = {}) {
    const result = (0,report_gate/* maskVerdicts */.LU)(input);
    const gate = (0,report_gate/* evaluateGate */.DR)(result, failOn);
    const counts = (0,report_gate/* countStatuses */.ip)(result.verdicts);
    const out = [];
    out.push(`## ${opts.title ?? 'sdist-guard'}: ${headline(result, failOn, result.scope?.applied === 'changed' ? 'this change adds or alters' : 'declared here')}`);
    out.push('', (0,report_escape.md)(gate.message, 1000));
    const scope = scopeLine(result);
    if (scope)
        out.push('', scope);
    const shown = result.verdicts.filter(statuses/* listed */.KE);
    const failing = gate.failing;
    const rest = shown.filter((v) => !failing.includes(v));
    if (failing.length > 0) {
        out.push('', ...verdictTable(failing));
        out.push('', ...remedyList(failing));
        out.push(...advisoryDetails(failing));
        out.push(...findingsDetails(failing));
    }
    if (rest.length > 0) {
        const title = failing.length > 0 ? `${markdown_plural(rest.length, 'other dependency', 'other dependencies')} to know about, not failing the gate: ${statusCounts(rest)}` : undefined;
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
    const advisories = (0,report_advisories/* advisorySentence */.$s)(result);
    if (advisories) {
        out.push('');
        out.push(`${result.advisories?.unchecked ? '⚠️ ' : ''}${(0,report_escape.md)(advisories, 1000)}`);
    }
    out.push('', '| Status | Count | Meaning |', '| --- | ---: | --- |');
    for (const s of statuses/* STATUS_ORDER */.QD)
        out.push(`| ${statuses/* STATUS */.XQ[s].icon} ${s} | ${counts[s]} | ${statuses/* STATUS */.XQ[s].meaning} |`);
    out.push('', `Targets: ${result.targets.map((t) => `CPython ${(0,report_escape.md)(t.python)} on ${(0,report_escape/* mdCode */.xs)(t.platform)}`).join(', ')}.`);
    if (result.manifests.length === 0)
        out.push('', 'Manifests: none found.');
    else {
        out.push('', `<details><summary>${markdown_plural(result.manifests.length, 'manifest', 'manifests')} read</summary>`, '');
        for (const m of result.manifests.slice(0, 500))
            out.push(`- ${(0,report_escape/* mdCode */.xs)(m)}`);
        if (result.manifests.length > 500)
            out.push(`- … and ${result.manifests.length - 500} more`);
        out.push('', '</details>');
    }
    if (result.diagnostics.length > 0) {
        const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
        const title = `Manifest problems: ${markdown_plural(errors, 'error', 'errors')}, ${markdown_plural(result.diagnostics.length - errors, 'warning', 'warnings')}`;
        out.push('', `<details${errors > 0 ? ' open' : ''}><summary>${title}</summary>`, '', ...diagnosticsList(result.diagnostics), '', '</details>');
    }
    if (opts.checkRun) {
        const link = opts.checkRun.url ? `[the sdist-guard check run](${opts.checkRun.url})` : 'the sdist-guard check run';
        out.push('', `All ${opts.checkRun.annotations} annotations are on ${link}, on the lines that declare each dependency.`);
    }
    else if (opts.annotationsNotShown) {
        out.push('', `GitHub shows at most 10 error and 10 warning annotations per step: ${opts.annotationsNotShown} more are listed above and in the JSON report. Give the job the \`checks: write\` permission to get every one of them on its manifest line.`);
    }
    return (0,report_gate/* maskSecrets */.QU)(out.join('\n'), result.secrets) + '\n';
}

;// CONCATENATED MODULE: ./src/report/annotations.ts
// Workflow annotations on manifest lines. GitHub shows at most 10 errors and 10 warnings per step,
// so the worst come first, and among warnings what the change brings in comes before what was
// already there; the rest are counted for the summary to mention. Annotation text is plain text,
// passed through `commandData` (escape.ts); the toolkit escapes it for the workflow command.





const STEP_ANNOTATION_LIMIT = 10;
function remedyLine(v) {
    if (v.allowed)
        return '';
    const steps = statuses/* STATUS */.XQ[v.status].remedy(v);
    return steps.length ? `\nWhat to do: ${steps.map(statuses/* stepPlain */.NM).join(' ')}` : '';
}
function annotationFor(v, level, secrets) {
    const source = v.sources[0];
    const top = groupFindings(v.findings)
        .flatMap((p) => p.behaviours.map((b) => `${b.severity} ${b.rule} at ${p.path}:${linesText(b.lines, 3)}: ${(0,report_escape/* oneLine */.TN)(b.message, 140)}`))
        .slice(0, 3);
    const via = v.via && v.via.length > 1 ? `\nPulled in by ${v.via.join(' -> ')}` : '';
    const message = [(0,report_escape/* oneLine */.TN)(v.reason, 400) + via + remedyLine(v), ...top].join('\n');
    return {
        level,
        file: source?.path ?? '',
        line: source?.line ?? 1,
        title: (0,report_escape/* commandData */.wq)((0,report_gate/* maskSecrets */.QU)((0,report_escape/* oneLine */.TN)(`sdist-guard: ${v.name}${v.version ? ' ' + v.version : ''} is ${v.status}${v.preexisting ? ' (pre-existing)' : ''}`, 200), secrets)),
        message: (0,report_escape/* commandData */.wq)((0,report_gate/* maskSecrets */.QU)(message, secrets)),
        ...(v.preexisting ? { preexisting: true } : {}),
    };
}
/**
 * Every annotation the scan warrants, worst first: gate-failing dependencies as errors, other
 * dependencies pip would build (or could not be checked) as warnings, pre-existing ones marked so.
 * Allowed dependencies were accepted on purpose: the summary lists them, the code is not flagged.
 * A manifest problem repeated in many files is one annotation, on its first place, with the count.
 */
function allAnnotations(input, failOn) {
    const result = (0,report_gate/* maskVerdicts */.LU)(input);
    const out = [];
    for (const v of result.verdicts) {
        if (!statuses/* STATUS */.XQ[v.status].listed || v.allowed)
            continue;
        out.push(annotationFor(v, (0,report_gate/* gates */.VF)(v, failOn) ? 'error' : 'warning', result.secrets));
    }
    for (const d of foldDiagnostics(result.diagnostics)) {
        const first = d.places[0];
        const others = d.places.length > 1 ? ` (and in ${d.places.length - 1} more place${d.places.length === 2 ? '' : 's'}: ${d.places.slice(1, 4).map((p) => p.path).join(', ')}${d.places.length > 4 ? ', …' : ''})` : '';
        // a diagnostic without a file is about the run (the cache, the advisory service), not a manifest
        out.push({
            level: d.severity,
            file: first.path,
            line: first.line ?? 1,
            title: first.path ? 'sdist-guard: manifest problem' : 'sdist-guard',
            message: (0,report_escape/* commandData */.wq)((0,report_gate/* maskSecrets */.QU)((0,report_escape/* oneLine */.TN)(d.message, 1000) + others, result.secrets)),
        });
    }
    // verdicts are already worst first; the sort is stable, so that order holds within each rank
    const rank = (a) => (a.level === 'error' ? 0 : 2) + (a.preexisting ? 1 : 0);
    return [...out].sort((a, b) => rank(a) - rank(b));
}
/** The annotations a step can show, and how many of each level did not fit. */
function stepAnnotations(all) {
    const errors = all.filter((a) => a.level === 'error');
    const warnings = all.filter((a) => a.level === 'warning');
    const shown = [...errors.slice(0, STEP_ANNOTATION_LIMIT), ...warnings.slice(0, STEP_ANNOTATION_LIMIT)];
    return { shown, notShown: all.length - shown.length };
}

;// CONCATENATED MODULE: ./src/report/comment.ts
// The pull request comment: one per pull request, found again through a hidden marker and rewritten
// on every run. It leads with what the pull request itself adds or changes; pre-existing and
// allowed dependencies follow, folded. When the problems are gone it becomes a short all-clear
// instead of staying stale. GitHub refuses bodies of 65,536 characters or more, so a long report
// falls back to a list that links to the job summary.






const COMMENT_MARKER = '<!-- sdist-guard: pull request comment -->';
/** GitHub's limit on a comment body. */
const MAX_COMMENT_LENGTH = 65_536;
const COMMENT_MODES = ['on-failure', 'always', 'never'];
/**
 * What to do with the comment: `on-failure` writes one only when the gate fails and turns an
 * earlier one into an all-clear once it passes; `always` keeps one in every case.
 */
function decideComment(mode, state) {
    if (mode === 'never')
        return 'none';
    if (state.failed)
        return 'report';
    // fail-on: none never fails; on-failure then means "when there is something a failing run would show"
    if (state.reportOnly && state.worthReporting)
        return 'report';
    if (mode === 'always')
        return state.somethingToSay ? 'report' : 'all-clear';
    return state.existing ? 'all-clear' : 'none';
}
/** Dependencies the pull request brings in or changes that are worth a line: not wheels, not allowed. */
function inScope(result) {
    return result.verdicts.filter((v) => (0,statuses/* listed */.KE)(v) && !v.preexisting && !v.allowed);
}
/** Whether a comment has anything to report beyond "all clear". */
function somethingToSay(result, failOn) {
    return (0,report_gate/* evaluateGate */.DR)(result, failOn).failed || inScope(result).length > 0;
}
/**
 * What a report-only run (fail-on: none) has to say: what the pull request adds that would fail
 * the default gate (suspicious, unresolved). A report nobody reads is no report.
 */
function worthReporting(result) {
    return inScope(result).some(statuses/* needsAttention */.e_);
}
function dependencies(n, kind = '') {
    return `${n} ${kind}${n === 1 ? 'dependency' : 'dependencies'}`;
}
function footer(ctx) {
    const parts = [`sdist-guard ${(0,report_escape.md)(version/* VERSION */.x)}`];
    if (ctx.sha && /^[0-9a-f]{7,64}$/i.test(ctx.sha))
        parts.push(`commit ${ctx.sha.slice(0, 7)}`);
    if (ctx.runUrl)
        parts.push(`[workflow run](${ctx.runUrl})`);
    return `<sub>${parts.join(' · ')}</sub>`;
}
function heading(result, failOn) {
    const what = result.scope?.applied === 'changed' ? 'this pull request adds or changes' : 'this repository declares';
    return `## sdist-guard: ${headline(result, failOn, what)}`;
}
function folded(title, verdicts) {
    if (verdicts.length === 0)
        return [];
    return ['', `<details><summary>${title}</summary>`, '', ...verdictTable(verdicts), '', '</details>'];
}
function fullBody(result, failOn, ctx) {
    const gate = (0,report_gate/* evaluateGate */.DR)(result, failOn);
    const out = [COMMENT_MARKER, heading(result, failOn), ''];
    const changed = inScope(result);
    const failing = changed.filter((v) => gate.failing.includes(v));
    const others = changed.filter((v) => !gate.failing.includes(v));
    // what fails first, then what else the pull request brings that pip would build or cannot check
    const lead = failing.length > 0 ? failing : others.filter((v) => v.status !== 'sdist');
    const rest = changed.filter((v) => !lead.includes(v));
    if (lead.length > 0) {
        out.push(...verdictTable(lead), '', ...remedyList(lead), ...advisoryDetails(lead), ...findingsDetails(lead), '');
    }
    out.push((0,report_escape.md)(gate.message, 1000));
    const scope = scopeLine(result);
    if (scope)
        out.push('', scope);
    if (result.advisories?.unchecked)
        out.push('', `⚠️ ${(0,report_escape.md)((0,report_advisories/* advisorySentence */.$s)(result), 1000)}`);
    if (rest.length > 0) {
        out.push('', `**Also ${lead.length > 0 ? 'in' : 'added or changed by'} this ${lead.length > 0 ? 'change, not failing the gate' : 'pull request'}**: ${statusCounts(rest)}`, '');
        out.push(...verdictTable(rest), '', ...remedyList(rest), ...advisoryDetails(rest, false), ...findingsDetails(rest, false));
    }
    const pre = result.verdicts.filter((v) => (0,statuses/* listed */.KE)(v) && v.preexisting && !v.allowed);
    out.push(...folded(`${dependencies(pre.length, 'pre-existing ')}: already at the base, not gating`, pre));
    const allowed = result.verdicts.filter((v) => (0,statuses/* listed */.KE)(v) && v.allowed);
    out.push(...folded(`${dependencies(allowed.length, 'allowed ')}: accepted by the configuration, not gating`, allowed));
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0)
        out.push('', '**Manifest problems**', '', ...diagnosticsList(errors, 20));
    out.push('', `The job summary has the full report; the JSON report is the job's \`report\` output.`, '', footer(ctx));
    return out.join('\n') + '\n';
}
/** The short form: one line per gating dependency, as many as fit, and where the rest is. */
function shortBody(result, failOn, ctx, limit) {
    const gate = (0,report_gate/* evaluateGate */.DR)(result, failOn);
    const where = ctx.runUrl ? `the [job summary](${ctx.runUrl})` : 'the job summary';
    const head = [COMMENT_MARKER, heading(result, failOn), '', (0,report_escape.md)(gate.message, 1000), '', `The full report is too long for a comment: it is in ${where} and the JSON report.`, ''];
    const tail = ['', footer(ctx)];
    const lines = [...head];
    const items = [...gate.failing, ...inScope(result).filter((v) => !gate.failing.includes(v))];
    let size = [...head, ...tail].join('\n').length + 100;
    let shown = 0;
    for (const v of items) {
        const named = v.advisories?.length ? ` (${(0,report_escape.md)(v.advisories.map((a) => a.id).join(', '))})` : '';
        const line = `- ${statuses/* STATUS */.XQ[v.status].icon} ${v.status} **${(0,report_escape.md)(v.name)}**${v.version ? ` ${(0,report_escape.md)(v.version)}` : ''}${named} at ${(0,report_escape/* mdCode */.xs)((0,report_gate/* location */.C5)(v))}`;
        if (size + line.length + 1 > limit)
            break;
        lines.push(line);
        size += line.length + 1;
        shown++;
    }
    if (shown < items.length)
        lines.push(`- … and ${items.length - shown} more`);
    return [...lines, ...tail].join('\n') + '\n';
}
/** The report comment, within GitHub's limit. */
function reportComment(input, failOn, ctx = {}, limit = MAX_COMMENT_LENGTH) {
    const result = (0,report_gate/* maskVerdicts */.LU)(input);
    const full = (0,report_gate/* maskSecrets */.QU)(fullBody(result, failOn, ctx), result.secrets);
    if (full.length < limit)
        return full;
    return (0,report_gate/* maskSecrets */.QU)(shortBody(result, failOn, ctx, limit - 1), result.secrets);
}
/** What replaces a report once nothing the pull request changes fails the gate. */
function allClearComment(result, failOn, ctx = {}) {
    const gate = (0,report_gate/* evaluateGate */.DR)(result, failOn);
    const pre = gate.notGating.preexisting.length;
    const allowed = gate.notGating.allowed.length;
    const aside = [pre ? `${pre} pre-existing` : '', allowed ? `${allowed} allowed` : ''].filter(Boolean).join(' and ');
    const out = [
        COMMENT_MARKER,
        '## sdist-guard: ✅ all clear',
        '',
        `No dependency this pull request adds or changes ${failOn.length ? 'fails the gate' : 'needs a look'} (fail-on: ${failOn.join(',') || 'none'}).${aside ? ` The job summary still lists ${aside}, which do not gate.` : ''}`,
        '',
        footer(ctx),
    ];
    return (0,report_gate/* maskSecrets */.QU)(out.join('\n') + '\n', result.secrets);
}

// EXTERNAL MODULE: ./src/github/common.ts
var common = __webpack_require__(450);
;// CONCATENATED MODULE: ./src/github/event.ts
// What the runner says about the event: its name, the repository, and for a pull request its number
// and the base and head commits. Read from GITHUB_EVENT_PATH when the run starts (not when a module
// loads), so the action reads the event of the run it is part of.


const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
function sha(value) {
    return typeof value === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(value) ? value : undefined;
}
function readRunContext(env = process.env) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const ctx = { eventName, ...(sha(env.GITHUB_SHA) ? { sha: env.GITHUB_SHA } : {}) };
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch (err) {
            ctx.warning = `cannot read the event file GITHUB_EVENT_PATH=${env.GITHUB_EVENT_PATH}: ${err.message}`;
        }
    }
    const fullName = payload.repository?.full_name;
    const repo = (0,common/* repoFrom */.Zo)(env.GITHUB_REPOSITORY) ?? (0,common/* repoFrom */.Zo)(fullName);
    if (repo)
        ctx.repo = repo;
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    if (repo && env.GITHUB_RUN_ID && /^\d+$/.test(env.GITHUB_RUN_ID))
        ctx.runUrl = `${server}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}`;
    if (PULL_REQUEST_EVENTS.includes(eventName)) {
        const pr = payload.pull_request;
        const number = typeof pr?.number === 'number' ? pr.number : undefined;
        const baseSha = sha(pr?.base?.sha);
        const headSha = sha(pr?.head?.sha);
        if (number !== undefined && baseSha && headSha)
            ctx.pullRequest = { number, baseSha, headSha };
        else
            ctx.warning ??= `the ${eventName} event has no pull_request number with base and head commits`;
    }
    if (eventName === 'merge_group') {
        const group = payload.merge_group;
        const baseSha = sha(group?.base_sha);
        const headSha = sha(group?.head_sha);
        if (baseSha && headSha)
            ctx.mergeGroup = { baseSha, headSha };
        else
            ctx.warning ??= 'the merge_group event has no base_sha and head_sha';
    }
    return ctx;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/github/base-files.ts
// The files of a pull request's base commit: from git when the checkout has that commit (a
// checkout with history), otherwise from the REST contents API. git runs without a shell, with a
// timeout, and only plumbing commands that run no hooks or filters.



const GIT_TIMEOUT_MS = 30_000;
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const MAX_LINK_HOPS = 8;
function git(cwd, args) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['--literal-pathspecs', ...args], { cwd, timeout: GIT_TIMEOUT_MS, maxBuffer: MAX_FILE_BYTES, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' } }, (err, stdout, stderr) => {
            if (err)
                resolve({ ok: false, error: (stderr || err.message).trim().split('\n')[0] });
            else
                resolve({ ok: true, stdout });
        });
    });
}
function base_files_short(sha) {
    return sha.slice(0, 7);
}
/**
 * Reads the base through git in `root` (a directory of the checkout); undefined when git is not
 * there or the checkout lacks the commit (a shallow clone).
 */
async function gitBaseFiles(root, sha) {
    const has = await git(root, ['cat-file', '-e', `${sha}^{commit}`]);
    if (!has.ok)
        return undefined;
    const read = async (relPath, hops = 0) => {
        const entry = await git(root, ['ls-tree', '-z', sha, '--', relPath]);
        if (!entry.ok)
            throw new Error(`git ls-tree ${base_files_short(sha)} ${relPath}: ${entry.error}`);
        const line = entry.stdout.split('\0').find((l) => l.endsWith(`\t${relPath}`));
        if (!line)
            return undefined;
        const [mode, type, object] = line.slice(0, line.indexOf('\t')).split(' ');
        if (type !== 'blob')
            return undefined;
        const blob = await git(root, ['cat-file', 'blob', object]);
        if (!blob.ok)
            throw new Error(`git cat-file ${object}: ${blob.error}`);
        if (mode !== '120000')
            return blob.stdout;
        // A symbolic link: read what it points to, as the scan does at the head, while it stays in the root.
        const target = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(relPath), blob.stdout.trim()));
        if (hops >= MAX_LINK_HOPS || target.startsWith('../') || target === '..' || external_node_path_default().posix.isAbsolute(target))
            return undefined;
        return read(target, hops + 1);
    };
    return { label: `base commit ${base_files_short(sha)} (git)`, read: (relPath) => read(relPath) };
}
/** Reads the base through `GET /repos/{owner}/{repo}/contents/{path}?ref=<sha>`. */
function apiBaseFiles(client, repo, sha) {
    return {
        label: `base commit ${base_files_short(sha)} (GitHub API)`,
        async read(relPath) {
            try {
                const res = await client.rest.repos.getContent({ ...repo, path: relPath, ref: sha, mediaType: { format: 'raw' } });
                const data = res.data;
                // the raw media type comes back as bytes (or text, depending on the client version)
                if (data instanceof ArrayBuffer)
                    return new TextDecoder().decode(data);
                if (typeof data === 'string')
                    return data;
                // a directory (a JSON listing) or a submodule: not a manifest file
                if (Array.isArray(data) || (typeof data === 'object' && data !== null && data.type !== 'file'))
                    return undefined;
                const file = data;
                if (file.encoding === 'base64' && typeof file.content === 'string')
                    return Buffer.from(file.content, 'base64').toString('utf8');
                throw new Error('the API answered without the file content');
            }
            catch (err) {
                if ((0,common/* httpStatus */.nG)(err) === 404)
                    return undefined;
                throw new Error(`GitHub contents API, ${relPath} at ${base_files_short(sha)}: ${(0,common/* describeError */.Uc)(err)}`);
            }
        },
    };
}
/** git when it can, the API otherwise; undefined when neither is available. */
async function baseFilesFor(root, sha, api) {
    const viaGit = await gitBaseFiles(root, sha);
    if (viaGit)
        return viaGit;
    return api ? apiBaseFiles(api.client, api.repo, sha) : undefined;
}

;// CONCATENATED MODULE: ./src/github/comment.ts
// The pull request comment on GitHub: found through its hidden marker among the pull request's
// comments, then created or updated in place, so a pull request never collects one per push.

/** The first comment carrying the marker, reading every page of the pull request's comments. */
async function findComment(client, repo, issueNumber) {
    const pages = client.paginate.iterator(client.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
    for await (const page of pages) {
        const found = page.data.find((c) => c.body?.includes(COMMENT_MARKER));
        if (found)
            return { id: found.id, body: found.body ?? '', url: found.html_url };
    }
    return undefined;
}
async function writeComment(client, repo, issueNumber, existing, body) {
    if (existing) {
        const res = await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
        return { action: 'updated', id: res.data.id, url: res.data.html_url };
    }
    const res = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
    return { action: 'created', id: res.data.id, url: res.data.html_url };
}

;// CONCATENATED MODULE: ./src/github/check-run.ts
// A check run that carries every annotation: a step shows only 10 errors and 10 warnings, a check
// run takes any number, 50 per request. Needs the `checks: write` permission.
const ANNOTATIONS_PER_REQUEST = 50;
const CHECK_RUN_NAME = 'sdist-guard';
// GitHub's limits on a check run's output.
const MAX_SUMMARY = 65_535;
const MAX_ANNOTATION_MESSAGE = 64 * 1024 - 1;
/** Check annotations need a file in the repository; the rest are only in the summary. */
function toCheckAnnotations(annotations) {
    return annotations
        .filter((a) => a.file !== '')
        .map((a) => ({
        path: a.file,
        start_line: a.line,
        end_line: a.line,
        annotation_level: a.level === 'error' ? 'failure' : 'warning',
        title: a.title.slice(0, 255),
        message: a.message.slice(0, MAX_ANNOTATION_MESSAGE),
    }));
}
function clip(s, max) {
    return s.length <= max ? s : s.slice(0, max - 1) + '…';
}
/**
 * Creates the check run with the first 50 annotations and adds the rest 50 at a time; GitHub
 * appends annotations on each update. It is completed by the last request, so it never shows as
 * finished with half its annotations.
 */
async function publishCheckRun(client, repo, input) {
    const all = toCheckAnnotations(input.annotations);
    const batches = [];
    for (let i = 0; i < all.length; i += ANNOTATIONS_PER_REQUEST)
        batches.push(all.slice(i, i + ANNOTATIONS_PER_REQUEST));
    if (batches.length === 0)
        batches.push([]);
    const output = (annotations) => ({ title: clip(input.title, 255), summary: clip(input.summary, MAX_SUMMARY), annotations });
    const done = (last) => (last ? { status: 'completed', conclusion: input.conclusion, completed_at: new Date().toISOString() } : { status: 'in_progress' });
    const created = await client.rest.checks.create({ ...repo, name: CHECK_RUN_NAME, head_sha: input.headSha, ...done(batches.length === 1), output: output(batches[0]) });
    for (let i = 1; i < batches.length; i++) {
        await client.rest.checks.update({ ...repo, check_run_id: created.data.id, ...done(i === batches.length - 1), output: output(batches[i]) });
    }
    return { id: created.data.id, url: created.data.html_url ?? undefined, annotations: all.length };
}

;// CONCATENATED MODULE: ./src/action-cache.ts
// The action's cache directory, carried from run to run by the Actions cache service. The service
// is an optimization only: when it is missing (a self-hosted runner without it, act, a local run)
// or fails, the run goes on with what it has and says so in one line, never failing the job.





/** Saved entries are immutable, so each run saves under its own key and restores the newest by prefix. */
function cacheKeys(env) {
    const os = (env.RUNNER_OS || process.platform).toLowerCase();
    const prefix = `sdist-guard-cache-v1-${os}-analyzer-${ANALYZER_VERSION}-`;
    const run = `${env.GITHUB_RUN_ID || Date.now()}-${env.GITHUB_RUN_ATTEMPT || '1'}`;
    return { key: prefix + run, restoreKeys: [prefix] };
}
/** The `cache` input: YAML 1.2 booleans as `core.getBooleanInput` reads them; empty means the default, true. */
function parseCacheInput(value) {
    const v = value.trim();
    if (v === '')
        return true;
    if (['true', 'True', 'TRUE'].includes(v))
        return true;
    if (['false', 'False', 'FALSE'].includes(v))
        return false;
    throw new ConfigError(`cache: "${value}" is not a boolean: expected true or false`);
}
function actionCacheDir(env) {
    return (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'sdist-guard-cache');
}
/** The Actions cache toolkit, loaded only by a run that uses the cache. */
function cacheService() {
    return __webpack_require__.e(/* import() */ 691).then(__webpack_require__.bind(__webpack_require__, 1691));
}
async function restoreActionCache(env = process.env) {
    const dir = actionCacheDir(env);
    const { key, restoreKeys } = cacheKeys(env);
    core/* info */.pq(`sdist-guard: cache kept in ${dir}`);
    const actionsCache = await cacheService();
    if (!actionsCache.isFeatureAvailable()) {
        core/* info */.pq('sdist-guard: the Actions cache service is not available to this run; the cache directory serves this run only');
        return { dir, key, available: false };
    }
    try {
        const restoredKey = await actionsCache.restoreCache([dir], key, restoreKeys);
        core/* info */.pq(restoredKey ? `sdist-guard: restored the cache ${restoredKey}` : 'sdist-guard: no saved cache was restored; this run starts from what the directory holds');
        return restoredKey ? { dir, key, restoredKey, available: true } : { dir, key, available: true };
    }
    catch (err) {
        core/* warning */.$e(`sdist-guard: could not restore the cache (${err.message}); the scan runs without it`);
        return { dir, key, available: true };
    }
}
/** Saves the directory when the run added to it; a failure is a warning. */
async function saveActionCache(restored, added) {
    if (!restored.available)
        return;
    if (added === 0) {
        core/* info */.pq('sdist-guard: nothing new for the cache; not saved');
        return;
    }
    const actionsCache = await cacheService();
    try {
        const id = await actionsCache.saveCache([restored.dir], restored.key);
        if (id !== -1)
            core/* info */.pq(`sdist-guard: saved the cache ${restored.key} (${added} new entries)`);
    }
    catch (err) {
        core/* warning */.$e(`sdist-guard: could not save the cache (${err.message}); the next run computes again what this one did`);
    }
}

;// CONCATENATED MODULE: ./src/run-action.ts
// The GitHub Action: reads the inputs (and the configuration file) into the same Options the CLI
// builds, runs the scan, and reports through the runner and the GitHub API: annotations (or a check
// run when there are more than a step shows), the job summary, one pull request comment, SARIF,
// outputs and the job's status. Only the scan's verdict can fail the job: a GitHub API call that
// fails (a fork's read-only token, a missing permission) becomes a warning that says what to grant.






















const PROGRESS_EVERY_MS = 5000;
function input(name) {
    return core/* getInput */.V4(name).trim();
}
function parseCommentMode(value) {
    if (!COMMENT_MODES.includes(value))
        throw new ConfigError(`comment: "${value}" is not a mode: expected ${COMMENT_MODES.join(', ')}`);
    return value;
}
/** A base that cannot be read, with the reason: the scan then gates on everything and says why. */
function unreadableBase(sha, why) {
    return {
        label: `base commit ${sha.slice(0, 7)}`,
        read: async () => {
            throw new Error(why);
        },
    };
}
function gitHubApi(token, repo) {
    if (!token || !repo)
        return undefined;
    let client;
    return { repo, client: () => (client ??= Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584)).then(({ githubClient }) => githubClient(token))) };
}
function permissionWarning(what, err, permission, fallback) {
    const status = (0,common/* httpStatus */.nG)(err);
    const why = status === 403 || status === 401
        ? `the token lacks the \`${permission}\` permission (pull requests from forks always get a read-only token). Add \`permissions: ${permission}\` to the job to get it`
        : 'the GitHub API call failed';
    return `sdist-guard could not ${what} (${(0,common/* describeError */.Uc)(err)}): ${why}; ${fallback}`;
}
async function run() {
    try {
        const workspace = (0,external_node_path_.resolve)(process.env.GITHUB_WORKSPACE || process.cwd());
        const credentials = parseCredentials(core/* getInput */.V4('index-credentials'), 'index-credentials');
        for (const secret of Object.values(credentials)) {
            core/* setSecret */.Pq(secret);
            const colon = secret.indexOf(':');
            if (colon > 0)
                core/* setSecret */.Pq(secret.slice(colon + 1));
        }
        const indexUrl = input('index-url');
        const extra = splitList(input('extra-index-urls'));
        for (const url of [indexUrl, ...extra])
            maskUrlSecrets(url);
        const event = readRunContext(process.env);
        if (event.warning)
            core/* warning */.$e((0,report_escape/* commandData */.wq)(`sdist-guard: ${event.warning}`));
        const token = input('github-token');
        const api = gitHubApi(token, event.repo);
        const config = loadConfig(workspace, input('config') ? (0,external_node_path_.resolve)(workspace, input('config')) : undefined);
        for (const url of [config?.indexUrl ?? '', ...(config?.extraIndexUrls ?? []), input('advisories'), config?.advisories ?? ''])
            maskUrlSecrets(url);
        // Only on pull_request is the checkout the pull request's merge by default; pull_request_target
        // checks out the base, where comparing with the base would find nothing changed.
        // A merge queue's run is the pull request's once more, on top of the queue: it gates the same way,
        // against the merge group's base.
        const scope = input('scope') ? parseScope(input('scope')) : event.eventName === 'pull_request' || event.eventName === 'merge_group' ? 'changed' : 'all';
        const commentMode = parseCommentMode(input('comment') || 'on-failure');
        const sarifFile = input('sarif-file');
        let base;
        const compare = event.pullRequest ?? event.mergeGroup;
        if (scope === 'changed' && compare) {
            const sha = compare.baseSha;
            base =
                (await baseFilesFor(workspace, sha, api && { client: await api.client(), repo: api.repo })) ??
                    unreadableBase(sha, 'the checkout does not have that commit (fetch-depth: 0 would fetch it) and there is no github-token to read it through the API');
        }
        const cache = parseCacheInput(input('cache')) ? await restoreActionCache() : undefined;
        const opts = resolveOptions({
            root: workspace,
            paths: splitList(input('paths')).map((p) => (0,external_node_path_.resolve)(workspace, p)),
            indexUrl: indexUrl || undefined,
            extraIndexUrls: extra.length ? extra : undefined,
            credentials,
            pythonVersions: splitList(input('python-version')),
            platforms: splitList(input('platform')),
            failOn: input('fail-on') ? parseFailOn(input('fail-on')) : undefined,
            concurrency: input('concurrency') ? parsePositiveInt(input('concurrency'), 'concurrency', 256) : undefined,
            timeoutMs: input('timeout') ? parsePositiveInt(input('timeout'), 'timeout', 3600) * 1000 : undefined,
            deadlineMs: input('deadline') ? parsePositiveInt(input('deadline'), 'deadline', MAX_DEADLINE_SECONDS) * 1000 : undefined,
            transitive: input('transitive') ? parseBoolean(input('transitive'), 'transitive') : undefined,
            advisories: input('advisories') || undefined,
            advisoriesRequired: input('advisories-required') ? parseBoolean(input('advisories-required'), 'advisories-required') : undefined,
            config,
            scope,
            base,
            cacheDir: cache?.dir,
            exclude: input('exclude') ? parseExclude(splitLines(input('exclude')), 'exclude') : undefined,
        });
        let lastLog = Date.now();
        let total = 0;
        const onProgress = (p) => {
            const now = Date.now();
            if (p.phase === 'resolve' && now - lastLog >= PROGRESS_EVERY_MS) {
                lastLog = now;
                total = Math.max(total, p.total);
                core/* info */.pq(`sdist-guard: ${progressLine(p, total)}`);
            }
        };
        core/* info */.pq((0,report_escape/* logLine */.BP)(`sdist-guard: scanning ${opts.paths.map((p) => p.replace(workspace, '.')).join(', ')} for ${opts.targets.map((t) => `CPython ${t.python} on ${t.platform}`).join(', ')}`));
        if (opts.exclude.length)
            core/* info */.pq((0,report_escape/* logLine */.BP)(`sdist-guard: leaving out ${opts.exclude.join(', ')}`));
        if (opts.configFile)
            core/* info */.pq((0,report_escape/* logLine */.BP)(`sdist-guard: configuration from ${opts.configFile}`));
        const result = await scan(opts, { onProgress });
        for (const s of result.secrets)
            core/* setSecret */.Pq(s);
        const kept = result.stats.cache;
        if (kept)
            core/* info */.pq(kept.decisionsFrom
                ? `sdist-guard: cache: the decisions of the scan of ${kept.decisionsFrom} reused (same manifests and options, every index page it read still fresh)`
                : `sdist-guard: cache: ${kept.analysesReused} analyses reused, ${kept.pagesFresh} index pages fresh, ${kept.pagesRevalidated} confirmed unchanged`);
        const advisories = (0,report_advisories/* advisorySentence */.$s)(result);
        if (advisories)
            core/* info */.pq((0,report_escape/* logLine */.BP)(`sdist-guard: ${advisories}`));
        if (result.scope.note)
            core/* warning */.$e((0,report_escape/* commandData */.wq)((0,report_gate/* maskSecrets */.QU)(`sdist-guard: ${result.scope.note}`, result.secrets)));
        else if (result.scope.applied === 'changed')
            core/* info */.pq((0,report_escape/* logLine */.BP)(`sdist-guard: gating on what the change adds or alters, compared with the ${result.scope.base}`));
        const gate = (0,report_gate/* evaluateGate */.DR)(result, opts.failOn);
        const counts = (0,report_gate/* countStatuses */.ip)(result.verdicts);
        const reportDir = (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'sdist-guard');
        (0,external_node_fs_.mkdirSync)(reportDir, { recursive: true });
        const reportPath = (0,external_node_path_.join)(reportDir, 'report.json');
        (0,external_node_fs_.writeFileSync)(reportPath, jsonReport(result, opts.failOn));
        let reportRefused;
        if (sarifFile) {
            const { sarifReport } = await Promise.all(/* import() */[__webpack_require__.e(2), __webpack_require__.e(640), __webpack_require__.e(179), __webpack_require__.e(643)]).then(__webpack_require__.bind(__webpack_require__, 5881));
            const sarifPath = (0,external_node_path_.resolve)(workspace, sarifFile);
            try {
                // the workspace is the checkout: a link a pull request put there is not written through
                writeReportFile(sarifPath, sarifReport(result, opts.failOn), workspace);
                core/* setOutput */.uH('sarif-file', sarifPath);
            }
            catch (err) {
                reportRefused = `sdist-guard: sarif-file ${sarifFile}: ${err.message}`;
            }
        }
        const summaryOptions = await annotate(result, opts.failOn, gate, event, api);
        await writeSummary(markdownReport(result, opts.failOn, summaryOptions));
        await comment(result, opts.failOn, gate, event, api, commentMode);
        core/* setOutput */.uH('status', gate.failed ? 'fail' : 'pass');
        core/* setOutput */.uH('sdist-count', counts.sdist);
        core/* setOutput */.uH('suspicious-count', counts.suspicious);
        core/* setOutput */.uH('malicious-count', counts.malicious);
        core/* setOutput */.uH('unresolved-count', counts.unresolved);
        core/* setOutput */.uH('report', reportPath);
        core/* setOutput */.uH('scope', result.scope.applied);
        core/* info */.pq(`sdist-guard: ${result.verdicts.length} dependencies: ${counts.wheel} wheel, ${counts.sdist} sdist, ${counts.suspicious} suspicious, ${counts.malicious} malicious, ${counts.unresolved} unresolved, ${counts.skipped} skipped; ${result.stats.requests} requests in ${(result.stats.durationMs / 1000).toFixed(1)} s`);
        if (cache && result.stats.cache)
            await saveActionCache(cache, Math.max(0, result.stats.cache.written - result.stats.cache.pagesRevalidated));
        if (gate.failed)
            core/* setFailed */.C1((0,report_escape/* commandData */.wq)(gate.message));
        else
            core/* info */.pq((0,report_escape/* logLine */.BP)(gate.message));
        if (reportRefused)
            core/* setFailed */.C1((0,report_escape/* commandData */.wq)(reportRefused));
    }
    catch (err) {
        if (err instanceof ConfigError)
            core/* setFailed */.C1((0,report_escape/* commandData */.wq)(`sdist-guard: configuration error: ${err.message}`));
        else
            core/* setFailed */.C1(`sdist-guard: internal error: ${err?.stack ?? String(err)}`);
    }
}
/**
 * Step annotations, or, when there are more than a step shows and the token may, a check run
 * with every one of them. Returns what the summary should say about them.
 */
async function annotate(result, failOn, gate, event, api) {
    const all = allAnnotations(result, failOn);
    const { shown, notShown } = stepAnnotations(all);
    const headSha = event.pullRequest?.headSha ?? event.sha;
    if (notShown > 0 && api && headSha) {
        try {
            const counts = (0,report_gate/* countStatuses */.ip)(result.verdicts);
            const check = await publishCheckRun(await api.client(), api.repo, {
                headSha,
                conclusion: gate.failed ? 'failure' : 'success',
                title: gate.failed ? `${gate.failing.length} failing the gate` : 'passed',
                summary: `${(0,report_escape.md)(gate.message, 1000)}\n\n${counts.wheel} wheel, ${counts.sdist} sdist, ${counts.suspicious} suspicious, ${counts.malicious} malicious, ${counts.unresolved} unresolved, ${counts.skipped} skipped.${event.runUrl ? ` The full report is in the [workflow run](${event.runUrl}).` : ''}`,
                annotations: all,
            });
            core/* info */.pq((0,report_escape/* logLine */.BP)(`sdist-guard: ${check.annotations} annotations on the ${CHECK_RUN_NAME} check run${check.url ? ` ${check.url}` : ''}`));
            // a check run annotation needs a file: the few that have none stay on the step
            for (const a of stepAnnotations(all.filter((x) => !x.file)).shown)
                emit(a);
            return { checkRun: { annotations: check.annotations, url: check.url } };
        }
        catch (err) {
            core/* warning */.$e((0,report_escape/* commandData */.wq)(permissionWarning('publish a check run with every annotation', err, 'checks: write', `only the first ${shown.length} annotations are shown`)));
        }
    }
    for (const a of shown)
        emit(a);
    return { annotationsNotShown: notShown };
}
function emit(a) {
    // A path is a property the runner matches against the repository; one holding control characters
    // would carry them into the log, so such an annotation is shown on the step, naming it visibly.
    if (a.file && a.file !== (0,report_escape/* commandData */.wq)(a.file)) {
        a = { ...a, message: `${(0,report_escape/* commandData */.wq)(a.file)}:${a.line}: ${a.message}`, file: '' };
    }
    const props = { title: a.title, file: a.file || undefined, startLine: a.file ? a.line : undefined };
    if (a.level === 'error')
        core/* error */.z3(a.message, props);
    else
        core/* warning */.$e(a.message, props);
}
/** The one pull request comment: created, updated in place, or turned into an all-clear. */
async function comment(result, failOn, gate, event, api, mode) {
    const pr = event.pullRequest;
    if (!pr || mode === 'never')
        return;
    if (!api) {
        core/* warning */.$e('sdist-guard: no github-token (or no repository), so no pull request comment; the job summary has the report');
        return;
    }
    try {
        const client = await api.client();
        const existing = await findComment(client, api.repo, pr.number);
        const action = decideComment(mode, {
            failed: gate.failed,
            somethingToSay: somethingToSay(result, failOn),
            existing: existing !== undefined,
            reportOnly: failOn.length === 0,
            worthReporting: worthReporting(result),
        });
        if (action === 'none')
            return;
        const ctx = { runUrl: event.runUrl, sha: pr.headSha };
        const body = action === 'report' ? reportComment(result, failOn, ctx) : allClearComment(result, failOn, ctx);
        const written = await writeComment(client, api.repo, pr.number, existing, body);
        core/* info */.pq((0,report_escape/* logLine */.BP)(`sdist-guard: ${written.action} the pull request comment${written.url ? ` ${written.url}` : ''}`));
        if (written.url)
            core/* setOutput */.uH('comment-url', written.url);
    }
    catch (err) {
        core/* warning */.$e((0,report_escape/* commandData */.wq)(permissionWarning('write the pull request comment', err, 'pull-requests: write', 'the job summary has the report')));
    }
}
/**
 * The job summary, when the runner provides one: local runners and some GitHub Enterprise set-ups
 * have no GITHUB_STEP_SUMMARY, and the report still reaches the comment, the log and the outputs.
 */
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        core/* warning */.$e('sdist-guard: this runner has no job summary (GITHUB_STEP_SUMMARY is not set): the report is in the JSON report output and the pull request comment');
        return;
    }
    try {
        await core/* summary */.z.addRaw(markdown).write();
    }
    catch (err) {
        core/* summary */.z.emptyBuffer();
        core/* warning */.$e((0,report_escape/* commandData */.wq)(`sdist-guard: could not write the job summary: ${err.message}`));
    }
}
function splitLines(value) {
    return value
        .split(/[\n,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
}
/** Credentials written into an index URL are masked in the log like the separate input. */
function maskUrlSecrets(url) {
    try {
        const u = new URL(url);
        if (u.password)
            core/* setSecret */.Pq(decodeURIComponent(u.password));
        if (u.username && u.password)
            core/* setSecret */.Pq(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`);
        else if (u.username)
            core/* setSecret */.Pq(decodeURIComponent(u.username));
    }
    catch {
        // an invalid URL is reported by option validation
    }
}


/***/ }),

/***/ 6533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ byText)
/* harmony export */ });
// The order of names, paths and rule ids in what a scan reports: ignoring case, then by UTF-16 code
// unit. The same on every machine: localeCompare follows the machine's locale, and its first call
// in a run loads ICU's collation data (about 8 ms, as much as the rest of a warm scan's judging).
/** Negative, zero or positive as `a` sorts before, with or after `b`. */
function byText(a, b) {
    if (a === b)
        return 0;
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    if (x !== y)
        return x < y ? -1 : 1;
    return a < b ? -1 : 1;
}


/***/ }),

/***/ 3138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S4: () => (/* binding */ judge),
/* harmony export */   Tx: () => (/* binding */ statusRank)
/* harmony export */ });
/* unused harmony exports worse, sortFindings */
/* harmony import */ var _index_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6527);
/* harmony import */ var _text_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6533);
// The judge stage: per-target selections and sdist analyses, weighed into one Verdict per dependency.
// A target outcome is never better than what was actually checked: an sdist that could not be read
// or fully analyzed is `unresolved`, never `sdist`.


const RANK = { skipped: 0, wheel: 1, sdist: 2, unresolved: 3, suspicious: 4, malicious: 5 };
function worse(a, b) {
    return RANK[a] >= RANK[b] ? a : b;
}
function statusRank(s) {
    return RANK[s];
}
const SEVERITY_RANK = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (0,_text_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byText */ .z)(a.path, b.path) || a.line - b.line || (0,_text_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byText */ .z)(a.rule, b.rule));
}
/**
 * pip goes by the file name in the URL; an index page whose `filename` says otherwise (a `.whl`
 * for a `.tar.gz` URL) would make any tool that trusts it judge another kind of file than pip
 * installs. Legitimate indexes never disagree with themselves.
 */
function filenameMismatch(file) {
    if (file.pageFilename === undefined)
        return undefined;
    return {
        rule: 'index-filename-mismatch',
        severity: 'high',
        path: file.filename,
        line: 0,
        message: `the index page calls this file ${JSON.stringify(file.pageFilename)} but its URL names ${JSON.stringify(file.filename)}, which is what pip installs`,
        evidence: (0,_index_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(file.url),
    };
}
function judgeTarget(o) {
    if (o.skipped) {
        return { status: 'skipped', reason: o.reason, result: { python: o.python, platform: o.platform, kind: 'none', reason: o.reason } };
    }
    const { selection, check } = o;
    const result = {
        python: selection.target.python,
        platform: selection.target.platform,
        version: selection.version,
        file: selection.file?.filename,
        kind: selection.kind,
        reason: selection.reason,
    };
    if (selection.kind === 'none')
        return { status: 'unresolved', reason: selection.reason, result };
    const lie = selection.file ? filenameMismatch(selection.file) : undefined;
    if (lie)
        return { status: 'suspicious', reason: `${selection.reason}; ${lie.message}`, result, finding: lie };
    if (selection.kind === 'wheel')
        return { status: 'wheel', reason: selection.reason, result };
    if (o.notAnalyzed)
        return { status: 'sdist', reason: `${selection.reason}; ${o.notAnalyzed}`, result };
    if (!check)
        return { status: 'sdist', reason: selection.reason, result };
    const file = selection.file?.filename ?? 'the sdist';
    if (check.suspicious) {
        const top = sortFindings(check.findings)[0];
        return { status: 'suspicious', reason: `${file} runs suspicious code at build time: ${top?.message ?? 'see findings'}`, result };
    }
    if (check.error)
        return { status: 'unresolved', reason: `${selection.reason}, but it could not be checked: ${check.error}`, result };
    if (check.limits.length > 0)
        return { status: 'unresolved', reason: `${selection.reason}, but it could not be fully checked: ${check.limits[0]}`, result };
    return { status: 'sdist', reason: `${selection.reason}; its build code shows nothing suspicious`, result };
}
/**
 * One dependency's verdict over its targets. `version` is a version known without a selection (a
 * lock's): it stands where no target selects one, as when markers exclude it on every target.
 */
function judge(input) {
    let status = 'skipped';
    let reason = '';
    let version;
    let worstCount = 0;
    const targets = [];
    const findings = new Map();
    const limits = new Set();
    for (const outcome of input.outcomes) {
        const j = judgeTarget(outcome);
        targets.push(j.result);
        if (j.finding)
            findings.set(`${j.finding.rule}\0${j.finding.path}\0${j.finding.line}\0${j.finding.evidence}`, j.finding);
        if (!outcome.skipped && outcome.check) {
            for (const f of outcome.check.findings)
                findings.set(`${f.rule}\0${f.path}\0${f.line}\0${f.evidence}`, f);
            for (const l of outcome.check.limits)
                limits.add(l);
            if (outcome.check.error)
                limits.add(outcome.check.error);
        }
        if (RANK[j.status] > RANK[status] || reason === '') {
            status = j.status;
            reason = j.reason;
            version = j.result.version ?? version;
            worstCount = 1;
        }
        else if (j.status === status) {
            worstCount++;
            version ??= j.result.version;
        }
    }
    const n = input.outcomes.length;
    if (n > 1 && worstCount < n && status !== 'skipped')
        reason += ` (on ${worstCount} of ${n} targets)`;
    const verdict = {
        name: input.name,
        version: version ?? input.version,
        status,
        reason,
        sources: input.sources,
        targets,
        findings: sortFindings([...findings.values()]),
        limits: [...limits],
    };
    if (input.via)
        verdict.via = input.via;
    return verdict;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// The released version, kept equal to package.json's by a test (the bundles cannot read package.json).
const VERSION = '0.1.0';


/***/ })

};
