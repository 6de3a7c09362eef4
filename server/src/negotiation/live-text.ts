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
  /** Replaces the text as one change by `author`; the caller records the attribution in the audit log. */
  write(em: EntityManager, draftId: string, text: ResolutionText, author: TextAuthor): Promise<void>;
  /** The Yjs state to keep with a version, when the live document has one. */
  snapshot(em: EntityManager, draftId: string): Promise<Uint8Array | null>;
}

export const LIVE_TEXT = Symbol('LiveText');
