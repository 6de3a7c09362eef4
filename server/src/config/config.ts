import * as path from 'node:path';
import proxyaddr from 'proxy-addr';
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
  /**
   * Load the demo dossier and demo accounts (with a published password) when the database is empty. Unset: only
   * with the embedded database outside production.
   */
  CONCORDIA_DEMO: z.enum(['true', 'false']).optional(),
  NODE_ENV: z.string().optional(),
  /** The address users type, e.g. https://concordia.example.org: the app's own origin, and TLS for cookies. */
  CONCORDIA_PUBLIC_URL: z
    .string()
    .refine(isHttpOrigin, 'must be an http(s) URL such as https://concordia.example.org')
    .optional(),
  /** Other origins whose pages may send cookie-authenticated requests and open sockets (comma-separated). */
  CONCORDIA_ALLOWED_ORIGINS: z
    .string()
    .refine(
      (v) => v.split(',').every((o) => isHttpOrigin(o.trim())),
      'must be comma-separated http(s) origins such as https://a.example.org,https://b.example.org',
    )
    .optional(),
  /**
   * Whether to believe X-Forwarded-For/-Proto/-Host: `false`, `true` (any proxy), a number of hops, or addresses
   * and subnets of the proxies (`loopback`, `10.0.0.0/8`, …) as Express's "trust proxy" takes them.
   */
  CONCORDIA_TRUST_PROXY: z
    .string()
    .refine(
      isTrustProxy,
      'must be true, false, a hop count, or proxy addresses/subnets (loopback, 10.0.0.0/8)',
    )
    .default('false'),
  CONCORDIA_CLIENT_DIR: z.string().optional(),
  TOKEN_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  /** Sign-in attempts allowed per account, and per client address, in a 15-minute window. */
  CONCORDIA_SIGNIN_PER_ACCOUNT: z.coerce.number().int().min(1).max(10_000).default(10),
  CONCORDIA_SIGNIN_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(300),
  CONCORDIA_LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug']).default('log'),
});

function isTrustProxy(v: string): boolean {
  if (/^(true|false|\d+)$/.test(v)) return true;
  try {
    proxyaddr.compile(v.split(',').map((a) => a.trim()));
    return true;
  } catch {
    return false;
  }
}

function isHttpOrigin(v: string): boolean {
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

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
  production: boolean;
  signIn: { perAccount: number; perAddress: number; windowMs: number };
  /** The origin of CONCORDIA_PUBLIC_URL, when set. */
  publicOrigin: string | undefined;
  /** CONCORDIA_ALLOWED_ORIGINS, normalized (`https://a.example.org`). */
  allowedOrigins: string[];
  /** Express's "trust proxy" value. */
  trustProxy: boolean | number | string;
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
    // Published demo passwords only where nobody can mistake them for a real deployment, unless asked for.
    demo:
      c.CONCORDIA_DEMO !== undefined
        ? c.CONCORDIA_DEMO === 'true'
        : !c.DATABASE_URL && c.NODE_ENV !== 'production',
    clientDir: path.resolve(
      c.CONCORDIA_CLIENT_DIR ?? path.join(__dirname, '..', '..', '..', 'client', 'dist'),
    ),
    tokenTtlMs: c.TOKEN_TTL_HOURS * 3600_000,
    logLevel: c.CONCORDIA_LOG_LEVEL,
    production: c.NODE_ENV === 'production',
    signIn: {
      perAccount: c.CONCORDIA_SIGNIN_PER_ACCOUNT,
      perAddress: c.CONCORDIA_SIGNIN_PER_ADDRESS,
      windowMs: 15 * 60_000,
    },
    publicOrigin: c.CONCORDIA_PUBLIC_URL ? new URL(c.CONCORDIA_PUBLIC_URL).origin : undefined,
    allowedOrigins: (c.CONCORDIA_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean)
      .map((o) => new URL(o).origin),
    trustProxy: trustProxyValue(c.CONCORDIA_TRUST_PROXY),
  };
}

function trustProxyValue(v: string): boolean | number | string {
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
