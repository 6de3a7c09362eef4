import * as Y from 'yjs';
import { DataSource } from 'typeorm';
import { api, databaseKinds, startTestApp, type TestApp } from '../../test/harness';
import { UsersService } from '../users/users.service';
import { CollabStore } from './collab.store';
import {
  addParagraph,
  connect,
  dossier,
  operative,
  operativeTexts,
  seed,
  synced,
  TEXT,
  until,
  type Client,
  type Tokens,
} from './collab.test-kit';

/**
 * NUL and other control characters, wherever they can come in. PostgreSQL refuses `\u0000` in jsonb and text:
 * one NUL in a draft used to make every compaction fail (stored text and report frozen, compilation and versions
 * answering 500). Now the server deletes them from live documents, strips them when it projects the document to
 * text, and refuses them in every request body.
 */
jest.setTimeout(60_000);

for (const kind of databaseKinds()) {
  describe(`control characters (${kind})`, () => {
    let t: TestApp;
    let tok: Tokens;
    let draftId: string;
    const clients: Client[] = [];
    beforeAll(async () => {
      t = await startTestApp(kind);
      ({ tokens: tok, draftId } = await seed(t.url, (a) => t.app.get(UsersService).create(a)));
    }, 180_000);
    afterEach(() => {
      for (const c of clients.splice(0)) c.destroy();
    });
    afterAll(() => t?.close());

    const storedText = async () =>
      (
        (await t.app.get(DataSource).query(`SELECT text FROM drafts WHERE id = $1`, [draftId])) as {
          text: typeof TEXT;
        }[]
      )[0]!.text;
    const paragraphs = (text: typeof TEXT) => JSON.stringify(text.operative);

    it('a NUL already in the log does not block compaction, and the stored text still updates', async () => {
      // As a NUL typed before this fix would be stored: an update in the log that no server scrubbed.
      const store = t.app.get(CollabStore);
      const state = await store.load(draftId);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state!.state);
      const before = Y.encodeStateVector(doc);
      addParagraph(doc, 'Nul\u0000 ici\u0007;');
      await store.append(draftId, Y.encodeStateAsUpdate(doc, before));
      doc.destroy();
      await expect(store.compact(draftId)).resolves.toEqual({ folded: 1 });
      const text = await storedText();
      expect(paragraphs(text)).toContain('Nul ici;');
      expect(paragraphs(text)).not.toMatch(/\\u0000|\\u0007/);
      // Everything that reads the text answers.
      const sec = api(t.url, tok.sec);
      expect((await sec.get(`/drafts/${draftId}/negotiation/compilation`)).status).toBe(200);
      expect((await sec.post(`/drafts/${draftId}/versions`, { name: 'Après NUL' })).status).toBe(201);
      expect((await sec.get(`/drafts/${draftId}/versions`)).status).toBe(200);
    });

    it('a NUL typed over the socket is deleted by the server for everyone, and compaction succeeds', async () => {
      const writer = connect(t.url, draftId, tok.blr, 'writer', { acks: true });
      const reader = connect(t.url, draftId, tok.obs, 'reader');
      clients.push(writer, reader);
      await Promise.all([synced(writer), synced(reader)]);
      addParagraph(writer.doc, 'Tapé\u0000 avec\u001b un NUL;');
      await until(
        () => operativeTexts(reader.doc).includes('Tapé avec un NUL;'),
        'the reader sees the text without control characters',
      );
      await until(
        () => operativeTexts(writer.doc).includes('Tapé avec un NUL;'),
        "the server's deletion reaches the writer",
      );
      // A character typed into an existing paragraph too.
      const last = operative(writer.doc).get(operative(writer.doc).length - 1) as Y.XmlElement;
      (last.get(0) as Y.XmlText).insert(0, '\u0000');
      await until(() => writer.saved >= writer.sent(), 'acknowledged');
      await until(
        () => !JSON.stringify(operativeTexts(reader.doc)).includes('\\u0000'),
        'the second NUL is deleted too',
      );
      await expect(t.app.get(CollabStore).compact(draftId)).resolves.toEqual({ folded: expect.any(Number) });
      expect(paragraphs(await storedText())).toContain('Tapé avec un NUL;');
    });

    it('refuses NUL in proposals, comments, names and dossiers, naming where; nothing is written', async () => {
      const sec = api(t.url, tok.sec);
      const fra = api(t.url, tok.fra);
      const c = await fra.get(`/drafts/${draftId}/negotiation/compilation`);
      const target = (c.body.paragraphs as { id: string }[])[0]!.id;
      const proposal = await fra.post(`/drafts/${draftId}/negotiation/proposals`, {
        paragraphId: target,
        kind: 'amend',
        text: 'Réaffirme\u0000 que',
      });
      expect(proposal.status).toBe(400);
      expect(proposal.body).toMatchObject({ code: 'control-character', params: { char: 'U+0000' } });
      expect(proposal.body.issues).toContainEqual({
        path: 'text',
        message: expect.stringContaining('U+0000'),
      });
      const comment = await fra.post(`/drafts/${draftId}/negotiation/comments`, {
        paragraphId: target,
        body: 'Un\u0008 commentaire',
      });
      expect(comment.status).toBe(400);
      expect(comment.body.code).toBe('control-character');
      expect((await fra.get(`/drafts/${draftId}/negotiation/proposals`)).body).toEqual([]);
      const user = await sec.post('/users', {
        email: 'nul@un.test',
        name: 'Nul\u0000',
        password: 'long enough password',
        role: 'observer',
      });
      expect(user.status).toBe(400);
      // A dossier whose text holds a NUL: 400 with the path, and the draft keeps its text.
      const bad = dossier({ ...TEXT, operative: ['Décide\u0000 de rester saisie de la question.'] });
      const imp = await sec.post('/dossiers', bad);
      expect(imp.status).toBe(400);
      expect(JSON.stringify(imp.body)).toContain('drafts[0].text.operative[0]');
      expect(paragraphs(await storedText())).not.toContain('Décide');
      // Tab and line feed are text, not controls.
      const ok = await fra.post(`/drafts/${draftId}/negotiation/comments`, {
        paragraphId: target,
        body: 'Ligne 1\n\tLigne 2',
      });
      expect(ok.status).toBe(201);
    });

    it('records who wrote every update of the log: account, delegation, or the server acting', async () => {
      const db = t.app.get(DataSource);
      const log = async () =>
        (await db.query(
          `SELECT user_id, delegation_code, actor FROM collab_updates WHERE draft_id = $1 ORDER BY id`,
          [draftId],
        )) as { user_id: string | null; delegation_code: string | null; actor: string | null }[];
      await t.app.get(CollabStore).compact(draftId);
      const [blrUser] = (await db.query(`SELECT id FROM users WHERE email = 'blr@un.test'`)) as {
        id: string;
      }[];
      const writer = connect(t.url, draftId, tok.blr, 'writer', { acks: true });
      clients.push(writer);
      await synced(writer);
      addParagraph(writer.doc, 'Écrit par le Bélarus\u0000;');
      await until(() => writer.saved >= writer.sent(), 'acknowledged');
      await until(async () => (await log()).some((r) => r.actor !== null), "the server's own change logged");
      // A proposal accepted by the penholder changes the live text on the author's behalf.
      const fra = api(t.url, tok.fra);
      const c = await fra.get(`/drafts/${draftId}/negotiation/compilation`);
      const target = (c.body.paragraphs as { id: string; text: string }[]).find(
        (p) => p.text === 'Écrit par le Bélarus;',
      )!.id;
      const p = await fra.post(`/drafts/${draftId}/negotiation/proposals`, {
        paragraphId: target,
        kind: 'amend',
        text: 'Écrit par le Bélarus et la France;',
      });
      expect(p.status).toBe(201);
      const d = await api(t.url, tok.blr).post(`/negotiation/proposals/${p.body.id}/decision`, {
        decision: 'accepted',
      });
      expect(d.status).toBe(201);
      await until(
        async () => (await log()).some((r) => r.actor?.startsWith('blr@un.test')),
        'decision logged',
      );
      const rows = await log();
      expect(rows).toContainEqual({ user_id: blrUser!.id, delegation_code: 'BLR', actor: null });
      expect(rows).toContainEqual({
        user_id: null,
        delegation_code: null,
        actor: 'server: control characters removed',
      });
      expect(rows).toContainEqual({
        user_id: null,
        delegation_code: 'BLR',
        actor: expect.stringMatching(/^blr@un\.test/),
      });
      // Every row says who wrote it.
      expect(rows.filter((r) => !r.user_id && !r.actor)).toEqual([]);
    });

    it('refuses invisible and bidirectional characters in names and delegations', async () => {
      const sec = api(t.url, tok.sec);
      for (const name of ['France\u202E', 'Fr\u200Bance']) {
        const r = await sec.post('/users', {
          email: `x${name.length}@un.test`,
          name,
          password: 'long enough password',
          role: 'observer',
        });
        expect(r.status).toBe(400);
      }
      const r = await sec.post('/users', {
        email: 'bidi@un.test',
        name: 'Bidi',
        password: 'long enough password',
        role: 'delegate',
        delegation: 'FRA\u2066',
      });
      expect(r.status).toBe(400);
      // In running text they are accepted (Arabic and Hebrew quotations need them) but flagged in the answer.
      const fra = api(t.url, tok.fra);
      const c = await fra.get(`/drafts/${draftId}/negotiation/compilation`);
      const comment = await fra.post(`/drafts/${draftId}/negotiation/comments`, {
        paragraphId: (c.body.paragraphs as { id: string }[])[0]!.id,
        body: 'Lire \u202Eelbisivni\u202C ici',
      });
      expect(comment.status).toBe(201);
      expect(comment.body.textWarnings).toEqual([
        expect.objectContaining({ code: 'invisible-character', path: 'body', params: { char: 'U+202E' } }),
      ]);
      const plain = await fra.post(`/drafts/${draftId}/negotiation/comments`, {
        paragraphId: (c.body.paragraphs as { id: string }[])[0]!.id,
        body: 'Sans surprise',
      });
      expect(plain.body.textWarnings).toBeUndefined();
    });
  });
}
