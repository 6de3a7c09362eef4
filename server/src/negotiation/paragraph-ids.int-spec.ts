import * as Y from 'yjs';
import { FRAGMENT, ID_ATTR, N } from '@concordia/resolution';
import { api, databaseKinds, startTestApp, type TestApp } from '../../test/harness';
import { connect, operative, seed, synced, until, type Client } from '../collab/collab.test-kit';
import { UsersService } from '../users/users.service';

/**
 * Proposals, comments and statuses hang on the permanent paragraph ids of the co-edited document: an editor
 * that deletes everything and undoes it, or cuts a paragraph and pastes it elsewhere, detaches nothing.
 */
for (const kind of databaseKinds()) {
  describe(`negotiation on permanent paragraph ids (${kind})`, () => {
    let t: TestApp;
    let draftId: string;
    let blrToken: string;
    let fra: ReturnType<typeof api>;
    let blr: ReturnType<typeof api>;

    /** The first operative paragraph's element (the operative part opens with a heading). */
    const firstPara = (doc: Y.Doc) => {
      const op = operative(doc);
      const i = op.toArray().findIndex((c) => c instanceof Y.XmlElement && c.nodeName === N.para);
      return { op, i, el: op.get(i) as Y.XmlElement };
    };

    beforeAll(async () => {
      t = await startTestApp(kind);
      const seeded = await seed(t.url, (a) => t.app.get(UsersService).create(a));
      draftId = seeded.draftId;
      blrToken = seeded.tokens.blr;
      fra = api(t.url, seeded.tokens.fra);
      blr = api(t.url, blrToken);
    }, 120_000);
    afterAll(() => t?.close());

    type Para = { id: string; label: string; text: string; status: string; proposals: { id: string }[] };
    const compilation = async () => {
      const c = await fra.get(`/drafts/${draftId}/negotiation/compilation?lang=fr`);
      expect(c.status).toBe(200);
      return c.body as { paragraphs: Para[]; orphans: { id: string }[] };
    };
    const sections = (doc: Y.Doc) =>
      doc
        .getXmlFragment(FRAGMENT)
        .toArray()
        .filter(
          (c): c is Y.XmlElement =>
            c instanceof Y.XmlElement && (c.nodeName === N.preamble || c.nodeName === N.operative),
        );

    it('select all and delete, then undo: the proposal and the status are back on the paragraph', async () => {
      const editor: Client = connect(t.url, draftId, blrToken, 'BLR');
      try {
        await synced(editor);
        const c = await compilation();
        const op1 = c.paragraphs.find((p) => p.label === 'OP 1')!;
        const p = await fra.post(`/drafts/${draftId}/negotiation/proposals`, {
          paragraphId: op1.id,
          kind: 'amend',
          text: `${op1.text} (modifié)`,
        });
        expect(p.status).toBe(201);
        expect(
          (await blr.put(`/drafts/${draftId}/negotiation/paragraphs/${op1.id}/status`, { status: 'agreed' }))
            .status,
        ).toBeLessThan(300);
        // The editor's ids are the server's: the document carries them.
        await until(
          () => firstPara(editor.doc).el.getAttribute(ID_ATTR) === op1.id,
          'the editor sees the permanent id',
        );
        const undo = new Y.UndoManager(sections(editor.doc), { trackedOrigins: new Set(['typing']) });
        editor.doc.transact(() => sections(editor.doc).forEach((s) => s.delete(0, s.length)), 'typing');
        await until(async () => (await compilation()).paragraphs.length === 0, 'every paragraph gone');
        expect((await compilation()).orphans.map((o) => o.id)).toContain(p.body.id);
        undo.undo();
        await until(async () => (await compilation()).paragraphs.length === c.paragraphs.length, 'text back');
        const back = (await compilation()).paragraphs.find((x) => x.id === op1.id)!;
        expect(back).toMatchObject({ label: 'OP 1', text: op1.text, status: 'agreed' });
        expect(back.proposals.map((x) => x.id)).toEqual([p.body.id]);
      } finally {
        editor.destroy();
      }
    }, 120_000);

    it('cut and paste elsewhere: the proposal follows the paragraph to its new place', async () => {
      const editor: Client = connect(t.url, draftId, blrToken, 'BLR');
      try {
        await synced(editor);
        const before = await compilation();
        const op1 = before.paragraphs.find((p) => p.label === 'OP 1')!;
        const count = before.paragraphs.filter((p) => /^OP \d+$/.test(p.label)).length;
        // What y-prosemirror writes for a cut and a paste: the element deleted, a new one with the same attributes.
        editor.doc.transact(() => {
          const { op, i, el } = firstPara(editor.doc);
          const copy = el.clone();
          op.delete(i, 1);
          op.insert(op.length, [copy]);
        }, 'typing');
        await until(async () => {
          const moved = (await compilation()).paragraphs.find((p) => p.id === op1.id);
          return moved?.label === `OP ${count}`;
        }, 'OP 1 is now the last operative paragraph');
        const moved = (await compilation()).paragraphs.find((p) => p.id === op1.id)!;
        expect(moved.proposals).toHaveLength(1);
        expect(moved.status).toBe('agreed');
      } finally {
        editor.destroy();
      }
    }, 120_000);
  });
}
