import fc from 'fast-check';
import { compare as libraryCompare } from '@renovatebot/pep440';
import {
  InvalidSpecifier,
  InvalidVersion,
  baseVersion,
  chooseVersions,
  compareVersions,
  isPrerelease,
  isValidSpecifier,
  isValidVersion,
  normalizeSpecifier,
  normalizeVersion,
  parseSpecifier,
  parseVersion,
  publicVersion,
  satisfies,
  specifierNamesPrerelease,
} from '../src/python/version.js';

// PEP 440's "summary of permitted suffixes and relative ordering", ascending.
const PEP440_ORDER = [
  '1.dev0',
  '1.0.dev456',
  '1.0a1',
  '1.0a2.dev456',
  '1.0a12.dev456',
  '1.0a12',
  '1.0b1.dev456',
  '1.0b2',
  '1.0b2.post345.dev456',
  '1.0b2.post345',
  '1.0rc1.dev456',
  '1.0rc1',
  '1.0',
  '1.0+abc.5',
  '1.0+abc.7',
  '1.0+5',
  '1.0.post456.dev34',
  '1.0.post456',
  '1.0.15',
  '1.1.dev1',
];

describe('versions (PEP 440)', () => {
  it('orders the PEP 440 example list', () => {
    for (let i = 0; i < PEP440_ORDER.length; i++) {
      for (let j = 0; j < PEP440_ORDER.length; j++) {
        expect([PEP440_ORDER[i], PEP440_ORDER[j], Math.sign(compareVersions(PEP440_ORDER[i], PEP440_ORDER[j]))]).toEqual([
          PEP440_ORDER[i],
          PEP440_ORDER[j],
          Math.sign(i - j),
        ]);
      }
    }
  });

  it('orders epochs, post-releases and local labels', () => {
    expect(compareVersions('1.0.post1', '1.0')).toBeGreaterThan(0);
    expect(compareVersions('1!0.1', '2.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0+abc', '1.0+1')).toBeLessThan(0);
    expect(compareVersions('1.0+1.abc', '1.0+1')).toBeGreaterThan(0);
    expect(compareVersions('1.0+2', '1.0+10')).toBeLessThan(0);
    // A digit-only local part is a number; "1e5" is letters and digits, not 100000.
    expect(compareVersions('1.0+1e5', '1.0+2')).toBeLessThan(0);
    expect(compareVersions('1.0+0x10', '1.0+9')).toBeLessThan(0);
    // Release numbers beyond 2^53 still compare exactly.
    expect(compareVersions('20240101123456789012', '20240101123456789013')).toBeLessThan(0);
    expect(compareVersions('1.0.dev0', '1.0a0')).toBeLessThan(0);
    expect(compareVersions('1.0a1.dev1', '1.0a1')).toBeLessThan(0);
    expect(compareVersions('1.0.post1.dev1', '1.0.post1')).toBeLessThan(0);
  });

  it.each([
    ['1.0', '1.0.0'],
    ['1.0', '1'],
    ['v1.0', '1.0'],
    ['1.0-1', '1.0.post1'],
    ['1.0.r1', '1.0.post1'],
    ['1.0rev1', '1.0.post1'],
    ['1.0-post', '1.0.post0'],
    ['1.0alpha1', '1.0a1'],
    ['1.0-beta.2', '1.0b2'],
    ['1.0c1', '1.0rc1'],
    ['1.0pre1', '1.0rc1'],
    ['1.0preview1', '1.0rc1'],
    ['1.0-dev', '1.0.dev0'],
    ['1.0.DEV1', '1.0.dev1'],
    ['1.01', '1.1'],
    ['0!1.0', '1.0'],
    ['1.0+ubuntu-1', '1.0+ubuntu.1'],
    ['1.0+UBUNTU_1', '1.0+ubuntu.1'],
    ['1.0+007', '1.0+7'],
    [' 1.0 ', '1.0'],
  ])('%j equals %j', (a, b) => {
    expect(compareVersions(a, b)).toBe(0);
  });

  it.each([
    ['v1.0', '1.0'],
    ['1.0-1', '1.0.post1'],
    ['1.0.0-alpha.1', '1.0.0a1'],
    ['1.0-RC-1', '1.0rc1'],
    ['1.0.DEV', '1.0.dev0'],
    ['1!2.0-Post-3.dev4+Local_X.05', '1!2.0.post3.dev4+local.x.5'],
    ['01.002', '1.2'],
  ])('normalizes %j to %j', (input, out) => {
    expect(normalizeVersion(input)).toBe(out);
  });

  it('gives base and public versions', () => {
    expect(baseVersion('1!2.0rc1.post1+abc')).toBe('1!2.0');
    expect(publicVersion('1.0-1+abc')).toBe('1.0.post1');
  });

  it.each([
    ['1.0a1', true],
    ['1.0.dev1', true],
    ['1.0rc1.post1', true],
    ['1.0.post1.dev1', true],
    ['1.0.post1', false],
    ['1.0', false],
    ['1.0+dev', false],
  ])('isPrerelease(%j) is %s', (v, pre) => {
    expect(isPrerelease(v)).toBe(pre);
  });

  it.each(['', 'french toast', '1.0+', '1.0+abc_', '1.0+a+b', '.1', '1.', '1..0', '1.0 beta', '1.0.post1.post2', '1.0a1b1', '1.0.dev1.post1', '1.0-', 'v', '1!', '1.0 +abc'])(
    'rejects %j',
    (v) => {
      expect(isValidVersion(v)).toBe(false);
      expect(() => parseVersion(v)).toThrow(InvalidVersion);
      expect(() => parseVersion(v)).toThrow(JSON.stringify(v));
      expect(() => compareVersions(v, '1.0')).toThrow(InvalidVersion);
      expect(() => isPrerelease(v)).toThrow(InvalidVersion);
    },
  );

  it('agrees with @renovatebot/pep440 on versions without local labels', () => {
    const segment = fc.integer({ min: 0, max: 30 });
    const version = fc
      .record({
        epoch: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
        release: fc.array(segment, { minLength: 1, maxLength: 4 }),
        pre: fc.option(fc.tuple(fc.constantFrom('a', 'b', 'rc', 'alpha', 'c', 'preview'), segment), { nil: undefined }),
        post: fc.option(segment, { nil: undefined }),
        dev: fc.option(segment, { nil: undefined }),
      })
      .map(
        (r) =>
          `${r.epoch !== undefined ? `${r.epoch}!` : ''}${r.release.join('.')}` +
          `${r.pre ? `${r.pre[0]}${r.pre[1]}` : ''}${r.post !== undefined ? `.post${r.post}` : ''}${r.dev !== undefined ? `.dev${r.dev}` : ''}`,
      );
    fc.assert(
      fc.property(version, version, (a, b) => Math.sign(compareVersions(a, b)) === Math.sign(libraryCompare(a, b))),
      { numRuns: 2000 },
    );
  });
});

describe('specifiers (PEP 440)', () => {
  // packaging's own contains() table, evaluated with pre-releases allowed.
  it.each([
    ['2.0', '==2'],
    ['2.0', '==2.0'],
    ['2.0', '==2.0.0'],
    ['2.0+deadbeef', '==2'],
    ['2.0+deadbeef', '==2.0'],
    ['2.0+deadbeef', '==2.0.0'],
    ['2.0+deadbeef', '==2+deadbeef'],
    ['2.0+deadbeef', '==2.0+deadbeef'],
    ['2.0+deadbeef', '==2.0.0+deadbeef'],
    ['2.0+deadbeef.0', '==2.0.0+deadbeef.00'],
    ['2.dev1', '==2.*'],
    ['2a1', '==2.*'],
    ['2a1.post1', '==2.*'],
    ['2b1', '==2.*'],
    ['2b1.dev1', '==2.*'],
    ['2c1', '==2.*'],
    ['2c1.post1.dev1', '==2.*'],
    ['2c1.post1.dev1', '==2.0.*'],
    ['2rc1', '==2.*'],
    ['2rc1', '==2.0.*'],
    ['2', '==2.*'],
    ['2', '==2.0.*'],
    ['2', '==0!2.*'],
    ['0!2', '==2.*'],
    ['2.0', '==2.*'],
    ['2.0.0', '==2.*'],
    ['2.1+local.version', '==2.1.*'],
    ['2.1', '!=2'],
    ['2.1', '!=2.0'],
    ['2.0.1', '!=2'],
    ['2.0.1', '!=2.0'],
    ['2.0.1', '!=2.0.0'],
    ['2.0', '!=2.0+deadbeef'],
    ['2.0', '!=3.*'],
    ['2.1', '!=2.0.*'],
    ['2.0', '>=2'],
    ['2.0', '>=2.0'],
    ['2.0', '>=2.0.0'],
    ['2.0.post1', '>=2'],
    ['2.0.post1.dev1', '>=2'],
    ['3', '>=2'],
    ['2.0', '<=2'],
    ['2.0', '<=2.0'],
    ['2.0', '<=2.0.0'],
    ['2.0.dev1', '<=2'],
    ['2.0a1', '<=2'],
    ['2.0a1.dev1', '<=2'],
    ['2.0b1', '<=2'],
    ['2.0b1.post1', '<=2'],
    ['2.0c1', '<=2'],
    ['2.0c1.post1.dev1', '<=2'],
    ['2.0rc1', '<=2'],
    ['1', '<=2'],
    ['3', '>2'],
    ['2.1', '>2.0'],
    ['2.0.1', '>2'],
    ['2.1.post1', '>2'],
    ['2.1+local.version', '>2'],
    ['1', '<2'],
    ['2.0', '<2.1'],
    ['2.0.dev0', '<2.1'],
    ['1', '~=1.0'],
    ['1.0.1', '~=1.0'],
    ['1.1', '~=1.0'],
    ['1.9999999', '~=1.0'],
    ['1.1', '~=1.0a1'],
    ['2022.01.01', '~=2022.01.01'],
    ['2!1.0', '~=2!1.0'],
    ['2!1.0', '==2!1.*'],
    ['2!1.0', '==2!1.0'],
    ['2!1.0', '!=1.0'],
    ['1.0', '!=2!1.0'],
    ['1.0', '<=2!0.1'],
    ['2!1.0', '>=2.0'],
    ['1.0', '<2!0.1'],
    ['2!1.0', '>2.0'],
    ['2.0.5', '>2.0dev'],
    // >V: a post-release of another version, and a local version of another version, match.
    ['1.0a1.post1', '>1.0a0'],
    ['1.0a2+local', '>1.0a1'],
    ['1.0.post1', '>1.0.dev3'],
    // <V: a pre-release below V's own pre-releases matches.
    ['1.2rc1', '<1.2.post1'],
  ])('%j is in %j', (version, spec) => {
    expect(satisfies(version, spec, { prereleases: true })).toBe(true);
  });

  it.each([
    ['2.1', '==2'],
    ['2.1', '==2.0'],
    ['2.1', '==2.0.0'],
    ['2.0', '==2.0+deadbeef'],
    ['2.0', '==3.*'],
    ['2.1', '==2.0.*'],
    ['2.0', '!=2'],
    ['2.0', '!=2.0'],
    ['2.0', '!=2.0.0'],
    ['2.0+deadbeef', '!=2'],
    ['2.0+deadbeef', '!=2.0'],
    ['2.0+deadbeef', '!=2.0.0'],
    ['2.0+deadbeef', '!=2+deadbeef'],
    ['2.0+deadbeef', '!=2.0+deadbeef'],
    ['2.0+deadbeef', '!=2.0.0+deadbeef'],
    ['2.0+deadbeef.0', '!=2.0.0+deadbeef.00'],
    ['2.dev1', '!=2.*'],
    ['2a1', '!=2.*'],
    ['2a1.post1', '!=2.*'],
    ['2b1', '!=2.*'],
    ['2b1.dev1', '!=2.*'],
    ['2c1', '!=2.*'],
    ['2c1.post1.dev1', '!=2.*'],
    ['2c1.post1.dev1', '!=2.0.*'],
    ['2rc1', '!=2.*'],
    ['2rc1', '!=2.0.*'],
    ['2', '!=2.*'],
    ['2', '!=2.0.*'],
    ['2.0', '!=2.*'],
    ['2.0.0', '!=2.*'],
    ['2.0.dev1', '>=2'],
    ['2.0a1', '>=2'],
    ['2.0a1.dev1', '>=2'],
    ['2.0b1', '>=2'],
    ['2.0b1.post1', '>=2'],
    ['2.0c1', '>=2'],
    ['2.0c1.post1.dev1', '>=2'],
    ['2.0rc1', '>=2'],
    ['1', '>=2'],
    ['2.0.post1', '<=2'],
    ['2.0.post1.dev1', '<=2'],
    ['3', '<=2'],
    ['1', '>2'],
    ['2.0.dev1', '>2'],
    ['2.0a1', '>2'],
    ['2.0a1.post1', '>2'],
    ['2.0b1', '>2'],
    ['2.0b1.dev1', '>2'],
    ['2.0c1', '>2'],
    ['2.0c1.post1.dev1', '>2'],
    ['2.0rc1', '>2'],
    ['2.0', '>2'],
    ['2.0.post1', '>2'],
    ['2.0.post1.dev1', '>2'],
    ['2.0+local.version', '>2'],
    ['2.0.dev1', '<2'],
    ['2.0a1', '<2'],
    ['2.0a1.dev1', '<2'],
    ['2.0b1', '<2'],
    ['2.0b1.post1', '<2'],
    ['2.0c1', '<2'],
    ['2.0c1.post1.dev1', '<2'],
    ['2.0rc1', '<2'],
    ['2.0', '<2'],
    ['2.post1', '<2'],
    ['2.post1.dev1', '<2'],
    ['3', '<2'],
    ['2.0', '~=1.0'],
    ['1.1.0', '~=1.0.0'],
    ['1.1.post1', '~=1.0.0'],
    ['1.0', '~=2!1.0'],
    ['2!1.0', '~=1.0'],
    ['2!1.0', '==1.0'],
    ['1.0', '==2!1.0'],
    ['2!1.0', '==1.*'],
    ['1.0', '==2!1.*'],
    ['2!1.0', '!=2!1.0'],
    ['1.0a1+local', '>1.0a1'],
    ['1.2.post1.dev1', '<1.2.post1'],
  ])('%j is not in %j', (version, spec) => {
    expect(satisfies(version, spec, { prereleases: true })).toBe(false);
  });

  it('handles the cases that trip up simpler implementations', () => {
    expect(satisfies('1.0.post1', '==1.0')).toBe(false);
    expect(satisfies('1.0.post1', '>=1.0')).toBe(true);
    expect(satisfies('1.0.post1', '>1.0')).toBe(false);
    expect(satisfies('1.0.post2', '>1.0.post1')).toBe(true);
    expect(satisfies('1.7.1', '>1.7')).toBe(true);
    expect(satisfies('1.7.0.post1', '>1.7')).toBe(false);
    expect(satisfies('1.7.0+local', '>1.7')).toBe(false);
    expect(satisfies('1.0.5', '!=1.0.*')).toBe(false);
    expect(satisfies('1.0.post1', '!=1.0.*')).toBe(false);
    expect(satisfies('1', '!=1.0.*')).toBe(false);
    expect(satisfies('1.1', '!=1.0.*')).toBe(true);
    expect(satisfies('1.10', '==1.1.*')).toBe(false);
    expect(satisfies('2.2', '~=2.2')).toBe(true);
    expect(satisfies('2.9.1', '~=2.2')).toBe(true);
    expect(satisfies('3.0', '~=2.2')).toBe(false);
    expect(satisfies('2.1', '~=2.2')).toBe(false);
    expect(satisfies('1.4.5', '~=1.4.5a4')).toBe(true);
    expect(satisfies('1.5', '~=1.4.5a4')).toBe(false);
    expect(satisfies('2.2.9', '~=2.2.post3')).toBe(true);
    expect(satisfies('2.2.post2', '~=2.2.post3')).toBe(false);
  });

  it('applies == and != to local versions as PEP 440 says', () => {
    expect(satisfies('1.0+local', '==1.0')).toBe(true);
    expect(satisfies('1.0+local', '!=1.0')).toBe(false);
    expect(satisfies('1.0', '==1.0+local')).toBe(false);
    expect(satisfies('1.0+other', '==1.0+local')).toBe(false);
    expect(satisfies('1.0+LOCAL', '==1.0+local')).toBe(true);
    expect(satisfies('1.0+local', '<=1.0')).toBe(true);
    expect(satisfies('1.0+local', '>=1.0')).toBe(true);
    expect(satisfies('1.0+local', '<1.0')).toBe(false);
  });

  it('treats === as case-insensitive string equality, for any string', () => {
    expect(satisfies('1.0', '===1.0')).toBe(true);
    expect(satisfies('1.0.0', '===1.0')).toBe(false);
    expect(satisfies('v1.0', '===1.0')).toBe(false);
    expect(satisfies('FooBar', '===foobar')).toBe(true);
    expect(satisfies('foobar-2', '===foobar-2')).toBe(true);
    expect(satisfies('foobar', '===foobaz')).toBe(false);
    expect(() => satisfies('foobar', '>=1.0')).toThrow(InvalidVersion);
    expect(() => satisfies('foobar', '===foobar,>=1.0')).toThrow(InvalidVersion);
  });

  it('lets a lone matching pre-release satisfy unless pre-releases are refused', () => {
    expect(satisfies('2.0b1', '>=1.0')).toBe(true);
    expect(satisfies('2.0b1', '>=1.0', { prereleases: false })).toBe(false);
    expect(satisfies('2.0b1', '>=1.0,<2.0b2', { prereleases: false })).toBe(false);
    expect(satisfies('2.0b1', '')).toBe(true);
    expect(satisfies('2.0b1', '', { prereleases: false })).toBe(false);
    expect(satisfies('2.0b1', '<2.0')).toBe(false);
    expect(satisfies('1.0', '')).toBe(true);
  });

  it('knows when a specifier names a pre-release', () => {
    expect(specifierNamesPrerelease('>=2.0b1')).toBe(true);
    expect(specifierNamesPrerelease('==2.0rc1')).toBe(true);
    expect(specifierNamesPrerelease('>=1.0,<2.0.dev0')).toBe(true);
    expect(specifierNamesPrerelease('~=1.0a1')).toBe(true);
    expect(specifierNamesPrerelease('!=2.0b1')).toBe(false);
    expect(specifierNamesPrerelease('>=1.0')).toBe(false);
    expect(specifierNamesPrerelease('')).toBe(false);
  });

  it.each([
    ['>=1.0, <2', '>=1.0,<2'],
    ['  ==  1.0.*  ', '==1.0.*'],
    ['~=2.2,!=2.3.1', '~=2.2,!=2.3.1'],
    ['>=1,', '>=1'],
    ['', ''],
    ['===  1.0-legacy', '===1.0-legacy'],
    ['>= v1.0', '>=v1.0'],
  ])('normalizes %j to %j', (input, out) => {
    expect(isValidSpecifier(input)).toBe(true);
    expect(normalizeSpecifier(input)).toBe(out);
  });

  it('parses clauses', () => {
    expect(parseSpecifier('==1.0.*, >=1.0rc1')).toEqual([
      expect.objectContaining({ operator: '==', version: '1.0', wildcard: true }),
      expect.objectContaining({ operator: '>=', version: '1.0rc1', wildcard: false }),
    ]);
  });

  it.each([
    ['2.0', 'operator'],
    ['=>2.0', 'operator'],
    ['==', 'not a valid version'],
    ['~=1.0+5', 'local version'],
    ['>=1.0+deadbeef', 'local version'],
    ['<=1.0+abc123', 'local version'],
    ['>1.0+watwat', 'local version'],
    ['<1.0+1.0', 'local version'],
    ['~=1.0.*', 'only be used with == or !='],
    ['>=1.0.*', 'only be used with == or !='],
    ['<=1.0.*', 'only be used with == or !='],
    ['>1.0.*', 'only be used with == or !='],
    ['<1.0.*', 'only be used with == or !='],
    ['==1.0.*+5', 'not a valid version'],
    ['!=1.0.*+deadbeef', 'not a valid version'],
    ['==2.0a1.*', 'plain release'],
    ['!=2.0a1.*', 'plain release'],
    ['==2.0.post1.*', 'plain release'],
    ['==2.0.dev1.*', 'plain release'],
    ['==1.0+5.*', 'plain release'],
    ['==1.0.*.5', 'not a valid version'],
    ['~=1', 'two release segments'],
    ['>=1.0 <2', 'not a valid version'],
    ['>=french toast', 'not a valid version'],
  ])('rejects %j', (spec, why) => {
    expect(isValidSpecifier(spec)).toBe(false);
    expect(() => parseSpecifier(spec)).toThrow(InvalidSpecifier);
    expect(() => parseSpecifier(spec)).toThrow(why);
    expect(() => satisfies('1.0', spec)).toThrow(InvalidSpecifier);
    expect(() => chooseVersions(['1.0'], spec)).toThrow(InvalidSpecifier);
  });
});

describe('chooseVersions', () => {
  it('returns the matching final releases, highest first', () => {
    expect(chooseVersions(['1.0', '2.0b1', '1.5', '2.0', '0.9'], '>=1.0')).toEqual(['2.0', '1.5', '1.0']);
    expect(chooseVersions(['1.0', '2.0b1', '1.5', '2.0'], '')).toEqual(['2.0', '1.5', '1.0']);
    expect(chooseVersions(['1.0', '1.1', '2.0'], '~=1.0')).toEqual(['1.1', '1.0']);
    expect(chooseVersions(['1.0', '1.0.post1', '1.1'], '==1.0')).toEqual(['1.0']);
  });

  it('takes pre-releases when asked, or when the specifier names one', () => {
    expect(chooseVersions(['1.0', '2.0b1', '2.0'], '>=1.0', { pre: true })).toEqual(['2.0', '2.0b1', '1.0']);
    expect(chooseVersions(['1.0', '2.0b1', '1.5', '2.0'], '>=2.0b1')).toEqual(['2.0', '2.0b1']);
    expect(chooseVersions(['2.0rc1', '2.0'], '==2.0rc1')).toEqual(['2.0rc1']);
    // One clause naming a pre-release opens the whole set to pre-releases.
    expect(chooseVersions(['1.5a1', '1.4'], '>=1.0,<2.0b1')).toEqual(['1.5a1', '1.4']);
  });

  it('falls back to pre-releases only when no final release matches', () => {
    expect(chooseVersions(['1.0', '1.1a1'], '>1.0')).toEqual(['1.1a1']);
    expect(chooseVersions(['1.0', '1.1a1'], '>=1.0')).toEqual(['1.0']);
    expect(chooseVersions(['2.0b1', '2.0b2'], '!=2.0b1')).toEqual(['2.0b2']);
    expect(chooseVersions(['0.1.dev1', '0.1a1'], '')).toEqual(['0.1a1', '0.1.dev1']);
    expect(chooseVersions(['1.0', '1.1a1'], '>2')).toEqual([]);
  });

  it('skips strings that are not versions, unless === names them', () => {
    expect(chooseVersions(['1.0', 'garbage', '2.0', '2004d'], '')).toEqual(['2.0', '1.0']);
    expect(chooseVersions(['foobar', 'FooBar', '1.0'], '===foobar')).toEqual(['foobar', 'FooBar']);
  });

  it('drops exact duplicates and keeps equal spellings in the given order', () => {
    expect(chooseVersions(['1.0', '1.0', '1.0.0', '0.5'], '')).toEqual(['1.0', '1.0.0', '0.5']);
  });

  it('returns versions that satisfy the specifier, in descending order (property)', () => {
    const version = fc
      .tuple(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 3 }), fc.constantFrom('', 'a1', 'rc2', '.post1', '.dev0'))
      .map(([release, suffix]) => `${release.join('.')}${suffix}`);
    const spec = fc
      .tuple(fc.constantFrom('>=', '<=', '<', '>', '==', '!=', '~='), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 3 }))
      .map(([op, release]) => `${op}${release.join('.')}`);
    fc.assert(
      fc.property(fc.array(version, { maxLength: 12 }), fc.array(spec, { maxLength: 2 }), (versions, specs) => {
        const s = specs.join(',');
        const chosen = chooseVersions(versions, s);
        for (let i = 1; i < chosen.length; i++) expect(compareVersions(chosen[i - 1], chosen[i])).toBeGreaterThanOrEqual(0);
        for (const v of chosen) expect(satisfies(v, s, { prereleases: true })).toBe(true);
        const finals = versions.filter((v) => !isPrerelease(v) && satisfies(v, s));
        if (finals.length > 0) expect(new Set(chosen)).toEqual(new Set(finals));
      }),
      { numRuns: 500 },
    );
  });
});
