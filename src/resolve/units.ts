// Which parsed manifests get their transitive dependencies resolved, and as which environments.
// A lock lists everything already; so does a requirements file in pip's hash-checking form (every
// requirement pinned with `==` and hashed: pip still resolves, but could not install anything the
// file does not list). Everything else is resolved: each manifest on its own, since different files
// are usually different environments, and its build requirements apart from the rest, since pip
// installs those into an isolated build environment.

import { readRegularFileSync } from '../regular-file.js';
import { parse as parseToml } from 'smol-toml';

import type { Dependency, ParseResult, PipOptions, ReleaseControlState } from '../types.js';
import type { ParsedManifest } from '../manifests/pairing.js';
import { FormatControl } from '../python/format-control.js';

/** How pip looks names up for one manifest: its own options over the run's. */
export interface UnitPip {
  indexUrls: string[];
  noIndex: boolean;
  pre: boolean;
  releaseControl?: ReleaseControlState;
  preferBinary: boolean;
  formatControl: FormatControl;
}

/** One environment to resolve: a manifest's runtime (and optional, group, dev) requirements, or its build requirements. */
export interface ResolveUnit {
  /** `<unit index>/install` or `<unit index>/build`: what a top-level request refers to. */
  key: string;
  /** The project's name, when the manifest names one: the first element of every chain. */
  label?: string;
  dependencies: Dependency[];
  constraints: Dependency[];
  pip: UnitPip;
  /**
   * For an sdist's build environment: the chain that leads to the sdist, and the mark put before
   * each of its build requirements (`(build)`). Its top-level requirements are then reported as
   * pulled in too, since no manifest names them.
   */
  chain?: { prefix: string[]; mark: string };
}

export type Environment = 'install' | 'build';

export function environmentOf(dep: Dependency): Environment {
  return dep.kind === 'build' ? 'build' : 'install';
}

export function unitKey(unit: number, env: Environment): string {
  return `${unit}/${env}`;
}

function isExactPin(specifier: string): boolean {
  const clauses = specifier.split(',').map((s) => s.trim()).filter(Boolean);
  return clauses.length === 1 && (clauses[0]!.startsWith('===') || (clauses[0]!.startsWith('==') && !clauses[0]!.endsWith('.*')));
}

/** A lock, or a requirements file in hash-checking form: nothing beyond what it lists gets installed. */
export function isComplete(result: ParseResult): boolean {
  if (result.kind === 'lock') return true;
  if (result.dependencies.length === 0) return false;
  return result.dependencies.every((d) => {
    const hashes = [...d.hashes, ...result.constraints.filter((c) => c.name === d.name).flatMap((c) => c.hashes)];
    if (hashes.length === 0) return false;
    if (d.direct) return true;
    const pins = [d.specifier, ...result.constraints.filter((c) => c.name === d.name).map((c) => c.specifier)];
    return pins.some(isExactPin);
  });
}

/** `[project].name`, or Poetry's `[tool.poetry].name`; undefined when the file names none or cannot be read. */
function projectName(manifest: ParsedManifest): string | undefined {
  if (manifest.file.format !== 'pyproject') return undefined;
  try {
    const doc = parseToml(readRegularFileSync(manifest.file.absPath)) as Record<string, unknown>;
    const project = doc.project as Record<string, unknown> | undefined;
    const poetry = (doc.tool as Record<string, unknown> | undefined)?.poetry as Record<string, unknown> | undefined;
    const name = project?.name ?? poetry?.name;
    return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The units (by index in `units`) to resolve, each with its project name if any. pairLocks passes
 * a manifest it did not pair through as the very same result; one it folded into a lock comes back
 * as a new object holding what the lock does not cover, which the lock's environment decides.
 */
export function unitsToResolve(manifests: ParsedManifest[], units: ParseResult[]): Map<number, { label?: string }> {
  const out = new Map<number, { label?: string }>();
  units.forEach((unit, i) => {
    const manifest = manifests.find((m) => m.result === unit);
    if (!manifest || isComplete(unit)) return;
    const label = projectName(manifest);
    out.set(i, label ? { label } : {});
  });
  return out;
}

function emptyPipOptions(): PipOptions {
  return { extraIndexUrls: [], noIndex: false, findLinks: [], formatControl: { noBinary: [], onlyBinary: [] }, preferBinary: false, pre: false };
}

/** The environments of one manifest, as the scan resolves them. */
export function resolveUnitsOf(
  index: number,
  result: { deps: Dependency[]; constraints: Dependency[]; options?: PipOptions },
  label: string | undefined,
  run: { indexUrl: string; extraIndexUrls: string[] },
): ResolveUnit[] {
  const pip = result.options ?? emptyPipOptions();
  const settings: UnitPip = {
    indexUrls: [pip.indexUrl ?? run.indexUrl, ...run.extraIndexUrls, ...pip.extraIndexUrls].filter((u, i, a) => a.indexOf(u) === i),
    noIndex: pip.noIndex,
    pre: pip.pre,
    ...(pip.releaseControl ? { releaseControl: pip.releaseControl } : {}),
    preferBinary: pip.preferBinary,
    formatControl: FormatControl.from(pip.formatControl),
  };
  const out: ResolveUnit[] = [];
  for (const env of ['install', 'build'] as const) {
    const dependencies = result.deps.filter((d) => environmentOf(d) === env);
    if (dependencies.length === 0) continue;
    const unit: ResolveUnit = { key: unitKey(index, env), dependencies, constraints: result.constraints, pip: settings };
    if (label && env === 'install') unit.label = label;
    out.push(unit);
  }
  return out;
}
