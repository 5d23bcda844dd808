// Core metadata (METADATA, PKG-INFO, PEP 658 files): the fields resolution needs, and when an
// sdist's dependencies can be known without running its build.

import { atLeast, declaredDependencies, InvalidMetadata, parseCoreMetadata } from '../src/python/metadata.js';

const WHEEL_METADATA = [
  'Metadata-Version: 2.1',
  'Name: requests',
  'Version: 2.31.0',
  'Summary: Python HTTP for Humans.',
  'Requires-Python: >=3.7',
  'Provides-Extra: socks',
  'Provides-Extra: use_chardet_on_py3',
  'Requires-Dist: charset-normalizer (<4,>=2)',
  'Requires-Dist: idna (<4,>=2.5)',
  'Requires-Dist: PySocks (!=1.5.7,>=1.5.6) ; extra == "socks"',
  'Description-Content-Type: text/markdown',
  '',
  '# Requests',
  '',
  'Requires-Dist: not-a-field-this-is-the-description',
].join('\n');

describe('parseCoreMetadata', () => {
  it('reads the header block and leaves the description alone', () => {
    const meta = parseCoreMetadata(WHEEL_METADATA, 'requests-2.31.0.dist-info/METADATA');
    expect(meta).toEqual({
      metadataVersion: '2.1',
      name: 'requests',
      version: '2.31.0',
      requiresPython: '>=3.7',
      providesExtra: ['socks', 'use_chardet_on_py3'],
      requiresDist: ['charset-normalizer (<4,>=2)', 'idna (<4,>=2.5)', 'PySocks (!=1.5.7,>=1.5.6) ; extra == "socks"'],
      dynamic: [],
    });
  });

  it('accepts CRLF line ends, a BOM, field names in any case and folded values', () => {
    const text = '\uFEFFmetadata-version: 2.3\r\nNAME: x\r\nversion: 1.0\r\nLicense: MIT\r\n        and more\r\nrequires-dist: a>=1;\r\n  python_version < "3.9"\r\nDYNAMIC: License\r\n';
    const meta = parseCoreMetadata(text, 'x/PKG-INFO');
    expect(meta.name).toBe('x');
    expect(meta.requiresDist).toEqual(['a>=1; python_version < "3.9"']);
    expect(meta.dynamic).toEqual(['License']);
  });

  it('rejects what is not core metadata, naming the source and line', () => {
    expect(() => parseCoreMetadata('Name: x\nVersion: 1\n', 'a.whl.metadata')).toThrow(/a\.whl\.metadata: no Metadata-Version/);
    expect(() => parseCoreMetadata('Metadata-Version: two\nName: x\nVersion: 1\n', 'm')).toThrow(/m, line 1: Metadata-Version "two"/);
    expect(() => parseCoreMetadata('Metadata-Version: 2.1\nName: x\nthis line has no colon\n', 'PKG-INFO')).toThrow(/PKG-INFO, line 3: expected "Field: value"/);
    expect(() => parseCoreMetadata('  folded first\nMetadata-Version: 2.1\n', 'PKG-INFO')).toThrow(/line 1: a continuation line before any field/);
    expect(() => parseCoreMetadata('Metadata-Version: 2.1\nVersion: 1\n', 'M')).toThrow(/M: no Name field/);
    expect(() => parseCoreMetadata('Metadata-Version: 2.1\nName: x\n', 'M')).toThrow(/M: no Version field/);
    expect(() => parseCoreMetadata('<html><body>Not Found</body></html>', 'M')).toThrow(InvalidMetadata);
    expect(() => parseCoreMetadata('', 'M')).toThrow(/no Metadata-Version/);
  });
});

describe('declaredDependencies', () => {
  const meta = (version: string, extra = '') => parseCoreMetadata(`Metadata-Version: ${version}\nName: p\nVersion: 1.0\nRequires-Dist: child>=1\n${extra}`, 'p/PKG-INFO');

  it("takes a wheel's Requires-Dist whatever its metadata version", () => {
    expect(declaredDependencies(meta('1.2'), 'wheel')).toEqual({ known: true, requirements: ['child>=1'], extras: [] });
    expect(declaredDependencies(meta('2.1', 'Dynamic: Requires-Dist\nProvides-Extra: fast\n'), 'wheel')).toEqual({ known: true, requirements: ['child>=1'], extras: ['fast'] });
  });

  it("takes an sdist's Requires-Dist from Metadata-Version 2.2 on, unless Dynamic", () => {
    expect(declaredDependencies(meta('2.2'), 'sdist')).toEqual({ known: true, requirements: ['child>=1'], extras: [] });
    expect(declaredDependencies(meta('2.4', 'Dynamic: Version\n'), 'sdist')).toEqual({ known: true, requirements: ['child>=1'], extras: [] });
    expect(declaredDependencies(meta('3.0'), 'sdist').known).toBe(true);
  });

  it('says why an sdist’s dependencies are unknown', () => {
    const old = declaredDependencies(meta('2.1'), 'sdist');
    expect(old).toEqual({ known: false, reason: expect.stringMatching(/Metadata-Version 2\.1; before 2\.2/) });
    const dynamic = declaredDependencies(meta('2.2', 'Dynamic: requires-dist\n'), 'sdist');
    expect(dynamic).toEqual({ known: false, reason: expect.stringMatching(/Requires-Dist as Dynamic/) });
    expect(declaredDependencies(meta('1.0'), 'sdist').known).toBe(false);
  });

  it('compares metadata versions numerically', () => {
    expect(atLeast('2.10', 2, 2)).toBe(true);
    expect(atLeast('2.2', 2, 2)).toBe(true);
    expect(atLeast('2.1', 2, 2)).toBe(false);
    expect(atLeast('10.0', 2, 2)).toBe(true);
    expect(atLeast('1.9', 2, 2)).toBe(false);
  });
});
