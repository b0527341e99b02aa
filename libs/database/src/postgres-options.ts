import type { DataSourceOptions, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';

export interface ServiceDatabaseOptions {
  url: string;
  /** The Postgres schema this service owns; entities without an explicit schema land here. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own entity list type
  entities: MixedList<Function | string>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own migration list type
  migrations: MixedList<Function | string>;
  poolSize?: number;
}

/** Connections a service's pool holds unless it asks for another size. */
export const DEFAULT_POOL_SIZE = 10;

/** Postgres's own advice for SSDs; see the connection options below. */
const RANDOM_PAGE_COST = 1.1;

export function postgresOptions(options: ServiceDatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    // Schema changes happen only through reviewed migrations, run as their own step.
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: {
      max: options.poolSize ?? DEFAULT_POOL_SIZE,
      application_name: `concord-${options.schema}`,
      // Raw SQL (inbox, outbox relay, migrations) names tables without a schema: make them resolve
      // to the service's own schema on every pooled connection.
      // A random page read costs about what a sequential one does on the SSDs and buffer caches we
      // run on; Postgres's default of 4 (spinning disks) made it scan whole tables instead of
      // looking up some hundred ids (the notifier's contacts of a 125-alert batch: 12 ms against 4).
      options: `-c search_path=${options.schema} -c random_page_cost=${RANDOM_PAGE_COST}`,
    },
  };
}
