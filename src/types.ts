// The types that cross rooms (DESIGN.md). Each room owns its internal types; only these travel
// between stages, so a change here is a change to the pipeline's contract.

/** Where a dependency was declared: a path relative to the scanned root (POSIX separators). */
export interface SourceRef {
  path: string;
  /** 1-based line of the requirement (the first line of a continued requirement). */
  line: number;
  /** The requirement as written, whitespace-folded, without options such as `--hash`. */
  requirement: string;
}

/** A problem with one input that does not stop the scan: a malformed line, an unreadable file. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  path: string;
  line?: number;
  message: string;
}

/** A file named by a lock (or an index page): hashes as `{ sha256: "<hex>" }`, lower-case hex. */
export interface FileRef {
  filename: string;
  url?: string;
  hashes: Record<string, string>;
  size?: number;
}

/**
 * A reference pip installs without asking the index for versions. `vcs` and `path` are always
 * built from source; a `url` is built unless it names a wheel.
 */
export interface DirectReference {
  kind: 'vcs' | 'url' | 'path';
  url: string;
}

export type DependencyKind = 'runtime' | 'optional' | 'group' | 'build' | 'dev';

export interface Dependency {
  /** PEP 503 normalized name. */
  name: string;
  /** The name as written. */
  displayName: string;
  /** PEP 440 specifier set, `""` for any version. */
  specifier: string;
  extras: string[];
  /** PEP 508 marker expression, evaluated per target; absent when the requirement has none. */
  marker?: string;
  source: SourceRef;
  /** Hashes pip will accept for this dependency's file, as `"sha256:<hex>"`; empty when unconstrained. */
  hashes: string[];
  direct?: DirectReference;
  editable?: boolean;
  kind: DependencyKind;
  /** The group, extra or section that declared it (`dev`, `[project.optional-dependencies].test`). */
  group?: string;
  /**
   * From a lock that records its graph: the shortest chain of display names from the project to
   * this package, this one last (`["app", "flask", "werkzeug"]`).
   */
  via?: string[];
  /** From a lock: the exact version, and the files the lock names (uv.lock, pylock.toml) if any. */
  locked?: {
    version: string;
    files?: FileRef[];
    /** The index the lock takes this package from, when it names one. */
    indexUrl?: string;
  };
}

/**
 * pip's `--only-binary` / `--no-binary` state: sets of normalized names, where `:all:` stands for
 * every name. Built by `FormatControl` in src/python/format-control.ts.
 */
export interface FormatControlState {
  noBinary: string[];
  onlyBinary: string[];
}

/** pip 26's `--all-releases` / `--only-final` state, normalized names or `:all:`. */
export interface ReleaseControlState {
  allReleases: string[];
  onlyFinal: string[];
}

/** The pip options a requirements file carries; they apply to the whole pip invocation. */
export interface PipOptions {
  indexUrl?: string;
  extraIndexUrls: string[];
  noIndex: boolean;
  findLinks: string[];
  formatControl: FormatControlState;
  preferBinary: boolean;
  pre: boolean;
  /** `--all-releases` / `--only-final`; absent when the file names neither. */
  releaseControl?: ReleaseControlState;
}

export type ManifestKind = 'manifest' | 'lock';

export interface ParseResult {
  kind: ManifestKind;
  dependencies: Dependency[];
  /** `-c` constraints: they narrow versions but add no dependency. */
  constraints: Dependency[];
  /** Requirements files only; absent for formats that carry no pip options. */
  options?: PipOptions;
  diagnostics: Diagnostic[];
  /** Other files this one pulled in (`-r`, `-c`), relative to the root. */
  included: string[];
  /**
   * A lock made for some of its manifest's groups only (pdm's `[metadata] groups`): their names,
   * normalized, `default` standing for the project's own dependencies. Absent: every group.
   */
  lockedGroups?: string[];
  /** The tool a lock says wrote it (pylock.toml's `created-by`), which decides the manifest it belongs to. */
  createdBy?: string;
  /**
   * A requirements file compiled by pip-compile or `uv pip compile`: the `.in` files its header's
   * command names, as written there (relative to where the command ran).
   */
  compiledFrom?: string[];
  /** Values `${VAR}` expansion brought in: never shown, masked wherever they could surface. */
  secrets?: string[];
}

export interface ParseContext {
  /** Absolute path of the scanned root; included files must stay inside it. */
  root: string;
  /** Reads a file by absolute path; throws when it cannot. */
  readFile(absPath: string): string;
  /** Environment for `${VAR}` expansion in requirements files. */
  env: Record<string, string | undefined>;
}

export type Parser = (text: string, path: string, ctx: ParseContext) => ParseResult;

/** The values PEP 508 markers are evaluated against, for one target. */
export interface MarkerEnvironment {
  python_version: string;
  python_full_version: string;
  sys_platform: string;
  platform_system: string;
  platform_machine: string;
  platform_release: string;
  platform_version: string;
  os_name: string;
  implementation_name: string;
  implementation_version: string;
  platform_python_implementation: string;
}

/** One (Python, platform) pair a dependency is checked against. */
export interface Target {
  /** `3.12` */
  python: string;
  /** The primary wheel platform tag, e.g. `manylinux_2_39_x86_64`, `macosx_14_0_arm64`, `win_amd64`. */
  platform: string;
  env: MarkerEnvironment;
  /** Supported wheel tags, most preferred first, as `interpreter-abi-platform`. */
  tags: string[];
}

/** One file of a project as the index lists it (PEP 691 / PEP 503). */
export interface DistFile {
  /** The file name pip goes by: the last component of the URL's path. */
  filename: string;
  /** A JSON page's `filename` for this file, set only when it is not the URL's file name. */
  pageFilename?: string;
  url: string;
  hashes: Record<string, string>;
  requiresPython?: string;
  /** `false`, or `true` / the reason when the file is yanked (PEP 592). */
  yanked: boolean | string;
  size?: number;
  /** PEP 658/714 metadata file: `false` when absent, `true` or its hashes when present. */
  coreMetadata?: boolean | Record<string, string>;
}

/** What an index knows of one project, merged across the indexes asked. */
export interface ProjectPage {
  name: string;
  files: DistFile[];
  /** The pages the files came from (credentials removed). */
  urls: string[];
}

/** One version of a project with its files. */
export interface Release {
  name: string;
  version: string;
  files: DistFile[];
}

export type FileKind = 'wheel' | 'sdist' | 'none';

/** What pip would take for one dependency on one target. */
export interface Selection {
  target: Target;
  kind: FileKind;
  version?: string;
  file?: DistFile;
  /** Why: which wheel matched, or why no wheel fits, or why nothing can be installed. */
  reason: string;
}

export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';

export interface Finding {
  rule: string;
  severity: Severity;
  /** Path inside the sdist (or as given to `inspect`). */
  path: string;
  line: number;
  /** What it means, for a person who does not read the code. */
  message: string;
  /** The resolved call, the decoded string: what the rule saw. */
  evidence: string;
}

/** `malicious`: a known-malware advisory names the version pip would install (src/advisories/). */
export type Status = 'wheel' | 'sdist' | 'suspicious' | 'malicious' | 'unresolved' | 'skipped';

/** A published record that a package version is malware (an OSV `MAL-` record). */
export interface Advisory {
  /** `MAL-2024-1234` */
  id: string;
  /** The record's one-line summary; absent when the record itself could not be read. */
  summary?: string;
  /** Where a person reads the record. */
  url: string;
  /** The version of the package the record names, as pip would install it. */
  version: string;
  /** The record's `modified` time, as the service gave it. */
  modified?: string;
}

export interface TargetResult {
  python: string;
  platform: string;
  version?: string;
  /** The exact file pip would take. */
  file?: string;
  kind: FileKind;
  reason: string;
}

export interface Verdict {
  name: string;
  version?: string;
  status: Status;
  /** A sentence a person can act on. */
  reason: string;
  sources: SourceRef[];
  targets: TargetResult[];
  findings: Finding[];
  /** Hard limits hit while reading the sdist; a limit hit is never a clean result. */
  limits: string[];
  /** The chain that pulls a transitive dependency in, top-level first. */
  via?: string[];
  /**
   * Declared the same way at the base of the pull request under review (`scope: changed`): still
   * reported, but it does not gate, since the pull request did not bring it in.
   */
  preexisting?: boolean;
  /** Accepted by an allow-list entry of the configuration: reported with its reason, never gating. */
  allowed?: AllowedBy;
  /** Known-malware records for the versions pip would install; set when the status is `malicious`. */
  advisories?: Advisory[];
  /**
   * When pip would build it: the newest version whose wheels cover every target (the one to pin), or
   * the targets no version has a wheel for (empty: no one version has wheels for all of them).
   */
  wheelPin?: { version: string } | { missing: string[] };
}

export interface AllowedBy {
  reason: string;
  /** `YYYY-MM-DD`: the last day the entry applies. */
  until?: string;
  /** Where the entry is written, `sdist-guard.toml:12`. */
  source: string;
}
