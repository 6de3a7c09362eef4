import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../config/config';

const PINO_LEVEL: Record<AppConfig['logLevel'], string> = {
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
};

/** A request id the client (or a proxy) chose is kept when it looks like one; otherwise a new UUID. */
const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * Structured JSON logs (pino): one line per HTTP request with its id, method, path, status and time. A client's
 * mistake (4xx) is one `warn` line, never a stack trace; only the server's own failures (5xx) are `error`, and
 * the exception filter adds their stack. The id is echoed in `X-Request-Id` so a user's report can be found.
 */
export function loggerModule(config: AppConfig) {
  return LoggerModule.forRoot({
    pinoHttp: [
      {
        level: PINO_LEVEL[config.logLevel],
        genReqId: (req: IncomingMessage, res: ServerResponse) => {
          const given = req.headers['x-request-id'];
          const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
          res.setHeader('X-Request-Id', id);
          return id;
        },
        customLogLevel: (_req, res, err) =>
          err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
        // Health is polled every few seconds by orchestrators; a line each time would drown the rest.
        autoLogging: { ignore: (req) => req.url === '/api/health' },
        // Method and path only: headers carry the session cookie and bearer tokens.
        serializers: {
          req: (req: { id: string; method: string; url: string }) => ({
            id: req.id,
            method: req.method,
            path: req.url.split('?')[0],
          }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          err: (err: { type?: string; message?: string }) => ({ type: err.type, message: err.message }),
        },
        customSuccessMessage: (req, res) => `${req.method} ${req.url?.split('?')[0]} ${res.statusCode}`,
        customErrorMessage: (req, res) => `${req.method} ${req.url?.split('?')[0]} ${res.statusCode}`,
      },
      // process.stdout rather than pino's own fd writer: the same place, and tests can read it.
      process.stdout,
    ],
  });
}
