export const id = 464;
export const ids = [464];
export const modules = {

/***/ 3464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main),
  processIo: () => (/* reexport */ commands_io/* processIo */.Wr)
});

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/org/help.ts
// The organization commands' part of `--help`, apart from their code so that help loads nothing else.
const ORG_HELP = `Organization audit (see the README's "Audit a whole organization"):
  sdist-guard org-plan --org ORG [--topic T] [--repo GLOB] [--exclude-repo GLOB]
                       [--include-archived] [--include-forks] [--include-non-python]
                       [--chunks N] [--output plan.json] [--matrix-output matrix.json]
  sdist-guard org-scan --plan plan.json --chunk N [--out DIR] [--sarif] [scan options]
  sdist-guard org-report [REPORT.json | DIR]... [--plan plan.json] [--markdown FILE]
                       [--json FILE] [--fail-on LIST] [--issue OWNER/REPO]
                       [--cache-dir DIR] [--upload-sarif]
  The token comes from $GITHUB_TOKEN (or $GH_TOKEN); the API from $GITHUB_API_URL or --api-url,
  the clones from $GITHUB_SERVER_URL or --git-url. --upload-sarif uploads with $SDIST_GUARD_ORG_TOKEN
  when it is set (the token that reaches every repository), else with $GITHUB_TOKEN.`;

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/commands/io.ts
var commands_io = __webpack_require__(3776);
;// CONCATENATED MODULE: ./src/command.ts
// The command line: the commands, their help and the exit codes (0 pass, 1 gate failed, 2 usage
// or configuration error); each command lives in src/commands/ (org-* in src/org/) and is loaded
// only when run, so --version and --help load nothing but this file and the text they print.





const HELP = `sdist-guard ${version/* VERSION */.x}: find every Python dependency pip would build from source, and check its build code

Usage:
  sdist-guard scan [PATH...] [options]     scan requirements*.txt, pyproject.toml and lock files
  sdist-guard inspect PATH... [--format text|json]
                                           check downloaded sdists (.tar.gz, .zip, unpacked dirs, .py
                                           files, or a folder of downloads: every archive in it)
  sdist-guard org-plan | org-scan | org-report ...
                                           audit every repository of an organization (see below)
  sdist-guard --help | --version

Scan options:
  --index-url URL            package index (default: $PIP_INDEX_URL or https://pypi.org/simple)
  --extra-index-url URL      another index to search too (repeatable)
  --python-version V         target Python, e.g. 3.12 (repeatable or comma list; default 3.12)
  --platform P               linux, linux-aarch64, musllinux, macos, macos-x86_64, windows,
                             windows-arm64, or a wheel platform tag (repeatable; default linux)
  --fail-on LIST             statuses that fail: sdist, suspicious, malicious, unresolved, or
                             none (default malicious,suspicious,unresolved; suspicious implies
                             malicious)
  --advisories SOURCE        known-malware records (OSV MAL- records) to check every resolved
                             package against: osv (https://api.osv.dev, the default), off, or the
                             URL of another OSV-compatible service (also $SDIST_GUARD_ADVISORIES)
  --advisories-required      fail when some package version could not be checked against
                             advisories (by default that is a warning)
  --format F                 text (default), json, markdown or sarif (SARIF 2.1.0 for code scanning)
  --output FILE              write the report to FILE instead of standard output
  --concurrency N            requests in flight (default 16)
  --timeout SECONDS          per request, in total (default 30)
  --deadline SECONDS         for the whole scan: what is not decided by then is unresolved
                             (default 600)
  --no-analyze               do not download and analyze sdists
  --no-transitive            check only what the files name, not what pip would install with it
  --cache-dir DIR            keep analyses (by sdist hash) and index pages (as long as the index
                             allows) here (default: $XDG_CACHE_HOME/sdist-guard or ~/.cache/sdist-guard)
  --no-cache                 keep nothing between runs
  --exclude GLOB             leave out paths under the root that match (repeatable), e.g.
                             'tests/fixtures/**' or 'docs'; see the README's Configuration file
  --root DIR                 report paths relative to DIR (default: the one directory scanned, or .)
  --config FILE              read settings from FILE (a sdist-guard.toml, or a pyproject.toml's
                             [tool.sdist-guard]); by default sdist-guard.toml or [tool.sdist-guard]
                             of pyproject.toml in the root, if there is one. Options override it.

Credentials: put them in the index URL (https://user:token@host/simple) or in
SDIST_GUARD_INDEX_CREDENTIALS as host=user:password entries (a bare host means https;
http://host:port=... for plain http); they are never printed.
Hard limits (download size, inflated size, ratio, entries, retries, ...) move with
SDIST_GUARD_LIMITS, e.g. "max-inflated-bytes=2GiB, retries=1" (see the README's Security model).

Colour: on a terminal; NO_COLOR turns it off, FORCE_COLOR on (also when piped).

${ORG_HELP}

Exit status: 0 pass, 1 the gate failed (for inspect: something is suspicious, or was
not read whole because a limit was reached), 2 usage or configuration error (for
inspect: an input could not be read).`;
async function main(argv, io = commands_io/* processIo */.Wr) {
    const [command, ...rest] = argv;
    try {
        if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
            io.stdout(HELP + '\n');
            return command === undefined ? 2 : 0;
        }
        if (command === '--version' || command === '-V') {
            io.stdout(`${version/* VERSION */.x}\n`);
            return 0;
        }
        if (rest.includes('--help') || rest.includes('-h')) {
            io.stdout(HELP + '\n');
            return 0;
        }
        if (command === 'scan')
            return await (await Promise.all(/* import() */[__webpack_require__.e(911), __webpack_require__.e(266), __webpack_require__.e(362), __webpack_require__.e(956), __webpack_require__.e(337), __webpack_require__.e(948)]).then(__webpack_require__.bind(__webpack_require__, 3948))).runScan(rest, io);
        if (command === 'inspect')
            return await (await Promise.all(/* import() */[__webpack_require__.e(911), __webpack_require__.e(266), __webpack_require__.e(362), __webpack_require__.e(956), __webpack_require__.e(526)]).then(__webpack_require__.bind(__webpack_require__, 5526))).runInspect(rest, io);
        if (command === 'org-plan' || command === 'org-scan' || command === 'org-report') {
            const org = await Promise.all(/* import() */[__webpack_require__.e(2), __webpack_require__.e(911), __webpack_require__.e(752), __webpack_require__.e(640), __webpack_require__.e(179), __webpack_require__.e(266), __webpack_require__.e(362), __webpack_require__.e(956), __webpack_require__.e(337), __webpack_require__.e(761)]).then(__webpack_require__.bind(__webpack_require__, 1761));
            return await (command === 'org-plan' ? org.runOrgPlan : command === 'org-scan' ? org.runOrgScan : org.runOrgReport)(rest, io);
        }
        throw new commands_io/* UsageError */.eb(`unknown command "${command}": expected scan, inspect, org-plan, org-scan or org-report (see --help)`);
    }
    catch (err) {
        if (err instanceof commands_io/* UsageError */.eb || (await isConfigError(err)) || err.code?.startsWith('ERR_PARSE_ARGS')) {
            io.stderr(`sdist-guard: ${(0,report_escape/* terminal */.Fo)(err.message, 2000)}\n`);
            return 2;
        }
        throw err;
    }
}
/**
 * A configuration error can only come from a command that loaded the options already; when they
 * cannot be loaded, the error is not one, and is reported as it is.
 */
async function isConfigError(err) {
    try {
        const { ConfigError } = await Promise.all(/* import() */[__webpack_require__.e(362), __webpack_require__.e(860)]).then(__webpack_require__.bind(__webpack_require__, 8381));
        return err instanceof ConfigError;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 3776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M9: () => (/* binding */ write),
/* harmony export */   Wr: () => (/* binding */ processIo),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(702);
// What every command shares: where its input and output go (an Io value, so tests run it
// in-process), the error that means the command line itself was wrong, and writing a report.


/** The command line was wrong: the message is shown, and the exit status is 2. */
class UsageError extends Error {
}
const processIo = {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
};
/** `root`: the scanned checkout, where a file is never written through a link it holds. */
function write(io, format, text, output, root = io.cwd) {
    if (output) {
        try {
            (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeReportFile */ .aS)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, output), text, root);
        }
        catch (err) {
            throw new UsageError(`--output ${output}: ${err.message}`);
        }
        io.stderr(`sdist-guard: wrote the ${format} report to ${output}\n`);
    }
    else
        io.stdout(text);
}


/***/ }),

/***/ 702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ specialKind),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   aS: () => (/* binding */ writeReportFile),
/* harmony export */   cG: () => (/* binding */ readRegularFileSync),
/* harmony export */   iv: () => (/* binding */ openRegularFileSync),
/* harmony export */   k1: () => (/* binding */ NotRegularFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Reading files that a repository (or a restored cache) may hold: only regular files are read. A
// FIFO blocks whoever opens it until someone writes to it, a device may never end, a socket cannot
// be read at all; each is refused with its kind named, and never opened in a way that could block
// (opened non-blocking, then checked again on the open descriptor, so a swap in between changes
// nothing).



const NON_BLOCKING = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
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
    const kind = specialKind((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path));
    if (kind)
        throw new NotRegularFile(kind);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, NON_BLOCKING);
    try {
        const again = specialKind((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd));
        if (again)
            throw new NotRegularFile(again);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd, 'utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** A regular file opened for reading; throws NotRegularFile for anything else. */
async function openRegularFile(path) {
    const kind = specialKind(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path));
    if (kind)
        throw new NotRegularFile(kind);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, NON_BLOCKING);
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
async function readRegularFile(path) {
    const handle = await openRegularFile(path);
    try {
        return await handle.readFile();
    }
    finally {
        await handle.close();
    }
}
/** A descriptor of a regular file opened for reading, or undefined (and nothing opened) for anything else. */
function openRegularFileSync(path) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, NON_BLOCKING);
    if (specialKind((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd))) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        return undefined;
    }
    return fd;
}
function lstatOrUndefined(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file);
    }
    catch {
        return undefined;
    }
}
function inside(root, abs) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, abs);
    return rel === '' || (rel !== '..' && !rel.startsWith('..' + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)) && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel));
}
/**
 * Writes a report to `file`. Inside `root`, a checkout a pull request may have prepared, it is never
 * written through a symbolic link at the file itself, nor out of `root` through a linked directory
 * on the way, nor into a FIFO or a device; elsewhere it is written where the user said. Throws with
 * the reason.
 */
function writeReportFile(file, text, root) {
    if (!inside(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root), node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file))) {
        // a place the user named outside the checkout (a runner's temporary directory, /dev/stdout)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, text);
        return;
    }
    let existing = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file));
    while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(existing))
        existing = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(existing);
    if (!inside((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(existing)))
        throw new Error('it leads out of the workspace through a symbolic link; the report is not written there');
    const at = lstatOrUndefined(file);
    if (at?.isSymbolicLink())
        throw new Error('it is a symbolic link; the report is not written through it');
    const kind = at && specialKind(at);
    if (kind)
        throw new Error(`it is ${kind}, not a regular file; the report is not written`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file)))
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
    // O_NOFOLLOW and the check on the descriptor hold even if the path changed since it was looked at
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0), 0o644);
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
        const kind = specialKind((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd));
        if (kind)
            throw new Error(`it is ${kind}, not a regular file; the report is not written`);
        const bytes = Buffer.from(text, 'utf8');
        // only a regular file now: emptied and written
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.ftruncateSync)(fd);
        for (let at = 0; at < bytes.length;)
            at += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, at, bytes.length - at, at);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ sarifText),
/* harmony export */   Fo: () => (/* binding */ terminal),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   e8: () => (/* binding */ defang),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   w6: () => (/* binding */ mdCodeBlock),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/* unused harmony exports controlFree, commandData, logLine, urlPart */
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

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// The released version, kept equal to package.json's by a test (the bundles cannot read package.json).
const VERSION = '0.1.0';


/***/ })

};
