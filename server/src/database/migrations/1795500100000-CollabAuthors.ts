import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who wrote each update of the collaboration log, so who changed a text can be proven: the account and the
 * delegation it acted for when it wrote (a delegate's delegation can change later; the row keeps the one of the
 * time), and for changes the server makes itself (an oral revision, an accepted proposal, control characters
 * removed) a description of the actor. No foreign key on the user: the log is evidence and outlives accounts.
 * Rows written before this migration have no author (NULL).
 */
export class CollabAuthors1795500100000 implements MigrationInterface {
  name = 'CollabAuthors1795500100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "collab_updates" ADD "user_id" uuid;
      ALTER TABLE "collab_updates" ADD "delegation_code" text;
      ALTER TABLE "collab_updates" ADD "actor" text;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "collab_updates" DROP COLUMN "actor";
      ALTER TABLE "collab_updates" DROP COLUMN "delegation_code";
      ALTER TABLE "collab_updates" DROP COLUMN "user_id";
    `);
  }
}
