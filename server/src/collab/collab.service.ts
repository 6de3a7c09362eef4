import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { currentSponsors, textAccess } from '@concordia/domain';
import { stripControlsDeep, type DraftStatus, type ResolutionText, type Role } from '@concordia/schema';
import { presenceUser, READ_ONLY_REASON, updateText, yDocToText } from '@concordia/resolution';
import type { EntityManager } from 'typeorm';
import { hashToken, type AuthUser } from '../auth/auth.service';
import { REDIS, type RedisClient } from '../redis/redis.module';
import { CollabFanout, FAN, type FanKind } from './collab.fanout';
import { scrubAll, scrubChanged } from './collab.scrub';
import {
  CollabStore,
  docOf,
  LOCK,
  NO_AUTHOR,
  readStoredState,
  type Author,
  type Authored,
} from './collab.store';
import {
  AUTH,
  authMessage,
  awarenessMessage,
  awarenessProtocol,
  Bucket,
  CLOSE,
  decodeMessage,
  firstPresenceId,
  LIMITS,
  MalformedMessage,
  ownPresence,
  savedMessage,
  syncMessage,
  syncStep1,
  SYNC,
  type CloseReason,
} from './protocol';

/** Tunables; tests shorten them. */
export const COLLAB_TUNING = {
  /** Update rows after which the log is folded into the snapshot… */
  compactEvery: 500,
  /**
   * …at the first pause in editing this long: folding is CPU work on the event loop (tens of milliseconds for a
   * long draft) that would hold up the broadcast of every keystroke behind it…
   */
  compactQuietMs: 1000,
  /** …or at once when the log reaches this many rows without a pause. */
  compactForceEvery: 5000,
  /** How long a document with no connection stays in memory (a reconnect within it costs no reload). */
  unloadAfterMs: 2000,
  /**
   * Period of the check for documents behind their log: one holding updates it cannot integrate (they build on
   * updates it never received, as when Redis dropped messages) for longer than `behindMs` is read again from
   * the log.
   */
  healEveryMs: 1000,
  behindMs: 2000,
  /** Period of the re-check of sponsors and sessions of open connections; a change takes effect within it. */
  recheckMs: 500,
  /** Attempts to append an update before the document is dropped (clients keep their edits and resend them). */
  appendAttempts: 4,
  /**
   * Updates are broadcast as they arrive, before they are in the log, as long as the oldest update not yet in the
   * log arrived less than this long ago; while the log lags further behind, broadcasts wait for the append. So
   * nobody is ever shown more than this much typing that is not yet saved, and a slow database slows the
   * broadcast down instead of letting the gap grow.
   */
  unsavedBroadcastMs: 100,
};

export interface Conn {
  ws: WebSocket;
  user: AuthUser;
  tokenHash: string;
  canEdit: boolean;
  /** Awareness client ids this connection speaks for, removed when it closes. */
  clients: Set<number>;
  lastDeniedAt: number;
  /** The raw TCP socket under `ws`, for broadcasting one pre-built frame to many clients. */
  socket?: Duplex;
  /** Whether the client asked for `saved` acknowledgements (`?acks=1`). */
  acks: boolean;
  /** Sync updates received from this socket: the count `saved` acknowledgements refer to. */
  received: number;
  /** Of the updates of this socket that changed the document, those not yet in the log. */
  unsaved: number;
  /** The last count acknowledged. */
  acked: number;
  /** Full-state requests (sync step 1, query-awareness) and presence updates this socket may still send. */
  fullState: Bucket;
  presence: Bucket;
  /** The awareness client id this socket speaks for: the first one it used (null before its first presence). */
  presenceId: number | null;
  /** How `user` is shown to others, whatever its client says. */
  shownAs: Record<string, unknown>;
  /**
   * Set when an update of this socket could not be integrated for want of earlier changes: how far each Yjs
   * client's clock must reach before it is. Until then this socket (only) is not acknowledged.
   */
  gap: Map<number, number> | null;
  /** When this socket was last asked to resync for a gap (performance.now()). */
  resyncAskedAt: number;
}

/** An update applied in memory, waiting to be appended to the log. */
interface Unsaved {
  update: Uint8Array;
  origin: unknown;
  /** When it arrived (performance.now()). */
  at: number;
  /** Which of its connection's sync updates it came from (`Conn.received` at the time). */
  seq: number;
  /** Whether it was broadcast on arrival (otherwise it goes out once it is in the log). */
  sent: boolean;
}

export class LiveDoc {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness: awarenessProtocol.Awareness;
  readonly conns = new Map<WebSocket, Conn>();
  /** Updates applied in memory, waiting to be appended to the log (the append in flight holds the others). */
  queue: Unsaved[] = [];
  /** Arrival of the oldest update not yet in the log; null when everything is. */
  unsavedSince: number | null = null;
  /** Connections whose last updates changed nothing but could not be acknowledged yet (see `acknowledge`). */
  readonly unacked = new Set<Conn>();
  flushing: Promise<void> | null = null;
  /** Rows in the log since the last compaction this process knows of. */
  tail = 0;
  mainSponsors = new Set<string>();
  /** The draft's status: once the Committee has acted on it, delegations no longer write its text. */
  status: DraftStatus = 'informal';
  unloadTimer: NodeJS.Timeout | null = null;
  compacting: Promise<unknown> | null = null;
  compactTimer: NodeJS.Timeout | null = null;
  /** Since when (Date.now()) the document holds updates it cannot integrate; when it was last read again. */
  behindSince: number | null = null;
  healedAt = 0;
  dead = false;
  constructor(readonly draftId: string) {
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    // The server has no presence of its own; a null local state keeps it out of the awareness list.
    this.awareness.setLocalState(null);
  }
}

/** Origin of changes that came from another server process through Redis (already durable there). */
const REMOTE = Symbol('remote');
/** Origin of the server's deletion of control characters (see collab.scrub.ts). */
const SCRUB = Symbol('scrub');
const NOBODY: ReadonlySet<unknown> = new Set();

/** The "permission granted" or "permission denied" message for `user` on `live`, as `textAccess` decides. */
function accessMessage(user: AuthUser, live: LiveDoc): { canEdit: boolean; msg: Uint8Array } {
  const a = textAccess(user, live.mainSponsors, live.status);
  return a.edit
    ? { canEdit: true, msg: authMessage(AUTH.granted, 'read-write') }
    : { canEdit: false, msg: authMessage(AUTH.denied, READ_ONLY_REASON[a.why]) };
}

/**
 * Live documents: one Y.Doc per draft in memory while someone is connected. Every update is appended to the
 * PostgreSQL log (group commit: updates arriving while an append is in flight go in the next one) and its writer
 * is told once it is there (`saved`), so an acknowledged edit survives a crash of the process. Other clients are
 * sent an update as soon as it arrives, within the `unsavedBroadcastMs` bound: waiting for the append would add
 * its latency, fsync included, to every keystroke everyone sees. If the process dies before the append, nothing
 * is lost either: the writer's client, and every client that was sent the update, still hold it and send it back
 * in the sync exchange when they reconnect. Other server processes are sent updates through Redis only once they
 * are durable, since they do not save what they receive (see `onLocalUpdate`).
 */
@Injectable()
export class CollabService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly log = new Logger('Collab');
  private readonly docs = new Map<string, Promise<LiveDoc | null>>();
  /** Documents fully loaded in memory, readable without waiting (and without a database connection). */
  private readonly ready = new Map<string, LiveDoc>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly fanout: CollabFanout | null;
  private recheckTimer: NodeJS.Timeout | null = null;
  private healTimer: NodeJS.Timeout | null = null;
  /** Documents being brought up to date from the log (after a Redis outage), and since when they lag. */
  private readonly resyncing = new Map<string, Promise<void>>();
  private rechecking: Promise<void> | null = null;
  private stopping = false;
  readonly tuning = { ...COLLAB_TUNING };

  constructor(
    private readonly store: CollabStore,
    @Inject(REDIS) redis: RedisClient | null,
  ) {
    this.fanout = redis ? new CollabFanout(redis) : null;
    if (this.fanout) this.fanout.onReconnect = () => this.resyncAll(true);
  }

  onModuleInit() {
    this.recheckTimer = setInterval(() => {
      this.rechecking ??= this.recheck()
        .catch((err: unknown) => this.log.warn(`Permission re-check failed: ${(err as Error).message}`))
        .finally(() => (this.rechecking = null));
    }, this.tuning.recheckMs);
    this.recheckTimer.unref();
    this.healTimer = setInterval(() => this.heal(), this.tuning.healEveryMs);
    this.healTimer.unref();
  }

  /** Loaded documents (for tests and monitoring). */
  loaded(): string[] {
    return [...this.docs.keys()];
  }

  // ------------------------------------------------------------------ connections

  /**
   * Attaches an authenticated socket to a draft. Resolves false (after closing the socket) when the draft does
   * not exist or could not be loaded. `replay` are messages the socket sent while it was being authenticated.
   */
  async join(
    draftId: string,
    ws: WebSocket,
    user: AuthUser,
    token: string,
    socket?: Duplex,
    acks = false,
  ): Promise<{ live: LiveDoc; conn: Conn } | null> {
    let live: LiveDoc | null;
    try {
      live = await this.acquire(draftId);
    } catch (err) {
      this.log.error(`Loading draft ${draftId} failed: ${(err as Error).message}`);
      close(ws, CLOSE.loadFailed);
      return null;
    }
    if (!live) {
      close(ws, CLOSE.unknownDraft);
      return null;
    }
    if (ws.readyState !== ws.OPEN) {
      this.maybeUnload(live);
      return null;
    }
    if (live.unloadTimer) clearTimeout(live.unloadTimer);
    live.unloadTimer = null;
    const access = accessMessage(user, live);
    const conn: Conn = {
      ws,
      user,
      tokenHash: hashToken(token),
      canEdit: access.canEdit,
      clients: new Set(),
      lastDeniedAt: 0,
      socket,
      acks,
      received: 0,
      unsaved: 0,
      acked: 0,
      fullState: new Bucket(LIMITS.fullStateBurst, LIMITS.fullStatePerSecond),
      presence: new Bucket(LIMITS.awarenessBurst, LIMITS.awarenessPerSecond),
      presenceId: null,
      shownAs: { ...presenceUser(user) },
      gap: null,
      resyncAskedAt: -Infinity,
    };
    live.conns.set(ws, conn);
    ws.on('close', () => {
      try {
        this.leave(live, conn);
      } catch (err) {
        // Thrown out of a socket event it would end the process.
        this.log.error(`Leaving ${live.draftId} failed: ${(err as Error).stack ?? String(err)}`);
      }
    });
    // Tell the client whether it may write before anything else, so its editor opens in the right mode.
    send(ws, access.msg);
    send(ws, syncStep1(Y.encodeStateVector(live.doc)));
    const states = [...live.awareness.getStates().keys()];
    if (states.length)
      send(ws, awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(live.awareness, states)));
    return { live, conn };
  }

  /** Handles one binary message of an attached socket, synchronously so that messages keep their order. */
  handle(live: LiveDoc, conn: Conn, data: Uint8Array): void {
    if (live.dead) return;
    try {
      const msg = decodeMessage(data);
      switch (msg.type) {
        case 'step1':
          // Decoded here, where a malformed one closes this socket: once handed to Yjs in the deferred answer
          // it would throw out of a promise nobody waits for (issue 12: an observer ended the process so).
          Y.decodeStateVector(msg.sv);
          if (!conn.fullState.take()) return close(conn.ws, CLOSE.tooManyRequests);
          this.answerStep1(live, conn, msg.sv).catch((err: unknown) => this.failed(live, conn, err));
          return;
        case 'update':
          conn.received += 1;
          if (!conn.canEdit) {
            // An empty update (a read-only client's answer to our step 1) is no attempt to write.
            if (msg.update.length > 2) this.deny(live, conn);
          } else this.applyClientUpdate(live, conn, msg.update);
          // One that changed the document is acknowledged once it is in the log; any other at once.
          if (conn.unsaved === 0) this.acknowledgeIdle(live, conn);
          return;
        case 'awareness':
          this.applyPresence(live, conn, msg.update);
          return;
        case 'queryAwareness':
          if (!conn.fullState.take()) return close(conn.ws, CLOSE.tooManyRequests);
          send(
            conn.ws,
            awarenessMessage(
              awarenessProtocol.encodeAwarenessUpdate(live.awareness, [...live.awareness.getStates().keys()]),
            ),
          );
          return;
        case 'auth':
          return;
      }
    } catch (err) {
      // Whatever a client sent, decoding and applying it can only fail because it is not what the protocol
      // allows (lib0 and Yjs throw plain Errors on malformed input): that socket is closed, nothing else.
      if (!(err instanceof MalformedMessage))
        this.log.warn(`Rejected a message for ${live.draftId}: ${(err as Error).message}`);
      close(conn.ws, CLOSE.malformed);
    }
  }

  /**
   * Applies a writer's update. One that cannot be integrated yet (it builds on changes the server does not have:
   * a client that missed part of its own history, or a forged one) is kept aside by Yjs; its writer is asked to
   * resync (a sync step 1 with the server's state vector, answered with what the server lacks) and only its
   * acknowledgements wait for the missing part, not everyone's.
   */
  private applyClientUpdate(live: LiveDoc, conn: Conn, update: Uint8Array) {
    const store = live.doc.store;
    Y.applyUpdate(live.doc, update, conn);
    // Nothing kept aside anywhere: this update went in whole (the usual case, checked without decoding it).
    if (!store.pendingStructs && !store.pendingDs) return;
    const gap = gapOf(live.doc, update);
    if (!gap) return;
    conn.gap ??= new Map();
    for (const [client, clock] of gap) conn.gap.set(client, Math.max(clock, conn.gap.get(client) ?? 0));
    const now = performance.now();
    if (now - conn.resyncAskedAt >= 1000) {
      conn.resyncAskedAt = now;
      send(conn.ws, syncStep1(Y.encodeStateVector(live.doc)));
    }
  }

  /**
   * Applies a client's presence update, tied to its account: only its own awareness client id (the first one it
   * uses) is taken, with the user, delegation and colour fields set from the account; other ids are dropped.
   * Oversized presence closes the socket; presence over the rate is dropped.
   */
  private applyPresence(live: LiveDoc, conn: Conn, update: Uint8Array) {
    if (update.length > LIMITS.awarenessMaxBytes) return close(conn.ws, CLOSE.presenceTooLarge);
    if (!conn.presence.take()) return;
    if (conn.presenceId === null) {
      const id = firstPresenceId(update);
      if (id === null) return;
      // An id another account's socket speaks for is not taken over (a reconnecting client of the same
      // account may: its old socket may not have closed yet).
      for (const c of live.conns.values())
        if (c !== conn && c.presenceId === id && c.user.id !== conn.user.id) return;
      conn.presenceId = id;
    }
    const own = ownPresence(update, conn.presenceId, conn.shownAs);
    if (own.kept) awarenessProtocol.applyAwarenessUpdate(live.awareness, own.update, conn);
  }

  /** An internal failure while serving one socket: logged, and that socket (only) is closed with 1011. */
  private failed(live: LiveDoc, conn: Conn, err: unknown) {
    this.log.error(`Collab socket on ${live.draftId} failed: ${(err as Error).stack ?? String(err)}`);
    close(conn.ws, CLOSE.internal);
  }

  private async answerStep1(live: LiveDoc, conn: Conn, sv: Uint8Array) {
    // Answer with durable state only: wait until what is in memory has been appended to the log.
    while (live.flushing) await live.flushing;
    if (live.dead || conn.ws.readyState !== conn.ws.OPEN) return;
    send(conn.ws, syncMessage(SYNC.step2, Y.encodeStateAsUpdate(live.doc, sv)));
  }

  private deny(live: LiveDoc, conn: Conn) {
    const now = Date.now();
    if (now - conn.lastDeniedAt < 1000) return;
    conn.lastDeniedAt = now;
    send(conn.ws, accessMessage(conn.user, live).msg);
  }

  private leave(live: LiveDoc, conn: Conn) {
    if (!live.conns.delete(conn.ws)) return;
    live.unacked.delete(conn);
    if (conn.clients.size) awarenessProtocol.removeAwarenessStates(live.awareness, [...conn.clients], null);
    this.maybeUnload(live);
  }

  private maybeUnload(live: LiveDoc) {
    if (live.conns.size || live.unloadTimer || live.dead) return;
    live.unloadTimer = setTimeout(
      () =>
        void this.unload(live).catch((err: unknown) =>
          this.log.error(`Unloading ${live.draftId} failed: ${(err as Error).message}`),
        ),
      this.tuning.unloadAfterMs,
    );
  }

  // ------------------------------------------------------------------ load / unload

  private async acquire(draftId: string): Promise<LiveDoc | null> {
    for (;;) {
      const pendingUnload = this.unloading.get(draftId);
      if (pendingUnload) await pendingUnload;
      let p = this.docs.get(draftId);
      if (!p) {
        p = this.load(draftId);
        this.docs.set(draftId, p);
        // A failed or empty load is forgotten at once, so the next connection tries again from the database.
        p.then(
          (l) => l === null && this.docs.delete(draftId),
          () => this.docs.delete(draftId),
        );
      }
      const live = await p;
      if (live === null) return null;
      if (!live.dead) return live;
      // Raced with an unload: go round and load again.
    }
  }

  private async load(draftId: string): Promise<LiveDoc | null> {
    const live = new LiveDoc(draftId);
    // Subscribe before reading, so nothing published between the read and the subscription is missed.
    const early: { kind: FanKind; payload: Uint8Array }[] = [];
    let ready = false;
    if (this.fanout) {
      await this.fanout.subscribe(draftId, (kind, payload) =>
        ready ? this.onRemote(live, kind, payload) : early.push({ kind, payload }),
      );
    }
    try {
      const state = await this.store.load(draftId);
      if (!state) throw new UnknownDraft();
      Y.applyUpdate(live.doc, state.state, REMOTE);
      live.tail = state.tail;
      await this.readPermissions(live);
    } catch (err) {
      live.dead = true;
      live.doc.destroy();
      await this.fanout?.unsubscribe(draftId).catch(() => undefined);
      if (err instanceof UnknownDraft) return null;
      throw err;
    }
    live.doc.on('update', (update: Uint8Array, origin: unknown) => this.onLocalUpdate(live, update, origin));
    // Control characters a writer typed or pasted are deleted at once, by a change of the server's own.
    live.doc.on('afterTransaction', (tr: Y.Transaction) => {
      if (tr.origin !== REMOTE && tr.origin !== SCRUB)
        queueMicrotask(() => !live.dead && scrubChanged(live.doc, tr, SCRUB));
    });
    scrubAll(live.doc, SCRUB);
    live.awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) =>
      this.onAwareness(live, [...added, ...updated, ...removed], origin, added, removed),
    );
    ready = true;
    for (const e of early) this.onRemote(live, e.kind, e.payload);
    // Ask the other servers for the presence of their users on this draft.
    if (this.fanout)
      void this.fanout.publish(draftId, FAN.queryAwareness, new Uint8Array()).catch(() => undefined);
    if (live.tail >= this.tuning.compactEvery) this.compactSoon(live);
    this.ready.set(draftId, live);
    return live;
  }

  /** Appends what is pending, folds the log into the snapshot (updating `drafts.text`) and forgets the document. */
  private unload(live: LiveDoc): Promise<void> {
    live.unloadTimer = null;
    if (live.conns.size || live.dead) return Promise.resolve();
    live.dead = true;
    if (live.compactTimer) clearTimeout(live.compactTimer);
    this.docs.delete(live.draftId);
    this.ready.delete(live.draftId);
    const done = (async () => {
      try {
        while (live.flushing) await live.flushing;
        await live.compacting;
        await this.store.compact(live.draftId);
      } catch (err) {
        this.log.warn(
          `Compaction of ${live.draftId} on unload failed (the log still has everything): ${(err as Error).message}`,
        );
      } finally {
        await this.fanout?.unsubscribe(live.draftId).catch(() => undefined);
        live.awareness.destroy();
        live.doc.destroy();
        this.unloading.delete(live.draftId);
      }
    })();
    this.unloading.set(live.draftId, done);
    return done;
  }

  // ------------------------------------------------------------------ updates

  private onLocalUpdate(live: LiveDoc, update: Uint8Array, origin: unknown) {
    if (origin === REMOTE) {
      // Durable already (the sending process appended it before publishing): just pass it on.
      this.broadcast(live, syncMessage(SYNC.update, update), NOBODY);
      return;
    }
    const now = performance.now();
    const conn = connOf(live, origin);
    live.unsavedSince ??= now;
    const sent = now - live.unsavedSince < this.tuning.unsavedBroadcastMs;
    if (sent) this.broadcast(live, syncMessage(SYNC.update, update), conn ? new Set([conn]) : NOBODY);
    if (conn) conn.unsaved += 1;
    live.queue.push({ update, origin, at: now, seq: conn?.received ?? 0, sent });
    // Not published to Redis yet: the other processes take what they receive as saved and would not resend it
    // if this one died before its append; their clients would not either, having received it from a server.
    live.flushing ??= this.flush(live)
      .catch((err: unknown) => {
        // A bug, not a database failure (append retries and handles those): what is in memory can no longer be
        // trusted to reach the log, so the document is dropped; clients keep their edits and resend them.
        this.log.error(`Flushing ${live.draftId} failed: ${(err as Error).stack ?? String(err)}`);
        this.kill(live, CLOSE.internal);
      })
      .finally(() => (live.flushing = null));
  }

  private async flush(live: LiveDoc): Promise<void> {
    while (live.queue.length && !live.dead) {
      const batch = live.queue.splice(0);
      const merged = batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((b) => b.update));
      const rows = authoredRows(live, batch, merged);
      if (!(await this.append(live, rows))) return;
      live.tail += rows.length;
      live.unsavedSince = live.queue[0]?.at ?? null;
      const held = batch.filter((b) => !b.sent);
      if (held.length)
        this.broadcastBatch(
          live,
          held,
          held.length === batch.length ? merged : Y.mergeUpdates(held.map((b) => b.update)),
        );
      this.acknowledge(live, batch);
      if (this.fanout)
        void this.fanout
          .publish(live.draftId, FAN.update, merged)
          .catch((err: Error) => this.log.warn(`Redis publish: ${err.message}`));
    }
    this.compactWhenQuiet(live);
  }

  /** Tells the writers of a batch just appended how far their updates are saved. */
  private acknowledge(live: LiveDoc, batch: Unsaved[]) {
    const upTo = new Map<Conn, number>();
    for (const b of batch) {
      const conn = connOf(live, b.origin);
      if (!conn) continue;
      conn.unsaved -= 1;
      upTo.set(conn, b.seq);
    }
    for (const [conn, seq] of upTo) {
      // With nothing of its own left unsaved, whatever else it sent changed nothing: all of it is dealt with.
      if (conn.unsaved === 0) this.acknowledgeIdle(live, conn);
      else this.sendSaved(conn, seq);
    }
    for (const conn of live.unacked) if (conn.unsaved === 0) this.acknowledgeIdle(live, conn);
  }

  /**
   * Acknowledges everything a connection with no unsaved update has sent. Not while the document holds changes
   * it could not integrate yet (they wait for a missing earlier update, as after a crash when a client's edit
   * overtakes its resent history): those are in no log, and the update that completes them may come from anyone.
   */
  private acknowledgeIdle(live: LiveDoc, conn: Conn) {
    if (conn.gap) {
      if ([...conn.gap].some(([client, clock]) => Y.getState(live.doc.store, client) < clock)) {
        if (conn.acks) live.unacked.add(conn);
        return;
      }
      conn.gap = null;
    }
    live.unacked.delete(conn);
    this.sendSaved(conn, conn.received);
  }

  private sendSaved(conn: Conn, upTo: number) {
    if (!conn.acks || upTo <= conn.acked) return;
    conn.acked = upTo;
    send(conn.ws, savedMessage(upTo));
  }

  private compactWhenQuiet(live: LiveDoc) {
    if (live.tail < this.tuning.compactEvery || live.dead) return;
    if (live.tail >= this.tuning.compactForceEvery) return this.compactSoon(live);
    if (live.compactTimer) {
      live.compactTimer.refresh();
      return;
    }
    live.compactTimer = setTimeout(() => {
      live.compactTimer = null;
      if (!live.dead) this.compactSoon(live);
    }, this.tuning.compactQuietMs);
    live.compactTimer.unref();
  }

  private async append(live: LiveDoc, rows: Authored[]): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.store.append(live.draftId, rows);
        return true;
      } catch (err) {
        if (attempt >= this.tuning.appendAttempts || this.stopping) {
          // Nothing unsaved may be served: drop the document. Clients still hold their edits and resend them
          // in the sync exchange when they reconnect.
          this.log.error(
            `Saving an update of ${live.draftId} failed; dropping the document: ${(err as Error).message}`,
          );
          this.kill(live, CLOSE.saveFailed);
          return false;
        }
        await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
      }
    }
  }

  private kill(live: LiveDoc, why: CloseReason) {
    live.dead = true;
    if (live.compactTimer) clearTimeout(live.compactTimer);
    live.queue = [];
    live.unacked.clear();
    this.docs.delete(live.draftId);
    this.ready.delete(live.draftId);
    for (const c of live.conns.values()) close(c.ws, why);
    live.conns.clear();
    void this.fanout?.unsubscribe(live.draftId).catch(() => undefined);
  }

  private compactSoon(live: LiveDoc) {
    if (live.compacting) return;
    const before = live.tail;
    live.compacting = this.store
      .compact(live.draftId)
      .then((r) => {
        // Another process holding the lock is compacting the same rows; either way the count starts again.
        live.tail = r === false ? 0 : Math.max(0, live.tail - Math.max(before, r.folded));
      })
      .catch((err: unknown) =>
        this.log.warn(`Compaction of ${live.draftId} failed: ${(err as Error).message}`),
      )
      .finally(() => (live.compacting = null));
  }

  /**
   * Passes on a batch of updates that became durable together. Each client gets one message however many updates
   * the batch holds, so a burst that queued up behind a slow append costs one write per socket, not one per
   * update. Nobody is sent back their own update: with a single writer in the batch (the usual case) everyone
   * else gets the merge; with several, each writer gets the merge of the others' updates.
   */
  private broadcastBatch(live: LiveDoc, batch: Unsaved[], merged: Uint8Array) {
    const origins = new Set(batch.map((b) => b.origin));
    this.broadcast(live, syncMessage(SYNC.update, merged), origins);
    if (origins.size === 1) return;
    for (const origin of origins) {
      const conn = connOf(live, origin);
      if (!conn) continue;
      const others = batch.filter((b) => b.origin !== origin).map((b) => b.update);
      send(conn.ws, syncMessage(SYNC.update, others.length === 1 ? others[0]! : Y.mergeUpdates(others)));
    }
  }

  /**
   * Sends one message to every connection not in `except`. The WebSocket frame is built once and written to each
   * TCP socket as one buffer: ws.send frames per socket and writes header and payload as two (one writev), which
   * with hundreds of clients is measurably more kernel time per broadcast than a single write. Server frames are
   * never masked or compressed here (perMessageDeflate is off), so the bytes are the same for every client.
   */
  private broadcast(live: LiveDoc, msg: Uint8Array, except: ReadonlySet<unknown>) {
    let frame: Buffer | null = null;
    for (const c of live.conns.values()) {
      if (except.has(c) || c.ws.readyState !== c.ws.OPEN) continue;
      if (c.socket && !c.socket.destroyed && c.socket.writable) {
        frame ??= binaryFrame(msg);
        c.socket.write(frame);
        // bufferedAmount counts what was written to the TCP socket directly too (its writable length).
        checkBuffered(c.ws);
      } else send(c.ws, msg);
    }
  }

  private onAwareness(live: LiveDoc, changed: number[], origin: unknown, added: number[], removed: number[]) {
    const conn = connOf(live, origin);
    if (conn) {
      for (const id of added) conn.clients.add(id);
      for (const id of removed) conn.clients.delete(id);
    }
    const update = awarenessProtocol.encodeAwarenessUpdate(live.awareness, changed);
    this.broadcast(live, awarenessMessage(update), NOBODY);
    if (this.fanout && origin !== REMOTE)
      void this.fanout.publish(live.draftId, FAN.awareness, update).catch(() => undefined);
  }

  private onRemote(live: LiveDoc, kind: FanKind, payload: Uint8Array) {
    if (live.dead) return;
    switch (kind) {
      case FAN.update:
        Y.applyUpdate(live.doc, payload, REMOTE);
        break;
      case FAN.awareness:
        awarenessProtocol.applyAwarenessUpdate(live.awareness, payload, REMOTE);
        break;
      case FAN.permissions:
        this.refreshLocal(live.draftId).catch((err: unknown) =>
          this.log.warn(`Permission refresh of ${live.draftId} failed: ${(err as Error).message}`),
        );
        break;
      case FAN.resync:
        void this.resync(live);
        break;
      case FAN.queryAwareness: {
        const mine = [...live.conns.values()].flatMap((c) => [...c.clients]);
        if (mine.length && this.fanout) {
          void this.fanout
            .publish(
              live.draftId,
              FAN.awareness,
              awarenessProtocol.encodeAwarenessUpdate(live.awareness, mine),
            )
            .catch(() => undefined);
        }
        break;
      }
    }
  }

  // ------------------------------------------------------------------ resynchronization

  /**
   * Brings every loaded document up to date from the log, after Redis came back: what other processes published
   * meanwhile never arrived, and without it this process would hold back their clients' updates (and every
   * acknowledgement waiting on them) for good. With `announce`, asks the other processes to do the same, since a
   * process whose own connection stayed up did not notice that this one's messages were lost.
   */
  private resyncAll(announce: boolean) {
    for (const live of this.ready.values()) {
      void this.resync(live);
      if (announce && this.fanout)
        void this.fanout.publish(live.draftId, FAN.resync, new Uint8Array()).catch(() => undefined);
    }
  }

  /** Applies to the document whatever the log holds that it lacks, and passes it on to its clients. */
  resync(live: LiveDoc): Promise<void> {
    const running = this.resyncing.get(live.draftId);
    if (running) return running;
    const done = (async () => {
      try {
        const stored = await this.store.load(live.draftId);
        if (!stored || live.dead) return;
        // Yjs skips what the document has; the rest reaches local clients through onLocalUpdate (REMOTE).
        Y.applyUpdate(live.doc, stored.state, REMOTE);
        live.behindSince = null;
        // Acknowledgements held back by updates that could not be integrated go out now.
        for (const conn of live.unacked) if (conn.unsaved === 0) this.acknowledgeIdle(live, conn);
      } catch (err) {
        this.log.warn(`Resynchronizing ${live.draftId} from the log failed: ${(err as Error).message}`);
      } finally {
        this.resyncing.delete(live.draftId);
      }
    })();
    this.resyncing.set(live.draftId, done);
    return done;
  }

  /** Reads again from the log any document that has been holding updates it cannot integrate for too long. */
  private heal() {
    const now = Date.now();
    for (const live of this.ready.values()) {
      if (live.dead) continue;
      if (!live.doc.store.pendingStructs && !live.doc.store.pendingDs) {
        live.behindSince = null;
        continue;
      }
      live.behindSince ??= now;
      if (now - live.behindSince >= this.tuning.behindMs && now - live.healedAt >= this.tuning.behindMs) {
        live.healedAt = now;
        void this.resync(live);
      }
    }
  }

  /** What health reports about live co-editing. */
  state(): {
    redis: 'up' | 'down' | null;
    resyncing: string[];
    behind: string[];
  } {
    const now = Date.now();
    return {
      redis: this.fanout ? (this.fanout.connected ? 'up' : 'down') : null,
      resyncing: [...this.resyncing.keys()],
      behind: [...this.ready.values()]
        .filter((l) => !l.dead && l.behindSince !== null && now - l.behindSince >= this.tuning.behindMs)
        .map((l) => l.draftId),
    };
  }

  // ------------------------------------------------------------------ permissions

  /** Reads what decides who writes the draft's text: its current main sponsors and its status. */
  private async readPermissions(live: LiveDoc): Promise<void> {
    const rows = await this.store.sponsorshipEvents([live.draftId]);
    live.mainSponsors = mainSponsorsOf(rows);
    live.status = (await this.store.draftStatuses([live.draftId]))[0]?.status ?? live.status;
  }

  /**
   * Re-reads the draft's sponsors and applies them to its open connections at once (and, through Redis, on the
   * other servers). Called by the sponsorship feature when a delegation joins or withdraws; the periodic
   * re-check catches any change made without calling it.
   */
  async refreshPermissions(draftId: string): Promise<void> {
    await this.refreshLocal(draftId);
    if (this.fanout)
      await this.fanout.publish(draftId, FAN.permissions, new Uint8Array()).catch(() => undefined);
  }

  private async refreshLocal(draftId: string) {
    const live = await this.docs.get(draftId)?.catch(() => null);
    if (!live || live.dead) return;
    await this.readPermissions(live);
    this.applyPermissions(live);
  }

  private applyPermissions(live: LiveDoc) {
    for (const c of live.conns.values()) {
      const access = accessMessage(c.user, live);
      if (access.canEdit === c.canEdit) continue;
      c.canEdit = access.canEdit;
      send(c.ws, access.msg);
    }
  }

  /** One pass of the periodic re-check: sponsors of every open draft and every open session, two queries. */
  private async recheck(): Promise<void> {
    const lives: LiveDoc[] = [];
    for (const p of this.docs.values()) {
      const l = await p.catch(() => null);
      if (l && !l.dead && l.conns.size) lives.push(l);
    }
    if (!lives.length) return;
    const events = await this.store.sponsorshipEvents(lives.map((l) => l.draftId));
    const statuses = new Map(
      (await this.store.draftStatuses(lives.map((l) => l.draftId))).map((d) => [d.id, d.status]),
    );
    const conns = lives.flatMap((l) => [...l.conns.values()]);
    const tokens = await this.store.tokenStates([...new Set(conns.map((c) => c.tokenHash))]);
    const byHash = new Map(tokens.map((t) => [t.token_hash, t]));
    const now = Date.now();
    for (const live of lives) {
      live.mainSponsors = mainSponsorsOf(events.filter((e) => e.draft_id === live.draftId));
      live.status = statuses.get(live.draftId) ?? live.status;
      for (const c of live.conns.values()) {
        const t = byHash.get(c.tokenHash);
        if (!t || t.revoked_at) close(c.ws, CLOSE.sessionEnded);
        else if (new Date(t.expires_at).getTime() <= now) close(c.ws, CLOSE.expired);
        else c.user = { ...c.user, role: t.role as Role, delegation: t.delegation_code };
      }
      this.applyPermissions(live);
    }
  }

  // ------------------------------------------------------------------ the text, for other features

  /**
   * The structured text of a draft as co-edited: from memory when the document is loaded, otherwise from the
   * snapshot and the log read through `em` — the caller's transaction, so this never needs a second connection
   * (the embedded database has one). Null for an unknown draft.
   */
  async readText(em: EntityManager, draftId: string): Promise<ResolutionText | null> {
    const live = this.ready.get(draftId);
    if (live && !live.dead) return stripControlsDeep(yDocToText(live.doc));
    const stored = await this.storedDoc(em, draftId);
    if (!stored) return null;
    const text = stored.doc ? stripControlsDeep(yDocToText(stored.doc)) : stored.text;
    stored.doc?.destroy();
    return text;
  }

  /**
   * Brings the draft's text to `text` as one attributed change, touching only the paragraphs that differ, so
   * co-editors keep typing. A loaded document changes in memory and its update is saved and broadcast like an
   * editor's (once the caller's transaction has released the connection); otherwise the update is appended to
   * the log inside the caller's transaction, under the lock loads take, and passed to other servers.
   */
  async replaceText(
    em: EntityManager,
    draftId: string,
    text: ResolutionText,
    author: string,
    ids?: readonly (string | null)[],
    by?: { userId: string | null; delegation: string | null },
  ): Promise<void> {
    const origin = new ServerChange({
      actor: author,
      userId: by?.userId ?? null,
      delegation: by?.delegation ?? null,
    });
    const live = this.ready.get(draftId);
    if (live && !live.dead) {
      updateText(live.doc, text, origin, { ids });
    } else {
      // The lock CollabStore's loads take, so no load reads the log between our read and our append.
      await em.query(LOCK, [draftId]);
      const stored = await this.storedDoc(em, draftId);
      if (stored?.doc) {
        const updates: Uint8Array[] = [];
        stored.doc.on('update', (u: Uint8Array) => updates.push(u));
        updateText(stored.doc, text, origin, { ids });
        stored.doc.destroy();
        for (const u of updates) {
          await CollabStore.appendIn(em, draftId, [{ update: u, ...origin.author }]);
          if (this.fanout) void this.fanout.publish(draftId, FAN.update, u).catch(() => undefined);
        }
      }
    }
    // Reports and exports read drafts.text; keep it current rather than waiting for the next compaction.
    await em.query(`UPDATE drafts SET text = $2, updated_at = now() WHERE id = $1`, [
      draftId,
      JSON.stringify(stripControlsDeep(text)),
    ]);
  }

  /** The encoded Yjs state of a draft (for named versions), or null when it has never been co-edited. */
  async encodeState(em: EntityManager, draftId: string): Promise<Uint8Array | null> {
    const live = this.ready.get(draftId);
    if (live && !live.dead) return Y.encodeStateAsUpdate(live.doc);
    const stored = await this.storedDoc(em, draftId);
    if (!stored?.doc) return null;
    const state = Y.encodeStateAsUpdate(stored.doc);
    stored.doc.destroy();
    return state;
  }

  private async storedDoc(
    em: EntityManager,
    draftId: string,
  ): Promise<{ doc: Y.Doc | null; text: ResolutionText | null } | null> {
    const drafts = (await em.query(`SELECT text FROM drafts WHERE id = $1`, [draftId])) as {
      text: ResolutionText | null;
    }[];
    if (!drafts[0]) return null;
    const stored = await readStoredState(em, draftId);
    if (!stored.snapshot && stored.rows.length === 0) return { doc: null, text: drafts[0].text };
    return { doc: docOf(stored), text: drafts[0].text };
  }

  // ------------------------------------------------------------------ shutdown

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.recheckTimer) clearInterval(this.recheckTimer);
    if (this.healTimer) clearInterval(this.healTimer);
    const lives = await Promise.all([...this.docs.values()].map((p) => p.catch(() => null)));
    for (const live of lives) {
      if (!live) continue;
      for (const c of live.conns.values()) close(c.ws, CLOSE.shutdown);
      live.conns.clear();
      if (live.unloadTimer) clearTimeout(live.unloadTimer);
      await this.unload(live);
    }
    await Promise.all(this.unloading.values());
    await this.rechecking;
    this.store.close();
    await this.fanout?.close();
  }
}

class UnknownDraft extends Error {}

/**
 * What `update`, just applied to `doc`, still lacks: for each Yjs client whose changes it holds or deletes
 * beyond what `doc` has, the clock `doc` must reach; null when all of it went in.
 */
function gapOf(doc: Y.Doc, update: Uint8Array): Map<number, number> | null {
  const { structs, ds } = Y.decodeUpdate(update);
  const gap = new Map<number, number>();
  const need = (client: number, end: number) => {
    if (Y.getState(doc.store, client) < end) gap.set(client, Math.max(end, gap.get(client) ?? 0));
  };
  for (const s of structs) if (!(s instanceof Y.Skip)) need(s.id.client, s.id.clock + s.length);
  for (const [client, items] of ds.clients) for (const d of items) need(client, d.clock + d.len);
  return gap.size ? gap : null;
}

/** Origin of a change the server writes for someone (an oral revision, an accepted proposal, a restored version). */
export class ServerChange {
  constructor(readonly author: Author) {}
}

const SCRUBBED: Author = { userId: null, delegation: null, actor: 'server: control characters removed' };

/** Who wrote an update that came from `origin`: the connection's account, or the server change's author. */
function authorOf(live: LiveDoc, origin: unknown): Author {
  const conn = connOf(live, origin);
  if (conn) return { userId: conn.user.id, delegation: conn.user.delegation, actor: null };
  if (origin instanceof ServerChange) return origin.author;
  if (origin === SCRUB) return SCRUBBED;
  return NO_AUTHOR;
}

/**
 * The log rows for a batch: one per author, so every row says who wrote it (a batch has a single writer in the
 * usual case, and then the merge already computed is the row).
 */
function authoredRows(live: LiveDoc, batch: Unsaved[], merged: Uint8Array): Authored[] {
  const byOrigin = new Map<unknown, Uint8Array[]>();
  for (const b of batch) {
    const list = byOrigin.get(b.origin);
    if (list) list.push(b.update);
    else byOrigin.set(b.origin, [b.update]);
  }
  if (byOrigin.size === 1) return [{ update: merged, ...authorOf(live, batch[0]!.origin) }];
  return [...byOrigin].map(([origin, updates]) => ({
    update: updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates),
    ...authorOf(live, origin),
  }));
}

/** The connection of `live` that a Yjs or awareness change came from, if it came from one. */
function connOf(live: LiveDoc, origin: unknown): Conn | null {
  if (!origin || typeof origin !== 'object') return null;
  const conn = live.conns.get((origin as Conn).ws);
  return conn === origin ? conn : null;
}

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/** The current main sponsors from a draft's sponsorship events, in order. */
function mainSponsorsOf(events: Awaited<ReturnType<CollabStore['sponsorshipEvents']>>): Set<string> {
  return new Set(
    currentSponsors(events.map((r) => ({ delegation: r.delegation_code, kind: r.kind, change: r.change })))
      .main,
  );
}

export function send(ws: WebSocket, msg: Uint8Array) {
  // A failed send surfaces as an error and close of the socket, whose handlers clean up.
  if (ws.readyState !== ws.OPEN) return;
  ws.send(msg);
  checkBuffered(ws);
}

/**
 * Closes (1013) a socket holding more unsent data than LIMITS.maxBufferedBytes: its client does not read. The
 * close frame waits behind the unsent data; a client that still does not read is cut after a grace period, so
 * the memory is released either way.
 */
function checkBuffered(ws: WebSocket) {
  if (ws.bufferedAmount <= LIMITS.maxBufferedBytes || ws.readyState !== ws.OPEN) return;
  close(ws, CLOSE.tooSlow);
  setTimeout(() => ws.readyState !== ws.CLOSED && ws.terminate(), LIMITS.closeGraceMs).unref();
}

/** An unmasked, unfragmented binary WebSocket frame (RFC 6455 §5.2) holding `payload`. */
export function binaryFrame(payload: Uint8Array): Buffer {
  const n = payload.length;
  const head = n < 126 ? 2 : n < 65536 ? 4 : 10;
  const out = Buffer.allocUnsafe(head + n);
  out[0] = 0x82; // FIN + opcode 2 (binary)
  if (n < 126) out[1] = n;
  else if (n < 65536) {
    out[1] = 126;
    out.writeUInt16BE(n, 2);
  } else {
    out[1] = 127;
    out.writeBigUInt64BE(BigInt(n), 2);
  }
  out.set(payload, head);
  return out;
}

export function close(ws: WebSocket, why: CloseReason) {
  if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(why.code, why.reason);
}
