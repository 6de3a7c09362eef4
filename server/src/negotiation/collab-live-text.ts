import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ResolutionText } from '@concordia/schema';
import { CollabService } from '../collab/collab.service';
import type { LiveText, TextAuthor } from './live-text';

/**
 * Negotiation on the co-edited text itself: an accepted proposal or a restored version is a change of the live
 * Yjs document, which editors see at once; the attribution goes with the update (and into the audit log).
 */
@Injectable()
export class CollabLiveText implements LiveText {
  constructor(private readonly collab: CollabService) {}

  read(em: EntityManager, draftId: string): Promise<ResolutionText | null> {
    return this.collab.readText(em, draftId);
  }

  write(em: EntityManager, draftId: string, text: ResolutionText, author: TextAuthor): Promise<void> {
    return this.collab.replaceText(
      em,
      draftId,
      text,
      author.delegation ? `${author.email} (${author.delegation})` : author.email,
    );
  }

  snapshot(em: EntityManager, draftId: string): Promise<Uint8Array | null> {
    return this.collab.encodeState(em, draftId);
  }
}
