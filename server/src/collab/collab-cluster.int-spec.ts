import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import * as Y from 'yjs';
import {
  api,
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
  PASSWORD,
  seed,
  synced,
  tokens as loginAll,
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

/**
 * kill -9 during typing: every character another client had received before the kill (the server broadcasts an
 * update only once it is in the log) must be in the document after a restart.
 */
(pgUp ? describe : describe.skip)('crash of the server process (kill -9)', () => {
  let pg: { url: string; drop: () => Promise<void> };
  let child: ChildProcess | undefined;
  afterAll(async () => {
    child?.kill('SIGKILL');
    await pg?.drop();
  });

  const root = path.resolve(__dirname, '../../..');
  function startServer(): Promise<{ url: string; proc: ChildProcess }> {
    const proc = spawn(
      process.execPath,
      ['-r', '@swc-node/register', path.join(root, 'server/src/main.ts')],
      {
        cwd: path.join(root, 'server'),
        env: {
          ...withoutRedis(process.env),
          NODE_OPTIONS: '',
          DATABASE_URL: pg.url,
          PORT: '0',
          HOST: '127.0.0.1',
          CONCORDIA_DEMO: 'false',
          CONCORDIA_LOG_LEVEL: 'log',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return new Promise((resolve, reject) => {
      let out = '';
      const onData = (d: Buffer) => {
        out += d.toString();
        const m = /listening on http:\/\/localhost:(\d+)/.exec(out);
        if (m) resolve({ url: `http://127.0.0.1:${m[1]}`, proc });
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', onData);
      proc.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
    });
  }

  it('loses no update that the server had acknowledged', async () => {
    pg = await createPgDatabase();
    let s = await startServer();
    child = s.proc;
    // The first account is created directly in the database; the rest through the API.
    const { tokens, draftId } = await seed(s.url, async (a) => {
      const argon2 = await import('argon2');
      const { Client: Pg } = await import('pg');
      const db = new Pg({ connectionString: pg.url });
      await db.connect();
      await db.query(`INSERT INTO users (email, name, password_hash, role) VALUES ($1, $2, $3, $4)`, [
        a.email,
        a.name,
        await argon2.hash(PASSWORD),
        a.role,
      ]);
      await db.end();
    });
    const writer = connect(s.url, draftId, tokens.blr, 'writer', { acks: true });
    clients.push(writer);
    await synced(writer);
    // The text as it was when each sync update went out: what the server's acknowledgement of it vouches for.
    const frappe = () => operativeTexts(writer.doc).find((p) => p.startsWith('Frappe: ')) ?? '';
    const asSent: string[] = [];
    writer.onSent = (n) => (asSent[n] = frappe());
    addParagraph(writer.doc, 'Frappe: ');
    let typed = 0;
    const typing = setInterval(() => {
      typeChar(writer.doc, String.fromCharCode(97 + (typed++ % 26)));
    }, 2);
    // Kill once a good number of characters are acknowledged, while typing goes on.
    await until(
      () => (asSent[writer.saved]?.length ?? 0) > 'Frappe: '.length + 150,
      'typing acknowledged',
      30_000,
    );
    s.proc.kill('SIGKILL');
    const acknowledged = asSent[writer.saved]!;
    clearInterval(typing);
    await new Promise((r) => s.proc.once('exit', r));
    for (const c of clients.splice(0)) c.destroy();

    s = await startServer();
    child = s.proc;
    const t2 = await loginAll(s.url);
    const reader = connect(s.url, draftId, t2.obs, 'reader');
    clients.push(reader);
    await synced(reader);
    const after = operativeTexts(reader.doc).find((p) => p.startsWith('Frappe: ')) ?? '';
    // Everything acknowledged is there (possibly more: updates saved but not yet acknowledged at the kill).
    expect(after.startsWith(acknowledged)).toBe(true);
    expect((await api(s.url).get('/health')).status).toBeLessThan(500);
  });
});

function withoutRedis(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { REDIS_URL: _ignored, ...rest } = env;
  return rest;
}
