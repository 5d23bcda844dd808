// pip's requirements file format (`requirements*.txt`, pip-tools' `*.in`): requirements in all their
// forms, `-r`/`-c` includes, and the options that steer where pip looks and what it may build.
// Includes are processed depth-first at the line that names them, as pip does, so option order
// (`--no-binary` then `--only-binary`, `-i` after `--extra-index-url`) matches what pip would see.

import path from 'node:path';
import type { Dependency, Diagnostic, ParseContext, ParseResult, Parser, PipOptions } from '../types.js';
import { ReleaseControl } from '../python/release-control.js';
import { compiledSources } from './compiled-header.js';
import { FormatControl } from '../python/format-control.js';
import { normalizeName } from '../python/names.js';
import { breakArgsOptions, expandEnv, logicalLines, shellSplit, ShellSplitError } from './requirements-lines.js';
import { parseOptions, PER_REQUIREMENT, type OptionValue } from './requirements-options.js';
import { editableForm, requirementLineForm, RequirementFormError, type RequirementForm } from './requirement-forms.js';
import { fileUrlPath, isUrl } from './direct-reference.js';

// pip's STRONG_HASHES with their digest lengths in hex digits.
const HASH_LENGTHS: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

/**
 * Bounds on what a hostile file can make of the report. A real requirement line, even with a
 * hundred `--hash` options, is a few kilobytes; a longer one is refused rather than quoted.
 */
export const MAX_LINE_CHARS = 1024 * 1024;
/**
 * Errors read per file (with its includes). pip stops at the first; past this many the file is
 * not a requirements file at all, and reading on would only cost time.
 */
export const MAX_ERRORS = 100;
/** Warnings listed per file; the rest are counted. */
export const MAX_WARNINGS = 100;
const MAX_MESSAGE_CHARS = 1000;

interface FileInfo {
  /** Relative to the root, POSIX separators. */
  rel: string;
  abs: string;
  constraint: boolean;
  /** The include chain that led here, top file first, as relative paths. */
  chain: string[];
  chainAbs: string[];
}

interface State {
  ctx: ParseContext;
  root: string;
  formatControl: FormatControl;
  options: PipOptions;
  dependencies: Dependency[];
  constraints: Dependency[];
  diagnostics: Diagnostic[];
  included: string[];
  /** `constraint|abs` of files already read, so a file included twice in one role is read once. */
  seen: Set<string>;
  /** Values expanded into the current line: messages show `${NAME}` instead, as they often hold tokens. */
  redactions: Array<{ name: string; value: string }>;
  /** Every value expanded in the file and its includes. */
  expanded: Set<string>;
  errors: number;
  warnings: number;
  /** Set when MAX_ERRORS was reached: nothing more is read. */
  halted: boolean;
}

export const parse: Parser = (text: string, filePath: string, ctx: ParseContext): ParseResult => {
  const root = path.resolve(ctx.root);
  const abs = path.resolve(root, filePath);
  const rel = toRelative(root, abs) ?? filePath;
  const state: State = {
    ctx,
    root,
    formatControl: new FormatControl(),
    options: { extraIndexUrls: [], noIndex: false, findLinks: [], formatControl: { noBinary: [], onlyBinary: [] }, preferBinary: false, pre: false },
    dependencies: [],
    constraints: [],
    diagnostics: [],
    included: [],
    seen: new Set([seenKey(false, abs)]),
    redactions: [],
    expanded: new Set(),
    errors: 0,
    warnings: 0,
    halted: false,
  };
  parseFile(state, text, { rel, abs, constraint: false, chain: [rel], chainAbs: [abs] });
  const unlisted = state.warnings - MAX_WARNINGS;
  if (unlisted > 0) {
    state.diagnostics.push({ severity: 'warning', path: rel, message: `${unlisted} more warning${unlisted === 1 ? '' : 's'} in ${rel}${state.included.length ? ' and the files it includes' : ''} are not listed` });
  }
  state.options.formatControl = state.formatControl.state();
  const compiledFrom = compiledSources(text);
  return {
    ...(compiledFrom && compiledFrom.length > 0 ? { compiledFrom } : {}),
    kind: 'manifest',
    dependencies: state.dependencies,
    constraints: state.constraints,
    options: state.options,
    diagnostics: state.diagnostics,
    included: state.included,
    ...(state.expanded.size > 0 ? { secrets: [...state.expanded] } : {}),
  };
};

function seenKey(constraint: boolean, abs: string): string {
  return `${constraint ? 'c' : 'r'}|${abs}`;
}

/** `abs` relative to `root` with POSIX separators, or undefined when it is not inside the root. */
function toRelative(root: string, abs: string): string | undefined {
  const rel = path.relative(root, abs);
  if (rel === '' || rel === '..' || rel.startsWith('..' + path.sep) || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

function parseFile(state: State, text: string, file: FileInfo): void {
  for (const { line, text: raw } of logicalLines(text)) {
    if (state.halted) return;
    if (state.errors >= MAX_ERRORS) {
      state.halted = true;
      state.diagnostics.push({
        severity: 'error',
        path: file.rel,
        line,
        message: `more than ${MAX_ERRORS} errors (pip stops at the first): ${file.rel} is not read from this line on`,
      });
      return;
    }
    if (raw.length > MAX_LINE_CHARS) {
      diag(state, file, line, 'error', `a line of ${raw.length} characters, more than the ${MAX_LINE_CHARS} a requirement line may have; skipped`);
      continue;
    }
    handleLine(state, file, line, raw);
  }
}

function diag(state: State, file: FileInfo, line: number, severity: Diagnostic['severity'], message: string): void {
  if (severity === 'error') state.errors++;
  else if (++state.warnings > MAX_WARNINGS) return;
  let shown = unexpand(state, message);
  if (shown.length > MAX_MESSAGE_CHARS) shown = `${shown.slice(0, MAX_MESSAGE_CHARS)}…`;
  shown = hidePieces(state, shown);
  state.diagnostics.push({ severity, path: file.rel, line, message: shown });
}

/** Text with each value expanded into the current line written back as the `${NAME}` it came from. */
function unexpand(state: State, text: string): string {
  let shown = text;
  for (const { name, value } of state.redactions) shown = shown.split(value).join(`\${${name}}`);
  return shown;
}

/** Pieces of a value shorter than this are left: they are as likely to be anything else. */
const MIN_PIECE = 5;
/** Values longer than this are only hidden whole (finding pieces of them costs too much). */
const MAX_PIECE_SEARCH = 4096;

/**
 * A message about a line with expanded values, with every piece of a value hidden too: a parser
 * quotes the text where it stopped, cut short, which no longer holds the value whole.
 */
function hidePieces(state: State, text: string): string {
  let shown = text;
  for (const { name, value } of state.redactions) {
    if (value.length < MIN_PIECE || value.length > MAX_PIECE_SEARCH) continue;
    let out = '';
    for (let i = 0; i < shown.length; ) {
      let len = 0;
      while (i + len < shown.length && value.includes(shown.slice(i, i + len + 1))) len++;
      if (len >= MIN_PIECE) {
        out += `\${${name}}`;
        i += len;
      } else {
        out += shown[i];
        i++;
      }
    }
    shown = out;
  }
  return shown;
}

function handleLine(state: State, file: FileInfo, line: number, raw: string): void {
  const { text, missing, used } = expandEnv(raw, state.ctx.env);
  for (const { value } of used) state.expanded.add(value);
  const outer = state.redactions;
  // Longest first, so a value that contains another is replaced whole.
  state.redactions = [...used].sort((a, b) => b.value.length - a.value.length);
  try {
    handleExpandedLine(state, file, line, raw, text, missing);
  } finally {
    state.redactions = outer;
  }
}

function handleExpandedLine(state: State, file: FileInfo, line: number, raw: string, text: string, missing: string[]): void {
  for (const name of missing) {
    diag(state, file, line, 'warning', `environment variable \${${name}} is not set; the text is left as written`);
  }
  const parts = breakArgsOptions(text);
  let words: string[];
  try {
    words = shellSplit(parts.options);
  } catch (e) {
    const why = e instanceof ShellSplitError ? e.message : String(e);
    diag(state, file, line, 'error', `cannot split options '${parts.options}': ${why}`);
    return;
  }
  const parsed = parseOptions(words);
  if (parsed.missingValue !== undefined) {
    diag(state, file, line, 'error', `option ${parsed.missingValue} needs a value`);
    return;
  }
  if (parsed.unknown.length > 0) {
    diag(state, file, line, 'warning', `unknown option ${parsed.unknown.join(', ')}; line skipped`);
    return;
  }
  if (parsed.extra.length > 0) {
    diag(state, file, line, 'warning', `ignored argument ${parsed.extra.map((w) => `'${w}'`).join(', ')} (pip ignores it too)`);
  }

  const editables = parsed.values.filter((v) => v.key === 'editable');
  if (parts.args !== '') {
    requirementLine(state, file, line, parts.args, breakArgsOptions(raw).args, parsed.values, false);
  } else if (editables.length > 0) {
    if (editables.length > 1) diag(state, file, line, 'warning', 'more than one -e on a line; pip takes only the first');
    const rawEditable = parseOptions(safeSplit(breakArgsOptions(raw).options)).values.find((v) => v.key === 'editable');
    requirementLine(state, file, line, editables[0].value, rawEditable?.value ?? editables[0].value, parsed.values, true);
  } else {
    optionLine(state, file, line, parsed.values);
  }
}

function safeSplit(s: string): string[] {
  try {
    return shellSplit(s);
  } catch {
    return [];
  }
}

function requirementLine(
  state: State,
  file: FileInfo,
  line: number,
  text: string,
  asWritten: string,
  options: OptionValue[],
  editable: boolean,
): void {
  let form: RequirementForm;
  const formContext = { dir: path.dirname(file.abs), readFile: state.ctx.readFile };
  try {
    form = editable ? editableForm(text, formContext) : requirementLineForm(text, formContext);
  } catch (e) {
    const message = e instanceof RequirementFormError ? e.message : `invalid requirement '${text}': ${String(e)}`;
    diag(state, file, line, 'error', message);
    return;
  }

  // a Set: a hostile line can carry ten thousand --hash options
  const hashSet = new Set<string>();
  const ignored = new Set<string>();
  for (const opt of options) {
    if (opt.key === 'hash') {
      const hash = checkHash(opt.value);
      if (typeof hash === 'string') {
        hashSet.add(hash);
      } else {
        diag(state, file, line, 'error', hash.error);
      }
    } else if (opt.key === 'noBinary' || opt.key === 'onlyBinary') {
      // pip's option callbacks change the shared format control even on a requirement line.
      applyFormatControl(state, opt);
    } else if (opt.key !== 'editable' && !PER_REQUIREMENT.has(opt.key)) {
      ignored.add(opt.name);
    }
  }
  if (ignored.size > 0) {
    diag(state, file, line, 'warning', `${[...ignored].join(', ')} has no effect on a requirement line; ignored`);
  }

  if (file.constraint && editable) {
    diag(state, file, line, 'error', 'editable requirements are not allowed as constraints');
    return;
  }

  const dependency: Dependency = {
    name: normalizeName(form.name),
    // pip looks the expanded name up; what is shown is the name as written, `${VAR}` and all
    displayName: unexpand(state, form.name),
    specifier: form.specifier,
    extras: form.extras,
    source: { path: file.rel, line, requirement: asWritten.replace(/\s+/g, ' ').trim() },
    hashes: [...hashSet],
    kind: 'runtime',
  };
  if (form.marker !== undefined) dependency.marker = form.marker;
  if (form.direct !== undefined) dependency.direct = form.direct;
  if (editable) dependency.editable = true;
  (file.constraint ? state.constraints : state.dependencies).push(dependency);
}

/** `algo:hex` -> `algo:<lower-case hex>`, or what is wrong with it. */
function checkHash(value: string): string | { error: string } {
  const colon = value.indexOf(':');
  if (colon === -1) {
    return { error: `--hash '${value}' must be a hash name followed by a value, like --hash=sha256:abcde...` };
  }
  const algo = value.slice(0, colon).toLowerCase();
  const digest = value.slice(colon + 1);
  const length = HASH_LENGTHS[algo];
  if (length === undefined) {
    return { error: `--hash '${value}': allowed hash algorithms are ${Object.keys(HASH_LENGTHS).join(', ')}` };
  }
  if (!/^[0-9a-fA-F]+$/.test(digest) || digest.length !== length) {
    return { error: `--hash '${value}': a ${algo} digest is ${length} hexadecimal digits` };
  }
  return `${algo}:${digest.toLowerCase()}`;
}

function applyFormatControl(state: State, opt: OptionValue): void {
  if (opt.key === 'noBinary') state.formatControl.addNoBinary(opt.value);
  else state.formatControl.addOnlyBinary(opt.value);
}

function optionLine(state: State, file: FileInfo, line: number, values: OptionValue[]): void {
  const o = state.options;
  for (const opt of values) {
    switch (opt.key) {
      case 'requirement':
        // pip reads `-r` inside a constraints file as requirements, not constraints.
        include(state, file, line, opt.value, false);
        break;
      case 'constraint':
        include(state, file, line, opt.value, true);
        break;
      case 'noIndex':
        o.noIndex = true;
        delete o.indexUrl;
        o.extraIndexUrls = [];
        break;
      case 'indexUrl':
        // pip replaces its whole index list with this one, dropping extra index URLs seen so far.
        if (!o.noIndex) {
          o.indexUrl = opt.value;
          o.extraIndexUrls = [];
        }
        break;
      case 'extraIndexUrl':
        if (!o.noIndex && !o.extraIndexUrls.includes(opt.value)) o.extraIndexUrls.push(opt.value);
        break;
      case 'findLinks':
        if (!o.findLinks.includes(opt.value)) o.findLinks.push(opt.value);
        break;
      case 'noBinary':
      case 'onlyBinary':
        applyFormatControl(state, opt);
        break;
      case 'preferBinary':
        o.preferBinary = true;
        break;
      case 'pre':
        o.pre = true;
        break;
      case 'allReleases':
      case 'onlyFinal': {
        const rc = ReleaseControl.from(o.releaseControl);
        if (opt.key === 'allReleases') rc.addAllReleases(opt.value);
        else rc.addOnlyFinal(opt.value);
        o.releaseControl = rc.state();
        break;
      }
      case 'hash':
        diag(state, file, line, 'warning', '--hash without a requirement on the same line; ignored');
        break;
      case 'editable':
      case 'trustedHost':
      case 'useFeature':
      case 'requireHashes':
      case 'configSettings':
      case 'globalOption':
      case 'installOption':
        break;
    }
  }
}

function include(state: State, from: FileInfo, line: number, ref: string, constraint: boolean): void {
  const flag = constraint ? '-c' : '-r';
  let target = ref;
  if (/^file:/i.test(target)) {
    target = fileUrlPath(target);
  } else if (isUrl(target) || /^[a-z][a-z0-9+.-]+:\/\//i.test(target)) {
    diag(state, from, line, 'warning', `${flag} ${ref}: remote files are not fetched; its requirements are not scanned`);
    return;
  }
  const abs = path.resolve(path.dirname(from.abs), target);
  const rel = toRelative(state.root, abs);
  if (rel === undefined) {
    diag(state, from, line, 'error', `${flag} ${ref}: refused, it resolves outside the scanned root`);
    return;
  }
  const cycleAt = from.chainAbs.indexOf(abs);
  if (cycleAt !== -1) {
    const chain = [...from.chain.slice(cycleAt), rel].join(' -> ');
    diag(state, from, line, 'error', `${flag} ${ref}: include cycle ${chain}`);
    return;
  }
  const key = seenKey(constraint, abs);
  if (state.seen.has(key)) return;
  let content: string;
  try {
    content = state.ctx.readFile(abs);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    diag(state, from, line, 'error', `${flag} ${ref}: cannot read ${rel}: ${why}`);
    return;
  }
  state.seen.add(key);
  if (!state.included.includes(rel)) state.included.push(rel);
  parseFile(state, content, {
    rel,
    abs,
    constraint,
    chain: [...from.chain, rel],
    chainAbs: [...from.chainAbs, abs],
  });
}
