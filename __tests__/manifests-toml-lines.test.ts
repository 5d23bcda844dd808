import { parse as parseToml } from 'smol-toml';
import { TomlLines } from '../src/manifests/toml-lines.js';

describe('TomlLines', () => {
  const text = [
    '# comment [not.a.table]', // 1
    'title = "x # not a comment"', // 2
    '[project]', // 3
    'dependencies = [', // 4
    '  "a>=1",  # c', // 5
    '  \'b\',', // 6
    '  """c', // 7
    '  ]""",', // 8
    '  "d",', // 9
    ']', // 10
    '[project.optional-dependencies]', // 11
    'test = ["a>=1", "e"]', // 12
    '"quoted.key" = [', // 13
    '  "f"]', // 14
    '[tool.poetry.dependencies]', // 15
    'requests = { version = "^2.0", extras = ["socks"] }', // 16
    'multi = [', // 17
    '  { version = "^1", python = "<3.8" },', // 18
    '  { version = "^2", python = ">=3.8" },', // 19
    ']', // 20
    'when = 1979-05-27 07:32:00Z', // 21
    '[tool.poetry.dependencies.tabled]', // 22
    'version = "1.0"', // 23
    '[[tool.aot]]', // 24
    'x = "first"', // 25
    '[[tool.aot]]', // 26
    'x = "second"', // 27
    '[tool.aot.sub]', // 28
    'y = 2', // 29
    'dotted.key.here = "v"', // 30
    "lit = '''", // 31
    '[fake]', // 32
    "'''", // 33
    'after = "z"', // 34
  ].join('\n');

  test('the text is valid TOML', () => {
    expect(() => parseToml(text)).not.toThrow();
  });

  const lines = new TomlLines(text);

  test.each([
    [['title'], 2],
    [['project'], 3],
    [['project', 'dependencies'], 4],
    [['project', 'dependencies', 0], 5],
    [['project', 'dependencies', 1], 6],
    [['project', 'dependencies', 2], 7],
    [['project', 'dependencies', 3], 9],
    [['project', 'optional-dependencies', 'test', 0], 12],
    [['project', 'optional-dependencies', 'test', 1], 12],
    [['project', 'optional-dependencies', 'quoted.key', 0], 14],
    [['tool', 'poetry', 'dependencies', 'requests'], 16],
    [['tool', 'poetry', 'dependencies', 'requests', 'extras', 0], 16],
    [['tool', 'poetry', 'dependencies', 'multi', 0], 18],
    [['tool', 'poetry', 'dependencies', 'multi', 1], 19],
    [['tool', 'poetry', 'dependencies', 'multi', 1, 'python'], 19],
    [['tool', 'poetry', 'dependencies', 'when'], 21],
    [['tool', 'poetry', 'dependencies', 'tabled'], 22],
    [['tool', 'poetry', 'dependencies', 'tabled', 'version'], 23],
    [['tool', 'aot', 0, 'x'], 25],
    [['tool', 'aot', 1, 'x'], 27],
    [['tool', 'aot', 1, 'sub', 'y'], 29],
    [['tool', 'aot', 1, 'sub', 'dotted', 'key', 'here'], 30],
    [['tool', 'aot', 1, 'sub', 'after'], 34],
  ] as [Array<string | number>, number][])('%j is on line %d', (path, line) => {
    expect(lines.line(path)).toBe(line);
  });

  test('keys that are not in the document, or hidden in strings and comments, have no line', () => {
    expect(lines.line(['not', 'a', 'table'])).toBeUndefined();
    expect(lines.line(['fake'])).toBeUndefined();
    expect(lines.line(['project', 'dependencies', 4])).toBeUndefined();
  });

  test('same requirement in two tables gets two lines', () => {
    const doc = '[project]\ndependencies = ["same"]\n\n[dependency-groups]\ndev = [\n  "same",\n]\n';
    const l = new TomlLines(doc);
    expect(l.line(['project', 'dependencies', 0])).toBe(2);
    expect(l.line(['dependency-groups', 'dev', 0])).toBe(6);
  });

  test('escaped quotes and unicode escapes in keys', () => {
    const doc = '[a]\n"k\\"q" = 1\n"\\u00e9t\\u00e9" = [\n 2]\n';
    expect(() => parseToml(doc)).not.toThrow();
    const l = new TomlLines(doc);
    expect(l.line(['a', 'k"q'])).toBe(2);
    expect(l.line(['a', 'été', 0])).toBe(4);
  });

  test('text that is not TOML does not throw', () => {
    expect(() => new TomlLines('[unterminated\nx = "')).not.toThrow();
    expect(new TomlLines('x = 1\n= broken').line(['x'])).toBe(1);
  });
});
