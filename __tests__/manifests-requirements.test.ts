import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from '../src/manifests/requirements.js';
import type { ParseContext, ParseResult } from '../src/types.js';

const H1 = 'a'.repeat(64);
const H2 = 'B'.repeat(64);

let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'sdist-guard-req-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function write(rel: string, content: string): void {
  const abs = path.join(root, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

function ctx(env: Record<string, string | undefined> = {}): ParseContext {
  return { root, env, readFile: (abs) => readFileSync(abs, 'utf8') };
}

function run(rel: string, content: string, env: Record<string, string | undefined> = {}): ParseResult {
  write(rel, content);
  return parse(content, rel, ctx(env));
}

function only(result: ParseResult) {
  expect(result.dependencies).toHaveLength(1);
  return result.dependencies[0];
}

describe('requirement forms', () => {
  test('PEP 508 requirements with extras, specifiers and markers', () => {
    const r = run(
      'requirements.txt',
      ['Django[argon2,bcrypt] >= 4.2, < 5', 'requests==2.31.0 ; python_version >= "3.8"', 'Foo_Bar.baz'].join('\n'),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.kind).toBe('manifest');
    expect(r.dependencies.map((d) => [d.name, d.displayName, d.specifier, d.extras, d.marker, d.source.line])).toEqual([
      ['django', 'Django', '>=4.2,<5', ['argon2', 'bcrypt'], undefined, 1],
      ['requests', 'requests', '==2.31.0', [], 'python_version >= "3.8"', 2],
      ['foo-bar-baz', 'Foo_Bar.baz', '', [], undefined, 3],
    ]);
    expect(r.dependencies[0]).toMatchObject({
      kind: 'runtime',
      hashes: [],
      source: { path: 'requirements.txt', line: 1, requirement: 'Django[argon2,bcrypt] >= 4.2, < 5' },
    });
    expect(r.dependencies[0].direct).toBeUndefined();
    expect(r.dependencies[0].editable).toBeUndefined();
  });

  test('name @ url gives a direct reference of the right kind', () => {
    const r = run(
      'requirements.txt',
      [
        'pkg @ https://files.example.invalid/pkg-1.0.tar.gz',
        'tool @ git+https://example.invalid/org/tool.git@v2',
        'local @ file:///srv/local',
      ].join('\n'),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.dependencies.map((d) => [d.name, d.direct])).toEqual([
      ['pkg', { kind: 'url', url: 'https://files.example.invalid/pkg-1.0.tar.gz' }],
      ['tool', { kind: 'vcs', url: 'git+https://example.invalid/org/tool.git@v2' }],
      ['local', { kind: 'path', url: 'file:///srv/local' }],
    ]);
  });

  test('bare URLs: #egg=, names from wheel and sdist file names, VCS URLs', () => {
    const r = run(
      'requirements.txt',
      [
        'https://files.example.invalid/pkgs/thing-2.0.tar.gz#egg=Thing',
        'https://files.example.invalid/pkgs/my-pkg-1.4.2.tar.gz',
        'https://files.example.invalid/whl/Some_Wheel-3.1-py3-none-any.whl',
        'git+https://example.invalid/org/repo.git@abc123#egg=repo-name',
        'git+ssh://git@example.invalid/org/other.git@main',
        'hg+https://example.invalid/hg/proj#egg=proj',
        'svn+https://example.invalid/svn/proj/trunk#egg=svnproj',
        'bzr+https://example.invalid/bzr/proj#egg=bzrproj',
        'git+https://example.invalid/mono.git#subdirectory=packages/inner',
        'https://files.example.invalid/z-1.0.zip; sys_platform == "linux"',
      ].join('\n'),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.dependencies.map((d) => [d.name, d.specifier, d.direct?.kind, d.marker])).toEqual([
      ['thing', '', 'url', undefined],
      ['my-pkg', '', 'url', undefined],
      ['some-wheel', '==3.1', 'url', undefined],
      ['repo-name', '', 'vcs', undefined],
      ['other', '', 'vcs', undefined],
      ['proj', '', 'vcs', undefined],
      ['svnproj', '', 'vcs', undefined],
      ['bzrproj', '', 'vcs', undefined],
      ['inner', '', 'vcs', undefined],
      ['z', '', 'url', 'sys_platform == "linux"'],
    ]);
    expect(r.dependencies[3].direct?.url).toBe('git+https://example.invalid/org/repo.git@abc123#egg=repo-name');
    expect(r.dependencies[9].direct?.url).toBe('https://files.example.invalid/z-1.0.zip');
  });

  test('local paths and archives are path references', () => {
    mkdirSync(path.join(root, 'libs', 'shared-lib'), { recursive: true });
    const r = run(
      'requirements.txt',
      [
        './libs/shared-lib',
        './libs/shared-lib[extra1]',
        '../outside-pkg',
        '.',
        'file:///opt/vendored/pkg#egg=vendored',
        '/abs/path/to/proj',
        'pkg-1.0.tar.gz',
        'dist/wheelpkg-0.9-py3-none-any.whl',
        './local ; python_version < "3.12"',
      ].join('\n'),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.dependencies.map((d) => [d.name, d.direct, d.extras, d.specifier])).toEqual([
      ['shared-lib', { kind: 'path', url: './libs/shared-lib' }, [], ''],
      ['shared-lib', { kind: 'path', url: './libs/shared-lib' }, ['extra1'], ''],
      ['outside-pkg', { kind: 'path', url: '../outside-pkg' }, [], ''],
      [path.basename(root).toLowerCase().replace(/[-_.]+/g, '-'), { kind: 'path', url: '.' }, [], ''],
      ['vendored', { kind: 'path', url: 'file:///opt/vendored/pkg#egg=vendored' }, [], ''],
      ['proj', { kind: 'path', url: '/abs/path/to/proj' }, [], ''],
      ['pkg', { kind: 'path', url: 'pkg-1.0.tar.gz' }, [], ''],
      ['wheelpkg', { kind: 'path', url: 'dist/wheelpkg-0.9-py3-none-any.whl' }, [], '==0.9'],
      ['local', { kind: 'path', url: './local' }, [], ''],
    ]);
    expect(r.dependencies[8].marker).toBe('python_version < "3.12"');
  });

  test('a path in a subdirectory is named after the directory it resolves to', () => {
    write('sub/requirements.txt', '.\n');
    const r = parse('.\n', 'sub/requirements.txt', ctx());
    expect(only(r)).toMatchObject({ name: 'sub', direct: { kind: 'path', url: '.' }, source: { path: 'sub/requirements.txt', line: 1 } });
  });

  test('editables: local paths and VCS URLs with #egg=', () => {
    const r = run(
      'requirements.txt',
      [
        '-e ./plugins/alpha',
        '--editable=git+https://example.invalid/org/beta.git@main#egg=beta',
        '-e file:///work/gamma#egg=gamma',
        '-e ./plugins/delta[dev,test]',
        '-e git://example.invalid/org/eps.git#egg=eps',
      ].join('\n'),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.dependencies.map((d) => [d.name, d.editable, d.direct?.kind, d.extras, d.source.requirement])).toEqual([
      ['alpha', true, 'path', [], './plugins/alpha'],
      ['beta', true, 'vcs', [], 'git+https://example.invalid/org/beta.git@main#egg=beta'],
      ['gamma', true, 'path', [], 'file:///work/gamma#egg=gamma'],
      ['delta', true, 'path', ['dev', 'test'], './plugins/delta[dev,test]'],
      ['eps', true, 'vcs', [], 'git://example.invalid/org/eps.git#egg=eps'],
    ]);
  });

  test('editables pip refuses: a VCS URL without #egg=, a remote archive', () => {
    const r = run(
      'requirements.txt',
      ['-e git+https://example.invalid/org/noegg.git', '-e https://files.example.invalid/x-1.0.tar.gz', 'ok'].join('\n'),
    );
    expect(r.dependencies.map((d) => d.name)).toEqual(['ok']);
    expect(r.diagnostics).toHaveLength(2);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', path: 'requirements.txt', line: 1 });
    expect(r.diagnostics[0].message).toContain('#egg=');
    expect(r.diagnostics[1]).toMatchObject({ severity: 'error', line: 2 });
    expect(r.diagnostics[1].message).toContain('not a valid editable requirement');
  });

  test('lines that cannot be parsed are errors and the rest of the file is still read', () => {
    const r = run(
      'requirements.txt',
      [
        'good-one==1',
        'bad name here',
        'foo=1.0',
        'bar >= 1.0 ; python_version >>> "3"',
        'https://files.example.invalid/download?id=12',
        'https://files.example.invalid/x.zip#egg=not a name',
        'good-two',
      ].join('\n'),
    );
    expect(r.dependencies.map((d) => [d.name, d.source.line])).toEqual([
      ['good-one', 1],
      ['good-two', 7],
    ]);
    expect(r.diagnostics.map((d) => [d.severity, d.path, d.line])).toEqual([
      ['error', 'requirements.txt', 2],
      ['error', 'requirements.txt', 3],
      ['error', 'requirements.txt', 4],
      ['error', 'requirements.txt', 5],
      ['error', 'requirements.txt', 6],
    ]);
    expect(r.diagnostics[0].message).toContain("'bad name here'");
    expect(r.diagnostics[1].message).toContain('did you mean ==');
    expect(r.diagnostics[3].message).toContain('cannot tell the project name');
  });
});

describe('hashes and pip-compile output', () => {
  test('uv pip compile / pip-compile output with continuation hashes and # via comments', () => {
    const text = [
      '#',
      '# This file is autogenerated by pip-compile with Python 3.12',
      '# by the following command:',
      '#',
      '#    pip-compile --generate-hashes requirements.in',
      '#',
      '--index-url https://pypi.example.invalid/simple',
      '',
      'certifi==2024.2.2 \\',
      `    --hash=sha256:${H1} \\`,
      `    --hash=sha256:${H2}`,
      '    # via requests',
      'charset-normalizer==3.3.2 \\',
      `    --hash=sha256:${'c'.repeat(64)}`,
      '    # via',
      '    #   -r requirements.in',
      '    #   requests',
      "pywin32==306 ; sys_platform == 'win32' \\",
      `    --hash=sha256:${'d'.repeat(64)}`,
      '    # via -r requirements.in',
      '',
      '# The following packages are considered to be unsafe in a requirements file:',
      'setuptools==69.1.0 \\',
      `    --hash=sha512:${'E'.repeat(128)}`,
    ].join('\n');
    const r = run('requirements.txt', text);
    expect(r.diagnostics).toEqual([]);
    expect(r.options?.indexUrl).toBe('https://pypi.example.invalid/simple');
    expect(r.dependencies.map((d) => [d.name, d.specifier, d.source.line, d.hashes, d.marker])).toEqual([
      ['certifi', '==2024.2.2', 9, [`sha256:${H1}`, `sha256:${H2.toLowerCase()}`], undefined],
      ['charset-normalizer', '==3.3.2', 13, [`sha256:${'c'.repeat(64)}`], undefined],
      ['pywin32', '==306', 18, [`sha256:${'d'.repeat(64)}`], "sys_platform == 'win32'"],
      ['setuptools', '==69.1.0', 23, [`sha512:${'e'.repeat(128)}`], undefined],
    ]);
    expect(r.dependencies[0].source.requirement).toBe('certifi==2024.2.2');
    expect(r.dependencies[2].source.requirement).toBe("pywin32==306 ; sys_platform == 'win32'");
  });

  test('malformed hashes are errors but the requirement is kept with its good hashes', () => {
    const r = run(
      'requirements.txt',
      [`a==1 --hash=sha256:${H1} --hash=md5:${'0'.repeat(32)} --hash=nocolon --hash=sha256:xyz`, `--hash=sha256:${H1}`].join('\n'),
    );
    expect(only(r).hashes).toEqual([`sha256:${H1}`]);
    expect(r.diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ['error', 1],
      ['error', 1],
      ['error', 1],
      ['warning', 2],
    ]);
    expect(r.diagnostics[0].message).toContain('allowed hash algorithms');
    expect(r.diagnostics[1].message).toContain('hash name followed by a value');
    expect(r.diagnostics[2].message).toContain('64 hexadecimal digits');
    expect(r.diagnostics[3].message).toContain('without a requirement');
  });

  test('per-requirement build options are accepted and ignored', () => {
    const r = run(
      'requirements.txt',
      [
        'a==1 --config-settings=--build-option=--x --global-option="--no-user-cfg" --install-option=--prefix=/x',
        'b==2 -C key=value',
      ].join('\n'),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.dependencies.map((d) => [d.name, d.source.requirement])).toEqual([
      ['a', 'a==1'],
      ['b', 'b==2'],
    ]);
  });
});

describe('options', () => {
  test('index options, find-links and flags, = and space forms', () => {
    const r = run(
      'requirements.txt',
      [
        '--extra-index-url https://dropped.example.invalid/simple',
        '-i https://first.example.invalid/simple',
        '--index-url=https://main.example.invalid/simple',
        '--extra-index-url=https://extra.example.invalid/simple',
        '-f ./wheels',
        '--find-links=https://links.example.invalid/',
        '--prefer-binary',
        '--pre',
        '--trusted-host host.example.invalid',
        '--use-feature=truststore',
        '--require-hashes',
        'pkg',
      ].join('\n'),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.options).toEqual({
      indexUrl: 'https://main.example.invalid/simple',
      extraIndexUrls: ['https://extra.example.invalid/simple'],
      noIndex: false,
      findLinks: ['./wheels', 'https://links.example.invalid/'],
      formatControl: { noBinary: [], onlyBinary: [] },
      preferBinary: true,
      pre: true,
    });
    expect(r.dependencies.map((d) => d.name)).toEqual(['pkg']);
  });

  test('--no-index drops index URLs, before and after it', () => {
    const r = run(
      'requirements.txt',
      ['-i https://a.example.invalid/simple', '--no-index', '--extra-index-url https://b.example.invalid/simple', '-i https://c.example.invalid'].join(
        '\n',
      ),
    );
    expect(r.options).toMatchObject({ noIndex: true, extraIndexUrls: [] });
    expect(r.options?.indexUrl).toBeUndefined();
  });

  test('defaults when the file sets nothing', () => {
    expect(run('requirements.txt', 'a\n').options).toEqual({
      extraIndexUrls: [],
      noIndex: false,
      findLinks: [],
      formatControl: { noBinary: [], onlyBinary: [] },
      preferBinary: false,
      pre: false,
    });
  });

  test('--no-binary and --only-binary in file order', () => {
    const r = run(
      'requirements.txt',
      ['--no-binary :all:', '--only-binary Lxml,numpy', '--no-binary=numpy', 'x'].join('\n'),
    );
    expect(r.options?.formatControl).toEqual({ noBinary: [':all:', 'numpy'], onlyBinary: ['lxml'] });
    const r2 = run('requirements.txt', ['--only-binary=numpy', '--only-binary :all:', 'x'].join('\n'));
    expect(r2.options?.formatControl).toEqual({ noBinary: [], onlyBinary: [':all:'] });
  });

  test('unknown options are warnings and the line is skipped', () => {
    const r = run('requirements.txt', ['--frobnicate yes', 'skipped==1 --no-such-thing', 'kept==1'].join('\n'));
    expect(r.dependencies.map((d) => d.name)).toEqual(['kept']);
    expect(r.diagnostics).toEqual([
      { severity: 'warning', path: 'requirements.txt', line: 1, message: expect.stringContaining('--frobnicate') },
      { severity: 'warning', path: 'requirements.txt', line: 2, message: expect.stringContaining('--no-such-thing') },
    ]);
  });

  test('an option without its value, and an unclosed quote, are errors', () => {
    const r = run('requirements.txt', ['--index-url', 'a==1 --global-option="x', 'b'].join('\n'));
    expect(r.dependencies.map((d) => d.name)).toEqual(['b']);
    expect(r.diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ['error', 1],
      ['error', 2],
    ]);
    expect(r.diagnostics[0].message).toContain('--index-url needs a value');
    expect(r.diagnostics[1].message).toContain('no closing quotation');
  });

  test('a file-wide option on a requirement line is ignored with a warning', () => {
    const r = run('requirements.txt', 'a==1 --index-url https://x.example.invalid\n');
    expect(only(r).name).toBe('a');
    expect(r.options?.indexUrl).toBeUndefined();
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', line: 1 })]);
  });
});

describe('environment variables', () => {
  test('${VAR} is expanded from ctx.env; the source text keeps the reference', () => {
    const r = run(
      'requirements.txt',
      ['--extra-index-url https://${USER_NAME}:${TOKEN}@private.example.invalid/simple', 'pkg @ https://${HOST}/pkg-1.0.tar.gz'].join('\n'),
      { USER_NAME: 'ci', TOKEN: 't0k', HOST: 'files.example.invalid' },
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.options?.extraIndexUrls).toEqual(['https://ci:t0k@private.example.invalid/simple']);
    expect(only(r).direct?.url).toBe('https://files.example.invalid/pkg-1.0.tar.gz');
    expect(only(r).source.requirement).toBe('pkg @ https://${HOST}/pkg-1.0.tar.gz');
  });

  test('messages show the variable, never its value', () => {
    const r = run(
      'requirements.txt',
      ['-r https://ci:${TOKEN}@example.invalid/r.txt', 'bad name ${TOKEN}', '-r ${TOKEN}.txt'].join('\n'),
      { TOKEN: 'ghp_secretvalue' },
    );
    expect(r.diagnostics).toHaveLength(3);
    for (const d of r.diagnostics) {
      expect(d.message).toContain('${TOKEN}');
      expect(d.message).not.toContain('ghp_secretvalue');
    }
  });

  test('a name made with a variable: looked up expanded, shown as written, its value listed as a secret', () => {
    const r = run('requirements.txt', ['pkg-${SOME_TOKEN}==1.0', 'plain', '--extra-index-url https://${HOST}/simple'].join('\n'), { SOME_TOKEN: 'Tok3n_Value', HOST: 'idx.example.invalid' });
    expect(r.diagnostics).toEqual([]);
    const [pkg, plain] = r.dependencies;
    expect(pkg).toMatchObject({ name: 'pkg-tok3n-value', displayName: 'pkg-${SOME_TOKEN}', source: { requirement: 'pkg-${SOME_TOKEN}==1.0' } });
    expect(plain).toMatchObject({ name: 'plain', displayName: 'plain' });
    expect(r.secrets?.sort()).toEqual(['Tok3n_Value', 'idx.example.invalid']);
    // a file without variables lists none
    expect(run('requirements.txt', 'plain\n').secrets).toBeUndefined();
  });

  test('a message hides pieces of a value a parser quotes cut short', () => {
    const r = run('requirements.txt', 'broken==${PIN}\n', { PIN: 'tok!en-9f8e7d' });
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!.message).toContain('${PIN}');
    for (let i = 0; i + 5 <= 'tok!en-9f8e7d'.length; i++) expect(r.diagnostics[0]!.message).not.toContain('tok!en-9f8e7d'.slice(i, i + 5));
  });

  test('an undefined variable is left as written with a warning naming it, the file and the line', () => {
    const r = run('requirements.txt', ['a', '--index-url https://${MISSING_TOKEN}@x.example.invalid/simple', '$NOT_EXPANDED'].join('\n'), {});
    expect(r.options?.indexUrl).toBe('https://${MISSING_TOKEN}@x.example.invalid/simple');
    expect(r.diagnostics[0]).toEqual({
      severity: 'warning',
      path: 'requirements.txt',
      line: 2,
      message: expect.stringContaining('${MISSING_TOKEN}'),
    });
    // `$NAME` without braces is not a variable for pip: it is (a bad) requirement text.
    expect(r.diagnostics[1]).toMatchObject({ severity: 'error', line: 3 });
    expect(r.diagnostics).toHaveLength(2);
  });
});

describe('includes', () => {
  test('-r and -c relative to the including file, with their own paths and lines', () => {
    write('reqs/base.txt', '# base\nbase-pkg==1.0\n--extra-index-url https://extra.example.invalid/simple\n');
    write('reqs/dev.txt', '-r base.txt\n\ndev-pkg\n');
    write('constraints/pins.txt', 'base-pkg<2\n--only-binary=pinned\n-r ../reqs/also.txt\n');
    write('reqs/also.txt', 'also-req\n');
    const r = run(
      'requirements.txt',
      ['top-first', '-r reqs/dev.txt', '--constraint=constraints/pins.txt', 'top-last'].join('\n'),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.dependencies.map((d) => [d.name, d.source.path, d.source.line])).toEqual([
      ['top-first', 'requirements.txt', 1],
      ['base-pkg', 'reqs/base.txt', 2],
      ['dev-pkg', 'reqs/dev.txt', 3],
      // pip reads `-r` inside a constraints file as requirements.
      ['also-req', 'reqs/also.txt', 1],
      ['top-last', 'requirements.txt', 4],
    ]);
    expect(r.constraints.map((d) => [d.name, d.specifier, d.source.path, d.source.line])).toEqual([
      ['base-pkg', '<2', 'constraints/pins.txt', 1],
    ]);
    expect(r.included).toEqual(['reqs/dev.txt', 'reqs/base.txt', 'constraints/pins.txt', 'reqs/also.txt']);
    expect(r.options?.extraIndexUrls).toEqual(['https://extra.example.invalid/simple']);
    expect(r.options?.formatControl.onlyBinary).toEqual(['pinned']);
  });

  test('format control across included files follows pip order', () => {
    write('a.txt', '--no-binary :all:\n');
    write('b.txt', '--only-binary numpy\n');
    const r = run('requirements.txt', ['-r a.txt', '-r b.txt', '--no-binary numpy'].join('\n'));
    expect(r.options?.formatControl).toEqual({ noBinary: [':all:', 'numpy'], onlyBinary: [] });
    const r2 = run('requirements.txt', ['--no-binary numpy', '-r a.txt', '-r b.txt'].join('\n'));
    expect(r2.options?.formatControl).toEqual({ noBinary: [':all:'], onlyBinary: ['numpy'] });
  });

  test('an include cycle is an error naming the chain and does not loop', () => {
    write('a.txt', 'pkg-a\n-r b.txt\n');
    write('b.txt', 'pkg-b\n-r a.txt\n');
    const r = run('requirements.txt', '-r a.txt\n');
    expect(r.dependencies.map((d) => d.name)).toEqual(['pkg-a', 'pkg-b']);
    expect(r.diagnostics).toEqual([
      { severity: 'error', path: 'b.txt', line: 2, message: expect.stringContaining('a.txt -> b.txt -> a.txt') },
    ]);
  });

  test('a file that includes itself', () => {
    const r = run('requirements.txt', 'x\n-r requirements.txt\n');
    expect(r.diagnostics).toEqual([
      { severity: 'error', path: 'requirements.txt', line: 2, message: expect.stringContaining('requirements.txt -> requirements.txt') },
    ]);
  });

  test('a file included twice is read once', () => {
    write('common.txt', 'shared\n');
    write('x.txt', '-r common.txt\n');
    const r = run('requirements.txt', '-r common.txt\n-r x.txt\n');
    expect(r.dependencies.map((d) => d.name)).toEqual(['shared']);
    expect(r.included).toEqual(['common.txt', 'x.txt']);
    expect(r.diagnostics).toEqual([]);
  });

  test('includes that leave the root are refused', () => {
    const outsideDir = mkdtempSync(path.join(tmpdir(), 'sdist-guard-outside-'));
    try {
      writeFileSync(path.join(outsideDir, 'evil.txt'), 'evil\n');
      const r = run(
        'sub/requirements.txt',
        ['-r ../../' + path.basename(outsideDir) + '/evil.txt', `-r ${path.join(outsideDir, 'evil.txt')}`, `-c file://${path.join(outsideDir, 'evil.txt')}`, 'ok'].join('\n'),
      );
      expect(r.dependencies.map((d) => d.name)).toEqual(['ok']);
      expect(r.constraints).toEqual([]);
      expect(r.included).toEqual([]);
      expect(r.diagnostics.map((d) => [d.severity, d.path, d.line])).toEqual([
        ['error', 'sub/requirements.txt', 1],
        ['error', 'sub/requirements.txt', 2],
        ['error', 'sub/requirements.txt', 3],
      ]);
      for (const d of r.diagnostics) expect(d.message).toContain('outside the scanned root');
    } finally {
      rmSync(outsideDir, { recursive: true, force: true });
    }
  });

  test('.. that stays inside the root, and a file: URL inside it, are fine', () => {
    write('common/base.txt', 'from-base\n');
    write('lock.txt', 'from-lock\n');
    const r = run('app/requirements.txt', ['-r ../common/base.txt', `-r file://${path.join(root, 'lock.txt')}`].join('\n'));
    expect(r.diagnostics).toEqual([]);
    expect(r.dependencies.map((d) => [d.name, d.source.path])).toEqual([
      ['from-base', 'common/base.txt'],
      ['from-lock', 'lock.txt'],
    ]);
  });

  test('remote includes are not fetched; missing includes are errors naming the file', () => {
    const r = run(
      'requirements.txt',
      ['-r https://example.invalid/reqs.txt', '-c http://example.invalid/c.txt', '-r missing.txt', 'after'].join('\n'),
    );
    expect(r.dependencies.map((d) => d.name)).toEqual(['after']);
    expect(r.diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ['warning', 1],
      ['warning', 2],
      ['error', 3],
    ]);
    expect(r.diagnostics[0].message).toContain('https://example.invalid/reqs.txt');
    expect(r.diagnostics[2].message).toContain('missing.txt');
  });

  test('diagnostics inside an included file name that file', () => {
    write('inc.txt', 'ok\nnot valid !!\n${UNSET_VAR}\n');
    const r = run('requirements.txt', '-r inc.txt\n');
    expect(r.diagnostics.map((d) => [d.severity, d.path, d.line])).toEqual([
      ['error', 'inc.txt', 2],
      ['warning', 'inc.txt', 3],
      ['error', 'inc.txt', 3],
    ]);
  });

  test('editable requirements are not allowed as constraints', () => {
    write('c.txt', '-e ./x\npinned==1\n');
    const r = run('requirements.txt', '-c c.txt\n');
    expect(r.dependencies).toEqual([]);
    expect(r.constraints.map((d) => d.name)).toEqual(['pinned']);
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', path: 'c.txt', line: 1 })]);
  });

  test('a requirements-dev file is runtime too', () => {
    const r = run('requirements-dev.txt', 'pytest\n');
    expect(only(r)).toMatchObject({ kind: 'runtime', source: { path: 'requirements-dev.txt' } });
    expect(only(r).group).toBeUndefined();
  });
});
