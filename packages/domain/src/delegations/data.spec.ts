import { DELEGATIONS, ENTITIES, MEMBER_STATES, OBSERVER_STATES } from './data';
import { GROUPS } from './groups';
import { nameFor } from './names';
import type { Delegation } from './types';

const byCode = new Map(DELEGATIONS.map((d) => [d.code, d]));
const get = (code: string): Delegation => {
  const d = byCode.get(code);
  if (!d) throw new Error(`no ${code}`);
  return d;
};

/** Every string of a delegation or group, to check typography across the whole data set. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('delegation data', () => {
  it('has the 193 Member States, the two observer States and the EU', () => {
    expect(MEMBER_STATES).toHaveLength(193);
    expect(MEMBER_STATES.every((d) => d.kind === 'member-state')).toBe(true);
    expect(OBSERVER_STATES.map((d) => [d.code, d.kind, d.en.short, d.fr.short])).toEqual([
      ['VAT', 'observer-state', 'Holy See', 'Saint-Siège'],
      ['PSE', 'observer-state', 'State of Palestine', 'État de Palestine'],
    ]);
    expect([get('EU').kind, get('EU').en.short, get('EU').fr.short]).toEqual([
      'entity',
      'European Union',
      'Union européenne',
    ]);
  });

  it('gives States ISO alpha-3 codes and entities their documented codes', () => {
    expect(new Set(DELEGATIONS.map((d) => d.code)).size).toBe(DELEGATIONS.length);
    for (const d of [...MEMBER_STATES, ...OBSERVER_STATES]) expect(d.code).toMatch(/^[A-Z]{3}$/);
    expect(ENTITIES.map((d) => d.code)).toEqual([
      'EU',
      'AU',
      'ICRC',
      'IFRC',
      'SMOM',
      'IOM',
      'IDLO',
      'IPU',
      'OIF',
    ]);
  });

  it('keeps group codes apart from delegation codes', () => {
    expect(new Set(GROUPS.map((g) => g.code)).size).toBe(GROUPS.length);
    for (const g of GROUPS) expect(byCode.has(g.code)).toBe(false);
    for (const g of GROUPS) for (const m of g.members ?? []) expect(byCode.has(m)).toBe(true);
    expect(GROUPS.find((g) => g.code === 'EU-MS')?.members).toHaveLength(27);
  });

  it('uses the typographic apostrophe and clean spacing everywhere', () => {
    for (const s of [...strings(DELEGATIONS), ...strings(GROUPS)]) {
      expect(s).not.toMatch(/'/);
      expect(s).toBe(s.trim());
      expect(s).not.toMatch(/\s{2}/);
    }
  });

  it('prints the UN names the brief and the seed rely on', () => {
    const names = (code: string) => [get(code).en.short, get(code).fr.short];
    expect(names('VEN')).toEqual([
      'Venezuela (Bolivarian Republic of)',
      'Venezuela (République bolivarienne du)',
    ]);
    expect(names('BOL')).toEqual(['Bolivia (Plurinational State of)', 'Bolivie (État plurinational de)']);
    expect(names('IRN')).toEqual(['Iran (Islamic Republic of)', 'Iran (République islamique d’)']);
    expect(names('FSM')).toEqual(['Micronesia (Federated States of)', 'Micronésie (États fédérés de)']);
    expect(names('GBR')).toEqual([
      'United Kingdom of Great Britain and Northern Ireland',
      'Royaume-Uni de Grande-Bretagne et d’Irlande du Nord',
    ]);
    expect(names('USA')).toEqual(['United States of America', 'États-Unis d’Amérique']);
    expect(names('RUS')).toEqual(['Russian Federation', 'Fédération de Russie']);
    expect(names('BLR')).toEqual(['Belarus', 'Bélarus']);
    expect(names('NGA')).toEqual(['Nigeria', 'Nigéria']);
    expect(names('CZE')).toEqual(['Czechia', 'Tchéquie']);
    expect(names('VNM')).toEqual(['Viet Nam', 'Viet Nam']);
    expect(names('TUR')).toEqual(['Türkiye', 'Türkiye']);
    expect(names('CIV')).toEqual(['Côte d’Ivoire', 'Côte d’Ivoire']);
    expect(names('VCT')).toEqual(['Saint Vincent and the Grenadines', 'Saint-Vincent-et-les Grenadines']);
    expect(get('VEN').fr.running).toBe('République bolivarienne du Venezuela');
    expect(get('IRN').fr.running).toBe('République islamique d’Iran');
  });

  it('gives "the" to the names that take it in running English', () => {
    const withThe = DELEGATIONS.filter((d) => d.kind === 'member-state' && d.en.article).map((d) => d.code);
    expect(withThe.sort()).toEqual(
      [
        'ARE',
        'BHS',
        'BOL',
        'CAF',
        'COD',
        'COG',
        'COM',
        'DOM',
        'FSM',
        'GBR',
        'GMB',
        'IRN',
        'KOR',
        'LAO',
        'MDA',
        'MHL',
        'NER',
        'NLD',
        'PHL',
        'PRK',
        'RUS',
        'SDN',
        'SYR',
        'TZA',
        'USA',
        'VEN',
      ].sort(),
    );
  });

  /**
   * Spelling cannot decide the article, but it can rule some out: « de l’ » needs a vowel or a mute h,
   * « du » and « de la » need a consonant, « des » needs a plural. This catches typos in the data.
   */
  it('has a French « de » consistent with the name', () => {
    // Y is a consonant here (`du Yémen`).
    const vowel = /^[AEIOUÀÂÉÈÊÎÏÔÖÙÛÜ]/;
    const pluralWithoutS = new Set(['Fidji', 'Tonga']);
    for (const d of DELEGATIONS) {
      const running = nameFor(d, 'fr', 'running');
      const label = `${d.code} ${d.fr.de} ${running}`;
      if (d.fr.de === 'de l’') expect([label, vowel.test(running)]).toEqual([label, true]);
      if (d.fr.de === 'du' || d.fr.de === 'de la')
        expect([label, vowel.test(running)]).toEqual([label, false]);
      if (d.fr.de === 'des') {
        expect([label, /s\b/.test(running.split(' ')[0]!) || pluralWithoutS.has(running)]).toEqual([
          label,
          true,
        ]);
      }
    }
  });

  it('records former names with their French « de », oldest session first', () => {
    for (const d of DELEGATIONS) {
      for (const h of d.history ?? []) {
        expect(Number.isInteger(h.untilSession)).toBe(true);
        if (h.fr !== undefined) expect([d.code, h.frDe]).toEqual([d.code, expect.any(String)]);
      }
    }
    expect(get('TUR').history).toEqual([{ untilSession: 76, en: 'Turkey', fr: 'Turquie', frDe: 'de la' }]);
  });
});
