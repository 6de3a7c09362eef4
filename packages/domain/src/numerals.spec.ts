import { roman, romanLower } from './numerals';

describe('roman', () => {
  it('writes the numbers reports and resolutions use', () => {
    expect([1, 4, 7, 9, 14, 40, 49, 90, 1999, 3999].map(roman)).toEqual([
      'I',
      'IV',
      'VII',
      'IX',
      'XIV',
      'XL',
      'XLIX',
      'XC',
      'MCMXCIX',
      'MMMCMXCIX',
    ]);
    expect(romanLower(12)).toBe('xii');
  });
  it('refuses what has no Roman numeral', () => {
    for (const n of [0, -1, 1.5, 4000]) expect(() => roman(n)).toThrow(RangeError);
  });
});
