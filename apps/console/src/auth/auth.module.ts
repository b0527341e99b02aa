import { Module } from '@nestjs/common';
import { AuthController } from './http/auth.controller';
import { PasswordHasher } from './password-hasher';
import { GetMeUseCase } from './use-cases/get-me.use-case';
import { LogInUseCase } from './use-cases/log-in.use-case';

/** Logging in and the session; the token checks themselves are @concord/auth's global guard. */
@Module({
  controllers: [AuthController],
  providers: [LogInUseCase, GetMeUseCase, PasswordHasher],
})
export class AuthModule {}
