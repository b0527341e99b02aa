import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { StaffAccountStatus } from './staff-account-status';
import { StaffAuthGuard } from './staff-auth.guard';

export const SESSION_TTL_SECONDS = 8 * 3600;

@Module({})
export class StaffAuthModule {
  /** Installs the global staff guard; JwtService is exported for the console, which issues tokens. */
  static forRoot(options: { jwtSecret: string }): DynamicModule {
    return {
      module: StaffAuthModule,
      global: true,
      imports: [JwtModule.register({ secret: options.jwtSecret, signOptions: { algorithm: 'HS256', expiresIn: SESSION_TTL_SECONDS } })],
      providers: [StaffAccountStatus, { provide: APP_GUARD, useClass: StaffAuthGuard }],
      exports: [JwtModule],
    };
  }
}
