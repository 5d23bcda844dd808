export const id = 550;
export const ids = [550,39];
export const modules = {

/***/ 9039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CheckPool: () => (/* binding */ CheckPool),
/* harmony export */   useWorkerEntry: () => (/* binding */ useWorkerEntry),
/* harmony export */   workerEndpoint: () => (/* binding */ workerEndpoint)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9505);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4253);
// The scan's side of the analysis worker. Analyzing build scripts is CPU work; on the main thread
// it would hold back every response waiting to be handled, so once the worker is up, sdists stream
// to it and the main thread only moves bytes. Until it is up (and where no worker can run: tests
// from source, a worker that failed) checks run here as before, and so do very large sdists: what
// they cost is inflating (done off the thread by zlib either way), and streaming them through a
// second thread would double the buffers waiting to be collected, and hold up the small ones queued
// behind them on the worker.



/** Chunks sent ahead of the worker's reading; bounds what one sdist can queue in memory. */
const WINDOW = 16;
/** sdists at least this big (as the index or lock gives their size) are read on this thread. */
const LOCAL_FROM_BYTES = 16 * 1024 * 1024;
/**
 * While the worker starts, this many checks run here; later ones wait for it. A scan with a few
 * sdists does not wait for a worker at all, and a large one does not analyze here while the
 * responses it waits for pile up.
 */
const LOCAL_WHILE_STARTING = 2;
/** A worker not up by then is given up on: the checks waiting for it run here. */
const START_TIMEOUT_MS = 30_000;
let workerEntry;
/**
 * Names the file a worker runs: the program's own entry, which serves checks when started with
 * WORKER_ROLE in its workerData. Entries call this; without it every check runs in-thread.
 */
function useWorkerEntry(entry) {
    workerEntry = entry;
}
function workerEndpoint(entry) {
    const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(entry, { workerData: { [_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKER_ROLE */ .M]: true } });
    return { port: worker, terminate: async () => void (await worker.terminate()) };
}
class CheckPool {
    spawn;
    endpoint;
    state = 'idle';
    jobs = new Map();
    nextId = 1;
    localWhileStarting = 0;
    startTimer;
    /** Settles once the worker is ready or cannot be used. */
    settled = Promise.resolve();
    settle = () => { };
    /** Checks done on the worker and on this thread, for the curious. */
    counts = { worker: 0, local: 0 };
    /** `spawn` returns undefined when no worker can be started. */
    constructor(spawn = () => (workerEntry ? workerEndpoint(workerEntry) : undefined)) {
        this.spawn = spawn;
    }
    /** `size`: the file's size when the index or the lock gives it. */
    async check(filename, body, limits, size) {
        const large = size !== undefined && size >= LOCAL_FROM_BYTES;
        if (this.state === 'idle' && !large)
            this.start();
        if (this.state === 'starting' && !large && this.localWhileStarting++ >= LOCAL_WHILE_STARTING)
            await this.settled;
        if (this.state !== 'ready' || large) {
            this.counts.local++;
            return (0,_check_js__WEBPACK_IMPORTED_MODULE_1__/* .readAndAnalyze */ .u)(filename, body, limits);
        }
        this.counts.worker++;
        return this.remote(filename, body, limits);
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
        post({ t: 'start', id, filename, ...(limits ? { limits } : {}) });
        const pumped = this.pump(id, job, body, post);
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
    /** Sends the body as the worker takes it; stops (closing the download) when the worker cancels. */
    async pump(id, job, body, post) {
        const it = body[Symbol.asyncIterator]();
        let finished = false;
        try {
            for (;;) {
                while (job.credits <= 0 && !job.cancelled)
                    await new Promise((resolve) => (job.wake = resolve));
                if (job.cancelled)
                    break;
                const step = await it.next();
                if (step.done) {
                    finished = true;
                    if (!job.cancelled)
                        post({ t: 'end', id });
                    break;
                }
                if (job.cancelled)
                    break;
                // The chunk's memory is not ours to give away (others may hold views into it): the worker
                // gets a copy, whose buffer moves without a second copy.
                const data = new Uint8Array(step.value);
                job.credits--;
                post({ t: 'chunk', id, data }, [data.buffer]);
            }
        }
        catch (err) {
            finished = true;
            if (!job.cancelled)
                post({ t: 'fail', id, message: err instanceof Error ? err.message : String(err) });
        }
        finally {
            if (!finished)
                await it.return?.();
        }
    }
}


/***/ }),

/***/ 4550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

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
;// CONCATENATED MODULE: ./src/python/names.ts
// PEP 503 project name normalization, and the PEP 508 shape of a valid name.
const VALID_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
/** `Foo.Bar_baz` -> `foo-bar-baz`: runs of `-`, `_` and `.` become one `-`, lower-cased. */
function normalizeName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
function isValidName(name) {
    return VALID_NAME.test(name);
}

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
        const canonical = normalizeName(name);
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
}
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
        const canonical = normalizeName(name);
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
        normalizeName(dep.name),
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
    return `${source.path}\0${source.line}\0${normalizeName(name)}`;
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

// EXTERNAL MODULE: ./src/archive/index.ts + 19 modules
var archive = __webpack_require__(9787);
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
    archive: archive/* DEFAULT_LIMITS */.dR,
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

;// CONCATENATED MODULE: ./src/options.ts
// The one Options value both entries (CLI and action) build, and its validation. Bad configuration
// is the only thing that stops a run (exit 2), so every message names the input and what it expects.



const DEFAULT_INDEX_URL = 'https://pypi.org/simple';
const GATE_STATUSES = ['sdist', 'suspicious', 'unresolved'];
const DEFAULT_FAIL_ON = ['suspicious', 'unresolved'];
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
    return out;
}
function parseScope(value, input = 'scope') {
    const v = value.trim();
    if (!SCOPES.includes(v))
        throw new ConfigError(`${input}: "${value}" is not a scope: expected ${SCOPES.join(' or ')}`);
    return v;
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
 * the URLs so that a URL can be logged and a secret cannot.
 */
function parseCredentials(value, input = 'index-credentials') {
    const out = {};
    for (const item of (value ?? '').split(/[\n,]+/).map((s) => s.trim()).filter(Boolean)) {
        const eq = item.indexOf('=');
        if (eq <= 0 || eq === item.length - 1)
            throw new ConfigError(`${input}: expected host=user:password or host=token entries, got an entry without "="`);
        out[item.slice(0, eq).trim().toLowerCase()] = item.slice(eq + 1).trim();
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
        limits: raw.limits ?? readLimits(env.SDIST_GUARD_LIMITS),
        analyze: raw.analyze ?? true,
        transitive: raw.transitive ?? true,
        env,
        scope: raw.scope ?? 'all',
        ...(raw.base ? { base: raw.base } : {}),
        allow: config?.allow ?? [],
        ...(config ? { configFile: config.label } : {}),
        ...(raw.cacheDir ? { cacheDir: raw.cacheDir } : {}),
    };
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

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/lib/version.js
var version = __webpack_require__(4818);
;// CONCATENATED MODULE: ./src/python/version.ts
// PEP 440 versions and specifiers, with the semantics of pypa/packaging (which pip uses).
//
// The version grammar is @renovatebot/pep440's. Comparison and specifier matching are done here:
// the library reads local segments with `Number()` (so `+1e5` sorts as 100000), rounds release
// numbers past 2^53, treats `<V`/`>V` as "release differs" rather than PEP 440's exclusive
// ordered comparison, compares `==V+local` on public versions only, does not pad `==1.0.*`,
// and decides pre-release acceptance per clause instead of per specifier set.

class InvalidVersion extends Error {
    name = 'InvalidVersion';
}
class InvalidSpecifier extends Error {
    name = 'InvalidSpecifier';
}
const VERSION_RE = new RegExp(`^\\s*${version.VERSION_PATTERN}\\s*$`, 'i');
const PRE_LABELS = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    rc: 'rc',
    pre: 'rc',
    preview: 'rc',
};
// Parsing is a regex match plus a few BigInts; callers sort and filter the same strings many
// times, so a bounded cache keeps repeated work cheap without growing without limit.
const CACHE_LIMIT = 8192;
const versionCache = new Map();
function cached(cache, key, make) {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key))
        return hit;
    const value = make();
    if (cache.size >= CACHE_LIMIT)
        cache.clear();
    cache.set(key, value);
    return value;
}
function tryParseVersion(text) {
    return cached(versionCache, text, () => {
        const m = VERSION_RE.exec(text);
        if (!m?.groups)
            return null;
        const g = m.groups;
        const preLabel = g.pre_l ? PRE_LABELS[g.pre_l.toLowerCase()] : undefined;
        const postNumber = g.post_n1 ?? g.post_n2;
        const hasPost = g.post_l !== undefined || g.post_n1 !== undefined;
        const v = {
            text: text.trim(),
            epoch: g.epoch ? BigInt(g.epoch) : 0n,
            release: g.release.split('.').map((n) => BigInt(n)),
            pre: preLabel ? [preLabel, BigInt(g.pre_n ?? 0)] : undefined,
            post: hasPost ? BigInt(postNumber ?? 0) : undefined,
            dev: g.dev_l ? BigInt(g.dev_n ?? 0) : undefined,
            local: g.local
                ? g.local.split(/[-_.]/).map((p) => (/^[0-9]+$/.test(p) ? BigInt(p) : p.toLowerCase()))
                : undefined,
            isPrerelease: Boolean(preLabel) || g.dev_l !== undefined,
            isPostrelease: hasPost,
        };
        return Object.freeze(v);
    });
}
/** Parses a PEP 440 version; throws InvalidVersion naming the text. */
function parseVersion(text) {
    const v = typeof text === 'string' ? tryParseVersion(text) : null;
    if (!v)
        throw new InvalidVersion(`Invalid version: ${JSON.stringify(text)} is not a PEP 440 version`);
    return v;
}
function isValidVersion(text) {
    return typeof text === 'string' && tryParseVersion(text) !== null;
}
/** A pre-release or a development release (PEP 440's definition of "pre-release"). */
function isPrerelease(text) {
    return parseVersion(text).isPrerelease;
}
/** The canonical form packaging prints: `1.0-1` -> `1.0.post1`, `v1.0RC1` -> `1.0rc1`. */
function normalizeVersion(text) {
    return formatVersion(parseVersion(text));
}
function formatVersion(v, withLocal = true) {
    let s = v.epoch !== 0n ? `${v.epoch}!` : '';
    s += v.release.join('.');
    if (v.pre)
        s += `${v.pre[0]}${v.pre[1]}`;
    if (v.post !== undefined)
        s += `.post${v.post}`;
    if (v.dev !== undefined)
        s += `.dev${v.dev}`;
    if (withLocal && v.local)
        s += `+${v.local.join('.')}`;
    return s;
}
function cmpBig(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function cmpRelease(a, b) {
    // Trailing zeros are insignificant: 1.0 == 1.0.0.
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const c = cmpBig(a[i] ?? 0n, b[i] ?? 0n);
        if (c !== 0)
            return c;
    }
    return 0;
}
// Pre-release rank: a dev-only release sorts before any pre-release of the same release, and a
// version without a pre-release after all of them (packaging's _cmpkey).
function preKey(v) {
    if (!v.pre && v.post === undefined && v.dev !== undefined)
        return [-1, '', 0n];
    if (!v.pre)
        return [1, '', 0n];
    return [0, v.pre[0], v.pre[1]];
}
function cmpLocal(a, b) {
    if (!a || !b)
        return a ? 1 : b ? -1 : 0;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a[i];
        const y = b[i];
        // Numeric parts sort after alphanumeric ones; alphanumeric parts sort lexicographically.
        if (typeof x === 'bigint' && typeof y === 'bigint') {
            const c = cmpBig(x, y);
            if (c !== 0)
                return c;
        }
        else if (typeof x === 'bigint') {
            return 1;
        }
        else if (typeof y === 'bigint') {
            return -1;
        }
        else if (x !== y) {
            return x < y ? -1 : 1;
        }
    }
    return a.length - b.length;
}
function compareParsed(a, b, withLocal = true) {
    let c = cmpBig(a.epoch, b.epoch);
    if (c !== 0)
        return c;
    c = cmpRelease(a.release, b.release);
    if (c !== 0)
        return c;
    const pa = preKey(a);
    const pb = preKey(b);
    c = pa[0] - pb[0];
    if (c !== 0)
        return Math.sign(c);
    if (pa[0] === 0) {
        if (pa[1] !== pb[1])
            return pa[1] < pb[1] ? -1 : 1;
        c = cmpBig(pa[2], pb[2]);
        if (c !== 0)
            return c;
    }
    // No post-release sorts before any post-release.
    if (a.post !== b.post) {
        if (a.post === undefined)
            return -1;
        if (b.post === undefined)
            return 1;
        c = cmpBig(a.post, b.post);
        if (c !== 0)
            return c;
    }
    // No dev-release sorts after any dev-release.
    if (a.dev !== b.dev) {
        if (a.dev === undefined)
            return 1;
        if (b.dev === undefined)
            return -1;
        c = cmpBig(a.dev, b.dev);
        if (c !== 0)
            return c;
    }
    return withLocal ? cmpLocal(a.local, b.local) : 0;
}
/** Negative, zero or positive as `a` sorts before, equal to or after `b`. Throws InvalidVersion. */
function compareVersions(a, b) {
    return compareParsed(parseVersion(a), parseVersion(b));
}
const OPERATOR_RE = /===|~=|==|!=|<=|>=|<|>/y;
const PRE = String.raw `(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)`;
const POST = String.raw `(?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)`;
const DEV = String.raw `(?:[-_.]?dev[-_.]?[0-9]*)`;
const LOCAL = String.raw `(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)`;
const HEAD = String.raw `v?(?:[0-9]+!)?`;
// The version shapes each operator allows, as packaging's Specifier regex has them.
const CLAUSE_VERSION = {
    '===': /\s*[^\s,;)]*/y,
    '==': new RegExp(String.raw `\s*${HEAD}[0-9]+(?:\.[0-9]+)*(?:\.\*|${PRE}?${POST}?${DEV}?${LOCAL}?)`, 'iy'),
    '!=': new RegExp(String.raw `\s*${HEAD}[0-9]+(?:\.[0-9]+)*(?:\.\*|${PRE}?${POST}?${DEV}?${LOCAL}?)`, 'iy'),
    '~=': new RegExp(String.raw `\s*${HEAD}[0-9]+(?:\.[0-9]+)+${PRE}?${POST}?${DEV}?`, 'iy'),
    '<=': new RegExp(String.raw `\s*${HEAD}[0-9]+(?:\.[0-9]+)*${PRE}?${POST}?${DEV}?`, 'iy'),
    '>=': new RegExp(String.raw `\s*${HEAD}[0-9]+(?:\.[0-9]+)*${PRE}?${POST}?${DEV}?`, 'iy'),
    '<': new RegExp(String.raw `\s*${HEAD}[0-9]+(?:\.[0-9]+)*${PRE}?${POST}?${DEV}?`, 'iy'),
    '>': new RegExp(String.raw `\s*${HEAD}[0-9]+(?:\.[0-9]+)*${PRE}?${POST}?${DEV}?`, 'iy'),
};
/**
 * Reads one specifier clause (`>=1.0`, `== 2.*`) starting exactly at `pos`, the way packaging's
 * tokenizer does inside a requirement. Returns null when no clause starts there; trailing text
 * (a stray `.*`, a local label after `>=`) is left for the caller to report.
 */
function scanSpecifierClause(source, pos) {
    OPERATOR_RE.lastIndex = pos;
    const op = OPERATOR_RE.exec(source);
    if (!op)
        return null;
    const operator = op[0];
    const re = CLAUSE_VERSION[operator];
    re.lastIndex = pos + operator.length;
    const m = re.exec(source);
    if (!m)
        return null;
    return { clause: makeClause(operator, m[0].trim()), end: re.lastIndex };
}
function makeClause(operator, text) {
    const wildcard = (operator === '==' || operator === '!=') && text.endsWith('.*');
    const version = wildcard ? text.slice(0, -2) : text;
    const parsed = tryParseVersion(version) ?? undefined;
    return { operator, version, wildcard, parsed };
}
const specifierCache = new Map();
/**
 * Parses a comma-separated specifier set (`>=1.0, <2`, `~=2.2`, `""` for any version). Empty
 * pieces between commas are ignored, as packaging's SpecifierSet does. Throws InvalidSpecifier.
 */
function parseSpecifier(spec) {
    if (typeof spec !== 'string')
        throw new InvalidSpecifier(`Invalid specifier: ${String(spec)} is not a string`);
    const result = cached(specifierCache, spec, () => {
        const clauses = [];
        for (const piece of spec.split(',')) {
            const text = piece.trim();
            if (text === '')
                continue;
            const scanned = scanSpecifierClause(text, 0);
            if (!scanned || scanned.end !== text.length)
                return describeBadClause(spec, text);
            clauses.push(Object.freeze(scanned.clause));
        }
        return Object.freeze(clauses);
    });
    if (typeof result === 'string')
        throw new InvalidSpecifier(result);
    return result;
}
function describeBadClause(spec, text) {
    const where = `in ${JSON.stringify(spec)}`;
    OPERATOR_RE.lastIndex = 0;
    const op = OPERATOR_RE.exec(text)?.[0];
    if (!op) {
        return `Invalid specifier ${JSON.stringify(text)} ${where}: expected an operator (~=, ==, !=, <=, >=, <, >, ===) followed by a version`;
    }
    const rest = text.slice(op.length).trim();
    if (rest.endsWith('.*')) {
        return op === '==' || op === '!='
            ? `Invalid specifier ${JSON.stringify(text)} ${where}: .* may only follow a plain release such as 1.2`
            : `Invalid specifier ${JSON.stringify(text)} ${where}: .* may only be used with == or !=`;
    }
    if (rest.includes('+') && op !== '==' && op !== '!=') {
        return `Invalid specifier ${JSON.stringify(text)} ${where}: a local version label may only be used with == or !=`;
    }
    if (op === '~=' && /^v?(?:[0-9]+!)?[0-9]+(?![.0-9])/i.test(rest)) {
        return `Invalid specifier ${JSON.stringify(text)} ${where}: ~= needs at least two release segments, e.g. ~=1.0`;
    }
    return `Invalid specifier ${JSON.stringify(text)} ${where}: ${JSON.stringify(rest)} is not a valid version for ${op}`;
}
function isValidSpecifier(spec) {
    try {
        parseSpecifier(spec);
        return true;
    }
    catch (e) {
        if (e instanceof InvalidSpecifier)
            return false;
        throw e;
    }
}
/** The specifier with whitespace removed and clauses joined by `,`, in the order written. */
function normalizeSpecifier(spec) {
    return formatClauses(parseSpecifier(spec));
}
function formatClauses(clauses) {
    return clauses.map((c) => `${c.operator}${c.version}${c.wildcard ? '.*' : ''}`).join(',');
}
/** Whether a clause names a pre-release, which makes the whole set accept pre-releases. */
function clauseNamesPrerelease(c) {
    return c.operator !== '!=' && c.parsed !== undefined && c.parsed.isPrerelease;
}
/** Whether the specifier set itself opts in to pre-releases (e.g. `>=2.0b1`, `==2.0rc1`). */
function specifierNamesPrerelease(spec) {
    return parseSpecifier(spec).some(clauseNamesPrerelease);
}
function withoutLocal(v) {
    return v.local === undefined ? v : { ...v, local: undefined };
}
// `==1.0.*` matches when the release, zero-padded to the spec's length, starts with the spec's
// release (so `1` matches `==1.0.*`); the local label is ignored.
function prefixMatch(v, spec) {
    if (v.epoch !== spec.epoch)
        return false;
    for (let i = 0; i < spec.release.length; i++) {
        if ((v.release[i] ?? 0n) !== spec.release[i])
            return false;
    }
    return true;
}
function clauseContains(c, v, text) {
    if (c.operator === '===')
        return text.trim().toLowerCase() === c.version.toLowerCase();
    const s = c.parsed;
    if (!v)
        return false;
    switch (c.operator) {
        case '==':
        case '!=': {
            let eq;
            if (c.wildcard)
                eq = prefixMatch(v, s);
            else
                eq = compareParsed(v, s, s.local !== undefined) === 0;
            return c.operator === '==' ? eq : !eq;
        }
        case '~=': {
            // ~=2.2.3 is >=2.2.3, ==2.2.*: drop the last release segment, ignore suffixes.
            const prefix = { ...s, release: s.release.slice(0, -1) };
            return compareParsed(v, s, false) >= 0 && prefixMatch(v, prefix);
        }
        case '<=':
            return compareParsed(v, s, false) <= 0;
        case '>=':
            return compareParsed(v, s, false) >= 0;
        case '<':
            // <V excludes pre-releases of V itself (anything from V.dev0 up) unless V is one.
            if (compareParsed(v, s) >= 0)
                return false;
            return !(!s.isPrerelease && v.isPrerelease && compareParsed(v, { ...s, dev: 0n, local: undefined }) >= 0);
        case '>':
            // >V excludes post-releases of V unless V is one, and local versions of V.
            if (compareParsed(v, s) <= 0)
                return false;
            if (!s.isPostrelease && v.isPostrelease) {
                const postBase = { ...v, post: undefined, dev: undefined, local: undefined };
                if (compareParsed(postBase, s) === 0)
                    return false;
            }
            return !(v.local !== undefined && compareParsed(withoutLocal(v), s) === 0);
    }
}
/**
 * Whether `version` is in the specifier set, as packaging's SpecifierSet.contains (packaging 26):
 * a single version is its own only candidate, so PEP 440 lets a matching pre-release satisfy
 * unless `prereleases` is false. To pick among several versions use chooseVersions. A string
 * that is not a PEP 440 version can only match `===` clauses; with any other clause it throws
 * InvalidVersion. Throws InvalidSpecifier for a bad specifier.
 */
function satisfies(version, specifier, options = {}) {
    const clauses = parseSpecifier(specifier);
    const v = tryParseVersion(version);
    if (!v && !(clauses.length > 0 && clauses.every((c) => c.operator === '===')))
        parseVersion(version);
    if (v?.isPrerelease && options.prereleases === false)
        return false;
    return clauses.every((c) => clauseContains(c, v, version));
}
/** Whether one clause holds, with pre-releases allowed: how markers compare versions. */
function clauseSatisfied(clause, version) {
    return clauseContains(clause, tryParseVersion(version), version);
}
/**
 * The versions pip would consider for `specifier`, highest first. Pre-releases are left out
 * unless `pre` is set, the specifier names a pre-release, or no final release matches (then the
 * matching pre-releases are returned). Strings that are not PEP 440 versions are skipped, as pip
 * skips such files, unless a `===` specifier names them exactly. Exact duplicates are dropped.
 */
function chooseVersions(versions, specifier, options = {}) {
    const clauses = parseSpecifier(specifier);
    const arbitraryOnly = clauses.length > 0 && clauses.every((c) => c.operator === '===');
    const allowPre = options.pre === true || clauses.some(clauseNamesPrerelease);
    const finals = [];
    const pres = [];
    const seen = new Set();
    for (const text of versions) {
        if (seen.has(text))
            continue;
        seen.add(text);
        const v = tryParseVersion(text);
        if (!v && !arbitraryOnly)
            continue;
        if (!clauses.every((c) => clauseContains(c, v, text)))
            continue;
        (v?.isPrerelease && !allowPre ? pres : finals).push({ text, v });
    }
    const chosen = finals.length > 0 ? finals : pres;
    // Array.prototype.sort is stable, so equal versions keep the order they were given in.
    return chosen
        .sort((a, b) => (a.v && b.v ? compareParsed(b.v, a.v) : 0))
        .map((x) => x.text);
}
/** The release without pre/post/dev/local, e.g. `1!2.0` for `1!2.0rc1+x`. */
function baseVersion(text) {
    const v = parseVersion(text);
    return (v.epoch !== 0n ? `${v.epoch}!` : '') + v.release.join('.');
}
/** The version without its local label, normalized. */
function publicVersion(text) {
    return formatVersion(parseVersion(text), false);
}

;// CONCATENATED MODULE: ./src/allow.ts
// The allow list: dependencies a team has looked at and accepted. An allowed dependency is still
// reported, with the reason given, but never gates. An entry with `until` applies through that day
// (UTC) and then stops applying, loudly, so that an exception gets revisited instead of forgotten.


/** `name` or `name==version`; throws with a sentence saying what is expected. */
function parseAllowPackage(text) {
    const m = /^\s*([^=\s]+)\s*(?:==\s*(\S+))?\s*$/.exec(text);
    if (!m || !isValidName(m[1]))
        throw new Error(`"${text}" is not a package: expected "name" or "name==version", e.g. "somepkg==1.2.0"`);
    if (m[2] === undefined)
        return { name: normalizeName(m[1]) };
    if (!isValidVersion(m[2]))
        throw new Error(`"${text}": "${m[2]}" is not a PEP 440 version`);
    return { name: normalizeName(m[1]), version: normalizeVersion(m[2]) };
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
        return compareVersions(a, b) === 0;
    }
    catch {
        return a === b;
    }
}
function matches(entry, v) {
    if (entry.name !== normalizeName(v.name))
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
const config_KEYS = ['python-version', 'platform', 'fail-on', 'index-url', 'extra-index-urls', 'allow'];
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
    if (table.allow !== undefined)
        config.allow = readAllow(r, table.allow, file);
    return config;
}
function readIfExists(abs) {
    if (!(0,external_node_fs_.existsSync)(abs))
        return undefined;
    try {
        return (0,external_node_fs_.readFileSync)(abs, 'utf8');
    }
    catch (err) {
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
            text = (0,external_node_fs_.readFileSync)(explicit, 'utf8');
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
    const pyproject = readIfExists(external_node_path_default().join(root, 'pyproject.toml'));
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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

;// CONCATENATED MODULE: ./src/python/scanner.ts
// The cursor the PEP 508 parsers (requirements and markers) share: sticky regular expressions
// matched at a position, so parsing stays linear however long a hostile input is.
const WS_RE = /[ \t]+/y;
class TextScanner {
    source;
    pos;
    constructor(source, pos = 0) {
        this.source = source;
        this.pos = pos;
    }
    skipWs() {
        WS_RE.lastIndex = this.pos;
        if (WS_RE.test(this.source))
            this.pos = WS_RE.lastIndex;
    }
    /** Matches a sticky `re` at the position and moves past it, or returns null. */
    take(re) {
        re.lastIndex = this.pos;
        const m = re.exec(this.source);
        if (!m)
            return null;
        this.pos = re.lastIndex;
        return m[0];
    }
    peek(text) {
        return this.source.startsWith(text, this.pos);
    }
    atEnd() {
        return this.pos >= this.source.length;
    }
    /** What an error message says was found at `at`: a short quote, or the end of input. */
    found(at = this.pos) {
        return at >= this.source.length ? 'end of input' : JSON.stringify(this.source.slice(at, at + 12));
    }
}

;// CONCATENATED MODULE: ./src/python/markers.ts
// PEP 508 environment markers: parsing to an AST and evaluation against one target, with the
// grammar and comparison rules of pypa/packaging's markers module (which pip uses).



class InvalidMarker extends Error {
    name = 'InvalidMarker';
    /** 1-based column in the text that was parsed, when the error is about a position. */
    column;
    constructor(message, column) {
        super(message);
        this.column = column;
    }
}
/** A comparison that has no defined meaning for its operands (e.g. `~=` between two names). */
class UndefinedComparison extends InvalidMarker {
    name = 'UndefinedComparison';
}
// Longer names first so that alternation never stops at a prefix; `\b` keeps
// `python_versions` from reading as `python_version`.
const VARIABLE_RE = /\b(?:python_full_version|python_version|os[._]name|sys[._]platform|platform_(?:release|system)|platform[._](?:version|machine|python_implementation)|python_implementation|implementation_(?:name|version)|extras|extra|dependency_groups)\b/y;
const QUOTED_RE = /'[^']*'|"[^"]*"/y;
const OP_RE = /===|==|~=|!=|<=|>=|<|>/y;
const IN_RE = /\bin\b/y;
const NOT_RE = /\bnot\b/y;
const BOOLOP_RE = /\b(?:or|and)\b/y;
const OPERATORS_HINT = 'a marker operator (one of <, <=, ==, !=, >=, >, ~=, ===, in, not in)';
/**
 * Parentheses a marker may nest. Real markers nest two or three deep; the parser recurses once per
 * level, so a hostile manifest must meet an InvalidMarker here and not exhaust the stack.
 */
const MAX_MARKER_NESTING = 100;
function canonicalVariable(text) {
    const name = text.replace('.', '_');
    if (name === 'python_implementation')
        return 'platform_python_implementation';
    return name;
}
/** The text in an error message: a hostile marker can be megabytes long, the message stays short. */
function quoteSource(source, max = 200) {
    return JSON.stringify(source.length > max ? `${source.slice(0, max)}…` : source);
}
class MarkerScanner extends TextScanner {
    describe;
    /** Parentheses open at the current position. */
    depth = 0;
    constructor(source, start, describe) {
        super(source, start);
        this.describe = describe;
    }
    fail(expected, at = this.pos) {
        throw new InvalidMarker(`Invalid ${this.describe} ${quoteSource(this.source)}: expected ${expected} at column ${at + 1}, found ${this.found(at)}`, at + 1);
    }
    refuse(why, at = this.pos) {
        throw new InvalidMarker(`Invalid ${this.describe} ${quoteSource(this.source)}: ${why} at column ${at + 1}`, at + 1);
    }
}
/** Parses a whole marker expression. Throws InvalidMarker with the column of the problem. */
function parseMarker(text) {
    if (typeof text !== 'string')
        throw new InvalidMarker(`Invalid marker: ${String(text)} is not a string`);
    return parseMarkerAt(text, 0, 'marker');
}
/**
 * Parses the marker that starts at `start` and runs to the end of `source` (trailing blanks
 * allowed): how a requirement's `; marker` is read. Columns in errors count from the start of
 * `source`. `describe` names the kind of text in messages ("marker", "requirement").
 */
function parseMarkerAt(source, start, describe = 'marker') {
    const s = new MarkerScanner(source, start, describe);
    const marker = parseOr(s);
    s.skipWs();
    if (s.pos < source.length) {
        s.fail(s.peek(')') ? "'and', 'or' or end of marker (unmatched ')')" : "'and', 'or' or end of marker");
    }
    return marker;
}
// marker_or = marker_and ('or' marker_and)*; marker_and = atom ('and' atom)*: `and` binds tighter.
function parseOr(s) {
    const items = [parseAnd(s)];
    for (;;) {
        const save = s.pos;
        s.skipWs();
        const op = s.take(BOOLOP_RE);
        if (op !== 'or') {
            s.pos = save;
            break;
        }
        items.push(parseAnd(s));
    }
    return items.length === 1 ? items[0] : { kind: 'or', items };
}
function parseAnd(s) {
    const items = [parseAtom(s)];
    for (;;) {
        const save = s.pos;
        s.skipWs();
        const op = s.take(BOOLOP_RE);
        if (op !== 'and') {
            s.pos = save;
            break;
        }
        items.push(parseAtom(s));
    }
    return items.length === 1 ? items[0] : { kind: 'and', items };
}
function parseAtom(s) {
    s.skipWs();
    if (s.peek('(')) {
        const open = s.pos;
        if (s.depth >= MAX_MARKER_NESTING)
            s.refuse(`parentheses nested more than ${MAX_MARKER_NESTING} deep`);
        s.depth++;
        s.pos++;
        s.skipWs();
        const inner = parseOr(s);
        s.skipWs();
        if (!s.peek(')'))
            s.fail(`')' to close the '(' at column ${open + 1}, or 'and'/'or'`);
        s.pos++;
        s.depth--;
        return inner;
    }
    const leftAt = s.pos;
    const left = parseOperand(s);
    s.skipWs();
    const op = parseOperator(s);
    s.skipWs();
    const right = parseOperand(s);
    if (left.kind === 'string' && right.kind === 'string') {
        s.fail('a marker variable (such as python_version) on one side of the comparison', leftAt);
    }
    return { kind: 'compare', left, op, right };
}
function parseOperand(s) {
    const variable = s.take(VARIABLE_RE);
    if (variable !== null)
        return { kind: 'variable', name: canonicalVariable(variable) };
    const at = s.pos;
    const quoted = s.take(QUOTED_RE);
    if (quoted !== null)
        return { kind: 'string', value: decodePythonString(quoted.slice(1, -1), s, at) };
    if (s.peek('"') || s.peek("'"))
        s.fail(`a closing ${s.source[s.pos]} for the string`);
    return s.fail('a marker variable (such as python_version, sys_platform, extra) or a quoted string');
}
function parseOperator(s) {
    const op = s.take(OP_RE);
    if (op !== null)
        return op;
    if (s.take(IN_RE) !== null)
        return 'in';
    if (s.take(NOT_RE) !== null) {
        if (s.take(WS_RE) === null)
            s.fail("whitespace after 'not'");
        if (s.take(IN_RE) === null)
            s.fail("'in' after 'not'");
        return 'not in';
    }
    return s.fail(OPERATORS_HINT);
}
const SIMPLE_ESCAPES = {
    '\\': '\\',
    "'": "'",
    '"': '"',
    n: '\n',
    t: '\t',
    r: '\r',
    a: '\x07',
    b: '\b',
    f: '\f',
    v: '\v',
    '\n': '',
};
// packaging reads marker strings with Python's literal_eval, so backslash escapes are decoded
// the way Python decodes them; an unknown escape keeps its backslash, as Python does.
function decodePythonString(body, s, at) {
    if (!body.includes('\\'))
        return body;
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch !== '\\') {
            out += ch;
            continue;
        }
        const next = body[i + 1];
        if (next === undefined)
            s.fail('a closing quote: the string ends in a lone backslash', at);
        if (next in SIMPLE_ESCAPES) {
            out += SIMPLE_ESCAPES[next];
            i++;
            continue;
        }
        const hex = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
        if (hex > 0) {
            const digits = body.slice(i + 2, i + 2 + hex);
            if (!new RegExp(`^[0-9a-fA-F]{${hex}}$`).test(digits))
                s.fail(`\\${next} followed by ${hex} hex digits`, at);
            const code = parseInt(digits, 16);
            if (code > 0x10ffff)
                s.fail('a Unicode code point no greater than 10FFFF', at);
            out += String.fromCodePoint(code);
            i += 1 + hex;
            continue;
        }
        const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1));
        if (octal) {
            out += String.fromCodePoint(parseInt(octal[0], 8));
            i += octal[0].length;
            continue;
        }
        out += '\\';
    }
    return out;
}
// ---------------------------------------------------------------------------------------------
// Evaluation
/** Variables whose values are versions: compared with PEP 440 rules when both sides parse. */
const VERSION_VARIABLES = new Set([
    'python_version',
    'python_full_version',
    'implementation_version',
    'platform_release',
]);
const SET_VARIABLES = new Set(['extras', 'dependency_groups']);
const parsedCache = new Map();
const PARSED_CACHE_LIMIT = 2048;
function parseCached(text) {
    let marker = parsedCache.get(text);
    if (!marker) {
        marker = parseMarker(text);
        if (parsedCache.size >= PARSED_CACHE_LIMIT)
            parsedCache.clear();
        parsedCache.set(text, marker);
    }
    return marker;
}
/**
 * Evaluates a marker for one environment. With no extras, `extra` is `""` (so `extra == "x"` is
 * false); with extras, the marker holds if it holds for any one of them, as pip evaluates a
 * requirement's marker for each requested extra. Extra names compare PEP 503-normalized.
 * Throws InvalidMarker for a bad marker, UndefinedComparison for e.g. `os_name ~= "x"`.
 */
function evaluateMarker(marker, env, extras) {
    const ast = typeof marker === 'string' ? parseCached(marker) : marker;
    const normalized = (extras ?? []).map((e) => normalizeName(e));
    const extrasSet = new Set(normalized);
    if (normalized.length === 0)
        return evaluate(ast, { env, extra: '', extras: extrasSet });
    return normalized.some((extra) => evaluate(ast, { env, extra, extras: extrasSet }));
}
function evaluate(m, ctx) {
    switch (m.kind) {
        // Every comparison is evaluated, without short-circuit, so that an undefined comparison is
        // reported wherever it sits, as packaging reports it.
        case 'and':
            return m.items.map((item) => evaluate(item, ctx)).every(Boolean);
        case 'or':
            return m.items.map((item) => evaluate(item, ctx)).some(Boolean);
        case 'compare':
            return compare(m, ctx);
    }
}
function lookup(name, ctx) {
    if (name === 'extra')
        return ctx.extra;
    if (name === 'extras')
        return ctx.extras;
    if (name === 'dependency_groups')
        return new Set();
    const value = ctx.env[name];
    if (typeof value !== 'string') {
        throw new InvalidMarker(`Marker variable ${name} has no value in the evaluation environment`);
    }
    return value;
}
function compare(m, ctx) {
    // The variable decides how values compare; with two variables the left one does.
    const key = m.left.kind === 'variable' ? m.left.name : m.right.name;
    let lhs = m.left.kind === 'variable' ? lookup(m.left.name, ctx) : m.left.value;
    let rhs = m.right.kind === 'variable' ? lookup(m.right.name, ctx) : m.right.value;
    if (SET_VARIABLES.has(key)) {
        if (typeof lhs !== 'string' || typeof rhs === 'string' || (m.op !== 'in' && m.op !== 'not in')) {
            throw new UndefinedComparison(`Undefined comparison in marker: ${key} is a set and can only be the right side of 'in' or 'not in'`);
        }
        const has = rhs.has(normalizeName(lhs));
        return m.op === 'in' ? has : !has;
    }
    if (typeof lhs !== 'string' || typeof rhs !== 'string') {
        throw new UndefinedComparison(`Undefined comparison in marker: ${m.op} between a set and a string`);
    }
    if (key === 'extra') {
        lhs = m.left.kind === 'string' ? normalizeName(lhs) : lhs;
        rhs = m.right.kind === 'string' ? normalizeName(rhs) : rhs;
    }
    // When `op value` is a valid specifier it decides, as packaging does: a left side that is not
    // a version then matches nothing but an equal `===` string.
    if (VERSION_VARIABLES.has(key) && m.op !== 'in' && m.op !== 'not in') {
        const clauseText = `${m.op}${rhs}`.trimEnd();
        const scanned = scanSpecifierClause(clauseText, 0);
        if (scanned && scanned.end === clauseText.length)
            return clauseSatisfied(scanned.clause, lhs);
    }
    return compareStrings(lhs, m.op, rhs);
}
// PEP 508 leaves ordering undefined for values that are not versions. Like packaging 26, `<`
// and `>` are false and `<=`/`>=` mean equal, instead of a code-point order that means nothing
// for such values ("10" < "9").
function compareStrings(lhs, op, rhs) {
    switch (op) {
        case 'in':
            return rhs.includes(lhs);
        case 'not in':
            return !rhs.includes(lhs);
        case '==':
        case '<=':
        case '>=':
            return lhs === rhs;
        case '!=':
            return lhs !== rhs;
        case '<':
        case '>':
            return false;
        case '~=':
        case '===':
            throw new UndefinedComparison(`Undefined comparison in marker: ${JSON.stringify(lhs)} ${op} ${JSON.stringify(rhs)} needs PEP 440 versions on both sides`);
    }
}
// ---------------------------------------------------------------------------------------------
// Formatting
// Backslashes are escaped because parsing decodes them; a value holding both quote characters
// can only be written with an escape, since a quoted string ends at its first matching quote.
function quote(value) {
    const escaped = value.replace(/\\/g, '\\\\');
    if (!value.includes('"'))
        return `"${escaped}"`;
    if (!value.includes("'"))
        return `'${escaped}'`;
    return `"${escaped.replace(/"/g, '\\x22')}"`;
}
function formatOperand(o) {
    return o.kind === 'variable' ? o.name : quote(o.value);
}
/** A canonical text for a marker: normalized variable names, double quotes, minimal parentheses. */
function formatMarker(marker) {
    return format(marker, 'or');
}
function format(m, parent) {
    if (m.kind === 'compare')
        return `${formatOperand(m.left)} ${m.op} ${formatOperand(m.right)}`;
    const text = m.items.map((item) => format(item, m.kind)).join(` ${m.kind} `);
    return m.kind === 'or' && parent === 'and' ? `(${text})` : text;
}

;// CONCATENATED MODULE: ./src/python/requirements.ts
// PEP 508 dependency specifiers: `name [extras] (specifier | @ url) ; marker`, read the way
// pypa/packaging's requirement parser reads them (which is what pip accepts).



class InvalidRequirement extends Error {
    name = 'InvalidRequirement';
    /** 1-based column of the problem in the requirement text. */
    column;
    constructor(message, column) {
        super(message);
        this.column = column;
    }
}
// A PEP 508 name: letters and digits at both ends, `.`, `_`, `-` inside.
const IDENTIFIER_RE = /[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/y;
const URL_RE = /[^ \t]+/y;
const LOCAL_TRAIL_RE = /\+[a-z0-9]+(?:[-_.][a-z0-9]+)*/iy;
class Cursor extends TextScanner {
    fail(expected, at = this.pos) {
        throw new InvalidRequirement(`Invalid requirement ${quoteSource(this.source)}: expected ${expected} at column ${at + 1}, found ${this.found(at)}`, at + 1);
    }
}
/** Parses one PEP 508 requirement. Throws InvalidRequirement naming the column of the problem. */
function parseRequirement(text) {
    if (typeof text !== 'string')
        throw new InvalidRequirement(`Invalid requirement: ${String(text)} is not a string`);
    const c = new Cursor(text);
    c.skipWs();
    const name = c.take(IDENTIFIER_RE);
    if (name === null)
        c.fail('a package name at the start of the requirement');
    c.skipWs();
    const extras = parseExtras(c);
    c.skipWs();
    const req = { name, extras, specifier: '' };
    if (c.peek('@')) {
        c.pos++;
        c.skipWs();
        // Any text up to a blank, as packaging reads it: what the reference points at (URL, VCS,
        // relative path) is for the caller to interpret.
        const url = c.take(URL_RE);
        if (url === null)
            c.fail('a URL after @');
        req.url = url;
        // The URL runs to the first blank, so a marker after it needs one before its `;`.
        c.skipWs();
        if (c.atEnd())
            return req;
        if (!c.peek(';'))
            c.fail("';' and a marker (after the URL and whitespace), or end");
    }
    else {
        const clauses = parseSpecifierPart(c);
        req.specifier = formatClauses(clauses);
        c.skipWs();
        if (c.atEnd())
            return req;
        if (!c.peek(';')) {
            c.fail(clauses.length > 0
                ? "',' (between version specifiers), ';' (before a marker) or end"
                : "a version specifier (such as >=1.0), '@ URL', ';' (before a marker) or end");
        }
    }
    c.pos++; // ';'
    const markerStart = c.pos;
    try {
        parseMarkerAt(text, markerStart, 'requirement');
    }
    catch (e) {
        if (e instanceof InvalidMarker)
            throw new InvalidRequirement(e.message, e.column);
        throw e;
    }
    req.marker = text.slice(markerStart).trim();
    return req;
}
function parseExtras(c) {
    if (!c.peek('['))
        return [];
    const open = c.pos;
    c.pos++;
    c.skipWs();
    const extras = [];
    const first = c.take(IDENTIFIER_RE);
    if (first !== null) {
        extras.push(first);
        for (;;) {
            c.skipWs();
            if (!c.peek(','))
                break;
            c.pos++;
            c.skipWs();
            const extra = c.take(IDENTIFIER_RE);
            if (extra === null)
                c.fail('an extra name after the comma');
            extras.push(extra);
        }
    }
    c.skipWs();
    if (!c.peek(']')) {
        IDENTIFIER_RE.lastIndex = c.pos;
        if (IDENTIFIER_RE.test(c.source))
            c.fail('a comma between extra names');
        c.fail(`']' to close the extras opened at column ${open + 1}`);
    }
    c.pos++;
    return extras;
}
// specifier = '(' WS? clauses WS? ')' | clauses, where clauses may be empty.
function parseSpecifierPart(c) {
    if (!c.peek('('))
        return parseClauses(c);
    const open = c.pos;
    c.pos++;
    c.skipWs();
    const clauses = parseClauses(c);
    c.skipWs();
    if (!c.peek(')')) {
        c.fail(clauses.length > 0
            ? `',' or ')' to close the version specifier opened at column ${open + 1}`
            : `a version specifier (such as >=1.0) or ')'`);
    }
    c.pos++;
    return clauses;
}
function parseClauses(c) {
    const clauses = [];
    for (;;) {
        const at = c.pos;
        const scanned = scanSpecifierClause(c.source, c.pos);
        if (!scanned) {
            if (/^(?:===|~=|==|!=|<=|>=|<|>)/.test(c.source.slice(at)))
                badClauseVersion(c, at);
            break;
        }
        c.pos = scanned.end;
        const op = scanned.clause.operator;
        if (c.peek('.*')) {
            c.fail(op === '==' || op === '!='
                ? 'end of the version: .* may only follow a plain release such as 1.2'
                : 'end of the version: .* may only be used with == or !=');
        }
        LOCAL_TRAIL_RE.lastIndex = c.pos;
        if (op !== '===' && LOCAL_TRAIL_RE.test(c.source)) {
            c.fail('end of the version: a local version label (+...) may only be used with == or !=');
        }
        clauses.push(scanned.clause);
        c.skipWs();
        if (!c.peek(','))
            break;
        c.pos++;
        c.skipWs();
    }
    return clauses;
}
function badClauseVersion(c, at) {
    const op = /^(?:===|~=|==|!=|<=|>=|<|>)/.exec(c.source.slice(at))[0];
    const after = at + op.length;
    if (op === '~=' && /^[ \t]*v?(?:[0-9]+!)?[0-9]+(?![.0-9])/i.test(c.source.slice(after))) {
        c.fail('a version with at least two release segments after ~= (such as ~=1.0)', after);
    }
    return c.fail(`a version after ${op}`, after);
}

;// CONCATENATED MODULE: ./src/python/filenames.ts
// Distribution filenames: wheels (PEP 427 / PEP 491, tags per PEP 425) and sdists, read the way
// pip and pypa/packaging read them.


class InvalidFilename extends Error {
    name = 'InvalidFilename';
}
// Longest first, so that `.tar.gz` is not taken for `.tar`. These are the archive types pip
// unpacks as source distributions; the extension match is case-sensitive, as in pip.
const SDIST_FORMATS = ['tar.gz', 'tar.bz2', 'tar.xz', 'tgz', 'zip', 'tar'];
const WHEEL_NAME_RE = /^[\p{L}\p{N}_.]+$/u;
const BUILD_RE = /^([0-9]+)(.*)$/;
const INTERPRETER_RE = /^[\p{L}_][\p{L}\p{N}_]*$/u;
function distributionKind(filename) {
    if (filename.endsWith('.whl'))
        return 'wheel';
    return sdistFormat(filename) ? 'sdist' : 'other';
}
function sdistFormat(filename) {
    return SDIST_FORMATS.find((f) => filename.endsWith(`.${f}`) && filename.length > f.length + 1);
}
// Inside a filename a version has no surrounding blanks, which a bare PEP 440 parse would allow.
function isFilenameVersion(text) {
    return !/\s/.test(text) && isValidVersion(text);
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
        const canonical = normalizeName(projectName);
        for (let i = stem.indexOf('-'); i !== -1; i = stem.indexOf('-', i + 1)) {
            if (normalizeName(stem.slice(0, i)) !== canonical)
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
        if (isFilenameVersion(version) && isValidName(name))
            return { name, version, format };
    }
    return bad(filename, "sdist filename (expected name-version with a '-' before a PEP 440 version)");
}

;// CONCATENATED MODULE: ./src/manifests/direct-reference.ts
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
        switch (distributionKind(filename)) {
            case 'wheel': {
                const wheel = parseWheelFilename(filename);
                return { name: wheel.name, version: wheel.version };
            }
            case 'sdist':
                return { name: parseSdistFilename(filename).name };
            default:
                return undefined;
        }
    }
    catch (e) {
        if (e instanceof InvalidFilename)
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

;// CONCATENATED MODULE: ./src/manifests/requirement-forms.ts
// The forms a requirement takes in a requirements file, read the way pip's req_install.constructors
// reads them: PEP 508 (`name[extras] specifier ; marker`, `name @ url`), bare URLs and VCS URLs with
// `#egg=`, local paths and archive files, and `-e` editables. Without touching the file system, so a
// path is told from a name by its shape alone.





/** A requirement that cannot be read; the message says what is wrong. */
class RequirementFormError extends Error {
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
        req = parseRequirement(text);
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
        form.direct = { kind: directKind(req.url), url: req.url };
    return form;
}
function checkMarker(marker) {
    try {
        parseMarker(marker);
    }
    catch (e) {
        throw new RequirementFormError(`invalid marker '${quoted(marker)}': ${describe(e)}`);
    }
    return marker;
}
/** `#egg=name` or `#egg=name[extras]`: a bare name, not a whole requirement. */
function eggName(ref) {
    const egg = eggFragment(ref);
    if (egg === undefined)
        return undefined;
    let req;
    try {
        req = parseRequirement(egg);
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
    return external_node_path_default().resolve(ctx.dir, /^file:/i.test(ref) ? fileUrlPath(ref) : ref);
}
/** A name for a direct reference that has no `#egg=`: the wheel or sdist file name, the repository, the directory. */
function derivedName(ref, kind, ctx) {
    if (kind === 'vcs') {
        const name = nameFromVcsUrl(ref);
        return name === undefined ? undefined : { name };
    }
    const archive = nameFromArchive(lastSegment(ref));
    if (archive !== undefined)
        return archive;
    if (kind === 'path') {
        const base = external_node_path_default().basename(localPath(ref, ctx));
        return base === '' ? undefined : { name: base };
    }
    return undefined;
}
function directForm(ref, extrasText, marker, ctx) {
    const kind = directKind(ref);
    const egg = eggName(ref);
    const extras = new Set(egg?.extras ?? []);
    if (extrasText !== undefined) {
        for (const e of extrasText.slice(1, -1).split(',')) {
            const trimmed = e.trim();
            if (trimmed === '')
                continue;
            if (!isValidName(trimmed))
                throw new RequirementFormError(`invalid extra '${trimmed}' in '${extrasText}'`);
            extras.add(trimmed);
        }
    }
    let name = egg?.name;
    let specifier = '';
    // pip pins a wheel to the version its file name states, whatever the fragment says.
    const archive = nameFromArchive(lastSegment(ref));
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
    if (!isValidName(name)) {
        throw new RequirementFormError(`cannot tell the project name of '${ref}' ('${name}' is not a valid name); add #egg=<name>`);
    }
    const form = { name, specifier, extras: [...extras], direct: { kind, url: ref } };
    if (marker !== undefined)
        form.marker = marker;
    return form;
}
/** A requirement line's requirement part, with variables already expanded. */
function requirementLineForm(text, ctx) {
    const url = isUrl(text);
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
    const pep508Url = atSign !== -1 && !looksLikePath(head.slice(0, atSign));
    const { base, extras } = stripExtras(head);
    if (!pep508Url && (looksLikePath(base) || isArchiveFile(base))) {
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
        if (lower.startsWith(`${vc}:`) && !isVcsUrl(ref)) {
            ref = `${vc}+${ref}`;
            break;
        }
    }
    if (isVcsUrl(ref)) {
        if (eggFragment(ref) === undefined) {
            throw new RequirementFormError(`cannot tell the project name of editable '${value}'; pip needs #egg=<name>`);
        }
        return directForm(ref, undefined, undefined, ctx);
    }
    const { base, extras } = stripExtras(ref);
    if (isUrl(base) && !/^file:/i.test(base)) {
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
    return {
        kind: 'manifest',
        dependencies: state.dependencies,
        constraints: state.constraints,
        options: state.options,
        diagnostics: state.diagnostics,
        included: state.included,
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
    let shown = message;
    for (const { name, value } of state.redactions)
        shown = shown.split(value).join(`\${${name}}`);
    if (shown.length > MAX_MESSAGE_CHARS)
        shown = `${shown.slice(0, MAX_MESSAGE_CHARS)}…`;
    state.diagnostics.push({ severity, path: file.rel, line, message: shown });
}
function handleLine(state, file, line, raw) {
    const { text, missing, used } = expandEnv(raw, state.ctx.env);
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
    const formContext = { dir: external_node_path_default().dirname(file.abs) };
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
        name: normalizeName(form.name),
        displayName: form.name,
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
        target = fileUrlPath(target);
    }
    else if (isUrl(target) || /^[a-z][a-z0-9+.-]+:\/\//i.test(target)) {
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
            name: normalizeName(form.name),
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
function convertPoetryConstraint(text) {
    const alternatives = splitUnion(text.trim());
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
    if (specifier !== '' && !isValidSpecifier(specifier)) {
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
    const alternatives = splitUnion(text.trim()).map((alt) => convertAlternative(alt, text));
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
        const table = poetry_lookup(doc, section.at);
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
            if (!isValidName(name)) {
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
function poetry_lookup(doc, keys) {
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
            const key = normalizeName(n.replace(/\[.*$/, '').trim());
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
        out.add(form, at, written, 'optional', extrasOf.get(normalizeName(name)), editable);
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
        if (!Array.isArray(table.extras) || table.extras.some((e) => typeof e !== 'string' || !isValidName(e))) {
            throw new InvalidPoetryConstraint(`extras must be an array of extra names`);
        }
        extras.push(...table.extras);
    }
    const markers = [];
    const markerText = stringField(table, 'markers', at);
    if (markerText !== undefined && markerText.trim() !== '') {
        try {
            parseMarker(markerText);
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
        return { kind: directKind(url), url };
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
    if (!isValidName(name))
        throw new EntryError(`"${name}" is not a valid project name`);
    return name;
}
function checkedVersion(version) {
    if (!isValidVersion(version))
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
    return lastSegment(location);
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
    const kind = directKind(location);
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
        parseMarker(text);
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
        ast = parseMarker(marker);
    }
    catch {
        return marker;
    }
    const kept = withoutSelection(ast);
    return kept === true ? undefined : formatMarker(kept);
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
        name: normalizeName(p.displayName),
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
function lock_entry_formatVersion(value) {
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
    return { kind: 'manifest', dependencies: out.dependencies, constraints: [], diagnostics: out.diagnostics, included: [] };
};
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
        const normalized = normalizeName(name);
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
            const target = groups.get(normalizeName(include));
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
        const key = normalizeName(name);
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
    const canonical = (v) => (isValidVersion(v) ? normalizeVersion(v) : v);
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
            const key = normalizeName(m[0]);
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
    const lockVersion = lock_entry_formatVersion(rawVersion);
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
            nameCounts.set(normalizeName(n), (nameCounts.get(normalizeName(n)) ?? 0) + 1);
    const lines = names.map((_, i) => positions.line(['package', i]) ?? 1);
    const dependencies = [];
    packages.forEach((pkg, i) => {
        const line = lines[i];
        const where = names[i] !== undefined ? `package "${names[i]}"` : `package ${i + 1}`;
        try {
            if (!lock_entry_isTable(pkg))
                throw new EntryError('must be a table');
            const displayName = checkedName(requiredString(pkg, 'name'));
            const name = normalizeName(displayName);
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
            dependencies.push(lockedDependency(path, { displayName, line, version, marker: withoutSelectionTests(marker), hashes: files.map((f) => f.hash), files: refs, indexUrl, direct, editable, kind, group }));
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
/** `"*"` is any version; pipenv reads a bare version as `==` that version. */
function specifierOf(raw) {
    const text = raw.trim();
    if (text === '*' || text === '')
        return '';
    if (isValidSpecifier(text))
        return normalizeSpecifier(text);
    if (isValidVersion(text))
        return `==${text}`;
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
                    name: normalizeName(displayName),
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
        const id = space <= 0 ? key : `${normalizeName(key.slice(0, space).replace(/\[.*\]$/, ''))} ${key.slice(space + 1)}`;
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
    const lockVersion = lock_entry_formatVersion(rawVersion);
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
    const lines = names.map((_, i) => positions.line(['package', i]) ?? 1);
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
            const listed = pkg.files !== undefined ? pdm_lock_readFiles(tableArray(pkg, 'files'), 'file') : (legacyFiles.get(`${normalizeName(displayName)} ${version}`) ?? []);
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
function uv_lock_readFile(record, what, source) {
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
                name: normalizeName(checkedName(requiredString(record, 'name'))),
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
        const { ref, hash } = uv_lock_readFile(record, what, source);
        if (ref)
            files.push(ref);
        if (hash)
            hashes.push(hash);
    }
    return {
        index,
        line,
        displayName,
        name: normalizeName(displayName),
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
    edges = [];
    count;
    extraNodes = new Map();
    byName = new Map();
    unresolved = [];
    constructor(packages) {
        this.packages = packages;
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
            for (const t of targets) {
                const marker = withoutSelectionTests(edge.marker);
                this.edges.push({ from, to: t.index, marker });
                const optional = this.packages[t.index].optional;
                for (const extra of edge.extras)
                    if (optional.has(extra))
                        this.edges.push({ from, to: this.extraNode(t, extra), marker });
            }
        }
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
    const lines = names.map((_, i) => positions.line(['package', i]) ?? 1);
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
            members.add(normalizeName(m));
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
    const graph = new Graph(locked);
    const workspace = locked.filter((p) => isWorkspaceProject(p, members));
    const runtimeRoots = workspace.map((p) => p.index);
    const extraRoots = new Map();
    const groupRoots = new Map();
    const addRoot = (roots, label, node) => {
        roots.set(label, [...(roots.get(label) ?? []), node]);
    };
    for (const p of workspace) {
        for (const extra of p.optional.keys())
            addRoot(extraRoots, extra, graph.extraNode(p, extra));
        for (const [group, edges] of p.groups) {
            const node = graph.newNode();
            graph.link(node, edges, `${p.displayName} (${group})`, p.line);
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
    const lockVersion = lock_entry_formatVersion(rawVersion);
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
    const lines = names.map((_, i) => positions.line(['packages', i]) ?? 1);
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
    return lockResult(dependencies, diagnostics);
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
function discover_toRelative(root, abs) {
    const rel = external_node_path_default().relative(root, abs);
    if (rel === '..' || rel.startsWith('..' + (external_node_path_default()).sep) || external_node_path_default().isAbsolute(rel))
        return undefined;
    return rel.split((external_node_path_default()).sep).join('/');
}
function errorMessage(e) {
    const code = e?.code;
    if (code === 'ENOENT')
        return 'no such file or directory';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    return e instanceof Error ? e.message : String(e);
}
async function discover(paths, root) {
    const rootAbs = external_node_path_default().resolve(root);
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
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRS.has(entry.name))
                    await walk(abs);
                continue;
            }
            const rel = discover_toRelative(rootAbs, abs);
            if (rel === undefined)
                continue;
            const format = formatOf(rel);
            if (format === undefined)
                continue;
            if (entry.isFile()) {
                add(abs, rel, format);
            }
            else if (entry.isSymbolicLink()) {
                await addLinkedFile(abs, rel, format);
            }
        }
    };
    // A link to a file is read only when it stays inside the root; a link to a directory is never walked.
    const addLinkedFile = async (abs, rel, format) => {
        try {
            const stat = await external_node_fs_.promises.stat(abs);
            if (!stat.isFile())
                return;
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
        if (stat.isDirectory()) {
            await walk(abs);
        }
        else {
            const format = formatOfNamedFile(external_node_path_default().basename(abs));
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
function pairLocks(parsed) {
    const diagnostics = [];
    const manifestsByKey = new Map();
    for (const p of parsed)
        manifestsByKey.set(`${dirOf(p.file.path)}\0${p.file.format}`, p);
    const consumed = new Set();
    const locksOf = new Map();
    for (const p of parsed) {
        const manifestFormat = LOCK_MANIFEST[p.file.format];
        if (!manifestFormat)
            continue;
        // a lock whose file could not be read as a lock pairs with nothing
        if (p.result.dependencies.length === 0 && p.result.diagnostics.some((d) => d.severity === 'error'))
            continue;
        const manifest = manifestsByKey.get(`${dirOf(p.file.path)}\0${manifestFormat}`);
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
            const kept = [];
            for (const dep of p.result.dependencies) {
                if (dep.kind === 'build')
                    kept.push(dep);
                else if (!lockedNames.has(dep.name)) {
                    kept.push(dep);
                    diagnostics.push({
                        severity: 'warning',
                        path: dep.source.path,
                        line: dep.source.line,
                        message: `${dep.displayName} is declared here but not in ${locks.map((l) => l.file.path).join(', ')}: the lock may be stale, so it is resolved from the index`,
                    });
                }
            }
            if (kept.length > 0 || p.result.diagnostics.length > 0)
                units.push({ ...p.result, dependencies: kept });
            continue;
        }
        const manifestFormat = LOCK_MANIFEST[p.file.format];
        const manifest = manifestFormat ? manifestsByKey.get(`${dirOf(p.file.path)}\0${manifestFormat}`) : undefined;
        if (!manifest || !consumed.has(manifest)) {
            units.push(p.result);
            continue;
        }
        const declared = new Map();
        for (const dep of manifest.result.dependencies)
            if (dep.kind !== 'build' && !declared.has(normalizeName(dep.name)))
                declared.set(normalizeName(dep.name), dep);
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
function inside(root, abs) {
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
        if (!inside(realRoot, real))
            throw new Error('it is a symbolic link to a file outside the scanned root; refused');
        const text = (0,external_node_fs_.readFileSync)(real, 'utf8');
        const binary = binaryContent(text);
        if (binary)
            throw new Error(binary.message);
        return text;
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
;// CONCATENATED MODULE: ./src/index/redact.ts
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

;// CONCATENATED MODULE: ./src/index/credentials.ts
// Credentials bound to the origin they were given for. The key is the URL's host with its port
// (`pkgs.example.com`, `127.0.0.1:8080`): a different port is a different server and never sees
// another's credentials, the same rule browsers apply to origins.

function decode(part) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        return part;
    }
}
class CredentialStore {
    secrets;
    byHost = new Map();
    constructor(secrets) {
        this.secrets = secrets;
    }
    /** `"user:password"`, or a bare token sent as the password of user `__token__`. */
    addOption(host, value) {
        const colon = value.indexOf(':');
        const basic = colon < 0 ? { username: '__token__', password: value } : { username: value.slice(0, colon), password: value.slice(colon + 1) };
        this.set(host.toLowerCase(), basic, true);
    }
    /**
     * Takes the userinfo out of a URL and remembers it for that URL's host (unless credentials for
     * the host are already known); returns the URL without it.
     */
    absorb(url) {
        if (url.username === '' && url.password === '')
            return url;
        this.set(url.host.toLowerCase(), { username: decode(url.username), password: decode(url.password) }, false);
        const clean = new URL(url.href);
        clean.username = '';
        clean.password = '';
        return clean;
    }
    /** The Authorization header value for a request to this URL, if its host has credentials. */
    authorization(url) {
        const basic = this.byHost.get(url.host.toLowerCase());
        if (!basic)
            return undefined;
        return 'Basic ' + Buffer.from(`${basic.username}:${basic.password}`, 'utf8').toString('base64');
    }
    has(url) {
        return this.byHost.has(url.host.toLowerCase());
    }
    set(host, basic, replace) {
        this.secrets.add(...credentialForms(basic.username, basic.password));
        if (replace || !this.byHost.has(host))
            this.byHost.set(host, basic);
    }
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
        this.url = redactUrl(url);
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

;// CONCATENATED MODULE: ./src/index/pages.ts
// PEP 691 (JSON) and PEP 503 (HTML) project pages to DistFile lists. Pure: no I/O; URLs in the
// result are absolute, resolved against the page URL (or the HTML page's <base href>).



const HEX = /^[0-9a-f]+$/i;
const HASH_NAME = /^[a-z0-9_-]+$/i;
/** URL schemes a file on an index can be fetched (or, for a local index, read) from. */
const FILE_SCHEMES = new Set(['http:', 'https:', 'file:']);
function malformed(pageUrl, detail) {
    return new IndexError('malformed', pageUrl, `malformed project page from ${redactUrl(pageUrl)}: ${detail}`);
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
        throw malformed(pageUrl, `${where} has an invalid URL "${redactUrl(href)}"`);
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
        const { filename, url } = entry;
        if (typeof filename !== 'string' || filename === '' || /[/\\]/.test(filename)) {
            throw malformed(pageUrl, `${where}.filename must be a plain file name`);
        }
        if (typeof url !== 'string' || url === '')
            throw malformed(pageUrl, `${where}.url must be a string`);
        const resolved = resolveUrl(url, pageUrl, `${where}.url`, pageUrl);
        if (!FILE_SCHEMES.has(resolved.protocol))
            throw malformed(pageUrl, `${where}.url has unsupported scheme ${resolved.protocol}`);
        const file = {
            filename,
            url: resolved.href,
            hashes: entry.hashes === undefined ? {} : jsonHashes(entry.hashes, `${where}.hashes`, pageUrl),
            yanked: jsonYanked(entry.yanked, where, pageUrl),
            coreMetadata: jsonCoreMetadata(entry, where, pageUrl),
        };
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
function pages_lastSegment(url) {
    const path = url.pathname;
    const raw = path.slice(path.lastIndexOf('/') + 1);
    try {
        return decodeURIComponent(raw);
    }
    catch {
        return raw;
    }
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
        const filename = pages_lastSegment(url);
        if (filename === '' || /[/\\]/.test(filename))
            continue; // `../` and directory links
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
function statusText(status) {
    return `${status} ${external_node_http_.STATUS_CODES[status] ?? 'HTTP error'}`;
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
/** A native timer (undici's own are coarse) that aborts the request when it fires. */
class Watchdog {
    ms;
    controller;
    fired = false;
    timer;
    constructor(ms, controller) {
        this.ms = ms;
        this.controller = controller;
    }
    arm() {
        this.disarm();
        this.timer = setTimeout(() => {
            this.fired = true;
            this.controller.abort(new Error('timed out'));
        }, this.ms);
    }
    disarm() {
        if (this.timer !== undefined)
            clearTimeout(this.timer);
        this.timer = undefined;
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
    agent;
    limiter;
    secretList = new SecretList();
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
    pageStore;
    /** Page-store writes still running; close() waits for them so a run ends with its cache written. */
    storing = new Set();
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
            this.creds.addOption(host.includes('://') ? new URL(host).host : host, value);
        }
        this.indexes = [opts.indexUrl, ...(opts.extraIndexUrls ?? [])].map((u) => this.indexBase(u));
        this.pageStore = opts.pageStore;
        this.agent = new undici.Agent({
            connections: concurrency,
            connect: { timeout: this.timeoutMs },
            // The watchdog is the real limit; this only guards against a watchdog that never ran.
            headersTimeout: this.timeoutMs + 1000,
            // Body pauses are timed by the watchdog, which does not count the time a reader takes.
            bodyTimeout: 0,
            maxRedirections: 0,
        });
    }
    /** Every secret this client holds, in each form it could appear in (raw, URL-encoded, Basic). */
    secrets() {
        return this.secretList.list();
    }
    stats() {
        return { ...this.counters };
    }
    async close() {
        this.closing.abort();
        await this.agent.destroy();
        await Promise.all([...this.storing]);
    }
    /**
     * The files of a project on the given indexes (default: the index URL, then the extra ones),
     * merged as pip does: earlier indexes first, a filename seen again is dropped.
     */
    getProject(name, indexUrls) {
        const normalized = normalizeName(name);
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
            pending = this.loadProject(name, normalized, bases);
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
            throw this.fail('malformed', url, `${err.message}, for ${file.filename} from ${redactUrl(url.href)}`);
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
            const opened = await this.open(url, '*/*', false, asked ? { range: asked } : undefined);
            try {
                const where = redactUrl(opened.url.href);
                if (opened.status !== 206) {
                    if (opened.status !== 200)
                        throw this.fail('http', opened.url, `${statusText(opened.status)} from ${where}`, opened.status);
                    const bytes = await this.readAll(opened, opts.maxBytes);
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
                return { partial: true, offset: start, size, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
            }
            finally {
                opened.close();
            }
        });
    }
    // ------------------------------------------------------------------ projects
    async loadProject(name, normalized, bases) {
        if (!isValidName(normalized)) {
            throw this.fail('not-found', bases[0], `"${name}" is not a valid project name, so no index can list it`);
        }
        const pageUrls = bases.map((b) => new URL(`${normalized}/`, b));
        const settled = await Promise.allSettled(pageUrls.map((u) => this.page(u)));
        // Unlike pip, which skips an index it cannot read, this fails the whole answer: the index that
        // failed (other than by not knowing the project) may hold the very file pip would pick.
        for (const s of settled)
            if (s.status === 'rejected')
                throw s.reason;
        const found = settled.flatMap((s) => (s.status === 'fulfilled' && s.value ? [s.value] : []));
        if (found.length === 0) {
            const where = pageUrls.map((u) => redactUrl(u.href)).join(', ');
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
    page(url) {
        let pending = this.pages.get(url.href);
        if (!pending) {
            pending = this.loadPage(url).catch((err) => {
                if (err instanceof IndexError && err.kind === 'not-found')
                    return null;
                throw err;
            });
            this.pages.set(url.href, pending);
        }
        return pending;
    }
    async loadPage(url) {
        // A page fetched with credentials is stored only when the index marks it public
        // (responseMeta decides), so whatever the store holds may be read by anyone using it.
        const store = this.pageStore;
        let cached = store ? await store.get(url.href).catch(() => undefined) : undefined;
        if (cached) {
            const fromStore = this.storedFiles(cached);
            if (!fromStore) {
                this.store(() => store.delete(url.href));
                cached = undefined;
            }
            else if (isFresh(cached, Date.now())) {
                this.counters.pagesFromCache++;
                return fromStore;
            }
        }
        const stored = cached;
        return this.withRetries(async () => {
            const opened = await this.open(url, PAGE_ACCEPT, true, cached ? conditionalHeaders(cached) : undefined);
            try {
                if (opened.status === 304 && cached) {
                    const page = revalidated(cached, opened.headers, Date.now());
                    this.counters.pagesRevalidated++;
                    this.store(() => store.put(page));
                    return this.storedFiles(page);
                }
                const contentType = header(opened.headers, 'content-type');
                const format = pageFormat(contentType);
                if (!format) {
                    throw this.fail('malformed', opened.url, `unexpected Content-Type "${contentType ?? '(none)'}" from ${redactUrl(opened.url.href)}: expected a PEP 691 JSON page ` +
                        '(application/vnd.pypi.simple.v1+json) or a PEP 503 HTML page (text/html)');
                }
                const raw = await this.readAll(opened, this.maxPageBytes);
                // The exchange is over: the next request may start while this page is parsed.
                opened.close();
                const text = decodeText(this.decodeContent(raw, opened), contentType);
                const pageUrl = opened.url.href;
                const files = this.parsePage(text, format, pageUrl);
                if (store) {
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
            throw this.fail('malformed', opened.url, `unsupported Content-Encoding "${encoding}" from ${redactUrl(opened.url.href)}`);
        }
        try {
            return (0,external_node_zlib_.gunzipSync)(raw, { maxOutputLength: this.maxPageBytes });
        }
        catch (err) {
            if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
                throw this.tooLarge(opened.url, `the page inflates to more than the ${this.maxPageBytes}-byte limit`);
            }
            throw this.fail('malformed', opened.url, `the gzip body from ${redactUrl(opened.url.href)} is corrupt (${err.message})`);
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
            throw this.fail('malformed', file.url, `the URL of ${file.filename} is not a valid URL: ${redactUrl(file.url)}`);
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            throw this.fail('malformed', file.url, `${file.filename} cannot be fetched from ${redactUrl(file.url)}: only http and https URLs are supported`);
        }
        url.hash = '';
        // Userinfo here comes from the caller (a lock file, say), so it is the user's to send.
        return this.creds.absorb(url);
    }
    async *streamFile(url, filename, maxBytes, hasher, settle) {
        // A file's page was already read, so its download finishes work in progress: it goes first.
        const opened = await this.withRetries(() => this.open(url, '*/*', false, undefined, 1));
        try {
            const where = redactUrl(opened.url.href);
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
    async open(start, accept, gzip, conditional, priority = 0) {
        const release = await this.limiter.acquire(priority);
        let url = start;
        let authorized = false;
        try {
            for (let hop = 0;; hop++) {
                const controller = new AbortController();
                const watchdog = new Watchdog(this.timeoutMs, controller);
                authorized ||= this.creds.authorization(url) !== undefined;
                const res = await this.send(url, accept, gzip, controller, watchdog, conditional);
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
    async send(url, accept, gzip, controller, watchdog, conditional) {
        const headers = { 'user-agent': this.userAgent, accept, ...conditional };
        if (gzip)
            headers['accept-encoding'] = 'gzip';
        // Looked up per hop: a redirect to another host:port gets that origin's credentials or none.
        const auth = this.creds.authorization(url);
        if (auth)
            headers['authorization'] = auth;
        this.counters.requests++;
        watchdog.arm();
        try {
            return await this.agent.request({
                origin: url.origin,
                path: url.pathname + url.search,
                method: 'GET',
                headers,
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
            await body.dump({ limit: DISCARD_LIMIT });
        }
        catch {
            // An unread error body only costs the connection.
        }
        finally {
            watchdog.disarm();
        }
    }
    redirectTarget(from, status, headers, hop, start) {
        const where = redactUrl(from.href);
        const location = header(headers, 'location');
        if (!location)
            throw this.fail('redirect', from, `${statusText(status)} from ${where} has no Location header`, status);
        if (hop + 1 > MAX_REDIRECTS) {
            throw this.fail('redirect', start, `more than ${MAX_REDIRECTS} redirects starting at ${redactUrl(start.href)} (the last from ${where})`, status);
        }
        let next;
        try {
            next = new URL(location, from);
        }
        catch {
            throw this.fail('redirect', from, `${statusText(status)} from ${where} points to an invalid URL "${redactUrl(location)}"`, status);
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
            throw this.fail('redirect', from, `${statusText(status)} from ${where} points to ${next.protocol} URL, which is not followed`, status);
        }
        // Credentials a server writes into a redirect are not trusted; the store decides per host.
        return new URL(withoutUserinfo(next.href));
    }
    statusError(status, url, headers) {
        const where = redactUrl(url.href);
        const host = url.host;
        if (status === 401) {
            const detail = this.creds.has(url)
                ? 'the credentials given for it were rejected'
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
        const where = redactUrl(url.href);
        const code = err?.code;
        if (err instanceof IndexError || err instanceof Retryable)
            return err;
        if (watchdog.fired || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
            return this.fail('timeout', url, `timed out after ${this.timeoutMs} ms ${doing} from ${where}`);
        }
        const message = err?.message ?? String(err);
        if (this.closing.signal.aborted || code === 'UND_ERR_DESTROYED' || code === 'UND_ERR_CLOSED') {
            return this.fail('network', url, `request to ${where} stopped: the index client was closed`);
        }
        const tls = describeTlsError(err, url.host, where);
        if (tls)
            return this.fail('tls', url, tls);
        const error = this.fail('network', url, `network error ${doing} from ${where}: ${code ? `${code} ` : ''}${message}`);
        return code === 'UND_ERR_INVALID_ARG' ? error : new Retryable(error);
    }
    tooLarge(url, detail) {
        return this.fail('too-large', url, `response from ${redactUrl(url.href)} is too large: ${detail}`);
    }
    /** Every IndexError is made here, so every message passes through the secret mask. */
    fail(kind, url, message, status) {
        const href = typeof url === 'string' ? url : url.href;
        return new IndexError(kind, this.secretList.mask(redactUrl(href)), this.secretList.mask(message), status);
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
            throw new TypeError(`index URL "${redactUrl(raw)}" is not a valid URL`);
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            throw new TypeError(`index URL "${redactUrl(raw)}" must be an http or https URL`);
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
    if (normalizeName(distName) !== normalizeName(project))
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
    const where = redactUrl(file.url);
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
        const wheel = distributionKind(file.filename) === 'wheel';
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
            throw new IndexError('not-found', file.url, `the index offers no metadata file for ${file.filename} (${redactUrl(file.url)})`);
        }
        const got = await readWheelMetadata(this.client, file, project, this.opts.wheel);
        return { text: got.text, read: got.read, url: redactUrl(file.url) };
    }
    async metadataFile(file) {
        let href;
        try {
            href = metadataFileUrl(file.url);
        }
        catch {
            throw new IndexError('malformed', file.url, `the URL of ${file.filename} is not a valid URL: ${redactUrl(file.url)}`);
        }
        const got = await this.client.fetchBytes(href, `${file.filename}.metadata`, { maxBytes: this.maxMetadataBytes });
        if (typeof file.coreMetadata === 'object') {
            const hasher = new StreamingHashes(fromRecord(file.coreMetadata));
            hasher.update(got.bytes);
            const { digests, ok } = hasher.finish();
            if (hasher.checks && !ok) {
                throw new IndexError('hash-mismatch', href, `hash mismatch for the metadata file of ${file.filename} from ${redactUrl(href)}: expected ${hasher.describeExpected()}, got sha256:${digests.sha256}`);
            }
        }
        return { text: new TextDecoder('utf-8').decode(got.bytes), read: 'metadata-file', url: redactUrl(href) };
    }
}

// EXTERNAL MODULE: ./src/analysis/index.ts + 38 modules
var analysis = __webpack_require__(328);
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
/** An entry used again is written again (as used now) at most this often. */
const TOUCH_AFTER_MS = 60 * 60 * 1000;
function sha256(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
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
    constructor(dir, opts = {}) {
        this.dir = dir;
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
    /** Stores `value` (JSON) under `key`; it is seen by other runs once this one calls flush(). */
    async put(namespace, key, value) {
        const id = ident(namespace, key);
        let encoded;
        try {
            encoded = await encodePayload(value);
        }
        catch (err) {
            this.problem(`cannot store an entry: ${err.message}`);
            return;
        }
        if (this.append(id, encoded.payload, encoded.gzip, sha256(encoded.payload)))
            this.counters.writes++;
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
    append(id, payload, zipped, digest) {
        if (this.unwritable)
            return false;
        try {
            this.writer ??= PackWriter.open(this.root, this.now());
            const entry = this.writer.append(id, payload, zipped, digest, this.now());
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
    forget(id) {
        this.index?.delete(id);
        this.written.delete(id);
        if (this.unwritable)
            return;
        try {
            this.writer ??= PackWriter.open(this.root, this.now());
            this.written.set(id, this.writer.tombstone(id, this.now()));
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
                fd = (0,external_node_fs_.openSync)(path, 'r');
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
async function encodePayload(value) {
    const json = JSON.stringify(value);
    if (json === undefined)
        throw new TypeError('a cache entry must be a JSON value');
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
    async put(page) {
        await this.disk.put(pages_NAMESPACE, page.url, page);
    }
    async delete(url) {
        await this.disk.delete(pages_NAMESPACE, url);
    }
}

;// CONCATENATED MODULE: ./src/cache/metadata.ts
// Core metadata of index files, kept by the file's sha256: a file never changes once uploaded, so
// neither does its metadata, and a second run resolves dependencies without asking for it again.
const metadata_NAMESPACE = 'metadata';
const metadata_SHA256 = /^[0-9a-f]{64}$/;
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
        const sha = file.hashes.sha256?.toLowerCase();
        if (sha === undefined || !metadata_SHA256.test(sha))
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
// The cache room: one directory holding analyses and core metadata by file hash, and index pages
// as HTTP caching allows, shared safely by runs that overlap.








/** `version` names the code whose results are kept: a different one never reads them. */
function openCache(dir, version, opts = {}) {
    const disk = new DiskCache(dir, opts);
    return { disk, pages: new DiskPageStore(disk), analyses: new AnalysisCache(disk, version) };
}

// EXTERNAL MODULE: ./src/offload/pool.ts
var offload_pool = __webpack_require__(9039);
// EXTERNAL MODULE: ./src/offload/check.ts
var check = __webpack_require__(9505);
// EXTERNAL MODULE: ./src/offload/worker.ts
var worker = __webpack_require__(975);
// EXTERNAL MODULE: ./src/offload/server.ts
var server = __webpack_require__(6234);
;// CONCATENATED MODULE: ./src/offload/index.ts
// Extract and analyze off the main thread (see pool.ts for why).






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
    const sorted = [...new Set(versions)].sort((a, b) => compareVersions(b, a));
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
    const byVersion = compareVersions(a.version, b.version);
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
    const canonical = normalizeName(req.name);
    const allowed = req.formatControl.allowed(canonical);
    const fullPython = `${target.python}.0`;
    const candidates = [];
    const rejected = { binaryForbidden: 0, sourceForbidden: 0, requiresPython: new Set(), incompatible: [] };
    for (const file of req.files) {
        const kind = distributionKind(file.filename);
        if (kind === 'other')
            continue;
        let version;
        let priority;
        let build = [-1, ''];
        try {
            if (kind === 'wheel') {
                const wheel = parseWheelFilename(file.filename);
                if (normalizeName(wheel.name) !== canonical)
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
                const sdist = parseSdistFilename(file.filename, req.name);
                if (normalizeName(sdist.name) !== canonical)
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
        if (!isValidVersion(version))
            continue;
        // An invalid Requires-Python is ignored by pip (the link stays a candidate).
        if (file.requiresPython && isValidSpecifier(file.requiresPython) && !satisfies(fullPython, file.requiresPython, { prereleases: true })) {
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
    const applicable = new Set(chooseVersions([...new Set(allVersions)], req.specifier, { pre: req.pre }));
    let pool = candidates.filter((c) => applicable.has(c.version));
    if (pool.length === 0) {
        const spec = req.specifier || '(any)';
        return none(`no version of ${req.name} matches ${spec} for ${describeTarget(target)} (available: ${listVersions(allVersions)})`);
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
    const sameVersion = (v) => compareVersions(v, best.version) === 0;
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

;// CONCATENATED MODULE: ./src/resolve/graph.ts
// What pip would install for one environment on one target: the top-level requirements, then
// breadth-first the dependencies each chosen distribution declares, with markers and extras
// evaluated for the target. One version per name, the highest that satisfies every requirement
// seen so far for that name, chosen as pip's finder chooses (the `pick` hook).
//
// pip's resolver backtracks; this one does not. When a requirement found later excludes a version
// already chosen, the whole walk runs again with that requirement known from the start (a "hint"),
// so the graph never keeps edges of a version that was dropped. A hint only steers the choice: if
// the requirement that taught it is gone in the new walk and the hint leaves nothing to choose, the
// choice is made without it. A hint is kept even when the requirement that taught it goes away
// (its requirer was itself chosen again): like pip's backtracking, a version given up on the way is
// not revisited, so the two agree on which versions are installed in the usual orders.
//
// When no version satisfies every requirement at once, the name is a conflict, reported with two
// requirements that exclude each other and the chains that bring them, and nothing is guessed.




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
        return satisfies(version, specifier, { prereleases: true });
    }
    catch {
        return false;
    }
}
/** Whether a dependency's marker holds for this extra (`""`: the distribution without extras). */
function applies(marker, env, extra) {
    if (!marker)
        return extra === '';
    const holds = evaluateMarker(marker, env, extra === '' ? [] : [extra]);
    // A requirement that holds without the extra was already added by the plain pass.
    return extra === '' ? holds : holds && !evaluateMarker(marker, env, []);
}
function installable(n) {
    return !n.direct && !n.conflict && (n.selection?.kind === 'wheel' || n.selection?.kind === 'sdist');
}
const MAX_PAIR_SEARCH = 12;
class Walk {
    seeds;
    constraints;
    hints;
    hooks;
    opts;
    last;
    nodes = new Map();
    truncated = false;
    /** Hints learned in this walk, for the next one. */
    learned = [];
    constructor(seeds, constraints, hints, hooks, opts, 
    /** The last walk allowed: a re-choice is made in place instead of learned. */
    last) {
        this.seeds = seeds;
        this.constraints = constraints;
        this.hints = hints;
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
            await Promise.all(current.filter((n) => !n.direct && !n.selection).map((n) => this.choose(n)));
            await Promise.all(current
                .filter((n) => installable(n) && !n.dependencies)
                .map(async (n) => {
                n.dependencies = await this.hooks.dependencies(n.name, n.selection);
            }));
            const excluded = [];
            for (const n of current)
                this.expand(n, enqueue, excluded);
            for (const { node, edge } of excluded)
                await this.settle(node, edge);
        }
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
        if (seed.direct)
            node.direct = true;
        node.edges.push({ specifier: seed.specifier, label: seed.label });
        node.hashes.push(...seed.hashes);
        for (const e of seed.extras)
            node.requested.add(normalizeName(e));
    }
    /** Chooses a version for a node from every requirement seen so far, hints first. */
    async choose(n) {
        const specs = this.specifiers(n);
        const hashes = this.hashesOf(n);
        const hinted = this.hints.get(n.name) ?? [];
        let selection;
        if (hinted.length > 0) {
            selection = await this.hooks.pick({ name: n.name, specifier: joinSpecifiers([...specs, ...hinted]), hashes });
            if (selection.kind === 'none')
                selection = undefined;
        }
        selection ??= await this.hooks.pick({ name: n.name, specifier: joinSpecifiers(specs), hashes });
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
        if (!installable(n) || n.dependencies?.known !== true)
            return;
        const env = this.opts.target.env;
        const version = n.selection.version;
        const requirer = `${n.displayName}${version ? ' ' + version : ''}`;
        const chain = n.via.length > 1 ? ` (via ${n.via.join(' -> ')})` : '';
        const provided = new Set(n.dependencies.extras.map(normalizeName));
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
                    req = parseRequirement(text);
                    if (!applies(req.marker, env, extra))
                        continue;
                }
                catch (err) {
                    if (extra === '')
                        n.invalid.push(`"${text}": ${err.message}`);
                    continue;
                }
                const name = normalizeName(req.name);
                const edge = { specifier: req.specifier, label: `"${text.trim()}" from ${requirer}${chain}` };
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
            const x = normalizeName(e);
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
async function resolveGraph(seeds, constraints, hooks, opts) {
    const byName = new Map();
    for (const c of constraints)
        byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
    const hints = new Map();
    for (let pass = 1;; pass++) {
        const last = pass >= opts.maxPasses;
        const walk = new Walk(seeds, byName, hints, hooks, opts, last);
        await walk.run();
        if (last || walk.learned.length === 0) {
            const nodes = new Map();
            for (const [name, n] of walk.nodes) {
                const { edges: _edges, hashes: _hashes, requested: _requested, expanded: _expanded, ...node } = n;
                nodes.set(name, node);
            }
            return { target: opts.target, nodes, truncated: walk.truncated, unsettled: walk.unsettled, passes: pass };
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
        const doc = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(manifest.file.absPath, 'utf8'));
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







/** Names one environment may pull in at most; past it the walk stops, and says so. */
const MAX_NODES = 5000;
/** Walks per environment and target: each time a later requirement excludes a version chosen earlier costs one. */
const MAX_PASSES = 8;
function where(s) {
    return `${s.path}:${s.line}`;
}
function markerHolds(dep, target) {
    if (!dep.marker)
        return true;
    try {
        return evaluateMarker(dep.marker, target.env, []);
    }
    catch {
        // The top-level verdict reports the bad marker; the walk leaves the requirement out.
        return undefined;
    }
}
function seedsOf(unit, target) {
    const seeds = [];
    unit.dependencies.forEach((dep, root) => {
        if (markerHolds(dep, target) !== true)
            return;
        seeds.push({
            name: normalizeName(dep.name),
            displayName: dep.displayName,
            specifier: dep.specifier,
            extras: dep.extras,
            hashes: dep.hashes,
            label: `"${dep.source.requirement}" (${where(dep.source)})`,
            root,
            ...(dep.direct ? { direct: true } : {}),
        });
    });
    return seeds;
}
function constraintsOf(unit, target) {
    return unit.constraints
        .filter((c) => c.marker === undefined || markerHolds(c, target) === true)
        .map((c) => ({ name: normalizeName(c.name), specifier: c.specifier, hashes: c.hashes, label: `constraint "${c.source.requirement}" (${where(c.source)})` }));
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
                return { known: false, reason: `its metadata could not be read: ${err.message}` };
            }
            return this.declared(fetched.text, fetched.url, name, selection, 'wheel');
        }
        if (this.services.readSdist) {
            const read = await this.services.readSdist(file, hashes);
            if (read.pkgInfo === undefined) {
                return { known: false, reason: read.error ? `${file.filename} could not be read (${read.error})` : `${file.filename} has no PKG-INFO` };
            }
            return this.declared(read.pkgInfo, `${file.filename}/PKG-INFO`, name, selection, 'sdist');
        }
        if (file.coreMetadata) {
            try {
                const fetched = await this.services.readMetadata(file, name);
                return this.declared(fetched.text, fetched.url, name, selection, 'sdist');
            }
            catch (err) {
                return { known: false, reason: `analysis is off, so the sdist is not downloaded, and its metadata file could not be read: ${err.message}` };
            }
        }
        return { known: false, reason: 'analysis is off, so the sdist is not downloaded to read its PKG-INFO' };
    }
    declared(text, source, name, selection, kind) {
        let found;
        try {
            const meta = parseCoreMetadata(text, source);
            const sameVersion = selection.version === undefined || !isValidVersion(meta.version) || !isValidVersion(selection.version)
                ? meta.version === selection.version
                : compareVersions(meta.version, selection.version) === 0;
            if (normalizeName(meta.name) !== normalizeName(name) || !sameVersion) {
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
/** Resolves every environment on every target. */
async function resolveTransitive(units, targets, services, opts = {}) {
    const reader = new DependencyReader(services);
    const graphs = new Map();
    await Promise.all(units.map(async (unit) => {
        const perTarget = await Promise.all(targets.map((target) => resolveGraph(seedsOf(unit, target), constraintsOf(unit, target), {
            pick: async (req) => {
                if (unit.pip.noIndex)
                    return { target, kind: 'none', reason: 'the requirements file says --no-index, and find-links locations are not searched' };
                let page;
                try {
                    page = await services.getProject(req.name, unit.pip.indexUrls);
                }
                catch (err) {
                    return { target, kind: 'none', reason: err.message };
                }
                return selectFile({
                    name: req.name,
                    specifier: req.specifier,
                    hashes: req.hashes,
                    strictHashes: false,
                    pre: unit.pip.pre,
                    preferBinary: unit.pip.preferBinary,
                    formatControl: unit.pip.formatControl,
                    files: page.files,
                    target,
                });
            },
            dependencies: (name, selection) => reader.read(name, selection, hashesFor(unit, name)),
        }, { target, maxNodes: opts.maxNodes ?? MAX_NODES, maxPasses: opts.maxPasses ?? MAX_PASSES })));
        graphs.set(unit.key, perTarget);
    }));
    const transitive = [];
    const diagnostics = new Map();
    const warn = (source, message) => {
        const d = { severity: 'warning', path: source?.path ?? '', message };
        if (source)
            d.line = source.line;
        diagnostics.set(JSON.stringify([d.path, d.line, message]), d);
    };
    for (const unit of units) {
        const perTarget = graphs.get(unit.key);
        const prefix = unit.label ? [unit.label] : [];
        const byName = new Map();
        perTarget.forEach((graph, t) => {
            for (const node of graph.nodes.values()) {
                noteUnknown(unit, node, prefix, warn);
                if (node.topLevel || node.direct)
                    continue;
                let entry = byName.get(node.name);
                if (!entry) {
                    entry = {
                        unit: unit.key,
                        name: node.name,
                        displayName: node.displayName,
                        via: [...prefix, ...node.via],
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
                warn(first, `more than ${opts.maxNodes ?? MAX_NODES} packages reached from ${first?.path ?? 'this manifest'} for CPython ${graph.target.python} on ${graph.target.platform}: the rest of what pip would install is not checked`);
            }
            if (graph.unsettled.length > 0) {
                warn(first, `the versions of ${graph.unsettled.join(', ')} did not settle after ${graph.passes} passes for CPython ${graph.target.python} on ${graph.target.platform}: pip, which backtracks, may choose others`);
            }
        });
        // the root of the shortest chain first, where the annotation lands
        for (const entry of byName.values())
            transitive.push(entry);
        for (const dep of unit.dependencies)
            if (dep.direct)
                warn(dep.source, directNote(dep));
    }
    return {
        selectionFor(unit, target, name) {
            const node = graphs.get(unit)?.[target]?.nodes.get(normalizeName(name));
            return node && !node.direct ? node.selection : undefined;
        },
        transitive,
        diagnostics: [...diagnostics.values()],
    };
}
function directNote(dep) {
    const file = dep.direct.url.split(/[?#]/)[0];
    if (dep.direct.kind === 'url' && file.endsWith('.whl')) {
        return `the dependencies of ${dep.displayName} (a direct reference to a wheel) are not followed: check what it requires where it lives`;
    }
    const what = dep.editable ? 'an editable install' : dep.direct.kind === 'vcs' ? 'a VCS reference' : dep.direct.kind === 'path' ? 'a local path' : 'a direct URL';
    return `the dependencies of ${dep.displayName} (${what}) are not followed: pip would build it to learn them`;
}
function hashesFor(unit, name) {
    const n = normalizeName(name);
    return [...new Set([...unit.dependencies, ...unit.constraints].filter((d) => normalizeName(d.name) === n).flatMap((d) => d.hashes))];
}
function noteUnknown(unit, node, prefix, warn) {
    const source = unit.dependencies[node.root]?.source;
    const version = node.selection?.version ? ` ${node.selection.version}` : '';
    const chain = node.topLevel ? '' : ` (pulled in by ${[...prefix, ...node.via].join(' -> ')})`;
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

;// CONCATENATED MODULE: ./src/verdict.ts
// The judge stage: per-target selections and sdist analyses, weighed into one Verdict per dependency.
// A target outcome is never better than what was actually checked: an sdist that could not be read
// or fully analyzed is `unresolved`, never `sdist`.
const RANK = { skipped: 0, wheel: 1, sdist: 2, unresolved: 3, suspicious: 4 };
function worse(a, b) {
    return RANK[a] >= RANK[b] ? a : b;
}
function statusRank(s) {
    return RANK[s];
}
const SEVERITY_RANK = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.path.localeCompare(b.path) || a.line - b.line || a.rule.localeCompare(b.rule));
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
        version,
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

;// CONCATENATED MODULE: ./src/version.ts
// The released version, kept equal to package.json's by a test (the bundles cannot read package.json).
const version_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/scan.ts
// The pipeline, and the only place that knows the order of its stages:
// discover -> parse -> resolve -> select -> fetch -> extract -> analyze -> judge.
// Reporting is left to the entries (cli.ts, action.ts), which hand the result to src/report/.

























function scan_emptyPipOptions() {
    return { extraIndexUrls: [], noIndex: false, findLinks: [], formatControl: { noBinary: [], onlyBinary: [] }, preferBinary: false, pre: false };
}
function scan_joinSpecifiers(...specs) {
    return specs
        .flatMap((s) => (s ?? '').split(','))
        .map((s) => s.trim())
        .filter(Boolean)
        .join(',');
}
function scan_requestKey(r) {
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
        r.preferBinary,
        r.formatControl.state(),
        r.graph ?? null,
    ]);
}
function buildRequests(parsed, opts, diagnostics) {
    const byKey = new Map();
    const seenSources = new Set();
    for (const { deps, constraints, options, unit } of parsed) {
        const pip = options ?? scan_emptyPipOptions();
        const formatControl = FormatControl.from(pip.formatControl);
        const indexUrls = [pip.indexUrl ?? opts.indexUrl, ...opts.extraIndexUrls, ...pip.extraIndexUrls].filter((u, i, a) => a.indexOf(u) === i);
        if (pip.findLinks.length > 0)
            diagnostics.push({
                severity: 'warning',
                path: deps[0]?.source.path ?? '',
                message: `--find-links locations are not searched (${pip.findLinks.map(redactUrl).join(', ')}); packages are looked up on the indexes only`,
            });
        for (const dep of deps) {
            const sourceKey = `${dep.source.path}:${dep.source.line}:${dep.name}`;
            if (seenSources.has(sourceKey))
                continue;
            seenSources.add(sourceKey);
            const applying = constraints.filter((c) => c.name === dep.name);
            const hashes = [...dep.hashes, ...applying.flatMap((c) => c.hashes)];
            const partial = {
                name: dep.name,
                displayName: dep.displayName,
                specifier: scan_joinSpecifiers(dep.specifier, ...applying.map((c) => c.specifier)),
                hashes,
                strictHashes: dep.locked !== undefined,
                marker: dep.marker,
                extras: dep.extras,
                dep,
                indexUrls: dep.locked?.indexUrl ? [dep.locked.indexUrl] : indexUrls,
                noIndex: pip.noIndex && !dep.locked?.indexUrl,
                pre: pip.pre,
                preferBinary: pip.preferBinary,
                formatControl,
                graph: unit === undefined ? undefined : unitKey(unit, environmentOf(dep)),
            };
            const key = scan_requestKey(partial);
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
        return { applies: evaluateMarker(req.marker, target.env, []) };
    }
    catch (err) {
        return { applies: true, error: `invalid marker "${req.marker}": ${err.message}` };
    }
}
/** A direct reference pip installs without the index: VCS and local paths are always built. */
function selectDirect(req, target) {
    const direct = req.dep.direct;
    const shown = redactUrl(direct.url);
    const file = (0,external_node_path_.basename)(direct.url.split(/[?#]/)[0]);
    if (direct.kind !== 'vcs' && distributionKind(file) === 'wheel') {
        try {
            const wheel = parseWheelFilename(file);
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
function lockedFiles(req) {
    const files = req.dep.locked?.files;
    if (!files || files.length === 0)
        return undefined;
    return files.map((f) => ({ filename: f.filename, url: f.url ?? '', hashes: f.hashes, size: f.size, yanked: false }));
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
        await cache.analyses.put(trusted, file.filename, maskDeep(check, client.secrets()));
    return check;
}
/** An sdist's PKG-INFO alone, for when its analysis came from the cache without it. */
async function readPkgInfo(client, file, hashes, limits) {
    try {
        const contents = await (0,archive/* readSdist */.M6)(file.filename, client.download(file, { maxBytes: limits.maxDownloadBytes, hashes: hashes.length ? hashes : undefined }), limits);
        if (contents.error)
            return { error: contents.error };
        return { pkgInfo: contents.files.get('PKG-INFO') };
    }
    catch (err) {
        return { error: err.message };
    }
}
function analyzeContents(contents) {
    if (contents.error)
        return undefined;
    return analyzeSdist(contents.files);
}
async function scan(opts, hooks = {}) {
    const started = Date.now();
    const progress = { phase: 'discover', resolved: 0, total: 0, analyzed: 0, toAnalyze: 0 };
    const report = () => hooks.onProgress?.({ ...progress });
    report();
    // discover + parse
    const { files, diagnostics } = await discover(opts.paths, opts.root);
    const ctx = { root: opts.root, readFile: readInsideRoot(opts.root), env: opts.env };
    const manifests = [];
    for (const file of files) {
        let text;
        try {
            text = await (0,promises_.readFile)(file.absPath, 'utf8');
        }
        catch (err) {
            diagnostics.push({ severity: 'error', path: file.path, message: `cannot read: ${err.message}` });
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
    const cache = opts.cacheDir ? openCache(opts.cacheDir, JSON.stringify([analysis/* ANALYZER_VERSION */.MR, version_VERSION, opts.limits.archive])) : undefined;
    const client = new IndexClient({
        indexUrl: opts.indexUrl,
        extraIndexUrls: opts.extraIndexUrls,
        concurrency: opts.concurrency,
        timeoutMs: opts.timeoutMs,
        retries: opts.limits.retries,
        maxPageBytes: opts.limits.maxPageBytes,
        maxRetryAfterMs: opts.limits.maxRetryAfterMs,
        credentials: opts.credentials,
        userAgent: `sdist-guard/${version_VERSION} (+https://github.com/sdist-guard/sdist-guard)`,
        pageStore: cache?.pages,
    });
    const analysisCache = cache ? { analyses: cache.analyses, reused: 0 } : undefined;
    const pool = new offload_pool.CheckPool();
    // fetch + extract + analyze once per sdist file, however many dependencies and targets select it
    const checks = new Map();
    const checkOnce = (file, hashes) => {
        const key = `${file.url}\0${[...hashes].sort().join(',')}`;
        let p = checks.get(key);
        if (!p) {
            progress.toAnalyze++;
            p = checkSdist(client, file, hashes, opts.limits.archive, analysisCache, pool).finally(() => {
                progress.analyzed++;
                report();
            });
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
        if (check.pkgInfo !== undefined || check.error)
            return { pkgInfo: check.pkgInfo ?? undefined, error: check.error };
        // a kept analysis without its PKG-INFO (the cache may predate it): read that alone, once
        const key = `${file.url}\0${[...hashes].sort().join(',')}`;
        let p = pkgInfos.get(key);
        if (!p) {
            p = readPkgInfo(client, file, hashes, opts.limits.archive);
            pkgInfos.set(key, p);
        }
        return p;
    };
    const metadata = new MetadataReader(client);
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
                outcomes.push(selectDirect(req, target));
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
            const specifier = req.dep.locked ? scan_joinSpecifiers(`==${req.dep.locked.version}`) : req.specifier;
            const selection = selectFile({
                name: req.name,
                specifier,
                hashes: req.hashes,
                strictHashes: req.strictHashes && !lockedFiles(req),
                pre: req.pre || req.dep.locked !== undefined,
                preferBinary: req.preferBinary,
                formatControl: req.formatControl,
                files,
                target,
            });
            outcomes.push(await outcomeOf(selection, req.hashes));
        }
        progress.resolved++;
        report();
        return judge({ name: req.displayName, sources: req.sources, outcomes });
    };
    const transitiveOne = async (dep) => {
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
        return judge({ name: dep.displayName, sources: dep.sources, outcomes, via: dep.via });
    };
    let verdicts;
    try {
        // resolve: what pip would install besides what the manifests name, per environment and target
        resolution = await resolveTransitive(parsed.flatMap((p, i) => (p.unit === undefined ? [] : resolveUnitsOf(i, p, toResolve.get(i)?.label, opts))), opts.targets, {
            getProject: (name, indexUrls) => client.getProject(name, indexUrls),
            readMetadata: keepMetadata(cache?.disk, (file, project) => metadata.read(file, project)),
            ...(opts.analyze ? { readSdist: pkgInfoOf } : {}),
        });
        diagnostics.push(...resolution.diagnostics);
        progress.total += resolution.transitive.length;
        report();
        verdicts = await Promise.all([...requests.map(resolveOne), ...resolution.transitive.map(transitiveOne)]);
    }
    finally {
        await client.close();
        await pool.close();
    }
    if (cache) {
        await cache.disk.flush();
        const problems = cache.disk.problems();
        if (problems.length > 0)
            diagnostics.push({ severity: 'warning', path: '', message: `the cache in ${opts.cacheDir} could not be used fully (${problems[0]}); results were computed anew` });
    }
    // judge, last word: what the pull request did not change, and what the allow list accepts, does not gate
    const judged = applyAllowList(markPreexisting(mergeVerdicts(verdicts), scope.changed), opts.allow, todayUtc());
    diagnostics.push(...judged.diagnostics);
    progress.phase = 'done';
    report();
    const stats = client.stats();
    return {
        root: opts.root,
        targets: opts.targets,
        manifests: files.map((f) => f.path),
        verdicts: judged.verdicts,
        diagnostics,
        stats: {
            requests: stats.requests,
            bytes: stats.bytes,
            retries: stats.retries,
            sdistsAnalyzed: checks.size,
            durationMs: Date.now() - started,
            ...(analysisCache ? { cache: { pagesFresh: stats.pagesFromCache, pagesRevalidated: stats.pagesRevalidated, analysesReused: analysisCache.reused, written: cache.disk.stats().writes } } : {}),
        },
        secrets: client.secrets(),
        scope: scope.report,
    };
}
/** Dependencies that come to the same outcome (same name, same file per target) are one verdict. */
function mergeVerdicts(verdicts) {
    const merged = new Map();
    for (const v of verdicts) {
        const key = JSON.stringify([v.name.toLowerCase().replace(/[-_.]+/g, '-'), v.status, v.targets.map((t) => [t.kind, t.version, t.file])]);
        const existing = merged.get(key);
        if (existing) {
            for (const s of v.sources)
                if (!existing.sources.some((e) => e.path === s.path && e.line === s.line))
                    existing.sources.push(s);
        }
        else
            merged.set(key, { ...v, sources: [...v.sources] });
    }
    return [...merged.values()].sort((a, b) => statusRank(b.status) - statusRank(a.status) || a.name.localeCompare(b.name) || (a.version ?? '').localeCompare(b.version ?? ''));
}
/** extract -> analyze for sdists a person downloaded: archives, unpacked directories or .py files. */
async function inspect(paths, shown = paths) {
    const results = [];
    for (const [i, file] of paths.entries()) {
        const path = shown[i] ?? file;
        try {
            const info = await stat(file);
            if (info.isDirectory()) {
                const contents = await readSdistDirectory(file);
                results.push(inspectResult(path, contents, analyzeContents(contents)));
            }
            else if (file.endsWith('.py') || file.endsWith('.pyw')) {
                const analysis = analyzeSource(decodeSource(new Uint8Array(await readFile(file))).text, basename(file));
                results.push({ path, suspicious: analysis.suspicious, findings: analysis.findings, limits: analysis.limits });
            }
            else {
                const contents = await readSdist(basename(file), createReadStream(file));
                results.push(inspectResult(path, contents, analyzeContents(contents)));
            }
        }
        catch (err) {
            results.push({ path, suspicious: false, findings: [], limits: [], error: `cannot read ${path}: ${err.message}` });
        }
    }
    return results;
}
function inspectResult(path, contents, analysis) {
    const result = {
        path,
        suspicious: analysis?.suspicious ?? false,
        findings: analysis?.findings ?? [],
        limits: [...contents.limits, ...(analysis?.limits ?? [])],
    };
    if (contents.error)
        result.error = contents.error.includes(basename(path)) ? contents.error : `${path}: ${contents.error}`;
    return result;
}

;// CONCATENATED MODULE: ./src/report/gate.ts
// What every reporter shares: counts, the gate decision, and masking of secrets. The gate lives here
// rather than in each entry so the CLI, the action and the reports can never disagree about it.
function gate_countStatuses(verdicts) {
    const counts = { wheel: 0, sdist: 0, suspicious: 0, unresolved: 0, skipped: 0 };
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
function gate_evaluateGate(result, failOn) {
    const failing = result.verdicts.filter((v) => gates(v, failOn));
    const named = result.verdicts.filter((v) => failOn.includes(v.status) && !gates(v, failOn));
    const notGating = { preexisting: named.filter((v) => !v.allowed), allowed: named.filter((v) => v.allowed) };
    const manifestErrors = result.diagnostics.filter((d) => d.severity === 'error').length;
    const errorsFail = failOn.includes('unresolved') && manifestErrors > 0;
    const failed = failing.length > 0 || errorsFail;
    const parts = [];
    const counts = gate_countStatuses(failing);
    for (const s of ['suspicious', 'unresolved', 'sdist'])
        if (counts[s])
            parts.push(`${counts[s]} ${s}`);
    if (errorsFail)
        parts.push(`${manifestErrors} manifest error${manifestErrors === 1 ? '' : 's'}`);
    const aside = [];
    if (notGating.preexisting.length)
        aside.push(`${notGating.preexisting.length} pre-existing`);
    if (notGating.allowed.length)
        aside.push(`${notGating.allowed.length} allowed`);
    const notes = aside.length ? `; not gating: ${aside.join(', ')}` : '';
    const which = result.scope?.applied === 'changed' ? 'no dependency the change adds or alters' : 'no dependency';
    const message = failed
        ? `sdist-guard failed the gate: ${parts.join(', ')} (fail-on: ${failOn.join(',')})${notes}`
        : failOn.length === 0
            ? 'sdist-guard reports only (fail-on: none)'
            : `sdist-guard passed: ${which} is ${failOn.join(' or ')}${notes}`;
    return { failed, failOn, failing, notGating, manifestErrors, message };
}
/** Replaces every known secret (and its URL-encoded form) with `***`. */
function gate_maskSecrets(text, secrets) {
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
function gate_location(v) {
    const s = v.sources[0];
    return s ? `${s.path}:${s.line}` : '';
}
function gate_plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/report/json.ts
// The JSON report other tools read: schemaVersion 1. Fields are only ever added, never renamed.

function jsonReport(result, failOn) {
    const gate = gate_evaluateGate(result, failOn);
    const report = {
        schemaVersion: 1,
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
        })),
        summary: gate_countStatuses(result.verdicts),
        gate: {
            failed: gate.failed,
            failOn: gate.failOn,
            message: gate.message,
            notGating: { preexisting: gate.notGating.preexisting.length, allowed: gate.notGating.allowed.length },
        },
        ...(result.scope ? { scope: result.scope } : {}),
        manifests: result.manifests,
        diagnostics: result.diagnostics,
    };
    return gate_maskSecrets(JSON.stringify(report, null, 2), result.secrets) + '\n';
}

;// CONCATENATED MODULE: ./src/report/text.ts
// The terminal report: one block per dependency that is not a plain wheel, worst first, then counts
// and the gate's sentence. Wheels are counted, not listed: they run no package code.

const MAX_FINDINGS_SHOWN = 5;
function pad(s, n) {
    return s.length >= n ? s : s + ' '.repeat(n - s.length);
}
function oneLine(s, max = 160) {
    const flat = s.replace(/\s+/g, ' ').trim();
    return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
function findingLines(findings, indent, max = MAX_FINDINGS_SHOWN) {
    const lines = [];
    for (const f of findings.slice(0, max)) {
        lines.push(`${indent}${pad(f.severity, 8)} ${f.rule}  ${f.path}:${f.line}  ${oneLine(f.message)}`);
        if (f.evidence)
            lines.push(`${indent}         evidence: ${oneLine(f.evidence, 140)}`);
    }
    if (findings.length > max)
        lines.push(`${indent}… and ${plural(findings.length - max, 'more finding')}`);
    return lines;
}
function textReport(result, failOn) {
    const gate = evaluateGate(result, failOn);
    const counts = countStatuses(result.verdicts);
    const out = [];
    const targets = result.targets.map((t) => `CPython ${t.python} on ${t.platform}`).join(', ');
    out.push(`${plural(result.verdicts.length, 'dependency').replace('dependencys', 'dependencies')} in ${plural(result.manifests.length, 'manifest')}; targets: ${targets}`);
    for (const d of result.diagnostics)
        out.push(`${d.severity}: ${d.path}${d.line ? `:${d.line}` : ''}: ${d.message}`);
    const shown = result.verdicts.filter((v) => v.status !== 'wheel' && v.status !== 'skipped');
    if (shown.length > 0) {
        const w = {
            status: Math.max(6, ...shown.map((v) => v.status.length)),
            name: Math.max(7, ...shown.map((v) => v.name.length)),
            version: Math.max(7, ...shown.map((v) => (v.version ?? '-').length)),
        };
        out.push('');
        out.push(`${pad('STATUS', w.status)}  ${pad('PACKAGE', w.name)}  ${pad('VERSION', w.version)}  DECLARED IN`);
        const indent = ' '.repeat(w.status + 2);
        for (const v of shown) {
            const more = v.sources.length > 1 ? ` (+${v.sources.length - 1} more)` : '';
            const marks = [v.preexisting ? '[pre-existing]' : '', v.allowed ? '[allowed]' : ''].filter(Boolean).join(' ');
            out.push(`${pad(v.status, w.status)}  ${pad(v.name, w.name)}  ${pad(v.version ?? '-', w.version)}  ${location(v)}${more}${marks ? '  ' + marks : ''}`);
            if (v.via && v.via.length > 1)
                out.push(`${indent}via ${v.via.join(' -> ')}`);
            if (v.allowed)
                out.push(`${indent}allowed by ${v.allowed.source}${v.allowed.until ? ` until ${v.allowed.until}` : ''}: ${oneLine(v.allowed.reason, 200)}`);
            out.push(`${indent}${oneLine(v.reason, 200)}`);
            out.push(...findingLines(v.findings, indent + '  '));
        }
    }
    out.push('');
    out.push(`Summary: ${counts.wheel} wheel, ${counts.sdist} sdist, ${counts.suspicious} suspicious, ${counts.unresolved} unresolved, ${counts.skipped} skipped`);
    out.push(`${gate.failed ? 'FAIL' : 'PASS'}: ${gate.message}`);
    return maskSecrets(out.join('\n'), result.secrets) + '\n';
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
// Markdown for the job summary and `--format markdown`: the counts, a table of every dependency that
// is not a plain wheel, and the top findings of suspicious ones. The pieces are exported for the
// pull request comment (comment.ts), so that there is one table renderer.


const ICON = { suspicious: '🛑', unresolved: '⚠️', sdist: '📦', wheel: '✅', skipped: '➖' };
const TOP_FINDINGS = 5;
/** Escapes text for a table cell: pipes, newlines, and Markdown that could inject links or HTML. */
function cell(s) {
    return oneLine(s, 300).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/([`*_[\]])/g, '\\$1');
}
function code(s) {
    const flat = oneLine(s, 200).replace(/`/g, "'");
    return flat ? `\`${flat}\`` : '';
}
/** The status cell: icon and status, and whether it gates at all. */
function statusLabel(v) {
    const marks = [v.preexisting ? 'pre-existing' : '', v.allowed ? 'allowed' : ''].filter(Boolean);
    return `${ICON[v.status]} ${v.status}${marks.length ? `<br>${marks.join(', ')}` : ''}`;
}
/** The reason, preceded by the allow entry that accepts the dependency. */
function whyText(v) {
    if (!v.allowed)
        return cell(v.reason);
    const until = v.allowed.until ? `, until ${v.allowed.until}` : '';
    return `**Allowed** (${cell(v.allowed.source)}${until}): ${cell(v.allowed.reason)}<br>${cell(v.reason)}`;
}
/** A table of dependencies, one row each, with where they are declared and why they are listed. */
function verdictTable(verdicts) {
    const out = [];
    out.push('| Status | Package | Version | Declared in | Why |');
    out.push('| --- | --- | --- | --- | --- |');
    for (const v of verdicts) {
        const where = v.sources.map((s) => `\`${s.path}:${s.line}\``).slice(0, 3).join('<br>') + (v.sources.length > 3 ? `<br>+${v.sources.length - 3} more` : '');
        const via = v.via && v.via.length > 1 ? `<br>via ${cell(v.via.join(' → '))}` : '';
        out.push(`| ${statusLabel(v)} | ${cell(v.name)} | ${cell(v.version ?? '-')} | ${where || cell(gate_location(v))}${via} | ${whyText(v)} |`);
    }
    return out;
}
/** A folded block per dependency with findings: the top findings, open for suspicious ones. */
function findingsDetails(verdicts) {
    const out = [];
    for (const v of verdicts.filter((x) => x.findings.length > 0)) {
        out.push('');
        out.push(`<details${v.status === 'suspicious' && !v.allowed && !v.preexisting ? ' open' : ''}><summary><b>${cell(v.name)} ${cell(v.version ?? '')}</b>: ${v.findings.length} finding${v.findings.length === 1 ? '' : 's'}</summary>`);
        out.push('');
        out.push('| Severity | Rule | Where | What | Evidence |');
        out.push('| --- | --- | --- | --- | --- |');
        for (const f of v.findings.slice(0, TOP_FINDINGS))
            out.push(`| ${f.severity} | \`${f.rule}\` | \`${cell(f.path)}:${f.line}\` | ${cell(f.message)} | ${code(f.evidence)} |`);
        if (v.findings.length > TOP_FINDINGS)
            out.push(`| | | | … and ${v.findings.length - TOP_FINDINGS} more in the JSON report | |`);
        out.push('');
        out.push('</details>');
    }
    return out;
}
function diagnosticsList(diagnostics, max = 50) {
    const out = [];
    for (const d of diagnostics.slice(0, max))
        out.push(`- ${d.severity}: \`${d.path}${d.line ? `:${d.line}` : ''}\` ${cell(d.message)}`);
    if (diagnostics.length > max)
        out.push(`- … and ${diagnostics.length - max} more`);
    return out;
}
/** One sentence on what gates: everything, or what the change adds or alters. */
function scopeLine(result) {
    const scope = result.scope;
    if (!scope)
        return undefined;
    if (scope.note)
        return `⚠️ ${cell(scope.note)}.`;
    if (scope.applied !== 'changed')
        return undefined;
    const pre = result.verdicts.filter((v) => v.preexisting && v.status !== 'wheel' && v.status !== 'skipped').length;
    return `Scope: only dependencies this change adds or alters gate (compared with the ${cell(scope.base ?? 'base')})${pre ? `; ${pre} pre-existing ${pre === 1 ? 'one is' : 'ones are'} listed, marked as such` : ''}.`;
}
function markdownReport(result, failOn, opts = {}) {
    const gate = gate_evaluateGate(result, failOn);
    const counts = gate_countStatuses(result.verdicts);
    const out = [];
    out.push(`## ${opts.title ?? 'sdist-guard'}: ${gate.failed ? '❌ failed' : '✅ passed'}`);
    out.push('');
    out.push(cell(gate.message));
    out.push('');
    out.push('| Status | Count | Meaning |');
    out.push('| --- | ---: | --- |');
    out.push(`| ${ICON.wheel} wheel | ${counts.wheel} | a wheel fits every target: pip runs no package code |`);
    out.push(`| ${ICON.sdist} sdist | ${counts.sdist} | pip would build it from source; its build code shows nothing suspicious |`);
    out.push(`| ${ICON.suspicious} suspicious | ${counts.suspicious} | its build code does something malware does |`);
    out.push(`| ${ICON.unresolved} unresolved | ${counts.unresolved} | could not be checked: treat as unsafe |`);
    out.push(`| ${ICON.skipped} skipped | ${counts.skipped} | markers exclude every target |`);
    out.push('');
    out.push(`Targets: ${result.targets.map((t) => `CPython ${t.python} on \`${t.platform}\``).join(', ')}. Manifests: ${result.manifests.map((m) => `\`${m}\``).join(', ') || 'none found'}.`);
    const scope = scopeLine(result);
    if (scope) {
        out.push('');
        out.push(scope);
    }
    const shown = result.verdicts.filter((v) => v.status !== 'wheel' && v.status !== 'skipped');
    if (shown.length > 0) {
        out.push('');
        out.push(...verdictTable(shown));
    }
    out.push(...findingsDetails(shown));
    if (result.diagnostics.length > 0) {
        out.push('');
        out.push('**Manifest problems**');
        out.push('');
        out.push(...diagnosticsList(result.diagnostics));
    }
    if (opts.checkRun) {
        const link = opts.checkRun.url ? `[the sdist-guard check run](${opts.checkRun.url})` : 'the sdist-guard check run';
        out.push('');
        out.push(`All ${opts.checkRun.annotations} annotations are on ${link}, on the lines that declare each dependency.`);
    }
    else if (opts.annotationsNotShown) {
        out.push('');
        out.push(`GitHub shows at most 10 error and 10 warning annotations per step: ${opts.annotationsNotShown} more are listed in the table above and in the JSON report. Give the job the \`checks: write\` permission to get every one of them on its manifest line.`);
    }
    return gate_maskSecrets(out.join('\n'), result.secrets) + '\n';
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/report/sarif.ts
// SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif). One rule per analysis rule and
// one per status that needs attention; every result sits on the manifest line that declares the
// dependency (the only file in the repository it concerns), and a finding's place inside the sdist
// goes into the message. Fingerprints leave the manifest line out, so an alert survives lines moving.







const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SDIST_RULE = 'sdist-only-dependency';
const UNRESOLVED_RULE = 'unresolved-dependency';
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
];
function analysisRules(findings) {
    const rules = analysis/* RULES */.y0.map((r) => rule(r.id, r.description, `${r.description} Found in code pip runs while building an sdist.`, r.severity));
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
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(parts)).digest('hex');
}
/** The sdist file pip would build, from the first target that builds one. */
function sdistFile(v) {
    return v.targets.find((t) => t.kind === 'sdist' && t.file)?.file;
}
function label(v) {
    return `${v.name}${v.version ? ' ' + v.version : ''}`;
}
function sarifReport(result, failOn) {
    const gate = gate_evaluateGate(result, failOn);
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
            message: { text: text + where },
            locations: [{ physicalLocation: physical(primary) }],
            ...(others.length
                ? { relatedLocations: others.map((s, i) => ({ id: i + 1, physicalLocation: physical(s), message: { text: `also declared here: ${oneLine(s.requirement, 200)}` } })) }
                : {}),
            partialFingerprints: { [FINGERPRINT]: fingerprint([ruleId, normalizeName(v.name), v.version ?? '', primary?.path ?? '', ...extra]) },
            ...(comparing ? { baselineState: v.preexisting ? 'unchanged' : 'new' } : {}),
            ...(v.allowed
                ? {
                    suppressions: [
                        { kind: 'external', status: 'accepted', justification: `${v.allowed.reason} (${v.allowed.source}${v.allowed.until ? `, until ${v.allowed.until}` : ''})` },
                    ],
                }
                : {}),
            properties: {
                package: v.name,
                ...(v.version ? { version: v.version } : {}),
                status: v.status,
                gating: gates(v, failOn),
                ...(v.preexisting ? { preexisting: true } : {}),
            },
        });
    };
    for (const v of verdicts) {
        const gating = gates(v, failOn);
        if (v.status === 'suspicious' && v.findings.length > 0) {
            const file = sdistFile(v);
            for (const f of v.findings) {
                const level = gating ? SEVERITY_LEVEL[f.severity] : 'warning';
                const evidence = f.evidence ? ` Evidence: ${oneLine(f.evidence, 300)}` : '';
                const text = `${label(v)}: ${oneLine(f.message, 500)} (${f.path}:${f.line}${file ? ` in ${file}` : ''}, ${f.severity}).${evidence}`;
                add(v, f.rule, level, text, [f.rule, f.path, f.line]);
            }
        }
        else if (v.status === 'unresolved') {
            add(v, UNRESOLVED_RULE, gating ? 'error' : 'warning', `${label(v)} could not be checked: ${oneLine(v.reason, 800)}`, []);
        }
        else {
            const top = v.findings[0];
            const below = top ? ` ${v.findings.length} finding${v.findings.length === 1 ? '' : 's'} below the suspicious threshold, the first: ${oneLine(top.message, 200)} (${top.path}:${top.line}).` : '';
            add(v, SDIST_RULE, gating ? 'error' : 'warning', `${label(v)} is built from source: ${oneLine(v.reason, 800)}.${below}`, []);
        }
    }
    const notifications = result.diagnostics.map((d) => ({
        level: d.severity,
        message: { text: oneLine(d.message, 1000) },
        ...(d.path ? { locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(d.path), uriBaseId: SRCROOT }, ...(d.line ? { region: { startLine: d.line } } : {}) } }] } : {}),
    }));
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'sdist-guard', version: version_VERSION, semanticVersion: version_VERSION, informationUri: INFORMATION_URI, rules } },
                originalUriBaseIds: { [SRCROOT]: { uri: (0,external_node_url_.pathToFileURL)(result.root.endsWith('/') ? result.root : result.root + '/').href } },
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
    return gate_maskSecrets(JSON.stringify(log, null, 2), result.secrets) + '\n';
}

;// CONCATENATED MODULE: ./src/report/annotations.ts
// Workflow annotations on manifest lines. GitHub shows at most 10 errors and 10 warnings per step,
// so the worst come first and the rest are counted for the summary to mention.


const STEP_ANNOTATION_LIMIT = 10;
function annotationFor(v, level, secrets) {
    const source = v.sources[0];
    const top = v.findings.slice(0, 3).map((f) => `${f.severity} ${f.rule} at ${f.path}:${f.line}: ${oneLine(f.message, 140)}`);
    const via = v.via && v.via.length > 1 ? `\nPulled in by ${v.via.join(' -> ')}` : '';
    const message = [oneLine(v.reason, 400) + via, ...top].join('\n');
    return {
        level,
        file: source?.path ?? '',
        line: source?.line ?? 1,
        title: gate_maskSecrets(`sdist-guard: ${v.name}${v.version ? ' ' + v.version : ''} is ${v.status}${v.preexisting ? ' (pre-existing)' : ''}`, secrets),
        message: gate_maskSecrets(message, secrets),
    };
}
/**
 * Every annotation the scan warrants, worst first: gate-failing dependencies as errors, other
 * dependencies pip would build (or could not be checked) as warnings, pre-existing ones marked so.
 * Allowed dependencies were accepted on purpose: the summary lists them, the code is not flagged.
 */
function allAnnotations(result, failOn) {
    const out = [];
    for (const v of result.verdicts) {
        if (v.status === 'wheel' || v.status === 'skipped' || v.allowed)
            continue;
        out.push(annotationFor(v, gates(v, failOn) ? 'error' : 'warning', result.secrets));
    }
    for (const d of result.diagnostics) {
        out.push({ level: d.severity, file: d.path, line: d.line ?? 1, title: 'sdist-guard: manifest problem', message: gate_maskSecrets(d.message, result.secrets) });
    }
    // verdicts are already worst first; errors before warnings keeps that order within each level
    return [...out.filter((a) => a.level === 'error'), ...out.filter((a) => a.level === 'warning')];
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
    if (mode === 'always')
        return state.somethingToSay ? 'report' : 'all-clear';
    return state.existing ? 'all-clear' : 'none';
}
function listed(v) {
    return v.status !== 'wheel' && v.status !== 'skipped';
}
/** Dependencies the pull request brings in or changes that are worth a line: not wheels, not allowed. */
function inScope(result) {
    return result.verdicts.filter((v) => listed(v) && !v.preexisting && !v.allowed);
}
/** Whether a comment has anything to report beyond "all clear". */
function somethingToSay(result, failOn) {
    return gate_evaluateGate(result, failOn).failed || inScope(result).length > 0;
}
function dependencies(n, kind = '') {
    return `${n} ${kind}${n === 1 ? 'dependency' : 'dependencies'}`;
}
function footer(ctx) {
    const parts = [`sdist-guard ${version_VERSION}`];
    if (ctx.sha)
        parts.push(`commit ${ctx.sha.slice(0, 7)}`);
    if (ctx.runUrl)
        parts.push(`[workflow run](${ctx.runUrl})`);
    return `<sub>${parts.join(' · ')}</sub>`;
}
function heading(result, failOn) {
    const gate = gate_evaluateGate(result, failOn);
    const what = result.scope?.applied === 'changed' ? 'this pull request adds or changes' : 'this repository declares';
    return gate.failed
        ? `## sdist-guard: ❌ ${dependencies(gate.failing.length)} ${what} ${gate.failing.length === 1 ? 'fails' : 'fail'} the gate`
        : '## sdist-guard: ✅ passed';
}
function folded(title, verdicts) {
    if (verdicts.length === 0)
        return [];
    return ['', `<details><summary>${title}</summary>`, '', ...verdictTable(verdicts), '', '</details>'];
}
function fullBody(result, failOn, ctx) {
    const gate = gate_evaluateGate(result, failOn);
    const out = [COMMENT_MARKER, heading(result, failOn), '', cell(gate.message)];
    const scope = scopeLine(result);
    if (scope)
        out.push('', scope);
    const changed = inScope(result);
    if (changed.length > 0) {
        out.push('', ...verdictTable(changed));
        out.push(...findingsDetails(changed));
    }
    const pre = result.verdicts.filter((v) => listed(v) && v.preexisting && !v.allowed);
    out.push(...folded(`${dependencies(pre.length, 'pre-existing ')}: already at the base, not gating`, pre));
    const allowed = result.verdicts.filter((v) => listed(v) && v.allowed);
    out.push(...folded(`${dependencies(allowed.length, 'allowed ')}: accepted by the configuration, not gating`, allowed));
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0)
        out.push('', '**Manifest problems**', '', ...diagnosticsList(errors, 20));
    out.push('', footer(ctx));
    return out.join('\n') + '\n';
}
/** The short form: one line per gating dependency, as many as fit, and where the rest is. */
function shortBody(result, failOn, ctx, limit) {
    const gate = gate_evaluateGate(result, failOn);
    const where = ctx.runUrl ? `the [job summary](${ctx.runUrl})` : 'the job summary';
    const head = [COMMENT_MARKER, heading(result, failOn), '', cell(gate.message), '', `The full report is too long for a comment: it is in ${where} and the JSON report.`, ''];
    const tail = ['', footer(ctx)];
    const lines = [...head];
    const items = [...gate.failing, ...inScope(result).filter((v) => !gate.failing.includes(v))];
    let size = [...head, ...tail].join('\n').length + 100;
    let shown = 0;
    for (const v of items) {
        const line = `- ${ICON[v.status]} ${v.status} **${cell(v.name)}** ${cell(v.version ?? '')} at \`${cell(gate_location(v))}\``;
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
function reportComment(result, failOn, ctx = {}, limit = MAX_COMMENT_LENGTH) {
    const full = gate_maskSecrets(fullBody(result, failOn, ctx), result.secrets);
    if (full.length < limit)
        return full;
    return gate_maskSecrets(shortBody(result, failOn, ctx, limit - 1), result.secrets);
}
/** What replaces a report once nothing the pull request changes fails the gate. */
function allClearComment(result, failOn, ctx = {}) {
    const gate = gate_evaluateGate(result, failOn);
    const pre = gate.notGating.preexisting.length;
    const allowed = gate.notGating.allowed.length;
    const aside = [pre ? `${pre} pre-existing` : '', allowed ? `${allowed} allowed` : ''].filter(Boolean).join(' and ');
    const out = [
        COMMENT_MARKER,
        '## sdist-guard: ✅ all clear',
        '',
        `No dependency this pull request adds or changes fails the gate (fail-on: ${failOn.join(',') || 'none'}).${aside ? ` The job summary still lists ${aside}, which do not gate.` : ''}`,
        '',
        footer(ctx),
    ];
    return gate_maskSecrets(out.join('\n') + '\n', result.secrets);
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/github/client.ts
// The GitHub REST client the action uses: octokit from @actions/github, pointed at GITHUB_API_URL
// (GitHub Enterprise Server, or a local server in tests) with a timeout on every request, so that
// a slow API delays the run by at most that much and never hangs it.

const REQUEST_TIMEOUT_MS = 30_000;
function githubClient(token, apiUrl = process.env.GITHUB_API_URL || 'https://api.github.com', timeoutMs = REQUEST_TIMEOUT_MS) {
    // The base URL is passed here rather than left to @actions/github's defaults, which are read
    // once when the module loads.
    const client = (0,github/* getOctokit */.Q)(token, { baseUrl: apiUrl.replace(/\/+$/, '') });
    client.hook.before('request', (options) => {
        options.request = { ...options.request, signal: AbortSignal.timeout(timeoutMs) };
    });
    return client;
}
/** The HTTP status of a failed request, when the API answered. */
function httpStatus(err) {
    const status = err?.status;
    return typeof status === 'number' ? status : undefined;
}
/** `HTTP 403: Resource not accessible by integration`, or the network error. */
function client_describeError(err) {
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
    const repo = repoFrom(env.GITHUB_REPOSITORY) ?? repoFrom(fullName);
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
                if (httpStatus(err) === 404)
                    return undefined;
                throw new Error(`GitHub contents API, ${relPath} at ${base_files_short(sha)}: ${client_describeError(err)}`);
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

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 340 modules
var cache = __webpack_require__(1691);
;// CONCATENATED MODULE: ./src/action-cache.ts
// The action's cache directory, carried from run to run by the Actions cache service. The service
// is an optimization only: when it is missing (a self-hosted runner without it, act, a local run)
// or fails, the run goes on with what it has and says so in one line, never failing the job.






/** Saved entries are immutable, so each run saves under its own key and restores the newest by prefix. */
function cacheKeys(env) {
    const os = (env.RUNNER_OS || process.platform).toLowerCase();
    const prefix = `sdist-guard-cache-v1-${os}-analyzer-${analysis/* ANALYZER_VERSION */.MR}-`;
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
async function restoreActionCache(env = process.env) {
    const dir = actionCacheDir(env);
    const { key, restoreKeys } = cacheKeys(env);
    core/* info */.pq(`sdist-guard: cache kept in ${dir}`);
    if (!cache/* isFeatureAvailable */.w3()) {
        core/* info */.pq('sdist-guard: the Actions cache service is not available to this run; the cache directory serves this run only');
        return { dir, key, available: false };
    }
    try {
        const restoredKey = await cache/* restoreCache */.P3([dir], key, restoreKeys);
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
    try {
        const id = await cache/* saveCache */.Io([restored.dir], restored.key);
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
function permissionWarning(what, err, permission, fallback) {
    const status = httpStatus(err);
    const why = status === 403 || status === 401
        ? `the token lacks the \`${permission}\` permission (pull requests from forks always get a read-only token). Add \`permissions: ${permission}\` to the job to get it`
        : 'the GitHub API call failed';
    return `sdist-guard could not ${what} (${client_describeError(err)}): ${why}; ${fallback}`;
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
            core/* warning */.$e(`sdist-guard: ${event.warning}`);
        const token = input('github-token');
        const client = token ? githubClient(token) : undefined;
        const api = client && event.repo ? { client, repo: event.repo } : undefined;
        const config = loadConfig(workspace, input('config') ? (0,external_node_path_.resolve)(workspace, input('config')) : undefined);
        for (const url of [config?.indexUrl ?? '', ...(config?.extraIndexUrls ?? [])])
            maskUrlSecrets(url);
        // Only on pull_request is the checkout the pull request's merge by default; pull_request_target
        // checks out the base, where comparing with the base would find nothing changed.
        const scope = input('scope') ? parseScope(input('scope')) : event.eventName === 'pull_request' ? 'changed' : 'all';
        const commentMode = parseCommentMode(input('comment') || 'on-failure');
        const sarifFile = input('sarif-file');
        let base;
        if (scope === 'changed' && event.pullRequest) {
            const sha = event.pullRequest.baseSha;
            base =
                (await baseFilesFor(workspace, sha, api)) ??
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
            transitive: input('transitive') ? parseBoolean(input('transitive'), 'transitive') : undefined,
            config,
            scope,
            base,
            cacheDir: cache?.dir,
        });
        let lastLog = Date.now();
        const onProgress = (p) => {
            const now = Date.now();
            if (p.phase === 'resolve' && now - lastLog >= PROGRESS_EVERY_MS) {
                lastLog = now;
                core/* info */.pq(`sdist-guard: resolved ${p.resolved}/${p.total} dependencies; analyzed ${p.analyzed}/${p.toAnalyze} sdists`);
            }
        };
        core/* info */.pq(`sdist-guard: scanning ${opts.paths.map((p) => p.replace(workspace, '.')).join(', ')} for ${opts.targets.map((t) => `CPython ${t.python} on ${t.platform}`).join(', ')}`);
        if (opts.configFile)
            core/* info */.pq(`sdist-guard: configuration from ${opts.configFile}`);
        const result = await scan(opts, { onProgress });
        for (const s of result.secrets)
            core/* setSecret */.Pq(s);
        const kept = result.stats.cache;
        if (kept)
            core/* info */.pq(`sdist-guard: cache: ${kept.analysesReused} analyses reused, ${kept.pagesFresh} index pages fresh, ${kept.pagesRevalidated} confirmed unchanged`);
        if (result.scope.note)
            core/* warning */.$e(`sdist-guard: ${result.scope.note}`);
        else if (result.scope.applied === 'changed')
            core/* info */.pq(`sdist-guard: gating on what the pull request adds or changes, compared with the ${result.scope.base}`);
        const gate = gate_evaluateGate(result, opts.failOn);
        const counts = gate_countStatuses(result.verdicts);
        const reportDir = (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'sdist-guard');
        (0,external_node_fs_.mkdirSync)(reportDir, { recursive: true });
        const reportPath = (0,external_node_path_.join)(reportDir, 'report.json');
        (0,external_node_fs_.writeFileSync)(reportPath, jsonReport(result, opts.failOn));
        if (sarifFile) {
            const sarifPath = (0,external_node_path_.resolve)(workspace, sarifFile);
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(sarifPath), { recursive: true });
            (0,external_node_fs_.writeFileSync)(sarifPath, sarifReport(result, opts.failOn));
            core/* setOutput */.uH('sarif-file', sarifPath);
        }
        const summaryOptions = await annotate(result, opts.failOn, gate, event, api);
        await core/* summary */.z.addRaw(markdownReport(result, opts.failOn, summaryOptions)).write();
        await comment(result, opts.failOn, gate, event, api, commentMode);
        core/* setOutput */.uH('status', gate.failed ? 'fail' : 'pass');
        core/* setOutput */.uH('sdist-count', counts.sdist);
        core/* setOutput */.uH('suspicious-count', counts.suspicious);
        core/* setOutput */.uH('unresolved-count', counts.unresolved);
        core/* setOutput */.uH('report', reportPath);
        core/* setOutput */.uH('scope', result.scope.applied);
        core/* info */.pq(`sdist-guard: ${result.verdicts.length} dependencies: ${counts.wheel} wheel, ${counts.sdist} sdist, ${counts.suspicious} suspicious, ${counts.unresolved} unresolved, ${counts.skipped} skipped; ${result.stats.requests} requests in ${(result.stats.durationMs / 1000).toFixed(1)} s`);
        if (cache && result.stats.cache)
            await saveActionCache(cache, Math.max(0, result.stats.cache.written - result.stats.cache.pagesRevalidated));
        if (gate.failed)
            core/* setFailed */.C1(gate.message);
        else
            core/* info */.pq(gate.message);
    }
    catch (err) {
        if (err instanceof ConfigError)
            core/* setFailed */.C1(`sdist-guard: configuration error: ${err.message}`);
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
            const counts = gate_countStatuses(result.verdicts);
            const check = await publishCheckRun(api.client, api.repo, {
                headSha,
                conclusion: gate.failed ? 'failure' : 'success',
                title: gate.failed ? `${gate.failing.length} failing the gate` : 'passed',
                summary: `${gate.message}\n\n${counts.wheel} wheel, ${counts.sdist} sdist, ${counts.suspicious} suspicious, ${counts.unresolved} unresolved, ${counts.skipped} skipped.${event.runUrl ? ` The full report is in the [workflow run](${event.runUrl}).` : ''}`,
                annotations: all,
            });
            core/* info */.pq(`sdist-guard: ${check.annotations} annotations on the ${CHECK_RUN_NAME} check run${check.url ? ` ${check.url}` : ''}`);
            // a check run annotation needs a file: the few that have none stay on the step
            for (const a of stepAnnotations(all.filter((x) => !x.file)).shown)
                emit(a);
            return { checkRun: { annotations: check.annotations, url: check.url } };
        }
        catch (err) {
            core/* warning */.$e(permissionWarning('publish a check run with every annotation', err, 'checks: write', `only the first ${shown.length} annotations are shown`));
        }
    }
    for (const a of shown)
        emit(a);
    return { annotationsNotShown: notShown };
}
function emit(a) {
    const props = { title: a.title, file: a.file || undefined, startLine: a.line };
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
        const existing = await findComment(api.client, api.repo, pr.number);
        const action = decideComment(mode, { failed: gate.failed, somethingToSay: somethingToSay(result, failOn), existing: existing !== undefined });
        if (action === 'none')
            return;
        const ctx = { runUrl: event.runUrl, sha: pr.headSha };
        const body = action === 'report' ? reportComment(result, failOn, ctx) : allClearComment(result, failOn, ctx);
        const written = await writeComment(api.client, api.repo, pr.number, existing, body);
        core/* info */.pq(`sdist-guard: ${written.action} the pull request comment${written.url ? ` ${written.url}` : ''}`);
        if (written.url)
            core/* setOutput */.uH('comment-url', written.url);
    }
    catch (err) {
        core/* warning */.$e(permissionWarning('write the pull request comment', err, 'pull-requests: write', 'the job summary has the report'));
    }
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


/***/ })

};
