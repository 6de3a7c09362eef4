import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import type { Repository } from 'typeorm';
import { delegations } from '@concordia/domain';
import type { CreateUser, User } from '@concordia/schema';
import { UserEntity } from './user.entity';

export function toUserView(u: UserEntity): User {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    delegation: u.delegationCode,
    gender: u.gender,
  };
}

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  async create(input: CreateUser): Promise<User> {
    let delegationCode: string | null = null;
    if (input.delegation !== undefined) {
      if (input.role !== 'delegate') throw new BadRequestException('Only delegates belong to a delegation.');
      const r = delegations.resolve(input.delegation);
      if (!r.ok) {
        const hint = r.suggestions.length ? ` Did you mean ${r.suggestions.join(', ')}?` : '';
        throw new BadRequestException(`Unknown delegation "${input.delegation}".${hint}`);
      }
      delegationCode = r.delegation.code;
    }
    const email = input.email.toLowerCase();
    if (await this.users.exists({ where: { email } }))
      throw new ConflictException(`An account with e-mail ${email} already exists.`);
    const saved = await this.users.save(
      this.users.create({
        email,
        name: input.name,
        passwordHash: await argon2.hash(input.password),
        role: input.role,
        delegationCode,
        gender: input.gender ?? null,
      }),
    );
    return toUserView(saved);
  }

  async count(): Promise<number> {
    return this.users.count();
  }

  async list(): Promise<User[]> {
    return (await this.users.find({ order: { email: 'ASC' } })).map(toUserView);
  }
}
