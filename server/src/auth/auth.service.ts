import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { IsNull, MoreThan, Not, type Repository } from 'typeorm';
import type { LoginResponse, User } from '@concordia/schema';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { apiError } from '../http/http-error';
import { UserEntity } from '../users/user.entity';
import { toUserView } from '../users/user-view';
import { AuthTokenEntity } from './token.entity';

export type AuthUser = User;

/** How tokens are stored (and looked up): only their SHA-256. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(AuthTokenEntity) private readonly tokens: Repository<AuthTokenEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(
    email: string,
    password: string,
    throttle?: (accountKey: string) => Promise<void>,
  ): Promise<LoginResponse> {
    const user = await this.users.findOne({ where: { email: email.toLowerCase() } });
    await throttle?.(user?.id ?? email.toLowerCase());
    // Verify against a hash even for unknown e-mails, so timing does not reveal which accounts exist.
    const ok = user
      ? await argon2.verify(user.passwordHash, password)
      : await argon2.verify(await this.dummyHash(), password).then(() => false);
    if (!user || !ok) throw apiError(401, 'invalid-credentials', 'Wrong e-mail or password.');
    // Said only to whoever knows the password, so it reveals nothing about which accounts exist.
    if (user.disabledAt)
      throw apiError(403, 'account-disabled', 'This account is disabled: ask the Secretariat.');
    const accessToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.tokenTtlMs);
    await this.tokens.insert({
      tokenHash: hashToken(accessToken),
      userId: user.id,
      expiresAt,
      revokedAt: null,
    });
    return { accessToken, expiresAt: expiresAt.toISOString(), user: toUserView(user) };
  }

  /** The user behind a token, or a reason why there is none (`missing`, `invalid`, `expired`). */
  async verify(
    token: string | undefined,
  ): Promise<{ user: AuthUser } | { reason: 'missing' | 'invalid' | 'expired' }> {
    if (!token) return { reason: 'missing' };
    const row = await this.tokens.findOne({
      where: { tokenHash: hashToken(token), revokedAt: IsNull() },
      relations: { user: true },
    });
    if (!row?.user || row.user.disabledAt) return { reason: 'invalid' };
    if (row.expiresAt.getTime() <= Date.now()) return { reason: 'expired' };
    return { user: toUserView(row.user) };
  }

  /** The configuration, for checks outside Nest's request pipeline (the collaboration socket's upgrade). */
  get appConfig(): AppConfig {
    return this.config;
  }

  async logout(token: string): Promise<void> {
    await this.tokens.update({ tokenHash: hashToken(token), revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /**
   * Ends a user's sessions (all, or all but `keepToken`): their tokens are revoked, and the collaboration
   * service closes the sockets they opened at its next re-check of tokens.
   */
  async revokeAll(userId: string, keepToken?: string): Promise<void> {
    await this.tokens.update(
      {
        userId,
        revokedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
        ...(keepToken && { tokenHash: Not(hashToken(keepToken)) }),
      },
      { revokedAt: new Date() },
    );
  }

  /** Whether `password` is the user's; for changes that must prove it. */
  async checkPassword(userId: string, password: string): Promise<boolean> {
    const user = await this.users.findOne({ where: { id: userId } });
    return !!user && (await argon2.verify(user.passwordHash, password));
  }

  private dummy?: Promise<string>;
  private dummyHash() {
    this.dummy ??= argon2.hash(randomBytes(16).toString('hex'));
    return this.dummy;
  }
}
