export const id = 948;
export const ids = [948];
export const modules = {

/***/ 3948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runScan: () => (/* binding */ runScan)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/options.ts
var options = __webpack_require__(8381);
// EXTERNAL MODULE: ./src/scan-flags.ts
var scan_flags = __webpack_require__(16);
// EXTERNAL MODULE: ./src/scan.ts + 40 modules
var scan = __webpack_require__(8758);
// EXTERNAL MODULE: ./src/report/gate.ts
var gate = __webpack_require__(8347);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
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

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/config.ts
var src_config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/commands/io.ts
var commands_io = __webpack_require__(3776);
;// CONCATENATED MODULE: ./src/commands/scan.ts
// sdist-guard scan: options and the configuration file into Options, the scan, and its report
// in the format asked for.













function progressPrinter(io) {
    if (!io.isTTY)
        return { update() { }, done() { } };
    let last = 0;
    let shown = false;
    let total = 0;
    return {
        update(p) {
            total = Math.max(total, p.total);
            const now = Date.now();
            if (now - last < 100 && p.phase !== 'done')
                return;
            last = now;
            io.stderr(`\r\x1b[2K${progressLine(p, total)}`);
            shown = true;
        },
        done() {
            if (shown)
                io.stderr('\r\x1b[2K');
        },
    };
}
async function runScan(argv, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
            ...scan_flags/* SCAN_FLAGS */.G,
            format: { type: 'string', default: 'text' },
            output: { type: 'string' },
            root: { type: 'string' },
            config: { type: 'string' },
        },
    });
    const format = values.format;
    if (!['text', 'json', 'markdown', 'sarif'].includes(format))
        throw new commands_io/* UsageError */.eb(`--format: expected text, json, markdown or sarif, got "${format}"`);
    const paths = positionals.map((p) => (0,external_node_path_.resolve)(io.cwd, p));
    let root = values.root ? (0,external_node_path_.resolve)(io.cwd, values.root) : io.cwd;
    if (!values.root && paths.length === 1) {
        try {
            if ((0,external_node_fs_.statSync)(paths[0]).isDirectory())
                root = paths[0];
        }
        catch {
            // a missing path is reported by discovery, with its name
        }
    }
    const config = (0,src_config/* loadConfig */.Z9)(root, values.config !== undefined ? (0,external_node_path_.resolve)(io.cwd, values.config) : undefined);
    const opts = (0,options/* resolveOptions */.$i)({ ...(0,scan_flags/* scanSettings */.F)(values, io), root, paths, config });
    const progress = progressPrinter(io);
    const result = await (0,scan/* scan */.S)(opts, { onProgress: (p) => progress.update(p) });
    progress.done();
    const report = format === 'json'
        ? (0,json/* jsonReport */.L)(result, opts.failOn)
        : format === 'markdown'
            ? (0,markdown/* markdownReport */.qN)(result, opts.failOn)
            : format === 'sarif'
                ? (await Promise.all(/* import() */[__webpack_require__.e(2), __webpack_require__.e(640), __webpack_require__.e(179), __webpack_require__.e(643)]).then(__webpack_require__.bind(__webpack_require__, 5881))).sarifReport(result, opts.failOn)
                : (0,report_text/* textReport */.Mf)(result, opts.failOn, { paint: !values.output && (0,report_text/* wantColor */.Mg)(io.env, io.stdoutIsTTY ?? false) ? report_text/* COLOR */.o$ : report_text/* PLAIN */.tZ });
    (0,commands_io/* write */.M9)(io, format, report, values.output, root);
    return (0,gate/* evaluateGate */.DR)(result, opts.failOn).failed ? 1 : 0;
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ textReport),
/* harmony export */   Mg: () => (/* binding */ wantColor),
/* harmony export */   hq: () => (/* binding */ findingLines),
/* harmony export */   o$: () => (/* binding */ COLOR),
/* harmony export */   tZ: () => (/* binding */ PLAIN)
/* harmony export */ });
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8347);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9334);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6574);
/* harmony import */ var _statuses_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9534);
/* harmony import */ var _advisories_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5231);
// The terminal report. A terminal shows its last lines, so the report ends with what fails the gate:
// each failing dependency, what its build code does, and what to do, then the verdict. Above them:
// manifest problems folded by message, the other dependencies worth knowing about, and the counts.
// Wheels are counted, not listed: they run no package code. Every untrusted string is passed
// through `terminal` (escape.ts): no control character or escape sequence reaches the terminal.







const MAX_BEHAVIOURS = 6;
const MAX_PLACES = 3;
const sgr = (open, close) => (s) => (s ? `\x1b[${open}m${s}\x1b[${close}m` : s);
const COLOR = { red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), green: sgr(32, 39), bold: sgr(1, 22), dim: sgr(2, 22) };
const id = (s) => s;
const PLAIN = { red: id, yellow: id, cyan: id, green: id, bold: id, dim: id };
/**
 * Whether to colour what goes to a stream: never with NO_COLOR (any non-empty value), always with
 * FORCE_COLOR (but 0 or false), else only on a terminal that is not `dumb`.
 */
function wantColor(env, isTTY) {
    if (env.NO_COLOR)
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined && force !== '')
        return !['0', 'false'].includes(force.toLowerCase());
    return isTTY && env.TERM !== 'dumb';
}
function paintStatus(p, status, s) {
    const color = _statuses_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS */ .XQ[status].color;
    if (color === 'red')
        return p.red(p.bold(s));
    if (color === 'yellow')
        return p.yellow(s);
    if (color === 'cyan')
        return p.cyan(s);
    return s;
}
function pad(s, n) {
    return s.length >= n ? s : s + ' '.repeat(n - s.length);
}
/** Findings as behaviours per file, and each file's evidence once (defanged, one line each). */
function findingLines(findings, indent, max = MAX_BEHAVIOURS, p = PLAIN) {
    const lines = [];
    const places = (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .groupFindings */ .k)(findings);
    const rows = places.flatMap((place) => place.behaviours.map((b) => ({ where: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)(`${place.path}:${(0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .linesText */ .z)(b.lines)}`, 80), b })));
    const w = Math.min(40, Math.max(0, ...rows.map((r) => r.where.length)));
    for (const { where, b } of rows.slice(0, max)) {
        const sev = pad(b.severity, 8);
        lines.push(`${indent}${pad(where, w)}  ${b.severity === 'critical' || b.severity === 'high' ? p.red(sev) : sev} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)(b.message, 200)} ${p.dim(`[${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)(b.rule, 60)}]`)}`);
    }
    if (rows.length > max)
        lines.push(`${indent}… and ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(rows.length - max, 'more behaviour')} (--format json lists every finding)`);
    for (const place of places.slice(0, MAX_PLACES))
        for (const e of place.evidence.slice(0, 2))
            lines.push(`${indent}${p.dim(`evidence ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)(`${place.path}:${(0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .linesText */ .z)(e.lines)}`, 80)}:`)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)(e.text, 200)}`);
    return lines;
}
function stepText(s) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)((0,_statuses_js__WEBPACK_IMPORTED_MODULE_3__/* .stepPlain */ .NM)(s), 1000);
}
function verdictBlock(v, p, full) {
    const out = [];
    const more = v.sources.length > 1 ? ` (+${v.sources.length - 1} more)` : '';
    const marks = [v.preexisting ? '[pre-existing]' : '', v.allowed ? '[allowed]' : ''].filter(Boolean).join(' ');
    out.push(`${paintStatus(p, v.status, pad(v.status, 10))}  ${p.bold((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)(v.name, 100))} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)(v.version ?? '-', 60)}  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)((0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .location */ .C5)(v), 200)}${more}${marks ? '  ' + marks : ''}`);
    const indent = '    ';
    if (v.via && v.via.length > 1)
        out.push(`${indent}via ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)(v.via.join(' -> '), 300)}`);
    if (v.allowed)
        out.push(`${indent}allowed by ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)(v.allowed.source)}${v.allowed.until ? ` until ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)(v.allowed.until)}` : ''}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)(v.allowed.reason, 200)}`);
    out.push(`${indent}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)(v.reason, 300)}`);
    if (v.status === 'malicious')
        for (const line of (0,_advisories_js__WEBPACK_IMPORTED_MODULE_4__/* .advisoryLines */ .Nu)(v))
            out.push(`${indent}  advisory ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)(line, 300)}`);
    out.push(...findingLines(v.findings, indent, full ? MAX_BEHAVIOURS : 3, p));
    if (full && !v.allowed)
        for (const s of _statuses_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS */ .XQ[v.status].remedy(v))
            out.push(`${indent}${p.bold('→')} ${stepText(s)}`);
    return out;
}
function textReport(input, failOn, opts = {}) {
    const p = opts.paint ?? PLAIN;
    const result = (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .maskVerdicts */ .LU)(input);
    const gate = (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateGate */ .DR)(result, failOn);
    const counts = (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .countStatuses */ .ip)(result.verdicts);
    const out = [];
    const targets = result.targets.map((t) => `CPython ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)(t.python)} on ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)(t.platform)}`).join(', ');
    out.push(`${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(result.verdicts.length, 'dependency').replace('dependencys', 'dependencies')} in ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(result.manifests.length, 'manifest')}; targets: ${targets}`);
    for (const d of (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .foldDiagnostics */ .q)(result.diagnostics)) {
        const where = d.places
            .slice(0, 3)
            .filter((x) => x.path)
            .map((x) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)(`${x.path}${x.line ? `:${x.line}` : ''}`, 120))
            .join(', ');
        const more = d.places.length > 3 ? ` and ${d.places.length - 3} more` : '';
        const count = d.places.length > 1 ? ` (${d.places.length} times)` : '';
        const level = d.severity === 'error' ? p.red('error') : p.yellow('warning');
        // a problem without a file is about the run (the cache, a service), not a manifest
        out.push(`${level}${count}: ${where ? `${where}${more}: ` : ''}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)(d.message, 500)}`);
    }
    const shown = result.verdicts.filter(_statuses_js__WEBPACK_IMPORTED_MODULE_3__/* .listed */ .KE);
    const failing = gate.failing;
    const rest = shown.filter((v) => !failing.includes(v));
    if (rest.length > 0) {
        out.push('', p.bold(failing.length > 0 ? 'Not failing the gate:' : 'Dependencies to know about:'));
        for (const v of rest)
            out.push(...verdictBlock(v, p, failing.length === 0));
    }
    out.push('');
    out.push(`Summary: ${Object.keys(_statuses_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS */ .XQ).map((s) => `${counts[s]} ${s}`).join(', ')}`);
    const advisories = (0,_advisories_js__WEBPACK_IMPORTED_MODULE_4__/* .advisorySentence */ .$s)(result);
    if (advisories)
        out.push((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)(advisories, 1000));
    if (failing.length > 0) {
        // worst last: the lines a terminal leaves in view are the ones that matter most
        out.push('', p.red(p.bold(`Failing the gate (${failing.length}), worst last:`)));
        for (const v of [...failing].reverse())
            out.push(...verdictBlock(v, p, true));
        out.push('');
    }
    out.push(gate.failed ? `${p.red(p.bold('FAIL'))}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)(gate.message, 2000)}` : `${p.green(p.bold('PASS'))}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .terminal */ .Fo)(gate.message, 2000)}`);
    return (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecrets */ .QU)(out.join('\n'), result.secrets) + '\n';
}


/***/ })

};
