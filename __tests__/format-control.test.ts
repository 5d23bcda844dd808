import { FormatControl } from '../src/python/format-control.js';
import { normalizeName, isValidName } from '../src/python/names.js';

describe('normalizeName (PEP 503)', () => {
  it.each([
    ['Friendly-Bard', 'friendly-bard'],
    ['FRIENDLY-BARD', 'friendly-bard'],
    ['friendly.bard', 'friendly-bard'],
    ['friendly_bard', 'friendly-bard'],
    ['friendly--bard', 'friendly-bard'],
    ['FrIeNdLy-._.-bArD', 'friendly-bard'],
  ])('%s -> %s', (input, out) => expect(normalizeName(input)).toBe(out));

  it('accepts valid and rejects invalid names', () => {
    expect(isValidName('a')).toBe(true);
    expect(isValidName('zope.interface')).toBe(true);
    expect(isValidName('-lead')).toBe(false);
    expect(isValidName('trail.')).toBe(false);
    expect(isValidName('sp ace')).toBe(false);
  });
});

describe('FormatControl (pip --only-binary / --no-binary)', () => {
  it('allows both formats by default', () => {
    expect([...new FormatControl().allowed('x')].sort()).toEqual(['binary', 'source']);
  });
  it(':all: only-binary forbids source, a named no-binary overrides it', () => {
    const fc = new FormatControl();
    fc.addOnlyBinary(':all:');
    fc.addNoBinary('Foo_Bar');
    expect([...fc.allowed('foo-bar')]).toEqual(['source']);
    expect([...fc.allowed('other')]).toEqual(['binary']);
  });
  it(':all: resets both sets and ignores names that follow without :none:', () => {
    const fc = new FormatControl();
    fc.addNoBinary('a,b');
    fc.addOnlyBinary(':all:,c');
    expect(fc.state()).toEqual({ noBinary: [], onlyBinary: [':all:'] });
  });
  it(':none: clears the target set', () => {
    const fc = new FormatControl();
    fc.addNoBinary(':all:');
    fc.addNoBinary(':none:');
    expect(fc.state()).toEqual({ noBinary: [], onlyBinary: [] });
  });
  it('a name moves from one set to the other', () => {
    const fc = new FormatControl();
    fc.addOnlyBinary('numpy');
    fc.addNoBinary('NumPy');
    expect(fc.state()).toEqual({ noBinary: ['numpy'], onlyBinary: [] });
  });
});
