import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import type { Role } from '@concordia/schema';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { BODY_LIMIT_KEY, DEFAULT_BODY_LIMIT, readJsonBody } from '../http/body';
import { apiError } from '../http/http-error';
import { UNSAFE_METHODS, foreignOrigin, hasBearer } from '../http/origin';
import { AuthService, type AuthUser } from './auth.service';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { tokenFromRequest } from './token-from-request';

/**
 * Global guard: a route is closed unless it declares who may call it. A route with neither @Public nor @Roles is
 * a programming error and answers 403 rather than opening silently.
 *
 * It also reads the request body, and only once the caller may call the route: the JSON parser no longer runs
 * for anonymous requests to closed routes, and a route's larger limit (@BodyLimit) is only offered to the roles
 * it admits. Before anything else, a state-changing request a browser would send with the session cookie must
 * come from a trusted origin (CSRF); bearer-token requests cannot be forged by another page and skip that check.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const targets = [ctx.getHandler(), ctx.getClass()];
    const req = ctx.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const res = ctx.switchToHttp().getResponse<Response>();
    if (UNSAFE_METHODS.has(req.method) && !hasBearer(req)) {
      const foreign = foreignOrigin(req, this.config);
      if (foreign !== null) {
        throw apiError(
          403,
          'cross-origin',
          `Refused: this request comes from a page on ${foreign}, which is not Concordia.`,
          { origin: foreign },
        );
      }
    }
    if (!this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      const result = await this.auth.verify(tokenFromRequest(req));
      if ('reason' in result) {
        const why = {
          missing: ['not-signed-in', 'Sign in first: no access token.'],
          invalid: ['invalid-token', 'Invalid access token.'],
          expired: ['session-expired', 'Your session has expired: sign in again.'],
        } as const;
        const [code, message] = why[result.reason];
        throw apiError(401, code, message);
      }
      req.user = result.user;
      const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
      if (!roles) throw apiError(403, 'no-roles-declared', 'This endpoint declares no roles.');
      if (!roles.includes(result.user.role)) {
        throw apiError(
          403,
          'role-forbidden',
          `Only ${roles.join(' or ')} accounts may do this; you are signed in as ${result.user.role}.`,
          { roles: roles.join(','), role: result.user.role },
        );
      }
    }
    const limit = this.reflector.getAllAndOverride<number | undefined>(BODY_LIMIT_KEY, targets);
    await readJsonBody(req, res, limit ?? DEFAULT_BODY_LIMIT);
    return true;
  }
}
