import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { AuditEntry, User } from '@concordia/schema';
import { AuditLogEntity } from './audit-log.entity';

export interface AuditInput {
  operation: string;
  entityType: string;
  entityId: string;
  session: number | null;
  summary: string;
  before?: object;
  after?: object;
}

@Injectable()
export class AuditService {
  constructor(private readonly db: DataSource) {}

  /** Records a change inside the caller's transaction (`em`), so it commits or rolls back with it. */
  async log(em: EntityManager, user: Pick<User, 'email' | 'role'>, entry: AuditInput): Promise<void> {
    await em.insert(AuditLogEntity, {
      actor: user.email,
      actorRole: user.role,
      operation: entry.operation,
      entityType: entry.entityType,
      entityId: entry.entityId,
      session: entry.session,
      summary: entry.summary,
      before: entry.before ?? null,
      after: entry.after ?? null,
    });
  }

  async list(q: {
    session?: number;
    entityType?: string;
    entityId?: string;
    limit: number;
  }): Promise<AuditEntry[]> {
    const where: FindOptionsWhere<AuditLogEntity> = {
      ...(q.session !== undefined && { session: q.session }),
      ...(q.entityType !== undefined && { entityType: q.entityType }),
      ...(q.entityId !== undefined && { entityId: q.entityId }),
    };
    const rows = await this.db
      .getRepository(AuditLogEntity)
      .find({ where, order: { at: 'DESC', id: 'ASC' }, take: q.limit });
    return rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actor: r.actor,
      actorRole: r.actorRole,
      operation: r.operation,
      entityType: r.entityType,
      entityId: r.entityId,
      session: r.session,
      summary: r.summary,
      before: r.before ?? null,
      after: r.after ?? null,
    }));
  }
}
