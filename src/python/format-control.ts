// pip's FormatControl: which of binary (wheel) and source (sdist) pip may use for a name, from
// `--only-binary` and `--no-binary`, processed in order the way pip's option callbacks do.

import type { FormatControlState } from '../types.js';
import { normalizeName } from './names.js';

export type AllowedFormat = 'binary' | 'source';

export class FormatControl {
  readonly noBinary = new Set<string>();
  readonly onlyBinary = new Set<string>();

  static from(state?: FormatControlState): FormatControl {
    const fc = new FormatControl();
    for (const n of state?.noBinary ?? []) fc.noBinary.add(n);
    for (const n of state?.onlyBinary ?? []) fc.onlyBinary.add(n);
    return fc;
  }

  /** `--no-binary VALUE`: a comma list of names, `:all:` or `:none:`. */
  addNoBinary(value: string): void {
    mutualExclude(value, this.noBinary, this.onlyBinary);
  }

  /** `--only-binary VALUE`. */
  addOnlyBinary(value: string): void {
    mutualExclude(value, this.onlyBinary, this.noBinary);
  }

  /** Which formats pip accepts for `name`: an explicit name outranks `:all:`, only-binary first. */
  allowed(name: string): Set<AllowedFormat> {
    const canonical = normalizeName(name);
    const result = new Set<AllowedFormat>(['binary', 'source']);
    if (this.onlyBinary.has(canonical)) result.delete('source');
    else if (this.noBinary.has(canonical)) result.delete('binary');
    else if (this.onlyBinary.has(':all:')) result.delete('source');
    else if (this.noBinary.has(':all:')) result.delete('binary');
    return result;
  }

  state(): FormatControlState {
    return { noBinary: [...this.noBinary].sort(), onlyBinary: [...this.onlyBinary].sort() };
  }

  /** Written as its state: two controls that allow the same are written alike. */
  toJSON(): FormatControlState {
    return this.state();
  }
}

/** pip's handle_mutual_excludes, shared by format control and release control. */
export function mutualExclude(value: string, target: Set<string>, other: Set<string>): void {
  let names = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  // `:all:` resets both sets; names after it (unless `:none:` follows) are ignored, as in pip.
  while (names.includes(':all:')) {
    other.clear();
    target.clear();
    target.add(':all:');
    names = names.slice(names.indexOf(':all:') + 1);
    if (!names.includes(':none:')) return;
  }
  for (const name of names) {
    if (name === ':none:') {
      target.clear();
      continue;
    }
    const canonical = normalizeName(name);
    other.delete(canonical);
    target.add(canonical);
  }
}
