import { readFileSync } from 'fs';
import { join } from 'path';
import {
  DossierSchema,
  FOOTNOTE_REF,
  isChapeau,
  isHeading,
  paragraphSub,
  paragraphText,
  type BodyItem,
  type Dossier,
  type DossierInput,
  type DraftInput,
  type ParagraphInput,
} from '@concordia/schema';
import { statusFromSymbol } from '@concordia/domain';
import { composeReport, renderReport } from '@concordia/report';
import { DEMO_WORKING_DRAFT, withWorkingDraft } from './demo.service';

/**
 * The demo dossier: the record of A/76/463 (Third Committee, 76th session, item 108), with the full French
 * text of the seven recommended draft resolutions. Expected figures: resolution-structure.md §2.
 */
const raw: unknown = JSON.parse(readFileSync(join(__dirname, 'session-76-c3.json'), 'utf8'));

const NBSP = '\u00a0';

interface Expected {
  symbol: string;
  preamble: number;
  operative: number;
  sub: number;
  footnotes: number;
}

const EXPECTED: Expected[] = [
  { symbol: 'A/C.3/76/L.2', preamble: 6, operative: 13, sub: 0, footnotes: 20 },
  { symbol: 'A/C.3/76/L.3', preamble: 5, operative: 8, sub: 0, footnotes: 6 },
  { symbol: 'A/C.3/76/L.4', preamble: 14, operative: 18, sub: 0, footnotes: 15 },
  { symbol: 'A/C.3/76/L.5', preamble: 12, operative: 15, sub: 0, footnotes: 7 },
  { symbol: 'A/C.3/76/L.6', preamble: 25, operative: 20, sub: 0, footnotes: 15 },
  { symbol: 'A/C.3/76/L.10/Rev.1', preamble: 43, operative: 28, sub: 6, footnotes: 22 },
  { symbol: 'A/C.3/76/L.9/Rev.1', preamble: 74, operative: 77, sub: 0, footnotes: 46 },
];

function isParagraph(item: BodyItem): item is ParagraphInput {
  return !isHeading(item) && !isChapeau(item);
}

/** Every paragraph and sub-paragraph text of a list, in order. */
function paragraphTexts(items: ParagraphInput[]): string[] {
  return items.flatMap((p) => [paragraphText(p), ...paragraphTexts(paragraphSub(p))]);
}

/** All running text of a draft in document order (resolution, then annex). */
function draftTexts(d: DraftInput): { resolution: string[]; annex: string[] } {
  const t = d.text!;
  const resolution = [...paragraphTexts(t.preamble), ...paragraphTexts(t.operative.filter(isParagraph))];
  const annex: string[] = [];
  if (t.annex) {
    annex.push(t.annex.title, ...paragraphTexts(t.annex.preamble ?? []));
    for (const item of t.annex.body) {
      if (isHeading(item)) annex.push(item.heading);
      else if (isChapeau(item)) annex.push(item.chapeau);
      else annex.push(...paragraphTexts([item]));
    }
  }
  return { resolution, annex };
}

function refs(texts: string[]): string[] {
  return texts.flatMap((s) => [...s.matchAll(FOOTNOTE_REF)].map((m) => m[1]!));
}

/** Every string anywhere in a JSON value. */
function allStrings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(allStrings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(allStrings);
  return [];
}

describe('demo dossier session-76-c3.json (A/76/463)', () => {
  let dossier: Dossier;

  beforeAll(() => {
    dossier = DossierSchema.parse(raw);
  });

  const draft = (symbol: string): DraftInput => {
    const d = dossier.drafts.find((x) => x.symbol === symbol);
    if (!d) throw new Error(`no draft ${symbol}`);
    return d;
  };

  it('parses with DossierSchema', () => {
    expect(() => DossierSchema.parse(raw)).not.toThrow();
    expect(dossier.format).toBe('concordia-dossier/1');
    expect(dossier.session).toBe(76);
    expect(dossier.committee).toBe('C3');
  });

  it('has agenda item 108 with its allocation, documents and related items 109 and 110', () => {
    const item = dossier.agendaItems.find((a) => a.number === '108')!;
    expect(item.title.fr).toBe('Prévention du crime et justice pénale');
    expect(item.allocation).toEqual({
      plenaryMeeting: 2,
      date: '2021-09-17',
      onRecommendationOfGeneralCommittee: true,
    });
    expect(item.documents!.map((d) => d.symbol)).toEqual(['A/76/120', 'A/76/122']);
    expect(item.relatedItems).toEqual(['109', '110']);
    expect(dossier.agendaItems.map((a) => a.number)).toEqual(['108', '109', '110']);
  });

  it('records formal meetings 1–7, 10 and 12 and the informal virtual meeting', () => {
    const formal = dossier.meetings.filter((m) => m.kind === 'formal');
    expect(formal.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 10, 12]);
    for (const m of formal) expect(m.summaryRecord).toBe(`A/C.3/76/SR.${m.number}`);
    const dates = Object.fromEntries(formal.map((m) => [m.number, m.date]));
    expect(dates).toEqual({
      1: '2021-09-30',
      2: undefined,
      3: undefined,
      4: undefined,
      5: undefined,
      6: '2021-10-07',
      7: '2021-11-05',
      10: '2021-11-12',
      12: '2021-11-15',
    });
    const informal = dossier.meetings.find((m) => m.kind === 'informal-virtual')!;
    expect(informal).toMatchObject({
      number: 5,
      date: '2021-10-11',
      timeOfDay: 'afternoon',
      purpose: 'dialogue',
    });
    expect(informal.dialogueWith!.map((s) => s.delegation)).toEqual([
      'VEN',
      'NGA',
      'EU',
      'SGP',
      'SYR',
      'MEX',
      'BLR',
      'USA',
      'CHN',
      'QAT',
      'COL',
      'DZA',
    ]);
    expect(informal.statementsBy).toEqual([{ delegation: 'MAR', gender: 'female' }]);
  });

  it('has the seven drafts in the order of the report', () => {
    expect(dossier.drafts.map((d) => d.symbol)).toEqual(EXPECTED.map((e) => e.symbol));
    for (const d of dossier.drafts) expect(d.status).toBe('adopted');
  });

  describe.each(EXPECTED)('$symbol', (e) => {
    it('has the preambular, operative, sub-paragraph and footnote counts of resolution-structure.md', () => {
      const t = draft(e.symbol).text!;
      expect(t.language).toBe('fr');
      expect(t.preamble).toHaveLength(e.preamble);
      expect(t.operative.filter(isParagraph)).toHaveLength(e.operative);
      const subs = [...t.preamble, ...t.operative.filter(isParagraph)].reduce(
        (n, p) => n + paragraphSub(p).length,
        0,
      );
      expect(subs).toBe(e.sub);
      expect(Object.keys(t.footnotes ?? {})).toHaveLength(e.footnotes);
    });

    it('references every footnote once, in printed order, and only existing footnotes', () => {
      const t = draft(e.symbol).text!;
      const { resolution, annex } = draftTexts(draft(e.symbol));
      const all = refs([...resolution, ...annex]);
      const labels = Object.keys(t.footnotes ?? {}).sort((a, b) => Number(a) - Number(b));
      expect(all).toEqual(labels);
      expect(labels).toEqual(labels.map((_, i) => String(i + 1)));
    });

    it('ends each paragraph as printed and keeps no paragraph numbers or sub-paragraph labels', () => {
      const t = draft(e.symbol).text!;
      for (const p of t.preamble) {
        expect(paragraphText(p)).toMatch(paragraphSub(p).length ? new RegExp(`${NBSP}:$`) : /,$/);
        for (const s of paragraphSub(p)) {
          expect(paragraphText(s)).not.toMatch(/^[a-z]\)/);
          expect(paragraphText(s)).toMatch(/,$/);
        }
      }
      const ops = t.operative.filter(isParagraph).map(paragraphText);
      ops.forEach((s, i) => {
        expect(s).not.toMatch(/^\d+\.\s/);
        expect(s).toMatch(i === ops.length - 1 ? /\.$/ : new RegExp(`${NBSP};$`));
      });
    });
  });

  it('gives draft I the annexed Kyoto Declaration: 5 opening paragraphs, 3 chapeaux, 4 + 23 headings, 97 paragraphs', () => {
    const d = draft('A/C.3/76/L.2');
    const annex = d.text!.annex!;
    expect(annex.title).toBe(
      'Déclaration de Kyoto visant à faire progresser la prévention de la criminalité, la justice pénale et ' +
        `l’état de droit${NBSP}: vers la réalisation du Programme de développement durable à l’horizon 2030`,
    );
    expect(annex.preamble).toHaveLength(5);
    expect(paragraphText(annex.preamble![0]!)).toBe(
      'Nous, chefs d’État et de gouvernement, ministres et représentantes et représentants des États Membres,',
    );
    const body = annex.body;
    expect(body.filter(isParagraph)).toHaveLength(97);
    expect(body.filter(isChapeau).map((c) => c.chapeau)).toEqual([
      `Déclarons ce qui suit${NBSP}:`,
      `Nous entendons par conséquent prendre les mesures suivantes${NBSP}:`,
      `Afin qu’il soit donné suite comme il convient à la présente déclaration et à nos engagements${NBSP}:`,
    ]);
    const headings = body.filter(isHeading);
    expect(headings.filter((h) => h.level === 1).map((h) => h.heading)).toEqual([
      'Prévention de la criminalité',
      'Système de justice pénale',
      'Promotion de l’état de droit',
      'Promotion de la coopération internationale et de l’assistance technique pour prévenir et combattre ' +
        'toutes les formes de criminalité',
    ]);
    expect(headings.filter((h) => h.level === 2)).toHaveLength(23);
    // layout: chapeau, 1–20, chapeau, heading, sub-heading, 21 …, chapeau, 96, 97
    expect(isChapeau(body[0]!)).toBe(true);
    expect(isChapeau(body[21]!)).toBe(true);
    expect(body[22]).toEqual({ heading: 'Prévention de la criminalité', level: 1 });
    expect(isChapeau(body[body.length - 3]!)).toBe(true);
    // footnotes 1–2 in the resolution, 3–20 in the annex
    const { resolution, annex: annexTexts } = draftTexts(d);
    expect(refs(resolution)).toEqual(['1', '2']);
    expect(refs(annexTexts)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 3)));
  });

  it('keeps the text clean: curly apostrophes, French spacing, no page furniture', () => {
    const strings = allStrings(raw);
    for (const s of strings) {
      expect(s).not.toContain("'");
      expect(s).not.toMatch(/ [:;?!]/); // a space before « : ; ? ! » is always U+00A0
      expect(s).not.toMatch(/«(?!\u00a0)|(?<!\u00a0)»/);
      expect(s).not.toMatch(/21-17225|A\/76\/463|\b\d{1,2}\/80\b|_{3,}|undocs\.org|\n|\s{2,}/);
      expect(s).not.toMatch(/^\s|\s$/);
      expect(s).not.toMatch(/ \[\^/); // footnote calls are glued to the word they follow
    }
    // PDF artefacts undone
    const text = strings.join('\n');
    for (const artefact of [
      /\bcommun auté\b/,
      /\bactivi tés\b/,
      /[\s,]t elle\b/,
      / -(Bas|Siège|Unis)\b/,
      /Myanma r/,
    ]) {
      expect(text).not.toMatch(artefact);
    }
  });

  it('keeps the seed’s own misprints and placeholders as printed', () => {
    const vii = draft('A/C.3/76/L.9/Rev.1').text!;
    const ops = vii.operative.filter(isParagraph).map(paragraphText);
    expect(ops[20]).toContain('rappelle sa résolution du2021, intitulée');
    expect(ops[40]).toMatch(/^Réaffirme sa résolution __ de __ 2021 sur la réduction de la récidive/);
    expect(vii.footnotes!['7']).toBe('Résolution 76/…, annexe.');
    const iv = draft('A/C.3/76/L.5').text!;
    expect(paragraphTexts(iv.preamble).join(' ')).toContain('maintenir des instituons judiciaires');
  });

  it('matches the seed on spot-checked paragraphs', () => {
    const i = draft('A/C.3/76/L.2').text!;
    expect(paragraphText(i.preamble[5]!)).toBe(
      'Ayant examiné le rapport du quatorzième Congrès des Nations Unies pour la prévention du crime et la ' +
        'justice pénale[^1] et les recommandations que la Commission pour la prévention du crime et la justice ' +
        'pénale a émises à ce sujet à sa trentième session,',
    );
    expect(paragraphText(i.operative.filter(isParagraph)[4]!)).toBe(
      `Prend note avec satisfaction du rapport du quatorzième Congrès${NBSP};`,
    );
    expect(i.footnotes).toMatchObject({ '1': 'A/CONF.234/16.', '2': 'Ibid., par. 24 et annexe.' });
    const kyoto = i.annex!.body.filter(isParagraph).map(paragraphText);
    expect(kyoto[3]).toBe(
      `Nous nous engageons à promouvoir l’état de droit selon des approches multidimensionnelles${NBSP};`,
    );
    expect(kyoto[19]).toContain(
      'les Protocoles s’y rapportant[^5], la Convention des Nations Unies contre la corruption[^6], les trois',
    );
    expect(kyoto[96]).toMatch(/\.$/);

    const vi = draft('A/C.3/76/L.10/Rev.1').text!;
    const p10 = vi.preamble[9]!;
    expect(paragraphText(p10)).toBe(`Réaffirmant que le Plan d’action mondial a vocation à${NBSP}:`);
    expect(paragraphSub(p10).map(paragraphText)[0]).toMatch(
      /^promouvoir la ratification universelle de la Convention des Nations Unies contre la criminalité/,
    );
    expect(paragraphText(vi.preamble[5]!)).toMatch(
      /^Rappelant qu’elle a adopté le Programme de développement durable à l’horizon 2030\[\^1\], et rappelant/,
    );

    const vii = draft('A/C.3/76/L.9/Rev.1').text!;
    expect(paragraphText(vii.operative.filter(isParagraph)[0]!)).toBe(
      `Prend note avec satisfaction du rapport du Secrétaire général établi en application de sa résolution 75/196[^40]${NBSP};`,
    );
    expect(paragraphText(vii.operative.filter(isParagraph)[76]!)).toBe(
      'Prie le Secrétaire général de lui présenter, à sa soixante-dix-septième session, un rapport sur l’exécution ' +
        'des mandats relevant du programme des Nations Unies pour la prévention du crime et la justice pénale, qui ' +
        'rende compte également des nouveaux problèmes qui sont rencontrés et des solutions qui peuvent y être apportées.',
    );
  });

  it('lists the sponsors as printed in par. 16 and 22, as ISO 3166-1 alpha-3 codes', () => {
    const vi = draft('A/C.3/76/L.10/Rev.1');
    const vii = draft('A/C.3/76/L.9/Rev.1');
    expect(vi.revises).toBe('A/C.3/76/L.10');
    expect(vii.revises).toBe('A/C.3/76/L.9');
    expect(vi.mainSponsors).toHaveLength(20);
    expect(vi.additionalSponsors).toHaveLength(35);
    expect(vii.mainSponsors).toHaveLength(20);
    expect(vii.additionalSponsors).toHaveLength(81);
    expect(vi.mainSponsors!.slice(0, 3)).toEqual(['ARM', 'AZE', 'BLR']);
    expect(vi.mainSponsors!.at(-1)).toBe('VEN');
    expect(vi.additionalSponsors!.at(-1)).toBe('ZWE');
    expect(vii.mainSponsors!.slice(-5)).toEqual(['NLD', 'CAF', 'TJK', 'CZE', 'UKR']);
    expect(vii.additionalSponsors!.slice(0, 2)).toEqual(['AFG', 'DZA']);
    for (const d of [vi, vii]) {
      const all = [...d.mainSponsors!, ...d.additionalSponsors!];
      for (const c of all) expect(c).toMatch(/^[A-Z]{3}$/);
      expect(new Set(all).size).toBe(all.length);
    }
    for (const d of dossier.drafts.slice(0, 5)) {
      expect(d.origin.kind).toBe('chair-on-ecosoc-recommendation');
      expect(d.mainSponsors).toBeUndefined();
    }
  });

  it('records the actions in the order the report tells them', () => {
    for (const d of dossier.drafts.slice(0, 5)) {
      expect(d.actions).toEqual([{ meeting: 7, type: 'adoption', method: 'without-vote' }]);
    }
    const vi = draft('A/C.3/76/L.10/Rev.1').actions!;
    expect(vi.map((a) => a.type)).toEqual([
      'programme-budget-implications',
      'statement',
      'adoption',
      'statement',
      'right-of-reply',
    ]);
    const after = vi[3]!;
    if (after.type !== 'statement') throw new Error('expected a statement');
    expect(after.timing).toBe('after-action');
    expect(after.speakers).toHaveLength(27);
    expect(after.speakers[1]).toEqual({
      delegation: 'CAN',
      alsoOnBehalfOf: ['AUS', 'ISL', 'NZL', 'NOR', 'CHE', 'GBR'],
    });
    expect(after.speakers[2]).toEqual({
      delegation: 'EU',
      onBehalfOfMemberStatesAnd: ['ALB', 'BIH', 'MCO', 'MNE', 'MKD', 'UKR', 'USA'],
    });
    expect(after.observers).toEqual([{ delegation: 'VAT' }]);
    const vii = draft('A/C.3/76/L.9/Rev.1').actions!;
    expect(vii.map((a) => (a.type === 'statement' ? `statement:${a.timing}` : a.type))).toEqual([
      'statement:general',
      'adoption',
      'statement:before-action',
      'statement:after-action',
    ]);
  });
});

describe('the demo’s draft under negotiation', () => {
  it('is an informal copy of L.10/Rev.1 that the report on item 108 leaves out', () => {
    const plain = DossierSchema.parse(raw);
    const full = DossierSchema.parse(withWorkingDraft(raw as DossierInput));
    expect(full.drafts.map((d) => d.symbol)).toEqual([
      ...plain.drafts.map((d) => d.symbol),
      DEMO_WORKING_DRAFT,
    ]);
    const working = full.drafts.find((d) => d.symbol === DEMO_WORKING_DRAFT)!;
    expect(statusFromSymbol(working.symbol)).toBe('informal');
    expect(working.actions ?? []).toEqual([]);
    expect(working.mainSponsors).toEqual(['BLR', 'ARM']);
    expect(working.text).toEqual(plain.drafts.find((d) => d.symbol === 'A/C.3/76/L.10/Rev.1')!.text);
    for (const lang of ['fr', 'en'] as const) {
      const report = (d: Dossier) => renderReport(composeReport(d, { agendaItem: '108', lang }), 'txt');
      expect(report(full)).toBe(report(plain));
    }
  });
});
