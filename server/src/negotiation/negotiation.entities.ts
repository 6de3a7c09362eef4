import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { ResolutionText } from '@concordia/schema';
import type { IdEntry, ParagraphStatus, ProposalKind, ProposalStatus } from '@concordia/negotiation';
import { DraftEntity } from '../record/draft.entity';

/**
 * The stable paragraph ids of a draft: the outline last seen, so that when the text changes each paragraph keeps
 * its id (proposals, statuses and comments point to ids, not to positions that shift).
 */
@Entity('negotiation_outlines')
export class NegotiationOutlineEntity {
  @PrimaryColumn('uuid', { name: 'draft_id', primaryKeyConstraintName: 'PK_negotiation_outlines' })
  draftId!: string;
  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'FK_negotiation_outlines_draft' })
  draft?: DraftEntity;
  @Column('jsonb') paragraphs!: IdEntry[];
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** A delegation's proposal on one paragraph. Never deleted: a decision changes its status and adds a row below. */
@Entity('negotiation_proposals')
@Index('IDX_negotiation_proposals_draft', ['draftId'])
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_negotiation_proposals' }) id!: string;
  @Column('uuid', { name: 'draft_id' }) draftId!: string;
  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'FK_negotiation_proposals_draft' })
  draft?: DraftEntity;
  @Column('text', { name: 'paragraph_id' }) paragraphId!: string;
  /** The paragraph's label when the proposal was made (`OP 5`), for the history once numbering moved. */
  @Column('text', { name: 'paragraph_label' }) paragraphLabel!: string;
  @Column('text') kind!: ProposalKind;
  @Column('text', { nullable: true }) text!: string | null;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('text', { name: 'delegation_code' }) delegationCode!: string;
  @Column('text', { name: 'author_email' }) authorEmail!: string;
  @Column('text', { default: 'open' }) status!: ProposalStatus;
  /** The paragraph as it read when proposed: the diff is shown against it and a later change marks it stale. */
  @Column('text', { name: 'base_text' }) baseText!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('negotiation_supports')
@Unique('UQ_negotiation_supports_proposal_delegation', ['proposalId', 'delegationCode'])
export class ProposalSupportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_negotiation_supports' }) id!: string;
  @Column('uuid', { name: 'proposal_id' }) proposalId!: string;
  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'FK_negotiation_supports_proposal' })
  proposal?: ProposalEntity;
  @Column('text', { name: 'delegation_code' }) delegationCode!: string;
  @Column('text', { name: 'author_email' }) authorEmail!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

export type DecisionKind = 'accepted' | 'accepted-with-changes' | 'rejected' | 'dealt-elsewhere';

/** A penholders' decision on a proposal; the last one gives the proposal its status, all of them its history. */
@Entity('negotiation_decisions')
@Index('IDX_negotiation_decisions_proposal', ['proposalId'])
export class ProposalDecisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_negotiation_decisions' }) id!: string;
  @Column('uuid', { name: 'proposal_id' }) proposalId!: string;
  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'FK_negotiation_decisions_proposal' })
  proposal?: ProposalEntity;
  @Column('text') decision!: DecisionKind;
  @Column('text', { nullable: true }) reason!: string | null;
  /** The wording applied (accepted: the proposal's; accepted with changes: the penholders'). */
  @Column('text', { name: 'applied_text', nullable: true }) appliedText!: string | null;
  @Column('text', { name: 'delegation_code', nullable: true }) delegationCode!: string | null;
  @Column('text', { name: 'author_email' }) authorEmail!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** Paragraph statuses as a history: the latest row of a paragraph is its status. */
@Entity('negotiation_paragraph_statuses')
@Index('IDX_negotiation_paragraph_statuses_draft', ['draftId', 'paragraphId'])
export class ParagraphStatusEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_negotiation_paragraph_statuses' })
  id!: string;
  @Column('uuid', { name: 'draft_id' }) draftId!: string;
  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'FK_negotiation_paragraph_statuses_draft' })
  draft?: DraftEntity;
  @Column('text', { name: 'paragraph_id' }) paragraphId!: string;
  @Column('text') status!: ParagraphStatus;
  @Column('text', { name: 'author_email' }) authorEmail!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('negotiation_comments')
@Index('IDX_negotiation_comments_draft', ['draftId'])
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_negotiation_comments' }) id!: string;
  @Column('uuid', { name: 'draft_id' }) draftId!: string;
  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'FK_negotiation_comments_draft' })
  draft?: DraftEntity;
  @Column('text', { name: 'paragraph_id' }) paragraphId!: string;
  /** The first comment of the thread; null for a thread's first comment. */
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId!: string | null;
  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_negotiation_comments_parent' })
  parent?: CommentEntity;
  @Column('text') body!: string;
  /** `all`: every delegation of the session; `sponsors`: the draft's sponsors and the Secretariat. */
  @Column('text') visibility!: 'all' | 'sponsors';
  @Column('text', { name: 'delegation_code', nullable: true }) delegationCode!: string | null;
  @Column('text', { name: 'author_email' }) authorEmail!: string;
  @Column('text', { name: 'author_name' }) authorName!: string;
  @Column('timestamptz', { name: 'resolved_at', nullable: true }) resolvedAt!: Date | null;
  @Column('text', { name: 'resolved_by', nullable: true }) resolvedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** The text a draft is checked against for agreed language (last year's resolution). */
@Entity('negotiation_predecessors')
export class PredecessorEntity {
  @PrimaryColumn('uuid', { name: 'draft_id', primaryKeyConstraintName: 'PK_negotiation_predecessors' })
  draftId!: string;
  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'FK_negotiation_predecessors_draft' })
  draft?: DraftEntity;
  /** `A/RES/75/196`, or the symbol of the draft it was taken from. */
  @Column('text') label!: string;
  @Column('uuid', { name: 'source_draft_id', nullable: true }) sourceDraftId!: string | null;
  @ManyToOne(() => DraftEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'source_draft_id', foreignKeyConstraintName: 'FK_negotiation_predecessors_source' })
  sourceDraft?: DraftEntity;
  @Column('jsonb') text!: ResolutionText;
  @Column('text', { name: 'author_email' }) authorEmail!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** A named version: a snapshot of the text (and of the Yjs state when the co-editing module provides it). */
@Entity('negotiation_versions')
@Unique('UQ_negotiation_versions_draft_seq', ['draftId', 'seq'])
export class VersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_negotiation_versions' }) id!: string;
  @Column('uuid', { name: 'draft_id' }) draftId!: string;
  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'FK_negotiation_versions_draft' })
  draft?: DraftEntity;
  @Column('int') seq!: number;
  @Column('text') name!: string;
  @Column('jsonb') text!: ResolutionText;
  @Column('bytea', { name: 'ydoc_state', nullable: true }) ydocState!: Buffer | null;
  /** Set on the version recorded when an older version was restored (as a new change). */
  @Column('uuid', { name: 'restored_from', nullable: true }) restoredFrom!: string | null;
  @Column('text', { name: 'author_email' }) authorEmail!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('negotiation_silences')
@Index('IDX_negotiation_silences_draft', ['draftId'])
export class SilenceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_negotiation_silences' }) id!: string;
  @Column('uuid', { name: 'draft_id' }) draftId!: string;
  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'FK_negotiation_silences_draft' })
  draft?: DraftEntity;
  @Column('uuid', { name: 'version_id' }) versionId!: string;
  @ManyToOne(() => VersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'FK_negotiation_silences_version' })
  version?: VersionEntity;
  @Column('timestamptz') deadline!: Date;
  @Column('timestamptz', { name: 'started_at' }) startedAt!: Date;
  @Column('text', { name: 'started_by' }) startedBy!: string;
  @Column('timestamptz', { name: 'broken_at', nullable: true }) brokenAt!: Date | null;
  @Column('text', { name: 'broken_by', nullable: true }) brokenBy!: string | null;
  @Column('text', { name: 'broken_reason', nullable: true }) brokenReason!: string | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt!: Date | null;
  @Column('text', { name: 'cancelled_by', nullable: true }) cancelledBy!: string | null;
}

export const NEGOTIATION_ENTITIES = [
  NegotiationOutlineEntity,
  ProposalEntity,
  ProposalSupportEntity,
  ProposalDecisionEntity,
  ParagraphStatusEntity,
  CommentEntity,
  PredecessorEntity,
  VersionEntity,
  SilenceEntity,
];
