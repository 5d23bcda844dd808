export const id = 526;
export const ids = [526];
export const modules = {

/***/ 5526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectInputs: () => (/* binding */ inspectInputs),
/* harmony export */   inspectStatus: () => (/* binding */ inspectStatus),
/* harmony export */   runInspect: () => (/* binding */ runInspect)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8758);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5655);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4031);
/* harmony import */ var _python_filenames_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9804);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(351);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3776);
// sdist-guard inspect: sdists a person downloaded (archives, unpacked directories, .py files or a
// folder of downloads), read and analyzed as the scan would, and a report of each.









const SDIST_MARKERS = ['setup.py', 'pyproject.toml', 'setup.cfg', 'PKG-INFO'];
/**
 * What `inspect` reads for each path given: an archive or a `.py` file as it is; a directory that
 * is an unpacked sdist (a build file at its top, or in its one top folder) as one sdist; any other
 * directory as a folder of downloads, each archive in it on its own. Wheels in such a folder are
 * named, not read: pip installs them without running their code.
 */
function inspectInputs(cwd, given) {
    const paths = [];
    const shown = [];
    const wheels = [];
    for (const g of given) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, g);
        let names;
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(abs).isDirectory())
                names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(abs).sort();
        }
        catch {
            // a missing path is reported by inspect, with its name
        }
        const isSdistDir = (dir, list) => list.some((n) => SDIST_MARKERS.includes(n)) ||
            (list.length === 1 && (() => {
                try {
                    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, list[0])).isDirectory() && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, list[0])).some((n) => SDIST_MARKERS.includes(n));
                }
                catch {
                    return false;
                }
            })());
        const archives = names?.filter((n) => (0,_python_filenames_js__WEBPACK_IMPORTED_MODULE_6__/* .distributionKind */ .VE)(n) !== 'other' && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(abs, n)).isFile()) ?? [];
        if (!names || isSdistDir(abs, names) || archives.length === 0) {
            paths.push(abs);
            shown.push(g);
            continue;
        }
        for (const n of archives) {
            const shownPath = g.endsWith('/') ? `${g}${n}` : `${g}/${n}`;
            if ((0,_python_filenames_js__WEBPACK_IMPORTED_MODULE_6__/* .distributionKind */ .VE)(n) === 'wheel')
                wheels.push(shownPath);
            else {
                paths.push((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(abs, n));
                shown.push(shownPath);
            }
        }
    }
    return { paths, shown, wheels };
}
/** Whether the input had code of its own to run at build time (setup.py, an in-tree backend): Python files analyzed. */
function hasBuildScript(r) {
    return r.analyzed.some((f) => /\.pyw?$/i.test(f));
}
/**
 * What inspect says of one input. `clean` only for an input read whole and analyzed without
 * reaching a limit: anything read in part is `incomplete`, never clean.
 */
function inspectStatus(r) {
    return r.error ? 'unreadable' : r.suspicious ? 'suspicious' : r.limits.length ? 'incomplete' : 'clean';
}
/** What the text report calls it: a clean input with no build script of its own says so. */
function shownStatus(r) {
    const status = inspectStatus(r);
    if (status === 'suspicious')
        return 'SUSPICIOUS';
    return status === 'clean' && !hasBuildScript(r) ? 'no build script' : status;
}
function inspectText(results, wheels, p) {
    const out = [];
    for (const r of results) {
        const status = shownStatus(r);
        const painted = status === 'SUSPICIOUS' ? p.red(p.bold(status)) : status === 'clean' ? p.green(status) : p.yellow(status);
        out.push(`${painted}  ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .terminal */ .Fo)(r.path, 500)}`);
        if (r.error)
            out.push(`  ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .terminal */ .Fo)(r.error, 300)}`);
        for (const l of r.limits)
            out.push(`  limit: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .terminal */ .Fo)(l, 300)}`);
        if (!r.error && !hasBuildScript(r))
            out.push('  no setup.py or in-tree build backend: building it runs no code of its own (its build backend comes from the index)');
        out.push(...(0,_report_text_js__WEBPACK_IMPORTED_MODULE_4__/* .findingLines */ .hq)(r.findings, '  ', r.suspicious ? 10 : 5, p));
    }
    for (const w of wheels)
        out.push(`wheel  ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .terminal */ .Fo)(w, 500)}\n  not read: pip installs a wheel without running its code`);
    const count = (status) => results.filter((r) => inspectStatus(r) === status).length;
    out.push('');
    out.push(`${results.length} inspected: ${count('suspicious')} suspicious, ${count('incomplete')} incomplete (not read whole), ${count('unreadable')} unreadable, ${count('clean')} clean${wheels.length ? `; ${wheels.length} wheel${wheels.length === 1 ? '' : 's'} not read` : ''}`);
    return out.join('\n') + '\n';
}
async function runInspect(argv, io) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: { format: { type: 'string', default: 'text' }, output: { type: 'string' } },
    });
    if (positionals.length === 0)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb('inspect needs at least one PATH (an sdist archive, an unpacked sdist directory, a folder of downloads or a .py file)');
    const format = values.format;
    if (!['text', 'json'].includes(format))
        throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`--format: expected text or json, got "${format}"`);
    let limits;
    try {
        limits = (0,_limits_js__WEBPACK_IMPORTED_MODULE_7__/* .parseLimits */ .kd)(io.env.SDIST_GUARD_LIMITS, 'SDIST_GUARD_LIMITS');
    }
    catch (err) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(err.message);
    }
    const inputs = inspectInputs(io.cwd, positionals);
    const results = await (0,_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .inspect */ .N)(inputs.paths, inputs.shown, limits.archive);
    const text = format === 'json'
        ? JSON.stringify({
            schemaVersion: 1,
            results: results.map((r) => ({
                path: r.path,
                status: inspectStatus(r),
                suspicious: r.suspicious,
                findings: r.findings,
                limits: r.limits,
                analyzed: r.analyzed,
                ...(r.error ? { error: r.error } : {}),
            })),
            ...(inputs.wheels.length ? { wheels: inputs.wheels } : {}),
        }, null, 2) + '\n'
        : inspectText(results, inputs.wheels, !values.output && (0,_report_text_js__WEBPACK_IMPORTED_MODULE_4__/* .wantColor */ .Mg)(io.env, io.stdoutIsTTY ?? false) ? _report_text_js__WEBPACK_IMPORTED_MODULE_4__/* .COLOR */ .o$ : _report_text_js__WEBPACK_IMPORTED_MODULE_4__/* .PLAIN */ .tZ);
    (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .write */ .M9)(io, format, text, values.output);
    // Read in part is not checked: like a suspicious input, it fails (and is never called clean).
    if (results.some((r) => r.suspicious || (!r.error && r.limits.length > 0)))
        return 1;
    return results.some((r) => r.error) ? 2 : 0;
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
