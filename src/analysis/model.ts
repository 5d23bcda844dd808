// The facts derived from one unit of build-time code (a file, or a payload decoded from one), and
// the shape of a rule that reads them.

import type { Finding, Severity } from '../types.js';
import type { StrValue, Value } from './values.js';

/** How a file takes part in the build. */
export type Role =
  /** setup.py, or a file given to `inspect`: all of it runs. */
  | 'setup'
  /** A build hook or in-tree backend: the backend calls its functions. */
  | 'hook'
  /** A module imported (or exec'd) by build-time code: its top level runs. */
  | 'imported'
  /** pyproject.toml, setup.cfg, PKG-INFO: no code, only their strings are checked. */
  | 'config';

/**
 * Where a piece of code sits (`scope`) and from which build-time entry it runs (`entry`):
 * `top-level`, `cmdclass:Install.run`, `hook:build`. No entry: nothing that runs at build time
 * reaches it.
 */
export interface Where {
  scope: string;
  entry?: string;
}

export interface CallFact {
  /** Qualified name: `os.system`, `builtins.exec`, `requests.get().json`, `local:helper`; `?.name` when unresolved. */
  callee: string;
  args: Value[];
  kwargs: Record<string, Value>;
  line: number;
  where: Where;
  /** The call as written, shortened. */
  snippet: string;
  /** For method calls: the object the method was called on. */
  receiver?: Value;
  /** The call's result. */
  result?: Value;
}

export interface StringFact {
  value: StrValue;
  line: number;
  where: Where;
  /** A literal as written, or a value built by folding or decoding. */
  kind: 'literal' | 'built';
  /** Package metadata (`setup(description=...)`) or a docstring: text, not behaviour. */
  metadata?: boolean;
}

export interface DecodeFact {
  codec: string;
  line: number;
  where: Where;
  ok: boolean;
  output?: StrValue;
  reason?: string;
  inputLength: number;
}

/** Code this unit runs through `exec`/`eval`/`compile` or `python -c`, when it is known. */
export interface PayloadFact {
  code: string;
  line: number;
  where: Where;
  /** The decoding chain that produced it, `literal` when written as-is. */
  how: string;
  via: string;
  t: number;
}

/** Data passed through a decoder that cannot be reproduced here (marshal, Fernet, lzma). */
export interface OpaqueFact {
  codec: string;
  line: number;
  where: Where;
  evidence: string;
  /** The input is a constant of the script (or decoded from one), not data read at build time. */
  constant: boolean;
}

/** A qualified name read (not only called): `subprocess.CREATE_NO_WINDOW`, `os.environ`. */
export interface RefFact {
  q: string;
  line: number;
  where: Where;
}

export interface ImportFact {
  module: string;
  /** Dots of a relative import. */
  level: number;
  line: number;
  where: Where;
  /** Names imported with `from m import a, b`. */
  names?: string[];
}

/** `__import__`, `importlib.import_module`, `getattr` on a module or builtins. */
export interface DynamicLookupFact {
  via: string;
  /** The name looked up, when known. */
  name?: string;
  /** A string built from pieces (concatenation, decoding) rather than written as one literal. */
  constructed: boolean;
  /** The name came from decoded, downloaded or opaque data. */
  hidden: boolean;
  /** What it resolved to. */
  target?: string;
  /** The object looked up on (`builtins`, `os`). */
  on?: string;
  line: number;
  where: Where;
}

/**
 * Code of the sdist loaded by a route other than an import statement (`__import__`, importlib,
 * runpy, `exec` of a file) or run in a new interpreter (`python -m pkg`, `python file.py`).
 */
export interface LoadFact {
  /** The route: `__import__`, `importlib.import_module`, `runpy.run_module`, `python -m`, `python`, ... */
  via: string;
  /** A dotted module name, when loaded by name. */
  module?: string;
  /** A path relative to the sdist root, when loaded by path. */
  path?: string;
  /** Runs as `__main__`: its `if __name__ == "__main__":` block runs too. */
  main: boolean;
  /** Set when the target is not known statically: what is known of it. */
  unresolved?: string;
  /** The unresolved name or path came from decoded, downloaded or opaque data. */
  hidden?: boolean;
  line: number;
  where: Where;
}

export interface CmdclassFact {
  command: string;
  cls: string;
  line: number;
}

export interface UnitFacts {
  path: string;
  role: Role;
  /** 0 for files, 1+ for decoded payloads. */
  depth: number;
  /** For payloads: where in the enclosing code it was decoded and run. */
  origin?: { path: string; line: number; how: string; via: string; entry?: string };
  parsed: boolean;
  text: string;
  calls: CallFact[];
  strings: StringFact[];
  decodes: DecodeFact[];
  payloads: PayloadFact[];
  opaque: OpaqueFact[];
  refs: RefFact[];
  imports: ImportFact[];
  dynamic: DynamicLookupFact[];
  cmdclass: CmdclassFact[];
  /** Local classes that are setuptools commands. */
  commands: string[];
  /** Identifiers the code defines or uses, with the first line each appears on. */
  identifiers: Map<string, number>;
  /** Files of the sdist this unit runs through `exec(open(p).read())`, `runpy.run_path`, `execfile`. */
  execFiles: { path: string; line: number }[];
  /** Directories added to `sys.path` (relative to the sdist root). */
  sysPath: string[];
  /** Code loaded by routes other than import statements, or run in a new interpreter. */
  loads: LoadFact[];
  /** The source encoding a coding cookie named, when it is not UTF-8 (the decoded text is what was analysed). */
  encoding?: { codec: string; line: number; unusual: boolean };
  lineLengths: number[];
  limits: string[];
}

/** A unit with no facts yet: the fields that say what the unit is are the caller's. */
export function emptyFacts(unit: Pick<UnitFacts, 'path' | 'role' | 'depth' | 'origin' | 'parsed' | 'text' | 'lineLengths'>): UnitFacts {
  return {
    ...unit,
    calls: [],
    strings: [],
    decodes: [],
    payloads: [],
    opaque: [],
    refs: [],
    imports: [],
    dynamic: [],
    cmdclass: [],
    commands: [],
    identifiers: new Map(),
    execFiles: [],
    sysPath: [],
    loads: [],
    limits: [],
  };
}

/** The scope config strings that are build requirements carry. */
export const BUILD_REQUIRES_SCOPE = 'the build requirements';

export interface RuleContext {
  /** All units of the sdist, for rules that weigh behaviour across files. */
  units: UnitFacts[];
}

export interface Rule {
  id: string;
  /** The worst severity this rule reports; single findings may be lower when the context is benign. */
  severity: Severity;
  description: string;
  check(facts: UnitFacts, ctx: RuleContext): Finding[];
}
