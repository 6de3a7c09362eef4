import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/config';

export const REDIS = Symbol('REDIS');

/** The shared Redis client, or null when REDIS_URL is not set and the process works alone. */
@Injectable()
export class RedisHolder implements OnApplicationShutdown {
  readonly client: Redis | null;
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.client = config.redisUrl
      ? new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true })
      : null;
    // Without a listener ioredis reports connection errors as unhandled; health reports them instead.
    this.client?.on('error', () => undefined);
  }
  async onApplicationShutdown() {
    if (this.client) await this.client.quit().catch(() => this.client?.disconnect());
  }
}

@Global()
@Module({
  providers: [
    RedisHolder,
    { provide: REDIS, useFactory: (h: RedisHolder) => h.client, inject: [RedisHolder] },
  ],
  exports: [REDIS, RedisHolder],
})
export class RedisModule {}

export type RedisClient = Redis;
export const InjectRedis = () => Inject(REDIS);
