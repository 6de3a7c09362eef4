import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  isSyncUpdate,
  READ_ONLY_REASON,
  readOnlyCause,
  readVarString,
  readVarUint,
  SaveTracker,
} from './wire';

// lib0's encoder, the one the server writes acknowledgements with (a dependency of the server, not the client).
const encoding = createRequire(join(__dirname, '../../../server/package.json'))('lib0/encoding') as {
  createEncoder(): object;
  writeVarUint(e: object, n: number): void;
  writeVarString(e: object, s: string): void;
  toUint8Array(e: object): Uint8Array;
};

describe('the save state of a page', () => {
  it('is saving until the server answers the sync exchange, then saved', () => {
    const t = new SaveTracker();
    t.newSocket();
    expect(t.state(true)).toBe('saving');
    t.updateSent(); // the answer to the server's sync step 1
    t.savedUpTo(1);
    expect(t.state(true)).toBe('saved');
  });

  it('is saving while any update sent is unacknowledged, whatever the order of acknowledgements', () => {
    const t = new SaveTracker();
    t.newSocket();
    for (let i = 0; i < 3; i++) t.updateSent();
    t.savedUpTo(2);
    expect(t.state(true)).toBe('saving');
    t.savedUpTo(3);
    expect(t.state(true)).toBe('saved');
    // A late, smaller watermark does not take anything back.
    t.savedUpTo(1);
    expect(t.state(true)).toBe('saved');
  });

  it('is pending offline with edits made offline, until a new connection has them acknowledged', () => {
    const t = new SaveTracker();
    t.newSocket();
    t.updateSent();
    t.savedUpTo(1);
    expect(t.state(false)).toBe('none');
    t.editedOffline();
    expect(t.state(false)).toBe('pending');
    t.newSocket();
    expect(t.state(false)).toBe('pending');
    t.updateSent(); // the sync exchange carries the offline edits
    expect(t.state(true)).toBe('saving');
    t.savedUpTo(1);
    expect(t.state(true)).toBe('saved');
    expect(t.state(false)).toBe('none');
  });

  it('counts updates sent on a connection that dropped before their acknowledgement as still to send', () => {
    const t = new SaveTracker();
    t.newSocket();
    t.updateSent();
    t.updateSent();
    t.savedUpTo(1);
    expect(t.state(false)).toBe('pending');
    t.newSocket();
    expect(t.state(false)).toBe('pending');
    t.updateSent();
    t.savedUpTo(1);
    expect(t.state(true)).toBe('saved');
  });
});

describe('the wire', () => {
  it('reads the varuints lib0 writes, and refuses a truncated one', () => {
    for (const n of [0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 31, 2 ** 40 + 7]) {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 4);
      encoding.writeVarUint(e, n);
      const dec = { arr: encoding.toUint8Array(e), pos: 1 };
      expect(readVarUint(dec)).toBe(n);
      expect(dec.pos).toBe(dec.arr.length);
    }
    expect(() => readVarUint({ arr: new Uint8Array([0x80, 0x80]), pos: 0 })).toThrow(/truncated/);
  });

  it('tells sync updates from the other messages a provider sends', () => {
    expect(isSyncUpdate(new Uint8Array([0, 1, 0]))).toBe(true); // step 2
    expect(isSyncUpdate(new Uint8Array([0, 2, 0]))).toBe(true); // update
    expect(isSyncUpdate(new Uint8Array([0, 0, 0]))).toBe(false); // step 1
    expect(isSyncUpdate(new Uint8Array([1, 2, 0]))).toBe(false); // awareness
    expect(isSyncUpdate('{"token":"x"}')).toBe(false);
  });

  it('reads the reason of a "permission denied" as lib0 writes it, and knows each cause', () => {
    for (const [cause, reason] of Object.entries(READ_ONLY_REASON)) {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 2);
      encoding.writeVarUint(e, 0);
      encoding.writeVarString(e, reason);
      const dec = { arr: encoding.toUint8Array(e), pos: 2 };
      expect(readOnlyCause(readVarString(dec))).toBe(cause);
      expect(dec.pos).toBe(dec.arr.length);
    }
    const e = encoding.createEncoder();
    encoding.writeVarString(e, 'Délégation « BLR »');
    expect(readVarString({ arr: encoding.toUint8Array(e), pos: 0 })).toBe('Délégation « BLR »');
    expect(readOnlyCause('read-only')).toBeNull();
    expect(() => readVarString({ arr: new Uint8Array([5, 65]), pos: 0 })).toThrow(/truncated/);
  });
});
