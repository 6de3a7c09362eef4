import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live co-editing: the append-only log of Yjs updates and the compacted snapshot of each draft's document.
 * A document is the snapshot plus every update row left for it; compaction folds rows into the snapshot and
 * deletes exactly the rows it folded, so rows written meanwhile (by another server) are never lost.
 */
export class Collab1795400100000 implements MigrationInterface {
  name = 'Collab1795400100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "collab_updates" (
        "id" bigserial NOT NULL,
        "draft_id" uuid NOT NULL,
        "update" bytea NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_collab_updates" PRIMARY KEY ("id"),
        CONSTRAINT "FK_collab_updates_draft" FOREIGN KEY ("draft_id") REFERENCES "drafts"("id") ON DELETE CASCADE
      );
      CREATE INDEX "IDX_collab_updates_draft_id" ON "collab_updates" ("draft_id", "id");
      CREATE TABLE "collab_snapshots" (
        "draft_id" uuid NOT NULL,
        "state" bytea NOT NULL,
        "updates_folded" bigint NOT NULL DEFAULT 0,
        "compacted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_collab_snapshots" PRIMARY KEY ("draft_id"),
        CONSTRAINT "FK_collab_snapshots_draft" FOREIGN KEY ("draft_id") REFERENCES "drafts"("id") ON DELETE CASCADE
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "collab_snapshots"; DROP TABLE "collab_updates";`);
  }
}
