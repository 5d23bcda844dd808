// What declaredRequirements gives, and a check of that shape for values read back from a cache:
// apart from declared.ts so that checking them loads neither the parser nor the TOML reader.

/** One requirement as written, and where. */
export interface DeclaredRequirement {
  requirement: string;
  /** Path inside the sdist (`pyproject.toml`), or `pip's default`. */
  file: string;
  line: number;
}

export type BuildSystem =
  /** What pip installs into the isolated build environment before it calls the backend. */
  | { requires: DeclaredRequirement[]; backend: string; default: boolean }
  /** pip stops before installing anything: the reason, as pip's error says it. */
  | { refused: string };

/** The project's own dependencies, in Requires-Dist form (`x; extra == "test"`), and the file that states them. */
export interface StaticDependencies {
  requirements: string[];
  extras: string[];
  from: string;
}

export interface Declarations {
  buildSystem: BuildSystem;
  /** Literal `setup_requires` (setup.py or setup.cfg), which the setuptools backend asks pip to install. */
  setupRequires: DeclaredRequirement[];
  /** Set when setup.py may ask for more than that (computed, or hidden in `**keywords`): why. */
  setupRequiresUnknown?: string;
  /** Set when the build files state the dependencies statically. */
  install?: StaticDependencies;
  /** What could not be read without running the build, a sentence each. */
  unread: string[];
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** Whether a value (read back from a cache) has the shape declaredRequirements gives. */
export function isDeclarations(v: unknown): v is Declarations {
  const d = obj(v);
  if (!d) return false;
  const reqs = (x: unknown) => Array.isArray(x) && x.every((r) => typeof obj(r)?.requirement === 'string' && typeof obj(r)?.file === 'string' && typeof obj(r)?.line === 'number');
  const strings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
  const bs = obj(d.buildSystem);
  if (!bs) return false;
  if ('refused' in bs) {
    if (typeof bs.refused !== 'string') return false;
  } else if (!reqs(bs.requires) || typeof bs.backend !== 'string' || typeof bs.default !== 'boolean') return false;
  if (!reqs(d.setupRequires) || !strings(d.unread)) return false;
  if (d.setupRequiresUnknown !== undefined && typeof d.setupRequiresUnknown !== 'string') return false;
  if (d.install !== undefined) {
    const i = obj(d.install);
    if (!i || !strings(i.requirements) || !strings(i.extras) || typeof i.from !== 'string') return false;
  }
  return true;
}
