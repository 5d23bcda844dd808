// Which entries are kept as text for analysis: the files that can run, or steer what runs, when
// pip builds the sdist. Everything else is only listed.

/** Extension-less files at the top (`VERSION`) are kept only when small: setup.py reads or execs them. */
export const TOP_LEVEL_PLAIN_MAX = 64 * 1024;

const KEPT_EXTENSIONS = ['.py', '.pyw', '.cfg', '.toml'];

/** Python source: decoded under PEP 263, and any doubt about its decoding is a limit note. */
export function isPythonSource(path: string): boolean {
  const lower = path.toLowerCase();
  return lower.endsWith('.py') || lower.endsWith('.pyw');
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Like Node's `extname`: `.hidden` has no extension. */
function hasExtension(base: string): boolean {
  return base.lastIndexOf('.') > 0;
}

/** Kept wherever it sits in the tree. */
export function isKeptAnywhere(path: string): boolean {
  const base = baseName(path);
  if (base === 'PKG-INFO') return true;
  const lower = base.toLowerCase();
  return KEPT_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

/** Kept only if it ends up at the sdist root and is small. */
export function isTopLevelPlainCandidate(path: string): boolean {
  return !hasExtension(baseName(path));
}

/** Other files are kept as data, for build code that reads them by name, when at most this big... */
export const DATA_FILE_MAX = 256 * 1024;
/** ...and while all data kept stays under this... */
export const DATA_TOTAL_MAX = 8 * 1024 * 1024;
/** ...and these many files (empty ones are not kept: there is nothing to read in them). */
export const DATA_FILES_MAX = 4096;

/** setup.py at the sdist root (under the leading directory when there is one): Python reads it through `tokenize.open`. */
export function isRootSetup(key: string, leading: boolean): boolean {
  const parts = key.split('/');
  return parts[parts.length - 1] === 'setup.py' && parts.length === (leading ? 2 : 1);
}
