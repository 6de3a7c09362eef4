import * as Y from 'yjs';
import {
  createPgDatabase,
  redisAvailable,
  startTestApp,
  TEST_REDIS_URL,
  type TestApp,
} from '../../test/harness';
import { DataSource } from 'typeorm';
import { UsersService } from '../users/users.service';
import { CollabStore } from './collab.store';
import {
  addParagraph,
  connect,
  operativeTexts,
  seed,
  synced,
  typeChar,
  until,
  type Client,
} from './collab.test-kit';

jest.setTimeout(90_000);
const pgUp = process.env.CONCORDIA_TEST_PG === 'up';
const clients: Client[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});

(pgUp && redisAvailable() ? describe : describe.skip)('two server processes behind Redis (postgres)', () => {
  let pg: { url: string; drop: () => Promise<void> };
  let s1: TestApp;
  let s2: TestApp;
  beforeAll(async () => {
    pg = await createPgDatabase();
    s1 = await startTestApp('postgres', { REDIS_URL: TEST_REDIS_URL }, { pgUrl: pg.url });
    s2 = await startTestApp('postgres', { REDIS_URL: TEST_REDIS_URL }, { pgUrl: pg.url });
  });
  afterAll(async () => {
    await s1?.close();
    await s2?.close();
    await pg?.drop();
  });

  it('clients on different processes converge, awareness included', async () => {
    const { tokens, draftId } = await seed(s1.url, (a) => s1.app.get(UsersService).create(a));
    const a = connect(s1.url, draftId, tokens.blr, 'Belarus');
    const b = connect(s2.url, draftId, tokens.sec, 'Secrétariat');
    clients.push(a, b);
    await Promise.all([synced(a), synced(b)]);
    addParagraph(a.doc, 'Écrit sur le premier serveur.');
    await until(
      () => operativeTexts(b.doc).includes('Écrit sur le premier serveur.'),
      'update via Redis 1 → 2',
    );
    typeChar(b.doc, '!');
    await until(
      () => operativeTexts(a.doc).includes('Écrit sur le premier serveur.!'),
      'update via Redis 2 → 1',
    );
    const name = (c: Client) =>
      [...c.provider.awareness.getStates().values()].map(
        (s) => (s as { user?: { name: string } }).user?.name,
      );
    await until(
      () => name(b).includes('Belarus') && name(a).includes('Secrétariat'),
      'awareness across processes',
    );
    // A third client on the second process gets the whole text, although it was written on the first.
    const c = connect(s2.url, draftId, tokens.obs, 'Observer');
    clients.push(c);
    await synced(c);
    expect(Y.encodeStateVector(c.doc)).toEqual(Y.encodeStateVector(a.doc));
  });

  it('only one process compacts a draft at a time', async () => {
    const { Client: Pg } = await import('pg');
    const [draft] = (await s1.app.get(DataSource).query(`SELECT id FROM drafts LIMIT 1`)) as { id: string }[];
    // Another process in the middle of a compaction or load holds the draft's advisory lock.
    const other = new Pg({ connectionString: pg.url });
    await other.connect();
    await other.query('BEGIN');
    await other.query(`SELECT pg_advisory_xact_lock(hashtext('collab:' || $1::text))`, [draft!.id]);
    await expect(s2.app.get(CollabStore).compact(draft!.id)).resolves.toBe(false);
    await other.query('COMMIT');
    await other.end();
    await expect(s2.app.get(CollabStore).compact(draft!.id)).resolves.toEqual({ folded: expect.any(Number) });
  });
});
