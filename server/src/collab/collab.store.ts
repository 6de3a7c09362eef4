import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import * as Y from 'yjs';
import { languageOf, textToYDoc, yDocToText } from '@concordia/resolution';
import { stripControlsDeep, type DraftStatus, type ResolutionText } from '@concordia/schema';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { noteWrite } from '../health/degraded';

export interface LoadedState {
  /** Snapshot and tail merged, ready for Y.applyUpdate. */
  state: Uint8Array;
  /** Update rows not yet folded into the snapshot. */
  tail: number;
  /** True when the document was built from `drafts.text` by this load. */
  built: boolean;
}

/** PGlite returns bytea as Uint8Array, node-postgres as Buffer; both are Uint8Array. */
export const bytes = (v: unknown): Uint8Array => {
  if (v instanceof Uint8Array) return v;
  throw new Error(`expected bytea, got ${typeof v}`);
};
export const LOCK = `SELECT pg_advisory_xact_lock(hashtext('collab:' || $1::text))`;
const TRY_LOCK = `SELECT pg_try_advisory_xact_lock(hashtext('collab:' || $1::text)) AS ok`;
/** Who wrote an update (see the CollabAuthors migration). */
export interface Author {
  userId: string | null;
  delegation: string | null;
  actor: string | null;
}
export const NO_AUTHOR: Author = { userId: null, delegation: null, actor: null };
export interface Authored extends Author {
  update: Uint8Array;
}

/** One INSERT of `n` rows of one draft: $1 is the draft, then four parameters a row. */
const appendSql = (n: number) =>
  `INSERT INTO collab_updates (draft_id, update, user_id, delegation_code, actor) VALUES ${Array.from(
    { length: n },
    (_, i) => `($1, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4}, $${i * 4 + 5})`,
  ).join(', ')}`;
const appendValues = (draftId: string, rows: Authored[]) => [
  draftId,
  ...rows.flatMap((r) => [Buffer.from(r.update), r.userId, r.delegation, r.actor]),
];

/**
 * The update log and snapshots in PostgreSQL. Loads and compactions of a draft hold the same transaction-scoped
 * advisory lock, so they serialise across every server process sharing the database: two cold loads of a draft
 * without state cannot both build it from `drafts.text` (two builds would merge into a doubled text), and a load
 * never reads a snapshot from before a compaction with the update rows from after it. Appends take no lock:
 * Yjs updates commute, so their order in the log does not matter.
 */
/** Anything that runs SQL: a query runner, or the entity manager of the caller's transaction. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** A draft's compacted snapshot (if any) and the log rows after it, in order. */
export async function readStoredState(
  q: Queryable,
  draftId: string,
): Promise<{ snapshot: Uint8Array | null; rows: { id: string | number; update: Uint8Array }[] }> {
  const snap = (await q.query(`SELECT state FROM collab_snapshots WHERE draft_id = $1`, [draftId])) as {
    state: unknown;
  }[];
  const rows = (await q.query(`SELECT id, update FROM collab_updates WHERE draft_id = $1 ORDER BY id`, [
    draftId,
  ])) as { id: string | number; update: unknown }[];
  return {
    snapshot: snap[0] ? bytes(snap[0].state) : null,
    rows: rows.map((r) => ({ id: r.id, update: bytes(r.update) })),
  };
}

/** The document the stored state describes (the caller destroys it). */
export function docOf(state: Awaited<ReturnType<typeof readStoredState>>): Y.Doc {
  const doc = new Y.Doc();
  if (state.snapshot) Y.applyUpdate(doc, state.snapshot);
  for (const r of state.rows) Y.applyUpdate(doc, r.update);
  return doc;
}

@Injectable()
export class CollabStore {
  private readonly log = new Logger('CollabStore');
  /**
   * On a PostgreSQL server, appends go through a connection of their own with a prepared statement: a keystroke
   * is broadcast only once its append has committed, so the append is on the path of every edit, and it must
   * neither wait for a pooled connection busy with API requests nor be parsed and planned each time. When it is
   * busy with another draft's append, the pool serves. (The embedded database has one session: the pool.)
   */
  private readonly ownConnection: boolean;
  private appender: PoolClient | null = null;
  private appenderBusy = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.ownConnection = config.database.kind === 'postgres';
  }

  private async tx<T>(fn: (q: QueryRunner) => Promise<T>): Promise<T> {
    const q = this.db.createQueryRunner();
    await q.connect();
    try {
      await q.startTransaction();
      const out = await fn(q);
      await q.commitTransaction();
      return out;
    } catch (err) {
      if (q.isTransactionActive) await q.rollbackTransaction().catch(() => undefined);
      throw err;
    } finally {
      await q.release();
    }
  }

  async draftExists(draftId: string): Promise<boolean> {
    const rows = (await this.db.query(`SELECT 1 FROM drafts WHERE id = $1`, [draftId])) as unknown[];
    return rows.length > 0;
  }

  /** Snapshot + tail of a draft, building (and storing) the first state from `drafts.text`; null if no such draft. */
  async load(draftId: string): Promise<LoadedState | null> {
    return this.tx(async (q) => {
      await q.query(LOCK, [draftId]);
      const drafts = (await q.query(`SELECT text, title_fr, title_en FROM drafts WHERE id = $1`, [
        draftId,
      ])) as {
        text: ResolutionText | null;
        title_fr: string | null;
        title_en: string | null;
      }[];
      const draft = drafts[0];
      if (!draft) return null;
      const { snapshot, rows } = await readStoredState(q, draftId);
      if (!snapshot && rows.length === 0) {
        const lang = languageOf(draft.text, { fr: draft.title_fr, en: draft.title_en });
        const doc = textToYDoc(draft.text, {
          lang,
          title: (lang === 'en' ? draft.title_en : draft.title_fr) ?? draft.title_fr ?? draft.title_en ?? '',
        });
        const state = Y.encodeStateAsUpdate(doc);
        doc.destroy();
        await q.query(`INSERT INTO collab_snapshots (draft_id, state) VALUES ($1, $2)`, [
          draftId,
          Buffer.from(state),
        ]);
        return { state, tail: 0, built: true };
      }
      const parts = [...(snapshot ? [snapshot] : []), ...rows.map((r) => r.update)];
      return {
        state: parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts),
        tail: rows.length,
        built: false,
      };
    });
  }

  /**
   * Appends updates to the log in one statement, each with its author; durable when the promise resolves.
   * A bare update is the server's own, without an author.
   */
  async append(draftId: string, updates: Uint8Array | Authored[]): Promise<void> {
    const rows = updates instanceof Uint8Array ? [{ update: updates, ...NO_AUTHOR }] : updates;
    try {
      await this.appendOnce(draftId, rows);
      noteWrite(null);
    } catch (err) {
      noteWrite(err);
      throw err;
    }
  }

  private async appendOnce(draftId: string, rows: Authored[]): Promise<void> {
    const sql = appendSql(rows.length);
    const values = appendValues(draftId, rows);
    if (!this.ownConnection || this.appenderBusy) {
      await this.db.query(sql, values);
      return;
    }
    this.appenderBusy = true;
    try {
      this.appender ??= await this.openAppender();
      const client = this.appender;
      try {
        // Prepared once per row count (a batch holds one row per writer: a handful of statements at most).
        await client.query({ name: `collab_append_${rows.length}`, text: sql, values });
      } catch (err) {
        // Whatever failed, the next append starts on a fresh connection; the caller retries.
        this.dropAppender(client, err as Error);
        throw err;
      }
    } finally {
      this.appenderBusy = false;
    }
  }

  private async openAppender(): Promise<PoolClient> {
    const client = await (this.db.driver as PostgresDriver).master.connect();
    // A checked-out client that loses its connection while idle emits 'error'; unheard, it would end the process.
    client.on('error', (err: Error) => {
      this.log.warn(`Append connection lost: ${err.message}`);
      this.dropAppender(client, err);
    });
    return client;
  }

  private dropAppender(client: PoolClient, err: Error) {
    if (this.appender !== client) return;
    this.appender = null;
    client.release(err);
  }

  /** Returns the append connection to the pool (at shutdown, once the last append is done). */
  close(): void {
    this.appender?.release();
    this.appender = null;
  }

  /**
   * Folds the log into the snapshot and writes the structured text to `drafts.text`. Works from the database,
   * not from a process's memory: with several servers, this process may not have received another's newest
   * rows yet, and a snapshot of its memory would then drop them. Returns false if another process holds the lock.
   */
  async compact(draftId: string): Promise<{ folded: number } | false> {
    return this.tx(async (q) => {
      const lock = (await q.query(TRY_LOCK, [draftId])) as { ok: boolean }[];
      if (!lock[0]?.ok) return false;
      const stored = await readStoredState(q, draftId);
      const { rows } = stored;
      if (rows.length === 0 && stored.snapshot) return { folded: 0 };
      const doc = docOf(stored);
      const state = Y.encodeStateAsUpdate(doc);
      // Stripped: PostgreSQL refuses NUL in jsonb, and one NUL in the document would fail every compaction.
      const text = stripControlsDeep(yDocToText(doc));
      doc.destroy();
      await q.query(
        `INSERT INTO collab_snapshots (draft_id, state, updates_folded, compacted_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (draft_id) DO UPDATE SET state = EXCLUDED.state, compacted_at = now(),
           updates_folded = collab_snapshots.updates_folded + EXCLUDED.updates_folded`,
        [draftId, Buffer.from(state), rows.length],
      );
      if (rows.length) {
        await q.query(`DELETE FROM collab_updates WHERE draft_id = $1 AND id = ANY($2::bigint[])`, [
          draftId,
          rows.map((r) => String(r.id)),
        ]);
      }
      await q.query(`UPDATE drafts SET text = $2, updated_at = now() WHERE id = $1`, [
        draftId,
        JSON.stringify(text),
      ]);
      return { folded: rows.length };
    });
  }

  /** Appends inside the caller's transaction (server changes made under the load lock). */
  static appendIn(q: Queryable, draftId: string, rows: Authored[]): Promise<unknown> {
    return q.query(appendSql(rows.length), appendValues(draftId, rows));
  }

  /** Current main sponsors' events of the given drafts, in order (for permissions). */
  async sponsorshipEvents(draftIds: string[]) {
    if (draftIds.length === 0) return [];
    return (await this.db.query(
      `SELECT draft_id, delegation_code, kind, change FROM sponsorship_events WHERE draft_id = ANY($1::uuid[]) ORDER BY draft_id, seq`,
      [draftIds],
    )) as {
      draft_id: string;
      delegation_code: string;
      kind: 'main' | 'additional';
      change: 'joined' | 'withdrew';
    }[];
  }

  /** The status of the given drafts (acted on or not decides whether delegations still write the text). */
  async draftStatuses(draftIds: string[]) {
    if (draftIds.length === 0) return [];
    return (await this.db.query(`SELECT id, status FROM drafts WHERE id = ANY($1::uuid[])`, [draftIds])) as {
      id: string;
      status: DraftStatus;
    }[];
  }

  /**
   * The state of the given sessions (by token hash) in one query, for the periodic re-check of open
   * connections: a revoked or expired token, or a changed role or delegation, must take effect on live sockets.
   */
  async tokenStates(hashes: string[]) {
    if (hashes.length === 0) return [];
    return (await this.db.query(
      `SELECT t.token_hash, t.expires_at, t.revoked_at, u.role, u.delegation_code
         FROM auth_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ANY($1::text[])`,
      [hashes],
    )) as {
      token_hash: string;
      expires_at: Date | string;
      revoked_at: Date | string | null;
      role: string;
      delegation_code: string | null;
    }[];
  }
}
