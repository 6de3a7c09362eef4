import WebSocket from 'ws';
import { login, startTestApp, type TestApp } from '../../test/harness';
import { UsersService } from '../users/users.service';

const PASSWORD = 'a long secret password';
const NEW_USER = { email: 'new@un.test', name: 'New', password: PASSWORD, role: 'observer' };

/** Opens the collaboration socket as a browser page on `origin` would; resolves with the HTTP status it met. */
function upgrade(url: string, origin: string | undefined, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/collab/00000000-0000-4000-8000-000000000000`, {
      headers: { cookie: `concordia_token=${token}` },
      ...(origin && { origin }),
    });
    ws.on('upgrade', () => {
      resolve(101);
      ws.terminate();
    });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('error', (e) => reject(e));
  });
}

describe('cross-origin requests and security headers', () => {
  let t: TestApp;
  let token: string;
  let n = 0;
  /** A cookie-authenticated Secretariat request creating an account, with the given browser headers. */
  const create = async (headers: Record<string, string>, auth: 'cookie' | 'bearer' = 'cookie') => {
    const res = await fetch(`${t.url}/api/users`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(auth === 'cookie'
          ? { cookie: `concordia_token=${token}` }
          : { authorization: `Bearer ${token}` }),
        ...headers,
      },
      body: JSON.stringify({ ...NEW_USER, email: `new${++n}@un.test` }),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    t = await startTestApp('pglite', { CONCORDIA_ALLOWED_ORIGINS: 'https://partner.example.org' });
    await t.app
      .get(UsersService)
      .create({ email: 'sec@un.test', name: 'Sec', password: PASSWORD, role: 'secretariat' });
    token = await login(t.url, 'sec@un.test', PASSWORD);
  }, 180_000);
  afterAll(() => t?.close());

  it('refuses a cookie request from a foreign origin with 403 cross-origin, and lets the app and the allow-list through', async () => {
    const foreign = await create({ origin: 'https://evil.example.net' });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject({
      code: 'cross-origin',
      params: { origin: 'https://evil.example.net' },
    });
    // A sibling port on the same host is another origin.
    expect((await create({ origin: t.url.replace(/:\d+$/, ':1') })).status).toBe(403);
    expect((await create({ origin: 'null' })).status).toBe(403);
    expect((await create({ origin: t.url })).status).toBe(201);
    expect((await create({ origin: 'https://partner.example.org' })).status).toBe(201);
  });

  it('falls back to Sec-Fetch-Site, then Referer, when Origin is absent', async () => {
    expect((await create({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await create({ 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await create({ 'sec-fetch-site': 'same-origin' })).status).toBe(201);
    expect((await create({ referer: 'https://evil.example.net/page' })).status).toBe(403);
    expect((await create({ referer: `${t.url}/drafts` })).status).toBe(201);
  });

  it('lets bearer-token requests through from anywhere: no page can make a browser send them', async () => {
    expect((await create({ origin: 'https://evil.example.net' }, 'bearer')).status).toBe(201);
  });

  it('refuses a WebSocket upgrade from a foreign origin with 403, before the upgrade', async () => {
    expect(await upgrade(t.url, 'https://evil.example.net', token)).toBe(403);
    expect(await upgrade(t.url, t.url, token)).toBe(101);
    expect(await upgrade(t.url, 'https://partner.example.org', token)).toBe(101);
  });

  it('sends the security headers, no X-Powered-By, and HSTS only over TLS', async () => {
    const res = await fetch(`${t.url}/api/health`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('strict-transport-security')).toBeNull();
    // Without CONCORDIA_TRUST_PROXY, a forwarded protocol is not believed.
    const spoofed = await fetch(`${t.url}/api/health`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(spoofed.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('behind a TLS-terminating proxy (CONCORDIA_TRUST_PROXY)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite', {
      CONCORDIA_TRUST_PROXY: 'loopback',
      CONCORDIA_PUBLIC_URL: 'https://concordia.example.org',
    });
    await t.app
      .get(UsersService)
      .create({ email: 'sec@un.test', name: 'Sec', password: PASSWORD, role: 'secretariat' });
  }, 180_000);
  afterAll(() => t?.close());

  it('sends HSTS and Secure cookies for requests that arrived over TLS', async () => {
    const https = { 'x-forwarded-proto': 'https', 'content-type': 'application/json' };
    const health = await fetch(`${t.url}/api/health`, { headers: https });
    expect(health.headers.get('strict-transport-security')).toBe('max-age=31536000');
    const res = await fetch(`${t.url}/api/auth/login`, {
      method: 'POST',
      headers: { ...https, origin: 'https://concordia.example.org' },
      body: JSON.stringify({ email: 'sec@un.test', password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    const plain = await fetch(`${t.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'sec@un.test', password: PASSWORD }),
    });
    expect(plain.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
  });

  it('takes the public URL as the app origin', async () => {
    const res = await fetch(`${t.url}/api/auth/logout`, {
      method: 'POST',
      headers: { origin: 'https://concordia.example.org' },
    });
    expect(res.status).toBe(204);
    const foreign = await fetch(`${t.url}/api/auth/logout`, {
      method: 'POST',
      headers: { origin: 'https://concordia.example.org.evil.net' },
    });
    expect(foreign.status).toBe(403);
  });
});
