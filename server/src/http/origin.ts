import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import proxyaddr from 'proxy-addr';
import type { AppConfig } from '../config/config';

/** The methods a cross-site page must not be able to send with the user's cookie. */
export const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type TrustFn = (addr: string, hop: number) => boolean;
const trustFns = new WeakMap<AppConfig, TrustFn>();

/** Express's reading of "trust proxy", for requests Express never sees (WebSocket upgrades). */
function trustFor(config: AppConfig): TrustFn {
  let fn = trustFns.get(config);
  if (!fn) {
    const v = config.trustProxy;
    if (typeof v === 'boolean') fn = () => v;
    else if (typeof v === 'number') fn = (_addr, hop) => hop < v;
    else fn = proxyaddr.compile(v.split(',').map((a) => a.trim()));
    trustFns.set(config, fn);
  }
  return fn;
}

const first = (h: string | string[] | undefined) => (Array.isArray(h) ? h[0] : h)?.split(',')[0]?.trim();

/** The origin the request was addressed to, as the browser saw it (through trusted proxies only). */
function requestOrigin(req: IncomingMessage, config: AppConfig): string | undefined {
  const trusted = trustFor(config)(req.socket.remoteAddress ?? '', 0);
  const proto =
    (trusted && first(req.headers['x-forwarded-proto'])) ||
    ((req.socket as TLSSocket).encrypted ? 'https' : 'http');
  const host = (trusted && first(req.headers['x-forwarded-host'])) || req.headers.host;
  if (!host) return undefined;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return undefined;
  }
}

function originOf(url: string): string | undefined {
  try {
    const o = new URL(url).origin;
    return o === 'null' ? undefined : o;
  } catch {
    return undefined;
  }
}

/**
 * Whether a browser request comes from a page Concordia trusts: its own origin (CONCORDIA_PUBLIC_URL, or the
 * address the request was sent to), or one of CONCORDIA_ALLOWED_ORIGINS. As OWASP's CSRF cheat sheet advises,
 * `Origin` decides; without it `Sec-Fetch-Site`, then `Referer`. A request with none of the three is not from a
 * browser page (browsers send `Origin` on every cross-origin and every non-GET fetch) and passes.
 * Returns the refused origin, or null when the request may proceed.
 */
export function foreignOrigin(req: IncomingMessage, config: AppConfig): string | null {
  const allowed = (o: string) =>
    o === config.publicOrigin || o === requestOrigin(req, config) || config.allowedOrigins.includes(o);
  const origin = first(req.headers.origin);
  if (origin !== undefined) {
    const o = originOf(origin);
    return o && allowed(o) ? null : origin;
  }
  const site = first(req.headers['sec-fetch-site']);
  if (site !== undefined) return site === 'same-origin' || site === 'none' ? null : `(${site})`;
  const referer = first(req.headers.referer);
  if (referer !== undefined) {
    const o = originOf(referer);
    return o && allowed(o) ? null : (o ?? referer);
  }
  return null;
}

/** Whether the request is authenticated by a bearer header, which no cross-site page can make a browser send. */
export const hasBearer = (req: IncomingMessage) => {
  // Exactly as tokenFromRequest reads it: otherwise "bearer x" plus a cookie would skip the check and use the cookie.
  const h = req.headers.authorization;
  return h !== undefined && h.startsWith('Bearer ') && h.slice(7).trim() !== '';
};

/**
 * For the collaboration socket's upgrade handler: refuses (HTTP 403, before the upgrade) a socket a page on a
 * foreign origin opens with the user's cookie. Returns true when it refused, and the caller stops there.
 */
export function refuseCrossOriginUpgrade(req: IncomingMessage, socket: Duplex, config: AppConfig): boolean {
  const foreign = foreignOrigin(req, config);
  if (foreign === null) return false;
  const body = JSON.stringify({
    statusCode: 403,
    error: 'Forbidden',
    message: `Refused: this socket is opened from a page on ${foreign}, which is not Concordia.`,
    code: 'cross-origin',
    params: { origin: foreign },
  });
  // An error on this socket with no listener would end the process (the client may already be gone).
  socket.on('error', () => socket.destroy());
  socket.end(
    `HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
  return true;
}
