// PEP 503 project name normalization, and the PEP 508 shape of a valid name.

const VALID_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;

/** `Foo.Bar_baz` -> `foo-bar-baz`: runs of `-`, `_` and `.` become one `-`, lower-cased. */
export function normalizeName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

export function isValidName(name: string): boolean {
  return VALID_NAME.test(name);
}
