import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ResolutionText } from '@concordia/schema';
import { DraftEntity } from '../record/draft.entity';

export interface TextAuthor {
  email: string;
  delegation: string | null;
}

/**
 * Where negotiation reads and changes the text of a draft. The live text is the co-editing module's Yjs
 * document; until that module offers a way to read it as structured text and to apply an attributed edit, this
 * port reads and writes `drafts.text` (see the report: what negotiation needs from collab).
 */
export interface LiveText {
  read(em: EntityManager, draftId: string): Promise<ResolutionText | null>;
  /** Replaces the text as one change by `author`; the caller records the attribution in the audit log. */
  write(em: EntityManager, draftId: string, text: ResolutionText, author: TextAuthor): Promise<void>;
  /** The Yjs state to keep with a version, when the live document has one. */
  snapshot(em: EntityManager, draftId: string): Promise<Uint8Array | null>;
}

export const LIVE_TEXT = Symbol('LiveText');

@Injectable()
export class DraftsTableText implements LiveText {
  async read(em: EntityManager, draftId: string): Promise<ResolutionText | null> {
    const d = await em.findOne(DraftEntity, { where: { id: draftId }, select: { id: true, text: true } });
    return d?.text ?? null;
  }

  async write(em: EntityManager, draftId: string, text: ResolutionText): Promise<void> {
    await em.update(DraftEntity, { id: draftId }, { text });
  }

  snapshot(): Promise<Uint8Array | null> {
    return Promise.resolve(null);
  }
}
