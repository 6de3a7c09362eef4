import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import WebSocket from 'ws';
import {
  api,
  databaseKinds,
  login,
  redisAvailable,
  startTestApp,
  TEST_REDIS_URL,
  type TestApp,
} from '../../test/harness';
import { UsersService } from './users.service';

const PASSWORD = 'a long secret password';
const MINIMAL: unknown = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../test/fixtures/minimal-dossier.json'), 'utf8'),
);

/** Resolves with the close code once the server closes a collaboration socket (the test fails if it never does). */
function openSocket(url: string, draftId: string, token: string) {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/collab/${draftId}?token=${token}`);
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  return { opened, closed };
}

for (const kind of databaseKinds()) {
  describe(`accounts: password policy, disable, password changes, revocation (${kind})`, () => {
    let t: TestApp;
    let sec: ReturnType<typeof api>;
    let secId: string;
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      t = await startTestApp(kind, { CONCORDIA_SIGNIN_PER_ACCOUNT: '100' });
      const users = t.app.get(UsersService);
      secId = (
        await users.create({ email: 'sec@un.test', name: 'Sec', password: PASSWORD, role: 'secretariat' })
      ).id;
      for (const [email, delegation] of [
        ['fra@un.test', 'FRA'],
        ['arm@un.test', 'ARM'],
        ['blr@un.test', 'BLR'],
      ] as const)
        ids[email] = (
          await users.create({ email, name: email, password: PASSWORD, role: 'delegate', delegation })
        ).id;
      sec = api(t.url, await login(t.url, 'sec@un.test', PASSWORD));
      expect((await sec.post('/dossiers', MINIMAL)).status).toBe(201);
    }, 180_000);
    afterAll(() => t?.close());

    it('refuses short and common passwords for new accounts, with the path', async () => {
      const base = { email: 'new@un.test', name: 'New', role: 'observer' };
      const short = await sec.post('/users', { ...base, password: 'Xy7#kq2!Lm' });
      expect(short.status).toBe(400);
      expect(short.body.issues).toEqual([
        { path: 'password', message: 'passwords have at least 12 characters' },
      ]);
      const common = await sec.post('/users', { ...base, password: 'qwertyuiopasdfgh' });
      expect(common.status).toBe(400);
      expect(common.body).toMatchObject({
        code: 'weak-password',
        issues: [{ path: 'password', message: expect.stringMatching(/most common/) }],
      });
      expect((await sec.post('/users', { ...base, password: PASSWORD })).status).toBe(201);
    });

    it('lists accounts for the Secretariat with their state', async () => {
      const list = await sec.get('/users');
      expect(list.status).toBe(200);
      expect(list.body.find((a: { email: string }) => a.email === 'fra@un.test')).toMatchObject({
        role: 'delegate',
        delegation: 'FRA',
        disabledAt: null,
        language: null,
      });
    });

    it('disables an account: sign-in refused with account-disabled, its sessions and sockets end; enabling restores sign-in', async () => {
      const token = await login(t.url, 'fra@un.test', PASSWORD);
      const drafts = await api(t.url, token).get('/sessions/76/drafts');
      const socket = openSocket(t.url, drafts.body[0].id as string, token);
      await socket.opened;
      const off = await sec.patch(`/users/${ids['fra@un.test']}`, { disabled: true });
      expect(off.status).toBe(200);
      expect(off.body.disabledAt).toEqual(expect.any(String));
      expect((await api(t.url, token).get('/auth/me')).status).toBe(401);
      expect(await socket.closed).toBe(4401);
      const refused = await api(t.url).post('/auth/login', { email: 'fra@un.test', password: PASSWORD });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('account-disabled');
      // A wrong password still says only that: a disabled account is not revealed to a guesser.
      const guess = await api(t.url).post('/auth/login', {
        email: 'fra@un.test',
        password: 'wrong password!',
      });
      expect(guess.status).toBe(401);
      expect(
        (await sec.patch(`/users/${ids['fra@un.test']}`, { disabled: false })).body.disabledAt,
      ).toBeNull();
      await login(t.url, 'fra@un.test', PASSWORD);
    }, 60_000);

    it('ends the sessions of an account whose role or delegation changes', async () => {
      const token = await login(t.url, 'arm@un.test', PASSWORD);
      const other = await login(t.url, 'blr@un.test', PASSWORD);
      const moved = await sec.patch(`/users/${ids['arm@un.test']}`, { delegation: 'Bélarus' });
      expect(moved.body.delegation).toBe('BLR');
      expect((await api(t.url, token).get('/auth/me')).status).toBe(401);
      expect((await api(t.url, other).get('/auth/me')).status).toBe(200);
      const token2 = await login(t.url, 'arm@un.test', PASSWORD);
      const observer = await sec.patch(`/users/${ids['arm@un.test']}`, { role: 'observer' });
      expect(observer.body).toMatchObject({ role: 'observer', delegation: null });
      expect((await api(t.url, token2).get('/auth/me')).status).toBe(401);
      const renamed = await login(t.url, 'arm@un.test', PASSWORD);
      await sec.patch(`/users/${ids['arm@un.test']}`, { name: 'Armenia (observer)' });
      expect((await api(t.url, renamed).get('/auth/me')).status).toBe(200); // a name change ends nothing
      const noDelegation = await sec.patch(`/users/${ids['arm@un.test']}`, { role: 'delegate' });
      expect(noDelegation.status).toBe(400);
      expect(noDelegation.body.issues[0].path).toBe('delegation');
    });

    it('refuses to disable or demote the Secretariat account making the change', async () => {
      const res = await sec.patch(`/users/${secId}`, { disabled: true });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('own-account');
      expect((await sec.patch(`/users/${secId}`, { role: 'observer' })).status).toBe(409);
      expect((await sec.patch('/users/not-an-id', { disabled: true })).body.code).toBe('account-not-found');
      const del = api(t.url, await login(t.url, 'blr@un.test', PASSWORD));
      expect((await del.patch(`/users/${secId}`, { disabled: true })).status).toBe(403);
      expect((await del.put(`/users/${secId}/password`, { newPassword: 'taken over now!' })).status).toBe(
        403,
      );
    });

    it('lets a user change their own password with the current one; other sessions end, this one goes on', async () => {
      const here = await login(t.url, 'blr@un.test', PASSWORD);
      const elsewhere = await login(t.url, 'blr@un.test', PASSWORD);
      const me = api(t.url, here);
      const wrong = await me.put('/account/password', {
        currentPassword: 'not my password',
        newPassword: 'Tr0mpette-du-matin!',
      });
      expect(wrong.status).toBe(403);
      expect(wrong.body.code).toBe('wrong-current-password');
      const weak = await me.put('/account/password', {
        currentPassword: PASSWORD,
        newPassword: 'password2024!',
      });
      expect(weak.body.code).toBe('weak-password');
      expect(
        (await me.put('/account/password', { currentPassword: PASSWORD, newPassword: 'Tr0mpette-du-matin!' }))
          .status,
      ).toBe(204);
      expect((await me.get('/auth/me')).status).toBe(200);
      expect((await api(t.url, elsewhere).get('/auth/me')).status).toBe(401);
      expect(
        (await api(t.url).post('/auth/login', { email: 'blr@un.test', password: PASSWORD })).status,
      ).toBe(401);
      await login(t.url, 'blr@un.test', 'Tr0mpette-du-matin!');
    });

    it('lets the Secretariat reset a password, ending the account’s sessions', async () => {
      const token = await login(t.url, 'fra@un.test', PASSWORD);
      expect((await sec.put(`/users/${ids['fra@un.test']}/password`, { newPassword: 'short' })).status).toBe(
        400,
      );
      expect(
        (await sec.put(`/users/${ids['fra@un.test']}/password`, { newPassword: 'Reset by the Secretariat' }))
          .status,
      ).toBe(204);
      expect((await api(t.url, token).get('/auth/me')).status).toBe(401);
      await login(t.url, 'fra@un.test', 'Reset by the Secretariat');
    });

    it('saves the interface language with the account', async () => {
      const me = api(t.url, await login(t.url, 'sec@un.test', PASSWORD));
      expect((await me.put('/account/language', { language: 'xx' })).status).toBe(400);
      const set = await me.put('/account/language', { language: 'en' });
      expect(set.status).toBe(200);
      expect(set.body.language).toBe('en');
      expect((await me.get('/auth/me')).body.language).toBe('en');
    });
  });
}

describe('sign-in throttle', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite', {
      CONCORDIA_SIGNIN_PER_ACCOUNT: '3',
      CONCORDIA_SIGNIN_PER_ADDRESS: '8',
    });
    const users = t.app.get(UsersService);
    for (const email of ['fra@un.test', 'arm@un.test'])
      await users.create({ email, name: email, password: PASSWORD, role: 'delegate', delegation: 'FRA' });
  }, 180_000);
  afterAll(() => t?.close());

  it('blocks an account after its attempts with 429, Retry-After and too-many-requests, even with the right password', async () => {
    for (let i = 0; i < 3; i++)
      expect(
        (await api(t.url).post('/auth/login', { email: 'fra@un.test', password: `guess number ${i}` }))
          .status,
      ).toBe(401);
    const blocked = await api(t.url).post('/auth/login', { email: 'FRA@un.test', password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ statusCode: 429, code: 'too-many-requests' });
    const retry = Number(blocked.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(14 * 60);
    expect(retry).toBeLessThanOrEqual(15 * 60);
    expect(blocked.body.params.retryAfter).toBe(retry);
    // Another account from the same address still signs in.
    expect((await api(t.url).post('/auth/login', { email: 'arm@un.test', password: PASSWORD })).status).toBe(
      200,
    );
  });

  it('blocks an address after its attempts, whatever accounts it tries', async () => {
    // 5 attempts so far from this address (blocked ones count too); 3 more reach the limit of 8.
    for (let i = 0; i < 3; i++)
      expect(
        (await api(t.url).post('/auth/login', { email: `nobody${i}@un.test`, password: 'x' })).status,
      ).toBe(401);
    const blocked = await api(t.url).post('/auth/login', { email: 'arm@un.test', password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

(redisAvailable() ? describe : describe.skip)('sign-in throttle shared through Redis', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    const env = { REDIS_URL: TEST_REDIS_URL, CONCORDIA_SIGNIN_PER_ACCOUNT: '3' };
    a = await startTestApp('pglite', env);
    b = await startTestApp('pglite', env);
  }, 180_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('counts the attempts on every process together', async () => {
    const email = `nobody-${randomBytes(6).toString('hex')}@un.test`;
    for (const app of [a, b, a])
      expect((await api(app.url).post('/auth/login', { email, password: 'guess' })).status).toBe(401);
    const blocked = await api(b.url).post('/auth/login', { email, password: 'guess' });
    expect(blocked.status).toBe(429);
  });
});
