// Distribution filenames under arbitrary input (an index page names them, so an attacker does):
// parseWheelFilename and parseSdistFilename return or throw InvalidFilename, nothing else.

import fc from 'fast-check';
import { distributionKind, InvalidFilename, parseSdistFilename, parseWheelFilename } from '../src/python/filenames.js';
import { anyText, grammarText, returnsOrThrows } from './helpers/fuzz.js';

const TOKENS = [
  'pkg', 'Foo_Bar', 'zope.interface', '-', '_', '.', '1.0', '2.0rc1', '1!2', '+local', '1', '123abc',
  'py3', 'cp312', 'py2.py3', 'none', 'abi3', 'cp312', 'any', 'manylinux_2_17_x86_64', 'manylinux2014_x86_64', 'win_amd64', 'macosx_11_0_arm64',
  '.whl', '.tar.gz', '.zip', '.tgz', '.tar', '.tar.bz2', '.WHL', ' ', '..', '/', '\\', '\0', 'é',
];

describe('filenames on arbitrary input', () => {
  it('parseWheelFilename returns tags of three parts or throws InvalidFilename', () => {
    fc.assert(
      fc.property(grammarText(TOKENS, 16), (text) => {
        expect(['wheel', 'sdist', 'other']).toContain(distributionKind(text));
        const r = returnsOrThrows(() => parseWheelFilename(text), [InvalidFilename], text);
        if (!r.ok) return;
        expect(text.endsWith('.whl')).toBe(true);
        expect(r.value.tags.length).toBeGreaterThan(0);
        for (const tag of r.value.tags) expect(tag.split('-')).toHaveLength(3);
      }),
      { numRuns: 3000 },
    );
  });

  it('parseSdistFilename returns a name and version from the text or throws InvalidFilename', () => {
    fc.assert(
      fc.property(grammarText(TOKENS, 16), fc.option(fc.oneof(fc.constantFrom('pkg', 'foo-bar', 'Foo_Bar'), anyText(12)), { nil: undefined }), (text, project) => {
        const r = returnsOrThrows(() => parseSdistFilename(text, project), [InvalidFilename], [text, project]);
        if (!r.ok) return;
        expect(text.startsWith(`${r.value.name}-${r.value.version}.`)).toBe(true);
        expect(text.endsWith(`.${r.value.format}`)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts the wheels and sdists it is built for', () => {
    expect(parseWheelFilename('pkg-1.0-1abc-py2.py3-none-any.whl').tags).toEqual(['py2-none-any', 'py3-none-any']);
    expect(parseSdistFilename('foo-bar-2.0rc1.tar.gz')).toEqual({ name: 'foo-bar', version: '2.0rc1', format: 'tar.gz' });
    expect(() => parseWheelFilename('pkg-1.0-py3-none.whl')).toThrow(InvalidFilename);
    expect(() => parseSdistFilename('pkg.tar.gz')).toThrow(InvalidFilename);
  });
});
