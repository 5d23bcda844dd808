// Gathers the dependencies and diagnostics of one pyproject.toml, giving each the line its value is
// written on. Shared by the standard sections (pyproject.ts) and Poetry's (poetry.ts).

import type { Dependency, DependencyKind, Diagnostic } from '../types.js';
import { normalizeName } from '../python/names.js';
import { pep508Form, RequirementFormError, type RequirementForm } from './requirement-forms.js';
import type { TomlLines, TomlPath } from './toml-lines.js';

export type TomlTable = Record<string, unknown>;

export function isTable(v: unknown): v is TomlTable {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** `["a", "b", "c"]` -> `a.b.c`, quoting keys that are not bare, for messages. */
export function tomlKey(path: TomlPath): string {
  return path
    .map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z0-9_-]+$/.test(k) ? `.${k}` : `.${JSON.stringify(k)}`))
    .join('')
    .replace(/^\./, '');
}

export class Collector {
  readonly dependencies: Dependency[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly reported = new Set<string>();

  constructor(
    readonly path: string,
    private readonly lines: TomlLines,
  ) {}

  /** The line of `path`, or of its nearest written ancestor (a key may be implied by a dotted header). */
  lineOf(path: TomlPath): number {
    for (let n = path.length; n > 0; n--) {
      const line = this.lines.line(path.slice(0, n));
      if (line !== undefined) return line;
    }
    return 1;
  }

  diag(severity: Diagnostic['severity'], at: TomlPath, message: string): void {
    const line = this.lineOf(at);
    const key = `${severity}|${line}|${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.diagnostics.push({ severity, path: this.path, line, message });
  }

  add(form: RequirementForm, at: TomlPath, requirement: string, kind: DependencyKind, group?: string, editable?: boolean): void {
    const dependency: Dependency = {
      name: normalizeName(form.name),
      displayName: form.name,
      specifier: form.specifier,
      extras: form.extras,
      source: { path: this.path, line: this.lineOf(at), requirement: requirement.replace(/\s+/g, ' ').trim() },
      hashes: [],
      kind,
    };
    if (form.marker !== undefined) dependency.marker = form.marker;
    if (form.direct !== undefined) dependency.direct = form.direct;
    if (editable) dependency.editable = true;
    if (group !== undefined) dependency.group = group;
    this.dependencies.push(dependency);
  }

  /** A PEP 508 string at `at`; a bad one becomes an error diagnostic. */
  addPep508(value: unknown, at: TomlPath, kind: DependencyKind, group?: string): void {
    if (typeof value !== 'string') {
      this.diag('error', at, `${tomlKey(at)} must be a PEP 508 requirement string, not ${describeValue(value)}`);
      return;
    }
    try {
      this.add(pep508Form(value), at, value, kind, group);
    } catch (e) {
      const message = e instanceof RequirementFormError ? e.message : String(e);
      this.diag('error', at, `${tomlKey(at)}: ${message}`);
    }
  }

  /** An array of PEP 508 strings at `at`. */
  addPep508List(value: unknown, at: TomlPath, kind: DependencyKind, group?: string): void {
    if (!Array.isArray(value)) {
      this.diag('error', at, `${tomlKey(at)} must be an array of requirement strings, not ${describeValue(value)}`);
      return;
    }
    value.forEach((item, i) => this.addPep508(item, [...at, i], kind, group));
  }
}

export function describeValue(v: unknown): string {
  if (Array.isArray(v)) return 'an array';
  if (isTable(v)) return 'a table';
  if (typeof v === 'string') return `the string ${JSON.stringify(v)}`;
  return `the ${typeof v} ${String(v)}`;
}
