// The options pip accepts inside a requirements file, parsed the way optparse does: long options as
// `--name=value` or `--name value`, short ones as `-x value` or `-xvalue`.

export type OptionKey =
  | 'requirement'
  | 'constraint'
  | 'editable'
  | 'indexUrl'
  | 'extraIndexUrl'
  | 'noIndex'
  | 'findLinks'
  | 'noBinary'
  | 'onlyBinary'
  | 'preferBinary'
  | 'pre'
  | 'allReleases'
  | 'onlyFinal'
  | 'trustedHost'
  | 'useFeature'
  | 'requireHashes'
  | 'hash'
  | 'configSettings'
  | 'globalOption'
  | 'installOption';

interface OptionSpec {
  key: OptionKey;
  names: string[];
  takesValue: boolean;
}

const SPECS: OptionSpec[] = [
  { key: 'requirement', names: ['-r', '--requirement'], takesValue: true },
  { key: 'constraint', names: ['-c', '--constraint'], takesValue: true },
  { key: 'editable', names: ['-e', '--editable'], takesValue: true },
  { key: 'indexUrl', names: ['-i', '--index-url'], takesValue: true },
  { key: 'extraIndexUrl', names: ['--extra-index-url'], takesValue: true },
  { key: 'noIndex', names: ['--no-index'], takesValue: false },
  { key: 'findLinks', names: ['-f', '--find-links'], takesValue: true },
  { key: 'noBinary', names: ['--no-binary'], takesValue: true },
  { key: 'onlyBinary', names: ['--only-binary'], takesValue: true },
  { key: 'preferBinary', names: ['--prefer-binary'], takesValue: false },
  { key: 'pre', names: ['--pre'], takesValue: false },
  { key: 'allReleases', names: ['--all-releases'], takesValue: true },
  { key: 'onlyFinal', names: ['--only-final'], takesValue: true },
  { key: 'trustedHost', names: ['--trusted-host'], takesValue: true },
  { key: 'useFeature', names: ['--use-feature'], takesValue: true },
  { key: 'requireHashes', names: ['--require-hashes'], takesValue: false },
  { key: 'hash', names: ['--hash'], takesValue: true },
  { key: 'configSettings', names: ['-C', '--config-settings'], takesValue: true },
  { key: 'globalOption', names: ['--global-option'], takesValue: true },
  { key: 'installOption', names: ['--install-option'], takesValue: true },
];

const BY_NAME = new Map<string, OptionSpec>(SPECS.flatMap((s) => s.names.map((n) => [n, s] as const)));

/** Options that pip takes per requirement, on the requirement's own line. */
export const PER_REQUIREMENT: ReadonlySet<OptionKey> = new Set(['hash', 'configSettings', 'globalOption', 'installOption']);

export interface OptionValue {
  key: OptionKey;
  /** The option as written, for messages. */
  name: string;
  /** `""` for flags. */
  value: string;
}

export interface ParsedOptions {
  values: OptionValue[];
  /** Options pip does not know in a requirements file. */
  unknown: string[];
  /** Words that are not options; optparse collects them and pip ignores them. */
  extra: string[];
  /** An option that needs a value and has none. */
  missingValue?: string;
}

export function parseOptions(words: string[]): ParsedOptions {
  const result: ParsedOptions = { values: [], unknown: [], extra: [] };
  let i = 0;
  while (i < words.length) {
    const word = words[i++];
    if (word === '--') {
      result.extra.push(...words.slice(i));
      break;
    }
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      const name = eq === -1 ? word : word.slice(0, eq);
      const spec = BY_NAME.get(name);
      if (!spec) {
        result.unknown.push(name);
        continue;
      }
      if (!spec.takesValue) {
        if (eq !== -1) result.unknown.push(word);
        else result.values.push({ key: spec.key, name, value: '' });
        continue;
      }
      if (eq !== -1) {
        result.values.push({ key: spec.key, name, value: word.slice(eq + 1) });
      } else if (i < words.length) {
        result.values.push({ key: spec.key, name, value: words[i++] });
      } else {
        result.missingValue = name;
        return result;
      }
    } else if (word.startsWith('-') && word.length > 1) {
      const name = word.slice(0, 2);
      const spec = BY_NAME.get(name);
      if (!spec) {
        result.unknown.push(name);
        continue;
      }
      // Every short option here takes a value; optparse lets it be glued on (`-rfile`).
      if (word.length > 2) {
        result.values.push({ key: spec.key, name, value: word.slice(2) });
      } else if (i < words.length) {
        result.values.push({ key: spec.key, name, value: words[i++] });
      } else {
        result.missingValue = name;
        return result;
      }
    } else {
      result.extra.push(word);
    }
  }
  return result;
}
