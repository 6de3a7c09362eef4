import { roman } from '@concordia/domain';
/**
 * Ordinals as the United Nations prints them.
 *
 * French: `1re` / `1er` / `{n}e` (the PDF flattens the superscript, the source has it raised); English: `1st`, `2nd`,
 * `3rd`, `{n}th`. Session ordinals are written in words: « soixante-seizième », "seventy-sixth".
 */

/** French numeric ordinal: `1re` (feminine: séance), `1er` (masculine: the first day of a month), `{n}e` otherwise. */
export function frOrdinal(n: number, gender: 'f' | 'm' = 'f'): string {
  if (n === 1) return gender === 'f' ? '1re' : '1er';
  return `${n}e`;
}

/** English numeric ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 101st, 111th. */
export function enOrdinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

const FR_UNITS = [
  '',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
];
const FR_TENS: Record<number, string> = {
  2: 'vingt',
  3: 'trente',
  4: 'quarante',
  5: 'cinquante',
  6: 'soixante',
};

/** French cardinal in words, 1–99, traditional spelling (« soixante et onze », « quatre-vingt-un »). */
function frCardinalBelow100(n: number): string {
  if (n <= 16) return FR_UNITS[n]!;
  if (n < 20) return `dix-${FR_UNITS[n - 10]}`;
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (tens === 7 || tens === 9) {
    const base = tens === 7 ? 'soixante' : 'quatre-vingt';
    const rest = n - (tens === 7 ? 60 : 80); // 10–19
    if (tens === 7 && rest === 11) return 'soixante et onze';
    return `${base}-${frCardinalBelow100(rest)}`;
  }
  if (tens === 8) return unit === 0 ? 'quatre-vingts' : `quatre-vingt-${FR_UNITS[unit]}`;
  const t = FR_TENS[tens]!;
  if (unit === 0) return t;
  if (unit === 1) return `${t} et un`;
  return `${t}-${FR_UNITS[unit]}`;
}

/** French cardinal in words, 1–199. */
export function frCardinalWords(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 199)
    throw new RangeError(`frCardinalWords: ${n} is outside 1–199`);
  if (n < 100) return frCardinalBelow100(n);
  if (n === 100) return 'cent';
  return `cent ${frCardinalBelow100(n - 100)}`;
}

/**
 * French ordinal in words, 1–199, feminine by default (« première session », « soixante-seizième session »,
 * « trente et unième session », « cent unième »).
 */
export function frOrdinalWords(n: number, gender: 'f' | 'm' = 'f'): string {
  if (n === 1) return gender === 'f' ? 'première' : 'premier';
  const cardinal = frCardinalWords(n);
  // The last word takes -ième: un → unième, cinq → cinquième, neuf → neuvième, quatre-vingts → quatre-vingtième,
  // cent → centième; a final -e is dropped (quatre → quatrième, onze → onzième).
  const m = /^(.*?)([a-z]+)$/.exec(cardinal)!;
  const head = m[1]!;
  let last = m[2]!;
  if (last === 'cinq') last = 'cinqu';
  else if (last === 'neuf') last = 'neuv';
  else if (last === 'vingts') last = 'vingt';
  else if (last.endsWith('e')) last = last.slice(0, -1);
  return `${head}${last}ième`;
}

const EN_UNITS = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_ORD_IRREGULAR: Record<string, string> = {
  one: 'first',
  two: 'second',
  three: 'third',
  five: 'fifth',
  eight: 'eighth',
  nine: 'ninth',
  twelve: 'twelfth',
};

function enCardinalBelow100(n: number): string {
  if (n < 20) return EN_UNITS[n]!;
  const unit = n % 10;
  const tens = EN_TENS[Math.floor(n / 10)]!;
  return unit === 0 ? tens : `${tens}-${EN_UNITS[unit]}`;
}

/** English cardinal in words, 1–199 ("one hundred and one"). */
export function enCardinalWords(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 199)
    throw new RangeError(`enCardinalWords: ${n} is outside 1–199`);
  if (n < 100) return enCardinalBelow100(n);
  if (n === 100) return 'one hundred';
  return `one hundred and ${enCardinalBelow100(n - 100)}`;
}

/** English ordinal in words, 1–199: "first", "seventy-sixth", "one hundred and first". */
export function enOrdinalWords(n: number): string {
  const cardinal = enCardinalWords(n);
  const m = /^(.*?)([a-z]+)$/.exec(cardinal)!;
  const head = m[1]!;
  const last = m[2]!;
  let ord: string;
  if (EN_ORD_IRREGULAR[last]) ord = EN_ORD_IRREGULAR[last]!;
  else if (last.endsWith('y')) ord = `${last.slice(0, -1)}ieth`;
  else ord = `${last}th`;
  return `${head}${ord}`;
}

/** The session ordinal in words, lower case: « soixante-seizième », "seventy-sixth". */
export function sessionOrdinal(n: number, lang: 'fr' | 'en'): string {
  return lang === 'fr' ? frOrdinalWords(n, 'f') : enOrdinalWords(n);
}

/** Roman numerals for draft and chapter numbers: one implementation, shared with the resolution text. */
export { roman };

/** Section letters A, B, … Z, AA, AB, … */
export function letter(n: number): string {
  let s = '';
  let k = n;
  while (k > 0) {
    const r = (k - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    k = Math.floor((k - 1) / 26);
  }
  return s;
}

/** Sub-paragraph labels: level 0 → a, b, … z, aa; level 1 → i, ii, iii … (lower-case Roman). */
export function subLabel(index: number, level: number): string {
  if (level % 2 === 1) return roman(index + 1).toLowerCase();
  return letter(index + 1).toLowerCase();
}

/** Capitalises the first letter (« Soixante-seizième session »). */
export function capitalize(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}
