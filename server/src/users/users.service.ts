import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import type { Repository } from 'typeorm';
import { delegations } from '@concordia/domain';
import type { Account, CreateUser, InterfaceLanguage, UpdateAccount, User } from '@concordia/schema';
import { AuthService } from '../auth/auth.service';
import { apiError } from '../http/http-error';
import { passwordProblem } from './password-policy';
import { UserEntity } from './user.entity';
import { toAccountView, toUserView } from './user-view';
import { ApiException } from '../common/errors';

export { toAccountView, toUserView } from './user-view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly auth: AuthService,
  ) {}

  async create(input: CreateUser): Promise<User> {
    let delegationCode: string | null = null;
    if (input.delegation !== undefined) {
      if (input.role !== 'delegate')
        throw new ApiException('not-a-delegate', 'Only delegates belong to a delegation.');
      delegationCode = this.resolveDelegation(input.delegation);
    }
    this.checkPassword(input.password, input, 'password');
    const email = input.email.toLowerCase();
    if (await this.users.exists({ where: { email } }))
      throw new ApiException('email-taken', `An account with e-mail ${email} already exists.`, { email });
    const saved = await this.users.save(
      this.users.create({
        email,
        name: input.name,
        passwordHash: await argon2.hash(input.password),
        role: input.role,
        delegationCode,
        gender: input.gender ?? null,
        disabledAt: null,
        passwordChangedAt: new Date(),
        language: null,
      }),
    );
    return toUserView(saved);
  }

  async count(): Promise<number> {
    return this.users.count();
  }

  async list(): Promise<Account[]> {
    return (await this.users.find({ order: { email: 'ASC' } })).map(toAccountView);
  }

  /**
   * The Secretariat changes an account. A change of role or delegation, or disabling it, ends the account's
   * sessions (and so its sockets): what it was allowed to do was decided when it signed in.
   */
  async update(id: string, change: UpdateAccount, by: User): Promise<Account> {
    const user = await this.find(id);
    if (user.id === by.id && (change.disabled === true || (change.role && change.role !== user.role)))
      throw apiError(
        409,
        'own-account',
        'You cannot disable your own account or change its role: ask another Secretariat account.',
      );
    const role = change.role ?? user.role;
    let delegationCode = user.delegationCode;
    if (change.delegation !== undefined)
      delegationCode = change.delegation === null ? null : this.resolveDelegation(change.delegation);
    else if (change.role && change.role !== 'delegate') delegationCode = null;
    if (role === 'delegate' && !delegationCode)
      throw new ApiException(
        'delegation-required',
        'Invalid request body: delegation: a delegate belongs to a delegation: give "delegation"',
        undefined,
        [{ path: 'delegation', message: 'a delegate belongs to a delegation: give "delegation"' }],
      );
    if (role !== 'delegate' && delegationCode)
      throw new ApiException('not-a-delegate', 'Only delegates belong to a delegation.');
    const revoke =
      role !== user.role ||
      delegationCode !== user.delegationCode ||
      (change.disabled === true && !user.disabledAt);
    user.role = role;
    user.delegationCode = delegationCode;
    if (change.name !== undefined) user.name = change.name;
    if (change.disabled !== undefined)
      user.disabledAt = change.disabled ? (user.disabledAt ?? new Date()) : null;
    const saved = await this.users.save(user);
    if (revoke) await this.auth.revokeAll(user.id);
    return toAccountView(saved);
  }

  /** The Secretariat sets a new password; every session of the account ends. */
  async resetPassword(id: string, password: string): Promise<void> {
    const user = await this.find(id);
    this.checkPassword(password, user, 'newPassword');
    await this.users.update(user.id, {
      passwordHash: await argon2.hash(password),
      passwordChangedAt: new Date(),
    });
    await this.auth.revokeAll(user.id);
  }

  /** A user changes their own password; their other sessions end, the one they are using goes on. */
  async changeOwnPassword(user: User, current: string, next: string, keepToken?: string): Promise<void> {
    if (!(await this.auth.checkPassword(user.id, current)))
      throw apiError(403, 'wrong-current-password', 'The current password is wrong.');
    if (current === next)
      throw apiError(400, 'same-password', 'The new password must differ from the current one.');
    this.checkPassword(next, user, 'newPassword');
    await this.users.update(user.id, {
      passwordHash: await argon2.hash(next),
      passwordChangedAt: new Date(),
    });
    await this.auth.revokeAll(user.id, keepToken);
  }

  async setLanguage(user: User, language: InterfaceLanguage): Promise<User> {
    await this.users.update(user.id, { language });
    return toUserView(await this.find(user.id));
  }

  private async find(id: string): Promise<UserEntity> {
    const user = UUID.test(id) ? await this.users.findOne({ where: { id } }) : null;
    if (!user) throw apiError(404, 'account-not-found', `No account ${id}.`, { id });
    return user;
  }

  private resolveDelegation(name: string): string {
    const r = delegations.resolve(name);
    if (!r.ok) {
      const hint = r.suggestions.length ? ` Did you mean ${r.suggestions.join(', ')}?` : '';
      throw new ApiException('unknown-delegation', `Unknown delegation "${name}".${hint}`, {
        delegation: name,
        suggestions: r.suggestions.join(', '),
      });
    }
    return r.delegation.code;
  }

  private checkPassword(password: string, account: { email: string; name: string }, path: string) {
    const problem = passwordProblem(password, account);
    if (problem)
      throw new ApiException('weak-password', `Invalid request body: ${path}: ${problem}`, undefined, [
        { path, message: problem },
      ]);
  }
}
