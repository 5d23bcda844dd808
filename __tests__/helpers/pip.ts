// The pip that differential tests compare against: the newest one on this machine. Debian ships
// pip's wheel in /usr/share/python-wheels (package python3-pip-whl; `scripts/get-pip.sh` fetches
// the current one); a wheel runs as `python3 <wheel>/pip`. Without one, the interpreter's own
// `python3 -m pip` is used; without either, the tests that need pip skip with a message.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Pip {
  /** argv prefix: the command and the arguments before pip's own. */
  argv: [string, ...string[]];
  version: string;
}

const WHEEL_DIRS = ['/usr/share/python-wheels'];

function versionKey(v: string): number[] {
  return v.split('.').map((p) => Number.parseInt(p, 10) || 0);
}

function compare(a: string, b: string): number {
  const x = versionKey(a);
  const y = versionKey(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function probe(argv: [string, ...string[]]): string | undefined {
  try {
    const out = execFileSync(argv[0], [...argv.slice(1), '--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000 });
    return /^pip (\S+)/.exec(out)?.[1];
  } catch {
    return undefined;
  }
}

let found: Pip | null | undefined;

/** The newest pip that runs here, or undefined. */
export function findPip(): Pip | undefined {
  if (found !== undefined) return found ?? undefined;
  const candidates: Pip[] = [];
  for (const dir of WHEEL_DIRS) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const m = /^pip-(\d+(?:\.\d+)*)-py3-none-any\.whl$/.exec(name);
      if (!m) continue;
      const argv: [string, ...string[]] = ['python3', join(dir, name, 'pip')];
      const version = probe(argv);
      if (version) candidates.push({ argv, version });
    }
  }
  const own = probe(['python3', '-m', 'pip']);
  if (own) candidates.push({ argv: ['python3', '-m', 'pip'], version: own });
  candidates.sort((a, b) => compare(b.version, a.version));
  found = candidates[0] ?? null;
  return found ?? undefined;
}

/** Whether the pip found is at least `major`. */
export function pipAtLeast(major: number): boolean {
  const pip = findPip();
  return pip !== undefined && versionKey(pip.version)[0]! >= major;
}
