/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its tree as AbstractType<any> */
import * as Y from 'yjs';
import { FRAGMENT } from '@concordia/resolution';
import { CONTROL_CHARS, stripControls } from '@concordia/schema';

/**
 * Control characters (NUL first of all) typed or pasted into a live document are deleted by the server, as a
 * change of its own that is logged and broadcast like any other. A Yjs update cannot be edited on its way in
 * (its items are addressed by id; changing their content would split the document between clients), and
 * refusing the whole update would drop the legitimate typing merged into it. The projection to structured text
 * strips them as well (`stripControlsDeep` in the compaction path), so a stored one never blocks compaction.
 */

/** What to change in a document so that none of `types` holds a control character; empty when clean. */
function fixes(types: Iterable<Y.AbstractType<any>>): (() => void)[] {
  const out: (() => void)[] = [];
  for (const type of types) {
    if (type instanceof Y.Text) {
      // Delete from the end, so the earlier positions stay right.
      const spans: [number, number][] = [];
      let at = 0;
      for (const op of type.toDelta() as { insert: unknown }[]) {
        if (typeof op.insert !== 'string') {
          at += 1;
          continue;
        }
        CONTROL_CHARS.lastIndex = 0;
        for (let m = CONTROL_CHARS.exec(op.insert); m; m = CONTROL_CHARS.exec(op.insert))
          spans.push([at + m.index, m[0].length]);
        at += op.insert.length;
      }
      CONTROL_CHARS.lastIndex = 0;
      if (spans.length) out.push(() => spans.reverse().forEach(([i, n]) => type.delete(i, n)));
    }
    if (type instanceof Y.XmlElement) {
      for (const [k, v] of Object.entries(type.getAttributes())) {
        if (typeof v === 'string' && stripControls(v) !== v)
          out.push(() => type.setAttribute(k, stripControls(v)));
      }
    }
  }
  return out;
}

/** Removes control characters from the types a transaction changed; true if it had to. */
export function scrubChanged(doc: Y.Doc, tr: Y.Transaction, origin: unknown): boolean {
  // `changed` lists the types that existed before the transaction; those it created (a pasted paragraph) are
  // found under them.
  const types: Y.AbstractType<any>[] = [];
  const isNew = (t: Y.AbstractType<any>) =>
    t._item !== null && t._item.id.clock >= (tr.beforeState.get(t._item.id.client) ?? 0);
  const walk = (t: Y.AbstractType<any>, all: boolean) => {
    types.push(t);
    if (t instanceof Y.XmlElement || t instanceof Y.XmlFragment)
      for (const c of t.toArray() as Y.AbstractType<any>[]) if (all || isNew(c)) walk(c, true);
  };
  for (const t of tr.changed.keys()) walk(t, false);
  const todo = fixes(types);
  if (todo.length) doc.transact(() => todo.forEach((f) => f()), origin);
  return todo.length > 0;
}

/** Removes control characters from the whole document (one stored before they were refused). */
export function scrubAll(doc: Y.Doc, origin: unknown): boolean {
  const types: Y.AbstractType<any>[] = [];
  const walk = (t: Y.AbstractType<any>) => {
    types.push(t);
    if (t instanceof Y.XmlElement || t instanceof Y.XmlFragment)
      for (const c of t.toArray()) walk(c as Y.AbstractType<any>);
  };
  walk(doc.getXmlFragment(FRAGMENT));
  const todo = fixes(types);
  if (todo.length) doc.transact(() => todo.forEach((f) => f()), origin);
  return todo.length > 0;
}
