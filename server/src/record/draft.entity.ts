import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { DraftStatus, Origin, ResolutionText } from '@concordia/schema';
import { CommitteeSessionEntity } from './session.entity';
import { AgendaItemEntity } from './agenda-item.entity';

@Entity('drafts')
@Unique('UQ_drafts_session_symbol', ['sessionId', 'symbol'])
export class DraftEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'session_id' }) sessionId!: string;
  @ManyToOne(() => CommitteeSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_drafts_session' })
  session?: CommitteeSessionEntity;
  /** `A/C.3/76/L.10/Rev.1`; informal drafts have a working symbol until they are tabled. */
  @Column('text') symbol!: string;
  @Column('text', { default: 'resolution' }) kind!: 'resolution' | 'decision' | 'amendment';
  @Column('uuid', { name: 'agenda_item_id' }) agendaItemId!: string;
  @ManyToOne(() => AgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'FK_drafts_agenda_item' })
  agendaItem?: AgendaItemEntity;
  @Column('text', { name: 'title_fr', nullable: true }) titleFr!: string | null;
  @Column('text', { name: 'title_en', nullable: true }) titleEn!: string | null;
  @Column('jsonb') origin!: Origin;
  @Column('text') status!: DraftStatus;
  /** Symbol of the draft this one revises; kept as a symbol because the original is often not in the record. */
  @Column('text', { nullable: true }) revises!: string | null;
  /** For an amendment: symbol of the draft it amends. */
  @Column('text', { nullable: true }) amends!: string | null;
  @Column('text', { name: 'on_behalf_of_group', nullable: true }) onBehalfOfGroup!: string | null;
  /** The text as last imported or saved; the live text is the Yjs document built from it. */
  @Column('jsonb', { nullable: true }) text!: ResolutionText | null;
  /** Whether new co-sponsors may join; the main sponsors or the Secretariat open and close it. */ @Column(
    'boolean',
    { name: 'sponsorship_open', default: true },
  )
  sponsorshipOpen!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
