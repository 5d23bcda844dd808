// CPython as the reference for archives: pip's own `unpack_file` (from the newest pip on this
// machine, run by python3) unpacks a file into a temporary directory, and what it left there comes
// back as JSON. Also python3's bz2 and lzma modules, to make compressed test archives. Everything
// runs with a timeout; without python3 the callers skip with a message.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findPip } from './pip.js';

const TIMEOUT_MS = 60_000;

let available: boolean | undefined;

export function hasPython(): boolean {
  available ??= spawnSync('python3', ['-c', 'import tarfile, zipfile'], { stdio: 'ignore', timeout: TIMEOUT_MS }).status === 0;
  return available;
}

/** The directory to put on sys.path for `import pip`: the wheel itself, or nothing for an installed pip. */
function pipPath(): string | undefined {
  const pip = findPip();
  if (!pip || pip.argv[1] === '-m') return undefined;
  return dirname(pip.argv[1]!);
}

export function pipVersion(): string | undefined {
  return findPip()?.version;
}

const UNPACK = `
import base64, json, os, sys
if sys.argv[3]:
    sys.path.insert(0, sys.argv[3])
from pip._internal.utils.unpacking import unpack_file
src, dest = sys.argv[1], sys.argv[2]
out = {"files": {}, "links": {}, "python": sys.version.split()[0]}
try:
    unpack_file(src, dest)
except BaseException as e:
    out["error"] = type(e).__name__ + ": " + str(e)
for root, dirs, files in os.walk(dest):
    for name in dirs + files:
        p = os.path.join(root, name)
        rel = os.path.relpath(p, dest)
        if os.path.islink(p):
            out["links"][rel] = os.readlink(p)
        if os.path.isfile(p):
            with open(p, "rb") as f:
                out["files"][rel] = base64.b64encode(f.read()).decode()
print(json.dumps(out))
`;

export interface PipUnpacked {
  /** Every regular file (or link to one) pip left, by path relative to the unpack directory. */
  files: Map<string, Uint8Array>;
  links: Map<string, string>;
  /** Set when pip refused the archive. */
  error?: string;
  python: string;
}

/** What `pip install` would unpack from this file (pip's unpack_file, exactly as pip calls it). */
export function pipUnpack(filename: string, data: Uint8Array): PipUnpacked {
  const dir = mkdtempSync(join(tmpdir(), 'sdist-guard-cpython-'));
  try {
    const src = join(dir, filename);
    const dest = join(dir, 'out');
    writeFileSync(src, data);
    const r = spawnSync('python3', ['-c', UNPACK, src, dest, pipPath() ?? ''], { encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`python3 failed (${r.status ?? r.signal}): ${r.stderr}`);
    const parsed = JSON.parse(r.stdout) as { files: Record<string, string>; links: Record<string, string>; error?: string; python: string };
    const out: PipUnpacked = {
      files: new Map(Object.entries(parsed.files).map(([k, v]) => [k, new Uint8Array(Buffer.from(v, 'base64'))])),
      links: new Map(Object.entries(parsed.links)),
      python: parsed.python,
    };
    if (parsed.error) out.error = parsed.error;
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const COMPRESS = `
import bz2, lzma, sys
data = sys.stdin.buffer.read()
kind = sys.argv[1]
if kind == "bz2": out = bz2.compress(data)
elif kind == "xz": out = lzma.compress(data, format=lzma.FORMAT_XZ)
elif kind == "lzma": out = lzma.compress(data, format=lzma.FORMAT_ALONE)
else: raise SystemExit("unknown " + kind)
sys.stdout.buffer.write(out)
`;

/** Compressed with CPython's own bz2 / lzma modules. */
export function pyCompress(kind: 'bz2' | 'xz' | 'lzma', data: Uint8Array): Uint8Array {
  const r = spawnSync('python3', ['-c', COMPRESS, kind], { input: data, timeout: TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`python3 could not compress (${r.status ?? r.signal}): ${String(r.stderr)}`);
  return new Uint8Array(r.stdout);
}
