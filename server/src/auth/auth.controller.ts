import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { LoginRequestSchema, type LoginRequest, type LoginResponse, type User } from '@concordia/schema';
import { ZodPipe } from '../common/zod';
import { AuthService } from './auth.service';
import { SignInThrottle } from './sign-in-throttle';
import { AnyRole, CurrentUser, Public } from './roles.decorator';
import { TOKEN_COOKIE, tokenFromRequest } from './token-from-request';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly throttle: SignInThrottle,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(
    @Body(new ZodPipe(LoginRequestSchema)) body: LoginRequest,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    const result = await this.auth.login(body.email, body.password, (account) =>
      this.throttle.check(res, req.ip, account),
    );
    res.cookie(TOKEN_COOKIE, result.accessToken, {
      httpOnly: true,
      sameSite: 'lax',
      // Over TLS (directly or through a trusted proxy, CONCORDIA_TRUST_PROXY) the cookie never travels in clear.
      secure: req.secure,
      expires: new Date(result.expiresAt),
      path: '/',
    });
    return result;
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token = tokenFromRequest(req);
    if (token) await this.auth.logout(token);
    res.clearCookie(TOKEN_COOKIE, { path: '/' });
  }

  @AnyRole()
  @Get('me')
  me(@CurrentUser() user: User): User {
    return user;
  }
}
