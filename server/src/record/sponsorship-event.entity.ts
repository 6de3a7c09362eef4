import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type EntityManager,
} from 'typeorm';
import { currentSponsors, type SponsorLists } from '@concordia/domain';
import { DraftEntity } from './draft.entity';

/**
 * One change of a draft's list of sponsors. The list is the replay of these events; a withdrawal is a new
 * event, never a deletion, so the history of who joined when is never lost.
 */
@Entity('sponsorship_events')
@Index('IDX_sponsorship_events_draft_seq', ['draftId', 'seq'], { unique: true })
export class SponsorshipEventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'draft_id' }) draftId!: string;
  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'FK_sponsorship_events_draft' })
  draft?: DraftEntity;
  /** Order of the events within the draft. */
  @Column('int') seq!: number;
  @Column('text', { name: 'delegation_code' }) delegationCode!: string;
  @Column('text') kind!: 'main' | 'additional';
  @Column('text') change!: 'joined' | 'withdrew';
  @Column('timestamptz') at!: Date;
  /** How it was recorded: `e-sponsorship` (a delegate on Concordia), `secretariat`, `import`. */
  @Column('text') via!: string;
  /** The user who recorded it, or a free-text origin for imported events. */
  @Column('text', { name: 'recorded_by', nullable: true }) recordedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** The current lists from stored events (in `seq` order). */
export function sponsorListsOf(events: readonly SponsorshipEventEntity[]): SponsorLists {
  return currentSponsors(
    events.map((e) => ({ delegation: e.delegationCode, kind: e.kind, change: e.change })),
  );
}

/** The draft's current lists, read through `em` (inside the caller's transaction when there is one). */
export async function sponsorListsFor(em: EntityManager, draftId: string): Promise<SponsorLists> {
  return sponsorListsOf(await em.find(SponsorshipEventEntity, { where: { draftId }, order: { seq: 'ASC' } }));
}
