import {
  directKind,
  eggFragment,
  fileUrlPath,
  isArchiveFile,
  isUrl,
  looksLikePath,
  nameFromArchive,
  nameFromVcsUrl,
  stripExtras,
} from '../src/manifests/direct-reference.js';

describe('isUrl and directKind', () => {
  test.each([
    ['https://h/x.tar.gz', 'url'],
    ['http://h/x.zip', 'url'],
    ['ftp://h/x.zip', 'url'],
    ['file:///srv/x', 'path'],
    ['FILE:///srv/x', 'path'],
    ['git+https://h/r.git', 'vcs'],
    ['git+ssh://git@h/r.git', 'vcs'],
    ['git://h/r.git', 'vcs'],
    ['hg+https://h/r', 'vcs'],
    ['svn+svn://h/r', 'vcs'],
    ['svn://h/r', 'vcs'],
    ['bzr+lp:proj', 'vcs'],
  ])('%s is a %s URL', (url, kind) => {
    expect(isUrl(url)).toBe(true);
    expect(directKind(url)).toBe(kind);
  });

  test.each(['requests>=2', 'name @ https://h/x', './pkg', 'C:\\pkg', 'c:/pkg', 'mailto:x@y', 'git+:x', 'hg://h/r', 'pkg-1.0.tar.gz'])(
    '%s is not a URL pip fetches',
    (text) => {
      expect(isUrl(text)).toBe(false);
    },
  );

  test('paths are path references', () => {
    expect(directKind('./pkg')).toBe('path');
    expect(directKind('/abs/pkg')).toBe('path');
    expect(directKind('C:\\pkg')).toBe('path');
  });
});

describe('shapes', () => {
  test('looksLikePath', () => {
    for (const p of ['./x', '../x', '.', 'a/b', 'a\\b', '.hidden']) expect(looksLikePath(p)).toBe(true);
    for (const p of ['requests', 'pkg-1.0.tar.gz', 'a==1']) expect(looksLikePath(p)).toBe(false);
  });

  test('isArchiveFile', () => {
    for (const p of ['x-1.tar.gz', 'X.TGZ', 'x.zip', 'x.whl', 'x.tar.bz2', 'x.tar.xz', 'x.tar']) expect(isArchiveFile(p)).toBe(true);
    for (const p of ['x.gz', 'x.rar', 'requests', 'x.tar.gz.asc']) expect(isArchiveFile(p)).toBe(false);
  });

  test('stripExtras', () => {
    expect(stripExtras('./pkg[a,b]')).toEqual({ base: './pkg', extras: '[a,b]' });
    expect(stripExtras('./pkg')).toEqual({ base: './pkg' });
    expect(stripExtras('[a]')).toEqual({ base: '[a]' });
    expect(stripExtras('./p[]')).toEqual({ base: './p[]' });
    expect(stripExtras('a[x[]')).toEqual({ base: 'a', extras: '[x[]' });
    expect(stripExtras('a[x]y]')).toEqual({ base: 'a[x]y]' });
    expect(stripExtras('a[b][c]')).toEqual({ base: 'a[b]', extras: '[c]' });
  });

  test('eggFragment', () => {
    expect(eggFragment('git+https://h/r.git#egg=name')).toBe('name');
    expect(eggFragment('https://h/x.zip#sha256=ab&egg=n%2Dx')).toBe('n-x');
    expect(eggFragment('https://h/x.zip#subdirectory=s&egg=n&x=1')).toBe('n');
    expect(eggFragment('https://h/egg=x/y.zip')).toBeUndefined();
    expect(eggFragment('https://h/x.zip#eggs=x')).toBeUndefined();
    expect(eggFragment('https://h/x.zip#egg=')).toBeUndefined();
  });

  test('fileUrlPath', () => {
    expect(fileUrlPath('file:///srv/a%20b/x')).toBe('/srv/a b/x');
    expect(fileUrlPath('file://localhost/srv/x#egg=y')).toBe('/srv/x');
    expect(fileUrlPath('file:../rel')).toBe('../rel');
  });
});

describe('hostile input', () => {
  test('long runs of brackets are handled in linear time', () => {
    const text = '['.repeat(200_000) + ']]';
    expect(stripExtras(text)).toEqual({ base: text });
  });
});

describe('names from files and repositories', () => {
  test.each([
    ['foo-1.0.tar.gz', { name: 'foo' }],
    ['foo-bar-2.0.1.zip', { name: 'foo-bar' }],
    ['foo_bar-2.0rc1.tar.bz2', { name: 'foo_bar' }],
    ['Some_Pkg-1.2.3-py3-none-any.whl', { name: 'Some_Pkg', version: '1.2.3' }],
    ['pkg-1.0-1-cp312-cp312-manylinux_2_17_x86_64.whl', { name: 'pkg', version: '1.0' }],
  ])('%s', (file, expected) => {
    expect(nameFromArchive(file)).toEqual(expected);
  });

  test.each(['foo.tar.gz', 'foo-bar.zip', '-1.0.tar.gz', 'pkg-1.0.whl', 'pkg-x-py3-none-any.whl', 'README.md'])('%s names nothing', (file) => {
    expect(nameFromArchive(file)).toBeUndefined();
  });

  test.each([
    ['git+https://h/org/repo.git', 'repo'],
    ['git+https://h/org/repo.git@v1.2', 'repo'],
    ['git+ssh://git@h/org/repo@main', 'repo'],
    ['git+https://h/org/mono.git@v1#subdirectory=libs/inner', 'inner'],
    ['hg+https://h/repo/', 'repo'],
  ])('%s -> %s', (url, name) => {
    expect(nameFromVcsUrl(url)).toBe(name);
  });

  test('a URL with no path names nothing', () => {
    expect(nameFromVcsUrl('git+https://')).toBeUndefined();
  });
});
