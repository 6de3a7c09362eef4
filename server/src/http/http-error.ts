import { ERROR_CATALOGUE, type ErrorCode, type ErrorParams } from '@concordia/schema';
import { ApiException } from '../common/errors';

/**
 * An error answer in the shape of ApiErrorSchema (see ApiException): the English `message` is a fallback, `code`
 * is what the client words in the interface language, `params` what that wording interpolates. The status is the
 * catalogue's; it is repeated here so call sites read as HTTP, and the type checks that the two agree.
 */
export function apiError<C extends ErrorCode>(
  _status: (typeof ERROR_CATALOGUE)[C],
  code: C,
  message: string,
  params?: ErrorParams,
): ApiException {
  return new ApiException(code, message, params);
}
