import * as fs from 'node:fs';
import * as path from 'node:path';
import { api, databaseKinds, login, startTestApp, type TestApp } from '../../test/harness';
import { DataSource } from 'typeorm';
import { UsersService } from '../users/users.service';
import { hashToken } from './auth.service';

const MINIMAL: unknown = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../test/fixtures/minimal-dossier.json'), 'utf8'),
);

for (const kind of databaseKinds()) {
  describe(`accounts, sessions and roles (${kind})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      // Tokens live 2 hours here; the expiry test moves a token's end into the past rather than waiting for
      // it, since a TTL short enough to wait out expires tokens under the other tests on a loaded machine.
      t = await startTestApp(kind, { TOKEN_TTL_HOURS: '2' });
      const users = t.app.get(UsersService);
      await users.create({
        email: 'sec@un.test',
        name: 'Secretariat',
        password: 'secret-password',
        role: 'secretariat',
      });
      await users.create({
        email: 'arm@un.test',
        name: 'Armenia',
        password: 'secret-password',
        role: 'delegate',
        delegation: 'Arménie',
      });
      await users.create({
        email: 'obs@un.test',
        name: 'Holy See',
        password: 'secret-password',
        role: 'observer',
      });
    }, 180_000);
    afterAll(() => t?.close());

    it('logs in with a bearer token and an httpOnly cookie', async () => {
      const res = await api(t.url).post('/auth/login', { email: 'ARM@un.test', password: 'secret-password' });
      expect(res.status).toBe(200);
      expect(res.body.user).toMatchObject({ email: 'arm@un.test', role: 'delegate', delegation: 'ARM' });
      expect(res.body.accessToken).toMatch(/^[\w-]{40,}$/);
      expect(res.headers.get('set-cookie')).toMatch(/concordia_token=[^;]+;.*HttpOnly/i);
      const me = await fetch(`${t.url}/api/auth/me`, {
        headers: { cookie: `concordia_token=${res.body.accessToken}` },
      });
      expect(me.status).toBe(200);
    });

    it('refuses a wrong password and unknown accounts the same way', async () => {
      const wrong = await api(t.url).post('/auth/login', { email: 'arm@un.test', password: 'nope' });
      const unknown = await api(t.url).post('/auth/login', { email: 'nobody@un.test', password: 'nope' });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body.message).toBe(unknown.body.message);
    });

    it('answers 401 to anonymous requests and to revoked or expired tokens', async () => {
      expect((await api(t.url).get('/sessions')).status).toBe(401);
      expect((await api(t.url, 'not-a-token').get('/sessions')).status).toBe(401);
      const token = await login(t.url, 'obs@un.test', 'secret-password');
      expect((await api(t.url, token).get('/sessions')).status).toBe(200);
      await api(t.url, token).post('/auth/logout');
      expect((await api(t.url, token).get('/sessions')).status).toBe(401);
      const res = await api(t.url).post('/auth/login', { email: 'obs@un.test', password: 'secret-password' });
      const short = res.body.accessToken as string;
      const lifetime = Date.parse(res.body.expiresAt as string) - Date.now();
      expect(lifetime).toBeGreaterThan(2 * 3600_000 - 60_000);
      expect(lifetime).toBeLessThanOrEqual(2 * 3600_000);
      expect((await api(t.url, short).get('/auth/me')).status).toBe(200);
      await t.app
        .get(DataSource)
        .query(`UPDATE auth_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [
          hashToken(short),
        ]);
      const expired = await api(t.url, short).get('/auth/me');
      expect(expired.status).toBe(401);
      expect(expired.body.message).toMatch(/expired/);
    });

    it('lets each role do only what it may', async () => {
      const sec = api(t.url, await login(t.url, 'sec@un.test', 'secret-password'));
      const del = api(t.url, await login(t.url, 'arm@un.test', 'secret-password'));
      const obs = api(t.url, await login(t.url, 'obs@un.test', 'secret-password'));
      expect((await sec.post('/dossiers', MINIMAL)).status).toBe(201);
      for (const who of [del, obs]) {
        expect((await who.post('/dossiers', MINIMAL)).status).toBe(403);
        expect((await who.get('/users')).status).toBe(403);
        expect(
          (
            await who.post('/users', {
              email: 'x@un.test',
              name: 'X',
              password: 'a long secret password',
              role: 'secretariat',
            })
          ).status,
        ).toBe(403);
        expect((await who.get('/sessions/76/drafts')).status).toBe(200);
      }
      const denied = await del.post('/dossiers', MINIMAL);
      expect(denied.body.message).toBe(
        'Only secretariat accounts may do this; you are signed in as delegate.',
      );
    });

    it('creates accounts with clear refusals for bad input', async () => {
      const sec = api(t.url, await login(t.url, 'sec@un.test', 'secret-password'));
      const ok = await sec.post('/users', {
        email: 'ita@un.test',
        name: 'Italy',
        password: 'a long secret password',
        role: 'delegate',
        delegation: 'Italie',
      });
      expect(ok.status).toBe(201);
      expect(ok.body.delegation).toBe('ITA');
      const dup = await sec.post('/users', {
        email: 'ita@un.test',
        name: 'Italy',
        password: 'a long secret password',
        role: 'delegate',
        delegation: 'ITA',
      });
      expect(dup.status).toBe(409);
      const noDelegation = await sec.post('/users', {
        email: 'x@un.test',
        name: 'X',
        password: 'a long secret password',
        role: 'delegate',
      });
      expect(noDelegation.status).toBe(400);
      expect(noDelegation.body.issues).toEqual([
        { path: 'delegation', message: 'a delegate belongs to a delegation: give "delegation"' },
      ]);
      const unknown = await sec.post('/users', {
        email: 'y@un.test',
        name: 'Y',
        password: 'a long secret password',
        role: 'delegate',
        delegation: 'Italia',
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.message).toMatch(/Unknown delegation "Italia". Did you mean .*Italie|Italy/);
    });

    it('serves the OpenAPI document and the health check without signing in', async () => {
      const docs = await api(t.url).get('/docs/json');
      expect(docs.status).toBe(200);
      expect(Object.keys(docs.body.paths)).toEqual(
        expect.arrayContaining(['/api/auth/login', '/api/dossiers', '/api/health']),
      );
      const health = await api(t.url).get('/health');
      expect(health.status).toBe(200);
      expect(health.body).toEqual({ status: 'ok', database: { status: 'up', driver: kind } });
    });
  });
}
