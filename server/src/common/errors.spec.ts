import {
  ConflictException,
  Logger,
  NotFoundException,
  PayloadTooLargeException,
  type ArgumentsHost,
} from '@nestjs/common';
import { ApiErrorSchema, ERROR_CATALOGUE, ERROR_CODES } from '@concordia/schema';
import { z } from 'zod';
import { ApiException } from './errors';
import { HttpExceptionFilter } from './http-exception.filter';
import { ZodPipe } from './zod';

/** What the filter answers for an exception: status and body. */
function answer(exception: unknown): { status: number; body: unknown } {
  const out = { status: 0, body: undefined as unknown };
  const res = {
    status(s: number) {
      out.status = s;
      return this;
    },
    json(b: unknown) {
      out.body = b;
      return this;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => res }) } as unknown as ArgumentsHost;
  jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  new HttpExceptionFilter().catch(exception, host);
  return out;
}

describe('the error catalogue', () => {
  it('gives every code a kebab-case name and a status the API documents', () => {
    for (const code of ERROR_CODES) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect([400, 401, 403, 404, 409, 413, 415, 429, 500, 503]).toContain(ERROR_CATALOGUE[code]);
    }
  });

  it('answers an ApiException with its code, its status, its params and its issues', () => {
    const { status, body } = answer(
      new ApiException('acted-on', 'L.10 has been adopted.', { symbol: 'L.10' }, [
        { path: 'text', message: 'frozen' },
      ]),
    );
    expect(status).toBe(409);
    expect(body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'L.10 has been adopted.',
      code: 'acted-on',
      params: { symbol: 'L.10' },
      issues: [{ path: 'text', message: 'frozen' }],
    });
    expect(ApiErrorSchema.parse(body)).toEqual(body);
  });

  it('takes the status from the catalogue (who is refused: 403; the state of the thing: 409)', () => {
    expect(answer(new ApiException('not-penholder', 'no')).status).toBe(403);
    expect(answer(new ApiException('closed', 'no')).status).toBe(409);
    expect(answer(new ApiException('draft-not-found', 'no')).status).toBe(404);
  });

  it('gives errors without a code of their own the generic code of their status', () => {
    const notFound = answer(new NotFoundException('Cannot GET /api/nowhere'));
    expect(notFound.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Cannot GET /api/nowhere',
      code: 'not-found',
    });
    expect(answer(new PayloadTooLargeException()).body).toMatchObject({ code: 'payload-too-large' });
    // A code the catalogue does not know is not passed on: the client could not word it.
    expect(answer(new ConflictException({ code: 'made-up', message: 'x' })).body).toMatchObject({
      code: 'conflict',
      message: 'x',
    });
  });

  it('answers an unexpected error with 500 internal-error and no detail', () => {
    const { status, body } = answer(new Error('secret stack'));
    expect(status).toBe(500);
    expect(ApiErrorSchema.parse(body)).toMatchObject({ code: 'internal-error' });
    expect(JSON.stringify(body)).not.toContain('secret');
  });

  it('answers an invalid request with 400 invalid-request and every issue with its path', () => {
    const pipe = new ZodPipe(z.object({ a: z.array(z.object({ n: z.number() })), b: z.string() }));
    let thrown: unknown;
    try {
      pipe.transform({ a: [{ n: 'x' }] });
    } catch (e) {
      thrown = e;
    }
    const { status, body } = answer(thrown);
    expect(status).toBe(400);
    const parsed = ApiErrorSchema.parse(body);
    expect(parsed.code).toBe('invalid-request');
    expect(parsed.issues?.map((i) => i.path)).toEqual(['a[0].n', 'b']);
  });
});
