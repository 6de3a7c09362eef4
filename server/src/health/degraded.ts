/**
 * What goes wrong below the application that clients cannot see for themselves: the database refusing
 * connections, the disk filling up. Recognised from the errors of the PostgreSQL driver (node-postgres and
 * PGlite), so the API can answer 503 instead of 500 and health can name the cause.
 */

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

/** The error and what it wraps (TypeORM's QueryFailedError keeps the driver's error in `driverError`). */
function chain(err: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  for (let e = err, i = 0; e && typeof e === 'object' && i < 4; i++) {
    out.push(e as ErrorLike);
    e = (e as ErrorLike).driverError ?? (e as ErrorLike).cause;
  }
  return out;
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);
const CONNECTION_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/i;

/**
 * True when the database cannot be reached: refused or dropped connections, a server shutting down or starting
 * (SQLSTATE class 08, 57P01–57P03), too many connections (53300).
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  return chain(err).some((e) => {
    const code = typeof e.code === 'string' ? e.code : '';
    return (
      CONNECTION_CODES.has(code) ||
      code.startsWith('08') ||
      ['57P01', '57P02', '57P03', '53300'].includes(code) ||
      (typeof e.message === 'string' && CONNECTION_MESSAGES.test(e.message))
    );
  });
}

/** True when a write failed for lack of space (ENOSPC from the file system, SQLSTATE 53100 from PostgreSQL). */
export function isDiskFull(err: unknown): boolean {
  return chain(err).some(
    (e) =>
      e.code === 'ENOSPC' ||
      e.code === '53100' ||
      (typeof e.message === 'string' && /no space left on device/i.test(e.message)),
  );
}

/** The last write that failed for lack of space, until a write succeeds again (reported by health). */
let diskFull: { since: string; error: string } | null = null;

/** Called with the outcome of writes (appends to the collaboration log, API requests that failed). */
export function noteWrite(err: unknown): void {
  if (err === null) diskFull = null;
  else if (isDiskFull(err))
    diskFull ??= { since: new Date().toISOString(), error: String((err as ErrorLike).message ?? err) };
}

export const diskFullState = () => diskFull;
