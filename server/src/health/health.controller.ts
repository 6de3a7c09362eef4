import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { Health } from '@concordia/schema';
import { Public } from '../auth/roles.decorator';
import { CollabService } from '../collab/collab.service';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { InjectRedis, type RedisClient } from '../redis/redis.module';
import { diskFullState } from './degraded';

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
    private readonly collab: CollabService,
  ) {}

  /**
   * Every degraded state the process knows of. `error` (503) when nothing can be saved: the database does not
   * answer, or the last write failed for lack of disk space. `degraded` (200) when the process still saves every
   * edit but some clients may not see each other's for a while: Redis unreachable, documents being read again
   * from the log after an outage, or a document holding updates it cannot integrate. A 503 takes a process out
   * of a load balancer; during a Redis outage every process is in the same state, and taking them all out would
   * turn a delay into an outage.
   */
  @Public()
  @Get()
  async check(@Res({ passthrough: true }) res: Response): Promise<Health> {
    const health: Health = { status: 'ok', database: { status: 'up', driver: this.config.database.kind } };
    const degrade = () => {
      if (health.status === 'ok') health.status = 'degraded';
    };
    try {
      await withTimeout(this.db.query('SELECT 1'), 2000);
    } catch (err) {
      health.status = 'error';
      health.database = { status: 'down', driver: this.config.database.kind, error: (err as Error).message };
    }
    const disk = diskFullState();
    if (disk) {
      health.status = 'error';
      health.disk = { status: 'full', since: disk.since, error: disk.error };
    }
    if (this.redis) {
      try {
        await withTimeout(this.redis.ping(), 2000);
        health.redis = { status: 'up' };
      } catch (err) {
        degrade();
        health.redis = { status: 'down', error: (err as Error).message };
      }
    }
    const collab = this.collab.state();
    if (collab.redis === 'down' && health.redis?.status === 'up') {
      // The publishing connection is back but the subscriber is not yet: other processes' edits do not arrive.
      degrade();
      health.redis = { status: 'down', error: 'not receiving messages from other processes yet' };
    }
    if (collab.resyncing.length || collab.behind.length) {
      degrade();
      health.collab = { resyncing: collab.resyncing, behind: collab.behind };
    }
    res.status(health.status === 'error' ? 503 : 200);
    return health;
  }
}
