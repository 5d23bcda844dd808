// pip 26's ReleaseControl: whether pre-releases may be chosen for a name, from `--all-releases` and
// `--only-final` (a comma list of names, `:all:` or `:none:`, each excluding the other as
// `--only-binary` and `--no-binary` do), with `--pre` read as `--all-releases :all:`.

import type { ReleaseControlState } from '../types.js';
import { mutualExclude } from './format-control.js';
import { normalizeName } from './names.js';

export class ReleaseControl {
  readonly allReleases = new Set<string>();
  readonly onlyFinal = new Set<string>();

  static from(state: ReleaseControlState | undefined, pre = false): ReleaseControl {
    const rc = new ReleaseControl();
    for (const n of state?.allReleases ?? []) rc.allReleases.add(n);
    for (const n of state?.onlyFinal ?? []) rc.onlyFinal.add(n);
    // pip adds `:all:` to all-releases for `--pre`, without clearing only-final
    if (pre) rc.allReleases.add(':all:');
    return rc;
  }

  addAllReleases(value: string): void {
    mutualExclude(value, this.allReleases, this.onlyFinal);
  }

  addOnlyFinal(value: string): void {
    mutualExclude(value, this.onlyFinal, this.allReleases);
  }

  /** `true`: pre-releases allowed; `false`: final releases only; `undefined`: the specifier decides. */
  allowsPrereleases(name: string): boolean | undefined {
    const canonical = normalizeName(name);
    if (this.allReleases.has(canonical)) return true;
    if (this.onlyFinal.has(canonical)) return false;
    if (this.allReleases.has(':all:')) return true;
    if (this.onlyFinal.has(':all:')) return false;
    return undefined;
  }

  state(): ReleaseControlState {
    return { allReleases: [...this.allReleases].sort(), onlyFinal: [...this.onlyFinal].sort() };
  }
}
