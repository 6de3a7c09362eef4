import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { DraftEntity } from '../record/draft.entity';

/** One durable Yjs update (possibly several client updates merged by one group commit). */
@Entity('collab_updates')
@Index('IDX_collab_updates_draft_id', ['draftId', 'id'])
export class CollabUpdateEntity {
  /** bigserial; TypeORM returns bigint as a string. */
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column('uuid', { name: 'draft_id' }) draftId!: string;
  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'FK_collab_updates_draft' })
  draft?: DraftEntity;
  @Column('bytea') update!: Buffer;
  /** The account that wrote it; null for the server's own changes and rows older than attribution. */
  @Column('uuid', { name: 'user_id', nullable: true }) userId!: string | null;
  /** The delegation the writer acted for when it wrote. */
  @Column('text', { name: 'delegation_code', nullable: true }) delegationCode!: string | null;
  /** Who made a change the server wrote on someone's behalf or on its own (oral revision, control characters). */
  @Column('text', { nullable: true }) actor!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** The compacted state of a draft's document (Y.encodeStateAsUpdate). */
@Entity('collab_snapshots')
export class CollabSnapshotEntity {
  @PrimaryColumn('uuid', { name: 'draft_id' }) draftId!: string;
  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'FK_collab_snapshots_draft' })
  draft?: DraftEntity;
  @Column('bytea') state!: Buffer;
  /** Total number of update rows folded into this snapshot over its life (for monitoring). */
  @Column('bigint', { name: 'updates_folded', default: 0 }) updatesFolded!: string;
  @Column('timestamptz', { name: 'compacted_at', default: () => 'now()' }) compactedAt!: Date;
}
