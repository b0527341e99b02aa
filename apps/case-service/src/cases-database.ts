import { OutboxMessage, type ServiceDatabaseOptions } from '@concord/database';
import { MediatorLoad } from './assignment/mediator-load.entity';
import { CaseAssignment } from './cases/case-assignment.entity';
import { CaseTransition } from './cases/case-transition.entity';
import { Case } from './cases/case.entity';
import { CaseTimerFiring } from './deadlines/case-timer-firing.entity';
import { CASES_MIGRATIONS } from './migrations';

export const CASES_SCHEMA = 'cases';

/**
 * The cases schema's data source options, shared by `serve` and `migrate`.
 */
export function casesDatabaseOptions(databaseUrl: string): ServiceDatabaseOptions {
  return {
    url: databaseUrl,
    schema: CASES_SCHEMA,
    entities: [Case, CaseAssignment, CaseTransition, MediatorLoad, CaseTimerFiring, OutboxMessage],
    migrations: CASES_MIGRATIONS,
  };
}
