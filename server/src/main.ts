import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/config';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const { port } = app.getHttpServer().address() as import('node:net').AddressInfo;
  const where =
    config.database.kind === 'postgres'
      ? 'PostgreSQL (DATABASE_URL)'
      : `embedded PostgreSQL in ${config.database.dataDir ?? 'memory'}`;
  Logger.log(
    `Concordia is listening on http://localhost:${port} — database: ${where}${config.redisUrl ? ', Redis: on' : ''}`,
    'Main',
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
