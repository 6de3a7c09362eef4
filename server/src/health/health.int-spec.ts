import * as net from 'node:net';
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
import { UsersService } from '../users/users.service';
import { until } from '../collab/collab.test-kit';
import { noteWrite } from './degraded';

/**
 * A TCP proxy in front of the shared PostgreSQL that a test can cut and restore: PostgreSQL "going down" for
 * one app without stopping the server other test runs use.
 */
async function pgProxy(target: URL) {
  const sockets = new Set<net.Socket>();
  let server: net.Server;
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 5432), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('error', () => undefined);
          s.on('close', () => sockets.delete(s));
        }
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
        client.pipe(upstream).pipe(client);
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
    });
  const port = await listen(0);
  return {
    port,
    cut: async () => {
      await new Promise((r) => {
        server.close(r);
        for (const s of sockets) s.destroy();
      });
    },
    restore: () => (server.listening ? Promise.resolve(port) : listen(port)),
    close: () =>
      new Promise((r) => {
        server.close(r);
        for (const s of sockets) s.destroy();
      }),
  };
}

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
    }, 120_000);
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

  if (databaseKinds().includes('postgres')) {
    it('answers 503 database-unavailable (not 500) on the API while PostgreSQL is unreachable', async () => {
      const db = await createPgDatabase();
      const url = new URL(db.url);
      const proxy = await pgProxy(new URL(db.url));
      url.host = `127.0.0.1:${proxy.port}`;
      const t = await startTestApp('postgres', {}, { pgUrl: url.toString() });
      try {
        await t.app.get(UsersService).create({
          email: 'sec@un.test',
          name: 'Secrétariat',
          password: 'long enough password',
          role: 'secretariat',
        });
        const token = (
          await api(t.url).post('/auth/login', { email: 'sec@un.test', password: 'long enough password' })
        ).body.accessToken as string;
        expect((await api(t.url, token).get('/sessions')).status).toBe(200);
        await proxy.cut();
        for (const call of [
          () => api(t.url, token).get('/sessions'),
          () => api(t.url).post('/auth/login', { email: 'sec@un.test', password: 'long enough password' }),
          () => api(t.url, token).post('/dossiers', { format: 'concordia-dossier/1' }),
        ]) {
          const res = await call();
          expect(res.status).toBe(503);
          expect(res.body).toMatchObject({ statusCode: 503, code: 'database-unavailable' });
          expect(res.headers.get('retry-after')).toBe('5');
        }
        const h = await api(t.url).get('/health');
        expect(h.status).toBe(503);
        expect(h.body.database.status).toBe('down');
        await proxy.restore();
        await until(
          async () => (await api(t.url, token).get('/sessions')).status === 200,
          'back once reachable',
        );
        expect((await api(t.url).get('/health')).body.status).toBe('ok');
      } finally {
        await proxy.restore().catch(() => undefined);
        await t.close();
        await proxy.close();
        await db.drop();
      }
    }, 90_000);
  }

  it('reports a full disk (the last write failed with ENOSPC) until a write succeeds', async () => {
    const t = await startTestApp('pglite');
    try {
      noteWrite(
        Object.assign(new Error('could not extend file: No space left on device'), { code: '53100' }),
      );
      const full = await api(t.url).get('/health');
      expect(full.status).toBe(503);
      expect(full.body).toMatchObject({
        status: 'error',
        disk: { status: 'full', since: expect.any(String) },
      });
      noteWrite(null);
      const ok = await api(t.url).get('/health');
      expect(ok.status).toBe(200);
      expect(ok.body.disk).toBeUndefined();
    } finally {
      noteWrite(null);
      await t.close();
    }
  }, 60_000);

  if (redisAvailable()) {
    it('reports Redis when it is configured, and degraded (200) when it does not answer', async () => {
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
        // Every edit is still saved; only other processes' edits are late. 503 would take every process out of
        // the load balancer at once during a Redis outage.
        const res = await api(down.url).get('/health');
        expect(res.status).toBe(200);
        expect(res.body.status).toBe('degraded');
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
