/** One change to a draft's list of sponsors, in the order it was recorded. */
export interface SponsorshipChange {
  delegation: string;
  kind: 'main' | 'additional';
  change: 'joined' | 'withdrew';
}

export interface SponsorLists {
  /** In the order they first joined (main sponsors tabled the draft; order matters only for display). */
  main: string[];
  additional: string[];
}

/**
 * Replays the history into the current lists. A withdrawal removes the delegation from the list it was on;
 * joining again later puts it back at the end, as the Secretariat's list would.
 */
export function currentSponsors(events: readonly SponsorshipChange[]): SponsorLists {
  const main: string[] = [];
  const additional: string[] = [];
  for (const e of events) {
    const list = e.kind === 'main' ? main : additional;
    const other = e.kind === 'main' ? additional : main;
    const at = list.indexOf(e.delegation);
    if (e.change === 'joined') {
      if (at === -1) list.push(e.delegation);
      const o = other.indexOf(e.delegation);
      if (o !== -1) other.splice(o, 1);
    } else if (at !== -1) {
      list.splice(at, 1);
    }
  }
  return { main, additional };
}

/** The history that produces the given lists, for records that only know the lists (e.g. a printed report). */
export function eventsFromLists(lists: SponsorLists): SponsorshipChange[] {
  return [
    ...lists.main.map((delegation) => ({ delegation, kind: 'main' as const, change: 'joined' as const })),
    ...lists.additional.map((delegation) => ({
      delegation,
      kind: 'additional' as const,
      change: 'joined' as const,
    })),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Rules: who may change a list, and when. Pure functions; a refusal carries a code (for tests and clients) and a
// sentence the user can act on.

/** Outcomes after which a list of sponsors is frozen: the Committee has acted on the draft. */
const FROZEN_STATUSES = ['adopted', 'rejected', 'withdrawn'] as const;

export type Verdict<C extends string = string> = { ok: true } | { ok: false; code: C; reason: string };

export type SponsorshipRefusal =
  | 'no-delegation'
  | 'other-delegation'
  | 'not-eligible'
  | 'observers-not-allowed'
  | 'chair-draft'
  | 'informal'
  | 'frozen'
  | 'closed'
  | 'already-sponsor'
  | 'not-a-sponsor'
  | 'not-main-sponsor';

export interface SponsorshipActor {
  role: 'secretariat' | 'delegate' | 'observer';
  /** The delegation a delegate account belongs to; null for the other roles. */
  delegation: string | null;
}

export interface SponsorshipDraft {
  symbol: string;
  status: 'informal' | 'tabled' | 'revised' | 'adopted' | 'rejected' | 'withdrawn' | 'deferred';
  /** Drafts submitted by the Chair (on ECOSOC's recommendation or not) have no sponsors. */
  originKind: 'delegations' | 'chair' | 'chair-on-ecosoc-recommendation';
  sponsorshipOpen: boolean;
}

export interface SponsorshipChangeRequest {
  actor: SponsorshipActor;
  draft: SponsorshipDraft;
  lists: SponsorLists;
  /** The delegation that joins or withdraws, as the registry knows it (undefined: unknown code). */
  delegation: { code: string; kind: 'member-state' | 'observer-state' | 'entity'; name: string } | undefined;
  change: 'joined' | 'withdrew';
  /** The session's rule (committee_sessions.settings.observersMaySponsor); default no. */
  observersMaySponsor: boolean;
  session: number;
}

const refuse = <C extends string>(code: C, reason: string): Verdict<C> => ({ ok: false, code, reason });

/** Whether the Committee has acted on the draft, which freezes its list of sponsors. */
export function isFrozen(status: SponsorshipDraft['status']): boolean {
  return (FROZEN_STATUSES as readonly string[]).includes(status);
}

function frozenReason(draft: SponsorshipDraft): string {
  return `The list of sponsors of ${draft.symbol} is frozen: the Committee has acted on the draft (${draft.status}).`;
}

/**
 * May `actor` make `delegation` join or leave the list? Checks, in the order a user would want to hear them:
 * who is asking, for whom, whether that delegation may sponsor at all, then the state of the draft and its list.
 * Withdrawing stays possible while the list is closed: closing stops new names, it does not hold delegations
 * to a text they no longer support; only action by the Committee freezes the list.
 */
export function checkSponsorshipChange(req: SponsorshipChangeRequest): Verdict<SponsorshipRefusal> {
  const { actor, draft, lists, delegation, change } = req;
  if (actor.role === 'observer') {
    return refuse(
      'no-delegation',
      'Observer accounts do not represent a delegation and cannot sponsor drafts.',
    );
  }
  if (!delegation)
    return refuse('not-eligible', 'Unknown delegation: only delegations in the registry can sponsor drafts.');
  if (actor.role === 'delegate') {
    if (!actor.delegation) return refuse('no-delegation', 'Your account belongs to no delegation.');
    if (actor.delegation !== delegation.code) {
      return refuse(
        'other-delegation',
        `You may only sign on or withdraw your own delegation (${actor.delegation}), not ${delegation.name}.`,
      );
    }
  }
  if (draft.originKind !== 'delegations') {
    return refuse(
      'chair-draft',
      `${draft.symbol} was submitted by the Chair: drafts of the Chair have no sponsors.`,
    );
  }
  if (isFrozen(draft.status)) return refuse('frozen', frozenReason(draft));
  const onList = lists.main.includes(delegation.code) || lists.additional.includes(delegation.code);
  if (change === 'withdrew') {
    return onList
      ? { ok: true }
      : refuse('not-a-sponsor', `${delegation.name} is not a sponsor of ${draft.symbol}.`);
  }
  if (delegation.kind === 'entity' && !req.observersMaySponsor) {
    return refuse(
      'observers-not-allowed',
      `${delegation.name} is an observer: observers may not sponsor drafts at the ${ordinalEn(req.session)} session unless the Secretariat allows it.`,
    );
  }
  if (delegation.kind === 'observer-state' && !req.observersMaySponsor) {
    return refuse(
      'observers-not-allowed',
      `${delegation.name} is an observer State: observers may not sponsor drafts at the ${ordinalEn(req.session)} session unless the Secretariat allows it.`,
    );
  }
  if (draft.status === 'informal') {
    return refuse(
      'informal',
      `${draft.symbol} has not been tabled yet: co-sponsors join a draft once it has an L. symbol.`,
    );
  }
  if (onList) return refuse('already-sponsor', `${delegation.name} is already a sponsor of ${draft.symbol}.`);
  if (!draft.sponsorshipOpen) {
    return refuse(
      'closed',
      `The list of sponsors of ${draft.symbol} is closed: the main sponsors or the Secretariat must reopen it first.`,
    );
  }
  return { ok: true };
}

/** Opening and closing the list: the main sponsors' decision (or the Secretariat's), never after action. */
export function checkOpenClose(
  actor: SponsorshipActor,
  draft: SponsorshipDraft,
  lists: SponsorLists,
): Verdict<SponsorshipRefusal> {
  if (actor.role === 'observer')
    return refuse('no-delegation', 'Observer accounts cannot open or close a list of sponsors.');
  if (actor.role === 'delegate' && (!actor.delegation || !lists.main.includes(actor.delegation))) {
    return refuse(
      'not-main-sponsor',
      `Only the main sponsors of ${draft.symbol} or the Secretariat may open or close its list of sponsors.`,
    );
  }
  if (draft.originKind !== 'delegations') {
    return refuse(
      'chair-draft',
      `${draft.symbol} was submitted by the Chair: drafts of the Chair have no sponsors.`,
    );
  }
  if (isFrozen(draft.status)) return refuse('frozen', frozenReason(draft));
  return { ok: true };
}

/** `76th`, `1st`, `22nd`: ordinals in reasons. */
export function ordinalEn(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}
