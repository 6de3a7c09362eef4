import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export interface SessionSettings {
  /** Whether observer States may co-sponsor drafts (a rule of the session; default no). */
  observersMaySponsor?: boolean;
}

/** One committee at one session of the General Assembly (e.g. the Third Committee at the 76th session). */
@Entity('committee_sessions')
@Unique('UQ_committee_sessions_session_committee', ['session', 'committee'])
export class CommitteeSessionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('int') session!: number;
  @Column('text') committee!: string;
  @Column('jsonb', { default: {} }) settings!: SessionSettings;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
