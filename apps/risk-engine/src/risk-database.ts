import { OutboxMessage, type ServiceDatabaseOptions } from '@concord/database';
import { Alert } from './alerts/alert.entity';
import { HrEvent } from './events/hr-event.entity';
import { WageFact } from './events/wage-fact.entity';
import { RISK_MIGRATIONS } from './migrations';
import { EnterpriseRisk } from './scoring/enterprise-risk.entity';
import { ScoreHistory } from './scoring/score-history.entity';

export const RISK_SCHEMA = 'risk';

/**
 * The risk schema's data source options, shared by `serve` and `migrate`.
 *
 * The connection's search_path is pinned to the schema: the shared inbox/outbox SQL
 * (INBOX_OUTBOX_V1_UP, claimEvent, the outbox relay) names its tables without a schema, and
 * TypeORM's `schema` option qualifies only entity queries, so without this those statements
 * would run against `public` while the OutboxMessage entity writes to `risk.outbox`.
 */
export function riskDatabaseOptions(databaseUrl: string): ServiceDatabaseOptions {
  return {
    url: withSearchPath(databaseUrl, RISK_SCHEMA),
    schema: RISK_SCHEMA,
    entities: [HrEvent, WageFact, EnterpriseRisk, ScoreHistory, Alert, OutboxMessage],
    migrations: RISK_MIGRATIONS,
  };
}

export function withSearchPath(databaseUrl: string, schema: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}
