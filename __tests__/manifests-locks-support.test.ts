import fc from 'fast-check';
import { JsonSyntaxError, parseJsonWithLines } from '../src/manifests/json-positions.js';
import { reachMarkers } from '../src/manifests/marker-reach.js';
import {
  allOf,
  anyOf,
  checkedHash,
  EntryError,
  filenameOf,
  locationReference,
  parseHash,
  vcsReference,
  withoutSelectionTests,
} from '../src/manifests/lock-entry.js';
import { evaluateMarker } from '../src/python/markers.js';
import type { MarkerEnvironment } from '../src/types.js';

describe('parseJsonWithLines', () => {
  it('reads what JSON.parse reads, and the line of each key', () => {
    const text = '{\n  "a": {\n    "x": [1, 2.5e3, -0.5],\n    "y": "\\u00e9\\n"\n  },\n  "b": true,\n  "c": null\n}';
    const located = parseJsonWithLines(text);
    expect(located.value).toEqual(JSON.parse(text));
    expect(located.keyLine(['a'])).toBe(2);
    expect(located.keyLine(['a', 'x'])).toBe(3);
    expect(located.keyLine(['a', 'y'])).toBe(4);
    expect(located.keyLine(['c'])).toBe(7);
    expect(located.keyLine(['missing'])).toBeUndefined();
  });

  it('agrees with JSON.parse on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        expect(parseJsonWithLines(text).value).toEqual(JSON.parse(text));
      }),
    );
  });

  it('keeps a __proto__ key as data', () => {
    const value = parseJsonWithLines('{"__proto__": {"polluted": true}}').value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts a byte order mark', () => {
    expect(parseJsonWithLines('\ufeff{"a": 1}').value).toEqual({ a: 1 });
  });

  it.each([
    ['{\n  "a": 1,\n}', 3],
    ['{\n  "a": 1\n  "b": 2\n}', 3],
    ['[1, 2', 1],
    ['{"a": "line\nbreak"}', 1],
    ['{\n\n  \'a\': 1}', 3],
    ['{"a": tru}', 1],
    ['{"a": 1} x', 1],
    ['', 1],
    ['{"a": "\\x41"}', 1],
    ['{"a": 01}', 1],
  ])('rejects %j, naming line %i', (text, line) => {
    expect(() => parseJsonWithLines(text)).toThrow(JsonSyntaxError);
    try {
      parseJsonWithLines(text);
    } catch (err) {
      expect((err as JsonSyntaxError).line).toBe(line);
      expect((err as Error).message).toMatch(new RegExp(`at line ${line}, column \\d+$`));
    }
  });

  it('refuses nesting deep enough to exhaust the stack', () => {
    expect(() => parseJsonWithLines('['.repeat(100_000))).toThrow(/nesting deeper than/);
  });
});

describe('reachMarkers', () => {
  const env = (sys: string, py: string): MarkerEnvironment => ({
    python_version: py,
    python_full_version: `${py}.0`,
    sys_platform: sys,
    platform_system: '',
    platform_machine: 'x86_64',
    platform_release: '',
    platform_version: '',
    os_name: sys === 'win32' ? 'nt' : 'posix',
    implementation_name: 'cpython',
    implementation_version: `${py}.0`,
    platform_python_implementation: 'CPython',
  });

  it('ands markers along a path and ors the paths', () => {
    // 0 -> 1 [win] -> 3 [py<3.11];  0 -> 2 [linux] -> 3;  4 unreachable
    const reach = reachMarkers(5, [0], [
      { from: 0, to: 1, marker: "sys_platform == 'win32'" },
      { from: 1, to: 3, marker: "python_version < '3.11'" },
      { from: 0, to: 2, marker: "sys_platform == 'linux'" },
      { from: 2, to: 3 },
    ]);
    expect(reach[0]).toEqual({ reached: true });
    expect(reach[1]).toEqual({ reached: true, marker: "sys_platform == 'win32'" });
    expect(reach[3]).toEqual({ reached: true, marker: "sys_platform == 'linux' or (sys_platform == 'win32' and python_version < '3.11')" });
    expect(reach[4]).toEqual({ reached: false });
    const m = reach[3].marker!;
    expect(evaluateMarker(m, env('win32', '3.10'))).toBe(true);
    expect(evaluateMarker(m, env('win32', '3.12'))).toBe(false);
    expect(evaluateMarker(m, env('linux', '3.12'))).toBe(true);
    expect(evaluateMarker(m, env('darwin', '3.10'))).toBe(false);
  });

  it('lets an unconditional path absorb the conditional ones', () => {
    const reach = reachMarkers(3, [0], [
      { from: 0, to: 1, marker: "sys_platform == 'win32'" },
      { from: 1, to: 2 },
      { from: 0, to: 2 },
    ]);
    expect(reach[2]).toEqual({ reached: true });
  });

  it('drops a longer condition implied by a shorter one', () => {
    const reach = reachMarkers(3, [0], [
      { from: 0, to: 1, marker: "os_name == 'nt'" },
      { from: 1, to: 2, marker: "sys_platform == 'win32'" },
      { from: 0, to: 2, marker: "sys_platform == 'win32'" },
    ]);
    expect(reach[2]).toEqual({ reached: true, marker: "sys_platform == 'win32'" });
  });

  it('terminates on cycles', () => {
    const reach = reachMarkers(3, [0], [
      { from: 0, to: 1, marker: 'a' },
      { from: 1, to: 2, marker: 'b' },
      { from: 2, to: 1, marker: 'c' },
    ]);
    expect(reach[1]).toEqual({ reached: true, marker: 'a' });
    expect(reach[2]).toEqual({ reached: true, marker: 'a and b' });
  });

  it('widens a condition too large to state to "always", never to "never"', () => {
    const edges = Array.from({ length: 8 }, (_, i) => [
      { from: 0, to: i + 1, marker: `m${i}` },
      { from: i + 1, to: 9 },
    ]).flat();
    const reach = reachMarkers(10, [0], edges, { maxClauses: 4, maxAtoms: 6 });
    expect(reach[9]).toEqual({ reached: true });
    expect(reachMarkers(10, [0], edges, { maxClauses: 8, maxAtoms: 6 })[9].marker).toBe(Array.from({ length: 8 }, (_, i) => `m${i}`).join(' or '));
  });
});

describe('lock entries: hashes, references and markers', () => {
  it('writes VCS references the way pip reads them', () => {
    expect(vcsReference('git', 'https://github.com/o/r.git', 'abc', 'sub').url).toBe('git+https://github.com/o/r.git@abc#subdirectory=sub');
    expect(vcsReference('git', 'git+https://github.com/o/r.git', 'abc').url).toBe('git+https://github.com/o/r.git@abc');
    expect(vcsReference('git', 'git@github.com:o/r.git', 'v1').url).toBe('git+ssh://git@github.com/o/r.git@v1');
    expect(vcsReference('hg', 'https://hg.example.com/r').url).toBe('hg+https://hg.example.com/r');
  });

  it('tells URLs from paths', () => {
    expect(locationReference('https://example.com/a-1.0.tar.gz')).toEqual({ kind: 'url', url: 'https://example.com/a-1.0.tar.gz' });
    expect(locationReference('file:///srv/a-1.0.tar.gz')).toEqual({ kind: 'path', url: 'file:///srv/a-1.0.tar.gz' });
    expect(locationReference('../a', 'pkg')).toEqual({ kind: 'path', url: '../a#subdirectory=pkg' });
    expect(filenameOf('https://example.com/x/a%2Bb-1.0.tar.gz?sig=1#frag')).toBe('a+b-1.0.tar.gz');
  });

  it('accepts well-formed hashes and rejects others', () => {
    expect(parseHash('SHA256:' + 'A'.repeat(64))).toBe('sha256:' + 'a'.repeat(64));
    expect(checkedHash('blake2b', 'ab'.repeat(32))).toBe('blake2b:' + 'ab'.repeat(32));
    for (const bad of ['a'.repeat(64), 'sha256:' + 'a'.repeat(63), 'sha256:' + 'g'.repeat(64), 'sha 256:' + 'a'.repeat(64), 'md5:']) {
      expect(() => parseHash(bad)).toThrow(EntryError);
    }
  });

  it('combines markers, with "always" absorbing', () => {
    expect(anyOf(['a == "1"', 'b == "2" or c == "3"'])).toBe('a == "1" or (b == "2" or c == "3")');
    expect(anyOf(['a == "1"', undefined])).toBeUndefined();
    expect(anyOf(['a == "1"', 'a == "1"'])).toBe('a == "1"');
    expect(allOf(['a == "1"', undefined, 'b == "2" or c == "3"'])).toBe('a == "1" and (b == "2" or c == "3")');
    expect(allOf([undefined])).toBeUndefined();
  });

  it('drops tests of the extras and groups being installed, and nothing else', () => {
    expect(withoutSelectionTests('extra == "pgsql"')).toBeUndefined();
    expect(withoutSelectionTests("sys_platform == 'linux' and extra == 'extra-7-app-cpu'")).toBe('sys_platform == "linux"');
    expect(withoutSelectionTests("'dev' in dependency_groups or python_version < '3.11'")).toBeUndefined();
    expect(withoutSelectionTests("(extra == 'a' or os_name == 'nt') and python_version < '3.11'")).toBe('python_version < "3.11"');
    expect(withoutSelectionTests("python_version < '3.11'")).toBe("python_version < '3.11'");
    expect(withoutSelectionTests('extra ==')).toBe('extra ==');
    expect(withoutSelectionTests(undefined)).toBeUndefined();
  });
});
