// PEP 508 markers under arbitrary input: parseMarker and evaluateMarker return or throw
// InvalidMarker (UndefinedComparison is one), never anything else, however deep the nesting.

import fc from 'fast-check';
import { evaluateMarker, formatMarker, InvalidMarker, parseMarker } from '../src/python/markers.js';
import { makeTarget } from '../src/python/tags.js';
import { grammarText, returnsOrThrows } from './helpers/fuzz.js';

const TOKENS = [
  'python_version', 'python_full_version', 'os_name', 'os.name', 'sys_platform', 'sys.platform', 'platform_machine',
  'platform_release', 'platform_system', 'platform_version', 'implementation_name', 'implementation_version',
  'platform_python_implementation', 'python_implementation', 'extra', 'extras', 'dependency_groups',
  ' ', '\t', '==', '===', '!=', '<', '<=', '>', '>=', '~=', ' in ', ' not in ', 'not', ' and ', ' or ', '(', ')',
  '"3.8"', "'3.12.1'", '"linux"', '"win32"', '"posix"', '"x86_64"', '"test"', '"1.0.*"', '"a\\"b"', '"\\x41"', '"', "'", '\\', '\n',
];

const ENVS = [makeTarget('3.12', 'linux').env, makeTarget('3.9', 'windows').env, makeTarget('3.13', 'macos').env];

describe('markers on arbitrary input', () => {
  it('parseMarker returns or throws InvalidMarker, and a parsed marker prints back to itself', () => {
    fc.assert(
      fc.property(grammarText(TOKENS, 16), (text) => {
        const r = returnsOrThrows(() => parseMarker(text), [InvalidMarker], text);
        if (!r.ok) {
          expect(r.error.message).toMatch(/^Invalid marker/);
          return;
        }
        const printed = formatMarker(r.value);
        expect(formatMarker(parseMarker(printed))).toBe(printed);
      }),
      { numRuns: 3000 },
    );
  });

  it('evaluateMarker returns a boolean or throws InvalidMarker, for every target and extra', () => {
    fc.assert(
      fc.property(grammarText(TOKENS, 16), fc.constantFrom(...ENVS), fc.array(fc.constantFrom('test', 'Dev_Tools', ''), { maxLength: 2 }), (text, env, extras) => {
        const r = returnsOrThrows(() => evaluateMarker(text, env, extras), [InvalidMarker], text);
        if (r.ok) expect(typeof r.value).toBe('boolean');
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses markers nested deeper than any real one with InvalidMarker, not a stack overflow', () => {
    for (const depth of [101, 10_000, 200_000]) {
      const text = `${'('.repeat(depth)}os_name == "posix"${')'.repeat(depth)}`;
      expect(() => parseMarker(text)).toThrow(InvalidMarker);
      expect(() => parseMarker(text)).toThrow(/nested more than 100/);
      expect(() => evaluateMarker(text, ENVS[0]!)).toThrow(InvalidMarker);
    }
    // the depth that real markers use is fine, and so is a long flat chain
    expect(evaluateMarker(`${'('.repeat(100)}os_name == "posix"${')'.repeat(100)}`, ENVS[0]!)).toBe(true);
    const chain = Array.from({ length: 20_000 }, () => 'os_name == "posix"').join(' and ');
    expect(evaluateMarker(chain, ENVS[0]!)).toBe(true);
  });
});
