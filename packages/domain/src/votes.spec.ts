import { delegations } from './delegations/registry';
import { checkVoteLists, formatTally, parseNameList, parseVoteLists, tally } from './votes';

const codes = (text: string) =>
  parseNameList(text, delegations).map((n) => (n.result.ok ? n.result.delegation.code : `?${n.text}`));

describe('pasted vote lists', () => {
  it('splits French lists on commas and the final « et », keeping names that contain « et »', () => {
    expect(
      codes(
        'Bélarus, Royaume-Uni de Grande-Bretagne et d’Irlande du Nord, Trinité-et-Tobago, Turkménistan et Venezuela (République bolivarienne du)',
      ),
    ).toEqual(['BLR', 'GBR', 'TTO', 'TKM', 'VEN']);
  });

  it('splits English lists on "and", keeping names that contain "and"', () => {
    expect(
      codes(
        'Antigua and Barbuda, Bosnia and Herzegovina, Zambia and United Kingdom of Great Britain and Northern Ireland.',
      ),
    ).toEqual(['ATG', 'BIH', 'ZMB', 'GBR']);
  });

  it('undoes what copying from a PDF does: labels, line breaks and hyphens split across lines', () => {
    expect(codes('In favour:\nArmenia, Azer-\nbaijan,   Belarus\nand China.')).toEqual([
      'ARM',
      'AZE',
      'BLR',
      'CHN',
    ]);
    expect(codes('Votent contre : Italie et France')).toEqual(['ITA', 'FRA']);
    expect(codes('')).toEqual([]);
  });

  it('flags every unknown name, whole, with suggestions, and keeps the known ones', () => {
    const r = parseVoteLists(
      {
        yes: 'Armenia, Untied Kingdom of Great Britain and Northern Ireland and Belarus',
        no: 'Frnace',
        abstain: 'Italy',
      },
      delegations,
    );
    expect(r.lists).toEqual({ yes: ['ARM', 'BLR'], no: [], abstain: ['ITA'] });
    expect(r.problems.map((p) => [p.list, p.text, p.reason])).toEqual([
      ['yes', 'Untied Kingdom of Great Britain and Northern Ireland', 'unknown'],
      ['no', 'Frnace', 'unknown'],
    ]);
    expect(r.problems[0]!.suggestions).toContain('United Kingdom of Great Britain and Northern Ireland');
    expect(r.problems[1]!.message).toMatch(/Did you mean .*France/);
  });

  it('flags observers (who do not vote) and delegations named twice', () => {
    const r = parseVoteLists(
      { yes: 'Italy, Holy See', no: 'Italie', abstain: 'European Union' },
      delegations,
    );
    expect(r.problems.map((p) => p.reason)).toEqual(['not-a-member', 'duplicate', 'not-a-member']);
    expect(r.lists.yes).toEqual(['ITA']);
  });

  it('checks lists given as codes or names one by one, including the code AND (Andorra)', () => {
    const r = checkVoteLists({ yes: ['AND', 'Belarus'], no: ['XXX'], abstain: [] }, delegations);
    expect(r.lists.yes).toEqual(['AND', 'BLR']);
    expect(r.problems).toHaveLength(1);
  });
});

describe('tally', () => {
  it('counts the lists and makes every other Member State non-voting', () => {
    const t = tally({ yes: ['ARM', 'BLR', 'CHN'], no: ['ITA'], abstain: ['FRA', 'USA'] }, delegations);
    expect([t.yes, t.no, t.abstain]).toEqual([3, 1, 2]);
    expect(t.nonVoting).toHaveLength(193 - 6);
    expect(t.nonVoting).not.toContain('BLR');
    expect(t.nonVoting).not.toContain('VAT');
    expect(t.result).toBe('adopted');
    expect(formatTally(t)).toBe('3-1-2');
  });

  it('rejects on a tie: abstentions do not count', () => {
    expect(tally({ yes: ['ARM'], no: ['ITA'], abstain: ['FRA', 'USA', 'CHN'] }, delegations).result).toBe(
      'rejected',
    );
  });
});
