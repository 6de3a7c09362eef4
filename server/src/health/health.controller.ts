import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { Health } from '@concordia/schema';
import { Public } from '../auth/roles.decorator';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { InjectRedis, type RedisClient } from '../redis/redis.module';

const withTimeout = <T>(p: Promise<T>, ms: number) =>
  Promise.race([
    p,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref(),
    ),
  ]);

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRedis() private readonly redis: RedisClient | null,
  ) {}

  /** 200 when the database answers (and Redis, when configured); 503 otherwise, with the reason. */
  @Public()
  @Get()
  async check(@Res({ passthrough: true }) res: Response): Promise<Health> {
    const health: Health = { status: 'ok', database: { status: 'up', driver: this.config.database.kind } };
    try {
      await withTimeout(this.db.query('SELECT 1'), 2000);
    } catch (err) {
      health.status = 'error';
      health.database = { status: 'down', driver: this.config.database.kind, error: (err as Error).message };
    }
    if (this.redis) {
      try {
        await withTimeout(this.redis.ping(), 2000);
        health.redis = { status: 'up' };
      } catch (err) {
        health.status = 'error';
        health.redis = { status: 'down', error: (err as Error).message };
      }
    }
    res.status(health.status === 'ok' ? 200 : 503);
    return health;
  }
}
