import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { AUTH, MSG, SYNC } from '@concordia/resolution';

export { AUTH, MSG, SYNC };

/**
 * `saved` (4) is ours, sent only to clients that ask for it with `?acks=1` (the stock provider logs unknown
 * message types): a varuint n meaning "the first n sync updates (step 2 or update) you sent on this socket are in
 * the log, or were refused and you were told so". Like Hocuspocus's SyncStatus, but sent once an update is
 * durable rather than once it is applied, and a watermark rather than one message per update, so a single lost
 * or merged acknowledgement costs nothing. Clients count what they send, the server what it receives.
 */
export function savedMessage(upTo: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MSG.saved);
  encoding.writeVarUint(e, upTo);
  return encoding.toUint8Array(e);
}

/** Largest message accepted; a whole 2,000-paragraph draft sent as one sync step 2 is about 1 MB. */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

/**
 * Bounds on what one socket may cost the server (issue 12). Mutable so that tests can shorten them; values are
 * documented in README's "Co-editing" section and docs/security.md.
 */
export const LIMITS = {
  /**
   * Bytes a socket may have waiting to be sent (ws `bufferedAmount`: frames queued in the process, not yet taken
   * by the kernel) before it is closed with 1013. A client that asks and never reads otherwise grows the server
   * without bound (2 GB in the attack of issue 12); a live client reads within milliseconds, and the largest
   * answer (a whole 2,000-paragraph draft) is about 1 MB.
   */
  maxBufferedBytes: 4 * 1024 * 1024,
  /** After closing for a full buffer, how long the close frame may wait behind it before the socket is cut. */
  closeGraceMs: 5000,
  /**
   * Full-state requests (sync step 1 and query-awareness) per socket, as a token bucket: this many at once…
   * A client sends one step 1 per connection, and one more for each resync the server asks for.
   */
  fullStateBurst: 20,
  /** …then this many per second. Over it the socket is closed with 1008 (policy violation). */
  fullStatePerSecond: 2,
  /** Largest presence (awareness) message; over it the socket is closed with 1009 (a cursor state is ~300 B). */
  awarenessMaxBytes: 16 * 1024,
  /** Presence updates per socket, as a token bucket: this many at once, then so many per second; the rest are
   * dropped (presence is lossy by design: the next update replaces it, and clients renew it every 15 s). */
  awarenessBurst: 40,
  awarenessPerSecond: 20,
  /** Messages, and their total bytes, a socket may send before it is authenticated and joined; over: 1008. */
  preAuthMaxMessages: 32,
  preAuthMaxBytes: MAX_MESSAGE_BYTES,
  /** The server pings every socket this often and cuts one that has not answered the previous ping. */
  pingIntervalMs: 10_000,
  /**
   * And sends every joined socket an empty presence update this often: browsers do not see WebSocket pings, and
   * the client counts any message as a sign of life, so that it can call a silent connection dead within 5 s.
   */
  keepaliveMs: 2000,
};

/**
 * Close codes of refused or ended connections. 4xxx mirror the HTTP status they resemble; the reason says
 * what to do. 1009 (message too big) is sent by the `ws` library itself when a frame exceeds MAX_MESSAGE_BYTES.
 */
export const CLOSE = {
  malformed: { code: 4400, reason: 'Malformed message: not the y-websocket protocol.' },
  unauthenticated: { code: 4401, reason: 'Sign in first: no valid access token.' },
  sessionEnded: { code: 4401, reason: 'Your session has ended: sign in again.' },
  expired: { code: 4419, reason: 'Your session has expired: sign in again.' },
  unknownDraft: { code: 4404, reason: 'No such draft.' },
  authTimeout: { code: 4408, reason: 'No access token received in time.' },
  loadFailed: { code: 1011, reason: 'The draft could not be loaded; try again later.' },
  internal: { code: 1011, reason: 'Internal error on this connection; reconnect.' },
  saveFailed: {
    code: 1011,
    reason: 'The draft could not be saved; your edits are kept and will be sent again.',
  },
  shutdown: { code: 1012, reason: 'Server restarting; reconnect.' },
  tooSlow: { code: 1013, reason: 'Too much unsent data: this connection does not read what it is sent.' },
  tooManyRequests: {
    code: 1008,
    reason: 'Too many full-state requests on this connection; reconnect later.',
  },
  presenceTooLarge: { code: 1009, reason: 'Presence message too large.' },
  tooEarly: { code: 1008, reason: 'Too many messages before the connection was authenticated.' },
} as const;
export type CloseReason = (typeof CLOSE)[keyof typeof CLOSE];

export class MalformedMessage extends Error {}

/** The empty presence update the server sends as a keepalive (see LIMITS.keepaliveMs): a no-op for clients. */
export const KEEPALIVE = awarenessMessage(new Uint8Array([0]));

/**
 * A token bucket: `take()` is true while the average rate stays under `perSecond` with bursts up to `burst`.
 * Hand-written: ten lines, where the libraries (limiter, rate-limiter-flexible) bring timers or stores.
 */
export class Bucket {
  private tokens: number;
  private at = performance.now();
  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
  ) {
    this.tokens = burst;
  }
  take(): boolean {
    const now = performance.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/**
 * Rewrites a client's presence update: keeps only the entries of `clientId` (the awareness id the socket bound
 * at its first presence message) and sets their `user` to `user`, whatever the client claimed. Null states
 * (the client leaving) pass as they are. Throws on anything that is not an awareness update. Decoded with lib0
 * as y-protocols encodes it (y-protocols' modifyAwarenessUpdate cannot drop entries).
 */
export function ownPresence(
  update: Uint8Array,
  clientId: number,
  user: Record<string, unknown>,
): { update: Uint8Array; kept: number; other: number | null } {
  const d = decoding.createDecoder(update);
  const e = encoding.createEncoder();
  const n = decoding.readVarUint(d);
  const kept: { id: number; clock: number; state: string }[] = [];
  let other: number | null = null;
  for (let i = 0; i < n; i++) {
    const id = decoding.readVarUint(d);
    const clock = decoding.readVarUint(d);
    const raw = decoding.readVarString(d);
    const state = JSON.parse(raw) as unknown;
    if (id !== clientId) {
      other ??= id;
      continue;
    }
    const own =
      state === null ? null : { ...(typeof state === 'object' && !Array.isArray(state) ? state : {}), user };
    kept.push({ id, clock, state: JSON.stringify(own) });
  }
  encoding.writeVarUint(e, kept.length);
  for (const k of kept) {
    encoding.writeVarUint(e, k.id);
    encoding.writeVarUint(e, k.clock);
    encoding.writeVarString(e, k.state);
  }
  return { update: encoding.toUint8Array(e), kept: kept.length, other };
}

/** The first awareness client id of a presence update (the one a socket binds to), or null if it has none. */
export function firstPresenceId(update: Uint8Array): number | null {
  const d = decoding.createDecoder(update);
  return decoding.readVarUint(d) > 0 ? decoding.readVarUint(d) : null;
}

export function syncStep1(sv: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MSG.sync);
  encoding.writeVarUint(e, SYNC.step1);
  encoding.writeVarUint8Array(e, sv);
  return encoding.toUint8Array(e);
}

export function syncMessage(kind: 1 | 2, update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MSG.sync);
  encoding.writeVarUint(e, kind);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

export function awarenessMessage(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MSG.awareness);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

export function authMessage(kind: 0 | 1, reason: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MSG.auth);
  encoding.writeVarUint(e, kind);
  encoding.writeVarString(e, reason);
  return encoding.toUint8Array(e);
}

export type Incoming =
  | { type: 'step1'; sv: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'queryAwareness' }
  | { type: 'auth' };

/** Decodes one client message; throws MalformedMessage for anything that is not the protocol. */
export function decodeMessage(data: Uint8Array): Incoming {
  try {
    const d = decoding.createDecoder(data);
    const type = decoding.readVarUint(d);
    switch (type) {
      case MSG.sync: {
        const sub = decoding.readVarUint(d);
        const payload = decoding.readVarUint8Array(d);
        if (sub === SYNC.step1) return { type: 'step1', sv: payload };
        if (sub === SYNC.step2 || sub === SYNC.update) return { type: 'update', update: payload };
        break;
      }
      case MSG.awareness:
        return { type: 'awareness', update: decoding.readVarUint8Array(d) };
      case MSG.queryAwareness:
        return { type: 'queryAwareness' };
      case MSG.auth:
        return { type: 'auth' };
    }
  } catch {
    // lib0 throws plain Errors on truncated input; fall through to the protocol error.
  }
  throw new MalformedMessage();
}

export { awarenessProtocol };
