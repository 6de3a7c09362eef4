import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { InterfaceLanguage, Role } from '@concordia/schema';

@Entity('users')
// Declared here as in migration 1795500200000, so the schema the entities describe is the one the migrations make.
@Check('CHK_users_language', `"language" IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text', { unique: true }) email!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'password_hash' }) passwordHash!: string;
  @Column('text') role!: Role;
  @Column('text', { name: 'delegation_code', nullable: true }) delegationCode!: string | null;
  @Column('text', { nullable: true }) gender!: 'female' | 'male' | null;
  @Column('timestamptz', { name: 'disabled_at', nullable: true }) disabledAt!: Date | null;
  @Column('timestamptz', { name: 'password_changed_at', nullable: true }) passwordChangedAt!: Date | null;
  @Column('text', { nullable: true }) language!: InterfaceLanguage | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
