import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { ActionInput } from '@concordia/schema';
import { DraftEntity } from './draft.entity';
import { MeetingEntity } from './meeting.entity';

/**
 * Something that happened to a draft at a meeting: introduction, statements, votes, adoption… The payload is
 * the dossier's action object (validated by the shared zod schema), so the record and the dossier format cannot
 * drift apart. Corrections supersede an action; nothing is deleted.
 */
@Entity('actions')
@Index('IDX_actions_draft_seq', ['draftId', 'seq'])
export class ActionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'draft_id' }) draftId!: string;
  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'FK_actions_draft' })
  draft?: DraftEntity;
  @Column('uuid', { name: 'meeting_id' }) meetingId!: string;
  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'FK_actions_meeting' })
  meeting?: MeetingEntity;
  /** Order within the draft's record. */
  @Column('int') seq!: number;
  @Column('text') type!: ActionInput['type'];
  @Column('jsonb') payload!: ActionInput;
  @Column('uuid', { name: 'superseded_by', nullable: true }) supersededBy!: string | null;
  @Column('text', { name: 'recorded_by', nullable: true }) recordedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
