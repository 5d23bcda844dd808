// The configuration file: `sdist-guard.toml`, or `[tool.sdist-guard]` in `pyproject.toml`, at the
// scanned root (or a file named with --config / the `config` input). It holds what a repository
// wants every run to use: targets, fail-on, indexes and the allow list. Action inputs and command
// line flags override it. A mistake in it is a configuration error naming the file, line and key.

import { existsSync } from 'node:fs';
import { NotRegularFile, readRegularFileSync } from './regular-file.js';
import path from 'node:path';
import { parse as parseToml, TomlDate, TomlError } from 'smol-toml';

import { ConfigError, parseAdvisories, parseExclude, parseFailOn, splitList, validateUrl, type GateStatus } from './options.js';
import { type AllowEntry, isValidDate, parseAllowPackage } from './allow.js';
import { InvalidPlatform, InvalidPython, makeTarget } from './python/tags.js';
import { TomlLines, type TomlPath } from './manifests/toml-lines.js';

export const CONFIG_FILE = 'sdist-guard.toml';

const KEYS = ['python-version', 'platform', 'fail-on', 'index-url', 'extra-index-urls', 'exclude', 'advisories', 'allow'] as const;
const ALLOW_KEYS = ['package', 'reason', 'until'] as const;

export interface FileConfig {
  /** The file, relative to the scanned root when inside it. */
  path: string;
  /** `sdist-guard.toml`, or `[tool.sdist-guard] in pyproject.toml`: for messages and summaries. */
  label: string;
  pythonVersions?: string[];
  platforms?: string[];
  failOn?: GateStatus[];
  indexUrl?: string;
  extraIndexUrls?: string[];
  /** `osv`, `off` or an OSV-compatible service's URL, as written. */
  advisories?: string;
  /** Glob patterns of paths not to scan (src/glob.ts). */
  exclude?: string[];
  allow: AllowEntry[];
}

type Where = 'top' | 'tool';

class Reader {
  private readonly lines: TomlLines;
  private readonly prefix: TomlPath;

  constructor(
    text: string,
    private readonly file: string,
    where: Where,
  ) {
    this.lines = new TomlLines(text);
    this.prefix = where === 'tool' ? ['tool', 'sdist-guard'] : [];
  }

  line(...keys: Array<string | number>): number | undefined {
    return this.lines.line([...this.prefix, ...keys]);
  }

  /** `sdist-guard.toml:4`, or `pyproject.toml:31 ([tool.sdist-guard])`. */
  at(...keys: Array<string | number>): string {
    const line = keys.length ? this.line(...keys) : this.line();
    const table = this.prefix.length ? ` ([${this.prefix.join('.')}])` : '';
    return `${this.file}${line ? `:${line}` : ''}${table}`;
  }

  fail(keys: Array<string | number>, message: string): never {
    throw new ConfigError(`${this.at(...keys)}: ${message}`);
  }
}

function isTable(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function stringList(r: Reader, key: string, value: unknown): string[] {
  if (typeof value === 'string') return splitList(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.flatMap((v) => splitList(v));
  return r.fail([key], `${key} must be a string or an array of strings`);
}

function unknownKey(r: Reader, keys: Array<string | number>, key: string, allowed: readonly string[]): never {
  return r.fail([...keys, key], `unknown key "${key}": expected one of ${allowed.join(', ')}`);
}

function readAllow(r: Reader, value: unknown, file: string): AllowEntry[] {
  if (!Array.isArray(value)) return r.fail(['allow'], 'allow must be an array of tables like { package = "name==version", reason = "..." }');
  return value.map((item, i): AllowEntry => {
    if (!isTable(item)) return r.fail(['allow', i], `allow entry ${i + 1} must be a table like { package = "name==version", reason = "..." }`);
    for (const key of Object.keys(item)) if (!(ALLOW_KEYS as readonly string[]).includes(key)) unknownKey(r, ['allow', i], key, ALLOW_KEYS);
    if (typeof item.package !== 'string') return r.fail(['allow', i], `allow entry ${i + 1} needs package = "name" or "name==version"`);
    let pkg: { name: string; version?: string };
    try {
      pkg = parseAllowPackage(item.package);
    } catch (err) {
      return r.fail(['allow', i, 'package'], (err as Error).message);
    }
    if (typeof item.reason !== 'string' || item.reason.trim() === '')
      return r.fail(['allow', i], `allow entry for "${item.package}" needs a reason = "..." saying why it is accepted`);
    let until: string | undefined;
    if (item.until !== undefined) {
      if (item.until instanceof TomlDate && item.until.isDate()) until = item.until.toISOString().slice(0, 10);
      else if (typeof item.until === 'string' && isValidDate(item.until.trim())) until = item.until.trim();
      else return r.fail(['allow', i, 'until'], `allow entry for "${item.package}": until must be a date written YYYY-MM-DD`);
    }
    const line = r.line('allow', i);
    return {
      package: item.package.trim(),
      name: pkg.name,
      ...(pkg.version ? { version: pkg.version } : {}),
      reason: item.reason.trim(),
      ...(until ? { until } : {}),
      path: file,
      ...(line ? { line } : {}),
    };
  });
}

/**
 * Reads the configuration from a TOML text: its top level (`sdist-guard.toml`) or its
 * `[tool.sdist-guard]` table (`pyproject.toml`, undefined when it has none).
 */
export function parseConfig(text: string, file: string, where: Where): FileConfig | undefined {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (err) {
    const at = err instanceof TomlError ? `:${err.line}` : '';
    throw new ConfigError(`${file}${at}: not valid TOML: ${(err as Error).message.split('\n')[0]}`);
  }
  let table: unknown = doc;
  if (where === 'tool') {
    const tool = doc.tool;
    table = isTable(tool) ? tool['sdist-guard'] : undefined;
    if (table === undefined) return undefined;
  }
  const r = new Reader(text, file, where);
  if (!isTable(table)) return r.fail([], '[tool.sdist-guard] must be a table');
  for (const key of Object.keys(table)) if (!(KEYS as readonly string[]).includes(key)) unknownKey(r, [], key, KEYS);

  const config: FileConfig = { path: file, label: where === 'tool' ? `[tool.sdist-guard] in ${file}` : file, allow: [] };
  if (table['python-version'] !== undefined) {
    config.pythonVersions = stringList(r, 'python-version', table['python-version']);
    for (const python of config.pythonVersions) {
      try {
        makeTarget(python, 'linux');
      } catch (err) {
        if (err instanceof InvalidPython) r.fail(['python-version'], `python-version: ${err.message}`);
        throw err;
      }
    }
  }
  if (table.platform !== undefined) {
    config.platforms = stringList(r, 'platform', table.platform);
    for (const platform of config.platforms) {
      try {
        makeTarget('3.12', platform);
      } catch (err) {
        if (err instanceof InvalidPlatform) r.fail(['platform'], `platform: ${err.message}`);
        throw err;
      }
    }
  }
  if (table['fail-on'] !== undefined) config.failOn = parseFailOn(stringList(r, 'fail-on', table['fail-on']).join(','), `${r.at('fail-on')}: fail-on`);
  const indexUrl = table['index-url'];
  if (indexUrl !== undefined) {
    if (typeof indexUrl === 'string') config.indexUrl = validateUrl(indexUrl, `${r.at('index-url')}: index-url`);
    else r.fail(['index-url'], 'index-url must be a string');
  }
  if (table['extra-index-urls'] !== undefined)
    config.extraIndexUrls = stringList(r, 'extra-index-urls', table['extra-index-urls']).map((u) => validateUrl(u, `${r.at('extra-index-urls')}: extra-index-urls`));
  const advisories = table.advisories;
  if (advisories !== undefined) {
    if (typeof advisories !== 'string') return r.fail(['advisories'], 'advisories must be a string: osv, off or the URL of an OSV-compatible service');
    parseAdvisories(advisories, `${r.at('advisories')}: advisories`);
    config.advisories = advisories.trim();
  }
  if (table.exclude !== undefined) {
    const value = table.exclude;
    if (!(typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))))
      r.fail(['exclude'], 'exclude must be a string or an array of strings (glob patterns such as "tests/fixtures/**")');
    // a pattern may hold a comma or a space ({a,b} is not supported, but a path may have spaces), so an array is taken as written
    config.exclude = typeof value === 'string' ? splitList(value) : (value as string[]).map((v) => v.trim()).filter(Boolean);
    parseExclude(config.exclude, `${r.at('exclude')}: exclude`);
  }
  if (table.allow !== undefined) config.allow = readAllow(r, table.allow, file);
  return config;
}

function readIfExists(abs: string, onlyRegular = false): string | undefined {
  if (!existsSync(abs)) return undefined;
  try {
    return readRegularFileSync(abs);
  } catch (err) {
    if (onlyRegular && err instanceof NotRegularFile) return undefined;
    throw new ConfigError(`cannot read the configuration file ${abs}: ${(err as Error).message}`);
  }
}

function shownPath(root: string, abs: string): string {
  const rel = path.relative(root, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : abs;
}

/**
 * The configuration for a run: the file named (absolute path), or else `sdist-guard.toml` or
 * `[tool.sdist-guard]` of `pyproject.toml` at the root; undefined when there is none. Having both
 * at the root is an error rather than a silent choice. A `pyproject.toml` that is not valid TOML
 * is left to the manifest stage, which reports it, unless it was named explicitly.
 */
export function loadConfig(root: string, explicit?: string): FileConfig | undefined {
  if (explicit) {
    const shown = shownPath(root, explicit);
    let text: string;
    try {
      text = readRegularFileSync(explicit);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new ConfigError(`config: cannot read ${shown}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
    }
    const where: Where = path.basename(explicit) === 'pyproject.toml' ? 'tool' : 'top';
    const config = parseConfig(text, shown, where);
    if (!config) throw new ConfigError(`config: ${shown} has no [tool.sdist-guard] table`);
    return config;
  }
  const own = readIfExists(path.join(root, CONFIG_FILE));
  const fromOwn = own !== undefined ? parseConfig(own, CONFIG_FILE, 'top') : undefined;
  // A pyproject.toml that is not a regular file is left to the manifest stage, which reports it.
  const pyproject = readIfExists(path.join(root, 'pyproject.toml'), true);
  let fromPyproject: FileConfig | undefined;
  if (pyproject !== undefined) {
    let valid = true;
    try {
      parseToml(pyproject);
    } catch {
      valid = false;
    }
    if (valid) fromPyproject = parseConfig(pyproject, 'pyproject.toml', 'tool');
  }
  if (fromOwn && fromPyproject)
    throw new ConfigError(`configuration is in both ${CONFIG_FILE} and [tool.sdist-guard] of pyproject.toml: keep it in one of them`);
  return fromOwn ?? fromPyproject;
}
