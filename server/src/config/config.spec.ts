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
});
