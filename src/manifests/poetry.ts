// Poetry's dependency tables in pyproject.toml: `[tool.poetry.dependencies]`, the legacy
// `[tool.poetry.dev-dependencies]` and `[tool.poetry.group.<name>.dependencies]`. Values are a
// constraint string, a table (version, extras, markers, python, platform, git, path, url, ...) or an
// array of tables that each hold for their own markers.

import type { DependencyKind, DirectReference } from '../types.js';
import { isValidName, normalizeName } from '../python/names.js';
import { parseMarker } from '../python/markers.js';
import { Collector, describeValue, isTable, tomlKey, type TomlTable } from './pyproject-collector.js';
import { convertPoetryConstraint, InvalidPoetryConstraint, pythonConstraintMarker } from './poetry-constraint.js';
import type { RequirementForm } from './requirement-forms.js';
import { directKind } from './direct-reference.js';

interface Section {
  at: string[];
  kind: DependencyKind;
  group?: string;
}

export function poetrySections(doc: TomlTable, out: Collector): void {
  const tool = doc.tool;
  if (!isTable(tool) || !isTable(tool.poetry)) return;
  const poetry = tool.poetry;

  const extrasOf = extrasByDependency(poetry.extras);
  const sections: Section[] = [{ at: ['tool', 'poetry', 'dependencies'], kind: 'runtime' }];
  sections.push({ at: ['tool', 'poetry', 'dev-dependencies'], kind: 'dev', group: 'dev' });
  if (isTable(poetry.group)) {
    for (const name of Object.keys(poetry.group)) {
      sections.push({ at: ['tool', 'poetry', 'group', name, 'dependencies'], kind: 'group', group: name });
    }
  }

  for (const section of sections) {
    const table = lookup(doc, section.at);
    if (table === undefined) continue;
    if (!isTable(table)) {
      out.diag('error', section.at, `${tomlKey(section.at)} must be a table, not ${describeValue(table)}`);
      continue;
    }
    for (const [name, value] of Object.entries(table)) {
      // The project's own Python requirement, not a package.
      if (section.kind === 'runtime' && name.toLowerCase() === 'python') continue;
      const at = [...section.at, name];
      if (!isValidName(name)) {
        out.diag('error', at, `${tomlKey(at)}: '${name}' is not a valid project name`);
        continue;
      }
      if (Array.isArray(value)) {
        value.forEach((entry, i) => dependency(out, name, entry, [...at, i], section, extrasOf));
      } else {
        dependency(out, name, value, at, section, extrasOf);
      }
    }
  }
}

function lookup(doc: TomlTable, keys: string[]): unknown {
  let v: unknown = doc;
  for (const k of keys) {
    if (!isTable(v)) return undefined;
    v = v[k];
  }
  return v;
}

/** `[tool.poetry.extras]`: normalized dependency name -> the first extra that lists it. */
function extrasByDependency(extras: unknown): Map<string, string> {
  const map = new Map<string, string>();
  if (!isTable(extras)) return map;
  for (const [extra, names] of Object.entries(extras)) {
    if (!Array.isArray(names)) continue;
    for (const n of names) {
      if (typeof n !== 'string') continue;
      // An entry may carry extras of its own (`"pkg[socks]"`).
      const key = normalizeName(n.replace(/\[.*$/, '').trim());
      if (!map.has(key)) map.set(key, extra);
    }
  }
  return map;
}

function dependency(
  out: Collector,
  name: string,
  value: unknown,
  at: (string | number)[],
  section: Section,
  extrasOf: Map<string, string>,
): void {
  const written = `${name} = ${tomlText(value)}`;
  let form: RequirementForm;
  let optional = false;
  let editable = false;
  try {
    if (typeof value === 'string') {
      form = { name, extras: [], specifier: constraint(out, value, at) };
    } else if (isTable(value)) {
      form = tableForm(out, name, value, at);
      optional = value.optional === true;
      editable = value.develop === true && form.direct?.kind === 'path';
    } else {
      out.diag('error', at, `${tomlKey(at)} must be a version constraint or a table, not ${describeValue(value)}`);
      return;
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    out.diag('error', at, `${tomlKey(at)}: ${message}`);
    return;
  }
  if (optional && section.kind === 'runtime') {
    out.add(form, at, written, 'optional', extrasOf.get(normalizeName(name)), editable);
  } else {
    out.add(form, at, written, section.kind, section.group, editable);
  }
}

function constraint(out: Collector, text: string, at: (string | number)[]): string {
  const converted = convertPoetryConstraint(text);
  if (converted.union) {
    out.diag('warning', at, `${tomlKey(at)}: '${text}' is a union of ranges, which a PEP 508 specifier cannot express; any version is checked`);
  }
  return converted.specifier;
}

function stringField(table: TomlTable, key: string, at: (string | number)[]): string | undefined {
  const v = table[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new InvalidPoetryConstraint(`${key} must be a string, not ${describeValue(v)} (at ${tomlKey(at)})`);
  return v;
}

function tableForm(out: Collector, name: string, table: TomlTable, at: (string | number)[]): RequirementForm {
  const extras: string[] = [];
  if (table.extras !== undefined) {
    if (!Array.isArray(table.extras) || table.extras.some((e) => typeof e !== 'string' || !isValidName(e))) {
      throw new InvalidPoetryConstraint(`extras must be an array of extra names`);
    }
    extras.push(...(table.extras as string[]));
  }

  const markers: string[] = [];
  const markerText = stringField(table, 'markers', at);
  if (markerText !== undefined && markerText.trim() !== '') {
    try {
      parseMarker(markerText);
    } catch (e) {
      throw new InvalidPoetryConstraint(`invalid markers '${markerText}': ${e instanceof Error ? e.message : String(e)}`);
    }
    markers.push(markerText.trim());
  }
  const python = stringField(table, 'python', at);
  if (python !== undefined) {
    const marker = pythonConstraintMarker(python);
    if (marker !== undefined) markers.push(marker);
  }
  const platform = stringField(table, 'platform', at);
  if (platform !== undefined) markers.push(`sys_platform == ${JSON.stringify(platform)}`);

  const form: RequirementForm = { name, extras, specifier: '' };
  if (markers.length > 0) {
    form.marker = markers.length === 1 ? markers[0] : markers.map((m) => (/\bor\b/.test(m) ? `(${m})` : m)).join(' and ');
  }

  const direct = directReference(table, at);
  if (direct !== undefined) {
    form.direct = direct;
  } else {
    const version = stringField(table, 'version', at);
    if (version !== undefined) form.specifier = constraint(out, version, at);
  }
  return form;
}

function directReference(table: TomlTable, at: (string | number)[]): DirectReference | undefined {
  const git = stringField(table, 'git', at);
  if (git !== undefined) {
    let url = /^git\+/i.test(git) ? git : `git+${scpToUrl(git)}`;
    const ref = stringField(table, 'rev', at) ?? stringField(table, 'tag', at) ?? stringField(table, 'branch', at);
    if (ref !== undefined) url += `@${ref}`;
    const subdirectory = stringField(table, 'subdirectory', at);
    if (subdirectory !== undefined) url += `#subdirectory=${subdirectory}`;
    return { kind: 'vcs', url };
  }
  const path = stringField(table, 'path', at);
  if (path !== undefined) return { kind: 'path', url: path };
  const url = stringField(table, 'url', at);
  if (url !== undefined) return { kind: directKind(url), url };
  return undefined;
}

/** `git@github.com:org/repo.git` (scp-like, as git accepts it) -> `ssh://git@github.com/org/repo.git`. */
function scpToUrl(git: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(git)) return git;
  const m = /^([^@/:]+@)?([^/:]+):(.+)$/.exec(git);
  return m ? `ssh://${m[1] ?? ''}${m[2]}/${m[3].replace(/^\//, '')}` : git;
}

/** A compact TOML rendering of a value, for the requirement text a person sees. */
function tomlText(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(tomlText).join(', ')}]`;
  if (isTable(value)) {
    const body = Object.entries(value).map(([k, v]) => `${/^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k)} = ${tomlText(v)}`);
    return `{ ${body.join(', ')} }`;
  }
  return String(value);
}
