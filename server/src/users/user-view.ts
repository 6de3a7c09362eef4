import type { Account, User } from '@concordia/schema';
import type { UserEntity } from './user.entity';

/** What the API shows of an account (never its password hash). */
export function toUserView(u: UserEntity): User {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    delegation: u.delegationCode,
    gender: u.gender,
    language: u.language ?? null,
  };
}

export function toAccountView(u: UserEntity): Account {
  return {
    ...toUserView(u),
    disabledAt: u.disabledAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}
