import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ERROR_CATALOGUE, type ErrorCode, type Issue } from '@concordia/schema';
import { ApiException, apiErrorBody, genericCode } from './errors';
import { isDatabaseUnavailable, isDiskFull, noteWrite } from '../health/degraded';

/**
 * Every error answer has the same shape (ApiErrorSchema, with a catalogued `code`). ApiExceptions are sent as
 * they are; other HttpExceptions (the router's 404, a library's guard) get the generic code of their status;
 * unexpected errors are logged, never leaked.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof ApiException) {
      res.status(exception.getStatus()).json(exception.body);
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const fields = typeof body === 'string' ? { message: body } : (body as Record<string, unknown>);
      // Nest's own validation errors carry a list of messages; the API promises one string.
      const message = Array.isArray(fields.message)
        ? fields.message.join('; ')
        : typeof fields.message === 'string'
          ? fields.message
          : exception.message;
      const own = fields.code;
      const code =
        typeof own === 'string' && own in ERROR_CATALOGUE ? (own as ErrorCode) : genericCode(status);
      const issues = Array.isArray(fields.issues) ? (fields.issues as Issue[]) : undefined;
      res.status(status).json(apiErrorBody(status, code, message, undefined, issues));
      return;
    }
    // The database or its disk failing is no bug of ours and no client's mistake: 503, try again later.
    noteWrite(exception);
    const unavailable = isDatabaseUnavailable(exception)
      ? { code: 'database-unavailable' as const, message: 'The database is unavailable; try again shortly.' }
      : isDiskFull(exception)
        ? { code: 'disk-full' as const, message: 'The server has run out of disk space; nothing was saved.' }
        : null;
    if (unavailable) {
      this.logger.warn(`${unavailable.code}: ${(exception as Error).message}`);
      res.status(HttpStatus.SERVICE_UNAVAILABLE).setHeader('Retry-After', '5');
      res.json(apiErrorBody(503, unavailable.code, unavailable.message));
      return;
    }
    this.logger.error(
      exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
    );
    res
      .status(HttpStatus.INTERNAL_SERVER_ERROR)
      .json(apiErrorBody(500, 'internal-error', 'An unexpected error occurred; it has been logged.'));
  }
}
