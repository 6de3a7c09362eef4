import {
  atMeetings,
  deToA,
  enOrdinal,
  enOrdinalWords,
  formatDate,
  frOrdinal,
  frOrdinalWords,
  frTypography,
  enTypography,
  groupDates,
  joinWords,
  meetingNumbers,
  NBSP,
  quote,
  roman,
  sessionOrdinal,
  subLabel,
  withArticle,
  withDe,
} from './index';

describe('ordinals', () => {
  it('French numeric ordinals: 1re for meetings, 1er for days, {n}e otherwise', () => {
    expect(frOrdinal(1)).toBe('1re');
    expect(frOrdinal(1, 'm')).toBe('1er');
    expect(frOrdinal(2)).toBe('2e');
    expect(frOrdinal(7)).toBe('7e');
    expect(frOrdinal(12)).toBe('12e');
  });
  it('English numeric ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 47, 101, 111, 112].map(enOrdinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '47th',
      '101st',
      '111th',
      '112th',
    ]);
  });
  it('session ordinals in French words, as the seed prints them', () => {
    expect(sessionOrdinal(76, 'fr')).toBe('soixante-seizième');
    expect(sessionOrdinal(77, 'fr')).toBe('soixante-dix-septième');
    expect(frOrdinalWords(31)).toBe('trente et unième');
    expect(frOrdinalWords(14)).toBe('quatorzième');
    expect(frOrdinalWords(1)).toBe('première');
    expect(frOrdinalWords(1, 'm')).toBe('premier');
    expect(frOrdinalWords(71)).toBe('soixante et onzième');
    expect(frOrdinalWords(80)).toBe('quatre-vingtième');
    expect(frOrdinalWords(81)).toBe('quatre-vingt-unième');
    expect(frOrdinalWords(91)).toBe('quatre-vingt-onzième');
    expect(frOrdinalWords(99)).toBe('quatre-vingt-dix-neuvième');
    expect(frOrdinalWords(5)).toBe('cinquième');
    expect(frOrdinalWords(9)).toBe('neuvième');
    expect(frOrdinalWords(100)).toBe('centième');
    expect(frOrdinalWords(101)).toBe('cent unième');
    expect(frOrdinalWords(121)).toBe('cent vingt et unième');
    expect(frOrdinalWords(180)).toBe('cent quatre-vingtième');
    expect(frOrdinalWords(199)).toBe('cent quatre-vingt-dix-neuvième');
  });
  it('session ordinals in English words', () => {
    expect(sessionOrdinal(76, 'en')).toBe('seventy-sixth');
    expect(enOrdinalWords(1)).toBe('first');
    expect(enOrdinalWords(12)).toBe('twelfth');
    expect(enOrdinalWords(20)).toBe('twentieth');
    expect(enOrdinalWords(63)).toBe('sixty-third');
    expect(enOrdinalWords(100)).toBe('one hundredth');
    expect(enOrdinalWords(101)).toBe('one hundred and first');
    expect(enOrdinalWords(199)).toBe('one hundred and ninety-ninth');
  });
  it('every session 1–199 has a distinct word form in both languages', () => {
    for (const lang of ['fr', 'en'] as const) {
      const all = Array.from({ length: 199 }, (_, i) => sessionOrdinal(i + 1, lang));
      expect(new Set(all).size).toBe(199);
      for (const w of all) expect(w).toMatch(/^[a-zéè -]+$/);
    }
    expect(() => sessionOrdinal(200, 'fr')).toThrow(RangeError);
  });
  it('Roman numerals and sub-paragraph labels', () => {
    expect([1, 4, 7, 9, 14, 40].map(roman)).toEqual(['I', 'IV', 'VII', 'IX', 'XIV', 'XL']);
    expect(subLabel(0, 0)).toBe('a');
    expect(subLabel(26, 0)).toBe('aa');
    expect(subLabel(1, 1)).toBe('ii');
  });
});

describe('dates', () => {
  it('formats a date with 1er and no year unless asked', () => {
    expect(formatDate('2021-10-01', 'fr')).toBe('1er octobre');
    expect(formatDate('2021-09-17', 'fr', { year: true })).toBe('17 septembre 2021');
    expect(formatDate('2021-11-05', 'en')).toBe('5 November');
    expect(formatDate('2021-10-01', 'en', { year: true })).toBe('1 October 2021');
  });
  it('groups dates by month (seed par. 2)', () => {
    expect(groupDates(['2021-09-30', '2021-10-01', '2021-10-04', '2021-10-07'], 'fr')).toBe(
      'le 30 septembre et les 1er, 4 et 7 octobre',
    );
    expect(groupDates(['2021-11-05', '2021-11-12', '2021-11-15'], 'fr')).toBe('les 5, 12 et 15 novembre');
    expect(groupDates(['2021-11-05'], 'fr')).toBe('le 5 novembre');
    expect(groupDates(['2021-09-30', '2021-10-01', '2021-10-04', '2021-10-07'], 'en')).toBe(
      '30 September and 1, 4 and 7 October',
    );
    expect(groupDates(['2021-10-07', '2021-09-30', '2021-10-07'], 'fr')).toBe(
      'le 30 septembre et le 7 octobre',
    );
    expect(groupDates(['2021-09-30', '2021-10-04', '2021-11-02'], 'fr')).toBe(
      'le 30 septembre, le 4 octobre et le 2 novembre',
    );
    expect(groupDates(['2021-12-30', '2022-01-03'], 'fr')).toBe('le 30 décembre 2021 et le 3 janvier 2022');
  });
});

describe('lists and meetings', () => {
  it('joins without a serial comma', () => {
    expect(joinWords(['a', 'b', 'c'], 'fr')).toBe('a, b et c');
    expect(joinWords(['a', 'b'], 'en')).toBe('a and b');
    expect(joinWords(['a'], 'en')).toBe('a');
  });
  it('meeting lists and ranges', () => {
    expect(meetingNumbers([7, 10, 12], 'fr')).toBe('7e, 10e et 12e');
    expect(meetingNumbers([1, 2, 3, 4, 5, 6], 'fr')).toBe('1re à 6e');
    expect(meetingNumbers([1, 2, 3, 4, 5, 6], 'en')).toBe('1st to 6th');
    expect(atMeetings([7, 10, 12], 'fr')).toBe('à ses 7e, 10e et 12e séances');
    expect(atMeetings([7], 'fr')).toBe('à sa 7e séance');
    expect(atMeetings([7, 8], 'en')).toBe('at its 7th and 8th meetings');
  });
  it('French articles', () => {
    expect(withDe('du', 'Bélarus')).toBe('du Bélarus');
    expect(withDe('de la', 'Chine')).toBe('de la Chine');
    expect(withDe('de l’', 'Italie')).toBe('de l’Italie');
    expect(withDe('des', 'Pays-Bas')).toBe('des Pays-Bas');
    expect(withDe('de', 'Monaco')).toBe('de Monaco');
    expect(withArticle('du', 'Mexique')).toBe('le Mexique');
    expect(withArticle('de l’', 'Italie')).toBe('l’Italie');
    expect(deToA('du Bélarus')).toBe('au Bélarus');
    expect(deToA('des Pays-Bas')).toBe('aux Pays-Bas');
  });
});

describe('typography', () => {
  it('French: no-break spaces before : ; ? ! and inside « », ’ for the apostrophe', () => {
    expect(frTypography('suivants : a ; b')).toBe(`suivants${NBSP}: a${NBSP}; b`);
    expect(frTypography('suivants: a')).toBe(`suivants${NBSP}: a`);
    expect(frTypography('« Titre »')).toBe(`«${NBSP}Titre${NBSP}»`);
    expect(frTypography('«Titre»')).toBe(`«${NBSP}Titre${NBSP}»`);
    expect(frTypography("l'Italie")).toBe('l’Italie');
    expect(frTypography('Vraiment?')).toBe(`Vraiment${NBSP}?`);
    expect(frTypography('adresse suivante : https://journal.un.org/?a=1;b')).toBe(
      `adresse suivante${NBSP}: https://journal.un.org/?a=1;b`,
    );
    expect(frTypography('à 10:30 h')).toBe('à 10:30 h');
  });
  it('English: curly quotes and apostrophes', () => {
    expect(enTypography('the item entitled "Crime prevention" and Côte d\'Ivoire')).toBe(
      'the item entitled “Crime prevention” and Côte d’Ivoire',
    );
    expect(quote('Titre', 'fr')).toBe(`«${NBSP}Titre${NBSP}»`);
    expect(quote('Title', 'en')).toBe('“Title”');
  });
});
