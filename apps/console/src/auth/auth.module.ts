import { type DynamicModule, Module } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS_CLIENT, REDIS_KEY_PREFIX } from '../redis/redis.tokens';
import { AuthController } from './http/auth.controller';
import { LoginDigests } from './login-digests';
import { type LoginLimits, LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { GetMeUseCase } from './use-cases/get-me.use-case';
import { LogInUseCase } from './use-cases/log-in.use-case';

/** Logging in and the session; the token checks themselves are @concord/auth's global guard. */
@Module({})
export class AuthModule {
  static forRoot(options: { jwtSecret: string; limits: LoginLimits }): DynamicModule {
    return {
      module: AuthModule,
      controllers: [AuthController],
      providers: [
        LogInUseCase,
        GetMeUseCase,
        PasswordHasher,
        { provide: LoginDigests, useValue: new LoginDigests(options.jwtSecret) },
        {
          provide: LoginThrottle,
          inject: [REDIS_CLIENT, REDIS_KEY_PREFIX],
          useFactory: (redis: Redis, prefix: string) => new LoginThrottle(redis, prefix, options.limits),
        },
      ],
    };
  }
}
