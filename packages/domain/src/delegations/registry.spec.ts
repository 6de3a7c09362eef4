import { DelegationRegistry, delegations } from './registry';
import type { Delegation } from './types';

function code(ref: string): string | undefined {
  const r = delegations.resolve(ref);
  return r.ok ? r.delegation.code : undefined;
}

function suggestions(ref: string): string[] {
  const r = delegations.resolve(ref);
  if (r.ok) throw new Error(`${ref} unexpectedly resolved to ${r.delegation.code}`);
  return r.suggestions;
}

const get = (c: string): Delegation => {
  const d = delegations.byCode(c);
  if (!d) throw new Error(`no ${c}`);
  return d;
};

describe('DelegationRegistry.resolve', () => {
  it('resolves codes case-insensitively', () => {
    expect(code('FRA')).toBe('FRA');
    expect(code('fra')).toBe('FRA');
    expect(code(' eu ')).toBe('EU');
    expect(code('vat')).toBe('VAT');
  });

  it('resolves English and French list forms, running forms and aliases', () => {
    expect(code('Venezuela (Bolivarian Republic of)')).toBe('VEN');
    expect(code('Venezuela (République bolivarienne du)')).toBe('VEN');
    expect(code('République bolivarienne du Venezuela')).toBe('VEN');
    expect(code('the Bolivarian Republic of Venezuela')).toBe('VEN');
    expect(code('Bolivarian Republic of Venezuela')).toBe('VEN');
    expect(code('République islamique d’Iran')).toBe('IRN');
    expect(code('the Netherlands')).toBe('NLD');
    expect(code('Pays-Bas')).toBe('NLD');
    expect(code('Saint-Siège')).toBe('VAT');
    expect(code('Union européenne')).toBe('EU');
    expect(code('Belarus')).toBe('BLR');
    expect(code('Swaziland')).toBe('SWZ');
    expect(code('République tchèque')).toBe('CZE');
    expect(code('Turquie')).toBe('TUR');
    expect(code('Turkey')).toBe('TUR');
    expect(code('ex-République yougoslave de Macédoine')).toBe('MKD');
  });

  it('ignores apostrophe style, case and spacing', () => {
    expect(code("Côte d'Ivoire")).toBe('CIV');
    expect(code("ÉTATS-UNIS D'AMÉRIQUE")).toBe('USA');
    expect(code('  Viet   Nam ')).toBe('VNM');
    expect(code("Royaume-Uni de Grande-Bretagne et d'Irlande du Nord")).toBe('GBR');
  });

  it('requires accents: an exact name, not a look-alike', () => {
    expect(code('Tchequie')).toBeUndefined();
    expect(code('Bélarus')).toBe('BLR');
    expect(code('Belarus')).toBe('BLR');
  });

  it('suggests the closest names on failure', () => {
    expect(suggestions('Azerbaidjan')[0]).toBe('Azerbaïdjan');
    expect(suggestions('Armenie')[0]).toBe('Arménie');
    expect(suggestions('Untied States')[0]).toBe('United States of America');
    expect(suggestions('Tchequie')[0]).toBe('Tchéquie');
  });

  it('suggests at most three names, one per delegation, closest first, and none for noise', () => {
    expect(suggestions('Guine')).toEqual(['Guinea', 'Chine']);
    expect(suggestions('Swizerland')).toEqual(['Switzerland']);
    expect(suggestions('Armenie')).toEqual(['Arménie']);
    expect(suggestions('Tongo')).toEqual(['Congo', 'Togo', 'Tonga']);
    expect(suggestions('Iram')).toEqual(['Iran (Islamic Republic of)', 'Iraq']);
    expect(suggestions('Gabun')).toEqual(['Gabon']);
    expect(suggestions('Qwxzv plorgh')).toEqual([]);
    expect(suggestions('')).toEqual([]);
  });
});

describe('French and English forms', () => {
  it.each([
    ['BLR', 'du Bélarus', 'au Bélarus', 'le Bélarus'],
    ['CHN', 'de la Chine', 'à la Chine', 'la Chine'],
    ['ITA', 'de l’Italie', 'à l’Italie', 'l’Italie'],
    ['USA', 'des États-Unis d’Amérique', 'aux États-Unis d’Amérique', 'les États-Unis d’Amérique'],
    ['MCO', 'de Monaco', 'à Monaco', 'Monaco'],
    ['SGP', 'de Singapour', 'à Singapour', 'Singapour'],
    ['CUB', 'de Cuba', 'à Cuba', 'Cuba'],
    ['ISR', 'd’Israël', 'à Israël', 'Israël'],
    ['HTI', 'd’Haïti', 'à Haïti', 'Haïti'],
    ['SLV', 'd’El Salvador', 'à El Salvador', 'El Salvador'],
    ['OMN', 'd’Oman', 'à Oman', 'Oman'],
    ['HUN', 'de la Hongrie', 'à la Hongrie', 'la Hongrie'],
    ['HND', 'du Honduras', 'au Honduras', 'le Honduras'],
    [
      'VEN',
      'de la République bolivarienne du Venezuela',
      'à la République bolivarienne du Venezuela',
      'la République bolivarienne du Venezuela',
    ],
    [
      'BOL',
      'de l’État plurinational de Bolivie',
      'à l’État plurinational de Bolivie',
      'l’État plurinational de Bolivie',
    ],
    [
      'FSM',
      'des États fédérés de Micronésie',
      'aux États fédérés de Micronésie',
      'les États fédérés de Micronésie',
    ],
    ['VAT', 'du Saint-Siège', 'au Saint-Siège', 'le Saint-Siège'],
    ['PSE', 'de l’État de Palestine', 'à l’État de Palestine', 'l’État de Palestine'],
    ['EU', 'de l’Union européenne', 'à l’Union européenne', 'l’Union européenne'],
  ])('%s: %s / %s / %s', (c, de, a, article) => {
    const d = get(c);
    expect(delegations.frWithDe(d)).toBe(de);
    expect(delegations.frWithA(d)).toBe(a);
    expect(delegations.frWithArticle(d)).toBe(article);
  });

  it('prints the Netherlands by session', () => {
    const nld = get('NLD');
    expect(delegations.frWithDe(nld, 76)).toBe('des Pays-Bas');
    expect(delegations.frWithA(nld, 76)).toBe('aux Pays-Bas');
    expect(delegations.enRunning(nld, 76)).toBe('the Netherlands');
    expect(delegations.frWithDe(nld)).toBe('du Royaume des Pays-Bas');
    expect(delegations.enRunning(nld)).toBe('the Kingdom of the Netherlands');
  });

  it.each([
    ['CAN', 'Canada'],
    ['PHL', 'the Philippines'],
    ['RUS', 'the Russian Federation'],
    ['SDN', 'the Sudan'],
    ['SSD', 'South Sudan'],
    ['NER', 'the Niger'],
    ['GMB', 'the Gambia'],
    ['GBR', 'the United Kingdom of Great Britain and Northern Ireland'],
    ['KOR', 'the Republic of Korea'],
    ['VEN', 'the Bolivarian Republic of Venezuela'],
    ['IRN', 'the Islamic Republic of Iran'],
    ['TUR', 'Türkiye'],
    ['VAT', 'the Holy See'],
  ])('enRunning(%s) is %s', (c, expected) => {
    expect(delegations.enRunning(get(c))).toBe(expected);
  });

  it('applies former names to every form', () => {
    const mkd = get('MKD');
    expect(delegations.frWithDe(mkd, 73)).toBe('de l’ex-République yougoslave de Macédoine');
    expect(delegations.frWithDe(mkd, 74)).toBe('de la Macédoine du Nord');
    expect(delegations.enRunning(get('CZE'), 70)).toBe('the Czech Republic');
    expect(delegations.enRunning(get('CZE'), 71)).toBe('Czechia');
    expect(delegations.frWithDe(get('SWZ'), 72)).toBe('du Swaziland');
    expect(delegations.frWithDe(get('SWZ'), 73)).toBe('de l’Eswatini');
  });
});

describe('groups', () => {
  it('finds groups by code, case-insensitively, and by name', () => {
    expect(delegations.groupByCode('g77')?.frDe).toBe('du Groupe des 77 et de la Chine');
    expect(delegations.groupByCode('ASEAN')?.frDe).toBe('de l’Association des nations de l’Asie du Sud-Est');
    expect(delegations.resolveGroup('Association des nations de l’Asie du Sud-Est')?.code).toBe('ASEAN');
    expect(delegations.resolveGroup("Association des nations de l'Asie du Sud-Est")?.code).toBe('ASEAN');
    expect(delegations.groupByCode('NAM')).toBeUndefined();
    expect(delegations.byCode('NAM')?.en.short).toBe('Namibia');
  });
});

describe('extra delegations', () => {
  const extra: Delegation = {
    code: 'XCO',
    kind: 'entity',
    en: { short: 'Example Commission', article: true },
    fr: { short: 'Commission exemple', de: 'de la' },
  };

  it('are resolved like the built-in ones, without changing the shared registry', () => {
    const registry = new DelegationRegistry([extra]);
    expect(registry.all()).toHaveLength(delegations.all().length + 1);
    const r = registry.resolve('commission exemple');
    expect(r.ok && r.delegation.code).toBe('XCO');
    expect(registry.frWithDe(extra)).toBe('de la Commission exemple');
    expect(delegations.resolve('XCO').ok).toBe(false);
  });

  it('may not reuse a code or a name', () => {
    expect(() => new DelegationRegistry([{ ...extra, code: 'fra' }])).toThrow(/FRA|fra/);
    expect(() => new DelegationRegistry([{ ...extra, fr: { short: 'Chine', de: 'de la' } }])).toThrow(
      /Chine/,
    );
  });
});

describe('DelegationRegistry.sortCodes', () => {
  it('orders codes by their names in the language, unknown codes last in their order', () => {
    const r = new DelegationRegistry();
    expect(r.sortCodes(['EGY', 'ZZZ', 'ARE', 'SLV', 'ERI', 'DZA', 'AAA'], 'fr')).toEqual([
      'DZA',
      'EGY',
      'SLV',
      'ARE',
      'ERI',
      'ZZZ',
      'AAA',
    ]);
    expect(r.sortCodes(['EGY', 'DZA', 'ARE'], 'en')).toEqual(['DZA', 'EGY', 'ARE']);
    expect(r.sortCodes(['TUR', 'TGO'], 'fr', 76)).toEqual(['TGO', 'TUR']);
    expect(r.sortCodes(['TUR', 'TGO'], 'fr')).toEqual(['TGO', 'TUR']);
  });
});
