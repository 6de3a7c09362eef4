/**
 * The y-websocket wire protocol as Concordia's server and client speak it (the stock `WebsocketProvider`
 * speaks all of it but `saved`). Every binary message starts with a varuint type.
 */
export const MSG = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3, saved: 4 } as const;
/** Sync sub-messages: 0 = step 1 (state vector), 1 = step 2 (missing update), 2 = update. */
export const SYNC = { step1: 0, step2: 1, update: 2 } as const;
/**
 * Auth sub-messages. 0 = permission denied is y-protocols' own (the stock provider logs the reason). 1 = write
 * permission granted is ours: the stock provider ignores unknown sub-types, our client uses it to leave
 * read-only mode when a delegation becomes a main sponsor.
 */
export const AUTH = { denied: 0, granted: 1 } as const;

/**
 * The reason sent with "permission denied", one per cause of `textAccess` (@concordia/domain). Plain English
 * for logs of the stock provider; our client reads the cause back with `readOnlyCause` and says it in the
 * interface language.
 */
export const READ_ONLY_REASON = {
  observer: 'read-only: observers read drafts',
  'not-sponsor': 'read-only: only the delegations of the main sponsors edit this draft',
  'acted-on': 'read-only: the Committee has acted on this draft; only the Secretariat edits its text',
} as const;
export type ReadOnlyCause = keyof typeof READ_ONLY_REASON;

/** The cause of a "permission denied" reason, or null for one this client does not know. */
export function readOnlyCause(reason: string): ReadOnlyCause | null {
  for (const [cause, text] of Object.entries(READ_ONLY_REASON))
    if (text === reason) return cause as ReadOnlyCause;
  return null;
}

/**
 * Where a page's edits stand, from the server's `saved` acknowledgements (asked for with `?acks=1`): each says
 * how many of the sync updates sent on the current socket are in the server's log.
 *
 * - `saved`: connected, and the server has acknowledged every update sent on this connection;
 * - `saving`: connected, and it has not yet (or has not answered the sync exchange yet);
 * - `pending`: not connected, with edits to send: made offline, or sent on the last connection and never
 *   acknowledged (the next sync exchange sends them again, so nothing is lost, but nothing is sure either);
 * - `none`: not connected, nothing to send.
 */
export type SaveState = 'saved' | 'saving' | 'pending' | 'none';

export class SaveTracker {
  private sent = 0;
  private saved = 0;
  private acknowledged = false;
  private unsent = false;

  /** A new socket: counts start again; what the last one left unacknowledged is still to be sent. */
  newSocket(): void {
    if (this.sent > this.saved) this.unsent = true;
    this.sent = 0;
    this.saved = 0;
    this.acknowledged = false;
  }

  /** The current socket sent a sync update (step 2 or update). */
  updateSent(): void {
    this.sent += 1;
  }

  /** The server says the first `n` sync updates of the current socket are saved. */
  savedUpTo(n: number): void {
    this.saved = Math.max(this.saved, n);
    this.acknowledged = true;
    if (this.saved >= this.sent) this.unsent = false;
  }

  /** A local edit made while there was no connection to send it on. */
  editedOffline(): void {
    this.unsent = true;
  }

  /** Whether local edits were made that the server has not acknowledged (sent or not). */
  hasUnsaved(): boolean {
    return this.unsent || this.sent > this.saved;
  }

  state(connected: boolean): SaveState {
    const waiting = this.sent > this.saved;
    if (connected) return waiting || !this.acknowledged ? 'saving' : 'saved';
    return this.unsent || waiting ? 'pending' : 'none';
  }
}

/** Whether an outgoing message is a sync update (step 2 or update): what `saved` acknowledgements count. */
export function isSyncUpdate(data: unknown): boolean {
  // Types and sub-types below 128 are one-byte varuints.
  return (
    data instanceof Uint8Array && data[0] === MSG.sync && (data[1] === SYNC.step2 || data[1] === SYNC.update)
  );
}

/** A lib0 varuint at the decoder's position (7 bits a byte, low bits first), advancing the position. */
export function readVarUint(dec: { arr: Uint8Array; pos: number }): number {
  let n = 0;
  for (let scale = 1; dec.pos < dec.arr.length; scale *= 128) {
    const b = dec.arr[dec.pos++]!;
    n += (b & 0x7f) * scale;
    if (b < 0x80) return n;
  }
  throw new Error('truncated varuint');
}

/** A lib0 varstring (varuint byte length, then UTF-8) at the decoder's position, advancing the position. */
export function readVarString(dec: { arr: Uint8Array; pos: number }): string {
  const n = readVarUint(dec);
  if (dec.pos + n > dec.arr.length) throw new Error('truncated varstring');
  const s = new TextDecoder().decode(dec.arr.subarray(dec.pos, dec.pos + n));
  dec.pos += n;
  return s;
}
