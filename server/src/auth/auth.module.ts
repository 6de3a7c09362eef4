import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ThrottlerModule } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { REDIS, type RedisClient } from '../redis/redis.module';
import { UserEntity } from '../users/user.entity';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { SignInThrottle } from './sign-in-throttle';
import { AuthTokenEntity } from './token.entity';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, AuthTokenEntity]),
    // Only the storage is used (by SignInThrottle); no throttler applies to routes by default.
    ThrottlerModule.forRootAsync({
      inject: [REDIS],
      useFactory: (redis: RedisClient | null) => ({
        throttlers: [],
        ...(redis && { storage: new ThrottlerStorageRedisService(redis) }),
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, SignInThrottle, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, SignInThrottle],
})
export class AuthModule {}
