// PEP 440 under arbitrary input: the version and specifier functions return or throw their own
// errors (InvalidVersion, InvalidSpecifier), and what they accept behaves like an order.

import fc from 'fast-check';
import {
  compareVersions,
  InvalidSpecifier,
  InvalidVersion,
  isValidSpecifier,
  isValidVersion,
  normalizeVersion,
  parseSpecifier,
  parseVersion,
  satisfies,
  chooseVersions,
} from '../src/python/version.js';
import { grammarText, returnsOrThrows } from './helpers/fuzz.js';

const VERSION_TOKENS = [
  '0', '1', '2', '10', '007', '99999999999999999999999', '.', '!', '+', '-', '_', 'v', 'V', ' ',
  'a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre', 'preview', 'post', 'rev', 'r', 'dev', 'local', 'ubuntu', '*',
];
const SPEC_TOKENS = [...VERSION_TOKENS, '==', '===', '!=', '<=', '>=', '<', '>', '~=', ',', '.*', '(', ')'];

const version = grammarText(VERSION_TOKENS, 10);
const specifier = grammarText(SPEC_TOKENS, 12);

describe('PEP 440 functions on arbitrary input', () => {
  it('parseVersion returns or throws InvalidVersion, and isValidVersion agrees without throwing', () => {
    fc.assert(
      fc.property(version, (text) => {
        const valid = isValidVersion(text);
        const r = returnsOrThrows(() => parseVersion(text), [InvalidVersion], text);
        expect(r.ok).toBe(valid);
        if (r.ok) {
          // normalizing is idempotent and names the same version
          const normal = normalizeVersion(text);
          expect(normalizeVersion(normal)).toBe(normal);
          expect(compareVersions(text, normal)).toBe(0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('compareVersions throws only InvalidVersion, and is antisymmetric and transitive on what it accepts', () => {
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        const ab = returnsOrThrows(() => compareVersions(a, b), [InvalidVersion], [a, b]);
        if (!ab.ok) return;
        // `+ 0` folds -0 into 0: equal versions compare as 0 both ways, and toBe tells -0 from 0
        expect(Math.sign(compareVersions(b, a)) + 0).toBe(-Math.sign(ab.value) + 0);
        const bc = returnsOrThrows(() => compareVersions(b, c), [InvalidVersion], [b, c]);
        if (!bc.ok) return;
        if (ab.value <= 0 && bc.value <= 0) expect(compareVersions(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('parseSpecifier and satisfies throw only InvalidSpecifier or InvalidVersion', () => {
    fc.assert(
      fc.property(version, specifier, fc.boolean(), (v, spec, pre) => {
        const valid = isValidSpecifier(spec);
        const parsed = returnsOrThrows(() => parseSpecifier(spec), [InvalidSpecifier], spec);
        expect(parsed.ok).toBe(valid);
        const r = returnsOrThrows(() => satisfies(v, spec, { prereleases: pre }), [InvalidSpecifier, InvalidVersion], [v, spec]);
        if (r.ok) expect(typeof r.value).toBe('boolean');
        const chosen = returnsOrThrows(() => chooseVersions([v, '1.0', '2.0rc1'], spec, { pre }), [InvalidSpecifier], spec);
        if (chosen.ok) for (const c of chosen.value) expect([v, '1.0', '2.0rc1']).toContain(c);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads release numbers of any length exactly', () => {
    const big = '1' + '0'.repeat(400);
    expect(compareVersions(big, big + '.0')).toBe(0);
    expect(compareVersions(big, big.slice(0, -1) + '1')).toBeLessThan(0);
    expect(() => parseVersion('1.' + '0.'.repeat(100_000) + '0')).not.toThrow();
  });
});
