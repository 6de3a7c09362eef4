/**
 * Test fixtures (the `.test.ts` suffix keeps this file out of the build, and Jest runs only `*.spec.ts`).
 *
 * `crime76()` rebuilds the record of A/76/463 (agenda item 108 of the 76th session) from
 * fixtures/report-76-crime.json — every fact of the seed but the texts of the drafts — so that chapters I
 * and II can be compared with the seed whatever the state of the demo dossier.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Dossier, DraftInput } from '@concordia/schema';

/** Public UN text and facts (A/76/463, French) and the OASIS Akoma Ntoso 3.0 schema, kept in the repository. */
export const FIXTURES = path.join(__dirname, 'fixtures');
export const SEED_PATH = path.join(FIXTURES, 'A-76-463.fr.txt');
export const FACTS_PATH = path.join(FIXTURES, 'report-76-crime.json');
export const AKN_XSD_PATH = path.join(FIXTURES, 'akn/akomantoso30.xsd');
export const DEMO_PATH = path.resolve(__dirname, '../../../../server/src/demo/session-76-c3.json');

interface Facts {
  agendaItem: { number: number; title: string };
  relatedAgendaItems: { number: number; title: string }[];
  documents: { symbol: string; title: string }[];
  meetings: {
    number: number;
    date: string | null;
    kind: string;
    purpose: string;
    summaryRecord?: string;
    timeOfDay?: string;
  }[];
  drafts: {
    symbol: string;
    title: string;
    submittedBy: string;
    ecosocResolution: string | null;
    mainSponsors: string[];
    additionalSponsors: string[];
    meeting: number;
    statements: {
      when: string;
      speakers: string[];
      speakersDetail: { name: string; qualifier?: string; role?: string }[];
    }[];
    programmeBudgetImplications: boolean;
    rightOfReply: string[];
  }[];
  informalMeetingAnnex: { openingStatementBy: string; questionsFrom: string[] };
}

export function facts(): Facts {
  return JSON.parse(fs.readFileSync(FACTS_PATH, 'utf8')) as Facts;
}

/** Qualifiers of par. 20, as structured data. */
const QUALIFIERS: Record<string, object> = {
  Canada: { alsoOnBehalfOf: ['AUS', 'ISL', 'NZL', 'NOR', 'CHE', 'GBR'] },
  'Union européenne': { onBehalfOfMemberStatesAnd: ['ALB', 'BIH', 'MCO', 'MNE', 'MKD', 'UKR', 'USA'] },
  Liechtenstein: { alsoOnBehalfOf: ['AUS', 'NLD'] },
};

export function crime76(): Dossier {
  const f = facts();
  const meetings: Dossier['meetings'] = f.meetings.map((m) => ({
    number: m.number,
    ...(m.date ? { date: m.date } : {}),
    kind: m.kind as 'formal' | 'informal-virtual',
    ...(m.summaryRecord ? { summaryRecord: m.summaryRecord } : {}),
    ...(m.kind === 'formal'
      ? { purpose: m.purpose as 'general-debate' | 'action', agendaItems: ['108'] }
      : { purpose: 'dialogue' as const, agendaItems: ['108', '109', '110'] }),
    ...(m.timeOfDay ? { timeOfDay: 'afternoon' as const } : {}),
  }));
  const informal = meetings.find((m) => m.kind === 'informal-virtual')!;
  informal.openingStatementBy = { fr: f.informalMeetingAnnex.openingStatementBy };
  informal.dialogueWith = f.informalMeetingAnnex.questionsFrom.map((q) =>
    q.startsWith('Singapour') ? { delegation: 'Singapour', onBehalfOfGroup: 'ASEAN' } : { delegation: q },
  );
  informal.statementsBy = [{ delegation: 'Maroc', gender: 'female' }];

  const drafts: DraftInput[] = f.drafts.map((d) => {
    const actions: NonNullable<DraftInput['actions']> = [];
    const general = d.statements.filter((s) => s.when === 'general');
    const before = d.statements.filter((s) => s.when === 'before-adoption');
    const after = d.statements.filter((s) => s.when === 'after-adoption');
    if (d.programmeBudgetImplications)
      actions.push({ meeting: d.meeting, type: 'programme-budget-implications' });
    for (const s of general)
      actions.push({
        meeting: d.meeting,
        type: 'statement',
        timing: 'general',
        speakers: s.speakers.map((x) => ({ delegation: x })),
      });
    for (const s of before)
      actions.push({
        meeting: d.meeting,
        type: 'statement',
        timing: 'before-action',
        speakers: s.speakers.map((x) => ({ delegation: x })),
      });
    actions.push({ meeting: d.meeting, type: 'adoption', method: 'without-vote' });
    for (const s of after) {
      const speakers = s.speakersDetail
        .filter((x) => x.role !== 'observer')
        .map((x) => ({ delegation: x.name, ...(QUALIFIERS[x.name] ?? {}) }));
      const observers = s.speakersDetail
        .filter((x) => x.role === 'observer')
        .map((x) => ({ delegation: x.name }));
      actions.push({
        meeting: d.meeting,
        type: 'statement',
        timing: 'after-action',
        speakers,
        ...(observers.length ? { observers } : {}),
      });
    }
    if (d.rightOfReply.length)
      actions.push({
        meeting: d.meeting,
        type: 'right-of-reply',
        speakers: d.rightOfReply.map((x) => ({ delegation: x })),
      });
    return {
      symbol: d.symbol,
      kind: 'resolution',
      agendaItem: '108',
      title: { fr: d.title },
      origin: d.ecosocResolution
        ? { kind: 'chair-on-ecosoc-recommendation', ecosocResolution: d.ecosocResolution }
        : { kind: 'delegations' },
      status: 'adopted',
      ...(d.mainSponsors.length ? { mainSponsors: d.mainSponsors } : {}),
      ...(d.additionalSponsors.length ? { additionalSponsors: d.additionalSponsors } : {}),
      actions,
    } as DraftInput;
  });
  // The record keeps the L-number order; the report must follow the order of action.
  drafts.sort((a, b) => a.symbol.localeCompare(b.symbol, 'en', { numeric: true }));

  return {
    format: 'concordia-dossier/1',
    session: 76,
    committee: 'C3',
    agendaItems: [
      {
        number: '108',
        title: { fr: f.agendaItem.title },
        allocation: { plenaryMeeting: 2, date: '2021-09-17', onRecommendationOfGeneralCommittee: true },
        documents: f.documents.map((d) => ({ symbol: d.symbol, title: { fr: d.title } })),
        relatedItems: ['109', '110'],
      },
      ...f.relatedAgendaItems.map((r) => ({ number: String(r.number), title: { fr: r.title } })),
    ],
    meetings,
    drafts,
  };
}

/** A minimal dossier with one draft; `patch` adjusts it. */
export function tiny(patch: (d: Dossier) => void = () => {}): Dossier {
  const d: Dossier = {
    format: 'concordia-dossier/1',
    session: 77,
    committee: 'C3',
    agendaItems: [
      {
        number: '68 (b)',
        title: {
          fr: 'Promotion et protection des droits humains : questions relatives aux droits humains',
          en: 'Promotion and protection of human rights: human rights questions',
        },
        allocation: { plenaryMeeting: 2, date: '2022-09-16', onRecommendationOfGeneralCommittee: true },
        documents: [
          {
            symbol: 'A/77/100',
            title: { fr: 'Rapport du Secrétaire général', en: 'Report of the Secretary-General' },
          },
        ],
      },
    ],
    meetings: [
      {
        number: 47,
        date: '2022-11-16',
        kind: 'formal',
        purpose: 'action',
        agendaItems: ['68 (b)'],
        summaryRecord: 'A/C.3/77/SR.47',
      },
    ],
    drafts: [
      {
        symbol: 'A/C.3/77/L.21/Rev.1',
        kind: 'resolution',
        agendaItem: '68 (b)',
        title: {
          fr: 'Moratoire sur l’application de la peine de mort',
          en: 'Moratorium on the use of the death penalty',
        },
        origin: { kind: 'delegations' },
        mainSponsors: ['MEX', 'ITA', 'BEL'],
        additionalSponsors: ['DZA'],
        text: {
          language: 'fr',
          preamble: [
            'Guidée par les buts et principes énoncés dans la Charte des Nations Unies[^1],',
            'Rappelant sa résolution 75/183,',
          ],
          operative: [
            'Réaffirme le droit souverain de tous les pays ;',
            {
              text: 'Demande à tous les États :',
              sub: ['De respecter les normes internationales ;', 'De réduire le nombre d’infractions[^2].'],
            },
            'Décide de poursuivre l’examen de la question.',
          ],
          footnotes: { '1': 'Charte, Art. 1.', '2': 'Voir A/77/100.' },
        },
        actions: [],
      },
    ],
  };
  patch(d);
  return d;
}
