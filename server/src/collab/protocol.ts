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
} as const;
export type CloseReason = (typeof CLOSE)[keyof typeof CLOSE];

export class MalformedMessage extends Error {}

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
