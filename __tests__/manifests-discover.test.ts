import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { discover, formatOf, PARSERS } from '../src/manifests/discover.js';
import { parse as parseRequirements } from '../src/manifests/requirements.js';
import { parse as parsePyproject } from '../src/manifests/pyproject.js';

describe('formatOf', () => {
  test.each([
    ['requirements.txt', 'requirements'],
    ['requirements-dev.txt', 'requirements'],
    ['requirements_test.txt', 'requirements'],
    ['requirements.prod.txt', 'requirements'],
    ['dev-requirements.txt', 'requirements'],
    ['Requirements.txt', 'requirements'],
    ['requirements.in', 'requirements'],
    ['requirements-dev.in', 'requirements'],
    ['requirements/base.txt', 'requirements'],
    ['requirements/dev.in', 'requirements'],
    ['app/requirements/prod.txt', 'requirements'],
    ['app\\requirements\\prod.txt', 'requirements'],
    ['pyproject.toml', 'pyproject'],
    ['sub/dir/pyproject.toml', 'pyproject'],
    ['poetry.lock', 'poetry-lock'],
    ['Pipfile', 'pipfile'],
    ['Pipfile.lock', 'pipfile-lock'],
    ['pdm.lock', 'pdm-lock'],
    ['uv.lock', 'uv-lock'],
    ['scripts/tool.py.lock', 'uv-lock'],
    ['pylock.toml', 'pylock'],
    ['pylock.dev.toml', 'pylock'],
  ])('%s is %s', (name, format) => {
    expect(formatOf(name)).toBe(format);
  });

  test.each([
    'setup.py',
    'MANIFEST.in',
    'docs/conf.in',
    'notes.txt',
    'LICENSE.txt',
    'requirements.txt.bak',
    'requirements.yml',
    'Pyproject.toml',
    'pyproject.toml.orig',
    'requirements/readme.md',
    'requirements/.txt',
    'other/base.txt',
    'pylock.a.b.toml',
    'pipfile',
    'Pipfile.lock.bak',
    'yarn.lock',
  ])('%s is not a manifest', (name) => {
    expect(formatOf(name)).toBeUndefined();
  });

  test('every format has its parser', () => {
    expect(PARSERS.requirements).toBe(parseRequirements);
    expect(PARSERS.pyproject).toBe(parsePyproject);
    for (const format of ['poetry-lock', 'pipfile', 'pipfile-lock', 'pdm-lock', 'uv-lock', 'pylock'] as const) expect(typeof PARSERS[format]).toBe('function');
  });
});

describe('discover', () => {
  let root: string;
  let outside: string;

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'sdist-guard-discover-'));
    outside = mkdtempSync(path.join(tmpdir(), 'sdist-guard-outside-'));
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  function write(rel: string, content = 'x\n'): void {
    const abs = path.join(root, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }

  test('walks directories, skips tool and environment directories, sorts', async () => {
    write('requirements.txt');
    write('pyproject.toml');
    write('services/api/requirements-dev.txt');
    write('services/api/requirements/base.in');
    write('services/api/requirements/prod.txt');
    write('services/api/setup.py');
    write('services/api/MANIFEST.in');
    write('docs/notes.txt');
    write('.git/requirements.txt');
    write('node_modules/pkg/requirements.txt');
    write('lib/python3.12/site-packages/dep/pyproject.toml');
    write('pkg/__pycache__/requirements.txt');
    write('.tox/py312/requirements.txt');
    write('.nox/s/requirements.txt');
    write('.mypy_cache/requirements.txt');
    write('.venv/pyvenv.cfg', 'home = /usr/bin\n');
    write('.venv/lib/x/pyproject.toml');
    write('env2/pyvenv.cfg', 'home = /usr/bin\n');
    write('env2/requirements.txt');
    write('venv-looking-but-not/requirements.txt');

    const { files, diagnostics } = await discover(['.'], root);
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => [f.path, f.format])).toEqual([
      ['pyproject.toml', 'pyproject'],
      ['requirements.txt', 'requirements'],
      ['services/api/requirements-dev.txt', 'requirements'],
      ['services/api/requirements/base.in', 'requirements'],
      ['services/api/requirements/prod.txt', 'requirements'],
      ['venv-looking-but-not/requirements.txt', 'requirements'],
    ]);
    expect(files[0].absPath).toBe(path.join(root, 'pyproject.toml'));
  });

  test('never follows a symlinked directory; a symlinked file counts only inside the root', async () => {
    write('real/requirements.txt');
    write('shared.txt');
    mkdirSync(path.join(outside, 'deps'));
    writeFileSync(path.join(outside, 'deps', 'requirements.txt'), 'evil\n');
    writeFileSync(path.join(outside, 'requirements.txt'), 'evil\n');
    symlinkSync(path.join(root, 'real'), path.join(root, 'linked-dir'), 'dir');
    symlinkSync(path.join(outside, 'deps'), path.join(root, 'outside-dir'), 'dir');
    symlinkSync(path.join(root, 'shared.txt'), path.join(root, 'requirements-link.txt'));
    symlinkSync(path.join(outside, 'requirements.txt'), path.join(root, 'requirements-evil.txt'));
    symlinkSync(path.join(root, 'nowhere.txt'), path.join(root, 'requirements-dangling.txt'));

    const { files, diagnostics } = await discover([root], root);
    expect(files.map((f) => f.path)).toEqual(['real/requirements.txt', 'requirements-link.txt']);
    expect(diagnostics.map((d) => [d.severity, d.path])).toEqual([
      ['warning', 'requirements-dangling.txt'],
      ['warning', 'requirements-evil.txt'],
    ]);
    expect(diagnostics[1].message).toContain('outside the scanned root');
  });

  test('a named file is taken whatever its name; its format comes from the name', async () => {
    write('deps/base.txt');
    write('deps/tools.in');
    write('deps/pyproject.toml');
    write('deps/setup.cfg');
    const { files, diagnostics } = await discover(['deps/tools.in', 'deps/base.txt', 'deps/pyproject.toml', 'deps/setup.cfg'], root);
    expect(files.map((f) => [f.path, f.format])).toEqual([
      ['deps/base.txt', 'requirements'],
      ['deps/pyproject.toml', 'pyproject'],
      ['deps/tools.in', 'requirements'],
    ]);
    expect(diagnostics).toEqual([{ severity: 'error', path: 'deps/setup.cfg', message: expect.stringContaining('not a known manifest') }]);
  });

  test('a file reached twice is listed once; included files are still listed', async () => {
    write('requirements.txt', '-r requirements/base.txt\n');
    write('requirements/base.txt', 'a\n');
    const { files } = await discover(['.', 'requirements.txt', path.join(root, 'requirements')], root);
    expect(files.map((f) => f.path)).toEqual(['requirements.txt', 'requirements/base.txt']);
  });

  test('a missing path and a path outside the root are errors', async () => {
    write('requirements.txt');
    const { files, diagnostics } = await discover(['missing-dir', 'requirements.txt', outside], root);
    expect(files.map((f) => f.path)).toEqual(['requirements.txt']);
    expect(diagnostics).toEqual([
      { severity: 'error', path: 'missing-dir', message: expect.stringContaining('no such file or directory') },
      { severity: 'error', path: outside, message: expect.stringContaining('outside the scanned root') },
    ]);
  });

  test("an extension-less script's uv lock is found beside the script; another tool's .lock is not", async () => {
    const script = '#!/usr/bin/env -S uv run --script\n# /// script\n# dependencies = ["requests"]\n# ///\nimport requests\n';
    write('bin/runner', script);
    write('bin/runner.lock', 'version = 1\n');
    write('bin/other', '#!/bin/sh\necho no metadata here\n');
    write('bin/other.lock', 'version = 1\n');
    write('Gemfile', "source 'https://rubygems.org'\n");
    write('Gemfile.lock', 'GEM\n');
    write('orphan.lock', 'version = 1\n');
    // a link named like a script is not read: it may point outside the root
    writeFileSync(path.join(outside, 'linked'), script);
    symlinkSync(path.join(outside, 'linked'), path.join(root, 'bin/linked'));
    write('bin/linked.lock', 'version = 1\n');
    const { files, diagnostics } = await discover(['.'], root);
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => [f.path, f.format])).toEqual([['bin/runner.lock', 'uv-lock']]);
    const named = await discover(['bin/runner.lock'], root);
    expect(named.files.map((f) => [f.path, f.format])).toEqual([['bin/runner.lock', 'uv-lock']]);
  });

  test('an empty directory has no manifests and no diagnostics', async () => {
    expect(await discover([root], root)).toEqual({ files: [], diagnostics: [] });
  });
});
