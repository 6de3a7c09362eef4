import { frOrdinal } from './ordinals';

export type Lang = 'fr' | 'en';

export const FR_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
export const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface YMD {
  y: number;
  m: number; // 1–12
  d: number;
}

/** Parses `YYYY-MM-DD`. Throws on anything else. */
export function parseIsoDate(iso: string): YMD {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`expected a date as YYYY-MM-DD, got "${iso}"`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

export function monthName(month: number, lang: Lang): string {
  const name = (lang === 'fr' ? FR_MONTHS : EN_MONTHS)[month - 1];
  if (!name) throw new RangeError(`month ${month} is outside 1–12`);
  return name;
}

/** The day as printed: French `1er` for the first of a month, otherwise the cardinal. */
export function dayNumber(d: number, lang: Lang): string {
  return lang === 'fr' && d === 1 ? frOrdinal(1, 'm') : String(d);
}

/**
 * A single date without its article: « 17 septembre 2021 », « 1er octobre », "17 September 2021".
 */
export function formatDate(iso: string, lang: Lang, opts: { year?: boolean } = {}): string {
  const { y, m, d } = parseIsoDate(iso);
  const base = `${dayNumber(d, lang)} ${monthName(m, lang)}`;
  return opts.year ? `${base} ${y}` : base;
}

/** Joins with `, ` and a final ` et ` / ` and ` (no serial comma). */
export function joinWords(items: readonly string[], lang: Lang): string {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0]!;
  const and = lang === 'fr' ? ' et ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

/**
 * Dates grouped by month, as in « le 30 septembre et les 1er, 4 et 7 octobre » / "30 September and 1, 4 and 7 October".
 * French puts `le` before a month with one day and `les` before a month with several; English has no article (the
 * caller writes "on"). Duplicates are dropped and dates are sorted. The year is printed when `year` is set, or for each
 * month when the dates span several years.
 */
export function groupDates(isoDates: readonly string[], lang: Lang, opts: { year?: boolean } = {}): string {
  const unique = [...new Set(isoDates)].sort();
  if (unique.length === 0) return '';
  const parsed = unique.map(parseIsoDate);
  const years = new Set(parsed.map((p) => p.y));
  const withYear = opts.year === true || years.size > 1;
  const groups: { y: number; m: number; days: number[] }[] = [];
  for (const p of parsed) {
    const last = groups[groups.length - 1];
    if (last && last.y === p.y && last.m === p.m) last.days.push(p.d);
    else groups.push({ y: p.y, m: p.m, days: [p.d] });
  }
  const parts = groups.map((g, i) => {
    const days = joinWords(
      g.days.map((d) => dayNumber(d, lang)),
      lang,
    );
    // Print the year of a group when asked and it is the last group of that year (« le 30 décembre 2021 et le 3 janvier 2022 »).
    const next = groups[i + 1];
    const yearHere = withYear && (!next || next.y !== g.y);
    const text = `${days} ${monthName(g.m, lang)}${yearHere ? ` ${g.y}` : ''}`;
    if (lang === 'fr') return `${g.days.length === 1 ? 'le' : 'les'} ${text}`;
    return text;
  });
  return joinWords(parts, lang);
}
