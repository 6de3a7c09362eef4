import * as fs from 'node:fs';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/config';
import { createPGliteModule } from './pglite-driver';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** TypeORM options for the configured database. Migrations run at start; the schema is never synchronized. */
export function dataSourceOptions(db: AppConfig['database']): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; PGlite has no uuid-ossp to install.
    installExtensions: false,
    uuidExtension: 'pgcrypto' as const,
    logging: ['error' as const],
  };
  // A database that stops answering fails requests within 20 s (503) instead of holding them forever.
  if (db.kind === 'postgres')
    return { ...common, url: db.url, extra: { max: 10, connectionTimeoutMillis: 20_000 } };
  if (db.dataDir) fs.mkdirSync(db.dataDir, { recursive: true });
  return { ...common, driver: createPGliteModule({ dataDir: db.dataDir }) };
}
