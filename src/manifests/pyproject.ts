// pyproject.toml: PEP 621 `[project]` dependencies and extras, PEP 735 `[dependency-groups]`, PEP 518
// `[build-system].requires`, and Poetry's own tables (poetry.ts). Every dependency carries the line
// its string or key is written on.

import { parse as parseToml } from 'smol-toml';
import type { Dependency, ParseResult, Parser } from '../types.js';
import { normalizeName } from '../python/names.js';
import { Collector, describeValue, isTable, tomlKey, type TomlTable } from './pyproject-collector.js';
import { poetrySections } from './poetry.js';
import { TomlLines } from './toml-lines.js';
import { tomlSyntaxDiagnostic } from './lock-entry.js';

export const parse: Parser = (text: string, filePath: string): ParseResult => {
  let doc: TomlTable;
  try {
    doc = parseToml(text) as TomlTable;
  } catch (e) {
    return { kind: 'manifest', dependencies: [], constraints: [], diagnostics: [tomlSyntaxDiagnostic(filePath, e)], included: [] };
  }
  const out = new Collector(filePath, new TomlLines(text));
  buildSystem(doc, out);
  project(doc, out);
  dependencyGroups(doc, out);
  poetrySections(doc, out);
  return { kind: 'manifest', dependencies: withoutSelf(doc, out.dependencies), constraints: [], diagnostics: out.diagnostics, included: [] };
};

/**
 * A project may name itself among its own dependencies (`all = ["pdm[keyring,template]"]`): pip,
 * uv and pdm resolve that to the project being installed, whose extras are declared right here,
 * never to a package of that name on an index. Build requirements are another environment and stay.
 */
function withoutSelf(doc: TomlTable, dependencies: Dependency[]): Dependency[] {
  const project = isTable(doc.project) ? doc.project : undefined;
  const tool = isTable(doc.tool) ? doc.tool : undefined;
  const poetry = tool && isTable(tool.poetry) ? tool.poetry : undefined;
  const name = typeof project?.name === 'string' ? project.name : typeof poetry?.name === 'string' ? poetry.name : undefined;
  if (name === undefined || name.trim() === '') return dependencies;
  const self = normalizeName(name.trim());
  return dependencies.filter((d) => d.kind === 'build' || d.direct !== undefined || d.name !== self);
}

function buildSystem(doc: TomlTable, out: Collector): void {
  const table = doc['build-system'];
  if (table === undefined) return;
  if (!isTable(table)) {
    out.diag('error', ['build-system'], `build-system must be a table, not ${describeValue(table)}`);
    return;
  }
  if (table.requires !== undefined) out.addPep508List(table.requires, ['build-system', 'requires'], 'build');
}

function project(doc: TomlTable, out: Collector): void {
  const table = doc.project;
  if (table === undefined) return;
  if (!isTable(table)) {
    out.diag('error', ['project'], `project must be a table, not ${describeValue(table)}`);
    return;
  }
  const dynamic = Array.isArray(table.dynamic) ? table.dynamic : [];
  for (const field of ['dependencies', 'optional-dependencies']) {
    // The build backend computes a dynamic field when it runs, so this file cannot say what it holds.
    if (dynamic.includes(field) && table[field] === undefined) {
      out.diag('warning', ['project', 'dynamic'], `project.${field} is dynamic: the build backend computes it, so it cannot be read here`);
    }
  }
  if (table.dependencies !== undefined) out.addPep508List(table.dependencies, ['project', 'dependencies'], 'runtime');

  const optional = table['optional-dependencies'];
  if (optional === undefined) return;
  if (!isTable(optional)) {
    out.diag('error', ['project', 'optional-dependencies'], `project.optional-dependencies must be a table, not ${describeValue(optional)}`);
    return;
  }
  for (const [extra, list] of Object.entries(optional)) {
    out.addPep508List(list, ['project', 'optional-dependencies', extra], 'optional', extra);
  }
}

interface GroupEntry {
  value: unknown;
  at: (string | number)[];
}

/** PEP 735: each group lists requirement strings and `{include-group = "name"}` tables. */
function dependencyGroups(doc: TomlTable, out: Collector): void {
  const table = doc['dependency-groups'];
  if (table === undefined) return;
  if (!isTable(table)) {
    out.diag('error', ['dependency-groups'], `dependency-groups must be a table, not ${describeValue(table)}`);
    return;
  }
  // Group names compare normalized, like project names.
  const groups = new Map<string, string>();
  for (const name of Object.keys(table)) {
    const normalized = normalizeName(name);
    const earlier = groups.get(normalized);
    if (earlier !== undefined) {
      out.diag('error', ['dependency-groups', name], `dependency group '${name}' duplicates '${earlier}' (names are compared normalized)`);
      continue;
    }
    groups.set(normalized, name);
  }

  const expand = (name: string, stack: string[]): GroupEntry[] => {
    const list = table[name];
    const at = ['dependency-groups', name];
    if (!Array.isArray(list)) {
      out.diag('error', at, `dependency group '${name}' must be an array, not ${describeValue(list)}`);
      return [];
    }
    const entries: GroupEntry[] = [];
    list.forEach((item, i) => {
      const itemAt = [...at, i];
      if (!isTable(item)) {
        entries.push({ value: item, at: itemAt });
        return;
      }
      const include = item['include-group'];
      if (typeof include !== 'string' || Object.keys(item).length !== 1) {
        out.diag('error', itemAt, `${tomlKey(itemAt)}: a table in a dependency group must be {include-group = "<name>"} only`);
        return;
      }
      const target = groups.get(normalizeName(include));
      if (target === undefined) {
        out.diag('error', itemAt, `dependency group '${name}' includes '${include}', which is not defined`);
        return;
      }
      if (stack.includes(target)) {
        const chain = [...stack.slice(stack.indexOf(target)), target].join(' -> ');
        out.diag('error', itemAt, `dependency group include cycle: ${chain}`);
        return;
      }
      entries.push(...expand(target, [...stack, target]));
    });
    return entries;
  };

  for (const name of groups.values()) {
    for (const entry of expand(name, [name])) out.addPep508(entry.value, entry.at, 'group', name);
  }
}
