import { STATUS_CODES } from 'node:http';
import { HttpException } from '@nestjs/common';
import {
  ERROR_CATALOGUE,
  GENERIC_ERROR_CODE,
  type ApiError,
  type ErrorCode,
  type ErrorParams,
  type Issue,
} from '@concordia/schema';

/**
 * The one way the server refuses a request: a code from the catalogue (packages/schema/src/errors.ts) decides the
 * HTTP status, the message is the English fallback, `params` are what the message interpolates (so the client
 * can word it in French), `issues` say where in the request the problems are.
 *
 *   throw new ApiException('acted-on', `${symbol} has been adopted…`, { symbol, status });
 *
 * It is an HttpException, so Nest's pipeline treats it as one; HttpExceptionFilter sends `body` as it is.
 */
export class ApiException extends HttpException {
  readonly code: ErrorCode;
  readonly params?: ErrorParams;
  readonly issues?: Issue[];

  constructor(code: ErrorCode, message: string, params?: ErrorParams, issues?: Issue[]) {
    const body = apiErrorBody(ERROR_CATALOGUE[code], code, message, params, issues);
    super(body, body.statusCode);
    this.code = code;
    if (params) this.params = params;
    if (issues) this.issues = issues;
  }

  get body(): ApiError {
    return this.getResponse() as ApiError;
  }
}

/** An error body in the shape of ApiErrorSchema, for the few places that answer outside Nest's filter. */
export function apiErrorBody(
  status: number,
  code: ErrorCode,
  message: string,
  params?: ErrorParams,
  issues?: Issue[],
): ApiError {
  return {
    statusCode: status,
    error: STATUS_CODES[status] ?? 'Error',
    message,
    code,
    ...(params ? { params } : {}),
    ...(issues ? { issues } : {}),
  };
}

/** The generic code of a status without one of its own (a 418 from a library: bad-request or internal-error). */
export function genericCode(status: number): ErrorCode {
  return GENERIC_ERROR_CODE[status] ?? (status < 500 ? 'bad-request' : 'internal-error');
}
