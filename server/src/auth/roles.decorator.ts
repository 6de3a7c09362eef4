import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@concordia/schema';
import type { AuthUser } from './auth.service';

export const ROLES_KEY = 'concordia:roles';
export const PUBLIC_KEY = 'concordia:public';

/** Who may call an endpoint. Every controller method declares it: `@Roles('secretariat')`, or `@Public()`. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
/** Any signed-in user, whatever the role. */
export const AnyRole = () => SetMetadata(ROLES_KEY, ['secretariat', 'delegate', 'observer'] satisfies Role[]);
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const req = ctx.switchToHttp().getRequest<{ user?: AuthUser }>();
  if (!req.user) throw new Error('CurrentUser used on a public route');
  return req.user;
});
