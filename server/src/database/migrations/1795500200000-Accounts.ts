import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts: a disabled account cannot sign in (its sessions are revoked when it is disabled); when its password
 * last changed; the interface language saved with it (one of the six official UN languages, or none yet).
 */
export class Accounts1795500200000 implements MigrationInterface {
  name = 'Accounts1795500200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "users"
        ADD COLUMN "disabled_at" TIMESTAMP WITH TIME ZONE,
        ADD COLUMN "password_changed_at" TIMESTAMP WITH TIME ZONE,
        ADD COLUMN "language" text,
        ADD CONSTRAINT "CHK_users_language" CHECK ("language" IN ('ar', 'zh', 'en', 'fr', 'ru', 'es'))
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "users"
        DROP CONSTRAINT "CHK_users_language",
        DROP COLUMN "language",
        DROP COLUMN "password_changed_at",
        DROP COLUMN "disabled_at"
    `);
  }
}
