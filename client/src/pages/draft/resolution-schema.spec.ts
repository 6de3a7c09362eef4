/**
 * @jest-environment jsdom
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import * as Y from 'yjs';
import { getSchema } from '@tiptap/core';
import { DOMParser as PMDOMParser, DOMSerializer, type Schema, type Node as PMNode } from '@tiptap/pm/model';
import { AllSelection, EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { joinBackward, splitBlock } from '@tiptap/pm/commands';
import { EditorView } from '@tiptap/pm/view';
import {
  prosemirrorToYXmlFragment,
  redo,
  undo,
  yUndoPluginKey,
  ySyncPlugin,
  yUndoPlugin,
  yXmlFragmentToProseMirrorRootNode,
} from '@tiptap/y-tiptap';
import type { ResolutionText } from '@concordia/schema';
import {
  canonicalText,
  FRAGMENT,
  ID_ATTR,
  N,
  paragraphIdsPlugin,
  resolutionSchema,
  textToYDoc,
  updateText,
  validateFragment,
  yDocToText,
  yDocToTextWithIds,
} from '@concordia/resolution';
import { outlineWithIds } from '@concordia/negotiation';
import { RESOLUTION_NODES } from './resolution-schema';

/*
 * The editor's own schema (the TipTap nodes the draft page uses) and real editing operations on it, through
 * y-prosemirror (@tiptap/y-tiptap, what TipTap's Collaboration extension runs) bound to a Yjs document, with the
 * paragraph-id plugin the page installs. jsdom stands in for the browser.
 */

const TEXT: ResolutionText = {
  language: 'fr',
  preamble: [
    'Rappelant sa résolution 75/1[^1],',
    'Réaffirmant son engagement,',
    'Notant avec intérêt le rapport,',
  ],
  operative: [
    'Prie les États de coopérer ;',
    { text: 'Invite les donateurs :', sub: ['à contribuer au Fonds ;', 'à rendre compte.'] },
    'Prie le Secrétaire général de lui faire rapport.',
  ],
  annex: { title: 'Annexe', body: ['Premier principe.'] },
  footnotes: { '1': 'Résolution 75/1.' },
};

let schema: Schema;
beforeAll(() => {
  schema = getSchema(RESOLUTION_NODES);
  // jsdom has no layout; ProseMirror asks for rectangles when it scrolls the selection into view.
  const rect = () => ({
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    bottom: 0,
    right: 0,
    width: 0,
    height: 0,
    toJSON: () => '',
  });
  Range.prototype.getBoundingClientRect = rect as never;
  Range.prototype.getClientRects = (() => []) as never;
  Element.prototype.scrollIntoView = () => undefined;
  // ProseMirror's paste builds a ClipboardEvent, which jsdom lacks.
  globalThis.ClipboardEvent ??= class extends Event {
    clipboardData = null;
  } as never;
});

const views: EditorView[] = [];
afterEach(() => views.splice(0).forEach((v) => v.destroy()));

async function until(what: string, ok: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** An editor as the draft page builds it, bound to `doc`. */
async function editor(doc: Y.Doc): Promise<EditorView> {
  const state = EditorState.create({
    schema,
    plugins: [ySyncPlugin(doc.getXmlFragment(FRAGMENT)), yUndoPlugin(), paragraphIdsPlugin()],
  });
  const view = new EditorView(document.body.appendChild(document.createElement('div')), { state });
  views.push(view);
  // The user clicks into the text first. (y-prosemirror writes nothing to Yjs while the editor still shows an
  // empty skeleton and has had no update since its first render; a click is one.)
  view.dispatch(view.state.tr.setSelection(TextSelection.atStart(view.state.doc)));
  // y-prosemirror renders the shared document on the next tick.
  await until(
    'the first render',
    () => view.state.doc.child(0).type.name === N.title && view.state.doc.childCount >= 5,
  );
  return view;
}

const paragraphs = (view: EditorView) => {
  const out: { pos: number; node: PMNode }[] = [];
  view.state.doc.descendants((node, pos) => {
    if (node.type.name === N.para) out.push({ pos, node });
    return node.type.name !== N.para;
  });
  return out;
};
const find = (view: EditorView, start: string) => {
  const p = paragraphs(view).find((x) => x.node.textContent.startsWith(start));
  if (!p) throw new Error(`no paragraph starting with ${start}`);
  return p;
};
const idOfText = (doc: Y.Doc, start: string) => {
  const o = outline(doc);
  return o.find((p) => p.text.startsWith(start))?.id;
};
const outline = (doc: Y.Doc) => {
  const { text, ids } = yDocToTextWithIds(doc);
  return outlineWithIds(text, ids);
};
const stop = (view: EditorView) =>
  (yUndoPluginKey.getState(view.state) as { undoManager: Y.UndoManager }).undoManager.stopCapturing();
const run = (view: EditorView, cmd: (s: EditorState, d: (tr: Transaction) => void) => boolean) => {
  expect(cmd(view.state, (tr) => view.dispatch(tr))).toBe(true);
  stop(view);
};

/** Proposals as negotiation keeps them: on a paragraph id, with the text proposed against. */
function proposalsOn(doc: Y.Doc) {
  return outline(doc).map((p) => ({ paragraphId: p.id, baseText: p.text }));
}
/** Every proposal still finds its paragraph, by id, with the text it was made on. */
function attached(doc: Y.Doc, proposals: { paragraphId: string; baseText: string }[]) {
  const now = new Map(outline(doc).map((p) => [p.id, p.text]));
  return proposals.filter((p) => now.get(p.paragraphId) !== p.baseText);
}

describe("the editor's schema is the one schema", () => {
  it('has the node names, content expressions, groups and attributes of @concordia/resolution', () => {
    const describe = (s: Schema) =>
      Object.fromEntries(
        Object.entries(s.nodes).map(([name, t]) => [
          name,
          {
            content: t.spec.content ?? null,
            group: t.spec.group ?? null,
            inline: t.isInline,
            atom: t.isAtom,
            attrs: Object.fromEntries(Object.entries(t.spec.attrs ?? {}).map(([k, v]) => [k, v.default])),
          },
        ]),
      );
    expect(describe(schema)).toEqual(describe(resolutionSchema));
  });

  it('round-trips every part of a text through y-prosemirror, ids included', () => {
    const doc = textToYDoc(TEXT);
    const node = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(FRAGMENT), schema);
    node.check();
    const back = new Y.Doc();
    back.getMap('meta').set('language', 'fr');
    prosemirrorToYXmlFragment(node, back.getXmlFragment(FRAGMENT));
    expect(yDocToText(back)).toEqual(canonicalText(TEXT));
    expect(yDocToTextWithIds(back).ids).toEqual(yDocToTextWithIds(doc).ids);
    expect(validateFragment(back.getXmlFragment(FRAGMENT)).ok).toBe(true);
  });

  it('keeps ids, levels and footnote references on the clipboard', () => {
    const doc = textToYDoc(TEXT);
    const node = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(FRAGMENT), schema);
    const html = DOMSerializer.fromSchema(schema).serializeFragment(node.content);
    const div = document.createElement('div');
    div.appendChild(html);
    expect(div.querySelectorAll('p[data-pid]')).toHaveLength(9 + 1);
    const parsed = PMDOMParser.fromSchema(schema).parse(div);
    expect(parsed.toJSON()).toEqual(node.toJSON());
  });
});

describe('paragraphs keep their id through real editing', () => {
  it('typing, splitting and joining: the start keeps the id, a new paragraph gets a new one', async () => {
    const doc = textToYDoc(TEXT);
    const view = await editor(doc);
    const before = outline(doc);
    const op1 = idOfText(doc, 'Prie les États')!;
    // Split in the middle: "Prie les États" keeps the id, "de coopérer ;" is new.
    const at = find(view, 'Prie les États');
    view.dispatch(
      view.state.tr.setSelection(TextSelection.create(view.state.doc, at.pos + 1 + 'Prie les États '.length)),
    );
    run(view, splitBlock);
    expect(idOfText(doc, 'Prie les États')).toBe(op1);
    const second = idOfText(doc, 'de coopérer')!;
    expect(second).toBeTruthy();
    expect(new Set(outline(doc).map((p) => p.id)).size).toBe(outline(doc).length);
    // Join back: the first paragraph's id survives.
    const again = find(view, 'de coopérer');
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, again.pos + 1)));
    run(view, joinBackward);
    expect(outline(doc)).toEqual(before);
    // Enter at the very start opens an empty paragraph above; the text keeps its id.
    const start = find(view, 'Prie le Secrétaire');
    const sgId = idOfText(doc, 'Prie le Secrétaire');
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, start.pos + 1)));
    run(view, splitBlock);
    expect(idOfText(doc, 'Prie le Secrétaire')).toBe(sgId);
    const ids = paragraphs(view).map((p) => p.node.attrs[ID_ATTR] as string);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('moving a paragraph (drag and drop) keeps its id and what hangs on it', async () => {
    const doc = textToYDoc(TEXT);
    const view = await editor(doc);
    const proposals = proposalsOn(doc);
    const moved = find(view, 'Réaffirmant');
    const target = find(view, 'Notant');
    // What ProseMirror's drop does: delete the dragged range and insert the slice at the drop point, one step.
    const slice = view.state.doc.slice(moved.pos, moved.pos + moved.node.nodeSize);
    const tr = view.state.tr.delete(moved.pos, moved.pos + moved.node.nodeSize);
    const to = tr.mapping.map(target.pos + target.node.nodeSize);
    view.dispatch(tr.insert(to, slice.content).setMeta('uiEvent', 'drop'));
    expect(yDocToText(doc).preamble).toEqual([TEXT.preamble[0], TEXT.preamble[2], TEXT.preamble[1]]);
    expect(attached(doc, proposals)).toEqual([]);
  });

  it('cut and paste elsewhere keeps the id; a pasted copy of a paragraph still there gets a new one', async () => {
    const doc = textToYDoc(TEXT);
    const view = await editor(doc);
    const proposals = proposalsOn(doc);
    const cutId = idOfText(doc, 'Réaffirmant')!;
    const nextId = idOfText(doc, 'Notant');
    // Select the paragraph the usual way (from its start to the start of the next: Shift+Down) and cut, through
    // ProseMirror's own cut handler, which serializes the selection to the clipboard and deletes it.
    const p = find(view, 'Réaffirmant');
    const next = find(view, 'Notant');
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, p.pos + 1, next.pos + 1)));
    const store: Record<string, string> = {};
    const clipboardData = {
      clearData: () => Object.keys(store).forEach((k) => delete store[k]),
      setData: (type: string, value: string) => (store[type] = value),
      getData: (type: string) => store[type] ?? '',
    };
    view.dom.dispatchEvent(
      Object.assign(new Event('cut', { bubbles: true, cancelable: true }), { clipboardData }),
    );
    stop(view);
    expect(outline(doc).map((x) => x.text)).not.toContain(TEXT.preamble[1]);
    // The paragraph that took the cut one's place keeps its own id.
    expect(idOfText(doc, 'Notant')).toBe(nextId);
    expect(store['text/html']).toContain(`data-pid="${cutId}"`);
    // Paste at the start of the last operative paragraph: the paragraph comes back whole, with its id.
    const sg = find(view, 'Prie le Secrétaire');
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, sg.pos + 1)));
    expect(view.pasteHTML(store['text/html']!)).toBe(true);
    stop(view);
    expect(outline(doc).find((x) => x.id === cutId)).toMatchObject({
      part: 'operative',
      text: TEXT.preamble[1],
    });
    expect(attached(doc, proposals)).toEqual([]);
    // Paste it again while it is there: the copy gets a new id, wherever it lands (here, before the original).
    const first = find(view, 'Prie les États');
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, first.pos + 1)));
    expect(view.pasteHTML(store['text/html']!)).toBe(true);
    const copies = outline(doc).filter((x) => x.text === TEXT.preamble[1]);
    expect(copies).toHaveLength(2);
    expect(copies[1]!.id).toBe(cutId);
    expect(copies[0]!.id).not.toBe(cutId);
    expect(attached(doc, proposals)).toEqual([]);
  });

  it('select all and delete, then undo: every paragraph is back with its id; redo and undo again too', async () => {
    const doc = textToYDoc(TEXT);
    const view = await editor(doc);
    const before = outline(doc);
    const proposals = proposalsOn(doc);
    view.dispatch(view.state.tr.setSelection(new AllSelection(view.state.doc)).deleteSelection());
    stop(view);
    expect(outline(doc)).toEqual([]);
    expect(validateFragment(doc.getXmlFragment(FRAGMENT)).ok).toBe(true);
    expect(undo(view.state)).toBe(true);
    await until('the undo reaches the editor', () => paragraphs(view).length === 9);
    expect(outline(doc)).toEqual(before);
    expect(attached(doc, proposals)).toEqual([]);
    expect(redo(view.state)).toBe(true);
    expect(outline(doc)).toEqual([]);
    expect(undo(view.state)).toBe(true);
    expect(outline(doc)).toEqual(before);
    expect(paragraphs(view).map((p) => p.node.attrs[ID_ATTR])).toEqual(before.map((p) => p.id));
  });

  it('select all and delete, then restore the earlier version: the paragraphs come back with their ids', async () => {
    const doc = textToYDoc(TEXT);
    const view = await editor(doc);
    const proposals = proposalsOn(doc);
    const version = yDocToTextWithIds(doc);
    view.dispatch(view.state.tr.setSelection(new AllSelection(view.state.doc)).deleteSelection());
    expect(outline(doc)).toEqual([]);
    // Restoring a version the way the server does: the version's text, with the ids its snapshot holds.
    updateText(doc, version.text, 'restore', { ids: version.ids });
    await until('the restore reaches the editor', () => paragraphs(view).length >= 8);
    expect(attached(doc, proposals)).toEqual([]);
    expect(yDocToText(doc)).toEqual(canonicalText(TEXT));
  });

  it('two editors, one moving a paragraph while the other edits another and types in the moved one', async () => {
    const a = textToYDoc(TEXT);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const va = await editor(a);
    const vb = await editor(b);
    const proposals = proposalsOn(a);
    const movedId = idOfText(a, 'Prie les États')!;
    // Offline from each other: A moves OP 1 to the end; B edits OP 3 and types in OP 1.
    const p = find(va, 'Prie les États');
    const slice = va.state.doc.slice(p.pos, p.pos + p.node.nodeSize);
    const end = find(va, 'Prie le Secrétaire');
    const tr = va.state.tr.delete(p.pos, p.pos + p.node.nodeSize);
    va.dispatch(tr.insert(tr.mapping.map(end.pos + end.node.nodeSize), slice.content));
    const sg = find(vb, 'Prie le Secrétaire');
    vb.dispatch(vb.state.tr.insertText(' avant sa quatre-vingtième session', sg.pos + sg.node.nodeSize - 2));
    const op1 = find(vb, 'Prie les États');
    vb.dispatch(vb.state.tr.insertText('Membres ', op1.pos + 1 + 'Prie les États '.length));
    // They reconnect.
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    await until(
      'both editors show the merged text',
      () =>
        va.state.doc.eq(vb.state.doc) &&
        find(va, 'Prie le Secrétaire').node.textContent.includes('quatre-vingtième'),
    );
    expect(yDocToText(a)).toEqual(yDocToText(b));
    const o = outline(a);
    expect(new Set(o.map((x) => x.id)).size).toBe(o.length);
    // The moved paragraph is last, with its id; Yjs has no move, so B's typing went to the copy A deleted.
    expect(o.filter((x) => x.part === 'operative').at(-1)?.id).toBe(movedId);
    expect(o.find((x) => x.id === movedId)?.text).toBe(TEXT.operative[0]);
    // Every other proposal is on its paragraph; the one on OP 3 sees its paragraph changed (B's edit).
    const sgId = idOfText(a, 'Prie le Secrétaire');
    expect(attached(a, proposals).map((x) => x.paragraphId)).toEqual([sgId]);
  });
});
