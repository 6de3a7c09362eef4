import {
  Injectable,
  Module,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import type { Request } from 'express';
import { map, type Observable } from 'rxjs';
import { findUnsafeText } from '@concordia/schema';
import { formatPath } from '../common/zod';

/** A character in a request's text that cannot be seen or that reorders what follows it. */
export interface TextWarning {
  code: 'invisible-character';
  /** Where in the request body, e.g. `text`. */
  path: string;
  message: string;
  params: { char: string };
}

/**
 * Flags bidirectional controls and zero-width characters in what a client wrote (a proposal's wording, a
 * comment): they have legitimate uses in running text (Arabic or Hebrew quotations), so the text is accepted,
 * but they can make a wording read differently from what it says (Trojan Source), so the answer carries
 * `textWarnings` for the client to show. Names and delegations refuse them outright (`safeName` in
 * packages/schema); control characters are refused everywhere (ZodPipe).
 */
@Injectable()
export class TextWarningsInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const req = ctx.switchToHttp().getRequest<Request>();
    const body: unknown = req.body;
    if (!['POST', 'PUT', 'PATCH'].includes(req.method) || !body || typeof body !== 'object')
      return next.handle();
    const found = findUnsafeText(body).filter((f) => f.code === 'invisible-character');
    if (!found.length) return next.handle();
    const textWarnings: TextWarning[] = found.map((f) => ({
      code: 'invisible-character',
      path: formatPath(f.path),
      message: `${formatPath(f.path)} holds ${f.char}, a character that cannot be seen or that reorders the text around it`,
      params: { char: f.char },
    }));
    return next
      .handle()
      .pipe(
        map((out: unknown) =>
          out && typeof out === 'object' && !Array.isArray(out) ? { ...out, textWarnings } : out,
        ),
      );
  }
}

@Module({ providers: [{ provide: APP_INTERCEPTOR, useClass: TextWarningsInterceptor }] })
export class SafeTextModule {}
