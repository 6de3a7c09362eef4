/* The collaboration socket under abuse: whatever a signed-in client sends, the process keeps serving. */
import { api, databaseKinds, startTestApp, type TestApp } from '../../test/harness';
import { UsersService } from '../users/users.service';
import { connect, rawSocket, seed, synced, until, type Client, type Tokens } from './collab.test-kit';
import { CLOSE } from './protocol';

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
  });
}
