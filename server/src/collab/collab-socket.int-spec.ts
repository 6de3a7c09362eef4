/* The collaboration socket under abuse: whatever a signed-in client sends, the process keeps serving. */
import * as decoding from 'lib0/decoding';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { api, databaseKinds, startTestApp, type TestApp } from '../../test/harness';
import { UsersService } from '../users/users.service';
import { CollabGateway } from './collab.gateway';
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
  awarenessMessage,
  awarenessProtocol,
  CLOSE,
  LIMITS,
  MAX_MESSAGE_BYTES,
  MSG,
  SYNC,
  syncMessage,
  syncStep1,
} from './protocol';

jest.setTimeout(30_000);

for (const kind of databaseKinds()) {
  describe(`the collaboration socket under abuse (${kind})`, () => {
    let t: TestApp;
    let tok: Tokens;
    let draftId: string;
    const clients: Client[] = [];
    const open = (token: string, name?: string, opts?: { acks?: boolean }) => {
      const c = connect(t.url, draftId, token, name, opts);
      clients.push(c);
      return c;
    };
    /** Promise rejections nobody handled while the test ran (each would end a production process). */
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);

    beforeAll(async () => {
      process.on('unhandledRejection', onUnhandled);
      t = await startTestApp(kind);
      ({ tokens: tok, draftId } = await seed(t.url, (a) => t.app.get(UsersService).create(a)));
    }, 180_000);
    afterEach(() => {
      for (const c of clients.splice(0)) c.destroy();
      expect(unhandled).toEqual([]);
    });
    afterAll(async () => {
      process.off('unhandledRejection', onUnhandled);
      await t?.close();
    });

    it('a sync step 1 with an empty or truncated state vector closes that socket (4400), from anyone, and nothing else', async () => {
      for (const who of ['obs', 'blr'] as const) {
        for (const bytes of [
          [0, 0, 0],
          [0, 0, 1, 5],
          [0, 0, 3, 1, 0x80, 0x80],
        ]) {
          const s = rawSocket(t.url, `/collab/${draftId}?token=${tok[who]}`);
          await s.opened;
          s.ws.send(new Uint8Array(bytes));
          expect(await s.closed).toEqual(CLOSE.malformed);
        }
      }
      // Still serving, and nothing was left behind to fail later.
      expect((await api(t.url).get('/health')).status).toBe(200);
      const fresh = open(tok.sec);
      await synced(fresh);
      await until(() => fresh.granted > 0, 'fresh client granted');
    });

    it('presence is tied to the account: an observer posing as France is shown as itself, others ids and huge presence are not relayed', async () => {
      const watcher = open(tok.sec, 'Secrétariat');
      await synced(watcher);
      const obs = open(tok.obs, 'France');
      obs.provider.awareness.setLocalStateField('user', {
        name: 'France',
        label: 'France (FRA)',
        color: '#000000',
        delegation: 'FRA',
      });
      await synced(obs);
      const shown = () =>
        watcher.provider.awareness.getStates().get(obs.doc.clientID) as
          { user?: Record<string, unknown> } | undefined;
      await until(() => shown()?.user !== undefined, 'observer presence relayed');
      expect(shown()!.user!.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(shown()!.user!.color).not.toBe('#000000');
      expect(shown()!.user).toMatchObject({ name: 'Observer', label: 'Observer', delegation: null });

      // 50,000 fake users in one 3.5 MB presence message: the socket is closed, nothing reaches the others.
      const fake = new awarenessProtocol.Awareness(new Y.Doc());
      const ids: number[] = [];
      for (let i = 0; i < 50_000; i++) {
        const id = 1_000_000 + i;
        ids.push(id);
        fake.states.set(id, {
          user: { name: `Fake ${i}`, label: 'Belarus (BLR)', color: '#123456' },
        });
        fake.meta.set(id, { clock: 1, lastUpdated: Date.now() });
      }
      const huge = awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(fake, ids));
      expect(huge.length).toBeGreaterThan(3_000_000);
      expect(huge.length).toBeLessThan(MAX_MESSAGE_BYTES);
      const big = rawSocket(t.url, `/collab/${draftId}?token=${tok.obs}`);
      await big.opened;
      await until(() => big.messages.length > 0, 'joined');
      big.ws.send(huge);
      expect(await big.closed).toEqual(CLOSE.presenceTooLarge);

      // Under the size bound, ids other than the socket's own are dropped.
      const few = rawSocket(t.url, `/collab/${draftId}?token=${tok.obs}`);
      await few.opened;
      await until(() => few.messages.length > 0, 'joined');
      few.ws.send(awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(fake, ids.slice(0, 20))));
      // A marker from the watcher's side proves the server handled the message before we look.
      const before = few.messages.length;
      few.ws.send(new Uint8Array([MSG.queryAwareness]));
      // (The answer, not the 3-byte keepalive.)
      await until(
        () => few.messages.slice(before).some((m) => m[0] === MSG.awareness && m.length > 3),
        'query answered',
      );
      const states = watcher.provider.awareness.getStates();
      expect(ids.slice(1, 20).some((id) => states.has(id))).toBe(false);
      const mine = states.get(ids[0]!) as { user?: { name?: string } } | undefined;
      if (mine) expect(mine.user?.name).toBe('Observer');
      few.ws.close();
      fake.destroy();
    });

    it('bounds what a socket may send before it is attached to its draft (1008)', async () => {
      const svc = t.app.get(CollabService);
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const join = svc.join.bind(svc);
      const spy = jest.spyOn(svc, 'join').mockImplementation(async (...args) => {
        await gate;
        return join(...args);
      });
      try {
        const many = rawSocket(t.url, `/collab/${draftId}?token=${tok.obs}`);
        await many.opened;
        for (let i = 0; i <= LIMITS.preAuthMaxMessages; i++)
          many.ws.send(new Uint8Array([MSG.queryAwareness]));
        expect(await many.closed).toEqual(CLOSE.tooEarly);
        const bytes = rawSocket(t.url, `/collab/${draftId}?token=${tok.obs}`);
        await bytes.opened;
        const chunk = new Uint8Array(LIMITS.preAuthMaxBytes / 2 + 1);
        bytes.ws.send(chunk);
        bytes.ws.send(chunk);
        expect(await bytes.closed).toEqual(CLOSE.tooEarly);
        // Under the bounds, the buffered messages are handled once attached.
        const few = rawSocket(t.url, `/collab/${draftId}?token=${tok.obs}`);
        await few.opened;
        few.ws.send(new Uint8Array([MSG.queryAwareness]));
        release();
        await until(() => few.messages.some((m) => m[0] === MSG.awareness), 'buffered query answered');
        few.ws.close();
      } finally {
        release();
        spy.mockRestore();
      }
    });

    it('cuts a socket that stops answering pings, and keeps live ones alive with messages every few seconds', async () => {
      const gateway = t.app.get(CollabGateway);
      const saved = { ...LIMITS };
      LIMITS.pingIntervalMs = 300;
      LIMITS.keepaliveMs = 200;
      gateway.startHeartbeat();
      try {
        const alive = rawSocket(t.url, `/collab/${draftId}?token=${tok.obs}`);
        const dead = rawSocket(t.url, `/collab/${draftId}?token=${tok.obs}`);
        await Promise.all([alive.opened, dead.opened]);
        await until(() => alive.messages.length > 0 && dead.messages.length > 0, 'joined');
        // The keepalive: an empty presence update, a no-op for clients.
        await until(
          () => alive.messages.some((m) => Buffer.compare(m, Buffer.from([MSG.awareness, 1, 0])) === 0),
          'keepalive',
        );
        // A peer gone silent (its socket no longer read, so no pong) is cut by the server.
        const conns = () => connsOf(t.app.get(CollabService), draftId);
        const before = conns();
        dead.ws.pause();
        await until(() => conns() === before - 1, 'silent socket cut', 5000);
        expect(alive.ws.readyState).toBe(alive.ws.OPEN);
        alive.ws.close();
        dead.ws.terminate();
      } finally {
        Object.assign(LIMITS, saved);
        gateway.startHeartbeat();
      }
    });

    it('an update with a gap stalls only its writer: others are acknowledged, and the writer is asked to resync', async () => {
      const a = rawSocket(t.url, `/collab/${draftId}?token=${tok.blr}&acks=1`);
      const b = open(tok.sec, 'Secrétariat', { acks: true });
      await Promise.all([a.opened, synced(b)]);
      await until(() => a.messages.length > 0, 'a joined');
      // Two successive edits made elsewhere; a sends only the second.
      const x = new Y.Doc();
      Y.applyUpdate(x, Y.encodeStateAsUpdate(b.doc));
      const edits: Uint8Array[] = [];
      x.on('update', (u: Uint8Array) => edits.push(u));
      typeChar(x, 'A');
      typeChar(x, 'B');
      const stepsBefore = a.messages.filter(isStep1).length;
      a.ws.send(syncMessage(SYNC.update, edits[1]!));
      await until(() => a.messages.filter(isStep1).length > stepsBefore, 'a asked to resync');
      // b goes on typing, and is told its edits are saved.
      for (const ch of 'xyz') {
        typeChar(b.doc, ch);
        await until(() => b.saved === b.sent(), `b's ${ch} acknowledged`);
      }
      const savedOf = (m: Buffer[]) =>
        m
          .filter((x) => x[0] === MSG.saved)
          .map((x) => decoding.readVarUint(decoding.createDecoder(x.subarray(1))));
      expect(savedOf(a.messages)).toEqual([]);
      // a answers the resync with the missing part: both go in, and a is acknowledged.
      a.ws.send(syncMessage(SYNC.step2, edits[0]!));
      await until(() => savedOf(a.messages).includes(2), 'a acknowledged');
      await until(
        () => operativeTexts(b.doc).some((p) => p.endsWith('ABxyz') || p.endsWith('xyzAB')),
        'AB reach b',
      );
      a.ws.close();
      x.destroy();
    });

    it('a client that asks for the whole document again and again is closed (1008), one that never reads too (1013), and memory stays bounded', async () => {
      // Many full-state requests, read or not: over the rate, closed with a reason.
      const flood = rawSocket(t.url, `/collab/${draftId}?token=${tok.obs}`);
      await flood.opened;
      await until(() => flood.messages.length > 0, 'joined');
      const sv = syncStep1(Y.encodeStateVector(new Y.Doc()));
      for (let i = 0; i < 100; i++) flood.ws.send(sv);
      expect(await flood.closed).toEqual(CLOSE.tooManyRequests);

      // A large document (about 1 MB), and a client that asks for it within the rate but never reads.
      const writer = open(tok.blr, 'Belarus', { acks: true });
      await synced(writer);
      addParagraph(writer.doc, 'x'.repeat(256 * 1024));
      await until(
        () => writer.saved === writer.sent(),
        () =>
          `large paragraph saved (${writer.saved}/${writer.sent()}, closes ${JSON.stringify(writer.closes)})`,
        30_000,
      );
      const svc = t.app.get(CollabService);
      const conns = () => connsOf(svc, draftId);
      const saved = { ...LIMITS };
      LIMITS.fullStateBurst = 1000;
      // Long enough for this side to read what was queued before the close frame (cut after it otherwise).
      LIMITS.closeGraceMs = 30_000;
      try {
        const slow = rawSocket(t.url, `/collab/${draftId}?token=${tok.obs}`);
        await slow.opened;
        await until(() => slow.messages.length > 0, 'joined');
        const joined = conns();
        slow.ws.pause(); // reads nothing from now on: what the server sends piles up
        const rss = process.memoryUsage().rss;
        for (let i = 0; i < 400; i++) slow.ws.send(sv);
        // 400 answers of 256 KB: without the bound the server would hold them all (100 MB).
        // The server closes it (its close frame waits behind what is queued, unread).
        await until(
          () => socketsOf(svc, draftId).some((ws) => ws.readyState === ws.CLOSING),
          'slow socket closed by the server',
          20_000,
        );
        expect(process.memoryUsage().rss - rss).toBeLessThan(100 * 1024 * 1024);
        slow.ws.resume();
        expect(await slow.closed).toEqual(CLOSE.tooSlow);
        await until(() => conns() === joined - 1, 'slow socket gone');
      } finally {
        Object.assign(LIMITS, saved);
      }
    }, 60_000);
  });
}

/** The server side of the sockets attached to a loaded draft. */
function socketsOf(svc: CollabService, draftId: string): WebSocket[] {
  const ready = (svc as unknown as { ready: Map<string, { conns: Map<WebSocket, unknown> }> }).ready;
  return [...(ready.get(draftId)?.conns.keys() ?? [])];
}

const connsOf = (svc: CollabService, draftId: string) => socketsOf(svc, draftId).length;

function isStep1(m: Buffer): boolean {
  return m[0] === MSG.sync && m[1] === SYNC.step1;
}
