import { OutboxMessage, type ServiceDatabaseOptions } from '@concord/database';
import { Alert } from './alerts/alert.entity';
import { HrEvent } from './events/hr-event.entity';
import { RuleSetAudit } from './rules/rule-set-audit.entity';
import { RuleSetVersion } from './rules/rule-set-version.entity';
import { RISK_MIGRATIONS } from './migrations';
import { EnterpriseRisk } from './scoring/enterprise-risk.entity';
import { ScoreHistory } from './scoring/score-history.entity';

export const RISK_SCHEMA = 'risk';

/** The risk schema's data source options, shared by `serve` and `migrate`. */
export function riskDatabaseOptions(databaseUrl: string): ServiceDatabaseOptions {
  return {
    url: databaseUrl,
    schema: RISK_SCHEMA,
    entities: [HrEvent, EnterpriseRisk, ScoreHistory, Alert, RuleSetVersion, RuleSetAudit, OutboxMessage],
    migrations: RISK_MIGRATIONS,
  };
}
