import { type DynamicModule, Module } from '@nestjs/common';
import { StaffAuthModule } from '@concord/auth';
import { DatabaseModule, DatabaseReadiness } from '@concord/database';
import { HealthModule, PlatformModule } from '@concord/platform';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { AuthModule } from './auth/auth.module';
import type { ConsoleConfig } from './console.config';
import { directoryDatabaseOptions } from './directory-database';
import { EnterprisesModule } from './enterprises/enterprises.module';
import { MediatorsModule } from './mediators/mediators.module';
import { OwnersModule } from './owners/owners.module';
import { PeopleModule } from './people/people.module';
import { RegionsModule } from './regions/regions.module';

export const SERVICE_NAME = 'console';

@Module({})
export class ConsoleModule {
  static forRoot(config: ConsoleConfig): DynamicModule {
    return {
      module: ConsoleModule,
      imports: [
        PlatformModule.forRoot({ service: SERVICE_NAME, logLevel: config.LOG_LEVEL }),
        DatabaseModule.forRoot(directoryDatabaseOptions(config.DATABASE_URL)),
        StaffAuthModule.forRoot({ jwtSecret: config.JWT_SECRET }),
        HealthModule.forRoot([DatabaseReadiness]),
        AuthModule,
        RegionsModule,
        PeopleModule,
        EnterprisesModule,
        MediatorsModule,
        ApiKeysModule,
        OwnersModule.forRoot({ riskEngine: config.RISK_ENGINE_URL, caseService: config.CASE_SERVICE_URL, notifier: config.NOTIFIER_URL }),
      ],
    };
  }
}
