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
