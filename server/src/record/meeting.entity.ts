import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { MeetingInput } from '@concordia/schema';
import { CommitteeSessionEntity } from './session.entity';

export type MeetingDetails = Pick<
  MeetingInput,
  'timeOfDay' | 'openingStatementBy' | 'dialogueWith' | 'statementsBy'
>;

/** Formal and informal meetings are numbered separately, so the kind is part of the key. */
@Entity('meetings')
@Unique('UQ_meetings_session_kind_number', ['sessionId', 'kind', 'number'])
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'session_id' }) sessionId!: string;
  @ManyToOne(() => CommitteeSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_meetings_session' })
  session?: CommitteeSessionEntity;
  @Column('int') number!: number;
  @Column('text') kind!: MeetingInput['kind'];
  /** ISO date (YYYY-MM-DD); null when the record does not know it. */
  @Column('date', { nullable: true }) date!: string | null;
  @Column('text', { name: 'summary_record', nullable: true }) summaryRecord!: string | null;
  @Column('text', { nullable: true }) purpose!: MeetingInput['purpose'] | null;
  @Column('text', { array: true, name: 'agenda_items', default: '{}' }) agendaItems!: string[];
  @Column('jsonb', { default: {} }) details!: MeetingDetails;
}
