import { SetMetadata } from '@nestjs/common';
import express, { type Request, type Response } from 'express';
import { apiError } from './http-error';
import { exceedsJsonDepth } from './json-depth';

/** What any request body may weigh unless its route says otherwise. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;
/** What a whole session's dossier with full texts may weigh (only on routes that declare it). */
export const LARGE_BODY_LIMIT = 20 * 1024 * 1024;
/** How deeply arrays and objects may nest in a request body; no Concordia document comes near it. */
export const MAX_JSON_DEPTH = 64;

export const BODY_LIMIT_KEY = 'concordia:body-limit';
/**
 * A larger body limit for one route. Bodies are read only after the request is authenticated and authorized
 * (see AuthGuard), so a large limit is only ever offered to the accounts the route admits.
 */
export const BodyLimit = (bytes: number) => SetMetadata(BODY_LIMIT_KEY, bytes);

class TooDeep extends Error {
  readonly status = 400;
  readonly type = 'too-deeply-nested';
}

const parsers = new Map<number, ReturnType<typeof express.json>>();
function parserFor(limit: number) {
  let parser = parsers.get(limit);
  if (!parser) {
    parser = express.json({
      limit,
      // Before JSON.parse sees the text, so a 1 MB `[[[[…` costs one linear scan and nothing else.
      verify: (_req, _res, buf) => {
        if (exceedsJsonDepth(buf, MAX_JSON_DEPTH)) throw new TooDeep();
      },
    });
    parsers.set(limit, parser);
  }
  return parser;
}

const MB = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/**
 * Reads a JSON body (application/json; other types leave `req.body` undefined) within `limit` bytes and
 * MAX_JSON_DEPTH levels. Every failure is the client's and becomes a 4xx answer with a code, never a 500.
 */
export async function readJsonBody(req: Request, res: Response, limit: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    parserFor(limit)(req, res, (err?: unknown) => {
      if (!err) return resolve();
      reject(toHttpError(err, limit));
    });
  });
}

function toHttpError(err: unknown, limit: number) {
  const type = (err as { type?: string }).type;
  switch (type) {
    case 'entity.too.large':
      return apiError(413, 'payload-too-large', `The request body is larger than ${MB(limit)}.`, {
        limit,
      });
    case 'too-deeply-nested':
      return apiError(
        400,
        'too-deeply-nested',
        `The request body nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep.`,
        { max: MAX_JSON_DEPTH },
      );
    case 'entity.parse.failed':
      return apiError(400, 'invalid-json', 'The request body is not valid JSON.');
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return apiError(
        415,
        'unsupported-encoding',
        'The request body must be UTF-8 JSON (identity, gzip, deflate or br).',
      );
    default:
      return apiError(400, 'unreadable-body', 'The request body could not be read.');
  }
}
