export const id = 505;
export const ids = [505,306];
export const modules = {

/***/ 8306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   declaredRequirements: () => (/* binding */ declaredRequirements)
/* harmony export */ });
/* unused harmony export DEFAULT_BUILD_REQUIRES */
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _python_requirements_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3516);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9640);
// What an sdist's build files state, without running them: what pip installs before it builds it
// (`[build-system] requires`, or pip's default when there is none; `setup_requires` that the
// setuptools backend hands back to pip), and the project's own dependencies where they are
// written as literals (PEP 621 `[project]`, `setup.cfg` `[options]`, a literal `install_requires`
// in setup.py). Anything computed is left out and said so: the caller never mistakes "not read"
// for "none".



/** pip's assumption for an sdist whose pyproject.toml has no `[build-system]` table (pip 23.1 and later). */
const DEFAULT_BUILD_REQUIRES = ['setuptools>=40.8.0'];

const TOML_MAX = 1024 * 1024;
/** `files`: paths relative to the sdist root (its `name-version/` directory already removed). */
function declaredRequirements(files) {
    const unread = [];
    const pyprojectText = files.get('pyproject.toml');
    const setupPy = files.get('setup.py');
    const setupCfg = files.get('setup.cfg');
    let doc;
    let tomlError;
    if (pyprojectText !== undefined) {
        if (pyprojectText.length > TOML_MAX)
            tomlError = `pyproject.toml is larger than ${TOML_MAX} bytes`;
        else {
            try {
                doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(pyprojectText);
            }
            catch (e) {
                tomlError = `pyproject.toml is not valid TOML (${e.message.split('\n')[0]})`;
            }
        }
    }
    const buildSystem = readBuildSystem(pyprojectText, doc, tomlError, setupPy !== undefined);
    const fromPy = setupPy === undefined ? undefined : readSetupPy(setupPy);
    const fromCfg = setupCfg === undefined ? undefined : readSetupCfg(setupCfg);
    const setupRequires = [];
    const setuptools = 'requires' in buildSystem && buildSystem.backend.startsWith('setuptools');
    if (setuptools) {
        // setup.py's keyword wins over setup.cfg's, as setuptools applies them
        const py = fromPy?.setupRequires;
        if (py === 'dynamic')
            unread.push('setup.py computes setup_requires');
        else if (py)
            setupRequires.push(...py);
        else if (fromCfg?.setupRequires)
            setupRequires.push(...fromCfg.setupRequires);
        if (fromPy?.opaque)
            unread.push(fromPy.opaque);
    }
    const setupUnknown = setuptools ? (fromPy?.setupRequires === 'dynamic' ? 'setup.py computes setup_requires' : fromPy?.opaque) : undefined;
    const install = staticDependencies(doc, fromPy, fromCfg, unread);
    const out = { buildSystem, setupRequires, unread };
    if (setupUnknown)
        out.setupRequiresUnknown = setupUnknown;
    if (install)
        out.install = install;
    return out;
}
function readBuildSystem(text, doc, tomlError, hasSetupPy) {
    if (text === undefined && !hasSetupPy)
        return { refused: "neither 'setup.py' nor 'pyproject.toml' found" };
    if (tomlError)
        return { refused: tomlError };
    const table = doc?.['build-system'];
    if (table === undefined) {
        return { requires: DEFAULT_BUILD_REQUIRES.map((r) => ({ requirement: r, file: "pip's default", line: 0 })), backend: 'setuptools.build_meta:__legacy__', default: true };
    }
    const bs = obj(table);
    if (!bs || !('requires' in bs))
        return { refused: 'pyproject.toml has a [build-system] table without the mandatory `requires` key' };
    const requires = bs.requires;
    if (!Array.isArray(requires) || !requires.every((r) => typeof r === 'string'))
        return { refused: 'pyproject.toml [build-system] requires is not a list of strings' };
    for (const r of requires) {
        try {
            (0,_python_requirements_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRequirement */ .p)(r);
        }
        catch {
            return { refused: `pyproject.toml [build-system] requires holds an invalid requirement: ${JSON.stringify(r.slice(0, 200))}` };
        }
    }
    const backend = typeof bs['build-backend'] === 'string' ? bs['build-backend'] : 'setuptools.build_meta:__legacy__';
    return { requires: requires.map((r) => ({ requirement: r, file: 'pyproject.toml', line: lineOf(text, r) })), backend, default: false };
}
/** The project's dependencies as setuptools, hatchling, flit and the rest would write them into the metadata. */
function staticDependencies(doc, fromPy, fromCfg, unread) {
    const project = obj(doc?.project);
    if (project) {
        const dynamic = arr(project.dynamic).filter((d) => typeof d === 'string');
        const depsDynamic = dynamic.includes('dependencies');
        const extrasDynamic = dynamic.includes('optional-dependencies');
        if (!depsDynamic && !extrasDynamic) {
            const deps = arr(project.dependencies);
            const optional = obj(project['optional-dependencies']) ?? {};
            if (!deps.every((d) => typeof d === 'string')) {
                unread.push('pyproject.toml [project] dependencies is not a list of strings');
                return undefined;
            }
            const requirements = [...deps];
            const extras = [];
            for (const [extra, list] of Object.entries(optional)) {
                if (!Array.isArray(list) || !list.every((d) => typeof d === 'string')) {
                    unread.push(`pyproject.toml [project.optional-dependencies] ${extra} is not a list of strings`);
                    return undefined;
                }
                extras.push(extra);
                for (const r of list)
                    requirements.push(withExtra(r, extra));
            }
            return { requirements, extras, from: 'pyproject.toml' };
        }
        // setuptools fills dynamic fields from setup.py and setup.cfg; other backends compute them
        const backend = obj(doc?.['build-system'])?.['build-backend'];
        if (backend !== undefined && !(typeof backend === 'string' && backend.startsWith('setuptools'))) {
            unread.push(`pyproject.toml leaves ${dynamic.filter((d) => d === 'dependencies' || d === 'optional-dependencies').join(' and ')} to the build backend`);
            return undefined;
        }
        const fromFile = obj(obj(obj(obj(doc?.tool)?.setuptools)?.dynamic)?.dependencies);
        if (fromFile) {
            unread.push('pyproject.toml reads the dependencies from a file ([tool.setuptools.dynamic])');
            return undefined;
        }
    }
    // setup.py keywords override setup.cfg options, one field at a time
    const pyDeps = fromPy?.installRequires;
    const pyExtras = fromPy?.extrasRequire;
    if (pyDeps === 'dynamic' || pyExtras === 'dynamic') {
        unread.push(`setup.py computes ${pyDeps === 'dynamic' ? 'install_requires' : 'extras_require'}`);
        return undefined;
    }
    if (fromPy?.opaque)
        return undefined;
    if (fromCfg?.unreadable) {
        unread.push(fromCfg.unreadable);
        return undefined;
    }
    const deps = pyDeps ?? fromCfg?.installRequires;
    const extras = pyExtras ?? fromCfg?.extrasRequire;
    // neither keyword written: the build may still set them (a cmdclass, a plugin), so nothing is claimed
    if (deps === undefined && extras === undefined)
        return undefined;
    const requirements = [...(deps ?? [])];
    const names = [];
    for (const [key, list] of Object.entries(extras ?? {})) {
        const { extra, marker } = splitExtraKey(key);
        names.push(extra);
        for (const r of list)
            requirements.push(withExtra(r, extra, marker));
    }
    const from = (pyDeps !== undefined || pyExtras !== undefined) ? 'setup.py' : 'setup.cfg';
    return { requirements, extras: names, from };
}
/** setuptools' `extras_require` key `name:marker`. */
function splitExtraKey(key) {
    const colon = key.indexOf(':');
    if (colon === -1)
        return { extra: key.trim() };
    return { extra: key.slice(0, colon).trim(), marker: key.slice(colon + 1).trim() || undefined };
}
/** `req ; m` as it appears in Requires-Dist under extra `extra`. */
function withExtra(requirement, extra, keyMarker) {
    let head = requirement.trim();
    let marker;
    try {
        const parsed = (0,_python_requirements_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRequirement */ .p)(requirement);
        marker = parsed.marker;
        const semi = parsed.url !== undefined ? requirement.lastIndexOf('; ') : requirement.indexOf(';');
        if (marker !== undefined && semi !== -1)
            head = requirement.slice(0, semi).trim();
    }
    catch {
        // the resolver reports the requirement it cannot read
        return requirement;
    }
    const parts = [marker, keyMarker].filter((m) => m !== undefined && m !== '').map((m) => `(${m})`);
    parts.push(`extra == ${JSON.stringify(extra)}`);
    return `${head} ; ${parts.join(' and ')}`;
}
function readSetupPy(text) {
    const src = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSource */ .PJ)(text, 'setup.py');
    const out = { called: false };
    if (!src.tree)
        return out;
    const assigned = moduleAssignments(src);
    const calls = [];
    src.tree.iterate({
        enter(n) {
            if (n.name !== 'CallExpression')
                return;
            const callee = n.node.firstChild;
            if (!callee)
                return;
            const name = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeText */ .qd)(src, callee);
            if (name === 'setup' || name === 'setuptools.setup' || name === 'distutils.core.setup')
                calls.push(n.node);
        },
    });
    if (calls.length !== 1) {
        if (calls.length > 1)
            out.opaque = 'setup.py calls setup() more than once: which call runs is not known without running it';
        return out;
    }
    out.called = true;
    const args = calls[0].getChild('ArgList');
    if (!args)
        return out;
    for (let c = args.firstChild; c; c = c.nextSibling) {
        if (c.name === '*' || c.name === '**' || (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeText */ .qd)(src, c).startsWith('*')) {
            out.opaque = 'setup.py passes *arguments or **keywords to setup(): what they hold is not known without running it';
        }
    }
    for (const [key, value] of keywordArgs(src, args)) {
        const resolved = value.name === 'VariableName' ? assigned.get((0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeText */ .qd)(src, value)) ?? value : value;
        if (key === 'install_requires')
            out.installRequires = stringList(src, resolved) ?? 'dynamic';
        else if (key === 'setup_requires') {
            const list = stringList(src, resolved);
            out.setupRequires = list ? list.map((r) => ({ requirement: r, file: 'setup.py', line: src.lines.lineOf(value.from) })) : 'dynamic';
        }
        else if (key === 'extras_require')
            out.extrasRequire = stringDict(src, resolved) ?? 'dynamic';
    }
    return out;
}
/** `name = <expr>` at module level, for names bound exactly once. */
function moduleAssignments(src) {
    const seen = new Map();
    for (let s = src.tree.topNode.firstChild; s; s = s.nextSibling) {
        if (s.name !== 'AssignStatement')
            continue;
        const target = s.firstChild;
        const op = target?.nextSibling;
        const value = op?.nextSibling;
        if (!target || target.name !== 'VariableName' || op?.name !== 'AssignOp' || !value || value.nextSibling)
            continue;
        const name = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeText */ .qd)(src, target);
        seen.set(name, seen.has(name) ? null : value);
    }
    // any other binding of the name (augmented assignment, a call that appends) makes it computed
    const text = src.text;
    const out = new Map();
    for (const [name, node] of seen) {
        if (!node)
            continue;
        const mutated = new RegExp(`\\b${name}\\s*(\\+=|\\.(append|extend|insert)\\b|\\[)`).test(text);
        if (!mutated)
            out.set(name, node);
    }
    return out;
}
function keywordArgs(src, args) {
    const out = [];
    for (let c = args.firstChild; c; c = c.nextSibling) {
        if (c.name !== 'VariableName')
            continue;
        const op = c.nextSibling;
        const value = op?.nextSibling;
        if (op?.name === 'AssignOp' && value)
            out.push([(0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeText */ .qd)(src, c), value]);
    }
    return out;
}
/** A string literal (plain, not an f-string), or undefined. */
function literalString(src, node) {
    if (node.name !== 'String')
        return undefined;
    const token = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeText */ .qd)(src, node);
    if (/^[a-zA-Z]*[fF]/.test(token.replace(/['"].*$/s, '')))
        return undefined;
    const lit = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .stringLiteral */ .Hg)(token);
    return lit.bytes ? undefined : lit.value;
}
/** A list or tuple of string literals, or one string of lines, as setuptools accepts them. */
function stringList(src, node) {
    const single = literalString(src, node);
    if (single !== undefined)
        return requirementLines(single);
    if (node.name !== 'ArrayExpression' && node.name !== 'TupleExpression' && node.name !== 'ParenthesizedExpression')
        return undefined;
    const out = [];
    for (let c = node.firstChild; c; c = c.nextSibling) {
        if (c.name === '[' || c.name === ']' || c.name === '(' || c.name === ')' || c.name === ',')
            continue;
        const s = literalString(src, c);
        if (s === undefined)
            return undefined;
        out.push(...requirementLines(s));
    }
    return out;
}
function stringDict(src, node) {
    if (node.name !== 'DictionaryExpression')
        return undefined;
    const out = {};
    let key;
    let expectValue = false;
    for (let c = node.firstChild; c; c = c.nextSibling) {
        if (c.name === '{' || c.name === '}' || c.name === ',')
            continue;
        if (c.name === ':') {
            expectValue = true;
            continue;
        }
        if (!expectValue) {
            key = literalString(src, c);
            if (key === undefined)
                return undefined;
            continue;
        }
        const list = stringList(src, c);
        if (list === undefined || key === undefined)
            return undefined;
        out[key] = list;
        expectValue = false;
        key = undefined;
    }
    return out;
}
/** setuptools' reading of a requirements string: one per line, `#` comments dropped. */
function requirementLines(text) {
    return text
        .split(/\r?\n/)
        .map((l) => l.replace(/(^|\s)#.*$/, '').trim())
        .filter((l) => l !== '');
}
function readSetupCfg(text) {
    const out = {};
    let section = '';
    let key = '';
    const values = new Map();
    text.split(/\r?\n/).forEach((raw, i) => {
        if (/^\s*[#;]/.test(raw) || raw.trim() === '')
            return;
        const sec = /^\[([^\]]+)\]\s*$/.exec(raw);
        if (sec) {
            section = sec[1].trim().toLowerCase();
            key = '';
            return;
        }
        const kv = /^([^\s=:][^=:]*?)\s*[=:]\s*(.*)$/.exec(raw);
        if (kv && !/^\s/.test(raw)) {
            key = `${section}\0${kv[1].trim().toLowerCase().replace(/-/g, '_')}`;
            values.set(key, { value: kv[2].trim() ? [kv[2].trim()] : [], line: i + 1 });
            return;
        }
        if (key && /^\s/.test(raw))
            values.get(key)?.value.push(raw.trim());
    });
    const list = (section, name) => {
        const v = values.get(`${section}\0${name}`);
        if (!v)
            return undefined;
        return { value: v.value.flatMap(requirementLines), line: v.line };
    };
    const install = list('options', 'install_requires');
    if (install) {
        if (install.value.some((v) => /^(file|attr):/.test(v)))
            out.unreadable = 'setup.cfg reads install_requires from elsewhere';
        else
            out.installRequires = install.value;
    }
    const setup = list('options', 'setup_requires');
    if (setup)
        out.setupRequires = setup.value.map((r) => ({ requirement: r, file: 'setup.cfg', line: setup.line }));
    for (const [k] of values) {
        const [section, name] = k.split('\0');
        if (section !== 'options.extras_require')
            continue;
        out.extrasRequire ??= {};
        out.extrasRequire[name] = list(section, name).value;
    }
    return out;
}
// -----------------------------------------------------------------------------------------------
function lineOf(text, value) {
    for (const q of [JSON.stringify(value), `'${value}'`]) {
        const i = text.indexOf(q);
        if (i !== -1)
            return text.slice(0, i).split('\n').length;
    }
    return 1;
}
function obj(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
function arr(v) {
    return Array.isArray(v) ? v : [];
}


/***/ }),

/***/ 9505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkContents: () => (/* binding */ checkContents),
/* harmony export */   readAndAnalyze: () => (/* binding */ readAndAnalyze)
/* harmony export */ });
/* harmony import */ var _archive_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6891);
/* harmony import */ var _analysis_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1179);
/* harmony import */ var _analysis_declared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8306);
// extract -> analyze for one sdist stream: the work a check does once the bytes arrive, the same
// whether it runs on the main thread or on the analysis worker.



/** Rejects with the stream's own error (a failed download, a hash mismatch). */
async function readAndAnalyze(filename, data, limits) {
    return checkContents(await (0,_archive_index_js__WEBPACK_IMPORTED_MODULE_0__.readSdist)(filename, data, limits));
}
/** analyze for what an archive or a directory holds. */
function checkContents(contents) {
    const analysis = contents.error ? undefined : (0,_analysis_index_js__WEBPACK_IMPORTED_MODULE_1__.analyzeSdist)(contents.files, { data: contents.data, encodings: contents.encodings });
    const check = {
        // An archive that pip and a plain reader unpack differently is suspicious whatever its files say.
        findings: [...contents.findings, ...(analysis?.findings ?? [])],
        suspicious: (analysis?.suspicious ?? false) || contents.findings.length > 0,
        limits: [...contents.limits, ...(analysis?.limits ?? [])],
    };
    if (contents.error !== undefined)
        check.error = contents.error;
    else {
        check.pkgInfo = contents.files.get('PKG-INFO') ?? null;
        check.declared = (0,_analysis_declared_js__WEBPACK_IMPORTED_MODULE_2__.declaredRequirements)((0,_analysis_index_js__WEBPACK_IMPORTED_MODULE_1__.stripTopDirectory)(contents.files));
    }
    return check;
}


/***/ })

};
