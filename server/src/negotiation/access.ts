import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isActedOn, textAccess, type SponsorLists } from '@concordia/domain';
import type { User } from '@concordia/schema';
import { DraftEntity } from '../record/draft.entity';
import { sponsorListsFor } from '../record/sponsorship-event.entity';

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
    if (!draft) throw new NotFoundException(`No draft with id ${draftId}.`);
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

export function requirePenholder(a: DraftAccess, what: string): void {
  if (!a.penholder) {
    throw new ForbiddenException({
      statusCode: 403,
      error: 'Forbidden',
      code: 'not-penholder',
      message: `Only the penholders of ${a.draft.symbol} (delegates of its main sponsors) or the Secretariat may ${what}.`,
    });
  }
}

/** Proposing, supporting and breaking silence speak for a delegation: delegates only. */
export function requireDelegation(user: User, what: string): string {
  if (user.role !== 'delegate' || !user.delegation) {
    throw new ForbiddenException({
      statusCode: 403,
      error: 'Forbidden',
      code: 'no-delegation',
      message: `Only a delegation can ${what}.`,
    });
  }
  return user.delegation;
}

/**
 * Once the Committee has acted on a draft its text is the one acted on: no more proposals, and no decision that
 * would change the text, except by the Secretariat (see `textAccess`).
 */
export function requireOpenText(a: DraftAccess, user: User, what: 'propose' | 'accept'): void {
  if (!isActedOn(a.draft.status)) return;
  if (what === 'accept' && textAccess(user, new Set(a.sponsors.main), a.draft.status).edit) return;
  throw new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: 'acted-on',
    message: `${a.draft.symbol} has been ${a.draft.status}: its text is the one the Committee acted on, so it can no longer be ${what === 'propose' ? 'the subject of proposals' : 'changed by accepting a proposal (the Secretariat still corrects it)'}.`,
  });
}
