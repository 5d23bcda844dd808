import { byText } from '../src/text-order.js';

describe('byText', () => {
  it('orders ignoring case first, then by code unit, the same whatever the locale', () => {
    const names = ['requests', 'Django', 'django', 'flask', 'Flask', 'a-b', 'a_b', 'a.b', 'a10', 'a2', 'zope', 'Zope.Interface', ''];
    expect([...names].sort(byText)).toEqual(['', 'a-b', 'a.b', 'a10', 'a2', 'a_b', 'Django', 'django', 'Flask', 'flask', 'requests', 'zope', 'Zope.Interface']);
  });

  it('is zero only for equal strings, and antisymmetric', () => {
    const pairs: Array<[string, string]> = [
      ['a', 'A'],
      ['setup.py', 'Setup.py'],
      ['pkg/b.py', 'pkg/a.py'],
      ['é', 'e'],
      ['x', 'x'],
    ];
    for (const [a, b] of pairs) {
      expect(Math.sign(byText(a, b)) + Math.sign(byText(b, a))).toBe(0);
      expect(byText(a, b) === 0).toBe(a === b);
    }
  });
});
