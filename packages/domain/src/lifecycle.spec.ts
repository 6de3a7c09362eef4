import { applyAction, checkSymbolChange, replayRecord, statusFromRecord } from './lifecycle';

describe('draft lifecycle', () => {
  it('follows the record: tabled → revised → adopted, with statements after and replies', () => {
    const r = replayRecord('A/C.3/76/L.10/Rev.1', [
      { type: 'introduction' },
      { type: 'programme-budget-implications' },
      { type: 'statement', timing: 'before-action' },
      { type: 'oral-revision' },
      { type: 'adoption' },
      { type: 'statement', timing: 'after-action' },
      { type: 'right-of-reply' },
    ]);
    expect(r).toEqual({ ok: true, status: 'adopted' });
  });

  it('maps each outcome to its status', () => {
    expect(applyAction('tabled', { type: 'rejection' })).toEqual({ ok: true, status: 'rejected' });
    expect(applyAction('revised', { type: 'withdrawal' })).toEqual({ ok: true, status: 'withdrawn' });
    expect(applyAction('tabled', { type: 'deferral' })).toEqual({ ok: true, status: 'deferred' });
    // A deferred draft is taken up again later.
    expect(applyAction('deferred', { type: 'adoption' })).toEqual({ ok: true, status: 'adopted' });
    expect(applyAction('tabled', { type: 'vote' })).toEqual({ ok: true, status: 'tabled' });
  });

  it('refuses a second outcome, an oral revision after action and statements after action before any action', () => {
    const twice = replayRecord('A/C.3/76/L.10', [{ type: 'adoption' }, { type: 'rejection' }]);
    expect(twice).toMatchObject({
      ok: false,
      index: 1,
      reason: expect.stringContaining('already been adopted'),
    });
    expect(applyAction('adopted', { type: 'oral-revision' })).toMatchObject({ ok: false });
    expect(applyAction('adopted', { type: 'statement', timing: 'before-action' })).toMatchObject({
      ok: false,
    });
    expect(applyAction('tabled', { type: 'statement', timing: 'after-action' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('No action has been taken'),
    });
  });

  it('refuses any action on an informal draft', () => {
    expect(replayRecord('draft-ITA-1', [{ type: 'introduction' }])).toMatchObject({
      ok: false,
      index: 0,
      reason: expect.stringContaining('informal'),
    });
  });

  it('checks symbol changes: tabling, revisions counting up, nothing after action', () => {
    expect(checkSymbolChange({ symbol: 'draft-1', status: 'informal' }, 'A/C.3/76/L.10')).toEqual({
      ok: true,
      status: 'tabled',
    });
    expect(checkSymbolChange({ symbol: 'draft-1', status: 'informal' }, 'A/C.3/76/L.10/Rev.1')).toMatchObject(
      { ok: false },
    );
    expect(checkSymbolChange({ symbol: 'A/C.3/76/L.10', status: 'tabled' }, 'A/C.3/76/L.10/Rev.1')).toEqual({
      ok: true,
      status: 'revised',
    });
    expect(
      checkSymbolChange({ symbol: 'A/C.3/76/L.10/Rev.1', status: 'revised' }, 'A/C.3/76/L.10/Rev.2'),
    ).toEqual({ ok: true, status: 'revised' });
    expect(
      checkSymbolChange({ symbol: 'A/C.3/76/L.10/Rev.2', status: 'revised' }, 'A/C.3/76/L.10/Rev.1'),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('Rev.3') });
    expect(
      checkSymbolChange({ symbol: 'A/C.3/76/L.10', status: 'tabled' }, 'A/C.3/76/L.11/Rev.1'),
    ).toMatchObject({ ok: false });
    expect(
      checkSymbolChange({ symbol: 'A/C.3/76/L.10', status: 'adopted' }, 'A/C.3/76/L.10/Rev.1'),
    ).toMatchObject({ ok: false });
    expect(checkSymbolChange({ symbol: 'A/C.3/76/L.10', status: 'tabled' }, 'working draft')).toMatchObject({
      ok: false,
    });
  });

  it('agrees with statusFromRecord on valid records', () => {
    expect(statusFromRecord('A/C.3/76/L.2', ['adoption'])).toBe('adopted');
    expect(replayRecord('A/C.3/76/L.2', [{ type: 'adoption' }])).toEqual({ ok: true, status: 'adopted' });
  });
});
