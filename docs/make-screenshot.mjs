#!/usr/bin/env node
// Makes docs/failing-comment.png, the picture in the README, from a real run: the built action
// (dist/index.js, so run `npm run build` first) on a pull request that adds two dependencies, against
// the fixture index (scripts/serve-fixture-index.mjs) and a stand-in for the GitHub REST API on
// 127.0.0.1 that keeps the comment the action posts. The comment's Markdown is rendered to HTML the
// way GitHub renders it (CommonMark + GFM, with GitHub's look) and photographed by headless Chromium.
// Not run by the tests. Also writes the comment and the job summary next to the picture's HTML in
// the temporary directory it prints.
//
//   node docs/make-screenshot.mjs [--chromium /usr/bin/chromium] [--keep]

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { chromium: { type: 'string', default: '/usr/bin/chromium' }, keep: { type: 'boolean', default: false } } });
const work = mkdtempSync(join(tmpdir(), 'sdist-guard-screenshot-'));

function git(dir, ...args) {
  return execFileSync('git', ['-c', 'user.name=Example', '-c', 'user.email=example@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();
}

async function startFixtureIndex() {
  const ready = join(work, 'index-url');
  const child = spawn(process.execPath, [join(ROOT, 'scripts/serve-fixture-index.mjs'), '--port', '0', '--ready-file', ready], { stdio: 'ignore' });
  for (let i = 0; i < 200 && !existsSync(ready); i++) await new Promise((r) => setTimeout(r, 25));
  if (!existsSync(ready)) throw new Error('the fixture index did not start');
  return { url: readFileSync(ready, 'utf8').trim(), stop: () => child.kill('SIGTERM') };
}

/** Enough of the REST API for the comment: list (none yet) and create. */
async function startGitHubApi() {
  const comments = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.method === 'GET' && /\/issues\/7\/comments/.test(req.url)) return res.end('[]');
      if (req.method === 'POST' && /\/issues\/7\/comments$/.test(req.url)) {
        const { body: text } = JSON.parse(body);
        comments.push(text);
        res.statusCode = 201;
        return res.end(JSON.stringify({ id: 1, body: text, html_url: 'https://github.com/example/app/pull/7#issuecomment-1' }));
      }
      res.statusCode = 404;
      res.end('{"message":"Not Found"}');
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, comments, close: () => server.close() };
}

// A GitHub-like page: the markdown-body look of a pull request comment.
const CSS = `
body { margin: 0; background: #fff; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
.box { margin: 16px; border: 1px solid #d1d9e0; border-radius: 6px; max-width: 860px; }
.head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; border-radius: 6px 6px 0 0; color: #59636e; }
.head b { color: #1f2328; }
.markdown-body { padding: 16px; }
h2 { font-size: 1.5em; font-weight: 600; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 0 0 16px; }
p, ul, table, details, pre { margin: 0 0 16px; }
ul { padding-left: 2em; }
li + li { margin-top: .25em; }
table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; vertical-align: top; }
th { font-weight: 600; background: #f6f8fa; }
tr:nth-child(2n) td { background: #f6f8fa; }
code { font: 85% ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; background: rgba(129,139,152,.12); border-radius: 6px; padding: .2em .4em; }
pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; }
pre code { background: none; padding: 0; font-size: 85%; }
summary { cursor: pointer; }
details > *:not(summary) { margin-top: 8px; }
sub { color: #59636e; }
`;

function page(markdown) {
  // GitHub drops HTML comments from the rendered body; so does this page
  const html = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true }).replace(/<!--[\s\S]*?-->/g, '');
  return `<!doctype html><meta charset="utf-8"><style>${CSS}</style><div class="box"><div class="head"><b>github-actions</b> bot commented</div><div class="markdown-body">${html}</div></div>`;
}

const index = await startFixtureIndex();
const api = await startGitHubApi();
try {
  // a pull request that adds an sdist-only dependency and one whose setup.py hides `curl | sh`
  const repo = join(work, 'repo');
  mkdirSync(repo);
  writeFileSync(join(repo, 'requirements.txt'), 'good==1.0\n');
  git(repo, 'init', '-q');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  const base = git(repo, 'rev-parse', 'HEAD');
  writeFileSync(join(repo, 'requirements.txt'), 'good==1.0\nbuilt==2.0\nevil==1.0\n');
  git(repo, 'commit', '-q', '-am', 'add two dependencies');
  const head = git(repo, 'rev-parse', 'HEAD');

  const runner = join(work, 'runner');
  mkdirSync(runner);
  const event = join(runner, 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: base }, head: { sha: head } }, repository: { full_name: 'example/app' } }));
  for (const f of ['output', 'summary']) writeFileSync(join(runner, f), '');
  const env = {
    PATH: process.env.PATH,
    HOME: work,
    GITHUB_WORKSPACE: repo,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'example/app',
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: head,
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary'),
    RUNNER_TEMP: runner,
    'INPUT_INDEX-URL': index.url,
    'INPUT_GITHUB-TOKEN': 'example-token',
    INPUT_CACHE: 'false',
    'INPUT_PYTHON-VERSION': '3.12',
    INPUT_PLATFORM: 'linux',
  };
  const action = spawn(process.execPath, [join(ROOT, 'dist/index.js')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let log = '';
  action.stdout.on('data', (d) => (log += d));
  const code = await new Promise((r) => action.once('close', r));
  writeFileSync(join(work, 'log.txt'), log);
  if (api.comments.length !== 1) throw new Error(`the action (exit ${code}) posted ${api.comments.length} comments; its log is in ${work}/log.txt`);

  writeFileSync(join(work, 'comment.md'), api.comments[0]);
  writeFileSync(join(work, 'summary.md'), readFileSync(join(runner, 'summary'), 'utf8'));
  const html = join(work, 'comment.html');
  writeFileSync(html, page(api.comments[0]));
  const png = join(ROOT, 'docs', 'failing-comment.png');
  execFileSync(
    values.chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
      `--user-data-dir=${join(work, 'chromium-profile')}`,
      '--window-size=900,1140',
      `--screenshot=${png}`,
      `file://${html}`,
    ],
    { stdio: 'ignore', timeout: 60_000 },
  );
  console.log(`wrote ${png}; the comment, the summary and the action's log are in ${work}`);
} finally {
  api.close();
  index.stop();
  if (!values.keep) {
    // keep only what was asked for: the Markdown stays for a reader to compare with the picture
    for (const f of ['repo', 'runner', 'chromium-profile']) rmSync(join(work, f), { recursive: true, force: true });
  }
}
