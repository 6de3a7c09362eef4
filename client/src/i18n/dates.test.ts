import { formatDate, formatDateTime } from './dates';

describe('dates in UN style', () => {
  it('prints a day as day, month in words, year — never the US order', () => {
    expect(formatDate('2021-11-15', 'en')).toBe('15 November 2021');
    expect(formatDate('2021-11-15', 'fr')).toBe('15 novembre 2021');
  });

  it('prints a calendar date as that day whatever the time zone of the browser', () => {
    expect(formatDate('2021-11-01', 'en')).toBe('1 November 2021');
  });

  it('prints an instant with a 24-hour time, in the zone asked for', () => {
    const at = '2021-11-15T19:30:00Z';
    expect(formatDateTime(at, 'en', 'America/New_York')).toMatch(/^15 November 2021, 14:30 /);
    expect(formatDateTime(at, 'fr', 'America/New_York')).toMatch(/^15 novembre 2021, 14:30 /);
  });
});
