// Entry names: which ones are refused, and where the accepted ones land once the sdist's leading
// directory is stripped the way pip does when it unpacks (pip/_internal/utils/unpacking.py).

/** Why an entry name is refused, or undefined when it stays inside the archive root. */
export function refusalReason(name: string): string | undefined {
  if (name.includes('\0')) return 'name contains a NUL byte';
  // On Windows a backslash is a separator, so `..\x` climbs out; on POSIX it silently changes
  // meaning. Either way the name means different things to different extractors.
  if (name.includes('\\')) return 'name contains a backslash';
  if (name.startsWith('/')) return 'absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'Windows drive path';
  if (name.split('/').includes('..')) return 'path leaves the archive';
  return undefined;
}

/** The member name Python's tarfile and zipfile hand to pip: directories lose trailing slashes. */
export function memberName(name: string): string {
  return name.replace(/\/+$/, '');
}

/** pip's split_leading_dir, for names that passed refusalReason (no backslashes). */
export function splitLeadingDir(name: string): [string, string] {
  const path = name.replace(/^\/+/, '');
  const slash = path.indexOf('/');
  return slash === -1 ? [path, ''] : [path.slice(0, slash), path.slice(slash + 1)];
}

/**
 * pip's has_leading_dir, fed one name at a time: pip strips the first component only when every
 * member name has one and it is the same for all.
 */
export class LeadingDir {
  private prefix: string | undefined;
  private common = true;

  add(name: string): void {
    if (!this.common) return;
    const [prefix] = splitLeadingDir(name);
    if (!prefix) this.common = false;
    else if (this.prefix === undefined) this.prefix = prefix;
    else if (prefix !== this.prefix) this.common = false;
  }

  /** Whether pip would strip; an archive with no members has nothing to strip. */
  get strips(): boolean {
    return this.common && this.prefix !== undefined;
  }

  /** Where a member lands relative to the unpack directory, `.` and empty components removed. */
  place(name: string): string {
    const rest = this.strips ? splitLeadingDir(name)[1] : name;
    return normalizePath(rest);
  }
}

/** `a//./b/` -> `a/b`; the same file for any extractor. */
export function normalizePath(name: string): string {
  return name
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .join('/');
}
