import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateUserSchema, type CreateUser, type User } from '@concordia/schema';
import { Roles } from '../auth/roles.decorator';
import { ZodPipe } from '../common/zod';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Roles('secretariat')
  @Get()
  list(): Promise<User[]> {
    return this.users.list();
  }

  @Roles('secretariat')
  @Post()
  create(@Body(new ZodPipe(CreateUserSchema)) body: CreateUser): Promise<User> {
    return this.users.create(body);
  }
}
