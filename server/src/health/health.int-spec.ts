import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  api,
  createPgDatabase,
  databaseKinds,
  PG_ADMIN_URL,
  redisAvailable,
  startTestApp,
  TEST_REDIS_URL,
} from '../../test/harness';

describe('health', () => {
  for (const kind of databaseKinds()) {
    it(`answers 200 with the database status (${kind}) and the schema matches the migrations`, async () => {
      const t = await startTestApp(kind);
      try {
        const res = await api(t.url).get('/health');
        expect(res.status).toBe(200);
        expect(res.body.database).toEqual({ status: 'up', driver: kind });
        // The committed migrations produce exactly the schema the entities describe.
        const pending = await t.app.get(DataSource).driver.createSchemaBuilder().log();
        expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      } finally {
        await t.close();
      }
    }, 60_000);
  }

  if (databaseKinds().includes('postgres')) {
    it('answers 503 naming the database when PostgreSQL goes away', async () => {
      const db = await createPgDatabase();
      const t = await startTestApp('postgres', {}, { pgUrl: db.url });
      try {
        expect((await api(t.url).get('/health')).status).toBe(200);
        await db.drop();
        const res = await api(t.url).get('/health');
        expect(res.status).toBe(503);
        expect(res.body.status).toBe('error');
        expect(res.body.database.status).toBe('down');
        expect(res.body.database.error).toEqual(expect.any(String));
      } finally {
        await t.close();
      }
    }, 60_000);
  }

  if (redisAvailable()) {
    it('reports Redis when it is configured, and 503 when it does not answer', async () => {
      const up = await startTestApp('pglite', { REDIS_URL: TEST_REDIS_URL });
      try {
        const res = await api(up.url).get('/health');
        expect(res.status).toBe(200);
        expect(res.body.redis).toEqual({ status: 'up' });
      } finally {
        await up.close();
      }
      const down = await startTestApp('pglite', { REDIS_URL: 'redis://127.0.0.1:1' });
      try {
        const res = await api(down.url).get('/health');
        expect(res.status).toBe(503);
        expect(res.body.redis.status).toBe('down');
      } finally {
        await down.close();
      }
    }, 60_000);
  }
});

// Keeps the admin URL honest: the harness creates databases there.
it('reaches the PostgreSQL used for throwaway databases when it is up', async () => {
  if (!databaseKinds().includes('postgres')) return expect(process.env.CI).not.toBe('true');
  const c = new Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  const r = await c.query('SELECT 1 AS one');
  await c.end();
  expect(r.rows[0].one).toBe(1);
});
