import { type DynamicModule, Module } from '@nestjs/common';
import { StaffAuthModule } from '@concord/auth';
import { DatabaseModule, DatabaseReadiness } from '@concord/database';
import { QUEUES } from '@concord/contracts';
import { KafkaModule, KafkaReadiness } from '@concord/kafka';
import { HealthModule, PlatformModule } from '@concord/platform';
import { QueueModule, RedisReadiness } from '@concord/queue';
import { CaseSeating } from './assignment/case-seating.service';
import { CaseOpening } from './cases/case-opening';
import { DirectoryRosterReader } from './assignment/directory-roster.reader';
import { MediatorLoadLedger } from './assignment/mediator-load.ledger';
import type { CaseServiceConfig } from './case-service.config';
import { casesDatabaseOptions } from './cases-database';
import { RiskAlertConsumer } from './cases/consumers/risk-alert.consumer';
import { CasesController } from './cases/http/cases.controller';
import { AddCaseDocumentUseCase } from './cases/use-cases/add-case-document.use-case';
import { AddCaseNoteUseCase } from './cases/use-cases/add-case-note.use-case';
import { ApplyCaseTransitionUseCase } from './cases/use-cases/apply-case-transition.use-case';
import { CASE_CLOCK, CASE_DEADLINE_SETTINGS, type CaseClock, SYSTEM_CLOCK, caseDeadlineSettingsOf } from './deadlines/case-deadline.config';
import { CaseDeadlineSweeper } from './deadlines/case-deadline.sweeper';
import { CaseTimers } from './deadlines/case-timers';
import { CaseDeadlineProcessor } from './deadlines/processors/case-deadline.processor';
import { FireCaseDeadlineUseCase } from './deadlines/use-cases/fire-case-deadline.use-case';
import { GetCaseDocumentUseCase } from './cases/use-cases/get-case-document.use-case';
import { GetCaseUseCase } from './cases/use-cases/get-case.use-case';
import { ListCasesUseCase } from './cases/use-cases/list-cases.use-case';
import { OpenCaseByStaffUseCase } from './cases/use-cases/open-case-by-staff.use-case';
import { OpenCaseForAlertUseCase } from './cases/use-cases/open-case-for-alert.use-case';
import { CaseDeadlinesAtRiskReporter } from './metrics/case-deadlines-at-risk.reporter';

export const SERVICE_NAME = 'case-service';

/** Case documents arrive base64 in JSON (5 MiB decoded is about 6.7 MiB encoded), above the platform's default limit. */
export const CASE_SERVICE_BODY_LIMIT = '8mb';

@Module({})
export class CaseServiceModule {
  /** `clock` is for tests: deadlines are compared with it instead of the system clock. */
  static forRoot(config: CaseServiceConfig, options: { clock?: CaseClock } = {}): DynamicModule {
    return {
      module: CaseServiceModule,
      imports: [
        PlatformModule.forRoot({ service: SERVICE_NAME, logLevel: config.LOG_LEVEL, metricsPort: config.METRICS_PORT }),
        DatabaseModule.forRoot(casesDatabaseOptions(config.DATABASE_URL)),
        // case.events leave through the outbox, written in the same transaction as the case.
        KafkaModule.forRoot(config, { clientId: SERVICE_NAME, withOutbox: true }),
        // Case deadlines are delayed jobs with fixed ids; Postgres keeps the state they are checked against.
        QueueModule.forRoot(config, { workOn: [QUEUES.caseDeadlines] }),
        StaffAuthModule.forRoot({ jwtSecret: config.JWT_SECRET }),
        HealthModule.forRoot([DatabaseReadiness, KafkaReadiness, RedisReadiness]),
      ],
      controllers: [RiskAlertConsumer, CasesController],
      providers: [
        { provide: CASE_DEADLINE_SETTINGS, useValue: caseDeadlineSettingsOf(config) },
        { provide: CASE_CLOCK, useValue: options.clock ?? SYSTEM_CLOCK },
        CaseTimers,
        FireCaseDeadlineUseCase,
        CaseDeadlineProcessor,
        CaseDeadlineSweeper,
        CaseDeadlinesAtRiskReporter,
        DirectoryRosterReader,
        MediatorLoadLedger,
        CaseSeating,
        CaseOpening,
        OpenCaseForAlertUseCase,
        ListCasesUseCase,
        GetCaseUseCase,
        ApplyCaseTransitionUseCase,
        OpenCaseByStaffUseCase,
        AddCaseNoteUseCase,
        AddCaseDocumentUseCase,
        GetCaseDocumentUseCase,
      ],
    };
  }
}
