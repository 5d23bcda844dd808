// Which files of an sdist run at build time: setup.py, in-tree PEP 517 backends, Hatch/Poetry/PDM
// build scripts, modules setuptools imports for `attr:` versions, and (followed later, from the
// facts) every local module build-time code imports or execs.

import { parse as parseToml } from 'smol-toml';
import type { Role } from './model.js';
import { normalizePath } from './paths.js';

export interface BuildFile {
  path: string;
  role: Role;
  /** Why it runs, for messages and `analyzed`. */
  reason: string;
  /** Functions of this module that build-time code calls by name. */
  entryNames?: string[];
}

export interface ConfigString {
  value: string;
  line: number;
  /** A build requirement (`[build-system] requires`, `setup_requires`). */
  buildRequirement: boolean;
}

export interface ConfigFile {
  path: string;
  strings: ConfigString[];
}

export interface BuildPlan {
  /** Code files known to run from the configuration alone. */
  initial: BuildFile[];
  configs: ConfigFile[];
  /** Directories module imports are resolved against. */
  roots: string[];
  limits: string[];
}

const TOML_MAX = 1024 * 1024;

export function planBuild(files: Map<string, string>): BuildPlan {
  const plan: BuildPlan = { initial: [], configs: [], roots: [''], limits: [] };
  const has = (p: string): boolean => files.has(p);
  if (has('src') || [...files.keys()].some((k) => k.startsWith('src/'))) plan.roots.push('src');
  const add = (f: BuildFile): void => {
    if (!plan.initial.some((x) => x.path === f.path)) plan.initial.push(f);
  };
  if (has('setup.py')) add({ path: 'setup.py', role: 'setup', reason: 'setup.py' });

  const pyproject = files.get('pyproject.toml');
  if (pyproject !== undefined) readPyproject(pyproject, plan, has, add);
  const cfg = files.get('setup.cfg');
  if (cfg !== undefined) readSetupCfg(cfg, plan, has, add);
  const pkgInfo = files.get('PKG-INFO');
  if (pkgInfo !== undefined) plan.configs.push({ path: 'PKG-INFO', strings: [] });
  return plan;
}

function lineOfValue(text: string, value: string): number {
  const quoted = [JSON.stringify(value), `'${value}'`, value];
  for (const q of quoted) {
    const i = text.indexOf(q);
    if (i !== -1) return text.slice(0, i).split('\n').length;
  }
  return 1;
}

function readPyproject(text: string, plan: BuildPlan, has: (p: string) => boolean, add: (f: BuildFile) => void): void {
  const config: ConfigFile = { path: 'pyproject.toml', strings: [] };
  plan.configs.push(config);
  if (text.length > TOML_MAX) {
    plan.limits.push(`pyproject.toml: ${text.length} bytes, more than the ${TOML_MAX} read`);
    return;
  }
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (e) {
    plan.limits.push(`pyproject.toml: not valid TOML (${(e as Error).message.split('\n')[0]}); build hooks named there were not followed`);
    return;
  }
  const bs = obj(doc['build-system']);
  for (const r of arr(bs?.requires)) {
    if (typeof r === 'string') config.strings.push({ value: r, line: lineOfValue(text, r), buildRequirement: true });
  }
  const backend = typeof bs?.['build-backend'] === 'string' ? (bs['build-backend'] as string) : '';
  const backendPath = arr(bs?.['backend-path']).filter((p): p is string => typeof p === 'string');
  if (backend && backendPath.length) {
    const mod = backend.split(':')[0];
    let found = false;
    for (const dir of backendPath) {
      const root = normalizePath(dir);
      if (root === undefined) continue;
      plan.roots.push(root);
      for (const p of moduleFiles(mod, root, has)) {
        add({ path: p, role: 'hook', reason: `the in-tree build backend ${backend} (backend-path ${dir})` });
        found = true;
      }
    }
    if (!found) plan.limits.push(`pyproject.toml: build backend ${backend} not found under backend-path ${backendPath.join(', ')}`);
  }
  const tool = obj(doc.tool);
  // Hatch: custom build and metadata hooks, and `source = "code"` versions, which hatch executes
  const hatch = obj(tool?.hatch);
  const hatchHooks: unknown[] = [obj(obj(obj(hatch?.build)?.hooks)?.custom), obj(obj(obj(hatch?.metadata)?.hooks)?.custom)];
  for (const target of Object.values(obj(obj(hatch?.build)?.targets) ?? {})) hatchHooks.push(obj(obj(obj(target)?.hooks)?.custom));
  for (const h of hatchHooks) {
    if (!h) continue;
    const p = typeof (h as Record<string, unknown>).path === 'string' ? ((h as Record<string, unknown>).path as string) : 'hatch_build.py';
    const n = normalizePath(p);
    if (n !== undefined && has(n)) add({ path: n, role: 'hook', reason: 'a Hatch build hook' });
  }
  const hatchVersion = obj(hatch?.version);
  if (hatchVersion?.source === 'code' && typeof hatchVersion.path === 'string') {
    const n = normalizePath(hatchVersion.path);
    if (n !== undefined && has(n)) add({ path: n, role: 'imported', reason: 'the Hatch version source, which Hatch executes' });
  }
  // Poetry: `build = "build.py"` or `[tool.poetry.build] script = "build.py"`
  const poetry = obj(tool?.poetry);
  const pb = poetry?.build;
  const poetryScript = typeof pb === 'string' ? pb : typeof obj(pb)?.script === 'string' ? (obj(pb)!.script as string) : undefined;
  if (poetryScript) {
    const n = normalizePath(poetryScript);
    if (n !== undefined && has(n)) add({ path: n, role: 'hook', reason: 'the Poetry build script' });
  }
  // PDM: `setup-script`, and pdm_build.py hooks that pdm-backend loads by default
  const pdmBuild = obj(obj(tool?.pdm)?.build);
  if (typeof pdmBuild?.['setup-script'] === 'string') {
    const n = normalizePath(pdmBuild['setup-script'] as string);
    if (n !== undefined && has(n)) add({ path: n, role: 'hook', reason: 'the PDM build script' });
  }
  if (backend.startsWith('pdm') && has('pdm_build.py')) add({ path: 'pdm_build.py', role: 'hook', reason: 'PDM build hooks' });
  const pdmVersion = obj(obj(tool?.pdm)?.version);
  if (pdmVersion?.source === 'call' && typeof pdmVersion.getter === 'string') {
    for (const p of moduleFiles((pdmVersion.getter as string).split(':')[0], plan.roots, has)) add({ path: p, role: 'imported', reason: 'the PDM version getter' });
  }
  // setuptools: `attr:` versions and cmdclass named in pyproject
  const st = obj(tool?.setuptools);
  const dynVersion = obj(obj(st?.dynamic)?.version);
  // Only setuptools 61 and later read [tool.setuptools], and those load the named module's own
  // file (importlib's spec_from_file_location), without importing the packages around it.
  if (typeof dynVersion?.attr === 'string') attrModule(dynVersion.attr as string, plan, has, add, 'the setuptools attr: version', true);
  for (const target of Object.values(obj(st?.cmdclass) ?? {})) {
    if (typeof target === 'string') attrModule(target, plan, has, add, 'a setuptools cmdclass', true);
  }
  // flit imports the module for its version when it cannot read it statically
  const project = obj(doc.project);
  if (backend.startsWith('flit') && arr(project?.dynamic).includes('version') && typeof project?.name === 'string') {
    const modName = typeof obj(obj(tool?.flit)?.module)?.name === 'string' ? (obj(obj(tool?.flit)?.module)!.name as string) : (project.name as string).replace(/-/g, '_');
    for (const p of moduleFiles(modName, plan.roots, has)) add({ path: p, role: 'imported', reason: 'the module flit reads the version from' });
  }
}

/**
 * The module setuptools loads for `attr:` or a cmdclass. `alone`: only the module's own file runs
 * (setuptools 61+); otherwise an older setuptools may import it, running its packages first.
 */
function attrModule(attr: string, plan: BuildPlan, has: (p: string) => boolean, add: (f: BuildFile) => void, reason: string, alone = false): void {
  const parts = attr.trim().split('.');
  if (parts.length < 2) return;
  const mod = parts.slice(0, -1).join('.');
  let files = moduleFiles(mod, plan.roots, has);
  if (alone) {
    // a missing module fails to load; its packages are not imported on the way
    const own = mod.split('.').join('/');
    files = files.slice(-1).filter((p) => p.endsWith(`${own}.py`) || p.endsWith(`${own}/__init__.py`));
  }
  for (const p of files) add({ path: p, role: 'imported', reason, entryNames: [parts[parts.length - 1]] });
}

function readSetupCfg(text: string, plan: BuildPlan, has: (p: string) => boolean, add: (f: BuildFile) => void): void {
  const config: ConfigFile = { path: 'setup.cfg', strings: [] };
  plan.configs.push(config);
  let section = '';
  let key = '';
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s[#;].*$/, '');
    const sec = /^\[([^\]]+)\]/.exec(line);
    if (sec) {
      section = sec[1].trim();
      key = '';
      return;
    }
    if (/^\s*[#;]/.test(raw) || line.trim() === '') return;
    let value: string;
    const kv = /^([\w.-]+)\s*[=:]\s*(.*)$/.exec(line);
    if (kv && !/^\s/.test(line)) {
      key = kv[1].toLowerCase().replace(/-/g, '_');
      value = kv[2].trim();
    } else value = line.trim();
    if (!value) return;
    if (section === 'options' && (key === 'setup_requires' || key === 'dependency_links')) {
      for (const v of value.split(/[;,]\s*|\s+(?=\S+\s*@)/).filter(Boolean)) config.strings.push({ value: v, line: i + 1, buildRequirement: true });
    }
    const attr = /^attr:\s*([\w.]+)/.exec(value);
    if (attr) attrModule(attr[1], plan, has, add, `setup.cfg ${key} = attr:`);
    if (section === 'options' && key === 'cmdclass') {
      const m = /=\s*([\w.]+)\s*$/.exec(value);
      if (m) attrModule(m[1], plan, has, add, 'a setup.cfg cmdclass');
    }
  });
}

/**
 * The files importing `a.b.c` runs, parents first: `a/__init__.py`, `a/b/__init__.py`,
 * `a/b/c.py` (or `a/b/c/__init__.py`), under the first root that has `a`. `has(dir + "/")`
 * answers for directories, so namespace packages (no `__init__.py`) are followed too.
 */
export function moduleFiles(module: string, roots: string | string[], has: (p: string) => boolean): string[] {
  const parts = module.split('.').filter(Boolean);
  if (parts.length === 0) return [];
  for (const root of Array.isArray(roots) ? roots : [roots]) {
    const out: string[] = [];
    let dir = root ? `${root}/` : '';
    for (let i = 0; i < parts.length; i++) {
      const last = i === parts.length - 1;
      const init = `${dir}${parts[i]}/__init__.py`;
      const file = `${dir}${parts[i]}.py`;
      if (has(init)) out.push(init);
      else if (last && has(file)) out.push(file);
      else if (!has(`${dir}${parts[i]}/`)) break;
      dir = `${dir}${parts[i]}/`;
    }
    // parents that exist still run before a missing submodule raises ImportError
    if (out.length) return out;
  }
  return [];
}

/**
 * The packages a relative import in `fromPath` goes through, parents first: Python imports them
 * before the target, so a module loaded on its own (as setuptools loads an `attr:` module) still
 * runs the `__init__.py` files of its package once it imports relatively.
 */
export function relativeImportPackages(fromPath: string, level: number, roots: string[], has: (p: string) => boolean): string[] {
  const dirParts = fromPath.split('/').slice(0, -1);
  const up = level - 1;
  if (level < 1 || up > dirParts.length) return [];
  const pkgDir = dirParts.slice(0, dirParts.length - up).join('/');
  if (!pkgDir) return [];
  const root = roots
    .filter((r) => r === '' || pkgDir.startsWith(`${r}/`))
    .sort((a, b) => b.length - a.length)[0];
  if (root === undefined) return [];
  const dotted = (root ? pkgDir.slice(root.length + 1) : pkgDir).split('/').join('.');
  return moduleFiles(dotted, root, has).filter((p) => p.endsWith('/__init__.py'));
}

/** Files a `from`/`import` statement in `fromPath` brings in, when they are local. */
export function importedFiles(
  imp: { module: string; level: number; names?: string[] },
  fromPath: string,
  roots: string[],
  has: (p: string) => boolean,
): string[] {
  let bases: string[];
  let mod = imp.module;
  if (imp.level > 0) {
    const dirParts = fromPath.split('/').slice(0, -1);
    const up = imp.level - 1;
    if (up > dirParts.length) return [];
    const base = dirParts.slice(0, dirParts.length - up).join('/');
    bases = [base];
  } else bases = roots;
  const out: string[] = [];
  const push = (ps: string[]): void => {
    for (const p of ps) if (!out.includes(p)) out.push(p);
  };
  if (mod) push(moduleFiles(mod, bases, has));
  else mod = '';
  // `from pkg import sub` imports pkg/sub.py when sub is a module
  for (const name of imp.names ?? []) {
    if (name === '*') continue;
    const full = mod ? `${mod}.${name}` : name;
    const files = moduleFiles(full, bases, has);
    if (files.length && (mod === '' || out.length)) push(files.slice(-1));
  }
  return out;
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
