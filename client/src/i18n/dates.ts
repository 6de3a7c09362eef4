import type { Lang } from '.';

/**
 * Dates as the UN's documents print them: day, month in words, year ("15 November 2021", « 15 novembre 2021 »),
 * never the US order. English uses the British locale for that order; the 24-hour clock in both languages.
 */
const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

const cache = new Map<string, Intl.DateTimeFormat>();
function format(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(LOCALE[lang], options)));
  return f;
}

/** A calendar date (`2021-11-15`, as meetings have) is a day, not an instant: read and printed in UTC. */
function toDate(value: string | Date): { date: Date; dayOnly: boolean } {
  if (value instanceof Date) return { date: value, dayOnly: false };
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return { date: new Date(dayOnly ? `${value}T00:00:00Z` : value), dayOnly };
}

/** « 15 novembre 2021 » / "15 November 2021". */
export function formatDate(value: string | Date, lang: Lang, timeZone?: string): string {
  const { date, dayOnly } = toDate(value);
  return format(lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...((dayOnly || timeZone) && { timeZone: dayOnly ? 'UTC' : timeZone }),
  }).format(date);
}

/** « 15 novembre 2021, 14:30 » / "15 November 2021, 14:30"; with the zone's name when one is given. */
export function formatDateTime(value: string | Date, lang: Lang, timeZone?: string): string {
  const { date } = toDate(value);
  const time = format(lang, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone && { timeZone, timeZoneName: 'short' }),
  }).format(date);
  return `${formatDate(date, lang, timeZone)}, ${time}`;
}
