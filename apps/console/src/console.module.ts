import { type DynamicModule, Module } from '@nestjs/common';
import { StaffAuthModule } from '@concord/auth';
import { DatabaseModule, DatabaseReadiness } from '@concord/database';
import { HealthModule, PlatformModule } from '@concord/platform';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import type { ConsoleConfig } from './console.config';
import { directoryDatabaseOptions } from './directory-database';
import { EnterprisesModule } from './enterprises/enterprises.module';
import { MediatorsModule } from './mediators/mediators.module';
import type { OwnerUrls } from './owners/owner-api.client';
import { OwnersModule } from './owners/owners.module';
import { PeopleModule } from './people/people.module';
import { ConsoleRedisModule } from './redis/console-redis.module';
import { RedisReadiness } from './redis/redis.readiness';
import { RegionsModule } from './regions/regions.module';

export const SERVICE_NAME = 'console';

export function ownerUrlsOf(config: ConsoleConfig): OwnerUrls {
  return { riskEngine: config.RISK_ENGINE_URL, caseService: config.CASE_SERVICE_URL, notifier: config.NOTIFIER_URL };
}

@Module({})
export class ConsoleModule {
  static forRoot(config: ConsoleConfig): DynamicModule {
    return {
      module: ConsoleModule,
      imports: [
        PlatformModule.forRoot({ service: SERVICE_NAME, logLevel: config.LOG_LEVEL, metricsPort: config.METRICS_PORT }),
        DatabaseModule.forRoot(directoryDatabaseOptions(config.DATABASE_URL)),
        ConsoleRedisModule.forRoot(config),
        StaffAuthModule.forRoot({ jwtSecret: config.JWT_SECRET }),
        HealthModule.forRoot([DatabaseReadiness, RedisReadiness]),
        AuditModule,
        AuthModule.forRoot({
          jwtSecret: config.JWT_SECRET,
          limits: {
            failuresPerEmail: config.LOGIN_FAILURES_PER_EMAIL,
            failuresPerAddress: config.LOGIN_FAILURES_PER_ADDRESS,
            windowSeconds: config.LOGIN_WINDOW_SECONDS,
          },
        }),
        RegionsModule,
        PeopleModule,
        EnterprisesModule,
        MediatorsModule,
        ApiKeysModule,
        OwnersModule.forRoot(ownerUrlsOf(config)),
      ],
    };
  }
}
