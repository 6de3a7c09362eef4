import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  AUTH,
  FRAGMENT,
  isSyncUpdate,
  MSG,
  readOnlyCause,
  readVarString,
  readVarUint,
  SaveTracker,
  SYNC,
  watchSilence,
  type ReadOnlyCause,
  type SaveState,
} from '@concordia/resolution';

export type Status = 'connected' | 'connecting' | 'disconnected';

/**
 * The browser's WebSocket, telling `tracker` of each sync update it sends: the count the server's `saved`
 * acknowledgements refer to. The provider opens a new one on each reconnection.
 */
function countingSocket(tracker: SaveTracker) {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      tracker.newSocket();
    }
    override send(data: string | ArrayBufferLike | Blob | ArrayBufferView) {
      super.send(data);
      if (isSyncUpdate(data)) tracker.updateSent();
    }
  };
}

/** Whether `doc` holds changes beyond the state vector `server` (encoded): changes the server does not have. */
function ahead(doc: Y.Doc, server: Uint8Array): boolean {
  const theirs = Y.decodeStateVector(server);
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc)))
    if (clock > (theirs.get(client) ?? 0)) return true;
  return false;
}

/**
 * One live session on a draft: the shared document, its offline copy and the WebSocket to the server. The
 * document lives as long as the component (one component serves one draft only: DraftPage keys it by id), except
 * that a read-only session holding edits the server refused starts again from the server's text (`discarded`).
 */
export function useCollab(draftId: string, token: string | null) {
  const [state, setState] = useState(() => ({ doc: new Y.Doc() }));
  /** Set once local edits the server refused were dropped and the text reloaded (the page says why). */
  const [discarded, setDiscarded] = useState(false);
  const [provider, setProvider] = useState<WebsocketProvider | null>(null);
  const [status, setStatus] = useState<Status>('connecting');
  /** What the server said on the auth channel: 'write', or why the text is read-only (null before it says). */
  const [access, setAccess] = useState<'write' | ReadOnlyCause | null>(null);
  const [save, setSave] = useState<SaveState>('none');
  const [refused, setRefused] = useState<string | null>(null);
  const [hasText, setHasText] = useState(false);

  useEffect(() => {
    const { doc } = state;
    // Offline edits live in IndexedDB and are sent in the sync exchange on reconnect.
    const local = new IndexeddbPersistence(`concordia-draft-${draftId}`, doc);
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;
    const tracker = new SaveTracker();
    const refresh = () => setSave(tracker.state(p.wsconnected));
    const p = new WebsocketProvider(url, draftId, doc, {
      params: { ...(token ? { token } : {}), acks: '1' },
      WebSocketPolyfill: countingSocket(tracker),
    });
    // Read-only with edits the server does not have (typed before the right was withdrawn, or kept offline):
    // the server refuses them, and a document holding them would never match the server's again (later edits
    // by others could build on text only this page has). Drop the document and its offline copy, and load the
    // server's text into a new one; the page tells the user why.
    let readOnlyNow = false;
    let discarding = false;
    const discard = () => {
      if (discarding) return;
      discarding = true;
      p.destroy();
      setDiscarded(true);
      void local.clearData().finally(() => setState({ doc: new Y.Doc() }));
    };
    // The server's sync step 1 carries its state vector: a read-only page whose document is ahead of it holds
    // edits the server will refuse (e.g. made offline and restored from IndexedDB).
    const syncHandler = p.messageHandlers[MSG.sync]!;
    p.messageHandlers[MSG.sync] = (enc, dec, provider, emitSynced, type) => {
      if (readOnlyNow && dec.arr[dec.pos] === SYNC.step1) {
        try {
          const peek = { arr: dec.arr, pos: dec.pos + 1 };
          const n = readVarUint(peek);
          if (ahead(doc, dec.arr.subarray(peek.pos, peek.pos + n))) return discard();
        } catch {
          // Not a state vector: the provider's handler deals with it as it would anyway.
        }
      }
      syncHandler(enc, dec, provider, emitSynced, type);
    };
    // Our server says "read-write" (1) or "read-only" (0, y-protocols' permission denied) on the auth channel.
    p.messageHandlers[MSG.auth] = (_enc, dec) => {
      // The sub-type is one byte (0 or 1); a denial carries its reason, one of READ_ONLY_REASON's.
      const kind = dec.arr[dec.pos++];
      let cause: ReadOnlyCause | null = null;
      if (kind === AUTH.denied) {
        try {
          cause = readOnlyCause(readVarString(dec));
        } catch {
          // No reason, or one cut short: read-only all the same, for a reason the page cannot name.
        }
      }
      dec.pos = dec.arr.length;
      readOnlyNow = kind !== AUTH.granted;
      setAccess(kind === AUTH.granted ? 'write' : (cause ?? 'not-sponsor'));
      if (readOnlyNow && tracker.hasUnsaved()) discard();
    };
    p.messageHandlers[MSG.saved] = (_enc, dec) => {
      tracker.savedUpTo(readVarUint(dec));
      refresh();
    };
    p.on('status', (e: { status: Status }) => {
      // After a connection is lost the page says "offline" until one is back, not "reconnecting" at each of
      // the provider's attempts.
      setStatus((was) => (e.status === 'connecting' && was === 'disconnected' ? was : e.status));
      refresh();
    });
    // A connection that has gone silent (no keepalive from the server) is called dead within 5 s.
    const stopWatching = watchSilence(p);
    p.on('connection-close', (e: CloseEvent | null) => {
      // 44xx: refused for good (no token, unknown draft, expired session): the provider stops retrying.
      if (e && e.code >= 4400 && e.code < 4500) setRefused(`${e.code} ${e.reason}`);
    });
    // The provider's own update handler, registered first, has already sent a local change when this runs.
    const onUpdate = (_u: Uint8Array, origin: unknown) => {
      if (origin === p || origin === local) return;
      if (!p.wsconnected) tracker.editedOffline();
      refresh();
    };
    doc.on('update', onUpdate);
    // The editor is created only once the document has its structure (from the server or IndexedDB): an
    // editor on an empty document would create an empty skeleton that would then merge into a doubled one.
    const frag = doc.getXmlFragment(FRAGMENT);
    const check = () => setHasText(frag.length > 0);
    frag.observe(check);
    check();
    setProvider(p);
    return () => {
      stopWatching();
      frag.unobserve(check);
      doc.off('update', onUpdate);
      p.destroy();
      void local.destroy();
    };
  }, [draftId, token, state]);

  const canEdit = access === null ? null : access === 'write';
  const readOnly = access === 'write' ? null : access;
  return { doc: state.doc, provider, status, canEdit, readOnly, save, refused, hasText, discarded };
}
