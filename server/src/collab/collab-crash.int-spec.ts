import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { api, createPgDatabase, databaseKinds, startTestApp, type DbKind } from '../../test/harness';
import { UsersService } from '../users/users.service';
import {
  addParagraph,
  connect,
  operativeTexts,
  seed,
  synced,
  tokens as loginAll,
  typeChar,
  until,
  type Client,
} from './collab.test-kit';

/**
 * kill -9 of the server process while a client types, on the embedded database (a data directory) and on
 * PostgreSQL: every update the server had acknowledged (`saved`, `?acks=1`) must be in the text after a restart.
 * The server runs as a child process, as in production; the accounts and the draft are prepared beforehand by an
 * in-process app on the same database.
 */
jest.setTimeout(180_000);

const root = path.resolve(__dirname, '../../..');

function startServer(env: Record<string, string>): Promise<{ url: string; proc: ChildProcess }> {
  const { REDIS_URL: _ignored, ...inherited } = process.env;
  const proc = spawn(process.execPath, ['-r', '@swc-node/register', path.join(root, 'server/src/main.ts')], {
    cwd: path.join(root, 'server'),
    env: {
      ...inherited,
      NODE_OPTIONS: '',
      PORT: '0',
      HOST: '127.0.0.1',
      CONCORDIA_DEMO: 'false',
      CONCORDIA_LOG_LEVEL: 'log',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /listening on http:\/\/[^:]+:(\d+)/.exec(out);
      if (m) resolve({ url: `http://127.0.0.1:${m[1]}`, proc });
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

for (const kind of databaseKinds()) {
  describe(`crash of the server process (kill -9, ${kind})`, () => {
    let child: ChildProcess | undefined;
    let pg: { url: string; drop: () => Promise<void> } | undefined;
    let dataDir: string | undefined;
    const clients: Client[] = [];
    afterAll(async () => {
      for (const c of clients.splice(0)) c.destroy();
      child?.kill('SIGKILL');
      await pg?.drop();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('loses no update that the server had acknowledged', async () => {
      let env: Record<string, string>;
      if (kind === 'postgres') {
        pg = await createPgDatabase();
        env = { DATABASE_URL: pg.url };
      } else {
        dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concordia-crash-'));
        env = { CONCORDIA_DATA_DIR: dataDir };
      }
      const prep = await startTestApp(kind as DbKind, kind === 'pglite' ? env : {}, { pgUrl: pg?.url });
      const { draftId } = await seed(prep.url, (a) => prep.app.get(UsersService).create(a));
      await prep.close();

      let s = await startServer(env);
      child = s.proc;
      const tokens = await loginAll(s.url);
      const writer = connect(s.url, draftId, tokens.blr, 'writer', { acks: true });
      clients.push(writer);
      await synced(writer);
      // The text as it was when each sync update went out: what the server's acknowledgement of it vouches for.
      const frappe = () => operativeTexts(writer.doc).find((p) => p.startsWith('Frappe: ')) ?? '';
      const asSent: string[] = [];
      writer.onSent = (n) => (asSent[n] = frappe());
      addParagraph(writer.doc, 'Frappe: ');
      let typed = 0;
      const typing = setInterval(() => typeChar(writer.doc, String.fromCharCode(97 + (typed++ % 26))), 2);
      // Kill once a good number of characters are acknowledged, while typing goes on.
      await until(
        () => (asSent[writer.saved]?.length ?? 0) > 'Frappe: '.length + 60,
        'typing acknowledged',
        30_000,
      );
      s.proc.kill('SIGKILL');
      const acknowledged = asSent[writer.saved]!;
      clearInterval(typing);
      await new Promise((r) => s.proc.once('exit', r));
      for (const c of clients.splice(0)) c.destroy();

      s = await startServer(env);
      child = s.proc;
      const t2 = await loginAll(s.url);
      const reader = connect(s.url, draftId, t2.obs, 'reader');
      clients.push(reader);
      await synced(reader);
      const after = operativeTexts(reader.doc).find((p) => p.startsWith('Frappe: ')) ?? '';
      // Everything acknowledged is there (possibly more: updates saved but not yet acknowledged at the kill).
      expect(after.startsWith(acknowledged)).toBe(true);
      expect(acknowledged.length).toBeGreaterThan('Frappe: '.length + 60);
      expect((await api(s.url).get('/health')).status).toBe(200);
    });
  });
}
