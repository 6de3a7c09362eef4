import { request } from 'node:http';
import { api, login, startTestApp, type TestApp } from '../../test/harness';
import { UsersService } from '../users/users.service';

/** A raw POST (fetch cannot send a chunked body of unknown length from a plain buffer). */
function post(
  url: string,
  path: string,
  body: Buffer,
  headers: Record<string, string> = {},
  chunked = false,
): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/api${path}`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(!chunked && { 'content-length': String(body.length) }),
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : undefined });
        });
      },
    );
    // The server may answer before reading the whole body (and then drop the rest): that is not a failure here.
    req.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e),
    );
    if (chunked) {
      for (let i = 0; i < body.length; i += 1 << 20) req.write(body.subarray(i, i + (1 << 20)));
      req.end();
    } else req.end(body);
  });
}

const nestedArrays = (bytes: number) => Buffer.from('['.repeat(bytes / 2) + ']'.repeat(bytes / 2));

describe('request bodies: read after authentication, bounded in size and depth', () => {
  let t: TestApp;
  let sec: string;
  let del: string;
  beforeAll(async () => {
    t = await startTestApp('pglite');
    const users = t.app.get(UsersService);
    await users.create({
      email: 'sec@un.test',
      name: 'Sec',
      password: 'a long secret password',
      role: 'secretariat',
    });
    await users.create({
      email: 'fra@un.test',
      name: 'France',
      password: 'a long secret password',
      role: 'delegate',
      delegation: 'FRA',
    });
    sec = await login(t.url, 'sec@un.test', 'a long secret password');
    del = await login(t.url, 'fra@un.test', 'a long secret password');
  }, 180_000);
  afterAll(() => t?.close());

  it('does not parse anonymous 19 MB nested bodies, and health stays responsive meanwhile', async () => {
    const big = nestedArrays(19 * 1024 * 1024);
    const attacks = Promise.all([
      post(t.url, '/dossiers', big),
      post(t.url, '/dossiers', big, {}, true),
      post(t.url, '/auth/login', big),
      post(t.url, '/auth/login', big, {}, true),
    ]);
    // Health is asked while the four bodies are still being sent; it must answer (no wall-clock bound: on a
    // loaded machine any bound is either flaky or meaningless; that no body is parsed is what the codes prove).
    const health = await api(t.url).get('/health');
    const [closed, closedChunked, login1, login2] = await attacks;
    expect(health.status).toBe(200);
    // Closed route: refused for want of a session before the body is read.
    for (const r of [closed, closedChunked]) expect(r.status).toBe(401);
    // Public route: refused for size, whether the length is announced or not.
    for (const r of [login1, login2]) {
      expect(r.status).toBe(413);
      expect(r.body).toMatchObject({
        statusCode: 413,
        code: 'payload-too-large',
        params: { limit: 1048576 },
      });
    }
  }, 180_000);

  it('refuses excessive nesting with 400 too-deeply-nested, within the size limit', async () => {
    const res = await post(t.url, '/auth/login', nestedArrays(900 * 1024));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'too-deeply-nested', params: { max: 64 } });
    const object = Buffer.from(`{"email":${'{"a":'.repeat(65)}1${'}'.repeat(65)}}`);
    expect((await post(t.url, '/auth/login', object)).body.code).toBe('too-deeply-nested');
    const fine = Buffer.from(`{"email":${'['.repeat(60)}${']'.repeat(60)}}`);
    expect((await post(t.url, '/auth/login', fine)).status).toBe(400); // a validation error, not nesting
    expect((await post(t.url, '/auth/login', fine)).body.code).not.toBe('too-deeply-nested');
  });

  it('answers 400 invalid-json to a malformed body, never 500', async () => {
    const res = await post(t.url, '/auth/login', Buffer.from('{"email": '));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'invalid-json' });
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js/);
  });

  it('offers 20 MB only to the Secretariat importing a dossier; 1 MB elsewhere, signed in or not', async () => {
    const twoMb = Buffer.from(JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) }));
    const auth = (token: string) => ({ authorization: `Bearer ${token}` });
    const imported = await post(t.url, '/dossiers', twoMb, auth(sec));
    expect(imported.status).toBe(400); // read and validated: not a dossier
    expect(imported.body.code).not.toBe('payload-too-large');
    const delegate = await post(t.url, '/dossiers', twoMb, auth(del));
    expect(delegate.status).toBe(403); // refused by role before its body is read
    const elsewhere = await post(t.url, '/users', twoMb, auth(sec));
    expect(elsewhere.status).toBe(413);
    const tooBig = await post(t.url, '/dossiers', Buffer.alloc(21 * 1024 * 1024, 0x20), auth(sec));
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.params).toEqual({ limit: 20 * 1024 * 1024 });
  }, 180_000);
});
