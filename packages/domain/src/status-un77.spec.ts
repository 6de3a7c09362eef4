/**
 * The status of action against the UN's own published rows: the Third Committee's page « Status of action on draft
 * proposals » of the 77th session (https://www.un.org/en/ga/third/77/proposalstatus.shtml, as stored at
 * static.un.org), first rows (items 25 (a)–(c) and 26). The facts of each row (symbol, sponsors in the page's order,
 * group, actions, meeting and date) are the input; the page's fields are what must come out, field by field:
 * main sponsor, programme budget implications, action, meeting, date.
 */
import { composeStatus, meetingRef, type StatusDraftInput, type StatusRow } from './status';

const meetings = [
  { number: 45, date: '2022-11-04' },
  { number: 46, date: '2022-11-10' },
  { number: 50, date: '2022-11-15' },
  { number: 54, date: '2022-11-17' },
];

const adopted = (meeting: number) => [{ type: 'adoption', meeting, method: 'without-vote' as const }];
const draft = (
  symbol: string,
  agendaItem: string,
  title: string,
  mainSponsors: string[],
  actions: StatusDraftInput['actions'],
  extra: Partial<StatusDraftInput> = {},
): StatusDraftInput => ({
  symbol,
  kind: 'resolution',
  title: { en: title },
  agendaItem,
  status: 'adopted',
  origin: { kind: 'delegations' },
  mainSponsors,
  actions,
  ...extra,
});

const drafts: StatusDraftInput[] = [
  draft(
    'A/C.3/77/L.14/Rev.1',
    '25 (a)',
    'Implementation of the outcome of the World Summit for Social Development and of the twenty-fourth special session of the General Assembly',
    ['PAK'],
    adopted(54),
    { onBehalfOfGroup: 'G77' },
  ),
  draft(
    'A/C.3/77/L.9/Rev.1',
    '25 (b)',
    'Inclusive development for and with persons with disabilities',
    ['PHL'],
    adopted(50),
  ),
  draft(
    'A/C.3/77/L.10/Rev.1',
    '25 (b)',
    'Follow-up to the Second World Assembly on Ageing',
    ['PAK'],
    adopted(54),
    {
      onBehalfOfGroup: 'G77',
    },
  ),
  draft(
    'A/C.3/77/L.15/Rev.1',
    '25 (b)',
    'Preparations for and observance of the thirtieth anniversary of the International Year of the Family',
    ['PAK'],
    adopted(54),
    { onBehalfOfGroup: 'G77' },
  ),
  draft('A/C.3/77/L.16/Rev.1', '25 (c)', 'Literacy for life: shaping future agendas', ['MNG'], adopted(45)),
  draft('A/C.3/77/L.6/Rev.1', '26', 'Trafficking in women and girls', ['PHL'], adopted(50)),
  draft(
    'A/C.3/77/L.18/Rev.1',
    '26',
    'Intensifying global efforts for the elimination of female genital mutilation',
    ['BFA'],
    adopted(50),
    { onBehalfOfGroup: 'AFRICAN' },
  ),
  draft(
    'A/C.3/77/L.21/Rev.1',
    '26',
    'Intensification of efforts to prevent and eliminate all forms of violence against women and girls: gender stereotypes and negative social norms',
    // The page prints « Netherlands and France »: the record's order, not the alphabet.
    ['NLD', 'FRA'],
    [
      { type: 'oral-revision', meeting: 46 },
      { type: 'vote', meeting: 46, on: 'draft', counts: { yes: 100, no: 50, abstain: 20 } },
      { type: 'adoption', meeting: 46, method: 'vote' },
    ],
  ),
  draft(
    'A/C.3/77/L.56',
    '26',
    'Amendment to A/C.3/77/L.21/Rev.1',
    ['GTM'],
    [
      { type: 'vote', meeting: 46, on: 'draft', counts: { yes: 40, no: 90, abstain: 20 } },
      { type: 'rejection', meeting: 46 },
    ],
    { kind: 'amendment', amends: 'A/C.3/77/L.21/Rev.1', status: 'rejected' },
  ),
];
// The vote on the amendment is a separate part: the draft was then adopted « as a whole ».
drafts[7] = {
  ...drafts[7]!,
  actions: [
    { type: 'oral-revision', meeting: 46 },
    {
      type: 'vote',
      meeting: 46,
      on: 'amendment',
      target: 'A/C.3/77/L.56',
      counts: { yes: 40, no: 90, abstain: 20 },
    },
    ...drafts[7]!.actions.slice(1),
  ],
};

/** The UN page's fields of a row: main sponsor, PBI, action, meeting and date as printed (`54th mtg`, `17 Nov`). */
function fields(r: StatusRow): [string, string, string, string, string] {
  const ref = r.meeting === null ? '' : meetingRef(r.meeting, r.date, 'en');
  const [mtg = '', day = ''] = ref.split(', ');
  return [r.sponsors, r.pbi, r.action, mtg, day];
}

describe('status of action, 77th session, against the UN page', () => {
  const s = composeStatus({
    session: 77,
    lang: 'en',
    agendaItems: [
      {
        number: '25 (a)',
        title: { en: 'Implementation of the outcome of the World Summit for Social Development' },
      },
      { number: '25 (b)', title: { en: 'Social development' } },
      { number: '25 (c)', title: { en: 'Literacy for life: shaping future agendas' } },
      { number: '26', title: { en: 'Advancement of women' } },
    ],
    meetings,
    drafts,
  });
  const rows = new Map(
    s.items.flatMap((i) => i.proposals.flatMap((p) => [p, ...p.amendments])).map((r) => [r.symbol, r]),
  );
  const row = (symbol: string) => fields(rows.get(symbol)!);

  it('matches every field of the published rows', () => {
    expect(row('A/C.3/77/L.14/Rev.1')).toEqual([
      'Pakistan (on behalf of Group of 77 and China)',
      'None',
      'Adopted',
      '54th mtg',
      '17 Nov',
    ]);
    expect(row('A/C.3/77/L.9/Rev.1')).toEqual(['Philippines', 'None', 'Adopted', '50th mtg', '15 Nov']);
    expect(row('A/C.3/77/L.10/Rev.1')).toEqual([
      'Pakistan (on behalf of Group of 77 and China)',
      'None',
      'Adopted',
      '54th mtg',
      '17 Nov',
    ]);
    expect(row('A/C.3/77/L.15/Rev.1')).toEqual([
      'Pakistan (on behalf of Group of 77 and China)',
      'None',
      'Adopted',
      '54th mtg',
      '17 Nov',
    ]);
    expect(row('A/C.3/77/L.16/Rev.1')).toEqual(['Mongolia', 'None', 'Adopted', '45th mtg', '4 Nov']);
    expect(row('A/C.3/77/L.6/Rev.1')).toEqual(['Philippines', 'None', 'Adopted', '50th mtg', '15 Nov']);
    expect(row('A/C.3/77/L.18/Rev.1')).toEqual([
      'Burkina Faso (on behalf of Group of African States)',
      'None',
      'Adopted',
      '50th mtg',
      '15 Nov',
    ]);
    expect(row('A/C.3/77/L.21/Rev.1')).toEqual([
      'Netherlands and France',
      'None',
      'Adopted by vote as orally revised and as a whole',
      '46th mtg',
      '10 Nov',
    ]);
    expect(row('A/C.3/77/L.56')).toEqual(['Guatemala', 'None', 'Rejected by vote', '46th mtg', '10 Nov']);
  });

  it('gives meeting and date as fields of their own', () => {
    expect(rows.get('A/C.3/77/L.21/Rev.1')).toMatchObject({ meeting: 46, date: '2022-11-10' });
  });

  it('says « Action deferred » and « Withdrawn » as the page does', () => {
    const t = composeStatus({
      session: 77,
      lang: 'en',
      agendaItems: [{ number: '26', title: { en: 'Advancement of women' } }],
      meetings,
      drafts: [
        draft('A/C.3/77/L.90', '26', 'x', ['PHL'], [{ type: 'deferral', meeting: 50 }], {
          status: 'deferred',
        }),
        draft('A/C.3/77/L.91', '26', 'y', ['PHL'], [{ type: 'withdrawal', meeting: 50 }], {
          status: 'withdrawn',
        }),
        draft(
          'A/C.3/77/L.92',
          '26',
          'z',
          ['PHL'],
          [{ type: 'programme-budget-implications', meeting: 50, document: 'A/C.3/77/L.99' }, ...adopted(50)],
        ),
      ],
    });
    expect(t.items[0]!.proposals.map((r) => [r.action, r.pbi])).toEqual([
      ['Action deferred', 'None'],
      ['Withdrawn', 'None'],
      ['Adopted', 'A/C.3/77/L.99'],
    ]);
  });
});
