export const id = 306;
export const ids = [306];
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

/***/ 9640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GG: () => (/* binding */ childOf),
  LU: () => (/* binding */ childrenOf),
  qd: () => (/* binding */ nodeText),
  PJ: () => (/* binding */ parseSource),
  Hg: () => (/* binding */ stringLiteral),
  x4: () => (/* binding */ parse_unescape)
});

// UNUSED EXPORTS: LineIndex, MAX_BRACKET_DEPTH, MAX_PARSE_BYTES, bracketDepth

// EXTERNAL MODULE: ./node_modules/@lezer/python/dist/index.js + 2 modules
var dist = __webpack_require__(1002);
;// CONCATENATED MODULE: ./src/analysis/parse-strings.ts
// The parser the analysis uses: @lezer/python's, with its string-body tokenizer replaced by one that
// gives the same tokens but steps over plain characters in one go. Lezer's own advances one code
// unit at a time, which is most of the parse of a packed script whose payload is a megabyte literal
// (18 ms of 20 on a 2.5 MB one). Before it is used, the replacement must give trees identical to
// the original's on a set of probes covering every kind of string; otherwise (a different
// @lezer/python whose terms moved) the original parser is used unchanged.

// Terms and context flags of @lezer/python's grammar (its generated parser.terms and tokens.js).
const STRING_CONTENT = 200;
const ESCAPE = 2;
const REPLACEMENT_START = 3;
const STRING_END = 201;
const CX_DOUBLE_QUOTE = 4;
const CX_LONG = 8;
const CX_RAW = 16;
const CX_FORMAT = 32;
const NEWLINE = 10;
const BRACE_OPEN = 123;
const BRACE_CLOSE = 125;
const SINGLE_QUOTE = 39;
const DOUBLE_QUOTE = 34;
const BACKSLASH = 92;
function isHex(ch) {
    return (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 70) || (ch >= 97 && ch <= 102);
}
/** The next code unit (advance() changes it, which TypeScript's narrowing does not know). */
const at = (input) => input.next;
function skipEscape(input, ch) {
    if (ch === 111 /* o */) {
        for (let i = 0; i < 2 && input.next >= 48 && input.next <= 55; i++)
            input.advance();
    }
    else if (ch === 120 /* x */) {
        for (let i = 0; i < 2 && isHex(input.next); i++)
            input.advance();
    }
    else if (ch === 117 /* u */) {
        for (let i = 0; i < 4 && isHex(input.next); i++)
            input.advance();
    }
    else if (ch === 85 /* U */) {
        for (let i = 0; i < 8 && isHex(input.next); i++)
            input.advance();
    }
    else if (ch === 78 /* N */) {
        if (at(input) === BRACE_OPEN) {
            input.advance();
            while (at(input) >= 0 && at(input) !== BRACE_CLOSE && at(input) !== SINGLE_QUOTE && at(input) !== DOUBLE_QUOTE && at(input) !== NEWLINE)
                input.advance();
            if (at(input) === BRACE_CLOSE)
                input.advance();
        }
    }
}
/** The characters a string body stops at: by quote (single, double) and f-string or not. */
const STOPS = [/['\\\n]/g, /["\\\n]/g, /['\\\n{]/g, /["\\\n{]/g];
/**
 * Lezer's string tokenizer, step for step, except that a run of characters none of which can end
 * the token (the quote, a backslash, a line feed, `{` in an f-string) is passed in one advance().
 */
function stringTokens(input, stack) {
    const flags = stack.context.flags;
    const quote = flags & CX_DOUBLE_QUOTE ? DOUBLE_QUOTE : SINGLE_QUOTE;
    const long = (flags & CX_LONG) > 0;
    const escapes = !(flags & CX_RAW);
    const format = (flags & CX_FORMAT) > 0;
    const start = input.pos;
    for (;;) {
        const next = input.next;
        if (next < 0) {
            break;
        }
        else if (format && next === BRACE_OPEN) {
            if (input.peek(1) === BRACE_OPEN) {
                input.advance(2);
            }
            else {
                if (input.pos === start) {
                    input.acceptToken(REPLACEMENT_START, 1);
                    return;
                }
                break;
            }
        }
        else if (escapes && next === BACKSLASH) {
            if (input.pos === start) {
                input.advance();
                const escaped = input.next;
                if (escaped >= 0) {
                    input.advance();
                    skipEscape(input, escaped);
                }
                input.acceptToken(ESCAPE);
                return;
            }
            break;
        }
        else if (next === BACKSLASH && !escapes && input.peek(1) > -1) {
            input.advance(2);
        }
        else if (next === quote && (!long || (input.peek(1) === quote && input.peek(2) === quote))) {
            if (input.pos === start) {
                input.acceptToken(STRING_END, long ? 3 : 1);
                return;
            }
            break;
        }
        else if (next === NEWLINE) {
            // a long string's body is cut after each line feed
            if (long) {
                input.advance();
            }
            else if (input.pos === start) {
                input.acceptToken(STRING_END);
                return;
            }
            break;
        }
        else {
            // this character is plain; so is every one before the next that any branch above looks at
            const { chunk, chunkOff } = input;
            if (chunk.charCodeAt(chunkOff) !== next) {
                input.advance();
                continue;
            }
            // one regex search, which stops at the first character that matters (indexOf per character
            // would run to the end of the file for one that never comes)
            const stops = STOPS[(quote === DOUBLE_QUOTE ? 1 : 0) + (format ? 2 : 0)];
            stops.lastIndex = chunkOff + 1;
            const found = stops.exec(chunk);
            input.advance((found ? found.index : chunk.length) - chunkOff);
        }
    }
    if (input.pos > start)
        input.acceptToken(STRING_CONTENT);
}
/** Source that exercises every branch of the string tokenizer, and the tokenizers around it. */
const STRING_PROBES = [
    `a = 'x' + "y" + '''z\n'q'' ''' + """w\n"q"" """\n`,
    `b = r'\\d+\\'' + R"\\"" + rb'\\x' + Rb"""a\\"""" + br'\\\\'\n`,
    `c = f'{x!r:>{w}} {{lit}} }}' + F"{y}" + rf'{z}\\{' + fr"""{a}\n{b!s}""" + f'{f"{1}"}'\n`,
    `d = '\\x41\\101\\o17\\u00e9\\U0001F600\\N{BULLET}\\N{X\\n' + "\\q\\\\\\"" + '\\\n' + b'\\xff\\t'\n`,
    `e = 'unterminated\nf = "also\n`,
    `g = '''long with \\''' inside''' + ''''''\nh = ""\n`,
    `def f(x):\n    if x:\n        print 'py2', x\n    return u'caf\u00e9 \ud83d\ude00 \r tab\t'\n`,
    `i = 'ends with a raw backslash' + r'\\`,
    `j = f'''{x\n}''' + f"{'q'}" + f'{x:{y}}' + 'a{b}c'\n`,
    `k = "ends at eof`,
    `l = '''\n\n{}\n\\\n'''\n`,
];
function shape(tree) {
    const out = [];
    const c = tree.cursor();
    do
        out.push(`${c.name}:${c.from}-${c.to}`);
    while (c.next());
    return out.join(' ');
}
// The string tokenizer among the parser's: the last of its external ones (after print, indentation
// and newlines), which carry their options themselves where the grammar's token groups inherit them.
const external = dist/* parser */.K.tokenizers.filter((t) => typeof t === 'object' && t !== null && Object.hasOwn(t, 'extend') && typeof t.token === 'function');
const stringTokenizer = external[external.length - 1];
const lezerStringTokens = stringTokenizer?.token;
/**
 * A copy of the parser whose string tokenizer is Lezer's own or ours, for comparing the two.
 * (A configured copy parses a third slower than the parser itself, which is why the analysis
 * does not use one: see installFastStrings.)
 */
function parserWith(tokens) {
    if (!stringTokenizer || !lezerStringTokens)
        return undefined;
    const Ctor = stringTokenizer.constructor;
    const options = { contextual: stringTokenizer.contextual, fallback: stringTokenizer.fallback, extend: stringTokenizer.extend };
    const replacement = new Ctor(tokens === 'fast' ? stringTokens : lezerStringTokens, options);
    return lezerParser.configure({ tokenizers: [{ from: stringTokenizer, to: replacement }] });
}
/**
 * Puts our string tokenizer into @lezer/python's parser, in place, if the parser then gives every
 * probe the tree it gave before; otherwise leaves Lezer's own there.
 */
function installFastStrings() {
    if (!stringTokenizer || !lezerStringTokens)
        return false;
    let same = false;
    try {
        const before = STRING_PROBES.map((p) => shape(dist/* parser */.K.parse(p)));
        stringTokenizer.token = stringTokens;
        same = STRING_PROBES.every((p, i) => shape(dist/* parser */.K.parse(p)) === before[i]);
    }
    catch {
        same = false;
    }
    if (!same)
        stringTokenizer.token = lezerStringTokens;
    return same;
}
let installed;
/** The parser to use, with the fast string tokenizer in it once it has passed its check. */
function pythonParser() {
    installed ??= installFastStrings();
    return dist/* parser */.K;
}
/** Whether the fast string tokenizer passed its check and is in use. */
function fastStringsInUse() {
    installed ??= installFastStrings();
    return installed;
}

// EXTERNAL MODULE: ./node_modules/@lezer/common/dist/index.js
var common_dist = __webpack_require__(3854);
;// CONCATENATED MODULE: ./src/analysis/parse.ts
// Parsing Python source with @lezer/python, and the small helpers the fact extractor walks the tree
// with. Lezer is error-tolerant, so Python 2 files (`print "x"`, `except E, e`) still give a tree.



/** CPython's tokenizer refuses more than 200 nested brackets, so deeper files cannot run anyway. */
const MAX_BRACKET_DEPTH = 200;
/** Files larger than this are not parsed; they are scanned for strings only. */
const MAX_PARSE_BYTES = 4 * 1024 * 1024;
/** Lezer parse steps per file; a step budget keeps the cost bounded on hostile input. */
const MAX_PARSE_STEPS = 5_000_000;
class LineIndex {
    starts;
    constructor(text) {
        const starts = [0];
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            starts.push(i + 1);
        this.starts = starts;
    }
    get count() {
        return this.starts.length;
    }
    /** 1-based line of an offset. */
    lineOf(pos) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= pos)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    /** Length of each line, for the long-line check. */
    lengths(textLength) {
        const out = [];
        for (let i = 0; i < this.starts.length; i++) {
            const end = i + 1 < this.starts.length ? this.starts[i + 1] - 1 : textLength;
            out.push(end - this.starts[i]);
        }
        return out;
    }
}
/**
 * The deepest bracket nesting outside strings and comments, and the line where it peaks. Lezer
 * builds its tree recursively, so a file nested thousands deep would overflow the stack.
 */
function bracketDepth(text) {
    let depth = 0;
    let max = 0;
    let maxAt = 0;
    let i = 0;
    const n = text.length;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 35 /* # */) {
            const nl = text.indexOf('\n', i);
            i = nl === -1 ? n : nl;
            continue;
        }
        if (c === 34 || c === 39 /* " ' */) {
            i = skipString(text, i);
            continue;
        }
        if (c === 40 || c === 91 || c === 123) {
            depth++;
            if (depth > max) {
                max = depth;
                maxAt = i;
            }
        }
        else if ((c === 41 || c === 93 || c === 125) && depth > 0)
            depth--;
        i++;
    }
    let line = 1;
    for (let j = text.indexOf('\n'); j !== -1 && j < maxAt; j = text.indexOf('\n', j + 1))
        line++;
    return { depth: max, line };
}
/** Offset just past the string literal whose opening quote is at `i`. */
function skipString(text, i) {
    const q = text[i];
    const triple = text.startsWith(q + q + q, i);
    const close = triple ? q + q + q : q;
    const len = text.length;
    let j = i + close.length;
    // jump between the characters that matter (quote, backslash, line end): packed blobs are megabytes long
    let nq = -2;
    let nb = -2;
    let nn = triple ? -1 : -2;
    while (j < len) {
        if (nq !== -1 && nq < j)
            nq = text.indexOf(q, j);
        if (nb !== -1 && nb < j)
            nb = text.indexOf('\\', j);
        if (nn !== -1 && nn < j)
            nn = text.indexOf('\n', j);
        const next = Math.min(nq === -1 ? len : nq, nb === -1 ? len : nb, nn === -1 ? len : nn);
        if (next >= len)
            return len;
        j = next;
        const ch = text[j];
        if (ch === '\\') {
            j += 2;
            continue;
        }
        if (!triple && ch === '\n')
            return j;
        if (text.startsWith(close, j))
            return j + close.length;
        j++;
    }
    return j;
}
function parseSource(textIn, path, maxBytes = MAX_PARSE_BYTES) {
    // a byte-order mark would read as an identifier
    const text = textIn.charCodeAt(0) === 0xfeff ? ' ' + textIn.slice(1) : textIn;
    const lines = new LineIndex(text);
    if (text.length > maxBytes) {
        return { path, text, lines, unparsed: `${path}: ${text.length} bytes, more than the ${maxBytes} parsed; only its strings were scanned` };
    }
    const nest = bracketDepth(text);
    if (nest.depth > MAX_BRACKET_DEPTH) {
        return {
            path,
            text,
            lines,
            unparsed: `${path}:${nest.line}: brackets nested ${nest.depth} deep (CPython stops at ${MAX_BRACKET_DEPTH}); only its strings were scanned`,
        };
    }
    try {
        const parse = pythonParser().startParse(text);
        let tree = null;
        for (let steps = 0; !(tree = parse.advance()); steps++) {
            if (steps > MAX_PARSE_STEPS) {
                return { path, text, lines, unparsed: `${path}: parse budget exhausted; only its strings were scanned` };
            }
        }
        return { path, text, lines, tree };
    }
    catch (e) {
        // Lezer recurses while building very deep trees (long operator chains); such a file is
        // itself abnormal, and still gets the string scan.
        return { path, text, lines, unparsed: `${path}: could not be parsed (${e.message}); only its strings were scanned` };
    }
}
/**
 * The first child of `node` of a type (`node.getChild(name)` without its cursor: Lezer builds one
 * per call, walking up from a node deep in a buffer, which the interpreter pays in every loop round).
 */
function childOf(node, name) {
    const group = GROUPS.has(name);
    for (let c = node.firstChild; c; c = c.nextSibling)
        if (c.name === name || (group && c.type.is(name)))
            return c;
    return null;
}
/** Every child of `node` of a type, in order (`node.getChildren(name)`). */
function childrenOf(node, name) {
    const group = GROUPS.has(name);
    const out = [];
    for (let c = node.firstChild; c; c = c.nextSibling)
        if (c.name === name || (group && c.type.is(name)))
            out.push(c);
    return out;
}
/** Names of node groups (`Expression`): a node is of such a type without bearing its name. */
const GROUPS = new Set(dist/* parser */.K.nodeSet.types.flatMap((t) => t.prop(common_dist/* NodeProp */.uY.group) ?? []));
function nodeText(src, node) {
    return src.text.slice(node.from, node.to);
}
const SIMPLE_ESCAPES = {
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
};
/** The value of one Python string literal token, prefix and quotes included (`rb'..'`, `u"""..."""`). */
function stringLiteral(token) {
    let i = 0;
    let raw = false;
    let bytes = false;
    while (i < token.length && /[rRbBuUfF]/.test(token[i])) {
        const p = token[i].toLowerCase();
        if (p === 'r')
            raw = true;
        if (p === 'b')
            bytes = true;
        i++;
    }
    const q = token[i];
    const triple = token.startsWith(q + q + q, i);
    const open = triple ? 3 : 1;
    let body = token.slice(i + open);
    const close = triple ? q + q + q : q;
    if (body.endsWith(close))
        body = body.slice(0, body.length - close.length);
    const value = raw ? body : parse_unescape(body, bytes);
    return { value: bytes ? toLatin1Bytes(value) : value, bytes, raw };
}
/** Non-ASCII characters in a bytes literal are a syntax error in Python; keep one byte per char. */
function toLatin1Bytes(s) {
    // eslint-disable-next-line no-control-regex
    return /^[\x00-\xff]*$/.test(s) ? s : Buffer.from(s, 'utf8').toString('latin1');
}
/** The value of a hex digit's code, or -1 (NaN, past the end, included). */
function hexDigit(c) {
    if (c >= 48 && c <= 57)
        return c - 48;
    if (c >= 65 && c <= 70)
        return c - 55;
    if (c >= 97 && c <= 102)
        return c - 87;
    return -1;
}
function parse_unescape(body, bytes) {
    if (!body.includes('\\'))
        return body;
    let out = '';
    let i = 0;
    while (i < body.length) {
        // the text up to the next backslash is copied as it is, in one piece
        const next = body.indexOf('\\', i);
        if (next === -1 || next + 1 >= body.length) {
            out += body.slice(i);
            break;
        }
        if (next > i) {
            out += body.slice(i, next);
            i = next;
        }
        const ch = body[i];
        const e = body[i + 1];
        if (e === '\n') {
            i += 2;
            continue;
        }
        if (e === '\r') {
            i += body[i + 2] === '\n' ? 3 : 2;
            continue;
        }
        if (e in SIMPLE_ESCAPES) {
            out += SIMPLE_ESCAPES[e];
            i += 2;
            continue;
        }
        if (e >= '0' && e <= '7') {
            let j = i + 1;
            let digits = '';
            while (j < body.length && digits.length < 3 && body[j] >= '0' && body[j] <= '7')
                digits += body[j++];
            out += String.fromCharCode(parseInt(digits, 8) & (bytes ? 0xff : 0x1ff));
            i = j;
            continue;
        }
        const hexLen = e === 'x' ? 2 : !bytes && e === 'u' ? 4 : !bytes && e === 'U' ? 8 : 0;
        if (hexLen) {
            // exactly hexLen hex digits (a packed literal is often nothing but \xNN escapes)
            let cp = 0;
            let k = 0;
            for (; k < hexLen; k++) {
                const d = hexDigit(body.charCodeAt(i + 2 + k));
                if (d < 0)
                    break;
                cp = cp * 16 + d;
            }
            if (k === hexLen) {
                out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
                i += 2 + hexLen;
                continue;
            }
        }
        if (!bytes && e === 'N' && body[i + 2] === '{') {
            const end = body.indexOf('}', i + 3);
            if (end !== -1) {
                out += '\ufffd';
                i = end + 1;
                continue;
            }
        }
        out += ch + e;
        i += 2;
    }
    return out;
}


/***/ })

};
