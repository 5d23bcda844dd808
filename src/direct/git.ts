// A VCS reference checked out the way pip would fetch it, but with nothing of the repository run:
// `git` with hooks off (core.hooksPath), no templates, no system configuration, no prompts, and
// only the transports pip users rely on (`ext::` and the like never; `file://` only as the user's
// own URL, not from a submodule). Shallow at the pinned revision, with submodules as pip updates
// them (`submodule update --init --recursive`), into a temporary directory the caller removes.

import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { VcsLocation } from '../manifests/direct-reference.js';

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

export interface GitOptions {
  /** The whole checkout must end within this. */
  timeoutMs: number;
}

export class GitError extends Error {
  override name = 'GitError';
}

let available: Promise<boolean> | undefined;

/** Whether `git` can be run from PATH; asked once. */
export function gitAvailable(): Promise<boolean> {
  available ??= run(['--version'], undefined, Date.now() + 10_000).then(
    () => true,
    () => false,
  );
  return available;
}

function environment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  // what git needs to find itself, its helpers and the user's credentials, and nothing else
  for (const key of ['PATH', 'HOME', 'USER', 'LANG', 'TMPDIR', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'SSH_AUTH_SOCK', 'HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy']) {
    if (process.env[key] !== undefined) env[key] = process.env[key];
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
function run(args: string[], cwd: string | undefined, deadline: number): Promise<string> {
  const config = HARDENING.flatMap((c) => ['-c', c]);
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      reject(new GitError('ran out of time'));
      return;
    }
    const child = spawn('git', [...config, ...args], { cwd, env: environment(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    let err = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, remaining);
    child.stdout.on('data', (d: Buffer) => {
      if (out.length < 64 * 1024) out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err = (err + d.toString()).slice(-4096);
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new GitError(e.message));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) reject(new GitError(`git ${args[0]} did not finish in time`));
      else if (code === 0) resolve(out);
      else reject(new GitError(`git ${args[0]} failed: ${lastLine(err) || `exit code ${String(code)}`}`));
    });
  });
}

/** The last lines of git's error output, without any `user:password@` a URL in it carries. */
export function lastLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.slice(-2).join(' ').replace(/(\/\/)[^/@\s]*@/g, '$1***@');
}

/**
 * Checks `loc` out into a new temporary directory and returns it, without `.git`. The caller
 * removes it (`removeCheckout`), also when reading it fails.
 */
export async function checkout(loc: VcsLocation, opts: GitOptions): Promise<string> {
  const deadline = Date.now() + opts.timeoutMs;
  const dir = await mkdtemp(join(process.env.TMPDIR || tmpdir(), 'sdist-guard-vcs-'));
  try {
    const dest = join(dir, 'checkout');
    await run(['init', '-q', '--template=', dest], undefined, deadline);
    await run(['remote', 'add', 'origin', loc.url], dest, deadline);
    const rev = loc.rev ?? 'HEAD';
    let target = 'FETCH_HEAD';
    try {
      await run(['fetch', '-q', '--depth', '1', '--no-tags', 'origin', rev], dest, deadline);
    } catch (err) {
      // a commit the server does not hand out by itself: the branches and tags, then that commit
      if (loc.rev === undefined || (err as GitError).message.includes('in time')) throw err;
      await run(['fetch', '-q', '--tags', 'origin', '+refs/heads/*:refs/remotes/origin/*'], dest, deadline);
      target = loc.rev;
    }
    await run(['checkout', '-q', '--detach', target], dest, deadline);
    if (await exists(join(dest, '.gitmodules'))) {
      await run(['submodule', 'update', '--init', '--recursive', '--depth', '1', '-q'], dest, deadline);
    }
    await rm(join(dest, '.git'), { recursive: true, force: true });
    return dir;
  } catch (err) {
    await removeCheckout(dir);
    throw err;
  }
}

/** The checked-out project inside a checkout directory, at `subdirectory` if given. */
export function projectDir(dir: string, subdirectory?: string): string {
  return subdirectory ? join(dir, 'checkout', subdirectory) : join(dir, 'checkout');
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export async function removeCheckout(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true }).catch(() => {});
}
