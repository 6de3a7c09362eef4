import * as fs from 'node:fs';
import * as net from 'node:net';

const probe = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect({ host, port, timeout: 1000 }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
    s.on('timeout', () => {
      s.destroy();
      resolve(false);
    });
  });

/**
 * Finds which real services this machine has. On CI they are required (CI=true): a missing one fails the run
 * instead of silently testing less. Elsewhere the suites that need them say they were skipped.
 */
export default async function globalSetup() {
  const required = process.env.CI === 'true';
  const pg = await probe('127.0.0.1', 5432);
  const redis = await probe('127.0.0.1', 6379);
  const chromium = fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  const missing = [
    !pg && 'PostgreSQL on 127.0.0.1:5432',
    !redis && 'Redis on 127.0.0.1:6379',
    !chromium && 'Chromium at /usr/bin/chromium',
  ].filter(Boolean);
  if (missing.length && required) throw new Error(`CI needs ${missing.join(', ')}: .ci/run must start them.`);
  if (missing.length)
    console.warn(`\n[concordia] Not on this machine, so their tests are skipped: ${missing.join(', ')}\n`);
  process.env.CONCORDIA_TEST_PG = pg ? 'up' : 'down';
  process.env.CONCORDIA_TEST_REDIS = redis ? 'up' : 'down';
  process.env.CONCORDIA_TEST_CHROMIUM = chromium ? 'up' : 'down';
}
