// The command line a process call runs, as far as it is known, and what kind of program it names.

import { PROCESS_CALLS } from './catalog.js';
import type { CallFact } from './model.js';
import { HOLE, type Value, deepTaint } from './values.js';

export interface Command {
  /** Arguments as text; unknown parts are `HOLE`. */
  argv: string[];
  /** The whole command line as one string. */
  text: string;
  /** Run through a shell (a string command, `shell=True`, `os.system`). */
  shell: boolean;
  /** Every part is known. */
  known: boolean;
  /** Taint of the command's parts. */
  t: number;
  /** The program, lower-cased, without directory or `.exe`: `git`, `powershell`. */
  program: string;
}

function itemText(v: Value): string {
  if (v.k === 'str') return v.s;
  if (v.k === 'num') return String(v.n);
  if (v.k === 'ref' && (v.q === 'sys.executable' || v.q === 'sys._base_executable')) return 'python';
  if (v.k === 'obj' && v.path && v.path.k === 'str') return v.path.s;
  return HOLE;
}

/** Splits a shell command line into words, honouring quotes. */
export function shellWords(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote = '';
  let has = false;
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = '';
      else cur += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      has = true;
      continue;
    }
    if (/\s/.test(ch)) {
      if (cur || has) out.push(cur);
      cur = '';
      has = false;
      continue;
    }
    cur += ch;
  }
  if (cur || has) out.push(cur);
  return out;
}

export function programName(word: string): string {
  const base = word.replace(/\\/g, '/').split('/').pop() ?? word;
  return base.toLowerCase().replace(/\.(exe|cmd|bat|com)$/, '').replace(/^"|"$/g, '');
}

export function commandOf(call: CallFact): Command | undefined {
  const spec = PROCESS_CALLS[call.callee];
  if (!spec) return undefined;
  const first = call.args[spec.cmd] ?? (spec.kw ? call.kwargs[spec.kw] : undefined);
  if (!first) return undefined;
  const isExecFamily = /^os\.(exec|spawn|posix_spawn)/.test(call.callee);
  let parts: Value[];
  if (isExecFamily) {
    // os.execv(path, argv) / os.execl(path, arg0, arg1, ...): the program, then its argv
    const rest = call.args.slice(spec.cmd + 1);
    const argv = rest.length === 1 && rest[0].k === 'seq' ? rest[0].items.slice(1) : rest.slice(1);
    parts = [first, ...argv.filter((v) => v.k !== 'dict')];
  } else if (first.k === 'seq') parts = first.items;
  else parts = [first];
  let t = 0;
  for (const p of parts) t |= deepTaint(p);
  const texts = parts.map(itemText);
  const shellKw = call.kwargs.shell;
  const shell = !!spec.shell || (shellKw?.k === 'const' && shellKw.v === 'True') || (parts.length === 1 && first.k === 'str' && /\s/.test(first.s));
  const argv = parts.length === 1 && first.k === 'str' ? shellWords(texts[0]) : texts;
  const text = parts.length === 1 ? texts[0] : texts.map((w) => (/\s/.test(w) ? `"${w}"` : w)).join(' ');
  const known = !text.includes(HOLE) && !parts.some((p) => p.k === 'str' && p.partial);
  let program = argv[0] ? programName(argv[0]) : '';
  // `cmd /c x`, `sh -c x` and `env X=1 x` run the next word
  for (let i = 0; i < 3 && ['cmd', 'env', 'nohup', 'sudo', 'start', 'call'].includes(program) && argv.length > 1; i++) {
    const next = argv.findIndex((w, j) => j > 0 && !w.startsWith('/') && !w.startsWith('-') && !w.includes('='));
    if (next === -1 || program === 'start') break;
    program = programName(argv[next]);
  }
  return { argv, text, shell, known, t, program };
}

/** Programs that ordinary build scripts run to configure, compile or describe the build. */
export const BUILD_TOOLS = new Set([
  'git', 'hg', 'svn', 'bzr', 'pkg-config', 'pkgconf', 'cmake', 'make', 'gmake', 'nmake', 'ninja', 'meson', 'scons', 'gcc', 'g++', 'cc', 'c++',
  'clang', 'clang++', 'cl', 'link', 'lib', 'nvcc', 'hipcc', 'icc', 'icpc', 'gfortran', 'f2py', 'cython', 'cythonize', 'llvm-config',
  'python', 'python2', 'python3', 'pypy', 'pypy3', 'uname', 'xcrun', 'xcode-select', 'sw_vers', 'ldconfig', 'brew', 'port',
  'pg_config', 'mysql_config', 'mariadb_config', 'icu-config', 'curl-config', 'xml2-config', 'xslt-config', 'sdl2-config',
  'sdl-config', 'freetype-config', 'libpng-config', 'gdal-config', 'geos-config', 'gsl-config', 'mpicc', 'mpicxx', 'swig',
  'protoc', 'go', 'cargo', 'rustc', 'rustup', 'npm', 'node', 'yarn', 'java', 'javac', 'ar', 'ranlib', 'strip', 'install_name_tool',
  'otool', 'lipo', 'ld', 'nm', 'objdump', 'patchelf', 'autoreconf', 'autoconf', 'automake', 'libtool', 'configure', 'autogen.sh',
  'bison', 'flex', 'yacc', 'lex', 'gperf', 'doxygen', 'sphinx-build', 'pandoc', 'dpkg-architecture', 'lsb_release', 'getconf',
  'sysctl', 'nproc', 'which', 'where', 'msbuild', 'devenv', 'vcvarsall', 'nasm', 'yasm', 'perl', 'tar', 'unzip', 'patch', 'cp', 'mv',
  'rm', 'mkdir', 'ln', 'touch', 'echo', 'true', 'ccache', 'sccache', 'clang-cl', 'lld', 'ld.lld', 'rpm', 'dpkg', 'sh', 'bash',
  'hipconfig', 'rocminfo', 'nvidia-smi', 'vswhere', 'gnatmake', 'cpp', 'moc', 'uic', 'rcc', 'qmake', 'sip', 'sip-build', 'windres',
  'rc', 'mt', 'dumpbin', 'gem', 'ruby', 'sass', 'lessc', 'tsc', 'webpack', 'maturin', 'pip', 'conda', 'arch', 'file', 'ls', 'find',
  'cat', 'sed', 'grep', 'awk', 'chmod', 'install', 'ldd', 'uname.exe', 'gpg', 'pybind11-config', 'numpy-config', 'pythran',
]);
