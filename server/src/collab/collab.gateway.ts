import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { AuthService } from '../auth/auth.service';
import { tokenFromRequest } from '../auth/token-from-request';
import { refuseCrossOriginUpgrade } from '../http/origin';
import { close, CollabService, send } from './collab.service';
import { CLOSE, KEEPALIVE, LIMITS, MAX_MESSAGE_BYTES } from './protocol';

export const COLLAB_PATH = '/collab/';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How long a socket without a token in its URL, header or cookie has to send one as its first message. */
export const AUTH_TIMEOUT_MS = 5000;

/** The request's URL, or null when it does not parse (`new URL` throws, and nothing here may). */
function parseUrl(path: string | undefined): URL | null {
  try {
    return new URL(path ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}

const byteLength = (d: RawData): number =>
  Array.isArray(d) ? d.reduce((n, b) => n + b.byteLength, 0) : d.byteLength;

const toBytes = (d: RawData): Uint8Array =>
  Array.isArray(d)
    ? new Uint8Array(Buffer.concat(d))
    : d instanceof ArrayBuffer
      ? new Uint8Array(d)
      : new Uint8Array(d.buffer, d.byteOffset, d.byteLength);

/**
 * The WebSocket endpoint `/collab/<draftId>` on the API's own HTTP server and port. Speaks the y-websocket
 * protocol, so the stock `WebsocketProvider` connects with `new WebsocketProvider(url + '/collab', draftId, doc,
 * { params: { token } })`. The socket is accepted before authentication so that a refusal can carry a close code
 * and reason (an HTTP refusal of the upgrade reaches browser code only as a bare failure).
 *
 * `?acks=1` asks for `saved` acknowledgements (see protocol.ts), which the stock provider does not understand.
 *
 * Token sources, first found wins: `?token=`, `Authorization: Bearer`, the session cookie, or a first text
 * message `{"token": "…"}` within AUTH_TIMEOUT_MS.
 */
@Injectable()
export class CollabGateway implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('CollabGateway');
  private readonly wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_MESSAGE_BYTES,
    perMessageDeflate: false,
  });

  /** Sockets that have not answered the last ping yet. */
  private readonly unanswered = new WeakSet<WebSocket>();
  /** Sockets attached to a draft, which are sent the keepalive. */
  private readonly joined = new Set<WebSocket>();
  private pingTimer: NodeJS.Timeout | null = null;
  private keepaliveTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly adapter: HttpAdapterHost,
    private readonly auth: AuthService,
    private readonly collab: CollabService,
  ) {}

  onApplicationBootstrap() {
    // The CLI runs the application without an HTTP server: there is nothing to collaborate over.
    const adapter = this.adapter.httpAdapter as typeof this.adapter.httpAdapter | null;
    if (!adapter) return;
    const server = adapter.getHttpServer() as import('node:http').Server;
    this.startHeartbeat();
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = parseUrl(req.url);
      // Other upgrade paths are not ours: leave them to whoever else listens.
      if (!url?.pathname.startsWith(COLLAB_PATH)) return;
      if (refuseCrossOriginUpgrade(req, socket, this.auth.appConfig)) return;
      socket.on('error', () => socket.destroy());
      try {
        this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, req, url, socket));
      } catch (err) {
        // An exception out of an 'upgrade' listener would end the process.
        this.log.error(`Collab upgrade failed: ${(err as Error).stack ?? String(err)}`);
        socket.destroy();
      }
    });
  }

  /**
   * Heartbeat. Every LIMITS.pingIntervalMs each socket is pinged, and one that has not answered the previous ping
   * is cut (a peer gone without closing, e.g. a laptop lid shut, would otherwise hold its document, presence and
   * buffers for the kernel's TCP timeout, hours). Every LIMITS.keepaliveMs each joined socket is sent an empty
   * presence update: pings are invisible to browser code, and the web client calls a connection that has been
   * silent for 4 s dead (and says "offline"). Timers are unref'd: they never keep the process alive.
   */
  startHeartbeat() {
    // Called again by tests that shorten the intervals.
    if (this.pingTimer) clearInterval(this.pingTimer);
    if (this.keepaliveTimer) clearInterval(this.keepaliveTimer);
    this.pingTimer = setInterval(() => {
      for (const ws of this.wss.clients) {
        if (this.unanswered.has(ws)) {
          ws.terminate();
          continue;
        }
        this.unanswered.add(ws);
        ws.ping();
      }
    }, LIMITS.pingIntervalMs).unref();
    this.keepaliveTimer = setInterval(() => {
      for (const ws of this.joined) send(ws, KEEPALIVE);
    }, LIMITS.keepaliveMs).unref();
  }

  onApplicationShutdown() {
    if (this.pingTimer) clearInterval(this.pingTimer);
    if (this.keepaliveTimer) clearInterval(this.keepaliveTimer);
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
  }

  private accept(ws: WebSocket, req: IncomingMessage, url: URL, socket: Duplex) {
    // ws reports protocol violations (including frames over maxPayload, closed with 1009) as errors on the socket.
    ws.on('error', (err) => this.log.debug(`socket error: ${err.message}`));
    ws.on('pong', () => this.unanswered.delete(ws));
    ws.on('close', () => this.joined.delete(ws));
    const buffered: { data: RawData; binary: boolean }[] = [];
    // What the socket sent before it was attached to its draft (authentication and loading take a while):
    // bounded, as Hocuspocus learned (GHSA-xwhh-v746-pj9m), or a client could queue gigabytes meanwhile.
    let early = 0;
    let earlyBytes = 0;
    let deliver: ((data: RawData, binary: boolean) => void) | null = null;
    let firstMessage: ((m: { data: RawData; binary: boolean }) => void) | null = null;
    ws.on('message', (data, binary) => {
      // An exception out of a socket event would end the process: whatever goes wrong ends this socket only.
      try {
        if (deliver) return deliver(data, binary);
        early += 1;
        earlyBytes += byteLength(data);
        if (early > LIMITS.preAuthMaxMessages || earlyBytes > LIMITS.preAuthMaxBytes) {
          buffered.length = 0;
          return close(ws, CLOSE.tooEarly);
        }
        if (firstMessage) {
          const f = firstMessage;
          firstMessage = null;
          f({ data, binary });
        } else buffered.push({ data, binary });
      } catch (err) {
        this.log.error(`Collab message failed: ${(err as Error).stack ?? String(err)}`);
        close(ws, CLOSE.internal);
      }
    });
    void (async () => {
      const draftId = url.pathname.slice(COLLAB_PATH.length).replace(/\/+$/, '');
      if (!UUID.test(draftId)) return close(ws, CLOSE.unknownDraft);
      let token = url.searchParams.get('token') || tokenFromRequest(req);
      if (!token) {
        const first = buffered.shift() ?? (await this.nextMessage(ws, (f) => (firstMessage = f)));
        if (!first || first.binary) return close(ws, first ? CLOSE.unauthenticated : CLOSE.authTimeout);
        try {
          token =
            String(
              (JSON.parse(Buffer.from(toBytes(first.data)).toString('utf8')) as { token?: unknown }).token ??
                '',
            ) || undefined;
        } catch {
          return close(ws, CLOSE.malformed);
        }
      }
      const who = await this.auth.verify(token);
      if ('reason' in who) return close(ws, who.reason === 'expired' ? CLOSE.expired : CLOSE.unauthenticated);
      const acks = url.searchParams.get('acks') === '1';
      const joined = await this.collab.join(draftId, ws, who.user, token!, socket, acks);
      if (!joined) return;
      const { live, conn } = joined;
      deliver = (data, binary) => {
        // ws still emits what arrives after we decided to close: none of it is handled.
        if (ws.readyState !== ws.OPEN) return;
        if (!binary) return close(ws, CLOSE.malformed);
        this.collab.handle(live, conn, toBytes(data));
      };
      if (ws.readyState === ws.OPEN) this.joined.add(ws);
      for (const m of buffered.splice(0)) deliver(m.data, m.binary);
    })().catch((err: unknown) => {
      this.log.error(`Collab connection failed: ${(err as Error).stack ?? String(err)}`);
      close(ws, CLOSE.loadFailed);
    });
  }

  private nextMessage(ws: WebSocket, register: (f: (m: { data: RawData; binary: boolean }) => void) => void) {
    return new Promise<{ data: RawData; binary: boolean } | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), AUTH_TIMEOUT_MS);
      ws.once('close', () => resolve(null));
      register((m) => {
        clearTimeout(timer);
        resolve(m);
      });
    });
  }
}
