/* The web client's view of a dead connection: it must say "offline" within 5 s of the server going silent. */
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { SILENT_MS, watchSilence } from '@concordia/resolution';
import { until } from './collab.test-kit';
import { KEEPALIVE, LIMITS, syncStep1 } from './protocol';

describe('the web client notices a silent server', () => {
  let wss: WebSocketServer;
  let url: string;
  /** Whether the server sends its keepalive; the test turns it off to play a server gone silent. */
  let speaking = true;
  let timer: NodeJS.Timeout;

  beforeAll(async () => {
    // A server that greets like Concordia's and sends the keepalive at the same interval, nothing else.
    wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise<void>((r) => wss.once('listening', () => r()));
    url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
    wss.on('connection', (ws) => ws.send(syncStep1(Y.encodeStateVector(new Y.Doc()))));
    timer = setInterval(() => {
      if (speaking) for (const ws of wss.clients) ws.send(KEEPALIVE);
    }, LIMITS.keepaliveMs);
  });
  afterAll(async () => {
    clearInterval(timer);
    for (const ws of wss.clients) ws.terminate();
    await new Promise((r) => wss.close(r));
  });

  it('stays online while the keepalive comes, and says offline within 5 s once the server is silent', async () => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(url, 'draft', doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    const stop = watchSilence(provider);
    const statuses: { status: string; at: number }[] = [];
    provider.on('status', (e: { status: string }) => statuses.push({ status: e.status, at: Date.now() }));
    try {
      await until(() => provider.wsconnected, 'connected');
      // Twice the silence bound with only the keepalive coming: still connected, never dropped.
      const start = Date.now();
      await until(() => Date.now() - start > 2 * SILENT_MS, 'time passing', 3 * SILENT_MS);
      expect(statuses.filter((s) => s.status === 'disconnected')).toEqual([]);
      // The server goes silent (as when the network goes away without closing anything).
      speaking = false;
      const lastMessage = provider.wsLastMessageReceived;
      await until(() => statuses.some((s) => s.status === 'disconnected'), 'offline', 10_000);
      const offlineAt = statuses.find((s) => s.status === 'disconnected')!.at;
      expect(offlineAt - lastMessage).toBeLessThan(5000);
    } finally {
      stop();
      provider.destroy();
      doc.destroy();
      speaking = true;
    }
  }, 30_000);
});
