import { breakArgsOptions, expandEnv, logicalLines, shellSplit, ShellSplitError } from '../src/manifests/requirements-lines.js';
import { parseOptions } from '../src/manifests/requirements-options.js';

describe('logicalLines', () => {
  test('joins continuations and keeps the first line number', () => {
    const text = 'a==1 \\\n  --hash=sha256:aa \\\n  --hash=sha256:bb\nb\n';
    expect(logicalLines(text)).toEqual([
      { line: 1, text: 'a==1   --hash=sha256:aa   --hash=sha256:bb' },
      { line: 4, text: 'b' },
    ]);
  });

  test('drops comments at line start and after whitespace, keeps URL fragments', () => {
    const text = [
      '# top comment',
      '   # indented comment',
      'foo==1.0  # trailing',
      'git+https://example.invalid/r.git#egg=r',
      'bar;python_version<"3.9" # c',
      '',
      '   ',
    ].join('\n');
    expect(logicalLines(text)).toEqual([
      { line: 3, text: 'foo==1.0' },
      { line: 4, text: 'git+https://example.invalid/r.git#egg=r' },
      { line: 5, text: 'bar;python_version<"3.9"' },
    ]);
  });

  test('a comment line ends a continuation, as in pip', () => {
    expect(logicalLines('foo \\\n# via bar\nbaz')).toEqual([
      { line: 1, text: 'foo' },
      { line: 3, text: 'baz' },
    ]);
  });

  test('a continuation at the end of the file still yields its line', () => {
    expect(logicalLines('x\ny \\')).toEqual([
      { line: 1, text: 'x' },
      { line: 2, text: 'y' },
    ]);
  });

  test('long runs of whitespace without a comment', () => {
    const line = 'a' + ' '.repeat(200_000) + 'b';
    expect(logicalLines(line)).toEqual([{ line: 1, text: line }]);
    expect(logicalLines(' '.repeat(200_000) + '#c')).toEqual([]);
  });

  test('CRLF, CR and a byte order mark', () => {
    expect(logicalLines('\uFEFFa\r\nb\rc')).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: 'b' },
      { line: 3, text: 'c' },
    ]);
  });

  test('a backslash inside a line is not a continuation', () => {
    expect(logicalLines('C:\\x\\y.whl\nnext')).toEqual([
      { line: 1, text: 'C:\\x\\y.whl' },
      { line: 2, text: 'next' },
    ]);
  });
});

describe('expandEnv', () => {
  test('expands ${NAME} only', () => {
    const env = { TOKEN: 's3cret', HOME: '/home/u', lower: 'x' };
    expect(expandEnv('https://${TOKEN}@h/${lower}/$HOME', env)).toEqual({
      text: 'https://s3cret@h/${lower}/$HOME',
      missing: [],
      used: [{ name: 'TOKEN', value: 's3cret' }],
    });
  });

  test('an unset or empty variable stays as written and is reported once', () => {
    expect(expandEnv('${A}/${B}/${A}', { B: '' })).toEqual({ text: '${A}/${B}/${A}', missing: ['A', 'B'], used: [] });
  });
});

describe('breakArgsOptions', () => {
  test('the requirement ends at the first option token', () => {
    expect(breakArgsOptions('foo >= 1.0 ; python_version > "3" --hash=sha256:ab -C k=v')).toEqual({
      args: 'foo >= 1.0 ; python_version > "3"',
      options: '--hash=sha256:ab -C k=v',
    });
  });

  test('an options-only line has no requirement', () => {
    expect(breakArgsOptions('-r  other.txt')).toEqual({ args: '', options: '-r other.txt' });
  });
});

describe('shellSplit', () => {
  test('quotes and escapes as POSIX shlex', () => {
    expect(shellSplit(`--a 'b c' "d \\"e\\"" f\\ g h"i"j`)).toEqual(['--a', 'b c', 'd "e"', 'f g', 'hij']);
  });

  test('rejects an unclosed quotation', () => {
    expect(() => shellSplit(`--global-option="x`)).toThrow(ShellSplitError);
    expect(() => shellSplit(`'x`)).toThrow(ShellSplitError);
  });
});

describe('parseOptions', () => {
  test('long options with = and with a space, short options glued and separate', () => {
    const parsed = parseOptions(['--index-url=https://a', '--extra-index-url', 'https://b', '-rfile.txt', '-c', 'c.txt', '--pre']);
    expect(parsed.values.map((v) => [v.key, v.value])).toEqual([
      ['indexUrl', 'https://a'],
      ['extraIndexUrl', 'https://b'],
      ['requirement', 'file.txt'],
      ['constraint', 'c.txt'],
      ['pre', ''],
    ]);
    expect(parsed.unknown).toEqual([]);
  });

  test('unknown options, a flag given a value, and a missing value', () => {
    expect(parseOptions(['--frobnicate', 'x']).unknown).toEqual(['--frobnicate']);
    expect(parseOptions(['-z']).unknown).toEqual(['-z']);
    expect(parseOptions(['--pre=yes']).unknown).toEqual(['--pre=yes']);
    expect(parseOptions(['--hash']).missingValue).toBe('--hash');
    expect(parseOptions(['-r']).missingValue).toBe('-r');
  });

  test('words that are not options are set aside', () => {
    expect(parseOptions(['-r', 'a.txt', 'b.txt']).extra).toEqual(['b.txt']);
  });
});
