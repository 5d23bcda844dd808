import {
  InvalidFilename,
  archiveExtension,
  distributionKind,
  parseSdistFilename,
  parseWheelFilename,
} from '../src/python/filenames.js';

describe('parseWheelFilename (PEP 427, tags per PEP 425)', () => {
  it('reads name, version and a single tag', () => {
    expect(parseWheelFilename('foo-1.0-py3-none-any.whl')).toEqual({
      name: 'foo',
      version: '1.0',
      tags: ['py3-none-any'],
    });
  });

  it('expands compressed tag sets', () => {
    expect(parseWheelFilename('six-1.16.0-py2.py3-none-any.whl').tags).toEqual(['py2-none-any', 'py3-none-any']);
    expect(
      parseWheelFilename('numpy-2.0.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl').tags,
    ).toEqual(['cp312-cp312-manylinux_2_17_x86_64', 'cp312-cp312-manylinux2014_x86_64']);
    expect(
      parseWheelFilename('pkg-1.0-cp311.cp312-abi3.none-macosx_11_0_arm64.macosx_10_9_x86_64.whl').tags.sort(),
    ).toEqual(
      [
        'cp311-abi3-macosx_11_0_arm64',
        'cp311-abi3-macosx_10_9_x86_64',
        'cp311-none-macosx_11_0_arm64',
        'cp311-none-macosx_10_9_x86_64',
        'cp312-abi3-macosx_11_0_arm64',
        'cp312-abi3-macosx_10_9_x86_64',
        'cp312-none-macosx_11_0_arm64',
        'cp312-none-macosx_10_9_x86_64',
      ].sort(),
    );
  });

  it('reads the optional build tag', () => {
    expect(parseWheelFilename('distribution-1.0-1-py27-none-any.whl')).toEqual({
      name: 'distribution',
      version: '1.0',
      build: { number: 1, tag: '' },
      tags: ['py27-none-any'],
    });
    expect(parseWheelFilename('foo-1.0-123abc-py3-none-any.whl').build).toEqual({ number: 123, tag: 'abc' });
  });

  it('keeps the escaped name and the version as written, and lower-cases tags', () => {
    const w = parseWheelFilename('Foo_Bar.baz-2.0rc1.post3-PY3-NONE-Win_AMD64.whl');
    expect(w.name).toBe('Foo_Bar.baz');
    expect(w.version).toBe('2.0rc1.post3');
    expect(w.tags).toEqual(['py3-none-win_amd64']);
  });

  it.each([
    ['foo-1.0-py3-none-any.zip', "end in '.whl'"],
    ['foo-1.0-py3-none.whl', 'expected name-version'],
    ['foo-1.0-1-2-py3-none-any.whl', 'expected name-version'],
    ['foo-notaversion-py3-none-any.whl', 'not a PEP 440 version'],
    ['foo-1.0-x1-py3-none-any.whl', 'must start with a digit'],
    ['foo__bar-1.0-py3-none-any.whl', 'project name'],
    ['foo+bar-1.0-py3-none-any.whl', 'project name'],
    ['-1.0-py3-none-any.whl', 'project name'],
    ['foo-1.0-py3..py2-none-any.whl', 'empty part'],
    ['foo-1.0-py3-none-.whl', 'empty part'],
    ['foo-1.0-3py-none-any.whl', 'python tag'],
    ['foo-1.0 -py3-none-any.whl', 'not a PEP 440 version'],
  ])('rejects %j', (filename, why) => {
    expect(() => parseWheelFilename(filename)).toThrow(InvalidFilename);
    expect(() => parseWheelFilename(filename)).toThrow(why);
    expect(() => parseWheelFilename(filename)).toThrow(JSON.stringify(filename));
  });
});

describe('parseSdistFilename', () => {
  it.each([
    ['foo-1.0.tar.gz', 'foo', '1.0', 'tar.gz'],
    ['foo-1.0.zip', 'foo', '1.0', 'zip'],
    ['foo-1.0.tar.bz2', 'foo', '1.0', 'tar.bz2'],
    ['foo-1.0.tar.xz', 'foo', '1.0', 'tar.xz'],
    ['foo-1.0.tgz', 'foo', '1.0', 'tgz'],
    ['foo-1.0.tar', 'foo', '1.0', 'tar'],
    ['foo-bar-1.0.tar.gz', 'foo-bar', '1.0', 'tar.gz'],
    ['Foo_Bar-2.0rc1.zip', 'Foo_Bar', '2.0rc1', 'zip'],
    ['zope.interface-6.0.tar.gz', 'zope.interface', '6.0', 'tar.gz'],
    // The last '-' is followed by "beta", not a version; the one before by "1.0-beta" (1.0b0).
    ['foo-1.0-beta.tar.gz', 'foo', '1.0-beta', 'tar.gz'],
    // "1.0-1" is a version too, but the last '-' already is followed by one ("1").
    ['foo-1.0-1.tar.gz', 'foo-1.0', '1', 'tar.gz'],
    ['foo2-3-4.tar.gz', 'foo2-3', '4', 'tar.gz'],
  ])('%s -> %s %s %s', (filename, name, version, format) => {
    expect(parseSdistFilename(filename)).toEqual({ name, version, format });
  });

  it('splits where the project name ends when the name is known, as pip does', () => {
    expect(parseSdistFilename('foo__bar-1.0.tar.gz', 'foo-bar')).toEqual({ name: 'foo__bar', version: '1.0', format: 'tar.gz' });
    expect(parseSdistFilename('foo-bar-1.0.tar.gz', 'foo-bar')).toEqual({ name: 'foo-bar', version: '1.0', format: 'tar.gz' });
    expect(parseSdistFilename('foo-1.0-1.tar.gz', 'foo')).toEqual({ name: 'foo', version: '1.0-1', format: 'tar.gz' });
    expect(parseSdistFilename('Foo.Bar-2.0.zip', 'foo_bar')).toEqual({ name: 'Foo.Bar', version: '2.0', format: 'zip' });
  });

  it.each([
    ['foo-bar-1.0.tar.gz', 'foo', 'not a PEP 440 version'],
    ['foo-1.0.tar.gz', 'bar', 'does not match'],
    ['foo-.tar.gz', 'foo', 'not a PEP 440 version'],
    ['foobar-1.0.tar.gz', 'foo', 'does not match'],
  ])('rejects %j for project %j', (filename, project, why) => {
    expect(() => parseSdistFilename(filename, project)).toThrow(InvalidFilename);
    expect(() => parseSdistFilename(filename, project)).toThrow(why);
  });

  it.each([
    ['foo.tar.gz', "'-' before a PEP 440 version"],
    ['foo-bar.tar.gz', "'-' before a PEP 440 version"],
    ['-1.0.tar.gz', "'-' before a PEP 440 version"],
    ['foo bar-1.0.tar.gz', "'-' before a PEP 440 version"],
    ['foo-1.0.egg', 'expected one of'],
    ['foo-1.0.exe', 'expected one of'],
    ['foo-1.0.tar.gz.asc', 'expected one of'],
    ['foo-1.0.TAR.GZ', 'expected one of'],
    ['.tar.gz', 'expected one of'],
  ])('rejects %j', (filename, why) => {
    expect(() => parseSdistFilename(filename)).toThrow(InvalidFilename);
    expect(() => parseSdistFilename(filename)).toThrow(why);
    expect(() => parseSdistFilename(filename)).toThrow(JSON.stringify(filename));
  });
});

describe('archiveExtension (pip\'s splitext)', () => {
  it.each([
    ['foo-1.0.tar.gz', '.tar.gz'],
    ['foo-1.0.TAR.gz', '.TAR.gz'],
    ['foo-1.0.tar.lzma', '.tar.lzma'],
    ['foo-1.0.tbz', '.tbz'],
    ['foo-1.0', '.0'],
    ['.bashrc', ''],
    ['..a.b', '.b'],
    ['dir.d/file', ''],
  ])('%s -> %j', (filename, ext) => {
    expect(archiveExtension(filename)).toBe(ext);
  });

  it('parses every sdist extension pip accepts', () => {
    for (const ext of ['tar.gz', 'tgz', 'tar.bz2', 'tbz', 'tar.xz', 'txz', 'tlz', 'tar.lz', 'tar.lzma', 'tar', 'zip']) {
      expect(parseSdistFilename(`foo-bar-1.0.${ext}`, 'foo-bar')).toEqual({ name: 'foo-bar', version: '1.0', format: ext });
    }
  });
});

describe('distributionKind', () => {
  it.each([
    ['foo-1.0-py3-none-any.whl', 'wheel'],
    ['foo-1.0.tar.gz', 'sdist'],
    ['foo-1.0.zip', 'sdist'],
    ['foo-1.0.tar.bz2', 'sdist'],
    ['foo-1.0.tar.xz', 'sdist'],
    ['foo-1.0.tgz', 'sdist'],
    ['foo-1.0.tar', 'sdist'],
    ['foo-1.0.tbz', 'sdist'],
    ['foo-1.0.txz', 'sdist'],
    ['foo-1.0.tlz', 'sdist'],
    ['foo-1.0.tar.lz', 'sdist'],
    ['foo-1.0.tar.lzma', 'sdist'],
    // pip compares its splitext result case-sensitively, and knows no .tbz2 or .tar.zst
    ['foo-1.0.tbz2', 'other'],
    ['foo-1.0.tar.zst', 'other'],
    ['foo-1.0.Tar.gz', 'other'],
    ['foo-1.0.TGZ', 'other'],
    ['.tar.gz', 'other'],
    ['foo-1.0-py3.8.egg', 'other'],
    ['foo-1.0.win32.exe', 'other'],
    ['foo-1.0.win-amd64.msi', 'other'],
    ['foo-1.0-1.noarch.rpm', 'other'],
    ['foo-1.0.tar.gz.asc', 'other'],
    ['foo-1.0.dmg', 'other'],
    ['README', 'other'],
  ])('%s is %s', (filename, kind) => {
    expect(distributionKind(filename)).toBe(kind);
  });
});
