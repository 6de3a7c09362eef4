import * as Y from 'yjs';
import { FRAGMENT, N } from './nodes';
import { ID_ATTR, ID_NODES } from './schema';

/*
 * Permanent paragraph ids. Every paragraph (preambular, operative, sub-paragraph, annex paragraph) and every
 * footnote carries an `id` attribute in the Yjs document: proposals, comments, statuses and silence breaks hang
 * on it, whatever happens to the paragraph's position or wording. The label (PP 3, OP 5 (b)) is computed from
 * position and never stored as identity.
 *
 * Rules (applied by the editor's plugin, see plugin.ts, and by the server's conversion):
 * - a new paragraph gets a fresh random id;
 * - on split, the half that keeps the start of the paragraph keeps the id, the other half gets a new one;
 * - on join, the first paragraph's id survives (the second paragraph's node is gone);
 * - cut and paste, and drag to move, keep the id (the original no longer exists); a copy pasted while the
 *   original is still in the document gets a new id;
 * - undo and redo restore the attribute with the node (Yjs restores the deleted item as it was).
 */

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A fresh id: 12 characters from 36, about 62 bits from crypto.getRandomValues (enough that two editors never
 * draw the same id for a draft's few hundred paragraphs). Hand-written: nanoid is ESM-only and this is 5 lines.
 */
export function newParagraphId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += ALPHABET[b % 36];
  return s;
}

/**
 * The id a paragraph without one gets on migration: derived from its Yjs item id (client and clock), which every
 * replica of the document knows. So the server reading a stored document, the server loading it and any other
 * process all give the same paragraph the same id, without coordinating, and writing it is idempotent.
 */
export function migrationId(el: Y.XmlElement): string {
  const item = el._item;
  if (!item) throw new Error('A paragraph not yet in a document has no migration id.');
  return `y${item.id.client.toString(36)}x${item.id.clock.toString(36)}`;
}

/** The id attribute of an element, if it has a usable one. */
export function idOf(el: Y.XmlElement): string | null {
  const v = el.getAttribute(ID_ATTR) as unknown;
  return typeof v === 'string' && v !== '' ? v : null;
}

/** Every element carrying a paragraph id, in document order. */
export function idElements(doc: Y.Doc): Y.XmlElement[] {
  const out: Y.XmlElement[] = [];
  const walk = (node: Y.XmlElement | Y.XmlFragment) => {
    for (const c of node.toArray()) {
      if (!(c instanceof Y.XmlElement)) continue;
      if (ID_NODES.has(c.nodeName)) out.push(c);
      else if (c.nodeName !== N.footnoteRef) walk(c);
    }
  };
  walk(doc.getXmlFragment(FRAGMENT));
  return out;
}

/**
 * The id each paragraph has, in document order, as everyone will agree on it: its own attribute, or the migration
 * id while it has none; a paragraph whose id an earlier one already has (two editors pasted the same cut
 * paragraph at once) reads as its migration id, which is what `ensureParagraphIds` writes for it.
 */
export function effectiveIds(elements: readonly Y.XmlElement[]): string[] {
  const seen = new Set<string>();
  return elements.map((el) => {
    const own = idOf(el);
    const id = own && !seen.has(own) ? own : migrationId(el);
    seen.add(id);
    return id;
  });
}

/**
 * Gives every paragraph without an id (or with one an earlier paragraph already has) its migration id, in one
 * transaction. Deterministic, so any process may run it on any replica; returns whether it changed anything
 * (the caller then has an update to store and broadcast).
 */
export function ensureParagraphIds(doc: Y.Doc, origin: unknown = null): boolean {
  const elements = idElements(doc);
  const ids = effectiveIds(elements);
  const todo = elements.filter((el, i) => idOf(el) !== ids[i]);
  if (!todo.length) return false;
  doc.transact(() => {
    for (const el of todo) el.setAttribute(ID_ATTR, migrationId(el));
  }, origin);
  return true;
}
