// Which manifest a lock (or a compiled requirements file) belongs to, and what of the manifest is
// left when the lock covers it: read as the owning tools read them (pdm, pipenv, pip-tools, uv).

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PARSERS, type ManifestFile, type ManifestFormat } from '../src/manifests/discover.js';
import { pairLocks, type ParsedManifest } from '../src/manifests/pairing.js';
import { compiledSources } from '../src/manifests/compiled-header.js';
import { readInsideRoot } from '../src/manifests/safe-read.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'sdist-guard-pairing-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function parsed(files: Record<string, [ManifestFormat, string]>): ParsedManifest[] {
  for (const [rel, [, text]] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  const ctx = { root, readFile: readInsideRoot(root), env: {} };
  return Object.entries(files).map(([rel, [format, text]]) => {
    const file: ManifestFile = { absPath: path.join(root, rel), path: rel, format };
    return { file, result: PARSERS[format](text, rel, ctx) };
  });
}

const PDM_PYPROJECT = `[project]
name = "pdm"
version = "2.0"
dependencies = ["blinker"]

[project.optional-dependencies]
keyring = ["keyring"]
template = ["pdm-template"]
all = ["pdm[keyring,template]"]

[dependency-groups]
doc = ["mkdocs"]
test = ["pytest"]
`;

const pdmLock = (groups: string[]) => `[metadata]
groups = ${JSON.stringify(groups)}
strategy = ["inherit_metadata"]
lock_version = "4.5.0"

[[package]]
name = "blinker"
version = "1.0"
groups = ["default"]
files = []

[[package]]
name = "keyring"
version = "25.0"
groups = ["keyring", "all"]
files = []

[[package]]
name = "pdm-template"
version = "1.0"
groups = ["template", "all"]
files = []

[[package]]
name = "pytest"
version = "8.0"
groups = ["test"]
files = []
`;

describe('pdm', () => {
  it('a project naming itself (pdm[keyring,template]) is the project, not a package to find', () => {
    const [manifest] = parsed({ 'pyproject.toml': ['pyproject', PDM_PYPROJECT] });
    expect(manifest.result.diagnostics).toEqual([]);
    expect(manifest.result.dependencies.map((d) => d.name)).toEqual(['blinker', 'keyring', 'pdm-template', 'mkdocs', 'pytest']);
  });

  it('a group the lock deliberately leaves out ([metadata] groups) is not a stale lock; one it should hold is', () => {
    const { units, diagnostics } = pairLocks(parsed({ 'pyproject.toml': ['pyproject', PDM_PYPROJECT], 'pdm.lock': ['pdm-lock', pdmLock(['default', 'keyring', 'template', 'all', 'test'])] }));
    expect(diagnostics).toEqual([]);
    // the doc group is not locked: pdm installs it from no lock, so nothing of it is resolved
    expect(units.flatMap((u) => u.dependencies.map((d) => d.name)).sort()).toEqual(['blinker', 'keyring', 'pdm-template', 'pytest']);

    const stale = pairLocks(parsed({ 'pyproject.toml': ['pyproject', PDM_PYPROJECT], 'pdm.lock': ['pdm-lock', pdmLock(['default', 'keyring', 'template', 'all', 'test', 'doc'])] }));
    expect(stale.diagnostics.map((d) => [d.line, d.message])).toEqual([[12, expect.stringMatching(/^mkdocs is declared here but not in pdm\.lock: the lock may be stale/)]]);
  });
});

describe('a pylock.toml that pipenv generated', () => {
  const pylock = (createdBy: string) => `lock-version = "1.0"
created-by = "${createdBy}"

[[packages]]
name = "requests"
version = "2.32.0"
sdist = { name = "requests-2.32.0.tar.gz", url = "https://files.example/requests-2.32.0.tar.gz", hashes = { sha256 = "${'a'.repeat(64)}" } }
`;

  it('belongs to the Pipfile beside it, not to the package\'s own pyproject.toml', () => {
    const files = {
      Pipfile: ['pipfile', '[packages]\nrequests = "*"\n'] as [ManifestFormat, string],
      'pyproject.toml': ['pyproject', '[project]\nname = "tool"\nversion = "1"\ndependencies = ["click"]\n'] as [ManifestFormat, string],
      'pylock.toml': ['pylock', pylock('pipenv')] as [ManifestFormat, string],
    };
    const { units, diagnostics } = pairLocks(parsed(files));
    expect(diagnostics).toEqual([]);
    const requests = units.flatMap((u) => u.dependencies).find((d) => d.name === 'requests')!;
    expect(requests.source).toMatchObject({ path: 'Pipfile', line: 2 });
    expect(requests.locked?.version).toBe('2.32.0');
    // the package's own dependency is still its own
    expect(units.flatMap((u) => u.dependencies).find((d) => d.name === 'click')?.source.path).toBe('pyproject.toml');
  });

  it('one another tool wrote still belongs to pyproject.toml', () => {
    const files = {
      Pipfile: ['pipfile', '[packages]\nrequests = "*"\n'] as [ManifestFormat, string],
      'pyproject.toml': ['pyproject', '[project]\nname = "tool"\nversion = "1"\ndependencies = ["requests"]\n'] as [ManifestFormat, string],
      'pylock.toml': ['pylock', pylock('uv')] as [ManifestFormat, string],
    };
    const { units } = pairLocks(parsed(files));
    const fromLock = units.flatMap((u) => u.dependencies).filter((d) => d.locked?.version === '2.32.0');
    expect(fromLock.map((d) => d.source.path)).toEqual(['pyproject.toml']);
  });
});

describe('-e . in a requirements file', () => {
  it('is named after the project its pyproject.toml or setup.cfg declares, else after the folder', () => {
    const [withPyproject, withCfg, bare] = parsed({
      'app/requirements.txt': ['requirements', '-e .\n'],
      'app/pyproject.toml': ['pyproject', '[project]\nname = "real-name"\nversion = "1"\n'],
      'lib/requirements.txt': ['requirements', '-e .\n'],
      'lib/setup.cfg': ['requirements', '[metadata]\nname = cfg-name\n'],
      'plain/requirements.txt': ['requirements', '-e .\n'],
    }).filter((p) => p.file.path.endsWith('requirements.txt'));
    expect(withPyproject.result.dependencies.map((d) => d.name)).toEqual(['real-name']);
    expect(withCfg.result.dependencies.map((d) => d.name)).toEqual(['cfg-name']);
    expect(bare.result.dependencies.map((d) => d.name)).toEqual(['plain']);
  });
});

describe('requirements.in and the file pip-compile or uv compiled from it', () => {
  const PIP_COMPILE = `#
# This file is autogenerated by pip-compile with Python 3.12
# by the following command:
#
#    pip-compile --output-file=requirements.txt requirements.in
#
blinker==1.9.0
    # via flask
flask==3.1.0
    # via -r requirements.in
`;
  const UV = `# This file was autogenerated by uv via the following command:
#    uv pip compile services/api/requirements.in -o services/api/requirements.txt
flask==3.1.0
    # via -r services/api/requirements.in
`;

  it('reads the .in files the header command names, and nothing from a file without one', () => {
    expect(compiledSources(PIP_COMPILE)).toEqual(['requirements.in']);
    expect(compiledSources(UV)).toEqual(['services/api/requirements.in']);
    expect(compiledSources('#    pip-compile requirements.in\nflask\n')).toBeUndefined();
    expect(compiledSources('flask==1\n# This file is autogenerated by pip-compile\n#    pip-compile a.in\n')).toBeUndefined();
    expect(compiledSources('# This file was autogenerated by uv via the following command:\n#    uv pip compile pyproject.toml -c constraints.in -o out.txt\n')).toEqual([]);
  });

  it('the compiled file is what is installed; the .in keeps only what it lacks, with a warning', () => {
    const { units, diagnostics } = pairLocks(
      parsed({ 'requirements.in': ['requirements', 'flask\nrich\n'], 'requirements.txt': ['requirements', PIP_COMPILE] }),
    );
    expect(units.map((u) => u.dependencies.map((d) => `${d.source.path}:${d.name}`))).toEqual([['requirements.in:rich'], ['requirements.txt:blinker', 'requirements.txt:flask']]);
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^rich is declared here but not in requirements\.txt: the compiled file may be stale/)]);
  });

  it('a command run from the root names the .in by its path from the root', () => {
    const { units, diagnostics } = pairLocks(
      parsed({ 'services/api/requirements.in': ['requirements', 'flask\n'], 'services/api/requirements.txt': ['requirements', UV] }),
    );
    expect(diagnostics).toEqual([]);
    expect(units.map((u) => u.dependencies.map((d) => d.source.path))).toEqual([['services/api/requirements.txt']]);
  });

  it('an .in no compiled file names is resolved on its own', () => {
    const { units } = pairLocks(parsed({ 'requirements.in': ['requirements', 'flask\n'], 'requirements.txt': ['requirements', 'flask==3.1.0\n'] }));
    expect(units.map((u) => u.dependencies.map((d) => d.source.path))).toEqual([['requirements.in'], ['requirements.txt']]);
  });
});

describe('via from the graph a lock records', () => {
  it('poetry.lock and pdm.lock: from what nothing else requires, shortest chain first; a cycle alone gives none', () => {
    const poetry = `[[package]]
name = "requests"
version = "2.32.0"
files = []

[package.dependencies]
idna = ">=2.5"
urllib3 = {version = ">=1.21", markers = "python_version >= \\"3.8\\""}

[[package]]
name = "idna"
version = "3.7"
files = []

[[package]]
name = "urllib3"
version = "2.2.0"
files = []

[package.dependencies]
idna = "*"

[[package]]
name = "loop-a"
version = "1.0"
files = []

[package.dependencies]
loop-b = "*"

[[package]]
name = "loop-b"
version = "1.0"
files = []

[package.dependencies]
loop-a = "*"

[metadata]
lock-version = "2.1"
`;
    const pdm = `[metadata]
groups = ["default"]
lock_version = "4.5.0"

[[package]]
name = "requests"
version = "2.32.0"
groups = ["default"]
dependencies = ["idna>=2.5", "urllib3<3,>=1.21; python_version >= \\"3.8\\""]
files = []

[[package]]
name = "idna"
version = "3.7"
groups = ["default"]
files = []

[[package]]
name = "urllib3"
version = "2.2.0"
groups = ["default"]
files = []
`;
    const [p, d] = parsed({ 'poetry.lock': ['poetry-lock', poetry], 'pdm.lock': ['pdm-lock', pdm] });
    const via = (r: ParsedManifest) => Object.fromEntries(r.result.dependencies.map((x) => [x.name, x.via]));
    expect(via(p)).toEqual({ requests: undefined, idna: ['requests', 'idna'], urllib3: ['requests', 'urllib3'], 'loop-a': undefined, 'loop-b': undefined });
    expect(via(d)).toEqual({ requests: undefined, idna: ['requests', 'idna'], urllib3: ['requests', 'urllib3'] });
  });
});
