import fc from 'fast-check';
import {
  convertPoetryConstraint,
  InvalidPoetryConstraint,
  pythonConstraintMarker,
} from '../src/manifests/poetry-constraint.js';
import { isValidSpecifier, satisfies } from '../src/python/version.js';

const spec = (s: string) => {
  const c = convertPoetryConstraint(s);
  expect(c.union).toBe(false);
  return c.specifier;
};

describe('convertPoetryConstraint', () => {
  test.each([
    ['^1.2.3', '>=1.2.3,<2.0.0'],
    ['^1.2', '>=1.2,<2.0'],
    ['^1', '>=1,<2'],
    ['^0.2.3', '>=0.2.3,<0.3.0'],
    ['^0.2', '>=0.2,<0.3'],
    ['^0.0.3', '>=0.0.3,<0.0.4'],
    ['^0.0', '>=0.0,<0.1'],
    ['^0', '>=0,<1'],
    ['^1.2.3b1', '>=1.2.3b1,<2.0.0'],
    ['^ 2.0', '>=2.0,<3.0'],
    ['~1.2.3', '>=1.2.3,<1.3.0'],
    ['~1.2', '>=1.2,<1.3'],
    ['~1', '>=1,<2'],
    ['~=1.2', '~=1.2'],
    ['~= 1.2.3', '~=1.2.3'],
    ['1.2.*', '==1.2.*'],
    ['==1.*', '==1.*'],
    ['*', ''],
    ['', ''],
    ['1.2.3', '==1.2.3'],
    ['=1.2.3', '==1.2.3'],
    ['==2.0', '==2.0'],
    ['!=1.5', '!=1.5'],
    ['>=1.2,<2', '>=1.2,<2'],
    ['>= 1.2, < 2', '>=1.2,<2'],
    ['>=1.2 <2', '>=1.2,<2'],
    ['>1.0, !=1.3.*, <=3', '>1.0,!=1.3.*,<=3'],
    ['^1.2, !=1.4.1', '>=1.2,<2.0,!=1.4.1'],
  ])('%s -> %s', (input, expected) => {
    expect(spec(input)).toBe(expected);
  });

  test('|| unions have no PEP 440 form: empty specifier, flagged', () => {
    expect(convertPoetryConstraint('^1.2 || ^2.0')).toEqual({ specifier: '', union: true });
    expect(convertPoetryConstraint('>=1,<1.5 | >=2')).toEqual({ specifier: '', union: true });
  });

  test.each(['^', '^abc', '~x', '>=', 'latest', '1.2.3 || nope', '^1.*', '=', '>=1.2,,<', '~=1'])('rejects %j', (input) => {
    expect(() => convertPoetryConstraint(input)).toThrow(InvalidPoetryConstraint);
  });

  test('caret ranges contain their lower bound and exclude the next breaking release', () => {
    const release = fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(release, (parts) => {
        const v = parts.join('.');
        const s = spec(`^${v}`);
        expect(isValidSpecifier(s)).toBe(true);
        expect(satisfies(v, s)).toBe(true);
        const upper = s.split(',<')[1];
        expect(satisfies(upper, s)).toBe(false);
        // The first non-zero segment (or the last written one) is what a caret range bumps.
        const bumpAt = parts.findIndex((p, i) => p !== 0 || i === parts.length - 1);
        const index = Math.min(bumpAt, 2);
        expect(upper.split('.').map(Number)[index]).toBe(parts[index] + 1);
      }),
    );
  });
});

describe('pythonConstraintMarker', () => {
  test.each([
    ['^3.8', 'python_version >= "3.8" and python_version < "4.0"'],
    ['>=3.8,<3.12', 'python_version >= "3.8" and python_version < "3.12"'],
    ['>=3.8.1', 'python_full_version >= "3.8.1"'],
    ['~3.9', 'python_version >= "3.9" and python_version < "3.10"'],
    ['3.10.*', 'python_version == "3.10.*"'],
    ['<3.8 || >=3.10', 'python_version < "3.8" or python_version >= "3.10"'],
    ['^2.7 || ^3.6', '(python_version >= "2.7" and python_version < "3.0") or (python_version >= "3.6" and python_version < "4.0")'],
  ])('%s -> %s', (input, expected) => {
    expect(pythonConstraintMarker(input)).toBe(expected);
  });

  test('any Python needs no marker', () => {
    expect(pythonConstraintMarker('*')).toBeUndefined();
  });

  test('rejects a constraint that is not one', () => {
    expect(() => pythonConstraintMarker('three')).toThrow(InvalidPoetryConstraint);
  });
});

describe('a constraint in parentheses, as Poetry writes a dependency in PEP 508 form', () => {
  it('reads the union inside one pair of parentheses, each alternative checked', () => {
    expect(convertPoetryConstraint('(>=20.4.3,<20.4.5 || >=20.4.7)')).toEqual({ specifier: '', union: true });
    expect(convertPoetryConstraint('( >=1.2,<2 )')).toEqual({ specifier: '>=1.2,<2', union: false });
    expect(pythonConstraintMarker('(>=3.8,<3.9 || >=3.10)')).toBe('(python_version >= "3.8" and python_version < "3.9") or python_version >= "3.10"');
  });

  it('still rejects what is not one constraint in one pair', () => {
    expect(() => convertPoetryConstraint('(>=20.4.3 || >=bad)')).toThrow(InvalidPoetryConstraint);
    expect(() => convertPoetryConstraint('(>=1.0')).toThrow(InvalidPoetryConstraint);
    expect(() => convertPoetryConstraint('(>=1.0) || (<0.5)')).toThrow(InvalidPoetryConstraint);
  });
});
