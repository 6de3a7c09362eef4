import { Column, Entity, ManyToOne, JoinColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CommitteeSessionEntity } from './session.entity';

export interface Allocation {
  plenaryMeeting: number;
  date: string;
  onRecommendationOfGeneralCommittee: boolean;
}
export interface DocumentRef {
  symbol: string;
  title: { fr?: string; en?: string };
}

@Entity('agenda_items')
@Unique('UQ_agenda_items_session_number', ['sessionId', 'number'])
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'session_id' }) sessionId!: string;
  @ManyToOne(() => CommitteeSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_agenda_items_session' })
  session?: CommitteeSessionEntity;
  /** As printed: `108`, `25 (b)`. */
  @Column('text') number!: string;
  @Column('text', { name: 'title_fr', nullable: true }) titleFr!: string | null;
  @Column('text', { name: 'title_en', nullable: true }) titleEn!: string | null;
  @Column('jsonb', { nullable: true }) allocation!: Allocation | null;
  @Column('jsonb', { default: [] }) documents!: DocumentRef[];
  @Column('text', { array: true, name: 'related_items', default: '{}' }) relatedItems!: string[];
  /** Order of the items as the dossier lists them. */
  @Column('int') position!: number;
}
