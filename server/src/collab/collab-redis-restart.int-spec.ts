import { spawn, type ChildProcess } from 'node:child_process';
import * as net from 'node:net';
import { api, createPgDatabase, startTestApp, type TestApp } from '../../test/harness';
import { UsersService } from '../users/users.service';
import * as Y from 'yjs';
import {
  addParagraph,
  connect,
  operative,
  operativeTexts,
  seed,
  synced,
  until,
  type Client,
} from './collab.test-kit';

/**
 * A Redis outage between two server processes sharing a draft. Messages published while Redis is away are lost;
 * before, the process that missed them stayed behind for good (and stopped acknowledging, waiting on updates
 * that built on them). Now each process reads every loaded document again from the log once Redis is back.
 *
 * The Redis here is a private one on a free port, killed and restarted on the same port: the shared one on 6379
 * serves other test runs.
 */
jest.setTimeout(120_000);
const pgUp = process.env.CONCORDIA_TEST_PG === 'up';

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

function startRedis(port: number): Promise<ChildProcess> {
  const proc = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Ready to accept connections')) resolve(proc);
    });
    proc.on('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
  });
}

async function kill(proc: ChildProcess) {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGKILL');
  await exited;
}

(pgUp ? describe : describe.skip)('Redis restart with two server processes (postgres)', () => {
  let pg: { url: string; drop: () => Promise<void> };
  let redis: ChildProcess;
  let port: number;
  let s1: TestApp;
  let s2: TestApp;
  const clients: Client[] = [];
  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    pg = await createPgDatabase();
    const env = { REDIS_URL: `redis://127.0.0.1:${port}` };
    s1 = await startTestApp('postgres', env, { pgUrl: pg.url });
    s2 = await startTestApp('postgres', env, { pgUrl: pg.url });
  }, 120_000);
  afterAll(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await s1?.close();
    await s2?.close();
    if (redis) await kill(redis);
    await pg?.drop();
  });

  it('resynchronizes both processes from the log, acknowledgements resume, health says degraded meanwhile', async () => {
    const { tokens, draftId } = await seed(s1.url, (a) => s1.app.get(UsersService).create(a));
    const a = connect(s1.url, draftId, tokens.blr, 'on s1', { acks: true });
    const b = connect(s2.url, draftId, tokens.sec, 'on s2', { acks: true });
    clients.push(a, b);
    await Promise.all([synced(a), synced(b)]);
    addParagraph(a.doc, 'A: ');
    await until(() => operativeTexts(b.doc).includes('A: '), 'a paragraph crosses over Redis');
    addParagraph(b.doc, 'B: ');
    await until(() => operativeTexts(a.doc).includes('B: '), 'and back');

    await kill(redis);
    const degraded = async (url: string) => {
      const h = await api(url).get('/health');
      return h.status === 200 && h.body.status === 'degraded' && h.body.redis?.status === 'down';
    };
    await until(
      async () => (await degraded(s1.url)) && (await degraded(s2.url)),
      'health: degraded, Redis down',
    );

    // Each side types while Redis is away: saved in PostgreSQL (acknowledged), but the other side never hears.
    // Types one character at a time at the end of the paragraph that starts with `prefix`.
    const typeInto = (c: Client, prefix: string, chars: string) => {
      const op = operative(c.doc);
      const para = (op.toArray() as Y.XmlElement[]).find((p) => p.toString().includes(`>${prefix}`))!;
      const text = para
        .toArray()
        .filter((x): x is Y.XmlText => x instanceof Y.XmlText)
        .pop()!;
      for (const ch of chars) text.insert(text.length, ch);
    };
    typeInto(b, 'B: ', 'pendant la panne');
    await until(() => b.saved >= b.sent(), 'acknowledged on s2 while Redis is down');
    expect(operativeTexts(a.doc)).not.toContain('B: pendant la panne');

    redis = await startRedis(port);
    // After the restart both clients end with the same text, the outage's typing included …
    await until(
      () => operativeTexts(a.doc).includes('B: pendant la panne'),
      's1 caught up from the log',
      30_000,
    );
    // … and typing goes on: s1 integrates s2's new updates (which build on the lost ones) and acknowledges.
    typeInto(b, 'B: ', ', après');
    typeInto(a, 'A: ', 'après aussi');
    await until(
      () => operativeTexts(a.doc).includes('B: pendant la panne, après'),
      'new updates from s2 arrive',
    );
    await until(() => operativeTexts(b.doc).includes('A: après aussi'), 'new updates from s1 arrive');
    await until(() => a.saved >= a.sent() && b.saved >= b.sent(), 'acknowledgements resume on both');
    expect(operativeTexts(a.doc)).toEqual(operativeTexts(b.doc));
    await until(async () => {
      const [h1, h2] = await Promise.all([api(s1.url).get('/health'), api(s2.url).get('/health')]);
      return h1.body.status === 'ok' && h2.body.status === 'ok';
    }, 'health back to ok');
  });
});
