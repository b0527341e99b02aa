/**
 * TypeORM CLI data source for generating a service's next migration from its entities:
 * `npm run db:generate -- <service> <MigrationName>` (see scripts/db/generate.sh).
 */
import { postgresOptions, type ServiceDatabaseOptions } from '@concord/database';
import { DataSource } from 'typeorm';
import { casesDatabaseOptions } from '../../apps/case-service/src/cases-database';
import { directoryDatabaseOptions } from '../../apps/console/src/directory-database';
import { notifyDatabaseOptions } from '../../apps/notifier/src/notify-database';
import { riskDatabaseOptions } from '../../apps/risk-engine/src/risk-database';

const SERVICES: Record<string, (url: string) => ServiceDatabaseOptions> = {
  console: directoryDatabaseOptions,
  'risk-engine': riskDatabaseOptions,
  notifier: notifyDatabaseOptions,
  'case-service': casesDatabaseOptions,
};

const service = process.env.DB_SERVICE ?? '';
const optionsFor = SERVICES[service];
if (!optionsFor) throw new Error(`DB_SERVICE must be one of: ${Object.keys(SERVICES).join(', ')}`);

export default new DataSource(postgresOptions(optionsFor(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/concord_dev')));
