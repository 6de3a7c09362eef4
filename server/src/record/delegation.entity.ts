import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Delegations known to the database. The built-in registry (packages/domain) is copied here at start-up so
 * that sponsorships and votes reference real rows; entities defined by a dossier are added beside them.
 */
@Entity('delegations')
export class DelegationEntity {
  @PrimaryColumn('text') code!: string;
  @Column('text') kind!: 'member-state' | 'observer-state' | 'entity';
  @Column('text', { name: 'name_en' }) nameEn!: string;
  @Column('text', { name: 'name_fr' }) nameFr!: string;
  @Column('text', { name: 'fr_de', nullable: true }) frDe!: string | null;
  /** True for delegations that came from a dossier rather than the built-in list. */
  @Column('boolean', { default: false }) custom!: boolean;
}
