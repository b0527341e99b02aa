import { type DynamicModule, Module } from '@nestjs/common';
import { StaffAccess, StaffAuthModule } from '@concord/auth';
import { DatabaseModule, DatabaseReadiness } from '@concord/database';
import { QUEUES } from '@concord/contracts';
import { KafkaModule, KafkaReadiness } from '@concord/kafka';
import { HealthModule, PlatformModule } from '@concord/platform';
import { QueueModule, RedisReadiness } from '@concord/queue';
import { AlertsController } from './alerts/http/alerts.controller';
import { ListAlertsUseCase } from './alerts/use-cases/list-alerts.use-case';
import { BoardModule } from './board/board.module';
import { riskDatabaseOptions } from './risk-database';
import type { RiskEngineConfig } from './risk-engine.config';
import { RuleSetsController } from './rules/http/rule-sets.controller';
import { RegionRollupController } from './regions/http/region-rollup.controller';
import { GetRegionRollupUseCase } from './regions/use-cases/get-region-rollup.use-case';
import { ReevaluateRiskProcessor } from './reevaluation/reevaluate-risk.processor';
import { REEVALUATION_CHECK_MS, REEVALUATION_MINUTES, ReevaluationScheduler } from './reevaluation/reevaluation.scheduler';
import { PublishedRuleSet } from './rules/published-rule-set';
import { BacktestDraftUseCase } from './rules/use-cases/backtest-draft.use-case';
import { ListRuleSetsUseCase } from './rules/use-cases/list-rule-sets.use-case';
import { PublishDraftUseCase } from './rules/use-cases/publish-draft.use-case';
import { RescoreEnterprisesUseCase } from './rules/use-cases/rescore-enterprises.use-case';
import { RollbackUseCase } from './rules/use-cases/rollback.use-case';
import { SaveDraftUseCase } from './rules/use-cases/save-draft.use-case';
import { EnterpriseHistoryCache, HISTORY_CACHE_ENTRIES } from './scoring/enterprise-history.cache';
import { EnterpriseScorer } from './scoring/enterprise-scorer';
import { CaseEventConsumer } from './scoring/consumers/case-event.consumer';
import { HrEventConsumer } from './scoring/consumers/hr-event.consumer';
import { EnterpriseRiskController } from './scoring/http/enterprise-risk.controller';
import { GetEnterpriseRiskUseCase } from './scoring/use-cases/get-enterprise-risk.use-case';
import { GetForecastUseCase } from './scoring/use-cases/get-forecast.use-case';
import { ListScoreHistoryUseCase } from './scoring/use-cases/list-score-history.use-case';
import { ScoreCaseEventsUseCase } from './scoring/use-cases/score-case-events.use-case';
import { ScoreEventsUseCase } from './scoring/use-cases/score-events.use-case';

export const SERVICE_NAME = 'risk-engine';

@Module({})
export class RiskEngineModule {
  static forRoot(config: RiskEngineConfig): DynamicModule {
    return {
      module: RiskEngineModule,
      imports: [
        PlatformModule.forRoot({ service: SERVICE_NAME, logLevel: config.LOG_LEVEL, metricsPort: config.METRICS_PORT }),
        DatabaseModule.forRoot(riskDatabaseOptions(config.DATABASE_URL)),
        KafkaModule.forRoot(config, { clientId: SERVICE_NAME, withOutbox: true }),
        StaffAuthModule.forRoot({ jwtSecret: config.JWT_SECRET }),
        QueueModule.forRoot(config, { workOn: [QUEUES.riskReevaluation] }),
        HealthModule.forRoot([DatabaseReadiness, KafkaReadiness, RedisReadiness]),
        BoardModule,
      ],
      controllers: [HrEventConsumer, CaseEventConsumer, EnterpriseRiskController, AlertsController, RuleSetsController, RegionRollupController],
      providers: [
        StaffAccess,
        PublishedRuleSet,
        EnterpriseScorer,
        EnterpriseHistoryCache,
        { provide: HISTORY_CACHE_ENTRIES, useValue: config.RISK_HISTORY_CACHE_ENTRIES },
        ScoreEventsUseCase,
        ScoreCaseEventsUseCase,
        GetEnterpriseRiskUseCase,
        ListScoreHistoryUseCase,
        GetForecastUseCase,
        GetRegionRollupUseCase,
        ListAlertsUseCase,
        ListRuleSetsUseCase,
        SaveDraftUseCase,
        BacktestDraftUseCase,
        PublishDraftUseCase,
        RollbackUseCase,
        RescoreEnterprisesUseCase,
        ReevaluationScheduler,
        ReevaluateRiskProcessor,
        { provide: REEVALUATION_MINUTES, useValue: config.RISK_REEVALUATION_MINUTES },
        { provide: REEVALUATION_CHECK_MS, useValue: config.RISK_REEVALUATION_CHECK_MS },
      ],
    };
  }
}
