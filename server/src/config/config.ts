import * as path from 'node:path';
import { z } from 'zod';

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a PostgreSQL URL such as postgres://user@127.0.0.1:5432/concordia')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a Redis URL such as redis://127.0.0.1:6379')
    .optional(),
  CONCORDIA_DATA_DIR: z.string().default('./data'),
  /** Load the demo dossier and demo accounts when the database is empty. */
  CONCORDIA_DEMO: z.enum(['true', 'false']).default('true'),
  CONCORDIA_CLIENT_DIR: z.string().optional(),
  TOKEN_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  CONCORDIA_LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug']).default('log'),
});

export type RawConfig = z.infer<typeof ConfigSchema>;

export interface AppConfig {
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | undefined };
  redisUrl: string | undefined;
  demo: boolean;
  clientDir: string;
  tokenTtlMs: number;
  logLevel: RawConfig['CONCORDIA_LOG_LEVEL'];
}

export class ConfigError extends Error {}

/** Reads and validates the environment once; names every bad variable so the operator can fix it at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable (`DATABASE_URL= pnpm start`) means "not set", as shells and compose files use it.
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  ${i.path.join('.')}=${JSON.stringify(env[String(i.path[0])] ?? '')}: ${i.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    database: c.DATABASE_URL
      ? { kind: 'postgres', url: c.DATABASE_URL }
      : {
          kind: 'pglite',
          dataDir: c.CONCORDIA_DATA_DIR === ':memory:' ? undefined : path.resolve(c.CONCORDIA_DATA_DIR, 'pg'),
        },
    redisUrl: c.REDIS_URL,
    demo: c.CONCORDIA_DEMO === 'true',
    clientDir: path.resolve(
      c.CONCORDIA_CLIENT_DIR ?? path.join(__dirname, '..', '..', '..', 'client', 'dist'),
    ),
    tokenTtlMs: c.TOKEN_TTL_HOURS * 3600_000,
    logLevel: c.CONCORDIA_LOG_LEVEL,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
