import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { createPGliteModule, DataDirLockedError, lockDataDir } from './pglite-driver';

const source = (dataDir?: string) =>
  new DataSource({
    type: 'postgres',
    driver: createPGliteModule({ dataDir }),
    synchronize: false,
    installExtensions: false,
  });

describe('the embedded PostgreSQL driver', () => {
  it('keeps concurrent transactions apart although PGlite has one session', async () => {
    const db = await source().initialize();
    try {
      await db.query('CREATE TABLE t (n int)');
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let inserted!: () => void;
      const didInsert = new Promise<void>((r) => (inserted = r));
      const tx = db.transaction(async (em) => {
        await em.query('INSERT INTO t VALUES (1)');
        inserted();
        await held;
        throw new Error('roll back');
      });
      await didInsert;
      // Outside the transaction: waits for the session, then must not see the rolled-back row.
      const outside = db.query('SELECT count(*)::int AS n FROM t');
      release();
      await expect(tx).rejects.toThrow('roll back');
      expect(await outside).toEqual([{ n: 0 }]);
    } finally {
      await db.destroy();
    }
  });

  it('keeps data in its directory across restarts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concordia-pglite-'));
    try {
      const first = await source(dir).initialize();
      await first.query('CREATE TABLE kept (s text)');
      await first.query(`INSERT INTO kept VALUES ('still here')`);
      await first.destroy();
      const second = await source(dir).initialize();
      expect(await second.query('SELECT s FROM kept')).toEqual([{ s: 'still here' }]);
      await second.destroy();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a second process on the same data directory, naming the owner', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concordia-lock-'));
    try {
      // Pretend another live process (our parent) holds the lock.
      fs.writeFileSync(path.join(dir, 'concordia.lock'), String(process.ppid));
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dir)).toThrow(new RegExp(`in use by process ${process.ppid}`));
      // A stale lock (no such process) is taken over.
      fs.writeFileSync(path.join(dir, 'concordia.lock'), '999999');
      const release = lockDataDir(dir);
      expect(fs.readFileSync(path.join(dir, 'concordia.lock'), 'utf8')).toBe(String(process.pid));
      release();
      expect(fs.existsSync(path.join(dir, 'concordia.lock'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
