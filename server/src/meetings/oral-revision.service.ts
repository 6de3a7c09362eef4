import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { outline, paragraphByLabel, applyChange } from '@concordia/negotiation';
import { requireTextAccess } from '../negotiation/access';
import { sponsorListsFor } from '../record/sponsorship-event.entity';
import type { ActionInput, User } from '@concordia/schema';
import { CollabService } from '../collab/collab.service';
import { VersionsService } from '../negotiation/versions.service';
import { DraftEntity } from '../record/draft.entity';
import { ApiException } from '../common/errors';

type OralRevision = Extract<ActionInput, { type: 'oral-revision' }>;

/**
 * An oral revision read out at a meeting changes the text: the paragraph takes the new wording in the live
 * document (co-editors see it), and the result is kept as a named version, « as orally revised ».
 */
@Injectable()
export class OralRevisionService {
  constructor(
    private readonly collab: CollabService,
    private readonly versions: VersionsService,
  ) {}

  /**
   * Inside the recording transaction. Returns whether the text changed. A draft whose text the record does not
   * hold keeps the revision's wording in the action only (what happened at the meeting must still be
   * recordable); a paragraph missing from a text that exists refuses the whole action.
   */
  async apply(em: EntityManager, draft: DraftEntity, action: OralRevision, user: User): Promise<boolean> {
    // The same rule as every other change of a text (today the route is the Secretariat's, who always may).
    const sponsors = await sponsorListsFor(em, draft.id);
    requireTextAccess(
      { draft, sponsors, penholder: false, sponsor: false },
      user,
      'write',
      'revise its text orally',
    );
    // A revision known only as « orally revised » (no paragraph or wording in the record) changes no text.
    if (action.paragraph === undefined || action.text === undefined) return false;
    const { paragraph, text: wording } = action;
    if (/^(title|titre)$/i.test(paragraph.trim())) {
      const lang = draft.text?.language ?? (draft.titleFr ? 'fr' : 'en');
      await em.update(
        DraftEntity,
        { id: draft.id },
        lang === 'fr' ? { titleFr: wording } : { titleEn: wording },
      );
      return true;
    }
    const text = await this.collab.readText(em, draft.id);
    const labels = text ? outline(text).map((p) => p.label) : [];
    if (!text || labels.length === 0) return false;
    const target = paragraphByLabel(text, paragraph);
    if (!target) {
      throw new ApiException(
        'unknown-paragraph',
        `The oral revision was not recorded: ${draft.symbol} has no paragraph "${action.paragraph}". It has ${labels[0]} to ${labels[labels.length - 1]}.`,
        { symbol: draft.symbol, paragraph: action.paragraph },
        [{ path: 'action.paragraph', message: `no paragraph "${action.paragraph}" in ${draft.symbol}` }],
      );
    }
    const next = applyChange(text, target.key, { kind: 'amend', text: wording });
    await this.collab.replaceText(
      em,
      draft.id,
      next,
      `${user.email} (oral revision, ${action.paragraph})`,
      undefined,
      { userId: user.id, delegation: user.delegation },
    );
    return true;
  }

  /** After the transaction: the named version (its own transaction, so it sees the committed text). */
  recordVersion(draftId: string, meeting: number, user: User): Promise<unknown> {
    return this.versions.create(draftId, user, `As orally revised at the ${meeting}th meeting`);
  }
}
