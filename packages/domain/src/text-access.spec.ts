import { textAccess } from './text-access';

const sponsors = new Set(['BLR', 'ARM']);

describe('textAccess', () => {
  it('lets the main sponsors’ delegates and the Secretariat write a draft under negotiation', () => {
    for (const status of ['informal', 'tabled', 'revised', 'deferred'] as const) {
      expect(textAccess({ role: 'delegate', delegation: 'BLR' }, sponsors, status)).toEqual({ edit: true });
      expect(textAccess({ role: 'secretariat' }, sponsors, status)).toEqual({ edit: true });
    }
  });

  it('gives other delegations and observers the text to read, saying why', () => {
    expect(textAccess({ role: 'delegate', delegation: 'FRA' }, sponsors, 'revised')).toEqual({
      edit: false,
      why: 'not-sponsor',
    });
    expect(textAccess({ role: 'delegate', delegation: null }, sponsors, 'revised')).toEqual({
      edit: false,
      why: 'not-sponsor',
    });
    expect(textAccess({ role: 'observer' }, sponsors, 'revised')).toEqual({ edit: false, why: 'observer' });
  });

  it('freezes the text for delegations once the Committee has acted, not for the Secretariat', () => {
    for (const status of ['adopted', 'rejected', 'withdrawn'] as const) {
      expect(textAccess({ role: 'delegate', delegation: 'ARM' }, sponsors, status)).toEqual({
        edit: false,
        why: 'acted-on',
      });
      expect(textAccess({ role: 'secretariat' }, sponsors, status)).toEqual({ edit: true });
    }
    // A non-sponsor is told the reason that holds whatever the status.
    expect(textAccess({ role: 'delegate', delegation: 'FRA' }, sponsors, 'adopted')).toEqual({
      edit: false,
      why: 'not-sponsor',
    });
  });
});

describe('textAccess for taking part in the negotiation', () => {
  it('lets any delegation take part while the draft is under negotiation, not observers', () => {
    for (const status of ['informal', 'tabled', 'revised', 'deferred'] as const) {
      expect(textAccess({ role: 'delegate', delegation: 'FRA' }, sponsors, status, 'take-part')).toEqual({
        edit: true,
      });
    }
    expect(textAccess({ role: 'observer' }, sponsors, 'informal', 'take-part')).toEqual({
      edit: false,
      why: 'observer',
    });
  });

  it('closes the negotiation to every delegation once the Committee has acted, not to the Secretariat', () => {
    for (const status of ['adopted', 'rejected', 'withdrawn'] as const) {
      for (const d of ['FRA', 'BLR'])
        expect(textAccess({ role: 'delegate', delegation: d }, sponsors, status, 'take-part')).toEqual({
          edit: false,
          why: 'acted-on',
        });
      expect(textAccess({ role: 'secretariat' }, sponsors, status, 'take-part')).toEqual({ edit: true });
    }
  });
});
