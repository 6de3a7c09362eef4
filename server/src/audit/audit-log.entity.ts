import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change of the record: who, when, what, and the state before and after. Written in the same transaction as
 * the change itself, so the log cannot miss a change or describe one that was rolled back. Never updated.
 */
@Entity('audit_log')
@Index('IDX_audit_log_session_at', ['session', 'at'])
@Index('IDX_audit_log_entity', ['entityType', 'entityId'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('timestamptz', { default: () => 'now()' }) at!: Date;
  /** E-mail of the account that made the change. */
  @Column('text') actor!: string;
  @Column('text', { name: 'actor_role' }) actorRole!: string;
  /** `sponsorship.join`, `sponsorship.withdraw`, `sponsorship.open`, `action.record`, `action.supersede`, … */
  @Column('text') operation!: string;
  @Column('text', { name: 'entity_type' }) entityType!: string;
  @Column('text', { name: 'entity_id' }) entityId!: string;
  @Column('int', { nullable: true }) session!: number | null;
  /** One readable sentence: `Belarus joined the sponsors of A/C.3/76/L.10`. */
  @Column('text') summary!: string;
  @Column('jsonb', { nullable: true }) before!: object | null;
  @Column('jsonb', { nullable: true }) after!: object | null;
}
