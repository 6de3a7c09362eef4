import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Negotiation: paragraph ids, proposals and decisions, statuses, comments, predecessor, versions, silence. */
export class Negotiation1795400300000 implements MigrationInterface {
  name = 'Negotiation1795400300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "negotiation_outlines" (
        "draft_id" uuid NOT NULL,
        "paragraphs" jsonb NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_negotiation_outlines" PRIMARY KEY ("draft_id"),
        CONSTRAINT "FK_negotiation_outlines_draft" FOREIGN KEY ("draft_id") REFERENCES "drafts"("id") ON DELETE CASCADE
      );
      CREATE TABLE "negotiation_proposals" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "draft_id" uuid NOT NULL,
        "paragraph_id" text NOT NULL,
        "paragraph_label" text NOT NULL,
        "kind" text NOT NULL,
        "text" text,
        "reason" text,
        "delegation_code" text NOT NULL,
        "author_email" text NOT NULL,
        "status" text NOT NULL DEFAULT 'open',
        "base_text" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_negotiation_proposals" PRIMARY KEY ("id"),
        CONSTRAINT "FK_negotiation_proposals_draft" FOREIGN KEY ("draft_id") REFERENCES "drafts"("id") ON DELETE CASCADE
      );
      CREATE INDEX "IDX_negotiation_proposals_draft" ON "negotiation_proposals" ("draft_id");
      CREATE TABLE "negotiation_supports" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "proposal_id" uuid NOT NULL,
        "delegation_code" text NOT NULL,
        "author_email" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_negotiation_supports" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_negotiation_supports_proposal_delegation" UNIQUE ("proposal_id", "delegation_code"),
        CONSTRAINT "FK_negotiation_supports_proposal" FOREIGN KEY ("proposal_id") REFERENCES "negotiation_proposals"("id") ON DELETE CASCADE
      );
      CREATE TABLE "negotiation_decisions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "proposal_id" uuid NOT NULL,
        "decision" text NOT NULL,
        "reason" text,
        "applied_text" text,
        "delegation_code" text,
        "author_email" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_negotiation_decisions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_negotiation_decisions_proposal" FOREIGN KEY ("proposal_id") REFERENCES "negotiation_proposals"("id") ON DELETE CASCADE
      );
      CREATE INDEX "IDX_negotiation_decisions_proposal" ON "negotiation_decisions" ("proposal_id");
      CREATE TABLE "negotiation_paragraph_statuses" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "draft_id" uuid NOT NULL,
        "paragraph_id" text NOT NULL,
        "status" text NOT NULL,
        "author_email" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_negotiation_paragraph_statuses" PRIMARY KEY ("id"),
        CONSTRAINT "FK_negotiation_paragraph_statuses_draft" FOREIGN KEY ("draft_id") REFERENCES "drafts"("id") ON DELETE CASCADE
      );
      CREATE INDEX "IDX_negotiation_paragraph_statuses_draft" ON "negotiation_paragraph_statuses" ("draft_id", "paragraph_id");
      CREATE TABLE "negotiation_comments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "draft_id" uuid NOT NULL,
        "paragraph_id" text NOT NULL,
        "parent_id" uuid,
        "body" text NOT NULL,
        "visibility" text NOT NULL,
        "delegation_code" text,
        "author_email" text NOT NULL,
        "author_name" text NOT NULL,
        "resolved_at" TIMESTAMP WITH TIME ZONE,
        "resolved_by" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_negotiation_comments" PRIMARY KEY ("id"),
        CONSTRAINT "FK_negotiation_comments_draft" FOREIGN KEY ("draft_id") REFERENCES "drafts"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_negotiation_comments_parent" FOREIGN KEY ("parent_id") REFERENCES "negotiation_comments"("id") ON DELETE CASCADE
      );
      CREATE INDEX "IDX_negotiation_comments_draft" ON "negotiation_comments" ("draft_id");
      CREATE TABLE "negotiation_predecessors" (
        "draft_id" uuid NOT NULL,
        "label" text NOT NULL,
        "source_draft_id" uuid,
        "text" jsonb NOT NULL,
        "author_email" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_negotiation_predecessors" PRIMARY KEY ("draft_id"),
        CONSTRAINT "FK_negotiation_predecessors_draft" FOREIGN KEY ("draft_id") REFERENCES "drafts"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_negotiation_predecessors_source" FOREIGN KEY ("source_draft_id") REFERENCES "drafts"("id") ON DELETE SET NULL
      );
      CREATE TABLE "negotiation_versions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "draft_id" uuid NOT NULL,
        "seq" integer NOT NULL,
        "name" text NOT NULL,
        "text" jsonb NOT NULL,
        "ydoc_state" bytea,
        "restored_from" uuid,
        "author_email" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_negotiation_versions" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_negotiation_versions_draft_seq" UNIQUE ("draft_id", "seq"),
        CONSTRAINT "FK_negotiation_versions_draft" FOREIGN KEY ("draft_id") REFERENCES "drafts"("id") ON DELETE CASCADE
      );
      CREATE TABLE "negotiation_silences" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "draft_id" uuid NOT NULL,
        "version_id" uuid NOT NULL,
        "deadline" TIMESTAMP WITH TIME ZONE NOT NULL,
        "started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "started_by" text NOT NULL,
        "broken_at" TIMESTAMP WITH TIME ZONE,
        "broken_by" text,
        "broken_reason" text,
        "cancelled_at" TIMESTAMP WITH TIME ZONE,
        "cancelled_by" text,
        CONSTRAINT "PK_negotiation_silences" PRIMARY KEY ("id"),
        CONSTRAINT "FK_negotiation_silences_draft" FOREIGN KEY ("draft_id") REFERENCES "drafts"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_negotiation_silences_version" FOREIGN KEY ("version_id") REFERENCES "negotiation_versions"("id") ON DELETE CASCADE
      );
      CREATE INDEX "IDX_negotiation_silences_draft" ON "negotiation_silences" ("draft_id");
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE "negotiation_silences"; DROP TABLE "negotiation_versions"; DROP TABLE "negotiation_predecessors";
      DROP TABLE "negotiation_comments"; DROP TABLE "negotiation_paragraph_statuses"; DROP TABLE "negotiation_decisions";
      DROP TABLE "negotiation_supports"; DROP TABLE "negotiation_proposals"; DROP TABLE "negotiation_outlines";
    `);
  }
}
