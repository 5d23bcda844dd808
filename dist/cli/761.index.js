export const id = 761;
export const ids = [761,643];
export const modules = {

/***/ 1761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runOrgPlan: () => (/* binding */ runOrgPlan),
  runOrgReport: () => (/* binding */ runOrgReport),
  runOrgScan: () => (/* binding */ runOrgScan)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/cache/disk.ts
var disk = __webpack_require__(8605);
// EXTERNAL MODULE: ./src/options.ts
var options = __webpack_require__(8381);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/org/report.ts
// Merging the per-repository reports of an organization audit into one: what fails, where it is
// used, what is built from source most widely, and every repository that could not be audited with
// its reason. A repository the plan holds but no report covers is such a row, so a job that died
// never makes the report shorter without saying so.

const REPOSITORY_REPORT_KIND = 'sdist-guard-org-repository';
const ORG_ISSUE_MARKER = '<!-- sdist-guard: organization audit -->';
const MAX_ISSUE_BODY = 65_536;
/** Statuses that mean a problem, worst first; the others are counted only. */
const PROBLEM_ORDER = ['malicious', 'suspicious', 'unresolved'];
function parseRepositoryReport(text, label) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new Error(`${label}: not JSON (${err.message})`);
    }
    const r = data;
    if (r?.kind !== REPOSITORY_REPORT_KIND || typeof r.repository !== 'string' || typeof r.ok !== 'boolean') {
        throw new Error(`${label}: not a repository report of \`sdist-guard org-scan\``);
    }
    if (r.ok && (!r.report || !Array.isArray(r.report.dependencies)))
        throw new Error(`${label}: the report of ${r.repository} has no dependencies list`);
    return r;
}
function key(name, version, status) {
    return `${status}\u0000${name}\u0000${version ?? ''}`;
}
function mergeReports(reports, opts) {
    const byRepo = new Map();
    // a rerun job may leave two reports for a repository: the later commit wins, then a success
    for (const r of reports) {
        const prev = byRepo.get(r.repository);
        if (!prev || (!prev.ok && r.ok))
            byRepo.set(r.repository, r);
    }
    const failures = [...(opts.plan?.failures ?? []), ...(opts.unreadable ?? [])];
    for (const r of byRepo.values())
        if (!r.ok)
            failures.push({ fullName: r.repository, reason: r.error ?? 'failed' });
    for (const p of opts.plan?.repositories ?? []) {
        if (!byRepo.has(p.fullName))
            failures.push({ fullName: p.fullName, reason: `no report: the job for chunk ${p.chunk} failed or was cancelled before it wrote one` });
    }
    const deps = new Map();
    const manifestErrors = [];
    const counts = {};
    for (const r of [...byRepo.values()].sort((a, b) => a.repository.localeCompare(b.repository))) {
        if (!r.ok || !r.report)
            continue;
        for (const d of r.report.diagnostics ?? [])
            if (d.severity === 'error')
                manifestErrors.push({ repository: r.repository, path: d.path, line: d.line, message: d.message });
        for (const d of r.report.dependencies) {
            if (d.allowed)
                continue;
            const k = key(d.name, d.version, d.status);
            let entry = deps.get(k);
            if (!entry) {
                entry = { name: d.name, version: d.version, status: d.status, reason: d.reason, rules: [], uses: [] };
                deps.set(k, entry);
                counts[d.status] = (counts[d.status] ?? 0) + 1;
            }
            for (const f of d.findings ?? [])
                if (!entry.rules.includes(f.rule))
                    entry.rules.push(f.rule);
            const src = d.sources[0];
            entry.uses.push({ repository: r.repository, path: src?.path ?? '', line: src?.line ?? 0, ...(r.commit ? { commit: r.commit } : {}), ...(d.via ? { via: d.via } : {}) });
        }
    }
    const repoCount = (d) => new Set(d.uses.map((u) => u.repository)).size;
    const rank = (s) => {
        const i = PROBLEM_ORDER.indexOf(s);
        return i < 0 ? PROBLEM_ORDER.length : i;
    };
    const problems = [...deps.values()]
        .filter((d) => PROBLEM_ORDER.includes(d.status))
        .sort((a, b) => rank(a.status) - rank(b.status) || repoCount(b) - repoCount(a) || a.name.localeCompare(b.name));
    const sdists = [...deps.values()].filter((d) => d.status === 'sdist').sort((a, b) => repoCount(b) - repoCount(a) || a.name.localeCompare(b.name));
    const gating = problems.filter((d) => opts.failOn.includes(d.status));
    const failuresGate = opts.failOn.includes('unresolved') && (failures.length > 0 || manifestErrors.length > 0);
    const sdistGate = opts.failOn.includes('sdist') ? sdists : [];
    const failed = gating.length > 0 || sdistGate.length > 0 || failuresGate;
    const parts = [];
    for (const s of PROBLEM_ORDER) {
        const n = gating.filter((d) => d.status === s).length;
        if (n)
            parts.push(`${n} ${s}`);
    }
    if (sdistGate.length)
        parts.push(`${sdistGate.length} sdist`);
    if (failuresGate && failures.length)
        parts.push(`${failures.length} ${failures.length === 1 ? 'repository' : 'repositories'} not audited`);
    if (failuresGate && manifestErrors.length)
        parts.push(`${manifestErrors.length} manifest error${manifestErrors.length === 1 ? '' : 's'}`);
    const message = failed
        ? `the organization audit failed: ${parts.join(', ')} (fail-on: ${opts.failOn.join(',')})`
        : opts.failOn.length === 0
            ? 'the organization audit reports only (fail-on: none)'
            : `the organization audit passed: no dependency is ${opts.failOn.join(' or ')}`;
    const scanned = [...byRepo.values()].filter((r) => r.ok).length;
    return {
        schemaVersion: 1,
        kind: 'sdist-guard-org-report',
        ...(opts.plan ? { org: opts.plan.org } : {}),
        serverUrl: (opts.serverUrl ?? 'https://github.com').replace(/\/+$/, ''),
        repositories: {
            planned: opts.plan ? opts.plan.repositories.length + opts.plan.failures.length : byRepo.size,
            scanned,
            failed: failures.length,
            skipped: opts.plan?.skipped.length ?? 0,
        },
        counts,
        problems,
        sdists,
        failures: failures.sort((a, b) => a.fullName.localeCompare(b.fullName)),
        manifestErrors,
        gate: { failed, failOn: opts.failOn, message },
    };
}
const ICONS = { malicious: '☠️', suspicious: '🛑', unresolved: '⚠️', sdist: '📦' };
function useLink(report, u) {
    const where = `${u.path}${u.line ? `:${u.line}` : ''}`;
    if (!u.commit || !u.path)
        return `${(0,markdown/* cell */.Hn)(u.repository)} ${(0,markdown/* code */.aY)(where)}`;
    const url = `${report.serverUrl}/${u.repository}/blob/${u.commit}/${u.path.split('/').map(encodeURIComponent).join('/')}${u.line ? `#L${u.line}` : ''}`;
    return `[${(0,markdown/* cell */.Hn)(u.repository)} ${(0,markdown/* cell */.Hn)(where).replace(/[[\]]/g, '\\$&')}](${url})`;
}
function usesCell(report, d, max) {
    const shown = d.uses.slice(0, max).map((u) => useLink(report, u));
    if (d.uses.length > max)
        shown.push(`… and ${d.uses.length - max} more`);
    return shown.join('<br>');
}
/** The organization report as Markdown: for the job summary and the tracking issue. */
function orgMarkdown(report, opts = {}) {
    const max = opts.maxRows ?? 200;
    const r = report.repositories;
    const out = [];
    out.push(`## sdist-guard organization audit${report.org ? `: ${(0,markdown/* cell */.Hn)(report.org)}` : ''} ${report.gate.failed ? '❌' : '✅'}`);
    out.push('');
    out.push((0,markdown/* cell */.Hn)(report.gate.message[0].toUpperCase() + report.gate.message.slice(1)) + '.');
    out.push('');
    out.push(`Repositories: **${r.scanned}** audited, **${r.failed}** could not be audited, ${r.skipped} left out by the filters (${r.planned} planned).`);
    const c = report.counts;
    out.push('');
    out.push('| Status | Distinct packages |');
    out.push('| --- | ---: |');
    for (const s of ['malicious', 'suspicious', 'unresolved', 'sdist', 'wheel', 'skipped'])
        if (c[s] !== undefined || ['suspicious', 'unresolved', 'sdist'].includes(s))
            out.push(`| ${ICONS[s] ?? ''} ${s} | ${c[s] ?? 0} |`);
    if (report.problems.length) {
        out.push('');
        out.push('### What fails, and where it is used');
        out.push('');
        out.push('| Status | Package | Why | Used in |');
        out.push('| --- | --- | --- | --- |');
        for (const d of report.problems.slice(0, max)) {
            const why = (0,markdown/* cell */.Hn)(d.reason) + (d.rules.length ? ` (${d.rules.map((x) => (0,markdown/* code */.aY)(x)).join(', ')})` : '');
            out.push(`| ${ICONS[d.status] ?? ''} ${d.status} | ${(0,markdown/* code */.aY)(`${d.name}${d.version ? ' ' + d.version : ''}`)} | ${why} | ${usesCell(report, d, 10)} |`);
        }
        if (report.problems.length > max)
            out.push(`| | … and ${report.problems.length - max} more in the JSON report | | |`);
    }
    if (report.failures.length) {
        out.push('');
        out.push('### Repositories that could not be audited');
        out.push('');
        out.push('| Repository | Reason |');
        out.push('| --- | --- |');
        for (const f of report.failures.slice(0, max))
            out.push(`| ${(0,markdown/* cell */.Hn)(f.fullName)} | ${(0,markdown/* cell */.Hn)(f.reason)} |`);
        if (report.failures.length > max)
            out.push(`| … and ${report.failures.length - max} more | |`);
    }
    if (report.sdists.length) {
        out.push('');
        out.push(`<details><summary>Built from source (${report.sdists.length} packages), by how many repositories use them</summary>`);
        out.push('');
        out.push('| Package | Repositories | Used in |');
        out.push('| --- | ---: | --- |');
        for (const d of report.sdists.slice(0, max))
            out.push(`| ${(0,markdown/* code */.aY)(`${d.name}${d.version ? ' ' + d.version : ''}`)} | ${new Set(d.uses.map((u) => u.repository)).size} | ${usesCell(report, d, 5)} |`);
        if (report.sdists.length > max)
            out.push(`| … and ${report.sdists.length - max} more | | |`);
        out.push('');
        out.push('</details>');
    }
    if (report.manifestErrors.length) {
        out.push('');
        out.push(`<details><summary>Manifest errors (${report.manifestErrors.length})</summary>`);
        out.push('');
        for (const e of report.manifestErrors.slice(0, max))
            out.push(`- ${(0,markdown/* cell */.Hn)(e.repository)} ${(0,markdown/* code */.aY)(`${e.path}${e.line ? `:${e.line}` : ''}`)}: ${(0,markdown/* cell */.Hn)(e.message)}`);
        out.push('');
        out.push('</details>');
    }
    if (opts.runUrl) {
        out.push('');
        out.push(`Full reports: the artifacts of [this run](${opts.runUrl}).`);
    }
    return out.join('\n') + '\n';
}
/** The tracking issue's body: the report, shortened to what GitHub accepts. */
function issueBody(report, runUrl) {
    for (const rows of [200, 50, 10, 0]) {
        const body = `${ORG_ISSUE_MARKER}\n${orgMarkdown(report, { runUrl, maxRows: rows })}`;
        if (body.length <= MAX_ISSUE_BODY)
            return body;
    }
    return `${ORG_ISSUE_MARKER}\n## sdist-guard organization audit\n\n${(0,markdown/* cell */.Hn)(report.gate.message)}.\n`;
}

;// CONCATENATED MODULE: ./src/org/issue.ts
// The tracking issue of an organization audit, in the central repository: found by its hidden
// marker, created when there is something to report, updated in place on every run (reopened
// when problems come back), and closed with an all-clear body when there is nothing left.

async function findIssue(rest, repo) {
    let found;
    // every issue, open or closed, newest first: the newest carrying the marker is the one to keep
    for await (const page of rest.paginate(`/repos/${repo}/issues?state=all&sort=created&direction=desc&per_page=100`)) {
        found = page.find((i) => !i.pull_request && (i.body ?? '').includes(ORG_ISSUE_MARKER));
        if (found)
            break;
    }
    return found;
}
async function upsertIssue(rest, repo, title, body, problems) {
    const existing = await findIssue(rest, repo);
    if (!problems) {
        if (!existing || existing.state === 'closed')
            return { action: 'none', ...(existing ? { number: existing.number } : {}) };
        const res = await rest.request('PATCH', `/repos/${repo}/issues/${existing.number}`, { body, state: 'closed', state_reason: 'completed' });
        return { action: 'closed', number: res.data.number, url: res.data.html_url };
    }
    if (!existing) {
        const res = await rest.request('POST', `/repos/${repo}/issues`, { title, body });
        return { action: 'created', number: res.data.number, url: res.data.html_url };
    }
    const reopen = existing.state === 'closed';
    const res = await rest.request('PATCH', `/repos/${repo}/issues/${existing.number}`, { title, body, ...(reopen ? { state: 'open' } : {}) });
    return { action: reopen ? 'reopened' : 'updated', number: res.data.number, url: res.data.html_url };
}

// EXTERNAL MODULE: ./src/manifests/discover.ts + 21 modules
var discover = __webpack_require__(5351);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
;// CONCATENATED MODULE: ./src/org/rest.ts
// The GitHub REST calls of the organization audit: one request at a time per call, a total timeout
// on each, pagination through `Link` headers, and GitHub's rate limits honoured as its documentation
// asks: wait for `Retry-After` when it is given; when the primary limit is spent
// (`x-ratelimit-remaining: 0`), wait until `x-ratelimit-reset`; a secondary limit without either
// waits a minute and then longer. A wait longer than the caller allows is an error that says so,
// never a silent stop: the audit reports it as a result.

class RestError extends Error {
    status;
    path;
    constructor(message, status, path) {
        super(message);
        this.status = status;
        this.path = path;
        this.name = 'RestError';
    }
}
const SECONDARY_WAIT_MS = 60_000;
function flatHeaders(raw) {
    const out = {};
    for (const [k, v] of Object.entries(raw))
        if (v !== undefined)
            out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    return out;
}
/** The `rel="next"` URL of a `Link` header. */
function nextLink(link) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (m)
            return m[1];
    }
    return undefined;
}
/** How long GitHub asks to wait before the next attempt, or undefined when this is no rate limit. */
function rateLimitWait(status, headers, body, attempt, now = Date.now()) {
    if (status !== 403 && status !== 429)
        return undefined;
    const retryAfter = headers['retry-after'];
    if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim()))
        return Number(retryAfter) * 1000;
    if (headers['x-ratelimit-remaining'] === '0' && /^\d+$/.test(headers['x-ratelimit-reset'] ?? '')) {
        return Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - now) + 1000;
    }
    if (status === 429 || /secondary rate limit|abuse detection/i.test(body))
        return SECONDARY_WAIT_MS * 2 ** attempt;
    return undefined;
}
function describeBody(text) {
    try {
        const m = JSON.parse(text).message;
        if (typeof m === 'string')
            return m.slice(0, 200);
    }
    catch {
        // not JSON
    }
    return text.slice(0, 200).replace(/\s+/g, ' ').trim();
}
class GitHubRest {
    opts;
    base;
    timeoutMs;
    maxWaitMs;
    retries;
    sleep;
    /** Requests made, for the report's cost line. */
    requests = 0;
    constructor(opts) {
        this.opts = opts;
        this.base = opts.apiUrl.replace(/\/+$/, '');
        this.timeoutMs = opts.timeoutMs ?? 30_000;
        this.maxWaitMs = opts.maxWaitMs ?? 15 * 60_000;
        this.retries = opts.retries ?? 4;
        this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    }
    url(pathOrUrl) {
        if (/^https?:\/\//.test(pathOrUrl)) {
            // a Link header must stay on the API's own origin: the token goes nowhere else
            if (new URL(pathOrUrl).origin !== new URL(this.base).origin)
                throw new RestError(`refusing to follow a link to another host: ${new URL(pathOrUrl).origin}`, undefined, pathOrUrl);
            return pathOrUrl;
        }
        return this.base + pathOrUrl;
    }
    async request(method, path, body) {
        const url = this.url(path);
        for (let attempt = 0;; attempt++) {
            this.requests++;
            let status;
            let headers;
            let text;
            try {
                const res = await (0,undici/* request */.Em)(url, {
                    method: method,
                    headers: {
                        accept: 'application/vnd.github+json',
                        'x-github-api-version': '2022-11-28',
                        'user-agent': 'sdist-guard',
                        ...(this.opts.token ? { authorization: `Bearer ${this.opts.token}` } : {}),
                        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
                    },
                    body: body !== undefined ? JSON.stringify(body) : undefined,
                    signal: AbortSignal.timeout(this.timeoutMs),
                });
                status = res.statusCode;
                headers = flatHeaders(res.headers);
                text = await res.body.text();
            }
            catch (err) {
                const e = err;
                const why = e.name === 'TimeoutError' || e.name === 'AbortError' ? `no answer within ${Math.round(this.timeoutMs / 1000)} s` : e.message;
                if (attempt < this.retries) {
                    await this.wait(1000 * 2 ** attempt, `${method} ${path}: ${why}`);
                    continue;
                }
                throw new RestError(`${method} ${path}: ${why}`, undefined, path);
            }
            if (status < 300) {
                // a spent primary limit makes the next call wait now rather than fail later
                if (headers['x-ratelimit-remaining'] === '0') {
                    const ms = rateLimitWait(403, headers, '', 0);
                    if (ms !== undefined && ms > 0)
                        await this.wait(Math.min(ms, this.maxWaitMs), 'the API rate limit is spent until it resets');
                }
                return { status, headers, data: (text ? JSON.parse(text) : undefined) };
            }
            const wait = rateLimitWait(status, headers, text, attempt);
            if (wait !== undefined && attempt < this.retries) {
                if (wait > this.maxWaitMs)
                    throw new RestError(`${method} ${path}: rate limited for ${Math.ceil(wait / 1000)} s, longer than the ${Math.round(this.maxWaitMs / 1000)} s allowed`, status, path);
                await this.wait(wait, `rate limited (HTTP ${status})`);
                continue;
            }
            if (status >= 500 && attempt < this.retries) {
                await this.wait(1000 * 2 ** attempt, `HTTP ${status}`);
                continue;
            }
            throw new RestError(`${method} ${path}: HTTP ${status}: ${describeBody(text)}`, status, path);
        }
    }
    async wait(ms, why) {
        this.opts.onWait?.(ms, why);
        await this.sleep(ms);
    }
    /** Every item of a paginated list, page by page. */
    async *paginate(path, pick = (d) => d) {
        let next = path;
        while (next) {
            const res = await this.request('GET', next);
            yield pick(res.data);
            next = nextLink(res.headers.link);
        }
    }
}

;// CONCATENATED MODULE: ./src/org/plan.ts
// Planning an organization audit: the organization's repositories through the REST API, filtered
// as asked, each repository's Python manifests found in its Git tree, and the repositories dealt
// into chunks, one matrix job each. A repository that cannot be listed or read is a row with its
// reason, never a silently shorter plan.


/** GitHub's limit on the jobs one matrix may generate. */
const MAX_MATRIX_JOBS = 256;
/** How many tree listings are asked for at once. */
const TREE_CONCURRENCY = 8;
/** Files checked out per repository at the most: a sparse checkout stays small. */
const MAX_SPARSE_FILES = 2000;
/** A shell-style glob (`*`, `?`, `[abc]`) over a repository name, case-insensitive as GitHub's names are. */
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*')
            re += '.*';
        else if (c === '?')
            re += '.';
        else if (c === '[') {
            const end = glob.indexOf(']', i + 1);
            if (end < 0)
                re += '\\[';
            else {
                const body = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
                re += `[${body.startsWith('!') ? '^' + body.slice(1) : body}]`;
                i = end;
            }
        }
        else
            re += c.replace(/[.+^${}()|\\/]/g, '\\$&');
    }
    return new RegExp(`^${re}$`, 'i');
}
function matchesAny(name, full, globs) {
    return globs.some((g) => {
        const re = globToRegExp(g);
        return re.test(g.includes('/') ? full : name);
    });
}
/** Why a filter leaves the repository out, or undefined when it stays. */
function filterReason(repo, f) {
    if (repo.archived && !f.includeArchived)
        return 'archived';
    if (repo.fork && !f.includeForks)
        return 'a fork';
    if (repo.disabled)
        return 'disabled';
    if (f.include.length && !matchesAny(repo.name, repo.full_name, f.include))
        return 'name not among the included patterns';
    if (f.exclude.length && matchesAny(repo.name, repo.full_name, f.exclude))
        return 'name excluded';
    if (f.topics.length) {
        const topics = new Set((repo.topics ?? []).map((t) => t.toLowerCase()));
        if (!f.topics.some((t) => topics.has(t.toLowerCase())))
            return `no topic among ${f.topics.join(', ')}`;
    }
    return undefined;
}
/** Files a scan of these manifests may read besides them: included requirement files and the configuration. */
function sparseFiles(paths, manifests) {
    const extra = paths.filter((p) => /(^|\/)sdist-guard\.toml$/.test(p) || /\.(txt|in)$/i.test(p));
    const all = [...new Set([...manifests, ...extra])].sort();
    return all.length > MAX_SPARSE_FILES ? manifests : all;
}
async function readTree(rest, repo, branch) {
    try {
        const res = await rest.request('GET', `/repos/${repo.full_name}/git/trees/${encodeURIComponent(branch)}?recursive=1`);
        if (res.data?.truncated)
            return { manifests: null, sparse: null };
        const paths = (res.data?.tree ?? []).filter((e) => e.type === 'blob').map((e) => e.path);
        const manifests = paths.filter((p) => (0,discover/* formatOf */.be)(p) !== undefined && !/(^|\/)(node_modules|site-packages|\.tox|\.nox)\//.test(p)).sort();
        return { manifests, sparse: sparseFiles(paths, manifests) };
    }
    catch (err) {
        // an empty repository has no tree: GitHub answers 409 "Git Repository is empty"
        if (err instanceof RestError && err.status === 409)
            return { manifests: [], sparse: [], empty: true };
        throw err;
    }
}
/** Every repository the API lists; a listing that stops part-way keeps what it got and says why. */
async function listRepositories(rest, org) {
    const all = [];
    const owner = encodeURIComponent(org);
    try {
        for await (const page of rest.paginate(`/orgs/${owner}/repos?type=all&per_page=100`))
            all.push(...page);
    }
    catch (err) {
        // a personal account is not an organization: its repositories are listed elsewhere
        if (err instanceof RestError && err.status === 404 && all.length === 0) {
            for await (const page of rest.paginate(`/users/${owner}/repos?type=owner&per_page=100`))
                all.push(...page);
        }
        else if (all.length === 0) {
            throw new PlanError(`cannot list the repositories of ${org}: ${err.message}`);
        }
        else
            return { repos: all, stopped: `the listing stopped after ${all.length} repositories: ${err.message}` };
    }
    return { repos: all };
}
/** Nothing could be listed: the plan cannot start. */
class PlanError extends Error {
}
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}
/** Deals repositories into at most `maxChunks` chunks, heaviest first onto the lightest chunk. */
function chunkRepositories(repos, maxChunks) {
    const n = Math.max(1, Math.min(maxChunks, MAX_MATRIX_JOBS, repos.length));
    const chunks = Array.from({ length: n }, () => ({ weight: 0, names: [] }));
    const order = [...repos].sort((a, b) => b.weight - a.weight || a.fullName.localeCompare(b.fullName));
    for (const r of order) {
        let best = chunks[0];
        for (const c of chunks)
            if (c.weight < best.weight)
                best = c;
        best.weight += r.weight;
        best.names.push(r.fullName);
    }
    return chunks.filter((c) => c.names.length).map((c) => c.names.sort());
}
async function planOrganization(rest, req) {
    const { repos: listed, stopped } = await listRepositories(rest, req.org);
    const skipped = [];
    // the repositories a stopped listing never named cannot be rows of their own: the organization is
    const failures = stopped ? [{ fullName: req.org, reason: stopped }] : [];
    const kept = [];
    for (const repo of listed.sort((a, b) => a.full_name.localeCompare(b.full_name))) {
        const why = filterReason(repo, req.filters);
        if (why)
            skipped.push({ fullName: repo.full_name, reason: why });
        else
            kept.push(repo);
    }
    let done = 0;
    const trees = await mapLimit(kept, TREE_CONCURRENCY, async (repo) => {
        const branch = repo.default_branch ?? 'main';
        try {
            if (repo.size === 0)
                return { repo, branch, tree: { manifests: [], sparse: [], empty: true } };
            return { repo, branch, tree: await readTree(rest, repo, branch) };
        }
        catch (err) {
            return { repo, branch, error: err.message };
        }
        finally {
            req.onProgress?.(++done, kept.length);
        }
    });
    const planned = [];
    for (const t of trees) {
        if ('error' in t && t.error !== undefined) {
            failures.push({ fullName: t.repo.full_name, reason: `could not list its files: ${t.error}` });
            continue;
        }
        const tree = t.tree;
        if (tree.empty) {
            skipped.push({ fullName: t.repo.full_name, reason: 'empty repository' });
            continue;
        }
        if (req.filters.pythonOnly && tree.manifests !== null && tree.manifests.length === 0) {
            skipped.push({ fullName: t.repo.full_name, reason: 'no Python manifest' });
            continue;
        }
        planned.push({ fullName: t.repo.full_name, defaultBranch: t.branch, private: Boolean(t.repo.private), manifests: tree.manifests, sparse: tree.sparse });
    }
    const chunks = chunkRepositories(planned.map((p) => ({ fullName: p.fullName, weight: 1 + (p.manifests?.length ?? 10) })), req.maxChunks);
    const chunkOf = new Map();
    chunks.forEach((names, i) => names.forEach((n) => chunkOf.set(n, i + 1)));
    return {
        schemaVersion: 1,
        kind: 'sdist-guard-org-plan',
        org: req.org,
        generatedAt: new Date().toISOString(),
        filters: req.filters,
        repositories: planned.map((p) => ({ ...p, chunk: chunkOf.get(p.fullName) })),
        skipped: skipped.sort((a, b) => a.fullName.localeCompare(b.fullName)),
        failures,
        chunks: chunks.map((names, i) => ({ id: i + 1, repositories: names })),
        requests: rest.requests,
    };
}
/** The `strategy.matrix` value: one job per chunk. */
function matrixOf(plan) {
    return { chunk: plan.chunks.map((c) => c.id) };
}
/** Reads and checks a plan file's shape, so a chunk job fails with a clear message on a wrong file. */
function parsePlan(text, label) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new Error(`${label}: not JSON (${err.message})`);
    }
    const p = data;
    if (p?.kind !== 'sdist-guard-org-plan' || p.schemaVersion !== 1 || !Array.isArray(p.repositories) || !Array.isArray(p.chunks)) {
        throw new Error(`${label}: not an sdist-guard organization plan (written by \`sdist-guard org-plan\`)`);
    }
    return p;
}

// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __webpack_require__(5881);
// EXTERNAL MODULE: ./src/scan.ts + 40 modules
var scan = __webpack_require__(8758);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/org/checkout.ts
// A repository's default branch, checked out for a scan: shallow (one commit), blob-less over HTTP,
// and sparse when the plan knows which files the scan reads. git runs with no hooks, no templates,
// no system or global configuration and no prompts; the token travels in an extra header set through
// the environment, never on a command line or in a URL that git could print.




class CheckoutError extends Error {
}
function gitEnv(token, url) {
    const env = {
        PATH: process.env.PATH,
        HOME: (0,external_node_os_.tmpdir)(),
        GIT_TERMINAL_PROMPT: '0',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_ASKPASS: 'true',
        LC_ALL: 'C',
    };
    const config = [
        ['core.hooksPath', '/dev/null'],
        ['protocol.ext.allow', 'never'],
        ['core.fsmonitor', 'false'],
    ];
    // the header is scoped to the clone URL's origin, so a redirect elsewhere does not carry it
    if (token && /^https?:/.test(url)) {
        const origin = new URL(url).origin + '/';
        config.push([`http.${origin}.extraHeader`, `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`]);
    }
    env.GIT_CONFIG_COUNT = String(config.length);
    config.forEach(([k, v], i) => {
        env[`GIT_CONFIG_KEY_${i}`] = k;
        env[`GIT_CONFIG_VALUE_${i}`] = v;
    });
    return env;
}
function run(args, cwd, env, timeoutMs, token) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stdout.on('data', (d) => (out = (out + d.toString()).slice(-65_536)));
        child.stderr.on('data', (d) => (err = (err + d.toString()).slice(-8192)));
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(new CheckoutError(e.code === 'ENOENT' ? 'git is not installed' : e.message));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (code === 0)
                return resolve(out);
            let msg = err.trim().split('\n').filter((l) => !/^(hint|warning):/.test(l)).slice(-2).join('; ');
            if (token)
                msg = msg.split(token).join('***');
            reject(new CheckoutError(signal ? `git ${args[0]} did not finish within ${Math.round(timeoutMs / 1000)} s` : `git ${args[0]} failed: ${msg || `exit ${code}`}`));
        });
    });
}
function cloneUrl(gitBase, fullName) {
    return `${gitBase.replace(/\/+$/, '')}/${fullName}.git`;
}
async function checkout(req) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'sdist-guard-org-'));
    const remove = () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    const url = cloneUrl(req.gitBase, req.fullName);
    const env = gitEnv(req.token, url);
    const timeoutMs = req.timeoutMs ?? 120_000;
    const git = (...args) => run(args, dir, env, timeoutMs, req.token);
    try {
        await git('init', '-q', '--template=', '.');
        await git('remote', 'add', 'origin', url);
        if (req.sparse) {
            // non-cone patterns anchored at the root match exactly the planned files
            await git('sparse-checkout', 'set', '--no-cone', '--', ...req.sparse.map((p) => '/' + p.replace(/([*?[\\!#])/g, '\\$1')));
        }
        const fetch = ['fetch', '-q', '--depth', '1', '--no-tags', '--no-recurse-submodules'];
        if (/^https?:/.test(url))
            fetch.push('--filter=blob:none');
        await git(...fetch, 'origin', `refs/heads/${req.branch}`);
        await git('checkout', '-q', '--no-recurse-submodules', 'FETCH_HEAD');
        const commit = (await git('rev-parse', 'HEAD')).trim();
        return { dir, commit, remove };
    }
    catch (err) {
        remove();
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/org/scan-chunk.ts
// One chunk of an organization audit: each repository checked out and scanned with the same engine
// and settings as `sdist-guard scan`, one after another so that they share the analysis cache (a
// popular sdist is analyzed once per chunk, and once per run across runs through the Actions
// cache). Every repository yields a report file, a failed one included, with its reason.









/** The report file's name: one per repository, safe in any file system. */
function reportFileName(fullName) {
    return `report-${fileStem(fullName)}.json`;
}
function sarifFileName(fullName) {
    return `sarif-${fileStem(fullName)}.sarif`;
}
function fileStem(fullName) {
    return fullName.replace(/[^A-Za-z0-9._-]+/g, '__');
}
async function scanRepository(req, repo) {
    const started = Date.now();
    const base = { schemaVersion: 1, kind: REPOSITORY_REPORT_KIND, repository: repo.fullName, branch: repo.defaultBranch, chunk: repo.chunk };
    let tree;
    try {
        tree = await checkout({ gitBase: req.gitBase, fullName: repo.fullName, branch: repo.defaultBranch, sparse: repo.sparse, token: req.token });
    }
    catch (err) {
        return { ...base, ok: false, error: `could not check out: ${err.message}`, durationMs: Date.now() - started };
    }
    try {
        const opts = (0,options/* resolveOptions */.$i)({ ...req.scan, root: tree.dir, paths: [], config: (0,config/* loadConfig */.Z9)(tree.dir) });
        const result = await (0,scan/* scan */.S)(opts);
        const report = JSON.parse((0,json/* jsonReport */.L)(result, opts.failOn));
        if (req.sarif)
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(req.outDir, sarifFileName(repo.fullName)), (0,sarif.sarifReport)(result, opts.failOn));
        return { ...base, commit: tree.commit, ok: true, durationMs: Date.now() - started, report };
    }
    catch (err) {
        return { ...base, commit: tree.commit, ok: false, error: `could not scan: ${err.message}`, durationMs: Date.now() - started };
    }
    finally {
        tree.remove();
    }
}
async function scanChunk(req) {
    const chunk = req.plan.chunks.find((c) => c.id === req.chunk);
    if (!chunk)
        throw new Error(`the plan has no chunk ${req.chunk} (it has ${req.plan.chunks.length})`);
    const byName = new Map(req.plan.repositories.map((r) => [r.fullName, r]));
    const out = [];
    for (const [i, name] of chunk.repositories.entries()) {
        const repo = byName.get(name);
        let report;
        if (repo) {
            req.onRepository?.(repo, i, chunk.repositories.length);
            report = await scanRepository(req, repo);
        }
        else {
            report = { schemaVersion: 1, kind: REPOSITORY_REPORT_KIND, repository: name, branch: '', ok: false, error: 'listed in a chunk but not among the planned repositories', durationMs: 0 };
        }
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(req.outDir, reportFileName(name)), JSON.stringify(report, null, 2) + '\n');
        req.onDone?.(report);
        out.push(report);
    }
    return out;
}

// EXTERNAL MODULE: ./src/scan-flags.ts
var scan_flags = __webpack_require__(16);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/org/sarif-upload.ts
// Each repository's SARIF, uploaded to that repository's code scanning at the commit that was
// scanned, where the token may (`security_events: write`, code scanning enabled). A refusal is a
// warning about that repository; the organization report stands without it.




/** `reportPaths[i]` is where `reports[i]` was read: its SARIF lies beside it. */
async function uploadSarif(rest, reports, reportPaths) {
    const out = [];
    for (const [i, r] of reports.entries()) {
        if (!r.ok || !r.commit)
            continue;
        const file = (0,external_node_path_.join)((0,external_node_path_.dirname)(reportPaths[i]), sarifFileName(r.repository));
        if (!(0,external_node_fs_.existsSync)(file)) {
            out.push({ repository: r.repository, ok: false, reason: 'no SARIF file beside its report (org-scan ran without --sarif)' });
            continue;
        }
        try {
            await rest.request('POST', `/repos/${r.repository}/code-scanning/sarifs`, {
                commit_sha: r.commit,
                ref: `refs/heads/${r.branch}`,
                sarif: (0,external_node_zlib_.gzipSync)((0,external_node_fs_.readFileSync)(file)).toString('base64'),
                tool_name: 'sdist-guard',
            });
            out.push({ repository: r.repository, ok: true });
        }
        catch (err) {
            out.push({ repository: r.repository, ok: false, reason: err.message });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/org/command.ts
// The organization audit's commands: `org-plan` lists and chunks the repositories, `org-scan` scans
// one chunk, `org-report` merges the reports and keeps the tracking issue current. Usage errors are
// ConfigErrors, which the command line turns into exit 2 with the message.












function token(env) {
    return env.GITHUB_TOKEN || env.GH_TOKEN || undefined;
}
function apiUrl(value, env) {
    const url = value || env.GITHUB_API_URL || 'https://api.github.com';
    if (!/^https?:\/\/[^\s]+$/.test(url))
        throw new options.ConfigError(`--api-url: expected an http(s) URL, got "${url}"`);
    return url;
}
function list(values) {
    return (values ?? []).flatMap(options/* splitList */.ry);
}
function writeOut(io, file, text) {
    const abs = (0,external_node_path_.resolve)(io.cwd, file);
    (0,external_node_fs_.writeFileSync)(abs, text);
}
function readPlan(io, file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(io.cwd, file), 'utf8');
    }
    catch (err) {
        throw new options.ConfigError(`--plan: cannot read ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
    }
    try {
        return parsePlan(text, file);
    }
    catch (err) {
        throw new options.ConfigError(err.message);
    }
}
async function runOrgPlan(argv, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args: argv,
        strict: true,
        options: {
            org: { type: 'string' },
            topic: { type: 'string', multiple: true },
            repo: { type: 'string', multiple: true },
            'exclude-repo': { type: 'string', multiple: true },
            'include-archived': { type: 'boolean', default: false },
            'include-forks': { type: 'boolean', default: false },
            'include-non-python': { type: 'boolean', default: false },
            chunks: { type: 'string' },
            output: { type: 'string', default: 'org-plan.json' },
            'matrix-output': { type: 'string' },
            'api-url': { type: 'string' },
        },
    });
    const org = values.org?.trim();
    if (!org || !/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(org))
        throw new options.ConfigError(`--org: expected an organization or user name, got "${values.org ?? ''}"`);
    const maxChunks = values.chunks !== undefined ? (0,options/* parsePositiveInt */.EJ)(values.chunks, '--chunks', MAX_MATRIX_JOBS) : 64;
    const rest = new GitHubRest({
        apiUrl: apiUrl(values['api-url'], io.env),
        token: token(io.env),
        onWait: (ms, why) => io.stderr(`sdist-guard: waiting ${Math.ceil(ms / 1000)} s: ${why}\n`),
    });
    io.stderr(`sdist-guard: listing the repositories of ${org}…\n`);
    let lastShown = 0;
    const plan = await planOrganization(rest, {
        org,
        maxChunks,
        filters: {
            topics: list(values.topic),
            include: list(values.repo),
            exclude: list(values['exclude-repo']),
            includeArchived: values['include-archived'],
            includeForks: values['include-forks'],
            pythonOnly: !values['include-non-python'],
        },
        onProgress: (done, total) => {
            if (done === total || done - lastShown >= 100) {
                lastShown = done;
                io.stderr(`sdist-guard: read the file lists of ${done}/${total} repositories\n`);
            }
        },
    }).catch((err) => {
        if (err instanceof PlanError)
            throw new options.ConfigError(err.message);
        throw err;
    });
    writeOut(io, values.output, JSON.stringify(plan, null, 2) + '\n');
    if (values['matrix-output'])
        writeOut(io, values['matrix-output'], JSON.stringify(matrixOf(plan)) + '\n');
    io.stderr(`sdist-guard: planned ${plan.repositories.length} repositories in ${plan.chunks.length} chunks` +
        ` (${plan.skipped.length} left out by the filters, ${plan.failures.length} could not be read; ${plan.requests} API requests); wrote ${values.output}\n`);
    for (const f of plan.failures.slice(0, 20))
        io.stderr(`  could not plan ${f.fullName}: ${f.reason}\n`);
    return 0;
}
async function runOrgScan(argv, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args: argv,
        strict: true,
        options: { plan: { type: 'string' }, chunk: { type: 'string' }, out: { type: 'string', default: '.' }, 'git-url': { type: 'string' }, sarif: { type: 'boolean', default: false }, ...scan_flags/* SCAN_FLAGS */.G },
    });
    if (!values.plan)
        throw new options.ConfigError('org-scan needs --plan FILE (written by sdist-guard org-plan)');
    if (values.chunk === undefined)
        throw new options.ConfigError('org-scan needs --chunk N (a chunk id of the plan)');
    const plan = readPlan(io, values.plan);
    const chunk = (0,options/* parsePositiveInt */.EJ)(values.chunk, '--chunk', MAX_MATRIX_JOBS);
    if (!plan.chunks.some((c) => c.id === chunk))
        throw new options.ConfigError(`--chunk: the plan has chunks 1 to ${plan.chunks.length}, not ${chunk}`);
    const outDir = (0,external_node_path_.resolve)(io.cwd, values.out);
    (0,external_node_fs_.mkdirSync)(outDir, { recursive: true });
    const gitBase = values['git-url'] || io.env.GITHUB_SERVER_URL || 'https://github.com';
    let failed = 0;
    await scanChunk({
        plan,
        chunk,
        outDir,
        gitBase,
        token: token(io.env),
        sarif: values.sarif,
        scan: (0,scan_flags/* scanSettings */.F)(values, io),
        onRepository: (repo, i, total) => io.stderr(`sdist-guard: [${i + 1}/${total}] ${repo.fullName}\n`),
        onDone: (r) => {
            if (!r.ok)
                failed++;
            const counts = r.report ? r.report.dependencies.reduce((m, d) => ((m[d.status] = (m[d.status] ?? 0) + 1), m), {}) : {};
            const line = r.ok ? Object.entries(counts).map(([s, n]) => `${n} ${s}`).join(', ') || 'no dependencies' : r.error;
            io.stderr(`  ${r.ok ? 'scanned' : 'FAILED'} in ${(r.durationMs / 1000).toFixed(1)} s: ${line}\n`);
        },
    });
    const total = plan.chunks.find((c) => c.id === chunk).repositories.length;
    io.stderr(`sdist-guard: chunk ${chunk}: ${total - failed} of ${total} repositories scanned; reports in ${values.out}\n`);
    // a repository that could not be scanned is a row of the merged report, not a failed job
    return 0;
}
function reportFiles(io, inputs) {
    const files = [];
    const missing = [];
    for (const input of inputs) {
        const abs = (0,external_node_path_.resolve)(io.cwd, input);
        if (!(0,external_node_fs_.existsSync)(abs)) {
            missing.push({ fullName: input, reason: 'report file not found' });
            continue;
        }
        if ((0,external_node_fs_.statSync)(abs).isDirectory()) {
            for (const name of (0,external_node_fs_.readdirSync)(abs).sort())
                if (/^report-.*\.json$/.test(name) && (0,external_node_fs_.statSync)((0,external_node_path_.join)(abs, name)).isFile())
                    files.push((0,external_node_path_.join)(abs, name));
        }
        else
            files.push(abs);
    }
    return { files, missing };
}
async function runOrgReport(argv, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
            plan: { type: 'string' },
            markdown: { type: 'string' },
            json: { type: 'string' },
            'fail-on': { type: 'string' },
            issue: { type: 'string' },
            'issue-title': { type: 'string' },
            'run-url': { type: 'string' },
            'server-url': { type: 'string' },
            'api-url': { type: 'string' },
            'cache-dir': { type: 'string' },
            'upload-sarif': { type: 'boolean', default: false },
        },
    });
    if (positionals.length === 0)
        throw new options.ConfigError('org-report needs the report files of org-scan, or the directories that hold them');
    const failOn = values['fail-on'] !== undefined ? (0,options/* parseFailOn */.XV)(values['fail-on'], '--fail-on') : ['suspicious', 'unresolved'];
    if (values.issue !== undefined && !/^[^/\s]+\/[^/\s]+$/.test(values.issue))
        throw new options.ConfigError(`--issue: expected OWNER/REPO, got "${values.issue}"`);
    const plan = values.plan ? readPlan(io, values.plan) : undefined;
    const { files, missing } = reportFiles(io, positionals);
    const reports = [];
    const reportPaths = [];
    const unreadable = [...missing];
    for (const f of files) {
        try {
            reports.push(parseRepositoryReport((0,external_node_fs_.readFileSync)(f, 'utf8'), f));
            reportPaths.push(f);
        }
        catch (err) {
            unreadable.push({ fullName: f, reason: err.message });
        }
    }
    const env = io.env;
    const serverUrl = values['server-url'] || env.GITHUB_SERVER_URL || 'https://github.com';
    const runUrl = values['run-url'] || (env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${serverUrl.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined);
    const report = mergeReports(reports, { plan, failOn: failOn, serverUrl, unreadable });
    const markdown = orgMarkdown(report, { runUrl });
    if (values.json)
        writeOut(io, values.json, JSON.stringify(report, null, 2) + '\n');
    if (values.markdown)
        writeOut(io, values.markdown, markdown);
    else
        io.stdout(markdown);
    io.stderr(`sdist-guard: ${report.gate.message}\n`);
    if (values.issue) {
        const rest = new GitHubRest({ apiUrl: apiUrl(values['api-url'], env), token: token(env) });
        const problems = report.problems.length > 0 || report.failures.length > 0 || report.manifestErrors.length > 0;
        const title = values['issue-title'] || `sdist-guard organization audit${report.org ? `: ${report.org}` : ''}`;
        try {
            const r = await upsertIssue(rest, values.issue, title, issueBody(report, runUrl), problems);
            if (r.action !== 'none')
                io.stderr(`sdist-guard: ${r.action} the tracking issue #${r.number}${r.url ? ` (${r.url})` : ''}\n`);
        }
        catch (err) {
            io.stderr(`sdist-guard: warning: could not update the tracking issue in ${values.issue}: ${err.message}\n`);
        }
    }
    if (values['upload-sarif']) {
        // the organization's token reaches the other repositories; GITHUB_TOKEN may only reach this one
        const rest = new GitHubRest({ apiUrl: apiUrl(values['api-url'], env), token: env.SDIST_GUARD_ORG_TOKEN || token(env) });
        const uploads = await uploadSarif(rest, reports, reportPaths);
        for (const u of uploads)
            io.stderr(u.ok ? `sdist-guard: uploaded the SARIF of ${u.repository}\n` : `sdist-guard: warning: SARIF of ${u.repository} not uploaded: ${u.reason}\n`);
    }
    if (values['cache-dir']) {
        // the packs of every chunk, copied into one directory, become one cache for the next run
        const cache = new disk/* DiskCache */.E((0,external_node_path_.resolve)(io.cwd, values['cache-dir']));
        await cache.compact();
        for (const p of cache.problems())
            io.stderr(`sdist-guard: warning: ${p}\n`);
    }
    return report.gate.failed ? 1 : 0;
}


/***/ }),

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
