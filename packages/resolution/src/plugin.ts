import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Slice, type Fragment, type Node as PMNode } from 'prosemirror-model';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { newParagraphId } from './ids';
import { ID_ATTR, ID_NODES } from './schema';

interface Placed {
  pos: number;
  node: PMNode;
  id: string | null;
}

function idNodes(doc: PMNode): Placed[] {
  const out: Placed[] = [];
  doc.descendants((node, pos) => {
    if (ID_NODES.has(node.type.name)) {
      const id = node.attrs[ID_ATTR] as unknown;
      out.push({ pos, node, id: typeof id === 'string' && id !== '' ? id : null });
      return false;
    }
    return true;
  });
  return out;
}

/** Whether the change came through y-prosemirror (another editor, the server, undo/redo) rather than typing here. */
const fromSync = (trs: readonly Transaction[]) => trs.some((tr) => tr.getMeta(ySyncPluginKey) !== undefined);

export const paragraphIdsKey = new PluginKey('paragraphIds');

/**
 * Keeps every paragraph's permanent id (ids.ts) through editing, in the editor where the edit happens. A
 * paragraph's id follows its first character: after a change made here, each paragraph takes the id of the old
 * paragraph whose first character it now holds (the earliest one, if it holds several). So:
 * - split: the half holding the start keeps the id (Enter at the very start of a paragraph opens an empty
 *   paragraph above: the text keeps its id); the other half gets a new one;
 * - join (Backspace, Delete, or a selection deleted across paragraphs): the first paragraph's id survives; but when
 *   the deletion took a whole paragraph and left its node holding the next one's text, that text keeps its own id;
 * - cut and paste, drag and drop: the paragraph holds no old first character; it keeps the id it carries on the
 *   clipboard if no paragraph has it any more, else (a copy of a paragraph still there) it gets a new one;
 * - a paragraph created here (Enter at the end, a paste from elsewhere) gets a new id.
 * Changes that arrive through y-prosemirror (a co-editor, undo, redo) bring their ids with them: undo restores
 * the very nodes, attributes included. The document is the same on every editor, so if two editors' changes
 * left two paragraphs with one id, each resolves it the same way: the first in the document keeps it.
 * Paragraphs without an id in a document stored before ids existed are left alone: the server gives them ids
 * derived from the document (ensureParagraphIds), the same on every replica, which a random id here would
 * contradict; paragraphs created meanwhile wait for those too.
 */
export function paragraphIdsPlugin(newId: () => string = newParagraphId): Plugin {
  return new Plugin({
    key: paragraphIdsKey,
    appendTransaction(trs, oldState: EditorState, newState: EditorState) {
      if (!trs.some((tr) => tr.docChanged)) return null;
      const synced = fromSync(trs);
      const now = idNodes(newState.doc);
      const before = idNodes(oldState.doc);
      const legacy = before.some((p) => p.id === null) || now.some((p) => p.id === null && synced);
      const wanted = new Map<Placed, string | null>(now.map((p) => [p, p.id]));
      if (!synced && !legacy) {
        const mapping = trs[0]!.mapping.slice();
        for (const tr of trs.slice(1)) mapping.appendMapping(tr.mapping);
        // Who holds each old paragraph's first character now.
        const owner = new Map<Placed, Placed>();
        for (const o of before) {
          const r = mapping.mapResult(o.pos + 1, 1);
          if (o.node.content.size ? r.deletedAfter : r.deleted) continue;
          const n = now.find((p) => r.pos > p.pos && r.pos < p.pos + p.node.nodeSize);
          if (n && !owner.has(n)) owner.set(n, o);
        }
        const claimed = new Set([...owner.values()].map((o) => o.id));
        const kept = new Set<string>();
        for (const n of now) {
          const o = owner.get(n);
          const id = o ? o.id : n.id !== null && !claimed.has(n.id) && !kept.has(n.id) ? n.id : null;
          if (id !== null) kept.add(id);
          wanted.set(n, id);
        }
      } else {
        const seen = new Set<string>();
        for (const n of now) {
          if (n.id === null) continue;
          wanted.set(n, seen.has(n.id) ? null : n.id);
          seen.add(n.id);
        }
      }
      const tr = newState.tr;
      for (const n of now) {
        const id = wanted.get(n) ?? null;
        if (id === n.id && id !== null) continue;
        if (id === null && n.id === null && legacy) continue;
        tr.setNodeAttribute(n.pos, ID_ATTR, id ?? newId());
      }
      return tr.docChanged ? tr : null;
    },
    props: {
      transformPasted: (slice, view) =>
        wholeParagraphs(slice, new Set(idNodes(view.state.doc).map((p) => p.id))),
    },
  });
}

/** The textblock a slice is open into at its start (or end), with the depth of its content. */
function openLeaf(fragment: Fragment, depth: number, end: boolean): PMNode | null {
  let node: PMNode | null = null;
  let f = fragment;
  for (let d = 0; d < depth; d++) {
    node = end ? f.lastChild : f.firstChild;
    if (!node) return null;
    f = node.content;
  }
  return node;
}
function dropLast(fragment: Fragment, depth: number): Fragment {
  const last = fragment.lastChild!;
  if (depth === 0) return fragment.cut(0, fragment.size - last.nodeSize);
  return fragment.replaceChild(fragment.childCount - 1, last.copy(dropLast(last.content, depth - 1)));
}

/**
 * A paragraph cut whole (selected from its start to the start of the next one, the usual way) lands on the
 * clipboard as a slice open into it and into an empty piece of the next paragraph; pasted as such, its text would
 * flow into the paragraph at the cursor and its id be lost. When the slice starts with a paragraph whose id is no
 * longer in the document, it was cut from its start: it is pasted as a whole paragraph, keeping its id, and the
 * empty piece at the end is dropped.
 */
function wholeParagraphs(slice: Slice, present: Set<string | null>): Slice {
  const { openStart, openEnd } = slice;
  const first = openStart > 0 ? openLeaf(slice.content, openStart, false) : null;
  if (!first || !ID_NODES.has(first.type.name) || !first.isTextblock) return slice;
  const id = first.attrs[ID_ATTR] as unknown;
  if (typeof id !== 'string' || present.has(id)) return slice;
  let content = slice.content;
  let end = openEnd;
  const last = openEnd > 0 ? openLeaf(content, openEnd, true) : null;
  if (last && last !== first && last.isTextblock && last.content.size === 0) {
    content = dropLast(content, openEnd - 1);
    end = openEnd - 1;
  } else if (last === first) return slice;
  return new Slice(content, openStart - 1, end);
}
