export type DraftStatus =
  'informal' | 'tabled' | 'revised' | 'adopted' | 'rejected' | 'withdrawn' | 'deferred';

/** Outcomes of action: once one is recorded the draft is acted on (deferral aside, which can be reopened). */
export const ACTED_ON: readonly DraftStatus[] = ['adopted', 'rejected', 'withdrawn'];

const OUTCOME: Record<string, DraftStatus> = {
  adoption: 'adopted',
  rejection: 'rejected',
  withdrawal: 'withdrawn',
  deferral: 'deferred',
};

/** A symbol such as `A/C.3/76/L.10/Rev.1` is a revision; any L. symbol means the draft was tabled. */
export function statusFromSymbol(symbol: string): DraftStatus {
  if (/\/Rev\.\d+$/.test(symbol)) return 'revised';
  if (/\/L\.\d+/.test(symbol)) return 'tabled';
  return 'informal';
}

/** The status the record implies: the last outcome recorded, else what the symbol says. */
export function statusFromRecord(symbol: string, actionTypes: readonly string[]): DraftStatus {
  let status = statusFromSymbol(symbol);
  for (const t of actionTypes) {
    const s = OUTCOME[t];
    if (s) status = s;
  }
  return status;
}

// ---------------------------------------------------------------------------------------------------------------
// Transitions. The status is never set by hand: it follows the record. These functions say which steps make
// sense and, when one does not, why.

export type LifecycleVerdict = { ok: true; status: DraftStatus } | { ok: false; reason: string };

/** What is known of an action for the lifecycle: its type, and for statements their timing. */
export interface LifecycleAction {
  type: string;
  timing?: string;
}

const OUTCOME_LABEL: Record<string, string> = {
  adopted: 'adopted',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
};

export function isActedOn(status: DraftStatus): boolean {
  return ACTED_ON.includes(status);
}

/** Actions that still make sense once the Committee has acted: explanations after action and replies. */
function allowedAfterAction(a: LifecycleAction): boolean {
  return a.type === 'right-of-reply' || (a.type === 'statement' && a.timing !== 'before-action');
}

/**
 * One step of the record: may `action` follow a draft in `status`, and what is the status after it?
 * Statements after action need an action first; nothing but explanations and replies follows an outcome;
 * an informal draft is not before the Committee at all. A deferred draft can be taken up again.
 */
export function applyAction(status: DraftStatus, action: LifecycleAction): LifecycleVerdict {
  if (status === 'informal') {
    return {
      ok: false,
      reason:
        'The draft is informal: the Committee takes up a draft only once it is tabled with an L. symbol.',
    };
  }
  if (isActedOn(status)) {
    if (allowedAfterAction(action)) return { ok: true, status };
    return {
      ok: false,
      reason: `The draft has already been ${OUTCOME_LABEL[status] ?? status}: only statements after action and rights of reply can follow. To change the outcome, correct (supersede) the recorded action.`,
    };
  }
  if (action.type === 'statement' && action.timing === 'after-action') {
    return {
      ok: false,
      reason:
        'No action has been taken on the draft yet: statements after action follow an adoption, a rejection or a withdrawal.',
    };
  }
  return { ok: true, status: OUTCOME[action.type] ?? status };
}

/** Replays a whole record from the status the symbol gives; the first step that makes no sense is reported. */
export function replayRecord(
  symbol: string,
  actions: readonly LifecycleAction[],
): { ok: true; status: DraftStatus } | { ok: false; index: number; reason: string } {
  let status = statusFromSymbol(symbol);
  for (const [index, a] of actions.entries()) {
    const v = applyAction(status, a);
    if (!v.ok) return { ok: false, index, reason: v.reason };
    status = v.status;
  }
  return { ok: true, status };
}

/**
 * A new symbol for a draft: informal → tabled (an L. symbol), tabled or revised → revised (Rev.n, counting up).
 * A draft acted on keeps its symbol forever; a revision is a new L. document only when its number grows.
 */
export function checkSymbolChange(
  from: { symbol: string; status: DraftStatus },
  to: string,
): LifecycleVerdict {
  if (isActedOn(from.status)) {
    return { ok: false, reason: `${from.symbol} has been ${from.status}: its symbol can no longer change.` };
  }
  const next = statusFromSymbol(to);
  if (next === 'informal')
    return { ok: false, reason: `${to} is not an L. symbol: a tabled draft keeps an L. symbol.` };
  const base = (s: string) => s.replace(/\/Rev\.\d+$/, '');
  const rev = (s: string) => Number(/\/Rev\.(\d+)$/.exec(s)?.[1] ?? 0);
  if (from.status === 'informal') {
    if (next !== 'tabled')
      return {
        ok: false,
        reason: `An informal draft is first tabled as an L. document (e.g. A/C.3/76/L.10), not as a revision (${to}).`,
      };
    return { ok: true, status: 'tabled' };
  }
  if (base(to) !== base(from.symbol)) {
    return {
      ok: false,
      reason: `${to} is another document: a revision of ${base(from.symbol)} keeps its number (${base(from.symbol)}/Rev.n).`,
    };
  }
  if (rev(to) <= rev(from.symbol)) {
    return {
      ok: false,
      reason: `${to} does not follow ${from.symbol}: revisions are numbered upwards (Rev.${rev(from.symbol) + 1}).`,
    };
  }
  return { ok: true, status: 'revised' };
}
