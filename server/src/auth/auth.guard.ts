import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Role } from '@concordia/schema';
import { AuthService, type AuthUser } from './auth.service';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { tokenFromRequest } from './token-from-request';

/**
 * Global guard: a route is closed unless it declares who may call it. A route with neither @Public nor @Roles is
 * a programming error and answers 403 rather than opening silently.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = ctx.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const result = await this.auth.verify(tokenFromRequest(req));
    if ('reason' in result) {
      const why = {
        missing: 'Sign in first: no access token.',
        invalid: 'Invalid access token.',
        expired: 'Your session has expired: sign in again.',
      };
      throw new UnauthorizedException(why[result.reason]);
    }
    req.user = result.user;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles) throw new ForbiddenException('This endpoint declares no roles.');
    if (!roles.includes(result.user.role)) {
      throw new ForbiddenException(
        `Only ${roles.join(' or ')} accounts may do this; you are signed in as ${result.user.role}.`,
      );
    }
    return true;
  }
}
