import {
  checkOpenClose,
  checkSponsorshipChange,
  currentSponsors,
  ordinalEn,
  type SponsorshipChangeRequest,
} from './sponsorship';

const BLR = { code: 'BLR', kind: 'member-state' as const, name: 'Belarus' };
const ITA = { code: 'ITA', kind: 'member-state' as const, name: 'Italy' };
const VAT = { code: 'VAT', kind: 'observer-state' as const, name: 'Holy See' };
const EU = { code: 'EU', kind: 'entity' as const, name: 'European Union' };

function request(over: Partial<SponsorshipChangeRequest> = {}): SponsorshipChangeRequest {
  return {
    actor: { role: 'delegate', delegation: 'ITA' },
    draft: { symbol: 'A/C.3/76/L.10', status: 'tabled', originKind: 'delegations', sponsorshipOpen: true },
    lists: { main: ['BLR'], additional: [] },
    delegation: ITA,
    change: 'joined',
    observersMaySponsor: false,
    session: 76,
    ...over,
  };
}
const code = (r: SponsorshipChangeRequest) => {
  const v = checkSponsorshipChange(r);
  return v.ok ? 'ok' : v.code;
};

describe('sponsorship rules', () => {
  it('lets a delegate sign their own delegation on and withdraw it', () => {
    expect(code(request())).toBe('ok');
    expect(code(request({ change: 'withdrew', lists: { main: ['BLR'], additional: ['ITA'] } }))).toBe('ok');
  });

  it('never lets a delegate act for another delegation, and says for whom they may act', () => {
    const v = checkSponsorshipChange(request({ delegation: BLR, change: 'withdrew' }));
    expect(v).toEqual({
      ok: false,
      code: 'other-delegation',
      reason: expect.stringContaining('your own delegation (ITA), not Belarus'),
    });
  });

  it('lets the Secretariat record any delegation, and refuses observer accounts', () => {
    expect(code(request({ actor: { role: 'secretariat', delegation: null } }))).toBe('ok');
    expect(code(request({ actor: { role: 'observer', delegation: null } }))).toBe('no-delegation');
  });

  it('refuses observer States and entities unless the session allows observers, saying why', () => {
    for (const d of [VAT, EU]) {
      const actor = { role: 'delegate' as const, delegation: d.code };
      const v = checkSponsorshipChange(request({ actor, delegation: d }));
      expect(v.ok).toBe(false);
      if (!v.ok) {
        expect(v.code).toBe('observers-not-allowed');
        expect(v.reason).toContain('76th session');
      }
      expect(code(request({ actor, delegation: d, observersMaySponsor: true }))).toBe('ok');
    }
  });

  it('freezes the list once the Committee has acted, for joining and withdrawing alike', () => {
    for (const status of ['adopted', 'rejected', 'withdrawn'] as const) {
      const draft = {
        symbol: 'A/C.3/76/L.10/Rev.1',
        status,
        originKind: 'delegations' as const,
        sponsorshipOpen: true,
      };
      expect(code(request({ draft }))).toBe('frozen');
      expect(
        code(request({ draft, change: 'withdrew', lists: { main: ['BLR'], additional: ['ITA'] } })),
      ).toBe('frozen');
    }
    // A deferral is not action on the draft: the list stays open.
    expect(
      code(
        request({
          draft: { symbol: 'L', status: 'deferred', originKind: 'delegations', sponsorshipOpen: true },
        }),
      ),
    ).toBe('ok');
  });

  it('refuses new sponsors on a closed list but lets sponsors withdraw', () => {
    const draft = {
      symbol: 'A/C.3/76/L.10',
      status: 'tabled' as const,
      originKind: 'delegations' as const,
      sponsorshipOpen: false,
    };
    expect(code(request({ draft }))).toBe('closed');
    expect(code(request({ draft, change: 'withdrew', lists: { main: ['BLR'], additional: ['ITA'] } }))).toBe(
      'ok',
    );
  });

  it('refuses drafts of the Chair, informal drafts, double joins and withdrawals of non-sponsors', () => {
    expect(
      code(
        request({
          draft: {
            symbol: 'A/C.3/76/L.2',
            status: 'tabled',
            originKind: 'chair-on-ecosoc-recommendation',
            sponsorshipOpen: true,
          },
        }),
      ),
    ).toBe('chair-draft');
    expect(
      code(
        request({
          draft: { symbol: 'draft-1', status: 'informal', originKind: 'delegations', sponsorshipOpen: true },
        }),
      ),
    ).toBe('informal');
    expect(code(request({ lists: { main: ['ITA'], additional: [] } }))).toBe('already-sponsor');
    expect(code(request({ change: 'withdrew' }))).toBe('not-a-sponsor');
    expect(code(request({ delegation: undefined }))).toBe('not-eligible');
  });

  it('lets only main sponsors or the Secretariat open and close the list, never after action', () => {
    const draft = {
      symbol: 'A/C.3/76/L.10',
      status: 'tabled' as const,
      originKind: 'delegations' as const,
      sponsorshipOpen: true,
    };
    const lists = { main: ['BLR'], additional: ['ITA'] };
    expect(checkOpenClose({ role: 'delegate', delegation: 'BLR' }, draft, lists).ok).toBe(true);
    expect(checkOpenClose({ role: 'secretariat', delegation: null }, draft, lists).ok).toBe(true);
    expect(checkOpenClose({ role: 'delegate', delegation: 'ITA' }, draft, lists)).toMatchObject({
      ok: false,
      code: 'not-main-sponsor',
    });
    expect(
      checkOpenClose({ role: 'secretariat', delegation: null }, { ...draft, status: 'adopted' }, lists),
    ).toMatchObject({ ok: false, code: 'frozen' });
  });

  it('replays joins and withdrawals into the lists', () => {
    expect(
      currentSponsors([
        { delegation: 'BLR', kind: 'main', change: 'joined' },
        { delegation: 'ITA', kind: 'additional', change: 'joined' },
        { delegation: 'ITA', kind: 'additional', change: 'withdrew' },
        { delegation: 'FRA', kind: 'additional', change: 'joined' },
        { delegation: 'ITA', kind: 'additional', change: 'joined' },
      ]),
    ).toEqual({ main: ['BLR'], additional: ['FRA', 'ITA'] });
  });

  it('writes English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 76, 101, 111].map(ordinalEn)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '76th',
      '101st',
      '111th',
    ]);
  });
});
