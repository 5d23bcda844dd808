export const id = 963;
export const ids = [963];
export const modules = {

/***/ 5963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkDirect: () => (/* binding */ checkDirect)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/python/filenames.ts
var filenames = __webpack_require__(9804);
// EXTERNAL MODULE: ./src/manifests/direct-reference.ts
var direct_reference = __webpack_require__(3505);
// EXTERNAL MODULE: ./src/index/redact.ts
var redact = __webpack_require__(6527);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/direct/git.ts
// A VCS reference checked out the way pip would fetch it, but with nothing of the repository run:
// `git` with hooks off (core.hooksPath), no templates, no system configuration, no prompts, and
// only the transports pip users rely on (`ext::` and the like never; `file://` only as the user's
// own URL, not from a submodule). Shallow at the pinned revision, with submodules as pip updates
// them (`submodule update --init --recursive`), into a temporary directory the caller removes.




/** Configuration given to every git command: the repository's own code never runs. */
const HARDENING = [
    'core.hooksPath=/dev/null',
    'core.fsmonitor=false',
    'init.templateDir=',
    'protocol.allow=never',
    'protocol.https.allow=always',
    'protocol.http.allow=always',
    'protocol.git.allow=always',
    'protocol.ssh.allow=user',
    'protocol.file.allow=user',
    'submodule.recurse=false',
    'credential.interactive=never',
];
class GitError extends Error {
    name = 'GitError';
}
let available;
/** Whether `git` can be run from PATH; asked once. */
function gitAvailable() {
    available ??= run(['--version'], undefined, Date.now() + 10_000).then(() => true, () => false);
    return available;
}
function environment() {
    const env = {};
    // what git needs to find itself, its helpers and the user's credentials, and nothing else
    for (const key of ['PATH', 'HOME', 'USER', 'LANG', 'TMPDIR', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'SSH_AUTH_SOCK', 'HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy']) {
        if (process.env[key] !== undefined)
            env[key] = process.env[key];
    }
    env.GIT_CONFIG_NOSYSTEM = '1';
    env.GIT_TERMINAL_PROMPT = '0';
    env.GIT_ASKPASS = 'true';
    env.SSH_ASKPASS = 'true';
    env.GCM_INTERACTIVE = 'never';
    env.GIT_LFS_SKIP_SMUDGE = '1';
    return env;
}
/** Runs one git command; rejects with its last lines of error output. Killed (its whole group) at the deadline. */
function run(args, cwd, deadline) {
    const config = HARDENING.flatMap((c) => ['-c', c]);
    return new Promise((resolve, reject) => {
        const remaining = deadline - Date.now();
        if (remaining <= 0) {
            reject(new GitError('ran out of time'));
            return;
        }
        const child = (0,external_node_child_process_.spawn)('git', [...config, ...args], { cwd, env: environment(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        let out = '';
        let err = '';
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
        }, remaining);
        child.stdout.on('data', (d) => {
            if (out.length < 64 * 1024)
                out += d.toString();
        });
        child.stderr.on('data', (d) => {
            err = (err + d.toString()).slice(-4096);
        });
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(new GitError(e.message));
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            if (timedOut)
                reject(new GitError(`git ${args[0]} did not finish in time`));
            else if (code === 0)
                resolve(out);
            else
                reject(new GitError(`git ${args[0]} failed: ${lastLine(err) || `exit code ${String(code)}`}`));
        });
    });
}
/** The last lines of git's error output, without any `user:password@` a URL in it carries. */
function lastLine(text) {
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    return lines.slice(-2).join(' ').replace(/(\/\/)[^/@\s]*@/g, '$1***@');
}
/**
 * Checks `loc` out into a new temporary directory and returns it, without `.git`. The caller
 * removes it (`removeCheckout`), also when reading it fails.
 */
async function checkout(loc, opts) {
    const deadline = Date.now() + opts.timeoutMs;
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.TMPDIR || (0,external_node_os_.tmpdir)(), 'sdist-guard-vcs-'));
    try {
        const dest = (0,external_node_path_.join)(dir, 'checkout');
        await run(['init', '-q', '--template=', dest], undefined, deadline);
        await run(['remote', 'add', 'origin', loc.url], dest, deadline);
        const rev = loc.rev ?? 'HEAD';
        let target = 'FETCH_HEAD';
        try {
            await run(['fetch', '-q', '--depth', '1', '--no-tags', 'origin', rev], dest, deadline);
        }
        catch (err) {
            // a commit the server does not hand out by itself: the branches and tags, then that commit
            if (loc.rev === undefined || err.message.includes('in time'))
                throw err;
            await run(['fetch', '-q', '--tags', 'origin', '+refs/heads/*:refs/remotes/origin/*'], dest, deadline);
            target = loc.rev;
        }
        await run(['checkout', '-q', '--detach', target], dest, deadline);
        if (await exists((0,external_node_path_.join)(dest, '.gitmodules'))) {
            await run(['submodule', 'update', '--init', '--recursive', '--depth', '1', '-q'], dest, deadline);
        }
        await (0,promises_.rm)((0,external_node_path_.join)(dest, '.git'), { recursive: true, force: true });
        return dir;
    }
    catch (err) {
        await removeCheckout(dir);
        throw err;
    }
}
/** The checked-out project inside a checkout directory, at `subdirectory` if given. */
function projectDir(dir, subdirectory) {
    return subdirectory ? (0,external_node_path_.join)(dir, 'checkout', subdirectory) : (0,external_node_path_.join)(dir, 'checkout');
}
async function exists(path) {
    try {
        await (0,promises_.stat)(path);
        return true;
    }
    catch {
        return false;
    }
}
async function removeCheckout(dir) {
    await (0,promises_.rm)(dir, { recursive: true, force: true }).catch(() => { });
}

;// CONCATENATED MODULE: ./src/direct/index.ts
// Direct references (`name @ https://...`, `git+https://...@rev`, `./libs/pkg`, `file:` URLs): pip
// installs them without asking an index, and builds them unless they are wheels. They are fetched
// and analyzed like any sdist: an archive URL downloaded (hash-checked when the URL or the file pins
// one), a git reference checked out without running anything of it, a local path read from disk
// when it lies inside the scanned repository. What cannot be fetched is said so, never passed.







function inside(root, abs) {
    const rel = external_node_path_default().relative(root, abs);
    return rel === '' || (rel !== '..' && !rel.startsWith('..' + (external_node_path_default()).sep) && !external_node_path_default().isAbsolute(rel));
}
/** Where a local reference points: resolved against the directory of the file that names it. */
function localPath(dep, root) {
    const ref = dep.direct.url;
    const target = /^file:/i.test(ref) ? (0,direct_reference/* fileUrlPath */.f2)(ref) : ref.split('#')[0];
    return external_node_path_default().resolve(root, external_node_path_default().dirname(dep.source.path), target);
}
/** The real path of `abs` when it lies inside the real root, else undefined. */
async function insideRoot(root, abs) {
    try {
        const [realRoot, real] = await Promise.all([(0,promises_.realpath)(root), (0,promises_.realpath)(abs)]);
        return inside(realRoot, real) ? real : undefined;
    }
    catch {
        return undefined;
    }
}
async function checkDirect(dep, ctx) {
    const direct = dep.direct;
    const shown = (0,redact/* redactUrl */.BO)(direct.url);
    if (direct.kind === 'vcs')
        return checkVcs(dep, ctx);
    if (direct.kind === 'path') {
        const abs = localPath(dep, ctx.root);
        const real = await insideRoot(ctx.root, abs);
        if (real === undefined) {
            return { unresolved: `not checked: pip would build ${shown}, which is not inside the scanned repository (or does not exist); it is never read from outside it` };
        }
        const file = { filename: external_node_path_default().basename(real), url: direct.url, hashes: {}, yanked: false };
        const info = await (0,promises_.stat)(real);
        if (info.isDirectory()) {
            return { file, check: await checkDirectory(real, ctx.limits) };
        }
        if ((0,filenames/* distributionKind */.VE)(file.filename) !== 'sdist')
            return { unresolved: `not checked: pip would build ${shown}, which is neither a project directory nor an sdist archive` };
        try {
            const { readAndAnalyze } = await readers();
            return { file, check: await readAndAnalyze(file.filename, (0,external_node_fs_.createReadStream)(real), ctx.limits) };
        }
        catch (err) {
            return { unresolved: `not checked: ${shown} could not be read (${err.message})` };
        }
    }
    // a URL: downloaded like any sdist, with the hashes its fragment or the requirement pins
    const filename = (0,direct_reference/* lastSegment */.mp)(direct.url);
    if ((0,filenames/* distributionKind */.VE)(filename) !== 'sdist') {
        return { unresolved: `not checked: pip would download ${shown} and build it, and ${filename || 'its name'} is not a file name an sdist has` };
    }
    const file = { filename, url: direct.url.split('#')[0], hashes: {}, yanked: false };
    const hashes = [...new Set([...dep.hashes, ...(0,direct_reference/* fragmentHashes */.V4)(direct.url)])];
    return { file, check: await ctx.download(file, hashes) };
}
/**
 * A project directory read and analyzed. The archive readers and the analyzer are loaded with the
 * first one: a scan with no local or git reference to read does not load them for these.
 */
async function checkDirectory(dir, limits) {
    const { readSdistDirectory, checkContents } = await readers();
    return checkContents(await readSdistDirectory(dir, limits));
}
let loaded;
/** The archive readers and the analyzer, loaded once, by the first direct reference read. */
function readers() {
    return (loaded ??= (async () => {
        const { readSdistDirectory } = await Promise.all(/* import() */[__webpack_require__.e(541), __webpack_require__.e(891)]).then(__webpack_require__.bind(__webpack_require__, 6891));
        return { readSdistDirectory, ...(await Promise.all(/* import() */[__webpack_require__.e(2), __webpack_require__.e(541), __webpack_require__.e(640), __webpack_require__.e(179), __webpack_require__.e(891), __webpack_require__.e(505)]).then(__webpack_require__.bind(__webpack_require__, 9505))) };
    })());
}
async function checkVcs(dep, ctx) {
    const ref = dep.direct.url;
    const shown = (0,redact/* redactUrl */.BO)(ref);
    const notChecked = (why) => ({ unresolved: `not checked: pip would clone and build ${shown}, ${why}` });
    const loc = (0,direct_reference/* splitVcsUrl */._j)(ref);
    if (!loc)
        return notChecked('and its URL cannot be read as pip reads a VCS URL');
    if (loc.vcs !== 'git')
        return notChecked(`and only git checkouts are fetched (this one needs ${loc.vcs})`);
    if (/^file:/i.test(loc.url)) {
        // a repository on this machine: only one inside the scanned repository, like any local path
        const real = await insideRoot(ctx.root, external_node_path_default().resolve(ctx.root, external_node_path_default().dirname(dep.source.path), (0,direct_reference/* fileUrlPath */.f2)(loc.url)));
        if (real === undefined)
            return notChecked('and it is a repository on this machine outside the scanned repository, which is never read');
    }
    if (!(await gitAvailable()))
        return notChecked('and git is not on PATH');
    let dir;
    try {
        dir = await checkout(loc, { timeoutMs: ctx.checkoutTimeoutMs });
    }
    catch (err) {
        return notChecked(`and the checkout failed (${err.message})`);
    }
    try {
        const project = projectDir(dir, loc.subdirectory);
        const real = await insideRoot(dir, project);
        if (real === undefined)
            return notChecked(`and its subdirectory ${loc.subdirectory} is not inside the checkout`);
        const check = await checkDirectory(real, ctx.limits);
        const file = { filename: external_node_path_default().basename(loc.url.replace(/\.git$/, '')) + (loc.rev ? `@${loc.rev}` : ''), url: ref.split('#')[0], hashes: {}, yanked: false };
        return { file, check };
    }
    finally {
        await removeCheckout(dir);
    }
}


/***/ })

};
