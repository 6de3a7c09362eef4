import * as path from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('defaults to the embedded database in ./data on port 3000', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.database).toEqual({ kind: 'pglite', dataDir: path.resolve('./data', 'pg') });
    expect(c.redisUrl).toBeUndefined();
    expect(c.demo).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', REDIS_URL: '', PORT: '' }).database.kind).toBe('pglite');
  });

  it('selects PostgreSQL with DATABASE_URL', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u@127.0.0.1:5432/db',
      PORT: '8080',
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://u@127.0.0.1:5432/db' });
    expect(c.port).toBe(8080);
    expect(c.redisUrl).toBe('redis://127.0.0.1:6379');
  });

  it('fails fast, naming every bad variable and its value', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', CONCORDIA_DEMO: 'yes' })).toThrow(
      ConfigError,
    );
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', CONCORDIA_DEMO: 'yes' });
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toMatch(/^Invalid configuration:/);
      expect(msg).toContain('PORT="eighty"');
      expect(msg).toContain('DATABASE_URL="mysql://x": must be a PostgreSQL URL');
      expect(msg).toContain('CONCORDIA_DEMO="yes"');
    }
  });

  it('loads the demo by default only with the embedded database outside production; CONCORDIA_DEMO wins', () => {
    expect(loadConfig({}).demo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', CONCORDIA_DEMO: 'true' }).demo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', CONCORDIA_DEMO: 'true' }).demo).toBe(
      true,
    );
    expect(loadConfig({ CONCORDIA_DEMO: 'false' }).demo).toBe(false);
  });

  it('reads the public URL, the allowed origins and the proxy trust', () => {
    const c = loadConfig({
      CONCORDIA_PUBLIC_URL: 'https://concordia.example.org/app/',
      CONCORDIA_ALLOWED_ORIGINS: 'https://a.example.org, http://localhost:5173/',
      CONCORDIA_TRUST_PROXY: 'loopback, 10.0.0.0/8',
    });
    expect(c.publicOrigin).toBe('https://concordia.example.org');
    expect(c.allowedOrigins).toEqual(['https://a.example.org', 'http://localhost:5173']);
    expect(c.trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({}).allowedOrigins).toEqual([]);
    expect(loadConfig({ CONCORDIA_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ CONCORDIA_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
  });

  it('refuses origins and proxy settings it cannot read', () => {
    expect(() => loadConfig({ CONCORDIA_PUBLIC_URL: 'concordia.example.org' })).toThrow(
      /CONCORDIA_PUBLIC_URL/,
    );
    expect(() => loadConfig({ CONCORDIA_ALLOWED_ORIGINS: 'https://a.org,ftp://b.org' })).toThrow(
      /CONCORDIA_ALLOWED_ORIGINS/,
    );
    expect(() => loadConfig({ CONCORDIA_TRUST_PROXY: 'my proxy' })).toThrow(/CONCORDIA_TRUST_PROXY/);
  });
});
