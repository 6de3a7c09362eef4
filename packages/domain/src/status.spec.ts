import { composeStatus, compareAgendaItems, meetingRef, outcomeText, type StatusDraftInput } from './status';

const meetings = new Map<number, string | null>([
  [10, '2021-11-12'],
  [46, '2021-11-10'],
  [54, '2021-11-17'],
  [1, '2021-12-01'],
]);

describe('status of action wording', () => {
  it('writes meeting references in both languages', () => {
    expect(meetingRef(54, '2021-11-17', 'en')).toBe('54th mtg, 17 Nov');
    expect(meetingRef(54, '2021-11-17', 'fr')).toBe('54e séance, 17 nov.');
    expect(meetingRef(1, '2021-12-01', 'fr')).toBe('1re séance, 1er déc.');
    expect(meetingRef(3, null, 'en')).toBe('3rd mtg');
  });

  it('says adopted, adopted by vote as orally revised and as a whole, rejected by vote', () => {
    expect(outcomeText([{ type: 'adoption', meeting: 54, method: 'without-vote' }], meetings, 'en')).toBe(
      'Adopted — 54th mtg, 17 Nov',
    );
    const long = [
      { type: 'oral-revision', meeting: 46 },
      {
        type: 'vote',
        meeting: 46,
        on: 'paragraph' as const,
        target: 'OP 5',
        counts: { yes: 100, no: 20, abstain: 30 },
      },
      { type: 'vote', meeting: 46, on: 'draft' as const, counts: { yes: 120, no: 9, abstain: 45 } },
      { type: 'adoption', meeting: 46, method: 'vote' as const },
    ];
    expect(outcomeText(long, meetings, 'en')).toBe(
      'Adopted by vote as orally revised and as a whole — 46th mtg, 10 Nov',
    );
    expect(outcomeText(long, meetings, 'fr')).toBe(
      'Adopté par vote tel que révisé oralement et dans son ensemble — 46e séance, 10 nov.',
    );
    expect(
      outcomeText(
        [
          { type: 'vote', meeting: 10, on: 'draft', counts: { yes: 1, no: 2, abstain: 0 } },
          { type: 'rejection', meeting: 10 },
        ],
        meetings,
        'en',
      ),
    ).toBe('Rejected by vote — 10th mtg, 12 Nov');
    expect(outcomeText([{ type: 'withdrawal', meeting: 10 }], meetings, 'fr')).toBe(
      'Retiré — 10e séance, 12 nov.',
    );
    expect(outcomeText([{ type: 'introduction', meeting: 10 }], meetings, 'en')).toBe('');
  });

  it('orders agenda items by number and sub-item', () => {
    expect(['108', '25 (b)', '25 (a)', '27'].sort(compareAgendaItems)).toEqual([
      '25 (a)',
      '25 (b)',
      '27',
      '108',
    ]);
  });
});

describe('composeStatus', () => {
  const base: Omit<StatusDraftInput, 'symbol' | 'actions'> = {
    kind: 'resolution',
    title: { en: 'Trafficking', fr: 'Traite' },
    agendaItem: '108',
    status: 'tabled',
    origin: { kind: 'delegations' },
    mainSponsors: ['BLR', 'ARM'],
  };
  const drafts: StatusDraftInput[] = [
    {
      ...base,
      symbol: 'A/C.3/76/L.10/Rev.1',
      status: 'adopted',
      actions: [
        { type: 'programme-budget-implications', meeting: 10 },
        { type: 'adoption', meeting: 10, method: 'without-vote' },
      ],
    },
    {
      ...base,
      symbol: 'A/C.3/76/L.2',
      status: 'adopted',
      origin: { kind: 'chair-on-ecosoc-recommendation', ecosocResolution: '2021/20' },
      mainSponsors: [],
      actions: [{ type: 'adoption', meeting: 10 }],
    },
    {
      ...base,
      symbol: 'A/C.3/76/L.9',
      status: 'adopted',
      onBehalfOfGroup: 'G77',
      mainSponsors: ['GIN'],
      actions: [
        {
          type: 'vote',
          meeting: 46,
          on: 'amendment',
          target: 'A/C.3/76/L.60',
          counts: { yes: 40, no: 90, abstain: 20 },
        },
        { type: 'adoption', meeting: 46, method: 'vote' },
      ],
    },
    {
      ...base,
      symbol: 'A/C.3/76/L.55',
      kind: 'amendment',
      amends: 'A/C.3/76/L.9',
      status: 'rejected',
      mainSponsors: ['USA'],
      actions: [
        { type: 'vote', meeting: 46, on: 'draft', counts: { yes: 30, no: 80, abstain: 10 } },
        { type: 'rejection', meeting: 46 },
      ],
    },
    { ...base, symbol: 'informal-1', status: 'informal', actions: [] },
  ];
  const input = {
    session: 76,
    agendaItems: [{ number: '108', title: { en: 'Crime prevention', fr: 'Prévention du crime' } }],
    meetings: [...meetings].map(([number, date]) => ({ number, date })),
    drafts,
  };

  it('lists proposals in symbol order with sponsors, budget implications and outcome; amendments under their draft', () => {
    const s = composeStatus({ ...input, lang: 'en' });
    const rows = s.items[0]!.proposals;
    expect(rows.map((r) => r.symbol)).toEqual(['A/C.3/76/L.2', 'A/C.3/76/L.9', 'A/C.3/76/L.10/Rev.1']);
    expect(rows[0]!.sponsors).toBe(
      'Chair, on the recommendation of the Economic and Social Council (resolution 2021/20)',
    );
    expect(rows[1]!.sponsors).toBe('Guinea (on behalf of Group of 77 and China)');
    expect(rows[1]!.amendments.map((a) => [a.symbol, a.outcome, a.vote])).toEqual([
      ['A/C.3/76/L.55', 'Rejected by vote — 46th mtg, 10 Nov', '30-80-10'],
      ['A/C.3/76/L.60', 'Rejected by vote — 46th mtg, 10 Nov', '40-90-20'],
    ]);
    expect(rows[1]!.outcome).toBe('Adopted by vote as a whole — 46th mtg, 10 Nov');
    expect(rows[2]).toMatchObject({
      sponsors: 'Belarus and Armenia',
      programmeBudgetImplications: true,
      pbi: 'Oral statement',
      outcome: 'Adopted — 10th mtg, 12 Nov',
      action: 'Adopted',
      meeting: 10,
      date: '2021-11-12',
    });
  });

  it('speaks French: sponsors in the record’s order, « au nom du Groupe des 77 et de la Chine »', () => {
    const rows = composeStatus({ ...input, lang: 'fr' }).items[0]!.proposals;
    expect(rows[2]!.sponsors).toBe('Bélarus et Arménie');
    expect(rows[2]!.pbi).toBe('Déclaration orale');
    expect(rows[1]!.sponsors).toBe('Guinée (au nom du Groupe des 77 et de la Chine)');
    expect(rows[2]!.title).toBe('Traite');
  });
});
