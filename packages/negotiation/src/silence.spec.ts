import {
  checkBreakSilence,
  checkCancelSilence,
  checkStartSilence,
  formatCountdown,
  formatInZone,
  silenceState,
  zonedToUtc,
  type SilenceRecord,
} from './silence';

const t = (iso: string) => new Date(iso);
const PEN = { penholder: true, delegation: 'ITA' };
const SEC = { penholder: true, delegation: null };
const FRA = { penholder: false, delegation: 'FRA' };
const base: SilenceRecord = { startedAt: t('2026-11-23T15:00:00Z'), deadline: t('2026-11-24T23:00:00Z') };

describe('silence state', () => {
  it('counts down, then is agreed at the deadline when unbroken', () => {
    expect(silenceState(base, t('2026-11-24T22:59:59Z'))).toEqual({
      state: 'under-silence',
      remainingMs: 1000,
    });
    expect(silenceState(base, t('2026-11-24T23:00:00Z'))).toEqual({ state: 'agreed', remainingMs: 0 });
  });
  it('is broken for good once broken before the deadline: the clock stops', () => {
    const broken = { ...base, brokenAt: t('2026-11-24T10:00:00Z'), brokenBy: 'FRA', brokenReason: 'OP 5' };
    expect(silenceState(broken, t('2026-11-25T00:00:00Z')).state).toBe('broken');
  });
  it('ignores a break recorded after the deadline', () => {
    expect(
      silenceState({ ...base, brokenAt: t('2026-11-25T00:00:00Z') }, t('2026-11-26T00:00:00Z')).state,
    ).toBe('agreed');
  });
  it('is cancelled when withdrawn', () => {
    expect(
      silenceState({ ...base, cancelledAt: t('2026-11-24T00:00:00Z') }, t('2026-11-24T01:00:00Z')).state,
    ).toBe('cancelled');
  });
});

describe('silence rules', () => {
  const now = t('2026-11-24T12:00:00Z');
  it('lets only penholders start, with a future deadline, one at a time', () => {
    expect(checkStartSilence(FRA, null, t('2026-11-25T00:00:00Z'), now)).toMatchObject({
      ok: false,
      code: 'not-penholder',
    });
    expect(checkStartSilence(PEN, null, now, now)).toMatchObject({ ok: false, code: 'deadline-past' });
    expect(checkStartSilence(PEN, base, t('2026-11-25T00:00:00Z'), now)).toMatchObject({
      ok: false,
      code: 'already-running',
    });
    expect(checkStartSilence(SEC, { ...base, brokenAt: now }, t('2026-11-25T00:00:00Z'), now)).toEqual({
      ok: true,
    });
  });
  it('lets any other delegation break with a reason before the deadline', () => {
    expect(checkBreakSilence(FRA, base, 'OP 12 is not acceptable', now)).toEqual({ ok: true });
    expect(checkBreakSilence(FRA, base, '  ', now)).toMatchObject({ ok: false, code: 'no-reason' });
    expect(checkBreakSilence(SEC, base, 'x', now)).toMatchObject({ ok: false, code: 'no-delegation' });
    expect(checkBreakSilence(PEN, base, 'x', now)).toMatchObject({ ok: false, code: 'penholder-breaks' });
    expect(checkBreakSilence(FRA, base, 'x', t('2026-11-24T23:00:00Z'))).toMatchObject({
      ok: false,
      code: 'expired',
    });
    expect(checkBreakSilence(FRA, null, 'x', now)).toMatchObject({ ok: false, code: 'not-running' });
    expect(checkBreakSilence(FRA, { ...base, brokenAt: now }, 'x', now)).toMatchObject({
      ok: false,
      code: 'not-running',
    });
  });
  it('lets penholders withdraw a running procedure only', () => {
    expect(checkCancelSilence(FRA, base, now)).toMatchObject({ ok: false, code: 'not-penholder' });
    expect(checkCancelSilence(PEN, base, now)).toEqual({ ok: true });
    expect(checkCancelSilence(PEN, base, t('2026-11-25T00:00:00Z'))).toMatchObject({
      ok: false,
      code: 'not-running',
    });
  });
});

describe('New York time', () => {
  it('converts New York wall time to UTC across daylight saving', () => {
    expect(zonedToUtc('2026-11-24T18:00').toISOString()).toBe('2026-11-24T23:00:00.000Z'); // EST
    expect(zonedToUtc('2026-07-01T18:00').toISOString()).toBe('2026-07-01T22:00:00.000Z'); // EDT
    expect(zonedToUtc('2026-11-01T01:30').toISOString()).toBe('2026-11-01T05:30:00.000Z'); // ambiguous: the earlier
    expect(zonedToUtc('2026-03-08T02:30').toISOString()).toBe('2026-03-08T07:30:00.000Z'); // in the gap
    expect(() => zonedToUtc('tomorrow')).toThrow('YYYY-MM-DDTHH:MM');
  });
  it('formats the deadline in New York and in the user’s zone, and the countdown', () => {
    const d = t('2026-11-24T23:00:00Z');
    expect(formatInZone(d, 'America/New_York', 'en')).toMatch(/Nov 24, 2026.*6:00\sPM.*EST/);
    expect(formatInZone(d, 'Europe/Paris', 'fr')).toMatch(/25 nov\. 2026.*00:00/);
    expect(formatCountdown(2 * 86400_000 + 3 * 3600_000 + 4 * 60_000 + 5_000, 'fr')).toBe('2 j 03:04:05');
    expect(formatCountdown(59_000, 'en')).toBe('00:00:59');
  });
});
