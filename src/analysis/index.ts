// Static analysis of an sdist's build-time code: which files run when pip builds it, the facts
// each one yields, payloads decoded from them, and the rules that weigh those facts.

import type { Finding, Severity } from '../types.js';
import { DecodeBudget, decodeUtf8Maybe, textToBytes } from './decode.js';
import { StepBudget, extractFacts } from './facts.js';
import { type BuildFile, importedFiles, moduleFiles, planBuild, relativeImportPackages } from './files.js';
import { BUILD_REQUIRES_SCOPE, emptyFacts, type RuleContext, type UnitFacts, type Where } from './model.js';
import { clearMemos } from './memo.js';
import { parseSource } from './parse.js';
import { RULE_LIST } from './rules/index.js';
import { RANK, clip } from './rules/util.js';
import { type Value, str } from './values.js';

export { ANALYZER_VERSION } from './version.js';

export interface AnalysisResult {
  /** Sorted worst first. */
  findings: Finding[];
  /** True iff some finding has severity `high` or `critical`. */
  suspicious: boolean;
  /** Files analyzed as build-time code, in order. */
  analyzed: string[];
  /** Analysis limits hit (depth, size, parse budget): never silent. */
  limits: string[];
}

export interface RuleInfo {
  id: string;
  severity: Severity;
  description: string;
}

export const RULES: RuleInfo[] = RULE_LIST.map(({ id, severity, description }) => ({ id, severity, description }));

/** Nesting of payloads decoded from payloads. */
export const MAX_PAYLOAD_DEPTH = 4;
/** Code files followed through imports and execs (a package imported whole at build time can be large). */
export const MAX_FILES = 256;
/** Decoded payloads larger than this are scanned for strings rather than parsed. */
const MAX_PAYLOAD_PARSE = 512 * 1024;
/** Units analysed, payloads included. */
const MAX_UNITS = 512;


/**
 * files: path relative to the sdist root -> text (setup.py, setup.cfg, pyproject.toml, PKG-INFO, *.py ...).
 * data: other small files of the sdist, one char per byte, which build code may read, exec or decode.
 * encodings: the codec a coding cookie named for a file, when it is not UTF-8.
 */
export function analyzeSdist(files: Map<string, string>, extra: SdistExtra = {}): AnalysisResult {
  try {
    return analyzeRooted(files, extra);
  } finally {
    clearMemos();
  }
}

function analyzeRooted(files: Map<string, string>, extra: SdistExtra): AnalysisResult {
  const rooted = stripTopDirectory(files);
  const plan = planBuild(rooted);
  const strip = rooted === files ? undefined : [...files.keys()][0]?.split('/')[0];
  const unroot = <T>(m: Map<string, T> | undefined): Map<string, T> | undefined =>
    m && strip !== undefined ? new Map([...m].filter(([k]) => k.startsWith(strip + '/')).map(([k, v]) => [k.slice(strip.length + 1), v])) : m;
  return run(rooted, plan.initial, plan.roots, plan.limits, plan.configs, { data: unroot(extra.data), encodings: unroot(extra.encodings) });
}

export interface SdistExtra {
  data?: Map<string, string>;
  encodings?: Map<string, SourceEncoding>;
}

export interface SourceEncoding {
  codec: string;
  line: number;
  /** A codec no ordinary source file needs (utf-7, unicode_escape, utf-16, EBCDIC...). */
  unusual: boolean;
}

/** One loose .py file (as `sdist-guard inspect x.py`): analyzed as if it were setup.py. */
export function analyzeSource(text: string, path: string, encoding?: SourceEncoding): AnalysisResult {
  try {
    return run(new Map([[path, text]]), [{ path, role: 'setup', reason: path }], [''], [], [], encoding ? { encodings: new Map([[path, encoding]]) } : {});
  } finally {
    clearMemos();
  }
}

function run(
  files: Map<string, string>,
  initial: BuildFile[],
  rootsIn: string[],
  limitsIn: string[],
  configs: { path: string; strings: { value: string; line: number; buildRequirement: boolean }[] }[],
  extra: SdistExtra = {},
): AnalysisResult {
  const data = extra.data ?? new Map<string, string>();
  const limits = [...limitsIn];
  const roots = [...rootsIn];
  const dirs = new Set<string>();
  for (const p of files.keys()) {
    for (let i = p.indexOf('/'); i !== -1; i = p.indexOf('/', i + 1)) dirs.add(p.slice(0, i + 1));
  }
  for (const p of data.keys()) {
    for (let i = p.indexOf('/'); i !== -1; i = p.indexOf('/', i + 1)) dirs.add(p.slice(0, i + 1));
  }
  const has = (p: string): boolean => (p.endsWith('/') ? dirs.has(p) : files.has(p) || data.has(p));
  // a file kept as data is code once something runs it, whatever its extension
  const textOf = (p: string): string | undefined => files.get(p) ?? (data.has(p) ? decodeUtf8Maybe(data.get(p)!) : undefined);
  const readFile = (p: string): string | undefined => data.get(p) ?? (files.has(p) ? textToBytes(files.get(p)!) : undefined);
  const budget = new DecodeBudget();
  const steps = new StepBudget();
  const units: UnitFacts[] = [];
  const queue: BuildFile[] = [...initial];
  const queued = new Set(initial.map((f) => f.path));
  const analyzed: string[] = [];

  const enqueue = (f: BuildFile): void => {
    const existing = queue.find((q) => q.path === f.path);
    if (existing && f.entryNames) existing.entryNames = [...(existing.entryNames ?? []), ...f.entryNames];
    if (queued.has(f.path)) return;
    if (queued.size >= MAX_FILES) {
      if (!limits.some((l) => l.startsWith('more than'))) limits.push(`more than ${MAX_FILES} build-time files; ${f.path} and later ones were not analysed`);
      return;
    }
    queued.add(f.path);
    queue.push(f);
  };

  while (queue.length) {
    const file = queue.shift()!;
    const text = textOf(file.path);
    if (text === undefined) continue;
    analyzed.push(file.path);
    const src = parseSource(text, file.path);
    const unit = extractFacts(src, {
      path: file.path,
      role: file.role,
      depth: 0,
      budget,
      steps,
      fileExists: has,
      readFile,
      entryNames: file.entryNames?.map((name) => ({ name, by: 'build-time code' })),
    });
    const enc = extra.encodings?.get(file.path);
    if (enc) unit.encoding = enc;
    units.push(unit);
    const start = units.length - 1;
    analyzePayloads(unit, units, budget, steps, has, readFile, limits);
    // code that payloads run loads more code (`python -c "import pkg"`); Python written to a file, or
    // only decoded, runs nothing by itself
    for (const u of units.slice(start)) {
      if (u.origin && (u.origin.via === 'write' || u.origin.via === 'decoded')) continue;
      for (const p of u.sysPath) if (!roots.includes(p)) roots.push(p);
      follow(u, roots, has, enqueue);
    }
  }
  if (budget.exhausted) limits.push(`decode budget of ${budget.total} bytes exhausted; later payloads were not decoded`);

  for (const c of configs) {
    analyzed.push(c.path);
    units.push(configUnit(c.path, c.strings));
  }

  const ctx: RuleContext = { units };
  const findings: Finding[] = [];
  for (const unit of units) {
    limits.push(...unit.limits);
    const view = unit.role === 'imported' && !unit.origin ? reachedOnly(unit) : unit;
    for (const rule of RULE_LIST) {
      for (const f of rule.check(view, ctx)) findings.push(place(f, unit));
    }
  }
  const result = dedupe(findings).sort((a, b) => RANK[b.severity] - RANK[a.severity] || a.path.localeCompare(b.path) || a.line - b.line || a.rule.localeCompare(b.rule));
  return {
    findings: result,
    suspicious: result.some((f) => RANK[f.severity] >= RANK.high),
    analyzed,
    limits: [...new Set(limits)],
  };
}

/** Local modules and exec'd files that this unit's build-time code runs. */
function follow(unit: UnitFacts, roots: string[], has: (p: string) => boolean, enqueue: (f: BuildFile) => void): void {
  for (const imp of unit.imports) {
    if (!imp.where.entry) continue;
    for (const p of relativeImportPackages(unit.path, imp.level, roots, has)) {
      enqueue({ path: p, role: 'imported', reason: `the package ${unit.path} imports relatively` });
    }
    const paths = importedFiles(imp, unit.path, roots, has);
    if (!paths.length) continue;
    const base = '.'.repeat(imp.level) + imp.module;
    const entryNames = new Set<string>();
    for (const c of unit.calls) {
      if (!c.where.entry) continue;
      const rest = base && c.callee.startsWith(base + '.') ? c.callee.slice(base.length + 1) : undefined;
      if (rest && /^\w+$/.test(rest)) entryNames.add(rest);
    }
    for (const n of imp.names ?? []) {
      if (n !== '*' && unit.calls.some((c) => c.where.entry && (c.callee === `${base}.${n}` || c.callee.startsWith(`${base}.${n}.`)))) entryNames.add(n);
    }
    // a function of the package handed over rather than called (a thread's target, a cmdclass) runs too
    for (const r of unit.refs) {
      if (!r.where.entry || !base) continue;
      const rest = r.q.startsWith(base + '.') ? r.q.slice(base.length + 1) : undefined;
      if (rest && /^\w+$/.test(rest) && handedOver(unit, r.q)) entryNames.add(rest);
    }
    paths.forEach((p, i) => {
      const last = i === paths.length - 1;
      enqueue({ path: p, role: 'imported', reason: `imported by ${unit.path}`, entryNames: last && entryNames.size ? [...entryNames] : undefined });
    });
  }
  for (const e of unit.execFiles) enqueue({ path: e.path, role: 'imported', reason: `run by ${unit.path}:${e.line}` });
  for (const l of unit.loads) {
    if (l.unresolved !== undefined || !l.where.entry) continue;
    const role = l.main ? 'setup' : 'imported';
    const reason = `${l.via} at ${unit.path}:${l.line}`;
    if (l.path !== undefined) {
      enqueue({ path: l.path, role, reason });
      continue;
    }
    if (l.module === undefined) continue;
    const paths = moduleFiles(l.module, roots, has);
    // `python -m pkg` runs pkg/__main__.py once pkg/__init__.py has run
    const last = paths[paths.length - 1];
    const main = last?.endsWith('/__init__.py') ? last.slice(0, -'__init__.py'.length) + '__main__.py' : undefined;
    paths.forEach((p, i) => {
      const isTarget = i === paths.length - 1 && !main;
      enqueue({ path: p, role: isTarget ? role : 'imported', reason });
    });
    if (main && has(main)) enqueue({ path: main, role, reason });
  }
}

/** A reference passed as a value to a call (`Thread(target=f)`, `cmdclass={"install": C}`), not only read. */
function handedOver(unit: UnitFacts, q: string): boolean {
  const inValue = (v: Value, depth = 0): boolean => {
    if (depth > 4) return false;
    if (v.k === 'ref') return v.q === q;
    if (v.k === 'seq') return v.items.some((i) => inValue(i, depth + 1));
    if (v.k === 'dict') return v.values.some((i) => inValue(i, depth + 1));
    return false;
  };
  return unit.calls.some((c) => c.where.entry && (c.args.some((a) => inValue(a)) || Object.values(c.kwargs).some((a) => inValue(a))));
}

function analyzePayloads(
  unit: UnitFacts,
  units: UnitFacts[],
  budget: DecodeBudget,
  steps: StepBudget,
  has: (p: string) => boolean,
  readFile: (p: string) => string | undefined,
  limits: string[],
): void {
  for (const p of unit.payloads) {
    const originPath = unit.origin?.path ?? unit.path;
    const originLine = unit.origin?.line ?? p.line;
    if (unit.depth + 1 > MAX_PAYLOAD_DEPTH) {
      limits.push(`${originPath}:${originLine}: payload nested deeper than ${MAX_PAYLOAD_DEPTH} decodings was not analysed`);
      continue;
    }
    if (units.length >= MAX_UNITS) {
      limits.push(`${originPath}: more than ${MAX_UNITS} files and payloads; later payloads were not analysed`);
      return;
    }
    const how = unit.origin ? `${unit.origin.how}; then ${p.how}` : p.how;
    const src = parseSource(p.code, originPath, MAX_PAYLOAD_PARSE);
    const sub = extractFacts(src, {
      path: originPath,
      role: 'setup',
      depth: unit.depth + 1,
      budget,
      steps,
      fileExists: has,
      readFile,
      origin: { path: originPath, line: originLine, how, via: unit.origin?.via ?? p.via, entry: p.where.entry },
      topEntry: p.where.entry ?? null,
    });
    sub.cmdclass.push(...unit.cmdclass);
    units.push(sub);
    analyzePayloads(sub, units, budget, steps, has, readFile, limits);
  }
}

/** For modules imported at build time, only code their import actually runs counts. */
function reachedOnly(unit: UnitFacts): UnitFacts {
  const r = <T extends { where: Where }>(xs: T[]): T[] => xs.filter((x) => x.where.entry !== undefined);
  return {
    ...unit,
    calls: r(unit.calls),
    strings: r(unit.strings),
    decodes: r(unit.decodes),
    payloads: r(unit.payloads),
    opaque: r(unit.opaque),
    refs: r(unit.refs),
    dynamic: r(unit.dynamic),
  };
}

function configUnit(path: string, strings: { value: string; line: number; buildRequirement: boolean }[]): UnitFacts {
  const unit = emptyFacts({ path, role: 'config', depth: 0, parsed: true, text: '', lineLengths: [] });
  unit.strings = strings.map((s) => ({
    value: str(s.value),
    line: s.line,
    where: { scope: s.buildRequirement ? BUILD_REQUIRES_SCOPE : path, entry: 'config' },
    kind: 'literal' as const,
    metadata: !s.buildRequirement || undefined,
  }));
  return unit;
}

/** Findings inside payloads point at the line that decoded, wrote or ran them. */
function place(f: Finding, unit: UnitFacts): Finding {
  if (!unit.origin) return f;
  const { line, how, via } = unit.origin;
  const what =
    via === 'write'
      ? `In Python code that line ${line} writes to a file`
      : how === 'literal'
        ? `In code that line ${line} runs as a string`
        : `In code decoded at line ${line} (${clip(how, 80)})`;
  return { ...f, path: unit.origin.path, line, message: `${what}: ${f.message}` };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.rule}|${f.path}|${f.line}|${f.evidence}`;
    const prev = seen.get(key);
    if (!prev || RANK[f.severity] > RANK[prev.severity]) seen.set(key, f);
  }
  return [...seen.values()];
}

/** An sdist unpacked with its `name-version/` directory still on every path. */
export function stripTopDirectory(files: Map<string, string>): Map<string, string> {
  if (files.has('setup.py') || files.has('pyproject.toml') || files.size === 0) return files;
  const tops = new Set([...files.keys()].map((k) => (k.includes('/') ? k.slice(0, k.indexOf('/')) : '')));
  if (tops.size !== 1 || tops.has('')) return files;
  const top = [...tops][0];
  return new Map([...files].map(([k, v]) => [k.slice(top.length + 1), v]));
}
