// The forms a requirement takes in a requirements file, read the way pip's req_install.constructors
// reads them: PEP 508 (`name[extras] specifier ; marker`, `name @ url`), bare URLs and VCS URLs with
// `#egg=`, local paths and archive files, and `-e` editables. Without touching the file system, so a
// path is told from a name by its shape alone.

import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import type { DirectReference } from '../types.js';
import { isValidName } from '../python/names.js';
import { parseRequirement } from '../python/requirements.js';
import { parseMarker } from '../python/markers.js';
import { InvalidFilename, parseWheelFilename } from '../python/filenames.js';
import {
  directKind,
  eggFragment,
  fileUrlPath,
  isArchiveFile,
  isUrl,
  isVcsUrl,
  lastSegment,
  looksLikePath,
  nameFromArchive,
  nameFromVcsUrl,
  stripExtras,
} from './direct-reference.js';

export interface RequirementForm {
  /** The project name as written (or as derived from a URL or path). */
  name: string;
  specifier: string;
  extras: string[];
  marker?: string;
  direct?: DirectReference;
}

/** A requirement that cannot be read; the message says what is wrong. */
export class RequirementFormError extends Error {}

/** Where relative local paths are looked up when a name has to be derived from a directory. */
export interface FormContext {
  /** Absolute directory of the file the requirement is in. */
  dir: string;
  /** Reads a file inside the scanned root (to name a local project); throws when it cannot. */
  readFile?(absPath: string): string;
}

/**
 * The name a local project directory declares: `[project].name` or Poetry's `[tool.poetry].name` in
 * its pyproject.toml, else `name` in setup.cfg's `[metadata]`. That is the name its build gives it,
 * which pip installs it under; undefined when neither file says (a setup.py computes it).
 */
function declaredProjectName(dir: string, ctx: FormContext): string | undefined {
  if (!ctx.readFile) return undefined;
  try {
    const doc = parseToml(ctx.readFile(path.join(dir, 'pyproject.toml'))) as Record<string, any>;
    const name = doc.project?.name ?? doc.tool?.poetry?.name;
    if (typeof name === 'string' && isValidName(name.trim())) return name.trim();
  } catch {
    // no pyproject.toml, or not one that names the project
  }
  try {
    const cfg = ctx.readFile(path.join(dir, 'setup.cfg'));
    let section = '';
    for (const raw of cfg.split(/\r?\n/)) {
      const header = /^\s*\[([^\]]+)\]\s*$/.exec(raw);
      if (header) section = header[1].trim().toLowerCase();
      const entry = section === 'metadata' ? /^name\s*[=:]\s*(\S.*?)\s*$/.exec(raw) : null;
      if (entry && isValidName(entry[1])) return entry[1];
    }
  } catch {
    // no setup.cfg
  }
  return undefined;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The text as quoted in a message: the start of a hostile megabyte line is enough to find it. */
function quoted(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** A PEP 508 requirement, with a direct reference when it carries `@ url`. */
export function pep508Form(text: string): RequirementForm {
  let req;
  try {
    req = parseRequirement(text);
  } catch (e) {
    let hint = '';
    if (/[=]/.test(text) && !/(===|==|~=|!=|<=|>=|<|>)/.test(text)) hint = ' (= is not a valid operator; did you mean ==?)';
    throw new RequirementFormError(`invalid requirement '${quoted(text)}': ${describe(e)}${hint}`);
  }
  const form: RequirementForm = { name: req.name, specifier: req.specifier, extras: [...req.extras] };
  if (req.marker !== undefined && req.marker !== '') form.marker = req.marker;
  if (req.url !== undefined) form.direct = { kind: directKind(req.url), url: req.url };
  return form;
}

function checkMarker(marker: string): string {
  try {
    parseMarker(marker);
  } catch (e) {
    throw new RequirementFormError(`invalid marker '${quoted(marker)}': ${describe(e)}`);
  }
  return marker;
}

/** `#egg=name` or `#egg=name[extras]`: a bare name, not a whole requirement. */
function eggName(ref: string): { name: string; extras: string[] } | undefined {
  const egg = eggFragment(ref);
  if (egg === undefined) return undefined;
  let req;
  try {
    req = parseRequirement(egg);
  } catch {
    throw new RequirementFormError(`invalid #egg= fragment '${egg}': it must be a project name`);
  }
  if (req.specifier !== '' || req.url !== undefined || (req.marker !== undefined && req.marker !== '')) {
    throw new RequirementFormError(`invalid #egg= fragment '${egg}': it must be a project name`);
  }
  return { name: req.name, extras: [...req.extras] };
}

/** The file system path a `file:` URL or a plain path names, resolved against the file's directory. */
function localPath(ref: string, ctx: FormContext): string {
  return path.resolve(ctx.dir, /^file:/i.test(ref) ? fileUrlPath(ref) : ref);
}

/** A name for a direct reference that has no `#egg=`: the wheel or sdist file name, the repository, the directory. */
function derivedName(ref: string, kind: DirectReference['kind'], ctx: FormContext): { name: string; version?: string } | undefined {
  if (kind === 'vcs') {
    const name = nameFromVcsUrl(ref);
    return name === undefined ? undefined : { name };
  }
  const archive = nameFromArchive(lastSegment(ref));
  if (archive !== undefined) return archive;
  if (kind === 'path') {
    const dir = localPath(ref.split('#')[0], ctx);
    const declared = declaredProjectName(dir, ctx);
    if (declared !== undefined) return { name: declared };
    const base = path.basename(dir);
    return base === '' ? undefined : { name: base };
  }
  return undefined;
}

function directForm(ref: string, extrasText: string | undefined, marker: string | undefined, ctx: FormContext): RequirementForm {
  const kind = directKind(ref);
  const egg = eggName(ref);
  const extras = new Set<string>(egg?.extras ?? []);
  if (extrasText !== undefined) {
    for (const e of extrasText.slice(1, -1).split(',')) {
      const trimmed = e.trim();
      if (trimmed === '') continue;
      if (!isValidName(trimmed)) throw new RequirementFormError(`invalid extra '${trimmed}' in '${extrasText}'`);
      extras.add(trimmed);
    }
  }
  let name = egg?.name;
  let specifier = '';
  // pip pins a wheel to the version its file name states, whatever the fragment says; a `.whl`
  // whose name is not a wheel file name stops pip (InvalidWheelFilename) before anything installs.
  const file = lastSegment(ref);
  if (file.endsWith('.whl')) {
    try {
      parseWheelFilename(file);
    } catch (err) {
      if (err instanceof InvalidFilename) throw new RequirementFormError(`${err.message}: pip refuses a wheel file so named and installs nothing`);
      throw err;
    }
  }
  const archive = nameFromArchive(file);
  if (archive?.version !== undefined) {
    name ??= archive.name;
    specifier = `==${archive.version}`;
  }
  if (name === undefined) {
    const derived = derivedName(ref, kind, ctx);
    if (derived === undefined) {
      throw new RequirementFormError(`cannot tell the project name of '${ref}'; add #egg=<name>`);
    }
    name = derived.name;
  }
  if (!isValidName(name)) {
    throw new RequirementFormError(`cannot tell the project name of '${ref}' ('${name}' is not a valid name); add #egg=<name>`);
  }
  const form: RequirementForm = { name, specifier, extras: [...extras], direct: { kind, url: ref } };
  if (marker !== undefined) form.marker = marker;
  return form;
}

/** A requirement line's requirement part, with variables already expanded. */
export function requirementLineForm(text: string, ctx: FormContext): RequirementForm {
  const url = isUrl(text);
  // A URL may hold `;` itself, so pip wants `; ` before a marker there.
  const sep = url ? '; ' : ';';
  const at = text.indexOf(sep);
  const head = (at === -1 ? text : text.slice(0, at)).trim();
  const markerText = at === -1 ? undefined : text.slice(at + sep.length).trim();
  const marker = markerText === undefined || markerText === '' ? undefined : markerText;

  if (url) {
    return directForm(head, undefined, marker === undefined ? undefined : checkMarker(marker), ctx);
  }
  // pip takes `name @ url` for a PEP 508 requirement unless the part before `@` looks like a path.
  const atSign = head.indexOf('@');
  const pep508Url = atSign !== -1 && !looksLikePath(head.slice(0, atSign));
  const { base, extras } = stripExtras(head);
  if (!pep508Url && (looksLikePath(base) || isArchiveFile(base))) {
    return directForm(base, extras, marker === undefined ? undefined : checkMarker(marker), ctx);
  }
  return pep508Form(text);
}

const EDITABLE_VCS = ['git', 'hg', 'svn', 'bzr'];

/** The value of `-e`: a local project directory or a VCS URL that names its project with `#egg=`. */
export function editableForm(value: string, ctx: FormContext): RequirementForm {
  let ref = value;
  const lower = ref.toLowerCase();
  for (const vc of EDITABLE_VCS) {
    if (lower.startsWith(`${vc}:`) && !isVcsUrl(ref)) {
      ref = `${vc}+${ref}`;
      break;
    }
  }
  if (isVcsUrl(ref)) {
    if (eggFragment(ref) === undefined) {
      throw new RequirementFormError(`cannot tell the project name of editable '${value}'; pip needs #egg=<name>`);
    }
    return directForm(ref, undefined, undefined, ctx);
  }
  const { base, extras } = stripExtras(ref);
  if (isUrl(base) && !/^file:/i.test(base)) {
    throw new RequirementFormError(`'${value}' is not a valid editable requirement: it must be a local project path or a VCS URL`);
  }
  return directForm(base, extras, undefined, ctx);
}
