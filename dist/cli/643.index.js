export const id = 643;
export const ids = [643];
export const modules = {

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MALICIOUS_RULE: () => (/* binding */ MALICIOUS_RULE),
/* harmony export */   SARIF_SCHEMA: () => (/* binding */ SARIF_SCHEMA),
/* harmony export */   SDIST_RULE: () => (/* binding */ SDIST_RULE),
/* harmony export */   UNRESOLVED_RULE: () => (/* binding */ UNRESOLVED_RULE),
/* harmony export */   sarifReport: () => (/* binding */ sarifReport)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _analysis_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1179);
/* harmony import */ var _python_names_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3442);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(311);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8347);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4031);
/* harmony import */ var _advisories_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5231);
/* harmony import */ var _statuses_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9534);
// SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif). One rule per analysis rule and
// one per status that needs attention; every result sits on the manifest line that declares the
// dependency (the only file in the repository it concerns), and a finding's place inside the sdist
// goes into the message. Fingerprints leave the manifest line out, so an alert survives lines moving.









const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SDIST_RULE = 'sdist-only-dependency';
const UNRESOLVED_RULE = 'unresolved-dependency';
const MALICIOUS_RULE = 'known-malware';
const INFORMATION_URI = 'https://github.com/sdist-guard/sdist-guard';
const FINGERPRINT = 'sdistGuard/v1';
const SRCROOT = '%SRCROOT%';
// GitHub reads `security-severity` (0-10) to rank security alerts: 9+ critical, 7+ high, 4+ medium.
const SECURITY_SEVERITY = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };
const SEVERITY_LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
function pascal(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
function rule(id, short, full, severity, precision = 'medium') {
    return {
        id,
        name: pascal(id),
        shortDescription: { text: short },
        fullDescription: { text: full },
        help: { text: full, markdown: full },
        helpUri: `${INFORMATION_URI}#statuses`,
        defaultConfiguration: { level: SEVERITY_LEVEL[severity] },
        properties: { tags: ['security', 'supply-chain', 'python'], precision, 'security-severity': SECURITY_SEVERITY[severity] },
    };
}
const STATUS_RULES = [
    rule(SDIST_RULE, 'pip would build this dependency from source', 'No wheel fits a target Python and platform, so installing this dependency runs its own build code (setup.py or an in-tree build backend) on the machine. sdist-guard analyzed that code and found nothing suspicious; publish or pin a version with wheels to stop running package code at install time.', 'low', 'high'),
    rule(UNRESOLVED_RULE, 'Dependency that could not be checked', 'sdist-guard could not decide what pip would install, or could not read the sdist it would build (not on the index, no matching version, a network failure, a hash mismatch, an unreadable archive, or a limit hit). Treat it as unsafe until it can be checked.', 'medium', 'high'),
    {
        ...rule(MALICIOUS_RULE, 'Dependency named by a known-malware advisory', `A published malicious-package record (an OSV MAL- record, from the OpenSSF malicious-packages project) names the version pip would install, wheel or sdist. ${_advisories_js__WEBPACK_IMPORTED_MODULE_6__/* .REMEDIATION */ .Am}`, 'critical', 'very-high'),
        helpUri: 'https://github.com/ossf/malicious-packages',
    },
];
function analysisRules(findings) {
    const rules = _analysis_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y0.map((r) => rule(r.id, r.description, `${r.description} Found in code pip runs while building an sdist.`, r.severity));
    const known = new Set(rules.map((r) => r.id));
    for (const f of findings) {
        if (known.has(f.rule))
            continue;
        known.add(f.rule);
        rules.push(rule(f.rule, `Build-time code flagged by ${f.rule}`, `Build-time code flagged by ${f.rule}.`, f.severity));
    }
    return rules;
}
function uriOf(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function physical(source) {
    return {
        artifactLocation: { uri: uriOf(source?.path || '.'), uriBaseId: SRCROOT },
        region: { startLine: Math.max(1, source?.line ?? 1) },
    };
}
function fingerprint(parts) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(parts)).digest('hex');
}
/** The sdist file pip would build, from the first target that builds one. */
function sdistFile(v) {
    return v.targets.find((t) => t.kind === 'sdist' && t.file)?.file;
}
function label(v) {
    return `${v.name}${v.version ? ' ' + v.version : ''}`;
}
function sarifReport(input, failOn) {
    const result = (0,_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .maskVerdicts */ .LU)(input);
    const gate = (0,_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateGate */ .DR)(result, failOn);
    const verdicts = result.verdicts.filter((v) => v.status !== 'wheel' && v.status !== 'skipped');
    const rules = [...STATUS_RULES, ...analysisRules(verdicts.flatMap((v) => v.findings))];
    const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
    const comparing = result.scope?.applied === 'changed';
    const results = [];
    const add = (v, ruleId, level, text, extra) => {
        const [primary, ...others] = v.sources;
        const where = primary ? ` Declared at ${primary.path}:${primary.line}${others.length ? ` and ${others.length} more place${others.length === 1 ? '' : 's'}` : ''}.` : '';
        results.push({
            ruleId,
            ruleIndex: ruleIndex.get(ruleId),
            level,
            message: { text: (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .sarifText */ .BC)(text + where, 2000) },
            locations: [{ physicalLocation: physical(primary) }],
            ...(others.length
                ? { relatedLocations: others.map((s, i) => ({ id: i + 1, physicalLocation: physical(s), message: { text: `also declared here: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .sarifText */ .BC)(s.requirement, 200)}` } })) }
                : {}),
            partialFingerprints: { [FINGERPRINT]: fingerprint([ruleId, (0,_python_names_js__WEBPACK_IMPORTED_MODULE_7__/* .normalizeName */ .P)(v.name), v.version ?? '', primary?.path ?? '', ...extra]) },
            ...(comparing ? { baselineState: v.preexisting ? 'unchanged' : 'new' } : {}),
            ...(v.allowed
                ? {
                    suppressions: [
                        { kind: 'external', status: 'accepted', justification: (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .sarifText */ .BC)(`${v.allowed.reason} (${v.allowed.source}${v.allowed.until ? `, until ${v.allowed.until}` : ''})`, 500) },
                    ],
                }
                : {}),
            properties: {
                package: v.name,
                ...(v.version ? { version: v.version } : {}),
                status: v.status,
                gating: (0,_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .gates */ .VF)(v, failOn),
                ...(v.advisories ? { advisories: v.advisories.map((a) => ({ id: a.id, url: a.url, version: a.version, ...(a.summary ? { summary: a.summary } : {}) })) } : {}),
                ...(v.preexisting ? { preexisting: true } : {}),
            },
        });
    };
    for (const v of verdicts) {
        const gating = (0,_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .gates */ .VF)(v, failOn);
        if (v.status === 'suspicious' && v.findings.length > 0) {
            const file = sdistFile(v);
            for (const f of v.findings) {
                const level = gating ? SEVERITY_LEVEL[f.severity] : 'warning';
                const evidence = f.evidence ? ` Evidence: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .defang */ .e8)(f.evidence).slice(0, 300)}` : '';
                const text = `${label(v)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .defang */ .e8)(f.message).slice(0, 500)} (${f.path}:${f.line}${file ? ` in ${file}` : ''}, ${f.severity}).${evidence}`;
                add(v, f.rule, level, text, [f.rule, f.path, f.line]);
            }
        }
        else if (v.status === 'malicious') {
            const records = (v.advisories ?? []).map((a) => `${a.id}${a.summary ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .defang */ .e8)((0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(a.summary, 200))})` : ''} ${a.url}`).join('; ');
            add(v, MALICIOUS_RULE, gating ? 'error' : 'warning', `${label(v)} is known malware: ${records}. ${_statuses_js__WEBPACK_IMPORTED_MODULE_5__/* .STATUS */ .XQ.malicious.remedy(v).map(_statuses_js__WEBPACK_IMPORTED_MODULE_5__/* .stepPlain */ .NM).join(' ')}`, (v.advisories ?? []).map((a) => a.id));
        }
        else if (v.status === 'unresolved') {
            add(v, UNRESOLVED_RULE, gating ? 'error' : 'warning', `${label(v)} could not be checked: ${v.reason.slice(0, 800)}`, []);
        }
        else {
            const top = v.findings[0];
            const below = top ? ` ${v.findings.length} finding${v.findings.length === 1 ? '' : 's'} below the suspicious threshold, the first: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .defang */ .e8)(top.message).slice(0, 200)} (${top.path}:${top.line}).` : '';
            const pin = v.wheelPin && 'version' in v.wheelPin ? ` Pin ${v.name}==${v.wheelPin.version}: the newest version with wheels for every target.` : '';
            add(v, SDIST_RULE, gating ? 'error' : 'warning', `${label(v)} is built from source: ${v.reason.slice(0, 800)}.${below}${pin}`, []);
        }
    }
    const notifications = result.diagnostics.map((d) => ({
        level: d.severity,
        message: { text: (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .sarifText */ .BC)(d.message, 1000) },
        ...(d.path ? { locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(d.path), uriBaseId: SRCROOT }, ...(d.line ? { region: { startLine: d.line } } : {}) } }] } : {}),
    }));
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'sdist-guard', version: _version_js__WEBPACK_IMPORTED_MODULE_8__/* .VERSION */ .x, semanticVersion: _version_js__WEBPACK_IMPORTED_MODULE_8__/* .VERSION */ .x, informationUri: INFORMATION_URI, rules } },
                originalUriBaseIds: { [SRCROOT]: { uri: (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)(result.root.endsWith('/') ? result.root : result.root + '/').href } },
                invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
                results,
                properties: {
                    gate: { failed: gate.failed, failOn: gate.failOn, message: gate.message },
                    targets: result.targets.map((t) => ({ python: t.python, platform: t.platform })),
                    ...(result.scope ? { scope: result.scope } : {}),
                },
            },
        ],
    };
    return (0,_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecrets */ .QU)(JSON.stringify(log, null, 2), result.secrets) + '\n';
}


/***/ })

};
