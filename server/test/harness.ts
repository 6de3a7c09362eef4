import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { ApiErrorSchema } from '@concordia/schema';
import { createApp } from '../src/app.factory';
import { loadConfig, type AppConfig } from '../src/config/config';

export type DbKind = 'postgres' | 'pglite';

/** Where the integration tests find PostgreSQL: CI and the dev machines run one on 127.0.0.1:5432, trust auth. */
export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The databases to run a suite against; set by test/global-setup.ts after probing the machine. */
export function databaseKinds(): DbKind[] {
  return process.env.CONCORDIA_TEST_PG === 'up' ? ['pglite', 'postgres'] : ['pglite'];
}
export const redisAvailable = () => process.env.CONCORDIA_TEST_REDIS === 'up';

/** A fresh, empty PostgreSQL database for one suite; dropped by the returned function. */
export async function createPgDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `concordia_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface TestApp {
  app: INestApplication;
  url: string;
  config: AppConfig;
  close: () => Promise<void>;
}

/** The real application on port 0 against a throwaway database of the given kind. */
export async function startTestApp(
  kind: DbKind,
  env: Record<string, string> = {},
  opts: { pgUrl?: string } = {},
): Promise<TestApp> {
  const pg = kind === 'postgres' && !opts.pgUrl ? await createPgDatabase() : undefined;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    CONCORDIA_DEMO: 'false',
    CONCORDIA_LOG_LEVEL: 'error',
    CONCORDIA_DATA_DIR: ':memory:',
    ...(kind === 'postgres' && { DATABASE_URL: opts.pgUrl ?? pg!.url }),
    ...env,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    app,
    config,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await pg?.drop();
    },
  };
}

/** Small JSON client for the API. */
export function api(base: string, token?: string) {
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}/api${path}`, {
      method,
      headers: {
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(token && { authorization: `Bearer ${token}` }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json: unknown = undefined;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = text;
    }
    // Every error answer of the API has one shape with a catalogued code (the client words it by code). Health
    // is the exception: its 503 is the health report itself (HealthSchema), for load balancers.
    if (res.status >= 400 && path !== '/health') {
      const parsed = ApiErrorSchema.safeParse(json);
      if (!parsed.success)
        throw new Error(
          `${method} ${path} answered ${res.status} with a body outside ApiErrorSchema: ${text.slice(0, 300)}\n${parsed.error.message}`,
        );
    }
    return { status: res.status, body: json as any, headers: res.headers };
  };
  return {
    get: (p: string) => call('GET', p),
    post: (p: string, b?: unknown) => call('POST', p, b),
    put: (p: string, b?: unknown) => call('PUT', p, b),
    patch: (p: string, b?: unknown) => call('PATCH', p, b),
    delete: (p: string) => call('DELETE', p),
  };
}

export async function login(base: string, email: string, password: string): Promise<string> {
  const res = await api(base).post('/auth/login', { email, password });
  if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { accessToken: string }).accessToken;
}
