import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as decoding from 'lib0/decoding';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { canonicalText, READ_ONLY_REASON, textToYDoc, yDocToText } from '@concordia/resolution';
import {
  api,
  createPgDatabase,
  databaseKinds,
  startTestApp,
  type DbKind,
  type TestApp,
} from '../../test/harness';
import { UsersService } from '../users/users.service';
import { CollabService } from './collab.service';
import { CollabStore } from './collab.store';
import {
  addParagraph,
  connect,
  operativeTexts,
  rawSocket,
  seed,
  synced,
  TEXT,
  tokens as loginAll,
  typeChar,
  until,
  type Client,
  type Tokens,
} from './collab.test-kit';
import { CLOSE, MAX_MESSAGE_BYTES, MSG, SYNC, syncMessage } from './protocol';

/** Starts the app on a database that outlives it (so a restart finds the same data). */
async function durableApp(
  kind: DbKind,
  where: { pgUrl?: string; dataDir?: string },
  env: Record<string, string> = {},
) {
  if (kind === 'postgres') return startTestApp('postgres', env, { pgUrl: where.pgUrl });
  return startTestApp('pglite', { CONCORDIA_DATA_DIR: where.dataDir!, ...env });
}

jest.setTimeout(30_000);

for (const kind of databaseKinds()) {
  describe(`live co-editing over y-websocket (${kind})`, () => {
    let t: TestApp;
    let tok: Tokens;
    let draftId: string;
    let pg: { url: string; drop: () => Promise<void> } | undefined;
    let dataDir: string | undefined;
    const clients: Client[] = [];
    const open = (token: string | undefined, name?: string, opts?: { acks?: boolean }) => {
      const c = connect(t.url, draftId, token, name, opts);
      clients.push(c);
      return c;
    };

    beforeAll(async () => {
      if (kind === 'postgres') pg = await createPgDatabase();
      else dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concordia-collab-'));
      t = await durableApp(kind, { pgUrl: pg?.url, dataDir });
      ({ tokens: tok, draftId } = await seed(t.url, (a) => t.app.get(UsersService).create(a)));
    }, 60_000);
    afterEach(() => {
      for (const c of clients.splice(0)) c.destroy();
    });
    afterAll(async () => {
      await t?.close();
      await pg?.drop();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('builds the document from the imported text and serves it to a stock WebsocketProvider', async () => {
      const a = open(tok.blr);
      await synced(a);
      expect(yDocToText(a.doc)).toEqual(canonicalText(TEXT));
      await until(() => a.granted > 0, 'write permission announced');
      expect(a.denied).toEqual([]);
    });

    it('two clients converge, awareness included', async () => {
      const a = open(tok.blr, 'Belarus');
      const b = open(tok.sec, 'Secrétariat');
      await Promise.all([synced(a), synced(b)]);
      addParagraph(a.doc, 'Décide de rester saisie de la question.');
      await until(() => operativeTexts(b.doc).includes('Décide de rester saisie de la question.'), 'a → b');
      typeChar(b.doc, '!');
      await until(() => operativeTexts(a.doc).includes('Décide de rester saisie de la question.!'), 'b → a');
      expect(sameText(a.doc, b.doc)).toBe(true);
      await until(
        () =>
          [...b.provider.awareness.getStates().values()].some(
            (s) => (s as { user?: { name: string } }).user?.name === 'Belarus',
          ),
        'awareness of the other user',
      );
    });

    it('broadcasts updates on arrival while the log keeps up, holds them once it lags, acknowledges what is saved', async () => {
      const a = open(tok.blr, 'Belarus', { acks: true });
      const b = open(tok.sec, 'Secrétariat', { acks: true });
      await Promise.all([synced(a), synced(b)]);
      // Their answers to the server's sync step 1 change nothing: acknowledged at once.
      await until(() => a.sent() > 0 && a.saved === a.sent() && b.saved === b.sent(), 'sync answers saved');
      addParagraph(a.doc, 'Lot : ');
      await until(() => operativeTexts(b.doc).includes('Lot : ') && a.saved === a.sent(), 'paragraph saved');
      const watcher = rawSocket(t.url, `/collab/${draftId}?token=${tok.obs}`);
      await watcher.opened;
      // Joined once the server has sent its greeting (permission, sync step 1): broadcasts reach it from then on.
      await until(() => watcher.messages.length > 0, 'watcher joined');
      const updates = () => watcher.messages.filter((m) => syncUpdateOf(m));
      // What each writer is sent from now on, as Yjs client ids of the changes it carries.
      const echoes = (c: Client) => {
        const seen: number[] = [];
        (c.provider.ws as unknown as import('ws').WebSocket).addEventListener('message', (e) => {
          const u = syncUpdateOf(e.data as Buffer);
          if (u) seen.push(...Y.decodeUpdate(u).structs.map((s) => s.id.client));
        });
        return seen;
      };
      const toA = echoes(a);
      const toB = echoes(b);

      // Hold appends: an open transaction locking the log (on PGlite, holding its one session does as much).
      const db = t.app.get(DataSource);
      const collab = t.app.get(CollabService);
      const bound = collab.tuning.unsavedBroadcastMs;
      const hold = db.createQueryRunner();
      await hold.connect();
      await hold.startTransaction();
      await hold.query(`LOCK TABLE collab_updates IN SHARE MODE`);
      watcher.messages.length = 0;
      const savedBefore = [a.saved, b.saved];
      const received = (n: number) => async () => {
        const text = await collab.readText(db.manager, draftId);
        const para = text?.operative.find((o) => typeof o === 'string' && o.startsWith('Lot : '));
        return typeof para === 'string' && para.length === 'Lot : '.length + n;
      };
      try {
        // Within the bound (made long here, so a slow machine does not leave it): broadcast unsaved, one by one.
        collab.tuning.unsavedBroadcastMs = 60_000;
        for (const ch of 'abc') typeChar(a.doc, ch);
        for (const ch of 'xy') typeChar(b.doc, ch);
        await until(() => updates().length === 5, 'five updates broadcast before their append');
        await until(
          () => sameText(a.doc, b.doc) && /Lot : \w{5}$/.test(lot(a.doc)),
          'writers see each other',
        );
        // Past the bound: held until saved.
        collab.tuning.unsavedBroadcastMs = 0;
        for (const ch of 'de') typeChar(a.doc, ch);
        typeChar(b.doc, 'z');
        await until(received(8), 'eight characters received');
        expect(updates()).toHaveLength(5);
        expect(lot(b.doc)).not.toMatch(/[de]/);
        expect(lot(a.doc)).not.toMatch(/z/);
        // Nothing is acknowledged while it is not in the log.
        expect([a.saved, b.saved]).toEqual(savedBefore);
      } finally {
        collab.tuning.unsavedBroadcastMs = bound;
        await hold.commitTransaction();
        await hold.release();
      }
      await until(() => sameText(a.doc, b.doc) && /Lot : \w{8}$/.test(lot(a.doc)), 'writers converged');
      await until(() => a.saved === a.sent() && b.saved === b.sent(), 'everything acknowledged');
      const fresh = open(tok.fra);
      await synced(fresh);
      expect(lot(fresh.doc)).toBe(lot(a.doc));
      // The three held updates go out together once saved: one more message, and no one's own back to them.
      await until(() => updates().length >= 6, 'watcher updated');
      expect(updates()).toHaveLength(6);
      expect(toA).not.toContain(a.doc.clientID);
      expect(toB).not.toContain(b.doc.clientID);
      expect(toA).toContain(b.doc.clientID);
      expect(toB).toContain(a.doc.clientID);
      // A client that did not ask for acknowledgements (the stock provider would log them) gets none.
      expect(watcher.messages.some((m) => m[0] === MSG.saved)).toBe(false);
      watcher.ws.close();
    });

    if (kind === 'postgres') {
      it('appends on a connection of their own, and go on when the database drops it', async () => {
        // The writer's acknowledgements say when its updates are in the log (b sees them before that).
        const a = open(tok.blr, 'Belarus', { acks: true });
        const b = open(tok.sec);
        await Promise.all([synced(a), synced(b)]);
        const saved = () => a.sent() > 0 && a.saved === a.sent();
        addParagraph(a.doc, 'Connexion : ');
        await until(() => operativeTexts(b.doc).includes('Connexion : ') && saved(), 'first append');
        const db = t.app.get(DataSource);
        const appenders = async () =>
          (await db.query(
            `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'INSERT INTO collab_updates%'`,
          )) as { pid: number }[];
        const [first] = await appenders();
        expect(first).toBeDefined();
        // Every pooled connection busy (10 in all, one of them the appender's): typing is not held up.
        const busy = await Promise.all(
          Array.from({ length: 9 }, async () => {
            const q = db.createQueryRunner();
            await q.connect();
            return q;
          }),
        );
        try {
          typeChar(a.doc, 'a');
          await until(
            () => operativeTexts(b.doc).includes('Connexion : a') && saved(),
            'append with the pool exhausted',
          );
        } finally {
          await Promise.all(busy.map((q) => q.release()));
        }
        expect((await appenders()).map((r) => r.pid)).toEqual([first!.pid]);

        await db.query(`SELECT pg_terminate_backend($1)`, [first!.pid]);
        await until(async () => !(await appenders()).some((r) => r.pid === first!.pid), 'backend gone');
        for (const ch of 'bc') typeChar(a.doc, ch);
        await until(
          () => operativeTexts(b.doc).includes('Connexion : abc') && saved(),
          'appends after the loss',
        );
        const [second] = await appenders();
        expect(second!.pid).not.toBe(first!.pid);
        const fresh = open(tok.fra);
        await synced(fresh);
        expect(operativeTexts(fresh.doc)).toContain('Connexion : abc');
      });
    }

    it('never acknowledges an update it could not integrate yet, and does once its missing part arrives', async () => {
      const a = open(tok.blr, 'Belarus', { acks: true });
      await synced(a);
      addParagraph(a.doc, 'Ordre : ');
      await until(() => a.sent() > 0 && a.saved === a.sent(), 'paragraph saved');
      // Two edits made one after the other elsewhere: the second builds on the first.
      const x = new Y.Doc();
      Y.applyUpdate(x, Y.encodeStateAsUpdate(a.doc));
      const edits: Uint8Array[] = [];
      x.on('update', (u: Uint8Array) => edits.push(u));
      typeChar(x, 'A');
      typeChar(x, 'B');
      const raw = rawSocket(t.url, `/collab/${draftId}?token=${tok.blr}&acks=1`);
      await raw.opened;
      await until(() => raw.messages.length > 0, 'raw socket joined');
      const saved = () =>
        raw.messages
          .filter((m) => m[0] === MSG.saved)
          .map((m) => decoding.readVarUint(decoding.createDecoder(m.subarray(1))));
      // The second edit alone: the server keeps it aside, in no log, and must not call it saved.
      raw.ws.send(syncMessage(SYNC.update, edits[1]!));
      // Messages are handled in order: once the answer to this query is back, the update has been handled.
      const before = raw.messages.length;
      raw.ws.send(new Uint8Array([MSG.queryAwareness]));
      await until(() => raw.messages.slice(before).some((m) => m[0] === MSG.awareness), 'awareness answered');
      expect(saved()).toEqual([]);
      expect(lot(a.doc, 'Ordre : ')).toBe('Ordre : ');
      // The first arrives: both are integrated, appended, and acknowledged together.
      raw.ws.send(syncMessage(SYNC.update, edits[0]!));
      await until(() => saved().includes(2), 'both acknowledged');
      await until(() => lot(a.doc, 'Ordre : ') === 'Ordre : AB', 'both broadcast');
      raw.ws.close();
      x.destroy();
    });

    it('a read-only client cannot change the text and is told so', async () => {
      const writer = open(tok.blr);
      const fra = open(tok.fra);
      const obs = open(tok.obs);
      await Promise.all([synced(writer), synced(fra), synced(obs)]);
      expect(fra.denied[0]).toMatch(/read-only/);
      expect(obs.denied[0]).toMatch(/observers/);
      const before = operativeTexts(writer.doc);
      addParagraph(fra.doc, 'Texte interdit.');
      addParagraph(obs.doc, 'Texte interdit aussi.');
      await until(() => fra.denied.length >= 2 && obs.denied.length >= 2, 'denial of the attempted edits');
      // A marker edit from the writer reaching the read-only clients proves the forbidden ones had their chance.
      addParagraph(writer.doc, 'Marqueur.');
      await until(
        () => operativeTexts(fra.doc).includes('Marqueur.') && operativeTexts(obs.doc).includes('Marqueur.'),
        'marker',
      );
      expect(operativeTexts(writer.doc)).toEqual([...before, 'Marqueur.']);
      const fresh = open(tok.sec);
      await synced(fresh);
      expect(operativeTexts(fresh.doc)).not.toContain('Texte interdit.');
      expect(operativeTexts(fresh.doc)).not.toContain('Texte interdit aussi.');
    });

    it('a delegation that becomes a main sponsor may write within a second', async () => {
      const fra = open(tok.fra);
      await synced(fra);
      expect(fra.denied.length).toBe(1);
      const db = t.app.get(DataSource);
      const start = Date.now();
      await db.query(
        `INSERT INTO sponsorship_events (draft_id, seq, delegation_code, kind, change, at, via) VALUES ($1, 1000, 'FRA', 'main', 'joined', now(), 'secretariat')`,
        [draftId],
      );
      // No call to refreshPermissions: the periodic re-check alone must notice.
      await until(() => fra.granted > 0, 'write permission granted', 1000);
      expect(Date.now() - start).toBeLessThan(1000);
      addParagraph(fra.doc, 'Paragraphe de la France.');
      const other = open(tok.sec);
      await synced(other);
      await until(() => operativeTexts(other.doc).includes('Paragraphe de la France.'), 'FRA edit accepted');
      // Withdrawing takes the right away again, immediately through refreshPermissions.
      await db.query(
        `INSERT INTO sponsorship_events (draft_id, seq, delegation_code, kind, change, at, via) VALUES ($1, 1001, 'FRA', 'main', 'withdrew', now(), 'secretariat')`,
        [draftId],
      );
      await t.app.get(CollabService).refreshPermissions(draftId);
      await until(() => fra.denied.length === 2, 'write permission withdrawn', 1000);
    });

    it('freezes the text for delegations once the Committee acts, and opens it again when the action is struck', async () => {
      const blr = open(tok.blr);
      const sec = open(tok.sec);
      await Promise.all([synced(blr), synced(sec)]);
      expect(blr.granted).toBe(1);
      const secApi = api(t.url, tok.sec);
      const adoption = await secApi.post(`/drafts/${draftId}/actions`, {
        action: { meeting: 10, type: 'adoption', method: 'without-vote' },
      });
      expect(adoption.status).toBe(201);
      // Told at once (the meetings service refreshes the draft's permissions), with the reason.
      await until(() => blr.denied.length === 1, 'main sponsor made read-only', 1000);
      expect(blr.denied[0]).toBe(READ_ONLY_REASON['acted-on']);
      const before = operativeTexts(sec.doc);
      addParagraph(blr.doc, 'Ajout après adoption.');
      await until(() => blr.denied.length === 2, 'the attempted edit refused');
      // The Secretariat still corrects the adopted text, and a new connection is read-only from the start.
      addParagraph(sec.doc, 'Correction du Secrétariat.');
      const late = open(tok.blr);
      await synced(late);
      expect(late.denied).toEqual([READ_ONLY_REASON['acted-on']]);
      await until(() => operativeTexts(late.doc).includes('Correction du Secrétariat.'), 'correction');
      expect(operativeTexts(late.doc)).toEqual([...before, 'Correction du Secrétariat.']);
      // Proposals are closed too.
      const propose = await api(t.url, tok.blr).post(`/drafts/${draftId}/negotiation/proposals`, {
        paragraphId: 'x',
        kind: 'delete',
      });
      expect([propose.status, propose.body.code]).toEqual([409, 'acted-on']);
      // Striking the adoption from the record gives the pen back.
      const struck = await secApi.post(`/actions/${adoption.body.action.id}/supersede`, {
        reason: 'recorded on the wrong draft',
      });
      expect(struck.status).toBe(201);
      await until(() => blr.granted === 2 && late.granted === 1, 'write permission back', 1000);
      // Written by the page that tried nothing while read-only: `blr` still holds its refused paragraph, and
      // an edit next to it would depend on content the server never took.
      addParagraph(late.doc, 'Ajout après correction du procès-verbal.');
      await until(
        () => operativeTexts(sec.doc).includes('Ajout après correction du procès-verbal.'),
        'the edit accepted',
      );
      expect(operativeTexts(sec.doc)).not.toContain('Ajout après adoption.');
    });

    it('refuses unauthenticated, expired, unknown and malformed connections with a close code, and keeps running', async () => {
      const noToken = rawSocket(t.url, `/collab/${draftId}`);
      await noToken.opened;
      noToken.ws.send(new Uint8Array([0, 0, 1, 0])); // a binary sync step 1 instead of a token
      expect(await noToken.closed).toEqual(CLOSE.unauthenticated);

      expect(await rawSocket(t.url, `/collab/${draftId}?token=not-a-token`).closed).toEqual(
        CLOSE.unauthenticated,
      );
      expect(await rawSocket(t.url, `/collab/not-a-uuid?token=${tok.blr}`).closed).toEqual(
        CLOSE.unknownDraft,
      );
      expect(
        await rawSocket(t.url, `/collab/00000000-0000-4000-8000-000000000000?token=${tok.blr}`).closed,
      ).toEqual(CLOSE.unknownDraft);

      const expiring = (await loginAll(t.url)).obs;
      await t.app
        .get(DataSource)
        .query(
          `UPDATE auth_tokens SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM users WHERE email = 'obs@un.test')`,
        );
      expect(await rawSocket(t.url, `/collab/${draftId}?token=${expiring}`).closed).toEqual(CLOSE.expired);
      tok = await loginAll(t.url);

      const garbage = rawSocket(t.url, `/collab/${draftId}?token=${tok.blr}`);
      await garbage.opened;
      garbage.ws.send(new Uint8Array([0, 2, 200, 1, 2, 3])); // an update whose length runs past the end
      expect(await garbage.closed).toEqual(CLOSE.malformed);

      const unknownType = rawSocket(t.url, `/collab/${draftId}?token=${tok.blr}`);
      await unknownType.opened;
      unknownType.ws.send(new Uint8Array([77, 1, 2]));
      expect(await unknownType.closed).toEqual(CLOSE.malformed);

      const badUpdate = rawSocket(t.url, `/collab/${draftId}?token=${tok.blr}`);
      await badUpdate.opened;
      badUpdate.ws.send(new Uint8Array([0, 2, 6, 255, 255, 255, 255, 255, 255])); // well framed, not a Yjs update
      expect((await badUpdate.closed).code).toBe(CLOSE.malformed.code);

      const text = rawSocket(t.url, `/collab/${draftId}?token=${tok.blr}`);
      await text.opened;
      text.ws.send('hello');
      expect(await text.closed).toEqual(CLOSE.malformed);

      const big = rawSocket(t.url, `/collab/${draftId}?token=${tok.blr}`);
      await big.opened;
      big.ws.send(new Uint8Array(MAX_MESSAGE_BYTES + 1));
      expect((await big.closed).code).toBe(1009);

      // The token may also come as the first (text) message.
      const firstMessage = rawSocket(t.url, `/collab/${draftId}`);
      await firstMessage.opened;
      firstMessage.ws.send(JSON.stringify({ token: tok.blr }));
      await until(() => firstMessage.messages.length >= 2, 'auth + sync step 1 after a token message');
      firstMessage.ws.close();

      // Still serving.
      expect((await api(t.url).get('/health')).status).toBeLessThan(500);
      const ok = open(tok.sec);
      await synced(ok);
    });

    it('an edit survives a restart, and drafts.text follows the document after unload', async () => {
      const a = open(tok.blr, 'Belarus', { acks: true });
      await synced(a);
      addParagraph(a.doc, 'Paragraphe avant redémarrage.');
      const b = open(tok.sec);
      await synced(b);
      await until(
        () => operativeTexts(b.doc).includes('Paragraphe avant redémarrage.') && a.saved === a.sent(),
        'broadcast and saved',
      );
      for (const c of clients.splice(0)) c.destroy();
      await t.close().catch(() => undefined);
      t = await durableApp(kind, { pgUrl: pg?.url, dataDir });
      tok = await loginAll(t.url);
      const r = open(tok.obs);
      await synced(r);
      expect(operativeTexts(r.doc)).toContain('Paragraphe avant redémarrage.');
      // Shutting down unloaded (and compacted) the document: the structured text in the record has the edit.
      const draft = await api(t.url, tok.sec).get(`/drafts/${draftId}`);
      expect(JSON.stringify(draft.body.text)).toContain('Paragraphe avant redémarrage.');
    }, 60_000);

    it('compacts the log into the snapshot, and an unloaded document loads back identical', async () => {
      const svc = t.app.get(CollabService);
      svc.tuning.compactEvery = 5;
      svc.tuning.unloadAfterMs = 50;
      const db = t.app.get(DataSource);
      const a = open(tok.blr, 'Belarus', { acks: true });
      const b = open(tok.sec);
      await Promise.all([synced(a), synced(b)]);
      addParagraph(a.doc, 'Compaction: ');
      for (const ch of 'abcdefghijkl') {
        typeChar(a.doc, ch);
        // One character at a time, each waiting for the broadcast and its acknowledgement (it is in the log), so
        // each is one row of the log.
        await until(
          () =>
            operativeTexts(b.doc).includes(
              `Compaction: ${'abcdefghijkl'.slice(0, 'abcdefghijkl'.indexOf(ch) + 1)}`,
            ) && a.saved === a.sent(),
          `char ${ch}`,
        );
      }
      const rows = async () =>
        (
          (await db.query(`SELECT count(*)::int AS n FROM collab_updates WHERE draft_id = $1`, [
            draftId,
          ])) as {
            n: number;
          }[]
        )[0]!.n;
      // Past 5 rows, but no pause in typing yet (under a second between characters): nothing folded so far.
      expect(await rows()).toBeGreaterThanOrEqual(13);
      await until(async () => (await rows()) < 5, 'log compacted after the pause');
      const [snap] = (await db.query(
        `SELECT updates_folded::int AS n FROM collab_snapshots WHERE draft_id = $1`,
        [draftId],
      )) as { n: number }[];
      expect(snap!.n).toBeGreaterThanOrEqual(5);
      const expected = yDocToText(a.doc);
      for (const c of clients.splice(0)) c.destroy();
      await until(() => !svc.loaded().includes(draftId), 'document unloaded');
      const c = open(tok.obs);
      await synced(c);
      expect(yDocToText(c.doc)).toEqual(expected);
      svc.tuning.compactEvery = 500;
      svc.tuning.unloadAfterMs = 2000;
    });

    it('two concurrent cold loads of a draft without state build it once', async () => {
      const db = t.app.get(DataSource);
      const [row] = (await db.query(`SELECT id FROM drafts WHERE id <> $1 LIMIT 1`, [draftId])) as {
        id: string;
      }[];
      let other = row?.id;
      if (!other) {
        const [d] = (await db.query(
          `INSERT INTO drafts (session_id, symbol, agenda_item_id, title_fr, origin, status, text)
           SELECT session_id, 'A/C.3/76/L.99', agenda_item_id, 'Autre', origin, status, text FROM drafts WHERE id = $1 RETURNING id`,
          [draftId],
        )) as { id: string }[];
        other = d!.id;
      }
      const store = t.app.get(CollabStore);
      const [s1, s2] = await Promise.all([store.load(other), store.load(other)]);
      expect([s1!.built, s2!.built].sort()).toEqual([false, true]);
      const d1 = new Y.Doc();
      Y.applyUpdate(d1, s1!.state);
      Y.applyUpdate(d1, s2!.state);
      const [draft] = (await db.query(`SELECT text FROM drafts WHERE id = $1`, [other])) as {
        text: typeof TEXT;
      }[];
      // Had both loads built the document, merging their states would show every paragraph twice.
      expect(yDocToText(d1)).toEqual(canonicalText(draft!.text));
      expect(yDocToText(textToYDoc(draft!.text))).toEqual(yDocToText(d1));
    });
  });
}

function sameText(a: Y.Doc, b: Y.Doc) {
  return JSON.stringify(yDocToText(a)) === JSON.stringify(yDocToText(b));
}

/** The text of the benchmark-style paragraph « Lot : … » of a document. */
function lot(doc: Y.Doc, start = 'Lot : '): string {
  return operativeTexts(doc).find((p) => p.startsWith(start)) ?? '';
}

/** The Yjs update carried by a y-websocket sync-update message, or null for any other message. */
function syncUpdateOf(data: Uint8Array): Uint8Array | null {
  const d = decoding.createDecoder(new Uint8Array(data));
  if (decoding.readVarUint(d) !== MSG.sync || decoding.readVarUint(d) !== SYNC.update) return null;
  return decoding.readVarUint8Array(d);
}
