// A repository's default branch, checked out for a scan: shallow (one commit), blob-less over HTTP,
// and sparse when the plan knows which files the scan reads. git runs with no hooks, no templates,
// no system or global configuration and no prompts; the token travels in an extra header set through
// the environment, never on a command line or in a URL that git could print.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CheckoutRequest {
  /** Where clones come from: `https://github.com` (GITHUB_SERVER_URL), or `file:///…` in tests. */
  gitBase: string;
  fullName: string;
  branch: string;
  /** Exact file paths for a sparse checkout, or null for the whole tree. */
  sparse: string[] | null;
  token?: string;
  /** For each git command. */
  timeoutMs?: number;
}

export interface Checkout {
  dir: string;
  commit: string;
  remove(): void;
}

export class CheckoutError extends Error {}

function gitEnv(token: string | undefined, url: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: tmpdir(),
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_ASKPASS: 'true',
    LC_ALL: 'C',
  };
  const config: Array<[string, string]> = [
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

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number, token?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-65_536)));
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-8192)));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new CheckoutError((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed' : e.message));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(out);
      let msg = err.trim().split('\n').filter((l) => !/^(hint|warning):/.test(l)).slice(-2).join('; ');
      if (token) msg = msg.split(token).join('***');
      reject(new CheckoutError(signal ? `git ${args[0]} did not finish within ${Math.round(timeoutMs / 1000)} s` : `git ${args[0]} failed: ${msg || `exit ${code}`}`));
    });
  });
}

export function cloneUrl(gitBase: string, fullName: string): string {
  return `${gitBase.replace(/\/+$/, '')}/${fullName}.git`;
}

export async function checkout(req: CheckoutRequest): Promise<Checkout> {
  const dir = mkdtempSync(join(tmpdir(), 'sdist-guard-org-'));
  const remove = (): void => rmSync(dir, { recursive: true, force: true });
  const url = cloneUrl(req.gitBase, req.fullName);
  const env = gitEnv(req.token, url);
  const timeoutMs = req.timeoutMs ?? 120_000;
  const git = (...args: string[]): Promise<string> => run(args, dir, env, timeoutMs, req.token);
  try {
    await git('init', '-q', '--template=', '.');
    await git('remote', 'add', 'origin', url);
    if (req.sparse) {
      // non-cone patterns anchored at the root match exactly the planned files
      await git('sparse-checkout', 'set', '--no-cone', '--', ...req.sparse.map((p) => '/' + p.replace(/([*?[\\!#])/g, '\\$1')));
    }
    const fetch = ['fetch', '-q', '--depth', '1', '--no-tags', '--no-recurse-submodules'];
    if (/^https?:/.test(url)) fetch.push('--filter=blob:none');
    await git(...fetch, 'origin', `refs/heads/${req.branch}`);
    await git('checkout', '-q', '--no-recurse-submodules', 'FETCH_HEAD');
    const commit = (await git('rev-parse', 'HEAD')).trim();
    return { dir, commit, remove };
  } catch (err) {
    remove();
    throw err;
  }
}
