import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'concordia_token';

/** Bearer header first (API and WebSocket clients), then the httpOnly cookie (the web client). */
export function tokenFromRequest(
  req: IncomingMessage & { cookies?: Record<string, string> },
): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  if (req.cookies?.[TOKEN_COOKIE]) return req.cookies[TOKEN_COOKIE];
  const raw = req.headers.cookie;
  if (!raw) return undefined;
  for (const part of raw.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === TOKEN_COOKIE) return decodeURIComponent(v.join('='));
  }
  return undefined;
}
