// Core metadata (the wheel's METADATA, the sdist's PKG-INFO, a PEP 658 `.metadata` file): RFC 822
// style headers, read as far as dependency resolution needs them. Pure: the caller names the source
// so that every error points at a file and line.

export class InvalidMetadata extends Error {
  override name = 'InvalidMetadata';
}

export interface CoreMetadata {
  /** As written, e.g. `2.1`. */
  metadataVersion: string;
  name: string;
  version: string;
  /** PEP 508 requirements, as written (one per `Requires-Dist`). */
  requiresDist: string[];
  providesExtra: string[];
  requiresPython?: string;
  /** Field names a PEP 643 sdist leaves to its build, as written. */
  dynamic: string[];
}

/** Whether a package's own dependencies can be known without running its build; `extras` are the ones it provides. */
export type DeclaredDependencies = { known: true; requirements: string[]; extras: string[] } | { known: false; reason: string };

// Real METADATA files are a few kilobytes; a description can make them larger, but not this large.
const MAX_HEADER_LINES = 100_000;

function describe(source: string, line: number): string {
  return `${source}, line ${line}`;
}

/**
 * Reads the header block (up to the first empty line; what follows is the description). Folded
 * lines (starting with a blank) continue the previous field. Throws InvalidMetadata naming the
 * source and line when a line is neither a field nor a continuation, or a required field is missing.
 */
export function parseCoreMetadata(text: string, source: string): CoreMetadata {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const fields: Array<{ key: string; value: string; line: number }> = [];
  for (let i = 0; i < lines.length && i < MAX_HEADER_LINES; i++) {
    const line = lines[i]!;
    if (line.trim() === '') break;
    if (/^[ \t]/.test(line)) {
      const last = fields[fields.length - 1];
      if (!last) throw new InvalidMetadata(`${describe(source, i + 1)}: a continuation line before any field`);
      last.value += ' ' + line.trim();
      continue;
    }
    const m = /^([!-9;-~]+):[ \t]*(.*)$/.exec(line);
    if (!m) throw new InvalidMetadata(`${describe(source, i + 1)}: expected "Field: value", found ${JSON.stringify(line.slice(0, 60))}`);
    fields.push({ key: m[1]!.toLowerCase(), value: m[2]!.trim(), line: i + 1 });
  }

  const first = (key: string): string | undefined => fields.find((f) => f.key === key)?.value;
  const all = (key: string): string[] => fields.filter((f) => f.key === key).map((f) => f.value);

  const metadataVersion = first('metadata-version');
  if (metadataVersion === undefined) throw new InvalidMetadata(`${source}: no Metadata-Version field`);
  if (!/^\d+\.\d+$/.test(metadataVersion)) {
    const at = fields.find((f) => f.key === 'metadata-version')!.line;
    throw new InvalidMetadata(`${describe(source, at)}: Metadata-Version "${metadataVersion}" is not of the form 2.1`);
  }
  const name = first('name');
  if (!name) throw new InvalidMetadata(`${source}: no Name field`);
  const version = first('version');
  if (!version) throw new InvalidMetadata(`${source}: no Version field`);

  const meta: CoreMetadata = {
    metadataVersion,
    name,
    version,
    requiresDist: all('requires-dist').filter(Boolean),
    providesExtra: all('provides-extra').filter(Boolean),
    dynamic: all('dynamic').filter(Boolean),
  };
  const requiresPython = first('requires-python');
  if (requiresPython) meta.requiresPython = requiresPython;
  return meta;
}

/** `2.2` -> [2, 2]; the version was checked by parseCoreMetadata. */
function versionParts(v: string): [number, number] {
  const [major, minor] = v.split('.').map(Number);
  return [major!, minor!];
}

export function atLeast(metadataVersion: string, major: number, minor: number): boolean {
  const [a, b] = versionParts(metadataVersion);
  return a > major || (a === major && b >= minor);
}

/**
 * A wheel's metadata is what its build produced, so its Requires-Dist is final. An sdist's PKG-INFO
 * is binding only from Metadata-Version 2.2 on (PEP 643), and then only for fields not marked
 * Dynamic: anything else can change when the build runs, which is exactly what is not done here.
 */
export function declaredDependencies(meta: CoreMetadata, kind: 'wheel' | 'sdist'): DeclaredDependencies {
  if (kind === 'wheel') return { known: true, requirements: meta.requiresDist, extras: meta.providesExtra };
  if (!atLeast(meta.metadataVersion, 2, 2)) {
    return {
      known: false,
      reason: `its PKG-INFO has Metadata-Version ${meta.metadataVersion}; before 2.2 an sdist's metadata does not bind what its build produces`,
    };
  }
  if (meta.dynamic.some((d) => d.toLowerCase() === 'requires-dist')) {
    return { known: false, reason: 'its PKG-INFO marks Requires-Dist as Dynamic: the build decides them' };
  }
  return { known: true, requirements: meta.requiresDist, extras: meta.providesExtra };
}
