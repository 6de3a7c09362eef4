import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit log of the record, and whether a draft's list of sponsors is open to new co-sponsors. */
export class RecordWorkflow1795400200000 implements MigrationInterface {
  name = 'RecordWorkflow1795400200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "drafts" ADD "sponsorship_open" boolean NOT NULL DEFAULT true;
      CREATE TABLE "audit_log" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "actor" text NOT NULL,
        "actor_role" text NOT NULL,
        "operation" text NOT NULL,
        "entity_type" text NOT NULL,
        "entity_id" text NOT NULL,
        "session" integer,
        "summary" text NOT NULL,
        "before" jsonb,
        "after" jsonb,
        CONSTRAINT "PK_audit_log" PRIMARY KEY ("id")
      );
      CREATE INDEX "IDX_audit_log_session_at" ON "audit_log" ("session", "at");
      CREATE INDEX "IDX_audit_log_entity" ON "audit_log" ("entity_type", "entity_id");
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_log"; ALTER TABLE "drafts" DROP COLUMN "sponsorship_open";`);
  }
}
