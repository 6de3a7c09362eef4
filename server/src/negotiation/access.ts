import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { textAccess, type SponsorLists, type TextAct } from '@concordia/domain';
import type { User } from '@concordia/schema';
import { DraftEntity } from '../record/draft.entity';
import { sponsorListsFor } from '../record/sponsorship-event.entity';
import { ApiException } from '../common/errors';

export interface DraftAccess {
  draft: DraftEntity;
  sponsors: SponsorLists;
  /** Delegate of a current main sponsor, or the Secretariat: decides on proposals, statuses, silence, versions. */
  penholder: boolean;
  /** Penholder or delegate of any current sponsor: reads comments meant for sponsors only. */
  sponsor: boolean;
}

/** Who the user is for one draft, from the replayed history of its sponsors (never a cached list). */
@Injectable()
export class NegotiationAccess {
  async of(em: EntityManager, draftId: string, user: User): Promise<DraftAccess> {
    const draft = await em.findOne(DraftEntity, { where: { id: draftId } });
    if (!draft) throw new ApiException('draft-not-found', `No draft with id ${draftId}.`, { id: draftId });
    const sponsors = await sponsorListsFor(em, draftId);
    const d = user.role === 'delegate' ? user.delegation : null;
    const penholder = user.role === 'secretariat' || (d !== null && sponsors.main.includes(d));
    return {
      draft,
      sponsors,
      penholder,
      sponsor: penholder || (d !== null && sponsors.additional.includes(d)),
    };
  }
}

/**
 * Every REST path that changes a draft's text or its negotiation asks `textAccess` (@concordia/domain), the rule
 * the collaboration socket applies, here: one rule, so a path cannot be more generous than another. `what` ends
 * the refusal's sentence ("… may <what>").
 * Refusals: 403 `no-delegation` (observers), 403 `not-penholder` (a write by a delegation that is not a main
 * sponsor), 409 `acted-on` (the Committee has acted on the draft: only the Secretariat still changes it).
 */
export function requireTextAccess(a: DraftAccess, user: User, act: TextAct, what: string): void {
  const verdict = textAccess(user, new Set(a.sponsors.main), a.draft.status, act);
  if (verdict.edit) return;
  const symbol = a.draft.symbol;
  switch (verdict.why) {
    case 'observer':
      throw new ApiException(
        'no-delegation',
        `Observers read ${symbol}; only a delegation or the Secretariat may ${what}.`,
        { symbol },
      );
    case 'not-sponsor':
      throw new ApiException(
        'not-penholder',
        `Only the penholders of ${symbol} (delegates of its main sponsors) or the Secretariat may ${what}.`,
        { symbol },
      );
    case 'acted-on':
      throw new ApiException(
        'acted-on',
        `${symbol} has been ${a.draft.status}: its text is the one the Committee acted on, so delegations may no longer ${what} (only the Secretariat still corrects it).`,
        { symbol, status: a.draft.status },
      );
  }
}

/** Proposing, supporting and breaking silence speak for a delegation: delegates only. */
export function requireDelegation(user: User, what: string): string {
  if (user.role !== 'delegate' || !user.delegation) {
    throw new ApiException('no-delegation', `Only a delegation can ${what}.`);
  }
  return user.delegation;
}
