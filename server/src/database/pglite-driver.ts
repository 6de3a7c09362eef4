import { EventEmitter } from 'node:events';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';

/**
 * A `pg`-compatible module for TypeORM's postgres driver, backed by embedded PostgreSQL (PGlite).
 *
 * PGlite is a single session. Handing that session to two query runners at once would let one request's
 * statements run inside another request's transaction, so the pool lends its one connection to one borrower at
 * a time and queues the others. Each DataSource gets its own PGlite instance (no process-wide singleton), which
 * lets tests run several embedded databases side by side.
 */
type ConnectCallback = (err: Error | null, client: PGliteConnection | null, release: (err?: unknown) => void) => void;

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

  async query(sql: string, parameters?: unknown[] | ((err: unknown, res: unknown) => void)): Promise<QueryResultLike> {
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

export function createPGliteModule(options: { dataDir?: string; pgliteOptions?: PGliteOptions }) {
  let instance: Promise<PGlite> | undefined;
  const open = () => {
    instance ??= PGlite.create({ dataDir: options.dataDir, ...options.pgliteOptions });
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
        (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), null, () => undefined),
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
