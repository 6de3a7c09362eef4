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

/**
 * One live session on a draft: the shared document, its offline copy and the WebSocket to the server. The
 * document lives as long as the component, so one component serves one draft only (DraftPage keys it by id).
 */
export function useCollab(draftId: string, token: string | null) {
  const [state] = useState(() => ({ doc: new Y.Doc() }));
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
      setAccess(kind === AUTH.granted ? 'write' : (cause ?? 'not-sponsor'));
    };
    p.messageHandlers[MSG.saved] = (_enc, dec) => {
      tracker.savedUpTo(readVarUint(dec));
      refresh();
    };
    p.on('status', (e: { status: Status }) => {
      setStatus(e.status);
      refresh();
    });
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
      frag.unobserve(check);
      doc.off('update', onUpdate);
      p.destroy();
      void local.destroy();
    };
  }, [draftId, token, state]);

  const canEdit = access === null ? null : access === 'write';
  const readOnly = access === 'write' ? null : access;
  return { doc: state.doc, provider, status, canEdit, readOnly, save, refused, hasText };
}
