import { z } from 'zod';

/**
 * The error catalogue: every `code` an error answer may carry, with its HTTP status. The server throws
 * `new ApiException(code, message, params)` (server/src/common/errors.ts); the client words each code in the
 * interface language, interpolating `params`, and falls back to the English `message`.
 *
 * Adding an error is one line here. Keep the list in alphabetical order (it spreads concurrent additions across
 * the file, so branches merge). The status says who can fix it: 400 the request, 401 signing in, 403 nobody by
 * retrying (who you are), 404 the address, 409 the state of the thing (it may change), 413 the size, 415 the encoding, 429 the rate.
 */
export const ERROR_CATALOGUE = {
  'account-disabled': 403,
  'account-not-found': 404,
  'acted-on': 409,
  'action-already-corrected': 409,
  'action-not-found': 404,
  'agenda-item-not-found': 404,
  'already-running': 409,
  'already-sponsor': 409,
  'already-supported': 409,
  'bad-deadline': 409,
  'bad-request': 400,
  'chair-draft': 409,
  closed: 409,
  conflict: 409,
  'control-character': 400,
  'cross-origin': 403,
  /** The database does not answer (the API answers 503 with Retry-After, never 500). */
  'database-unavailable': 503,
  'deadline-past': 409,
  decided: 409,
  'delegation-required': 400,
  /** A write failed for lack of disk space. */
  'disk-full': 503,
  'draft-not-found': 404,
  'email-taken': 409,
  expired: 409,
  forbidden: 403,
  frozen: 409,
  informal: 409,
  'internal-error': 500,
  'invalid-action': 400,
  'invalid-credentials': 401,
  'invalid-dossier': 400,
  'invalid-json': 400,
  'invalid-request': 400,
  'invalid-token': 401,
  'invisible-character': 400,
  'meeting-exists': 409,
  'meeting-not-found': 404,
  'no-delegation': 403,
  'no-paragraphs': 400,
  'no-reason': 409,
  'no-roles-declared': 403,
  'not-a-delegate': 400,
  'not-a-sponsor': 409,
  'not-eligible': 404,
  'not-found': 404,
  'not-main-sponsor': 403,
  'not-penholder': 403,
  'not-running': 409,
  'not-signed-in': 401,
  'not-thread-author': 403,
  'observer-comment': 403,
  'observers-not-allowed': 403,
  'other-delegation': 403,
  'own-account': 409,
  'own-predecessor': 400,
  'own-proposal': 409,
  'paragraph-gone': 409,
  'paragraph-not-found': 404,
  'payload-too-large': 413,
  'penholder-breaks': 403,
  'predecessor-not-found': 404,
  'proposal-not-found': 404,
  'record-order': 409,
  'role-forbidden': 403,
  'same-password': 400,
  'same-wording': 400,
  'session-expired': 401,
  'session-not-found': 404,
  stale: 409,
  'thread-not-found': 404,
  'too-deeply-nested': 400,
  'too-many-requests': 429,
  unavailable: 503,
  'unknown-delegation': 400,
  'unknown-paragraph': 400,
  'unreadable-body': 400,
  'unsupported-encoding': 415,
  'version-not-found': 404,
  'weak-password': 400,
  'wrong-current-password': 403,
} as const satisfies Record<string, 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500 | 503>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
export type ErrorStatus = (typeof ERROR_CATALOGUE)[ErrorCode];
export const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as [ErrorCode, ...ErrorCode[]];
export const ErrorCodeSchema = z.enum(ERROR_CODES);

/**
 * The code of an error answer that carries none of its own (the router's 404, the body parser's 413, a guard's
 * 403 from a library): the generic code of its status.
 */
export const GENERIC_ERROR_CODE: Record<number, ErrorCode> = {
  400: 'bad-request',
  401: 'not-signed-in',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-encoding',
  429: 'too-many-requests',
  500: 'internal-error',
  503: 'unavailable',
};

/** What the message interpolates, for clients that word the error themselves: names, numbers, symbols. */
export const ErrorParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type ErrorParams = z.infer<typeof ErrorParamsSchema>;

/** One problem in a request: where (a JSON path such as `drafts[1].actions[0].meeting`) and what is wrong. */
export const IssueSchema = z.object({ path: z.string(), message: z.string() });
export type Issue = z.infer<typeof IssueSchema>;

/** Error body of every 4xx and 5xx answer: what is wrong, where, and why. */
export const ApiErrorSchema = z.object({
  statusCode: z.number().int(),
  /** The HTTP reason phrase (`Conflict`). */
  error: z.string(),
  /** English, for logs and for clients that do not know the code. */
  message: z.string(),
  code: ErrorCodeSchema,
  params: ErrorParamsSchema.optional(),
  issues: z.array(IssueSchema).optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
