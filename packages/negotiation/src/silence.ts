/**
 * The silence procedure: the penholders circulate a version and set a deadline; unless a delegation "breaks
 * silence" (with a reason) before the deadline, the version is agreed and ready to be tabled. The state is
 * derived from the record and the clock, never stored as "agreed", so that a late break cannot be lost and an
 * expired silence needs no job to flip it.
 */

export const NEW_YORK = 'America/New_York';

export interface SilenceRecord {
  startedAt: Date;
  deadline: Date;
  /** Set when a delegation broke silence (before the deadline). */
  brokenAt?: Date | null;
  brokenBy?: string | null;
  brokenReason?: string | null;
  /** Set when the penholders withdrew the procedure. */
  cancelledAt?: Date | null;
}

export type SilenceState = 'under-silence' | 'broken' | 'agreed' | 'cancelled';

export interface SilenceView {
  state: SilenceState;
  /** Milliseconds left while under silence; 0 otherwise. */
  remainingMs: number;
}

export function silenceState(r: SilenceRecord, now: Date): SilenceView {
  if (r.cancelledAt) return { state: 'cancelled', remainingMs: 0 };
  // A break counts only if it came before the deadline (the service refuses later ones; this guards old rows).
  if (r.brokenAt && r.brokenAt.getTime() < r.deadline.getTime()) return { state: 'broken', remainingMs: 0 };
  const left = r.deadline.getTime() - now.getTime();
  return left > 0 ? { state: 'under-silence', remainingMs: left } : { state: 'agreed', remainingMs: 0 };
}

export type SilenceRefusal =
  | 'not-penholder'
  | 'no-delegation'
  | 'deadline-past'
  | 'already-running'
  | 'not-running'
  | 'expired'
  | 'no-reason'
  | 'penholder-breaks';
export type SilenceVerdict = { ok: true } | { ok: false; code: SilenceRefusal; reason: string };
const no = (code: SilenceRefusal, reason: string): SilenceVerdict => ({ ok: false, code, reason });

export interface SilenceActor {
  /** Delegate of a current main sponsor, or the Secretariat. */
  penholder: boolean;
  /** The delegation a delegate represents; null for the Secretariat and observers. */
  delegation: string | null;
}

/** Putting a version under silence: penholders only, one procedure at a time, and a deadline in the future. */
export function checkStartSilence(
  actor: SilenceActor,
  current: SilenceRecord | null,
  deadline: Date,
  now: Date,
): SilenceVerdict {
  if (!actor.penholder)
    return no(
      'not-penholder',
      'Only the penholders (the main sponsors) or the Secretariat may put a text under silence.',
    );
  if (current && silenceState(current, now).state === 'under-silence') {
    return no('already-running', 'This draft is already under silence: withdraw that procedure first.');
  }
  if (deadline.getTime() <= now.getTime())
    return no('deadline-past', 'The deadline of a silence procedure must be in the future.');
  return { ok: true };
}

/**
 * Breaking silence: any delegation, with a reason, strictly before the deadline. The penholders do not break
 * their own silence: they withdraw it (a break is a delegation's objection to the text).
 */
export function checkBreakSilence(
  actor: SilenceActor,
  current: SilenceRecord | null,
  reason: string,
  now: Date,
): SilenceVerdict {
  if (!actor.delegation) return no('no-delegation', 'Only a delegation can break silence.');
  if (!current) return no('not-running', 'This draft is not under silence.');
  const { state } = silenceState(current, now);
  if (state === 'agreed')
    return no(
      'expired',
      'The silence procedure has ended: the deadline passed without objection and the text is agreed.',
    );
  if (state !== 'under-silence')
    return no('not-running', `This draft is not under silence (the procedure was ${state}).`);
  if (actor.penholder)
    return no('penholder-breaks', 'The penholders withdraw a silence procedure; they do not break it.');
  if (reason.trim().length === 0) return no('no-reason', 'Give a reason when breaking silence.');
  return { ok: true };
}

export function checkCancelSilence(
  actor: SilenceActor,
  current: SilenceRecord | null,
  now: Date,
): SilenceVerdict {
  if (!actor.penholder)
    return no('not-penholder', 'Only the penholders or the Secretariat may withdraw a silence procedure.');
  if (!current || silenceState(current, now).state !== 'under-silence')
    return no('not-running', 'This draft is not under silence.');
  return { ok: true };
}

// ---------------------------------------------------------------------------------------------------------------
// Time zones. Deadlines are set and read in New York time (where the Committee sits), with the user's own time
// beside it. Intl knows the zone rules (daylight saving), so no table is kept here.

function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/**
 * The instant of a wall-clock time in a zone: `zonedToUtc('2026-11-24T18:00', 'America/New_York')`. For a time
 * that does not exist (the spring-forward gap) the result is the instant one hour later on the wall clock; for
 * an ambiguous one (fall back) the earlier instant.
 */
export function zonedToUtc(local: string, timeZone = NEW_YORK): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) throw new Error(`Expected a local date and time as YYYY-MM-DDTHH:MM, got "${local}".`);
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
  // Two guesses, with the offset before and after a possible transition; keep those that read back as the wall
  // time (two of them when the time is ambiguous: take the earlier), else the first (the time is in a gap).
  const first = wall - zoneOffsetMs(wall, timeZone);
  const second = wall - zoneOffsetMs(first, timeZone);
  const valid = [first, second].filter((c) => c + zoneOffsetMs(c, timeZone) === wall);
  return new Date(valid.length ? Math.min(...valid) : Math.max(first, second));
}

/** `24/11/2026 18:00` (fr) or `11/24/2026, 6:00 PM` (en) in the given zone, with the zone's short name. */
export function formatInZone(at: Date, timeZone: string, lang: 'en' | 'fr'): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-US', {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(at);
}

/** `2 d 03:04:05` / `2 j 03:04:05`: what the banner counts down. */
export function formatCountdown(ms: number, lang: 'en' | 'fr'): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(s / 86400);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hms = `${pad(Math.floor((s % 86400) / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
  return d > 0 ? `${d} ${lang === 'fr' ? 'j' : 'd'} ${hms}` : hms;
}
