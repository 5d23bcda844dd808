// PEP 508 requirements under arbitrary input: parseRequirement returns or throws InvalidRequirement,
// never anything else, and what it accepts is internally consistent.

import fc from 'fast-check';
import { parseRequirement, InvalidRequirement } from '../src/python/requirements.js';
import { parseSpecifier } from '../src/python/version.js';
import { parseMarker } from '../src/python/markers.js';
import { grammarText, returnsOrThrows } from './helpers/fuzz.js';

const TOKENS = [
  'requests', 'Foo_Bar.baz', 'a', '-', '_', '.', ' ', '\t', '[', ']', ',', 'security', 'socks',
  '==', '>=', '<=', '<', '>', '!=', '~=', '===', '1', '1.0', '2.0.1', '.*', '+local', 'rc1', 'a1', '.post1', '.dev0', '1!2',
  '(', ')', '@', ' @ ', 'https://example.invalid/pkg-1.0.tar.gz', 'git+https://example.invalid/r.git@v1', 'file:///tmp/x',
  ';', ' ; ', 'python_version', 'sys_platform', 'extra', 'os.name', ' and ', ' or ', ' not in ', ' in ', '"3.8"', "'linux'", '"',
  "'", '\\', '#', '\n', '\0', 'é', '\uFEFF',
];

describe('parseRequirement on arbitrary input', () => {
  it('returns or throws InvalidRequirement, with a column inside the text', () => {
    fc.assert(
      fc.property(grammarText(TOKENS), (text) => {
        const r = returnsOrThrows(() => parseRequirement(text), [InvalidRequirement], text);
        if (!r.ok) {
          const column = (r.error as InvalidRequirement).column;
          expect(r.error.message).toMatch(/^Invalid requirement/);
          if (column !== undefined) expect(column).toBeGreaterThanOrEqual(1);
          if (column !== undefined) expect(column).toBeLessThanOrEqual(text.length + 1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts only requirements whose parts parse again on their own', () => {
    fc.assert(
      fc.property(grammarText(TOKENS), (text) => {
        const r = returnsOrThrows(() => parseRequirement(text), [InvalidRequirement], text);
        if (!r.ok) return;
        const req = r.value;
        expect(req.name).toMatch(/^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/);
        expect(text).toContain(req.name);
        for (const extra of req.extras) expect(extra).toMatch(/^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/);
        // the normalized specifier is itself a valid specifier
        expect(() => parseSpecifier(req.specifier)).not.toThrow();
        if (req.marker !== undefined) expect(() => parseMarker(req.marker!)).not.toThrow();
        if (req.url !== undefined) expect(req.url).not.toMatch(/[ \t]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts well-formed requirements built from the grammar', () => {
    const name = fc.constantFrom('requests', 'Foo_Bar.baz', 'a', 'zope.interface');
    const extras = fc.array(fc.constantFrom('security', 'socks', 'test'), { maxLength: 3 });
    const clause = fc.tuple(fc.constantFrom('==', '>=', '<=', '<', '>', '!=', '~='), fc.constantFrom('1.0', '2.3.4', '1!2.0', '3.0rc1'));
    const marker = fc.option(fc.constantFrom('python_version >= "3.8"', 'sys_platform == "linux" and extra == "x"', '(os_name == "nt" or os_name == "posix")'), { nil: undefined });
    fc.assert(
      fc.property(name, extras, fc.array(clause, { maxLength: 3 }), marker, (n, ex, clauses, m) => {
        const text = `${n}${ex.length ? `[${ex.join(',')}]` : ''}${clauses.map(([op, v]) => `${op}${v}`).join(',')}${m ? ` ; ${m}` : ''}`;
        const req = parseRequirement(text);
        expect(req.name).toBe(n);
        expect(req.extras).toEqual(ex);
        expect(req.marker).toBe(m);
      }),
    );
  });

  it('refuses, with its own error, a marker nested 10,000 parentheses deep', () => {
    const deep = `pkg ; ${'('.repeat(10_000)}os_name == "posix"${')'.repeat(10_000)}`;
    expect(() => parseRequirement(deep)).toThrow(InvalidRequirement);
    expect(() => parseRequirement(deep)).toThrow(/nested/);
  });

  it('reads a 1 MB requirement in one pass', () => {
    const long = `pkg>=1.0,${Array.from({ length: 100_000 }, (_, i) => `!=${i}.0`).join(',')}`;
    expect(parseRequirement(long).name).toBe('pkg');
    // the message quotes the start of the text, not a megabyte of it
    expect(() => parseRequirement('pkg ' + ' '.repeat(1_000_000) + 'x')).toThrow(/^Invalid requirement "pkg {197}…": expected .* at column 1000005, found "x"$/);
  });
});
