// The order of names, paths and rule ids in what a scan reports: ignoring case, then by UTF-16 code
// unit. The same on every machine: localeCompare follows the machine's locale, and its first call
// in a run loads ICU's collation data (about 8 ms, as much as the rest of a warm scan's judging).

/** Negative, zero or positive as `a` sorts before, with or after `b`. */
export function byText(a: string, b: string): number {
  if (a === b) return 0;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : 1;
}
