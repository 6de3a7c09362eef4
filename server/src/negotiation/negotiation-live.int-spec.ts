import { api, databaseKinds, startTestApp, type TestApp } from '../../test/harness';
import { addParagraph, connect, operativeTexts, seed, synced, TEXT, until } from '../collab/collab.test-kit';
import { UsersService } from '../users/users.service';
import { CollabService } from '../collab/collab.service';

/**
 * Negotiation changes the co-edited text itself: what a penholder accepts appears in every open editor, and an
 * editor's typing is what proposals are made against — nothing is lost between the two features.
 */
for (const kind of databaseKinds()) {
  describe(`negotiation on the live text (${kind})`, () => {
    let t: TestApp;
    let draftId: string;
    let blr: ReturnType<typeof api>;
    let fra: ReturnType<typeof api>;
    let blrToken: string;

    beforeAll(async () => {
      t = await startTestApp(kind);
      const seeded = await seed(t.url, (a) => t.app.get(UsersService).create(a));
      draftId = seeded.draftId;
      blrToken = seeded.tokens.blr;
      blr = api(t.url, blrToken);
      fra = api(t.url, seeded.tokens.fra);
    }, 60_000);
    afterAll(() => t?.close());

    const paragraphId = async (match: (p: { label: string; text: string }) => boolean) => {
      const c = await fra.get(`/drafts/${draftId}/negotiation/compilation`);
      return (c.body.paragraphs as { label: string; id: string; text: string }[]).find(match)!.id;
    };

    it('proposes on what an editor typed, and the accepted proposal appears in the open editor', async () => {
      const editor = connect(t.url, draftId, blrToken, 'BLR');
      try {
        await synced(editor);
        addParagraph(editor.doc, 'Décide de rester saisie de la question.');
        // The typed paragraph is in the live text that negotiation reads.
        await until(async () => {
          const c = await fra.get(`/drafts/${draftId}/negotiation/compilation`);
          return (c.body.paragraphs as { text: string }[]).some(
            (p) => p.text === 'Décide de rester saisie de la question.',
          );
        }, 'typed paragraph visible to negotiation');
        const count = operativeTexts(editor.doc).length;
        const target = await paragraphId((p) => p.text === 'Décide de rester saisie de la question.');
        const p = await fra.post(`/drafts/${draftId}/negotiation/proposals`, {
          paragraphId: target,
          kind: 'amend',
          text: 'Décide de rester activement saisie de la question.',
          reason: 'Stronger',
        });
        expect(p.status).toBe(201);
        expect(
          (await blr.post(`/negotiation/proposals/${p.body.id}/decision`, { decision: 'accepted' })).status,
        ).toBe(201);
        await until(
          () => operativeTexts(editor.doc).at(-1) === 'Décide de rester activement saisie de la question.',
          'accepted wording in the editor',
        );
        expect(operativeTexts(editor.doc)).toHaveLength(count);
      } finally {
        editor.destroy();
      }
    }, 60_000);

    it('applies an accepted proposal to a co-edited draft that nobody has open, without losing the edits', async () => {
      const collab = t.app.get(CollabService);
      await until(() => !collab.loaded().includes(draftId), 'document unloaded', 15_000);
      const target = await paragraphId((p) => p.label === 'OP 1');
      const p = await fra.post(`/drafts/${draftId}/negotiation/proposals`, {
        paragraphId: target,
        kind: 'delete',
        reason: 'Redundant',
      });
      expect(
        (await blr.post(`/negotiation/proposals/${p.body.id}/decision`, { decision: 'accepted' })).status,
      ).toBe(201);
      const editor = connect(t.url, draftId, blrToken, 'BLR');
      try {
        await synced(editor);
        const texts = operativeTexts(editor.doc);
        expect(texts.at(-1)).toBe('Décide de rester activement saisie de la question.');
        const first = TEXT.operative.find((o) => typeof o === 'string');
        expect(texts).not.toContain(first);
      } finally {
        editor.destroy();
      }
    }, 60_000);
  });
}
