import { type DynamicModule, Module } from '@nestjs/common';
import { StaffAuthModule } from '@concord/auth';
import { DatabaseModule, DatabaseReadiness } from '@concord/database';
import { KafkaModule, KafkaReadiness } from '@concord/kafka';
import { HealthModule, PlatformModule } from '@concord/platform';
import { CaseSeating } from './assignment/case-seating.service';
import { DirectoryRosterReader } from './assignment/directory-roster.reader';
import { MediatorLoadLedger } from './assignment/mediator-load.ledger';
import type { CaseServiceConfig } from './case-service.config';
import { casesDatabaseOptions } from './cases-database';
import { RiskAlertConsumer } from './cases/consumers/risk-alert.consumer';
import { CasesController } from './cases/http/cases.controller';
import { ApplyCaseTransitionUseCase } from './cases/use-cases/apply-case-transition.use-case';
import { GetCaseUseCase } from './cases/use-cases/get-case.use-case';
import { ListCasesUseCase } from './cases/use-cases/list-cases.use-case';
import { OpenCaseForAlertUseCase } from './cases/use-cases/open-case-for-alert.use-case';

export const SERVICE_NAME = 'case-service';

@Module({})
export class CaseServiceModule {
  static forRoot(config: CaseServiceConfig): DynamicModule {
    return {
      module: CaseServiceModule,
      imports: [
        PlatformModule.forRoot({ service: SERVICE_NAME, logLevel: config.LOG_LEVEL }),
        DatabaseModule.forRoot(casesDatabaseOptions(config.DATABASE_URL)),
        // case.events leave through the outbox, written in the same transaction as the case.
        KafkaModule.forRoot(config, { clientId: SERVICE_NAME, withOutbox: true }),
        StaffAuthModule.forRoot({ jwtSecret: config.JWT_SECRET }),
        HealthModule.forRoot([DatabaseReadiness, KafkaReadiness]),
      ],
      controllers: [RiskAlertConsumer, CasesController],
      providers: [DirectoryRosterReader, MediatorLoadLedger, CaseSeating, OpenCaseForAlertUseCase, ListCasesUseCase, GetCaseUseCase, ApplyCaseTransitionUseCase],
    };
  }
}
