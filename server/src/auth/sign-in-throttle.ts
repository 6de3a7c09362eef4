import { Inject, Injectable } from '@nestjs/common';
import { InjectThrottlerStorage, type ThrottlerStorage } from '@nestjs/throttler';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { apiError } from '../http/http-error';

/**
 * Sign-in throttling per account and per client address, on @nestjs/throttler's storage (Redis when REDIS_URL
 * is set, so every process counts together; memory otherwise). Every attempt counts, before the password is
 * checked, so a blocked guesser learns nothing and costs no argon2 hash. Past the limit in the window, the key is
 * blocked for one window and the answer is 429 with Retry-After.
 *
 * Not the ThrottlerGuard: the account key is the account's id (an e-mail for unknown accounts), known only
 * after the body is read and the account looked up, and the same check guards password changes.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    @InjectThrottlerStorage() private readonly storage: ThrottlerStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(res: Response, address: string | undefined, account: string): Promise<void> {
    const { perAccount, perAddress, windowMs } = this.config.signIn;
    const hits = await Promise.all([
      this.storage.increment(
        `concordia:sign-in:account:${account}`,
        windowMs,
        perAccount,
        windowMs,
        'account',
      ),
      this.storage.increment(
        `concordia:sign-in:address:${address ?? 'unknown'}`,
        windowMs,
        perAddress,
        windowMs,
        'address',
      ),
    ]);
    const blocked = hits.filter((h) => h.isBlocked);
    if (!blocked.length) return;
    const retryAfter = Math.max(1, ...blocked.map((h) => h.timeToBlockExpire));
    res.setHeader('Retry-After', String(retryAfter));
    throw apiError(
      429,
      'too-many-requests',
      `Too many sign-in attempts: try again in ${Math.ceil(retryAfter / 60)} minute(s).`,
      { retryAfter },
    );
  }
}
