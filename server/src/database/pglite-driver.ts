import { EventEmitter } from 'node:events';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';

/**
 * A `pg`-compatible module for TypeORM's postgres driver, backed by embedded PostgreSQL (PGlite).
 *
 * PGlite is a single session. Handing that session to two query runners at once would let one request's
 * statements run inside another request's transaction, so the pool lends its one connection to one borrower at
 * a time and queues the others. Each DataSource gets its own PGlite instance (no process-wide singleton), which
 * lets tests run several embedded databases side by side.
 */
type ConnectCallback = (
  err: Error | null,
  client: PGliteConnection | null,
  release: (err?: unknown) => void,
) => void;

interface QueryResultLike {
  rows: unknown[];
  rowCount: number;
  command: string;
  fields: { name: string; dataTypeID: number }[];
}

class PGliteConnection extends EventEmitter {
  constructor(private readonly db: PGlite) {
    super();
  }

  async query(
    sql: string,
    parameters?: unknown[] | ((err: unknown, res: unknown) => void),
  ): Promise<QueryResultLike> {
    const params = Array.isArray(parameters) ? parameters : undefined;
    const command = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
    if (params && params.length > 0) {
      const res = await this.db.query(sql, params);
      return { rows: res.rows, rowCount: res.affectedRows ?? res.rows.length, command, fields: res.fields };
    }
    // Migrations send several statements in one string; the last result is what TypeORM expects.
    const results = await this.db.exec(sql);
    const last = results[results.length - 1];
    return {
      rows: last?.rows ?? [],
      rowCount: last?.affectedRows ?? last?.rows.length ?? 0,
      command,
      fields: last?.fields ?? [],
    };
  }
}

export class DataDirLockedError extends Error {}

/**
 * PGlite keeps its files in one directory and cannot share it: a second process (the CLI while the server runs)
 * would corrupt it. A lock file with the owner's pid refuses the second opener; a stale lock (dead pid) is taken
 * over.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = path.join(dataDir, 'concordia.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          if (fs.readFileSync(lock, 'utf8') === String(process.pid)) fs.unlinkSync(lock);
        } catch {
          // already gone
        }
      };
      process.on('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(fs.readFileSync(lock, 'utf8'));
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new DataDirLockedError(
          `The embedded database in ${dataDir} is in use by process ${owner} (probably a running Concordia server). ` +
            'Stop it first, or set DATABASE_URL to use a PostgreSQL server that several processes can share.',
        );
      }
      fs.rmSync(lock, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock ${dataDir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function createPGliteModule(options: { dataDir?: string; pgliteOptions?: PGliteOptions }) {
  let instance: Promise<PGlite> | undefined;
  let unlock: (() => void) | undefined;
  const open = () => {
    if (!instance) {
      if (options.dataDir) unlock = lockDataDir(options.dataDir);
      instance = PGlite.create({ dataDir: options.dataDir, ...options.pgliteOptions });
    }
    return instance;
  };

  class Pool extends EventEmitter {
    private busy = false;
    private readonly waiting: (() => void)[] = [];

    connect(callback?: ConnectCallback): Promise<PGliteConnection> | void {
      const promise = this.acquire();
      if (!callback) return promise.then((c) => c.connection);
      promise.then(
        ({ connection, release }) => callback(null, connection, release),
        (err: unknown) =>
          callback(err instanceof Error ? err : new Error(String(err)), null, () => undefined),
      );
    }

    async query(sql: string, params?: unknown[]): Promise<QueryResultLike> {
      const { connection, release } = await this.acquire();
      try {
        return await connection.query(sql, params);
      } finally {
        release();
      }
    }

    end(callback?: (err: Error | null) => void): void {
      const closing = instance ? instance.then((db) => db.close()) : Promise.resolve();
      instance = undefined;
      void closing.finally(() => {
        unlock?.();
        unlock = undefined;
      });
      closing.then(
        () => callback?.(null),
        (err: unknown) => callback?.(err instanceof Error ? err : new Error(String(err))),
      );
    }

    private async acquire(): Promise<{ connection: PGliteConnection; release: () => void }> {
      if (this.busy) await new Promise<void>((resolve) => this.waiting.push(resolve));
      this.busy = true;
      let db: PGlite;
      try {
        db = await open();
      } catch (err) {
        this.handOver();
        throw err;
      }
      let released = false;
      return {
        connection: new PGliteConnection(db),
        release: () => {
          if (released) return;
          released = true;
          this.handOver();
        },
      };
    }

    private handOver() {
      const next = this.waiting.shift();
      if (next) next();
      else this.busy = false;
    }
  }

  return { Pool, native: null, defaults: {} };
}
