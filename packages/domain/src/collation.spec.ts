import * as fs from 'fs';
import * as path from 'path';
import { compareNames, joinList, sortDelegations } from './collation';
import { nameFor } from './delegations/names';
import { delegations } from './delegations/registry';
import type { Delegation } from './delegations/types';

/** The facts of A/76/463 (public UN text), a fixture of this package. */
const REPORT = path.resolve(__dirname, 'testing/fixtures/report-76-crime.json');

function loadReport(): {
  drafts: { symbol: string; mainSponsors: string[]; additionalSponsors: string[] }[];
} {
  if (!fs.existsSync(REPORT)) {
    throw new Error(`Fixture missing: ${REPORT}. The collation checks need the A/76/463 sponsor lists.`);
  }
  return JSON.parse(fs.readFileSync(REPORT, 'utf8'));
}

const report = loadReport();
const lists = report.drafts
  .flatMap((d) => [
    [`${d.symbol} main sponsors`, d.mainSponsors] as const,
    [`${d.symbol} additional sponsors`, d.additionalSponsors] as const,
  ])
  .filter(([, names]) => names.length > 0);

/** A deterministic shuffle (mulberry32), so a failure is reproducible. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function resolveAll(names: readonly string[]): Delegation[] {
  return names.map((n) => {
    const r = delegations.resolve(n);
    if (!r.ok) throw new Error(`${n} does not resolve`);
    return r.delegation;
  });
}

describe('French collation of the A/76/463 sponsor lists', () => {
  it('covers the four printed lists', () => {
    expect(lists.map(([label, names]) => [label, names.length])).toEqual([
      ['A/C.3/76/L.10/Rev.1 main sponsors', 20],
      ['A/C.3/76/L.10/Rev.1 additional sponsors', 35],
      ['A/C.3/76/L.9/Rev.1 main sponsors', 20],
      ['A/C.3/76/L.9/Rev.1 additional sponsors', 81],
    ]);
  });

  it.each(lists)('%s: sorting shuffled names gives the printed order', (_, printed) => {
    for (const seed of [1, 2, 3, 76, 463]) {
      expect(shuffled(printed, seed).sort(compareNames('fr'))).toEqual(printed);
    }
    expect([...printed].reverse().sort(compareNames('fr'))).toEqual(printed);
  });

  it.each(lists)(
    '%s: sorting delegations by their session-76 names gives the printed order',
    (_, printed) => {
      const sorted = sortDelegations(shuffled(resolveAll(printed), 7), 'fr', 76);
      expect(sorted.map((d) => nameFor(d, 'fr', 'short', 76))).toEqual(printed);
    },
  );

  it('needs a real collation: a code-point sort misorders three of the four lists', () => {
    const misordered = lists.filter(
      ([, printed]) => JSON.stringify([...printed].sort()) !== JSON.stringify(printed),
    );
    expect(misordered.map(([label]) => label)).toEqual([
      'A/C.3/76/L.10/Rev.1 main sponsors',
      'A/C.3/76/L.10/Rev.1 additional sponsors',
      'A/C.3/76/L.9/Rev.1 additional sponsors',
    ]);
  });

  it('ignores accents at the first level and breaks ties on them', () => {
    const names = [
      'Érythrée',
      'Émirats arabes unis',
      'El Salvador',
      'Égypte',
      'Estonie',
      'États-Unis d’Amérique',
    ];
    expect(names.sort(compareNames('fr'))).toEqual([
      'Égypte',
      'El Salvador',
      'Émirats arabes unis',
      'Érythrée',
      'Estonie',
      'États-Unis d’Amérique',
    ]);
  });

  it('sorts word by word, as UN French lists do', () => {
    const names = [
      'République-Unie de Tanzanie',
      'République dominicaine',
      'République démocratique populaire lao',
      'République démocratique du Congo',
      'République de Moldova',
      'République de Corée',
      'Guinée-Bissau',
      'Guinée équatoriale',
      'Guinée',
    ];
    expect(names.sort(compareNames('fr'))).toEqual([
      'Guinée',
      'Guinée équatoriale',
      'Guinée-Bissau',
      'République de Corée',
      'République de Moldova',
      'République démocratique du Congo',
      'République démocratique populaire lao',
      'République dominicaine',
      'République-Unie de Tanzanie',
    ]);
  });
});

describe('sortDelegations', () => {
  const codes = (list: readonly Delegation[]) => list.map((d) => d.code);
  const some = resolveAll(['RUS', 'GBR', 'CAF', 'TUR', 'TKM', 'TUN', 'CIV', 'CRI']);

  it('sorts French names under their first printed word', () => {
    expect(codes(sortDelegations(some, 'fr'))).toEqual([
      'CRI',
      'CIV',
      'RUS',
      'CAF',
      'GBR',
      'TUN',
      'TUR',
      'TKM',
    ]);
  });

  it('sorts English names, which put other States first', () => {
    expect(codes(sortDelegations(some, 'en'))).toEqual([
      'CAF',
      'CRI',
      'CIV',
      'RUS',
      'TUN',
      'TUR',
      'TKM',
      'GBR',
    ]);
  });

  it('uses the name in force at the session', () => {
    // Türkiye sorts before Turkménistan (`Turki` < `Turkm`), but Turquie after it (`Turk` < `Turq`).
    expect(codes(sortDelegations(resolveAll(['TKM', 'TUR']), 'fr'))).toEqual(['TUR', 'TKM']);
    expect(codes(sortDelegations(resolveAll(['TUR', 'TKM']), 'fr', 76))).toEqual(['TKM', 'TUR']);
    expect(codes(sortDelegations(resolveAll(['TUR', 'TUN']), 'fr', 76))).toEqual(['TUN', 'TUR']);
    expect(codes(sortDelegations(resolveAll(['TUR', 'TKM']), 'en', 76))).toEqual(['TUR', 'TKM']);
  });

  it('does not mutate its input', () => {
    const input = resolveAll(['ZWE', 'AFG']);
    sortDelegations(input, 'fr');
    expect(codes(input)).toEqual(['ZWE', 'AFG']);
  });
});

describe('joinList', () => {
  it('joins French lists with « et » and no comma before it', () => {
    expect(joinList(['Turkménistan', 'Venezuela (République bolivarienne du)'], 'fr')).toBe(
      'Turkménistan et Venezuela (République bolivarienne du)',
    );
    expect(joinList(['du Bélarus', 'de la Lituanie', 'de la Pologne'], 'fr')).toBe(
      'du Bélarus, de la Lituanie et de la Pologne',
    );
  });

  it('joins English lists with "and" and no serial comma', () => {
    expect(joinList(['Armenia', 'Azerbaijan', 'Belarus'], 'en')).toBe('Armenia, Azerbaijan and Belarus');
  });

  it('handles short lists', () => {
    expect(joinList([], 'fr')).toBe('');
    expect(joinList(['Chine'], 'fr')).toBe('Chine');
    expect(joinList(['Mexico', 'Peru'], 'en')).toBe('Mexico and Peru');
  });
});
