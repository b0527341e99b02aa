import { type DynamicModule, Module } from '@nestjs/common';
import { StaffAuthModule } from '@concord/auth';
import { DatabaseModule, DatabaseReadiness } from '@concord/database';
import { KafkaModule, KafkaReadiness } from '@concord/kafka';
import { HealthModule, PlatformModule } from '@concord/platform';
import { AlertsController } from './alerts/http/alerts.controller';
import { ListAlertsUseCase } from './alerts/use-cases/list-alerts.use-case';
import { riskDatabaseOptions } from './risk-database';
import type { RiskEngineConfig } from './risk-engine.config';
import { HrEventConsumer } from './scoring/consumers/hr-event.consumer';
import { EnterpriseRiskController } from './scoring/http/enterprise-risk.controller';
import { GetEnterpriseRiskUseCase } from './scoring/use-cases/get-enterprise-risk.use-case';
import { ListScoreHistoryUseCase } from './scoring/use-cases/list-score-history.use-case';
import { ScoreEnterpriseUseCase } from './scoring/use-cases/score-enterprise.use-case';

export const SERVICE_NAME = 'risk-engine';

@Module({})
export class RiskEngineModule {
  static forRoot(config: RiskEngineConfig): DynamicModule {
    return {
      module: RiskEngineModule,
      imports: [
        PlatformModule.forRoot({ service: SERVICE_NAME, logLevel: config.LOG_LEVEL }),
        DatabaseModule.forRoot(riskDatabaseOptions(config.DATABASE_URL)),
        KafkaModule.forRoot(config, { clientId: SERVICE_NAME, withOutbox: true }),
        StaffAuthModule.forRoot({ jwtSecret: config.JWT_SECRET }),
        HealthModule.forRoot([DatabaseReadiness, KafkaReadiness]),
      ],
      controllers: [HrEventConsumer, EnterpriseRiskController, AlertsController],
      providers: [ScoreEnterpriseUseCase, GetEnterpriseRiskUseCase, ListScoreHistoryUseCase, ListAlertsUseCase],
    };
  }
}
