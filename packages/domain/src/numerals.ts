const TABLE: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/**
 * Roman numerals (1–3999): draft numbers in reports (« projet de résolution VII »), parts of a resolution.
 * One argument only, so that `list.map(roman)` does what it says.
 */
export function roman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999)
    throw new RangeError(`no Roman numeral for ${n}: give 1–3999`);
  let out = '';
  let rest = n;
  for (const [v, s] of TABLE) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** i, ii, iii …: the third level of sub-paragraphs. */
export function romanLower(n: number): string {
  return roman(n).toLowerCase();
}
