// What an sdist's build files declare, read without running them: the build requirements pip
// installs first (compared with pip's own reading of pyproject.toml), static setup_requires, and
// the dependencies written as literals, with what must be left unknown.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { declaredRequirements, isDeclarations, DEFAULT_BUILD_REQUIRES, type Declarations } from '../src/analysis/declared.js';
import { findPip } from './helpers/pip.js';

const read = (files: Record<string, string>): Declarations => declaredRequirements(new Map(Object.entries(files)));
const requires = (d: Declarations) => ('requires' in d.buildSystem ? d.buildSystem.requires.map((r) => r.requirement) : d.buildSystem.refused);

const SETUP = 'from setuptools import setup\n';

describe('build requirements', () => {
  it('takes [build-system].requires as written, with the line of each', () => {
    const d = read({ 'pyproject.toml': '[build-system]\nrequires = [\n  "hatchling>=1.20",\n  "hatch-vcs",\n]\nbuild-backend = "hatchling.build"\n' });
    expect(d.buildSystem).toEqual({
      requires: [
        { requirement: 'hatchling>=1.20', file: 'pyproject.toml', line: 3 },
        { requirement: 'hatch-vcs', file: 'pyproject.toml', line: 4 },
      ],
      backend: 'hatchling.build',
      default: false,
    });
  });

  it('assumes what pip assumes without a [build-system] table, and refuses what pip refuses', () => {
    for (const files of [{ 'setup.py': SETUP }, { 'setup.py': SETUP, 'pyproject.toml': '[tool.black]\nline-length = 100\n' }] as Array<Record<string, string>>) {
      expect(requires(read(files))).toEqual(DEFAULT_BUILD_REQUIRES);
      expect(read(files).buildSystem).toMatchObject({ default: true, backend: 'setuptools.build_meta:__legacy__' });
    }
    expect(requires(read({ 'pyproject.toml': '[build-system]\nbuild-backend = "x"\n' }))).toMatch(/without the mandatory `requires` key/);
    expect(requires(read({ 'pyproject.toml': '[build-system]\nrequires = "setuptools"\n' }))).toMatch(/not a list of strings/);
    expect(requires(read({ 'pyproject.toml': '[build-system]\nrequires = ["setuptools >>= 1"]\n' }))).toMatch(/invalid requirement/);
    expect(requires(read({ 'pyproject.toml': '[build-system\nrequires = []\n' }))).toMatch(/not valid TOML/);
    expect(requires(read({ 'README.md': 'x' }))).toMatch(/neither 'setup.py' nor 'pyproject.toml'/);
    // with requires but no backend, the requires stand alone (pip only checks for setuptools after)
    expect(read({ 'pyproject.toml': '[build-system]\nrequires = ["cython"]\n' }).buildSystem).toMatchObject({ requires: [{ requirement: 'cython' }], backend: 'setuptools.build_meta:__legacy__' });
  });

  it('reads literal setup_requires for the setuptools backend only', () => {
    expect(read({ 'setup.py': `${SETUP}setup(name="x", setup_requires=["cffi>=1.0", "pbr"])\n` }).setupRequires.map((r) => [r.requirement, r.file, r.line])).toEqual([
      ['cffi>=1.0', 'setup.py', 2],
      ['pbr', 'setup.py', 2],
    ]);
    expect(read({ 'setup.py': `${SETUP}NEEDS = ("pbr",)\nsetup(setup_requires=NEEDS)\n` }).setupRequires.map((r) => r.requirement)).toEqual(['pbr']);
    expect(read({ 'setup.py': SETUP + 'setup()\n', 'setup.cfg': '[options]\nsetup_requires =\n    pbr\n    cffi\n' }).setupRequires.map((r) => r.requirement)).toEqual(['pbr', 'cffi']);
    // setup.py's keyword wins over setup.cfg's
    expect(read({ 'setup.py': `${SETUP}setup(setup_requires=["a"])\n`, 'setup.cfg': '[options]\nsetup_requires = b\n' }).setupRequires.map((r) => r.requirement)).toEqual(['a']);
    // computed: not claimed, and said
    const computed = read({ 'setup.py': `${SETUP}import sys\nsetup(setup_requires=["pytest-runner"] if "test" in sys.argv else [])\n` });
    expect(computed.setupRequires).toEqual([]);
    expect(computed.unread).toEqual(['setup.py computes setup_requires']);
    // another backend never asks for setup_requires
    expect(read({ 'pyproject.toml': '[build-system]\nrequires = ["flit_core"]\nbuild-backend = "flit_core.buildapi"\n', 'setup.py': `${SETUP}setup(setup_requires=["x"])\n` }).setupRequires).toEqual([]);
  });

  it('survives hostile build files', () => {
    for (const text of ['(' .repeat(5000), 'setup(' + '"a",'.repeat(100_000) + ')', '\0\0\0', 'setup(setup_requires=[f"{x}"])']) {
      const d = read({ 'setup.py': text });
      expect(isDeclarations(d)).toBe(true);
    }
    expect(isDeclarations(read({ 'pyproject.toml': 'x'.repeat(2 * 1024 * 1024) }))).toBe(true);
    expect(isDeclarations({ buildSystem: { requires: [1] }, setupRequires: [], unread: [] })).toBe(false);
  });
});

describe('static dependencies', () => {
  it('takes PEP 621 dependencies and extras unless dynamic', () => {
    const d = read({ 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["a>=1", "b; os_name == \'nt\'"]\n[project.optional-dependencies]\ntest = ["c; python_version < \'3.12\'"]\n' });
    expect(d.install).toEqual({ requirements: ['a>=1', "b; os_name == 'nt'", 'c ; (python_version < \'3.12\') and extra == "test"'], extras: ['test'], from: 'pyproject.toml' });
    const dynamic = read({ 'pyproject.toml': '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n[project]\nname = "x"\ndynamic = ["dependencies"]\n' });
    expect(dynamic.install).toBeUndefined();
    expect(dynamic.unread[0]).toMatch(/leaves dependencies to the build backend/);
  });

  it('takes literal install_requires and extras_require from setup.py, and setup.cfg where setup.py is silent', () => {
    const d = read({ 'setup.py': `${SETUP}REQS = ["a", "b>2"]\nsetup(install_requires=REQS, extras_require={"fast:sys_platform=='linux'": ["c"]})\n` });
    expect(d.install).toEqual({ requirements: ['a', 'b>2', `c ; (sys_platform=='linux') and extra == "fast"`], extras: ['fast'], from: 'setup.py' });
    const cfg = read({ 'setup.py': SETUP + 'setup()\n', 'setup.cfg': '[options]\ninstall_requires =\n    # pinned\n    a==1\n    b\n[options.extras_require]\nDocs = sphinx\n' });
    expect(cfg.install).toEqual({ requirements: ['a==1', 'b', 'sphinx ; extra == "docs"'], extras: ['docs'], from: 'setup.cfg' });
    // setuptools fills dynamic [project] fields from setup.py
    expect(read({ 'pyproject.toml': '[project]\nname = "x"\ndynamic = ["dependencies"]\n', 'setup.py': `${SETUP}setup(install_requires=["z"])\n` }).install).toMatchObject({ requirements: ['z'], from: 'setup.py' });
  });

  it('claims nothing where the build decides', () => {
    const cases: Array<[Record<string, string>, RegExp | undefined]> = [
      [{ 'setup.py': `${SETUP}setup(install_requires=open("requirements.txt").read().splitlines())\n` }, /computes install_requires/],
      [{ 'setup.py': `${SETUP}kw = dict(install_requires=["a"])\nsetup(**kw)\n` }, /\*\*keywords/],
      [{ 'setup.py': `${SETUP}REQS = ["a"]\nREQS.append("b")\nsetup(install_requires=REQS)\n` }, /computes install_requires/],
      [{ 'setup.py': `${SETUP}setup(name="x")\n` }, undefined],
      [{ 'setup.py': SETUP + 'setup()\n', 'setup.cfg': '[options]\ninstall_requires = file: requirements.txt\n' }, /reads install_requires from elsewhere/],
      [{ 'pyproject.toml': '[project]\nname = "x"\ndynamic = ["dependencies"]\n[tool.setuptools.dynamic]\ndependencies = {file = ["requirements.txt"]}\n' }, /from a file/],
    ];
    for (const [files, why] of cases) {
      const d = read(files);
      expect(d.install).toBeUndefined();
      if (why) expect(d.unread.join('\n')).toMatch(why);
    }
  });
});

// pip's own reading of pyproject.toml (pip._internal.pyproject.load_pyproject_toml), run on the
// same files: the build requirements and backend must agree, and so must a refusal.
const pip = findPip();
const differential = pip && pip.argv.length === 2 ? it : it.skip;
if (!pip) console.warn('no pip on this machine: the differential test of build requirements is skipped');

describe('against pip', () => {
  differential('reads the build requirements pip reads, and refuses what pip refuses', () => {
    const pipPath = dirname(pip!.argv[1]!);
    const cases: Array<Record<string, string>> = [
      { 'setup.py': SETUP },
      { 'setup.py': SETUP, 'pyproject.toml': '[project]\nname = "x"\n' },
      { 'pyproject.toml': '[build-system]\nrequires = ["hatchling>=1", "hatch-vcs"]\nbuild-backend = "hatchling.build"\n' },
      { 'pyproject.toml': '[build-system]\nrequires = ["cython; python_version < \'4\'"]\n', 'setup.py': SETUP },
      { 'pyproject.toml': '[build-system]\nrequires = []\nbuild-backend = "backend"\nbackend-path = ["."]\n' },
      { 'pyproject.toml': '[build-system]\nbuild-backend = "x"\n' },
      { 'pyproject.toml': '[build-system]\nrequires = "setuptools"\n' },
      { 'pyproject.toml': '[build-system]\nrequires = ["setuptools", 3]\n' },
      { 'pyproject.toml': '[build-system]\nrequires = ["setuptools >>= 1"]\n' },
      { 'README.md': '' },
    ];
    const script = `
import json, os, sys
sys.path.insert(0, ${JSON.stringify(pipPath)})
from pip._internal.pyproject import load_pyproject_toml
out = []
for d in sys.argv[1:]:
    try:
        r = load_pyproject_toml(os.path.join(d, "pyproject.toml"), os.path.join(d, "setup.py"), "pkg")
        out.append({"requires": r.requires, "backend": r.backend})
    except Exception as e:
        out.append({"refused": type(e).__name__})
print(json.dumps(out))
`;
    const root = mkdtempSync(join(tmpdir(), 'sdist-guard-test-declared-'));
    try {
      const dirs = cases.map((files, i) => {
        const dir = join(root, String(i));
        for (const [name, text] of Object.entries(files)) {
          execFileSync('mkdir', ['-p', dir]);
          writeFileSync(join(dir, name), text);
        }
        return dir;
      });
      const theirs = JSON.parse(execFileSync('python3', ['-c', script, ...dirs], { encoding: 'utf8', timeout: 60_000 })) as Array<{ requires?: string[]; backend?: string; refused?: string }>;
      cases.forEach((files, i) => {
        const ours = read(files).buildSystem;
        const pipSays = theirs[i]!;
        if (pipSays.refused) expect([i, 'refused' in ours]).toEqual([i, true]);
        else expect([i, ours]).toEqual([i, expect.objectContaining({ requires: pipSays.requires!.map((r) => expect.objectContaining({ requirement: r })), backend: pipSays.backend })]);
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('what pip installs to build it', () => {
  it('is [build-system].requires, then the setup_requires it does not already name', async () => {
    const { buildRequirements } = await import('../src/closure.js');
    const d = read({ 'pyproject.toml': '[build-system]\nrequires = ["setuptools>=61", "Cython"]\nbuild-backend = "setuptools.build_meta"\n', 'setup.py': `${SETUP}setup(setup_requires=["cython<3", "cffi"])\n` });
    expect(buildRequirements(d).map((r) => r.requirement)).toEqual(['setuptools>=61', 'Cython', 'cffi']);
    expect(buildRequirements(read({ 'pyproject.toml': '[build-system]\nbuild-backend = "x"\n' }))).toEqual([]);
  });
});
