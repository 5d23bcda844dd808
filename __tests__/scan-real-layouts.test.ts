// One repository holding, side by side, projects laid out as real ones are (written by us, in the
// shapes of pallets/flask, pydantic/pydantic-ai, python-poetry/poetry, pdm-project/pdm,
// pypa/pipenv, pypa/pip, pypi/warehouse and GoogleCloudPlatform/python-docs-samples): each read as
// its own tool reads it, the scan gives no manifest error, nothing unresolved, and the version each
// target really installs.

import { createHash } from 'node:crypto';
import { startIndexServer } from './helpers/index-server.js';
import { makeWheel } from './helpers/archives.js';
import { makeProject, runCli } from './helpers/project.js';

const sha = (d: Uint8Array) => createHash('sha256').update(d).digest('hex');

type Wheel = ReturnType<typeof makeWheel>;
type Target = { python: string; platform: string; kind: string; version?: string };
type Dep = { name: string; version?: string; status: string; reason: string; via?: string[]; sources: Array<{ path: string; line: number }>; targets: Target[] };

const W: Record<string, Wheel> = {
  werkzeug: makeWheel('werkzeug', '3.1.0'),
  sphinxOld: makeWheel('sphinx', '8.1.3'),
  sphinxNew: makeWheel('sphinx', '8.2.3'),
  winhooks: makeWheel('winhooks', '311', 'cp312-cp312-win_amd64'),
  runner1: makeWheel('taskrunner', '1.0.0'),
  runner2: makeWheel('taskrunner', '2.0.0'),
  virtualenv: makeWheel('virtualenv', '20.26.0'),
  blinker: makeWheel('blinker', '1.9.0'),
  keyring: makeWheel('keyring', '25.0'),
  sixer: makeWheel('sixer', '3.1'),
  rcFinal: makeWheel('rc-b', '1.0'),
  rcPre: makeWheel('rc-b', '2.0b1'),
  flask: makeWheel('flask', '3.1.0'),
  requests: makeWheel('requests', '2.32.0'),
};
const simple = makeWheel('simple', '0.1', 'py2.py3-none-any');

function layout(base: string): Record<string, string | Uint8Array> {
  const wheel = (w: Wheel) => `{ url = "${base}/files/${w.filename}", hash = "sha256:${sha(w.data)}" }`;
  const registry = `source = { registry = "${base}/simple" }`;
  return {
    // pallets/flask: a docs group whose sphinx uv locks at two versions for different Pythons
    'flask/pyproject.toml': '[project]\nname = "flask"\nversion = "3.2.0"\ndependencies = ["werkzeug>=3.1"]\n\n[dependency-groups]\ndocs = ["sphinx"]\n',
    'flask/uv.lock': `version = 1
revision = 3
requires-python = ">=3.10"

[[package]]
name = "flask"
version = "3.2.0"
source = { editable = "." }
dependencies = [{ name = "werkzeug" }]

[package.dev-dependencies]
docs = [
    { name = "sphinx", version = "8.1.3", ${registry}, marker = "python_full_version < '3.11'" },
    { name = "sphinx", version = "8.2.3", ${registry}, marker = "python_full_version >= '3.11'" },
]

[[package]]
name = "sphinx"
version = "8.1.3"
${registry}
wheels = [${wheel(W.sphinxOld)}]

[[package]]
name = "sphinx"
version = "8.2.3"
${registry}
wheels = [${wheel(W.sphinxNew)}]

[[package]]
name = "werkzeug"
version = "3.1.0"
${registry}
wheels = [${wheel(W.werkzeug)}]
`,
    // pydantic/pydantic-ai: [tool.uv] conflicts, and uv's conflict markers on the lock's edges
    'pydantic-ai/pyproject.toml':
      '[project]\nname = "pydantic-ai"\nversion = "1.0.0"\ndependencies = ["winhooks; sys_platform == \'win32\'"]\n\n[project.optional-dependencies]\nmcp-tasks = ["taskrunner==1.0.0"]\n\n[dependency-groups]\ndev = ["taskrunner==2.0.0"]\n\n[tool.uv]\nconflicts = [[{ extra = "mcp-tasks" }, { group = "dev" }]]\n',
    'pydantic-ai/uv.lock': `version = 1
revision = 3
requires-python = ">=3.10"
conflicts = [[
    { package = "pydantic-ai", extra = "mcp-tasks" },
    { package = "pydantic-ai", group = "dev" },
]]

[[package]]
name = "pydantic-ai"
version = "1.0.0"
source = { editable = "." }
dependencies = [
    { name = "winhooks", marker = "sys_platform == 'win32' or (extra == 'extra-11-pydantic-ai-mcp-tasks' and extra == 'group-11-pydantic-ai-dev')" },
]

[package.optional-dependencies]
mcp-tasks = [
    { name = "taskrunner", version = "1.0.0", ${registry}, marker = "extra == 'extra-11-pydantic-ai-mcp-tasks'" },
]

[package.dev-dependencies]
dev = [
    { name = "taskrunner", version = "2.0.0", ${registry}, marker = "extra == 'group-11-pydantic-ai-dev'" },
]

[[package]]
name = "taskrunner"
version = "1.0.0"
${registry}
wheels = [${wheel(W.runner1)}]

[[package]]
name = "taskrunner"
version = "2.0.0"
${registry}
wheels = [${wheel(W.runner2)}]

[[package]]
name = "winhooks"
version = "311"
${registry}
wheels = [${wheel(W.winhooks)}]
`,
    // python-poetry/poetry: a union constraint in PEP 508's parenthesized form
    'poetry/pyproject.toml': '[tool.poetry]\nname = "poetry"\nversion = "1.2.0"\n\n[tool.poetry.dependencies]\npython = "^3.9"\nvirtualenv = "(>=20.4.3,<20.4.5 || >=20.4.7)"\n',
    'poetry/poetry.lock': `[[package]]
name = "virtualenv"
version = "20.26.0"
description = "Virtual Python Environment builder"
optional = false
python-versions = ">=3.7"
groups = ["main"]
files = [
    {file = "${W.virtualenv.filename}", hash = "sha256:${sha(W.virtualenv.data)}"},
]

[metadata]
lock-version = "2.1"
python-versions = "^3.9"
content-hash = "${'0'.repeat(64)}"
`,
    // pdm-project/pdm: it names itself for its extras, and leaves its doc group out of the lock
    'pdm/pyproject.toml':
      '[project]\nname = "pdm"\nversion = "2.20.0"\ndependencies = ["blinker"]\n\n[project.optional-dependencies]\nkeyring = ["keyring"]\nall = ["pdm[keyring]"]\n\n[dependency-groups]\ndoc = ["mkdocs"]\n',
    'pdm/pdm.lock': `[metadata]
groups = ["default", "all", "keyring"]
strategy = ["inherit_metadata"]
lock_version = "4.5.0"

[[package]]
name = "blinker"
version = "1.9.0"
groups = ["default"]
files = [{file = "${W.blinker.filename}", hash = "sha256:${sha(W.blinker.data)}"}]

[[package]]
name = "keyring"
version = "25.0"
groups = ["all", "keyring"]
files = [{file = "${W.keyring.filename}", hash = "sha256:${sha(W.keyring.data)}"}]
`,
    // pypa/pipenv: a wildcard without an operator, and the pylock.toml pipenv writes from it
    'pipenv/Pipfile': '[[source]]\nurl = "https://pypi.org/simple"\nname = "pypi"\n\n[packages]\nsixer = "3.*"\n',
    'pipenv/pyproject.toml': '[project]\nname = "pipenv"\nversion = "2025.0"\ndependencies = ["requests"]\n',
    'pipenv/pylock.toml': `lock-version = "1.0"
created-by = "pipenv"

[[packages]]
name = "sixer"
version = "3.1"
wheels = [{ name = "${W.sixer.filename}", url = "${base}/files/${W.sixer.filename}", hashes = { sha256 = "${sha(W.sixer.data)}" } }]
`,
    // pypa/pip: pip 26's --only-final, and a local wheel file named on a line
    'pip/tests/requirements.txt': '--only-final :all:\n./data/packages/simple-0.1-py2.py3-none-any.whl\nrc-b\n',
    'pip/tests/data/packages/simple-0.1-py2.py3-none-any.whl': simple.data,
    // pypi/warehouse: requirements/*.in compiled with hashes into requirements/*.txt
    'warehouse/requirements/main.in': 'flask\n',
    'warehouse/requirements/main.txt': `#
# This file is autogenerated by pip-compile with Python 3.12
# by the following command:
#
#    pip-compile --generate-hashes --output-file=requirements/main.txt requirements/main.in
#
flask==3.1.0 \\
    --hash=sha256:${sha(W.flask.data)}
    # via -r requirements/main.in
`,
    // GoogleCloudPlatform/python-docs-samples: a PEP 723 script without an extension, locked by uv
    'docs-samples/run/runner': '#!/usr/bin/env -S uv run --script\n# /// script\n# dependencies = ["requests"]\n# ///\nimport requests\n',
    'docs-samples/run/runner.lock': `version = 1
revision = 3
requires-python = ">=3.12"

[manifest]
requirements = [{ name = "requests" }]

[[package]]
name = "requests"
version = "2.32.0"
${registry}
wheels = [${wheel(W.requests)}]
`,
  };
}

describe('projects laid out as real ones', () => {
  let server: Awaited<ReturnType<typeof startIndexServer>>;
  beforeAll(async () => {
    const projects: Record<string, Array<{ filename: string; data: Uint8Array }>> = {};
    for (const w of Object.values(W)) {
      const name = w.filename.split('-')[0]!.replace(/_/g, '-');
      (projects[name] ??= []).push(w);
    }
    server = await startIndexServer({ projects });
  });
  afterAll(async () => {
    await server.close();
  });

  it('reads every file without a manifest error, leaves nothing unresolved, and reports what each target installs', async () => {
    const files = layout(server.url);
    // makeProject writes each value as given: the wheel's bytes as bytes
    const project = makeProject(files as Record<string, string>);
    try {
      const run = await runCli(['scan', '.', '--index-url', server.indexUrl, '--format', 'json', '--python-version', '3.10,3.12', '--platform', 'linux'], { cwd: project.dir });
      const out = JSON.parse(run.stdout) as { manifests: string[]; dependencies: Dep[]; diagnostics: Array<{ severity: string; path: string; message: string }> };
      expect(out.manifests).toContain('docs-samples/run/runner.lock');
      expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      // nothing declared is taken for a stale lock or a misread
      expect(out.diagnostics.filter((d) => /stale|not a valid|cannot read|cannot tell/.test(d.message))).toEqual([]);
      expect(out.dependencies.filter((d) => d.status === 'unresolved')).toEqual([]);

      const at = (name: string, version?: string) => out.dependencies.filter((d) => d.name.toLowerCase() === name && (version === undefined || d.version === version));
      const installs = (name: string, python: string) =>
        at(name).flatMap((d) => d.targets.filter((t) => t.python === python && t.kind !== 'none').map((t) => t.version));
      // flask: each Python gets its own sphinx
      expect(installs('sphinx', '3.10')).toEqual(['8.1.3']);
      expect(installs('sphinx', '3.12')).toEqual(['8.2.3']);
      // pydantic-ai: the Windows-only package stays off Linux, with its locked version kept
      expect(at('winhooks')).toEqual([expect.objectContaining({ status: 'skipped', version: '311' })]);
      expect(at('taskrunner').map((d) => d.version).sort()).toEqual(['1.0.0', '2.0.0']);
      // poetry, pdm, pipenv: the locked versions, on the manifest's lines
      expect(at('virtualenv')[0]).toMatchObject({ version: '20.26.0', sources: [expect.objectContaining({ path: 'poetry/pyproject.toml', line: 7 })] });
      expect(at('keyring')[0]).toMatchObject({ version: '25.0', sources: [expect.objectContaining({ path: 'pdm/pyproject.toml', line: 7 })] });
      expect(at('pdm')).toEqual([]);
      expect(at('mkdocs')).toEqual([]);
      expect(at('sixer')[0]).toMatchObject({ version: '3.1', sources: [expect.objectContaining({ path: 'pipenv/Pipfile', line: 6 })] });
      // pip: finals only, and the local wheel is that wheel
      expect(installs('rc-b', '3.12')).toEqual(['1.0']);
      expect(at('simple')[0]).toMatchObject({ status: 'wheel', version: '0.1' });
      // warehouse: the compiled file is what installs; the .in is not resolved on its own
      expect(at('flask').map((d) => d.sources.map((s) => s.path))).toEqual([['warehouse/requirements/main.txt']]);
      // python-docs-samples: the script's lock
      expect(at('requests').flatMap((d) => d.sources.map((s) => s.path))).toEqual(expect.arrayContaining(['docs-samples/run/runner.lock']));
    } finally {
      project.cleanup();
    }
  }, 120_000);
});
