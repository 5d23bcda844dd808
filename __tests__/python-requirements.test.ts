import { InvalidRequirement, parseRequirement } from '../src/python/requirements.js';
import { evaluateMarker, parseMarker } from '../src/python/markers.js';
import { markerEnvironment } from '../src/python/tags.js';

function failure(text: string): InvalidRequirement {
  try {
    parseRequirement(text);
  } catch (e) {
    if (e instanceof InvalidRequirement) return e;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

describe('parseRequirement: the PEP 508 examples', () => {
  it.each([
    ['A', { name: 'A', extras: [], specifier: '' }],
    ['A.B-C_D', { name: 'A.B-C_D', extras: [], specifier: '' }],
    ['aa', { name: 'aa', extras: [], specifier: '' }],
    ['name', { name: 'name', extras: [], specifier: '' }],
    ['name<=1', { name: 'name', extras: [], specifier: '<=1' }],
    ['name>=3', { name: 'name', extras: [], specifier: '>=3' }],
    ['name>=3,<2', { name: 'name', extras: [], specifier: '>=3,<2' }],
    ['name@http://foo.com', { name: 'name', extras: [], specifier: '', url: 'http://foo.com' }],
    [
      "name [fred,bar] @ http://foo.com ; python_version=='2.7'",
      { name: 'name', extras: ['fred', 'bar'], specifier: '', url: 'http://foo.com', marker: "python_version=='2.7'" },
    ],
    [
      "name[quux, strange];python_version<'2.7' and platform_version=='2'",
      {
        name: 'name',
        extras: ['quux', 'strange'],
        specifier: '',
        marker: "python_version<'2.7' and platform_version=='2'",
      },
    ],
    ["name; os_name=='a' or os_name=='b'", { name: 'name', extras: [], specifier: '', marker: "os_name=='a' or os_name=='b'" }],
  ])('%s', (text, expected) => {
    expect(parseRequirement(text)).toEqual(expected);
  });

  it('keeps the marker precedence of the PEP 508 examples', () => {
    const linuxLike = { ...markerEnvironment('3.12', 'linux'), os_name: 'c' };
    const evaluate = (text: string) => evaluateMarker(parseRequirement(text).marker!, linuxLike);
    expect(evaluate("name; os_name=='a' and os_name=='b' or os_name=='c'")).toBe(true);
    expect(evaluate("name; os_name=='a' and (os_name=='b' or os_name=='c')")).toBe(false);
    expect(evaluate("name; os_name=='a' or os_name=='b' and os_name=='c'")).toBe(false);
    expect(evaluate("name; (os_name=='a' or os_name=='b') and os_name=='c'")).toBe(false);
  });
});

describe('parseRequirement: specifiers, extras and blanks', () => {
  it.each([
    ['requests[security]>=2.8.1,==2.8.*;python_version<"2.7"', 'requests', ['security'], '>=2.8.1,==2.8.*', 'python_version<"2.7"'],
    ['name (>=1.0, <2)', 'name', [], '>=1.0,<2', undefined],
    ['name(>=1.0,<2)', 'name', [], '>=1.0,<2', undefined],
    ['  name  [ a , b ]  ( >= 1.0 ,  < 2 )  ;  python_version > "3"  ', 'name', ['a', 'b'], '>=1.0,<2', 'python_version > "3"'],
    ['name\t>=\t1.0\t', 'name', [], '>=1.0', undefined],
    ['name[]', 'name', [], '', undefined],
    ['name ()', 'name', [], '', undefined],
    ['name>=1.0,', 'name', [], '>=1.0', undefined],
    ['name ~= 2.2', 'name', [], '~=2.2', undefined],
    ['name !=1.0.*', 'name', [], '!=1.0.*', undefined],
    ['name==1.0+local.7', 'name', [], '==1.0+local.7', undefined],
    ['name===some-legacy.thing', 'name', [], '===some-legacy.thing', undefined],
    ['name>=2.0b1;extra=="test"', 'name', [], '>=2.0b1', 'extra=="test"'],
    ['Zope.Interface_x-Y', 'Zope.Interface_x-Y', [], '', undefined],
  ])('%j', (text, name, extras, specifier, marker) => {
    const req = parseRequirement(text);
    expect(req.name).toBe(name);
    expect(req.extras).toEqual(extras);
    expect(req.specifier).toBe(specifier);
    expect(req.marker).toBe(marker);
    expect(req.url).toBeUndefined();
  });

  it('returns a marker that parses on its own', () => {
    const req = parseRequirement('pywin32 >=306 ; sys_platform == "win32" and platform_machine != "ARM64"');
    expect(parseMarker(req.marker!)).toMatchObject({ kind: 'and' });
  });

  it.each([
    [
      'pip @ https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee9982d4bbb3c72346a6de940a148ea686',
      'https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee9982d4bbb3c72346a6de940a148ea686',
      undefined,
    ],
    [
      'pkg @ git+https://github.com/o/r.git@v1.0#egg=pkg ; python_version >= "3.8"',
      'git+https://github.com/o/r.git@v1.0#egg=pkg',
      'python_version >= "3.8"',
    ],
    ['pkg@file:///tmp/pkg-1.0.tar.gz', 'file:///tmp/pkg-1.0.tar.gz', undefined],
    ['pkg @ ./vendored/pkg', './vendored/pkg', undefined],
    ['pkg[x] @ https://example.invalid/pkg-1.0-py3-none-any.whl   ', 'https://example.invalid/pkg-1.0-py3-none-any.whl', undefined],
  ])('reads the URL form %j', (text, url, marker) => {
    const req = parseRequirement(text);
    expect(req.url).toBe(url);
    expect(req.specifier).toBe('');
    expect(req.marker).toBe(marker);
  });

  it('reads a `;` glued to a URL as part of the URL, as PEP 508 does', () => {
    expect(parseRequirement('pkg @ https://x.invalid/p.zip;python_version>"3"').url).toBe(
      'https://x.invalid/p.zip;python_version>"3"',
    );
  });
});

describe('parseRequirement: rejects', () => {
  it.each([
    ['', 1, 'package name'],
    ['   ', 4, 'package name'],
    ['-foo', 1, 'package name'],
    ['foo-', 4, "'@ URL'"],
    ['foo[', 5, "']'"],
    ['foo[bar', 8, "']' to close the extras opened at column 4"],
    ['foo[bar baz]', 9, 'comma between extra names'],
    ['foo[bar,]', 9, 'extra name after the comma'],
    ['foo >= 1.0 <2', 12, "','"],
    ['foo >=', 7, 'a version after >='],
    ['foo==', 6, 'a version after =='],
    ['foo=1.0', 4, 'version specifier'],
    ['foo 1.0', 5, 'version specifier'],
    ['foo~=1', 6, 'at least two release segments'],
    ['foo>=1.0.*', 9, '.* may only be used with == or !='],
    ['foo==1.0a1.*', 11, '.* may only follow a plain release'],
    ['foo==1.0.*.5', 11, "','"],
    ['foo>=1.0+local', 9, 'local version label'],
    ['foo>=1.0,>=x', 12, 'a version after >='],
    ['foo (>=1.0', 11, "',' or ')'"],
    ['foo (', 6, "')'"],
    ['foo @', 6, 'URL after @'],
    ['foo @ https://x.invalid/a.zip extra', 31, "';' and a marker"],
    ['foo ;', 6, 'marker variable'],
    ['foo ; python_version', 21, 'marker operator'],
    ["foo>=1; python_version >= '3' and", 34, 'marker variable'],
    ["foo>=1; os_name = 'nt'", 17, 'marker operator'],
    ['foo\n>=1', 4, "'@ URL'"],
  ])('%j at column %i', (text, column, expected) => {
    const e = failure(text);
    expect(e.column).toBe(column);
    expect(e.message).toContain(expected);
    expect(e.message).toContain(`column ${column}`);
    expect(e.message).toContain(JSON.stringify(text));
  });
});
