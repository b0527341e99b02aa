import { databaseEnv, loadConfig } from '@concord/config';
import { migrateServiceSchema } from '@concord/database';
import { KafkaConsumerServer } from '@concord/kafka';
import { runMain, startService } from '@concord/platform';
import { loadCaseServiceConfig } from './case-service.config';
import { CaseServiceModule, SERVICE_NAME } from './case-service.module';
import { casesDatabaseOptions } from './cases-database';

runMain({
  serve: async () => {
    const config = loadCaseServiceConfig();
    await startService({
      rootModule: CaseServiceModule.forRoot(config),
      port: config.PORT,
      consumer: new KafkaConsumerServer({ kafka: config, clientId: SERVICE_NAME, groupId: 'concord.case-service' }),
    });
  },
  // Migrating needs only the database, so a migration job does not need Kafka or secrets.
  migrate: async () => {
    const { DATABASE_URL } = loadConfig(databaseEnv);
    const applied = await migrateServiceSchema(casesDatabaseOptions(DATABASE_URL), 'up');
    process.stdout.write(`cases: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}\n`);
  },
});
