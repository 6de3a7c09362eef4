import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { stripControlsDeep, type ResolutionText } from '@concordia/schema';
import { idElements, idOf, yDocToTextWithIds } from '@concordia/resolution';
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

  async readWithIds(
    em: EntityManager,
    draftId: string,
  ): Promise<{ text: ResolutionText; ids: string[] | null } | null> {
    const state = await this.collab.encodeState(em, draftId);
    if (!state) {
      const text = await this.collab.readText(em, draftId);
      return text ? { text, ids: null } : null;
    }
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, state);
      // Read like readText: a control character still in the log (its removal not yet applied) must not reach
      // the outline, whose stored copy is jsonb (PostgreSQL refuses \u0000 there).
      const withIds = yDocToTextWithIds(doc);
      const read = { ...withIds, text: stripControlsDeep(withIds.text) };
      // Paragraphs stored before ids existed read as their migration ids; write those down now (the same text
      // changes no paragraph, and updateText gives the missing ids in place), so no editor can give them others.
      if (idElements(doc).some((e) => idOf(e) === null))
        await this.collab.replaceText(em, draftId, read.text, 'Concordia (paragraph ids)');
      return read;
    } finally {
      doc.destroy();
    }
  }

  write(
    em: EntityManager,
    draftId: string,
    text: ResolutionText,
    author: TextAuthor,
    ids?: readonly (string | null)[],
  ): Promise<void> {
    return this.collab.replaceText(
      em,
      draftId,
      text,
      author.delegation ? `${author.email} (${author.delegation})` : author.email,
      ids,
      { userId: null, delegation: author.delegation },
    );
  }

  snapshot(em: EntityManager, draftId: string): Promise<Uint8Array | null> {
    return this.collab.encodeState(em, draftId);
  }
}
