import { OutboxMessage, type ServiceDatabaseOptions } from '@concord/database';
import { Alert } from './alerts/alert.entity';
import { HrEvent } from './events/hr-event.entity';
import { WageFact } from './events/wage-fact.entity';
import { RISK_MIGRATIONS } from './migrations';
import { EnterpriseRisk } from './scoring/enterprise-risk.entity';
import { ScoreHistory } from './scoring/score-history.entity';

export const RISK_SCHEMA = 'risk';

/** The risk schema's data source options, shared by `serve` and `migrate`. */
export function riskDatabaseOptions(databaseUrl: string): ServiceDatabaseOptions {
  return {
    url: databaseUrl,
    schema: RISK_SCHEMA,
    entities: [HrEvent, WageFact, EnterpriseRisk, ScoreHistory, Alert, OutboxMessage],
    migrations: RISK_MIGRATIONS,
  };
}
