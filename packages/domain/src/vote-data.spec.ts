import { delegations } from './delegations/registry';
import {
  parseVoteData,
  parseVotingResultFile,
  voteDataCsv,
  voteDataRows,
  type RecordedVoteData,
} from './vote-data';

const vote: RecordedVoteData = {
  session: 77,
  draft: 'A/C.3/77/L.21/Rev.1',
  on: 'amendment',
  target: 'A/C.3/77/L.56',
  meeting: 46,
  date: '2022-11-10',
  lists: { yes: ['GTM', 'EGY'], no: ['NLD', 'FRA', 'MEX'], abstain: ['IND'] },
};
const members = delegations.all().filter((d) => d.kind === 'member-state').length;

describe('voting data in the UN Digital Library form', () => {
  it('writes one row per Member State and vote, non-voting ones as X, with the tallies', () => {
    const rows = voteDataRows([vote]);
    expect(rows).toHaveLength(members);
    expect(rows.find((r) => r.ms_code === 'NLD')).toMatchObject({
      ms_name: 'Netherlands',
      ms_vote: 'N',
      draft: 'A/C.3/77/L.21/Rev.1',
      vote_on: 'amendment',
      target: 'A/C.3/77/L.56',
      meeting: '46',
      date: '2022-11-10',
      total_yes: '2',
      total_no: '3',
      total_abstentions: '1',
      total_non_voting: String(members - 6),
      total_ms: String(members),
    });
    expect(rows.find((r) => r.ms_code === 'USA')!.ms_vote).toBe('X');
    // Names in force at the session, quoted when they hold a comma.
    expect(voteDataRows([{ ...vote, session: 79 }]).find((r) => r.ms_code === 'NLD')!.ms_name).toBe(
      'Netherlands (Kingdom of the)',
    );
  });

  it('round-trips a recorded vote through the export form and back', () => {
    const back = parseVoteData(
      voteDataCsv([
        vote,
        { ...vote, on: 'draft', target: undefined, lists: { yes: ['FRA'], no: [], abstain: [] } },
      ]),
    );
    expect(back).toHaveLength(2);
    expect(back[0]).toEqual({
      session: 77,
      draft: vote.draft,
      on: 'amendment',
      target: 'A/C.3/77/L.56',
      meeting: 46,
      date: '2022-11-10',
      lists: { yes: ['EGY', 'GTM'], no: ['FRA', 'MEX', 'NLD'], abstain: ['IND'] },
      problems: [],
    });
    expect(back[1]!.lists).toEqual({ yes: ['FRA'], no: [], abstain: [] });
    expect(back[1]!.on).toBe('draft');
  });

  it('refuses a file that is not voting data', () => {
    expect(() => parseVoteData('a,b\n1,2\n')).toThrow(/ms_vote/);
  });
});

describe('the voting system’s result file', () => {
  it('reads one Member State a line, by name or code, and reports what it cannot read', () => {
    const r = parseVotingResultFile(
      [
        'Member State\tVote',
        'Afghanistan\tY',
        'Albania\tN',
        'ALGERIA\t',
        'Andorra ; A',
        'Angola, oui',
        'FRA  Y',
        'Atlantis\tY',
        'Belgium\tmaybe',
      ].join('\n'),
    );
    expect(r.lists).toEqual({ yes: ['AFG', 'AGO', 'FRA'], no: ['ALB'], abstain: ['AND'] });
    expect(r.problems.map((p) => p.text)).toEqual(['Belgium\tmaybe', 'Atlantis']);
  });
});
