import { HttpException } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';

/**
 * An error answer in the shape of ApiErrorSchema: the English `message` is a fallback, `code` is what the client
 * words in the interface language, `params` what that wording interpolates.
 */
export function apiError(
  status: number,
  code: string,
  message: string,
  params?: Record<string, string | number>,
): HttpException {
  return new HttpException(
    { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message, code, ...(params && { params }) },
    status,
  );
}
