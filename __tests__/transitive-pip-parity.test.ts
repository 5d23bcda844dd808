// The resolve stage's promise: for a requirements file, the set of packages (and versions) reported
// is the set pip itself would install from the same index. This runs the real pip
// (`pip install --dry-run --report`, isolated from the machine's pip configuration) against the local
// index on the interpreter that runs it, and compares with a scan for that interpreter's Python.
// Everything here is a wheel: pip reads their metadata and never builds or runs anything.

import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { normalizeName } from '../src/python/names.js';
import { makeZip } from './helpers/archives.js';
import { startIndexServer, type IndexServerFile } from './helpers/index-server.js';
import { makeProject, runCli } from './helpers/project.js';
import { findPip } from './helpers/pip.js';

const run = promisify(execFile);

const pip = findPip();

function hostPython(): string | undefined {
  try {
    if (!pip) return undefined;
    const out = execFileSync('python3', ['-c', 'import sys; print("%d.%d %s" % (sys.version_info[0], sys.version_info[1], sys.platform))']).toString().trim();
    const [version, platform] = out.split(' ');
    // the scan's `linux` target is x86_64 Linux; markers here only look at sys_platform and python_version
    return platform === 'linux' ? version : undefined;
  } catch {
    return undefined;
  }
}

/** A wheel providing `extras`; with `metadataFile` the index also serves its PEP 658 metadata file. */
function w(name: string, version: string, deps: string[] = [], metadataFile = false, extras: string[] = []): IndexServerFile {
  const dist = name.replace(/[-.]+/g, '_');
  const info = `${dist}-${version}.dist-info`;
  const metadata =
    `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n` + extras.map((e) => `Provides-Extra: ${e}\n`).join('') + deps.map((d) => `Requires-Dist: ${d}\n`).join('');
  const data = makeZip({
    [`${dist}/__init__.py`]: '',
    [`${info}/METADATA`]: metadata,
    [`${info}/WHEEL`]: 'Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
    [`${info}/RECORD`]: '',
  });
  return { filename: `${dist}-${version}-py3-none-any.whl`, data, ...(metadataFile ? { metadata } : {}) };
}

const PROJECTS: Record<string, IndexServerFile[]> = {
  'p-top': [w('p-top', '1.0', ['p-left', 'p-right'], true)],
  'p-left': [w('p-left', '1.0', ['p-shared>=1'])],
  'p-right': [w('p-right', '1.0', ['p-shared<3'], true)],
  'p-shared': [w('p-shared', '1.0'), w('p-shared', '2.0', ['p-leaf']), w('p-shared', '3.0', ['p-never'])],
  'p-leaf': [w('p-leaf', '1.0')],
  'p-never': [w('p-never', '1.0')],
  'p-cyc-a': [w('p-cyc-a', '1.0', ['p-cyc-b'])],
  'p-cyc-b': [w('p-cyc-b', '1.0', ['p-cyc-a>=1'])],
  'p-extra': [w('p-extra', '1.0', ['p-fast; extra == "fast"', 'p-slow; extra == "slow"', 'p-mixed-case[x]', 'p-nodecl[y]'], false, ['fast', 'slow'])],
  'p-fast': [w('p-fast', '1.0')],
  'p-slow': [w('p-slow', '1.0')],
  'P_Mixed.Case': [w('P_Mixed.Case', '1.0', ['p-xdep; extra == "x"'], true, ['x'])],
  // requires by an extra it does not declare: pip ignores the extra
  'p-nodecl': [w('p-nodecl', '1.0', ['p-ydep; extra == "y"'])],
  'p-ydep': [w('p-ydep', '1.0')],
  'p-xdep': [w('p-xdep', '1.0')],
  'p-mark': [w('p-mark', '1.0', ['p-lin; sys_platform == "linux"', 'p-win; sys_platform == "win32"', 'p-future; python_version >= "3.99"', 'p-now; python_version >= "3.6"'])],
  'p-lin': [w('p-lin', '1.0')],
  'p-win': [w('p-win', '1.0')],
  'p-future': [w('p-future', '1.0')],
  'p-now': [w('p-now', '1.0')],
  'p-repick-a': [w('p-repick-a', '1.0', ['p-zed'])],
  'p-repick-b': [w('p-repick-b', '1.0', ['p-mid'])],
  'p-mid': [w('p-mid', '1.0', ['p-zed<2'])],
  'p-zed': [w('p-zed', '1.0'), w('p-zed', '3.0', ['p-z3only'])],
  'p-z3only': [w('p-z3only', '1.0')],
  'p-narrowed': [w('p-narrowed', '1.5'), w('p-narrowed', '2.5')],
  'p-needs-old': [w('p-needs-old', '1.0', ['p-narrowed<2'])],
  'p-pre': [w('p-pre', '1.0', ['p-beta'])],
  // a version excluded only by a requirement of a version that is itself excluded later: pip does
  // not go back to it (in this order of the lines), and neither does the scan
  'p-sx': [w('p-sx', '1.0'), w('p-sx', '2.0')],
  'p-sy': [w('p-sy', '1.0'), w('p-sy', '2.0', ['p-sx<2'])],
  'p-sz': [w('p-sz', '1.0', ['p-sy<2'])],
  'p-conf-a': [w('p-conf-a', '1.0', ['p-conflicted<2'])],
  'p-conf-b': [w('p-conf-b', '1.0', ['p-conflicted>=2'])],
  'p-conflicted': [w('p-conflicted', '1.0'), w('p-conflicted', '2.0')],
  'p-beta': [w('p-beta', '1.0'), w('p-beta', '2.0b1')],
};

const REQUIREMENTS = ['p-top', 'p-cyc-a', 'p-extra[fast]', 'p-mark', 'p-repick-a', 'p-repick-b', 'p-narrowed', 'p-needs-old', 'p-pre', 'p-sx', 'p-sy', 'p-sz'];

/** The packages pip would install, or the error it stops with. */
async function pipInstalls(indexUrl: string, requirementsFile: string): Promise<string[]> {
  const home = mkdtempSync(join(tmpdir(), 'sdist-guard-pip-'));
  const reportFile = join(home, 'report.json');
  try {
    const args = [...pip!.argv.slice(1), 'install', '--dry-run', '--ignore-installed', '--isolated', '--no-cache-dir', '--disable-pip-version-check'];
    args.push('--only-binary', ':all:', '--index-url', indexUrl, '--report', reportFile, '-r', requirementsFile);
    await run(pip!.argv[0], args, { env: { PATH: process.env.PATH ?? '', HOME: home, PIP_CONFIG_FILE: '/dev/null' }, timeout: 120_000 });
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { install: Array<{ metadata: { name: string; version: string } }> };
    return report.install.map((i) => `${normalizeName(i.metadata.name)}==${i.metadata.version}`).sort();
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

const python = hostPython();
const maybe = python ? describe : describe.skip;

maybe('parity with pip install --dry-run', () => {
  it('reports exactly the packages and versions pip would install', async () => {
    const server = await startIndexServer({ projects: PROJECTS });
    const project = makeProject({ 'requirements.txt': REQUIREMENTS.join('\n') + '\n' });
    try {
      const scanned = await runCli(['scan', '--index-url', server.indexUrl, '--format', 'json', '--fail-on', 'none', '--python-version', python!, '--platform', 'linux'], {
        cwd: project.dir,
      });
      const ours = (JSON.parse(scanned.stdout).dependencies as Array<{ name: string; version: string }>).map((d) => `${normalizeName(d.name)}==${d.version}`).sort();
      const theirs = await pipInstalls(server.indexUrl, join(project.dir, 'requirements.txt'));
      expect(ours).toEqual(theirs);
      // the graph really exercises re-choosing, extras and markers
      expect(theirs).toEqual(expect.arrayContaining(['p-zed==1.0', 'p-narrowed==1.5', 'p-fast==1.0', 'p-xdep==1.0', 'p-lin==1.0', 'p-shared==2.0', 'p-beta==1.0', 'p-sx==1.0', 'p-sy==1.0']));
      expect(theirs.some((t) => /^p-(z3only|win|future|slow|never|ydep)==/.test(t))).toBe(false);
    } finally {
      project.cleanup();
      await server.close();
    }
  }, 180_000);

  it('reports a conflict where pip finds no way to install the requirements', async () => {
    const server = await startIndexServer({ projects: PROJECTS });
    const project = makeProject({ 'requirements.txt': 'p-conf-a\np-conf-b\n' });
    try {
      const scanned = await runCli(['scan', '--index-url', server.indexUrl, '--format', 'json', '--python-version', python!, '--platform', 'linux'], { cwd: project.dir });
      expect(scanned.code).toBe(1);
      const conflicted = (JSON.parse(scanned.stdout).dependencies as Array<{ name: string; status: string; reason: string }>).find((d) => d.name === 'p-conflicted')!;
      expect(conflicted.status).toBe('unresolved');
      expect(conflicted.reason).toMatch(/conflicting requirements/);
      const err = (await pipInstalls(server.indexUrl, join(project.dir, 'requirements.txt')).catch((e: unknown) => e)) as { stderr?: string };
      expect(err.stderr).toMatch(/ResolutionImpossible|conflicting dependencies/);
    } finally {
      project.cleanup();
      await server.close();
    }
  }, 180_000);
});
