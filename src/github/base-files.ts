// The files of a pull request's base commit: from git when the checkout has that commit (a
// checkout with history), otherwise from the REST contents API. git runs without a shell, with a
// timeout, and only plumbing commands that run no hooks or filters.

import { execFile } from 'node:child_process';
import path from 'node:path';

import type { BaseFiles } from '../base-manifests.js';
import type { GitHubClient } from './client.js';
import { describeError, httpStatus, type Repo } from './common.js';

const GIT_TIMEOUT_MS = 30_000;
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const MAX_LINK_HOPS = 8;

function git(cwd: string, args: string[]): Promise<{ ok: true; stdout: string } | { ok: false; error: string }> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['--literal-pathspecs', ...args],
      { cwd, timeout: GIT_TIMEOUT_MS, maxBuffer: MAX_FILE_BYTES, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' } },
      (err, stdout, stderr) => {
        if (err) resolve({ ok: false, error: (stderr || err.message).trim().split('\n')[0] });
        else resolve({ ok: true, stdout });
      },
    );
  });
}

function short(sha: string): string {
  return sha.slice(0, 7);
}

/**
 * Reads the base through git in `root` (a directory of the checkout); undefined when git is not
 * there or the checkout lacks the commit (a shallow clone).
 */
export async function gitBaseFiles(root: string, sha: string): Promise<BaseFiles | undefined> {
  const has = await git(root, ['cat-file', '-e', `${sha}^{commit}`]);
  if (!has.ok) return undefined;
  const read = async (relPath: string, hops = 0): Promise<string | undefined> => {
    const entry = await git(root, ['ls-tree', '-z', sha, '--', relPath]);
    if (!entry.ok) throw new Error(`git ls-tree ${short(sha)} ${relPath}: ${entry.error}`);
    const line = entry.stdout.split('\0').find((l) => l.endsWith(`\t${relPath}`));
    if (!line) return undefined;
    const [mode, type, object] = line.slice(0, line.indexOf('\t')).split(' ');
    if (type !== 'blob') return undefined;
    const blob = await git(root, ['cat-file', 'blob', object]);
    if (!blob.ok) throw new Error(`git cat-file ${object}: ${blob.error}`);
    if (mode !== '120000') return blob.stdout;
    // A symbolic link: read what it points to, as the scan does at the head, while it stays in the root.
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(relPath), blob.stdout.trim()));
    if (hops >= MAX_LINK_HOPS || target.startsWith('../') || target === '..' || path.posix.isAbsolute(target)) return undefined;
    return read(target, hops + 1);
  };
  return { label: `base commit ${short(sha)} (git)`, read: (relPath) => read(relPath) };
}

/** Reads the base through `GET /repos/{owner}/{repo}/contents/{path}?ref=<sha>`. */
export function apiBaseFiles(client: GitHubClient, repo: Repo, sha: string): BaseFiles {
  return {
    label: `base commit ${short(sha)} (GitHub API)`,
    async read(relPath) {
      try {
        const res = await client.rest.repos.getContent({ ...repo, path: relPath, ref: sha, mediaType: { format: 'raw' } });
        const data: unknown = res.data;
        // the raw media type comes back as bytes (or text, depending on the client version)
        if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
        if (typeof data === 'string') return data;
        // a directory (a JSON listing) or a submodule: not a manifest file
        if (Array.isArray(data) || (typeof data === 'object' && data !== null && (data as { type?: string }).type !== 'file')) return undefined;
        const file = data as { content?: string; encoding?: string };
        if (file.encoding === 'base64' && typeof file.content === 'string') return Buffer.from(file.content, 'base64').toString('utf8');
        throw new Error('the API answered without the file content');
      } catch (err) {
        if (httpStatus(err) === 404) return undefined;
        throw new Error(`GitHub contents API, ${relPath} at ${short(sha)}: ${describeError(err)}`);
      }
    },
  };
}

/** git when it can, the API otherwise; undefined when neither is available. */
export async function baseFilesFor(root: string, sha: string, api?: { client: GitHubClient; repo: Repo }): Promise<BaseFiles | undefined> {
  const viaGit = await gitBaseFiles(root, sha);
  if (viaGit) return viaGit;
  return api ? apiBaseFiles(api.client, api.repo, sha) : undefined;
}
