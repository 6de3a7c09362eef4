import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  ChangePasswordSchema,
  CreateUserSchema,
  ResetPasswordSchema,
  SetLanguageSchema,
  UpdateAccountSchema,
  type Account,
  type ChangePassword,
  type CreateUser,
  type ResetPassword,
  type SetLanguage,
  type UpdateAccount,
  type User,
} from '@concordia/schema';
import { AnyRole, CurrentUser, Roles } from '../auth/roles.decorator';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { tokenFromRequest } from '../auth/token-from-request';
import { ZodPipe } from '../common/zod';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Roles('secretariat')
  @Get()
  list(): Promise<Account[]> {
    return this.users.list();
  }

  @Roles('secretariat')
  @Post()
  create(@Body(new ZodPipe(CreateUserSchema)) body: CreateUser): Promise<User> {
    return this.users.create(body);
  }

  /** Role, delegation, name, disabled; a role or delegation change or a disable ends the account's sessions. */
  @Roles('secretariat')
  @Patch(':id')
  update(
    @Param('id') id: string,
    @Body(new ZodPipe(UpdateAccountSchema)) body: UpdateAccount,
    @CurrentUser() by: User,
  ): Promise<Account> {
    return this.users.update(id, body, by);
  }

  /** Sets a new password (e.g. for a user who forgot theirs); the account's sessions end. */
  @Roles('secretariat')
  @Put(':id/password')
  @HttpCode(204)
  resetPassword(
    @Param('id') id: string,
    @Body(new ZodPipe(ResetPasswordSchema)) body: ResetPassword,
  ): Promise<void> {
    return this.users.resetPassword(id, body.newPassword);
  }
}

/** What every signed-in user changes about their own account. */
@ApiTags('users')
@Controller('account')
export class AccountController {
  constructor(
    private readonly users: UsersService,
    private readonly throttle: SignInThrottle,
  ) {}

  /** Proves the current password (throttled like sign-in); the user's other sessions end. */
  @AnyRole()
  @Put('password')
  @HttpCode(204)
  async changePassword(
    @Body(new ZodPipe(ChangePasswordSchema)) body: ChangePassword,
    @CurrentUser() user: User,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.throttle.check(res, req.ip, user.id);
    await this.users.changeOwnPassword(user, body.currentPassword, body.newPassword, tokenFromRequest(req));
  }

  @AnyRole()
  @Put('language')
  setLanguage(
    @Body(new ZodPipe(SetLanguageSchema)) body: SetLanguage,
    @CurrentUser() user: User,
  ): Promise<User> {
    return this.users.setLanguage(user, body.language);
  }
}
