import type { MarkerEnvironment } from '../src/types.js';
import {
  InvalidMarker,
  UndefinedComparison,
  evaluateMarker,
  formatMarker,
  parseMarker,
  type Marker,
} from '../src/python/markers.js';

const linux312: MarkerEnvironment = {
  python_version: '3.12',
  python_full_version: '3.12.0',
  sys_platform: 'linux',
  platform_system: 'Linux',
  platform_machine: 'x86_64',
  platform_release: '6.5.0-1025-azure',
  platform_version: '#26~22.04.1-Ubuntu SMP',
  os_name: 'posix',
  implementation_name: 'cpython',
  implementation_version: '3.12.0',
  platform_python_implementation: 'CPython',
};

const win38: MarkerEnvironment = {
  ...linux312,
  python_version: '3.8',
  python_full_version: '3.8.10',
  implementation_version: '3.8.10',
  sys_platform: 'win32',
  platform_system: 'Windows',
  platform_machine: 'AMD64',
  platform_release: '10',
  platform_version: '10.0.19045',
  os_name: 'nt',
};

const mac = (release: string): MarkerEnvironment => ({
  ...linux312,
  sys_platform: 'darwin',
  platform_system: 'Darwin',
  platform_machine: 'arm64',
  platform_release: release,
});

function columnOf(fn: () => unknown): number | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof InvalidMarker) return e.column;
    throw e;
  }
  throw new Error('expected InvalidMarker');
}

describe('parseMarker: PEP 508 grammar', () => {
  it('parses a comparison with the variable on either side', () => {
    expect(parseMarker('python_version >= "3.8"')).toEqual({
      kind: 'compare',
      left: { kind: 'variable', name: 'python_version' },
      op: '>=',
      right: { kind: 'string', value: '3.8' },
    });
    expect(parseMarker("'3.8' <= python_version")).toEqual({
      kind: 'compare',
      left: { kind: 'string', value: '3.8' },
      op: '<=',
      right: { kind: 'variable', name: 'python_version' },
    });
  });

  it.each([
    ['os.name', 'os_name'],
    ['sys.platform', 'sys_platform'],
    ['platform.machine', 'platform_machine'],
    ['platform.python_implementation', 'platform_python_implementation'],
    ['platform.version', 'platform_version'],
    ['python_implementation', 'platform_python_implementation'],
    ['platform_release', 'platform_release'],
    ['implementation_name', 'implementation_name'],
    ['implementation_version', 'implementation_version'],
    ['python_full_version', 'python_full_version'],
    ['extra', 'extra'],
  ])('reads the legacy or current name %s as %s', (written, canonical) => {
    const m = parseMarker(`${written} == "x"`);
    expect(m).toMatchObject({ kind: 'compare', left: { kind: 'variable', name: canonical } });
  });

  it.each(['<', '<=', '==', '!=', '>=', '>', '~=', '===', 'in', 'not in'])('accepts the operator %s', (op) => {
    expect(parseMarker(`python_version ${op} "3.8"`)).toMatchObject({ op });
  });

  it('gives and a tighter binding than or, and parentheses override it', () => {
    const a = "os_name=='a'";
    const b = "os_name=='b'";
    const c = "os_name=='c'";
    const leaf = (v: string): Marker => ({
      kind: 'compare',
      left: { kind: 'variable', name: 'os_name' },
      op: '==',
      right: { kind: 'string', value: v },
    });
    expect(parseMarker(`${a} and ${b} or ${c}`)).toEqual({
      kind: 'or',
      items: [{ kind: 'and', items: [leaf('a'), leaf('b')] }, leaf('c')],
    });
    expect(parseMarker(`${a} or ${b} and ${c}`)).toEqual({
      kind: 'or',
      items: [leaf('a'), { kind: 'and', items: [leaf('b'), leaf('c')] }],
    });
    expect(parseMarker(`${a} and (${b} or ${c})`)).toEqual({
      kind: 'and',
      items: [leaf('a'), { kind: 'or', items: [leaf('b'), leaf('c')] }],
    });
    expect(parseMarker(`(${a} or ${b}) and ${c}`)).toEqual({
      kind: 'and',
      items: [{ kind: 'or', items: [leaf('a'), leaf('b')] }, leaf('c')],
    });
  });

  it('accepts missing and extra blanks, tabs and nested parentheses', () => {
    expect(formatMarker(parseMarker('python_version=="2.7"and os_name=="posix"'))).toBe(
      'python_version == "2.7" and os_name == "posix"',
    );
    expect(formatMarker(parseMarker(' \t( ( python_version<"3" ) )\t'))).toBe('python_version < "3"');
    expect(formatMarker(parseMarker("os_name=='a' and (os_name=='b' or os_name=='c')"))).toBe(
      'os_name == "a" and (os_name == "b" or os_name == "c")',
    );
  });

  it('reads single and double quotes, and Python escapes inside them', () => {
    expect(parseMarker(`platform_version == 'say "hi"'`)).toMatchObject({ right: { value: 'say "hi"' } });
    expect(parseMarker(`platform_version == "it's"`)).toMatchObject({ right: { value: "it's" } });
    expect(parseMarker(String.raw`platform_version == "a\tb\x41\u00e9\\"`)).toMatchObject({
      right: { value: 'a\tbA\u00e9\\' },
    });
    expect(parseMarker(String.raw`platform_version == "C:\Windows"`)).toMatchObject({
      right: { value: 'C:\\Windows' },
    });
  });

  it('accepts the PEP 751 set variables', () => {
    expect(parseMarker('"test" in extras')).toMatchObject({ right: { kind: 'variable', name: 'extras' } });
    expect(parseMarker('"dev" not in dependency_groups')).toMatchObject({ op: 'not in' });
  });

  it.each([
    ['python_version', 15, 'marker operator'],
    ['python_version >=', 18, 'marker variable'],
    ['python_version >= 1.0', 19, 'quoted string'],
    ["python_version == '1.0' and", 28, 'marker variable'],
    ["(python_version == '1.0'", 25, "')'"],
    ["python_version == '1.0')", 24, "unmatched ')'"],
    ["os_name = 'nt'", 9, 'marker operator'],
    ["foo == 'x'", 1, 'marker variable'],
    ["python_versions == '3'", 1, 'marker variable'],
    ["python_version notin '2.7'", 16, 'marker operator'],
    ["python_version not  '2.7'", 21, "'in' after 'not'"],
    ["'a' == 'b'", 1, 'on one side'],
    ["python_version == '3.8", 19, 'closing'],
    ["python_version == '3.8' or or os_name == 'nt'", 28, 'marker variable'],
    ["python_version == '3.8' xor os_name == 'nt'", 25, "'and', 'or'"],
    ["python_version == '3.8'\nand os_name == 'nt'", 24, "'and', 'or'"],
    ['', 1, 'marker variable'],
    [String.raw`platform_version == "bad\x4"`, 21, 'hex digits'],
  ])('rejects %j at column %i', (text, column, expected) => {
    expect(() => parseMarker(text)).toThrow(InvalidMarker);
    expect(() => parseMarker(text)).toThrow(expected);
    expect(() => parseMarker(text)).toThrow(`column ${column}`);
    expect(columnOf(() => parseMarker(text))).toBe(column);
  });
});

describe('evaluateMarker', () => {
  it.each([
    ['os_name == "posix"', linux312, true],
    ['os_name == "nt"', linux312, false],
    ['os.name == "nt"', win38, true],
    ['sys_platform == "win32"', win38, true],
    ['sys.platform == "linux"', linux312, true],
    ['platform_machine == "x86_64" and sys_platform == "linux"', linux312, true],
    ['platform.machine == "AMD64"', win38, true],
    ['python_implementation == "CPython"', linux312, true],
    ['platform.python_implementation != "PyPy"', linux312, true],
    ['implementation_name == "cpython"', linux312, true],
    ['"linux" in sys_platform', linux312, true],
    ['"win" not in sys_platform', win38, false],
    ['(python_version < "3" or os_name == "nt") and sys_platform != "linux"', win38, true],
    ['(python_version < "3" or os_name == "nt") and sys_platform != "linux"', linux312, false],
    ["os_name=='a' and os_name=='b' or os_name=='posix'", linux312, true],
    ["os_name=='posix' and (os_name=='b' or os_name=='c')", linux312, false],
  ])('%s', (marker, env, expected) => {
    expect(evaluateMarker(marker, env)).toBe(expected);
  });

  it('compares version variables as PEP 440 versions, not strings', () => {
    // As strings "3.12" < "3.8"; as versions it is the other way round.
    expect(evaluateMarker('python_version >= "3.8"', linux312)).toBe(true);
    expect(evaluateMarker('python_version < "3.8"', linux312)).toBe(false);
    expect(evaluateMarker('python_version > "3.9"', linux312)).toBe(true);
    expect(evaluateMarker('"3.10" <= python_version', linux312)).toBe(true);
    expect(evaluateMarker('"3.13" <= python_version', linux312)).toBe(false);
    expect(evaluateMarker('python_version == "3.12"', linux312)).toBe(true);
    expect(evaluateMarker('python_version == "3.12.0"', linux312)).toBe(true);
    expect(evaluateMarker('python_version == "3.*"', linux312)).toBe(true);
    expect(evaluateMarker('python_version != "3.1*"', linux312)).toBe(true);
    expect(evaluateMarker('python_full_version >= "3.12.0rc1"', linux312)).toBe(true);
    expect(evaluateMarker('python_full_version < "3.8.11"', win38)).toBe(true);
    expect(evaluateMarker('python_version ~= "3.8"', linux312)).toBe(true);
    expect(evaluateMarker('python_version ~= "3.8.0"', linux312)).toBe(false);
    expect(evaluateMarker('implementation_version >= "3.12"', linux312)).toBe(true);
    expect(evaluateMarker('python_version === "3.12"', linux312)).toBe(true);
    expect(evaluateMarker('python_version === "3.12.0"', linux312)).toBe(false);
  });

  it('accepts pre-releases in version comparisons, as markers do', () => {
    const rc = { ...linux312, python_full_version: '3.13.0rc1' };
    expect(evaluateMarker('python_full_version >= "3.12"', rc)).toBe(true);
    expect(evaluateMarker('python_full_version < "3.13"', rc)).toBe(false);
  });

  it('lets a valid version specifier decide for version variables, even when the value is not a version', () => {
    // "6.5.0-1025-azure" is not PEP 440: a specifier such as >=6 matches nothing for it.
    expect(evaluateMarker('platform_release >= "6"', linux312)).toBe(false);
    expect(evaluateMarker('platform_release < "10"', linux312)).toBe(false);
    expect(evaluateMarker('platform_release != "5.0"', linux312)).toBe(false);
    expect(evaluateMarker('platform_release ~= "6.5"', linux312)).toBe(false);
    expect(evaluateMarker('platform_release === "6.5.0-1025-AZURE"', linux312)).toBe(true);
    // "==6.5.0-1025-azure" is no specifier, so the values compare as strings.
    expect(evaluateMarker('platform_release == "6.5.0-1025-azure"', linux312)).toBe(true);
    expect(evaluateMarker('platform_release >= "20.0"', mac('23.0.0'))).toBe(true);
    expect(evaluateMarker('platform_release >= "9.0"', mac('23.0.0'))).toBe(true);
    expect(evaluateMarker('python_version != "3.1*"', linux312)).toBe(true);
  });

  it('compares other values as strings, with ordering left undefined as packaging 26 does', () => {
    const env = { ...linux312, platform_version: '10' };
    // Even values that look like versions are strings for a non-version variable.
    expect(evaluateMarker('platform_version == "10"', env)).toBe(true);
    expect(evaluateMarker('platform_version <= "10"', env)).toBe(true);
    expect(evaluateMarker('platform_version >= "10.0"', env)).toBe(false);
    expect(evaluateMarker('platform_version < "9"', env)).toBe(false);
    expect(evaluateMarker('platform_version > "1"', env)).toBe(false);
    expect(evaluateMarker('platform_machine > "aarch64"', linux312)).toBe(false);
    expect(evaluateMarker('platform_machine >= "x86_64"', linux312)).toBe(true);
    expect(evaluateMarker('python_version in "2.7 3.12"', linux312)).toBe(true);
    expect(evaluateMarker('"3.1" in python_version', linux312)).toBe(true);
    expect(evaluateMarker('"x86" not in platform_machine', linux312)).toBe(false);
  });

  it('rejects comparisons that need versions when the operands are not versions', () => {
    expect(() => evaluateMarker('os_name ~= "posix"', linux312)).toThrow(UndefinedComparison);
    expect(() => evaluateMarker('os_name === "posix"', linux312)).toThrow(UndefinedComparison);
    expect(() => evaluateMarker('python_version ~= "3"', linux312)).toThrow(UndefinedComparison);
    expect(() => evaluateMarker('extras == "x"', linux312)).toThrow(UndefinedComparison);
    expect(() => evaluateMarker('os_name ~= "posix"', linux312)).toThrow(/"posix" ~= "posix"/);
  });

  it('reads a version specifier with blanks around the value', () => {
    expect(evaluateMarker('python_version >= " 3.8 "', linux312)).toBe(true);
  });

  it('evaluates every comparison, so an undefined one fails even after a decided or', () => {
    expect(() => evaluateMarker('os_name == "posix" or os_name ~= "nt"', linux312)).toThrow(UndefinedComparison);
    expect(() => evaluateMarker('os_name == "nt" and os_name ~= "nt"', linux312)).toThrow(UndefinedComparison);
  });

  it('treats extra as empty without extras, and normalizes extra names', () => {
    expect(evaluateMarker('extra == "test"', linux312)).toBe(false);
    expect(evaluateMarker('extra != "test"', linux312)).toBe(true);
    expect(evaluateMarker('extra == "test"', linux312, [])).toBe(false);
    expect(evaluateMarker('extra == "test"', linux312, ['test'])).toBe(true);
    expect(evaluateMarker('extra == "SECURITY"', linux312, ['security'])).toBe(true);
    expect(evaluateMarker('extra == "security"', linux312, ['Security'])).toBe(true);
    expect(evaluateMarker('extra == "pep-685-norm"', linux312, ['PEP_685...norm'])).toBe(true);
    expect(evaluateMarker("extra == 'Different.punctuation..is_EQUAL'", linux312, ['different__punctuation_is_EQUAL'])).toBe(true);
    expect(evaluateMarker('"Test" == extra', linux312, ['test'])).toBe(true);
    expect(evaluateMarker('extra == "quux"', linux312, ['security'])).toBe(false);
    // Any one requested extra is enough, as pip evaluates the marker once per extra.
    expect(evaluateMarker('extra == "b" and os_name == "posix"', linux312, ['a', 'b'])).toBe(true);
    expect(evaluateMarker('extra == "b" and os_name == "nt"', linux312, ['a', 'b'])).toBe(false);
  });

  it('evaluates the PEP 751 set variables against the requested extras', () => {
    expect(evaluateMarker('"test" in extras', linux312, ['Test'])).toBe(true);
    expect(evaluateMarker('"docs" in extras', linux312, ['test'])).toBe(false);
    expect(evaluateMarker('"docs" not in extras', linux312)).toBe(true);
    expect(evaluateMarker('"dev" in dependency_groups', linux312)).toBe(false);
  });

  it('takes a parsed marker as well as text', () => {
    const m = parseMarker('sys_platform == "win32" or python_version < "3.9"');
    expect(evaluateMarker(m, win38)).toBe(true);
    expect(evaluateMarker(m, linux312)).toBe(false);
  });

  it('names a variable that the environment lacks', () => {
    const partial = { ...linux312 } as Partial<MarkerEnvironment>;
    delete partial.platform_version;
    expect(() => evaluateMarker('platform_version == "x"', partial as MarkerEnvironment)).toThrow(
      /platform_version has no value/,
    );
  });

  it('throws InvalidMarker for unparsable text', () => {
    expect(() => evaluateMarker('python_version >>> "3"', linux312)).toThrow(InvalidMarker);
  });
});

describe('formatMarker', () => {
  it('round-trips through parseMarker', () => {
    for (const text of [
      "python_version >= '3.8' and (sys_platform == 'win32' or platform_machine != 'arm64')",
      "extra == 'test' or extra == 'docs'",
      `platform_version == 'has "double" quotes'`,
      '"a" not in sys_platform',
      String.raw`platform_version == "a\tb"`,
      String.raw`platform_version == "both \x22 and ' quotes"`,
    ]) {
      const once = parseMarker(text);
      expect(parseMarker(formatMarker(once))).toEqual(once);
    }
  });
});
