import fc from 'fast-check';
import { LeadingDir, normalizePath, refusalReason, splitLeadingDir } from '../src/archive/paths.js';

describe('refusalReason', () => {
  test.each([
    'pkg-1.0/setup.py',
    'pkg-1.0/',
    'setup.py',
    './pkg-1.0/setup.py',
    'pkg/..foo/x.py',
    'pkg/a..b',
    'pkg/C:x',
  ])('accepts %s', (name) => {
    expect(refusalReason(name)).toBeUndefined();
  });

  test.each([
    ['../../etc/passwd', 'path leaves the archive'],
    ['pkg/../../x', 'path leaves the archive'],
    ['pkg/..', 'path leaves the archive'],
    ['/etc/passwd', 'absolute path'],
    ['//server/share', 'absolute path'],
    ['C:/Windows/x', 'Windows drive path'],
    ['c:x', 'Windows drive path'],
    ['pkg\\..\\..\\x', 'name contains a backslash'],
    ['\\x', 'name contains a backslash'],
    ['a\0b', 'name contains a NUL byte'],
  ])('refuses %j: %s', (name, reason) => {
    expect(refusalReason(name)).toBe(reason);
  });
});

describe('leading directory, as pip decides it', () => {
  const strips = (names: string[]): boolean => {
    const l = new LeadingDir();
    names.forEach((n) => l.add(n));
    return l.strips;
  };

  test('one shared top directory is stripped', () => {
    const l = new LeadingDir();
    ['pkg-1.0', 'pkg-1.0/setup.py', 'pkg-1.0/pkg/__init__.py'].forEach((n) => l.add(n));
    expect(l.strips).toBe(true);
    expect(l.place('pkg-1.0/pkg/__init__.py')).toBe('pkg/__init__.py');
    expect(l.place('pkg-1.0')).toBe('');
  });

  test('two top directories, or a file at the top beside a directory, are not', () => {
    expect(strips(['a/setup.py', 'b/setup.py'])).toBe(false);
    expect(strips(['setup.py', 'pkg/__init__.py'])).toBe(false);
  });

  test('no members: nothing to strip', () => {
    expect(strips([])).toBe(false);
  });

  test('a `./` prefix is a leading directory of its own, as in pip', () => {
    const l = new LeadingDir();
    ['.', './pkg-1.0', './pkg-1.0/setup.py'].forEach((n) => l.add(n));
    expect(l.strips).toBe(true);
    expect(l.place('./pkg-1.0/setup.py')).toBe('pkg-1.0/setup.py');
  });

  test('splitLeadingDir', () => {
    expect(splitLeadingDir('a/b/c')).toEqual(['a', 'b/c']);
    expect(splitLeadingDir('a')).toEqual(['a', '']);
    expect(splitLeadingDir('/a/b')).toEqual(['a', 'b']);
  });

  test('normalizePath drops empty and `.` components only', () => {
    expect(normalizePath('a//./b/')).toBe('a/b');
    expect(normalizePath('./')).toBe('');
  });

  test('any set of names under one directory is stripped to names without it', () => {
    const segment = fc.stringMatching(/^[a-z0-9_]{1,8}$/);
    fc.assert(
      fc.property(segment, fc.array(fc.array(segment, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 20 }), (top, rests) => {
        const l = new LeadingDir();
        const names = rests.map((r) => `${top}/${r.join('/')}`);
        names.forEach((n) => l.add(n));
        expect(l.strips).toBe(true);
        names.forEach((n, i) => expect(l.place(n)).toBe(rests[i]!.join('/')));
      }),
    );
  });
});
