import type { EntityManager } from 'typeorm';
import type { ResolutionText } from '@concordia/schema';

export interface TextAuthor {
  email: string;
  delegation: string | null;
}

/**
 * Where negotiation reads and changes the text of a draft: the co-edited Yjs document (CollabLiveText). Every
 * method runs inside the caller's transaction, through `em`.
 */
export interface LiveText {
  read(em: EntityManager, draftId: string): Promise<ResolutionText | null>;
  /**
   * The text with the permanent id of each paragraph, in the order of `outline()`, read from the document; `ids`
   * is null for a draft whose text has never been co-edited (no document yet). A document stored before ids
   * existed gets them here (written back as one update), so they are the same ones every reader sees.
   */
  readWithIds(
    em: EntityManager,
    draftId: string,
  ): Promise<{ text: ResolutionText; ids: string[] | null } | null>;
  /**
   * Replaces the text as one change by `author`; the caller records the attribution in the audit log. `ids`,
   * when the caller knows them (an accepted proposal, a restored version), are the paragraphs' permanent ids in
   * the order of `outline(text)`, null for a new paragraph.
   */
  write(
    em: EntityManager,
    draftId: string,
    text: ResolutionText,
    author: TextAuthor,
    ids?: readonly (string | null)[],
  ): Promise<void>;
  /** The Yjs state to keep with a version, when the live document has one. */
  snapshot(em: EntityManager, draftId: string): Promise<Uint8Array | null>;
}

export const LIVE_TEXT = Symbol('LiveText');
