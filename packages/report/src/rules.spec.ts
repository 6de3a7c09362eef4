/**
 * Rules of UN practice learnt from real reports of other sessions (issue 17 §1), each on the small session-77
 * dossier of the fixtures: statements and explanations of vote, sponsors who joined at the meeting, English list
 * forms, the year in dates, amendments told once, « At the same meeting » in print order, nothing half-translated,
 * and facts the record lacks told without placeholders.
 */
import type { Dossier } from '@concordia/schema';
import { composeReport, type ComposedReport } from './index';
import { plain } from './render/common';
import { tiny } from './testing/fixtures.test';

function paras(r: ComposedReport, chapter = 'II'): string[] {
  const ch = r.chapters.find((c) => c.number === chapter)!;
  return ch.blocks.flatMap((b) => (b.kind === 'paragraph' ? [plain(b.content)] : []));
}
const en = (patch: (d: Dossier) => void) => composeReport(tiny(patch), { agendaItem: '68 (b)', lang: 'en' });
const fr = (patch: (d: Dossier) => void) => composeReport(tiny(patch), { agendaItem: '68 (b)', lang: 'fr' });

describe('statements and explanations of vote are different things', () => {
  const patch = (d: Dossier) => {
    d.drafts[0]!.actions = [
      {
        meeting: 47,
        type: 'statement',
        timing: 'before-action',
        kind: 'statement',
        speakers: [{ delegation: 'MEX' }],
      },
      {
        meeting: 47,
        type: 'statement',
        timing: 'before-action',
        kind: 'explanation-of-vote',
        speakers: [{ delegation: 'USA' }],
      },
      { meeting: 47, type: 'vote', on: 'draft', counts: { yes: 120, no: 10, abstain: 30 } },
      { meeting: 47, type: 'adoption', method: 'vote' },
      {
        meeting: 47,
        type: 'statement',
        timing: 'after-action',
        kind: 'statement',
        speakers: [{ delegation: 'EU', onBehalfOfGroup: 'EU' }],
      },
    ];
  };

  it('prints each as the record says, around the same vote', () => {
    const p = paras(en(patch));
    expect(p).toContain(
      'Before the vote, the representative of Mexico made a statement. Before the vote, the representative of the United States of America made a statement in explanation of vote.',
    );
    expect(p.at(-1)).toMatch(/^After the vote, statements were made by the representatives of /);
  });

  it('never half-translates a group: « au nom de l’Union européenne », not « au nom de the European Union »', () => {
    const p = paras(fr(patch)).join('\n');
    expect(p).not.toMatch(/au nom de the/);
    expect(p).toContain('au nom de l’Union européenne');
  });
});

describe('sponsors who joined at the meeting of action', () => {
  it('have their own paragraph before the decision, apart from those who joined subsequently', () => {
    const r = en((d) => {
      d.drafts[0]!.additionalSponsors = ['DZA', 'PHL', 'MDA'];
      d.drafts[0]!.joinedAtMeeting = ['PHL', 'MDA'];
      d.drafts[0]!.actions = [
        { meeting: 47, type: 'introduction', speaker: { delegation: 'MEX' } },
        { meeting: 47, type: 'adoption', method: 'without-vote' },
      ];
    });
    const p = paras(r);
    expect(p[0]).toMatch(/Subsequently, Algeria joined in sponsoring the draft resolution\.$/);
    expect(p).toContain(
      'Also at the same meeting, the Philippines and the Republic of Moldova joined in sponsoring the draft resolution.',
    );
    expect(
      p.findIndex((x) => x.includes('joined in sponsoring the draft resolution.') && x.startsWith('Also')),
    ).toBeLessThan(p.findIndex((x) => x.includes('adopted draft resolution')));
  });
});

describe('English list forms and « the »', () => {
  it('prints list forms in sponsor lists, with « the » before the names that take it', () => {
    const r = en((d) => {
      d.drafts[0]!.mainSponsors = ['IRN', 'VEN', 'GBR', 'PHL', 'MDA'];
      d.drafts[0]!.actions = [{ meeting: 47, type: 'adoption', method: 'without-vote' }];
    });
    expect(paras(r)[0]).toContain(
      'submitted by Iran (Islamic Republic of), the Philippines, the Republic of Moldova, the United Kingdom of Great Britain and Northern Ireland and Venezuela (Bolivarian Republic of).',
    );
  });
});

describe('dates carry the year where the session’s reports print it', () => {
  const patch = (d: Dossier) => {
    d.drafts[0]!.actions = [{ meeting: 47, type: 'adoption', method: 'without-vote' }];
  };
  it('77th session: every date has its year', () => {
    expect(paras(en(patch))[0]).toMatch(/^At its 47th meeting, on 16 November 2022, /);
  });
  it('follows the dossier’s setting for the session', () => {
    const r = en((d) => {
      patch(d);
      d.settings = { meetingDateYear: 'none' };
    });
    expect(paras(r)[0]).toMatch(/^At its 47th meeting, on 16 November, /);
    expect(paras(r, 'I')[1]).toContain('on 16 November.');
  });
});

describe('amendments are told once', () => {
  it('one paragraph for an amendment only put to the vote, wherever the record holds the vote', () => {
    const r = en((d) => {
      d.drafts.push({
        symbol: 'A/C.3/77/L.56',
        kind: 'amendment',
        amends: 'A/C.3/77/L.21/Rev.1',
        agendaItem: '68 (b)',
        title: { en: 'Amendment' },
        origin: { kind: 'delegations' },
        mainSponsors: ['GTM'],
        // Held twice: on the amendment and on the draft it amends.
        actions: [
          { meeting: 47, type: 'vote', on: 'draft', counts: { yes: 40, no: 90, abstain: 20 } },
          { meeting: 47, type: 'rejection' },
        ],
      });
      d.drafts[0]!.actions = [
        { meeting: 47, type: 'introduction', speaker: { delegation: 'MEX' } },
        {
          meeting: 47,
          type: 'vote',
          on: 'amendment',
          target: 'A/C.3/77/L.56',
          counts: { yes: 40, no: 90, abstain: 20 },
        },
        { meeting: 47, type: 'adoption', method: 'without-vote' },
      ];
    });
    const p = paras(r);
    const told = p.filter((x) => x.includes('A/C.3/77/L.56'));
    expect(told).toEqual([
      'Also at the same meeting, the Committee rejected the proposed amendment contained in document A/C.3/77/L.56, submitted by Guatemala, by a vote of 40 to 90, with 20 abstentions.',
    ]);
  });
});

describe('« At the same meeting » follows the print order', () => {
  it('restarts at each meeting and alternates in the order paragraphs are printed', () => {
    const r = en((d) => {
      d.meetings.push({
        number: 48,
        date: '2022-11-17',
        kind: 'formal',
        purpose: 'action',
        agendaItems: ['68 (b)'],
      });
      d.drafts.push({
        symbol: 'A/C.3/77/L.56',
        kind: 'amendment',
        amends: 'A/C.3/77/L.21/Rev.1',
        agendaItem: '68 (b)',
        title: { en: 'Amendment' },
        origin: { kind: 'delegations' },
        mainSponsors: ['GTM'],
        actions: [{ meeting: 48, type: 'introduction', speaker: { delegation: 'GTM' } }],
      });
      d.drafts[0]!.actions = [
        { meeting: 47, type: 'introduction', speaker: { delegation: 'MEX' } },
        { meeting: 48, type: 'programme-budget-implications' },
        {
          meeting: 48,
          type: 'vote',
          on: 'amendment',
          target: 'A/C.3/77/L.56',
          counts: { yes: 40, no: 90, abstain: 20 },
        },
        { meeting: 48, type: 'adoption', method: 'without-vote' },
      ];
    });
    const openers = paras(r).map((x) => x.split(',')[0]);
    expect(openers).toEqual([
      'At its 47th meeting',
      'At the same meeting',
      'At its 48th meeting',
      'At the same meeting',
      'Also at the same meeting',
      'At the same meeting',
      'Also at the same meeting',
    ]);
  });
});

describe('facts the record lacks are said as known, without placeholders', () => {
  it('an oral revision known only as such; a recorded vote known only by its counts or only as recorded', () => {
    const r = en((d) => {
      d.drafts[0]!.actions = [
        { meeting: 47, type: 'oral-revision' },
        {
          meeting: 47,
          type: 'vote',
          on: 'paragraph',
          target: 'OP 2',
          recordedWithoutLists: true,
          result: 'retained',
        },
        {
          meeting: 47,
          type: 'vote',
          on: 'draft',
          recordedWithoutLists: true,
          counts: { yes: 120, no: 9, abstain: 45 },
        },
        { meeting: 47, type: 'adoption', method: 'vote' },
      ];
    });
    const p = paras(r);
    expect(p).toContain('At the same meeting, the draft resolution was orally revised.');
    expect(p).toContain(
      'Also at the same meeting, the Committee decided to retain operative paragraph 2 of the draft resolution by a recorded vote.',
    );
    expect(p.find((x) => x.includes('adopted draft resolution'))).toMatch(
      /as orally revised, by a recorded vote of 120 to 9, with 45 abstentions \(see para\. \d+\)\.$/,
    );
    expect(p.join(' ')).not.toMatch(/…|voting was as follows/);
  });
});
