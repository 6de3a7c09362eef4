/* The collaboration socket fuzzed: random and mutated valid messages of every type must never stop the server. */
import * as prng from 'lib0/prng';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { api, databaseKinds, startTestApp, type TestApp } from '../../test/harness';
import { UsersService } from '../users/users.service';
import { CollabService } from './collab.service';
import {
  addParagraph,
  connect,
  operativeTexts,
  rawSocket,
  seed,
  synced,
  typeChar,
  until,
  type Client,
  type Tokens,
} from './collab.test-kit';
import {
  authMessage,
  awarenessMessage,
  awarenessProtocol,
  MSG,
  SYNC,
  syncMessage,
  syncStep1,
} from './protocol';

/**
 * The fuzzer's seed: printed, and taken from COLLAB_FUZZ_SEED to replay a failure. Each socket stream has its own
 * generator (seed + its number), so the messages each stream sends are the same on a replay; only where the
 * server cut a stream (and so which messages it never read) depends on timing.
 */
const FUZZ_SEED = Number(process.env.COLLAB_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
/**
 * Messages the server must handle per account (a read-only one, then a writing one): 10,000 in all. A message
 * the server refuses ends its socket, so about one in seven costs a new connection (authentication included):
 * the run's time is mostly reconnections.
 */
const PER_ACCOUNT = Number(process.env.COLLAB_FUZZ_MESSAGES ?? 5000);
/** Socket streams per account, fuzzing side by side (each reconnects when the server closes it). */
const STREAMS = 8;
/** Messages a stream sends at once: under the server's bound on messages sent before a socket is attached. */
const BURST = 16;

jest.setTimeout(600_000);

for (const kind of databaseKinds()) {
  describe(`the collaboration socket fuzzed (${kind})`, () => {
    let t: TestApp;
    let tok: Tokens;
    let draftId: string;
    const clients: Client[] = [];
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);

    beforeAll(async () => {
      process.on('unhandledRejection', onUnhandled);
      t = await startTestApp(kind);
      ({ tokens: tok, draftId } = await seed(t.url, (a) => t.app.get(UsersService).create(a)));
    }, 180_000);
    afterAll(async () => {
      for (const c of clients.splice(0)) c.destroy();
      process.off('unhandledRejection', onUnhandled);
      await t?.close();
    });

    it('handles 10,000 random and mutated messages of every type from a read-only and a writing account, and keeps serving', async () => {
      console.log(`collab fuzzer seed ${FUZZ_SEED} (replay with COLLAB_FUZZ_SEED=${FUZZ_SEED})`);
      const svc = t.app.get(CollabService);
      const db = t.app.get(DataSource);
      const handled = jest.spyOn(svc, 'handle');
      const logRows = async () =>
        (
          (await db.query(`SELECT count(*)::int AS n FROM collab_updates WHERE draft_id = $1`, [
            draftId,
          ])) as {
            n: number;
          }[]
        )[0]!.n;
      const watcher = connect(t.url, draftId, tok.sec);
      clients.push(watcher);
      await synced(watcher);
      const initial = Y.encodeStateAsUpdate(watcher.doc);

      /** One stream's message generator: valid messages built on its own replica of the draft, or mutated ones. */
      const generator = (n: number) => {
        const gen = prng.create(FUZZ_SEED + n);
        const replica = new Y.Doc();
        Y.applyUpdate(replica, initial);
        const edits: Uint8Array[] = [];
        replica.on('update', (u: Uint8Array) => edits.push(u));
        const presence = new awarenessProtocol.Awareness(new Y.Doc());
        const valid = (): Uint8Array => {
          switch (prng.int32(gen, 0, 7)) {
            case 0:
              return syncStep1(Y.encodeStateVector(replica));
            case 1:
            case 2:
              if (prng.bool(gen)) typeChar(replica, prng.letter(gen));
              else addParagraph(replica, prng.word(gen, 1, 30));
              return syncMessage(prng.bool(gen) ? SYNC.update : SYNC.step2, edits[edits.length - 1]!);
            case 3: {
              // Presence posing as France, and speaking for other client ids too.
              presence.setLocalState({
                user: { name: 'France', label: 'France (FRA)', color: '#ff0000', delegation: 'FRA' },
                cursor: prng.word(gen),
              });
              const others = Array.from({ length: prng.int32(gen, 0, 3) }, () =>
                prng.uint32(gen, 0, 2 ** 31),
              );
              for (const id of others) {
                presence.states.set(id, { user: { name: prng.word(gen) } });
                presence.meta.set(id, { clock: prng.int32(gen, 0, 5), lastUpdated: 0 });
              }
              const m = awarenessMessage(
                awarenessProtocol.encodeAwarenessUpdate(presence, [presence.clientID, ...others]),
              );
              for (const id of others) {
                presence.states.delete(id);
                presence.meta.delete(id);
              }
              return m;
            }
            case 4:
              return new Uint8Array([MSG.queryAwareness]);
            case 5:
              return authMessage(prng.bool(gen) ? 0 : 1, prng.word(gen));
            case 6:
              // An unknown type now and then (each one ends its socket), else a query.
              if (prng.int32(gen, 0, 3) > 0) return new Uint8Array([MSG.queryAwareness]);
              return new Uint8Array([
                prng.int32(gen, 5, 255),
                ...prng.uint8Array(gen, prng.int32(gen, 0, 8)),
              ]);
            default:
              // An old edit again (duplicates are normal on reconnection).
              return syncMessage(
                SYNC.update,
                edits[prng.int32(gen, 0, edits.length - 1)] ?? new Uint8Array([0, 0]),
              );
          }
        };
        const mutate = (m: Uint8Array): Uint8Array => {
          const b = [...m];
          switch (prng.int32(gen, 0, 4)) {
            case 0:
              for (let i = prng.int32(gen, 1, 3); i > 0; i--)
                b[prng.int32(gen, 0, b.length - 1)] = prng.uint32(gen, 0, 255);
              return new Uint8Array(b);
            case 1:
              return new Uint8Array(b.slice(0, prng.int32(gen, 0, b.length - 1)));
            case 2:
              b.splice(prng.int32(gen, 0, b.length), 0, ...prng.uint8Array(gen, prng.int32(gen, 1, 6)));
              return new Uint8Array(b);
            case 3:
              // A huge varuint where a length, a count or a clock is read.
              b.splice(prng.int32(gen, 1, b.length), 0, 0xff, 0xff, 0xff, 0xff, 0x0f);
              return new Uint8Array(b);
            default:
              return prng.uint8Array(gen, prng.int32(gen, 0, 64));
          }
        };
        return {
          next: () => (prng.int32(gen, 0, 9) < 9 ? valid() : mutate(valid())),
          destroy: () => {
            replica.destroy();
            presence.destroy();
          },
        };
      };

      const closes: number[] = [];
      /** Sends from STREAMS sockets of `token` until the server has handled PER_ACCOUNT of their messages. */
      const fuzz = async (token: string, first: number) => {
        const start = handled.mock.calls.length;
        const done = () => handled.mock.calls.length - start >= PER_ACCOUNT;
        const began = Date.now();
        let sent = 0;
        let sockets = 0;
        let progress = { n: start, at: Date.now() };
        const stream = async (n: number) => {
          const g = generator(n);
          const recent: string[] = [];
          try {
            while (!done()) {
              const s = rawSocket(t.url, `/collab/${draftId}?token=${token}&acks=1`);
              sockets += 1;
              await s.opened;
              let open = true;
              void s.closed.then(({ code }) => {
                closes.push(code);
                open = false;
              });
              while (open && !done()) {
                for (let i = 0; i < BURST; i++, sent++) {
                  const m = g.next();
                  recent.push(Buffer.from(m).toString('hex'));
                  if (recent.length > 20) recent.shift();
                  s.ws.send(m);
                }
                const h = handled.mock.calls.length;
                if (h !== progress.n) progress = { n: h, at: Date.now() };
                else if (Date.now() - progress.at > 20_000)
                  throw new Error(
                    `the server stopped handling messages (seed ${FUZZ_SEED}, stream ${n}); last sent:\n${recent.join('\n')}`,
                  );
                // Let the server read them (and this side answer its pings) before the next burst.
                await new Promise((r) => setTimeout(r, 1));
              }
              if (open) s.ws.close();
              await s.closed;
            }
          } finally {
            g.destroy();
          }
        };
        const report = setInterval(
          () =>
            process.stderr.write(
              `fuzz progress: handled ${handled.mock.calls.length - start}, sent ${sent}, sockets ${sockets}, closes ${JSON.stringify(countBy(closes))}\n`,
            ),
          5000,
        );
        try {
          await Promise.all(Array.from({ length: STREAMS }, (_, i) => stream(first + i)));
        } finally {
          clearInterval(report);
        }
        console.log(
          `collab fuzzer: ${handled.mock.calls.length - start} messages handled of ${sent} sent on ${sockets} sockets in ${Date.now() - began} ms`,
        );
      };

      const rowsBefore = await logRows();
      const textBefore = operativeTexts(watcher.doc);
      await fuzz(tok.obs, 0);
      // Nothing the read-only account sent was written.
      expect(await logRows()).toBe(rowsBefore);
      expect(operativeTexts(watcher.doc)).toEqual(textBefore);
      await fuzz(tok.blr, STREAMS);
      handled.mockRestore();
      console.log(`collab fuzzer: sockets closed by code ${JSON.stringify(countBy(closes))}`);
      // Every socket the server dropped was told why: not the protocol (4400), too many requests (1008), too
      // large (1009); 1005 is the answer to our own close. No internal error (1011), no close without a code.
      expect(closes.filter((c) => ![4400, 1005, 1008, 1009].includes(c))).toEqual([]);
      expect(unhandled).toEqual([]);
      // Still serving: health, and a fresh client syncs to what the server holds.
      expect((await api(t.url).get('/health')).status).toBe(200);
      const fresh = connect(t.url, draftId, tok.fra);
      clients.push(fresh);
      await synced(fresh);
      const text = await svc.readText(db.manager, draftId);
      expect(text).not.toBeNull();
      await until(
        () => JSON.stringify(operativeTexts(fresh.doc)) === JSON.stringify(operativeTexts(watcher.doc)),
        'a fresh client and one that watched it all agree',
      );
    });
  });
}

function countBy(xs: number[]): Record<number, number> {
  const out: Record<number, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}
