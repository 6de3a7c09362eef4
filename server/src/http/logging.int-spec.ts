import { startTestApp, type TestApp } from '../../test/harness';

/** Everything written to stdout while `fn` runs, as lines. */
async function stdoutOf(fn: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  }) as typeof process.stdout.write;
  try {
    await fn();
    // pino writes asynchronously after the response ends.
    await new Promise((r) => setTimeout(r, 200));
  } finally {
    process.stdout.write = write;
  }
  return lines;
}

describe('structured logs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite', { CONCORDIA_LOG_LEVEL: 'log' });
  }, 180_000);
  afterAll(() => t?.close());

  it('logs a client mistake as one JSON warn line with the request id, without a stack trace', async () => {
    let id = '';
    const lines = await stdoutOf(async () => {
      const res = await fetch(`${t.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'report-42' },
        body: '{"email": ',
      });
      expect(res.status).toBe(400);
      id = res.headers.get('x-request-id') ?? '';
    });
    expect(id).toBe('report-42');
    const mine = lines.filter((l) => l.includes('report-42'));
    expect(mine).toHaveLength(1);
    const entry = JSON.parse(mine[0]!) as Record<string, any>;
    expect(entry).toMatchObject({
      level: 40,
      req: { id: 'report-42', method: 'POST', path: '/api/auth/login' },
    });
    expect(entry.res.statusCode).toBe(400);
    expect(lines.join('\n')).not.toMatch(/\n\s+at |"stack"/);
  });

  it('gives every request an id and never logs tokens', async () => {
    const lines = await stdoutOf(async () => {
      const res = await fetch(`${t.url}/api/auth/me`, {
        headers: { authorization: 'Bearer secret-token-value' },
      });
      expect(res.status).toBe(401);
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });
    expect(lines.join('\n')).not.toContain('secret-token-value');
    expect(lines.some((l) => l.includes('"/api/auth/me"'))).toBe(true);
  });
});
