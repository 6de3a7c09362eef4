import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The Committee's record, accounts and tokens. */
export class InitialRecord1795400000000 implements MigrationInterface {
  name = 'InitialRecord1795400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "committee_sessions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "session" integer NOT NULL,
        "committee" text NOT NULL,
        "settings" jsonb NOT NULL DEFAULT '{}',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_committee_sessions" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_committee_sessions_session_committee" UNIQUE ("session", "committee")
      );
      CREATE TABLE "agenda_items" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "session_id" uuid NOT NULL,
        "number" text NOT NULL,
        "title_fr" text,
        "title_en" text,
        "allocation" jsonb,
        "documents" jsonb NOT NULL DEFAULT '[]',
        "related_items" text array NOT NULL DEFAULT '{}',
        "position" integer NOT NULL,
        CONSTRAINT "PK_agenda_items" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_agenda_items_session_number" UNIQUE ("session_id", "number"),
        CONSTRAINT "FK_agenda_items_session" FOREIGN KEY ("session_id") REFERENCES "committee_sessions"("id") ON DELETE CASCADE
      );
      CREATE TABLE "meetings" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "session_id" uuid NOT NULL,
        "number" integer NOT NULL,
        "kind" text NOT NULL,
        "date" date,
        "summary_record" text,
        "purpose" text,
        "agenda_items" text array NOT NULL DEFAULT '{}',
        "details" jsonb NOT NULL DEFAULT '{}',
        CONSTRAINT "PK_meetings" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_meetings_session_kind_number" UNIQUE ("session_id", "kind", "number"),
        CONSTRAINT "FK_meetings_session" FOREIGN KEY ("session_id") REFERENCES "committee_sessions"("id") ON DELETE CASCADE
      );
      CREATE TABLE "delegations" (
        "code" text NOT NULL,
        "kind" text NOT NULL,
        "name_en" text NOT NULL,
        "name_fr" text NOT NULL,
        "fr_de" text,
        "custom" boolean NOT NULL DEFAULT false,
        CONSTRAINT "PK_delegations" PRIMARY KEY ("code")
      );
      CREATE TABLE "drafts" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "session_id" uuid NOT NULL,
        "symbol" text NOT NULL,
        "kind" text NOT NULL DEFAULT 'resolution',
        "agenda_item_id" uuid NOT NULL,
        "title_fr" text,
        "title_en" text,
        "origin" jsonb NOT NULL,
        "status" text NOT NULL,
        "revises" text,
        "amends" text,
        "on_behalf_of_group" text,
        "text" jsonb,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_drafts" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_drafts_session_symbol" UNIQUE ("session_id", "symbol"),
        CONSTRAINT "FK_drafts_session" FOREIGN KEY ("session_id") REFERENCES "committee_sessions"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_drafts_agenda_item" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE RESTRICT
      );
      CREATE TABLE "sponsorship_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "draft_id" uuid NOT NULL,
        "seq" integer NOT NULL,
        "delegation_code" text NOT NULL,
        "kind" text NOT NULL,
        "change" text NOT NULL,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "via" text NOT NULL,
        "recorded_by" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_sponsorship_events" PRIMARY KEY ("id"),
        CONSTRAINT "FK_sponsorship_events_draft" FOREIGN KEY ("draft_id") REFERENCES "drafts"("id") ON DELETE CASCADE
      );
      CREATE UNIQUE INDEX "IDX_sponsorship_events_draft_seq" ON "sponsorship_events" ("draft_id", "seq");
      CREATE TABLE "actions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "draft_id" uuid NOT NULL,
        "meeting_id" uuid NOT NULL,
        "seq" integer NOT NULL,
        "type" text NOT NULL,
        "payload" jsonb NOT NULL,
        "superseded_by" uuid,
        "recorded_by" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_actions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_actions_draft" FOREIGN KEY ("draft_id") REFERENCES "drafts"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_actions_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT
      );
      CREATE INDEX "IDX_actions_draft_seq" ON "actions" ("draft_id", "seq");
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" text NOT NULL,
        "name" text NOT NULL,
        "password_hash" text NOT NULL,
        "role" text NOT NULL,
        "delegation_code" text,
        "gender" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_users" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_users_email" UNIQUE ("email")
      );
      CREATE TABLE "auth_tokens" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "token_hash" text NOT NULL,
        "user_id" uuid NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_auth_tokens" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_auth_tokens_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "FK_auth_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE "auth_tokens"; DROP TABLE "users"; DROP TABLE "actions"; DROP TABLE "sponsorship_events";
      DROP TABLE "drafts"; DROP TABLE "delegations"; DROP TABLE "meetings"; DROP TABLE "agenda_items";
      DROP TABLE "committee_sessions";
    `);
  }
}
